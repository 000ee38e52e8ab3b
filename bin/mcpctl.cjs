#!/usr/bin/env node
// Thin entry: all logic is in dist/ (built from src/ by `npm run build`; the published package is built
// when it is packed, `prepack`). CommonJS, like the entry it requires, so the pre-commit hook and the
// launcher start without Node's ESM loader.
'use strict';
let entry;
try {
  entry = require('../dist/cli/entry.cjs');
} catch (err) {
  // Only the entry itself missing means "not built" (a fresh clone after `npm ci`); anything else is real.
  if (!err || err.code !== 'MODULE_NOT_FOUND' || !String(err.message).includes('../dist/cli/entry.cjs')) throw err;
  process.stderr.write('mcpctl is not built: run "npm run build" in ' + require('node:path').dirname(__dirname) + '\n');
  process.exit(1);
}
entry.main(process.argv.slice(2));
