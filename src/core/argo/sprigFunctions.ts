// The template functions Argo CD gives ApplicationSet Go templates (applicationset/utils/utils.go):
// Masterminds/sprig v3.3.0's GenericFuncMap without env, expandenv and getHostByName (they fail as
// unknown functions, and nothing here reads the runner's environment or network), plus normalize,
// slugify, toYaml, fromYaml and fromYamlArray. Each family is in its own file (sprigLists, sprigNumbers,
// sprigStrings, sprigDates, goRegexp); what reads the clock or draws random numbers (now, randAlpha,
// uuidv4, genCA …) fails with NotPreviewable, so the ApplicationSet is listed as not previewed with that
// reason — never rendered with a value Argo CD would not produce. The vectors from sprig's and Argo CD's
// own tests are __tests__/fixtures/argo/templates/.
import * as crypto from 'node:crypto';
import semver from 'semver';
import { parse, stringify } from 'yaml';
import {
  checkValueChars,
  GoObject,
  NO_VALUE,
  NotPreviewable,
  TemplateError,
  type TemplateFunction,
} from './goTemplate.js';
import { regexFunctions } from './goRegexp.js';
import { DATE_FUNCTIONS } from './sprigDates.js';
import { LIST_FUNCTIONS } from './sprigLists.js';
import { NUMBER_FUNCTIONS } from './sprigNumbers.js';
import { sanitizeName, STRING_FUNCTIONS } from './sprigStrings.js';
import { deepEqual, empty, isObj, type Obj, str, toInt64, typeName } from './sprigValues.js';

export { sanitizeName };

/** Functions Argo CD has whose result depends on randomness: Argo CD's output cannot be known ahead. */
const RANDOM = [
  'randAlphaNum',
  'randAlpha',
  'randAscii',
  'randNumeric',
  'randInt',
  'randBytes',
  'shuffle',
  'uuidv4',
  'genPrivateKey',
  'genCA',
  'genCAWithKey',
  'genSelfSignedCert',
  'genSelfSignedCertWithKey',
  'genSignedCert',
  'genSignedCertWithKey',
  'bcrypt',
  'htpasswd',
  'encryptAES',
];
/** Deterministic functions Slipway does not model: the ApplicationSet is not previewed, with the name. */
const NOT_MODELLED = ['derivePassword', 'buildCustomCert'];

function mergeInto(target: Obj, source: Obj, overwrite: boolean): Obj {
  for (const [k, v] of Object.entries(source)) {
    if (isObj(v) && isObj(target[k])) mergeInto(target[k], v, overwrite);
    // mergo assigns the source's value itself (a map stays shared, as in Go), overriding only with a
    // value that is not empty
    else if (!(k in target) || empty(target[k]) || (overwrite && !empty(v))) target[k] = v;
  }
  return target;
}

/** encoding/json's Marshal: map keys sorted; `<`, `>`, `&` escaped unless raw. */
function toJson(v: unknown, indent: number, escapeHtml: boolean): string {
  const sorted = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(sorted)
      : isObj(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, sorted(x[k])]),
          )
        : x instanceof GoObject
          ? x.toString()
          : x === NO_VALUE
            ? null
            : x;
  const text = JSON.stringify(sorted(v), null, indent) ?? 'null';
  return escapeHtml
    ? text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : text;
}

/** A *semver.Version of Masterminds/semver v3: its methods, printed as its String(). */
class SemverVersion extends GoObject {
  readonly goType = '*semver.Version';
  constructor(
    private readonly v: semver.SemVer,
    private readonly original: string,
  ) {
    super();
  }
  method(name: string): TemplateFunction | undefined {
    const other = (o: unknown): semver.SemVer => {
      if (!(o instanceof SemverVersion)) throw new TemplateError(`${name}: the argument must be a semver`);
      return o.v;
    };
    const methods: Record<string, TemplateFunction> = {
      Major: () => this.v.major,
      Minor: () => this.v.minor,
      Patch: () => this.v.patch,
      Prerelease: () => this.v.prerelease.join('.'),
      Metadata: () => this.v.build.join('.'),
      Original: () => this.original,
      String: () => this.toString(),
      Compare: (o) => semver.compare(this.v, other(o)),
      LessThan: (o) => semver.lt(this.v, other(o)),
      GreaterThan: (o) => semver.gt(this.v, other(o)),
      Equal: (o) => semver.eq(this.v, other(o)),
    };
    return methods[name];
  }
  field(): unknown {
    return undefined;
  }
  toString(): string {
    return this.v.format() + (this.v.build.length > 0 ? `+${this.v.build.join('.')}` : '');
  }
}

/** semver.NewVersion: a leading `v`, and a missing minor or patch, are accepted. */
function parseSemver(text: string): SemverVersion {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
  const parsed = m && semver.parse(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}${m[5] ?? ''}`);
  if (!parsed) throw new TemplateError('Invalid Semantic Version');
  return new SemverVersion(parsed, text);
}

/** Go's url.Parse for the parts sprig's urlParse returns. */
function urlParse(text: string): Obj {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(text);
  if (!m) throw new TemplateError(`unable to parse url: ${text}`);
  const authority = m[2];
  const at = authority?.lastIndexOf('@') ?? -1;
  const host = authority === undefined ? '' : authority.slice(at + 1);
  const opaque = m[1] && authority === undefined && !m[3]!.startsWith('/') ? m[3]! : '';
  return {
    scheme: m[1]?.toLowerCase() ?? '',
    host,
    hostname: host.replace(/:\d*$/, '').replace(/^\[(.*)\]$/, '$1'),
    path: opaque ? '' : decodeURIComponent(m[3] ?? ''),
    query: m[4] ?? '',
    opaque,
    fragment: m[5] !== undefined ? decodeURIComponent(m[5]) : '',
    userinfo: authority !== undefined && at >= 0 ? authority.slice(0, at) : '',
  };
}

/** Go's url.URL.String for the parts of sprig's urlJoin. */
function urlJoin(d: unknown): string {
  const part = (k: string) => (isObj(d) && typeof d[k] === 'string' ? d[k] : '');
  let out = '';
  if (part('scheme')) out += `${part('scheme')}:`;
  if (part('opaque')) out += part('opaque');
  else {
    if (part('scheme') || part('host') || part('userinfo')) {
      out += '//';
      if (part('userinfo')) out += `${part('userinfo')}@`;
      out += part('host');
    }
    const path = part('path');
    if (path && !path.startsWith('/') && part('host')) out += '/';
    out += encodeURI(path).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
  }
  if (part('query')) out += `?${part('query')}`;
  if (part('fragment')) out += `#${encodeURI(part('fragment'))}`;
  return out;
}

/** sprig's decryptAES: base64 of IV + AES-256-CBC ciphertext, the key the password padded to 32 bytes. */
function decryptAES(password: unknown, text: unknown): string {
  const data = Buffer.from(str(text), 'base64');
  if (data.length < 16 || data.length % 16 !== 0) throw new TemplateError('ciphertext too short');
  const key = Buffer.alloc(32);
  Buffer.from(str(password)).copy(key);
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}

/** The hex digest of a string: crypto.hash where Node has it (20.12 and later), a Hash object before. */
const hexDigest = (algorithm: string, text: string): string =>
  typeof crypto.hash === 'function'
    ? crypto.hash(algorithm, text, 'hex')
    : crypto.createHash(algorithm).update(text).digest('hex');

const kindOf = (v: unknown): string =>
  Array.isArray(v)
    ? 'slice'
    : isObj(v)
      ? 'map'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'int'
          : 'float64'
        : typeof v === 'boolean'
          ? 'bool'
          : v instanceof GoObject
            ? 'ptr'
            : v === null || v === undefined
              ? 'invalid'
              : 'string';

const refuse =
  (name: string, why: string): TemplateFunction =>
  () => {
    throw new NotPreviewable(`it calls ${name}, ${why}`);
  };

const FUNCTIONS: Record<string, TemplateFunction> = {
  ...LIST_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...regexFunctions(str, toInt64),
  hello: () => 'Hello!',
  // Argo CD's own (sigs.k8s.io/yaml goes through JSON: keys sorted, no trailing newline)
  toYaml: (v) => stringify(v === NO_VALUE ? null : v, { sortMapEntries: true }).replace(/\n$/, ''),
  fromYaml: (s) => {
    const value = parse(str(s)) as unknown;
    if (value !== null && !isObj(value))
      throw new TemplateError(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a map`);
    return value ?? {};
  },
  fromYamlArray: (s) => {
    const value = parse(str(s)) as unknown;
    if (value !== null && !Array.isArray(value))
      throw new TemplateError(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a list`);
    return (value ?? []) as unknown[];
  },
  ternary: (yes, no, condition) => (condition === true ? yes : no),
  fail: (message) => {
    throw new TemplateError(str(message));
  },
  // strings
  upper: (s) => str(s).toUpperCase(),
  lower: (s) => str(s).toLowerCase(),
  title: (s) =>
    str(s).replace(
      /(^|[^\p{L}\p{N}_'])(\p{L})/gu,
      (_, before: string, c: string) => before + c.toUpperCase(),
    ),
  trim: (s) => str(s).trim(),
  trimAll: (cut, s) => trimChars(str(s), str(cut)),
  trimall: (cut, s) => trimChars(str(s), str(cut)),
  trimPrefix: (prefix, s) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
  trimSuffix: (suffix, s) => {
    const end = str(suffix);
    const text = str(s);
    return end !== '' && text.endsWith(end) ? text.slice(0, -end.length) : text;
  },
  replace: (old, replacement, s) => {
    // nothing to replace (most calls): the string as it is
    if (typeof s === 'string' && typeof old === 'string' && old !== '' && !s.includes(old)) {
      checkValueChars(s.length);
      return s;
    }
    const parts = str(s).split(str(old));
    checkValueChars(str(s).length + (parts.length - 1) * str(replacement).length);
    return parts.join(str(replacement));
  },
  contains: (sub, s) => str(s).includes(str(sub)),
  hasPrefix: (prefix, s) => str(s).startsWith(str(prefix)),
  hasSuffix: (suffix, s) => str(s).endsWith(str(suffix)),
  quote: (...args) =>
    args.length === 1 && typeof args[0] === 'string'
      ? JSON.stringify(args[0])
      : args
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
    checkValueChars(Math.max(0, toInt64(n)) * str(s).length);
    return str(s).repeat(Math.max(0, toInt64(n)));
  },
  substr: (start, end, s) => {
    const text = str(s);
    const [a, b] = [toInt64(start), toInt64(end)];
    if (a < 0) return text.slice(0, b);
    if (b < 0 || b > text.length) return text.slice(a);
    return text.slice(a, b);
  },
  trunc: (n, s) => {
    const c = toInt64(n);
    const text = str(s);
    if (c < 0 && text.length + c > 0) return text.slice(text.length + c);
    if (c >= 0 && text.length > c) return text.slice(0, c);
    return text;
  },
  nospace: (s) => str(s).replace(/\s+/gu, ''),
  toString: (v: unknown) => str(v),
  split: (sep, s) =>
    Object.fromEntries(
      str(s)
        .split(str(sep))
        .map((part, i) => [`_${i}`, part]),
    ),
  splitList: (sep, s) => str(s).split(str(sep)),
  splitn: (sep, n, s) => {
    const count = toInt64(n);
    const parts = str(s).split(str(sep));
    const kept =
      count > 0 && parts.length > count
        ? [...parts.slice(0, count - 1), parts.slice(count - 1).join(str(sep))]
        : count === 0
          ? []
          : parts;
    return Object.fromEntries(kept.map((part, i) => [`_${i}`, part]));
  },
  // paths (Go's path package; filepath's os* forms are the same on Argo CD's Linux)
  base: (p) => goBase(str(p)),
  dir: (p) => goDir(str(p)),
  ext: (p) => goExt(str(p)),
  clean: (p) => goClean(str(p)),
  isAbs: (p) => str(p).startsWith('/'),
  osBase: (p) => goBase(str(p)),
  osDir: (p) => goDir(str(p)),
  osExt: (p) => goExt(str(p)),
  osClean: (p) => goClean(str(p)),
  osIsAbs: (p) => str(p).startsWith('/'),
  // hashes and encryption
  sha1sum: (s) => hexDigest('sha1', str(s)),
  sha256sum: (s) => hexDigest('sha256', str(s)),
  sha512sum: (s) => hexDigest('sha512', str(s)),
  adler32sum: (s) => {
    let a = 1;
    let b = 0;
    for (const byte of Buffer.from(str(s))) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    return String(((b << 16) | a) >>> 0);
  },
  decryptAES,
  // JSON
  toJson: (v) => toJson(v, 0, true),
  mustToJson: (v) => toJson(v, 0, true),
  toRawJson: (v) => toJson(v, 0, false),
  mustToRawJson: (v) => toJson(v, 0, false),
  toPrettyJson: (v) => toJson(v, 2, true),
  mustToPrettyJson: (v) => toJson(v, 2, true),
  fromJson: (s) => {
    try {
      return JSON.parse(str(s)) as unknown;
    } catch {
      return null;
    }
  },
  mustFromJson: (s) => {
    try {
      return JSON.parse(str(s)) as unknown;
    } catch (error) {
      throw new TemplateError(error instanceof Error ? error.message : String(error));
    }
  },
  // maps
  dict: (...args) => {
    const out: Obj = {};
    for (let i = 0; i < args.length; i += 2) out[str(args[i])] = i + 1 < args.length ? args[i + 1] : '';
    return out;
  },
  get: (map, key) => (isObj(map) && str(key) in map ? map[str(key)] : ''),
  set: (map, key, value) => Object.assign(mapArg(map, 'set'), { [str(key)]: value }),
  unset: (map, key) => {
    delete mapArg(map, 'unset')[str(key)];
    return map;
  },
  hasKey: (map, key) => str(key) in mapArg(map, 'hasKey'),
  keys: (...maps) => maps.flatMap((m) => Object.keys(mapArg(m, 'keys'))),
  values: (map) => Object.values(mapArg(map, 'values')),
  pick: (map, ...keys) => {
    const m = mapArg(map, 'pick');
    return Object.fromEntries(
      keys
        .map(str)
        .filter((k) => k in m)
        .map((k) => [k, m[k]]),
    );
  },
  omit: (map, ...keys) =>
    Object.fromEntries(Object.entries(mapArg(map, 'omit')).filter(([k]) => !keys.map(str).includes(k))),
  pluck: (key, ...maps) =>
    maps
      .map((m) => mapArg(m, 'pluck'))
      .filter((m) => str(key) in m)
      .map((m) => m[str(key)]),
  dig: (...args) => {
    if (args.length < 3) throw new TemplateError('dig needs at least three arguments');
    let value: unknown = mapArg(args.at(-1), 'dig');
    for (const key of args.slice(0, -2)) {
      if (!isObj(value)) throw new TemplateError('dig: a key leads to a value that is not a map');
      if (!(str(key) in value)) return args.at(-2);
      value = value[str(key)];
    }
    return value;
  },
  merge: (target, ...sources) =>
    sources.reduce<Obj>((t, s) => mergeInto(t, mapArg(s, 'merge'), false), mapArg(target, 'merge')),
  mustMerge: (target, ...sources) =>
    sources.reduce<Obj>((t, s) => mergeInto(t, mapArg(s, 'mustMerge'), false), mapArg(target, 'mustMerge')),
  mergeOverwrite: (target, ...sources) =>
    sources.reduce<Obj>(
      (t, s) => mergeInto(t, mapArg(s, 'mergeOverwrite'), true),
      mapArg(target, 'mergeOverwrite'),
    ),
  mustMergeOverwrite: (target, ...sources) =>
    sources.reduce<Obj>(
      (t, s) => mergeInto(t, mapArg(s, 'mustMergeOverwrite'), true),
      mapArg(target, 'mustMergeOverwrite'),
    ),
  deepCopy: (v) => {
    if (v === null || v === undefined)
      throw new TemplateError('reflect: call of reflect.Value.Type on zero Value');
    return structuredClone(v);
  },
  mustDeepCopy: (v) => {
    if (v === null || v === undefined) throw new TemplateError('copy: Must not be nil');
    return structuredClone(v);
  },
  // semantic versions (Masterminds/semver v3)
  semver: (v) => parseSemver(str(v)),
  semverCompare: (range, version) => {
    const v = parseSemver(str(version));
    return semver.satisfies(v.toString(), str(range).replace(/(^|[\s,|])v(?=\d)/g, '$1'), {
      includePrerelease: false,
    });
  },
  // urls
  urlParse: (v) => urlParse(str(v)),
  urlJoin: (d) => urlJoin(d),
  // types, as Go's reflect names them for JSON parameters
  kindOf,
  typeOf: (v) => (v instanceof GoObject ? v.goType : typeName(v)),
  kindIs: (kind, v) => kindOf(v) === str(kind),
  typeIs: (type, v) => (v instanceof GoObject ? v.goType : typeName(v)) === str(type),
  typeIsLike: (type, v) => {
    const t = v instanceof GoObject ? v.goType : typeName(v);
    return t === str(type) || t === `*${str(type)}`;
  },
  deepEqual: (a, b) => deepEqual(a, b),
};
for (const name of RANDOM)
  FUNCTIONS[name] = refuse(name, 'whose result is random each time Argo CD renders it');
for (const name of NOT_MODELLED) FUNCTIONS[name] = refuse(name, 'which Slipway does not model');

/** Argo CD's function set (sprig's generic map, less env, expandenv and getHostByName, plus its own). */
export const SPRIG_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = Object.freeze(FUNCTIONS);

function mapArg(v: unknown, fn: string): Obj {
  if (isObj(v)) return v;
  throw new TemplateError(
    `wrong type for value; expected map[string]interface {}; got ${typeName(v)} (${fn})`,
  );
}

function trimChars(s: string, cut: string): string {
  const chars = new Set(cut);
  const list = [...s];
  let a = 0;
  let b = list.length;
  while (a < b && chars.has(list[a]!)) a++;
  while (b > a && chars.has(list[b - 1]!)) b--;
  return list.slice(a, b).join('');
}

/** The indentation of indent/nindent, refused before it is built when the result would be too long. */
function padding(n: unknown, s: unknown): string {
  const width = Math.max(0, toInt64(n));
  checkValueChars(str(s).length + width * str(s).split('\n').length);
  return ' '.repeat(width);
}

/** Whether `p` is its own path.Clean: no empty, `.` or `..` element and no trailing slash (most paths are). */
function isClean(p: string): boolean {
  if (p === '/') return true;
  if (p === '') return false;
  let start = p.charCodeAt(0) === 47 ? 1 : 0;
  for (let i = start; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== 47) continue;
    const length = i - start;
    if (length === 0) return false;
    if (p.charCodeAt(start) === 46 && (length === 1 || (length === 2 && p.charCodeAt(start + 1) === 46)))
      return false;
    start = i + 1;
  }
  return true;
}

/** Go's path.Clean. */
function goClean(p: string): string {
  if (isClean(p)) return p;
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out.at(-1) !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}
function goBase(p: string): string {
  if (p === '') return '.';
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '/';
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}
function goDir(p: string): string {
  // Clean(dir + "/") is Clean(dir) for a dir that is not empty
  const slash = p.lastIndexOf('/');
  return slash > 0 ? goClean(p.slice(0, slash)) : goClean(p.slice(0, slash + 1));
}
function goExt(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}
