// Zed as a target: the `context_servers` of its settings.json (the whole editor's settings, JSONC), user or
// project (.zed/settings.json, used in a trusted project). Zed expands no variable in a server entry (its
// issue #60459), so every reference in a local server goes through mcpctl's launcher, and a remote server
// with a reference in its url or headers through mcpctl's bridge (`mcpctl proxy`). Checked against Zed's source (crates/settings_content) and documentation; no
// Zed runs here (docs/clients.md).
import type { Entry } from '../../value.js';
import { compileJsonClient, unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import type { ClientTarget } from '../target.js';
import { EXPANDS_NOTHING, plainEntry } from '../plain-entry.js';
import { zedFile } from './paths.js';

/** How Zed reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = {
  inferType: null,
  defaults: { args: [], env: {}, enabled: true, remote: false },
};

export const zedDialect: Dialect = {
  title: 'Zed',
  ...EXPANDS_NOTHING,
  // its own switch (crates/settings_content: `enabled`, true by default); no Zed runs here to confirm it
  off: (entry) => ({ ...entry, enabled: false }),
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    return plainEntry(parts, 'url');
  },
};

export const zedTarget: ClientTarget = {
  name: 'zed',
  title: 'Zed',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: zedFile,
  read: (text, path) => jsonTargetFile(text, path, { container: ['context_servers'], comments: true }),
  compile: (spec, doc, names, opts) => compileJsonClient(zedDialect, spec, doc, names, opts),
  // Zed reads `"source": "custom"` (older docs) as nothing, and fills in these defaults itself
  normalize: (entry) => {
    const { source: _source, ...rest } = entry;
    return normalizeJsonEntry(rest, NORMALIZE);
  },
};
