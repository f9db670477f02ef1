// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository → render units.
// Without any, the folder fallback (folderUnits.ts).
import picomatch from 'picomatch';
import { mayInclude, type FileTree, type TreeEntry } from '../fileTree.js';
import { mayDeclareApps } from '../manifestFiles.js';
import { folderUnits } from './folderUnits.js';
import { parseManifests, type ManifestParser } from '../yaml/manifestMaps.js';
import type { AppSetExpander, GeneratedApps, Obj } from './applicationSets.js';
import { appUnit, isApplication, isApplicationSet } from './application.js';
import type { Finding } from '../finding.js';
import type { Tracking } from './trackedRevision.js';
import type { AppSetPolicy, Discovery, FileDiscovery, RenderUnit } from './unit.js';

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
  tracking?: Tracking,
  expand?: AppSetExpander,
): Discovery {
  const byFile = new Map<string, FileDiscovery>();
  for (const [path, entry] of tree) {
    if (!mayDeclareApps(path) || !mayDeclareArgoResource(entry)) continue;
    const text = entry.text as string;
    const found = reuse(path, text) ?? discoverFile(tree, path, text, repoUrls, parse, tracking, expand);
    if (found) byFile.set(path, found);
  }
  if (byFile.size > 0 || !fallback) return applicationsFound([...byFile.values()], byFile);
  const inPaths = paths.length > 0 ? picomatch(paths as string[]) : () => true;
  return {
    units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
    notPreviewed: [],
    applications: false,
  };
}

/** What the files holding Applications gave, as one discovery: one unit per identity, in file order. */
function applicationsFound(files: readonly FileDiscovery[], byFile?: Map<string, FileDiscovery>): Discovery {
  const otherRevisions = files.flatMap((f) => f.otherRevisions ?? []);
  return {
    units: dedupeApps(files.flatMap((f) => f.units)),
    notPreviewed: files.flatMap((f) => f.notPreviewed),
    applications: true,
    ...(byFile && { byFile }),
    ...(otherRevisions.length > 0 && { otherRevisions }),
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
  tracking?: Tracking,
  expand?: AppSetExpander,
): RenderUnit[] {
  const units: RenderUnit[] = [];
  for (const path of paths) {
    const text = tree.get(path)?.text;
    if (text !== undefined)
      units.push(...(discoverFile(tree, path, text, repoUrls, parse, tracking, expand)?.units ?? []));
  }
  return units;
}

/**
 * The Applications of files read elsewhere (the applications repository: applicationsRepository.ts), each
 * named by its label, with `tree` — this repository at the side discovered — for what they read of it:
 * the `.argocd-source` files of their sources' folders, the files their ApplicationSets' git generators
 * list. One unit per identity, as discoverUnits.
 */
export function discoverTexts(
  tree: FileTree,
  files: ReadonlyArray<{ label: string; text: string }>,
  repoUrls: readonly string[],
  parse: ManifestParser = parseManifests,
  tracking?: Tracking,
  expand?: AppSetExpander,
): Discovery {
  return applicationsFound(
    files.flatMap(
      ({ label, text }) => discoverFile(tree, label, text, repoUrls, parse, tracking, expand) ?? [],
    ),
  );
}

/**
 * Whether a file may hold an Application or ApplicationSet, without parsing it: it names argoproj.io, or
 * it could spell the name some other way — an escape (`"argoproj\x2eio/v1alpha1"`, JSON's `\u002e`) or a
 * tag (`!!binary`, which Kubernetes decodes). Files the shortcut skips cannot declare one (test).
 */
export function mayDeclareArgoResource(entry: TreeEntry): boolean {
  return mayInclude(entry, 'argoproj.io') || mayInclude(entry, '\\') || mayInclude(entry, '!');
}

/**
 * Whether a file may hold an ApplicationSet, without parsing it: it may declare an Argo CD resource and
 * names the kind, or could spell it another way (an escape or a tag, as mayDeclareArgoResource). A caller
 * that finds no such file among those discovery parses need not load the ApplicationSet engine (test).
 */
export function mayDeclareApplicationSet(entry: TreeEntry): boolean {
  return (
    mayInclude(entry, '\\') ||
    mayInclude(entry, '!') ||
    (mayInclude(entry, 'argoproj.io') && (entry.text?.includes('ApplicationSet') ?? false))
  );
}

/** Whether any of these files (all of the tree's, by default) may hold an ApplicationSet discovery reads. */
export function mayHoldApplicationSets(tree: FileTree, paths: Iterable<string> = tree.keys()): boolean {
  for (const path of paths) {
    const entry = tree.get(path);
    if (entry && mayDeclareApps(path) && mayDeclareApplicationSet(entry)) return true;
  }
  return false;
}

/**
 * What an object generates when it is an ApplicationSet (undefined when it is not). Discovery and the
 * app-of-apps' children are given an expander wherever a file or an output may hold one
 * (mayHoldApplicationSets, deploysApplicationSets), so meeting one without it is a bug of Slipway's, and
 * the run stops on it rather than leave the set's apps out.
 */
export function generatedApps(
  expand: AppSetExpander | undefined,
  obj: Obj,
  file: string,
  line: number,
  tree: FileTree,
  repoUrls: readonly string[],
  tracking?: Tracking,
): GeneratedApps | undefined {
  if (!isApplicationSet(obj)) return undefined;
  if (!expand)
    throw new Error(
      `${file}:${line}: an ApplicationSet that the ApplicationSet engine was not loaded for (a bug of Slipway's: please report it)`,
    );
  return expand(obj, file, line, tree, repoUrls, tracking);
}

/** A generated app's unit, with what its ApplicationSet's syncPolicy makes Argo CD do with it. */
export function withPolicy(unit: RenderUnit, policy: AppSetPolicy): RenderUnit {
  return unit.app ? { ...unit, app: { ...unit.app, generatedBy: policy } } : unit;
}

/** The Applications of one file (undefined when it holds none, nor an ApplicationSet). */
function discoverFile(
  tree: FileTree,
  path: string,
  text: string,
  repoUrls: readonly string[],
  parse: ManifestParser,
  tracking?: Tracking,
  expand?: AppSetExpander,
): FileDiscovery | undefined {
  const found: FileDiscovery = { text, units: [], notPreviewed: [], generated: false };
  let sawApplication = false;
  for (const doc of parse(text) ?? []) {
    const generated = generatedApps(expand, doc.obj, path, doc.line, tree, repoUrls, tracking);
    if (generated) {
      found.generated = true;
      found.reads ??= { folders: [], files: [] };
      found.reads.folders.push(...generated.reads.folders);
      found.reads.files.push(...generated.reads.files);
      found.notPreviewed.push(...generated.notPreviewed);
      if (generated.otherRevisions) (found.otherRevisions ??= []).push(...generated.otherRevisions);
    }
    const apps = generated ? generated.applications : isApplication(doc.obj) ? [doc.obj] : [];
    if (generated || apps.length > 0) sawApplication = true;
    for (const app of apps) {
      const unit = appUnit(app, path, doc.line, repoUrls, tree, tracking);
      if (unit.unit) found.units.push(generated ? withPolicy(unit.unit, generated.policy) : unit.unit);
      found.notPreviewed.push(...unit.notPreviewed);
    }
  }
  return sawApplication ? found : undefined;
}

/** Whether definition `a` comes before `b`: the lexically first path (code units), then the first line. */
const definedFirst = (a: RenderUnit, b: RenderUnit): boolean =>
  a.file < b.file || (a.file === b.file && a.line < b.line);

/**
 * One unit per identity. An app defined in several places is previewed from the definition in the
 * lexically first file (then the first line) — a rule that does not depend on the order files are met in,
 * so base and head preview the same definition whichever file a change touches — and each other definition
 * is an error on the kept one, naming both.
 */
function dedupeApps(units: RenderUnit[]): RenderUnit[] {
  const byId = new Map<string, RenderUnit[]>();
  for (const unit of units) {
    const all = byId.get(unit.id);
    if (all) all.push(unit);
    else byId.set(unit.id, [unit]);
  }
  return [...byId.values()].map((all) => {
    const kept = all.reduce((best, u) => (definedFirst(u, best) ? u : best));
    const others = all.filter((u) => u !== kept && (u.file !== kept.file || u.line !== kept.line));
    if (others.length === 0) return kept;
    const name = kept.id.replace(/^app:/, '');
    // a copy: units are shared with the other revision's discovery (see Reuse)
    return {
      ...kept,
      findings: [
        ...(kept.findings ?? []),
        ...others
          .sort((a, b) => (definedFirst(a, b) ? -1 : 1))
          .map((unit): Finding => ({
            severity: 'error',
            rule: 'duplicate-app',
            unit: kept.id,
            file: unit.file,
            line: unit.line,
            message: `Application ${name} is defined twice: here and in ${kept.file}:${kept.line}; Argo CD keeps one of them (the last applied), so Slipway previews the definition in the lexically first file, ${kept.file}, at both revisions`,
          })),
      ],
    };
  });
}
