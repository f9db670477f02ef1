// Argo CD Applications → render units: what each app deploys from this repository, and how.
// Sources from other repositories are listed as not previewed, never dropped silently.
import picomatch from 'picomatch';
import { isMap, LineCounter, parseAllDocuments } from 'yaml';
import { dirname, filesIn, resolveInTree, type FileTree } from './fileTree.js';
import { isManifestPath } from './manifestFiles.js';
import { sameRepo } from './repoUrl.js';
import { documentBoundsProblem } from './yaml/documentBounds.js';
import type { Finding } from './finding.js';
import { expandApplicationSet, isApplicationSet } from './argo/applicationSets.js';
import { instanceName, mergeSourceParameters, sourceParameterFiles } from './argo/sourceParameters.js';

export interface SyncPolicy {
  automated: boolean;
  prune: boolean;
  selfHeal: boolean;
  options: string[];
}

export interface KustomizeOverrides {
  images?: string[];
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  commonLabels?: Record<string, string>;
  commonAnnotations?: Record<string, string>;
  replicas?: Array<{ name: string; count: number }>;
  patches?: unknown[];
}

export interface HelmOptions {
  releaseName?: string;
  valueFiles?: string[];
  values?: string;
  valuesObject?: unknown;
  parameters?: Array<{ name: string; value: string; forceString?: boolean }>;
}

export interface DirectoryOptions {
  recurse?: boolean;
  include?: string;
  exclude?: string;
}

export interface ChartRef {
  repoURL: string;
  name: string;
  version?: string;
}

export interface UnitSource {
  /** Folder in this repository, '' for the root. */
  path: string;
  /** A chart from a chart repository (rendered with `helm template --repo`, which needs the network). */
  chart?: ChartRef;
  kustomize?: KustomizeOverrides;
  helm?: HelmOptions;
  directory?: DirectoryOptions;
  /** Set when Argo CD would use something Slipway does not run (jsonnet, a plugin). */
  unsupported?: string;
  /** Set when the source cannot be rendered as written (Argo CD fails it too). */
  invalid?: string;
  /** The type its own block names (Argo CD's ExplicitType); otherwise the folder's files decide. */
  type?: 'kustomize' | 'helm' | 'directory' | 'plugin';
  /** `.argocd-source.yaml` and `.argocd-source-<app>.yaml` of the folder (read or not: a PR may add one). */
  parameterFiles?: string[];
}

export interface AppInfo {
  name: string;
  /** The Application's own namespace (apps in any namespace); unset means Argo CD's, `argocd`. */
  namespace?: string;
  project?: string;
  /** Where each source comes from (repoURL, path or chart, revision): a change retargets the app. */
  origins: string[];
  destination: { server?: string; name?: string; namespace?: string };
  syncPolicy: SyncPolicy;
  /** The resources finalizer: deleting the app deletes what it deployed. */
  cascadeDelete: boolean;
  ignoreDifferences: unknown[];
}

export interface RenderUnit {
  /** Stable id: `app:<name>` (`app:<namespace>/<name>` outside the argocd namespace) or `path:<folder>`. */
  id: string;
  /** Findings about the unit's definition (e.g. another Application with the same identity). */
  findings?: Finding[];
  /** Where findings about the unit as a whole point: the Application's file, or the kustomization. */
  file: string;
  line: number;
  app?: AppInfo;
  sources: UnitSource[];
}

export interface NotPreviewed {
  name: string;
  file: string;
  line: number;
  reason: string;
}

export interface Discovery {
  units: RenderUnit[];
  notPreviewed: NotPreviewed[];
  /** Whether the units are Argo CD Applications (false: the folder fallback of a repository without any). */
  applications: boolean;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function isApplication(obj: Obj): boolean {
  return (
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('argoproj.io/') &&
    obj.kind === 'Application'
  );
}

function syncPolicyOf(spec: Obj): SyncPolicy {
  const policy = asObj(spec.syncPolicy);
  const automated = policy.automated !== undefined && policy.automated !== null;
  const auto = asObj(policy.automated);
  return {
    automated,
    prune: automated && auto.prune === true,
    selfHeal: automated && auto.selfHeal === true,
    options: asArr(policy.syncOptions).filter((o): o is string => typeof o === 'string'),
  };
}

function unitSource(source: Obj): UnitSource {
  // relative to the repository root, like Argo CD's securejoin: `./x` and `/x` are `x`, `.x` stays `.x`
  const raw = asStr(source.path) ?? '';
  const path = resolveInTree('', raw.replace(/^\/+/, ''));
  const out: UnitSource = { path: path ?? raw };
  if (path === undefined) out.invalid = `path "${raw}" leaves the repository`;
  if (source.kustomize) out.kustomize = asObj(source.kustomize) as KustomizeOverrides;
  if (source.helm) out.helm = asObj(source.helm) as HelmOptions;
  if (source.directory) {
    const dir = asObj(source.directory);
    out.directory = dir as DirectoryOptions;
    if (dir.jsonnet && Object.keys(asObj(dir.jsonnet)).length > 0) out.unsupported = 'jsonnet';
  }
  if (source.plugin) out.unsupported = 'config management plugin';
  // Argo CD's ExplicitType: a kustomize, helm, directory or plugin block decides the type; two are an error
  const explicit = (['kustomize', 'helm', 'directory', 'plugin'] as const).filter(
    (key) => source[key] !== undefined && source[key] !== null,
  );
  if (explicit.length > 1)
    out.invalid = `multiple application sources defined: ${explicit.join(', ')} (Argo CD refuses such an app)`;
  else if (explicit[0]) out.type = explicit[0];
  return out;
}

const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Where an Application does not have the shape Argo CD's CRD requires of the fields Slipway reads — a
 * missing source, `kustomize.images` as a map, `valueFiles: [1]` — said in words; Argo CD refuses it too.
 */
function malformedApplication(spec: Obj): string[] {
  const out: string[] = [];
  if (spec.source === undefined && spec.sources === undefined)
    return ['the Application has no spec.source or spec.sources'];
  if (spec.sources !== undefined && !Array.isArray(spec.sources)) out.push('spec.sources must be a list');
  if (spec.source !== undefined && (typeof spec.source !== 'object' || Array.isArray(spec.source)))
    out.push('spec.source must be a map');
  const sources = spec.sources !== undefined ? asArr(spec.sources) : [spec.source];
  sources.forEach((value, i) => {
    const at = spec.sources !== undefined ? `spec.sources[${i}]` : 'spec.source';
    const source = asObj(value);
    if (typeof source.repoURL !== 'string') out.push(`${at}.repoURL must be a string`);
    const kustomize = source.kustomize;
    if (kustomize !== undefined && kustomize !== null) {
      if (typeof kustomize !== 'object' || Array.isArray(kustomize))
        out.push(`${at}.kustomize must be a map`);
      else if ((kustomize as Obj).images !== undefined && !isStringList((kustomize as Obj).images))
        out.push(`${at}.kustomize.images must be a list of strings (name:tag, name=newName:tag)`);
    }
    const helm = source.helm;
    if (helm !== undefined && helm !== null) {
      if (typeof helm !== 'object' || Array.isArray(helm)) out.push(`${at}.helm must be a map`);
      else {
        const h = helm as Obj;
        if (h.valueFiles !== undefined && !isStringList(h.valueFiles))
          out.push(`${at}.helm.valueFiles must be a list of strings`);
        if (
          h.parameters !== undefined &&
          !(Array.isArray(h.parameters) && h.parameters.every((p) => typeof asObj(p).name === 'string'))
        )
          out.push(`${at}.helm.parameters must be a list of {name, value}`);
        if (h.values !== undefined && typeof h.values !== 'string')
          out.push(`${at}.helm.values must be a string (use valuesObject for a map)`);
      }
    }
    const directory = source.directory;
    if (
      directory !== undefined &&
      directory !== null &&
      (typeof directory !== 'object' || Array.isArray(directory))
    )
      out.push(`${at}.directory must be a map`);
  });
  return out;
}

/**
 * An in-repository source with Argo CD's `.argocd-source*.yaml` files of its folder merged in; a file
 * that cannot be merged, or leaves the source malformed, is a problem of the app.
 */
function withSourceParameters(
  tree: FileTree,
  source: Obj,
  instance: string,
  problems: string[],
): { source: Obj; parameterFiles?: string[] } {
  const folder = resolveInTree('', (asStr(source.path) ?? '').replace(/^\/+/, ''));
  if (folder === undefined || asStr(source.chart)) return { source };
  const merged = mergeSourceParameters(tree, source, folder, instance);
  if (merged.problem) problems.push(merged.problem.message);
  else if (merged.merged.length > 0)
    for (const message of malformedApplication({ source: merged.source }))
      problems.push(`after merging ${merged.merged.join(' and ')}: ${message}`);
  return { source: merged.source, parameterFiles: sourceParameterFiles(folder, instance) };
}

/** An Application object → a unit (or the reason it is not previewed). */
export function appUnit(
  obj: Obj,
  file: string,
  line: number,
  repoUrls: readonly string[],
  tree?: FileTree,
): { unit?: RenderUnit; notPreviewed: NotPreviewed[] } {
  const metadata = asObj(obj.metadata);
  const spec = asObj(obj.spec);
  const name = asStr(metadata.name) ?? '(unnamed)';
  const notPreviewed: NotPreviewed[] = [];
  const problems = malformedApplication(spec);
  const ours = (source: Obj) => repoUrls.some((url) => sameRepo(url, asStr(source.repoURL) ?? ''));
  const instance = instanceName(name, asStr(metadata.namespace));
  const parameterFiles = new Map<Obj, string[]>();
  const raw = (spec.sources ? asArr(spec.sources).map(asObj) : spec.source ? [asObj(spec.source)] : []).map(
    (source) => {
      if (!tree || !ours(source) || source.path === undefined || problems.length > 0) return source;
      const merged = withSourceParameters(tree, source, instance, problems);
      if (merged.parameterFiles) parameterFiles.set(merged.source, merged.parameterFiles);
      return merged.source;
    },
  );
  // multi-source apps: `$<ref>/path` value files point into a source that names a ref
  const refs = new Map(raw.filter((s) => asStr(s.ref)).map((s) => [asStr(s.ref) as string, ours(s)]));
  const sources: UnitSource[] = [];
  for (const source of raw) {
    const repoURL = asStr(source.repoURL) ?? '';
    const chart = asStr(source.chart);
    const helm = source.helm === undefined ? undefined : (asObj(source.helm) as HelmOptions);
    const valueFiles = asArr(helm?.valueFiles);
    // `$<ref>/path` value files (for in-repo charts and chart sources alike) must come from this repository
    const external = valueFiles.find(
      (f) => typeof f === 'string' && f.startsWith('$') && refs.get(f.slice(1, f.indexOf('/'))) !== true,
    );
    if ((chart || ours(source)) && external) {
      notPreviewed.push({
        name,
        file,
        line,
        reason: `value file ${String(external)} is not in this repository, not previewed`,
      });
      continue;
    }
    const helmOptions = helm && {
      ...helm,
      valueFiles: valueFiles.map((f) =>
        typeof f === 'string' && f.startsWith('$') ? `$values/${f.slice(f.indexOf('/') + 1)}` : f,
      ) as string[],
    };
    if (chart) {
      sources.push({
        path: '',
        chart: {
          repoURL,
          name: chart,
          ...(asStr(source.targetRevision) && { version: asStr(source.targetRevision) }),
        },
        helm: helmOptions ?? {},
      });
    } else if (!ours(source)) {
      notPreviewed.push({
        name,
        file,
        line,
        reason: `external source ${repoURL || '(no repoURL)'}, not previewed`,
      });
    } else if (source.path !== undefined) {
      const files = parameterFiles.get(source);
      sources.push({
        ...unitSource(source),
        ...(helmOptions && { helm: helmOptions }),
        ...(files && { parameterFiles: files }),
      });
    }
  }
  // a malformed Application is a failed app with the reason, never dropped
  if (sources.length === 0 && problems.length === 0) return { notPreviewed };
  const destination = asObj(spec.destination);
  const finalizers = asArr(metadata.finalizers).filter((f): f is string => typeof f === 'string');
  // Argo CD identifies an app by namespace and name: the same name in two namespaces is two apps
  const namespace = asStr(metadata.namespace);
  const qualified = namespace && namespace !== 'argocd' ? `${namespace}/${name}` : name;
  const unit: RenderUnit = {
    id: `app:${qualified}`,
    file,
    line,
    app: {
      name,
      ...(namespace && namespace !== 'argocd' && { namespace }),
      ...(asStr(spec.project) && { project: asStr(spec.project) }),
      origins: raw.map((r) =>
        [
          asStr(r.repoURL) ?? '',
          asStr(r.chart) ?? asStr(r.path) ?? '',
          asStr(r.targetRevision) ?? 'HEAD',
        ].join(' '),
      ),
      destination: {
        ...(asStr(destination.server) && { server: asStr(destination.server) }),
        ...(asStr(destination.name) && { name: asStr(destination.name) }),
        ...(asStr(destination.namespace) && { namespace: asStr(destination.namespace) }),
      },
      syncPolicy: syncPolicyOf(spec),
      cascadeDelete: finalizers.some((f) => f.startsWith('resources-finalizer.argocd.argoproj.io')),
      ignoreDifferences: asArr(spec.ignoreDifferences),
    },
    sources: problems.length > 0 ? [] : sources,
    ...(problems.length > 0 && {
      findings: problems.map((message) => ({
        severity: 'error' as const,
        rule: 'invalid-application',
        unit: `app:${qualified}`,
        file,
        line,
        message,
      })),
    }),
  };
  return { unit, notPreviewed };
}

export interface ParsedDoc {
  obj: Obj;
  line: number;
}

/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
export function parseManifests(text: string): ParsedDoc[] | undefined {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, merge: true });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0 || documentBoundsProblem(d) !== undefined)) return undefined;
  return list
    .filter((d) => isMap(d.contents))
    .map((d) => ({
      obj: d.toJS({ maxAliasCount: -1 }) as Obj,
      line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line,
    }));
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * How Argo CD renders a source (GetAppSourceType): the type its own block names, else kustomize when the
 * folder has a kustomization, else Helm when it has Chart.yaml, else a plain directory.
 */
export function sourceType(
  tree: FileTree,
  source: UnitSource,
): 'kustomize' | 'helm' | 'directory' | 'plugin' {
  if (source.type) return source.type;
  if (kustomizationIn(tree, source.path)) return 'kustomize';
  return tree.has(source.path === '' ? 'Chart.yaml' : `${source.path}/Chart.yaml`) ? 'helm' : 'directory';
}

export function kustomizationIn(tree: FileTree, folder: string): string | undefined {
  return KUSTOMIZATION_FILES.map((f) => (folder === '' ? f : `${folder}/${f}`)).find((p) => tree.has(p));
}

/**
 * Applications (and ApplicationSets) anywhere in the repository; without any, its kustomizations and
 * manifest folders — only those under the `paths` globs, when given.
 */
export function discoverUnits(
  tree: FileTree,
  repoUrls: readonly string[],
  paths: readonly string[] = [],
  fallback = true,
): Discovery {
  const units: RenderUnit[] = [];
  const notPreviewed: NotPreviewed[] = [];
  let sawApplication = false;
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || entry.text === undefined || !entry.text.includes('argoproj.io')) continue;
    for (const doc of parseManifests(entry.text) ?? []) {
      const generated = isApplicationSet(doc.obj)
        ? expandApplicationSet(doc.obj, path, doc.line, tree, repoUrls)
        : undefined;
      if (generated) notPreviewed.push(...generated.notPreviewed);
      const apps = generated ? generated.applications : isApplication(doc.obj) ? [doc.obj] : [];
      if (generated || apps.length > 0) sawApplication = true;
      for (const app of apps) {
        const found = appUnit(app, path, doc.line, repoUrls, tree);
        if (found.unit) units.push(found.unit);
        notPreviewed.push(...found.notPreviewed);
      }
    }
  }
  if (sawApplication || !fallback) return { units: dedupeUnits(units), notPreviewed, applications: true };
  const inPaths = paths.length > 0 ? picomatch(paths as string[]) : () => true;
  return {
    units: folderUnits(tree).filter((u) => inPaths(u.sources[0]?.path ?? '')),
    notPreviewed,
    applications: false,
  };
}

/** One unit per identity; a second definition in another place is an error on the first, naming both. */
function dedupeUnits(units: RenderUnit[]): RenderUnit[] {
  const byId = new Map<string, RenderUnit>();
  for (const unit of units) {
    const first = byId.get(unit.id);
    if (!first) byId.set(unit.id, unit);
    else if (first.file !== unit.file || first.line !== unit.line) {
      const name = unit.id.replace(/^app:/, '');
      first.findings = [
        ...(first.findings ?? []),
        {
          severity: 'error',
          rule: 'duplicate-app',
          unit: first.id,
          file: unit.file,
          line: unit.line,
          message: `Application ${name} is defined twice: here and in ${first.file}:${first.line}; Argo CD keeps one of them (the last applied), so only ${first.file} is previewed`,
        },
      ];
    }
  }
  return [...byId.values()];
}

/** Kustomizations that no other kustomization builds on, and folders of plain manifests outside them. */
export function folderUnits(tree: FileTree): RenderUnit[] {
  const kustomizations = [...tree.keys()].filter(
    (p) =>
      KUSTOMIZATION_FILES.includes(p.split('/').pop() as string) &&
      !p.split('/').some((s) => s.startsWith('.')),
  );
  const kustomizeDirs = new Set(kustomizations.map(dirname));
  const referenced = new Set<string>();
  for (const file of kustomizations) {
    const docs = parseManifests(tree.get(file)?.text ?? '') ?? [];
    for (const doc of docs) {
      for (const ref of [
        ...asArr(doc.obj.resources),
        ...asArr(doc.obj.bases),
        ...asArr(doc.obj.components),
      ]) {
        if (typeof ref !== 'string') continue;
        const target = resolveInTree(dirname(file), ref);
        if (target !== undefined) referenced.add(target);
      }
    }
  }
  const units: RenderUnit[] = [...kustomizeDirs]
    .filter((dir) => !referenced.has(dir))
    .sort()
    .map((dir) => ({
      id: `path:${dir || '.'}`,
      file: kustomizationIn(tree, dir) as string,
      line: 1,
      sources: [{ path: dir }],
    }));
  // a folder with Chart.yaml is a Helm unit (its templates are not plain manifests); subcharts are its own
  const chartDirs = [...tree.keys()]
    .filter((p) => p.split('/').pop() === 'Chart.yaml' && !p.split('/').some((s) => s.startsWith('.')))
    .map(dirname)
    .sort();
  const within = (dirs: Iterable<string>, p: string) =>
    [...dirs].some((dir) => dir === '' || p === dir || p.startsWith(`${dir}/`));
  const topCharts = chartDirs.filter(
    (dir) =>
      !within(
        chartDirs.filter((other) => other !== dir),
        dir,
      ) && !within(kustomizeDirs, dir),
  );
  for (const dir of topCharts)
    units.push({
      id: `path:${dir || '.'}`,
      file: dir === '' ? 'Chart.yaml' : `${dir}/Chart.yaml`,
      line: 1,
      sources: [{ path: dir }],
    });
  const insideKustomize = (p: string) => within(kustomizeDirs, p) || within(topCharts, p);
  const plainDirs = new Set<string>();
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || insideKustomize(dirname(path)) || entry.text === undefined) continue;
    if (
      (parseManifests(entry.text) ?? []).some(
        (d) => typeof d.obj.apiVersion === 'string' && typeof d.obj.kind === 'string',
      )
    )
      plainDirs.add(dirname(path));
  }
  for (const dir of [...plainDirs].sort()) {
    units.push({
      id: `path:${dir || '.'}`,
      file: filesIn(tree, dir, false).find(isManifestPath) ?? dir,
      line: 1,
      sources: [{ path: dir }],
    });
  }
  return units;
}
