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

/** Renders a string in the given style; a plain scalar that YAML would misread is double-quoted. */
export function renderScalar(value: string, style: ScalarStyle): string {
  if (style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'QUOTE_DOUBLE' || needsQuotes(value)) return JSON.stringify(value);
  return value;
}

/** Applies non-overlapping edits; identical duplicate edits (an anchor reached twice) are applied once. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const unique = new Map<string, TextEdit>();
  for (const edit of edits) unique.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
  const sorted = [...unique.values()].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping edits at offset ${edit.start}`);
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
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
