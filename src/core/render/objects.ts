// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from: the
// model the render stage hands on, and the checks every object gets (its name, annotations that are strings).
import { objectOf } from '../fields.js';
import { plainText } from '../plainText.js';
import type { Finding } from '../finding.js';

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

export function objectName(obj: Obj): string {
  const metadata = objectOf(obj.metadata);
  const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${plainText(obj.kind, '?')}/${ns}${plainText(metadata.name, '?')}`;
}

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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
