// npm run bench: wall times of mcpctl against `node -e 0` in the same run, printed as medians and ratios.
// Not a test: nothing here passes or fails; the figures go into issue notes and the README.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/mcpctl.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'mcpctl-bench-'));
const env = { PATH: process.env.PATH, HOME: work, CODEX_HOME: join(work, '.codex'), NO_COLOR: '1' };

function time(cmd, args, opts = {}) {
  const samples = [];
  for (let i = 0; i < (opts.runs ?? RUNS); i++) {
    opts.before?.();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && !(opts.okCodes ?? []).includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function servers(n) {
  let y = 'version: 1\nservers:\n';
  for (let i = 0; i < n; i++) {
    y += `  server-${i}:\n    command: npx\n    args: ["-y", "@acme/mcp-server-${i}@1.${i % 10}.0", "--port", "${3000 + (i % 1000)}"]\n`;
    if (i % 3 === 0) y += `    env:\n      LOG_LEVEL: info\n      API_TOKEN: \${env:API_TOKEN}\n`;
    if (i % 5 === 0) y += `    enabled_tools: [read, search]\n    tool_timeout_sec: 60\n`;
  }
  return y;
}

function unrelatedConfig(lines) {
  let t = '# a user config with many settings\nmodel = "gpt-5"\n\n';
  for (let i = 0; t.split('\n').length < lines; i++) t += `[projects."/home/u/src/p${i}"]\ntrust_level = "trusted"\n# note ${i}\n\n`;
  return t;
}

const rows = [];
const node = time(process.execPath, ['-e', '0']);
rows.push(['node -e 0', node, 1]);
const version = time(process.execPath, [BIN, '--version']);
rows.push(['mcpctl --version', version, version / node]);

const plans = {};
for (const n of [10, 1000, 10000]) {
  const file = join(work, `mcp-${n}.yaml`);
  writeFileSync(file, servers(n));
  const ms = time(process.execPath, [BIN, 'plan', '-f', file, '--config', join(work, `empty-${n}.toml`)], { runs: n >= 10000 ? 3 : RUNS });
  plans[n] = ms;
  rows.push([`mcpctl plan, ${n} servers`, ms, ms / node]);
}

const target = join(work, 'apply.toml');
const base = unrelatedConfig(1000);
const applyMs = time(process.execPath, [BIN, 'apply', '--yes', '-f', join(work, 'mcp-1000.yaml'), '--config', target], {
  before: () => {
    writeFileSync(target, base);
    rmSync(join(work, '.mcpctl'), { recursive: true, force: true });
  },
});
rows.push(['mcpctl apply, 1,000 servers into a 1,000-line config (backup + fsync)', applyMs, applyMs / node]);

console.log(`mcpctl bench — median of ${RUNS} runs (10,000-server plan: 3), node ${process.version}, ${new Date().toISOString()}`);
console.log('');
console.log('| what | median ms | × node -e 0 |');
console.log('|---|---:|---:|');
for (const [what, ms, ratio] of rows) console.log(`| ${what} | ${ms.toFixed(1)} | ${ratio.toFixed(2)} |`);
console.log('');
const per = (n) => (plans[n] - node) / n;
console.log(`plan growth: ${per(1000).toFixed(3)} ms/server at 1,000, ${per(10000).toFixed(3)} ms/server at 10,000 (start-up subtracted): ratio ${(per(10000) / per(1000)).toFixed(2)} (1.00 = linear)`);
console.log(`budgets: --version ≤ 2× node (${(version / node).toFixed(2)}×); plan 1,000 ≤ 500 ms (${plans[1000].toFixed(0)} ms); apply 1,000 ≤ 1000 ms (${applyMs.toFixed(0)} ms)`);
rmSync(work, { recursive: true, force: true });
