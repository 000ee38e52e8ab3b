// Questions on the terminal for the guided flows (add, remove): one line per answer, on stderr so stdout stays
// the command's result. Ctrl-C or Ctrl-D at a question cancels (E_CANCELLED); nothing has been written then.
import { McpctlError } from '../core/errors.js';
import { terminalSafe } from '../core/render/terminal-safe.js';
import type { Io } from './output.js';
import { readSecretValue } from './secret-input.js';

export function cancelled(): McpctlError {
  return new McpctlError('E_CANCELLED', 'cancelled; no file was changed');
}

/** One line from the terminal (trimmed). */
export async function askLine(io: Io, question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  // readline draws the line itself (cursor moves): it writes to the terminal's stream, the question made safe
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  let answered = false;
  const closed = new Promise<null>((resolve) => rl.once('close', () => resolve(null)));
  try {
    const answer = await Promise.race([
      rl.question(terminalSafe(question)).then((a) => ((answered = true), a)),
      closed,
    ]);
    if (answer === null && !answered) throw cancelled();
    return (answer ?? '').trim();
  } finally {
    rl.close();
  }
}

export interface AskOptions {
  default?: string | undefined;
  /** Numbered choices; the answer may be the number or the text. */
  choices?: string[] | undefined;
  /** Why the answer is not acceptable, or null. */
  check?: (answer: string) => string | null;
  /** An empty answer is allowed (and returned as ''). */
  optional?: boolean;
}

/** Asks until the answer passes: Enter takes the default; a choice may be given by its number. */
export async function ask(io: Io, label: string, opts: AskOptions = {}): Promise<string> {
  if (opts.choices?.length) io.stderr.write(opts.choices.map((c, i) => `    ${i + 1}) ${c}\n`).join(''));
  const suffix = opts.default !== undefined && opts.default !== '' ? ` [${opts.default}]` : '';
  for (;;) {
    let answer = await askLine(io, `${label}${suffix}: `);
    if (answer === '' && opts.default !== undefined) answer = opts.default;
    const n = Number(answer);
    if (opts.choices && /^\d+$/.test(answer) && n >= 1 && n <= opts.choices.length)
      answer = opts.choices[n - 1] ?? answer;
    let why: string | null = null;
    if (answer === '' && !opts.optional) why = 'an answer is needed';
    else if (answer !== '' && opts.choices && !opts.choices.includes(answer))
      why = `choose one of ${opts.choices.map((_, i) => i + 1).join(', ')} (or type it)`;
    else if (answer !== '' && opts.check) why = opts.check(answer);
    if (!why) return answer;
    io.stderr.write(`  ${why}\n`);
  }
}

/** y/n with a default (Enter). */
export async function askYesNo(io: Io, question: string, def: boolean): Promise<boolean> {
  for (;;) {
    const a = (await askLine(io, `${question} [${def ? 'Y/n' : 'y/N'}]: `)).toLowerCase();
    if (a === '') return def;
    if (a === 'y' || a === 'yes') return true;
    if (a === 'n' || a === 'no') return false;
    io.stderr.write('  answer y or n\n');
  }
}

/** A hidden value typed twice (as "mcpctl secret set" reads it); Ctrl-C cancels. */
export async function askSecret(io: Io, name: string): Promise<string> {
  for (;;) {
    try {
      return await readSecretValue(name, io);
    } catch (e) {
      if (!(e instanceof McpctlError)) throw e;
      if (e.code === 'E_CANCELLED') throw cancelled();
      if (e.code !== 'E_INPUT') throw e;
      io.stderr.write(`  ${e.message.replace(/; nothing was stored$/, '')}: try again\n`);
    }
  }
}
