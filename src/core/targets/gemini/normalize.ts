// A Gemini CLI entry as it reads it, for plan to compare: httpUrl is a url of type "http" (it wins over url),
// a url without a type is "http", a type beside a command says nothing, empty args, env and trust: false are
// the same as none, and `$NAME` is the same as `${NAME}` (what mcpctl writes for ${env:NAME}).
import { normalizeJsonEntry } from '../json-normalize.js';
import type { Entry, Value } from '../../value.js';

function braced(v: Value): Value {
  if (typeof v === 'string') return v.replace(/\$(?!\{)(\w+)/g, (_m, name: string) => `\${${name}}`);
  if (Array.isArray(v)) return v.map(braced);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, braced(x)]));
  return v;
}

export function normalizeGemini(entry: Entry): Entry {
  const e: Entry = {};
  for (const [k, v] of Object.entries(entry)) e[k] = braced(v);
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
