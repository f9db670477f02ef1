// What `helm template` reads for one source (its chart's dependencies: chartDependencies.ts), and the
// argv that runs it. Every path stays inside the repository and every value from a manifest reaches helm
// as `--flag=value` or after `--`, so an Application cannot smuggle in a helm option
// (`releaseName: --post-renderer=sh`) or a file of the runner.
// Value-file rules follow Argo CD's getResolvedValueFiles: relative to the chart folder, a leading `/`
// means the repository root, `$<ref>/path` names a file of a ref source (rewritten to `$values/` by appUnit).
import type { ChartRef, HelmOptions } from '../argo/unit.js';
import { dirname, filesIn, isReadable, linkChain, resolveInTree, type FileTree } from '../fileTree.js';
import type { Finding } from '../finding.js';
import { chartLocation } from './chartSource.js';

/** Helm's own rule for release names (pkg/chartutil ValidateReleaseName): a DNS-1123 subdomain ≤ 53. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CHART_VERSION = /^[A-Za-z0-9.*^~<>=!|,+ -]+$/;

export interface HelmInputs {
  /** Repository paths of the value files, in Argo CD's order (missing ones dropped when ignored). */
  valueFiles: string[];
  /** Every repository path the value files name, present or not: a PR that adds one affects the app. */
  named: string[];
  findings: Finding[];
  /** Set when helm would need something Slipway does not fetch (a value file from a URL). */
  notPreviewed?: string;
}

export interface FindingPlace {
  unit?: string;
  file: string;
  line: number;
}

/** Resolves a source's value files inside the repository, or says why one is not used. */
export function helmValueFiles(
  tree: FileTree,
  chartPath: string | undefined,
  helm: HelmOptions,
  at: FindingPlace,
): HelmInputs {
  const out: HelmInputs = { valueFiles: [], named: [], findings: [] };
  const ignoreMissing = helm.ignoreMissingValueFiles === true;
  for (const raw of helm.valueFiles ?? []) {
    if (typeof raw !== 'string') {
      out.findings.push({
        severity: 'error',
        rule: 'invalid-application',
        ...at,
        message: `valueFiles entry ${JSON.stringify(raw)} is not a string`,
      });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
      out.notPreviewed = `value file ${raw} is fetched from a URL, which Slipway does not do`;
      continue;
    }
    let path: string | undefined;
    if (raw.startsWith('$values/')) path = resolveInTree('', raw.slice('$values/'.length));
    else if (raw.startsWith('/')) path = resolveInTree('', raw.slice(1));
    else if (chartPath === undefined)
      continue; // a file inside a chart from a chart repository
    else path = resolveInTree(chartPath, raw);
    if (path === undefined || path === '') {
      out.findings.push({
        severity: 'error',
        rule: 'path-escape',
        ...at,
        message: `value file ${raw} resolves outside the repository; it is not read`,
      });
      continue;
    }
    out.named.push(path);
    if (!isReadable(tree, path)) {
      const link = tree.get(path)?.link !== undefined;
      if (link) {
        out.findings.push({
          severity: 'error',
          rule: 'path-escape',
          ...at,
          message: `value file ${raw} is a link that leaves the repository; it is not read`,
        });
      } else if (!ignoreMissing) {
        out.findings.push({
          severity: 'error',
          rule: 'missing-value-file',
          ...at,
          message: `value file ${raw} (${path}) does not exist; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`,
        });
      }
      continue;
    }
    out.valueFiles.push(path);
  }
  return out;
}

export interface HelmRelease {
  releaseName: string;
  namespace?: string;
  kubeVersion?: string;
  /** `--api-versions`: the source's helm.apiVersions, else the CRD API versions of the repository. */
  apiVersions?: string[];
}

/** Why a name from a manifest cannot go to helm, or undefined when it can. */
export function helmNameProblem(release: HelmRelease, chart?: ChartRef): string | undefined {
  const name = release.releaseName;
  if (name.length > 53 || !RELEASE_NAME.test(name))
    return `release name "${name}" is not a valid Helm release name (lowercase DNS-1123, at most 53 characters)`;
  if (release.namespace !== undefined && !DNS_LABEL.test(release.namespace))
    return `destination namespace "${release.namespace}" is not a valid namespace name`;
  if (chart) {
    if (!CHART_NAME.test(chart.name)) return `chart name "${chart.name}" is not a valid chart name`;
    const location = chartLocation(chart);
    if ('problem' in location) return location.problem;
    if (chart.version !== undefined && (!CHART_VERSION.test(chart.version) || chart.version.startsWith('-')))
      return `chart version "${chart.version}" is not a version or range`;
  }
  return undefined;
}

/** The flags of an Application's helm block that change what `helm template` renders. */
export interface HelmFlags {
  skipCrds?: boolean;
  skipSchemaValidation?: boolean;
  skipTests?: boolean;
}

/**
 * `helm template` arguments in Argo CD's order (util/helm/cmd.go template): parameters, file parameters,
 * value files, the inline values, `--api-versions`, `--include-crds` unless skipCrds. helm merges value
 * files in order and applies `--set` last, whatever their place on the command line. `chart` (a folder,
 * or a chart pulled from a registry) and the
 * value paths map repository paths to where the renderer laid them out; names were checked by
 * helmNameProblem, and still travel as `--flag=value` or after `--`.
 */
export function helmTemplateArgs(
  release: HelmRelease,
  chart: { dir: string },
  valueFiles: readonly string[],
  inline: string | undefined,
  helm: HelmOptions & HelmFlags,
  fileParameters: ReadonlyArray<{ name: string; path: string }> = [],
): string[] {
  const args = ['template'];
  if (release.namespace) args.push(`--namespace=${release.namespace}`);
  if (release.kubeVersion) args.push(`--kube-version=${release.kubeVersion}`);
  for (const p of helm.parameters ?? []) {
    if (!p || typeof p.name !== 'string') continue;
    args.push(`${p.forceString ? '--set-string' : '--set'}=${p.name}=${String(p.value ?? '')}`);
  }
  for (const p of fileParameters) args.push(`--set-file=${p.name}=${p.path}`);
  for (const file of valueFiles) args.push(`--values=${file}`);
  if (inline !== undefined) args.push(`--values=${inline}`);
  for (const v of release.apiVersions ?? []) args.push(`--api-versions=${v}`);
  if (helm.skipCrds !== true) args.push('--include-crds');
  if (helm.skipSchemaValidation === true) args.push('--skip-schema-validation');
  if (helm.skipTests === true) args.push('--skip-tests');
  args.push('--', release.releaseName, chart.dir);
  return args;
}

/** `fileParameters` resolved like value files; a path outside the repository is a finding. */
export function helmFileParameters(
  tree: FileTree,
  chartPath: string | undefined,
  helm: HelmOptions,
  at: FindingPlace,
): { parameters: Array<{ name: string; path: string }>; findings: Finding[] } {
  const out = { parameters: [] as Array<{ name: string; path: string }>, findings: [] as Finding[] };
  for (const { name, path } of helm.fileParameters ?? []) {
    const resolved = helmValueFiles(tree, chartPath, { valueFiles: [path] }, at);
    out.findings.push(...resolved.findings);
    const file = resolved.valueFiles[0];
    if (file !== undefined) out.parameters.push({ name, path: file });
  }
  return out;
}

/**
 * Whether reading `path` follows a link out of the repository (an absolute target, or one that climbs
 * above the root), directly or through other links.
 */
export function linkLeavesRepository(tree: FileTree, path: string): boolean {
  const last = linkChain(tree, path).at(-1) as string;
  const link = tree.get(last)?.link;
  return link !== undefined && resolveInTree(dirname(last), link) === undefined;
}

/**
 * The files of chart folders that are links out of the repository. helm loads every file of a chart;
 * Argo CD refuses such a repository before rendering ("repository contains out-of-bounds symlinks"), so
 * the app fails, naming the file, rather than render without it.
 */
export function chartLinkFindings(tree: FileTree, folders: readonly string[], at: FindingPlace): Finding[] {
  const findings: Finding[] = [];
  for (const folder of new Set(folders))
    for (const path of filesIn(tree, folder, true))
      if (linkLeavesRepository(tree, path))
        findings.push({
          severity: 'error',
          rule: 'path-escape',
          ...at,
          message: `${path} is a link to a place outside the repository: Argo CD fails the app (out-of-bounds symlink) and Slipway does not read it; not rendered`,
        });
  return findings;
}
