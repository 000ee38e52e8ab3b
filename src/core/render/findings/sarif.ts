// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, the rules that fired with
// their help, one result per finding with a region and, for secrets, a partial fingerprint that stays
// the same when the secret moves. Paths are relative to the checkout (%SRCROOT%) when they can be.
import type { Finding, RuleMeta } from '../../lint/finding.js';
import type { Reporter } from './reporter.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarifReporter: Reporter = (report, { tool }) => {
  const rules: RuleMeta[] = [...report.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of report.findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, rules.length);
      rules.push({
        id: f.ruleId,
        title: f.ruleId,
        help: f.hint,
        defaultSeverity: f.severity,
        category: f.ruleId.startsWith('secret/') ? 'secret' : 'policy',
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map(_descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.skipped.map((s) => ({
              level: 'note',
              message: { text: `skipped: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => _result(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function _descriptor(r: RuleMeta) {
  return {
    id: r.id,
    name: _pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.help },
    help: { text: r.help, markdown: `**${r.title}**\n\n${r.help}` },
    defaultConfiguration: { level: _level(r.defaultSeverity) },
    properties:
      r.category === 'secret'
        ? {
            tags: ['security', 'secret'],
            precision: 'high',
            'security-severity': r.defaultSeverity === 'error' ? '8.0' : '5.0',
          }
        : { tags: [r.category] },
  };
}

function _result(f: Finding, ruleIndex: number) {
  const region: Record<string, number> = { startLine: f.line, startColumn: f.col };
  if (f.endLine !== undefined) region['endLine'] = f.endLine;
  if (f.endCol !== undefined) region['endColumn'] = f.endCol;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: _level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file), region } }],
    ...(f.secret ? { partialFingerprints: { 'mcpctl/v1': f.secret.fingerprint } } : {}),
  };
}

/** A relative path becomes a URI reference against %SRCROOT%; an absolute one a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
  const encoded = encode(slashed);
  return { uri: encoded.replace(/^(\.\/)+/, ''), uriBaseId: '%SRCROOT%' };
}

const _level = (s: 'error' | 'warn') => (s === 'error' ? 'error' : 'warning');

/** `secret/github-pat` → `SecretGithubPat`. */
const _pascal = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
