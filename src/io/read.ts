// Reading user files with clear errors: missing, a folder, unreadable, too large.
import { readFile, stat } from 'node:fs/promises';
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
  let size: number;
  try {
    const st = await stat(path);
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
    bytes = await readFile(path);
  } catch (e) {
    throw ioError(path, e, opts.what);
  }
  return decodeUtf8(bytes, path, opts.what);
}

/** Strict UTF-8 decoding that keeps a byte-order mark in the text (we write these files back). */
export function decodeUtf8(bytes: Uint8Array, path: string, what: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new McpctlError('E_INPUT', `${path} is not valid UTF-8`, { hint: `save the ${what} as UTF-8 text` });
  }
}

// fatal: a byte sequence that is not UTF-8 is an error, never silently replaced (we write these files back).
// ignoreBOM: a byte-order mark stays in the text, so a rewrite keeps it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
