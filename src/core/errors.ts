// One error type with stable codes. A stage throws McpctlError only when it cannot go on;
// otherwise it returns Diagnostics as data. Only the CLI entry turns either into output and an exit code.

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  trust: 3,
  conflict: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Severity = 'error' | 'warn';

/** Where something is in a user's file. line and col are 1-based. */
export interface Location {
  file: string;
  line: number;
  col: number;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  /** Path inside the document, e.g. `servers.github.env.TOKEN`. */
  path?: string;
  hint?: string;
}

const EXIT_BY_CODE: Record<string, ExitCode> = {
  E_USAGE: EXIT.usage,
  E_YAML: EXIT.usage,
  E_SCHEMA: EXIT.usage,
  E_REF: EXIT.usage,
  E_INPUT: EXIT.usage,
  E_TEMPLATE: EXIT.usage,
  E_TOML: EXIT.usage,
  E_TOO_LARGE: EXIT.usage,
  E_NOT_FOUND: EXIT.usage,
  E_SIGNATURE: EXIT.trust,
  E_TRUST: EXIT.trust,
  E_CATALOG: EXIT.trust,
  E_CATALOG_HASH: EXIT.trust,
  E_CATALOG_EXTRA: EXIT.trust,
  E_CATALOG_SYMLINK: EXIT.trust,
  E_SYMLINK: EXIT.usage,
  E_EXPIRED: EXIT.trust,
  E_ROLLBACK: EXIT.trust,
  E_STALE_PLAN: EXIT.conflict,
  E_LOCKED: EXIT.conflict,
  E_DRIFT: EXIT.conflict,
  E_CONFLICT: EXIT.conflict,
  E_SHAPE: EXIT.conflict,
  E_NETWORK: EXIT.failure,
};

function exitCodeFor(code: string): ExitCode {
  return EXIT_BY_CODE[code] ?? EXIT.failure;
}

export class McpctlError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;
  readonly diagnostics: Diagnostic[];
  readonly where: Location | undefined;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; where?: Location; diagnostics?: Diagnostic[]; exitCode?: ExitCode } = {},
  ) {
    super(message);
    this.name = 'McpctlError';
    this.code = code;
    this.hint = options.hint;
    this.where = options.where;
    this.diagnostics = options.diagnostics ?? [];
    this.exitCode = options.exitCode ?? exitCodeFor(code);
  }
}

export function formatLocation(d: { file?: string; line?: number; col?: number }): string {
  if (!d.file) return '';
  if (d.line === undefined) return d.file;
  return `${d.file}:${d.line}:${d.col ?? 1}`;
}

/** Converts a string offset into a 1-based line and column. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
