// The secret-detection API. Pure: no fs, no printing. Used to redact values in every output and
// by the lint and scan rules.
//
// findSecrets runs in two passes: a keyword prefilter (one Aho–Corasick pass over the text for
// all keywords at once, ASCII case folded; for the first few small texts, one lookup per keyword)
// decides which provider rules can match at all, and only those rules' bounded, linear-time
// patterns run over the text.
import { isUuidOrHex, looksRandom, shannonEntropy } from './entropy.js';
import { isPlaceholderOrReference } from './placeholders.js';
import { PROVIDERS, type ProviderRule } from './providers.js';

export interface SecretMatch {
  ruleId: string;
  title: string;
  /** UTF-16 offsets of the secret itself in the scanned text; `end` is exclusive. */
  start: number;
  end: number;
  hint: string;
}

export const GENERIC_RULE_ID = 'secret/generic-high-entropy';

interface _Compiled {
  rule: ProviderRule;
  /** Position in PROVIDERS: on overlap, the lower one wins. */
  order: number;
  /** The rule's pattern with `g` (and `d` when it has a `secret` group), compiled once. */
  re: RegExp;
}

interface _Candidate {
  order: number;
  rule: ProviderRule;
  start: number;
  end: number;
}

interface _Engine {
  compiled: readonly _Compiled[];
  /** keyword → indexes into `compiled` of the rules that name it. */
  byKeyword: ReadonlyMap<string, readonly number[]>;
  /** Built once enough text has been scanned to pay for it (see _keywordPass). */
  automaton?: _Automaton;
}

/**
 * Below this many characters scanned in all, keywords are looked up one by one in a lowercased copy
 * (about 50 ns per character, nothing to build); past it the automaton is built (a few milliseconds)
 * and used from then on (about 3 ns per character). A pre-commit hook's few small files never build it.
 */
const AUTOMATON_AFTER = 16 * 1024;
let scannedChars = 0;

/**
 * Aho–Corasick automaton over every keyword. Characters are first mapped to a small alphabet of the
 * characters keywords use (`classOf`, ASCII upper case folded to lower case; anything else is class 0,
 * which no keyword contains). `delta[state + class]` is the next state; states are stored multiplied
 * by `width`, so a step is two loads and an addition.
 */
interface _Automaton {
  classOf: Uint8Array;
  delta: Int32Array;
  /**
   * Indexed like `delta`'s values: bit RULE_ENDS where a state ends at least one rule's keyword,
   * bit FRAGMENT_ENDS where it ends a SENSITIVE_FRAGMENTS entry (own or suffix), 0 elsewhere.
   */
  final: Uint8Array;
  /** state → indexes into `compiled` of every rule whose keyword ends there (own and suffixes). */
  rulesAt: Map<number, number[]>;
}

const RULE_ENDS = 1;
const FRAGMENT_ENDS = 2;

/**
 * A necessary condition for isSensitiveKey, cheap enough to look for in every byte of a large tree: each
 * word and suffix that counts as sensitive below contains one of these (token, key, secret, password/
 * passwd/pass/passphrase, pwd, credential(s)/creds, auth/authorization, cookie, session, private,
 * bearer, jwt, pat). Keep it a superset of SENSITIVE_WORDS and SENSITIVE_SUFFIXES when they grow.
 */
export const SENSITIVE_FRAGMENTS: readonly string[] = [
  'tok',
  'key',
  'secret',
  'pass',
  'pwd',
  'cred',
  'auth',
  'cookie',
  'session',
  'priv',
  'bearer',
  'jwt',
  'pat',
];
const FRAGMENT_PASS = new RegExp(SENSITIVE_FRAGMENTS.join('|'), 'gi');

let engine: _Engine | undefined;

/** Built on first use, so that importing this module (for `isSensitiveKey`, say) costs nothing. */
function _engine(): _Engine {
  if (engine) return engine;
  const compiled = PROVIDERS.map((rule, order) => {
    const base = rule.pattern.flags.replace(/[gyd]/g, '');
    const flags = base + 'g' + (rule.pattern.source.includes('(?<secret>') ? 'd' : '');
    return { rule, order, re: new RegExp(rule.pattern, flags) };
  });
  const byKeyword = new Map<string, number[]>();
  compiled.forEach((c, index) => {
    for (const keyword of c.rule.keywords) byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), index]);
  });
  engine = { compiled, byKeyword };
  return engine;
}

/**
 * One automaton pass over the text finds every keyword, overlapping ones included: about three times
 * faster than the alternation regex over a lowercased copy it replaced (measured on 52 MB of config
 * files: 2.7 ns against 10 ns per character), and built in about a millisecond.
 */
function _automaton(compiled: readonly _Compiled[]): _Automaton {
  const classOf = new Uint8Array(128);
  let width = 1;
  let maxStates = 1;
  for (const keyword of [...compiled.flatMap((c) => c.rule.keywords), ...SENSITIVE_FRAGMENTS]) {
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
  compiled.forEach((c, index) => {
    for (const keyword of c.rule.keywords) {
      const state = insert(keyword);
      own.set(state, [...(own.get(state) ?? []), index]);
    }
  });
  const fragment = new Uint8Array(maxStates);
  for (const f of SENSITIVE_FRAGMENTS) fragment[insert(f)] = 1;
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

interface _KeywordHits {
  /** The rules whose keywords occur in the text, in table order. */
  active: _Compiled[];
  /** Offsets of the starts of the lines holding a SENSITIVE_FRAGMENTS entry, ascending; when asked for. */
  sensitiveLines: number[] | undefined;
}

/** One pass over the text for every keyword: which rules can match, and (`withLines`) where keys may be sensitive. */
function _keywordPass(text: string, withLines: boolean): _KeywordHits {
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
  eng.automaton ??= _automaton(eng.compiled);
  const lines: number[] | undefined = withLines ? [] : undefined;
  _run(eng.automaton, text, active, lines);
  return { active: _activeOf(eng.compiled, active), sensitiveLines: lines };
}

/** The marked rules, in table order; most texts (a short value) mark none or few of the ~100. */
function _activeOf(compiled: readonly _Compiled[], active: Uint8Array): _Compiled[] {
  const out: _Compiled[] = [];
  let from = active.indexOf(1);
  while (from !== -1) {
    const c = compiled[from];
    if (c !== undefined) out.push(c);
    from = active.indexOf(1, from + 1);
  }
  return out;
}

/** The automaton over the text: marks `active` rules and pushes to `lines` (when given) the starts of fragment lines. */
function _run(automaton: _Automaton, text: string, active: Uint8Array, lines: number[] | undefined): void {
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

function _accepts(rule: ProviderRule, secret: string): boolean {
  // cheapest first: most rejected candidates are low-entropy stand-ins (`ghp_xxxx…`)
  if (rule.entropyMin !== undefined && shannonEntropy(secret) < rule.entropyMin) return false;
  if (isPlaceholderOrReference(secret)) return false;
  return rule.check ? rule.check(secret) : true;
}

function _collect(compiled: _Compiled, text: string, out: _Candidate[]): void {
  const { re, rule, order } = compiled;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = m.indices?.groups?.['secret'];
    const start = span ? span[0] : m.index;
    const end = span ? span[1] : m.index + m[0].length;
    if (_accepts(rule, text.slice(start, end))) out.push({ order, rule, start, end });
  }
}

/**
 * Within a group of overlapping candidates, keep the earliest-listed rules that do not overlap.
 * `kept` stays sorted and disjoint, so one binary search finds the only neighbour that can clash.
 */
function _pick(cluster: _Candidate[]): _Candidate[] {
  if (cluster.length === 1) return cluster;
  const kept: _Candidate[] = [];
  for (const c of [...cluster].sort((a, b) => a.order - b.order || a.start - b.start)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = kept[mid];
      if (k !== undefined && k.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before === undefined || before.end <= c.start) kept.splice(lo, 0, c);
  }
  return kept;
}

function _resolveOverlaps(found: _Candidate[]): _Candidate[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: _Candidate[] = [];
  let cluster: _Candidate[] = [];
  let clusterEnd = 0;
  for (const c of found) {
    if (cluster.length > 0 && c.start >= clusterEnd) {
      out.push(..._pick(cluster));
      cluster = [];
    }
    if (cluster.length === 0) clusterEnd = c.end;
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  out.push(..._pick(cluster));
  return out;
}

/** Provider-format secrets anywhere in `text`, in order of position; references never match. */
/**
 * Short values are looked at several times in one run (lint, the masked diff, the plan JSON): remember
 * their answer. Bounded, and only for short texts, so memory stays small.
 */
const memo = new Map<string, SecretMatch[]>();
const MEMO_TEXT = 512;
const MEMO_SIZE = 50_000;
/** No provider format is shorter than this. */
const SHORTEST_TOKEN = 8;

export function findSecrets(text: string): SecretMatch[] {
  if (text.length < SHORTEST_TOKEN) return [];
  if (text.length > MEMO_TEXT) return _find(text);
  let hit = memo.get(text);
  if (hit === undefined) {
    hit = _find(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, hit);
  }
  return hit.map((m) => ({ ...m }));
}

function _find(text: string): SecretMatch[] {
  return _matches(text, _keywordPass(text, false).active);
}

function _matches(text: string, active: readonly _Compiled[]): SecretMatch[] {
  const found: _Candidate[] = [];
  for (const compiled of active) _collect(compiled, text, found);
  return _resolveOverlaps(found).map(({ rule, start, end }) => ({
    ruleId: rule.id,
    title: rule.title,
    start,
    end,
    hint: rule.hint,
  }));
}

/**
 * findSecrets for a whole file, plus the starts of the lines where a key may be sensitive (holding a
 * SENSITIVE_FRAGMENTS entry, in any case): the generic rule parses only those. The same keyword pass
 * finds both.
 */
export function findSecretsInFile(text: string): { matches: SecretMatch[]; sensitiveLines: number[] } {
  const hits = _keywordPass(text, true);
  return { matches: _matches(text, hits.active), sensitiveLines: hits.sensitiveLines ?? [] };
}

const SENSITIVE_WORDS = new Set([
  'token',
  'tokens',
  'key',
  'keys',
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'credential',
  'credentials',
  'creds',
  'auth',
  'authorization',
  'cookie',
  'cookies',
  'session',
  'private',
  'bearer',
  'jwt',
  'pat',
  'apikey',
  'apikeys',
  'privatekey',
  'secretkey',
  'accesskey',
  'authkey',
  'signingkey',
  'encryptionkey',
  'masterkey',
  'clientsecret',
]);
/** One-word compounds: `githubtoken`, `pgpassword`, `clientsecret`. */
const SENSITIVE_SUFFIXES = ['token', 'secret', 'password', 'passwd', 'credential', 'credentials', 'apikey', 'cookie'];
/** The key names something about a secret, not the secret: `TOKEN_URL`, `KEY_FILE`, `private_key_id`, `bearer_token_env_var`. */
const NON_SECRET_LAST_WORDS = new Set([
  'url',
  'uri',
  'endpoint',
  'host',
  'hostname',
  'port',
  'file',
  'path',
  'dir',
  'type',
  'kind',
  'mode',
  'name',
  'env',
  'var',
  'vars',
  'helper',
  'prefix',
  'format',
  'enabled',
  'disabled',
  'required',
  'length',
  'size',
  'count',
  'limit',
  'ttl',
  'timeout',
  'expiry',
  'expires',
  'expiration',
  'at',
  'id',
  'provider',
  'method',
  'scheme',
  'algorithm',
  'alg',
  'version',
  'location',
  'command',
  'cmd',
  'policy',
  'scope',
  'scopes',
  'field',
  'label',
  'description',
  'pattern',
]);
/** `max_tokens`, `PUBLIC_KEY`, `use_auth`: a setting about a secret or a public value. */
const NON_SECRET_WORDS = new Set([
  'max',
  'min',
  'num',
  'public',
  'publishable',
  'use',
  'enable',
  'disable',
  'is',
  'has',
  'no',
  'skip',
]);
const PASSWORD_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'secrets',
  'clientsecret',
]);

/** `apiKey` → [api, key]; `X-API-Key` → [x, api, key]; `PGPASSWORD` → [pgpassword]. */
function _words(key: string): string[] {
  const spaced = key
    .slice(0, 256)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function _isSensitiveWord(word: string): boolean {
  return SENSITIVE_WORDS.has(word) || SENSITIVE_SUFFIXES.some((s) => word.length > s.length && word.endsWith(s));
}

/** Keys repeat (`API_KEY`, `token` in every file of a tree): each verdict is worked out once. Bounded. */
const sensitiveKeys = new Map<string, boolean>();

/** `API_KEY`, `githubToken`, `DB_PASSWORD`, `Cookie` yes; `KEYBOARD_LAYOUT`, `MONKEY`, `max_tokens` no. */
export function isSensitiveKey(key: string): boolean {
  let verdict = sensitiveKeys.get(key);
  if (verdict === undefined) {
    if (sensitiveKeys.size >= 4096) sensitiveKeys.clear();
    verdict = _isSensitiveKey(key);
    sensitiveKeys.set(key, verdict);
  }
  return verdict;
}

function _isSensitiveKey(key: string): boolean {
  const words = _words(key);
  const last = words[words.length - 1];
  if (last === undefined || NON_SECRET_LAST_WORDS.has(last)) return false;
  if (words.some((w) => NON_SECRET_WORDS.has(w))) return false;
  return words.some(_isSensitiveWord);
}

/** A generated-looking value: random text, or a hex string / UUID long enough to be a key. */
function _looksGenerated(value: string): boolean {
  if (looksRandom(value)) return true;
  return isUuidOrHex(value) && value.length >= 20 && shannonEntropy(value) >= 3;
}

/**
 * A value under a secret-looking key that no provider rule recognises but that looks generated.
 * Offsets are relative to `value`. Null for references, placeholders, ordinary words, and values
 * that findSecrets already reports under a provider rule.
 */
export function genericSecretAt(key: string, value: string): SecretMatch | null {
  if (!isSensitiveKey(key) || isPlaceholderOrReference(value)) return null;
  if (!_looksGenerated(value) || findSecrets(value).length > 0) return null;
  return {
    ruleId: GENERIC_RULE_ID,
    title: 'High-entropy value under a secret-looking key',
    start: 0,
    end: value.length,
    hint: 'Move the value out of the file: reference it as ${secret:NAME} or ${env:NAME}. If it is not a secret, rename the key.',
  };
}

/**
 * Whether to redact `value` in output: a provider-format secret anywhere in it, or a
 * generated-looking literal under a secret-looking key. Under password- and secret-named keys
 * any literal of 4+ characters counts, because a human-chosen password is still a password.
 */
export function looksSecret(key: string | undefined, value: string): boolean {
  if (findSecrets(value).length > 0) return true;
  if (key === undefined || !isSensitiveKey(key) || isPlaceholderOrReference(value)) return false;
  if (_looksGenerated(value)) return true;
  return value.trim().length >= 4 && _words(key).some((w) => PASSWORD_WORDS.has(w) || w.endsWith('password'));
}

/**
 * The only way a secret may be shown: its first 4 characters and its length, `ghp_…(40 chars)`.
 * Secrets shorter than 12 characters show no characters at all (`…(8 chars)`), since 4 of 8
 * would give half of it away.
 */
export function fingerprintPreview(secret: string): string {
  const chars = Array.from(secret);
  const shown = chars.length >= 12 ? chars.slice(0, 4).join('') : '';
  return `${shown}…(${chars.length} chars)`;
}
