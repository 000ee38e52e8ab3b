// Small globs for policy lists: `*` matches any run of characters, everything else is literal.

function globToRegExp(glob: string, flags = ''): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, flags);
}

/** A policy's few globs are tested against every server's keys: each is compiled once. */
const compiled = new Map<string, RegExp>();

export function matchesAny(value: string, globs: readonly string[], flags = ''): boolean {
  return globs.some((g) => {
    const key = `${flags}:${g}`;
    let re = compiled.get(key);
    if (re === undefined) {
      if (compiled.size >= 1024) compiled.clear();
      re = globToRegExp(g, flags);
      compiled.set(key, re);
    }
    return re.test(value);
  });
}
