// The tree index's path table (packed bytes): every path reads back as it went in, and a change is
// matched to the units reading exactly its path, however few or many paths change.
import { treeFromTexts } from '../../../src/core/fileTree.js';
import {
  buildTreeIndex,
  indexedDependents,
  indexedInputs,
  indexedUnitFile,
  pathAt,
  pathTable,
  type FoundUnits,
} from '../../../src/core/render/treeIndex.js';
import type { RenderUnit } from '../../../src/core/argo/unit.js';
import type { UnitInputs } from '../../../src/core/render/unitInputs.js';

const PATHS = ['', 'b', 'a/b', 'b/a', 'ab', 'é/ü.yaml', 'a b/c', 'b\t', 'x'.repeat(300)];

test('a path table gives back every path, the empty one and non-ASCII ones included', () => {
  const table = pathTable(PATHS);
  expect(PATHS.map((_, i) => pathAt(table, i))).toEqual(PATHS);
  expect(pathTable([]).starts).toHaveLength(0);
});

/** One unit per path of PATHS, reading that path alone (and its own file). */
function indexOf(paths: readonly string[]) {
  const units = paths.map(
    (path, i): RenderUnit =>
      ({ id: `app:u${i}`, file: `argocd/u${i}.yaml`, line: 1, sources: [] }) as unknown as RenderUnit,
  );
  const inputs = new Map<string, UnitInputs>(
    units.map((u, i) => [u.id, { files: new Set([u.file, paths[i] as string]), folders: new Map() }]),
  );
  const found: FoundUnits = { units, notPreviewed: [], applications: true };
  const index = buildTreeIndex(treeFromTexts({}), found, inputs);
  if (!index) throw new Error('no index');
  return index;
}

test('a changed path affects the units that read exactly it, not those reading a path it is part of', () => {
  const index = indexOf(PATHS);
  expect(indexedUnitFile(index, 2)).toBe('argocd/u2.yaml');
  expect([...indexedInputs(index, 5).files]).toEqual(['argocd/u5.yaml', 'é/ü.yaml']);
  for (const [i, path] of PATHS.entries()) {
    const { units, read } = indexedDependents(index, new Set([path]));
    expect({ path, units, read: [...read] }).toEqual({ path, units: [i], read: [path] });
  }
  expect(indexedDependents(index, new Set(['a', 'b/', 'c', 'é']))).toEqual({ units: [], read: new Set() });
});

test('many changed paths find the same units as a few', () => {
  const index = indexOf(PATHS);
  const changed = new Set([...Array.from({ length: 40 }, (_, k) => `other/${k}`), 'b', 'é/ü.yaml']);
  expect(indexedDependents(index, changed)).toEqual({ units: [1, 5], read: new Set(['b', 'é/ü.yaml']) });
});
