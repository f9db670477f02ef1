// A real bare git repository for the GitHub stand-in: its objects are git's own format (written as plain
// files, see looseObjects.ts), so SHAs are real and a test can `git log` / `git show` what the action did.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isTree, parseTree, readLooseObject, treeBody, writeObject, type TreeEntry } from './looseObjects.js';

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
    const raw = this.objectBody(sha, 'commit').toString('utf8');
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

  /** An object's body: a loose object read from its file, else (packed) from git. */
  private objectBody(sha: string, type: 'tree' | 'commit'): Buffer {
    const loose = readLooseObject(this.dir, sha);
    if (!loose) return this.gitBuffer(['cat-file', type, sha]);
    if (loose.type === type) return loose.body;
    // a commit stands for its tree, as git reads a tree-ish
    const tree = /^tree ([0-9a-f]{40})$/m.exec(loose.body.toString('utf8'));
    if (type === 'tree' && loose.type === 'commit' && tree) return this.objectBody(tree[1] as string, 'tree');
    throw new Error(`fatal: ${sha} is a ${loose.type}, not a ${type}`);
  }

  hashBlob(content: string | Buffer): string {
    return writeObject(this.dir, 'blob', Buffer.from(content));
  }

  /**
   * A tree from a base tree (or commit) plus changes: path → blob sha, or null to delete the file there. As
   * git's index does, a folder left empty is dropped.
   */
  buildTree(
    baseTree: string | undefined,
    changes: ReadonlyMap<string, { sha: string | null; mode: string }>,
  ): string {
    interface Folder {
      entries: Map<string, TreeEntry>;
      /** Sub-folders with changes, written before this one. */
      changed: Map<string, Folder>;
    }
    const load = (sha: string | undefined): Folder => ({
      entries: new Map(sha ? parseTree(this.objectBody(sha, 'tree')).map((e) => [e.name, e]) : []),
      changed: new Map(),
    });
    const root = load(baseTree);
    for (const [path, change] of changes) {
      const names = path.split('/');
      const leaf = names.pop() as string;
      let folder = root;
      for (const name of names) {
        let next = folder.changed.get(name);
        if (!next) {
          const entry = folder.entries.get(name);
          next = load(entry && isTree(entry.mode) ? entry.sha : undefined);
          folder.changed.set(name, next);
        }
        folder = next;
      }
      folder.changed.delete(leaf);
      if (change.sha !== null) folder.entries.set(leaf, { mode: change.mode, name: leaf, sha: change.sha });
      else if (!isTree(folder.entries.get(leaf)?.mode ?? '')) folder.entries.delete(leaf);
    }
    const write = (folder: Folder): string | undefined => {
      for (const [name, sub] of folder.changed) {
        const sha = write(sub);
        if (sha) folder.entries.set(name, { mode: '40000', name, sha });
        else folder.entries.delete(name);
      }
      if (folder.entries.size === 0 && folder !== root) return undefined;
      return writeObject(this.dir, 'tree', treeBody([...folder.entries.values()]));
    };
    return write(root) as string;
  }

  commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Identity,
    committer: Identity = author,
  ): string {
    if (!this.exists(tree)) throw new Error(`fatal: not a valid object name ${tree}`);
    const now = Math.floor(Date.now() / 1000);
    const signature = (p: Identity) => `${p.name} <${p.email}> ${now} +0000`;
    const body = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${signature(author)}`,
      `committer ${signature(committer)}`,
      '',
      message,
    ].join('\n');
    return writeObject(this.dir, 'commit', Buffer.from(body, 'utf8'));
  }

  /** Points a branch at a commit: the loose ref file, which git reads before packed refs. */
  setRef(branch: string, sha: string): void {
    if (branch.split('/').includes('..')) throw new Error(`fatal: bad branch name ${branch}`);
    const file = join(this.dir, 'refs', 'heads', branch);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.lock`, `${sha}\n`);
    renameSync(`${file}.lock`, file);
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
    const changes = new Map(
      Object.entries(files).map(([p, c]) => [
        p,
        { sha: c === null ? null : this.hashBlob(c), mode: '100644' },
      ]),
    );
    const tree = this.buildTree(baseTree, changes);
    const sha = this.commitTree(
      tree,
      parent ? [parent] : [],
      options.message ?? 'Update manifests',
      options.author ?? HUMAN,
    );
    this.setRef(branch, sha);
    return sha;
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
