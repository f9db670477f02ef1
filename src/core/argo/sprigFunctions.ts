// The template functions Argo CD gives ApplicationSet Go templates: Masterminds/sprig's generic function
// map without env, expandenv and getHostByName, plus normalize, slugify, toYaml, fromYaml and
// fromYamlArray (applicationset/utils/utils.go). The deterministic functions templates use are here; one
// that is missing (dates, random values, crypto) makes the template fail with "function not defined",
// and the ApplicationSet is listed as not previewed with that reason — never rendered wrong.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import semver from 'semver';
import { parse, stringify } from 'yaml';
import {
  checkListItems,
  checkValueChars,
  goString,
  isTrue,
  NO_VALUE,
  sprintf,
  TemplateError,
  type TemplateFunction,
} from './goTemplate.js';
import { regexFunctions } from './goRegexp.js';

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (v === NO_VALUE || v === null || v === undefined ? '' : goString(v));
const num = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(str(v));
  return Number.isNaN(n) ? 0 : n;
};
const int = (v: unknown): number => Math.trunc(num(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const empty = (v: unknown): boolean => !isTrue(v);

/** Argo CD's SanitizeName: lower case, [^-a-z0-9.] → '-', at most 253 characters, trimmed of '-' and '.'. */
export function sanitizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, '-')
    .slice(0, 253)
    .replace(/^[-.]+|[-.]+$/g, '');
}

function words(s: string): string[] {
  return s
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z\d]+/)
    .filter(Boolean);
}

function mergeInto(target: Obj, source: Obj, overwrite: boolean): Obj {
  for (const [k, v] of Object.entries(source)) {
    if (isObj(v) && isObj(target[k])) mergeInto(target[k], v, overwrite);
    else if (overwrite || !(k in target) || empty(target[k])) target[k] = structuredClone(v);
  }
  return target;
}

export const SPRIG_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  // Argo CD's own
  normalize: (s) => sanitizeName(str(s)),
  // sigs.k8s.io/yaml goes through JSON: keys sorted
  toYaml: (v) => stringify(v === NO_VALUE ? null : v, { sortMapEntries: true }).replace(/\n$/, ''),
  fromYaml: (s) => {
    const value = parse(str(s)) as unknown;
    if (value !== null && !isObj(value)) throw new TemplateError('fromYaml: not a map');
    return value ?? {};
  },
  fromYamlArray: (s) => {
    const value = parse(str(s)) as unknown;
    if (value !== null && !Array.isArray(value)) throw new TemplateError('fromYamlArray: not a list');
    return (value ?? []) as unknown[];
  },
  // defaults and flow
  default: (fallback, value) => (empty(value) ? fallback : value),
  empty: (v) => empty(v),
  coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
  ternary: (yes, no, condition) => (isTrue(condition) ? yes : no),
  fail: (message) => {
    throw new TemplateError(str(message));
  },
  required: (message, value) => {
    if (value === null || value === undefined || value === NO_VALUE || value === '')
      throw new TemplateError(str(message));
    return value;
  },
  // strings
  upper: (s) => str(s).toUpperCase(),
  lower: (s) => str(s).toLowerCase(),
  title: (s) => str(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  untitle: (s) => str(s).replace(/\b\w/g, (c) => c.toLowerCase()),
  trim: (s) => str(s).trim(),
  trimAll: (cut, s) =>
    str(s).replace(new RegExp(`^[${escapeClass(str(cut))}]+|[${escapeClass(str(cut))}]+$`, 'g'), ''),
  trimPrefix: (prefix, s) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
  trimSuffix: (suffix, s) =>
    str(suffix) !== '' && str(s).endsWith(str(suffix)) ? str(s).slice(0, -str(suffix).length) : str(s),
  replace: (old, replacement, s) => {
    const parts = str(s).split(str(old));
    checkValueChars(str(s).length + (parts.length - 1) * str(replacement).length);
    return parts.join(str(replacement));
  },
  contains: (sub, s) => str(s).includes(str(sub)),
  hasPrefix: (prefix, s) => str(s).startsWith(str(prefix)),
  hasSuffix: (suffix, s) => str(s).endsWith(str(suffix)),
  quote: (...args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map((a) => JSON.stringify(str(a)))
      .join(' '),
  squote: (...args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map((a) => `'${str(a)}'`)
      .join(' '),
  cat: (...args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map(str)
      .join(' '),
  indent: (n, s) => str(s).replace(/^/gm, padding(n, s)),
  nindent: (n, s) => `\n${str(s).replace(/^/gm, padding(n, s))}`,
  repeat: (n, s) => {
    checkValueChars(Math.max(0, int(n)) * str(s).length);
    return str(s).repeat(Math.max(0, int(n)));
  },
  substr: (start, end, s) => {
    const text = str(s);
    const from = int(start) < 0 ? 0 : int(start);
    return int(end) < 0 || int(end) > text.length ? text.slice(from) : text.slice(from, int(end));
  },
  trunc: (n, s) => (int(n) >= 0 ? str(s).slice(0, int(n)) : str(s).slice(int(n))),
  abbrev: (width, s) =>
    str(s).length <= int(width) ? str(s) : `${str(s).slice(0, Math.max(0, int(width) - 3))}...`,
  wrap: (n, s) => wrap(int(n), str(s)),
  nospace: (s) => str(s).replace(/\s+/g, ''),
  initials: (s) =>
    words(str(s))
      .map((w) => w[0])
      .join(''),
  snakecase: (s) =>
    words(str(s))
      .map((w) => w.toLowerCase())
      .join('_'),
  kebabcase: (s) =>
    words(str(s))
      .map((w) => w.toLowerCase())
      .join('-'),
  camelcase: (s) =>
    words(str(s))
      .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
      .join(''),
  toString: (v: unknown) => str(v),
  toStrings: (v) => list(v).map(str),
  split: (sep, s) =>
    Object.fromEntries(
      str(s)
        .split(str(sep))
        .map((part, i) => [`_${i}`, part]),
    ),
  splitList: (sep, s) => str(s).split(str(sep)),
  splitn: (sep, n, s) => {
    const parts = str(s).split(str(sep));
    const head = parts.slice(0, int(n) - 1);
    const tail = parts.slice(int(n) - 1).join(str(sep));
    return Object.fromEntries([...head, tail].map((part, i) => [`_${i}`, part]));
  },
  join: (sep, v) => list(v).map(str).join(str(sep)),
  sortAlpha: (v) => list(v).map(str).sort(),
  // Go's regexp (RE2: linear time, whatever the pattern)
  ...regexFunctions(str, int),
  printf: (format, ...args) => sprintf(str(format), args),
  // paths (Go's path package)
  base: (p) => posix.basename(str(p)) || (str(p) === '' ? '.' : '/'),
  dir: (p) => posix.dirname(str(p)),
  ext: (p) => posix.extname(str(p)),
  clean: (p) => posix.normalize(str(p)).replace(/(.)\/$/, '$1'),
  isAbs: (p) => str(p).startsWith('/'),
  // encodings and hashes
  b64enc: (s) => Buffer.from(str(s)).toString('base64'),
  b64dec: (s) => Buffer.from(str(s), 'base64').toString('utf8'),
  sha1sum: (s) => createHash('sha1').update(str(s)).digest('hex'),
  sha256sum: (s) => createHash('sha256').update(str(s)).digest('hex'),
  sha512sum: (s) => createHash('sha512').update(str(s)).digest('hex'),
  adler32sum: (s) => {
    let a = 1;
    let b = 0;
    for (const byte of Buffer.from(str(s))) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    return String(((b << 16) | a) >>> 0);
  },
  toJson: (v) => JSON.stringify(v === NO_VALUE ? null : v),
  toRawJson: (v) => JSON.stringify(v === NO_VALUE ? null : v),
  toPrettyJson: (v) => JSON.stringify(v === NO_VALUE ? null : v, null, 2),
  fromJson: (s) => {
    try {
      return JSON.parse(str(s)) as unknown;
    } catch {
      return {};
    }
  },
  mustFromJson: (s) => JSON.parse(str(s)) as unknown,
  // numbers
  int: (v) => int(v),
  int64: (v) => int(v),
  float64: (v) => num(v),
  atoi: (v) => int(v),
  add: (...args) => args.reduce<number>((sum, a) => sum + num(a), 0),
  add1: (v) => num(v) + 1,
  sub: (a, b) => num(a) - num(b),
  mul: (...args) => args.reduce<number>((product, a) => product * num(a), 1),
  div: (a, b) => Math.trunc(num(a) / num(b)),
  mod: (a, b) => num(a) % num(b),
  max: (...args) => Math.max(...args.map(num)),
  min: (...args) => Math.min(...args.map(num)),
  floor: (v) => Math.floor(num(v)),
  ceil: (v) => Math.ceil(num(v)),
  round: (v, places) => Number(num(v).toFixed(int(places ?? 0))),
  until: (n) => untilStep(0, int(n), int(n) >= 0 ? 1 : -1),
  untilStep: (start, stop, step) => untilStep(int(start), int(stop), int(step)),
  seq: (...args) => {
    const [a, b] = args.length === 1 ? [1, int(args[0])] : [int(args[0]), int(args.at(-1))];
    const step = a <= b ? 1 : -1;
    checkListItems(Math.abs(b - a) + 1);
    const out: number[] = [];
    for (let i = a; step > 0 ? i <= b : i >= b; i += step) out.push(i);
    return out.join(' ');
  },
  // lists
  list: (...args) => args,
  tuple: (...args) => args,
  first: (v) => list(v)[0] ?? null,
  last: (v) => list(v).at(-1) ?? null,
  rest: (v) => list(v).slice(1),
  initial: (v) => list(v).slice(0, -1),
  append: (v, item) => [...list(v), item],
  push: (v, item) => [...list(v), item],
  prepend: (v, item) => [item, ...list(v)],
  concat: (...args) => args.flatMap(list),
  reverse: (v) => [...list(v)].reverse(),
  uniq: (v) => {
    const seen = new Set<string>();
    return list(v).filter((x) => !seen.has(goString(x)) && Boolean(seen.add(goString(x))));
  },
  compact: (v) => list(v).filter((x) => !empty(x)),
  has: (needle, v) => list(v).some((x) => goString(x) === goString(needle)),
  without: (v, ...drop) => list(v).filter((x) => !drop.some((d) => goString(d) === goString(x))),
  chunk: (size, v) => {
    if (int(size) < 1) throw new TemplateError('chunk: the size must be at least 1');
    const items = list(v);
    const out: unknown[][] = [];
    for (let i = 0; i < items.length; i += int(size)) out.push(items.slice(i, i + int(size)));
    return out;
  },
  // maps
  dict: (...args) => {
    const out: Obj = {};
    for (let i = 0; i < args.length; i += 2) out[str(args[i])] = args[i + 1] ?? '';
    return out;
  },
  get: (map, key) => (isObj(map) && str(key) in map ? map[str(key)] : ''),
  set: (map, key, value) => Object.assign(isObj(map) ? map : {}, { [str(key)]: value }),
  unset: (map, key) => {
    if (isObj(map)) delete map[str(key)];
    return map;
  },
  hasKey: (map, key) => isObj(map) && str(key) in map,
  keys: (...maps) => maps.flatMap((m) => (isObj(m) ? Object.keys(m) : [])),
  values: (map) => (isObj(map) ? Object.values(map) : []),
  pick: (map, ...keys) =>
    Object.fromEntries(
      keys
        .map(str)
        .filter((k) => isObj(map) && k in map)
        .map((k) => [k, (map as Obj)[k]]),
    ),
  omit: (map, ...keys) =>
    Object.fromEntries(Object.entries(isObj(map) ? map : {}).filter(([k]) => !keys.map(str).includes(k))),
  pluck: (key, ...maps) => maps.filter((m) => isObj(m) && str(key) in m).map((m) => (m as Obj)[str(key)]),
  dig: (...args) => {
    const map = args.at(-1);
    const fallback = args.at(-2);
    let value: unknown = map;
    for (const key of args.slice(0, -2)) {
      if (!isObj(value) || !(str(key) in value)) return fallback;
      value = value[str(key)];
    }
    return value;
  },
  merge: (target, ...sources) =>
    sources.reduce<Obj>((t, s) => (isObj(s) ? mergeInto(t, s, false) : t), isObj(target) ? target : {}),
  mergeOverwrite: (target, ...sources) =>
    sources.reduce<Obj>((t, s) => (isObj(s) ? mergeInto(t, s, true) : t), isObj(target) ? target : {}),
  deepCopy: (v) => structuredClone(v),
  // semantic versions
  semver: (v) => {
    const parsed = semver.parse(str(v));
    if (!parsed) throw new TemplateError(`invalid semantic version ${str(v)}`);
    return {
      Major: parsed.major,
      Minor: parsed.minor,
      Patch: parsed.patch,
      Prerelease: parsed.prerelease.join('.'),
    };
  },
  semverCompare: (range, version) =>
    semver.satisfies(semver.coerce(str(version))?.version ?? str(version), str(range)),
  // types
  kindOf: (v) =>
    Array.isArray(v)
      ? 'slice'
      : isObj(v)
        ? 'map'
        : typeof v === 'number'
          ? 'float64'
          : typeof v === 'boolean'
            ? 'bool'
            : v === null
              ? 'invalid'
              : 'string',
  typeOf: (v) =>
    Array.isArray(v)
      ? '[]interface {}'
      : isObj(v)
        ? 'map[string]interface {}'
        : typeof v === 'number'
          ? 'float64'
          : typeof v === 'boolean'
            ? 'bool'
            : v === null
              ? '<nil>'
              : 'string',
  kindIs: (kind, v) => SPRIG_FUNCTIONS.kindOf!(v) === str(kind),
  typeIs: (type, v) => SPRIG_FUNCTIONS.typeOf!(v) === str(type),
  deepEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
};

/** sprig's untilStep: the integers from start towards stop (exclusive) by step; none when step points away. */
function untilStep(start: number, stop: number, step: number): number[] {
  if (stop < start ? step >= 0 : step <= 0) return [];
  checkListItems(Math.ceil(Math.abs(stop - start) / Math.abs(step)));
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** The indentation of indent/nindent, refused before it is built when the result would be too long. */
function padding(n: unknown, s: unknown): string {
  const width = Math.max(0, int(n));
  checkValueChars(str(s).length + width * str(s).split('\n').length);
  return ' '.repeat(width);
}

/** sprig's wrap: each line broken at the last space within `width`, words longer than that left whole. */
function wrap(width: number, text: string): string {
  const limit = Math.max(1, width);
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let at = 0;
      while (line.length - at > limit) {
        if (line[at] === ' ') {
          at++;
          continue;
        }
        const space = line.lastIndexOf(' ', at + limit);
        const cut = space > at ? space : line.indexOf(' ', at + limit);
        if (cut === -1) break;
        out.push(line.slice(at, cut));
        at = cut + 1;
      }
      out.push(line.slice(at));
      return out.join('\n');
    })
    .join('\n');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
