// Everything the CLI prints goes through here: colour only on a TTY and never with NO_COLOR,
// errors as file:line:col + message + hint, no stack traces, secrets masked, control characters in values
// shown as escapes (terminal-safe.ts), and a reader that goes away (`mcpctl … | head`) ends nothing.
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import type { Finding } from '../core/lint/finding.js';
import { diagnosticText } from '../core/render/diagnostics.js';
import { errorDocument } from '../core/render/error-json.js';
import { maskTokens } from '../core/mask-tokens.js';
import type { Out } from '../io/fd-output.js';
import { jsonTerminalSafe } from '../core/render/terminal-safe.js';
import { paintFor } from './paint.js';
import { terminalOut, writeExact } from './terminal-out.js';

export { paintFor, useColor } from './paint.js';
export { terminalOut, writeExact } from './terminal-out.js';

/** What the commands that only print need. */
export interface TextIo {
  stdout: Out;
  stderr: Out;
  env: NodeJS.ProcessEnv;
}

/** What the commands get: the same, kept as its own name for the commands that also prompt. */
export type Io = TextIo;

export const processIo = (): Io => ({
  stdout: terminalOut(quietWhenClosed(process.stdout), process.env),
  stderr: terminalOut(quietWhenClosed(process.stderr), process.env),
  env: process.env,
});

/**
 * A reader that closes early (`mcpctl catalog list | head -1`) makes the next write fail with EPIPE, an
 * 'error' event that, unheard, ends the process with a stack trace. Heard here for every command: later
 * writes are dropped and the command finishes (an apply is never cut short mid-write) with its own exit code.
 */
function quietWhenClosed<S extends NodeJS.WriteStream>(stream: S): S {
  if (!stream.listeners('error').includes(dropOutput)) stream.on('error', dropOutput);
  return stream;
}

function dropOutput(): void {
  // EPIPE, or EIO from a terminal that went away: there is no one left to tell
}

/** Lint findings in the diagnostics format (plan and apply show them before the plan). */
export function printFindings(io: TextIo, list: Finding[]): void {
  printDiagnostics(
    io,
    list.map((f) => ({
      code: f.ruleId,
      severity: f.severity,
      message: f.secret ? `${f.message} (${f.secret.preview})` : f.message,
      file: f.file,
      line: f.line,
      col: f.col,
      hint: f.hint,
    })),
  );
}

export function printDiagnostics(io: TextIo, list: Diagnostic[]): void {
  for (const d of list) io.stderr.write(`${maskTokens(diagnosticText(d))}\n`);
}

/** Prints an error and returns the exit code for it. */
export function reportError(io: TextIo, e: unknown, json: boolean): number {
  if (e instanceof McpctlError) {
    if (json) {
      writeJson(io, errorDocument(e));
      return e.exitCode;
    }
    const paint = paintFor(io.stderr, io.env);
    printDiagnostics(io, e.diagnostics);
    const where = e.where ? `${e.where.file}:${e.where.line}:${e.where.col}: ` : '';
    io.stderr.write(`${paint.del('error')} ${e.code}: ${maskTokens(where + e.message)}\n`);
    if (e.hint) io.stderr.write(`  hint: ${maskTokens(e.hint)}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(
    `internal error: ${maskTokens(message)}\n  this is a bug in mcpctl; please report it with the command you ran (set MCPCTL_DEBUG=1 for details)\n`,
  );
  if (io.env['MCPCTL_DEBUG'] && e instanceof Error && e.stack) io.stderr.write(`${maskTokens(e.stack)}\n`);
  return 1;
}

export function writeJson(io: TextIo, doc: unknown): void {
  writeExact(io.stdout, `${jsonTerminalSafe(JSON.stringify(doc, null, 2))}\n`);
}
