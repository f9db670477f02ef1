// Files of two revisions read on first use: a batch read ahead for the head's paths takes the base's
// files at those paths in the same `cat-file` when both come from one repository, each blob id asked once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileTree } from '../../src/core/fileTree.js';
import { BlobReader, blobsReadLazily, readAhead, type Git } from '../../src/edges/gitBlobs.js';
import { gitIn } from '../../src/edges/gitRun.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir })
    .toString()
    .trim();
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

/** Two commits: web/deploy.yaml changed, web/service.yaml kept; the blob ids of each. */
function repository() {
  dir = mkdtempSync(join(tmpdir(), 'slipway-blobs-'));
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

function trees(blobs: ReturnType<typeof repository>, repositories: [string?, string?]) {
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
  const blobs = repository();
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
  const blobs = repository();
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
