// `scan --staged`: what is about to be committed, read from the git index rather than the working
// tree. Names come from `git diff --cached --name-only -z --diff-filter=ACMR`, contents from a single
// `git cat-file --batch` process whose output is parsed as a stream (a large blob is counted past,
// not held). Paths are relative to the repository root.
import { execFile, spawn } from 'node:child_process';
import { McpctlError } from '../core/errors.js';
import type { Skip } from './scan-files.js';

/**
 * scan-files.ts's BINARY_PROBE (a NUL byte in the first 8 KB marks a binary), repeated rather than
 * imported: an import would split scan-files.ts out of the scan chunk into a module of its own, one
 * more file for every `mcpctl scan` to load.
 */
const BINARY_PROBE = 8192;

function _git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolveText, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      if (!err) return resolveText(stdout);
      const missing = 'code' in err && err.code === 'ENOENT';
      reject(
        new McpctlError(
          'E_INPUT',
          missing
            ? 'git is not installed (needed for --staged)'
            : `git ${args[0]} failed: ${stderr.trim() || err.message}`,
          {
            hint: missing
              ? 'install git, or scan files by name'
              : '--staged scans the index of the git repository that holds the current folder',
          },
        ),
      );
    });
  });
}

/** The repository root and the staged files (added, copied, modified, renamed) under `pathspecs`. */
export async function stagedFiles(
  cwd: string,
  pathspecs: readonly string[],
): Promise<{ root: string; files: string[] }> {
  const [root, names] = await Promise.all([
    _git(['rev-parse', '--show-toplevel'], cwd),
    _git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--', ...pathspecs], cwd),
  ]);
  return { root: root.replace(/\r?\n$/, ''), files: names.split('\0').filter((n) => n.length > 0) };
}

/**
 * Streams the index's copy of each file to `onBlob` (text only, within maxBytes), in order.
 * Returns the files skipped (binary, too large, a submodule, a name git cannot take on one line).
 */
export function readStaged(
  root: string,
  files: readonly string[],
  maxBytes: number,
  onBlob: (file: string, bytes: Buffer) => void,
): Promise<Skip[]> {
  const skipped: Skip[] = [];
  const asked: string[] = [];
  for (const f of files) {
    if (f.includes('\n'))
      skipped.push({ file: f, reason: 'a line break in the name: cannot be read from the index', kind: 'unreadable' });
    else asked.push(f);
  }
  if (asked.length === 0) return Promise.resolve(skipped);
  return new Promise((done, fail) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const parser = new _BatchParser(asked, maxBytes, onBlob, skipped);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (e) {
        child.kill();
        fail(e);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (e) =>
      fail(
        new McpctlError('E_INPUT', `cannot run git cat-file: ${e.message}`, {
          hint: 'install git, or scan files by name',
        }),
      ),
    );
    child.on('close', (code) => {
      if (code === 0 && parser.finished()) done(skipped);
      else
        fail(
          new McpctlError('E_INPUT', `git cat-file --batch failed (exit ${code}): ${stderr.trim()}`, {
            hint: 'check the repository with "git status"',
          }),
        );
    });
    child.stdin.on('error', () => undefined); // git exiting early is reported by 'close'
    child.stdin.end(asked.map((f) => `:${f}\n`).join(''));
  });
}

/** `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`, once per name asked, in order. */
class _BatchParser {
  #i = 0;
  #header: Buffer[] = [];
  /** Bytes of the current blob still to come (then its closing `\n`); -1 between blobs. */
  #left = -1;
  #keep: Buffer[] | null = null;
  #size = 0;
  #type = '';

  constructor(
    private readonly files: readonly string[],
    private readonly maxBytes: number,
    private readonly onBlob: (file: string, bytes: Buffer) => void,
    private readonly skipped: Skip[],
  ) {}

  finished(): boolean {
    return this.#i === this.files.length && this.#left === -1;
  }

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.#left === -1) {
        const nl = chunk.indexOf(10, at);
        if (nl === -1) {
          this.#header.push(chunk.subarray(at));
          return;
        }
        this.#header.push(chunk.subarray(at, nl));
        at = nl + 1;
        this.#startObject(Buffer.concat(this.#header).toString('utf8'));
        this.#header = [];
        continue;
      }
      // body bytes, then one `\n`
      const take = Math.min(this.#left + 1, chunk.length - at);
      const body = chunk.subarray(at, at + Math.min(take, this.#left));
      if (this.#keep && body.length) this.#keep.push(body);
      this.#left -= take;
      at += take;
      if (this.#left === -1) this.#endObject();
    }
  }

  #file(): string {
    const f = this.files[this.#i];
    if (f === undefined)
      throw new McpctlError('E_INPUT', 'git cat-file --batch printed more objects than were asked for', {
        hint: 'check the repository with "git status"',
      });
    return f;
  }

  #startObject(header: string): void {
    const file = this.#file();
    const m = /^[0-9a-f]{4,64} (\w+) (\d+)$/.exec(header);
    if (!m) {
      // `:path missing` (a submodule's commit, or a path git reads differently)
      this.skipped.push({
        file,
        reason: `not in the index as a file (git: ${header.slice(file.length + 2) || header})`,
        kind: 'special',
      });
      this.#i++;
      return;
    }
    this.#size = Number(m[2]);
    this.#left = this.#size;
    this.#type = m[1] ?? '';
    this.#keep = this.#type === 'blob' && this.#size <= this.maxBytes ? [] : null;
  }

  #endObject(): void {
    const file = this.#file();
    this.#i++;
    const kept = this.#keep;
    this.#keep = null;
    if (this.#type !== 'blob') {
      this.skipped.push({ file, reason: `not a file in the index (a ${this.#type})`, kind: 'special' });
      return;
    }
    if (kept === null) {
      this.skipped.push({ file, reason: `${this.#size} bytes, over --max-bytes ${this.maxBytes}`, kind: 'too-large' });
      return;
    }
    const bytes = Buffer.concat(kept);
    if (bytes.subarray(0, BINARY_PROBE).includes(0))
      this.skipped.push({ file, reason: 'binary (a NUL byte in the first 8 KB)', kind: 'binary' });
    else this.onBlob(file, bytes);
  }
}
