// Which apps a change can affect: discover the apps at base and head, and work out what each app's render
// reads (unitInputs.ts) — or take both from the base's kept index (treeIndex.ts), walking only the apps
// the change reaches.
import { discoverTexts, discoverUnits, unitsOfFiles, type Reuse } from '../core/argo/discovery.js';
import {
  applicationFiles,
  unreachableApplications,
  type ApplicationsSource,
} from '../core/argo/applicationsRepository.js';
import { parameterFilesChanged } from '../core/argo/sourceParameters.js';
import { otherRevisionOf, type Tracking } from '../core/argo/trackedRevision.js';
import type { AppSetExpander, ControllerSettings } from '../core/argo/applicationSets.js';
import { clusterSet, type ClusterSet } from '../core/argo/clusters.js';
import type { Discovery, FileDiscovery, NotPreviewed, OtherRevision, RenderUnit } from '../core/argo/unit.js';
import type { FileTree } from '../core/fileTree.js';
import type { ChartCache } from '../core/render/chartDependencies.js';
import type { KustomizationCache } from '../core/render/kustomizeInputs.js';
import {
  buildTreeIndex,
  generatorInputChanged,
  indexedDependents,
  indexedInputs,
  indexedUnitFile,
  indexMismatch,
  treeIndexRefusal,
  type TreeIndex,
} from '../core/render/treeIndex.js';
import { dependsOn, unitInputs, type UnitInputs } from '../core/render/unitInputs.js';
import { memoParser } from '../core/yaml/manifestMaps.js';
import { expanderFor } from './appSetEngine.js';

export type RenderScope = 'changed' | 'all';

/** What discovery and the walk read of the settings. */
interface WalkSettings {
  repoUrls: readonly string[];
  /** The run's memo of charts (chartDependencies.ts), shared with its renders. */
  charts?: ChartCache;
  /** Without Applications: only the folders under these globs are units. */
  paths: readonly string[];
  render: RenderScope;
  /** The pull request's branch: apps deploying another revision are not affected (trackedRevision.ts). */
  tracking?: Tracking;
  /** The folder of cluster definitions (input `clusters`), read from the base at both sides (clusters.ts). */
  clustersFolder?: string;
  /** The clusters read from it (set by affectedApps). */
  clusters?: ClusterSet;
  /** Argo CD's new git files globbing (input `new-git-file-globbing`). */
  newGitFileGlobbing?: boolean;
  /** The applications repository, fetched (input `applications-repository`; applicationsRepository.ts). */
  applications?: ApplicationsSource;
}

/** What Argo CD's ApplicationSet controller is set up with, as these settings give it. */
export const controllerOf = (settings: {
  clusters?: ClusterSet;
  newGitFileGlobbing?: boolean;
}): ControllerSettings => ({
  ...(settings.clusters && { clusters: settings.clusters }),
  ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
});

/** The settings with the clusters of the base's cluster definitions folder, when one is named. */
function withClusters<T extends Omit<WalkSettings, 'render'>>(base: FileTree, settings: T): T {
  if (settings.clustersFolder === undefined || settings.clusters) return settings;
  return { ...settings, clusters: clusterSet(base, settings.clustersFolder) };
}

/** The base's kept index (treeIndex.ts), or none and whether to build one for keeping. */
export interface PreviewIndex {
  base?: TreeIndex;
  build: boolean;
  /**
   * Reads the still unread files among `paths` in one batch (a tree read lazily from git); with
   * `alongside`, the other revision's files at those paths in the same batch.
   */
  readAhead: (tree: FileTree, paths: Iterable<string>, alongside?: FileTree) => void;
}

export interface AffectedApps {
  /** Every unit known at base or head. */
  ids: Set<string>;
  /** The units whose render a change can change (new, removed, retargeted, or reading a changed path). */
  affected: Set<string>;
  /** The affected units as each side defines them. */
  units: { base: RenderUnit[]; head: RenderUnit[] };
  notPreviewed: NotPreviewed[];
  /**
   * Unaffected apps (with their unit's id) and ApplicationSets deploying another revision than the pull
   * request's branch: listed, not rendered.
   */
  otherRevisions: Array<OtherRevision & { id?: string }>;
  /** Changed files that no app at base or head reads: the preview cannot speak for them. */
  uncovered: string[];
  /** The base's index, when `PreviewIndex.build` asked for it and the tree allows one. */
  builtIndex?: TreeIndex;
  /** Why none was built when `PreviewIndex.build` asked for one (the tree allows none). */
  notIndexed?: string;
  /** Whether the base's index stood for discovery and the walk, or why not (undefined: none given). */
  indexUse?: { used: true } | { used: false; reason: string };
  /** The clusters both sides were discovered with (the base's cluster definitions), when a folder is named. */
  clusters?: ClusterSet;
  /**
   * Every app discovery found (at base or head, affected or not) by where it is defined (`file\nline`):
   * an app-of-apps deploying that document under the same name deploys that app (renderWaves.ts).
   */
  definedAt?: Map<string, string>;
}

/** Where a unit is defined, and its name: how an app-of-apps' child is known for an app discovery found. */
export const place = (unit: { file: string; line: number }) => `${unit.file}\n${unit.line}`;
export const appName = (unit: RenderUnit) => unit.app?.name ?? unit.id;

/** Notes which changed files some unit's inputs hold (the rest are uncovered). */
function coverage(changed: ReadonlySet<string>) {
  const uncovered = new Set(changed);
  const touches = (inputs: UnitInputs) => {
    let touched = false;
    for (const file of changed)
      if (dependsOn(inputs, file)) {
        touched = true;
        uncovered.delete(file);
      }
    return touched;
  };
  const covered = (paths: Iterable<string>) => {
    for (const path of paths) uncovered.delete(path);
  };
  return { touches, covered, uncovered: () => [...uncovered].sort() };
}

/** A unit deploying another revision, as the report lists it. */
const otherRevisionEntry = (unit: RenderUnit): (OtherRevision & { id: string }) | undefined => {
  const revision = otherRevisionOf(unit);
  return revision === undefined
    ? undefined
    : { id: unit.id, name: unit.app?.name ?? unit.id, file: unit.file, line: unit.line, revision };
};

/**
 * ApplicationSets whose generators read another revision: unaffected while the pull request leaves their
 * file alone; a changed one may generate other apps there, which are not previewed.
 */
function generatorRevisions(
  found: Discovery[],
  changed: ReadonlySet<string>,
): { otherRevisions: OtherRevision[]; notPreviewed: NotPreviewed[] } {
  const otherRevisions: OtherRevision[] = [];
  const notPreviewed: NotPreviewed[] = [];
  for (const entry of found.flatMap((f) => f.otherRevisions ?? []))
    if (!changed.has(entry.file)) otherRevisions.push(entry);
    else
      notPreviewed.push({
        name: entry.name,
        file: entry.file,
        line: entry.line,
        reason: `ApplicationSet: its generator reads revision ${entry.revision} of this repository, not the pull request's branch, and this pull request changes the ApplicationSet: the apps it generates there are not previewed`,
      });
  return { otherRevisions, notPreviewed };
}

/**
 * Which units a change can affect, and which changed files no unit reads (at base or head). A unit
 * whose Application is the same on both sides depends on the same paths on both sides unless one of
 * those paths changed (`unitInputs` records every path a render reads or looks for): its head inputs
 * decide, and the base is walked only for the units that are affected anyway.
 */
function walkAll(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  settings: WalkSettings,
  expand: AppSetExpander | undefined,
  build = false,
): AffectedApps {
  const { baseFound, headFound, external, unreachable } = discoverBoth(base, head, changed, settings, expand);
  const ids = new Set([...baseFound.units, ...headFound.units].map((u) => u.id));
  const baseById = new Map(baseFound.units.map((u) => [u.id, u]));
  const headById = new Map(headFound.units.map((u) => [u.id, u]));
  const affected = new Set<string>();
  const otherRevisions: Array<OtherRevision & { id: string }> = [];
  // every unit's base inputs, kept only for the index they make (a fleet's inputs are many small sets)
  const inputs = { base: new Map<string, UnitInputs>() };
  const keep = (id: string, found: UnitInputs) => build && inputs.base.set(id, found);
  const cache: KustomizationCache = new Map();
  const { touches, uncovered } = coverage(changed);
  // an app of the applications repository reads this repository's files, never its own file (a label)
  const inputsOf = (tree: FileTree, unit: RenderUnit) => {
    const found = unitInputs(tree, unit, cache, settings.charts);
    if (external.has(unit.id)) found.files.delete(unit.file);
    return found;
  };
  for (const id of ids) {
    const before = baseById.get(id);
    const after = headById.get(id);
    const sameSpec =
      before !== undefined &&
      after !== undefined &&
      (before === after ||
        JSON.stringify({ ...before, file: '', line: 0 }) === JSON.stringify({ ...after, file: '', line: 0 }));
    const headInputs = after && inputsOf(head, after);
    const headTouched = headInputs ? touches(headInputs) : false;
    // a new or removed app, or a changed Application spec, is affected whatever its files did
    // an unreachable applications repository is listed at every run: its apps may be any
    if (settings.render === 'all' || !sameSpec || headTouched || unreachable.has(id)) {
      affected.add(id);
      if (before) {
        const baseInputs = inputsOf(base, before);
        keep(id, baseInputs);
        touches(baseInputs);
      }
    } else {
      if (headInputs) keep(id, headInputs);
      const entry = after && otherRevisionEntry(after);
      if (entry) otherRevisions.push(entry);
    }
  }
  const found = (side: Discovery) => ({
    ...side,
    otherRevisions: side.units.flatMap((u) => otherRevisionEntry(u) ?? []),
    appSetRevisions: side.otherRevisions ?? [],
  });
  const generators = generatorRevisions([baseFound, headFound], changed);
  const notIndexed = build ? treeIndexRefusal(found(baseFound), inputs.base) : undefined;
  const definedAt = new Map([...baseFound.units, ...headFound.units].map((u) => [place(u), appName(u)]));
  return {
    ids,
    affected,
    definedAt,
    units: {
      base: baseFound.units.filter((u) => affected.has(u.id)),
      head: headFound.units.filter((u) => affected.has(u.id)),
    },
    notPreviewed: [...baseFound.notPreviewed, ...headFound.notPreviewed, ...generators.notPreviewed],
    otherRevisions: [...otherRevisions, ...generators.otherRevisions],
    uncovered: uncovered(),
    ...(build && !notIndexed && { builtIndex: buildTreeIndex(base, found(baseFound), inputs.base) }),
    ...(notIndexed && { notIndexed }),
  };
}

/**
 * walkAll with the base's index: the units are the index's on both sides (indexMismatch holds that no
 * changed file is one discovery reads), and a unit is affected when a changed path is among the inputs the
 * index holds for it — the same answer, as an unaffected unit's inputs are the same on both sides. Only
 * the affected units are parsed and walked (at the head), after their base inputs are read in one batch.
 */
async function walkFromIndex(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  settings: WalkSettings,
  kept: TreeIndex,
  readAhead: PreviewIndex['readAhead'],
  charts?: ChartCache,
): Promise<AffectedApps | undefined> {
  const dependents = indexedDependents(kept, changed);
  const { touches, covered, uncovered } = coverage(changed);
  covered(dependents.read);
  // the files the walk and the renders read first (an app's own file among them), at the head and at the
  // base (its render reads them next), in one batch
  readAhead(
    head,
    dependents.units.flatMap((i) => [...indexedInputs(kept, i).files]),
    base,
  );
  const ids = new Set(dependents.units.map((i) => kept.ids[i] as string));
  const files = new Set(dependents.units.map((i) => indexedUnitFile(kept, i)));
  const expand = await expanderFor(controllerOf(settings), [base], [...files]);
  const units = unitsOfFiles(base, files, settings.repoUrls, undefined, settings.tracking, expand).filter(
    (u) => ids.has(u.id),
  );
  if (units.length !== ids.size) return undefined;
  const cache: KustomizationCache = new Map();
  for (const unit of units) touches(unitInputs(head, unit, cache, charts));
  return {
    ids: new Set(kept.ids),
    affected: ids,
    units: { base: units, head: units },
    notPreviewed: kept.notPreviewed,
    // an ApplicationSet reading another revision is unaffected: its file is unchanged (indexMismatch)
    otherRevisions: [...kept.otherRevisions.filter((entry) => !ids.has(entry.id)), ...kept.appSetRevisions],
    uncovered: uncovered(),
    indexUse: { used: true },
  };
}

/** Which apps a change affects: from the base's kept index where it stands for both sides, else by walking all. */
export async function affectedApps(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  settings: WalkSettings,
  index?: PreviewIndex,
): Promise<AffectedApps> {
  settings = withClusters(base, settings);
  const clusters = settings.clusters && { clusters: settings.clusters };
  return { ...(await affectedWith(base, head, changed, settings, index)), ...clusters };
}

async function affectedWith(
  base: FileTree,
  head: FileTree,
  changed: ReadonlySet<string>,
  settings: WalkSettings,
  index?: PreviewIndex,
): Promise<AffectedApps> {
  const kept = index?.base;
  const walk = async (build?: boolean) =>
    walkAll(base, head, changed, settings, await expanderForWalk([base, head], settings), build);
  // an index holds this repository's apps only: with an applications repository, every app is walked
  if (settings.applications && index)
    return {
      ...(await walk()),
      indexUse: { used: false, reason: 'the Applications are read from applications-repository' },
    };
  if (!index || !kept) return walk(index?.build);
  const mismatch = settings.render === 'all' ? 'render: all' : indexMismatch(head, base, changed, kept);
  if (mismatch) return { ...(await walk()), indexUse: { used: false, reason: mismatch } };
  const fromIndex = await walkFromIndex(
    base,
    head,
    changed,
    settings,
    kept,
    index.readAhead,
    settings.charts,
  );
  if (fromIndex) return fromIndex;
  // an index naming an app that its file does not define is not this Slipway's: the tree is read whole,
  // and the index built from it replaces that one
  const reason = 'it names an app its file does not define';
  return { ...(await walk(true)), indexUse: { used: false, reason } };
}

/**
 * The ApplicationSet engine for a walk of these trees (and the applications repository's files), when
 * discovery may meet an ApplicationSet there (appSetEngine.ts).
 */
const expanderForWalk = (trees: readonly FileTree[], settings: Omit<WalkSettings, 'render'>) =>
  expanderFor(
    controllerOf(settings),
    trees,
    undefined,
    settings.applications?.tree ? applicationFiles(settings.applications).map((f) => f.text) : [],
  );

/**
 * The index a preview whose base is `tree` would build and keep (undefined where none is built: see
 * buildTreeIndex): the tree walked as the base of a change that changes nothing.
 */
export async function indexOfTree(
  tree: FileTree,
  settings: Omit<WalkSettings, 'render'>,
): Promise<TreeIndex | undefined> {
  return (await treeIndexOf(tree, settings)).builtIndex;
}

/** indexOfTree, with the reason when none is built. */
export async function treeIndexOf(
  tree: FileTree,
  settings: Omit<WalkSettings, 'render'>,
): Promise<Pick<AffectedApps, 'builtIndex' | 'notIndexed'>> {
  settings = withClusters(tree, settings);
  const expand = await expanderForWalk([tree], settings);
  const { builtIndex, notIndexed } = walkAll(
    tree,
    tree,
    new Set(),
    { ...settings, render: 'changed' },
    expand,
    true,
  );
  return { ...(builtIndex && { builtIndex }), ...(notIndexed && { notIndexed }) };
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
  settings: Omit<WalkSettings, 'render'>,
  expand: AppSetExpander | undefined,
) {
  // the two revisions share almost every file: each text is parsed once
  const parse = memoParser();
  // with an applications repository, this one's folders are no apps of their own
  const fallback = settings.applications === undefined;
  const discover = (tree: FileTree, fallback: boolean, reuse?: Reuse) =>
    discoverUnits(tree, settings.repoUrls, settings.paths, fallback, parse, reuse, settings.tracking, expand);
  let headFound = discover(head, fallback);
  // an Application's `.argocd-source*.yaml` files change its unit: with any of them changed (or a link,
  // whose target may have), every file is read afresh
  const parametersSame = parameterFilesChanged(changed, head) === undefined;
  // an ApplicationSet's apps too, when nothing its generators read changed (the folders and files of
  // their patterns)
  const generatorsSame = (path: string, found: FileDiscovery) =>
    !found.generated ||
    (found.reads !== undefined &&
      generatorInputChanged([{ file: path, ...found.reads }], base, head, changed) === undefined);
  const reuse: Reuse = (path, text) => {
    const found = parametersSame ? headFound.byFile?.get(path) : undefined;
    return found && found.text === text && generatorsSame(path, found) ? found : undefined;
  };
  let baseFound = discover(base, fallback, reuse);
  if (baseFound.applications !== headFound.applications) {
    if (!baseFound.applications) baseFound = discover(base, false, reuse);
    else headFound = discover(head, false);
  }
  const external = new Set<string>();
  const unreachable = new Set<string>();
  const withApplications = (found: Discovery, tree: FileTree): Discovery => {
    const source = settings.applications;
    if (!source) return found;
    if (!source.tree) {
      const unit = unreachableApplications(source);
      external.add(unit.id);
      unreachable.add(unit.id);
      return { ...found, units: [...found.units, unit] };
    }
    const there = discoverTexts(
      tree,
      applicationFiles(source),
      settings.repoUrls,
      parse,
      settings.tracking,
      expand,
    );
    // an app defined in both repositories: this repository's definition is previewed
    const own = new Map(found.units.map((u) => [u.id, u]));
    const twice = there.units.filter((u) => own.has(u.id));
    for (const unit of there.units) if (!own.has(unit.id)) external.add(unit.id);
    return {
      ...found,
      units: [...found.units, ...there.units.filter((u) => !own.has(u.id))],
      notPreviewed: [
        ...found.notPreviewed,
        ...there.notPreviewed,
        ...twice.map((u) => ({
          name: u.app?.name ?? u.id,
          file: u.file,
          line: u.line,
          reason: `Application defined in this repository too (${own.get(u.id)?.file}); that definition is previewed`,
        })),
      ],
      ...((found.otherRevisions || there.otherRevisions) && {
        otherRevisions: [...(found.otherRevisions ?? []), ...(there.otherRevisions ?? [])],
      }),
    };
  };
  return {
    baseFound: withApplications(baseFound, base),
    headFound: withApplications(headFound, head),
    external,
    unreachable,
  };
}
