// YAML and JSON manifest files read into objects as the API server would decode them: documents with
// their lines, duplicate keys and wrong types as findings, Lists unwrapped, chunks of large files located.
import type { Finding } from '../finding.js';
import { documentBoundsProblem } from '../yaml/documentBounds.js';
import { documentChunks, loadChunk } from '../yaml/documentChunks.js';
import { plainStream } from '../yaml/fastYaml.js';
import { MANIFEST_YAML_OPTIONS } from '../yaml/manifestMaps.js';
import { type Rendered, type ParsedDocument, objectName, isObject } from './objects.js';
import {
  Composer,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument,
  visit,
  type Document,
} from 'yaml';

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
    const findings = typeFindings(value, unit, file, line);
    const out: ParsedDocument = { objects: [], findings, locate };
    if (!decodable(value)) out.undecodable = true;
    if (out.findings.length === 0 && isObject(value)) out.objects.push({ obj: value, file, line });
    yield out;
  }
}

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
  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') return [];
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
