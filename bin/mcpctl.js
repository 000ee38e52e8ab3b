#!/usr/bin/env node
// Thin entry: all logic is in dist/ (built from src/ by `npm run build`, run on install).
import { main } from '../dist/cli/entry.js';

main(process.argv.slice(2));
