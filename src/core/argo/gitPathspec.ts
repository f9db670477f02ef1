// Which files a git files generator reads. By default Argo CD's repo server lists them with
// `git ls-files -- <path>`: a git pathspec, where `*` and `?` match `/` too (so `apps/*/config.json` also
// finds `apps/a/b/config.json`, and `**` is just two stars), `[…]` is a class, `\x` the character x, and a
// pattern that names a folder matches every file under it. With the controller's newer globbing
// (applicationsetcontroller.enable.new.git.file.globbing) it is a doublestar glob instead: `*` stays in
// one segment and `**` spans any number of them. Both matchers are linear in the pattern times the path.

import picomatch from 'picomatch';

/**
 * git's wildmatch without WM_PATHNAME: `*` matches any run of characters, slashes included, except that
 * a `**` between slashes (or at the start) may also match no folder at all: `a/**` then `/b` finds `a/b`.
 * Memoised on (pattern position, name position): at most pattern × name steps, never exponential.
 */
function wildmatch(pattern: string, name: string): boolean {
  const seen = new Set<number>();
  const width = name.length + 1;
  const at = (p: number, n: number): boolean => {
    for (;;) {
      if (seen.has(p * width + n)) return false;
      seen.add(p * width + n);
      if (p === pattern.length) return n === name.length;
      if (pattern[p] === '*') {
        let q = p;
        while (pattern[q] === '*') q++;
        const double = q - p >= 2 && (p === 0 || pattern[p - 1] === '/') && pattern[q] === '/';
        if (double && at(q + 1, n)) return true;
        if (q === pattern.length) return true;
        for (let m = n; m <= name.length; m++) if (at(q, m)) return true;
        return false;
      }
      if (n === name.length) return false;
      const next = matchOne(pattern, p, name[n] as string);
      if (next < 0) return false;
      p = next;
      n++;
    }
  };
  return at(0, 0);
}

/** Where the pattern continues when its element at `p` matches `c`; -1 when it does not. */
function matchOne(pattern: string, p: number, c: string): number {
  const ch = pattern[p];
  if (ch === '?') return p + 1;
  if (ch === '\\' && p + 1 < pattern.length) return pattern[p + 1] === c ? p + 2 : -1;
  if (ch === '[') {
    let i = p + 1;
    const negated = pattern[i] === '!' || pattern[i] === '^';
    if (negated) i++;
    let matched = false;
    let first = true;
    for (; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
      let lo = pattern[i] as string;
      if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i] as string;
      i++;
      let hi = lo;
      if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
        hi = pattern[i + 1] as string;
        if (hi === '\\' && i + 2 < pattern.length) hi = pattern[++i + 1] as string;
        i += 2;
      }
      if (lo <= c && c <= hi) matched = true;
    }
    // an unclosed class is no class: `[` is then the character itself
    if (i >= pattern.length) return c === '[' ? p + 1 : -1;
    return matched !== negated ? i + 1 : -1;
  }
  return ch === c ? p + 1 : -1;
}

const WILDCARD = /[*?[\\]/;

/** Whether `git ls-files -- pattern` lists the file at `path`. */
export function gitPathspecMatch(pattern: string, path: string): boolean {
  const literal = pattern.replace(/\/+$/, '');
  if (literal === '' || literal === '.') return true;
  if (path === literal || path.startsWith(`${literal}/`)) return true;
  return WILDCARD.test(pattern) && wildmatch(pattern, path);
}

/** The matcher for one files generator path: git's pathspec, or doublestar with the newer globbing. */
export function gitFilesMatcher(pattern: string, newGlobbing: boolean): (path: string) => boolean {
  if (!newGlobbing) return (path) => gitPathspecMatch(pattern, path);
  const matches = picomatch(pattern, { dot: true });
  return (path) => matches(path);
}
