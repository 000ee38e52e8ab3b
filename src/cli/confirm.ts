// Asks for a typed "yes" on the terminal. Anything else (or Ctrl-C / end of input) is a no.
import { terminalSafe } from '../core/render/terminal-safe.js';
import type { Io } from './output.js';

export function canPrompt(io: Io): boolean {
  return process.stdin.isTTY === true && io.stderr.isTTY === true;
}

export async function confirm(question: string, io: Io): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  // readline draws the line itself (cursor moves): it writes to the terminal's stream, the question made safe
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const aborted = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([rl.question(`${terminalSafe(question)} Only "yes" is accepted: `), aborted]);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
