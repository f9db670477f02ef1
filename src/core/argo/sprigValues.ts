// How sprig converts the values a template gives it (spf13/cast and sprig's own helpers), shared by the
// function families in sprig*.ts. Parameters come from JSON, so every number is a float64 as in Argo CD.
import { GoObject, goString, isTrue, NO_VALUE, TemplateError } from './goTemplate.js';

export type Obj = Record<string, unknown>;

/** A map (a JSON object), not a list and not a Go value with methods (GoObject). */
export const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoObject);

/** sprig's strval: a string as it is, nil as the empty string, anything else as fmt.Sprint prints it. */
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === NO_VALUE || v === null || v === undefined ? '' : goString(v);

/** cast.ToFloat64: numbers, booleans, and strings strconv.ParseFloat reads; 0 otherwise. */
export function toFloat64(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return 0;
  const s = v.trim() === v ? v : '';
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(inf|infinity|nan)$/i.test(s)) return 0;
  return /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s);
}

/**
 * cast.ToInt64: a float is truncated; a string is read by strconv.ParseInt with base 0 (`0x1f`, `0o17`,
 * `017` octal, `0b11`) after a trailing `.0…` is dropped; anything else is 0.
 */
export function toInt64(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return 0;
  const s = v.replace(/\.0*$/, '');
  const m = /^([-+]?)(0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][\d_]*)$/.exec(s);
  if (!m) return 0;
  const body = (m[2] as string).replace(/_/g, '');
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (body.startsWith('0') && body.length > 1) n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  return Number.isNaN(n) ? 0 : m[1] === '-' ? -n : n;
}

/** A Go `int` parameter given a template value: Go converts only numbers (an int or a float64 literal). */
export function goInt(v: unknown, fn: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new TemplateError(`error calling ${fn}: wrong type for value; expected int; got ${typeName(v)}`);
}

/** A Go `string` parameter: only a string converts. */
export function goStr(v: unknown, fn: string): string {
  if (typeof v === 'string') return v;
  throw new TemplateError(`error calling ${fn}: wrong type for value; expected string; got ${typeName(v)}`);
}

/** The Go type a JSON-shaped value has in Argo CD's parameters. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined || v === NO_VALUE) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  if (isObj(v)) return 'map[string]interface {}';
  return v instanceof GoObject ? v.goType : typeof v;
}

/** sprig's empty (text/template's truth, inverted). */
export const empty = (v: unknown): boolean => !isTrue(v);

/** Go's reflect.DeepEqual on JSON-shaped values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
