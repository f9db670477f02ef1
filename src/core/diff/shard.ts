// A check shard's slot (`3/8`) and the slot each app falls in, apart from the merge of shards' reports so
// reading the settings does not load what the merge needs.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `3/8` → { index: 3, count: 8 }; undefined when the text is not such a pair. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const shard = { index: Number(match[1]), count: Number(match[2]) };
  return shard.count >= 1 && shard.count <= 256 && shard.index >= 1 && shard.index <= shard.count
    ? shard
    : undefined;
}

/** FNV-1a of the app's identity: the same app lands in the same shard on every run and machine. */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}
