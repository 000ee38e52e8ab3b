import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hasChanges, plan as planWith } from '../../src/core/plan.js';
import type { ManagedRecord } from '../../src/core/plan.js';
import { codexHash as tableHash, normalizeCodex as normalize } from '../../src/core/targets/codex/normalize.js';
import { codexTarget } from '../../src/core/targets/codex/index.js';
import type { Entry } from '../../src/core/value.js';

const plan = (d: Map<string, Entry>, a: Map<string, Entry>, m: Record<string, ManagedRecord>) =>
  planWith(d, a, m, codexTarget.normalize);
import type { TomlTable } from '../../src/core/toml/value.js';
import { growth, metered } from '../helpers/work-meter.js';

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
  assert.equal(
    p.changes.map((c) => [c.name, c.action, c.drift]),
    [
      ['a', 'update', true],
      ['b', 'create', true],
    ],
  );
  assert.is(p.summary.drift, 2);
});

test('a server present but not managed is adopted; same content is a no-op', () => {
  const p = plan(m({ a: { command: 'a' } }), m({ a: { command: 'a' } }), {});
  assert.equal(
    p.changes.map((c) => [c.action, c.adopt]),
    [['no-op', true]],
  );
  assert.not.ok(hasChanges(p));
});

test('normalize: defaults dropped, legacy startup_timeout_ms converted, unknown keys ignored, Codex order', () => {
  assert.equal(
    normalize({ enabled: true, required: false, args: [], command: 'x', type: 'stdio', startup_timeout_ms: 2500 }),
    {
      command: 'x',
      startup_timeout_sec: 2.5,
    },
  );
  assert.equal(Object.keys(normalize({ tool_timeout_sec: 1, url: 'u', enabled: false })), [
    'url',
    'enabled',
    'tool_timeout_sec',
  ]);
  assert.is(tableHash({ env: { A: '1', B: '2' }, command: 'x' }), tableHash({ command: 'x', env: { B: '2', A: '1' } }));
  assert.is.not(tableHash({ command: 'x', args: ['1', '2'] }), tableHash({ command: 'x', args: ['2', '1'] }));
});

function servers(n: number) {
  const desired = new Map<string, TomlTable>();
  const actual = new Map<string, TomlTable>();
  const managed: Record<string, { sha256: string }> = {};
  for (let i = 0; i < n; i++) {
    desired.set(`s${i}`, { command: 'npx', args: ['-y', `pkg${i}@1`] });
    if (i % 2) actual.set(`s${i}`, { command: 'npx', args: ['-y', `pkg${i}@1`] });
    // managed and edited by hand (drift), and managed servers no longer desired (deletes)
    if (i % 3 === 0) {
      actual.set(`old${i}`, { command: 'old' });
      managed[`old${i}`] = { sha256: tableHash({ command: 'old' }) };
      managed[`s${i}`] = { sha256: tableHash({ command: 'edited' }) };
    }
    if (i % 5 === 0) actual.set(`mine${i}`, { command: 'hand-written' });
  }
  return { desired, actual, managed };
}

test('linear in servers: 10x the servers costs at most 12x the work (built-in operations counted, not time)', () => {
  const work = (n: number) => {
    const { desired, actual, managed } = servers(n);
    const { result, work } = metered(() => plan(desired, actual, managed));
    assert.is(result.summary.create + result.summary.noop + result.summary.delete, n + Math.ceil(n / 3));
    assert.is(result.summary.unmanaged, Math.ceil(n / 5));
    return work;
  };
  const g = growth(work, 2_000);
  assert.ok(g.small >= 2_000, `the meter saw only ${g.small} operations for 2,000 servers`);
  assert.ok(
    g.ratio <= 12,
    `10x the servers cost ${g.ratio.toFixed(1)}x the work (${g.small} -> ${g.large}): plan is not linear`,
  );
});

test.run();
