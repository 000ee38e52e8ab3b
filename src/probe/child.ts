// A stdio server started the way Codex starts one: the exact command and args, a cleared environment
// (see codex-env.ts), its own process group; JSON-RPC over stdin/stdout, one message per line. It is an MCP
// SDK Transport, so the SDK's Client drives the handshake. It also keeps what a diagnosis needs: the spawn
// error, the exit, the last stderr lines, the first stdout bytes, stdout lines that are not JSON-RPC.
// Every process group it starts is killed when it closes, on a timeout, and when mcpctl exits.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { ChildObservations } from './types.js';

const STDERR_LINES = 40;
const LINE_CHARS = 400;
const FIRST_BYTES = 200;
const NOISE_LINES = 5;

export interface ChildOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

export type { ChildObservations };

/** Process groups started and not yet known dead: killed (SIGKILL) when mcpctl exits, whatever the reason. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  });
}

/** Kills every process group a probe started (for SIGINT handlers: 'exit' does not run on a signal). */
export function killAllProbeGroups(): void {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: nobody left in the group
  }
}

export class ChildTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly obs: ChildObservations = { spawnError: null, exit: null, stderrTail: [], firstStdout: '', noiseLines: [], sawJsonRpc: false };
  /** Resolves when the server process has exited (or could not start). */
  readonly exited: Promise<void>;
  private child: ChildProcess | null = null;
  private pgid: number | null = null;
  private stdoutBuf = '';
  private stderrBuf = '';
  private closed = false;
  private markExited: () => void = () => undefined;

  constructor(private readonly opts: ChildOptions) {
    this.exited = new Promise((resolve) => (this.markExited = resolve));
  }

  start(): Promise<void> {
    installExitHook();
    return new Promise((resolve, reject) => {
      // detached: a new session and process group, so the whole tree (a launcher, npx, the server) can be killed
      const child = spawn(this.opts.command, this.opts.args, { cwd: this.opts.cwd, env: this.opts.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
      this.child = child;
      child.once('spawn', () => {
        if (child.pid !== undefined) {
          this.pgid = child.pid;
          liveGroups.add(child.pid);
        }
        resolve();
      });
      child.once('error', (e) => {
        const code = 'code' in e && typeof e.code === 'string' ? e.code : null;
        if (this.pgid === null) {
          this.obs.spawnError = { code, message: e.message };
          this.markExited();
          reject(e);
        } else this.onerror?.(e);
      });
      child.once('exit', (code, signal) => {
        this.obs.exit = { code, signal };
      });
      child.once('close', () => {
        this.flushStderr();
        this.markExited();
        if (!this.closed) this.onclose?.();
      });
      child.stdin?.on('error', () => undefined); // EPIPE when the server died: reported by its exit
      child.stdout?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => this.onStdout(chunk));
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (chunk: string) => this.onStderr(chunk));
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || stdin.destroyed || !stdin.writable) {
        reject(new Error('the server is not running'));
        return;
      }
      stdin.write(`${JSON.stringify(message)}\n`, (e) => (e ? reject(e) : resolve()));
    });
  }

  /** Ends the server the way Codex does: SIGTERM to its process group, SIGKILL after a grace period. */
  async close(graceMs = 1000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.child?.stdin?.end();
    if (this.pgid !== null && signalGroup(this.pgid, 'SIGTERM')) {
      await within(this.exited, graceMs);
    }
    await this.killGroup();
    this.onclose?.();
  }

  /** SIGKILL to the whole process group at once (a timeout), then wait until the group is gone. */
  async kill(): Promise<void> {
    this.closed = true;
    await this.killGroup();
  }

  private async killGroup(): Promise<void> {
    const pgid = this.pgid;
    if (pgid === null) return;
    signalGroup(pgid, 'SIGKILL');
    // grandchildren may outlive the leader for a moment; a reaped group answers ESRCH
    for (let i = 0; i < 40 && signalGroup(pgid, 0); i++) {
      await sleep(25);
      signalGroup(pgid, 'SIGKILL');
    }
    await within(this.exited, 1000);
    liveGroups.delete(pgid);
  }

  private onStdout(chunk: string): void {
    if (this.obs.firstStdout.length < FIRST_BYTES) this.obs.firstStdout += chunk.slice(0, FIRST_BYTES - this.obs.firstStdout.length);
    this.stdoutBuf += chunk;
    for (let nl = this.stdoutBuf.indexOf('\n'); nl !== -1; nl = this.stdoutBuf.indexOf('\n')) {
      const line = this.stdoutBuf.slice(0, nl).replace(/\r$/, '');
      this.stdoutBuf = this.stdoutBuf.slice(nl + 1);
      if (line.trim() !== '') this.onLine(line);
    }
  }

  private onLine(line: string): void {
    let message: JSONRPCMessage;
    try {
      message = JSONRPCMessageSchema.parse(JSON.parse(line));
    } catch {
      // Codex skips such lines too (measured); they are reported as a finding
      if (this.obs.noiseLines.length < NOISE_LINES) this.obs.noiseLines.push(line.slice(0, LINE_CHARS));
      return;
    }
    this.obs.sawJsonRpc = true;
    this.onmessage?.(message);
  }

  private onStderr(chunk: string): void {
    this.stderrBuf += chunk;
    const lines = this.stderrBuf.split('\n');
    this.stderrBuf = lines.pop() ?? '';
    for (const l of lines) this.pushStderr(l);
    if (this.stderrBuf.length > 64 * 1024) this.flushStderr();
  }

  private flushStderr(): void {
    if (this.stderrBuf !== '') this.pushStderr(this.stderrBuf);
    this.stderrBuf = '';
  }

  private pushStderr(line: string): void {
    const l = line.replace(/\r$/, '');
    if (l.trim() === '') return;
    this.obs.stderrTail.push(l.slice(0, LINE_CHARS));
    if (this.obs.stderrTail.length > STDERR_LINES) this.obs.stderrTail.shift();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for `p`, at most `ms`; the timer is cleared either way, so it keeps nothing alive. */
function within(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}
