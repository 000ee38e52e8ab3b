// Reading a plan saved by `mcpctl plan --out` for `mcpctl apply PLAN`.
import { McpctlError } from '../core/errors.js';
import { PLAN_FORMAT } from '../core/render/plan-json.js';
import type { PlanDocument } from '../core/render/plan-json.js';
import { readText } from './read.js';

export async function readSavedPlan(path: string): Promise<PlanDocument> {
  const text = await readText(path, {
    maxBytes: 64 * 1024 * 1024,
    what: 'saved plan',
    missingHint: 'make one with "mcpctl plan --out FILE"',
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new McpctlError('E_INPUT', `${path} is not JSON`, {
      hint: 'pass a file written by "mcpctl plan --out FILE"',
    });
  }
  if (!isPlanDocument(data)) {
    throw new McpctlError('E_INPUT', `${path} is not an mcpctl plan of format ${PLAN_FORMAT}`, {
      hint: 'make a new one with "mcpctl plan --out FILE"',
    });
  }
  return data;
}

function isPlanDocument(v: unknown): v is PlanDocument {
  if (typeof v !== 'object' || v === null) return false;
  if (!('kind' in v) || v.kind !== 'mcpctl.plan' || !('format_version' in v) || v.format_version !== PLAN_FORMAT)
    return false;
  if (!('id' in v) || typeof v.id !== 'string') return false;
  if (
    !('source' in v) ||
    typeof v.source !== 'object' ||
    v.source === null ||
    !('path' in v.source) ||
    typeof v.source.path !== 'string'
  )
    return false;
  return (
    'targets' in v &&
    Array.isArray(v.targets) &&
    v.targets.every((t: unknown) => typeof t === 'object' && t !== null && 'file' in t && typeof t.file === 'string')
  );
}
