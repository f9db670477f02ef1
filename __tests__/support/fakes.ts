// In-memory edges (ports.ts) for tests of commands: a GitHub repository held in maps, a renderer that
// concatenates a folder's YAML, trees and report files from maps, and a clock that never waits. Each
// records what a command asked of it, so a test reads the requests as a user would see their effects.
import type { FileTree } from '../../src/core/fileTree.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { explainGitHubError } from '../../src/github/errors.js';
import type {
  BumpState,
  Edges,
  GitHubRepository,
  Renderer,
  ReportFiles,
  TreeReader,
} from '../../src/ports.js';
import type { TreeIndex } from '../../src/core/render/treeIndex.js';

interface FakeCommit {
  oid: string;
  parent?: string;
  files: Map<string, string>;
  message: string;
  author: { name: string; email: string };
}

export const BOT = { name: 'slipway[bot]', email: 'bot@slipway.test' };

/** A repository: commits, branches and pull requests in maps, answering as GitHub does. */
export class FakeGitHub implements GitHubRepository {
  readonly repo = { owner: 'acme', repo: 'manifests' };
  readonly commits = new Map<string, FakeCommit>();
  readonly branches = new Map<string, string>();
  readonly pulls: Array<{
    number: number;
    head: string;
    base: string;
    title: string;
    body: string;
    open: boolean;
  }> = [];
  readonly comments = new Map<number, Array<{ id: number; body: string }>>();
  readonly labels = new Map<number, Set<string>>();
  readonly statuses: Array<{ sha: string; context: string; success: boolean }> = [];
  /** Every call, by method name, in order. */
  readonly calls: string[] = [];
  /** Runs once before the named call (a ref moved by someone else, a refusal). */
  readonly before = new Map<string, () => void>();
  private next = 1;

  constructor(
    files: Record<string, string>,
    readonly defaultBranchName = 'main',
  ) {
    this.branches.set(
      defaultBranchName,
      this.commit(undefined, files, 'initial', { name: 'dev', email: 'dev@acme.test' }),
    );
  }

  /** Adds a commit (with the parent's files plus `changes`) and returns its id. */
  commit(parent: string | undefined, changes: Record<string, string>, message: string, author = BOT): string {
    const oid = `${(this.next++).toString(16).padStart(7, '0')}${'f'.repeat(33)}`;
    const files = new Map(parent ? this.commits.get(parent)?.files : []);
    for (const [path, text] of Object.entries(changes)) files.set(path, text);
    this.commits.set(oid, { oid, ...(parent && { parent }), files, message, author });
    return oid;
  }

  /** Files at the head of a branch. */
  filesOn(branch: string): Map<string, string> {
    return this.commits.get(this.branches.get(branch) ?? '')?.files ?? new Map();
  }

  private call(name: string): void {
    this.calls.push(name);
    const hook = this.before.get(name);
    if (hook) {
      this.before.delete(name);
      hook();
    }
  }

  private beyond(base: string, head: string): FakeCommit[] {
    const out: FakeCommit[] = [];
    for (
      let at = this.commits.get(head);
      at && at.oid !== base;
      at = at.parent ? this.commits.get(at.parent) : undefined
    )
      out.unshift(at);
    return out;
  }

  async readBumpState(base: string, branch: string): Promise<BumpState> {
    this.call('readBumpState');
    const baseOid = this.branches.get(base);
    const branchOid = this.branches.get(branch);
    const pull = this.pulls.find((p) => p.open && p.head === branch && p.base === base);
    return {
      repositoryId: 'R_1',
      autoMergeAllowed: true,
      defaultBranch: this.defaultBranchName,
      ...(baseOid && { base: { oid: baseOid, treeOid: `tree-${baseOid}` } }),
      ...(branchOid &&
        baseOid && {
          branch: {
            oid: branchOid,
            treeOid: `tree-${branchOid}`,
            commits: this.beyond(baseOid, branchOid).map((c) => ({
              oid: c.oid,
              message: c.message,
              author: c.author,
            })),
          },
        }),
      ...(pull && {
        pull: {
          id: `PR_${pull.number}`,
          number: pull.number,
          url: `https://github.test/pull/${pull.number}`,
        },
      }),
    };
  }
  async commitOnNewBranch(branch: string, base: string, files: ReadonlyMap<string, string>, message: string) {
    this.call('commitOnNewBranch');
    if (this.branches.has(branch)) return 'moved' as const;
    const sha = this.commit(base, Object.fromEntries(files), message);
    this.branches.set(branch, sha);
    return { sha, author: BOT };
  }
  async swapBranch(_repositoryId: string, branch: string, sha: string, before: string | undefined) {
    this.call('swapBranch');
    if (this.branches.get(branch) !== before) return 'moved' as const;
    this.branches.set(branch, sha);
    return 'written' as const;
  }
  private texts(sha: string) {
    const files = this.commits.get(sha)?.files ?? new Map<string, string>();
    const texts = new Map([...files].filter(([path]) => /\.ya?ml$/.test(path)));
    return { texts, encodings: new Map([...texts.keys()].map((p) => [p, 'utf8' as const])) };
  }
  async readBaseAt(sha: string, _globs: readonly string[], policyFiles: readonly string[]) {
    this.call('readBaseAt');
    const files = this.commits.get(sha)?.files ?? new Map<string, string>();
    const policy = policyFiles.find((f) => files.has(f));
    return {
      ...this.texts(sha),
      others: new Map<string, string>(),
      ...(policy && { policy: { file: policy, text: files.get(policy) as string } }),
    };
  }
  async readManifestsAt(sha: string) {
    this.call('readManifestsAt');
    return this.texts(sha);
  }
  async readTreeAt(sha: string): Promise<FileTree> {
    this.call('readTreeAt');
    return treeFromTexts(Object.fromEntries(this.commits.get(sha)?.files ?? []));
  }
  async createCommit(parent: { oid: string }, files: ReadonlyMap<string, string>, message: string) {
    this.call('createCommit');
    return { sha: this.commit(parent.oid, Object.fromEntries(files), message), author: BOT };
  }
  async setBranch(branch: string, sha: string, mode: { exists: boolean; force: boolean }) {
    this.call('setBranch');
    const current = this.branches.get(branch);
    if (mode.exists !== (current !== undefined)) return 'moved' as const;
    // without force, only a fast-forward: the new commit must build on the branch's head
    if (current && !mode.force && this.commits.get(sha)?.parent !== current) return 'moved' as const;
    this.branches.set(branch, sha);
    return 'written' as const;
  }
  async filesOfCommit(sha: string) {
    this.call('filesOfCommit');
    const commit = this.commits.get(sha);
    const before = commit?.parent ? this.commits.get(commit.parent)?.files : new Map<string, string>();
    return [...(commit?.files ?? [])].filter(([p, t]) => before?.get(p) !== t).map(([p]) => p);
  }
  async upsertPullRequest(
    existing: number | undefined,
    content: { head: string; base: string; title: string; body: string },
  ) {
    this.call('upsertPullRequest');
    const found = this.pulls.find((p) => p.number === existing);
    if (found) {
      Object.assign(found, { title: content.title, body: content.body });
      return {
        number: found.number,
        url: `https://github.test/pull/${found.number}`,
        nodeId: `PR_${found.number}`,
        created: false,
      };
    }
    const number = this.pulls.length + 1;
    this.pulls.push({ number, ...content, open: true });
    return { number, url: `https://github.test/pull/${number}`, nodeId: `PR_${number}`, created: true };
  }
  async decoratePullRequest() {
    this.call('decoratePullRequest');
  }
  async closePullRequest(number: number) {
    this.call('closePullRequest');
    const pull = this.pulls.find((p) => p.number === number);
    if (pull) pull.open = false;
  }
  async pullState(number: number) {
    this.call('pullState');
    return { nodeId: `PR_${number}`, autoMerge: false, labels: [...(this.labels.get(number) ?? [])] };
  }
  /** As the adapter explains a failure: GitHub's status, and the sentence github/errors.ts writes. */
  explainFailure(error: unknown) {
    const status = (error as { status?: unknown } | undefined)?.status;
    return {
      ...(typeof status === 'number' && { status }),
      text: explainGitHubError(error, `${this.repo.owner}/${this.repo.repo}`),
    };
  }
  async enableAutoMerge() {
    this.call('enableAutoMerge');
    return undefined;
  }
  async disableAutoMerge() {
    this.call('disableAutoMerge');
    return undefined;
  }
  async upsertComment(number: number, marker: string, body: string) {
    this.call('upsertComment');
    const list = this.comments.get(number) ?? [];
    this.comments.set(number, list);
    const found = list.find((c) => c.body.includes(marker));
    if (found) found.body = body;
    else list.push({ id: list.length + 1, body });
    return {
      id: found?.id ?? list.length,
      url: `https://github.test/pull/${number}#comment`,
      created: !found,
    };
  }
  async setLabel(number: number, label: string, present: boolean) {
    this.call('setLabel');
    const set = this.labels.get(number) ?? new Set<string>();
    if (present) set.add(label);
    else set.delete(label);
    this.labels.set(number, set);
  }
  async setStatus(sha: string, context: string, success: boolean) {
    this.call('setStatus');
    this.statuses.push({ sha, context, success });
  }
}

/** kustomize as a concatenation of the folder's YAML files (no binary): enough to drive the pipeline. */
export const concatenatingRenderer: Renderer = {
  async kustomizeBuild(tree, path, inputs) {
    const texts = [...inputs]
      .filter(
        (p) =>
          p.startsWith(path === '' ? '' : `${path}/`) &&
          /\.ya?ml$/.test(p) &&
          !/kustomization\.ya?ml$/.test(p),
      )
      .sort()
      .map((p) => tree.get(p)?.text ?? '');
    return {
      ok: true,
      stdout: texts.join('\n---\n'),
      error: '',
      renderer: 'fake kustomize',
      originToRepo: () => undefined,
    };
  },
  async helmTemplate() {
    return { ok: false, stdout: '', error: 'helm not found: the fake renderer has no helm' };
  },
  async versions(renderers) {
    return [...renderers].map((r) => `${r} v0-test`);
  },
};

/** Trees by folder and by `folder@revision`. */
export function fakeTrees(
  folders: Record<string, FileTree>,
  commits: Record<string, FileTree> = {},
): TreeReader {
  return {
    folder: (dir) => folders[dir] ?? new Map(),
    checkout: (dir) => ({ tree: folders[dir] ?? new Map() }),
    commit: (dir, revision, _max, options) => {
      const tree = commits[`${dir}@${revision}`];
      const treeId = `tree-of-${revision}`;
      // (a kept index's scan is asked for as the git reader asks; the fake tree is the same either way)
      options?.scanned?.(treeId);
      return tree && { sha: revision, treeId, tree };
    },
    readAhead: () => undefined,
    originUrl: () => 'https://github.com/acme/manifests',
    defaultBase: () => undefined,
    kind: (path) => (folders[path] ? 'folder' : undefined),
    fileSize: () => 0,
    fileText: () => '',
  };
}

export function memoryReports(): ReportFiles & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    write: (path, text) => void files.set(path, typeof text === 'string' ? text : [...text].join('')),
    read: (path) => files.get(path) ?? '',
    expand: (paths) => [...paths],
  };
}

/** Tree indexes kept in memory, by directory and tree id. */
export function memoryTreeIndexes(): NonNullable<Edges['treeIndexes']> & { kept: Map<string, TreeIndex> } {
  const kept = new Map<string, TreeIndex>();
  return Object.assign(
    (dir: string) => ({
      read: (treeId: string) => kept.get(`${dir}:${treeId}`),
      write: (treeId: string, index: TreeIndex) => void kept.set(`${dir}:${treeId}`, structuredClone(index)),
    }),
    { kept },
  );
}

/** A clock that records each sleep and returns at once. */
export function fakeClock(): Edges['clock'] & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

export function fakeEdges(parts: Omit<Partial<Edges>, 'github'> & { github?: FakeGitHub }): Edges {
  return {
    renderer: parts.renderer ?? concatenatingRenderer,
    trees: parts.trees ?? fakeTrees({}),
    reports: parts.reports ?? memoryReports(),
    folders: parts.folders ?? {
      read: () => {
        throw new Error('this test gave the command no manifests folder');
      },
      write: () => {
        throw new Error('this test gave the command no manifests folder');
      },
    },
    clock: parts.clock ?? fakeClock(),
    ...(parts.treeIndexes && { treeIndexes: parts.treeIndexes }),
    github: () => {
      if (!parts.github) throw new Error('this test gave the command no GitHub');
      return parts.github;
    },
  };
}
