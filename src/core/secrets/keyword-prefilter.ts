// The keyword prefilter: one pass over a text for every provider keyword (ASCII case folded) decides which
// rules can match at all, and optionally where keys may be sensitive. Below a size threshold keywords are
// looked up one by one; past it, with the Aho–Corasick automaton of keyword-automaton.ts.
import { buildAutomaton, type KeywordAutomaton, runAutomaton } from './keyword-automaton.js';
import { compileProviders, type CompiledRule } from './provider-matches.js';
import { SENSITIVE_FRAGMENTS } from './sensitive-keys.js';

interface _Engine {
  compiled: readonly CompiledRule[];
  /** keyword → indexes into `compiled` of the rules that name it. */
  byKeyword: ReadonlyMap<string, readonly number[]>;
  /** Built once enough text has been scanned to pay for it (see keywordPass). */
  automaton?: KeywordAutomaton;
}

/**
 * Below this many characters scanned in all, keywords are looked up one by one in a lowercased copy
 * (about 50 ns per character, nothing to build); past it the automaton is built (a few milliseconds)
 * and used from then on (about 3 ns per character). A pre-commit hook's few small files never build it.
 */
const AUTOMATON_AFTER = 16 * 1024;
let scannedChars = 0;

const FRAGMENT_PASS = new RegExp(SENSITIVE_FRAGMENTS.join('|'), 'gi');

let engine: _Engine | undefined;

/** Built on first use, so that importing this module costs nothing. */
function _engine(): _Engine {
  if (engine) return engine;
  const compiled = compileProviders();
  const byKeyword = new Map<string, number[]>();
  compiled.forEach((c, index) => {
    for (const keyword of c.rule.keywords) byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), index]);
  });
  engine = { compiled, byKeyword };
  return engine;
}

export interface KeywordHits {
  /** The rules whose keywords occur in the text, in table order. */
  active: CompiledRule[];
  /** Offsets of the starts of the lines holding a SENSITIVE_FRAGMENTS entry, ascending; when asked for. */
  sensitiveLines: number[] | undefined;
}

/** One pass over the text for every keyword: which rules can match, and (`withLines`) where keys may be sensitive. */
export function keywordPass(text: string, withLines: boolean): KeywordHits {
  const eng = _engine();
  const active = new Uint8Array(eng.compiled.length);
  scannedChars += text.length;
  if (eng.automaton === undefined && scannedChars < AUTOMATON_AFTER) {
    const lower = text.toLowerCase();
    for (const [keyword, rules] of eng.byKeyword) if (lower.includes(keyword)) for (const r of rules) active[r] = 1;
    return {
      active: _activeOf(eng.compiled, active),
      sensitiveLines: withLines ? sensitiveLineStarts(text) : undefined,
    };
  }
  eng.automaton ??= buildAutomaton(
    eng.compiled.map((c) => c.rule.keywords),
    SENSITIVE_FRAGMENTS,
  );
  const lines: number[] | undefined = withLines ? [] : undefined;
  runAutomaton(eng.automaton, text, active, lines);
  return { active: _activeOf(eng.compiled, active), sensitiveLines: lines };
}

/** The marked rules, in table order; most texts (a short value) mark none or few of the ~100. */
function _activeOf(compiled: readonly CompiledRule[], active: Uint8Array): CompiledRule[] {
  const out: CompiledRule[] = [];
  let from = active.indexOf(1);
  while (from !== -1) {
    const c = compiled[from];
    if (c !== undefined) out.push(c);
    from = active.indexOf(1, from + 1);
  }
  return out;
}

/** Starts of the lines holding a SENSITIVE_FRAGMENTS entry, by one case-insensitive regex pass (no automaton needed). */
export function sensitiveLineStarts(text: string): number[] {
  const lines: number[] = [];
  const re = FRAGMENT_PASS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push(text.lastIndexOf('\n', m.index) + 1);
    const newline = text.indexOf('\n', m.index);
    if (newline === -1) break;
    re.lastIndex = newline;
  }
  return lines;
}
