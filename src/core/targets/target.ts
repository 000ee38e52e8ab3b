// What a client target is: one module per MCP client (Codex, Claude Code, Copilot, Cursor, VS Code) behind
// this interface, so the pipeline (plan, apply, rollback, import) never asks which client it is writing.
// Pure: where a file is comes from the Where passed in, never from process.env or the disk.
import type { Diagnostic } from '../errors.js';
import type { Launcher } from '../compile/codex.js';
import type { SourceDoc } from '../load.js';
import type { McpFile } from '../generated/mcp-types.js';
import type { Entry } from '../value.js';

import type { TargetName } from './names.js';

export { TARGET_NAMES } from './names.js';
export type { TargetName } from './names.js';

/** user: the person's own file; project: the file beside mcp.yaml (in git); local: Claude Code's per-project entry in ~/.claude.json. */
export type Scope = 'user' | 'project' | 'local';

export type { Entry, Value } from '../value.js';

/** Everything a target may look at to find its file. */
export interface Where {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  cwd: string;
  platform: NodeJS.Platform;
  /** The folder of mcp.yaml: project-scope files live beside it. */
  specDir: string;
  /** The git work tree mcp.yaml is in, if any (Claude Code keys a project's local servers by it). */
  gitRoot?: string | undefined;
  /**
   * Whether a file is there, for a client that reads the first of several names (OpenCode: opencode.jsonc,
   * else opencode.json). Absent: none is, and the first name is the file.
   */
  exists?: ((path: string) => boolean) | undefined;
}

export interface ServerEdit {
  name: string;
  /** The new entry, or null to remove the server. */
  entry: Entry | null;
  /**
   * For a new server: the server it goes before when that one is in the file (mcp.yaml's order, so a server
   * a set left out comes back where it was). Absent, or not there: at the end. A client may ignore it.
   */
  before?: string | undefined;
}

/** A client's file as read: its servers, and how to change some of them without touching any other byte. */
export interface TargetFile {
  /** The file's text as read (a BOM included); '' for a file that does not exist yet. */
  readonly text: string;
  /** Every server the client reads from this file, as it reads it, and where it is written (1-based). */
  readonly servers: ReadonlyMap<string, { value: Entry; line: number; col: number }>;
  /** The whole new text: only the named servers' bytes change. */
  edit(edits: ServerEdit[]): string;
  /**
   * The text with every value that looks secret masked (for diffs); with `range`, at least everything in
   * [from, to) is masked (a client may mask more), so a diff can redact only what it shows.
   */
  redacted(range?: { from: number; to: number }): string;
}

export interface Compiled {
  /** The entries this target gets, by server name (servers that skip this target are absent). */
  servers: Map<string, Entry>;
  /** What this client cannot express (E_REF): an error, never a silent drop. */
  diagnostics: Diagnostic[];
}

export interface CompileOptions {
  /** How the client starts mcpctl itself (for values only mcpctl can resolve); absent: refuse such values. */
  launcher?: Launcher | undefined;
  /**
   * Remote servers to write as mcpctl's bridge even where the client could reach them itself: one file two
   * clients read (a project's .mcp.json) holds one entry, the bridge, when one of them needs it.
   */
  bridge?: ReadonlySet<string> | undefined;
}

export interface ClientTarget {
  readonly name: TargetName;
  /** As people write it: "Claude Code". */
  readonly title: string;
  readonly scopes: readonly Scope[];
  readonly defaultScope: Scope;
  /** The file a scope names, absolute. */
  file(scope: Scope, where: Where): string;
  /** Reads the file (text '' when it does not exist); McpctlError E_INPUT with file:line:col on bad input. */
  read(text: string, path: string, scope: Scope, where: Where): TargetFile;
  /** The entries of the servers this target gets. */
  compile(spec: McpFile, doc: SourceDoc, servers: readonly string[], opts: CompileOptions): Compiled;
  /**
   * The lock folder the client itself takes while it writes this file, if any (Claude Code: `~/.claude.json.lock`):
   * apply holds it around its last check and the rename, so neither program's write is lost.
   */
  writeLock?(path: string, scope: Scope): string | null;
  /** An entry as the client sees it (defaults dropped, keys in the client's order): what plan compares and hashes. */
  normalize(entry: Entry): Entry;
}
