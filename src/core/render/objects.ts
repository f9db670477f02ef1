// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from.
import picomatch from 'picomatch';
import { LineCounter, parseAllDocuments, parse } from 'yaml';
import type { DirectoryOptions } from '../argoApps.js';
import { filesIn, readText, tooLargeMessage, type FileTree } from '../fileTree.js';
import type { Finding } from '../finding.js';
import { documentBoundsProblem } from '../yaml/documentBounds.js';

export type Obj = Record<string, unknown>;

export interface RenderedObject {
  obj: Obj;
  file: string;
  line: number;
}

export interface Rendered {
  objects: RenderedObject[];
  findings: Finding[];
}

const ORIGIN = 'config.kubernetes.io/origin';

export function objectName(obj: Obj): string {
  const metadata = (obj.metadata ?? {}) as Obj;
  const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${String(obj.kind ?? '?')}/${ns}${String(metadata.name ?? '?')}`;
}

/** Parses a manifest file document by document; syntax errors and objects Argo CD cannot apply are findings. */
export function parseObjects(
  text: string,
  file: string,
  unit?: string,
  options: { strict?: boolean } = {},
): Rendered {
  const lineCounter = new LineCounter();
  // merge keys (`<<: *base`) are resolved as kubectl and Argo CD (go-yaml) resolve them
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: options.strict ?? false, merge: true });
  const out: Rendered = { objects: [], findings: [] };
  for (const doc of Array.isArray(docs) ? docs : []) {
    const error = doc.errors[0];
    if (error) {
      const [line, column] = [error.linePos?.[0].line ?? 1, error.linePos?.[0].col ?? 1];
      const rule = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
      const message = (error.message.split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '');
      out.findings.push({ severity: 'error', rule, unit, file, line, column, message });
      continue;
    }
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    const tooBig = documentBoundsProblem(doc);
    if (tooBig) {
      out.findings.push({
        severity: 'error',
        rule: 'yaml-limits',
        unit,
        file,
        line,
        message: `this document ${tooBig}; it was not read`,
      });
      continue;
    }
    // documentBoundsProblem bounded the expansion, so yaml's own alias counter (which refuses a legitimate
    // file with 1,100 aliases of one scalar) is off
    const value = doc.toJS({ maxAliasCount: -1 }) as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      out.findings.push({
        severity: 'error',
        rule: 'not-an-object',
        unit,
        file,
        line,
        message: 'this document is not a Kubernetes object (a map with apiVersion and kind)',
      });
      continue;
    }
    const obj = value as Obj;
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
      const missing = ['apiVersion', 'kind'].filter((k) => typeof obj[k] !== 'string').join(' and ');
      out.findings.push({
        severity: 'error',
        rule: 'missing-type',
        unit,
        file,
        line,
        message: `document has no ${missing}: Argo CD cannot generate manifests from it`,
      });
      continue;
    }
    // Argo CD unwraps every object whose `items` is a list (unstructured IsList: List, SecretList, …)
    // and drops a list whose items are null
    if (Array.isArray(obj.items)) {
      for (const item of obj.items)
        if (item && typeof item === 'object') out.objects.push({ obj: item as Obj, file, line });
      continue;
    }
    if ('items' in obj && obj.items === null && !('spec' in obj) && !('status' in obj)) continue;
    out.objects.push({ obj, file, line });
  }
  return out;
}

const MANIFEST_FILE = /\.(yaml|yml|json|jsonnet)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';

/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs matched against the
 * path below the folder with `*` crossing `/` (Argo CD's gobwas globs have no separator), files with the
 * `+argocd:skip-file-rendering` marker left out. Jsonnet is not evaluated: the unit says it is not previewed.
 */
export function renderDirectory(
  tree: FileTree,
  folder: string,
  options: DirectoryOptions = {},
  unit?: string,
  strict = false,
): Rendered {
  const glob = (pattern: unknown) =>
    typeof pattern === 'string' && pattern !== '' ? picomatch(pattern, { bash: true, dot: true }) : undefined;
  const include = glob(options.include);
  const exclude = glob(options.exclude);
  const out: Rendered = { objects: [], findings: [] };
  for (const path of filesIn(tree, folder, options.recurse === true)) {
    const relative = folder === '' ? path : path.slice(folder.length + 1);
    if (!MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1))) continue;
    if (exclude?.(relative) || (include && !include(relative))) continue;
    const at = { unit, file: path, line: 1 };
    const size = tree.get(path)?.tooLarge;
    if (size !== undefined) {
      out.findings.push({
        severity: 'error',
        rule: 'file-too-large',
        ...at,
        message: tooLargeMessage(path, size),
      });
      continue;
    }
    if (path.endsWith('.jsonnet')) {
      out.findings.push({
        severity: 'warning',
        rule: 'not-previewed',
        ...at,
        message: `${path} is jsonnet, which Argo CD evaluates and Slipway does not: the app is not previewed`,
      });
      continue;
    }
    const text = readText(tree, path);
    if (text === undefined) {
      out.findings.push({
        severity: 'error',
        rule: 'path-escape',
        ...at,
        message: `${path} is a link to a place outside the repository; it is not read`,
      });
      continue;
    }
    if (text.includes(SKIP_MARKER)) continue;
    const parsed = parseObjects(text, path, unit, { strict });
    out.objects.push(...parsed.objects);
    out.findings.push(...parsed.findings);
  }
  return out;
}

/**
 * Objects out of `kustomize build` with buildMetadata originAnnotations: each annotation names the
 * file it came from (mapped back to the repository by `originToRepo`); the annotation is removed again.
 */
export function parseKustomizeOutput(
  yaml: string,
  tree: FileTree,
  originToRepo: (origin: string) => string | undefined,
  fallback: { file: string; line: number },
  unit?: string,
): Rendered {
  const parsed = parseObjects(yaml, fallback.file, unit);
  for (const item of parsed.objects) {
    item.line = fallback.line;
    const metadata = (item.obj.metadata ?? {}) as Obj;
    const annotations = (metadata.annotations ?? {}) as Obj;
    const origin = annotations[ORIGIN];
    if (typeof origin !== 'string') continue;
    delete annotations[ORIGIN];
    if (Object.keys(annotations).length === 0) delete metadata.annotations;
    const originPath = (parse(origin) as Obj | null)?.path;
    const file = typeof originPath === 'string' ? originToRepo(originPath) : undefined;
    if (file === undefined || !tree.has(file)) continue;
    item.file = file;
    item.line = lineOfKind(readText(tree, file) ?? '', String(item.obj.kind));
  }
  return parsed;
}

/** First line of the document in `text` whose `kind:` is `kind` (1 when there is none). */
function lineOfKind(text: string, kind: string): number {
  const lines = text.split('\n');
  let start = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('---')) start = i + 2;
    else if (/^kind:\s*["']?([\w.-]+)["']?\s*(#.*)?$/.exec(line.trimEnd())?.[1] === kind) return start;
  }
  return 1;
}
