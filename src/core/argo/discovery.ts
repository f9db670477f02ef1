// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository → render units.
// Without any, the folder fallback (render/folderUnits.ts).
import picomatch from 'picomatch';
import type { FileTree } from '../fileTree.js';
import { isManifestPath } from '../manifestFiles.js';
import { folderUnits } from '../render/folderUnits.js';
import { parseManifests, type ManifestParser } from '../yaml/manifestMaps.js';
import { expandApplicationSet, isApplicationSet } from './applicationSets.js';
import { appUnit, isApplication } from './application.js';
import type { Discovery, NotPreviewed, RenderUnit } from './unit.js';

/**
 * Applications (and ApplicationSets) anywhere in the repository; without any, its kustomizations and
 * manifest folders — only those under the `paths` globs, when given.
 */
export function discoverUnits(
  tree: FileTree,
  repoUrls: readonly string[],
  paths: readonly string[] = [],
  fallback = true,
  parse: ManifestParser = parseManifests,
): Discovery {
  const units: RenderUnit[] = [];
  const notPreviewed: NotPreviewed[] = [];
  let sawApplication = false;
  for (const [path, entry] of tree) {
    if (!isManifestPath(path) || entry.text === undefined || !entry.text.includes('argoproj.io')) continue;
    for (const doc of parse(entry.text) ?? []) {
      const generated = isApplicationSet(doc.obj)
        ? expandApplicationSet(doc.obj, path, doc.line, tree, repoUrls)
        : undefined;
      if (generated) notPreviewed.push(...generated.notPreviewed);
      const apps = generated ? generated.applications : isApplication(doc.obj) ? [doc.obj] : [];
      if (generated || apps.length > 0) sawApplication = true;
      for (const app of apps) {
        const found = appUnit(app, path, doc.line, repoUrls, tree);
        if (found.unit) units.push(found.unit);
        notPreviewed.push(...found.notPreviewed);
      }
    }
  }
  if (sawApplication || !fallback) return { units: dedupeUnits(units), notPreviewed, applications: true };
  const inPaths = paths.length > 0 ? picomatch(paths as string[]) : () => true;
  return {
    units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
    notPreviewed,
    applications: false,
  };
}

/** One unit per identity; a second definition in another place is an error on the first, naming both. */
function dedupeUnits(units: RenderUnit[]): RenderUnit[] {
  const byId = new Map<string, RenderUnit>();
  for (const unit of units) {
    const first = byId.get(unit.id);
    if (!first) byId.set(unit.id, unit);
    else if (first.file !== unit.file || first.line !== unit.line) {
      const name = unit.id.replace(/^app:/, '');
      first.findings = [
        ...(first.findings ?? []),
        {
          severity: 'error',
          rule: 'duplicate-app',
          unit: first.id,
          file: unit.file,
          line: unit.line,
          message: `Application ${name} is defined twice: here and in ${first.file}:${first.line}; Argo CD keeps one of them (the last applied), so only ${first.file} is previewed`,
        },
      ];
    }
  }
  return [...byId.values()];
}
