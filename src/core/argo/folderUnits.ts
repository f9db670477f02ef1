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
    const dir = dirname(path);
    if (plainDirs.has(dir) || !isManifestPath(path) || insideKustomize(dir) || entry.text === undefined)
      continue;
    // the render parses the file: here it is parsed only when a look at its lines cannot tell
    if (holdsObjectAtSight(entry.text) ?? holdsObject(entry.text, parse)) plainDirs.add(dir);
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

/** Whether a file's documents hold an object (a map with a string apiVersion and kind), parsed. */
export function holdsObject(text: string, parse: ManifestParser = parseManifests): boolean {
  return (parse(text) ?? []).some(
    (d) => typeof d.obj.apiVersion === 'string' && typeof d.obj.kind === 'string',
  );
}

/** A root key of a block map, and what follows it on its line. */
const ROOT_KEY = /^[A-Za-z_][\w./-]*:(?:[ \t]+(.*))?$/;
/** A comment, a blank line, a nested line, or a document marker alone on its line. */
const NEUTRAL = /^(?:#|[ \t]|$|---[ \t]*(?:#.*)?$|\.\.\.[ \t]*(?:#.*)?$)/;
const DOCUMENT_END = /^(?:---|\.\.\.)/;
/** `apiVersion: apps/v1`, `kind: Deployment`: a plain scalar that YAML reads as a string, a comment after. */
const API_VERSION = /^apiVersion:[ \t]+([A-Za-z][\w./-]*)[ \t]*(?:#.*)?$/;
const KIND = /^kind:[ \t]+([A-Za-z]\w*)[ \t]*(?:#.*)?$/;
/** Plain scalars YAML 1.1 or 1.2 reads as booleans or null, not strings. */
const NOT_STRING = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

/**
 * Whether a root key's value ends on its line: a plain scalar, a block scalar's header, or a flow
 * collection or quoted scalar closed on the line (checked plainly: no quote inside a flow collection, no
 * escape or inner quote in a quoted scalar). Otherwise the next lines may continue it at the root's
 * indentation, and only a parser can say what they are.
 */
function endsOnLine(value: string | undefined): boolean {
  if (value === undefined || value === '' || value.startsWith('#')) return true;
  const first = value[0] as string;
  if (first === '{' || first === '[') {
    if (/["'#]/.test(value)) return false;
    let depth = 0;
    for (const c of value) {
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    }
    return depth === 0 && /[}\]][ \t]*$/.test(value);
  }
  if (first === '"') return /^"[^"\\]*"[ \t]*(?:#.*)?$/.test(value);
  if (first === "'") return /^'[^']*'[ \t]*(?:#.*)?$/.test(value);
  return true;
}

/**
 * Whether a file holds an object, told from its lines without parsing it, where they leave no doubt:
 * true when every line at the root of one document is a plain key whose value ends on its line, a
 * comment, a nested line or a sequence under a key, and two of those keys are `apiVersion:` and `kind:`
 * with plain string values; false when the text names neither (and holds no escape or tag that could
 * spell them); undefined — parse it — for anything else (a root sequence, flow maps
 * over several lines, JSON, quoted keys, a key given twice).
 */
export function holdsObjectAtSight(text: string): boolean | undefined {
  if (!text.includes('apiVersion') || !text.includes('kind')) return /[\\!]/.test(text) ? undefined : false;
  let apiVersion = 0;
  let kind = 0;
  let keys = 0;
  let found = false;
  let doubt = false;
  const end = () => {
    if (apiVersion > 1 || kind > 1) doubt = true;
    if (apiVersion === 1 && kind === 1) found = true;
    apiVersion = kind = keys = 0;
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (NEUTRAL.test(line)) {
      if (DOCUMENT_END.test(line)) end();
      continue;
    }
    // a block sequence may sit at its key's indentation: nested, once the document has a root key
    if (/^-(?:[ \t]|$)/.test(line) && keys > 0) continue;
    const key = ROOT_KEY.exec(line);
    if (!key || !endsOnLine(key[1])) return undefined;
    keys++;
    if (line.startsWith('apiVersion:')) {
      const value = API_VERSION.exec(line)?.[1];
      if (value === undefined || NOT_STRING.test(value)) return undefined;
      apiVersion++;
    } else if (line.startsWith('kind:')) {
      const value = KIND.exec(line)?.[1];
      if (value === undefined || NOT_STRING.test(value)) return undefined;
      kind++;
    }
  }
  end();
  return found && !doubt ? true : undefined;
}
