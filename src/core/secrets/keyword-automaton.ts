// The Aho–Corasick automaton behind the keyword prefilter: built once over every rule keyword and sensitive-key
// fragment, then one pass over a text marks the rules whose keywords occur and the lines holding a fragment.

/**
 * Aho–Corasick automaton over every keyword. Characters are first mapped to a small alphabet of the
 * characters keywords use (`classOf`, ASCII upper case folded to lower case; anything else is class 0,
 * which no keyword contains). `delta[state + class]` is the next state; states are stored multiplied
 * by `width`, so a step is two loads and an addition.
 */
export interface KeywordAutomaton {
  classOf: Uint8Array;
  delta: Int32Array;
  /**
   * Indexed like `delta`'s values: bit RULE_ENDS where a state ends at least one rule's keyword,
   * bit FRAGMENT_ENDS where it ends a fragment (own or suffix), 0 elsewhere.
   */
  final: Uint8Array;
  /** state → indexes of every rule whose keyword ends there (own and suffixes). */
  rulesAt: Map<number, number[]>;
}

const RULE_ENDS = 1;
const FRAGMENT_ENDS = 2;

/**
 * One automaton pass over the text finds every keyword, overlapping ones included: about three times
 * faster than the alternation regex over a lowercased copy it replaced (measured on 52 MB of config
 * files: 2.7 ns against 10 ns per character), and built in about a millisecond.
 * `ruleKeywords[i]` are the keywords of rule `i`; `fragments` mark the lines that `runAutomaton` reports.
 */
export function buildAutomaton(
  ruleKeywords: readonly (readonly string[])[],
  fragments: readonly string[],
): KeywordAutomaton {
  const classOf = new Uint8Array(128);
  let width = 1;
  let maxStates = 1;
  for (const keyword of [...ruleKeywords.flat(), ...fragments]) {
    maxStates += keyword.length;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i) & 127;
      if (classOf[code] === 0) classOf[code] = width++;
    }
  }
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32] ?? 0;
  const go = new Int32Array(maxStates * width).fill(-1);
  const own = new Map<number, number[]>();
  let states = 1;
  const insert = (keyword: string): number => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const at = state * width + (classOf[keyword.charCodeAt(i) & 127] ?? 0);
      if ((go[at] ?? -1) === -1) go[at] = states++;
      state = go[at] ?? 0;
    }
    return state;
  };
  ruleKeywords.forEach((keywords, index) => {
    for (const keyword of keywords) {
      const state = insert(keyword);
      own.set(state, [...(own.get(state) ?? []), index]);
    }
  });
  const fragment = new Uint8Array(maxStates);
  for (const f of fragments) fragment[insert(f)] = 1;
  // Breadth first: missing transitions borrow the failure state's; outputs add the failure state's.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let k = 0; k < width; k++) {
    const s = go[k] ?? -1;
    if (s <= 0) go[k] = 0;
    else queue[tail++] = s;
  }
  const rules = new Map<number, number[]>();
  for (let head = 0; head < tail; head++) {
    const r = queue[head] ?? 0;
    const f = fail[r] ?? 0;
    const mine = [...(own.get(r) ?? []), ...(rules.get(f) ?? [])];
    if (mine.length) rules.set(r, mine);
    if (fragment[f] === 1) fragment[r] = 1;
    for (let k = 0; k < width; k++) {
      const s = go[r * width + k] ?? -1;
      const viaFail = go[f * width + k] ?? 0;
      if (s === -1) go[r * width + k] = viaFail;
      else {
        fail[s] = viaFail;
        queue[tail++] = s;
      }
    }
  }
  const delta = new Int32Array(states * width);
  for (let i = 0; i < delta.length; i++) delta[i] = (go[i] ?? 0) * width;
  const final = new Uint8Array(states * width);
  const rulesAt = new Map<number, number[]>();
  for (const [state, list] of rules) {
    final[state * width] = RULE_ENDS;
    rulesAt.set(state * width, list);
  }
  for (let state = 0; state < states; state++)
    if (fragment[state] === 1) final[state * width] = (final[state * width] ?? 0) | FRAGMENT_ENDS;
  return { classOf, delta, final, rulesAt };
}

/** The automaton over the text: marks `active` rules and pushes to `lines` (when given) the starts of fragment lines. */
export function runAutomaton(
  automaton: KeywordAutomaton,
  text: string,
  active: Uint8Array,
  lines: number[] | undefined,
): void {
  const { classOf, delta, final, rulesAt } = automaton;
  const n = text.length;
  let lineEnd = -1;
  let state = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    state = delta[state + (code < 128 ? (classOf[code] ?? 0) : 0)] ?? 0;
    const ends = final[state] ?? 0;
    if (ends === 0) continue;
    if ((ends & RULE_ENDS) !== 0) for (const r of rulesAt.get(state) ?? []) active[r] = 1;
    if ((ends & FRAGMENT_ENDS) !== 0 && lines !== undefined && i > lineEnd) {
      lines.push(text.lastIndexOf('\n', i) + 1);
      const newline = text.indexOf('\n', i);
      lineEnd = newline === -1 ? n : newline;
    }
  }
}
