// A real bare git repository for the GitHub stand-in: objects are written with git, so SHAs are real
// and a test can `git log` / `git show` what the action did.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Identity {
  name: string;
  email: string;
}

export const HUMAN: Identity = { name: 'Dana Developer', email: 'dana@example.com' };

/** What a commit object records. */
export interface CommitInfo {
  tree: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  message: string;
}

const person = (line: string): Identity => {
  const m = /^(.*) <([^>]*)> \d+ [+-]\d{4}$/.exec(line);
  return { name: m?.[1] ?? '', email: m?.[2] ?? '' };
};

export class BareRepo {
  readonly dir: string;
  /** Commit objects never change: each is read once. */
  private readonly commits = new Map<string, CommitInfo>();

  constructor(defaultBranch = 'main') {
    this.dir = mkdtempSync(join(tmpdir(), 'slipway-bare-'));
    this.git(['init', '--quiet', '--bare', '-b', defaultBranch]);
  }

  git(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      input: options.input,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      maxBuffer: 256 * 1024 * 1024,
    })
      .toString()
      .replace(/\n$/, '');
  }

  gitBuffer(args: string[]): Buffer {
    return execFileSync('git', args, { cwd: this.dir, maxBuffer: 256 * 1024 * 1024 });
  }

  // Every git process forked from a test worker costs milliseconds more the larger the worker has grown, and
  // the stand-in answers each request with several: what git keeps in plain files (loose refs and objects,
  // never packed here: nothing runs gc) is read directly, and git is asked only when they are not there.

  /** Whether an object is in the repository. */
  exists(sha: string): boolean {
    if (/^[0-9a-f]{40}$/.test(sha) && existsSync(join(this.dir, 'objects', sha.slice(0, 2), sha.slice(2))))
      return true;
    if (!this.hasPacks()) return false;
    try {
      this.git(['cat-file', '-e', sha]);
      return true;
    } catch {
      return false;
    }
  }

  refSha(branch: string): string | undefined {
    const loose = join(this.dir, 'refs', 'heads', branch);
    if (!branch.split('/').includes('..') && statSync(loose, { throwIfNoEntry: false })?.isFile())
      return readFileSync(loose, 'utf8').trim();
    if (!existsSync(join(this.dir, 'packed-refs'))) return undefined;
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    } catch {
      return undefined;
    }
  }

  private hasPacks(): boolean {
    const packs = join(this.dir, 'objects', 'pack');
    return existsSync(packs) && readdirSync(packs).some((f) => f.endsWith('.pack'));
  }

  /** A commit's tree, parents, people and message, read with one `git cat-file`. */
  commit(sha: string): CommitInfo {
    const known = this.commits.get(sha);
    if (known) return known;
    const raw = this.gitBuffer(['cat-file', 'commit', sha]).toString('utf8');
    const split = raw.indexOf('\n\n');
    const headers = (split === -1 ? raw : raw.slice(0, split)).split('\n');
    const field = (name: string) =>
      headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
    const info: CommitInfo = {
      tree: field('tree')[0] ?? '',
      parents: field('parent'),
      author: person(field('author')[0] ?? ''),
      committer: person(field('committer')[0] ?? ''),
      message: split === -1 ? '' : raw.slice(split + 2),
    };
    this.commits.set(sha, info);
    return info;
  }

  hashBlob(content: string | Buffer): string {
    return this.git(['hash-object', '-w', '--stdin'], { input: content });
  }

  /** A tree from a base tree plus changes: path → blob sha (string) or null to delete. */
  buildTree(
    baseTree: string | undefined,
    changes: ReadonlyMap<string, { sha: string | null; mode: string }>,
  ): string {
    const index = join(mkdtempSync(join(tmpdir(), 'slipway-index-')), 'index');
    const env = { GIT_INDEX_FILE: index };
    try {
      this.git(baseTree ? ['read-tree', baseTree] : ['read-tree', '--empty'], { env });
      // mode 0 with a null sha removes a path from the index
      const lines = [...changes].map(([p, c]) =>
        c.sha === null ? `0 ${'0'.repeat(40)}\t${p}` : `${c.mode} ${c.sha}\t${p}`,
      );
      if (lines.length)
        this.git(['update-index', '--add', '-z', '--index-info'], { env, input: lines.join('\0') + '\0' });
      return this.git(['write-tree'], { env });
    } finally {
      rmSync(dirname(index), { recursive: true, force: true });
    }
  }

  commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Identity,
    committer: Identity = author,
  ): string {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    return this.git(args, {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
      },
    });
  }

  setRef(branch: string, sha: string): void {
    this.git(['update-ref', `refs/heads/${branch}`, sha]);
  }

  /**
   * Commits files onto a branch (creating it from `from` when it does not exist), as a person would
   * push: files map path → content, or null to delete.
   */
  commitFiles(
    branch: string,
    files: Record<string, string | null>,
    options: { message?: string; author?: Identity; from?: string } = {},
  ): string {
    const parent = this.refSha(branch) ?? (options.from ? this.refSha(options.from) : undefined);
    const baseTree = parent ? this.commit(parent).tree : undefined;
    const entries = Object.entries(files);
    let tree: string;
    if (entries.length > 200 && entries.every(([, c]) => c !== null)) {
      tree = this.bulkTree(baseTree, files);
    } else {
      const changes = new Map(
        entries.map(([p, c]) => [p, { sha: c === null ? null : this.hashBlob(c), mode: '100644' }]),
      );
      tree = this.buildTree(baseTree, changes);
    }
    const sha = this.commitTree(
      tree,
      parent ? [parent] : [],
      options.message ?? 'Update manifests',
      options.author ?? HUMAN,
    );
    this.setRef(branch, sha);
    return sha;
  }

  /** Many files at once: written to a scratch work tree and added with one `git add`. */
  private bulkTree(baseTree: string | undefined, files: Record<string, string | null>): string {
    const work = mkdtempSync(join(tmpdir(), 'slipway-work-'));
    const index = join(work, '.index');
    const env = { GIT_INDEX_FILE: index, GIT_WORK_TREE: work };
    try {
      this.git(baseTree ? ['read-tree', baseTree] : ['read-tree', '--empty'], { env });
      for (const [path, content] of Object.entries(files)) {
        if (content === null) continue;
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), content);
      }
      this.git(['--work-tree', work, 'add', '--ignore-removal', '--', '.', ':!.index'], { env });
      return this.git(['write-tree'], { env });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  /** Text of a file at a revision, or undefined when it is not there. */
  show(rev: string, path: string): string | undefined {
    try {
      return this.gitBuffer(['show', `${rev}:${path}`]).toString('utf8');
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
