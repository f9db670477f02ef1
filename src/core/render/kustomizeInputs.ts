// Everything a kustomization reads, found by walking it and its bases — before kustomize runs. A path
// that leaves the repository, a remote base, or a referenced file that links out of it stops the unit,
// so nothing outside the repository is ever read. The input set also tells which units a change affects.
import {
  hasFolder,
  isReadable,
  pathsUnder,
  readText,
  resolveInTree,
  tooLargeMessage,
  type FileTree,
} from '../fileTree.js';
import { parseManifests } from '../yaml/manifestMaps.js';
import { KUSTOMIZATION_FILES, kustomizationIn } from '../argo/sourceType.js';
import type { Finding } from '../finding.js';
import { plainText } from '../plainText.js';
import { linkLeavesRepository } from './helmInputs.js';
import { objectOf } from '../fields.js';

export interface KustomizeInputs {
  /** Files kustomize reads (what a render copies). */
  files: Set<string>;
  /**
   * Paths whose existence steers the walk (kustomization names looked for, referenced files that may be
   * missing) and folders whose contents it lists: with the files, everything the walk depends on.
   */
  watched: Set<string>;
  folders: Set<string>;
  findings: Finding[];
}

type Obj = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isRemote = (ref: string) =>
  /^(https?|git|ssh|file):\/\/|^git@|^github\.com\/|\?ref=|\/\/.*\?/.test(ref);

/** Paths named in a kustomization: [path, expectsKustomizationFolderOrFile]. */
function referencedPaths(k: Obj): string[] {
  const out: string[] = [];
  const add = (v: unknown) => typeof v === 'string' && out.push(v);
  for (const key of [
    'resources',
    'bases',
    'components',
    'crds',
    'transformers',
    'generators',
    'validators',
    'configurations',
  ])
    list(k[key]).forEach(add);
  list(k.patchesStrategicMerge).forEach((p) => typeof p === 'string' && !p.includes('\n') && out.push(p));
  for (const patch of [...list(k.patches), ...list(k.patchesJson6902), ...list(k.replacements)])
    add(objectOf(patch).path);
  for (const gen of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
    const g = objectOf(gen);
    for (const f of [...list(g.files), ...list(g.envs)])
      if (typeof f === 'string') out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
    add(g.env);
  }
  add(objectOf(k.openapi).path);
  return out;
}

/**
 * Parsed kustomizations by path, then by text (a path's base and head texts), shared across the units of
 * one tree (bases and components repeat). Keyed by the text itself, not by a string made from it: a
 * tree's text is one string, whose hash is worked out once, however many units visit it.
 */
export type KustomizationCache = Map<string, Map<string, Record<string, unknown> | null>>;

/** A file kustomize would read: a link must stay inside the repository. */
function linkEscapes(tree: FileTree, path: string): boolean {
  return tree.get(path)?.link !== undefined && !isReadable(tree, path);
}

/**
 * What visiting one folder does, in order: paths watched, files read, folders listed, findings (without
 * their unit) and folders visited next. It depends on the tree and the folder alone, so a fleet's shared
 * bases and components are worked out once per tree and replayed for every unit that reaches them.
 */
type Step =
  | { watch: string }
  | { file: string }
  | { folder: string }
  | { visit: string }
  | { finding: Omit<Finding, 'unit' | 'line'> };

/** The steps of each folder by tree, for the run whose kustomization cache they share. */
const stepMemos = new WeakMap<KustomizationCache, WeakMap<FileTree, Map<string, readonly Step[]>>>();

function stepMemo(cache: KustomizationCache, tree: FileTree): Map<string, readonly Step[]> {
  let trees = stepMemos.get(cache);
  if (!trees) stepMemos.set(cache, (trees = new WeakMap()));
  let memo = trees.get(tree);
  if (!memo) trees.set(tree, (memo = new Map<string, readonly Step[]>()));
  return memo;
}

/** The steps of visiting `dir` (see Step): kustomizeInputs' walk, one folder deep. */
function folderSteps(tree: FileTree, dir: string, cache: KustomizationCache, enableHelm: boolean): Step[] {
  const steps: Step[] = [];
  const lookFor = (dir: string) => {
    for (const name of KUSTOMIZATION_FILES) steps.push({ watch: dir === '' ? name : `${dir}/${name}` });
  };
  const report = (severity: Finding['severity'], rule: Finding['rule'], file: string, message: string) =>
    steps.push({ finding: { severity, rule, file, message } });
  const escaped = (path: string) =>
    report(
      'error',
      'path-escape',
      path,
      `${path} is a link to a place outside the repository; it is not read`,
    );
  lookFor(dir);
  const file = kustomizationIn(tree, dir);
  if (!file) return steps;
  steps.push({ file });
  if (linkEscapes(tree, file)) {
    escaped(file);
    return steps;
  }
  // keyed by path and text: one cache serves the base and the head, each file parsed once
  const text = readText(tree, file) ?? '';
  const texts = cache.get(file) ?? cache.set(file, new Map()).get(file);
  if (!texts?.has(text)) texts?.set(text, parseManifests(text)?.[0]?.obj ?? null);
  const k = texts?.get(text);
  if (k === null || k === undefined) {
    report('error', 'yaml-syntax', file, `${file} is not valid YAML`);
    return steps;
  }
  if (list(k.helmCharts).length > 0) {
    if (!enableHelm)
      report(
        'warning',
        'not-previewed',
        file,
        `${file} inflates Helm charts (helmCharts), which needs --enable-helm in kustomize-build-options (as in Argo CD's kustomize.buildOptions); not previewed`,
      );
    else {
      const charts = helmChartInputs(tree, dir, k);
      for (const f of charts.files) steps.push({ file: f });
      for (const f of charts.folders) steps.push({ folder: f });
      for (const problem of charts.problems)
        report(problem.severity, problem.rule, file, `${file}: ${problem.message}`);
    }
  }
  for (const ref of referencedPaths(k)) {
    if (isRemote(ref)) {
      report(
        'warning',
        'not-previewed',
        file,
        `${file} uses the remote base ${ref}; remote bases are not fetched, the app is not previewed`,
      );
      continue;
    }
    const target = resolveInTree(dir, ref);
    if (target === undefined) {
      report(
        'error',
        'path-escape',
        file,
        `${file} refers to ${ref}, outside the repository; nothing was read`,
      );
      continue;
    }
    // each test below depends on the paths it looks at; recorded only where it is made
    lookFor(target);
    if (kustomizationIn(tree, target)) steps.push({ visit: target });
    else {
      steps.push({ watch: target });
      if (tree.has(target)) {
        steps.push({ file: target });
        const size = tree.get(target)?.tooLarge;
        if (size) report('error', 'file-too-large', target, tooLargeMessage(target, size));
        else if (linkEscapes(tree, target)) escaped(target);
      } else {
        steps.push({ folder: target });
        if (hasFolder(tree, target)) steps.push({ visit: target });
        else report('error', 'missing-file', file, `${file} refers to ${ref}, which does not exist`);
      }
    }
  }
  return steps;
}

export function kustomizeInputs(
  tree: FileTree,
  folder: string,
  unit?: string,
  cache: KustomizationCache = new Map(),
  options: { enableHelm?: boolean } = {},
): KustomizeInputs {
  const files = new Set<string>();
  const watched = new Set<string>();
  const folders = new Set<string>();
  const findings: Finding[] = [];
  const enableHelm = options.enableHelm === true;
  const memo = stepMemo(cache, tree);
  const key = (dir: string) => (enableHelm ? `helm\n${dir}` : dir);
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    let steps = memo.get(key(dir));
    if (!steps) memo.set(key(dir), (steps = folderSteps(tree, dir, cache, enableHelm)));
    for (const step of steps)
      if ('watch' in step) watched.add(step.watch);
      else if ('file' in step) files.add(step.file);
      else if ('folder' in step) folders.add(step.folder);
      else if ('visit' in step) visit(step.visit);
      else {
        const { severity, rule, file, message } = step.finding;
        findings.push({ severity, rule, unit, file, line: 1, message });
      }
  };
  visit(folder);
  return { files, watched, folders, findings };
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

interface ChartProblem {
  severity: Finding['severity'];
  rule: Finding['rule'];
  message: string;
}

/**
 * The files of a kustomization's `helmCharts` under `--enable-helm`, and why one cannot be inflated.
 * kustomize hands these fields to `helm template` as arguments (a releaseName of `--post-renderer=…`
 * would run a program), so every one is checked; only charts vendored under chartHome are rendered,
 * never pulled from a chart repository.
 */
function helmChartInputs(
  tree: FileTree,
  dir: string,
  k: Obj,
): { files: string[]; folders: string[]; problems: ChartProblem[] } {
  const files: string[] = [];
  const folders: string[] = [];
  const problems: ChartProblem[] = [];
  const globals = objectOf(k.helmGlobals);
  const chartHome = resolveInTree(dir, typeof globals.chartHome === 'string' ? globals.chartHome : 'charts');
  if (chartHome === undefined)
    return {
      files,
      folders,
      problems: [
        {
          severity: 'error',
          rule: 'path-escape',
          message: 'helmGlobals.chartHome leaves the repository; nothing was read',
        },
      ],
    };
  if (globals.configHome !== undefined)
    problems.push({
      severity: 'error',
      rule: 'invalid-kustomization',
      message: 'helmGlobals.configHome is not allowed (it points helm at its own configuration)',
    });
  for (const entry of list(k.helmCharts)) {
    const chart = objectOf(entry);
    const name = chart.name;
    const bad = Object.entries(chart).find(([, v]) => typeof v === 'string' && v.startsWith('-'));
    if (bad) {
      problems.push({
        severity: 'error',
        rule: 'invalid-kustomization',
        message: `helmCharts ${String(name)}: ${bad[0]} "${String(bad[1])}" would reach helm as an option; not rendered`,
      });
      continue;
    }
    if (typeof name !== 'string' || !CHART_NAME.test(name)) {
      problems.push({
        severity: 'error',
        rule: 'invalid-kustomization',
        message: `helmCharts: chart name ${JSON.stringify(name)} is not a valid chart name`,
      });
      continue;
    }
    const release = chart.releaseName;
    if (
      release !== undefined &&
      (typeof release !== 'string' || release.length > 53 || !RELEASE_NAME.test(release))
    ) {
      problems.push({
        severity: 'error',
        rule: 'invalid-kustomization',
        message: `helmCharts ${name}: releaseName ${JSON.stringify(release)} is not a valid Helm release name`,
      });
      continue;
    }
    if (
      chart.namespace !== undefined &&
      (typeof chart.namespace !== 'string' || !DNS_LABEL.test(chart.namespace))
    ) {
      problems.push({
        severity: 'error',
        rule: 'invalid-kustomization',
        message: `helmCharts ${name}: namespace ${JSON.stringify(chart.namespace)} is not a valid namespace name`,
      });
      continue;
    }
    const chartFolder = `${chartHome === '' ? '' : `${chartHome}/`}${name}`;
    folders.push(chartFolder);
    const chartFiles = pathsUnder(tree, `${chartFolder}/`);
    if (chartFiles.length === 0) {
      problems.push({
        severity: 'warning',
        rule: 'not-previewed',
        message: `helmCharts ${name} is not vendored under ${chartFolder}${typeof chart.repo === 'string' ? ` (it would be pulled from ${chart.repo}, which Slipway does not do)` : ''}; not previewed`,
      });
      continue;
    }
    files.push(...chartFiles);
    for (const path of chartFiles.filter((p) => linkLeavesRepository(tree, p)))
      problems.push({
        severity: 'error',
        rule: 'path-escape',
        message: `helmCharts ${name}: ${path} is a link to a place outside the repository: Argo CD fails the app (out-of-bounds symlink) and Slipway does not read it; not rendered`,
      });
    for (const valuesFile of [chart.valuesFile, ...list(chart.additionalValuesFiles)]) {
      if (valuesFile === undefined) continue;
      const path = typeof valuesFile === 'string' ? resolveInTree(dir, valuesFile) : undefined;
      if (path === undefined)
        problems.push({
          severity: 'error',
          rule: 'path-escape',
          message: `helmCharts ${name}: values file ${plainText(valuesFile)} leaves the repository; nothing was read`,
        });
      else files.push(path);
    }
  }
  return { files, folders, problems };
}
