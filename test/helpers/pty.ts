// Drives the CLI through a real pseudo-terminal (tmux), answering prompts as a person would: wait for a
// prompt to show, type, press Enter (or Ctrl-C). Needs tmux (Debian package "tmux").
import { execFileSync, spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

let sessions = 0;

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const quote = (s: string) => `'${s.split("'").join(`'\\''`)}'`;

export class Terminal {
  private readonly socket: string;
  private seen = 0;

  /** Starts `mcpctl ARGS` in cwd with exactly `env` (plus PATH), on a 200×60 terminal. */
  constructor(args: string[], opts: { cwd: string; env: Record<string, string> }) {
    this.socket = `mcpctl-test-${process.pid}-${++sessions}`;
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1', TERM: 'xterm', ...opts.env };
    const vars = Object.entries(env)
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join(' ');
    const line = `cd ${quote(opts.cwd)} && env -i ${vars} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo "[exit $?]"; sleep 600`;
    this.tmux('new-session', '-d', '-s', 's', '-x', '200', '-y', '60', line);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Everything shown so far (wrapped lines joined). */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-5000', '-t', 's');
  }

  /** Waits until `pattern` shows after what earlier waits consumed; returns the text up to the match. */
  async waitFor(pattern: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.screen();
      const rest = text.slice(this.seen);
      const at = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
      if (at !== -1) {
        const length = typeof pattern === 'string' ? pattern.length : (rest.slice(at).match(pattern)?.[0].length ?? 0);
        this.seen += at + length;
        return rest.slice(0, at + length);
      }
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 80));
    }
  }

  /** Types text and presses Enter. */
  answer(text: string): void {
    if (text) this.tmux('send-keys', '-t', 's', '-l', text);
    this.tmux('send-keys', '-t', 's', 'Enter');
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 's', ...keys);
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 30_000): Promise<number> {
    const m = (await this.waitFor(/\[exit \d+\]/, timeoutMs)).match(/\[exit (\d+)\]$/);
    return Number(m?.[1] ?? -1);
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
