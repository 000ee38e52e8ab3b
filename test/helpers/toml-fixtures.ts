// The config.toml fixtures under fixtures/toml/<case>/ and the two servers the TOML tests write into them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderServerBlock } from '../../src/core/toml/render.js';
import type { TomlTable } from '../../src/core/toml/value.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/toml/', import.meta.url));

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function fixturePath(name: string, file = 'config.toml'): string {
  return join(FIXTURES, name, file);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Keys in Codex's order and sub-table keys sorted, as `codex mcp add` writes them. */
export const MANAGED: ReadonlyArray<{ name: string; value: TomlTable }> = [
  {
    name: 'mcpctl-stdio',
    value: {
      command: 'npx',
      args: ['-y', '@acme/mcp-server@1.2.3', '--root', 'C:\\work\\repo'],
      env: { API_BASE: 'https://api.example.com', GREETING: 'say "hi"', 'LOG.LEVEL': 'débug ✓' },
      env_vars: ['HOME', { name: 'ACME_TOKEN', source: 'local' }],
      startup_timeout_sec: 12.5,
      tool_timeout_sec: 60,
      tools: { search: { approval_mode: 'approve' }, write: { approval_mode: 'prompt' } },
    },
  },
  {
    name: 'mcpctl-http',
    value: {
      url: 'https://mcp.example.com/mcp',
      bearer_token_env_var: 'EXAMPLE_TOKEN',
      enabled_tools: ['list', 'read'],
      http_headers: { 'X-Team': 'platform' },
    },
  },
];

export function addEdits(): Array<{ name: string; block: string }> {
  return MANAGED.map(({ name, value }) => ({ name, block: renderServerBlock(name, value) }));
}

export function deleteEdits(): Array<{ name: string; block: null }> {
  return MANAGED.map(({ name }) => ({ name, block: null }));
}
