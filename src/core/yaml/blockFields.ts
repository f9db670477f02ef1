// Edits to maps whose tag and digest are separate fields (kustomize `images:` entries, Helm values):
// overwrite a field in place, add a missing field as a new line, or drop a stale digest line.
import { isScalar } from 'yaml';
import type { Scalar, YAMLMap } from 'yaml';
import { renderScalar, scalarEdit, type ScalarStyle, type TextEdit } from './scalar.js';
import type { Version } from '../image/imageRef.js';

/** kustomize adds missing `newTag`/`digest` fields and removes a stale digest; Helm charts keep their keys. */
export type FieldWriter = 'kustomize' | 'helm';

interface Slot {
  node: Scalar;
  text: string;
  style: ScalarStyle;
  /** The scalar's source bytes. */
  raw: string;
  /** A one-line block scalar's content bytes, written as they are. */
  content?: [number, number];
}

function overwrite(src: string, slot: Slot, value: string): TextEdit {
  if (slot.content) return { start: slot.content[0], end: slot.content[1], text: value };
  const [start, end] = slot.node.range as [number, number, number];
  // `tag:` with no value: the empty scalar sits right after the colon and needs a space before it
  if (start === end && src[start - 1] === ':')
    return { start, end, text: ` ${renderScalar(value, slot.style)}` };
  return scalarEdit(
    { range: [start, end], raw: slot.raw, style: slot.style, tag: slot.node.tag },
    slot.text,
    value,
  );
}

function endOfLine(src: string, offset: number): number {
  const newline = src.indexOf('\n', offset);
  if (newline === -1) return src.length;
  return src[newline - 1] === '\r' ? newline - 1 : newline;
}

function insertField(src: string, eol: string, map: YAMLMap, key: string, value: string): TextEdit | string {
  if (map.flow) return `the entry is a flow map ({…}); add "${key}" by hand`;
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  const firstKey = first && isScalar(first.key) ? first.key.range : undefined;
  const lastEnd = (last?.value as Scalar | null)?.range?.[1] ?? (last?.key as Scalar | null)?.range?.[1];
  if (!firstKey || lastEnd === undefined) return `cannot find where to add "${key}"`;
  const indent = firstKey[0] - (src.lastIndexOf('\n', firstKey[0] - 1) + 1);
  const at = endOfLine(src, lastEnd);
  return { start: at, end: at, text: `${eol}${' '.repeat(indent)}${key}: ${renderScalar(value, 'PLAIN')}` };
}

function removeField(src: string, map: YAMLMap, key: string): TextEdit | string {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const keyRange = (pair?.key as Scalar | undefined)?.range;
  const valueEnd = (pair?.value as Scalar | null | undefined)?.range?.[1];
  if (!keyRange || valueEnd === undefined) return `cannot find "${key}" to remove`;
  const lineStart = src.lastIndexOf('\n', keyRange[0] - 1) + 1;
  if (src.slice(lineStart, keyRange[0]).trim() !== '' || map.flow) {
    return `"${key}" does not stand on a line of its own; remove it by hand`;
  }
  const newline = src.indexOf('\n', valueEnd);
  return { start: lineStart, end: newline === -1 ? src.length : newline + 1, text: '' };
}

function swapField(digest: Slot, map: YAMLMap, key: string, value: string): TextEdit {
  const pair = map.items.find((p) => p.value === digest.node);
  const start = (pair?.key as Scalar).range?.[0] as number;
  return {
    start,
    end: (digest.node.range as number[])[1] as number,
    text: `${key}: ${renderScalar(value, 'PLAIN')}`,
  };
}

export function blockPairEdits(
  src: string,
  eol: string,
  map: YAMLMap,
  keys: { tag: string; digest?: string },
  slots: { tag?: Slot; digest?: Slot },
  version: Version,
  writer: FieldWriter,
): TextEdit[] | string {
  const edits: Array<TextEdit | string> = [];
  const staleDigest =
    keys.digest !== undefined && version.digest === undefined && !!slots.digest && slots.digest.text !== '';
  if (writer === 'kustomize' && !slots.tag && version.tag !== undefined && staleDigest) {
    // the new tag takes the stale digest's line
    return [swapField(slots.digest as Slot, map, keys.tag, version.tag)];
  }
  if (version.tag !== undefined && version.tag !== slots.tag?.text) {
    if (slots.tag) edits.push(overwrite(src, slots.tag, version.tag));
    else if (writer === 'kustomize') edits.push(insertField(src, eol, map, keys.tag, version.tag));
    else return `no "${keys.tag}" field to write`;
  }
  if (keys.digest !== undefined) {
    if (version.digest !== undefined) {
      if (slots.digest?.text === version.digest) {
        // already there
      } else if (slots.digest) edits.push(overwrite(src, slots.digest, version.digest));
      else if (writer === 'kustomize') edits.push(insertField(src, eol, map, keys.digest, version.digest));
      // a Helm map without a digest field keeps the tag only: charts that take digests declare the key
    } else if (staleDigest && slots.digest) {
      edits.push(
        writer === 'kustomize' ? removeField(src, map, keys.digest) : overwrite(src, slots.digest, ''),
      );
    }
  }
  const problem = edits.find((e): e is string => typeof e === 'string');
  return problem ?? edits.filter((e): e is TextEdit => typeof e !== 'string');
}
