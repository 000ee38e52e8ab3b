// Where every key and value of a TOML document is: full key path → 1-based line/col of key and value.
// Used to point lint findings at the user's config.toml.
import type { AST } from 'toml-eslint-parser';
import { keyNames } from './ast-value.js';
import { parseToml } from './parse.js';

export type Positions = (
  path: readonly (string | number)[],
  part: 'key' | 'value',
) => { line: number; col: number } | undefined;

export function tomlPositions(text: string): Positions {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const ast = parseToml(bom ? text.slice(1) : text);
  const map = new Map<string, { key: AST.Position; value: AST.Position }>();
  const put = (path: (string | number)[], key: AST.Position, value: AST.Position) =>
    map.set(path.join('\u0000'), { key, value });
  const visitValue = (node: AST.TOMLContentNode, path: (string | number)[]) => {
    if (node.type === 'TOMLInlineTable') for (const kv of node.body) visitKeyValue(kv, path);
    else if (node.type === 'TOMLArray')
      node.elements.forEach((el, i) => {
        put([...path, i], el.loc.start, el.loc.start);
        visitValue(el, [...path, i]);
      });
  };
  const visitKeyValue = (kv: AST.TOMLKeyValue, base: (string | number)[]) => {
    const path = [...base, ...keyNames(kv.key)];
    put(path, kv.key.loc.start, kv.value.loc.start);
    visitValue(kv.value, path);
  };
  for (const node of ast.body[0].body) {
    if (node.type === 'TOMLKeyValue') visitKeyValue(node, []);
    else {
      const base = node.resolvedKey.map(String);
      if (node.kind === 'standard') put(base, node.loc.start, node.loc.start);
      for (const kv of node.body) visitKeyValue(kv, node.kind === 'array' ? node.resolvedKey : base);
    }
  }
  return (path, part) => {
    const hit = map.get(path.join('\u0000'));
    if (!hit) return undefined;
    const p = part === 'key' ? hit.key : hit.value;
    return { line: p.line, col: p.column + 1 + (p.line === 1 ? bom : 0) };
  };
}
