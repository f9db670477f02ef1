// What a render is given: the renderer port, the settings Argo CD's repo-server would have, and the
// run's shared memos.
import type { RenderUnit } from '../core/argo/unit.js';
import type { ClusterSet } from '../core/argo/clusters.js';
import type { Tracking } from '../core/argo/trackedRevision.js';
import type { FileTree } from '../core/fileTree.js';
import type { ChartCache } from '../core/render/chartDependencies.js';
import { crdApiVersions } from '../core/render/helmRelease.js';
import type { Renderer } from '../ports.js';
import type { RenderProgress } from '../log.js';

export interface RenderOptions {
  renderer: Renderer;
  strict: boolean;
  kubernetesVersion: string;
  repoUrls: readonly string[];
  /** The pull request's branch: sources tracking another revision are not rendered (trackedRevision.ts). */
  tracking?: Tracking;
  /** The clusters Argo CD knows, for ApplicationSets an app deploys (clusters.ts). */
  clusters?: ClusterSet;
  /** Argo CD's new git files globbing (input `new-git-file-globbing`). */
  newGitFileGlobbing?: boolean;
  /** Why an app is left out of the preview (selector.ts), or undefined to render it. */
  exclude?: (unit: RenderUnit) => string | undefined;
  kustomizeBuildOptions?: string[];
  /** Told how many units are planned and each one done, for a progress line. */
  progress?: RenderProgress;
  /** Filled with the renderers that ran (`helm`, `kustomize`, `kubectl kustomize`), for the report's footer. */
  renderersUsed?: Set<string>;
  /** API versions helm is told the cluster serves besides its built-ins (CRDs of the repository), worked out on first use. */
  apiVersions?: () => string[];
  /**
   * Units whose kustomize builds skip origin annotations (~15 % of a build's CPU): their objects point at
   * the kustomization, line 1. For a base whose objects only matter when they equal the head's; a unit
   * whose output holds Applications (whose place its child apps report) is built again with them.
   */
  withoutOrigins?: ReadonlySet<string>;
  /**
   * Told the input files of each kustomize build once it has started, while it runs in its own process
   * (pairedRenders.ts loads the validators of the kinds they declare meanwhile: declaredKinds.ts).
   */
  building?: (tree: FileTree, inputs: Iterable<string>) => void;
  /** Waited for before each render of renderAll starts (pairPacer.ts keeps base and head in step). */
  beforeRender?: () => Promise<void>;
  /** The run's memo of charts (chartDependencies.ts): each chart's Chart.yaml and locks parsed once. */
  charts?: ChartCache;
  /** The files of another Git repository at a revision (otherRepositories.ts), or why not. */
  otherTree?: OtherTree;
  /** The apps discovery found, by where they are defined, besides the units rendered (affectedApps.ts). */
  definedAt?: ReadonlyMap<string, string>;
}

export type OtherTree = (
  url: string,
  revision: string,
) => Promise<{ sha: string; tree: FileTree } | { error: string }>;

/**
 * The options for rendering units of `tree`: helm is told the API versions of the tree's CRDs (unless
 * the caller set them), worked out once for all the units rendered with these options.
 */
export function forTree(tree: FileTree, options: RenderOptions): RenderOptions {
  if (options.apiVersions) return options;
  let crds: string[] | undefined;
  return { ...options, apiVersions: () => (crds ??= crdApiVersions(tree)) };
}
