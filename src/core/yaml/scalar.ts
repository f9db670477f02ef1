// How a new scalar value is written so that YAML reads it back as the same string,
// in the quoting style the file already used.
import { parse } from 'yaml';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/** A byte-range replacement in a file's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function readsBackAs(text: string, value: string, version: '1.1' | '1.2'): boolean {
  try {
    return parse(text, { version }) === value;
  } catch {
    return false;
  }
}

/**
 * True when a plain scalar would not be read back as this exact string: numbers (`1.10`, `2024`, `1e3`,
 * `0o17`, `.inf`), booleans and nulls of YAML 1.1 and 1.2 (`yes`, `on`, `null`, `~`), empty text and
 * text with indicators (`a: b`, `x #y`). Both versions are checked because Helm and kustomize read YAML 1.1 rules.
 */
export function needsQuotes(value: string): boolean {
  if (value.trim() !== value || value.includes('\n')) return true;
  return !readsBackAs(value, value, '1.2') || !readsBackAs(value, value, '1.1');
}

const STR_TAG = 'tag:yaml.org,2002:str';

/** Whether a plain scalar behind `!!str` reads back as this string (numbers and booleans do; `a: b` does not). */
function readsBackAsStr(value: string): boolean {
  if (value.trim() !== value || value.includes('\n') || value === '') return false;
  return readsBackAs(`!!str ${value}`, value, '1.2') && readsBackAs(`!!str ${value}`, value, '1.1');
}

/**
 * Renders a string in the given style; a plain scalar that YAML would misread is double-quoted. `tag` is
 * the scalar's explicit tag, if it has one: behind `!!str` a plain `1.10` stays a string and needs no quotes.
 */
export function renderScalar(value: string, style: ScalarStyle, tag?: string): string {
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'PLAIN' && tag === STR_TAG && readsBackAsStr(value)) return value;
  if (style === 'QUOTE_DOUBLE' || needsQuotes(value)) return JSON.stringify(value);
  return value;
}

/** A scalar as it stands in the file: its node's range, its source bytes, style and explicit tag. */
export interface ScalarSource {
  range: readonly [number, number, ...number[]];
  raw: string;
  style: ScalarStyle;
  /** The explicit tag (`!!str`), when the file gives one. */
  tag?: string;
}

/** What a scalar's source bytes read as, or undefined when they do not read as one string. */
function readScalar(raw: string, style: ScalarStyle, tag: string | undefined): string | undefined {
  if (style === 'PLAIN') {
    if (tag !== undefined && tag !== STR_TAG) return undefined;
    const prefix = tag === STR_TAG ? '!!str ' : '';
    try {
      const v12 = parse(`${prefix}${raw}`, { version: '1.2' }) as unknown;
      const v11 = parse(`${prefix}${raw}`, { version: '1.1' }) as unknown;
      return typeof v12 === 'string' && v12 === v11 ? v12 : undefined;
    } catch {
      return undefined;
    }
  }
  try {
    const value = parse(raw) as unknown;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The edit that turns a scalar holding `from` into one holding `to`, changing only the bytes that differ
 * (the version of `ghcr.io\/acme/api:1.0.0`): escapes, quotes and an explicit tag (`!!str 1.10`) before
 * and after the change stay as written. When the changed bytes cannot be written in place (the tail holds
 * an escape, or a plain `1.9 → 1.10` would read as a number) the whole scalar is rewritten in its style.
 */
export function scalarEdit(scalar: ScalarSource, from: string, to: string): TextEdit {
  const [start, end] = scalar.range;
  const whole = { start, end, text: renderScalar(to, scalar.style, scalar.tag) };
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  const tail = from.slice(p);
  const inner = scalar.raw.slice(0, scalar.raw.length - (scalar.style === 'PLAIN' ? 0 : 1));
  // only printable ASCII without the style's quote or escape character is the same in the file as in the value
  const literal = scalar.style === 'QUOTE_DOUBLE' ? /^[\x20-\x7e]*$/ : /^[^\r\n]*$/;
  const forbidden = scalar.style === 'QUOTE_DOUBLE' ? /["\\]/ : scalar.style === 'QUOTE_SINGLE' ? /'/ : /$^/;
  const changed = to.slice(p, to.length - s);
  if (!inner.endsWith(tail) || [tail, changed].some((part) => !literal.test(part) || forbidden.test(part)))
    return whole;
  const at = inner.length - tail.length;
  const raw = scalar.raw.slice(0, at) + changed + scalar.raw.slice(at + tail.length - s);
  // the bytes before the change may end in an escape that the change would split: read the result back
  if (readScalar(raw, scalar.style, scalar.tag) !== to) return whole;
  return { start: start + at, end: start + at + tail.length - s, text: changed };
}

/**
 * Applies non-overlapping edits; identical duplicate edits (an anchor reached twice) are applied once. The
 * text is cut once, in order: linear in its size whatever the number of edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const unique = new Map<string, TextEdit>();
  for (const edit of edits) unique.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
  // insertions at one offset land in the reverse of their order (the digest line before a new tag's)
  const sorted = [...unique.values()].sort((a, b) => b.start - a.start || b.end - a.end).reverse();
  const parts: string[] = [];
  let done = 0;
  for (const edit of sorted) {
    if (edit.start < done) throw new Error(`overlapping edits at offset ${edit.start}`);
    parts.push(text.slice(done, edit.start), edit.text);
    done = edit.end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** 1-based line of an offset, by binary search over precomputed line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
