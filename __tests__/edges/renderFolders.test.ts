// Render folders a killed run left behind are removed by a later run, and only those: Slipway's own, an
// hour old or more, so a run going on beside it keeps its folders.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ABANDONED_AFTER_MS, abandonedRenderFolders } from '../../src/edges/renderFolders.js';

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
