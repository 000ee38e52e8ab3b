// redactJson: secret-looking values masked, every other byte kept, the result still parses.
import { parse } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { redactJson } from '../../src/core/json/redact-json.js';
import { SENSITIVE } from '../../src/core/redact.js';
import { jsonCases } from '../helpers/json-fixtures.js';

// provider-format tokens, built so the source holds no literal token
const GHP = `ghp_${'A1b2C3d4E5f6G7h8I9j0'.repeat(2).slice(0, 36)}`;
const SLACK = ['xoxb', '738291046518', '4820193756281', 'Qm7Zt2Lx9Wv4Rk8Np3Hs6Jd1'].join('-');

const parses = (text: string, comments: boolean): boolean => {
  const errors: ParseError[] = [];
  parse(text.replace(/^\uFEFF/, ''), errors, {
    disallowComments: !comments,
    allowTrailingComma: comments,
    allowEmptyContent: true,
  });
  return errors.length === 0;
};

test('masks by key under env/headers, by token format anywhere; keeps the rest byte for byte', () => {
  const text = [
    '\uFEFF{',
    '  // servers',
    '  "mcpServers": {',
    '    "gh": {',
    `      "args": ["--token", "${GHP}", "--verbose"],`,
    '      "env": {"GITHUB_TOKEN": "hunter2-but-longer", "LOG_LEVEL": "debug", "REF": "${GH_TOKEN}"},',
    '      "headers": {"Authorization": "Bearer abc.def", "X-Team": "platform"},',
    `      "note": "${SLACK}",`,
    '    },',
    '  },',
    '}',
  ].join('\r\n');
  const out = redactJson(text, true);
  assert.ok(parses(out, true));
  assert.not.match(out, GHP);
  assert.not.match(out, SLACK);
  assert.not.match(out, 'hunter2');
  assert.not.match(out, 'abc.def');
  for (const kept of ['"debug"', '"${GH_TOKEN}"', '"platform"', '"--verbose"', '// servers', '\r\n', '\uFEFF{'])
    assert.match(out, kept);
  assert.is(out.split(`"${SENSITIVE}"`).length - 1, 4);
  // only the masked strings differ
  const rest = (t: string) => t.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  assert.is(rest(out), rest(text));
});

test('a provider token in a comment is masked; the comment stays a comment', () => {
  const text = `{\n  // old token: ${GHP}\n  "a": 1 /* ${SLACK} */\n}\n`;
  const out = redactJson(text, true);
  assert.is(out, `{\n  // old token: ${SENSITIVE}\n  "a": 1 /* ${SENSITIVE} */\n}\n`);
  assert.ok(parses(out, true));
});

test('a token used as a key is masked too; text that does not parse gets provider tokens masked', () => {
  const out = redactJson(`{"${GHP}": {"command": "x"}}`, false);
  assert.is(out, `{"${SENSITIVE}": {"command": "x"}}`);
  assert.ok(parses(out, false));
  const broken = redactJson(`{"a": "${GHP}" "b"`, false);
  assert.not.match(broken, GHP);
});

test('every fixture: still parses, only strings change; a reference under a secret-looking env key is masked as in redactToml', () => {
  const rest = (t: string) => t.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const c of jsonCases()) {
    const out = redactJson(c.text, c.comments);
    assert.ok(parses(out, c.comments), c.name);
    assert.is(rest(out), rest(c.text), c.name);
    assert.is(out === c.text, c.name !== 'jsonc-comments', c.name);
  }
  assert.match(
    redactJson(jsonCases().find((c) => c.name === 'jsonc-comments')?.text ?? '', true),
    `"GITHUB_TOKEN": "${SENSITIVE}"`,
  );
});

/** The original offsets of the strings redactJson masked: the strings of both texts pair up one to one. */
function maskedAt(text: string, out: string): number[] {
  const strings = (t: string) => [...t.matchAll(/"(?:[^"\\]|\\.)*"/g)];
  const a = strings(text);
  const b = strings(out);
  assert.is(a.length, b.length);
  return a.flatMap((m, i) => (m[0] === b[i]?.[0] ? [] : [m.index]));
}

test('with a range: exactly what the whole-file redaction masks inside it, however the walk got there', () => {
  // servers before, inside and after the window, each with a secret by key (env, headers) and by format,
  // and objects and arrays on the way that the walk skips whole
  const server = (i: number) =>
    `    "s${i}": {\n      "args": ["--x", [${i}, {"deep": [1, 2]}]],\n      "env": {"API_TOKEN": "tok-${i}-Zq8Wm2Lx7Vb4", "MODE": "fast"},\n      "headers": {"Authorization": "Bearer abc${i}.def"},\n      "note": "${GHP}"\n    }`;
  const text = `{\n  "projects": {"/a": {"history": [{"x": "y"}], "env": {"K": "v"}}},\n  "mcpServers": {\n${Array.from({ length: 12 }, (_, i) => server(i)).join(',\n')}\n  },\n  "tail": {"env": {"SECRET": "after-${GHP}"}}\n}\n`;
  const full = maskedAt(text, redactJson(text, false));
  assert.ok(full.length >= 12 * 3);
  const lines = text.split('\n');
  const offsetOfLine = (n: number) => lines.slice(0, n).join('\n').length + (n > 0 ? 1 : 0);
  for (const [a, b] of [
    [0, 3],
    [10, 20],
    [25, 26],
    [40, lines.length],
    [lines.length - 4, lines.length],
  ] as const) {
    const range = { from: offsetOfLine(a), to: offsetOfLine(Math.min(b, lines.length - 1)) };
    const ranged = maskedAt(text, redactJson(text, false, { range, parses: true }));
    const strings = [...text.matchAll(/"(?:[^"\\]|\\.)*"/g)];
    const inRange = full.filter((at) => {
      const s = strings.find((m) => m.index === at)?.[0] ?? '';
      return at + s.length > range.from && at < range.to;
    });
    assert.equal(ranged, inRange, `lines ${a}-${b}`);
  }
});

test.run();
