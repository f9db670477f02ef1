// The predicted cluster diff between two trees: discover the apps at base and head, render only those
// whose inputs (or whose Application) changed, validate the head, and compare (pairedRenders.ts).
import { discoverUnits, type Reuse } from '../core/argo/discovery.js';
import { memoParser } from '../core/yaml/manifestMaps.js';
import type { RenderUnit } from '../core/argo/unit.js';
import type { ClusterDiff } from '../core/diff/clusterDiff.js';
import type { FileTree } from '../core/fileTree.js';
import { changedPaths, dependsOn, unitInputs, type UnitInputs } from '../core/render/unitInputs.js';
import type { KustomizationCache } from '../core/render/kustomizeInputs.js';
import { loadBuiltinSchemas } from '../core/validate/builtinSchemas.js';
import { renderAndCompare } from './pairedRenders.js';
import type { ValidationOptions } from './validateRendered.js';
import type { Renderer } from '../ports.js';
import { shardOf, type Shard } from '../core/diff/shards.js';
import type { RenderProgress } from '../log.js';

export type RenderScope = 'changed' | 'all';

/** What a preview needs of the settings (check's and the CLI diff's both hold it). */
export interface PreviewSettings extends ValidationOptions {
  repoUrls: readonly string[];
  render: RenderScope;
  kustomizeBuildOptions: string[];
  paths: string[];
  progress?: RenderProgress;
  /** Render only the affected apps of this shard (a check spread over a job matrix). */
  shard?: Shard;
}

/** Milliseconds spent in each phase of a diff. */
export interface DiffTimings {
  discover: number;
  render: number;
  validate: number;
  diff: number;
}

export interface DiffRun {
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
}

/**
 * Which units a change can affect, and which changed files no unit reads (at base or head). A unit
 * whose Application is the same on both sides depends on the same paths on both sides unless one of
 * those paths changed (`unitInputs` records every path a render reads or looks for): its head inputs
 * decide, and the base is walked only for the units that are affected anyway.
 */
function affectedUnits(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  baseUnits: RenderUnit[],
  headUnits: RenderUnit[],
  scope: RenderScope,
): { affected: Set<string>; uncovered: string[] } {
  const ids = new Set([...baseUnits, ...headUnits].map((u) => u.id));
  const baseById = new Map(baseUnits.map((u) => [u.id, u]));
  const headById = new Map(headUnits.map((u) => [u.id, u]));
  const affected = new Set<string>();
  const uncovered = new Set(changed);
  const cache: KustomizationCache = new Map();
  const touches = (inputs: UnitInputs) => {
    let touched = false;
    for (const file of changed)
      if (dependsOn(inputs, file)) {
        touched = true;
        uncovered.delete(file);
      }
    return touched;
  };
  for (const id of ids) {
    const before = baseById.get(id);
    const after = headById.get(id);
    const sameSpec =
      before !== undefined &&
      after !== undefined &&
      (before === after ||
        JSON.stringify({ ...before, file: '', line: 0 }) === JSON.stringify({ ...after, file: '', line: 0 }));
    const headTouched = after ? touches(unitInputs(head, after, cache)) : false;
    // a new or removed app, or a changed Application spec, is affected whatever its files did
    if (scope === 'all' || !sameSpec || headTouched) {
      affected.add(id);
      if (before) touches(unitInputs(base, before, cache));
    }
  }
  return { affected, uncovered: [...uncovered].sort() };
}

/** Discovery only (no render): how many apps a change affects, for sizing a job matrix. */
export function planDiff(
  base: FileTree,
  head: FileTree,
  settings: PreviewSettings,
): { units: number; affected: number } {
  const changed = changedPaths(base, head);
  const { baseUnits, headUnits } = discoverBoth(base, head, changed, settings);
  const { affected } = affectedUnits(base, head, changed, baseUnits, headUnits, settings.render);
  return { units: new Set([...baseUnits, ...headUnits].map((u) => u.id)).size, affected: affected.size };
}

/**
 * Applications at base and head. Folder units stand in for apps only in a repository without
 * Applications on either side: when a PR adds the first Application (or removes the last), both sides
 * are read as Applications, so the folders are not shown as removed (or new) apps. The base reuses what
 * the head's files gave where a file and the `.argocd-source` files its Applications read are the same.
 */
function discoverBoth(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  settings: PreviewSettings,
) {
  // the two revisions share almost every file: each text is parsed once
  const parse = memoParser();
  const discover = (tree: FileTree, fallback: boolean, reuse?: Reuse) =>
    discoverUnits(tree, settings.repoUrls, settings.paths, fallback, parse, reuse);
  let headFound = discover(head, true);
  // an Application's `.argocd-source*.yaml` files change its unit: with any of them changed (or a link,
  // whose target may have), every file is read afresh
  const isParameterFile = (path: string) => /(^|\/)\.argocd-source(-[^/]*)?\.yaml$/.test(path);
  const parametersSame =
    ![...changed].some(isParameterFile) &&
    ![...head].some(([path, entry]) => entry.link !== undefined && isParameterFile(path));
  const reuse: Reuse = (path, text) => {
    const found = parametersSame ? headFound.byFile?.get(path) : undefined;
    return found && found.text === text && !found.generated ? found : undefined;
  };
  let baseFound = discover(base, true, reuse);
  if (baseFound.applications !== headFound.applications) {
    if (!baseFound.applications) baseFound = discover(base, false, reuse);
    else headFound = discover(head, false);
  }
  return { baseFound, headFound, baseUnits: baseFound.units, headUnits: headFound.units };
}

export async function computeDiff(
  base: FileTree,
  head: FileTree,
  settings: PreviewSettings,
  renderer: Renderer,
): Promise<DiffRun> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const spent = Math.round(now - mark);
    mark = now;
    return spent;
  };
  const changed = changedPaths(base, head);
  const { baseFound, headFound, baseUnits, headUnits } = discoverBoth(base, head, changed, settings);
  const { affected: allAffected, uncovered } = affectedUnits(
    base,
    head,
    changed,
    baseUnits,
    headUnits,
    settings.render,
  );
  const shard = settings.shard;
  const affected = shard
    ? new Set([...allAffected].filter((id) => shardOf(id, shard.count) === shard.index))
    : allAffected;
  const options = {
    renderer,
    strict: settings.strict,
    kubernetesVersion: settings.kubernetesVersion,
    repoUrls: settings.repoUrls,
    kustomizeBuildOptions: settings.kustomizeBuildOptions,
    renderersUsed: new Set<string>(),
    ...(settings.progress && { progress: settings.progress }),
  };
  const discover = lap();
  // the built-in validators (a 4.5 MB module) load while kustomize and helm run in other processes
  // (renderAndCompare handles a failure at once, so a render failing first leaves nothing unhandled)
  const builtin = loadBuiltinSchemas();
  const all = new Set([...baseUnits, ...headUnits].map((u) => u.id));
  const unaffected = [...all].filter((id) => !allAffected.has(id)).length;
  // apps the pull request cannot change are not rendered (render: changed), so a claim of one object by a
  // changed and an unchanged app shows in the push validation or with render: all
  const compared = await renderAndCompare(
    { base, head },
    { base: baseUnits.filter((u) => affected.has(u.id)), head: headUnits.filter((u) => affected.has(u.id)) },
    options,
    settings,
    builtin,
    {
      // a shard counts only what it rendered; the merge adds the unaffected apps once
      unchanged: shard ? 0 : unaffected,
      notPreviewed: [...baseFound.notPreviewed, ...headFound.notPreviewed],
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
  };
}
