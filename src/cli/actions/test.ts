import { pickServers, probeAll, rememberVerified, selectServers } from '../../app/test.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { testDocument, testSummary } from '../../core/render/test-json.js';
import { testText, resultLabel } from '../../core/render/test-text.js';
import type { Io } from '../output.js';
import { paintFor, reportError, writeJson } from '../output.js';
import { probeDisplay } from '../probe-progress.js';
import { killProbesOnSignal } from '../probe-signals.js';
import { toolName, toolVersion } from '../../io/version.js';

export interface TestArgs {
  names: string[];
  file?: string | undefined;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
  json: boolean;
  concurrency: number;
  timeout: number;
  /** --target: only the servers that go to these clients. */
  target?: string[] | undefined;
  /** --set: the server set in force. */
  set?: string | undefined;
}

export async function testAction(args: TestArgs, io: Io): Promise<number> {
  const stopHandling = killProbesOnSignal();
  try {
    const concurrency = args.concurrency;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new McpctlError(
        'E_USAGE',
        `--concurrency must be a whole number from 1 to 64, got ${String(args.concurrency)}`,
        { hint: 'e.g. --concurrency 3 (the default)' },
      );
    }
    if (!Number.isFinite(args.timeout) || args.timeout <= 0 || args.timeout > 3600) {
      throw new McpctlError(
        'E_USAGE',
        `--timeout must be a number of seconds above 0 (at most 3600), got ${String(args.timeout)}`,
        { hint: 'e.g. --timeout 30 (the default)' },
      );
    }
    const ctx = processContext();
    const sel = await selectServers({ file: args.file, target: args, only: args.target, set: args.set }, ctx);
    const servers = pickServers(sel, args.names);
    const display = await probeDisplay(
      io,
      servers.map((s) => resultLabel(s)),
      { json: args.json },
    );
    const t0 = performance.now();
    const results = await probeAll(
      servers,
      {
        concurrency,
        timeoutMs: Math.round(args.timeout * 1000),
        clientVersion: toolVersion(),
        named: args.names.length > 0,
        outsideSet: sel.outsideSet,
        targetPath: sel.target.path,
        onStart: display.start,
        onDone: display.done,
      },
      ctx,
    );
    await display.end();
    const wallMs = Math.round(performance.now() - t0);
    const now = new Date();
    const lastVerified = (await rememberVerified(sel, servers, results, now)) ?? sel.lastVerified;
    if (args.json) {
      writeJson(
        io,
        testDocument({
          tool: toolName(),
          source: sel.source,
          target: { file: sel.target.path, exists: sel.target.exists },
          concurrency,
          timeoutSec: args.timeout,
          wallMs,
          specs: servers.map((s) => s.spec),
          results,
          lastVerified,
        }),
      );
    } else if (!results.length) {
      io.stdout.write(`No servers to test in ${sel.source.file}.\n`);
    } else {
      io.stdout.write(testText({ results, wallMs, lastVerified, now }, paintFor(io.stdout, io.env)));
    }
    return testSummary(results).fail ? EXIT.failure : EXIT.ok;
  } catch (e) {
    return reportError(io, e, args.json);
  } finally {
    stopHandling();
  }
}
