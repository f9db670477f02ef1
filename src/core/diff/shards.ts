// Sharding a check over a CI job matrix: each shard renders the affected apps whose stable hash falls in
// its slot and writes a partial report; the merge checks the partials belong together and cover every
// shard once, holds the apps they account for against the apps it works out itself (coverageError), and
// rebuilds the one diff an unsharded check would have made.
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type { AppDiff, ClusterDiff, HookRun, ObjectChange } from './diffModel.js';
import { changeTexts } from './changeText.js';
import { finishDiff } from './clusterDiff.js';
import { fieldsOf } from '../fields.js';
import type { FileTree } from '../fileTree.js';
import { shardOf, type Shard } from './shard.js';

/** How long each phase of a check took, in milliseconds. */
export interface PhaseTimings {
  discover: number;
  render: number;
  validate: number;
  diff: number;
}

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
  timings: PhaseTimings;
  /** The affected apps of this shard's slot (all of them unsharded), each rendered: their ids. */
  shardApps: string[];
}

/**
 * An object change as a partial report carries it: each side as its canonical YAML, which spells every
 * value the diff shows (JSON has no ±.inf, .nan or -0), read back by the merge.
 */
export type WireChange = Omit<ObjectChange, 'before' | 'after'> & { before?: string; after?: string };
export type WireApp = Omit<AppDiff, 'changes' | 'hooks'> & {
  changes: WireChange[];
  hooks: Array<Omit<HookRun, 'diff'> & { diff?: WireChange }>;
};
export type WireDiff = Omit<ClusterDiff, 'apps'> & { apps: WireApp[] };

function toWire(change: ObjectChange): WireChange {
  const { before, after, ...rest } = change;
  const texts = changeTexts(change);
  return { ...rest, ...(before && { before: texts.before }), ...(after && { after: texts.after }) };
}

function fromWire(change: WireChange): ObjectChange {
  const { before, after, ...rest } = change;
  const side = (text: string | undefined) => (text === undefined ? undefined : fieldsOf(parse(text)));
  const was = side(before);
  const now = side(after);
  return { ...rest, ...(was && { before: was }), ...(now && { after: now }) };
}

const appToWire = (app: AppDiff): WireApp => ({
  ...app,
  changes: app.changes.map(toWire),
  hooks: app.hooks.map(({ diff, ...h }) => ({ ...h, ...(diff && { diff: toWire(diff) }) })),
});

const appFromWire = (app: WireApp): AppDiff => ({
  ...app,
  changes: app.changes.map(fromWire),
  hooks: app.hooks.map(({ diff, ...h }) => ({ ...h, ...(diff && { diff: fromWire(diff) }) })),
});

/** What one shard hands to the merge. */
export interface PartialReport extends Omit<ShardRun, 'shardApps' | 'diff'> {
  schema: 'slipway-check-partial/v3';
  diff: WireDiff;
  base: string;
  /** The head commit, or `working tree` (the CLI's default head). */
  head: string;
  /** headContentId of the head's files: two working trees (or checkouts) of other files never merge. */
  headContent: string;
  shard: Shard;
  /** The ids of the affected apps whose slot this is, sorted: the merge accounts for each of them. */
  apps: string[];
}

export const PARTIAL_SCHEMA = 'slipway-check-partial/v3';

/** git's id of a blob holding these bytes (a link's is that of its target). */
const blobId = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

/**
 * An id of a tree's files: every path with its git blob id (worked out from the text where the reader
 * gave none; a file over the size limit that was not read from git, by its size), sorted — the same for
 * the same files whether they were read from git or from disk.
 */
export function headContentId(tree: FileTree): string {
  const hash = createHash('sha256');
  for (const path of [...tree.keys()].sort()) {
    const entry = tree.get(path);
    const id =
      entry?.blob ??
      (entry?.link !== undefined
        ? `link:${blobId(entry.link)}`
        : entry?.tooLarge
          ? `large:${entry.tooLarge.size}`
          : blobId(entry?.text ?? ''));
    hash.update(`${path}\0${id}\n`);
  }
  return `sha256:${hash.digest('hex')}`;
}

export function partialReport(
  run: ShardRun,
  shard: Shard,
  base: string,
  head: string,
  headContent: string,
): PartialReport {
  return {
    schema: PARTIAL_SCHEMA,
    base,
    head,
    headContent,
    shard,
    apps: [...run.shardApps].sort(),
    unaffected: run.unaffected,
    affected: run.affected,
    units: run.units,
    rendered: run.rendered,
    changedFiles: run.changedFiles,
    uncovered: run.uncovered,
    renderers: run.renderers,
    timings: { ...run.timings },
    diff: { ...run.diff, apps: run.diff.apps.map(appToWire) },
  };
}

/** How many shards a PR that affects `affected` apps is worth: about 100 apps (200 renders) each, up to `max`. */
export function suggestShards(affected: number, max = 10): number {
  return Math.max(1, Math.min(max, Math.ceil(affected / 100)));
}

/** The partials merged into one run, or the reason they cannot be. */
export function mergePartials(partials: readonly PartialReport[]):
  | {
      merged: Omit<PartialReport, 'shard' | 'schema' | 'apps' | 'diff'> & {
        diff: ClusterDiff;
        shards: number;
      };
    }
  | { error: string } {
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
    if (p.headContent !== first.headContent)
      return {
        error: `partial reports come from heads of different files (shard ${first.shard.index}/${first.shard.count}: ${first.headContent}, shard ${p.shard.index}/${p.shard.count}: ${p.headContent}): run every shard on the same head`,
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
    ordered.flatMap((p) => p.diff.apps.map(appFromWire)),
    first.unaffected + ordered.reduce((n, p) => n + p.diff.unchangedApps, 0),
    ordered.flatMap((p) => p.diff.notPreviewed),
  );
  // the shards ran side by side: each phase took as long as its slowest shard's
  const timings: PhaseTimings = { discover: 0, render: 0, validate: 0, diff: 0 };
  for (const p of ordered)
    for (const k of ['discover', 'render', 'validate', 'diff'] as const)
      timings[k] = Math.max(timings[k], p.timings[k]);
  return {
    merged: {
      base: first.base,
      head: first.head,
      headContent: first.headContent,
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

/** An app the merge worked out the pull request affects, and the sides it is found at. */
export interface AffectedApp {
  id: string;
  at: 'both' | 'base' | 'head';
}

const list = (ids: readonly string[]) => ids.map((id) => JSON.stringify(id)).join(', ');

/**
 * Why the partial reports do not account for exactly the apps the pull request affects (worked out by
 * the merge from the base and the head), or undefined when they do: every affected app is reported by
 * the shard its slot is, once; every app a report shows is one of its shard's apps, shown once; and each
 * shard's apps that it shows no entry for are the ones an unchanged app or a rename leaves without one.
 * A report set with an app removed (its entry, or the app itself) or added twice is refused, naming it.
 */
export function coverageError(
  partials: readonly PartialReport[],
  affected: readonly AffectedApp[],
  units: number,
): string | undefined {
  const count = partials[0]?.shard.count ?? 1;
  const at = new Map(affected.map((a) => [a.id, a.at]));
  for (const p of partials)
    if (p.affected !== affected.length || p.units !== units)
      return `shard ${p.shard.index}/${count} says ${p.affected} of ${p.units} app(s) are affected, but the merge finds ${affected.length} of ${units} at this base and head: run every shard and the merge with the same settings`;
  const reportedBy = new Map<string, number>();
  const shownBy = new Map<string, number>();
  for (const p of partials) {
    const slot = `shard ${p.shard.index}/${count}`;
    if (!Array.isArray(p.apps)) return `${slot}'s report lists no apps`;
    for (const id of p.apps) {
      const owner = shardOf(id, count);
      if (!at.has(id))
        return `${slot} reports app ${JSON.stringify(id)}, which this pull request does not affect`;
      if (owner !== p.shard.index)
        return `${slot} reports app ${JSON.stringify(id)}, which is shard ${owner}/${count}'s`;
      const earlier = reportedBy.get(id);
      if (earlier !== undefined)
        return `app ${JSON.stringify(id)} is reported twice (shard ${earlier}/${count})`;
      reportedBy.set(id, p.shard.index);
    }
    const own = new Set(p.apps);
    let renamed = 0;
    for (const entry of p.diff.apps) {
      if (!own.has(entry.id))
        return `${slot} shows app ${JSON.stringify(entry.id)}, which is not one of the apps it reports`;
      if (shownBy.has(entry.id))
        return `app ${JSON.stringify(entry.id)} is shown twice (shard ${shownBy.get(entry.id)}/${count} and ${p.shard.index}/${count})`;
      shownBy.set(entry.id, p.shard.index);
      if (entry.status === 'renamed') renamed++;
    }
    const unshown = (side: AffectedApp['at']) =>
      p.apps.filter((id) => at.get(id) === side && !shownBy.has(id));
    // an app new at the head always has an entry; a removed app one, unless a rename took it in
    const newApps = unshown('head');
    if (newApps.length > 0)
      return `${slot}'s report has no entry for app(s) ${list(newApps)}, new at the head`;
    const removedApps = unshown('base');
    if (removedApps.length !== renamed)
      return `${slot}'s report has no entry for app(s) ${list(removedApps)}, removed at the head (${renamed} rename(s) account for ${renamed})`;
    const quiet = unshown('both');
    if (quiet.length !== p.diff.unchangedApps)
      return `${slot}'s report counts ${p.diff.unchangedApps} unchanged app(s) but has no entry for ${quiet.length}: ${list(quiet)}`;
  }
  const missing = affected.filter((a) => !reportedBy.has(a.id)).map((a) => a.id);
  if (missing.length > 0)
    return `app(s) ${missing.map((id) => `${JSON.stringify(id)} (shard ${shardOf(id, count)}/${count})`).join(', ')} affected by this pull request are missing from the reports`;
  return undefined;
}
