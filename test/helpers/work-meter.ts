// A deterministic cost meter for "linear time" tests: while `metered` runs, the built-in string, array, map
// and regular-expression operations that walk their data add the number of elements they walk to a counter.
// Nothing in src is changed or slowed; the wrappers exist only inside `metered` and are removed after.
// What it cannot see: loops that index characters or elements one by one (`s[i]`) without a built-in.

type Method = (this: unknown, ...args: unknown[]) => unknown;

interface Patch {
  owner: object;
  key: PropertyKey;
  /** Elements the call walks, from its receiver, arguments and result. */
  cost: (self: unknown, args: unknown[], result: unknown) => number;
}

const len = (v: unknown): number =>
  typeof v === 'string' || Array.isArray(v) ? v.length : v instanceof Map || v instanceof Set ? v.size : 1;
const from = (args: unknown[], n: number): number => (typeof args[n] === 'number' ? Math.max(0, args[n]) : 0);

const PATCHES: Patch[] = [
  // a search walks from its start to the hit (or to the end)
  ...(['indexOf', 'includes'] as const).map((key) => ({
    owner: String.prototype,
    key,
    cost: (self: unknown, args: unknown[], result: unknown) => {
      const end = typeof result === 'number' && result >= 0 ? result + len(args[0]) : len(self);
      return Math.max(1, end - from(args, 1));
    },
  })),
  { owner: String.prototype, key: 'startsWith', cost: (_s, args) => len(args[0]) },
  ...(['slice', 'trim', 'split', 'repeat', 'replace', 'replaceAll', 'toLowerCase', 'padStart', 'padEnd'] as const).map(
    (key) => ({
      owner: String.prototype,
      key,
      cost: (self: unknown, _a: unknown[], result: unknown) =>
        Math.max(1, key === 'slice' ? len(result) : Math.max(len(self), len(result))),
    }),
  ),
  ...(['test', 'exec'] as const).map((key) => ({
    owner: RegExp.prototype,
    key,
    cost: (_s: unknown, args: unknown[]) => Math.max(1, len(args[0])),
  })),
  // array methods that visit every element (an upper bound for the ones that may stop early)
  ...(
    [
      'filter',
      'map',
      'some',
      'every',
      'find',
      'findIndex',
      'includes',
      'indexOf',
      'join',
      'forEach',
      'reduce',
      'slice',
      'concat',
      'sort',
    ] as const
  ).map((key) => ({
    owner: Array.prototype,
    key,
    cost: (self: unknown) => Math.max(1, len(self)),
  })),
  // spreading or for-of over an array, a map or a set walks all of it
  { owner: Array.prototype, key: Symbol.iterator, cost: (self) => Math.max(1, len(self)) },
  ...([Map.prototype, Set.prototype] as const).flatMap((owner) =>
    (['entries', 'keys', 'values', Symbol.iterator, 'forEach'] as const).map((key) => ({
      owner,
      key,
      cost: (self: unknown) => Math.max(1, len(self)),
    })),
  ),
  ...([Map.prototype, Set.prototype] as const).flatMap((owner) =>
    (['get', 'has', 'set', 'add'] as const).filter((key) => key in owner).map((key) => ({ owner, key, cost: () => 1 })),
  ),
  {
    owner: Object,
    key: 'keys',
    cost: (_s, args) =>
      Math.max(1, typeof args[0] === 'object' && args[0] !== null ? Reflect.ownKeys(args[0]).length : 1),
  },
  {
    owner: Object,
    key: 'entries',
    cost: (_s, args) =>
      Math.max(1, typeof args[0] === 'object' && args[0] !== null ? Reflect.ownKeys(args[0]).length : 1),
  },
];

/** Runs `fn` and returns its result with the number of elements the built-ins it used walked. */
export function metered<T>(fn: () => T): { result: T; work: number } {
  let work = 0;
  let inside = false;
  const saved: Array<[object, PropertyKey, PropertyDescriptor]> = [];
  for (const p of PATCHES) {
    const desc = Object.getOwnPropertyDescriptor(p.owner, p.key);
    const original: unknown = desc?.value;
    if (!desc || typeof original !== 'function') throw new Error(`work-meter: ${String(p.key)} is not a method`);
    saved.push([p.owner, p.key, desc]);
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      const result: unknown = Reflect.apply(original as Method, this, args);
      if (!inside) {
        inside = true;
        try {
          work += p.cost(this, args, result);
        } finally {
          inside = false;
        }
      }
      return result;
    };
    Object.defineProperty(p.owner, p.key, { ...desc, value: wrapper });
  }
  try {
    const result = fn();
    return { result, work };
  } finally {
    for (const [owner, key, desc] of saved) Object.defineProperty(owner, key, desc);
  }
}

/** Work at size n and at size 10·n: a linear algorithm does at most ~10× (12× allows a constant part). */
export function growth(at: (n: number) => number, n: number): { small: number; large: number; ratio: number } {
  const small = at(n);
  const large = at(10 * n);
  return { small, large, ratio: large / small };
}
