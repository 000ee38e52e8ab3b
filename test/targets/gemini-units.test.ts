// Gemini CLI's file per scope and OS (pure), and how plan compares its entries: httpUrl is a url of type
// "http" and wins over url, a url without a type is "http", a command's "stdio" type and empty args, env and
// trust: false say nothing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { geminiFile } from '../../src/core/targets/gemini/paths.js';
import { normalizeGemini } from '../../src/core/targets/gemini/normalize.js';
import { linux, win } from '../helpers/where.js';

test('project: .gemini/settings.json beside mcp.yaml; user: ~/.gemini/settings.json, moved by GEMINI_CLI_HOME', () => {
  assert.is(geminiFile('project', linux()), '/home/me/work/repo/.gemini/settings.json');
  assert.is(geminiFile('project', win()), 'C:\\Users\\me\\work\\repo\\.gemini\\settings.json');
  assert.is(geminiFile('user', linux()), '/home/me/.gemini/settings.json');
  assert.is(geminiFile('user', win()), 'C:\\Users\\me\\.gemini\\settings.json');
  assert.is(geminiFile('user', linux({ GEMINI_CLI_HOME: '/g' })), '/g/.gemini/settings.json');
  assert.is(geminiFile('user', linux({ GEMINI_CLI_HOME: 'g' })), '/home/me/work/g/.gemini/settings.json');
  assert.is(geminiFile('user', win({ GEMINI_CLI_HOME: 'D:\\g' })), 'D:\\g\\.gemini\\settings.json');
  // an empty variable is unset, as Gemini CLI reads it (`process.env.GEMINI_CLI_HOME || homedir()`)
  assert.is(geminiFile('user', linux({ GEMINI_CLI_HOME: '' })), '/home/me/.gemini/settings.json');
});

test('entries compare as Gemini CLI reads them', () => {
  const remote = { url: 'https://a.example/mcp', type: 'http' };
  assert.equal(normalizeGemini({ url: 'https://a.example/mcp' }), normalizeGemini(remote));
  assert.equal(normalizeGemini({ httpUrl: 'https://a.example/mcp' }), normalizeGemini(remote));
  assert.equal(
    normalizeGemini({ httpUrl: 'https://a.example/mcp', url: 'https://b.example/sse' }),
    normalizeGemini(remote),
  );
  assert.equal(normalizeGemini({ url: 'https://a.example/mcp', command: 'node' }), normalizeGemini(remote));
  assert.not.equal(normalizeGemini({ url: 'https://a.example/sse', type: 'sse' }), normalizeGemini(remote));
  const local = { command: 'node', args: ['x.js'] };
  assert.equal(normalizeGemini({ ...local, type: 'stdio', env: {}, trust: false }), normalizeGemini(local));
  assert.equal(normalizeGemini({ command: 'node', args: [], env: {} }), normalizeGemini({ command: 'node' }));
  assert.not.equal(normalizeGemini({ ...local, trust: true }), normalizeGemini(local));
  assert.not.equal(normalizeGemini({ ...local, includeTools: ['a'] }), normalizeGemini(local));
  // $NAME is read as ${NAME}: the same entry, whichever was written
  assert.equal(
    normalizeGemini({ ...local, env: { T: '$TOKEN', U: 'x-$USER_NAME-y', V: '${V}' } }),
    normalizeGemini({ ...local, env: { T: '${TOKEN}', U: 'x-${USER_NAME}-y', V: '${V}' } }),
  );
});

test.run();
