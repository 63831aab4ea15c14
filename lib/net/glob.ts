/**
 * DMAPI list patterns are shell globs ("coco-47*", "*my-own-ns*", "dom*"), matched case-insensitively against the
 * whole name. `?` matches one character; everything else is literal.
 */
export function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((ch) => {
      if (ch === '*') return '.*';
      if (ch === '?') return '.';
      return ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

/** Matches a name against an optional glob; an empty or missing pattern matches everything. */
export function matchesGlob(name: string, pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === '') return true;
  return globToRegExp(pattern).test(name);
}
