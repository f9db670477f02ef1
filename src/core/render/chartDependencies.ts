// A chart's dependencies as `helm template` will need them (vendored, `file://` folders of this
// repository, or pulled at the versions its lock names), read once per chart content for the whole run.
import { parse } from 'yaml';
import { pathsUnder, readText, resolveInTree, type FileTree } from '../fileTree.js';
import type { Finding } from '../finding.js';
import { escapeRegExp } from '../regExpText.js';
import { objectOf } from '../fields.js';
import { chartLocation } from './chartSource.js';
import { CHART_VERSION, type FindingPlace } from './helmInputs.js';

/** A dependency from a chart repository or an OCI registry, as the chart's lock names it. */
export interface RemoteDependency {
  name: string;
  /** The exact version the lock holds. */
  version: string;
  /** The lock's repository: an http(s) URL or `oci://…`. */
  repository: string;
}

export interface ChartDependencies {
  /** Folders of `file://` dependencies inside the repository: copied beside the chart, then `helm dependency build`. */
  localFolders: string[];
  /** Dependencies pulled at their locked versions into the chart's `charts/` folder. */
  remote: RemoteDependency[];
  /** Set when a dependency needs a chart repository Slipway does not reach. */
  notPreviewed?: string;
  findings: Finding[];
}

/** What a chart's Chart.yaml, locks and `charts/` folder say of its dependencies, for any app that uses it. */
interface ChartFacts {
  localFolders: string[];
  remote: RemoteDependency[];
  notPreviewed?: string;
  /** Findings without the app they are reported on (each app using the chart gets them as its own). */
  problems: Array<Pick<Finding, 'rule' | 'message'>>;
}

/**
 * One run's memo of charts: many apps share one chart (and base and head almost always hold the same
 * one), so each chart's Chart.yaml, locks and dependencies are read and parsed once per content — keyed
 * by the chart's folder and each file's blob id (else its text) — not once per app and side.
 */
export interface ChartCache {
  /** The YAML parser for Chart.yaml and the locks. */
  readonly parse: (text: string) => unknown;
  readonly charts: Map<string, ChartFacts>;
}

export function chartCache(parseYaml: (text: string) => unknown = parse): ChartCache {
  return { parse: parseYaml, charts: new Map() };
}

/** A file's identity for a memo key: its blob id when git gave one (its text unread), else its text. */
function identity(tree: FileTree, path: string): string {
  const entry = tree.get(path);
  if (entry === undefined) return '-';
  // a link is known by what it leads to (its target may change while it does not)
  if (entry.link !== undefined) return `t${readText(tree, path) ?? ''}`;
  if (entry.blob !== undefined) return `b${entry.blob}`;
  return `t${entry.text ?? ''}`;
}

/**
 * A chart's dependencies as `helm template` will need them: vendored under `charts/` (a folder or a
 * `.tgz`), a `file://` folder of this repository (built offline with `helm dependency build`, as Argo CD
 * does when helm reports a missing dependency), or a chart repository — then the app is not previewed.
 *
 * `helm dependency build` fetches every dependency of the lock (`Chart.lock`, or `requirements.lock` of
 * an apiVersion v1 chart) from the repository the *lock* names, and with no lock every dependency of
 * Chart.yaml, vendored or not. So it runs only when every dependency is a `file://` folder of the
 * repository and the lock names each of them with that same `file://` repository: a lock that names a
 * chart repository, a registry or a folder outside the repository for a `file://` dependency would have
 * helm reach the network (or read the runner's disk), and fails the app instead.
 */
export function chartDependencies(
  tree: FileTree,
  chartPath: string,
  at: FindingPlace,
  cache: ChartCache = chartCache(),
): ChartDependencies {
  const prefix = chartPath === '' ? '' : `${chartPath}/`;
  const vendoredFiles = pathsUnder(tree, `${prefix}charts/`);
  const key = [
    chartPath,
    ...[`${prefix}Chart.yaml`, `${prefix}Chart.lock`, `${prefix}requirements.lock`].map((f) =>
      identity(tree, f),
    ),
    ...vendoredFiles,
  ].join('\0');
  let facts = cache.charts.get(key);
  if (facts === undefined) {
    facts = chartFacts(tree, prefix, chartPath, vendoredFiles, cache.parse);
    cache.charts.set(key, facts);
  }
  return {
    localFolders: [...facts.localFolders],
    remote: [...facts.remote],
    ...(facts.notPreviewed !== undefined && { notPreviewed: facts.notPreviewed }),
    findings: facts.problems.map((p) => ({ severity: 'error', ...p, ...at })),
  };
}

function chartFacts(
  tree: FileTree,
  prefix: string,
  chartPath: string,
  vendoredFiles: readonly string[],
  parseYaml: (text: string) => unknown,
): ChartFacts {
  const out: ChartFacts = { localFolders: [], remote: [], problems: [] };
  let chart: unknown;
  try {
    chart = parseYaml(readText(tree, `${prefix}Chart.yaml`) ?? '');
  } catch {
    return out; // helm itself reports a broken Chart.yaml
  }
  const dependencies = objectOf(chart).dependencies;
  /** Each dependency's repository, by name (vendored ones too: the build fetches them all). */
  const declared = new Map<string, string>();
  /** Dependencies neither vendored nor `file://`: from a chart repository or a registry, at the lock's version. */
  const remote = new Map<string, string>();
  for (const dep of Array.isArray(dependencies) ? dependencies : []) {
    const { name, repository } = objectOf(dep);
    if (typeof name !== 'string') continue;
    const repo = typeof repository === 'string' ? repository : '';
    declared.set(name, repo);
    const tgz = new RegExp(`^${escapeRegExp(prefix)}charts/${escapeRegExp(name)}-[^/]*\\.tgz$`);
    const vendored = vendoredFiles.some((p) => p.startsWith(`${prefix}charts/${name}/`) || tgz.test(p));
    if (vendored) continue;
    if (repo.startsWith('file://')) {
      const folder = resolveInTree(chartPath, repo.slice('file://'.length));
      if (folder === undefined) {
        out.problems.push({
          rule: 'path-escape',
          message: `chart dependency ${name} (${repo}) is outside the repository; it is not read`,
        });
      } else out.localFolders.push(folder);
    } else if (repo === '') {
      out.notPreviewed = `chart dependency ${name} names no repository and is not under charts/ (vendor it there to preview)`;
    } else remote.set(name, repo);
  }
  if (remote.size > 0 && !out.notPreviewed && out.problems.length === 0) {
    if (out.localFolders.length > 0) {
      const [name, repo] = [...remote][0] as [string, string];
      out.notPreviewed = `the chart has file:// dependencies and chart dependency ${name} from ${repo}: Slipway previews one kind or the other (vendor the chart repository's dependencies under charts/ to preview)`;
      return out;
    }
    lockedVersions(tree, prefix, remote, parseYaml, out);
    return out;
  }
  if (out.localFolders.length === 0 || out.notPreviewed || out.problems.length > 0) return out;
  // helm dependency build will run: it must find nothing to fetch
  for (const [name, repo] of declared) {
    if (!repo.startsWith('file://')) {
      out.notPreviewed = `helm dependency build (for the file:// dependencies) would fetch chart dependency ${name} from ${repo || 'a chart repository'} again, which Slipway does not do (vendor every dependency under charts/ to preview)`;
      return out;
    }
  }
  out.problems.push(...lockProblems(tree, prefix, declared, parseYaml));
  return out;
}

/**
 * The locked versions of a chart's dependencies from chart repositories and registries (Chart.lock, or
 * requirements.lock of an apiVersion v1 chart): each is pulled at that version, from the repository the
 * lock names, as `helm dependency build` would. Whether the lock is in step with Chart.yaml, helm checks
 * (renderers.ts). A dependency the lock does not name, or names by a repository alias, is not previewed.
 */
function lockedVersions(
  tree: FileTree,
  prefix: string,
  remote: ReadonlyMap<string, string>,
  parseYaml: (text: string) => unknown,
  out: ChartFacts,
): void {
  const lockFile = [`${prefix}Chart.lock`, `${prefix}requirements.lock`].find(
    (f) => readText(tree, f) !== undefined,
  );
  const [firstName, firstRepo] = [...remote][0] as [string, string];
  if (lockFile === undefined) {
    out.notPreviewed = `chart dependency ${firstName} needs ${firstRepo}, and no Chart.lock names the version to pull (run helm dependency update and commit Chart.lock, or vendor it under charts/)`;
    return;
  }
  let lock: unknown;
  try {
    lock = parseYaml(readText(tree, lockFile) ?? '');
  } catch {
    out.problems.push({ rule: 'chart-lock', message: `${lockFile} is not valid YAML; not rendered` });
    return;
  }
  const entries = objectOf(lock).dependencies;
  const locked = new Map<string, { version?: unknown; repository?: unknown }>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const e = objectOf(entry);
    if (typeof e.name === 'string' && !locked.has(e.name)) locked.set(e.name, e);
  }
  for (const name of remote.keys()) {
    const entry = locked.get(name);
    const { version, repository } = entry ?? {};
    if (entry === undefined) {
      out.problems.push({
        rule: 'chart-lock',
        message: `${lockFile} does not lock chart dependency ${JSON.stringify(name)}: helm dependency build fails the same way (run helm dependency update); not rendered`,
      });
    } else if (
      typeof version !== 'string' ||
      !CHART_VERSION.test(version) ||
      version.startsWith('-') ||
      typeof repository !== 'string'
    ) {
      out.problems.push({
        rule: 'chart-lock',
        message: `${lockFile} gives chart dependency ${JSON.stringify(name)} no version or repository helm can use; not rendered`,
      });
    } else if (!/^(https?|oci):\/\//i.test(repository)) {
      out.notPreviewed = `chart dependency ${name} comes from ${repository}, a repository name Slipway does not resolve (write the repository's URL in Chart.yaml, or vendor the chart under charts/)`;
    } else {
      const problem = chartLocation({ repoURL: repository, name, version });
      if ('problem' in problem)
        out.problems.push({ rule: 'chart-lock', message: `${problem.problem}; not rendered` });
      else out.remote.push({ name, version, repository });
    }
  }
}

/** Where the lock of a chart sends `helm dependency build`, checked against Chart.yaml's `file://` dependencies. */
function lockProblems(
  tree: FileTree,
  prefix: string,
  declared: ReadonlyMap<string, string>,
  parseYaml: (text: string) => unknown,
): ChartFacts['problems'] {
  const findings: ChartFacts['problems'] = [];
  for (const lockFile of [`${prefix}Chart.lock`, `${prefix}requirements.lock`]) {
    const text = readText(tree, lockFile);
    if (text === undefined) continue;
    const problem = (message: string) =>
      findings.push({ rule: 'chart-lock', message: `${lockFile} ${message}; not rendered` });
    let lock: unknown;
    try {
      lock = parseYaml(text);
    } catch {
      problem('is not valid YAML');
      continue;
    }
    const entries = objectOf(lock).dependencies;
    if (lock !== null && (typeof lock !== 'object' || (entries !== undefined && !Array.isArray(entries)))) {
      problem('is not a lock file (a map with a list of dependencies)');
      continue;
    }
    for (const entry of Array.isArray(entries) ? entries : []) {
      const { name, repository } = objectOf(entry);
      const shown = JSON.stringify(typeof name === 'string' ? name : (name ?? null));
      const repo = typeof repository === 'string' ? repository : undefined;
      const wanted = typeof name === 'string' ? declared.get(name) : undefined;
      if (wanted === undefined)
        problem(
          `locks dependency ${shown}, which Chart.yaml does not list: helm dependency build would fetch it from ${repo ?? 'its repository'}`,
        );
      else if (repo !== wanted)
        problem(
          `gives dependency ${shown} the repository ${repo === undefined ? '(none)' : JSON.stringify(repo)} where Chart.yaml gives ${wanted}: helm dependency build follows the lock, and Slipway never lets it reach the network or leave the repository (run helm dependency update to make the lock match Chart.yaml)`,
        );
    }
  }
  return findings;
}
