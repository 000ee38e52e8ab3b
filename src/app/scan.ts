// `mcpctl scan`: gather the files (named paths and folders, or the git index with --staged), scan
// each one's text as it arrives, then apply the baseline. The scanning itself is the pure
// core/scan/scan-text.ts; this file only moves bytes to it and collects the results.
import { McpctlError } from '../core/errors.js';
import type { Finding, FindingsReport } from '../core/lint/finding.js';
import { sortFindings } from '../core/render/findings/reporter.js';
import { applyBaseline, baselineDocument, parseBaseline } from '../core/scan/baseline.js';
import { rulesOf } from '../core/scan/rules.js';
import { scanText } from '../core/scan/scan-text.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readText } from '../io/read.js';
import { stagedFiles, readStaged } from '../io/git-staged.js';
import { listFiles, readEach } from '../io/scan-files.js';
import type { Skip } from '../io/scan-files.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ScanOptions {
  paths: string[];
  staged: boolean;
  baseline?: string | undefined;
  writeBaseline?: string | undefined;
  maxBytes: number;
  cwd: string;
}

export interface ScanOutcome {
  report: FindingsReport;
  /** Findings the --baseline file held back. */
  baselined: number;
  /** Set when --write-baseline wrote a file. */
  wrote?: { file: string; findings: number };
}

// Replacement characters for invalid UTF-8: a file is scanned whatever its bytes.
const utf8 = new TextDecoder('utf-8');

export async function runScan(opts: ScanOptions): Promise<ScanOutcome> {
  const accepted = opts.baseline === undefined ? undefined : parseBaseline(await readText(opts.baseline, { maxBytes: 64 * 1024 * 1024, what: 'baseline' }), opts.baseline);
  const found: Finding[] = [];
  let filesScanned = 0;
  const scan = (file: string, bytes: Buffer) => {
    filesScanned++;
    for (const f of scanText(utf8.decode(bytes), file)) found.push(f);
  };
  let skipped: Skip[];
  if (opts.staged) {
    const { root, files } = await stagedFiles(opts.cwd, opts.paths);
    skipped = await readStaged(root, files, opts.maxBytes, scan);
  } else {
    const listed = await listFiles(opts.paths, opts.cwd);
    const notes = await readEach(listed.entries, { maxBytes: opts.maxBytes }, (e, bytes) => scan(e.file, bytes));
    skipped = [...listed.skipped, ...notes];
    const named = new Set(listed.entries.filter((e) => e.named).map((e) => e.file));
    const broken = notes.find((s) => s.kind === 'unreadable' && named.has(s.file));
    if (broken) throw new McpctlError('E_INPUT', `cannot read ${broken.file}: ${broken.reason}`, { hint: 'check the file and its permissions' });
  }
  const all = sortFindings(found);
  let findings = all;
  let baselined = 0;
  if (accepted) ({ findings, suppressed: baselined } = applyBaseline(all, accepted));
  let wrote: ScanOutcome['wrote'];
  if (opts.writeBaseline !== undefined) {
    const doc = baselineDocument(all);
    await writeFileAtomic(opts.writeBaseline, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o644 });
    wrote = { file: opts.writeBaseline, findings: doc.findings.length };
    findings = applyBaseline(all, new Set(doc.findings.map((e) => e.fingerprint))).findings;
    baselined = all.length - findings.length;
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    report: { findings, filesScanned, skipped: skipped.map((s) => ({ file: s.file, reason: s.reason })), rules: rulesOf(findings) },
    baselined,
    ...(wrote ? { wrote } : {}),
  };
}
