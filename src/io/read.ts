// Reading user files with clear errors: missing, a folder, unreadable, too large. Synchronous under an async
// face: a run reads a handful of small local files, and each asynchronous call would be a trip to the thread
// pool (six per file), besides the millisecond node:fs/promises takes to load. A long-running mode (status
// --watch, the MCP server) waits for each read as a CLI does: the largest files are the clients' own (a
// ~/.claude.json of megabytes reads in a few milliseconds; callers cap the size, 64 MB at most).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { McpctlError } from '../core/errors.js';

export interface ReadOptions {
  maxBytes: number;
  /** How to name the file in errors ("mcp.yaml", "target config"). */
  what: string;
  /** What to suggest when it does not exist. */
  missingHint?: string;
}

/** The file's text, or null when it does not exist and `missingOk` is set. */
export async function readText(path: string, opts: ReadOptions & { missingOk: true }): Promise<string | null>;
export async function readText(path: string, opts: ReadOptions & { missingOk?: false }): Promise<string>;
export async function readText(path: string, opts: ReadOptions & { missingOk?: boolean }): Promise<string | null> {
  const read = await readFile_(path, opts);
  return read === null ? null : read.text;
}

/** The file's bytes and their text (for a file written back: its hash is of the bytes), or null when missing. */
export async function readTextBytes(
  path: string,
  opts: ReadOptions & { missingOk: true },
): Promise<{ bytes: Buffer; text: string } | null> {
  return readFile_(path, opts);
}

async function readFile_(
  path: string,
  opts: ReadOptions & { missingOk?: boolean },
): Promise<{ bytes: Buffer; text: string } | null> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) {
      throw new McpctlError('E_INPUT', `${path} is not a regular file`, {
        hint: `point to the ${opts.what} file itself`,
      });
    }
    size = st.size;
  } catch (e) {
    if (e instanceof McpctlError) throw e;
    if (errno(e) === 'ENOENT') {
      if (opts.missingOk) return null;
      throw new McpctlError('E_NOT_FOUND', `${path} does not exist`, {
        hint: opts.missingHint ?? `check the path of the ${opts.what}`,
      });
    }
    throw ioError(path, e, opts.what);
  }
  if (size > opts.maxBytes) {
    throw new McpctlError(
      'E_TOO_LARGE',
      `${path} is ${size} bytes, more than the ${opts.maxBytes} allowed for a ${opts.what}`,
      {
        hint: 'check that this is the right file',
      },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readWhole(path);
  } catch (e) {
    throw ioError(path, e, opts.what);
  }
  return { bytes, text: decodeUtf8(bytes, path, opts.what) };
}

/**
 * Strict UTF-8 decoding that keeps a byte-order mark in the text (we write these files back): a byte sequence
 * that is not UTF-8 is an error, never silently replaced. isUtf8 and toString are faster than a fatal
 * TextDecoder (a 5 MB ~/.claude.json: 15 ms against 18).
 */
export function decodeUtf8(bytes: Uint8Array, path: string, what: string): string {
  if (!isUtf8(bytes))
    throw new McpctlError('E_INPUT', `${path} is not valid UTF-8`, { hint: `save the ${what} as UTF-8 text` });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

export function errno(e: unknown): string | undefined {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') return e.code;
  return undefined;
}

function ioError(path: string, e: unknown, what: string): McpctlError {
  const code = errno(e);
  if (code === 'EACCES' || code === 'EPERM') {
    return new McpctlError('E_INPUT', `cannot read ${path}: permission denied`, {
      hint: `check the permissions of the ${what}`,
    });
  }
  if (code === 'EISDIR')
    return new McpctlError('E_INPUT', `${path} is a folder`, { hint: `point to the ${what} file itself` });
  return new McpctlError('E_INPUT', `cannot read ${path} (${code ?? 'unknown error'})`, { hint: `check the ${what}` });
}

/**
 * The whole file in as few reads as its size allows (readFile reads 512 KB at a time, each a trip to the
 * thread pool: 6 ms for a 5 MB ~/.claude.json, against 1 ms here). Throws as readFile does (ENOENT, …).
 */
export async function readWhole(path: string): Promise<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(fstatSync(fd).size + 1);
    let length = 0;
    for (;;) {
      // one byte of room more than the size: a read that fills it means the file grew while being read
      if (length === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
      const bytesRead = readSync(fd, buf, length, buf.length - length, length);
      if (bytesRead === 0) return buf.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}
