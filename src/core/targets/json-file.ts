// A JSON client's file as a TargetFile: the servers under one container (mcpServers, servers, or a project's
// mcpServers in ~/.claude.json), read and edited through the lossless JSON engine (core/json).
import { editEntries } from '../json/edit-entries.js';
import { entriesAt } from '../json/entries.js';
import { readJson } from '../json/read-json.js';
import { redactJson } from '../json/redact-json.js';
import type { JsonValue } from '../json/value.js';
import type { Entry } from '../value.js';
import type { TargetFile } from './target.js';

export interface JsonFileOptions {
  /** The keys down to the servers object. */
  container: readonly string[];
  /** JSONC: comments and trailing commas allowed (and kept). */
  comments: boolean;
  /** Why the file must be strict JSON, for the error when it is not. */
  strictWhy?: string | undefined;
  /** JSONC read with comments but no trailing comma and no BOM (Gemini CLI): why, for the error. */
  noTrailingCommasWhy?: string | undefined;
  /** Keys a new file starts with (OpenCode rewrites a file without "$schema" when it reads it). */
  lead?: ReadonlyArray<readonly [string, JsonValue]> | undefined;
}

export function jsonTargetFile(text: string, path: string, opts: JsonFileOptions): TargetFile {
  const doc = readJson(text, path, {
    comments: opts.comments,
    ...(opts.strictWhy !== undefined ? { strictWhy: opts.strictWhy } : {}),
    ...(opts.noTrailingCommasWhy !== undefined ? { noTrailingCommasWhy: opts.noTrailingCommasWhy } : {}),
  });
  const servers = new Map<string, { value: Entry; line: number; col: number }>();
  for (const [name, at] of entriesAt(doc, opts.container)) servers.set(name, at);
  return {
    text,
    servers,
    edit: (edits) => (edits.length ? editEntries(doc, opts.container, edits, opts.lead) : text),
    redacted: (range) => redactJson(text, opts.comments, { range, parses: true }),
  };
}
