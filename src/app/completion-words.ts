// Words for shell completion that yargs cannot know: template ids (the built-in catalog's index.json and the
// `path:` catalogs of mcp.yaml, read as plain JSON: completing needs no signature check) and the server names
// of mcp.yaml. Loaded only while completing; any problem just means fewer suggestions.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const BUILTIN_INDEX = fileURLToPath(new URL('../../catalog/index.json', import.meta.url));

/** `words`: what yargs parsed so far (argv._, possibly led by the program name); `current`: the word being typed. */
export function dynamicWords(words: string[], current: string, file: string, cwd = process.cwd()): string[] {
  const rest = words[0] === 'mcpctl' || /mcpctl\.c?js$/.test(words[0] ?? '') ? words.slice(1) : words;
  const command = rest[0];
  const done = rest.filter((w) => w !== current).length; // words complete before the current one
  const yaml = readYaml(resolve(cwd, file));
  let out: string[] = [];
  if (command === 'add' && done === 1) out = templateIds(yaml, dirname(resolve(cwd, file)));
  else if ((command === 'remove' || command === 'rm') && done === 1) out = serverNames(yaml);
  else if (command === 'test' && done >= 1)
    out = serverNames(yaml).filter((n) => !rest.slice(1).includes(n) || n === current);
  return [...new Set(out)].filter((w) => w.startsWith(current)).sort();
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {};

function serverNames(yaml: unknown): string[] {
  return Object.keys(rec(rec(yaml)['servers']));
}

function indexIds(path: string): string[] {
  try {
    const index = rec(JSON.parse(readFileSync(path, 'utf8')));
    const list = Array.isArray(index['templates']) ? index['templates'] : [];
    return list.map((t) => rec(t)['id']).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

function templateIds(yaml: unknown, baseDir: string): string[] {
  const sources = rec(yaml)['catalogs'];
  const list = Array.isArray(sources) ? sources : ['builtin'];
  const out: string[] = [];
  for (const s of list) {
    if (s === 'builtin') out.push(...indexIds(BUILTIN_INDEX));
    const path = rec(s)['path'];
    if (typeof path === 'string') out.push(...indexIds(join(resolve(baseDir, path), 'index.json')));
  }
  return out;
}
