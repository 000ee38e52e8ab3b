// Recall and false positives on a generated tree: every provider format planted in TOML, JSON, YAML
// and .env files (and the generic rule's shapes), among decoys that look random but are not secrets.
// Every planted secret must be reported at its line under its rule; nothing else may be.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../../src/core/lint/finding.js';
import { scanText } from '../../src/core/scan/scan-text.js';
import { PROVIDERS } from '../../src/core/secrets/providers.js';
import { tempDir } from '../helpers/cli.js';
import { buildCorpus, CORPUS_FORMATS } from './_corpus.js';
import { PLANT_BUILDERS } from './_plants.js';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

test('every provider rule has a plant', () => {
  const planted = new Set(PLANT_BUILDERS.map((b) => b().ruleId));
  assert.equal(
    PROVIDERS.map((r) => r.id).filter((id) => !planted.has(id)),
    [],
  );
});

test('corpus: recall 100% of planted secrets, no false positives', () => {
  const root = tempDir('mcpctl-corpus-');
  // 4 rounds over 40 files: each format gets every provider at least once
  const corpus = buildCorpus(root, { files: 40, bytesPerFile: 4000, rounds: 4 });
  const findings: Finding[] = files(root).flatMap((p) => scanText(readFileSync(p, 'utf8'), relative(root, p)));

  const used = new Set<Finding>();
  const missed: string[] = [];
  for (const p of corpus.planted) {
    const hit = findings.find((f) => !used.has(f) && f.file === p.file && f.ruleId === p.ruleId && f.line === p.line);
    if (hit) used.add(hit);
    else missed.push(`${p.file}:${p.line} ${p.ruleId}`);
  }
  const extra = findings.filter((f) => !used.has(f));
  const formats = new Set(
    corpus.planted.map(
      (p) => CORPUS_FORMATS.find((f) => p.file.endsWith(f === 'env' ? '.env' : f === 'yaml' ? '.yaml' : f)) ?? '?',
    ),
  );
  console.log(
    `  corpus: ${corpus.files} files, ${corpus.bytes} bytes, ${corpus.planted.length} planted (${PLANT_BUILDERS.length} formats × ${[...formats].sort().join('/')}), ${corpus.decoys} decoys: ` +
      `recall ${corpus.planted.length - missed.length}/${corpus.planted.length}, false positives ${extra.length}`,
  );
  assert.equal(missed, [], 'planted secrets not found');
  assert.equal(
    extra.map((f) => `${f.file}:${f.line}:${f.col} ${f.ruleId} ${f.message}`),
    [],
    'false positives',
  );
  // every provider appears in every file format
  for (const format of ['.toml', '.json', '.yaml', '.env']) {
    const rules = new Set(corpus.planted.filter((p) => p.file.endsWith(format)).map((p) => p.ruleId));
    assert.is(rules.size, new Set(PLANT_BUILDERS.map((b) => b().ruleId)).size, `every rule planted in ${format}`);
  }
});

test.run();
