// One Argo CD Application → the unit it deploys, and how (or why it is not previewed). Sources in other
// Git repositories are units' sources too, marked with their repository (fetched when rendered).
import { resolveInTree, type FileTree } from '../fileTree.js';
import { looksLikeRepo, sameRepo } from './repoUrl.js';
import { CROSS_REF } from './otherRepository.js';
import { instanceName, mergeSourceParameters, sourceParameterFiles } from './sourceParameters.js';
import { revisionName, tracksBranch, type Tracking } from './trackedRevision.js';
import type { NotPreviewed, RenderUnit, RepoAt, SyncPolicy, UnitSource } from './unit.js';
import { plainText } from '../plainText.js';
import { fieldsOf, isFields, type Fields } from '../fields.js';
import { parseHelmOptions, parseIgnoreRules } from './applicationParts.js';

type Obj = Fields;
const asObj = fieldsOf;
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function isApplication(obj: Obj): boolean {
  return (
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('argoproj.io/') &&
    obj.kind === 'Application'
  );
}

/**
 * Whether an object is an ApplicationSet (expanded by applicationSets.ts, loaded only where a run meets
 * one: discovery.ts mayDeclareApplicationSet).
 */
export function isApplicationSet(obj: Obj): boolean {
  return (
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('argoproj.io/') &&
    obj.kind === 'ApplicationSet'
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
  if (source.kustomize) out.kustomize = asObj(source.kustomize);
  if (source.helm) out.helm = parseHelmOptions(source.helm);
  if (source.directory) {
    const dir = asObj(source.directory);
    out.directory = dir;
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
      if (!isFields(kustomize)) out.push(`${at}.kustomize must be a map`);
      else if (kustomize.images !== undefined && !isStringList(kustomize.images))
        out.push(`${at}.kustomize.images must be a list of strings (name:tag, name=newName:tag)`);
    }
    const helm = source.helm;
    if (helm !== undefined && helm !== null) {
      if (!isFields(helm)) out.push(`${at}.helm must be a map`);
      else {
        const h = helm;
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

/**
 * The Application as it is compared: the object without its status, its sources with their
 * `.argocd-source` files merged (`operation`, annotations and every other field kept).
 */
function definitionOf(obj: Obj, spec: Obj, sources: Obj[]): Obj {
  const rest: Obj = {
    ...obj,
    spec: { ...spec, ...(spec.sources !== undefined ? { sources } : { source: sources[0] }) },
  };
  delete rest.status;
  return rest;
}

/** An Application object → a unit (or the reason it is not previewed). */
export function appUnit(
  obj: Obj,
  file: string,
  line: number,
  repoUrls: readonly string[],
  tree?: FileTree,
  tracking?: Tracking,
): { unit?: RenderUnit; notPreviewed: NotPreviewed[] } {
  const metadata = asObj(obj.metadata);
  const spec = asObj(obj.spec);
  const name = asStr(metadata.name) ?? '(unnamed)';
  const notPreviewed: NotPreviewed[] = [];
  const problems = malformedApplication(spec);
  // asked up to three times per source: each repoURL is compared once
  const oursByUrl = new Map<string, boolean>();
  const ours = (source: Obj) => {
    const url = asStr(source.repoURL) ?? '';
    let known = oursByUrl.get(url);
    if (known === undefined) oursByUrl.set(url, (known = repoUrls.some((our) => sameRepo(our, url))));
    return known;
  };
  // a source of this repository at another revision than the pull request's branch: not its files
  const elsewhere = (source: Obj) =>
    ours(source) && !tracksBranch(source.targetRevision, tracking)
      ? revisionName(source.targetRevision)
      : undefined;
  const instance = instanceName(name, asStr(metadata.namespace));
  const parameterFiles = new Map<Obj, string[]>();
  const raw = (spec.sources ? asArr(spec.sources).map(asObj) : spec.source ? [asObj(spec.source)] : []).map(
    (source) => {
      if (!tree || !ours(source) || source.path === undefined || problems.length > 0) return source;
      if (elsewhere(source)) return source;
      const merged = withSourceParameters(tree, source, instance, problems);
      if (merged.parameterFiles) parameterFiles.set(merged.source, merged.parameterFiles);
      return merged.source;
    },
  );
  // multi-source apps: `$<ref>/path` value files point into a source that names a ref
  const refs = new Map(raw.filter((s) => asStr(s.ref)).map((s) => [asStr(s.ref) as string, s]));
  const refRevisions = new Map(
    raw.filter((s) => asStr(s.ref) && elsewhere(s)).map((s) => [asStr(s.ref) as string, elsewhere(s)]),
  );
  // where a source's files are: this repository (null), or another repository at a revision
  const repoOf = (source: Obj): RepoAt | null =>
    ours(source) ? null : { url: asStr(source.repoURL) ?? '', revision: revisionName(source.targetRevision) };
  const sameTree = (a: RepoAt | null, b: RepoAt | null) =>
    a === null || b === null ? a === b : sameRepo(a.url, b.url) && a.revision === b.revision;
  const sources: UnitSource[] = [];
  for (const source of raw) {
    const repoURL = asStr(source.repoURL) ?? '';
    const chart = asStr(source.chart);
    const helm = source.helm === undefined ? undefined : parseHelmOptions(source.helm);
    const valueFiles = asArr(helm?.valueFiles);
    const refOf = (f: unknown) =>
      typeof f === 'string' && f.startsWith('$') ? f.slice(1, f.indexOf('/')) : undefined;
    // `$<ref>/path` value files name a source of this app that names the ref
    const unknown = valueFiles.find((f) => refOf(f) !== undefined && !refs.has(refOf(f) as string));
    if (unknown !== undefined) {
      notPreviewed.push({
        name,
        file,
        line,
        reason: `value file ${plainText(unknown)} names no ref source of this app, not previewed`,
      });
      continue;
    }
    // a source neither here nor with a repoURL to fetch; or one that may be this repository spelt
    // another way (a mirror's host): fetched, it would show the remote's files as the pull request's
    if (!chart && !ours(source) && (!repoURL || looksLikeRepo(repoURL, repoUrls))) {
      notPreviewed.push({
        name,
        file,
        line,
        reason: `external source ${repoURL || '(no repoURL)'}, not previewed${
          repoURL
            ? ' (if this is this repository spelt another way, add the URL with --repo-url or the repo-url input)'
            : ''
        }`,
      });
      continue;
    }
    // value files from a ref source at another revision: this source deploys what that revision holds
    const valuesRevision = valueFiles
      .map((f) => (refOf(f) === undefined ? undefined : refRevisions.get(refOf(f) as string)))
      .find((rev) => rev !== undefined);
    // an oci:// repoURL is Argo CD's OCI source: the URL names the artifact (a chart), `chart` unused
    const oci = /^oci:\/\/[^/]+\/./i.exec(repoURL) ? repoURL.replace(/\/+$/, '') : undefined;
    const home = chart || oci ? null : repoOf(source);
    const otherRevision = chart || oci ? valuesRevision : (elsewhere(source) ?? valuesRevision);
    // a ref in the same tree as the source's files is `$values/`; one in another tree keeps its name
    const valueRefs: Record<string, RepoAt | null> = {};
    const helmOptions = helm && {
      ...helm,
      valueFiles: valueFiles.map((f) => {
        const ref = refOf(f);
        if (ref === undefined) return f;
        const at = repoOf(refs.get(ref) as Obj);
        const rest = (f as string).slice((f as string).indexOf('/') + 1);
        if (sameTree(at, home)) return `$values/${rest}`;
        valueRefs[ref] = at;
        return `${CROSS_REF}${ref}/${rest}`;
      }) as string[],
    };
    const refsElsewhere = Object.keys(valueRefs).length > 0 ? { valueRefs } : undefined;
    if (chart || oci) {
      const ociPath = asStr(source.path) ?? '';
      sources.push({
        path: '',
        chart: {
          repoURL: oci ? oci.slice(0, oci.lastIndexOf('/')) : repoURL,
          name: oci ? oci.slice(oci.lastIndexOf('/') + 1) : (chart as string),
          ...(asStr(source.targetRevision) && { version: asStr(source.targetRevision) }),
        },
        helm: helmOptions ?? {},
        ...(otherRevision && { otherRevision }),
        ...refsElsewhere,
        ...(oci &&
          !['', '.', './'].includes(ociPath) && {
            unsupported: `OCI artifact (path "${plainText(ociPath)}" inside the artifact rather than a Helm chart at path .)`,
          }),
      });
    } else if (source.path !== undefined) {
      const files = parameterFiles.get(source);
      sources.push({
        ...unitSource(source),
        ...(helmOptions && { helm: helmOptions }),
        ...(files && { parameterFiles: files }),
        ...(otherRevision && { otherRevision }),
        ...(home && { repo: home }),
        ...refsElsewhere,
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
      ignoreDifferences: parseIgnoreRules(spec.ignoreDifferences),
      definition: definitionOf(obj, spec, raw),
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
