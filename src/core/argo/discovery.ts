// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository → render units.
// Without any, the folder fallback (render/folderUnits.ts).
import picomatch from 'picomatch';
import { mayInclude, type FileTree, type TreeEntry } from '../fileTree.js';
import { mayDeclareApps } from '../manifestFiles.js';
import { folderUnits } from '../render/folderUnits.js';
import { parseManifests, type ManifestParser } from '../yaml/manifestMaps.js';
import { expandApplicationSet, isApplicationSet } from './applicationSets.js';
import { appUnit, isApplication } from './application.js';
import type { Discovery, FileDiscovery, NotPreviewed, RenderUnit } from './unit.js';

/**
 * What a file gave at another revision, when it can stand for this one (the same text, and nothing else
 * its Applications read changed); undefined to read the file afresh.
 */
export type Reuse = (path: string, text: string) => FileDiscovery | undefined;

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
  reuse: Reuse = () => undefined,
): Discovery {
  const units: RenderUnit[] = [];
  const notPreviewed: NotPreviewed[] = [];
  const byFile = new Map<string, FileDiscovery>();
  for (const [path, entry] of tree) {
    if (!mayDeclareApps(path) || !mayDeclareArgoResource(entry)) continue;
    const text = entry.text as string;
    const found = reuse(path, text) ?? discoverFile(tree, path, text, repoUrls, parse);
    if (!found) continue;
    byFile.set(path, found);
    units.push(...found.units);
    notPreviewed.push(...found.notPreviewed);
  }
  const sawApplication = byFile.size > 0;
  if (sawApplication || !fallback)
    return { units: dedupeUnits(units), notPreviewed, applications: true, byFile };
  const inPaths = paths.length > 0 ? picomatch(paths as string[]) : () => true;
  return {
    units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
    notPreviewed,
    applications: false,
  };
}

/**
 * The units the Applications of these files define (a tree's kept index names the files of the units a
 * change affects; treeIndex.ts), as discoverUnits finds them in a tree where no app is defined twice.
 */
export function unitsOfFiles(
  tree: FileTree,
  paths: Iterable<string>,
  repoUrls: readonly string[],
  parse: ManifestParser = parseManifests,
): RenderUnit[] {
  const units: RenderUnit[] = [];
  for (const path of paths) {
    const text = tree.get(path)?.text;
    if (text !== undefined) units.push(...(discoverFile(tree, path, text, repoUrls, parse)?.units ?? []));
  }
  return units;
}

/**
 * Whether a file may hold an Application or ApplicationSet, without parsing it: it names argoproj.io, or
 * it could spell the name some other way — an escape (`"argoproj\x2eio/v1alpha1"`, JSON's `\u002e`) or a
 * tag (`!!binary`, which Kubernetes decodes). Files the shortcut skips cannot declare one (test).
 */
export function mayDeclareArgoResource(entry: TreeEntry): boolean {
  return mayInclude(entry, 'argoproj.io') || mayInclude(entry, '\\') || mayInclude(entry, '!');
}

/** The Applications of one file (undefined when it holds none, nor an ApplicationSet). */
function discoverFile(
  tree: FileTree,
  path: string,
  text: string,
  repoUrls: readonly string[],
  parse: ManifestParser,
): FileDiscovery | undefined {
  const found: FileDiscovery = { text, units: [], notPreviewed: [], generated: false };
  let sawApplication = false;
  for (const doc of parse(text) ?? []) {
    const generated = isApplicationSet(doc.obj)
      ? expandApplicationSet(doc.obj, path, doc.line, tree, repoUrls)
      : undefined;
    if (generated) {
      found.generated = true;
      found.notPreviewed.push(...generated.notPreviewed);
    }
    const apps = generated ? generated.applications : isApplication(doc.obj) ? [doc.obj] : [];
    if (generated || apps.length > 0) sawApplication = true;
    for (const app of apps) {
      const unit = appUnit(app, path, doc.line, repoUrls, tree);
      if (unit.unit) found.units.push(unit.unit);
      found.notPreviewed.push(...unit.notPreviewed);
    }
  }
  return sawApplication ? found : undefined;
}

/** One unit per identity; a second definition in another place is an error on the first, naming both. */
function dedupeUnits(units: RenderUnit[]): RenderUnit[] {
  const byId = new Map<string, RenderUnit>();
  for (const unit of units) {
    const first = byId.get(unit.id);
    if (!first) byId.set(unit.id, unit);
    else if (first.file !== unit.file || first.line !== unit.line) {
      const name = unit.id.replace(/^app:/, '');
      // a copy: units are shared with the other revision's discovery (see Reuse)
      byId.set(unit.id, {
        ...first,
        findings: [
          ...(first.findings ?? []),
          {
            severity: 'error',
            rule: 'duplicate-app',
            unit: first.id,
            file: unit.file,
            line: unit.line,
            message: `Application ${name} is defined twice: here and in ${first.file}:${first.line}; Argo CD keeps one of them (the last applied), so only ${first.file} is previewed`,
          },
        ],
      });
    }
  }
  return [...byId.values()];
}
