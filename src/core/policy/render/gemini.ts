// The policy as Gemini CLI's system settings (0.61.0, measured with the real CLI): `mcp.allowed` and
// `mcp.excluded` list server NAMES, compared without case and with no pattern; the system file
// (/etc/gemini-cli/settings.json, or GEMINI_CLI_SYSTEM_SETTINGS_PATH) wins over the user's and the
// project's, whose lists can only narrow it. Gemini CLI reads a system file only when it and every folder
// above it belong to root and nobody else may write them.
import type { PolicyFile } from '../../generated/policy-types.js';
import { describeMatch } from '../server-match.js';
import type { PolicyRenderer, RuleNote } from './types.js';
import { literal, mcpctlOnly } from './types.js';

const TITLE = 'Gemini CLI';

export const geminiPolicy: PolicyRenderer = {
  target: 'gemini',
  title: TITLE,
  render(policy) {
    const notes: RuleNote[] = [];
    const names = (which: 'allow' | 'deny'): string[] | undefined => {
      const entries = policy.servers?.[which];
      if (entries === undefined) return undefined;
      const out: string[] = [];
      for (const [i, m] of entries.entries()) {
        const rule = `servers.${which}[${i}]`;
        const exact = m.name !== undefined && literal(m.name);
        if (exact && Object.keys(m).length === 1) {
          out.push(m.name ?? '');
          notes.push({ rule, how: 'enforced', note: `${TITLE} matches the name ${m.name} (ignoring case)` });
        } else if (exact && which === 'allow') {
          out.push(m.name ?? '');
          notes.push({
            rule,
            how: 'looser',
            note: `${TITLE} lists names only: it allows ${m.name} whatever its command or URL (mcpctl's lint and policy check hold those)`,
          });
        } else
          notes.push({
            rule,
            how: which === 'allow' ? 'stricter' : 'mcpctl-only',
            note:
              which === 'allow'
                ? `${TITLE} lists exact names only, and ${describeMatch(m)} is not one: it blocks the servers this entry allows`
                : `${TITLE} lists exact names only, and ${describeMatch(m)} is not one: mcpctl's lint and policy check refuse it`,
          });
      }
      return out;
    };
    const allowed = names('allow');
    const excluded = names('deny');
    // Gemini CLI 0.61.0 starts every server when mcp.allowed is empty (its "mcp list" shows them blocked): an
    // empty list would say the opposite of what it means, so none is written
    if (allowed !== undefined && allowed.length === 0)
      notes.unshift({
        rule: 'servers.allow',
        how: 'mcpctl-only',
        note: `${TITLE} cannot be told to allow no server (it ignores an empty mcp.allowed when it starts servers): no mcp.allowed is written, and mcpctl's lint and policy check hold the list`,
      });
    else if (allowed !== undefined)
      notes.push({
        rule: 'servers.allow',
        how: 'looser',
        note: `${TITLE} also approves every tool of each mcp.allowed server without asking (an ALLOW rule for mcp_<name>_*)`,
      });
    const mcp: Record<string, string[]> = {};
    if (allowed !== undefined && allowed.length) mcp['allowed'] = allowed;
    if (excluded !== undefined) mcp['excluded'] = excluded;
    return {
      target: 'gemini',
      title: TITLE,
      install: {
        linux: '/etc/gemini-cli/settings.json',
        darwin: '/Library/Application Support/GeminiCli/settings.json',
        win32: 'C:\\ProgramData\\gemini-cli\\settings.json',
      },
      text: `${JSON.stringify({ mcp }, null, 2)}\n`,
      notes: [...notes, ...mcpctlOnly(policy as PolicyFile, TITLE)],
    };
  },
};
