// A directory app's `include` and `exclude`, as Argo CD matches them: github.com/gobwas/glob compiled
// without separators, so `*` (and `**`) match any run of characters, `/` included, and `**/*.yaml` needs a
// `/` — it does not match a file at the folder's top. `?` is one character, `[abc]`, `[!abc]`, `[a-z]`,
// `[!a-z]` one character of a set (one set or one range per brackets), `{a,b}` any of its patterns (nested
// braces, wildcards inside; an unclosed `{` runs to the end), `\` takes the next character literally; `,`
// and `}` outside braces and `]` outside brackets are plain characters.
//
// Evaluation budget: a pattern is at most MAX_GLOB_LENGTH characters and is compiled to an RE2 program
// (re2js), which matches in time linear in the path's length — `*a*a*a*…*b` cannot backtrack.
import { RE2JS } from 're2js';

export const MAX_GLOB_LENGTH = 1000;

export type DirectoryGlob =
  | { ok: true; match: (path: string) => boolean }
  /** `invalid`: Argo CD cannot compile it either (it then matches nothing); `tooLong`: over the budget. */
  | { ok: false; reason: 'invalid' | 'tooLong'; message: string };

const literal = (cp: number): string =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    ? String.fromCodePoint(cp)
    : `\\x{${cp.toString(16)}}`;

class GlobError extends Error {}

/** The RE2 expression of a gobwas pattern (no separators). Throws GlobError where gobwas refuses it. */
function toRe2(pattern: string): string {
  const chars = [...pattern];
  let i = 0;
  let out = '';
  // open braces: each `{` starts a group of alternatives
  let depth = 0;
  const breakers = () => (depth > 0 ? '?*[{},' : '?*[{');
  while (i < chars.length) {
    const c = chars[i] as string;
    if (c === '{') {
      depth++;
      out += '(?:';
      i++;
    } else if (c === ',' && depth > 0) {
      out += '|';
      i++;
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
      i++;
    } else if (c === '[') {
      i++;
      const range = readRange(chars, i);
      out += range.re;
      i = range.next;
    } else if (c === '?') {
      out += '.';
      i++;
    } else if (c === '*') {
      // `*` and `**` are the same without separators
      out += '.*';
      i++;
      if (chars[i] === '*') i++;
    } else {
      // text up to the next special character; `\` escapes one character (a trailing `\` is dropped)
      let escaped = false;
      for (; i < chars.length; i++) {
        const t = chars[i] as string;
        if (!escaped) {
          if (t === '\\') {
            escaped = true;
            continue;
          }
          if (breakers().includes(t)) break;
        }
        escaped = false;
        out += literal(t.codePointAt(0) as number);
      }
    }
  }
  // an unclosed `{` closes at the end of the pattern, as gobwas's parser leaves it
  return out + ')'.repeat(depth);
}

/** A `[...]` set after its `[`: gobwas's lexer takes `!`, then either `lo-hi` or text up to `]`. */
function readRange(chars: string[], start: number): { re: string; next: number } {
  let i = start;
  let not = false;
  const read = () => {
    if (i >= chars.length) throw new GlobError('unexpected end of input');
    return chars[i++] as string;
  };
  let c = read();
  if (c === '!') {
    not = true;
    c = read();
  }
  if (chars[i] === '-') {
    i++;
    const hi = read();
    if (read() !== ']') throw new GlobError('expected close range character');
    const lo = c.codePointAt(0) as number;
    const high = hi.codePointAt(0) as number;
    if (high < lo) throw new GlobError(`hi character '${hi}' should be greater than lo '${c}'`);
    return { re: `[${not ? '^' : ''}${literal(lo)}-${literal(high)}]`, next: i };
  }
  // text with escapes up to `]`
  i--;
  let set = '';
  let escaped = false;
  for (;;) {
    const t = read();
    if (!escaped && t === '\\') {
      escaped = true;
      continue;
    }
    if (!escaped && t === ']') break;
    escaped = false;
    set += literal(t.codePointAt(0) as number);
  }
  if (set === '') throw new GlobError('could not parse range');
  return { re: `[${not ? '^' : ''}${set}]`, next: i };
}

/** Compiles an include or exclude pattern of a directory app. */
export function directoryGlob(pattern: string): DirectoryGlob {
  if (pattern.length > MAX_GLOB_LENGTH)
    return {
      ok: false,
      reason: 'tooLong',
      message: `the pattern is ${pattern.length} characters long, over Slipway's limit of ${MAX_GLOB_LENGTH}`,
    };
  let re: RE2JS;
  try {
    re = RE2JS.compile(`(?s)^(?:${toRe2(pattern)})$`);
  } catch (error) {
    if (error instanceof GlobError)
      return { ok: false, reason: 'invalid', message: `it is not a valid glob (${error.message})` };
    return { ok: false, reason: 'tooLong', message: `it is too complex to match within Slipway's budget` };
  }
  return { ok: true, match: (path) => re.matcher(path).matches() };
}
