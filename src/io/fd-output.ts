// Output written straight to a file descriptor. For the short-lived fast paths (the pre-commit hook):
// creating process.stdout builds a stream (for a pipe, a socket) and loads Node's stream modules, which
// costs more than scanning a small file. Writes are synchronous and complete, as a CLI's output should be.
import { fstatSync, writeSync } from 'node:fs';

/** Somewhere text is written: a stream, or a file descriptor written directly. */
export interface Out {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  /** The same destination without terminal escaping: for JSON documents and a revealed secret value. */
  readonly exact?: Out | undefined;
}

/** Gives the reader a moment when a non-blocking pipe is full. */
const pause = new Int32Array(new SharedArrayBuffer(4));

export function fdOutput(fd: number): Out {
  let tty: boolean | undefined;
  let closed = false;
  return {
    write(text: string): boolean {
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length && !closed;) {
        try {
          done += writeSync(fd, bytes, done);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
          else if (code === 'EPIPE')
            closed = true; // the reader went away (`mcpctl scan | head`): stop writing
          else throw e;
        }
      }
      return true;
    },
    get isTTY(): boolean {
      // a terminal is a character device: anything else (pipe, file) is settled without loading node:tty
      tty ??= fstatSync(fd).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(fd);
      return tty;
    },
  };
}

/** stdout and stderr are one file or pipe (then a line on stderr would land in the middle of stdout's). */
export function sameDestination(): boolean {
  try {
    const out = fstatSync(1);
    const err = fstatSync(2);
    return out.dev === err.dev && out.ino === err.ino;
  } catch {
    return false;
  }
}
