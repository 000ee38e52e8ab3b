// The plan of a pull request: what merging it changes in every config.toml that applies mcp.yaml.
// There is no user config.toml in CI, so the base commit's servers are rendered into an empty
// config.toml (as apply would have written them), taken as managed, and the head is planned against
// that: the same plan(), splice and redaction as `mcpctl plan`, so the diff is exactly what apply would
// write on a machine that applied the base.
import { spliceFor } from '../app/pipeline.js';
import { plan } from '../core/plan.js';
import { codexTarget } from '../core/targets/codex/index.js';
import { codexHash } from '../core/targets/codex/normalize.js';
import type { ManagedRecord, Plan } from '../core/plan.js';
import { maskTable, redactToml } from '../core/redact.js';
import { unifiedDiff } from '../core/render/diff.js';
import { readTarget } from '../core/toml/read-target.js';
import { renderServerBlock } from '../core/toml/render.js';
import { splice } from '../core/toml/splice.js';
import type { TomlTable } from '../core/toml/value.js';

/** How the diff names the file and its two sides. */
export const TARGET_LABEL = 'config.toml';
const SIDES: [string, string] = ['before merge', 'after merge'];

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
  const baseDoc = readTarget(baseText, TARGET_LABEL);
  const actual = new Map<string, TomlTable>();
  for (const [name, server] of baseDoc.servers) actual.set(name, server.value);
  const managed: Record<string, ManagedRecord> = {};
  for (const [name, table] of base) managed[name] = { sha256: codexHash(table) };
  const p = plan(head, actual, managed, codexTarget.normalize);
  const headText = spliceFor(baseDoc, p, head);
  // As `mcpctl plan` does: redact the current text, then splice the masked head tables into it.
  const before = redactToml(baseText);
  const masked = new Map<string, TomlTable>();
  for (const [name, table] of head) masked.set(name, maskTable(table));
  const after = spliceFor(before === baseText ? baseDoc : readTarget(before, TARGET_LABEL), p, masked);
  return { plan: p, baseText, headText, diff: unifiedDiff(TARGET_LABEL, before, after, SIDES) };
}

/** The servers spliced into an empty config.toml, in their order. */
function renderServers(servers: Map<string, TomlTable>): string {
  if (servers.size === 0) return '';
  const edits = [...servers].map(([name, table]) => ({ name, block: renderServerBlock(name, table) }));
  return splice(readTarget('', TARGET_LABEL), edits);
}
