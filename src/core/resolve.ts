// Resolving reference templates at spawn time (the launcher): `${env:X}`, `${secret:x}`, fallbacks, `$${`.
// Pure: lookups are passed in. A reference with no value and no fallback is reported, never guessed.
import { parseValue } from './refs.js';
import type { Part } from './refs.js';

export interface Lookups {
  env(name: string): string | undefined;
  secret(name: string): string | undefined;
}

export type Resolution = { ok: true; value: string } | { ok: false; missing: string[]; problems: string[] };

export function resolveTemplate(template: string, lookups: Lookups): Resolution {
  const parsed = parseValue(template);
  if (parsed.problems.length) return { ok: false, missing: [], problems: parsed.problems.map((p) => p.message) };
  let value = '';
  const missing: string[] = [];
  for (const part of parsed.parts) {
    if (part.type === 'text') value += part.text;
    else {
      const got = resolveRef(part, lookups);
      if (got === undefined) missing.push(part.raw);
      else value += got;
    }
  }
  return missing.length ? { ok: false, missing, problems: [] } : { ok: true, value };
}

function resolveRef(part: Extract<Part, { type: 'ref' }>, lookups: Lookups): string | undefined {
  for (const source of part.chain) {
    if (source.kind === 'value') return source.value;
    const got = source.kind === 'env' ? lookups.env(source.name) : lookups.secret(source.name);
    if (got !== undefined) return got;
  }
  return undefined;
}

/** Secret names a template needs (only those without an earlier alternative are certain; all are listed). */
export function secretNames(template: string): string[] {
  const out: string[] = [];
  for (const part of parseValue(template).parts) {
    if (part.type !== 'ref') continue;
    for (const s of part.chain) if (s.kind === 'secret') out.push(s.name);
  }
  return out;
}

/** Every ${env:NAME} a template reads (fallbacks included), in order of appearance. */
export function envNames(template: string): string[] {
  const out: string[] = [];
  for (const part of parseValue(template).parts) {
    if (part.type !== 'ref') continue;
    for (const s of part.chain) if (s.kind === 'env') out.push(s.name);
  }
  return out;
}
