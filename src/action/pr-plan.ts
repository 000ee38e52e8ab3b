// The plan of a pull request: what merging it changes in every config.toml that applies mcp.yaml.
// There is no user config.toml in CI, so the base commit's servers are rendered into an empty
// config.toml (as apply would have written them), taken as managed, and the head is planned against
// that: the same plan(), splice and redaction as `mcpctl plan`, so the diff is exactly what apply would
// write on a machine that applied the base.
import { editsOf } from '../app/pipeline.js';
import { plan } from '../core/plan.js';
import { codexTarget } from '../core/targets/codex/index.js';
import { codexHash } from '../core/targets/codex/normalize.js';
import type { ManagedRecord, Plan } from '../core/plan.js';
import { maskTable } from '../core/redact.js';
import type { Entry } from '../core/value.js';
import { unifiedDiff } from '../core/render/diff.js';
import { readTarget } from '../core/toml/read-target.js';
import { renderServerBlock } from '../core/toml/render.js';
import { splice } from '../core/toml/splice.js';
import type { TomlTable } from '../core/toml/value.js';

/** How the diff names the file and its two sides. */
export const TARGET_LABEL = 'config.toml';
const SIDES: [string, string] = ['before merge', 'after merge'];
/** Codex's reading of a config.toml needs no place: the text is given. */
const NOWHERE = { env: {}, home: '/', cwd: '/', platform: process.platform, specDir: '/' };

export interface MergePlan {
  plan: Plan;
  /** config.toml holding only the base servers, as apply writes them. */
  baseText: string;
  /** The same file after applying the head. */
  headText: string;
  /** Unified diff from baseText to headText, secret-looking values masked. */
  diff: string;
}

export function planMerge(base: Map<string, TomlTable>, head: Map<string, TomlTable>): MergePlan {
  const baseText = renderServers(base);
  const baseDoc = codexTarget.read(baseText, TARGET_LABEL, 'user', NOWHERE);
  const actual = new Map<string, Entry>();
  for (const [name, server] of baseDoc.servers) actual.set(name, server.value);
  const managed: Record<string, ManagedRecord> = {};
  for (const [name, table] of base) managed[name] = { sha256: codexHash(table) };
  const p = plan(head, actual, managed, codexTarget.normalize);
  const headText = baseDoc.edit(editsOf(p, head));
  // As `mcpctl plan` does: redact the current text, then write the masked head tables into it.
  const before = baseDoc.redacted();
  const masked = new Map<string, Entry>();
  for (const [name, table] of head) masked.set(name, maskTable(table));
  const beforeDoc = before === baseText ? baseDoc : codexTarget.read(before, TARGET_LABEL, 'user', NOWHERE);
  const after = beforeDoc.edit(editsOf(p, masked));
  return { plan: p, baseText, headText, diff: unifiedDiff(TARGET_LABEL, before, after, SIDES) };
}

/** The servers spliced into an empty config.toml, in their order. */
function renderServers(servers: Map<string, TomlTable>): string {
  if (servers.size === 0) return '';
  const edits = [...servers].map(([name, table]) => ({ name, block: renderServerBlock(name, table) }));
  return splice(readTarget('', TARGET_LABEL), edits);
}
