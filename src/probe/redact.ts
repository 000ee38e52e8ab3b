// Redaction of server output (stderr lines, error pages, first bytes): every known secret value, then
// anything that looks like a token (maskTokens).
import { maskTokens, SENSITIVE_MARK } from '../core/mask-tokens.js';
import { looksSecret } from '../core/secrets/detect.js';
import { isSensitiveKey } from '../core/secrets/sensitive-keys.js';
import type { ProbeSpec } from '../core/probe-types.js';

export function redactor(values: Iterable<string>): (text: string) => string {
  const known = [...new Set(values)].filter((v) => v.trim().length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const v of known) if (out.includes(v)) out = out.split(v).join(SENSITIVE_MARK);
    return maskTokens(out);
  };
}

/** Values a server gets that may be secret: env and forwarded variables under secret-looking names, or that look generated. */
export function secretValuesOf(spec: ProbeSpec, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  const consider = (key: string, value: string | undefined) => {
    if (value !== undefined && (isSensitiveKey(key) || looksSecret(key, value))) out.push(value);
  };
  if (spec.transport === 'stdio') {
    for (const [k, v] of Object.entries(spec.env)) consider(k, v);
    for (const k of spec.envVars) consider(k, env[k]);
  } else {
    for (const [k, v] of Object.entries(spec.httpHeaders)) consider(k, v);
    for (const v of Object.values(spec.envHttpHeaders)) {
      const value = env[v];
      if (value !== undefined) out.push(value);
    }
    if (spec.bearerTokenEnvVar !== null) {
      const value = env[spec.bearerTokenEnvVar];
      if (value !== undefined) out.push(value);
    }
  }
  return out;
}
