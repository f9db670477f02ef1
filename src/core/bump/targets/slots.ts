// Scalars that hold a version, found on the parsed document with exact source ranges and overwritten in
// place with their quoting kept; map lookups that see merge keys.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Scalar, YAMLMap } from 'yaml';
import { scalarEdit, type ScalarStyle, type TextEdit } from '../../yaml/scalar.js';

export interface Slot {
  node: Scalar;
  text: string;
  style: ScalarStyle;
  /** The scalar's source bytes (quotes and escapes as written). */
  raw: string;
  /** For a one-line block scalar (`image: >-`): the bytes of its content line, written as they are. */
  content?: [number, number];
}

function scalarStyle(node: Scalar): ScalarStyle | undefined {
  return node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'
    ? node.type
    : undefined;
}

/** The source text of a scalar as a string (plain numbers keep their spelling: `1.10`, not 1.1). */
export function scalarText(node: Scalar, src: string): string | undefined {
  if (typeof node.value === 'string') return node.value;
  if (node.range && node.type === 'PLAIN') return src.slice(node.range[0], node.range[1]);
  return undefined;
}

export function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** A scalar slot that can be overwritten in place, keeping its quoting style. */
export function scalarSlot(node: unknown, doc: Document, src: string): Slot | undefined {
  const target = resolve(node, doc);
  if (!isScalar(target) || !target.range) return undefined;
  if (
    (target.type === 'BLOCK_FOLDED' || target.type === 'BLOCK_LITERAL') &&
    typeof target.value === 'string'
  ) {
    const text = target.value.trim();
    if (text === '' || text.includes('\n')) return undefined;
    const raw = src.slice(target.range[0], target.range[1]);
    const at = raw.indexOf(text, raw.indexOf('\n'));
    if (at === -1) return undefined;
    const start = target.range[0] + at;
    return { node: target, text, style: 'PLAIN', raw: text, content: [start, start + text.length] };
  }
  const style = scalarStyle(target);
  const text = scalarText(target, src);
  if (style === undefined || text === undefined) return undefined;
  return { node: target, text, style, raw: src.slice(target.range[0], target.range[1]) };
}

/** The edit that makes a slot hold `value`, changing only the bytes that differ (scalar.ts, scalarEdit). */
export function replaceScalar(slot: Slot, value: string): TextEdit {
  if (slot.content) return { start: slot.content[0], end: slot.content[1], text: value };
  return scalarEdit(
    {
      range: slot.node.range as [number, number, number],
      raw: slot.raw,
      style: slot.style,
      tag: slot.node.tag,
    },
    slot.text,
    value,
  );
}

export function getPair(map: YAMLMap, key: string) {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** A map's own pair for a key, else one it takes in through a merge key (`<<: *base`, `<<: [*a, *b]`). */
export function getMergedPair(map: YAMLMap, key: string, doc: Document) {
  const own = getPair(map, key);
  if (own) return own;
  const merge = getPair(map, '<<')?.value;
  const sources = isSeq(merge) ? merge.items : [merge];
  for (const source of sources) {
    const target = resolve(source, doc);
    if (isMap(target)) {
      const found = getPair(target, key);
      if (found) return found;
    }
  }
  return undefined;
}
