// The JSON/JSONC text with secret-looking string values masked as "(sensitive)", byte for byte otherwise
// (the same rules as redactToml: under env/headers by key or value, anywhere by a provider token format),
// so both sides of a plan's diff can be shown. The result still parses. Text that does not parse gets
// only provider-format tokens masked.
import { parseTree } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { maskTokens, maskValue, SENSITIVE, VALUE_TABLES } from '../redact.js';
import { keyOf } from './container.js';
import { splice } from './spans.js';
import type { TextEdit } from './spans.js';

interface Visit {
  node: Node;
  /** The key this value is written under (for an array item: the array's key). */
  key: string | undefined;
  /** Under env / headers / http_headers: a secret-looking key masks its value. */
  under: boolean;
  /** An item of an array: judged by its value alone. */
  item: boolean;
}

export function redactJson(text: string, comments: boolean): string {
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(source, errors, { disallowComments: !comments, allowTrailingComma: comments });
  } catch {
    return maskTokens(text);
  }
  if (root === undefined || errors.length > 0) return maskTokens(text);
  const masked = `"${SENSITIVE}"`;
  const edits: TextEdit[] = [];
  const stack: Visit[] = [{ node: root, key: undefined, under: false, item: false }];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    const { node } = v;
    if (node.type === 'string') {
      const value: unknown = node.value;
      const shown = typeof value === 'string' ? maskValue(v.item ? undefined : v.key, value, v.under) : '';
      if (shown === SENSITIVE) edits.push({ offset: node.offset, length: node.length, content: masked });
    } else if (node.type === 'array') {
      for (const el of node.children ?? []) stack.push({ node: el, key: v.key, under: false, item: true });
    } else if (node.type === 'object') {
      const under = v.key !== undefined && VALUE_TABLES.has(v.key);
      for (const prop of node.children ?? []) {
        const [k, value] = prop.children ?? [];
        if (k === undefined || value === undefined) continue;
        const name = keyOf(k);
        // a key that is itself a token (someone pasted it as a name) is masked too
        if (maskValue(undefined, name, false) === SENSITIVE)
          edits.push({ offset: k.offset, length: k.length, content: masked });
        stack.push({ node: value, key: name, under, item: false });
      }
    }
  }
  return splice(text, edits);
}
