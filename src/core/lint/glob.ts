// Small globs for policy lists: `*` matches any run of characters, everything else is literal.

export function globToRegExp(glob: string, flags = ''): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, flags);
}

export function matchesAny(value: string, globs: readonly string[], flags = ''): boolean {
  return globs.some((g) => globToRegExp(g, flags).test(value));
}
