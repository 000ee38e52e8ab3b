// Secret values the action has had in hand: the GitHub token, and every literal the secret rules flag
// in the mcp.yaml versions it read. Each is registered with the runner (::add-mask::, the one place the
// value is ever printed) and scrubbed from everything the action writes: log, annotations, comment,
// summary, outputs and files.
import { secretFindings } from '../core/lint/secret-checks.js';
import { sourceFromSpec } from '../core/lint/source.js';
import { findSecrets } from '../core/secrets/detect.js';
import type { LoadedSpec } from '../app/pipeline.js';
import { md } from './markdown.js';

/** What a secret becomes in the action's output (what the runner shows for a masked value). */
const MASK = '***';
/** Shorter values are no secret any rule flags, and masking them would garble every log. */
const MIN_LENGTH = 4;

export class SecretSet {
  readonly #values = new Set<string>();
  #ordered: string[] | null = null;

  /** Adds a value; returns the parts new to the set, which the caller must mask before printing anything. */
  add(value: string): string[] {
    const fresh: string[] = [];
    for (const part of [value, ...value.split(/\r?\n|\r/)]) {
      const v = part.trim();
      if (v.length < MIN_LENGTH || this.#values.has(v)) continue;
      this.#values.add(v);
      fresh.push(v);
      // the same value as it appears inside a JSON string, and as the markdown reports show it
      for (const form of [JSON.stringify(v).slice(1, -1), md(v)]) if (form !== v) this.#values.add(form);
    }
    if (fresh.length) this.#ordered = null;
    return fresh;
  }

  get size(): number {
    return this.#values.size;
  }

  /** The text with every known secret replaced by ***, longest first (a secret may contain another). */
  scrub(text: string): string {
    if (this.#values.size === 0) return text;
    this.#ordered ??= [...this.#values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const v of this.#ordered) if (out.includes(v)) out = out.split(v).join(MASK);
    return out;
  }
}

/**
 * The raw secrets in one version of mcp.yaml: provider-format tokens anywhere in its text (comments
 * included, and even when the file does not validate), and every value the lint secret rules flag
 * (the same rule code lint runs; lint itself keeps only a fingerprint and a preview).
 */
export function secretsIn(text: string, spec: LoadedSpec | null): string[] {
  const out = findSecrets(text).map((m) => text.slice(m.start, m.end));
  if (spec) {
    const source = sourceFromSpec(spec.spec, spec.doc);
    for (const server of source.servers) {
      for (const f of secretFindings(server, source.headersKey)) if (f.secret !== undefined) out.push(f.secret);
    }
  }
  return out;
}
