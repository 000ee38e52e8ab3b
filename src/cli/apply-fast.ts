// `apply` on its usual command line: plan-fast.ts, which runs both. A module of its own only so that the build
// loads plan and apply's bundle with apply's own code cache (scripts/bundle.mjs, src/io/compiled-script.ts).
export { runPlanFast } from './plan-fast.js';
