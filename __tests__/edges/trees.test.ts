// A pull request's head read as the base plus what changed is the same tree as the head read whole.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mayInclude, SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../../src/core/fileTree.js';
import { BlobReader, blobsReadLazily, readAhead, type Git } from '../../src/edges/gitBlobs.js';
import { gitIn } from '../../src/edges/gitRun.js';
import { scanOf, type TreeListing } from '../../src/core/render/treeIndex.js';
import { changedPaths } from '../../src/core/render/unitInputs.js';
import { diskTree, gitTree, gitTreeFrom, gitTreeOverlapped, localTrees } from '../../src/edges/trees.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir })
    .toString()
    .trim();
/** What a reader of the tree sees of each entry, whether it was read at once or is read on first use. */
const view = (tree: FileTree) =>
  new Map(
    [...tree]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, e]: [string, TreeEntry]) => [
        path,
        { ...(e.text !== undefined && { text: e.text }), link: e.link, tooLarge: e.tooLarge },
      ]),
  );
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

test('base + diff-tree gives the head: added, changed, deleted, renamed, links and files over the limit', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('a/keep.yaml', 'k: 1\n');
  write('a/change.yaml', 'c: 1\n');
  write('a/gone.yaml', 'g: 1\n');
  write('a/move.yaml', 'm: 1\n');
  write('big.yaml', 'x'.repeat(50));
  symlinkSync('keep.yaml', join(dir, 'a/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  write('a/change.yaml', 'c: 2\n');
  unlinkSync(join(dir, 'a/gone.yaml'));
  mkdirSync(join(dir, 'b'));
  git('mv', 'a/move.yaml', 'b/moved.yaml');
  write('b/new.yaml', 'n: 1\n');
  write('big2.yaml', 'y'.repeat(60));
  // over the limit, not read: changed all the same
  write('big.yaml', 'z'.repeat(50));
  unlinkSync(join(dir, 'a/link.yaml'));
  symlinkSync('change.yaml', join(dir, 'a/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'head');
  const limit = 40;
  const fromBase = gitTreeFrom(dir, { sha: base, tree: gitTree(dir, base, limit) }, 'HEAD', limit);
  const whole = gitTree(dir, 'HEAD', limit);
  expect(view(fromBase)).toEqual(view(whole));
  expect(whole.get('b/moved.yaml')?.text).toBe('m: 1\n');
  expect(whole.get('a/link.yaml')).toEqual({ link: 'change.yaml' });
  expect(whole.get('big2.yaml')).toEqual({ tooLarge: { size: 60, limit }, blob: expect.any(String) });
  expect(whole.has('a/gone.yaml')).toBe(false);
  expect([...changedPaths(gitTree(dir, base, limit), fromBase)].sort()).toEqual([
    'a/change.yaml',
    'a/gone.yaml',
    'a/link.yaml',
    'a/move.yaml',
    'b/moved.yaml',
    'b/new.yaml',
    'big.yaml',
    'big2.yaml',
  ]);
});

test('only files holding a searched string, kustomizations and charts are read at once; the rest on first use', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('apps/web.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  write('web/kustomization.yaml', 'resources: [deploy.yaml]\n');
  write('chart/Chart.yaml', 'name: c\n');
  write('web/.argocd-source-web.yaml', 'kustomize: {}\n');
  write('web/deploy.yaml', 'kind: Deployment\n');
  write('web/service.yaml', 'kind: Service\n');
  write('web/tagged.yaml', 'x: !!str 1\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const tree = gitTree(dir, 'HEAD');
  expect(blobsReadLazily(tree)).toBe(0);
  // a whole-tree scan for a searched string skips the unread files without reading them
  const scanned = [...tree].filter(([, e]) => mayInclude(e, 'argoproj.io') || mayInclude(e, '!'));
  expect(scanned.map(([p]) => p).sort()).toEqual(['apps/web.yaml', 'web/tagged.yaml']);
  expect(blobsReadLazily(tree)).toBe(0);
  expect(tree.get('web/deploy.yaml')?.text).toBe('kind: Deployment\n');
  expect(blobsReadLazily(tree)).toBe(1);
  expect(tree.get('web/.argocd-source-web.yaml')?.text).toBe('kustomize: {}\n');
  expect(tree.get('web/service.yaml')?.text).toBe('kind: Service\n');
  expect(blobsReadLazily(tree)).toBe(2);
});

test('where git grep fails, every file is read at once and the tree is the same', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('apps/web.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  write('web/deploy.yaml', 'kind: Deployment\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const lazily = gitTree(dir, 'HEAD');
  // a setting only git grep reads, and refuses
  git('config', 'grep.lineNumber', 'not-a-boolean');
  const tree = gitTree(dir, 'HEAD');
  expect(view(tree)).toEqual(view(lazily));
  expect(tree.get('web/deploy.yaml')).toEqual({ text: 'kind: Deployment\n', blob: expect.any(String) });
  expect(mayInclude(tree.get('web/deploy.yaml') as TreeEntry, 'argoproj.io')).toBe(false);
});

test('a tree read with git grep in the background is the tree read one step after another: same entries, same order, same lazy files', async () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('apps/web.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  write('apps/twin.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  write('web/kustomization.yaml', 'resources: [deploy.yaml]\n');
  write('other/kustomization.yaml', 'resources: [deploy.yaml]\n');
  write('chart/Chart.yaml', 'name: c\n');
  write('web/.argocd-source-web.yaml', 'kustomize: {}\n');
  write('web/deploy.yaml', 'kind: Deployment\n');
  write('web/tagged.yaml', 'x: !!str 1\n');
  write('big/kustomization.yaml', `resources: [${'x'.repeat(60)}]\n`);
  symlinkSync('deploy.yaml', join(dir, 'web/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const limit = 50;
  const entries = (tree: FileTree) =>
    [...tree].map(([path, e]) => [path, { text: e.text, link: e.link, tooLarge: e.tooLarge, blob: e.blob }]);
  const stepByStep = gitTree(dir, 'HEAD', limit);
  const overlapped = await gitTreeOverlapped(dir, 'HEAD', limit);
  expect(blobsReadLazily(overlapped)).toBe(0);
  expect(entries(overlapped)).toEqual(entries(stepByStep));
  expect(blobsReadLazily(overlapped)).toBe(1);
  expect(overlapped.get('big/kustomization.yaml')).toEqual({
    tooLarge: { size: 74, limit },
    blob: expect.any(String),
  });
  // where git grep fails, every file is read at once there too
  git('config', 'grep.lineNumber', 'not-a-boolean');
  const withoutSearch = await gitTreeOverlapped(dir, 'HEAD', limit);
  expect(entries(withoutSearch)).toEqual(entries(gitTree(dir, 'HEAD', limit)));
  expect(withoutSearch.get('web/deploy.yaml')).toEqual({
    text: 'kind: Deployment\n',
    blob: expect.any(String),
  });
  // and through the reader, as a check reads its base
  const read = await localTrees.commitOverlapped?.(dir, 'HEAD', limit);
  expect(read && entries(read.tree)).toEqual(entries(withoutSearch));
});

test("git grep's answer for every file is the core's own scan of its text", () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  const files: Record<string, string | Buffer> = {
    'plain.yaml': 'a: 1\n',
    'app.yaml': 'apiVersion: argoproj.io/v1alpha1\n',
    'escaped.yaml': 'apiVersion: "argoproj\\x2eio/v1alpha1"\n',
    'tag.yaml': 'x: !!binary YQ==\n',
    'crd.yml': 'kind: CustomResourceDefinition\n',
    'crd-lower.yaml': 'kind: customresourcedefinition\n',
    'argo-case.yaml': 'apiVersion: ARGOPROJ.IO/v1\n',
    'utf8 ünï cöde.yaml': 'name: "ärgoproj·io" # ¡no!\n',
    'line\nbreak.yaml': 'kind: Application # argoproj.io\n',
    'nul.yaml': Buffer.from('a\0b argoproj.io\n'),
    'latin1.yaml': Buffer.from([0x61, 0xe9, 0x21, 0x0a]),
    'deep/er/file.json': '{"kind": "Secret"}',
    'empty.yaml': '',
  };
  for (const [path, text] of Object.entries(files)) write(path, text as string);
  git('-c', 'core.quotePath=true', 'add', '-A');
  git('commit', '-qm', 'corpus');
  // a clone's settings must not change the answer
  git('config', 'grep.patternType', 'perl');
  git('config', 'color.ui', 'always');
  mkdirSync(join(dir, 'deep/er'), { recursive: true });
  const tree = gitTree(join(dir, 'deep/er'), 'HEAD');
  expect([...tree.keys()].sort()).toEqual(Object.keys(files).sort());
  for (const [path, entry] of tree) {
    const text = entry.text as string;
    for (const needle of SEARCHED_STRINGS)
      expect([path, needle, mayInclude(entry, needle)]).toEqual([path, needle, text.includes(needle)]);
  }
});

test("a tree read with its kept index's scan is the tree read whole, and each scan answers the same", () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  const files: Record<string, string> = {
    'apps/web.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n',
    'web/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'web/deploy.yaml': 'kind: Deployment\n',
    'web/tagged.yaml': 'x: !!str 1 # \\ too\n',
    'crds/widget.yaml': 'kind: CustomResourceDefinition\n',
    'utf8 ünï cöde.yaml': 'name: "ärgoproj·io"\n',
    'line\nbreak.yaml': 'kind: Application # argoproj.io\n',
    'big.yaml': 'x'.repeat(50),
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  symlinkSync('web/deploy.yaml', join(dir, 'link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const limit = 40;
  const whole = gitTree(dir, 'HEAD', limit);
  const scan = structuredClone(scanOf(whole));
  const kept = gitTree(dir, 'HEAD', limit, scan);
  // laid out from the index, once git's listing of the revision (without sizes) agrees with it
  const refusals: string[] = [];
  expect(view(gitTree(dir, 'HEAD', limit, scan, (reason) => refusals.push(reason)))).toEqual(view(whole));
  expect(refusals).toEqual([]);
  const answers = (tree: FileTree, path: string) =>
    SEARCHED_STRINGS.map((needle) => mayInclude(tree.get(path) as TreeEntry, needle));
  // a file lacking a string says so without being read
  for (const path of whole.keys()) {
    const lacking = SEARCHED_STRINGS.filter((needle) => !mayInclude(whole.get(path) as TreeEntry, needle));
    for (const needle of lacking)
      expect([path, needle, mayInclude(kept.get(path) as TreeEntry, needle)]).toEqual([path, needle, false]);
  }
  expect(blobsReadLazily(kept)).toBe(0);
  for (const path of whole.keys()) expect([path, answers(kept, path)]).toEqual([path, answers(whole, path)]);
  expect(view(kept)).toEqual(view(whole));
  expect(kept.get('big.yaml')).toEqual({ tooLarge: { size: 50, limit }, blob: expect.any(String) });
  expect(kept.get('link.yaml')).toEqual({ link: 'web/deploy.yaml' });
});

test('a checkout is read from git only when its files on disk are exactly its HEAD commit', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('apps/web.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  write('web/deploy.yaml', 'kind: Deployment\n');
  symlinkSync('deploy.yaml', join(dir, 'web/link.yaml'));
  write('.gitignore', 'build/\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const head = git('rev-parse', 'HEAD');
  write('build/out.yaml', 'ignored: true\n'); // ignored: Argo CD never sees it either
  const clean = localTrees.checkout(dir, 1 << 20);
  expect(clean.commit).toBe(head);
  expect(view(clean.tree)).toEqual(view(gitTree(dir, head)));
  const fromBase = localTrees.checkout(dir, 1 << 20, { sha: head, tree: gitTree(dir, head) });
  expect(view(fromBase.tree)).toEqual(view(clean.tree));

  const onDisk = (change: () => void, undo: () => void) => {
    change();
    const read = localTrees.checkout(dir, 1 << 20);
    undo();
    expect(localTrees.checkout(dir, 1 << 20).commit).toBe(head);
    return read;
  };
  // an edited file, an untracked file: what is on disk is previewed
  const edited = onDisk(
    () => write('web/deploy.yaml', 'kind: StatefulSet\n'),
    () => write('web/deploy.yaml', 'kind: Deployment\n'),
  );
  expect(edited.commit).toBeUndefined();
  expect(edited.tree.get('web/deploy.yaml')?.text).toBe('kind: StatefulSet\n');
  expect(
    onDisk(
      () => write('web/extra.yaml', 'kind: Service\n'),
      () => unlinkSync(join(dir, 'web/extra.yaml')),
    ).tree.has('web/extra.yaml'),
  ).toBe(true);
  // sparse checkouts and attributes (filters, eol) make disk and blobs differ: read from disk
  expect(
    onDisk(
      () => git('config', 'core.sparseCheckout', 'true'),
      () => git('config', 'core.sparseCheckout', 'false'),
    ).commit,
  ).toBeUndefined();
  const attributes = join(dir, '.git/info/attributes');
  expect(
    onDisk(
      () => write('.git/info/attributes', '*.yaml filter=lfs\n'),
      () => unlinkSync(attributes),
    ).commit,
  ).toBeUndefined();
  // a folder inside a repository is read from disk, as the folder it is
  const inner = localTrees.checkout(join(dir, 'web'), 1 << 20);
  expect(inner.commit).toBeUndefined();
  expect(view(inner.tree)).toEqual(view(diskTree(join(dir, 'web'))));
});

test('a checkout with .gitattributes or submodules is read from disk', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('web/deploy.yaml', 'kind: Deployment\n');
  write('web/.gitattributes', '*.yaml text eol=crlf\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  expect(localTrees.checkout(dir, 1 << 20).commit).toBeUndefined();
  git('rm', '-q', 'web/.gitattributes');
  git('commit', '-qm', 'no attributes');
  expect(localTrees.checkout(dir, 1 << 20).commit).toBe(git('rev-parse', 'HEAD'));
  write('.gitmodules', '[submodule "lib"]\n  path = lib\n  url = ../lib\n');
  git('add', '-A');
  git('commit', '-qm', 'modules');
  expect(localTrees.checkout(dir, 1 << 20).commit).toBeUndefined();
});

test("a kept index whose listing is not git's is refused, naming the file, and the tree is read whole", () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('web/a.yaml', 'kind: ConfigMap # a\n');
  write('web/kustomization.yaml', 'resources: [a.yaml, b.yaml]\n');
  write('web/b.yaml', 'kind: ConfigMap # b\n');
  symlinkSync('a.yaml', join(dir, 'web/link.yaml'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const honest = scanOf(gitTree(dir, 'HEAD', 1000));
  const refusals: string[] = [];
  gitTree(dir, 'HEAD', 1000, honest, (reason) => refusals.push(reason));
  expect(refusals).toEqual([]);
  // the index's listing, edited line by line (`f <blob id>\t<path>` each, in git's order)
  const forge = (
    edit: (lines: string[]) => string[],
    order: ArrayLike<number> = honest.listing?.order ?? [],
  ) => {
    const scan = structuredClone(honest);
    const listing = scan.listing as TreeListing;
    const lines = Buffer.from(listing.text).toString('utf8').split('\0').slice(0, -1);
    listing.text = Buffer.from(
      edit(lines)
        .map((line) => `${line}\0`)
        .join(''),
      'utf8',
    );
    listing.order = Uint32Array.from(order);
    gitTree(dir, 'HEAD', 1000, scan, (reason) => refusals.push(reason));
    return refusals.pop();
  };
  const differs = (path: string) => `what it lists does not match git's listing of the tree at "${path}"`;
  // a blob git lacks (it was answered `<id> missing`, once taken for an empty file), and one of another file
  for (const forged of ['f'.repeat(40), git('rev-parse', 'HEAD:web/b.yaml')]) {
    expect(
      forge((lines) =>
        lines.map((line) => (line.endsWith('\tweb/a.yaml') ? `f ${forged}\tweb/a.yaml` : line)),
      ),
    ).toBe(differs('web/a.yaml'));
  }
  // a file it leaves out, or one it adds
  expect(forge((lines) => lines.filter((line) => !line.endsWith('\tweb/b.yaml')))).toBe(
    differs('web/b.yaml'),
  );
  expect(forge((lines) => [...lines, `f ${'f'.repeat(40)}\tweb/c.yaml`])).toBe(differs('web/c.yaml'));
  // a listing as git's whose order names a path twice, or too few
  const [first = 0, second = 0] = honest.listing?.order ?? [];
  expect(forge((lines) => lines, [first, first, second])).toMatch(/^what it lists does not match/);
  expect(forge((lines) => lines, [first, second])).toMatch(/^what it lists does not match/);
  expect(refusals).toEqual([]);
  // a link it gives another target, in its lines and its links alike
  const retarget = structuredClone(honest);
  (retarget.listing as TreeListing).links.set('web/link.yaml', 'b.yaml');
  (retarget.listing as TreeListing).text = Buffer.from(
    Buffer.from((honest.listing as TreeListing).text)
      .toString('utf8')
      .replace('l a.yaml\tweb/link.yaml', 'l b.yaml\tweb/link.yaml'),
    'utf8',
  );
  gitTree(dir, 'HEAD', 1000, retarget, (reason) => refusals.push(reason));
  expect(refusals.pop()).toBe(differs('web/link.yaml'));
  // and the honest one stands
  const tree = gitTree(dir, 'HEAD', 1000, honest, (reason) => refusals.push(reason));
  expect(refusals).toEqual([]);
  expect(tree.get('web/a.yaml')?.text).toBe('kind: ConfigMap # a\n');
  expect(tree.get('web/link.yaml')).toEqual({ link: 'a.yaml' });
});

test("every entry of git's listing is read as git lists it: executable files, sizes at and over the limit, submodules", () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('run.sh', 'echo 1\n');
  chmodSync(join(dir, 'run.sh'), 0o755);
  write('at.yaml', 'x'.repeat(40));
  write('over.yaml', 'y'.repeat(12345));
  git('add', '-A');
  // a submodule's entry (a commit, size `-`): no file of the tree
  git('update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},lib`);
  git('commit', '-qm', 'base');
  const tree = gitTree(dir, 'HEAD', 40);
  expect([...tree.keys()].sort()).toEqual(['at.yaml', 'over.yaml', 'run.sh']);
  expect(tree.get('run.sh')?.text).toBe('echo 1\n');
  expect(tree.get('at.yaml')?.text).toBe('x'.repeat(40));
  expect(tree.get('over.yaml')?.tooLarge).toEqual({ size: 12345, limit: 40 });
});

test('a head made from its base gives the paths that changed as a comparison of every path does, in the same order', () => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  for (const name of ['keep', 'edit', 'gone1', 'gone2', 'gone3', 'move', 'mode', 'type', 'big'])
    write(`a/${name}.yaml`, name === 'big' ? 'b'.repeat(50) : `${name}: 1\n`);
  git('add', '-A');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  write('a/edit.yaml', 'edit: 2\n');
  for (const name of ['gone1', 'gone3', 'gone2']) unlinkSync(join(dir, `a/${name}.yaml`));
  mkdirSync(join(dir, 'b'));
  git('mv', 'a/move.yaml', 'b/moved.yaml');
  chmodSync(join(dir, 'a/mode.yaml'), 0o755);
  unlinkSync(join(dir, 'a/type.yaml'));
  symlinkSync('keep.yaml', join(dir, 'a/type.yaml'));
  write('a/big.yaml', 'c'.repeat(50));
  write('0-new.yaml', 'new: 1\n');
  git('add', '-A');
  git('commit', '-qm', 'head');
  const base = gitTree(dir, baseSha, 40);
  const head = gitTreeFrom(dir, { sha: baseSha, tree: base }, 'HEAD', 40);
  const everyPath = [...changedPaths(new Map(base), new Map(head))];
  expect([...changedPaths(base, head)]).toEqual(everyPath);
  expect([...everyPath].sort()).toEqual([
    '0-new.yaml',
    'a/big.yaml',
    'a/edit.yaml',
    'a/gone1.yaml',
    'a/gone2.yaml',
    'a/gone3.yaml',
    'a/move.yaml',
    'a/type.yaml',
    'b/moved.yaml',
  ]);
});

// Files of two revisions read on first use: a batch read ahead for the head's paths takes the base's files
// at those paths in the same `cat-file` when both come from one repository, each blob id asked once.

/** Two commits: web/deploy.yaml changed, web/service.yaml kept; the blob ids of each. */
function twoRevisions() {
  dir = mkdtempSync(join(tmpdir(), 'slipway-trees-'));
  git('init', '-q', '-b', 'main');
  write('web/deploy.yaml', 'replicas: 1\n');
  write('web/service.yaml', 'port: 80\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  write('web/deploy.yaml', 'replicas: 2\n');
  git('commit', '-qam', 'head');
  const blob = (rev: string) => git('rev-parse', rev);
  return {
    oldDeploy: blob('HEAD~1:web/deploy.yaml'),
    newDeploy: blob('HEAD:web/deploy.yaml'),
    service: blob('HEAD:web/service.yaml'),
  };
}

/** git in the repository, each cat-file's asked blob ids written down. */
function countingGit(asked: string[][]): Git {
  const inner = gitIn(dir);
  return (args, input) => {
    if (args[0] === 'cat-file') asked.push((input ?? '').split('\n').filter(Boolean));
    return inner(args, input);
  };
}

function trees(blobs: ReturnType<typeof twoRevisions>, repositories: [string?, string?]) {
  const asked: string[][] = [];
  const baseReader = new BlobReader(countingGit(asked), repositories[0]);
  const headReader = new BlobReader(countingGit(asked), repositories[1]);
  const base: FileTree = new Map([
    ['web/deploy.yaml', baseReader.entry(blobs.oldDeploy)],
    ['web/service.yaml', baseReader.entry(blobs.service)],
  ]);
  const head: FileTree = new Map([
    ['web/deploy.yaml', headReader.entry(blobs.newDeploy)],
    ['web/service.yaml', headReader.entry(blobs.service)],
  ]);
  return { asked, base, head };
}

test("the head's paths and the base's at once: one cat-file, each blob id once, every text as git has it", () => {
  const blobs = twoRevisions();
  const { asked, base, head } = trees(blobs, [dir, dir]);
  readAhead(head, ['web/deploy.yaml', 'web/service.yaml'], base);
  expect(asked).toHaveLength(1);
  expect([...(asked[0] ?? [])].sort()).toEqual([blobs.oldDeploy, blobs.newDeploy, blobs.service].sort());
  expect(head.get('web/deploy.yaml')?.text).toBe('replicas: 2\n');
  expect(base.get('web/deploy.yaml')?.text).toBe('replicas: 1\n');
  expect(head.get('web/service.yaml')?.text).toBe('port: 80\n');
  expect(base.get('web/service.yaml')?.text).toBe('port: 80\n');
  // read: nothing more is asked, and each reader counts its own
  expect(asked).toHaveLength(1);
  expect([blobsReadLazily(head), blobsReadLazily(base)]).toEqual([2, 2]);
});

test('readers of other repositories (or of none named) read apart, each as before', () => {
  const blobs = twoRevisions();
  const { asked, base, head } = trees(blobs, [dir, undefined]);
  readAhead(head, ['web/deploy.yaml'], base);
  expect(asked).toEqual([[blobs.newDeploy], [blobs.oldDeploy]]);
  expect(base.get('web/deploy.yaml')?.text).toBe('replicas: 1\n');
  // without the other revision, only the head's paths
  const alone = trees(blobs, [dir, dir]);
  readAhead(alone.head, ['web/deploy.yaml']);
  expect(alone.asked).toEqual([[blobs.newDeploy]]);
  expect(blobsReadLazily(alone.base)).toBe(0);
});
