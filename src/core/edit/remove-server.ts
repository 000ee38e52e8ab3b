// Removes one server from an mcp.yaml text: exactly its own lines (the key line, its body, and comments
// indented inside the body), plus one blank line where that keeps the spacing of the others, so that
// add-then-remove gives back the original bytes. Comments above the key stay: they may be about more than
// this server. When it was the last server, `servers:` becomes `servers: {}`. Pure; the result is parsed
// again and must equal the old data less that server.
import { isScalar } from 'yaml';
import { McpctlError } from '../errors.js';
import { nearest } from '../suggest.js';
import type { Edit } from './add-server.js';
import { afterContent, indentOf, isBlank, isComment, lineAt, lineStart, nextLine, nextNonBlank } from './_lines.js';
import { contentEnd, editBug, findServers, keyRange, recordOf, sameData } from './servers-node.js';

export function removeServer(text: string, file: string, name: string): Edit {
  const found = findServers(text, file);
  const names = Object.keys(recordOf(recordOf(found.data)['servers']));
  const { pair: serversPair, map } = found;
  const item = map?.items.find((p) => isScalar(p.key) && p.key.value === name);
  if (!serversPair || !map || !item) {
    const guess = nearest(name, names);
    throw new McpctlError('E_NOT_FOUND', `${file} has no server "${name}"`, {
      hint: guess
        ? `did you mean "${guess}"?`
        : names.length
          ? `its servers: ${names.join(', ')}`
          : 'it has no servers',
    });
  }
  if (map.flow) {
    throw new McpctlError(
      'E_SHAPE',
      `"servers:" in ${file} is written in flow style ({…}); mcpctl remove only edits a block mapping`,
      { hint: 'remove the entry by hand' },
    );
  }
  const [keyStart] = keyRange(item);
  let a = lineStart(text, keyStart);
  if (!/^ *$/.test(text.slice(a, keyStart)))
    throw new McpctlError('E_SHAPE', `server "${name}" does not start its own line in ${file}`, {
      hint: 'remove it by hand',
    });
  const indent = keyStart - a;
  let b = afterContent(text, contentEnd(item));
  // comments indented inside the server's body belong to it
  for (let at = b; at < text.length; at = nextLine(text, at)) {
    const line = lineAt(text, at);
    if (isBlank(line)) continue;
    if (!isComment(line) || indentOf(line) <= indent) break;
    b = nextLine(text, at);
  }
  const block = text.slice(a, b);

  const prevStart = a > 0 ? lineStart(text, a - 1) : -1;
  const prev = prevStart >= 0 ? lineAt(text, prevStart) : null;
  const prevBlank = prev !== null && isBlank(prev);
  const after = b < text.length ? lineAt(text, b) : null;
  const following = nextNonBlank(text, b);
  const moreEntries = following !== null && indentOf(following) >= indent;
  if (prevBlank && (after === null || isBlank(after) || !moreEntries)) a = prevStart;
  else if (prev !== null && !prevBlank && !isComment(prev) && after !== null && isBlank(after) && moreEntries)
    b = nextLine(text, b);
  if (b === text.length && !text.endsWith('\n') && a > 0) a -= text.slice(0, a).endsWith('\r\n') ? 2 : 1;

  let out = text.slice(0, a) + text.slice(b);
  if (map.items.length === 1) {
    const colon = text.indexOf(':', keyRange(serversPair)[1]);
    out = `${out.slice(0, colon + 1)} {}${out.slice(colon + 1)}`;
  }
  const expected = recordOf(found.data);
  const servers = recordOf(expected['servers']);
  delete servers[name];
  if (!sameData(findServers(out, file).data, { ...expected, servers })) throw editBug(`removing "${name}"`);
  return { text: out, block: block.split('\r\n').join('\n') };
}
