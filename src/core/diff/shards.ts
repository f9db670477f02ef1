// Sharding a check over a CI job matrix: each shard renders the affected apps whose stable hash falls in
// its slot and writes a partial report; the merge checks the partials belong together and cover every
// shard once, and rebuilds the one diff an unsharded check would have made.
import type { ClusterDiff } from './clusterDiff.js';
import { finishDiff } from './clusterDiff.js';
import type { Shard } from './shard.js';

/** The run facts a partial report carries (what computeDiff returns for one shard). */
export interface ShardRun {
  diff: ClusterDiff;
  /** Apps no input of which changed: counted once, by the merge. */
  unaffected: number;
  affected: number;
  units: number;
  rendered: number;
  changedFiles: number;
  uncovered: string[];
  renderers: string[];
  timings: object;
}

/** What one shard hands to the merge. */
export interface PartialReport extends ShardRun {
  schema: 'slipway-check-partial/v1';
  base: string;
  head: string;
  shard: Shard;
  timings: Record<string, number>;
}

export const PARTIAL_SCHEMA = 'slipway-check-partial/v1';

export function partialReport(run: ShardRun, shard: Shard, base: string, head: string): PartialReport {
  return {
    schema: PARTIAL_SCHEMA,
    base,
    head,
    shard,
    unaffected: run.unaffected,
    affected: run.affected,
    units: run.units,
    rendered: run.rendered,
    changedFiles: run.changedFiles,
    uncovered: run.uncovered,
    renderers: run.renderers,
    timings: { ...(run.timings as Record<string, number>) },
    diff: run.diff,
  };
}

/** How many shards a PR that affects `affected` apps is worth: about 100 apps (200 renders) each, up to `max`. */
export function suggestShards(affected: number, max = 10): number {
  return Math.max(1, Math.min(max, Math.ceil(affected / 100)));
}

/** The partials merged into one run, or the reason they cannot be. */
export function mergePartials(
  partials: readonly PartialReport[],
): { merged: Omit<PartialReport, 'shard' | 'schema'> & { shards: number } } | { error: string } {
  const first = partials[0];
  if (!first) return { error: 'no partial reports were given' };
  for (const p of partials) {
    const schema: unknown = p.schema;
    if (schema !== PARTIAL_SCHEMA)
      return {
        error: `a partial report has schema ${JSON.stringify(schema)}, not ${String(PARTIAL_SCHEMA)}`,
      };
    if (p.base !== first.base || p.head !== first.head)
      return {
        error: `partial reports come from different commits (${first.base.slice(0, 7)}..${first.head.slice(0, 7)} and ${p.base.slice(0, 7)}..${p.head.slice(0, 7)}): re-run every shard`,
      };
    if (p.shard.count !== first.shard.count)
      return {
        error: `partial reports come from different matrices (${first.shard.count} and ${p.shard.count} shards)`,
      };
  }
  const count = first.shard.count;
  const seen = new Map<number, number>();
  for (const p of partials) seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
  const duplicate = [...seen].find(([, n]) => n > 1);
  if (duplicate) return { error: `shard ${duplicate[0]}/${count} is given twice` };
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    return {
      error: `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: every shard of the matrix must upload its report`,
    };
  const ordered = [...partials].sort((a, b) => a.shard.index - b.shard.index);
  const diff = finishDiff(
    ordered.flatMap((p) => p.diff.apps),
    first.unaffected + ordered.reduce((n, p) => n + p.diff.unchangedApps, 0),
    ordered.flatMap((p) => p.diff.notPreviewed),
  );
  const timings: Record<string, number> = {};
  for (const p of ordered)
    for (const [k, v] of Object.entries(p.timings)) timings[k] = Math.max(timings[k] ?? 0, v);
  return {
    merged: {
      base: first.base,
      head: first.head,
      shards: count,
      unaffected: first.unaffected,
      affected: first.affected,
      units: first.units,
      rendered: ordered.reduce((n, p) => n + p.rendered, 0),
      changedFiles: first.changedFiles,
      uncovered: first.uncovered,
      renderers: [...new Set(ordered.flatMap((p) => p.renderers))].sort(),
      timings,
      diff,
    },
  };
}
