// The health test `mcpctl add` offers before anything is written: the new server, compiled as apply would
// write it, started and probed like "mcpctl test" does. Secrets typed but not yet stored go into a throwaway
// age store in a private temp folder that the launcher is pointed at (and that is deleted afterwards), so the
// real store and mcp.yaml stay untouched until the user confirms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../../app/pipeline.js';
import { testText } from '../../core/render/test-text.js';
import type { Io } from '../output.js';
import { paintFor } from '../output.js';
import { toolVersion } from '../../io/version.js';
import type { Prepared } from '../../app/edit-write.js';
import { secretNamesOf } from '../../core/secret-refs.js';

export async function probeBeforeWrite(p: Prepared, ctx: Context, io: Io): Promise<boolean> {
  const table = p.cand.desired.get(p.name);
  if (!table) return false;
  const [{ probeAll }, { probeSpecOf }, { killAllProbeGroups }, { probeDisplay }] = await Promise.all([
    import('../../app/test.js'),
    import('../../probe/spec.js'),
    import('../../probe/child.js'),
    import('../probe-progress.js'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'mcpctl-add-probe-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    killAllProbeGroups();
    cleanUp();
    io.stderr.write('\nCancelled. No file was changed.\n');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const env = await throwawayStore(p, dir, ctx);
    const display = await probeDisplay(io, [p.name], { json: false });
    const t0 = performance.now();
    const results = await probeAll(
      [{ name: p.name, table, spec: probeSpecOf(p.name, table) }],
      {
        concurrency: 1,
        timeoutMs: 30_000,
        clientVersion: toolVersion(),
        named: true,
        onStart: display.start,
        onDone: display.done,
      },
      { ...ctx, env },
    );
    await display.end();
    io.stdout.write(
      testText(
        { results, wallMs: Math.round(performance.now() - t0), lastVerified: {}, now: new Date() },
        paintFor(io.stdout, io.env),
      ),
    );
    return results.every((r) => r.status === 'ok' || r.status === 'warn');
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}

/** The environment for the probe: the launcher reads the server's secrets from a store in `dir`. */
async function throwawayStore(p: Prepared, dir: string, ctx: Context): Promise<NodeJS.ProcessEnv> {
  const names = secretNamesOf(p.server);
  if (!names.length) return ctx.env;
  const env = {
    ...ctx.env,
    MCPCTL_SECRET_BACKEND: 'file',
    XDG_CONFIG_HOME: dir,
    MCPCTL_SECRETS_FILE: join(dir, 'mcpctl', 'secrets.age'),
    MCPCTL_AGE_IDENTITY: join(dir, 'mcpctl', 'identity.txt'),
  };
  const { auditRead, openSecretStore } = await import('../../io/secrets/store.js');
  const temp = await openSecretStore(env, ctx.home);
  const typed = new Map(p.pending.map((s) => [s.name, s.value]));
  const real = names.some((n) => !typed.has(n)) ? await openSecretStore(ctx.env, ctx.home) : null;
  for (const n of names) {
    let value = typed.get(n) ?? null;
    if (value === null && real) {
      value = await real.get(n);
      if (value !== null) await auditRead(n, 'mcpctl add (health test)', ctx.env, ctx.home);
    }
    if (value !== null) await temp.set(n, value, 'mcpctl add (health test)');
  }
  return env;
}
