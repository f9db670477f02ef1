// The string formats the Kubernetes API server checks in a CRD's schema (apiextensions JSONSchemaProps
// `format`: "Unknown formats are ignored. The following formats are validated: bsonobjectid, uri, email,
// hostname, ipv4, ipv6, cidr, mac, uuid, uuid3, uuid4, uuid5, isbn, isbn10, isbn13, creditcard, ssn,
// hexcolor, rgbcolor, byte, password, date, duration, datetime"). Names compare as go-openapi's strfmt
// registry compares them: lower case, dashes ignored (`date-time` is `datetime`). Number formats
// (int32, int64, float, double) are not in that list: the API server does not check them, nor does Slipway.
import { isIPv4, isIPv6 } from 'node:net';

const uuidPattern = (version: string) =>
  new RegExp(`^[0-9a-f]{8}-?[0-9a-f]{4}-?${version}[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$`, 'i');

function isbn10(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^\d{9}[\dX]$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits[i] === 'X' ? 10 : Number(digits[i])) * (10 - i);
  return sum % 11 === 0;
}

function isbn13(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

function luhn(s: string): boolean {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function hostname(s: string): boolean {
  if (s.length === 0 || s.length > 255) return false;
  return s
    .replace(/\.$/, '')
    .split('.')
    .every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label));
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function date(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dateTime(s: string): boolean {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/.exec(
      s,
    );
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$/;
const STRFMT_DURATION =
  /^(?:\s*\d+\s*(?:ns|us|µs|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks))+\s*$/;

function cidr(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash === -1) return false;
  const [ip, prefix] = [s.slice(0, slash), s.slice(slash + 1)];
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return (isIPv4(ip) && Number(prefix) <= 32) || (isIPv6(ip) && Number(prefix) <= 128);
}

const RGB_PART = '\\s*(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\s*';

/** Normalised format name → check of a string value. */
const CHECKS: Record<string, (s: string) => boolean> = {
  bsonobjectid: (s) => /^[0-9a-f]{24}$/i.test(s),
  uri: (s) => s.startsWith('/') || (/^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s)),
  email: (s) => /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+(?:>)?$/.test(s.trim()),
  hostname,
  ipv4: (s) => isIPv4(s),
  ipv6: (s) => isIPv6(s),
  cidr,
  mac: (s) =>
    /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){7}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){19}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2,9}[0-9a-f]{4}$/i.test(
      s,
    ),
  uuid: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s),
  uuid3: (s) => uuidPattern('3').test(s),
  uuid4: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
  uuid5: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
  isbn: (s) => isbn10(s) || isbn13(s),
  isbn10,
  isbn13,
  creditcard: luhn,
  ssn: (s) => /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(s),
  hexcolor: (s) => /^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(s),
  rgbcolor: (s) => new RegExp(`^rgb\\(${RGB_PART},${RGB_PART},${RGB_PART}\\)$`).test(s),
  byte: (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
  password: () => true,
  date,
  duration: (s) => GO_DURATION.test(s) || STRFMT_DURATION.test(s),
  datetime: dateTime,
};

/** The registry key of a format name, or undefined for a format the API server ignores. */
export function checkedFormat(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const key = name.toLowerCase().replace(/-/g, '');
  return key in CHECKS ? key : undefined;
}

/** Format checks for Ajv's `formats` option (string formats: other types pass). */
export const K8S_FORMATS: Record<string, { type: 'string'; validate: (s: string) => boolean }> =
  Object.fromEntries(Object.entries(CHECKS).map(([name, validate]) => [name, { type: 'string', validate }]));
