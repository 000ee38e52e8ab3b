// `mcpctl scan`: gather the files (named paths and folders, or the git index with --staged), scan
// each one's text as it arrives, then apply the baseline. The scanning itself is the pure
// core/scan/scan-text.ts; this file only moves bytes to it and collects the results.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { Finding, FindingsReport } from '../core/lint/finding.js';
import { sortFindings } from '../core/render/findings/reporter.js';
import { applyBaseline, baselineDocument, parseBaseline } from '../core/scan/baseline.js';
import { rulesOf } from '../core/scan/rules.js';
import { listFiles } from '../io/scan-files.js';
import type { Skip } from '../io/scan-files.js';
import { scanEntries, startPool, stopPool } from './scan-pool.js';
import { scanBytes } from './scan-share.js';

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

export async function runScan(opts: ScanOptions): Promise<ScanOutcome> {
  const accepted =
    opts.baseline === undefined ? undefined : parseBaseline(await _readBaseline(opts.baseline), opts.baseline);
  const found: Finding[] = [];
  let filesScanned = 0;
  let skipped: Skip[];
  if (opts.staged) {
    const { stagedFiles, readStaged } = await import('../io/git-staged.js');
    const { root, files } = await stagedFiles(opts.cwd, opts.paths);
    skipped = await readStaged(root, files, opts.maxBytes, (file, bytes) => {
      filesScanned++;
      for (const f of scanBytes(file, bytes)) found.push(f);
    });
  } else {
    // a folder may hold thousands of files: start the workers now, to boot while it is walked
    const pool = _hasFolder(opts.paths, opts.cwd) ? startPool() : undefined;
    let listed: ReturnType<typeof listFiles>;
    try {
      listed = listFiles(opts.paths, opts.cwd);
    } catch (e) {
      if (pool) await stopPool(pool);
      throw e;
    }
    const scanned = await scanEntries(listed.entries, opts.maxBytes, pool);
    for (const f of scanned.findings) found.push(f);
    filesScanned = scanned.scanned;
    skipped = [...listed.skipped, ...scanned.skipped];
    const named = new Set(listed.entries.filter((e) => e.named).map((e) => e.file));
    const broken = scanned.skipped.find((s) => s.kind === 'unreadable' && named.has(s.file));
    if (broken)
      throw new McpctlError('E_INPUT', `cannot read ${broken.file}: ${broken.reason}`, {
        hint: 'check the file and its permissions',
      });
  }
  const all = sortFindings(found);
  let findings = all;
  let baselined = 0;
  if (accepted) ({ findings, suppressed: baselined } = applyBaseline(all, accepted));
  let wrote: ScanOutcome['wrote'];
  if (opts.writeBaseline !== undefined) {
    const doc = baselineDocument(all);
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    await writeFileAtomic(opts.writeBaseline, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o644 });
    wrote = { file: opts.writeBaseline, findings: doc.findings.length };
    findings = applyBaseline(all, new Set(doc.findings.map((e) => e.fingerprint))).findings;
    baselined = all.length - findings.length;
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    report: {
      findings,
      filesScanned,
      skipped: skipped.map((s) => ({ file: s.file, reason: s.reason })),
      rules: rulesOf(findings),
    },
    baselined,
    ...(wrote ? { wrote } : {}),
  };
}

async function _readBaseline(file: string): Promise<string> {
  const { readText } = await import('../io/read.js');
  return readText(file, {
    maxBytes: 64 * 1024 * 1024,
    what: 'baseline',
    missingHint: 'write one with "mcpctl scan --write-baseline FILE"',
  });
}

/** No PATH (the current folder) or a PATH that is a folder. */
function _hasFolder(paths: readonly string[], cwd: string): boolean {
  const isFolder = (p: string) => {
    try {
      return statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isDirectory() === true;
    } catch {
      return false; // listFiles reports what is wrong with it
    }
  };
  return paths.length === 0 || paths.some(isFolder);
}
