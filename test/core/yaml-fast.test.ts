// The fast reader of mcp.yaml (src/core/yaml-fast.ts) against yaml's document (load.ts): whenever the fast one
// reads a file, the value must be the one yaml gives, and whatever yaml refuses the fast one must not read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadDocument, LOAD_LIMITS } from '../../src/core/load.js';
import { fastYamlValue } from '../../src/core/yaml-fast.js';

/** 'bail' when the fast reader leaves the file to yaml; else whether both agree (throws with the file when not). */
function compare(text: string): 'bail' | 'same' {
  const fast = fastYamlValue(text, LOAD_LIMITS.maxNodes);
  let full: { value: unknown } | undefined;
  try {
    full = loadDocument(text, 'mcp.yaml', LOAD_LIMITS);
  } catch {
    full = undefined;
  }
  if (fast === null) return 'bail';
  if (full === undefined) throw new Error(`fast read a file yaml refuses:\n${text}`);
  // deep equality that tells -0 from 0 and keeps key order
  if (!isDeepStrictEqual(fast.value, full.value) || JSON.stringify(fast.value) !== JSON.stringify(full.value))
    throw new Error(
      `values differ:\n${text}\nfast: ${JSON.stringify(fast.value)}\nyaml: ${JSON.stringify(full.value)}`,
    );
  return 'same';
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** A small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = [
  'npx',
  '-y',
  'a b c',
  'http://x.example/mcp?q=1#frag',
  '"quoted \\"inner\\" \\u00e9 \\t"',
  "'it''s'",
  '""',
  "''",
  '1',
  '-0',
  '+7',
  '007',
  '1.5',
  '.5',
  '1.',
  'true',
  'False',
  'NULL',
  '~',
  'null',
  'yes',
  'no',
  'on',
  '${env:TOKEN}',
  'Bearer ${secret:x}',
  '"@scope/pkg@1.0.0"',
  'a:b',
  'x #not a comment',
  'é ünïcode 😀',
  '"\\x41\\N"',
  'a,b',
  '[a, b]',
  '[]',
  '{}',
  '{a: 1, "b c": [x, "y"]}',
  '[a, [b, [c]], {d: e}]',
  '"a" # comment',
  'plain # comment',
  "'a\\b'",
];
/** What yaml reads otherwise, refuses, or the fast reader leaves to it: mixed in now and then. */
const UNUSUAL = [
  '12:30',
  '1e3',
  '0x1F',
  '.inf',
  '*alias',
  '&anchor x',
  '!tag x',
  '|',
  '>-',
  '"unclosed',
  "'unclosed",
  '[a, b',
  '- a',
  '? x',
  '%x',
  '`x',
  '-',
  ':x',
  '"a\\qb"',
  'a: b',
  '[a: b]',
  '[a,]',
  '{a}',
];

function generate(r: () => number): string {
  const any = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pick = (xs: readonly string[]): string => (r() < 0.03 ? any(UNUSUAL) : any(xs));
  const key = () => any(['command', 'args', 'env', 'url', 'headers', 'a', 'b-c', 'x.y', '"q k"', "'s k'", 'k1']);
  const lines: string[] = [];
  if (r() < 0.1) lines.push('# a comment at the top');
  lines.push('version: 1');
  lines.push('servers:');
  const count = 1 + Math.floor(r() * 5);
  for (let i = 0; i < count; i++) {
    lines.push(`  s${i}:${r() < 0.1 ? '   # note' : ''}`);
    const keys = new Set<string>();
    for (let k = 0; k < 1 + r() * 4; k++) {
      const name = key();
      if (keys.has(name)) continue;
      keys.add(name);
      const shape = r();
      if (shape < 0.45) lines.push(`    ${name}: ${pick(SCALARS)}`);
      else if (shape < 0.65) {
        lines.push(`    ${name}:`);
        const ind = r() < 0.3 ? '    ' : '      ';
        for (let j = 0; j < 1 + r() * 3; j++) lines.push(`${ind}- ${pick(SCALARS)}`);
      } else if (shape < 0.8) {
        lines.push(`    ${name}:`);
        for (let j = 0; j < 1 + r() * 3; j++) lines.push(`      K${j}: ${pick(SCALARS)}`);
      } else if (shape < 0.9) {
        lines.push(`    ${name}:`);
        lines.push(`      - n: ${pick(SCALARS)}`);
        lines.push(`        m: ${pick(SCALARS)}`);
        lines.push(`      -`);
        lines.push(`        - ${pick(SCALARS)}`);
      } else {
        lines.push(`    ${name}: [${pick(SCALARS)},`);
        lines.push(`      ${pick(SCALARS)}]`);
      }
      if (r() < 0.1) lines.push('');
      if (r() < 0.05) lines.push('    # comment line');
    }
  }
  let text = lines.join(r() < 0.2 ? '\r\n' : '\n');
  if (r() < 0.8) text += '\n';
  return text;
}

function mutate(text: string, r: () => number): string {
  const edits = [
    '',
    ' ',
    '  ',
    '\n',
    ':',
    '- ',
    '#',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '\t',
    '&a ',
    '*a',
    '\\',
    '---\n',
  ];
  const at = Math.floor(r() * (text.length + 1));
  const cut = r() < 0.5 ? 0 : Math.floor(r() * 3);
  return text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at + cut);
}

test('every YAML file of the repository reads the same both ways', () => {
  const files = [...yamlFiles('fixtures'), ...yamlFiles('examples'), ...yamlFiles('catalog')];
  assert.ok(files.length > 10, `found ${files.length} files`);
  for (const f of files) compare(readFileSync(f, 'utf8'));
});

test('generated files: the same value, or left to yaml', () => {
  const r = rng(20261207);
  let same = 0;
  let bail = 0;
  for (let i = 0; i < 3000; i++) compare(generate(r)) === 'same' ? same++ : bail++;
  // the generator mixes in what yaml must read (aliases, block scalars, errors): most files still read fast
  assert.ok(same > 1500, `read fast: ${same}, left to yaml: ${bail}`);
});

test('mutated files: the same value, or left to yaml', () => {
  const r = rng(7);
  for (let i = 0; i < 4000; i++) {
    let text = generate(r);
    for (let m = 0; m < 1 + r() * 3; m++) text = mutate(text, r);
    compare(text);
  }
});

test('the usual mcp.yaml is read fast', () => {
  const usual = `# team servers
version: 1
targets:
  codex: {}
  claude-code: {scope: project}
sets:
  minimal: [docs]
servers:
  docs:
    command: npx
    args: ["-y", "@acme/docs-mcp@1.2.0", --port, 3000]
    env:
      DOCS_TOKEN: \${secret:docs-token}
      LOG_LEVEL: info   # quiet
    enabled_tools: [read, search]
    tool_timeout_sec: 60
  search:
    url: https://search.example.com/mcp
    headers: {Authorization: "Bearer \${env:SEARCH_TOKEN}"}
  list:
    args:
    - a
    - 'b c'
    enabled: false
`;
  assert.is(compare(usual), 'same');
  assert.is(compare(usual.replaceAll('\n', '\r\n')), 'same');
});

test('what the fast reader leaves to yaml', () => {
  for (const text of [
    'a: &x 1\nb: *x\n', // anchors and aliases
    'a: |\n  text\n', // block scalar
    'a: one\n  two\n', // multi-line plain scalar
    'a: 1\na: 2\n', // duplicate key
    '__proto__: 1\n', // reserved key
    '1: a\n', // a key that is not a string
    'a:\tb\n', // a tab
    '---\na: 1\n', // a document marker
    'a: [1, 2\n', // unclosed
    'a: 0x1F\n', // a number yaml writes otherwise
    'a: "\\ud800"\n', // a surrogate escape
    '\uFEFFa: 1\n', // a BOM
    'a: !!str 1\n', // a tag
  ])
    assert.is(fastYamlValue(text, LOAD_LIMITS.maxNodes), null, JSON.stringify(text));
  assert.is(fastYamlValue('a: [1, 2, 3]\n', 2), null, 'past maxNodes');
});

test.run();
