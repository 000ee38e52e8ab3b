// Before apply writes an http_headers_helper line, it runs that line the way Codex will: `sh -c` in
// $CODEX_HOME, with only the variables Codex gives a helper, 10 s at most. A helper that cannot find its
// secret there (a keychain on a bus it cannot reach, a store it cannot see) would make the server fail in
// every Codex session while apply said "Applied": so apply refuses, naming the cause.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import type { TomlTable } from '../core/toml/value.js';
import { codexHelperEnv } from '../probe/codex-env.js';
import { CODEX_HELPER_TIMEOUT_MS } from '../core/codex-facts.js';
import { runHeadersHelper } from '../probe/helper.js';
import { runPool } from '../probe/pool.js';
import { redactor } from '../probe/redact.js';

/** Runs every helper line mcpctl writes that reads the secret store; throws E_HELPER naming each that fails. */
export async function checkHeadersHelpers(
  desired: Map<string, TomlTable>,
  target: string,
  env: NodeJS.ProcessEnv,
  secrets: string[],
): Promise<void> {
  const failures = await helperProblems(desired, target, env, secrets);
  if (!failures.length) return;
  throw new McpctlError(
    'E_HELPER',
    `not applied: Codex could not get the headers of ${failures.length} ${failures.length === 1 ? 'server' : 'servers'} (its http_headers_helper fails)`,
    {
      diagnostics: failures,
      hint: 'nothing was written',
    },
  );
}

/**
 * One E_HELPER diagnostic per helper line that fails when run the way Codex runs it (plan shows them; apply
 * refuses on them). Lines that differ only in their server and headers share the launcher and the store, so
 * one of them is run for all (whether each referenced secret exists is checked apart, for plan and apply alike);
 * when it fails, each line of its kind runs to say which fail. At most four run at a time.
 */
export async function helperProblems(
  desired: Map<string, TomlTable>,
  target: string,
  env: NodeJS.ProcessEnv,
  secrets: string[],
): Promise<Diagnostic[]> {
  const groups = new Map<string, Array<{ name: string; line: string }>>();
  for (const [name, table] of desired) {
    const line = table['http_headers_helper'];
    if (typeof line !== 'string' || !/ headers --server /.test(line)) continue;
    const kind = line.replace(/ --server \S+/, '').replace(/ --header (?:'(?:[^']|'\\'')*'|\S+)/g, '');
    groups.set(kind, [...(groups.get(kind) ?? []), { name, line }]);
  }
  // Codex runs the helper in CODEX_HOME; before a first apply it may not exist yet, and a check creates nothing
  const cwd = existingFolder(dirname(target));
  const redact = redactor(secrets);
  const failures: Diagnostic[] = [];
  const check = async ({ name, line }: { name: string; line: string }): Promise<boolean> => {
    const r = await runHeadersHelper(line, codexHelperEnv(env, cwd), cwd, CODEX_HELPER_TIMEOUT_MS);
    if (r.ok) return true;
    const said = r.stderr.map(redact);
    const error = said.find((l) => /error E_|internal error/.test(l)) ?? said[0] ?? '';
    failures.push({
      code: 'E_HELPER',
      severity: 'error',
      message: `server "${name}": ${redact(r.message)} when run as Codex runs it${error ? `: ${error.replace(/^mcpctl headers: /, '')}` : ''}`,
      hint: helperHint(said.join('\n')),
    });
    return false;
  };
  await runPool([...groups.values()], HELPERS_AT_ONCE, async ([first, ...rest]) => {
    if (!first || (await check(first))) return;
    await runPool(rest, HELPERS_AT_ONCE, check);
  });
  return failures.sort((a, b) => (a.message < b.message ? -1 : 1));
}

function helperHint(stderr: string): string {
  const env =
    'Codex runs http_headers_helper with only HOME, TERM, PATH, LANG, SHELL and PWD (no DBUS_SESSION_BUS_ADDRESS, XDG_*, MCPCTL_*)';
  if (/no OS keychain answers|Secret Service|keychain/i.test(stderr) && /E_SECRET_MISSING|E_KEYCHAIN/.test(stderr)) {
    return `${env}: the helper cannot reach the OS keychain that holds the secret (it finds the session bus only at /run/user/UID/bus). Keep these secrets in the age file instead (MCPCTL_SECRET_BACKEND=file mcpctl secret set NAME, then apply with MCPCTL_SECRET_BACKEND=file), or run a Secret Service on the user's bus`;
  }
  if (/E_SECRET_MISSING/.test(stderr))
    return `${env}: the helper looked in the store named above and the secret is not there; set it there (mcpctl secret set NAME) or apply with the environment that points to the store that has it`;
  return `${env}: run the line of http_headers_helper in config.toml by hand with "env -i HOME=$HOME PATH=$PATH sh -c '…'" to see why`;
}

const HELPERS_AT_ONCE = 4;

/** The folder itself, or the nearest one above it that exists. */
function existingFolder(dir: string): string {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
