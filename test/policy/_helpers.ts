// A repository with a policy file, for the policy tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/cli.js';

export function repo(files: Record<string, string>): string {
  const dir = tempDir('mcpctl-policy-');
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export const POLICY = `version: 1
servers:
  allow:
    - name: github
      command: [npx, -y, "@modelcontextprotocol/server-github@*"]
    - url: "https://mcp.acme.dev/*"
    - name: memory
  deny:
    - name: "*-experimental"
    - command: [docker, run, "*"]
`;
