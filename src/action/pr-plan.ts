// The plan of a pull request for one client file: what merging it changes in that file for everyone who
// applies mcp.yaml. There is no user file in CI, so the base commit's entries are rendered into an empty
// file of that client (as apply would have written them), taken as managed, and the head is planned against
// that: the same plan(), lossless edit and redaction as `mcpctl plan`, so the diff is exactly what apply
// would write on a machine that applied the base.
import { editsOf } from '../app/plan-target.js';
import { entryHash, plan } from '../core/plan.js';
import type { ManagedRecord, Normalize, Plan } from '../core/plan.js';
import { maskedOrSame } from '../core/redact.js';
import { unifiedDiff } from '../core/render/diff.js';
import { codexTarget } from '../core/targets/codex/index.js';
import type { TargetFile } from '../core/targets/target.js';
import type { Entry } from '../core/value.js';

/** How the diff names Codex's file (and, for a mcp.yaml without targets, the only file). */
export const TARGET_LABEL = 'config.toml';
const SIDES: [string, string] = ['before merge', 'after merge'];
/** Codex's reading of a config.toml needs no place: the text is given. */
const NOWHERE = { env: {}, home: '/', cwd: '/', platform: process.platform, specDir: '/' };

export interface MergePlan {
  plan: Plan;
  /** The file holding only the base entries, as apply writes them. */
  baseText: string;
  /** The same file after applying the head. */
  headText: string;
  /** Unified diff from baseText to headText, secret-looking values masked. */
  diff: string;
}

/** One client file as the merge plan reads and compares it. */
export interface FileReader {
  /** As the diff names the file. */
  label: string;
  /** Reads a text of this file as its client does. */
  read(text: string): TargetFile;
  /** An entry as the client sees it: what plan compares and the managed hashes are taken of. */
  normalize: Normalize;
}

export function planFileMerge(file: FileReader, base: Map<string, Entry>, head: Map<string, Entry>): MergePlan {
  const empty = file.read('');
  const baseText = base.size ? empty.edit([...base].map(([name, entry]) => ({ name, entry }))) : '';
  const baseDoc = baseText === '' ? empty : file.read(baseText);
  const actual = new Map<string, Entry>();
  for (const [name, server] of baseDoc.servers) actual.set(name, server.value);
  const managed: Record<string, ManagedRecord> = {};
  for (const [name, entry] of base) managed[name] = { sha256: entryHash(entry, file.normalize) };
  const p = plan(head, actual, managed, file.normalize);
  const headText = baseDoc.edit(editsOf(p, head));
  // As `mcpctl plan` does: redact the current text, then write the masked head entries into it.
  const before = baseDoc.redacted();
  const masked = new Map<string, Entry>();
  for (const [name, entry] of head) masked.set(name, maskedOrSame(entry));
  const beforeDoc = before === baseText ? baseDoc : file.read(before);
  const after = beforeDoc.edit(editsOf(p, masked));
  return { plan: p, baseText, headText, diff: unifiedDiff(file.label, before, after, SIDES) };
}

/** Codex's config.toml: the plan of a mcp.yaml without targets. */
export const CODEX_FILE: FileReader = {
  label: TARGET_LABEL,
  read: (text) => codexTarget.read(text, TARGET_LABEL, 'user', NOWHERE),
  normalize: codexTarget.normalize,
};

export function planMerge(base: Map<string, Entry>, head: Map<string, Entry>): MergePlan {
  return planFileMerge(CODEX_FILE, base, head);
}
