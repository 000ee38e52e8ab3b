// The health test `mcpctl add` offers before anything is written: the new server, compiled as apply would
// write it, started and probed like "mcpctl test" does. Secrets typed but not yet stored go into a throwaway
// age store in a private temp folder that the launcher is pointed at (and that is deleted afterwards), so the
// real store and mcp.yaml stay untouched until the user confirms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProbeResult } from '../core/probe-types.js';
import { secretNamesOf } from '../core/secret-refs.js';
import type { Prepared } from './edit-write.js';
import type { Context } from './pipeline.js';

/** How the probe shows its progress (src/cli/probe-progress.ts). */
export interface ProbeProgress {
  start(name: string): void;
  done(result: ProbeResult): void;
  end(): Promise<void>;
}

export interface AddProbeHooks {
  /** Opened once the throwaway store is ready, just before the server starts. */
  progress(names: string[]): Promise<ProbeProgress>;
  /** SIGINT or SIGTERM during the test: called after the probe is killed and the temp folder deleted. */
  cancelled(signal: NodeJS.Signals): void;
}

export interface AddProbeResult {
  results: ProbeResult[];
  wallMs: number;
}

/** Probes the server `p` adds; null when there is nothing to probe (it is not in the compiled candidate). */
export async function probeBeforeWrite(
  p: Prepared,
  ctx: Context,
  clientVersion: string,
  hooks: AddProbeHooks,
): Promise<AddProbeResult | null> {
  const table = p.cand.desired.get(p.name);
  if (!table) return null;
  const [{ probeAll }, { probeSpecOf }, { stopAllProbes }] = await Promise.all([
    import('./test.js'),
    import('../probe/spec.js'),
    import('./probe-stop.js'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'mcpctl-add-probe-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    stopAllProbes();
    cleanUp();
    hooks.cancelled(signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const env = await throwawayStore(p, dir, ctx);
    const display = await hooks.progress([p.name]);
    const t0 = performance.now();
    const results = await probeAll(
      [{ name: p.name, table, spec: probeSpecOf(p.name, table) }],
      {
        concurrency: 1,
        timeoutMs: 30_000,
        clientVersion,
        named: true,
        onStart: display.start,
        onDone: display.done,
      },
      { ...ctx, env },
    );
    await display.end();
    return { results, wallMs: Math.round(performance.now() - t0) };
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
  const { auditRead, openSecretStore } = await import('../io/secrets/store.js');
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
