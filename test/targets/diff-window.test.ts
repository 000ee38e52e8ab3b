// plan redacts only the lines its diff can show (a window around what changes): the diff must be exactly the
// one a whole-file redaction gives, and a secret in the context lines is masked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planFor } from '../../src/app/pipeline.js';
import { unifiedDiff } from '../../src/core/render/diff.js';
import { tempDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/seeded-random.js';

const TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

function claudeJson(servers: number, secretAt: number, pad: number): string {
  const entries: string[] = [];
  for (let i = 0; i < servers; i++) {
    const env = i === secretAt ? `{"GITHUB_TOKEN": "${TOKEN}"}` : '{}';
    entries.push(
      `    "s${i}": {\n      "type": "stdio",\n      "command": "run${i}",\n      "args": [],\n      "env": ${env}\n    }`,
    );
  }
  const history = Array.from({ length: pad }, (_, i) => `    {"display": "line ${i}"}`).join(',\n');
  return `{\n  "numStartups": 3,\n  "history": [\n${history}\n  ],\n  "mcpServers": {\n${entries.join(',\n')}\n  }\n}`;
}

test('the windowed redaction gives the whole-file diff, and masks a token in the lines it shows', async () => {
  const rnd = seededRandom();
  for (let round = 0; round < 6; round++) {
    const home = tempDir();
    const dir = join(home, 'proj');
    mkdirSync(dir);
    const servers = 3 + rnd.int(5);
    const secretAt = rnd.int(servers);
    const text = claudeJson(servers, secretAt, 200 + rnd.int(400));
    writeFileSync(join(home, '.claude.json'), text);
    // mcp.yaml adds one server (it goes last, right after the entries, the token's maybe among the context)
    writeFileSync(
      join(dir, 'mcp.yaml'),
      'version: 1\ntargets: {claude-code: {scope: user}}\nservers:\n  added: {command: x}\n',
    );
    const planned = await planFor('mcp.yaml', {}, { cwd: dir, env: { HOME: home }, home });
    const [file] = planned.files;
    if (!file) return assert.unreachable('no file planned');
    const whole = unifiedDiff(
      file.target.path,
      file.target.file.redacted(),
      file.target.reread(file.target.file.redacted()).edit([{ name: 'added', entry: file.desired.get('added') ?? {} }]),
    );
    assert.is(file.diff, whole, `round ${round}: MCPCTL_TEST_SEED=${rnd.seed}`);
    assert.not.ok(file.diff.includes(TOKEN), `round ${round}: the token is in the diff`);
    if (secretAt === servers - 1) assert.ok(file.diff.includes('"GITHUB_TOKEN": "(sensitive)"'), file.diff);
  }
});

test.run();
