// Generated config.toml files (random mixes of root keys, server tables, interleaved and array tables,
// inline and dotted servers, comments, blank lines, CRLF, BOM, with or without a final newline):
// add → delete gives back the bytes, replace and delete keep every other server, dotted is refused.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { McpctlError } from '../../src/core/errors.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import type { TargetDoc } from '../../src/core/toml/read-target.js';
import { renderServerBlock } from '../../src/core/toml/render.js';
import { splice } from '../../src/core/toml/splice.js';
import { getKey, isTable, tomlEqual } from '../../src/core/toml/value.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { smolParse } from '../helpers/smol.js';
import { MANAGED, addEdits } from '../helpers/toml-fixtures.js';

function generator(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[next(items.length)];
    if (item === undefined) throw new Error('empty pick');
    return item;
  };
  return { next, pick };
}

function* documents(seed: number, count: number): Generator<string> {
  const { next, pick } = generator(seed);
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    for (let k = next(3); k > 0; k--)
      lines.push(pick(['model = "o3"', `k${k} = ${k}`, '# c', '', '   ', `mcp_servers.d${k}.command = "x"`]));
    let server = 0;
    for (let n = next(7); n > 0; n--) {
      const kind = next(7);
      if (kind === 0)
        lines.push(`[mcp_servers.s${server++}]`, 'command = "c"', ...(next(2) ? ['# args = ["old"]'] : []));
      else if (kind === 1 && server > 0) lines.push(`[mcp_servers.s${server - 1}.env]`, 'A = "1"');
      else if (kind === 2) lines.push(`[t${n}]`, 'x = 1');
      else if (kind === 3) lines.push(pick(['', '# comment', '  # indented']));
      else if (kind === 4) lines.push('[[arr]]', 'y = 2');
      else if (kind === 5)
        lines.push('[mcp_servers]', `i${server} = {`, '  command = "i",', '}', `j${server}.command = "j"`);
      else lines.push(`mcp_servers.m${n} = { url = "https://m" }`);
    }
    const eol = next(2) ? '\n' : '\r\n';
    const text = lines.join(eol) + (next(2) ? eol : '');
    yield next(4) === 0 ? `\uFEFF${text}` : text;
  }
}

const serversOf = (text: string): TomlTable => {
  const mcp = getKey(smolParse(text), 'mcp_servers');
  return isTable(mcp) ? mcp : {};
};

function assertKeeps(doc: TargetDoc, result: string, except: string, what: string): void {
  const mcp = serversOf(result);
  for (const [name, s] of doc.servers)
    if (name !== except) assert.ok(tomlEqual(getKey(mcp, name), s.value), `${what}: ${name} changed`);
}

test('property: generated files survive add, delete and replace', () => {
  let valid = 0;
  let rejected = 0;
  for (const text of documents(2026, 3000)) {
    let doc: TargetDoc;
    try {
      doc = readTarget(text, 'gen.toml');
    } catch (err) {
      // the generator also makes invalid TOML (a table defined twice): skipped only if the independent
      // reader rejects it too, so a reader that wrongly refuses valid files cannot thin out the property
      assert.throws(
        () => smolParse(text),
        `readTarget refused a file smol-toml accepts (${err instanceof Error ? err.message : String(err)}): ${JSON.stringify(text)}`,
      );
      rejected++;
      continue;
    }
    valid++;
    const what = JSON.stringify(text);
    const added = splice(doc, addEdits());
    assert.is(
      splice(
        readTarget(added, 'gen.toml'),
        MANAGED.map(({ name }) => ({ name, block: null })),
      ),
      text,
      `round trip ${what}`,
    );
    const mcp = serversOf(added);
    for (const { name, value } of MANAGED) assert.ok(tomlEqual(getKey(mcp, name), value), `${what}: ${name}`);
    assertKeeps(doc, added, '', what);
    for (const [name, s] of doc.servers) {
      if (s.shape === 'dotted') {
        assert.throws(
          () => splice(doc, [{ name, block: null }]),
          (err: unknown) => err instanceof McpctlError && err.code === 'E_SHAPE',
        );
        continue;
      }
      const replaced = splice(doc, [{ name, block: renderServerBlock(name, { command: 'new' }) }]);
      assert.ok(tomlEqual(getKey(serversOf(replaced), name), { command: 'new' }), `${what}: replace ${name}`);
      assertKeeps(doc, replaced, name, `${what}: replace ${name}`);
      const deleted = splice(doc, [{ name, block: null }]);
      assert.not.ok(readTarget(deleted, 'gen.toml').servers.has(name), `${what}: delete ${name}`);
      assertKeeps(doc, deleted, name, `${what}: delete ${name}`);
    }
  }
  assert.is(valid + rejected, 3000, 'every generated file was either checked or rejected by both readers');
  assert.ok(valid > 1500, `only ${valid} generated files were checked (${rejected} rejected by both readers)`);
});

test.run();
