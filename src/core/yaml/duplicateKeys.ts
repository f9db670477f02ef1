// Duplicate keys found in one walk of a parsed document, with a set per map. `yaml`'s own check
// (`uniqueKeys`, on by default) searches each map's earlier keys for every key: quadratic in a map's size,
// minutes for a ConfigMap of a few megabytes. Parse with `uniqueKeys: false` and ask this instead.
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/**
 * The offsets of the keys that repeat an earlier key of their map, as `yaml`'s check reports them: two
 * scalar keys are the same when their values are (`1` and `1.0` are; `1` and `"1"` are not).
 */
export function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) offsets.push(key.range?.[0] ?? 0);
          else seen.add(key.value);
        }
        stack.push(key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets;
}
