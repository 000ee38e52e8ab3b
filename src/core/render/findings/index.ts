// The findings formats by name (--format). Each is a pure Reporter; see the files for the shapes.
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import { prettyReporter } from './pretty.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';

const FINDINGS_FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export const REPORTERS: Record<FindingsFormat, Reporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
};

export function isFindingsFormat(s: string): s is FindingsFormat {
  return FINDINGS_FORMATS.some((f) => f === s);
}

export type { Reporter, ReporterOptions } from './reporter.js';
export { sortFindings, summaryLine } from './reporter.js';
