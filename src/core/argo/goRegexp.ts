// Sprig's regular-expression functions with Go's regexp package semantics: RE2 syntax and linear-time
// matching (re2js), so a pattern from the repository — `^(a+)+$` on a long string — costs time in
// proportion to its input, never the exponential backtracking of JavaScript's RegExp. The behaviour per
// function follows Go: FindAllString's n, ReplaceAllString's `$1`/`${name}` expansion, Split's n, and
// regexMatch returning false for a pattern that does not compile (the others fail the template).
import { RE2JS } from 're2js';
import { TemplateError, type TemplateFunction } from './goTemplate.js';

/** A compiled pattern, cached: templates run the same few patterns once per generated app. */
const cache = new Map<string, RE2JS>();

export function compileGoRegexp(pattern: string): RE2JS {
  let compiled = cache.get(pattern);
  if (!compiled) {
    try {
      compiled = RE2JS.compile(pattern);
    } catch (error) {
      throw new TemplateError(
        `error parsing regexp: ${error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)}`,
      );
    }
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** Go's FindAllStringSubmatchIndex: [start, end, group starts and ends…] per match, at most n (n < 0: all). */
function allMatches(re: RE2JS, s: string, n: number): number[][] {
  if (n === 0) return [];
  return (re.re2().findAllSubmatchIndex(s, n < 0 ? -1 : n) as number[][] | null) ?? [];
}

/** Go's Regexp.Expand of a ReplaceAllString template: `$$`, `$1`, `${1}`, `$name`, `${name}`. */
function expand(template: string, s: string, match: number[], names: Record<string, number>): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const rest = template.slice(dollar + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i = dollar + 2;
      continue;
    }
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const bare = braced ? undefined : /^[A-Za-z0-9_]+/.exec(rest);
    const name = braced?.[1] ?? bare?.[0];
    if (name === undefined) {
      // malformed: the $ is kept as text
      out += '$';
      i = dollar + 1;
      continue;
    }
    const group = /^\d+$/.test(name) ? Number(name) : names[name];
    const start = group === undefined ? -1 : (match[2 * group] ?? -1);
    const end = group === undefined ? -1 : (match[2 * group + 1] ?? -1);
    if (start >= 0 && end >= 0) out += s.slice(start, end);
    i = dollar + 1 + (braced ? braced[0].length : name.length);
  }
  return out;
}

function replaceAll(re: RE2JS, s: string, replace: (match: number[]) => string): string {
  let out = '';
  let at = 0;
  for (const match of allMatches(re, s, -1)) {
    out += s.slice(at, match[0]) + replace(match);
    at = match[1] as number;
  }
  return out + s.slice(at);
}

/** Go's Regexp.Split. */
function split(re: RE2JS, s: string, n: number): string[] {
  if (n === 0) return [];
  if (re.pattern() !== '' && s === '') return [''];
  const parts: string[] = [];
  let begin = 0;
  let end = 0;
  for (const match of allMatches(re, s, n)) {
    if (n > 0 && parts.length === n - 1) break;
    end = match[0] as number;
    if (match[1] !== 0) parts.push(s.slice(begin, end));
    begin = match[1] as number;
  }
  if (end !== s.length) parts.push(s.slice(begin));
  return parts;
}

const quoteMeta = (s: string) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

/** sprig's regex functions (and their must* forms, which return Go's error instead of panicking). */
export function regexFunctions(str: (v: unknown) => string, int: (v: unknown) => number) {
  const fns: Record<string, TemplateFunction> = {
    regexMatch: (re, s) => {
      try {
        return compileGoRegexp(str(re)).test(str(s));
      } catch {
        return false;
      }
    },
    mustRegexMatch: (re, s) => compileGoRegexp(str(re)).test(str(s)),
    regexFind: (re, s) => {
      const match = allMatches(compileGoRegexp(str(re)), str(s), 1)[0];
      return match ? str(s).slice(match[0], match[1]) : '';
    },
    regexFindAll: (re, s, n) =>
      allMatches(compileGoRegexp(str(re)), str(s), int(n)).map((m) => str(s).slice(m[0], m[1])),
    regexReplaceAll: (re, s, replacement) => {
      const compiled = compileGoRegexp(str(re));
      const names = compiled.namedGroups();
      return replaceAll(compiled, str(s), (m) => expand(str(replacement), str(s), m, names));
    },
    regexReplaceAllLiteral: (re, s, replacement) =>
      replaceAll(compileGoRegexp(str(re)), str(s), () => str(replacement)),
    regexSplit: (re, s, n) => split(compileGoRegexp(str(re)), str(s), int(n)),
    regexQuoteMeta: (s) => quoteMeta(str(s)),
  };
  for (const name of ['regexFind', 'regexFindAll', 'regexReplaceAll', 'regexReplaceAllLiteral', 'regexSplit'])
    fns[`must${name[0]!.toUpperCase()}${name.slice(1)}`] = fns[name]!;
  return fns;
}
