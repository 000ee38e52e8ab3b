// Small globs for policy lists: `*` matches any run of characters, everything else is literal.

function globToRegExp(glob: string, flags = ''): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, flags);
}

/** A policy's few globs are tested against every server's keys: each is compiled once (per flags). */
const compiled = new Map<string, Map<string, RegExp>>();

export function matchesAny(value: string, globs: readonly string[], flags = ''): boolean {
  let cache = compiled.get(flags);
  if (cache === undefined) compiled.set(flags, (cache = new Map()));
  for (const g of globs) {
    let re = cache.get(g);
    if (re === undefined) {
      if (cache.size >= 1024) cache.clear();
      re = globToRegExp(g, flags);
      cache.set(g, re);
    }
    if (re.test(value)) return true;
  }
  return false;
}
