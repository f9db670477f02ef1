// The fallback of a repository without Argo CD Applications: each top kustomization, top chart and folder
// of plain manifests is one unit.
import { dirname, filesIn, resolveInTree, type FileTree } from '../fileTree.js';
import { isManifestPath } from '../manifestFiles.js';
import type { RenderUnit } from './unit.js';
import { parseManifests, type ManifestParser } from '../yaml/manifestMaps.js';
import { KUSTOMIZATION_FILES, kustomizationIn } from './sourceType.js';

const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Kustomizations that no other kustomization builds on, and folders of plain manifests outside them. */
export function folderUnits(tree: FileTree, parse: ManifestParser = parseManifests): RenderUnit[] {
  const kustomizations = [...tree.keys()].filter(
    (p) =>
      KUSTOMIZATION_FILES.includes(p.split('/').pop() as string) &&
      !p.split('/').some((s) => s.startsWith('.')),
  );
  const kustomizeDirs = new Set(kustomizations.map(dirname));
  const referenced = new Set<string>();
  for (const file of kustomizations) {
    const docs = parse(tree.get(file)?.text ?? '') ?? [];
    for (const doc of docs) {
      for (const ref of [
        ...asArr(doc.obj.resources),
        ...asArr(doc.obj.bases),
        ...asArr(doc.obj.components),
      ]) {
        if (typeof ref !== 'string') continue;
        const target = resolveInTree(dirname(file), ref);
        if (target !== undefined) referenced.add(target);
      }
    }
  }
  const units: RenderUnit[] = [...kustomizeDirs]
    .filter((dir) => !referenced.has(dir))
    .sort()
    .map((dir) => ({
      id: `path:${dir || '.'}`,
      file: kustomizationIn(tree, dir) as string,
      line: 1,
      sources: [{ path: dir }],
    }));
  // a folder with Chart.yaml is a Helm unit (its templates are not plain manifests); subcharts are its own
  const chartDirs = [...tree.keys()]
    .filter((p) => p.split('/').pop() === 'Chart.yaml' && !p.split('/').some((s) => s.startsWith('.')))
    .map(dirname)
    .sort();
  const within = (dirs: Iterable<string>, p: string) =>
    [...dirs].some((dir) => dir === '' || p === dir || p.startsWith(`${dir}/`));
  const topCharts = chartDirs.filter(
    (dir) =>
      !within(
        chartDirs.filter((other) => other !== dir),
        dir,
      ) && !within(kustomizeDirs, dir),
  );
  for (const dir of topCharts)
    units.push({
      id: `path:${dir || '.'}`,
      file: dir === '' ? 'Chart.yaml' : `${dir}/Chart.yaml`,
      line: 1,
      sources: [{ path: dir }],
    });
  const insideKustomize = (p: string) => within(kustomizeDirs, p) || within(topCharts, p);
  const plainDirs = new Set<string>();
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || insideKustomize(dirname(path)) || entry.text === undefined) continue;
    if (
      (parse(entry.text) ?? []).some(
        (d) => typeof d.obj.apiVersion === 'string' && typeof d.obj.kind === 'string',
      )
    )
      plainDirs.add(dirname(path));
  }
  for (const dir of [...plainDirs].sort()) {
    units.push({
      id: `path:${dir || '.'}`,
      file: filesIn(tree, dir, false).find(isManifestPath) ?? dir,
      line: 1,
      sources: [{ path: dir }],
    });
  }
  return units;
}
