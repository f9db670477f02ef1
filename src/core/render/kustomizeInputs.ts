// Everything a kustomization reads, found by walking it and its bases — before kustomize runs. A path
// that leaves the repository, a remote base, or a referenced file that links out of it stops the unit,
// so nothing outside the repository is ever read. The input set also tells which units a change affects.
import { readText, resolveInTree, tooLargeMessage, type FileTree } from '../fileTree.js';
import { kustomizationIn, parseManifests } from '../argoApps.js';
import type { Finding } from '../finding.js';

export interface KustomizeInputs {
  files: Set<string>;
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
    add((patch as Obj)?.path);
  for (const gen of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
    const g = (gen ?? {}) as Obj;
    for (const f of [...list(g.files), ...list(g.envs)])
      if (typeof f === 'string') out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
    add(g.env);
  }
  add((k.openapi as Obj | undefined)?.path);
  return out;
}

/** Parsed kustomizations by path, shared across the units of one tree (bases and components repeat). */
export type KustomizationCache = Map<string, Record<string, unknown> | null>;

/** A file kustomize would read: a link must stay inside the repository. */
function linkEscapes(tree: FileTree, path: string): boolean {
  return readText(tree, path) === undefined && tree.get(path)?.link !== undefined;
}

export function kustomizeInputs(
  tree: FileTree,
  folder: string,
  unit?: string,
  cache: KustomizationCache = new Map(),
): KustomizeInputs {
  const files = new Set<string>();
  const findings: Finding[] = [];
  const report = (severity: Finding['severity'], rule: string, file: string, message: string) =>
    findings.push({ severity, rule, unit, file, line: 1, message });
  const escaped = (path: string) =>
    report(
      'error',
      'path-escape',
      path,
      `${path} is a link to a place outside the repository; it is not read`,
    );
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationIn(tree, dir);
    if (!file) return;
    files.add(file);
    if (linkEscapes(tree, file)) {
      escaped(file);
      return;
    }
    if (!cache.has(file)) cache.set(file, parseManifests(readText(tree, file) ?? '')?.[0]?.obj ?? null);
    const k = cache.get(file);
    if (k === null || k === undefined) {
      report('error', 'yaml-syntax', file, `${file} is not valid YAML`);
      return;
    }
    if (list(k.helmCharts).length > 0) {
      report(
        'warning',
        'not-previewed',
        file,
        `${file} inflates Helm charts (helmCharts), which needs kustomize --enable-helm; not previewed`,
      );
    }
    for (const ref of referencedPaths(k)) {
      if (isRemote(ref)) {
        report(
          'warning',
          'not-previewed',
          file,
          `${file} uses the remote base ${ref}; remote bases are not fetched, the unit is not previewed`,
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
      if (kustomizationIn(tree, target)) visit(target);
      else if (tree.has(target)) {
        files.add(target);
        const size = tree.get(target)?.tooLarge;
        if (size !== undefined) report('error', 'file-too-large', target, tooLargeMessage(target, size));
        else if (linkEscapes(tree, target)) escaped(target);
      } else if ([...tree.keys()].some((p) => p.startsWith(`${target}/`))) visit(target);
      else report('error', 'missing-file', file, `${file} refers to ${ref}, which does not exist`);
    }
  };
  visit(folder);
  return { files, findings };
}
