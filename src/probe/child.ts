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
import { CODEX_KILL_GRACE_MS } from '../core/codex-facts.js';
import { groupAlive, killAllSync, killPipeHolders, killTree, release, terminate, track } from './reaper.js';
import type { Tracked } from './reaper.js';
import type { ChildObservations } from '../core/probe-types.js';
import { noObservations } from '../core/probe-types.js';

/** The longest stdout line (one JSON-RPC message) read from a server; a longer one fails the probe. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
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

/** Kills every process a probe started (for SIGINT/SIGTERM handlers: 'exit' does not run on a signal). */
export function killAllProbeGroups(): void {
  killAllSync();
}

export class ChildTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly obs: ChildObservations = noObservations();
  /** Resolves when the server process has exited and its output is read (or it could not start, or was killed). */
  readonly exited: Promise<void>;
  private child: ChildProcess | null = null;
  private tracked: Tracked | null = null;
  private processExit: Promise<void> = Promise.resolve();
  /** The child's 'close': it exited and nobody holds its pipes any more. */
  private outputClosed: Promise<void> = Promise.resolve();
  private isOutputClosed = false;
  private killing: Promise<void> | null = null;
  private stdoutBuf = '';
  private stderrBuf = '';
  private closed = false;
  /** mcpctl sent the server a signal (a close, a deadline): an exit by that signal is not the server's doing. */
  private signalled = false;
  private markExited: () => void = () => undefined;

  constructor(private readonly opts: ChildOptions) {
    this.exited = new Promise((resolve) => (this.markExited = resolve));
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      // detached: a new session and process group, so the whole tree (a launcher, npx, the server) can be killed
      const child = spawn(this.opts.command, this.opts.args, {
        cwd: this.opts.cwd,
        env: this.opts.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      });
      this.child = child;
      this.tracked = track(child);
      this.processExit = new Promise((r) => child.once('exit', () => r()));
      this.outputClosed = new Promise((r) => child.once('close', () => r()));
      child.once('spawn', () => resolve());
      child.once('error', (e) => {
        const code = 'code' in e && typeof e.code === 'string' ? e.code : null;
        if (this.child?.pid === undefined) {
          this.obs.spawnError = { code, message: e.message };
          this.markExited();
          reject(e);
        } else this.onerror?.(e);
      });
      child.once('exit', (code, signal) => {
        // an end mcpctl caused (its SIGTERM or SIGKILL, or a clean exit on its SIGTERM) says nothing about the
        // server; any other exit does, also when it reaches us after mcpctl began closing (a server that died
        // before reading stdin fails the first write with EPIPE, and the transport closes before this event)
        const ours = this.signalled && (signal !== null || code === 0 || code === 128 + 15 || code === 128 + 9);
        if (!ours) this.obs.exit = { code, signal };
      });
      child.once('close', () => {
        this.isOutputClosed = true;
        this.ended();
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

  /** Ends the server the way Codex does: SIGTERM to its process group, SIGKILL after Codex's grace period. */
  async close(graceMs = CODEX_KILL_GRACE_MS): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.child?.stdin?.end();
    if (this.tracked !== null && groupAlive(this.tracked)) {
      this.signalled = true;
      terminate(this.tracked);
      await within(this.processExit, graceMs);
    }
    await this.kill();
    this.onclose?.();
  }

  /**
   * SIGKILL to the process group, every descendant and whoever holds its pipes (a timeout, the end of a
   * probe). Does not wait for the pipes to close: they are destroyed, so nothing a server left running can
   * hold mcpctl.
   */
  kill(): Promise<void> {
    this.closed = true;
    this.killing ??= this.killOnce();
    return this.killing;
  }

  private async killOnce(): Promise<void> {
    const tracked = this.tracked;
    if (tracked !== null) {
      if (groupAlive(tracked)) this.signalled = true;
      await killTree(tracked);
      await within(this.processExit, 1000);
      // the pipes close with the process, unless something it started (and that escaped) holds them
      if (!this.isOutputClosed) await within(this.outputClosed, 50);
      if (!this.isOutputClosed) killPipeHolders(tracked);
      release(tracked);
    }
    for (const s of [this.child?.stdin, this.child?.stdout, this.child?.stderr]) s?.destroy();
    this.ended();
  }

  private ended(): void {
    this.flushStderr();
    this.markExited();
    if (!this.closed) {
      this.closed = true;
      this.onclose?.();
    }
  }

  private onStdout(chunk: string): void {
    if (this.obs.firstStdout.length < FIRST_BYTES)
      this.obs.firstStdout += chunk.slice(0, FIRST_BYTES - this.obs.firstStdout.length);
    if (this.obs.tooLarge) return;
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      this.stdoutBuf += chunk;
      if (this.stdoutBuf.length > MAX_LINE_BYTES) this.overflow();
      return;
    }
    let text = this.stdoutBuf + chunk;
    nl += this.stdoutBuf.length;
    while (nl !== -1) {
      const line = text.slice(0, nl).replace(/\r$/, '');
      text = text.slice(nl + 1);
      if (line.trim() !== '') this.onLine(line);
      nl = text.indexOf('\n');
    }
    this.stdoutBuf = text;
    if (this.stdoutBuf.length > MAX_LINE_BYTES) this.overflow();
  }

  /** A line longer than the cap: stop reading, and end the server (the pending request fails at once). */
  private overflow(): void {
    this.obs.tooLarge = { what: 'one stdout line (a JSON-RPC message)', limitBytes: MAX_LINE_BYTES };
    this.stdoutBuf = '';
    void this.kill();
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

/** Waits for `p`, at most `ms`; the timer is cleared either way, so it keeps nothing alive. */
function within(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
