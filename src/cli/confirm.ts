// Asks for a typed "yes" on the terminal. Anything else (or Ctrl-C / end of input) is a no.
import type { Io } from './output.js';

export function canPrompt(io: Io): boolean {
  return process.stdin.isTTY === true && io.stderr.isTTY === true;
}

export async function confirm(question: string, io: Io): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: io.stderr, terminal: true });
  const aborted = new Promise<string>((resolve) => rl.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([rl.question(`${question} Only "yes" is accepted: `), aborted]);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
