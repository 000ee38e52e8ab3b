// Gemini CLI as a target: the mcpServers of .gemini/settings.json beside mcp.yaml (project) or of
// ~/.gemini/settings.json (user). The file holds every other Gemini CLI setting too, with comments, but Gemini
// CLI stops on a trailing comma or a byte-order mark, so mcpctl refuses both. Checked with the real CLI
// (@google/gemini-cli 0.61.0, pinned): `gemini mcp list` reads back what apply writes.
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import type { ClientTarget } from '../target.js';
import { geminiDialect } from './dialect.js';
import { normalizeGemini } from './normalize.js';
import { geminiFile } from './paths.js';

export const geminiTarget: ClientTarget = {
  name: 'gemini',
  title: 'Gemini CLI',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: geminiFile,
  read: (text, path) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: true,
      noTrailingCommasWhy: 'Gemini CLI reads comments in settings.json, but stops with an error on this',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(geminiDialect, spec, doc, names, opts),
  normalize: normalizeGemini,
};
