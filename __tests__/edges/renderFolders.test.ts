// Render folders a killed run left behind are removed by a later run, and only those: Slipway's own, an
// hour old or more, so a run going on beside it keeps its folders. A run's own go when its work is done.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { endChildProcesses } from '../../src/edges/childProcess.js';
import {
  ABANDONED_AFTER_MS,
  abandonedRenderFolders,
  discardRenderFolder,
  makeRenderFolder,
} from '../../src/edges/renderFolders.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'slipway-render-folders-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const made = (name: string, ageMs: number, file = false): string => {
  const path = join(root, name);
  if (file) writeFileSync(path, 'x');
  else mkdirSync(join(path, 'repo'), { recursive: true });
  const when = new Date(Date.now() - ageMs);
  utimesSync(path, when, when);
  return path;
};

test("a killed run's render folders, an hour old, are found; a running render's, other folders and files are not", () => {
  const abandoned = made('slipway-render-old1', ABANDONED_AFTER_MS + 1000);
  const older = made('slipway-render-old2', 24 * ABANDONED_AFTER_MS);
  made('slipway-render-busy', 60_000); // a render of a run going on beside this one
  made('other-tool-old', 2 * ABANDONED_AFTER_MS); // not Slipway's
  made('slipway-render-file', 2 * ABANDONED_AFTER_MS, true); // not a folder
  expect(abandonedRenderFolders(root).sort()).toEqual([abandoned, older].sort());
});

test('an unreadable or missing temporary folder finds nothing and does not throw', () => {
  expect(abandonedRenderFolders(join(root, 'missing'))).toEqual([]);
});

test("a run's last render folders are gone once its work is done, before the process exits", async () => {
  const tree = treeFromTexts({ 'app/kustomization.yaml': 'resources: []\n' });
  const folders = [1, 2, 3].map(() => makeRenderFolder(tree, ['app/kustomization.yaml']));
  for (const folder of folders) discardRenderFolder(folder);
  expect(folders.filter((folder) => existsSync(folder))).toEqual(folders);
  await endChildProcesses();
  expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
});
