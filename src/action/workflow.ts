// Talking to the runner: workflow commands on stdout (https://docs.github.com/actions/reference/
// workflow-commands-for-github-actions), step outputs and the job summary in the files it names.
// Every line goes through the SecretSet first; only ::add-mask:: carries a raw value, by design.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { escapeData } from '../core/render/findings/github.js';
import type { SecretSet } from './secrets.js';

export type Level = 'error' | 'warning' | 'notice';

export class Workflow {
  constructor(
    private readonly write: (text: string) => void,
    private readonly secrets: SecretSet,
  ) {}

  /** Registers secrets with the runner before anything that might hold them is printed. */
  addSecret(value: string): void {
    for (const v of this.secrets.add(value)) this.write(`::add-mask::${escapeData(v)}\n`);
  }

  /** Log text of our own, or workflow commands built with the escaping rules (the github findings reporter). */
  log(text: string): void {
    if (text === '') return;
    this.write(_endLine(this.secrets.scrub(text)));
  }

  /** An annotation of the run as a whole (findings get theirs, at their lines, from the github findings reporter). */
  annotate(level: Level, message: string): void {
    this.write(`::${level}::${escapeData(this.secrets.scrub(message))}\n`);
  }

  /** A collapsed group of text that came from the user's files: workflow commands in it are not run. */
  group(title: string, body: string): void {
    const token = randomUUID();
    this.write(`::group::${escapeData(this.secrets.scrub(title))}\n::stop-commands::${token}\n`);
    this.log(body);
    this.write(`::${token}::\n::endgroup::\n`);
  }
}

/** One step output in the runner's multi-line syntax: `name<<DELIM`, the value, `DELIM`. */
export function outputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`the output delimiter occurs in output "${name}"; this is a bug, please report it`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends to a file the runner named (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export async function appendRunnerFile(path: string, text: string): Promise<void> {
  await appendFile(path, text, 'utf8');
}

function _endLine(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
