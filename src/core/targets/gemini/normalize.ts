// A Gemini CLI entry as it reads it, for plan to compare: httpUrl is a url of type "http" (it wins over url),
// a url without a type is "http", a type beside a command says nothing, and empty args, env and trust: false
// are the same as none.
import { normalizeJsonEntry } from '../json-normalize.js';
import type { Entry } from '../../value.js';

export function normalizeGemini(entry: Entry): Entry {
  const e: Entry = { ...entry };
  const httpUrl = e['httpUrl'];
  if (typeof httpUrl === 'string') {
    e['url'] = httpUrl;
    e['type'] = 'http';
    delete e['httpUrl'];
  }
  if (e['url'] !== undefined) {
    delete e['command'];
    delete e['args'];
    delete e['env'];
    delete e['cwd'];
    if (e['type'] === undefined) e['type'] = 'http';
  } else if (e['command'] !== undefined && e['type'] === 'stdio') delete e['type'];
  return normalizeJsonEntry(e, { inferType: null, defaults: { args: [], env: {}, trust: false } });
}
