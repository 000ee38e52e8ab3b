// Splits a command-line string into words the way a POSIX shell would quote them, without ever running a
// shell: whitespace separates words; '…' keeps everything literally; "…" keeps everything but \" \\ \$ \`;
// a backslash outside quotes escapes the next character. No expansion of any kind ($VAR, *, ~ stay as typed).
import { McpctlError } from './errors.js';

export function splitArgs(line: string, what = '--args'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line.charAt(i + 1))) word += line.charAt(++i);
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\') {
      if (i + 1 < line.length) word += line.charAt(++i);
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote)
    throw new McpctlError('E_USAGE', `${what} has an unclosed ${quote === "'" ? 'single' : 'double'} quote`, {
      hint: 'close the quote, or give each argument with its own --arg',
    });
  if (inWord) words.push(word);
  return words;
}
