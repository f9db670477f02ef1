// kustomize and helm behind one interface. Inputs are copied from the file tree into a fresh temporary
// folder — only the files the kustomization walker allowed — so a build never reads outside the repository
// and a git revision renders without a checkout. Exec functions and plugins stay off; the load restrictor on.
import { isAllowedBuildOption } from '../core/render/kustomizeBuildOptions.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { ChartRef, HelmOptions, KustomizeOverrides } from '../core/argoApps.js';
import { helmTemplateArgs, type HelmFlags, type HelmRelease } from '../core/render/helmInputs.js';
import { filesIn, readText, resolveInTree, type FileTree } from '../core/fileTree.js';
import { tryParseImageRef } from '../core/imageRef.js';
import { binaryVersion, hasBinary, minimalEnv, run, type RunResult } from './childProcess.js';

/**
 * Lays the given repository files out under <temp>/repo as regular files. Only normalised paths that stay
 * inside the repository are written (a crafted tree may hold `..` entries), and links are written as the
 * in-repository file they point to, so nothing a renderer reads can lead outside the folder.
 */
function materialise(tree: FileTree, files: Iterable<string>): string {
  const root = mkdtempSync(join(tmpdir(), 'slipway-render-'));
  const repo = join(root, 'repo');
  for (const path of files) {
    if (resolveInTree('', path) !== path || path === '') continue;
    const text = readText(tree, path);
    const target = join(repo, path);
    if (text === undefined || !target.startsWith(`${repo}/`)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(join(root, 'repo'), { recursive: true });
  mkdirSync(join(root, 'home'));
  return root;
}

/** A kustomization that wraps the app's folder with Argo CD's overrides and asks for origin annotations. */
function wrapper(path: string, overrides: KustomizeOverrides = {}): string {
  const k: Record<string, unknown> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [`../repo${path ? `/${path}` : ''}`],
    buildMetadata: ['originAnnotations'],
  };
  if (overrides.namePrefix) k.namePrefix = overrides.namePrefix;
  if (overrides.nameSuffix) k.nameSuffix = overrides.nameSuffix;
  if (overrides.namespace) k.namespace = overrides.namespace;
  if (overrides.commonLabels) k.labels = [{ pairs: overrides.commonLabels, includeSelectors: true }];
  if (overrides.commonAnnotations) k.commonAnnotations = overrides.commonAnnotations;
  if (overrides.replicas) k.replicas = overrides.replicas;
  if (overrides.patches) k.patches = overrides.patches;
  if (overrides.images) {
    // Argo CD's forms: name:tag, name@digest, name=newName[:tag][@digest]
    k.images = overrides.images.flatMap((spec) => {
      const [original, refText] = spec.includes('=')
        ? (spec.split('=', 2) as [string, string])
        : [undefined, spec];
      const ref = tryParseImageRef(refText);
      if (!ref) return [];
      return [
        {
          name: original ?? ref.name,
          ...(original && { newName: ref.name }),
          ...(ref.tag && { newTag: ref.tag }),
          ...(ref.digest && { digest: ref.digest }),
        },
      ];
    });
  }
  return stringify(k);
}

export interface BuildOutput extends RunResult {
  /** Which renderer ran: `kustomize` or `kubectl kustomize`. */
  renderer?: string;
  /** Maps a `config.kubernetes.io/origin` path back to a repository path. */
  originToRepo: (origin: string) => string | undefined;
}

/** Origin paths are relative to the wrapper folder: ../repo/<path in the repository>. */
function originToRepo(origin: string): string | undefined {
  const resolved = resolveInTree('wrap', origin);
  return resolved?.startsWith('repo/') ? resolved.slice('repo/'.length) : undefined;
}

/** `kustomize build` (or `kubectl kustomize`) of a folder, with the app's overrides. */
export async function kustomizeBuild(
  tree: FileTree,
  path: string,
  inputs: Iterable<string>,
  overrides?: KustomizeOverrides,
  buildOptions: string[] = [],
): Promise<BuildOutput> {
  const root = materialise(tree, inputs);
  try {
    mkdirSync(join(root, 'wrap'));
    writeFileSync(join(root, 'wrap', 'kustomization.yaml'), wrapper(path, overrides));
    const options = { cwd: root, env: minimalEnv(join(root, 'home')) };
    const args = [
      // --enable-helm is kept: kustomizeInputs checked every helmCharts field and that each chart is vendored
      ...buildOptions.filter(isAllowedBuildOption),
      join(root, 'wrap'),
    ];
    const renderer = (await hasBinary('kustomize'))
      ? 'kustomize'
      : (await hasBinary('kubectl'))
        ? 'kubectl kustomize'
        : undefined;
    const result = (await hasBinary('kustomize'))
      ? await run('kustomize', ['build', ...args], options)
      : (await hasBinary('kubectl'))
        ? await run('kubectl', ['kustomize', ...args], options)
        : {
            ok: false,
            stdout: '',
            error:
              'kustomize not found: install kustomize or kubectl (GitHub-hosted Ubuntu runners have both)',
          };
    return { ...result, originToRepo, ...(renderer && { renderer }) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface HelmFiles {
  /** Value files, repository paths resolved inside the repository (helmValueFiles). */
  valueFiles: readonly string[];
  fileParameters: ReadonlyArray<{ name: string; path: string }>;
  /** Folders of `file://` chart dependencies (chartDependencies): copied too, then `helm dependency build`. */
  dependencyFolders: readonly string[];
}

/**
 * `helm template` of a chart folder in the repository, or of a chart from a chart repository (`--repo`,
 * which needs the network); says so clearly when helm is not installed. Every path was resolved inside the
 * repository and every name checked (helmNameProblem) before this runs.
 */
export async function helmTemplate(
  tree: FileTree,
  chart: { path: string } | { ref: ChartRef },
  files: HelmFiles,
  helm: HelmOptions & HelmFlags,
  release: HelmRelease,
): Promise<RunResult> {
  if (!(await hasBinary('helm'))) {
    return {
      ok: false,
      stdout: '',
      error: 'helm not found: install helm (GitHub-hosted Ubuntu runners have it) to preview Helm charts',
    };
  }
  const chartFiles = 'path' in chart ? filesIn(tree, chart.path, true) : [];
  const dependencyFiles = files.dependencyFolders.flatMap((folder) => filesIn(tree, folder, true));
  const root = materialise(tree, [
    ...chartFiles,
    ...dependencyFiles,
    ...files.valueFiles,
    ...files.fileParameters.map((p) => p.path),
  ]);
  const inRepo = (path: string) => join(root, 'repo', path);
  const options = { cwd: root, env: minimalEnv(join(root, 'home')) };
  try {
    if ('path' in chart && files.dependencyFolders.length > 0) {
      // file:// dependencies only (chartDependencies sent the rest to "not previewed"): no network
      const built = await run(
        'helm',
        ['dependency', 'build', '--skip-refresh', '--', inRepo(chart.path)],
        options,
      );
      if (!built.ok) return { ...built, error: `helm dependency build: ${built.error}` };
    }
    const inline = helm.valuesObject !== undefined ? stringify(helm.valuesObject) : helm.values;
    if (inline) writeFileSync(join(root, 'inline-values.yaml'), inline);
    const args = helmTemplateArgs(
      release,
      'path' in chart ? { dir: inRepo(chart.path) } : { ref: chart.ref },
      files.valueFiles.map(inRepo),
      inline ? join(root, 'inline-values.yaml') : undefined,
      helm,
      files.fileParameters.map((p) => ({ name: p.name, path: inRepo(p.path) })),
    );
    return await run('helm', args, options);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** "helm v3.18.0+gcc58e3f", "kubectl kustomize v5.5.0": what rendered a preview, for its footer. */
export async function rendererVersions(renderers: Iterable<string>): Promise<string[]> {
  const out: string[] = [];
  for (const renderer of [...new Set(renderers)].sort()) {
    const binary = renderer === 'kubectl kustomize' ? 'kubectl' : renderer;
    out.push(`${renderer} ${(await binaryVersion(binary)) ?? '(not installed)'}`);
  }
  return out;
}
