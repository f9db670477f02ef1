// The predicted cluster diff between two trees: discover the apps at base and head, render only those
// whose inputs (or whose Application) changed (affectedApps.ts), validate the head, and compare
// (pairedRenders.ts).
import type { ClusterDiff } from '../core/diff/diffModel.js';
import type { RenderUnit } from '../core/argo/unit.js';
import { hasFolder, type FileTree } from '../core/fileTree.js';
import { chartCache, type ChartCache } from '../core/render/chartDependencies.js';
import { changedPaths } from '../core/render/unitInputs.js';
import { renderAndCompare } from './pairedRenders.js';
import type { OtherTree } from './renderOptions.js';
import type { ValidationOptions } from './validateRendered.js';
import type { Renderer } from '../ports.js';
import { shardOf, type Shard } from '../core/diff/shard.js';
import type { AffectedApp, PhaseTimings } from '../core/diff/shards.js';
import type { RenderProgress } from '../log.js';
import { affectedApps, type AffectedApps, type PreviewIndex, type RenderScope } from './affectedApps.js';
import type { Tracking } from '../core/argo/trackedRevision.js';
import { exclusionOf, type Selector } from '../core/argo/selector.js';
import { clusterServers } from '../core/argo/clusters.js';
import {
  applicationsRepositoryUrl,
  type ApplicationsSetting,
  type ApplicationsSource,
} from '../core/argo/applicationsRepository.js';

export type { PreviewIndex, RenderScope } from './affectedApps.js';

/** What a preview needs of the settings (check's and the CLI diff's both hold it). */
export interface PreviewSettings extends ValidationOptions {
  repoUrls: readonly string[];
  render: RenderScope;
  /** The pull request's branch (trackedRevision.ts); unset: every revision counts as the branch. */
  tracking?: Tracking;
  /** Only the apps it selects are rendered (selector.ts); the opt-out annotation holds without one. */
  selector?: Selector;
  kustomizeBuildOptions: string[];
  paths: string[];
  progress?: RenderProgress;
  /** Render only the affected apps of this shard (a check spread over a job matrix). */
  shard?: Shard;
  /** The run's memo of charts; a fresh one per diff when not given. */
  charts?: ChartCache;
  /** Other Git repositories' files (a source elsewhere); without it such a source is not previewed. */
  otherTree?: OtherTree;
  /** Argo CD's new git files globbing (input `new-git-file-globbing`): files paths as doublestar globs. */
  newGitFileGlobbing?: boolean;
  /** The applications repository, fetched (fetchApplications): its Applications are previewed too. */
  applications?: ApplicationsSource;
}

/**
 * The applications repository the settings name, fetched once at its revision (the same files for base
 * and head), or why it could not be; undefined when none is named.
 */
export async function fetchApplications(
  setting: ApplicationsSetting | undefined,
  serverUrl: string,
  otherTree: OtherTree | undefined,
): Promise<ApplicationsSource | undefined> {
  if (!setting) return undefined;
  const url = applicationsRepositoryUrl(setting.repository, serverUrl);
  const at = { url, revision: setting.revision, path: setting.path };
  const fetched = otherTree
    ? await otherTree(url, setting.revision)
    : { error: 'other repositories are not fetched here' };
  if (!('tree' in fetched)) return { ...at, error: fetched.error };
  if (setting.path !== '' && !hasFolder(fetched.tree, setting.path))
    return { ...at, error: `it has no folder ${setting.path} (applications-path)` };
  return { ...at, tree: fetched.tree };
}

/** Milliseconds spent in each phase of a diff. */
export type DiffTimings = PhaseTimings;

/** With the base's kept index (affectedApps.ts): the index built for keeping, and whether the kept one was used. */
export interface DiffRun extends Pick<AffectedApps, 'builtIndex' | 'indexUse' | 'notIndexed'> {
  diff: ClusterDiff;
  /** Changed files that no app at base or head reads: the preview cannot speak for them. */
  uncovered: string[];
  /** Units known at base or head, and how many of them were rendered. */
  units: number;
  rendered: number;
  changedFiles: number;
  /** The renderers that ran (`helm`, `kustomize`, `kubectl kustomize`). */
  renderers: string[];
  timings: DiffTimings;
  /** Apps whose inputs changed (all shards), and apps counted unchanged without rendering. */
  affected: number;
  unaffected: number;
  /** The ids of the affected apps rendered here: this shard's, or all of them. */
  shardApps: string[];
}

/** Discovery only (no render): how many apps a change affects, for sizing a job matrix. */
export async function planDiff(
  base: FileTree,
  head: FileTree,
  settings: PreviewSettings,
): Promise<{ units: number; affected: number }> {
  const { ids, affected } = await affectedApps(base, head, changedPaths(base, head), settings);
  return { units: ids.size, affected: affected.size };
}

/**
 * The apps a change affects and the sides each is found at, and how many apps there are: what a merge of
 * shards' reports holds them against (shards.ts coverageError).
 */
export async function affectedSides(
  base: FileTree,
  head: FileTree,
  settings: PreviewSettings,
): Promise<{ units: number; affected: AffectedApp[] }> {
  const found = await affectedApps(base, head, changedPaths(base, head), settings);
  const atBase = new Set(found.units.base.map((u) => u.id));
  const atHead = new Set(found.units.head.map((u) => u.id));
  const affected = [...found.affected].map((id): AffectedApp => {
    const at = atBase.has(id) ? (atHead.has(id) ? 'both' : 'base') : 'head';
    return { id, at };
  });
  return { units: found.ids.size, affected };
}

export async function computeDiff(
  base: FileTree,
  head: FileTree,
  settings: PreviewSettings,
  renderer: Renderer,
  index?: PreviewIndex,
): Promise<DiffRun> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const spent = Math.round(now - mark);
    mark = now;
    return spent;
  };
  const changed = changedPaths(base, head);
  // one memo of charts for the walk and the renders: a chart many apps share is parsed once
  const charts = settings.charts ?? chartCache();
  const found = await affectedApps(base, head, changed, { ...settings, charts }, index);
  const { ids: all, affected: allAffected, uncovered } = found;
  const shard = settings.shard;
  const affected = shard
    ? new Set([...allAffected].filter((id) => shardOf(id, shard.count) === shard.index))
    : allAffected;
  const options = {
    renderer,
    strict: settings.strict,
    kubernetesVersion: settings.kubernetesVersion,
    repoUrls: settings.repoUrls,
    ...(settings.tracking && { tracking: settings.tracking }),
    ...(found.clusters && { clusters: found.clusters }),
    ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
    exclude: (unit: RenderUnit) => exclusionOf(unit, settings.selector),
    kustomizeBuildOptions: settings.kustomizeBuildOptions,
    renderersUsed: new Set<string>(),
    charts,
    ...(settings.progress && { progress: settings.progress }),
    ...(settings.otherTree && { otherTree: settings.otherTree }),
    ...(found.definedAt && { definedAt: found.definedAt }),
  };
  const discover = lap();
  // apps deploying another revision are listed (otherRevisions), not counted as unchanged
  const elsewhere = found.otherRevisions.filter((entry) => entry.id !== undefined).length;
  const unaffected = [...all].filter((id) => !allAffected.has(id)).length - elsewhere;
  // apps the pull request cannot change are not rendered (render: changed), so a claim of one object by a
  // changed and an unchanged app shows in the push validation or with render: all
  const compared = await renderAndCompare(
    { base, head },
    {
      base: found.units.base.filter((u) => affected.has(u.id)),
      head: found.units.head.filter((u) => affected.has(u.id)),
    },
    options,
    found.clusters && 'clusters' in found.clusters
      ? { ...settings, clusterServers: clusterServers(found.clusters.clusters) }
      : settings,
    {
      // a shard counts only what it rendered; the merge adds the unaffected apps once
      unchanged: shard ? 0 : unaffected,
      notPreviewed: found.notPreviewed,
      otherRevisions: found.otherRevisions.map(({ name, file, line, revision }) => ({
        name,
        file,
        line,
        revision,
      })),
    },
    lap,
  );
  const timings = { discover, ...compared.timings };
  return {
    timings,
    affected: allAffected.size,
    unaffected,
    diff: compared.diff,
    uncovered,
    units: all.size,
    rendered: compared.rendered,
    changedFiles: changed.size,
    renderers: [...options.renderersUsed],
    shardApps: [...affected],
    ...(found.builtIndex && { builtIndex: found.builtIndex }),
    ...(found.indexUse && { indexUse: found.indexUse }),
    ...(found.notIndexed && { notIndexed: found.notIndexed }),
  };
}
