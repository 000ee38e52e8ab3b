// Adds one server to an mcp.yaml text by inserting its lines at the end of the `servers:` mapping, matching
// the mapping's indentation, line breaks and blank-line spacing. Every other byte of the file stays: the text
// is never re-serialised. Pure; the result is parsed again and must equal the old data plus that server.
import { isScalar } from 'yaml';
import type { Pair } from 'yaml';
import { EXIT, McpctlError } from '../errors.js';
import type { Server } from '../generated/mcp-types.js';
import { SCHEMA_PUBLIC_URL } from '../starter.js';
import {
  afterContent,
  eolOf,
  indentOf,
  isBlank,
  isComment,
  lineAt,
  lineStart,
  nextLine,
  pastTrailingComments,
} from './_lines.js';
import { contentEnd, editBug, findServers, keyRange, recordOf, sameData, serverBlock } from './servers-node.js';

export interface Edit {
  text: string;
  /** The server's own lines as inserted or removed ("\n" line breaks), for showing. */
  block: string;
}

/** `text` null: the file does not exist yet and is created with the editor modeline. */
export function addServer(text: string | null, file: string, name: string, server: Server): Edit {
  if (text === null) {
    const block = serverBlock(name, server, 2, 2, '\n');
    return { text: `# yaml-language-server: $schema=${SCHEMA_PUBLIC_URL}\nversion: 1\nservers:\n${block}`, block };
  }
  const eol = eolOf(text);
  const found = findServers(text, file);
  const { root, pair, map } = found;
  if (Object.hasOwn(recordOf(recordOf(found.data)['servers']), name)) {
    throw new McpctlError('E_NAME_IN_USE', `${file} already has a server "${name}"`, {
      hint: 'choose another name with --name',
      exitCode: EXIT.usage,
    });
  }
  let out: { text: string; block: string };
  if (root === null) {
    // nothing but comments (or nothing): start the document after them
    const block = serverBlock(name, server, 2, 2, eol);
    const head = text === '' || text.endsWith('\n') ? text : text + eol;
    out = { text: `${head}version: 1${eol}servers:${eol}${block}`, block };
  } else if (!pair) {
    // no servers: yet: a new top-level entry after the last one (and after comments trailing it)
    const indent = root.items[0] ? keyIndent(text, root.items[0].key) : 0;
    const last = root.items[root.items.length - 1];
    const at = last ? pastTrailingComments(text, afterContent(text, contentEnd(last)), indent) : text.length;
    const block = serverBlock(name, server, indent + 2, 2, eol);
    out = { text: insertLines(text, at, `${' '.repeat(indent)}servers:${eol}${block}`, eol, false), block };
  } else if (map && !map.flow && map.items.length) {
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last) throw editBug(`adding "${name}"`);
    const indent = keyIndent(text, first.key);
    const step = Math.max(1, indent - keyIndent(text, pair.key));
    const at = pastTrailingComments(text, afterContent(text, contentEnd(last)), indent);
    const before = at > 0 ? lineAt(text, lineStart(text, at - 1)) : '';
    const block = serverBlock(name, server, indent, step, eol);
    out = { text: insertLines(text, at, block, eol, spacedOut(text, map.items) || isComment(before)), block };
  } else if ((map && map.items.length === 0) || (isScalar(pair.value) && pair.value.source === '')) {
    // `servers: {}` or `servers:` with nothing: the `{}` goes, the entries follow the key's line
    const [, keyEnd] = keyRange(pair);
    const colon = text.indexOf(':', keyEnd);
    const valueEnd = map?.range ? map.range[1] : colon + 1;
    const indent = keyIndent(text, pair.key);
    const line = nextLine(text, valueEnd);
    const block = serverBlock(name, server, indent + 2, 2, eol);
    const rest = text.slice(valueEnd, line);
    const atEnd = line === text.length && !rest.endsWith('\n');
    const head = text.slice(0, colon + 1) + rest + (atEnd ? eol : '');
    out = { text: head + (atEnd ? block.slice(0, -eol.length) : block) + text.slice(line), block };
  } else {
    const where = map?.flow ? 'is written in flow style ({…})' : 'is not a mapping';
    throw new McpctlError('E_SHAPE', `"servers:" in ${file} ${where}; mcpctl add only inserts into a block mapping`, {
      hint: 'write servers: as one "name:" per line (indented, as "mcpctl init" does), or edit the file by hand',
    });
  }
  check(found.data, out.text, file, name, server);
  return { text: out.text, block: out.block.split('\r\n').join('\n') };
}

/** Inserts whole lines at a line start `at`; at the end of a file without a final line break, keeps it without. */
function insertLines(text: string, at: number, block: string, eol: string, blankBefore: boolean): string {
  const sep = blankBefore ? eol : '';
  if (at === text.length && text !== '' && !text.endsWith('\n')) return text + eol + sep + block.slice(0, -eol.length);
  return text.slice(0, at) + sep + block + text.slice(at);
}

/** Whether the entries are separated by blank lines (then a new one gets one too). */
function spacedOut(text: string, items: Pair[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    if (!prev || !cur) continue;
    const next = keyRange(cur)[0];
    for (let at = afterContent(text, contentEnd(prev)); at < next; at = nextLine(text, at))
      if (isBlank(lineAt(text, at))) return true;
  }
  return false;
}

function keyIndent(text: string, key: unknown): number {
  if (!isScalar(key) || !key.range) return 0;
  const start = lineStart(text, key.range[0]);
  const prefix = text.slice(start, key.range[0]);
  if (!/^ *$/.test(prefix))
    throw new McpctlError('E_SHAPE', 'a key does not start its own line', { hint: 'write one "key: value" per line' });
  return indentOf(prefix);
}

function check(before: unknown, text: string, file: string, name: string, server: Server): void {
  const after = findServers(text, file).data;
  const old = recordOf(before);
  const expected: Record<string, unknown> = {
    ...(Object.keys(old).length ? old : { version: 1 }),
    servers: { ...recordOf(old['servers']), [name]: JSON.parse(JSON.stringify(server)) },
  };
  if (!sameData(after, expected)) throw editBug(`adding "${name}"`);
}
