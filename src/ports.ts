// The edges Slipway talks to, as the commands see them: small interfaces built once at an entry (the
// action's main.ts, the CLI's cli/runners.ts) and passed in, so a command's tests hand it in-memory fakes
// (__tests__/support/fakes.ts) and the HTTP stand-in is left to the end-to-end suite through dist/.
// The ports own the types they speak: adapters import them from here, and this file imports no adapter
// (github/*, edges/*; eslint.config.js holds it).
// Implementations: github/repository.ts (GitHub), edges/renderers.ts (kustomize, helm), edges/trees.ts,
// edges/fileTree.ts (the folder bump edits), edges/reportFiles.ts; edges/localEdges.ts assembles them.
import type { ChartRef, HelmOptions, KustomizeOverrides } from './core/argo/unit.js';
import type { FileTree } from './core/fileTree.js';
import type { RemoteDependency } from './core/render/chartDependencies.js';
import type { HelmFlags, HelmRelease } from './core/render/helmInputs.js';

export type { RemoteDependency };
import type { TreeIndex, TreeScan } from './core/render/treeIndex.js';
import type { ManifestEncoding } from './core/yaml/manifestText.js';
import type { AutoMerge } from './core/policy/autoMerge.js';

// What GitHub answers, as the ports speak it.

export interface BranchCommit {
  oid: string;
  message: string;
  author: { name: string; email: string };
}

export interface BumpState {
  repositoryId: string;
  /** The repository's default branch (undefined in an empty repository). */
  defaultBranch?: string;
  autoMergeAllowed: boolean;
  base?: { oid: string; treeOid: string };
  branch?: { oid: string; treeOid: string; commits: BranchCommit[] };
  pull?: { id: string; number: number; url: string };
}

export interface StickyComment {
  id: number;
  url: string;
  created: boolean;
}

export interface CreatedCommit {
  sha: string;
  author: { name: string; email: string };
}

export type RefUpdate = 'written' | 'moved';

export interface PullRef {
  number: number;
  url: string;
  nodeId: string;
  created: boolean;
}

export interface PullContent {
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
}

export interface PullExtras {
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
}

/** What the check's policy step reads of a pull request: its node id, whether auto-merge is on, its labels. */
export interface PullState {
  nodeId: string;
  autoMerge: boolean;
  labels: string[];
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Manifest texts of a commit, decoded without losing a byte (see manifestText). */
export interface ManifestTexts {
  texts: Map<string, string>;
  encodings: Map<string, ManifestEncoding>;
}

/** The manifests repository as bump reads and writes it on GitHub. */
export interface BumpRepository {
  readonly repo: RepoRef;
  /** Default branch, base commit, bot branch with its commits beyond the base, open pull request: one request. */
  readBumpState(base: string, branch: string): Promise<BumpState>;
  /** The manifests (and the policy file) of a commit, from one tarball. */
  readBaseAt(
    sha: string,
    globs: readonly string[],
    policyFiles: readonly string[],
  ): Promise<ManifestTexts & { others: Map<string, string>; policy?: { file: string; text: string } }>;
  readManifestsAt(sha: string, globs: readonly string[]): Promise<ManifestTexts>;
  createCommit(
    parent: { oid: string; treeOid: string },
    files: ReadonlyMap<string, string>,
    message: string,
    encodings: ReadonlyMap<string, ManifestEncoding>,
  ): Promise<CreatedCommit>;
  /** A new branch at `base` with one commit of `files` on it; 'moved' when the branch exists already. */
  commitOnNewBranch(
    branch: string,
    base: string,
    files: ReadonlyMap<string, string>,
    message: string,
    encodings: ReadonlyMap<string, ManifestEncoding>,
  ): Promise<CreatedCommit | 'moved'>;
  /** Points a branch at a commit; 'moved' when it no longer was where the caller last saw it. */
  setBranch(branch: string, sha: string, mode: { exists: boolean; force: boolean }): Promise<RefUpdate>;
  /**
   * Points the bot's branch at `sha` if it still is at `before` (undefined: it must not exist), in one
   * atomic request; 'moved' when it is not.
   */
  swapBranch(
    repositoryId: string,
    branch: string,
    sha: string,
    before: string | undefined,
  ): Promise<RefUpdate>;
  filesOfCommit(sha: string): Promise<string[]>;
  explainFailure(error: unknown): RequestFailure;
  upsertPullRequest(existing: number | undefined, content: PullContent): Promise<PullRef>;
  decoratePullRequest(number: number, extras: PullExtras): Promise<void>;
  closePullRequest(number: number, comment: string): Promise<void>;
  /** Undefined when enabled, else GitHub's reason (with what to do); with `expectedHeadOid`, only while that is the head. */
  enableAutoMerge(
    pullNodeId: string,
    method: Exclude<AutoMerge, 'off'>,
    expectedHeadOid?: string,
  ): Promise<string | undefined>;
}

/**
 * What a failed request of a port means, for a log line: the status the service answered (when it
 * answered) and a sentence naming the repository and what to do. Commands never read an adapter's errors.
 */
export interface RequestFailure {
  status?: number;
  text: string;
}

/** The pull request a check publishes on: its base read as one tarball, the comment, label, status, auto-merge. */
export interface PullRequestPort {
  readonly repo: RepoRef;
  explainFailure(error: unknown): RequestFailure;
  /** A commit's files (the base a shallow checkout lacks), from one tarball. */
  readTreeAt(sha: string, maxFileBytes: number): Promise<FileTree>;
  pullState(number: number): Promise<PullState>;
  /** Undefined when enabled, else GitHub's reason (with what to do); with `expectedHeadOid`, only while that is the head. */
  enableAutoMerge(
    pullNodeId: string,
    method: Exclude<AutoMerge, 'off'>,
    expectedHeadOid?: string,
  ): Promise<string | undefined>;
  /** Undefined when disabled, else GitHub's reason (with what to do). */
  disableAutoMerge(pullNodeId: string): Promise<string | undefined>;
  upsertComment(number: number, marker: string, body: string): Promise<StickyComment>;
  setLabel(number: number, label: string, present: boolean): Promise<void>;
  setStatus(sha: string, context: string, success: boolean, description: string): Promise<void>;
}

/** One manifests repository on GitHub: both ports, as github/repository.ts implements them. */
export type GitHubRepository = BumpRepository & PullRequestPort;

export interface RenderResult {
  ok: boolean;
  stdout: string;
  error: string;
  /** Set when a chart (or a chart's dependency) could not be pulled: the app is not previewed, for this reason. */
  notPreviewed?: string;
}

export interface KustomizeBuild extends RenderResult {
  /** Which renderer ran: `kustomize` or `kubectl kustomize`. */
  renderer?: string;
  /** Maps a `config.kubernetes.io/origin` path back to a repository path. */
  originToRepo: (origin: string) => string | undefined;
}

export interface HelmFiles {
  /** Value files, repository paths resolved inside the repository (helmValueFiles). */
  valueFiles: readonly string[];
  fileParameters: ReadonlyArray<{ name: string; path: string }>;
  /** Folders of `file://` chart dependencies (chartDependencies): copied too, then `helm dependency build`. */
  dependencyFolders: readonly string[];
  /** Dependencies from chart repositories and OCI registries at their locked versions (chartDependencies): pulled into `charts/`. */
  remoteDependencies?: readonly RemoteDependency[];
}

/** kustomize and helm: given only the files they may read, never the repository's folder. */
export interface Renderer {
  kustomizeBuild(
    tree: FileTree,
    path: string,
    inputs: Iterable<string>,
    overrides?: KustomizeOverrides,
    buildOptions?: string[],
    /** Ask kustomize where each object came from (buildMetadata originAnnotations); on unless false. */
    origins?: boolean,
  ): Promise<KustomizeBuild>;
  helmTemplate(
    tree: FileTree,
    chart: { path: string } | { ref: ChartRef },
    files: HelmFiles,
    helm: HelmOptions & HelmFlags,
    release: HelmRelease,
  ): Promise<RenderResult>;
  /** "helm v3.18.0+g…", "kubectl kustomize v5.5.0": what rendered a preview, for its footer. */
  versions(renderers: Iterable<string>): Promise<string[]>;
  /**
   * How many renders that run a program a wave is about to start (a hint: the local renderer prepares to
   * launch many); plain folders, read in place, are not counted, and a wave of only them is not told.
   */
  planned?(renders: number): void;
}

/** The manifests repository as files: a folder on disk, or a commit of its git repository. */
export interface TreeReader {
  /** The files below a folder on disk (`validate DIR`); a reader may read each file's text on use. */
  folder(dir: string, maxFileBytes: number): FileTree;
  /**
   * A commit of the git repository at `dir` (fetched from origin when the clone lacks it and `fetch` is
   * set), with the commit it resolved to; undefined when there is no such commit. With `from` (another
   * commit already read), only what changed between the two is read.
   */
  commit(
    dir: string,
    revision: string,
    maxFileBytes: number,
    options?: {
      fetch?: boolean;
      from?: { sha: string; tree: FileTree };
      /** What a kept index of the commit's tree (by tree id) knows of its files: they are then read on first use. */
      scanned?: (treeId: string) => TreeScan | undefined;
      /** Told why that index was not used: what it says of the tree is not what git says. */
      refused?: (reason: string) => void;
    },
  ): { sha: string; treeId?: string; tree: FileTree } | undefined;
  /**
   * `commit`, for a caller that can wait: a reader may overlap its reads (git's search of the whole tree
   * runs while the tree is listed and the files every discovery reads are read). The same answer.
   */
  commitOverlapped?(
    dir: string,
    revision: string,
    maxFileBytes: number,
    options?: Parameters<TreeReader['commit']>[3],
  ): Promise<{ sha: string; treeId?: string; tree: FileTree } | undefined>;
  /**
   * The files of a checkout: its HEAD commit read from git when the files on disk are exactly HEAD's (with
   * `from`, only what changed since that commit is read), else the folder on disk. `commit` says which.
   */
  checkout(
    dir: string,
    maxFileBytes: number,
    from?: { sha: string; tree: FileTree },
  ): { tree: FileTree; commit?: string };
  /**
   * Reads the still unread files among `paths` of a tree read lazily, in one batch; with `alongside` (the
   * other revision of the same repository), its files at those paths in the same batch.
   */
  readAhead(tree: FileTree, paths: Iterable<string>, alongside?: FileTree): void;
  /** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
  originUrl(dir: string): string | undefined;
  /** Where HEAD left the default branch (merge-base), for a CLI diff without --base. */
  defaultBase(dir: string): string | undefined;
  /** The branch `base` names (else the default branch), and the default branch; docs/fleets.md. */
  baseBranches?(dir: string, base?: string): { branch?: string; defaultBranch?: string };
  /** A path named on the command line: a file, a folder, or nothing there. */
  kind(path: string): 'file' | 'folder' | undefined;
  fileSize(path: string): number;
  fileText(path: string): string;
}

export interface ManifestFolder {
  /** Texts by path; files that are not UTF-8 are decoded byte for byte (see core/yaml/manifestText.ts). */
  texts: Map<string, string>;
  encodings: Map<string, ManifestEncoding>;
  /** Files not read, with the reason (over the size limit). */
  skipped: Array<{ file: string; reason: string }>;
  /** Other text files (jsonnet, JSON, templates…) under the same globs: read only to say where an image is named. */
  others: Map<string, string>;
}

/** A manifests folder on disk, as `bump --dir` edits it: read under globs, written all or nothing. */
export interface ManifestsFolder {
  read(dir: string, globs: readonly string[]): ManifestFolder;
  write(
    dir: string,
    changed: ReadonlyMap<string, string>,
    encodings: ReadonlyMap<string, ManifestEncoding>,
  ): void;
}

/** The report files check writes (the JSON report, a shard's partial report) and check-merge reads. */
export interface ReportFiles {
  /** Writes a file; a text given in pieces is written piece by piece (a report as large as its diff). */
  write(path: string, text: string | Iterable<string>): void;
  read(path: string): string;
  /** Each path as given when it is a file; every `*.json` below it (sorted) when it is a folder. */
  expand(paths: readonly string[]): string[];
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Indexes of whole trees kept between runs, by git tree id (core/render/treeIndex.ts). */
export interface TreeIndexes {
  /**
   * The index kept for a tree; undefined when none is, or when the one kept cannot be used — then
   * `unusable` hears why, naming the file.
   */
  read(treeId: string, unusable?: (reason: string) => void): TreeIndex | undefined;
  /** Keeps an index; a failure to keep one is not an error (the next run previews without it). */
  write(treeId: string, index: TreeIndex): void;
}

/** Other Git repositories an Application's sources name, fetched read-only (edges/otherRepositories.ts). */
export interface OtherRepositories {
  /**
   * The files of `url` at `revision` (a branch, tag, `HEAD` or commit id), fetched once per run and kept
   * in a cache folder; `error` says why not (refused URL, unreachable, unknown revision, over a limit).
   */
  tree(
    url: string,
    revision: string,
    maxFileBytes: number,
  ): Promise<{ sha: string; tree: FileTree } | { error: string }>;
}

/** A renderer that serves renders from the render cache or keeps them there (edges/renderCache.ts). */
export interface RenderCaching extends Renderer {
  /** What it did, for the log: `N of M base render(s) from the render cache`, `kept N of M render(s) …`. */
  note(): string | undefined;
  counts(): { fromCache: number; rendered: number; kept: number; ignored: number };
}

/** Renders kept in a git repository between runs, filed by a hash of everything each render reads. */
export interface RenderCache {
  /** Serves the renders of `tree` (a preview's base) whose key matches an entry exactly; keeps nothing. */
  reading(renderer: Renderer, tree: FileTree): RenderCaching;
  /** Keeps every render that succeeds (a push's validation). */
  writing(renderer: Renderer): RenderCaching;
}

/** What a command may reach outside its process. */
export interface Edges {
  renderer: Renderer;
  trees: TreeReader;
  folders: ManifestsFolder;
  reports: ReportFiles;
  clock: Clock;
  /** One repository on GitHub, with the entry's token and API address. */
  github(repo: RepoRef): GitHubRepository;
  /** Other Git repositories, reached with the token for GitHub's hosts (and SLIPWAY_GIT_TOKEN_<HOST>). */
  repositories?(github: { token: string; serverUrl: string }): OtherRepositories;
  /** The tree indexes kept in the git repository at `dir` for these settings (none outside git). */
  treeIndexes?(dir: string, settings: object): TreeIndexes | undefined;
  /** The render cache of the git repository at `dir` (none outside git); `notice` hears of entries ignored. */
  renderCache?(dir: string, notice: (message: string) => void): RenderCache | undefined;
}
