// The package version, read once from package.json (no heavy imports: used by the --version fast path).
import { readFileSync } from 'node:fs';

let version: string | undefined;
export function toolVersion(): string {
  if (version === undefined) {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    version =
      typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
        ? pkg.version
        : '0.0.0';
  }
  return version;
}

export function toolName(): string {
  return `mcpctl ${toolVersion()}`;
}
