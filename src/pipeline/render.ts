// Renders units the way Argo CD's repo-server would: the source type decides directory, kustomize or
// Helm; failures become findings on the app, never a crash. Applications in the output (app-of-apps)
// become units too, to a bounded depth.
import { availableParallelism } from 'node:os';
import {
  expandApplicationSet,
  isApplicationSet,
  type ControllerSettings,
} from '../core/argo/applicationSets.js';
import { appName, controllerOf, place } from './affectedApps.js';
import { appUnit, isApplication } from '../core/argo/application.js';
import { withPolicy } from '../core/argo/discovery.js';
import type { NotPreviewed, OtherRevision, RenderUnit, RepoAt, UnitSource } from '../core/argo/unit.js';
import { crossRef, REF_FOLDER, repoAtText } from '../core/argo/otherRepository.js';
import type { ClusterSet } from '../core/argo/clusters.js';
import type { Tracking } from '../core/argo/trackedRevision.js';
import { kustomizationIn, sourceType } from '../core/argo/sourceType.js';
import { hasFolder, isReadable, readText, resolveInTree, type FileTree } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import { kustomizeInputs } from '../core/render/kustomizeInputs.js';
import { parseKustomizeOutput } from '../core/render/kustomizeOutput.js';
import { nonStringAnnotations, type Rendered, type RenderedObject } from '../core/render/objects.js';
import { parseObjects } from '../core/render/documentReader.js';
import { renderDirectory } from '../core/render/directorySource.js';
import { clusterScopedCrdKinds, defaultNamespaces } from '../core/render/scope.js';
import { renderState, type RenderState } from '../core/render/renderState.js';
import type { Renderer } from '../ports.js';
import type { RenderProgress } from '../log.js';
import {
  chartDependencies,
  chartLinkFindings,
  crdApiVersions,
  helmFileParameters,
  helmNameProblem,
  helmValueFiles,
  type ChartCache,
  type HelmRelease,
} from '../core/render/helmInputs.js';

export interface RenderOptions {
  renderer: Renderer;
  strict: boolean;
  kubernetesVersion: string;
  repoUrls: readonly string[];
  /** The pull request's branch: sources tracking another revision are not rendered (trackedRevision.ts). */
  tracking?: Tracking;
  /** The clusters Argo CD knows, for ApplicationSets an app deploys (clusters.ts). */
  clusters?: ClusterSet;
  /** Argo CD's new git files globbing (input `new-git-file-globbing`). */
  newGitFileGlobbing?: boolean;
  /** Why an app is left out of the preview (selector.ts), or undefined to render it. */
  exclude?: (unit: RenderUnit) => string | undefined;
  kustomizeBuildOptions?: string[];
  /** Told how many units are planned and each one done, for a progress line. */
  progress?: RenderProgress;
  /** Filled with the renderers that ran (`helm`, `kustomize`, `kubectl kustomize`), for the report's footer. */
  renderersUsed?: Set<string>;
  /** API versions helm is told the cluster serves besides its built-ins (CRDs of the repository), worked out on first use. */
  apiVersions?: () => string[];
  /**
   * Units whose kustomize builds skip origin annotations (~15 % of a build's CPU): their objects point at
   * the kustomization, line 1. For a base whose objects only matter when they equal the head's; a unit
   * whose output holds Applications (whose place its child apps report) is built again with them.
   */
  withoutOrigins?: ReadonlySet<string>;
  /** Waited for before each render of renderAll starts (pairPacer.ts keeps base and head in step). */
  beforeRender?: () => Promise<void>;
  /** The run's memo of charts (helmInputs.ts): each chart's Chart.yaml and locks parsed once. */
  charts?: ChartCache;
  /** The files of another Git repository at a revision (otherRepositories.ts), or why not. */
  otherTree?: OtherTree;
  /** The apps discovery found, by where they are defined, besides the units rendered (affectedApps.ts). */
  definedAt?: ReadonlyMap<string, string>;
}

export type OtherTree = (
  url: string,
  revision: string,
) => Promise<{ sha: string; tree: FileTree } | { error: string }>;

export interface UnitOutput {
  unit: RenderUnit;
  objects: RenderedObject[];
  findings: Finding[];
  /** Whether the objects are what Argo CD would deploy, or the render failed / was not attempted. */
  state: RenderState;
  /** A kustomize build skipped origin annotations (withoutOrigins): objects' files are not their own. */
  originsOmitted?: boolean;
}

const MAX_APP_DEPTH = 3;

/** Nothing rendered, and one finding about the app saying why. */
function notRendered(
  unit: RenderUnit,
  severity: Finding['severity'],
  rule: Finding['rule'],
  message: string,
): Rendered {
  return {
    objects: [],
    findings: [{ severity, rule, unit: unit.id, file: unit.file, line: unit.line, message }],
  };
}

/** Another repository's tree, or the app's finding saying why it is not previewed. */
async function otherTreeOf(
  unit: RenderUnit,
  at: RepoAt,
  options: RenderOptions,
): Promise<{ tree: FileTree } | { rendered: Rendered }> {
  const fetched = options.otherTree
    ? await options.otherTree(at.url, at.revision)
    : { error: 'other repositories are not fetched here' };
  if ('tree' in fetched) return { tree: fetched.tree };
  // the report says "not previewed: <file>:<line>: could not fetch <url>@<rev> (<reason>)"
  const message = `could not fetch ${repoAtText(at.url, at.revision)} (${fetched.error})`;
  return { rendered: notRendered(unit, 'warning', 'not-previewed', message) };
}

/**
 * A render's tree with the value files its source takes from other trees (`$ref:<ref>/<path>`) laid
 * out under REF_FOLDER, and the source's value files pointing there. Each file is read inside its own
 * repository's tree (a path leaving it, or a link out of it, is refused as in this repository).
 */
async function withValueRefs(
  tree: FileTree,
  home: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
): Promise<{ tree: FileTree; source: UnitSource } | { rendered: Rendered }> {
  const refs = source.valueRefs;
  if (!refs || !source.helm?.valueFiles) return { tree, source };
  const overlay = new Map(tree);
  const ignoreMissing = source.helm.ignoreMissingValueFiles === true;
  const valueFiles: string[] = [];
  for (const file of source.helm.valueFiles) {
    const cross = typeof file === 'string' ? crossRef(file) : undefined;
    const at = cross && refs[cross.ref];
    if (!cross || at === undefined) {
      valueFiles.push(file);
      continue;
    }
    let from = home;
    if (at !== null) {
      const other = await otherTreeOf(unit, at, options);
      if ('rendered' in other) return other;
      from = other.tree;
    }
    const path = resolveInTree('', cross.path);
    const where = at === null ? 'this repository' : repoAtText(at.url, at.revision);
    const named = `$${cross.ref}/${cross.path}`;
    if (
      path === undefined ||
      path === '' ||
      (from.get(path)?.link !== undefined && !isReadable(from, path))
    ) {
      return {
        rendered: notRendered(
          unit,
          'error',
          'path-escape',
          `value file ${named} resolves outside ${where}; it is not read`,
        ),
      };
    }
    if (!isReadable(from, path)) {
      if (ignoreMissing) continue;
      return {
        rendered: notRendered(
          unit,
          'error',
          'missing-value-file',
          `value file ${named} does not exist in ${where}; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`,
        ),
      };
    }
    const laidOut = `${REF_FOLDER}/${cross.ref}/${path}`;
    overlay.set(laidOut, { text: readText(from, path) ?? '' });
    valueFiles.push(`$values/${laidOut}`);
  }
  return { tree: overlay, source: { ...source, helm: { ...source.helm, valueFiles } } };
}

async function renderSource(
  tree: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
  /** This repository's tree at the side rendered (`tree` is another repository's for a source there). */
  home: FileTree = tree,
): Promise<Rendered & { originsOmitted?: boolean }> {
  if (source.invalid) return notRendered(unit, 'error', 'invalid-application', source.invalid);
  // a source in another repository: that repository's files at its revision, under the same rules
  if (source.repo !== undefined && source.otherRevision === undefined) {
    const other = await otherTreeOf(unit, source.repo, options);
    if ('rendered' in other) return other.rendered;
    return renderSource(other.tree, unit, { ...source, repo: undefined }, options, home);
  }
  if (source.valueRefs && source.otherRevision === undefined) {
    const laid = await withValueRefs(tree, home, unit, source, options);
    if ('rendered' in laid) return laid.rendered;
    return renderSource(laid.tree, unit, { ...laid.source, valueRefs: undefined }, options, home);
  }
  if (source.otherRevision !== undefined)
    return notRendered(
      unit,
      'warning',
      'not-previewed',
      `${source.chart ? `chart ${source.chart.name}` : `source ${source.path || '.'}`} deploys revision ${source.otherRevision} of this repository, not the pull request's branch: what that revision holds is not previewed (list it in track-revisions if it follows the branch)`,
    );
  if (source.unsupported)
    return notRendered(unit, 'warning', 'not-previewed', `${source.unsupported} sources are not previewed`);
  if (source.chart)
    return renderHelm(tree, unit, source, options, `${source.chart.name} from ${source.chart.repoURL}`);
  const prefix = source.path === '' ? '' : `${source.path}/`;
  if (!hasFolder(tree, source.path))
    return notRendered(
      unit,
      'error',
      'missing-path',
      `path "${source.path}" does not exist in the repository`,
    );
  // the source's own block decides (Argo CD's GetAppSourceType); else a kustomization, then Chart.yaml
  const type = sourceType(tree, source);
  if (type === 'kustomize') {
    const enableHelm = (options.kustomizeBuildOptions ?? []).includes('--enable-helm');
    const inputs = kustomizeInputs(tree, source.path, unit.id, undefined, { enableHelm });
    if (inputs.findings.length > 0) return { objects: [], findings: inputs.findings };
    const origins = !options.withoutOrigins?.has(unit.id);
    const built = await options.renderer.kustomizeBuild(
      tree,
      source.path,
      inputs.files,
      source.kustomize,
      options.kustomizeBuildOptions,
      origins,
    );
    if (built.renderer) options.renderersUsed?.add(built.renderer);
    if (!built.ok) return notRendered(unit, 'error', 'render', `kustomize build failed: ${built.error}`);
    const output = parseKustomizeOutput(
      built.stdout,
      tree,
      built.originToRepo,
      { file: kustomizationIn(tree, source.path) as string, line: 1 },
      unit.id,
    );
    return origins ? output : { ...output, originsOmitted: true };
  }
  if (type === 'helm') return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
  return renderDirectory(tree, source.path, source.directory, unit.id, options.strict);
}

async function renderHelm(
  tree: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
  what: string,
): Promise<Rendered> {
  const at = { unit: unit.id, file: unit.file, line: unit.line };
  const helm = source.helm ?? {};
  // Argo CD's helmTemplate: helm.releaseName, else the app name; helm.namespace, else the destination's;
  // helm.kubeVersion and helm.apiVersions, else the cluster's (here: the kubernetes-version setting and
  // the API versions of the CRDs in the repository)
  const namespace =
    helm.namespace !== undefined && helm.namespace !== '' ? helm.namespace : unit.app?.destination.namespace;
  const release: HelmRelease = {
    releaseName: helm.releaseName ?? unit.app?.name ?? source.path.split('/').pop() ?? 'release',
    ...(namespace && { namespace }),
    kubeVersion:
      helm.kubeVersion !== undefined && helm.kubeVersion !== ''
        ? helm.kubeVersion
        : options.kubernetesVersion,
    apiVersions: helm.apiVersions
      ? helm.apiVersions.filter((v) => !v.startsWith('-'))
      : (options.apiVersions?.() ?? []),
  };
  const problem = helmNameProblem(release, source.chart);
  if (problem) return notRendered(unit, 'error', 'invalid-application', `${problem}; not rendered`);
  const chartPath = source.chart ? undefined : source.path;
  const inputs = helmValueFiles(tree, chartPath, helm, at);
  const fileParameters = helmFileParameters(tree, chartPath, helm, at);
  const dependencies =
    chartPath === undefined ? undefined : chartDependencies(tree, chartPath, at, options.charts);
  const links =
    chartPath === undefined
      ? []
      : chartLinkFindings(tree, [chartPath, ...(dependencies?.localFolders ?? [])], at);
  const findings = [
    ...inputs.findings,
    ...fileParameters.findings,
    ...(dependencies?.findings ?? []),
    ...links,
  ];
  if (findings.length > 0) return { objects: [], findings };
  const notPreviewed = inputs.notPreviewed ?? dependencies?.notPreviewed;
  if (notPreviewed)
    return notRendered(unit, 'warning', 'not-previewed', `${what} not previewed: ${notPreviewed}`);
  const chart = source.chart ? { ref: source.chart } : { path: source.path };
  const files = {
    valueFiles: inputs.valueFiles,
    fileParameters: fileParameters.parameters,
    dependencyFolders: dependencies?.localFolders ?? [],
    ...(dependencies && dependencies.remote.length > 0 && { remoteDependencies: dependencies.remote }),
  };
  const result = await options.renderer.helmTemplate(tree, chart, files, helm, release);
  const missing = /helm not found/.test(result.error);
  if (!missing) options.renderersUsed?.add('helm');
  if (result.ok) return parseObjects(result.stdout, source.chart ? unit.file : what, unit.id);
  // a chart or dependency that could not be pulled (offline, unauthorized, not found): this app only
  if (result.notPreviewed !== undefined)
    return notRendered(unit, 'warning', 'not-rendered', `not previewed: ${result.notPreviewed}`);
  // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
  if (missing || source.chart !== undefined)
    return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
  return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}

/** One unit's objects from all its sources, as Argo CD would deploy them. */
export async function renderUnit(
  tree: FileTree,
  unit: RenderUnit,
  options: RenderOptions,
): Promise<UnitOutput> {
  const excluded = options.exclude?.(unit);
  if (excluded !== undefined) {
    const message = excluded;
    const finding: Finding = {
      severity: 'warning',
      rule: 'not-previewed',
      unit: unit.id,
      file: unit.file,
      line: unit.line,
      message,
    };
    return { unit, objects: [], findings: [finding], state: 'not-previewed' };
  }
  const objects: RenderedObject[] = [];
  const findings: Finding[] = [...(unit.findings ?? [])];
  let originsOmitted = false;
  for (const source of unit.sources) {
    const rendered = await renderSource(tree, unit, source, options);
    const checked = nonStringAnnotations(rendered.objects, unit.id);
    objects.push(...checked.objects);
    findings.push(...rendered.findings, ...checked.findings);
    originsOmitted ||= rendered.originsOmitted === true;
  }
  const namespace = unit.app?.destination.namespace;
  defaultNamespaces(objects, namespace, clusterScopedCrdKinds(objects));
  return { unit, objects, findings, state: renderState(findings), ...(originsOmitted && { originsOmitted }) };
}

/**
 * The options for rendering units of `tree`: helm is told the API versions of the tree's CRDs (unless
 * the caller set them), worked out once for all the units rendered with these options.
 */
export function forTree(tree: FileTree, options: RenderOptions): RenderOptions {
  if (options.apiVersions) return options;
  let crds: string[] | undefined;
  return { ...options, apiVersions: () => (crds ??= crdApiVersions(tree)) };
}

/** Whether an output deploys apps (app-of-apps, ApplicationSets): its children report where they come from. */
const deploysApps = (output: UnitOutput) =>
  output.objects.some((o) => isApplication(o.obj) || isApplicationSet(o.obj));

/** Runs `task` over items with at most `limit` at once (renders are child processes: one per CPU). */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** The apps an output deploys (app-of-apps, ApplicationSets), and what could not be read of them. */
function childrenOf(
  tree: FileTree,
  output: UnitOutput,
  repoUrls: readonly string[],
  tracking?: Tracking,
  controller?: ControllerSettings,
): {
  units: Array<{ unit: RenderUnit; file: string; line: number }>;
  notPreviewed: NotPreviewed[];
  otherRevisions: OtherRevision[];
} {
  const units: Array<{ unit: RenderUnit; file: string; line: number }> = [];
  const notPreviewed: NotPreviewed[] = [];
  const otherRevisions: OtherRevision[] = [];
  for (const { obj, file, line } of output.objects) {
    const generated = isApplicationSet(obj)
      ? expandApplicationSet(obj, file, line, tree, repoUrls, tracking, controller)
      : undefined;
    if (generated) notPreviewed.push(...generated.notPreviewed);
    if (generated?.otherRevisions) otherRevisions.push(...generated.otherRevisions);
    for (const app of generated ? generated.applications : isApplication(obj) ? [obj] : []) {
      const found = appUnit(app, file, line, repoUrls, tree, tracking);
      notPreviewed.push(...found.notPreviewed);
      if (found.unit)
        units.push({ unit: generated ? withPolicy(found.unit, generated.policy) : found.unit, file, line });
    }
  }
  return { units, notPreviewed, otherRevisions };
}

/**
 * Renders the units, then the apps their outputs deploy, wave by wave. With `onOutput`, each output is
 * handed over as it is done (with its place in the order the outputs would have had) and not kept, so
 * memory holds the renders under way rather than every render of the run.
 */
export async function renderAll(
  tree: FileTree,
  units: readonly RenderUnit[],
  options: RenderOptions,
  onOutput?: (output: UnitOutput, index: number) => void,
): Promise<{ outputs: UnitOutput[]; notPreviewed: NotPreviewed[]; otherRevisions: OtherRevision[] }> {
  const outputs: UnitOutput[] = [];
  const notPreviewed: NotPreviewed[] = [];
  const otherRevisions: OtherRevision[] = [];
  const known = new Set(units.map((u) => u.id));
  // an Application discovery found in a file is that app when an app-of-apps deploys the same document
  // under the same name (the parent's destination namespace would otherwise give it a second identity)
  const definedAt = new Map([
    ...(options.definedAt ?? []),
    ...units.map((u) => [place(u), appName(u)] as const),
  ]);
  options = forTree(tree, options);
  let wave = [...units];
  let done = 0;
  for (let depth = 0; wave.length > 0; depth++) {
    options.progress?.planned(wave.length);
    const offset = done;
    const found = await pool(wave, availableParallelism(), async (unit, i) => {
      await options.beforeRender?.();
      let output = await renderUnit(tree, unit, options);
      if (output.originsOmitted && deploysApps(output))
        output = await renderUnit(tree, unit, { ...options, withoutOrigins: undefined });
      options.progress?.done();
      const children = childrenOf(tree, output, options.repoUrls, options.tracking, controllerOf(options));
      if (onOutput) onOutput(output, offset + i);
      else outputs[offset + i] = output;
      return children;
    });
    done += wave.length;
    // in the order of the outputs, whichever finished first
    const next: RenderUnit[] = [];
    for (const children of found) {
      notPreviewed.push(...children.notPreviewed);
      otherRevisions.push(...children.otherRevisions);
      for (const { unit, file, line } of children.units) {
        if (known.has(unit.id) || definedAt.get(place({ file, line })) === appName(unit)) continue;
        if (depth + 1 > MAX_APP_DEPTH) {
          const name = unit.app?.name ?? unit.id;
          notPreviewed.push({
            name,
            file,
            line,
            reason: `app-of-apps deeper than ${MAX_APP_DEPTH} levels, not previewed`,
          });
          continue;
        }
        known.add(unit.id);
        next.push(unit);
      }
    }
    wave = next;
  }
  return { outputs, notPreviewed, otherRevisions };
}
