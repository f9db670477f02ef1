// Go's path.Match, which Argo CD's git directories generator applies to each folder of the repository:
// `*` is any run of characters other than `/`, `?` one such character, `[…]` a class (`[^…]` negated,
// `a-z` ranges, `\` escapes), `\x` the character x. `**` is no globstar: two stars in one segment are one.
// The pattern is cut into chunks at its stars and each chunk is matched at the first place it fits, as Go
// does, so the cost is at most the pattern's length times the name's — never exponential, whatever the
// pattern (`*a*a*a*…*b`).

/** The pattern is malformed (Go's path.ErrBadPattern). */
export class BadPattern extends Error {}

/** The pattern's next chunk: whether stars lead it, the chunk, and what follows. */
function scanChunk(pattern: string): { star: boolean; chunk: string; rest: string } {
  let at = 0;
  while (pattern[at] === '*') at++;
  const star = at > 0;
  let inClass = false;
  let end = at;
  for (; end < pattern.length; end++) {
    const c = pattern[end];
    if (c === '\\') end++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '*' && !inClass) break;
  }
  return { star, chunk: pattern.slice(at, end), rest: pattern.slice(end) };
}

/** One character of a class, escapes resolved; throws on a malformed class. */
function classChar(chunk: string, at: number): { char: string; next: number } {
  let i = at;
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') throw new BadPattern();
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) throw new BadPattern();
  }
  const char = String.fromCodePoint(chunk.codePointAt(i) as number);
  const next = i + char.length;
  if (next >= chunk.length) throw new BadPattern();
  return { char, next };
}

/**
 * Matches `chunk` (no stars) at the start of `name`: the length of `name` it consumed, or -1. The whole
 * chunk is read even after a mismatch, so a malformed pattern always throws.
 */
function matchChunk(chunk: string, name: string, from: number): number {
  let failed = false;
  let at = from;
  let i = 0;
  while (i < chunk.length) {
    if (!failed && at >= name.length) failed = true;
    const c = chunk[i] as string;
    if (c === '[') {
      const char = failed ? '' : String.fromCodePoint(name.codePointAt(at) as number);
      at += char.length;
      i++;
      const negated = chunk[i] === '^';
      if (negated) i++;
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (chunk[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        const lo = classChar(chunk, i);
        let hi = lo;
        if (chunk[lo.next] === '-') hi = classChar(chunk, lo.next + 1);
        i = hi.next;
        const code = char.codePointAt(0);
        if (
          code !== undefined &&
          (lo.char.codePointAt(0) as number) <= code &&
          code <= (hi.char.codePointAt(0) as number)
        )
          matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (c === '?') {
      if (!failed) {
        if (name[at] === '/') failed = true;
        at += String.fromCodePoint(name.codePointAt(at) as number).length;
      }
      i++;
    } else {
      let literal = c;
      if (c === '\\') {
        i++;
        if (i >= chunk.length) throw new BadPattern();
        literal = chunk[i] as string;
      }
      if (!failed) {
        if (name[at] !== literal) failed = true;
        at++;
      }
      i++;
    }
  }
  return failed ? -1 : at - from;
}

/** The pattern cut at its stars: each chunk, whether stars lead it, and whether it is the last. */
interface Chunk {
  star: boolean;
  chunk: string;
  last: boolean;
  /** No class, `?` or escape in it: the chunk matches where the name has it. */
  literal: boolean;
}

/** matchChunk, a literal chunk read with startsWith. */
const chunkAt = ({ chunk, literal }: Chunk, name: string, from: number): number =>
  literal ? (name.startsWith(chunk, from) ? chunk.length : -1) : matchChunk(chunk, name, from);

/**
 * Go's path.Match(pattern, ·) for many names: the pattern cut into chunks once. Throws BadPattern when
 * the pattern is malformed, as path.Match does for every name (it reads each chunk whole, match or not).
 */
export function pathMatcher(pattern: string): (name: string) => boolean {
  const chunks: Chunk[] = [];
  for (let rest = pattern; rest.length > 0;) {
    const scanned = scanChunk(rest);
    rest = scanned.rest;
    chunks.push({
      star: scanned.star,
      chunk: scanned.chunk,
      last: rest.length === 0,
      literal: !/[[?\\]/.test(scanned.chunk),
    });
  }
  for (const { chunk } of chunks) matchChunk(chunk, '', 0);
  return (name) => matchChunks(chunks, name);
}

function matchChunks(chunks: readonly Chunk[], name: string): boolean {
  let at = 0;
  chunks: for (let c = 0; c < chunks.length; c++) {
    const scanned = chunks[c] as Chunk;
    const { star, chunk, last } = scanned;
    // a trailing star takes the rest of the name, unless that crosses a `/`
    if (star && chunk === '') return name.indexOf('/', at) === -1;
    const here = chunkAt(scanned, name, at);
    // the last chunk must end the name; an earlier one takes the first place it fits
    if (here >= 0 && (at + here === name.length || !last)) {
      at += here;
      continue;
    }
    if (star) {
      for (let skip = at; skip < name.length && name[skip] !== '/'; skip++) {
        const there = chunkAt(scanned, name, skip + 1);
        if (there < 0) continue;
        if (last && skip + 1 + there !== name.length) continue;
        at = skip + 1 + there;
        continue chunks;
      }
    }
    return false;
  }
  return at === name.length;
}

/** Go's path.Match(pattern, name); throws BadPattern when the pattern is malformed. */
export function goPathMatch(pattern: string, name: string): boolean {
  return pathMatcher(pattern)(name);
}
