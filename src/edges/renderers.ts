// kustomize and helm behind one interface. Inputs are copied from the file tree into a fresh temporary
// folder — only the files the kustomization walker allowed — so a build never reads outside the repository
// and a git revision renders without a checkout. Exec functions and plugins stay off; the load restrictor on.
import { isAllowedBuildOption } from '../core/render/kustomizeBuildOptions.js';
import { accessSync, constants, mkdirSync, mkdtempSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { ChartRef, HelmOptions, KustomizeOverrides } from '../core/argo/unit.js';
import { kustomizeWrapper, wrapperOriginToRepo } from '../core/render/kustomizeWrapper.js';
import type { HelmFiles, KustomizeBuild, RenderResult, Renderer } from '../ports.js';
import { helmTemplateArgs, type HelmFlags, type HelmRelease } from '../core/render/helmInputs.js';
import { filesIn, readText, resolveInTree, type FileTree } from '../core/fileTree.js';
import { binaryVersion, hasBinary, minimalEnv, run } from './childProcess.js';

/** Free space `/dev/shm` must have to be used: a container's default of 64 MiB is too small for charts. */
const SHM_MIN_FREE = 1024 * 1024 * 1024;

/**
 * Where render folders go: memory (`/dev/shm`, Linux's tmpfs) when it has 1 GiB free and TMPDIR names no
 * place — each render makes and removes a folder of its inputs, four times faster there than on a
 * disk-backed /tmp — else the system's temporary folder.
 */
let renderRoot: string | undefined;
function renderTemp(): string {
  if (renderRoot === undefined) {
    renderRoot = tmpdir();
    if (!process.env.TMPDIR) {
      try {
        accessSync('/dev/shm', constants.W_OK);
        const free = statfsSync('/dev/shm');
        if (statSync('/dev/shm').isDirectory() && free.bavail * free.bsize >= SHM_MIN_FREE)
          renderRoot = '/dev/shm';
      } catch {
        // no tmpfs here: the system's temporary folder
      }
    }
  }
  return renderRoot;
}

/**
 * Lays the given repository files out under <temp>/repo as regular files. Only normalised paths that stay
 * inside the repository are written (a crafted tree may hold `..` entries), and links are written as the
 * in-repository file they point to, so nothing a renderer reads can lead outside the folder.
 */
function materialise(tree: FileTree, files: Iterable<string>): string {
  const root = mkdtempSync(join(renderTemp(), 'slipway-render-'));
  const repo = join(root, 'repo');
  const made = new Set<string>();
  for (const path of files) {
    if (resolveInTree('', path) !== path || path === '') continue;
    const text = readText(tree, path);
    const target = join(repo, path);
    if (text === undefined || !target.startsWith(`${repo}/`)) continue;
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(target, text);
  }
  mkdirSync(join(root, 'repo'), { recursive: true });
  mkdirSync(join(root, 'home'));
  return root;
}

/** `kustomize build` (or `kubectl kustomize`) of a folder, with the app's overrides. */
export async function kustomizeBuild(
  tree: FileTree,
  path: string,
  inputs: Iterable<string>,
  overrides?: KustomizeOverrides,
  buildOptions: string[] = [],
  origins = true,
): Promise<KustomizeBuild> {
  const root = materialise(tree, inputs);
  try {
    mkdirSync(join(root, 'wrap'));
    writeFileSync(join(root, 'wrap', 'kustomization.yaml'), kustomizeWrapper(path, overrides, origins));
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
    return { ...result, originToRepo: wrapperOriginToRepo, ...(renderer && { renderer }) };
  } finally {
    // off the main thread: a render pool keeps parsing and diffing while the folder goes
    await rm(root, { recursive: true, force: true });
  }
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
): Promise<RenderResult> {
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
    // off the main thread: a render pool keeps parsing and diffing while the folder goes
    await rm(root, { recursive: true, force: true });
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

/** kustomize and helm on this machine, each run in a temporary folder holding only its inputs. */
export const localRenderer: Renderer = {
  kustomizeBuild,
  helmTemplate,
  versions: rendererVersions,
};
