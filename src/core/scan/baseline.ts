// Baselines: findings accepted as they are (`scan --write-baseline FILE`), so that later scans
// (`--baseline FILE`) report only new ones. Matching is by fingerprint alone — rule id plus a hash of
// the secret, never the line or the file — so moving code, or the same secret moving to another file,
// does not resurrect a finding. `rule` and `file` are kept for the humans reviewing the file.
import { McpctlError } from '../errors.js';
import type { Finding } from '../lint/finding.js';

const BASELINE_FORMAT = 1;
const BASELINE_KIND = 'mcpctl.baseline';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
}

export interface BaselineDocument {
  format_version: typeof BASELINE_FORMAT;
  kind: typeof BASELINE_KIND;
  findings: BaselineEntry[];
}

/** Every secret finding, once per fingerprint and file, sorted by file, rule, fingerprint. */
export function baselineDocument(findings: readonly Finding[]): BaselineDocument {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (!f.secret) continue;
    const key = `${f.secret.fingerprint}\n${f.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ fingerprint: f.secret.fingerprint, rule: f.ruleId, file: f.file });
  }
  entries.sort((a, b) => _cmp(a.file, b.file) || _cmp(a.rule, b.rule) || _cmp(a.fingerprint, b.fingerprint));
  return { format_version: BASELINE_FORMAT, kind: BASELINE_KIND, findings: entries };
}

/** The fingerprints a baseline accepts. Throws E_INPUT (exit 2) for anything but a baseline document. */
export function parseBaseline(text: string, file: string): Set<string> {
  const bad = (what: string) =>
    new McpctlError('E_INPUT', `${file} is not an mcpctl baseline: ${what}`, {
      hint: 'write one with "mcpctl scan --write-baseline FILE"',
    });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw bad('not valid JSON');
  }
  if (!_isRecord(doc) || doc['kind'] !== BASELINE_KIND) throw bad(`"kind" is not "${BASELINE_KIND}"`);
  if (doc['format_version'] !== BASELINE_FORMAT)
    throw bad(`format_version ${JSON.stringify(doc['format_version'])} is not ${BASELINE_FORMAT}`);
  const list = doc['findings'];
  if (!Array.isArray(list)) throw bad('"findings" is not a list');
  const out = new Set<string>();
  list.forEach((entry: unknown, i) => {
    if (!_isRecord(entry) || typeof entry['fingerprint'] !== 'string') throw bad(`findings[${i}] has no "fingerprint"`);
    out.add(entry['fingerprint']);
  });
  return out;
}

/** Findings whose fingerprint the baseline does not hold, and how many it held back. */
export function applyBaseline(
  findings: readonly Finding[],
  accepted: ReadonlySet<string>,
): { findings: Finding[]; suppressed: number } {
  const kept = findings.filter((f) => !(f.secret && accepted.has(f.secret.fingerprint)));
  return { findings: kept, suppressed: findings.length - kept.length };
}

function _isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const _cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
