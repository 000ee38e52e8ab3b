import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hasChanges, normalize, plan, tableHash } from '../../src/core/plan.js';
import type { TomlTable } from '../../src/core/toml/value.js';

const m = (o: Record<string, TomlTable>) => new Map(Object.entries(o));

test('create, update with changed keys, delete managed, no-op, unmanaged untouched', () => {
  const desired = m({
    a: { command: 'npx', args: ['a@2'] },
    b: { command: 'b' },
    c: { url: 'https://c.example' },
  });
  const actual = m({
    a: { command: 'npx', args: ['a@1'], env: { X: '1' } },
    c: { url: 'https://c.example' },
    old: { command: 'old' },
    mine: { command: 'hand-written' },
  });
  const managed = {
    a: { sha256: tableHash({ command: 'npx', args: ['a@1'], env: { X: '1' } }) },
    c: { sha256: tableHash({ url: 'https://c.example' }) },
    old: { sha256: tableHash({ command: 'old' }) },
  };
  const p = plan(desired, actual, managed);
  assert.equal(
    p.changes.map((c) => [c.name, c.action, c.changed, c.drift, c.adopt]),
    [
      ['a', 'update', ['args', 'env'], false, false],
      ['b', 'create', ['command'], false, false],
      ['c', 'no-op', [], false, false],
      ['old', 'delete', [], false, false],
    ],
  );
  assert.equal(p.unmanaged, ['mine']);
  assert.equal(p.summary, { create: 1, update: 1, delete: 1, noop: 1, drift: 0, unmanaged: 1 });
  assert.ok(hasChanges(p));
});

test('drift: a managed server edited by hand, or removed by hand', () => {
  const desired = m({ a: { command: 'a' }, b: { command: 'b' } });
  const actual = m({ a: { command: 'a', args: ['--edited'] } });
  const managed = { a: { sha256: tableHash({ command: 'a' }) }, b: { sha256: tableHash({ command: 'b' }) } };
  const p = plan(desired, actual, managed);
  assert.equal(p.changes.map((c) => [c.name, c.action, c.drift]), [
    ['a', 'update', true],
    ['b', 'create', true],
  ]);
  assert.is(p.summary.drift, 2);
});

test('a server present but not managed is adopted; same content is a no-op', () => {
  const p = plan(m({ a: { command: 'a' } }), m({ a: { command: 'a' } }), {});
  assert.equal(p.changes.map((c) => [c.action, c.adopt]), [['no-op', true]]);
  assert.not.ok(hasChanges(p));
});

test('normalize: defaults dropped, legacy startup_timeout_ms converted, unknown keys ignored, Codex order', () => {
  assert.equal(normalize({ enabled: true, required: false, args: [], command: 'x', type: 'stdio', startup_timeout_ms: 2500 }), {
    command: 'x',
    startup_timeout_sec: 2.5,
  });
  assert.equal(Object.keys(normalize({ tool_timeout_sec: 1, url: 'u', enabled: false })), ['url', 'enabled', 'tool_timeout_sec']);
  assert.is(tableHash({ env: { A: '1', B: '2' }, command: 'x' }), tableHash({ command: 'x', env: { B: '2', A: '1' } }));
  assert.is.not(tableHash({ command: 'x', args: ['1', '2'] }), tableHash({ command: 'x', args: ['2', '1'] }));
});

test('linear in servers: 20,000 servers plan in one pass', () => {
  const desired = new Map<string, TomlTable>();
  const actual = new Map<string, TomlTable>();
  for (let i = 0; i < 20_000; i++) {
    desired.set(`s${i}`, { command: 'npx', args: ['-y', `pkg${i}@1`] });
    if (i % 2) actual.set(`s${i}`, { command: 'npx', args: ['-y', `pkg${i}@1`] });
  }
  const p = plan(desired, actual, {});
  assert.is(p.summary.create, 10_000);
  assert.is(p.summary.noop, 10_000);
});

test.run();
