// The one template search, used by `catalog search` and by the picker of the guided `mcpctl add`.
// The query is split into words; a template matches when every word occurs somewhere in it; matches are
// ranked by where each word was found: exact id > id prefix > a word of the id > title > keyword or category
// > a word of the description > the server name's namespace. The reverse-DNS prefix of a registry name
// ("io.github.", "com.") is ignored: nearly every name starts with "io.github.", which made "git" match all.
import { compareVersions } from './resolve-template.js';

export interface Searchable {
  id: string;
  version: string;
  doc: { name: string; description: string; meta: { title?: string | undefined; category?: string | undefined; keywords?: string[] | undefined } };
}

/** The query's words, lowercased (whitespace and commas separate them). */
function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/[\s,]+/).filter(Boolean);
}

/** The templates every term matches, best first (ties by id); no terms: all of them, by id. */
export function searchTemplates<T extends Searchable>(templates: readonly T[], query: string): T[] {
  const terms = searchTerms(query);
  const scored: Array<{ t: T; score: number }> = [];
  for (const t of templates) {
    const fields = fieldsOf(t);
    let score = 0;
    for (const term of terms) {
      const s = termScore(term, fields);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score >= 0) scored.push({ t, score });
  }
  return scored.sort((a, b) => b.score - a.score || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0)).map((x) => x.t);
}

/** One template per id, its newest version; the first list that has an id wins (as findTemplate decides). */
export function newestPerId<T extends Searchable>(lists: ReadonlyArray<readonly T[]>): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    const own = new Map<string, T>();
    for (const t of list) {
      const seen = own.get(t.id);
      if (!seen || compareVersions(t.version, seen.version) > 0) own.set(t.id, t);
    }
    for (const [id, t] of own) if (!byId.has(id)) byId.set(id, t);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The part of a registry name that says who publishes it: "io.github.brave/x" → "brave/x", "com.notion/mcp" → "notion/mcp". */
export function nameWithoutReverseDns(name: string): string {
  const slash = name.indexOf('/');
  const ns = slash < 0 ? name : name.slice(0, slash);
  const rest = slash < 0 ? '' : name.slice(slash);
  const labels = ns.split('.');
  if (labels.length < 2) return name;
  // drop the top-level domain, and the code host of a "io.github.<user>" style name
  const kept = labels.length > 2 && /^(github|gitlab|bitbucket)$/.test(labels[1] ?? '') ? labels.slice(2) : labels.slice(1);
  return `${kept.join('.')}${rest}`;
}

interface Fields {
  id: string;
  title: string;
  tags: string[];
  description: string;
  namespace: string;
}

function fieldsOf(t: Searchable): Fields {
  const meta = t.doc.meta;
  return {
    id: t.id.toLowerCase(),
    title: (meta.title ?? '').toLowerCase(),
    tags: [meta.category ?? '', ...(meta.keywords ?? [])].map((k) => k.toLowerCase()).filter(Boolean),
    description: t.doc.description.toLowerCase(),
    namespace: nameWithoutReverseDns(t.doc.name).toLowerCase(),
  };
}

const NOT_WORD = /[^a-z0-9]/;

/** Where in `text` the term occurs: 3 as a whole word, 2 at the start of a word, 1 inside one, 0 not at all. */
function occurs(term: string, text: string): 0 | 1 | 2 | 3 {
  let best: 0 | 1 | 2 | 3 = 0;
  for (let at = text.indexOf(term); at >= 0 && best < 3; at = text.indexOf(term, at + 1)) {
    const starts = at === 0 || NOT_WORD.test(text[at - 1] ?? '');
    const ends = at + term.length === text.length || NOT_WORD.test(text[at + term.length] ?? '');
    const here = starts ? (ends ? 3 : 2) : 1;
    if (here > best) best = here;
  }
  return best;
}

// Points per term by where it was found (a whole word, a word's start, inside a word); a query's score is
// the sum over its terms, so a template matching every term in its id comes before one matching in prose.
const POINTS = { idWord: [0, 200, 300, 350], title: [0, 120, 150, 160], tag: [0, 80, 100, 110], description: [0, 40, 60, 70] } as const;

function termScore(term: string, f: Fields): number {
  if (f.id === term) return 1000;
  if (f.id.startsWith(term)) return 500;
  const id = occurs(term, f.id);
  if (id) return POINTS.idWord[id];
  const title = occurs(term, f.title);
  if (title) return POINTS.title[title];
  const tag = Math.max(0, ...f.tags.map((k) => occurs(term, k)));
  if (tag === 1 || tag === 2 || tag === 3) return POINTS.tag[tag];
  const description = occurs(term, f.description);
  if (description) return POINTS.description[description];
  return occurs(term, f.namespace) ? 10 : 0;
}
