// kustomize and helm behind one interface. Inputs are copied from the file tree into a fresh temporary
// folder — only the files the kustomization walker allowed — so a build never reads outside the repository
// and a git revision renders without a checkout. Exec functions and plugins stay off; the load restrictor on.
import { isAllowedBuildOption } from '../core/render/kustomizeBuildOptions.js';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ChartRef, HelmOptions, KustomizeOverrides } from '../core/argo/unit.js';
import { kustomizeWrapper, wrapperOriginToRepo } from '../core/render/kustomizeWrapper.js';
import type { HelmFiles, KustomizeBuild, RemoteDependency, RenderResult, Renderer } from '../ports.js';
import { chartLocation } from '../core/render/chartSource.js';
import { chartPuller, pullFailure } from './chartPull.js';
import { helmTemplateArgs, type HelmFlags, type HelmRelease } from '../core/render/helmInputs.js';
import { filesIn, type FileTree } from '../core/fileTree.js';
import { binaryVersion, expectRuns, hasBinary, minimalEnv, run } from './childProcess.js';
import { helmEnv } from './helmHome.js';
import { discardRenderFolder, makeRenderFolder } from './renderFolders.js';

/** Which tool builds kustomizations here: `kustomize`, else `kubectl kustomize` (the render cache keys by it). */
export function kustomizeTool(): 'kustomize' | 'kubectl kustomize' | undefined {
  return hasBinary('kustomize') ? 'kustomize' : hasBinary('kubectl') ? 'kubectl kustomize' : undefined;
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
  const root = makeRenderFolder(tree, inputs);
  try {
    mkdirSync(join(root, 'wrap'));
    writeFileSync(join(root, 'wrap', 'kustomization.yaml'), kustomizeWrapper(path, overrides, origins));
    const options = { cwd: root, env: minimalEnv(join(root, 'home')), renderRoot: root };
    const args = [
      // --enable-helm is kept: kustomizeInputs checked every helmCharts field and that each chart is vendored
      ...buildOptions.filter(isAllowedBuildOption),
      join(root, 'wrap'),
    ];
    const renderer = kustomizeTool();
    const result =
      renderer === 'kustomize'
        ? await run('kustomize', ['build', ...args], options)
        : renderer === 'kubectl kustomize'
          ? await run('kubectl', ['kustomize', ...args], options)
          : {
              ok: false,
              stdout: '',
              error:
                'kustomize not found: install kustomize or kubectl (GitHub-hosted Ubuntu runners have both)',
            };
    return { ...result, originToRepo: wrapperOriginToRepo, ...(renderer && { renderer }) };
  } finally {
    discardRenderFolder(root);
  }
}

/**
 * `helm template` of a chart folder in the repository, or of a chart from a chart repository or an OCI
 * registry (pulled once per run into the chart cache, chartPull.ts); says so clearly when helm is not
 * installed. Every path was resolved inside the repository and every name checked (helmNameProblem)
 * before this runs.
 */
export async function helmTemplate(
  tree: FileTree,
  chart: { path: string } | { ref: ChartRef },
  files: HelmFiles,
  helm: HelmOptions & HelmFlags,
  release: HelmRelease,
): Promise<RenderResult> {
  if (!hasBinary('helm')) {
    return {
      ok: false,
      stdout: '',
      error: 'helm not found: install helm (GitHub-hosted Ubuntu runners have it) to preview Helm charts',
    };
  }
  let pulled: string | undefined;
  if ('ref' in chart) {
    const location = chartLocation(chart.ref);
    if ('problem' in location) return { ok: false, stdout: '', error: location.problem };
    const got = await chartPuller().pull(location);
    if (!got.ok)
      return { ok: false, stdout: '', error: got.reason, notPreviewed: pullFailure(location, got.reason) };
    pulled = got.tgz;
  }
  const chartFiles = 'path' in chart ? filesIn(tree, chart.path, true) : [];
  const dependencyFiles = files.dependencyFolders.flatMap((folder) => filesIn(tree, folder, true));
  const root = makeRenderFolder(tree, [
    ...chartFiles,
    ...dependencyFiles,
    ...files.valueFiles,
    ...files.fileParameters.map((p) => p.path),
  ]);
  const inRepo = (path: string) => join(root, 'repo', path);
  const home = join(root, 'home');
  const options = { cwd: root, env: helmEnv(home), renderRoot: root };
  try {
    if ('path' in chart && files.dependencyFolders.length > 0) {
      // file:// dependencies only, the lock checked against them (chartDependencies): nothing to fetch
      const built = await run('helm', ['dependency', 'build', '--skip-refresh', '--', inRepo(chart.path)], {
        ...options,
        env: { ...helmEnv(home), ...OFFLINE },
      });
      if (!built.ok) return { ...built, error: `helm dependency build: ${built.error}` };
    }
    if ('path' in chart && (files.remoteDependencies ?? []).length > 0) {
      const placed = await placeRemoteDependencies(
        inRepo(chart.path),
        files.remoteDependencies ?? [],
        options,
      );
      if (placed) return placed;
    }
    const inline = helm.valuesObject !== undefined ? stringify(helm.valuesObject) : helm.values;
    if (inline) writeFileSync(join(root, 'inline-values.yaml'), inline);
    const args = helmTemplateArgs(
      release,
      { dir: 'path' in chart ? inRepo(chart.path) : (pulled ?? '') },
      files.valueFiles.map(inRepo),
      inline ? join(root, 'inline-values.yaml') : undefined,
      helm,
      files.fileParameters.map((p) => ({ name: p.name, path: inRepo(p.path) })),
    );
    return await run('helm', args, options);
  } finally {
    discardRenderFolder(root);
  }
}

/**
 * A chart's dependencies from chart repositories and OCI registries, at the versions its lock names:
 * helm first checks the lock against Chart.yaml (`helm dependency build`, offline, fails at once on a
 * lock out of sync, and otherwise at its first fetch), then each locked chart is pulled once per run
 * (chartPull.ts) and laid in the chart's `charts/` folder, where `helm template` finds it. Returns the
 * failure, or undefined when every dependency is in place.
 */
async function placeRemoteDependencies(
  chartDir: string,
  dependencies: readonly RemoteDependency[],
  options: { cwd: string; env: NodeJS.ProcessEnv; renderRoot: string },
): Promise<RenderResult | undefined> {
  const probe = await run('helm', ['dependency', 'build', '--skip-refresh', '--', chartDir], {
    ...options,
    env: { ...options.env, ...OFFLINE },
  });
  if (/out of sync/i.test(probe.error))
    return { ok: false, stdout: '', error: `helm dependency build: ${probe.error}` };
  mkdirSync(join(chartDir, 'charts'), { recursive: true });
  for (const dependency of dependencies) {
    const location = chartLocation({
      repoURL: dependency.repository,
      name: dependency.name,
      version: dependency.version,
    });
    if ('problem' in location) return { ok: false, stdout: '', error: location.problem };
    const got = await chartPuller().pull(location);
    if (!got.ok)
      return {
        ok: false,
        stdout: '',
        error: got.reason,
        notPreviewed: `chart dependency ${pullFailure(location, got.reason).replace(/^could not pull /, 'could not be pulled: ')}`,
      };
    copyFileSync(got.tgz, join(chartDir, 'charts', `${dependency.name}-${dependency.version}.tgz`));
  }
  return undefined;
}

/**
 * For `helm dependency build`, which must not reach the network: HTTP(S) goes to a proxy that is not
 * there (port 9, discard), so a connection to any host but this machine's loopback fails at once.
 * The lock check (chartDependencies) is what keeps it offline; this is a second wall.
 */
const OFFLINE = {
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
};

/**
 * The renderer's version, asked once its first render is done: the footer needs it when the preview
 * ends, and asked then it would run alone after the last render, on the run's critical path; asked
 * here, it runs while the other renders and the main thread's work after them go on.
 */
function versionAhead(binary: string): void {
  void binaryVersion(binary).catch(() => undefined);
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

/**
 * kustomize and helm on this machine, each run in a temporary folder holding only its inputs.
 * `footer`: the run writes a footer naming the renderers' versions (the action's comment, the CLI's
 * `check --format markdown`), so each version is asked ahead, once its first render is done. Without
 * one (the CLI's other formats, validate) no version is asked until `versions` is called: each
 * `kubectl version` costs ~30 ms of a one-app preview's wall time, and a text or JSON report never shows it.
 */
export function localRendererFor({ footer }: { footer: boolean }): Renderer {
  return {
    async kustomizeBuild(...args) {
      const built = await kustomizeBuild(...args);
      if (footer && built.renderer) versionAhead(built.renderer === 'kustomize' ? 'kustomize' : 'kubectl');
      return built;
    },
    async helmTemplate(...args) {
      const rendered = await helmTemplate(...args);
      if (footer && hasBinary('helm')) versionAhead('helm');
      return rendered;
    },
    versions: rendererVersions,
    planned: expectRuns,
  };
}

/** The local renderer of a run that writes a footer (the action's). */
export const localRenderer: Renderer = localRendererFor({ footer: true });
