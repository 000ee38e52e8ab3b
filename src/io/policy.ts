// Reading an organisation policy file (YAML, schema/policy.schema.json).
import { McpctlError } from '../core/errors.js';
import type { PolicyFile } from '../core/generated/policy-types.js';
import { validate as policyCheck } from '../core/generated/policy-validator.js';
import { loadYaml } from '../core/load.js';
import { policyProblems } from '../core/policy/policy-problems.js';
import { checkSchema } from '../core/validate.js';
import { readText } from './read.js';

export async function readPolicy(path: string, shownAs: string): Promise<PolicyFile> {
  const text = await readText(path, {
    maxBytes: 1024 * 1024,
    what: 'policy file',
    missingHint: 'check the path given with --policy or in the "policy:" key of mcp.yaml',
  });
  const doc = loadYaml(text, shownAs);
  const schema = checkSchema(doc, policyCheck);
  const problems = schema.length || !isPolicy(doc.value) ? schema : policyProblems(doc, doc.value);
  if (problems.length || !isPolicy(doc.value)) {
    throw new McpctlError(
      'E_SCHEMA',
      `${shownAs} is not a valid mcpctl policy (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})`,
      { diagnostics: problems },
    );
  }
  return doc.value;
}

// The schema has accepted it; this only narrows the type.
function isPolicy(v: unknown): v is PolicyFile {
  return typeof v === 'object' && v !== null && 'version' in v && v.version === 1;
}
