// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from.
import {
  Composer,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parse,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { MANIFEST_YAML_OPTIONS } from '../yaml/manifestMaps.js';
import { documentChunks, loadChunk } from '../yaml/documentChunks.js';
import { plainStream } from '../yaml/fastYaml.js';
import type { DirectoryOptions } from '../argo/unit.js';
import {
  dirname,
  filesIn,
  linkChain,
  readText,
  resolveInTree,
  tooLargeMessage,
  type FileTree,
} from '../fileTree.js';
import { directoryGlob } from './directoryGlob.js';
import type { Finding } from '../finding.js';
import { documentBoundsProblem } from '../yaml/documentBounds.js';
import { plainText } from '../plainText.js';
import { objectOf } from '../fields.js';

export type Obj = Record<string, unknown>;

export interface RenderedObject {
  obj: Obj;
  file: string;
  line: number;
  /** Where the object sits inside its document when it is not the document itself (an item of a list). */
  within?: { docLine: number; path: Array<string | number> };
}

export interface Rendered {
  objects: RenderedObject[];
  findings: Finding[];
}

/** One document of a manifest file: its objects and findings, and where a field of it is. */
export interface ParsedDocument extends Rendered {
  /** Line and column of a field (`path` from the document's root); the deepest part that exists. */
  locate: (path: Array<string | number>) => { line: number; column: number };
  /**
   * Argo CD's decoder (apimachinery's YAMLOrJSONDecoder into Unstructured) rejects this document: a YAML
   * syntax error, a list or scalar, or no `kind`. A directory app then ignores the whole file unless it
   * looks like a manifest (renderDirectory).
   */
  undecodable?: true;
}

const ORIGIN = 'config.kubernetes.io/origin';

export function objectName(obj: Obj): string {
  const metadata = objectOf(obj.metadata);
  const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${plainText(obj.kind, '?')}/${ns}${plainText(metadata.name, '?')}`;
}

/** Where a node of a parsed document starts (0 for a value the parser made no node for). */
const startOf = (node: unknown): number | undefined => (isNode(node) ? node.range?.[0] : undefined);

/** Keys written twice in one map (`--strict`): the API server's strict decoding rejects them. */
function duplicateKeys(
  doc: Document.Parsed,
  lineCounter: LineCounter,
): Array<{ key: string; line: number; column: number; offset: number }> {
  const out: Array<{ key: string; line: number; column: number; offset: number }> = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key)) {
          const offset = startOf(pair.key) ?? 0;
          const pos = lineCounter.linePos(offset);
          out.push({ key, line: pos.line, column: pos.col, offset });
        }
        seen.add(key);
      }
    },
  });
  return out;
}

/**
 * A manifest file, one document at a time (a file of 100,000 objects never needs all of them in memory).
 * Syntax errors and documents Argo CD cannot apply are findings; under `strict`, duplicate keys are
 * findings on the key's line and the document is still validated (the last value counts, as in YAML
 * readers that accept them).
 */
export function* manifestDocuments(
  text: string,
  file: string,
  unit?: string,
  options: { strict?: boolean } = {},
): Generator<ParsedDocument> {
  // plain data is read by js-yaml, document by document, and a field's line is looked up with `yaml` only
  // when a finding needs it; strict mode (duplicate keys), anchors, templates and lists take `yaml` whole
  if (options.strict || !plainStream(text)) {
    yield* yamlDocuments(text, file, unit, options, 0);
    return;
  }
  for (const chunk of documentChunks(text)) {
    const fast = loadChunk(chunk.text);
    const value = fast?.value;
    if (!fast || (isObject(value) && 'items' in value)) {
      yield* yamlDocuments(chunk.text, file, unit, options, chunk.line);
      continue;
    }
    if (value === null || value === undefined) continue;
    const line = chunk.line + fast.line + 1;
    let locator: ((path: Array<string | number>) => { line: number; column: number }) | undefined;
    const locate = (path: Array<string | number>) => {
      locator ??= chunkLocator(chunk.text, chunk.line, line);
      return locator(path);
    };
    const out: ParsedDocument = { objects: [], findings: [], locate };
    out.findings.push(...typeFindings(value, unit, file, line));
    if (!decodable(value)) out.undecodable = true;
    if (out.findings.length === 0 && isObject(value)) out.objects.push({ obj: value, file, line });
    yield out;
  }
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether apimachinery decodes the document into an object: a map with a non-empty string `kind` (it does
 * not require apiVersion). */
const decodable = (v: unknown): boolean => isObject(v) && typeof v.kind === 'string' && v.kind !== '';

/** A document that is not a map with apiVersion and kind: the finding saying so (none for an object). */
function typeFindings(value: unknown, unit: string | undefined, file: string, line: number): Finding[] {
  if (!isObject(value))
    return [
      {
        severity: 'error',
        rule: 'not-an-object',
        unit,
        file,
        line,
        message: 'this document is not a Kubernetes object (a map with apiVersion and kind)',
      },
    ];
  const missing = ['apiVersion', 'kind'].filter((k) => typeof value[k] !== 'string').join(' and ');
  return missing
    ? [
        {
          severity: 'error',
          rule: 'missing-type',
          unit,
          file,
          line,
          message: `document has no ${missing}: Argo CD cannot generate manifests from it`,
        },
      ]
    : [];
}

/** Where a field of a document is: the deepest part of `path` that exists, else the document's line. */
function locateIn(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  lineOffset: number,
  line: number,
): (path: Array<string | number>) => { line: number; column: number } {
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const start = startOf(doc.getIn(path.slice(0, depth), true));
      if (start !== undefined) {
        const pos = lineCounter.linePos(start);
        return { line: pos.line + lineOffset, column: pos.col };
      }
    }
    return { line, column: 1 };
  };
}

/** The positions of one document chunk, parsed by `yaml` when first asked. */
function chunkLocator(text: string, lineOffset: number, line: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...MANIFEST_YAML_OPTIONS, lineCounter });
  return locateIn(doc, lineCounter, lineOffset, line);
}

/** The documents of `text` as `yaml` reads them, lines shifted by `lineOffset` (a chunk of a stream); the
 * whole reading, and what the fast one is tested against. */
export function* yamlDocuments(
  text: string,
  file: string,
  unit: string | undefined,
  options: { strict?: boolean },
  lineOffset: number,
): Generator<ParsedDocument> {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  // merge keys (`<<: *base`) are resolved as kubectl and Argo CD (go-yaml) resolve them
  const composer = new Composer(MANIFEST_YAML_OPTIONS);
  for (const doc of composer.compose(parser.parse(text))) {
    const out: ParsedDocument = { objects: [], findings: [], locate: () => ({ line: 1, column: 1 }) };
    const error = doc.errors[0];
    if (error) {
      const pos = lineCounter.linePos(error.pos[0]);
      pos.line += lineOffset;
      const message = (error.message.split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '');
      out.findings.push({
        severity: 'error',
        rule: 'yaml-syntax',
        unit,
        file,
        line: pos.line,
        column: pos.col,
        message,
      });
      out.undecodable = true;
      yield out;
      continue;
    }
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line + lineOffset;
    out.locate = locateIn(doc, lineCounter, lineOffset, line);
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
      yield out;
      continue;
    }
    // documentBoundsProblem bounded the expansion, so yaml's own alias counter (which refuses a legitimate
    // file with 1,100 aliases of one scalar) is off
    const value = doc.toJS({ maxAliasCount: -1 }) as unknown;
    if (value === null || value === undefined) continue;
    const problems = typeFindings(value, unit, file, line);
    if (!decodable(value)) out.undecodable = true;
    if (!isObject(value)) {
      out.findings.push(...problems);
      yield out;
      continue;
    }
    const obj = value;
    const duplicates = options.strict ? duplicateKeys(doc, lineCounter) : [];
    if (problems.length > 0) {
      out.findings.push(...problems);
    } else if (Array.isArray(obj.items)) {
      // Argo CD unwraps every object whose `items` is a list (unstructured IsList: List, CronJobList, …);
      // items of a typed list without apiVersion and kind take them from the list, as apimachinery does
      const itemKind = String(obj.kind).endsWith('List') ? String(obj.kind).slice(0, -4) : undefined;
      const list = doc.get('items', true);
      const nodes: unknown[] = isSeq(list) ? list.items : [];
      obj.items.forEach((item: unknown, i) => {
        const itemLine = lineCounter.linePos(startOf(nodes[i]) ?? 0).line + lineOffset;
        if (!isObject(item)) {
          out.findings.push({
            severity: 'error',
            rule: 'not-an-object',
            unit,
            file,
            line: itemLine,
            message: `item ${i} of ${String(obj.kind)} is not a Kubernetes object`,
          });
          return;
        }
        const itemObj = item;
        if (itemKind && itemKind !== '' && itemObj.kind === undefined && itemObj.apiVersion === undefined)
          Object.assign(itemObj, { apiVersion: obj.apiVersion, kind: itemKind });
        const absent = ['apiVersion', 'kind'].filter((k) => typeof itemObj[k] !== 'string').join(' and ');
        if (absent) {
          out.findings.push({
            severity: 'error',
            rule: 'missing-type',
            unit,
            file,
            line: itemLine,
            message: `item ${i} of ${String(obj.kind)} has no ${absent}: Argo CD cannot apply it`,
          });
          return;
        }
        out.objects.push({
          obj: itemObj,
          file,
          line: itemLine,
          within: { docLine: line, path: ['items', i] },
        });
      });
    } else if (!('items' in obj && obj.items === null && !('spec' in obj) && !('status' in obj))) {
      // a list whose items are null is dropped, as Argo CD drops it
      out.objects.push({ obj, file, line });
    }
    for (const d of duplicates) {
      const owner = [...out.objects].reverse().find((o) => o.line <= d.line)?.obj ?? obj;
      out.findings.push({
        severity: 'error',
        rule: 'duplicate-key',
        unit,
        object: objectName(owner),
        file,
        line: d.line,
        column: d.column,
        message: `the key "${d.key}" is written twice; the API server's strict decoding rejects it (the last value was validated)`,
      });
    }
    yield out;
  }
}

/** Parses a manifest file; syntax errors and objects Argo CD cannot apply are findings. */
export function parseObjects(
  text: string,
  file: string,
  unit?: string,
  options: { strict?: boolean } = {},
): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  for (const doc of manifestDocuments(text, file, unit, options)) {
    out.objects.push(...doc.objects);
    out.findings.push(...doc.findings);
  }
  return out;
}

const MANIFEST_FILE = /\.(yaml|yml|json|jsonnet)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';
const MANIFEST_MARKERS = ['apiVersion:', 'kind:', 'metadata:'];

/**
 * The objects of one file of a directory app, as Argo CD's getObjsFromYAMLOrJSON reads it: documents in
 * order until the first one its decoder rejects (undecodable). That one fails the app when an earlier
 * document decoded or the file's text holds all of `apiVersion:`, `kind:` and `metadata:`; otherwise the
 * file is not a manifest (a kustomization.yaml, a values or README-like YAML) and is ignored whole, later
 * documents included. A .json file is always read as a manifest.
 */
export function directoryFileObjects(text: string, file: string, unit?: string, strict = false): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  const json = file.endsWith('.json');
  let decoded = false;
  for (const doc of manifestDocuments(text, file, unit, { strict })) {
    if (doc.undecodable && !json) {
      if (decoded) {
        out.findings.push(...doc.findings);
        return out;
      }
      if (MANIFEST_MARKERS.every((m) => text.includes(m))) {
        out.findings.push(
          ...doc.findings.map((f) => ({
            ...f,
            message: `${f.message} (Argo CD reads ${file} as manifests: it holds apiVersion:, kind: and metadata:)`,
          })),
        );
        return out;
      }
      return { objects: [], findings: [] };
    }
    decoded = true;
    out.objects.push(...doc.objects);
    out.findings.push(...doc.findings);
  }
  return out;
}

/** What a directory app's file is: a file to read, or a link Argo CD skips or refuses. */
function directoryEntry(tree: FileTree, path: string): { read: true } | { read: false; refuse?: string } {
  const entry = tree.get(path);
  if (entry?.link === undefined) return { read: true };
  const chain = linkChain(tree, path);
  const last = chain.at(-1) as string;
  const end = tree.get(last);
  if (end !== undefined && end.link === undefined) return { read: true };
  if (end?.link !== undefined) {
    const next = resolveInTree(dirname(last), end.link);
    // a link out of the tree (or an absolute one): Argo CD refuses it when its target exists outside the
    // repository, which Slipway cannot see — refused, never read
    if (next === undefined)
      return {
        read: false,
        refuse: `${path} is a link to a place outside the repository; it is not read`,
      };
    return { read: false, refuse: `${path} is a link in a loop (or a chain of more than 8 links)` };
  }
  // a link to nothing, or to a folder: Argo CD skips it (a warning in the repo-server's log)
  return { read: false };
}

/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs as Argo CD's glob
 * library matches them against the path below the folder (directoryGlob.ts), links to nothing or to a
 * folder skipped, files with the `+argocd:skip-file-rendering` marker left out, YAML files that are not
 * manifests ignored (directoryFileObjects). Jsonnet is not evaluated: the unit says it is not previewed.
 */
export function renderDirectory(
  tree: FileTree,
  folder: string,
  options: DirectoryOptions = {},
  unit?: string,
  strict = false,
): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  const glob = (key: 'include' | 'exclude') => {
    const pattern = options[key];
    if (typeof pattern !== 'string' || pattern === '') return undefined;
    const compiled = directoryGlob(pattern);
    if (compiled.ok) return compiled.match;
    // Argo CD matches no path with a pattern it cannot compile: an include takes no file, an exclude none
    out.findings.push({
      severity: compiled.reason === 'invalid' ? 'warning' : 'error',
      rule: compiled.reason === 'invalid' ? 'invalid-glob' : 'glob-limits',
      unit,
      message:
        compiled.reason === 'invalid'
          ? `directory.${key} "${plainText(pattern)}": ${compiled.message}; Argo CD matches no file with it, so ${key === 'include' ? 'the app deploys no object of this folder' : 'no file is excluded'}`
          : `directory.${key}: ${compiled.message}; the app is not rendered`,
    });
    return compiled.reason === 'invalid' ? () => false : undefined;
  };
  const include = glob('include');
  const exclude = glob('exclude');
  if (out.findings.some((f) => f.rule === 'glob-limits')) return out;
  for (const path of filesIn(tree, folder, options.recurse === true)) {
    const relative = folder === '' ? path : path.slice(folder.length + 1);
    if (options.disableExtensionFilter !== true && !MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1)))
      continue;
    const at = { unit, file: path, line: 1 };
    const kind = directoryEntry(tree, path);
    if (!kind.read) {
      if (kind.refuse)
        out.findings.push({ severity: 'error', rule: 'path-escape', ...at, message: kind.refuse });
      continue;
    }
    if (exclude?.(relative) || (include && !include(relative))) continue;
    const size = tree.get(linkChain(tree, path).at(-1) as string)?.tooLarge;
    if (size) {
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
    const text = readText(tree, path) as string;
    if (text.includes(SKIP_MARKER)) continue;
    const parsed = directoryFileObjects(text, path, unit, strict);
    out.objects.push(...parsed.objects);
    out.findings.push(...parsed.findings);
  }
  return out;
}

/**
 * Objects whose annotations hold a value that is not a string: Argo CD fails to set its tracking
 * annotation on them ("contains non-string value in the map under key …"), a ComparisonError for the whole
 * app. Each is an error finding; the objects are left out.
 */
export function nonStringAnnotations(objects: readonly RenderedObject[], unit?: string): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  for (const item of objects) {
    const annotations = objectOf(item.obj.metadata).annotations;
    // `annotations: null` is no annotations; a null value in the map is not a string
    const notMap = annotations !== undefined && annotations !== null && !isObject(annotations);
    const bad = isObject(annotations)
      ? Object.keys(annotations).find((k) => typeof annotations[k] !== 'string')
      : undefined;
    if (bad === undefined && !notMap) {
      out.objects.push(item);
      continue;
    }
    out.findings.push({
      severity: 'error',
      rule: 'invalid-metadata',
      unit,
      object: objectName(item.obj),
      file: item.file,
      line: item.line,
      message:
        bad === undefined
          ? 'metadata.annotations is not a map: Argo CD cannot set its tracking annotation and fails the app'
          : `the annotation "${plainText(bad)}" is not a string (quote it): Argo CD cannot set its tracking annotation and fails the app`,
    });
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
  // a render's objects come from a few files: each origin and each file's kinds worked out once
  const fileOfOrigin = new Map<string, string | undefined>();
  const kindLines = new Map<string, Map<string, number>>();
  for (const item of parsed.objects) {
    item.line = fallback.line;
    delete item.within;
    const metadata = objectOf(item.obj.metadata);
    const annotations = objectOf(metadata.annotations);
    const origin = annotations[ORIGIN];
    if (typeof origin !== 'string') continue;
    delete annotations[ORIGIN];
    if (Object.keys(annotations).length === 0) delete metadata.annotations;
    if (!fileOfOrigin.has(origin)) {
      const originPath = objectOf(parse(origin)).path;
      const found = typeof originPath === 'string' ? originToRepo(originPath) : undefined;
      fileOfOrigin.set(origin, found !== undefined && tree.has(found) ? found : undefined);
    }
    const file = fileOfOrigin.get(origin);
    if (file === undefined) continue;
    item.file = file;
    let lines = kindLines.get(file);
    if (!lines) kindLines.set(file, (lines = linesOfKinds(readText(tree, file) ?? '')));
    item.line = lines.get(String(item.obj.kind)) ?? 1;
  }
  return parsed;
}

/** For each `kind:` at the top of a document in `text`, the first line of the first such document. */
function linesOfKinds(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const lines = text.split('\n');
  let start = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('---')) start = i + 2;
    else {
      const kind = /^kind:\s*["']?([\w.-]+)["']?\s*(#.*)?$/.exec(line.trimEnd())?.[1];
      if (kind !== undefined && !found.has(kind)) found.set(kind, start);
    }
  }
  return found;
}
