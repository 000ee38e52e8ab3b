// The rule that a new server must not hold a plaintext secret: lint's secret findings on the lines of the block
// that add inserted refuse the edit before anything is written.
import { EXIT, McpctlError } from '../errors.js';
import type { Finding } from '../lint/finding.js';

/** Lines [first, last] (1-based) of the block in the text, or null when it cannot be found at a line start. */
function blockLines(text: string, block: string): [number, number] | null {
  const body = text.includes('\r\n') ? block.split('\n').join('\r\n') : block;
  for (let at = text.indexOf(body.trimEnd()); at !== -1; at = text.indexOf(body.trimEnd(), at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    const first = text.slice(0, at).split('\n').length;
    return [first, first + block.trimEnd().split('\n').length - 1];
  }
  return null;
}

/** A plaintext secret that lint finds in the new server (in args, a URL, …) refuses the edit. */
export function refuseSecretFindings(findings: Finding[], text: string, block: string): void {
  const lines = blockLines(text, block);
  if (!lines) return;
  const bad = findings.filter(
    (f) => f.ruleId.startsWith('secret/') && f.severity === 'error' && f.line >= lines[0] && f.line <= lines[1],
  );
  if (!bad.length) return;
  throw new McpctlError(
    'E_SECRET_LITERAL',
    `the new server holds ${bad.length === 1 ? 'a value' : `${bad.length} values`} that look like plaintext secrets (${bad.map((f) => `${f.message}${f.secret ? ` ${f.secret.preview}` : ''}`).join('; ')}); nothing was written`,
    {
      hint: 'store it (mcpctl secret set NAME) and reference it: --secret ENV=NAME, or ${secret:NAME} in --env/--header',
      exitCode: EXIT.usage,
    },
  );
}
