// The scan fast path's parser: what it takes, and everything it must hand to yargs instead.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseScanArgv } from '../../src/cli/scan-argv.js';

test('paths and the simple flags, in both --flag value and --flag=value forms', () => {
  assert.equal(parseScanArgv([]), {
    paths: [],
    staged: false,
    format: 'pretty',
    baseline: undefined,
    writeBaseline: undefined,
    maxBytes: undefined,
  });
  assert.equal(
    parseScanArgv([
      'a.toml',
      'dir',
      '--staged',
      '--format',
      'sarif',
      '--baseline=b.json',
      '--write-baseline',
      'w.json',
      '--max-bytes=1024',
    ]),
    {
      paths: ['a.toml', 'dir'],
      staged: true,
      format: 'sarif',
      baseline: 'b.json',
      writeBaseline: 'w.json',
      maxBytes: 1024,
    },
  );
  assert.equal(parseScanArgv(['--', '--odd-name', '-x'])?.paths, ['--odd-name', '-x']);
});

test('anything unusual falls through to yargs (null)', () => {
  const fallThrough = [
    ['--help'],
    ['-h'],
    ['--version'],
    ['--bogus'],
    ['-f', 'x'],
    ['--format', 'xml'],
    ['--format'],
    ['--format='],
    ['--max-bytes', '0'],
    ['--max-bytes', '1e6'],
    ['--max-bytes', '-5'],
    ['--baseline'],
    ['--baseline', '--staged'],
    ['--staged', '--staged'],
    ['--format', 'json', '--format', 'pretty'],
    ['--no-staged'],
    ['--maxBytes', '5'],
    ['-'],
  ];
  for (const args of fallThrough) assert.is(parseScanArgv(args), null, args.join(' '));
});

test.run();
