#!/usr/bin/env node
// Thin entry: all logic is in dist/ (built from src/ by `npm run build`, run on install). CommonJS, like
// the entry it requires, so the pre-commit hook and the launcher start without Node's ESM loader.
'use strict';
require('../dist/cli/entry.cjs').main(process.argv.slice(2));
