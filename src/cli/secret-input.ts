// Where a secret value comes from: standard input when it is not a terminal (one trailing newline
// stripped), else a hidden prompt typed twice. Never the command line: argv shows in `ps` and in shell history.
import { StringDecoder } from 'node:string_decoder';
import { McpctlError } from '../core/errors.js';
import type { Io } from './output.js';

const MAX_STDIN_BYTES = 1024 * 1024;

export type SecretInput = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

export async function readSecretValue(name: string, io: Io, input: SecretInput = process.stdin): Promise<string> {
  if (input.isTTY === true && input.setRawMode) {
    const [first, again] = await hiddenLines(
      [`Value for ${name} (typing is not shown): `, 'Again, to confirm: '],
      io,
      input,
    );
    if (!first)
      throw new McpctlError('E_INPUT', 'no value typed; nothing was stored', {
        hint: 'type or paste the value, then Enter',
      });
    if (again !== first)
      throw new McpctlError('E_INPUT', 'the two values typed differ; nothing was stored', {
        hint: 'run the command again and type the same value twice',
      });
    return first;
  }
  const text = await readAll(input);
  const value = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
  if (value === '') {
    throw new McpctlError('E_INPUT', 'no value on standard input; nothing was stored', {
      hint: `pipe it in: printf %s "$TOKEN" | mcpctl secret set ${name}   (or run it in a terminal to type it)`,
    });
  }
  return value;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_STDIN_BYTES)
      throw new McpctlError('E_INPUT', `standard input is longer than ${MAX_STDIN_BYTES} bytes; nothing was stored`, {
        hint: 'pipe in only the secret value',
      });
    chunks.push(buf);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new McpctlError('E_INPUT', 'standard input is not UTF-8 text; nothing was stored', {
      hint: 'a secret value is text; encode binary keys (base64) first',
    });
  }
}

/**
 * One line per prompt from the terminal, in raw mode for the whole exchange (set before the first prompt
 * shows, so nothing typed is ever echoed): Backspace and Ctrl-U edit, Ctrl-C cancels, escape sequences
 * (arrow keys) are ignored.
 */
function hiddenLines(prompts: string[], io: Io, input: SecretInput): Promise<string[]> {
  input.setRawMode?.(true);
  input.resume();
  io.stderr.write(prompts[0] ?? '');
  const decoder = new StringDecoder('utf8');
  const lines: string[] = [];
  let chars: string[] = [];
  let escape = 0; // 0 none, 1 after ESC, 2 inside a CSI sequence
  return new Promise((resolve, reject) => {
    const finish = (error?: McpctlError) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(lines);
    };
    const onData = (chunk: Buffer | string) => {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const ch of text) {
        if (escape === 1) {
          escape = ch === '[' || ch === 'O' ? 2 : 0;
          continue;
        }
        if (escape === 2) {
          if (ch >= '@' && ch <= '~') escape = 0;
          continue;
        }
        if (ch === '\r' || ch === '\n') {
          lines.push(chars.join(''));
          chars = [];
          if (lines.length === prompts.length) return finish();
          io.stderr.write(`\n${prompts[lines.length] ?? ''}`);
        } else if (ch === '\u0003' || (ch === '\u0004' && chars.length === 0))
          return finish(new McpctlError('E_CANCELLED', 'cancelled; nothing was stored'));
        else if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
        else if (ch === '\u0015') chars = [];
        else if (ch === '\u001b') escape = 1;
        else if (ch >= ' ') chars.push(ch);
      }
    };
    input.on('data', onData);
  });
}
