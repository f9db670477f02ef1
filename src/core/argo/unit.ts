// What Slipway renders: a unit is one Argo CD Application (or, in a repository without any, one folder),
// with the sources it deploys and how Argo CD would render each.
import type { Finding } from '../finding.js';

export interface SyncPolicy {
  automated: boolean;
  prune: boolean;
  selfHeal: boolean;
  options: string[];
}

export interface KustomizeOverrides {
  images?: string[];
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  commonLabels?: Record<string, string>;
  commonAnnotations?: Record<string, string>;
  replicas?: Array<{ name: string; count: number }>;
  patches?: unknown[];
}

/** A source's `helm` block as parsed (helmOptions.ts): the fields Slipway reads, typed. */
export interface HelmOptions {
  releaseName?: string;
  valueFiles?: string[];
  values?: string;
  valuesObject?: unknown;
  parameters?: Array<{ name: string; value: string; forceString?: boolean }>;
  fileParameters?: Array<{ name: string; path: string }>;
  ignoreMissingValueFiles?: boolean;
  namespace?: string;
  kubeVersion?: string;
  apiVersions?: string[];
  skipCrds?: boolean;
  skipSchemaValidation?: boolean;
  skipTests?: boolean;
}

export interface DirectoryOptions {
  recurse?: boolean;
  include?: string;
  exclude?: string;
  /** Every file is a candidate, not only .yaml, .yml, .json and .jsonnet (include/exclude then filter). */
  disableExtensionFilter?: boolean;
}

export interface ChartRef {
  repoURL: string;
  name: string;
  version?: string;
}

export interface UnitSource {
  /** Folder in this repository, '' for the root. */
  path: string;
  /** A chart from a chart repository or an OCI registry (pulled with `helm pull`, which needs the network). */
  chart?: ChartRef;
  kustomize?: KustomizeOverrides;
  helm?: HelmOptions;
  directory?: DirectoryOptions;
  /** Set when Argo CD would use something Slipway does not run (jsonnet, a plugin). */
  unsupported?: string;
  /** Set when the source cannot be rendered as written (Argo CD fails it too). */
  invalid?: string;
  /** The type its own block names (Argo CD's ExplicitType); otherwise the folder's files decide. */
  type?: 'kustomize' | 'helm' | 'directory' | 'plugin';
  /** `.argocd-source.yaml` and `.argocd-source-<app>.yaml` of the folder (read or not: a PR may add one). */
  parameterFiles?: string[];
  /**
   * Set when the source deploys another revision of this repository than the pull request's base branch
   * (a tag, a commit, another branch; trackedRevision.ts), as written: its files are not the pull
   * request's, so it is neither read nor rendered.
   */
  otherRevision?: string;
  /**
   * Set when the source lives in another Git repository (otherRepository.ts): its path (and its chart
   * folder) are read from that repository at this revision, fetched when the app is rendered.
   */
  repo?: RepoAt;
  /**
   * `$ref:<ref>/<path>` value files (appUnit writes `$<ref>/` so when the ref source is in another tree
   * than this source): where each ref's tree is, `null` for this repository at the side's revision.
   */
  valueRefs?: Record<string, RepoAt | null>;
}

/** Another Git repository at a revision, as an Application names it. */
export interface RepoAt {
  url: string;
  /** The targetRevision as written (`HEAD` for an empty one). */
  revision: string;
}

/** One of an Application's `spec.ignoreDifferences` (jsonPointers are applied; jq expressions are not evaluated). */
export interface IgnoreRule {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  jsonPointers?: string[];
  jqPathExpressions?: string[];
  managedFieldsManagers?: string[];
}

export interface AppInfo {
  name: string;
  /** The Application's own namespace (apps in any namespace); unset means Argo CD's, `argocd`. */
  namespace?: string;
  project?: string;
  /** Where each source comes from (repoURL, path or chart, revision): a change retargets the app. */
  origins: string[];
  destination: { server?: string; name?: string; namespace?: string };
  syncPolicy: SyncPolicy;
  /** The resources finalizer: deleting the app deletes what it deployed. */
  cascadeDelete: boolean;
  /** The ApplicationSet that generates it, with the policy Argo CD applies to what it generates. */
  generatedBy?: AppSetPolicy;
  ignoreDifferences: IgnoreRule[];
  /**
   * The Application as written (its `.argocd-source` files merged into its sources), without its status:
   * every field of it is compared, so no change to the Application goes unseen.
   */
  definition?: Record<string, unknown>;
}

export interface RenderUnit {
  /** Stable id: `app:<name>` (`app:<namespace>/<name>` outside the argocd namespace) or `path:<folder>`. */
  id: string;
  /** Findings about the unit's definition (e.g. another Application with the same identity). */
  findings?: Finding[];
  /** Where findings about the unit as a whole point: the Application's file, or the kustomization. */
  file: string;
  line: number;
  app?: AppInfo;
  sources: UnitSource[];
}

export interface NotPreviewed {
  name: string;
  file: string;
  line: number;
  reason: string;
}

/** An app (or ApplicationSet) of this repository that deploys another revision: merging does not change it. */
export interface OtherRevision {
  name: string;
  file: string;
  line: number;
  /** The revision(s) it tracks, as written (`HEAD` for an empty one). */
  revision: string;
}

export interface Discovery {
  units: RenderUnit[];
  notPreviewed: NotPreviewed[];
  /** Whether the units are Argo CD Applications (false: the folder fallback of a repository without any). */
  applications: boolean;
  /** What each file holding Applications gave, for reuse at another revision where the file is the same. */
  byFile?: Map<string, FileDiscovery>;
  /** ApplicationSets whose generators read another revision than the pull request's branch. */
  otherRevisions?: OtherRevision[];
}

/**
 * What an ApplicationSet's generators read of the tree besides its own file (a kept tree index stands for
 * its apps while a change touches none of it): the folders matching each git directories pattern, and
 * the files matching each git files pattern, with their contents. Patterns as rendered (a matrix's second
 * generator's, with the first's parameters in them).
 */
export interface GeneratorReads {
  /** Git directories patterns, matched with Go's path.Match against every folder. */
  folders: string[];
  /** Git files patterns, matched as git's pathspec or (`doublestar`) the controller's newer globbing. */
  files: Array<{ pattern: string; doublestar: boolean }>;
}

/** The Applications one file defines, as discovery read them. */
export interface FileDiscovery {
  text: string;
  units: RenderUnit[];
  notPreviewed: NotPreviewed[];
  /** Whether the file holds an ApplicationSet (whose output depends on other files of the tree). */
  generated: boolean;
  /** What its ApplicationSets' generators read of the tree. */
  reads?: GeneratorReads;
  /** Its ApplicationSets' generators that read another revision than the pull request's branch. */
  otherRevisions?: OtherRevision[];
}

/** How Argo CD applies what an ApplicationSet generates (spec.syncPolicy). */
export interface AppSetPolicy {
  /** The ApplicationSet's name. */
  appSet: string;
  /**
   * applicationsSync, as the controller applies it with its default settings (`sync` when unset): whether
   * a generated Application is updated (create-update, sync) and deleted (create-delete, sync).
   */
  applicationsSync: 'create-only' | 'create-update' | 'create-delete' | 'sync';
  /** The generated Applications carry no resources finalizer: deleting one leaves its objects running. */
  preserveResourcesOnDeletion: boolean;
}
