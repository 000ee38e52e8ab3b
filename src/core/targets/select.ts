// Which of the configured clients each server goes to: all of them, only `targets`, or all but `exclude_targets`.
import type { McpFile } from '../generated/mcp-types.js';
import { TARGET_NAMES } from './names.js';
import type { TargetName } from './names.js';

/** The clients mcp.yaml configures: its targets, or Codex alone when it names none. */
export function declaredTargets(spec: McpFile): TargetName[] {
  return spec.targets ? TARGET_NAMES.filter((t) => spec.targets?.[t] !== undefined) : ['codex'];
}

export function serverTargets(spec: McpFile): Map<string, TargetName[]> {
  const declared = declaredTargets(spec);
  const out = new Map<string, TargetName[]>();
  for (const [name, s] of Object.entries(spec.servers ?? {})) {
    const only = s.targets;
    const except: readonly TargetName[] = s.exclude_targets ?? [];
    out.set(
      name,
      declared.filter((t) => (only ? only.includes(t) : !except.includes(t))),
    );
  }
  return out;
}
