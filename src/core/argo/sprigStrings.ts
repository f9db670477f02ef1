// sprig's string functions where Go's behaviour is more than a one-liner: case conversions as huandu/
// xstrings does them (`snakecase "HTTPServer"` is `http_server`), Masterminds/goutils' abbreviate, wrap,
// initials and swapcase, toStrings and join (nil items dropped), base32, and Argo CD's slugify
// (gosimple/slug after Argo CD's SanitizeName, with its length and smart truncation).
import { TemplateError, type TemplateFunction } from './goTemplate.js';
import { str, toInt64 } from './sprigValues.js';

// character classes, with a fast path for ASCII (names are almost always ASCII)
const isConnector = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return k === 45 || k === 95 || k === 32 || (k >= 9 && k <= 13);
  return /\s/.test(c);
};
const isUpper = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
const isLower = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
const isDigit = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 48 && k <= 57;
  return /\p{Nd}/u.test(c);
};

// the class of a character for caseWords: the classes do not overlap
const CONNECTOR = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const OTHER = 4;
const classOf = (c: string): number =>
  isConnector(c) ? CONNECTOR : isUpper(c) ? UPPER : isLower(c) ? LOWER : isDigit(c) ? DIGIT : OTHER;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, k) => classOf(String.fromCharCode(k)));

/**
 * The words of an identifier as xstrings splits them for snake and kebab case: connectors (`-`, `_`,
 * spaces) separate; an upper-case run before a lower-case letter gives its last letter to the next word
 * (`HTTPServer` → HTTP, Server); a number joins the word before it (`Bld4`) unless lower-case letters
 * follow it (`http2xx` → http, 2xx); other punctuation is kept where it stands, with no separator. Each
 * word is given to `word` in order (no list of them is built).
 */
function caseWords(s: string, word: (text: string, punct: boolean) => void): void {
  // an ASCII string is its own list of characters (no array of one-character strings to build), and
  // each character is classed once
  const ascii = /^[ -~]*$/.test(s);
  const chars: string | string[] = ascii ? s : [...s];
  const n = chars.length;
  const classes: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++)
    classes[i] = ascii ? (ASCII_CLASSES[s.charCodeAt(i)] as number) : classOf(chars[i] as string);
  const cut = (from: number, to: number): string =>
    typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join('');
  let i = 0;
  while (i < n) {
    const c = classes[i];
    if (c === CONNECTOR) {
      i++;
      continue;
    }
    let j = i;
    if (c === OTHER) {
      while (j < n && classes[j] === OTHER) j++;
      word(cut(i, j), true);
      i = j;
      continue;
    }
    if (c === DIGIT) {
      while (j < n && classes[j] === DIGIT) j++;
      if (j < n && classes[j] === LOWER) {
        // a number followed by lower-case letters starts a word: 2xx, 2m3s, 3rd
        while (j < n && (classes[j] === LOWER || classes[j] === DIGIT)) j++;
      }
      word(cut(i, j), false);
      i = j;
      continue;
    }
    if (c === UPPER) {
      while (j < n && classes[j] === UPPER) j++;
      if (j - i > 1 && j < n && classes[j] === LOWER) j--; // HTTPServer: HTTP | Server
    }
    while (j < n && classes[j] === LOWER) j++;
    // a number not followed by lower-case letters belongs to this word: Bld4Floor → bld4, floor
    let k = j;
    while (k < n && classes[k] === DIGIT) k++;
    if (k > j && !(k < n && classes[k] === LOWER)) j = k;
    word(cut(i, j), false);
    i = j;
  }
}

/**
 * Words of lower-case letters (a number after them) or of a number alone, single `-`, `_` or spaces
 * between them: words caseWords cuts at the connectors alone (`app-0000`, `web_v2`), so that snake and
 * kebab case are the connectors replaced.
 */
const CONNECTED_WORDS = /^(?:[a-z]+[0-9]*|[0-9]+)(?:[-_ ](?:[a-z]+[0-9]*|[0-9]+))*$/;

function lowerCase(s: string, connector: string): string {
  // most names: no word to find (each character classed) when the connectors alone cut them
  if (CONNECTED_WORDS.test(s)) return s.replace(/[-_ ]/g, connector);
  let out = '';
  // whether a word came before, and whether it was punctuation
  let previous: boolean | undefined;
  caseWords(s, (text, punct) => {
    if (previous === false && !punct) out += connector;
    out += text.toLowerCase();
    previous = punct;
  });
  return out;
}

/** xstrings.ToPascalCase as sprig's camelcase: connectors dropped and the next letter upper-cased;
 * leading connectors, one of a doubled connector and a trailing one are kept. */
function pascalCase(s: string): string {
  const chars = [...s];
  let out = '';
  let i = 0;
  while (i < chars.length && isConnector(chars[i]!)) out += chars[i++];
  let upNext = true;
  for (; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (isConnector(c)) {
      if (next === undefined || isConnector(next)) out += c;
      upNext = true;
      continue;
    }
    out += upNext ? c.toUpperCase() : c;
    upNext = false;
  }
  return out;
}

/** goutils.WrapCustom: lines broken at the last space within `width`; long words broken or left whole. */
function wrapCustom(text: string, width: number, newline: string, wrapLong: boolean): string {
  if (text === '') return '';
  const nl = newline === '' ? '\n' : newline;
  const limit = Math.max(1, width);
  let out = '';
  let at = 0;
  while (text.length - at > limit) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    const space = text.slice(at, at + limit + 1).lastIndexOf(' ');
    if (space >= 0) {
      out += text.slice(at, at + space) + nl;
      at += space + 1;
    } else if (wrapLong) {
      out += text.slice(at, at + limit) + nl;
      at += limit;
    } else {
      const next = text.indexOf(' ', at + limit);
      if (next === -1) {
        out += text.slice(at);
        at = text.length;
      } else {
        out += text.slice(at, next) + nl;
        at = next + 1;
      }
    }
  }
  return out + text.slice(at);
}

/** goutils.AbbreviateFull: `...` at either end, the window starting near `offset`. */
function abbreviate(s: string, offset: number, width: number): string {
  if (width < 4) throw new TemplateError('minimum abbreviation width is 4');
  if (s.length <= width) return s;
  let from = Math.min(offset, s.length);
  if (s.length - from < width - 3) from = s.length - (width - 3);
  if (from <= 4) return `${s.slice(0, width - 3)}...`;
  if (width < 7) throw new TemplateError('minimum abbreviation width with offset is 7');
  if (from + width - 3 < s.length) return `...${abbreviate(s.slice(from), 0, width - 3)}`;
  return `...${s.slice(s.length - (width - 3))}`;
}

/** sprig's strslice: a list's items as strings, nil items dropped; one value as a list of one. */
export function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(str);
  return v === null || v === undefined ? [] : [str(v)];
}

/** Argo CD's SanitizeName: lower case, [^-a-z0-9.] → '-', at most 253 characters, trimmed of '-' and '.'. */
export function sanitizeName(name: string): string {
  // a name that is one already (most folder names) comes back as it is
  if (name.length <= 253 && /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, '-')
    .slice(0, 253)
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * Argo CD's slugify: `slugify NAME`, `slugify MAXLEN NAME`, `slugify MAXLEN SMARTTRUNCATE NAME` (50 and
 * true by default): SanitizeName, then gosimple/slug — runs of characters other than [a-z0-9_-] become one
 * `-`, cut to MAXLEN (at a word boundary when smart), trimmed of `-` and `_`.
 */
function slugify(...args: unknown[]): string {
  let maxLength = 50;
  let smart = true;
  const name = args.at(-1);
  if (typeof name !== 'string') throw new TemplateError('slugify: the name (last argument) must be a string');
  if (args.length >= 2) maxLength = toInt64(args[0]);
  if (args.length >= 3) smart = args[1] === true;
  const sanitized = sanitizeName(name);
  // a name that is a slug already (most are) is left as it is by the three replacements
  let slug = SLUG.test(sanitized)
    ? sanitized
    : sanitized
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '');
  if (maxLength > 0 && slug.length > maxLength) {
    if (smart) {
      const words = slug.split(/(?<=-)/);
      if ((words[0] as string).length > maxLength) slug = (words[0] as string).slice(0, maxLength);
      else {
        let cut = '';
        for (const word of words) {
          if (cut.length + word.length - 1 <= maxLength) cut += word;
          else break;
        }
        slug = cut;
      }
    } else slug = slug.slice(0, maxLength);
  }
  return SLUG.test(slug) ? slug : slug.replace(/^[-_]+|[-_]+$/g, '');
}

/** Lower-case letters and digits in words joined by single dashes: what slugify's replacements keep whole. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32encode(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}
function base32decode(text: string): string {
  const body = text.replace(/=+$/, '');
  if (text.length % 8 !== 0 || /[^A-Z2-7]/.test(body)) {
    const at = [...text].findIndex((c, i) => !B32.includes(c) && !(c === '=' && i >= body.length));
    return `illegal base32 data at input byte ${at === -1 ? text.length - (text.length % 8) : at}`;
  }
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of body) {
    value = (value << 5) | B32.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
function base64decode(text: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    const at = [...text].findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
    return `illegal base64 data at input byte ${at === -1 ? text.length - (text.length % 4) : at}`;
  }
  return Buffer.from(text, 'base64').toString('utf8');
}

export const STRING_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  snakecase: (s) => lowerCase(str(s), '_'),
  kebabcase: (s) => lowerCase(str(s), '-'),
  camelcase: (s) => pascalCase(str(s)),
  swapcase: (s) =>
    [...str(s)].map((c) => (isUpper(c) ? c.toLowerCase() : isLower(c) ? c.toUpperCase() : c)).join(''),
  initials: (s) =>
    str(s)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [...w][0])
      .join(''),
  untitle: (s) => str(s).replace(/(^|\s)(\S)/gu, (_, space: string, c: string) => space + c.toLowerCase()),
  abbrev: (width, s) => (toInt64(width) < 4 ? str(s) : abbreviate(str(s), 0, toInt64(width))),
  abbrevboth: (left, right, s) => {
    const [l, r] = [toInt64(left), toInt64(right)];
    if (r < 4 || (l > 0 && r < 7)) return str(s);
    return abbreviate(str(s), l, r);
  },
  wrap: (width, s) => wrapCustom(str(s), toInt64(width), '\n', false),
  wrapWith: (width, sep, s) => wrapCustom(str(s), toInt64(width), str(sep), true),
  plural: (one, many, count) => (toInt64(count) === 1 ? one : many),
  toStrings: (v) => strslice(v),
  join: (sep, v) => strslice(v).join(str(sep)),
  sortAlpha: (v) => {
    const items = Array.isArray(v) ? strslice(v) : [str(v)];
    return items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  },
  b64enc: (s) => Buffer.from(str(s)).toString('base64'),
  b64dec: (s) => base64decode(str(s)),
  b32enc: (s) => base32encode(Buffer.from(str(s))),
  b32dec: (s) => base32decode(str(s)),
  normalize: (s) => sanitizeName(str(s)),
  slugify,
};
