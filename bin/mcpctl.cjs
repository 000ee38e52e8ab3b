#!/usr/bin/env node
// Thin entry: all logic is in dist/ (built from src/ by `npm run build`; the published package is built
// when it is packed, `prepack`). CommonJS, like the entry it requires, so the pre-commit hook and the
// launcher start without Node's ESM loader.
'use strict';
const argv = process.argv.slice(2);
if (!(argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v') && printVersion())) runEntry();

/**
 * The version alone, read from package.json as src/io/version.ts reads it, without loading the entry (about
 * 2 ms, a tenth of node's own start-up); false when this is no built package (no entry, or no version in
 * package.json: the entry answers then, or says how to build). Written whole, as the entry's output is: a
 * full pipe is waited for, a closed one is not an error.
 */
function printVersion() {
  const fs = require('node:fs');
  const path = require('node:path');
  let version;
  try {
    if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'cli', 'entry.cjs'))) return false;
    version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;
  } catch {
    return false;
  }
  if (typeof version !== 'string') return false;
  const bytes = Buffer.from(`${version}\n`, 'utf8');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let done = 0; done < bytes.length;) {
    try {
      done += fs.writeSync(1, bytes, done);
    } catch (e) {
      if (e && e.code === 'EPIPE') return true;
      if (!e || e.code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
  return true;
}

function runEntry() {
  let entry;
  try {
    entry = require('../dist/cli/entry.cjs');
  } catch (err) {
    // Only the entry itself missing means "not built" (a fresh clone after `npm ci`); anything else is real.
    if (!err || err.code !== 'MODULE_NOT_FOUND' || !String(err.message).includes('../dist/cli/entry.cjs')) throw err;
    process.stderr.write(
      'mcpctl is not built: run "npm run build" in ' + require('node:path').dirname(__dirname) + '\n',
    );
    process.exit(1);
  }
  entry.main(argv);
}
