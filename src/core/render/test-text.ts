// `mcpctl test` for people: one line per server, then what is wrong and what to do, then a summary line.
import type { Failure, Finding, ProbeResult } from '../probe-types.js';
import { resultLabel } from '../probe-types.js';

export { resultLabel } from '../probe-types.js';
import type { Paint } from './plan-text.js';
import { noPaint } from './plan-text.js';
import { relativeAge } from './age.js';
import { neutralizeControls } from './terminal-safe.js';

export interface TestTextInput {
  results: ProbeResult[];
  wallMs: number;
  lastVerified: Record<string, string>;
  now: Date;
}

const MARK: Record<ProbeResult['status'], string> = { ok: '✔', warn: '!', fail: '✖', skipped: '-' };

/** The one-line status of a server (also the live progress title). */
export function serverLine(r: ProbeResult, width = 0): string {
  // the rest of a result is made safe by the probe; the name is the config's own, shown as is otherwise
  const name = neutralizeControls(resultLabel(r)).padEnd(width);
  if (r.status === 'skipped') return `${name}  skipped  ${r.skipped ?? ''}`.trimEnd();
  const parts = [`${name}  ${r.status.padEnd(4)}  ${r.transport}`];
  if (r.tools !== null) parts.push(`${r.tools.length} ${r.tools.length === 1 ? 'tool' : 'tools'}`);
  if (r.timings.startup_ms !== null) parts.push(`started in ${secs(r.timings.startup_ms)}`);
  if (r.protocolVersion) parts.push(`protocol ${r.protocolVersion}${r.era ? ` (${eraText(r)})` : ''}`);
  if (r.serverInfo) parts.push(`${r.serverInfo.name} ${r.serverInfo.version}`);
  if (r.failure) parts.push(r.failure.message);
  const [head = '', ...rest] = parts;
  return rest.length ? `${head}  ${rest.join(', ')}` : head;
}

/** "legacy", "modern only" (a server that refused initialize), "modern". */
function eraText(r: ProbeResult): string {
  if (r.era === 'modern' && r.eras?.length === 1) return 'modern only';
  return r.era ?? '';
}

export function testText(i: TestTextInput, paint: Paint = noPaint): string {
  const width = Math.max(0, ...i.results.map((r) => neutralizeControls(resultLabel(r)).length));
  const lines: string[] = [];
  for (const r of i.results) {
    const colour =
      r.status === 'ok' ? paint.add : r.status === 'warn' ? paint.mod : r.status === 'fail' ? paint.del : paint.dim;
    lines.push(colour(`${MARK[r.status]} ${serverLine(r, width)}`));
    if (r.tools?.length) lines.push(paint.dim(`    tools: ${toolList(r.tools)}`));
    if (r.failure) lines.push(...failureLines(r.failure));
    for (const f of r.findings) lines.push(...findingLines(f, paint));
  }
  const s = { ok: 0, warn: 0, fail: 0, skipped: 0 };
  for (const r of i.results) s[r.status]++;
  lines.push('');
  const healthy = s.ok + s.warn;
  lines.push(
    paint.bold(
      `${healthy} healthy${s.warn ? ` (${s.warn} with warnings)` : ''}, ${s.fail} failed${s.skipped ? `, ${s.skipped} skipped` : ''} in ${secs(i.wallMs)}.` +
        (s.fail ? ' Fix the failures above; "mcpctl test NAME" tests one server again.' : ''),
    ),
  );
  const verified = i.results
    .filter((r) => r.status !== 'skipped')
    .map(
      (r) =>
        `${neutralizeControls(r.name)} ${i.lastVerified[r.name] ? relativeAge(i.lastVerified[r.name] ?? '', i.now) : 'never'}`,
    );
  if (verified.length && Object.keys(i.lastVerified).length)
    lines.push(paint.dim(`Last verified: ${verified.join(', ')}.`));
  return `${lines.join('\n')}\n`;
}

function failureLines(f: Failure): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(f.details)) {
    if (v === null || (Array.isArray(v) && !v.length) || k === 'codex' || k === 'timeout_ms') continue;
    if (k === 'path' && Array.isArray(v)) out.push(`    PATH searched: ${v.join(':')}`);
    else if (Array.isArray(v)) {
      out.push(`    ${k.replace(/_/g, ' ')}:`);
      for (const line of v.slice(-8)) out.push(`      ${line}`);
    } else if (k !== 'command' && k !== 'url')
      out.push(`    ${k.replace(/_/g, ' ')}: ${typeof v === 'string' ? JSON.stringify(v.slice(0, 200)) : v}`);
  }
  out.push(`    hint: ${f.hint}`);
  return out;
}

function findingLines(f: Finding, paint: Paint): string[] {
  const colour = f.severity === 'error' ? paint.del : paint.mod;
  return [colour(`    ${f.severity} ${f.code}: ${f.message}`), `      hint: ${f.hint}`];
}

function toolList(names: string[], max = 10): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} … and ${names.length - max} more`;
}

function secs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
