// `validate DIR` reads the folder one file at a time (edges/folderTree.ts): the same tree as reading it
// whole — paths in the same order, links, files over the size limit, skipped folders, texts — without
// holding every text.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mayInclude, type TreeEntry } from '../../src/core/fileTree.js';
import { folderTree } from '../../src/edges/folderTree.js';
import { localEdges } from '../../src/edges/localEdges.js';
import { diskTree } from '../../src/edges/trees.js';
import { ROOT } from '../support/runAction.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-folder-tree-'));
  mkdirSync(join(dir, 'apps', 'b'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'apps', 'b', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n');
  writeFileSync(join(dir, 'apps', 'a.yaml'), 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n');
  writeFileSync(join(dir, 'apps', 'B.yaml'), 'kind: List\n');
  writeFileSync(join(dir, '.hidden', 'x.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'node_modules', 'y.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(2000));
  writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffa: é\n', 'utf16le'));
  symlinkSync('apps/b', join(dir, 'link'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plain = (entry: TreeEntry | undefined) =>
  entry && {
    text: entry.text,
    link: entry.link,
    tooLarge: entry.tooLarge,
  };

test.each([
  ['a folder with links, hidden files, a file over the limit and a UTF-16 file', () => dir],
  ['the example repository', () => join(ROOT, 'examples', 'manifests')],
])('%s: the same tree as reading it whole', (_, folder) => {
  const whole = diskTree(folder(), 1000);
  const onUse = folderTree(folder(), 1000);
  expect([...onUse.keys()]).toEqual([...whole.keys()]);
  for (const [path, entry] of whole) expect(plain(onUse.get(path))).toEqual(plain(entry));
});

test('texts are read on use and not all kept: a file read long ago is read again', () => {
  const tree = folderTree(dir, 1000, 30);
  expect(tree.reads).toBe(0);
  const cm = tree.get('apps/b/cm.yaml');
  expect(cm?.text).toContain('ConfigMap');
  // asked again at once: kept
  expect(cm?.text).toContain('ConfigMap');
  expect(tree.reads).toBe(1);
  // other files read since, more text than the tree keeps: read again
  expect(tree.get('apps/a.yaml')?.text).toContain('Application');
  expect(cm?.text).toContain('ConfigMap');
  expect(tree.reads).toBe(3);
});

test('by default only the last few texts are kept: a file read a megabyte of text ago is read again', () => {
  // texts kept past the next files are garbage the collector moves to the old generation: at 200,000
  // objects, keeping the latest 4 MB of text held ~70 MB more memory at the peak
  const many = mkdtempSync(join(tmpdir(), 'slipway-folder-kept-'));
  try {
    for (let i = 0; i < 100; i++)
      writeFileSync(join(many, `f${String(i).padStart(3, '0')}.yaml`), `# ${'x'.repeat(10_000)}\n`);
    const tree = folderTree(many);
    const first = tree.get('f000.yaml') as TreeEntry;
    expect(first.text).toHaveLength(10_003);
    expect(first.text).toHaveLength(10_003);
    expect(tree.reads).toBe(1);
    for (const [, entry] of tree) expect(entry.text).toHaveLength(10_003);
    expect(tree.reads).toBe(100);
    expect(first.text).toHaveLength(10_003);
    expect(tree.reads).toBe(101);
  } finally {
    rmSync(many, { recursive: true, force: true });
  }
});

test('once read, a file says which searched strings it lacks: scans skip it without reading it again', () => {
  const tree = folderTree(dir, 1000, 0);
  const cm = tree.get('apps/b/cm.yaml') as TreeEntry;
  const app = tree.get('apps/a.yaml') as TreeEntry;
  expect(mayInclude(cm, 'argoproj.io')).toBe(false);
  expect(mayInclude(app, 'argoproj.io')).toBe(true);
  const reads = tree.reads;
  expect(mayInclude(cm, 'argoproj.io')).toBe(false);
  expect(mayInclude(cm, 'CustomResourceDefinition')).toBe(false);
  expect(tree.reads).toBe(reads);
});

test('the CLI reads a folder it validates this way', () => {
  const tree = localEdges().trees.folder(dir, 1000) as ReturnType<typeof folderTree>;
  expect(tree.reads).toBe(0);
});

test('a scan finds a searched string in a file of any encoding, read or not, kept or not', () => {
  const scanned = mkdtempSync(join(tmpdir(), 'slipway-folder-scan-'));
  try {
    const app = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: é}\n';
    writeFileSync(join(scanned, 'utf8.yaml'), app);
    writeFileSync(join(scanned, 'utf16le.yaml'), Buffer.from(`\ufeff${app}`, 'utf16le'));
    writeFileSync(join(scanned, 'utf16be.yaml'), Buffer.from(`\ufeff${app}`, 'utf16le').swap16());
    writeFileSync(join(scanned, 'plain.yaml'), 'kind: ConfigMap # é\n');
    for (const kept of [0, 1 << 20]) {
      const tree = folderTree(scanned, 1000, kept);
      for (const file of ['utf8.yaml', 'utf16le.yaml', 'utf16be.yaml']) {
        expect(mayInclude(tree.get(file) as TreeEntry, 'argoproj.io')).toBe(true);
        expect(mayInclude(tree.get(file) as TreeEntry, '!')).toBe(false);
      }
      const plainFile = tree.get('plain.yaml') as TreeEntry;
      expect(mayInclude(plainFile, 'argoproj.io')).toBe(false);
      expect(mayInclude(plainFile, 'CustomResourceDefinition')).toBe(false);
      expect(plainFile.text).toBe('kind: ConfigMap # é\n');
    }
  } finally {
    rmSync(scanned, { recursive: true, force: true });
  }
});
