// One template search for `catalog search` and the picker of the guided `mcpctl add`: words split, every word
// must match, ranked (exact id > id prefix > title > description > namespace), the "io.github." prefix of
// registry names ignored. The picker on a real terminal shows what `catalog search` prints, in that order.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nameWithoutReverseDns, searchTemplates } from '../../src/core/catalog/search.js';
import type { Searchable } from '../../src/core/catalog/search.js';
import { parseServerJson } from '../../src/core/catalog/server-json.js';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/pty.js';

const dir = join(ROOT, 'catalog', 'templates');
const builtin = readdirSync(dir).map((f) => {
  const doc = parseServerJson(readFileSync(join(dir, f), 'utf8'), f);
  return { id: doc.meta.id, version: doc.version, doc };
});
const ids = (query: string) => searchTemplates(builtin, query).map((t) => t.id);

test('the reverse-DNS prefix does not match: "git" and "github" find the git and GitHub templates only, best first', () => {
  assert.equal(ids('git'), ['git', 'github', 'github-remote']);
  assert.equal(ids('github'), ['github', 'github-remote']);
  assert.equal(ids('GitHub'), ['github', 'github-remote']);
  assert.equal(ids('io.github'), []);
  const reference = ids('modelcontextprotocol'); // the publisher part still matches, last in rank
  assert.ok(reference.length >= 5 && reference.every((id) => builtin.find((t) => t.id === id)?.doc.name.startsWith('io.github.modelcontextprotocol/')), reference.join());
});

test('words are matched separately and all must match: "data base" finds what "database" finds', () => {
  assert.equal(ids('database'), ['postgres', 'sqlite', 'notion']);
  assert.equal(new Set(ids('data base')), new Set(ids('database')));
  assert.equal(ids('pull requests'), ['github', 'github-remote']);
  assert.equal(ids('github nonsense'), []);
  assert.equal(ids('').length, builtin.length);
});

test('ranking: exact id > id prefix > title > word in description > namespace', () => {
  const t = (id: string, title: string, description: string, name = `com.example/${id}`): Searchable => ({ id, version: '1.0.0', doc: { name, description, meta: { title } } });
  const all = [t('zeta-ns', 'Z', 'nothing here', 'io.github.alpha/zeta'), t('yota-desc', 'Y', 'talks to alpha servers'), t('xi-title', 'Alpha tools', 'x'), t('alpha-tools', 'A', 'a'), t('alpha', 'B', 'b')];
  assert.equal(searchTemplates(all, 'alpha').map((x) => x.id), ['alpha', 'alpha-tools', 'xi-title', 'yota-desc', 'zeta-ns']);
  assert.is(nameWithoutReverseDns('io.github.brave/brave-search-mcp-server'), 'brave/brave-search-mcp-server');
  assert.is(nameWithoutReverseDns('com.notion/mcp'), 'notion/mcp');
  assert.is(nameWithoutReverseDns('plain'), 'plain');
});

test('catalog search prints the same ranked list', () => {
  const home = tempDir('mcpctl-search-');
  const run = (...args: string[]) => mcpctl(args, { cwd: home, env: { HOME: home } });
  const git = run('catalog', 'search', 'git');
  assert.is(git.code, 0, git.stderr);
  assert.equal(git.stdout.trim().split('\n').map((l) => l.split('@')[0]), ['git', 'github', 'github-remote']);
  const json = JSON.parse(run('catalog', 'search', 'data base', '--json').stdout);
  assert.equal(json.templates.map((x: { id: string }) => x.id), ids('data base'));
  // the words unquoted, as a shell passes them: the same search
  const words = JSON.parse(run('catalog', 'search', 'data', 'base', '--json').stdout);
  assert.equal(words.templates, json.templates);
});

test('the picker of the guided add shows what catalog search finds, in the same order', async () => {
  if (!hasTmux) throw new Error('this test needs tmux on a pseudo-terminal: apt-get install -y tmux');
  const home = tempDir('mcpctl-search-');
  writeFileSync(join(home, 'mcp.yaml'), 'version: 1\n');
  const t = new Terminal(['add', '--config', 'c.toml'], { cwd: home, env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' } });
  try {
    await t.waitFor('"-" for a server without a template: ');
    const listed = async (query: string) => {
      t.answer(query);
      const shown = await t.waitFor('Pick a number');
      return [...shown.matchAll(/^\s*\d+\) (\S+)/gm)].map((m) => m[1]);
    };
    assert.equal(await listed('database'), ['postgres', 'sqlite', 'notion']);
    assert.equal(await listed('data base'), ids('data base'));
    t.keys('C-c');
    await t.exitCode();
  } finally {
    t.close();
  }
});

test.run();
