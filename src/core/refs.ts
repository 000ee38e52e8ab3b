// refs: the reference grammar used inside mcp.yaml string values.
//   ${env:NAME}  ${secret:group/name}  ${env:A | env:B | value:fallback}  and $${ for a literal "${".
// Pure and linear: one left-to-right scan, no regular expression over the whole value.

export type RefSource =
  { kind: 'env'; name: string } | { kind: 'secret'; name: string } | { kind: 'value'; value: string };

export type Part =
  { type: 'text'; text: string } | { type: 'ref'; chain: RefSource[]; start: number; end: number; raw: string };

export interface RefProblem {
  message: string;
  offset: number;
  hint: string;
}

export interface ParsedValue {
  parts: Part[];
  problems: RefProblem[];
}

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const SECRET_NAME = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+){0,8}$/;

export function parseValue(input: string): ParsedValue {
  const parts: Part[] = [];
  const problems: RefProblem[] = [];
  let text = '';
  let i = 0;
  while (i < input.length) {
    const dollar = input.indexOf('$', i);
    if (dollar === -1) {
      text += input.slice(i);
      break;
    }
    text += input.slice(i, dollar);
    if (input.startsWith('$${', dollar)) {
      text += '${';
      i = dollar + 3;
      continue;
    }
    if (!input.startsWith('${', dollar)) {
      text += '$';
      i = dollar + 1;
      continue;
    }
    const close = input.indexOf('}', dollar + 2);
    if (close === -1) {
      problems.push({
        message: 'unterminated reference: "${" without a closing "}"',
        offset: dollar,
        hint: 'close it with "}", or write "$${" for a literal "${"',
      });
      text += input.slice(dollar);
      break;
    }
    if (text) parts.push({ type: 'text', text });
    text = '';
    const raw = input.slice(dollar, close + 1);
    const chain = parseChain(input.slice(dollar + 2, close), dollar, problems);
    if (chain) parts.push({ type: 'ref', chain, start: dollar, end: close + 1, raw });
    i = close + 1;
  }
  if (text) parts.push({ type: 'text', text });
  return { parts, problems };
}

function parseChain(body: string, offset: number, problems: RefProblem[]): RefSource[] | null {
  const chain: RefSource[] = [];
  const alternatives = body.split('|');
  for (let n = 0; n < alternatives.length; n++) {
    const alt = (alternatives[n] ?? '').trim();
    const colon = alt.indexOf(':');
    if (colon === -1) {
      const asEnv = ENV_NAME.test(alt);
      problems.push({
        message: `"\${${body}}" is not a reference mcpctl knows`,
        offset,
        hint: asEnv
          ? `write \${env:${alt}} to read the environment variable ${alt} (Codex does not expand \${VAR})`
          : 'references look like ${env:NAME} or ${secret:NAME}; write "$${" for a literal "${"',
      });
      return null;
    }
    const kind = alt.slice(0, colon).trim();
    const rest = alt.slice(colon + 1).trim();
    if (kind === 'value') {
      if (n === 0) {
        problems.push({
          message: `"value:" can only be the last fallback in "\${${body}}"`,
          offset,
          hint: 'put it last, e.g. ${env:PORT | value:8080}; a plain literal needs no reference',
        });
        return null;
      }
      // the fallback is the rest of the reference, "|" characters included
      const literal = alternatives.slice(n).join('|').trim().slice('value:'.length).trim();
      chain.push({ kind: 'value', value: literal });
      break;
    }
    if (kind === 'env') {
      if (!ENV_NAME.test(rest)) {
        problems.push({
          message: `"${rest}" is not a valid environment variable name`,
          offset,
          hint: 'use letters, digits and _, not starting with a digit',
        });
        return null;
      }
      chain.push({ kind: 'env', name: rest });
      continue;
    }
    if (kind === 'secret') {
      if (!SECRET_NAME.test(rest)) {
        problems.push({
          message: `"${rest}" is not a valid secret name`,
          offset,
          hint: 'use letters, digits, "_", "-", "." and "/" between parts, e.g. github/pat',
        });
        return null;
      }
      chain.push({ kind: 'secret', name: rest });
      continue;
    }
    problems.push({
      message: `unknown reference kind "${kind}" in "\${${body}}"`,
      offset,
      hint: 'the kinds are env, secret and (as a last fallback) value',
    });
    return null;
  }
  return chain;
}

/** True when the value holds at least one reference. */
function hasRef(parsed: ParsedValue): boolean {
  return parsed.parts.some((p) => p.type === 'ref');
}

/** The single reference that makes up the whole value, or null. */
export function wholeRef(parsed: ParsedValue): Extract<Part, { type: 'ref' }> | null {
  const [only, ...rest] = parsed.parts;
  return only && only.type === 'ref' && rest.length === 0 ? only : null;
}

/** The literal text of a value without references (escapes resolved); null when it has references. */
export function literalOf(parsed: ParsedValue): string | null {
  if (hasRef(parsed)) return null;
  return parsed.parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
}
