// The knobs of rendering and validating, one parser for every command that renders: the action's check,
// and the CLI's diff, check and validate (flags become inputs of the same names: --kubernetes-version is
// the input kubernetes-version).
import { isKubernetesVersion } from '../core/validate/apiVersions.js';
import { DEFAULT_KUBERNETES_VERSION } from '../core/validate/apiVersions.js';
import type { RenderProgress } from '../log.js';
import { parseSelector, type Selector } from '../core/argo/selector.js';
import { parseResourcePattern, type ResourcePattern } from '../core/diff/ignoreResources.js';
import { linePatternError } from '../core/diff/ignoreLines.js';
import { clusterFolderPath, clusterFolderProblem } from '../core/argo/clusters.js';
import {
  applicationsRepositoryProblem,
  type ApplicationsSetting,
} from '../core/argo/applicationsRepository.js';
import { fetchableRevision } from '../core/argo/otherRepository.js';
import { resolveInTree } from '../core/fileTree.js';
import {
  actionInput,
  parseBoolean,
  parseChoice,
  parseGlobs,
  parseKustomizeBuildOptions,
  parseList,
  SettingsError,
  type InputGetter,
  type InputLabel,
} from './inputs.js';

export const IMAGE_TAG_SEVERITY = ['error', 'warning', 'notice', 'off'] as const;
export type ImageTagSeverity = (typeof IMAGE_TAG_SEVERITY)[number];

export interface PreviewOptions {
  /** URLs of this repository as Applications may spell them. */
  repoUrls: string[];
  /** The cluster version removed and deprecated APIs are judged against. */
  kubernetesVersion: string;
  /** Files larger than this (bytes) are a finding and not read. */
  maxFileBytes: number;
  strict: boolean;
  requireSchemas: boolean;
  /** Custom resources without a CRD in the repository are checked against the opt-in CRD catalog. */
  crdCatalog: boolean;
  /** Extra `kustomize build` flags, as in argocd-cm kustomize.buildOptions. */
  kustomizeBuildOptions: string[];
  /** Severity of untagged and `latest` images. */
  imageTagSeverity: ImageTagSeverity;
  /** Without Applications: only the folders under these globs are units (`unit-globs`). */
  paths: string[];
  /** Revisions to treat as the pull request's base branch besides it (trackedRevision.ts). */
  trackRevisions: string[];
  /** Only the Applications it selects are previewed (selector.ts); unset: all. */
  selector?: Selector;
  /** Lines of context around each change in the diffs (3 unless set). */
  contextLines: number;
  /** The Argo CD UI's URL: the comment links each app to its page there. */
  argocdUrl?: string;
  /** Objects whose changes are counted, not shown, and never approved (ignoreResources.ts). */
  ignoreResources: ResourcePattern[];
  /** RE2 patterns: a changed object whose every changed line matches one is shown without its diff (ignoreLines.ts). */
  ignoreLines: string[];
  /**
   * The render cache in the repository's git folder (docs/tree-index.md#the-render-cache): validation (a
   * push) keeps every render there; a preview renders its base from entries whose key matches exactly.
   */
  renderCache: boolean;
  /** The repository's folder of cluster definitions (input `clusters`), read at the base (clusters.ts). */
  clustersFolder?: string;
  /** Argo CD's new git files globbing (input `new-git-file-globbing`): files paths as doublestar globs. */
  newGitFileGlobbing: boolean;
  /** Another repository holding Applications whose sources point here (input `applications-repository`). */
  applicationsRepository?: ApplicationsSetting;
}

/** `applications-repository`, `applications-revision` and `applications-path`, checked. */
function parseApplicationsRepository(get: InputGetter, label: InputLabel): ApplicationsSetting | undefined {
  const repository = get('applications-repository').trim();
  const revisionText = get('applications-revision').trim();
  const pathText = get('applications-path').trim();
  if (repository === '') {
    const stray = revisionText ? 'applications-revision' : pathText ? 'applications-path' : undefined;
    if (stray)
      throw new SettingsError(
        `${label(stray)} is set, but ${label('applications-repository')} is not: name the repository holding the Applications.`,
      );
    return undefined;
  }
  const problem = applicationsRepositoryProblem(repository);
  if (problem)
    throw new SettingsError(`${label('applications-repository')}: ${problem}; got "${repository}".`);
  const revision = revisionText || 'HEAD';
  if (!fetchableRevision(revision))
    throw new SettingsError(
      `${label('applications-revision')} must be a branch, a tag, HEAD or a full commit id; got "${revisionText}".`,
    );
  const path = pathText === '' ? '' : resolveInTree('', pathText.replace(/^\/+/, ''));
  if (path === undefined)
    throw new SettingsError(
      `${label('applications-path')} is a folder of the applications repository, like argocd/apps; got "${pathText}".`,
    );
  return { repository, revision, path };
}

/** `ownUrls`: the repository's own URLs (the workflow's repository, the checkout's origin). */
export function parsePreviewOptions(
  get: InputGetter,
  ownUrls: readonly string[] = [],
  label: InputLabel = actionInput,
): PreviewOptions {
  const kubernetesVersion = get('kubernetes-version').trim() || DEFAULT_KUBERNETES_VERSION;
  if (!isKubernetesVersion(kubernetesVersion))
    throw new SettingsError(
      `${label('kubernetes-version')} must be a Kubernetes minor version like 1.31; got "${kubernetesVersion}".`,
    );
  const maxFileText = get('max-file-size').trim() || '10';
  if (!/^\d+(\.\d+)?$/.test(maxFileText) || !(Number(maxFileText) > 0))
    throw new SettingsError(
      `${label('max-file-size')} must be a size in MiB like 10 or 64; got "${maxFileText}".`,
    );
  const selectorText = get('selector').trim();
  const selector = selectorText === '' ? undefined : parseSelector(selectorText);
  if (selector && 'error' in selector)
    throw new SettingsError(
      `${label('selector')} must be a label selector like team=payments,tier!=batch; ${selector.error}.`,
    );
  const contextText = get('context-lines').trim() || '3';
  if (!/^\d{1,2}$/.test(contextText) || Number(contextText) > 50)
    throw new SettingsError(
      `${label('context-lines')} must be a whole number of lines from 0 to 50; got "${contextText}".`,
    );
  const argocdUrl = get('argocd-url').trim().replace(/\/+$/, '');
  if (argocdUrl !== '' && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(argocdUrl))
    throw new SettingsError(
      `${label('argocd-url')} must be the Argo CD UI's http(s) URL, like https://argocd.example.com; got "${argocdUrl}".`,
    );
  const ignoreResources = parseList(get, 'ignore-resources').map((text) => {
    const pattern = parseResourcePattern(text);
    if ('error' in pattern)
      throw new SettingsError(
        `${label('ignore-resources')}: ${pattern.error}; write one group:kind:name per line, like apps:Deployment:* or :ConfigMap:*-cache.`,
      );
    return pattern;
  });
  // one pattern per line: a comma is part of a regular expression
  const ignoreLines = get('ignore-lines')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const pattern of ignoreLines) {
    const error = linePatternError(pattern);
    if (error)
      throw new SettingsError(
        `${label('ignore-lines')}: ${error}; write one RE2 pattern per line, like ^\\s*checksum/config: .`,
      );
  }
  const clustersText = get('clusters').trim();
  const clustersProblem = clustersText === '' ? undefined : clusterFolderProblem(clustersText);
  if (clustersProblem)
    throw new SettingsError(
      `${label('clusters')} is a folder of the repository holding Argo CD cluster Secrets, like argocd/clusters; ${clustersProblem}.`,
    );
  const applicationsRepository = parseApplicationsRepository(get, label);
  return {
    ...(applicationsRepository && { applicationsRepository }),
    ...(clustersText && { clustersFolder: clusterFolderPath(clustersText) }),
    ignoreResources,
    ignoreLines,
    ...(selector && { selector }),
    ...(argocdUrl && { argocdUrl }),
    contextLines: Number(contextText),
    repoUrls: [...ownUrls, ...parseList(get, 'repo-url')],
    kubernetesVersion,
    maxFileBytes: Number(maxFileText) * 1024 * 1024,
    strict: parseBoolean(get, 'strict', false, label),
    requireSchemas: parseBoolean(get, 'require-schemas', false, label),
    crdCatalog: parseBoolean(get, 'crd-catalog', false, label),
    kustomizeBuildOptions: parseKustomizeBuildOptions(
      get('kustomize-build-options'),
      label('kustomize-build-options'),
    ),
    imageTagSeverity: parseChoice(get, 'image-tag-severity', IMAGE_TAG_SEVERITY, 'warning', label),
    paths: parseGlobs(get, 'unit-globs', label),
    trackRevisions: parseList(get, 'track-revisions'),
    renderCache: parseBoolean(get, 'render-cache', false, label),
    newGitFileGlobbing: parseBoolean(get, 'new-git-file-globbing', false, label),
  };
}

/** `slipway validate PATHS…`: files and folders, each folder a repository. */
export interface ValidateSettings extends PreviewOptions {
  targets: string[];
  progress?: RenderProgress;
}

export function parseValidateSettings(
  get: InputGetter,
  targets: string[],
  label: InputLabel = actionInput,
): ValidateSettings {
  return { targets, ...parsePreviewOptions(get, [], label) };
}
