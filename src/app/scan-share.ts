// The loop every scanning thread runs: take the next file from a shared counter, read it, scan it.
// Used as is on the main thread, and by each worker of scan-pool.ts.
import type { Finding } from '../core/lint/finding.js';
import { scanText } from '../core/scan/scan-text.js';
import { readScanFile } from '../io/scan-files.js';
import type { ScanEntry, Skip } from '../io/scan-files.js';

export interface ShareResult {
  findings: Finding[];
  skipped: Skip[];
  scanned: number;
}

// Replacement characters for invalid UTF-8: a file is scanned whatever its bytes.
const utf8 = new TextDecoder('utf-8');

/** Scans entries[next()] until the counter passes the end. */
export function scanShare(entries: readonly ScanEntry[], maxBytes: number, next: () => number): ShareResult {
  const out: ShareResult = { findings: [], skipped: [], scanned: 0 };
  for (let i = next(); i < entries.length; i = next()) {
    const entry = entries[i];
    if (entry === undefined) continue;
    const got = readScanFile(entry, maxBytes);
    if (!Buffer.isBuffer(got)) {
      out.skipped.push(got);
      continue;
    }
    out.scanned++;
    for (const f of scanText(utf8.decode(got), entry.file)) out.findings.push(f);
  }
  return out;
}

/** Scans one blob (from the git index). */
export function scanBytes(file: string, bytes: Uint8Array): Finding[] {
  return scanText(utf8.decode(bytes), file);
}
