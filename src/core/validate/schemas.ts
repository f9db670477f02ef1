// Schema validation: built-in kinds against the Kubernetes OpenAPI schemas bundled with Slipway (offline),
// custom resources against the openAPIV3Schema of their CRD found in the repository or rendered output.
import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Finding, Severity } from '../finding.js';
import { objectName, type RenderedObject } from '../render/objects.js';
import { unknownBuiltinKind } from './builtinKinds.js';
import type { CrdIndex } from './crdIndex.js';
import { CATALOG_KINDS } from './crdCatalogKinds.generated.js';
import { schemaKey, type BuiltinSchemas } from './builtinSchemas.js';
import type { SchemaError, SchemaValidator } from './k8sSchemas.generated.js';
import { unknownFields, unknownMetadataFields, type FieldPath } from './unknownFields.js';
import { plainText } from '../plainText.js';

export interface SchemaOptions {
  /** Unknown fields are errors, for built-in kinds and custom resources alike. */
  strict: boolean;
  /** A kind with no schema is an error rather than a warning. */
  requireSchemas: boolean;
}

function describe(error: SchemaError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'type': {
      // null is listed where the API server prunes a null field: not worth saying
      const types = String(p.type)
        .split(',')
        .filter((t) => t !== 'null');
      return `must be ${types.join(' or ')}`;
    }
    case 'required':
      return `is missing required field "${String(p.missingProperty)}"`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[])
        .filter((v) => v !== null)
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'additionalProperties':
      return `has unknown field "${String(p.additionalProperty)}"`;
    case 'pattern':
      return `does not match ${String(p.pattern)}`;
    case 'format':
      return `is not a valid ${String(p.format)}`;
    case 'x-kubernetes-validations':
      return `fails its CRD's rule: ${error.message ?? String(p.rule)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** Where a field of an object is written: line and column. */
export type LocateField = (object: RenderedObject, path: FieldPath) => { line: number; column: number };

/** Files whose parsed documents a FieldLocator keeps: findings come file by file, as objects are checked. */
const LOCATED_FILES = 8;

/**
 * Finds the line of a field in the document an object came from. A file's documents are parsed when a
 * finding first needs them, and kept for the findings after it — those of the last few files only, so a
 * repository with findings in every file is not held whole in memory.
 */
export class FieldLocator {
  private docs = new Map<string, Array<{ doc: Document; line: number }>>();
  private counters = new Map<string, LineCounter>();
  constructor(private readonly read: (file: string) => string | undefined) {}

  readonly forObject: LocateField = (object, path) =>
    object.within
      ? this.locate(object.file, object.within.docLine, [...object.within.path, ...path])
      : this.locate(object.file, object.line, path);

  locate(file: string, docLine: number, path: Array<string | number>): { line: number; column: number } {
    if (!this.docs.has(file)) {
      const lineCounter = new LineCounter();
      const parsed = parseAllDocuments(this.read(file) ?? '', { lineCounter });
      const list = Array.isArray(parsed) ? parsed : [];
      this.docs.set(
        file,
        list.map((doc) => ({ doc, line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line })),
      );
      this.counters.set(file, lineCounter);
      for (const old of this.docs.keys()) {
        if (this.docs.size <= LOCATED_FILES) break;
        this.docs.delete(old);
        this.counters.delete(old);
      }
    }
    const entry = this.docs.get(file)?.find((d) => d.line === docLine);
    const counter = this.counters.get(file);
    if (!entry || !counter) return { line: docLine, column: 1 };
    // the deepest part of the path that exists in the source
    for (let depth = path.length; depth > 0; depth--) {
      const node: unknown = entry.doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = counter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: docLine, column: 1 };
  }
}

/** Findings about one object beyond this many are summed up in one more. */
const MAX_ERRORS_PER_OBJECT = 20;

type Located = Omit<Finding, 'unit' | 'object' | 'file'>;

function schemaErrors(validator: SchemaValidator, object: RenderedObject, locate: LocateField): Located[] {
  if (validator(object.obj)) return [];
  // one finding per field and problem: the branches of oneOf/anyOf each report the same field
  const seen = new Set<string>();
  const out: Located[] = [];
  for (const error of validator.errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '';
    const key = `${error.instancePath}|${extra}|${plainText(error.params.missingProperty ?? error.params.rule, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    const at = locate(object, extra ? [...path, extra] : path);
    const where = path.length > 0 ? path.join('.') : objectName(object.obj);
    const evaluationFailed = error.keyword === 'x-kubernetes-validations' && error.params.evaluated === false;
    out.push({
      severity: evaluationFailed ? 'warning' : 'error',
      rule: error.keyword === 'x-kubernetes-validations' ? 'cel' : extra ? 'unknown-field' : 'schema',
      line: at.line,
      column: at.column,
      message: `${where} ${describe(error)}`,
    });
  }
  return out;
}

function unknownFieldErrors(paths: FieldPath[], object: RenderedObject, locate: LocateField): Located[] {
  return paths.map((path) => {
    const at = locate(object, path);
    const parent = path.slice(0, -1).join('.') || objectName(object.obj);
    return {
      severity: 'error',
      rule: 'unknown-field',
      line: at.line,
      column: at.column,
      message: `${parent} has unknown field "${String(path.at(-1))}"`,
    };
  });
}

/**
 * The schemas an object can be checked against: the built-in kinds and the repository's CRDs. `crds` may be
 * left out only for objects that do not need one (`needsCrd`); another throws instead of going unchecked.
 */
export interface SchemaSet {
  builtin: BuiltinSchemas;
  crds?: CrdIndex;
}

/** What one object's schema says about it. */
function checkObjectSchema(
  object: RenderedObject,
  { builtin: builtinSchemas, crds }: SchemaSet,
  locate: LocateField,
  options: SchemaOptions,
): Located[] {
  const { obj, line } = object;
  const apiVersion = String(obj.apiVersion);
  const kind = String(obj.kind);
  const builtin = builtinSchemas.get(schemaKey(obj));
  if (builtin) {
    // Argo CD's own kinds are checked for unknown fields always: a misspelt field of an Application
    // (`syncPolicy.automatic`) silently changes what Argo CD does, and Argo CD applies them with strict
    // field validation
    const strict = options.strict || apiVersion.startsWith('argoproj.io/');
    if (!strict) return schemaErrors(builtin, object, locate);
    const unknown = unknownFieldErrors(unknownFields(obj) ?? [], object, locate);
    return [...unknown, ...schemaErrors(builtin, object, locate)];
  }
  const impossible = unknownBuiltinKind(apiVersion, kind);
  if (impossible) return [{ severity: 'error', rule: 'unknown-kind', line, message: impossible }];
  if (!crds) throw new Error(`internal error: ${apiVersion} ${kind} was checked without the CRDs loaded`);
  const found = crds.lookup(apiVersion, kind);
  if (found && 'validator' in found) {
    const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
    return [...metadata, ...schemaErrors(found.validator, object, locate)];
  }
  // the opt-in catalog (docs/crd-catalog.md) only where the repository has no CRD of the kind
  const fromCatalog = found ? undefined : builtinSchemas.catalogSchema(schemaKey(obj));
  if (fromCatalog) {
    const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
    return [...metadata, ...schemaErrors(fromCatalog.validator, object, locate)].map((f) => ({
      ...f,
      message: `${f.message} (schema from ${fromCatalog.source})`,
    }));
  }
  const severity: Severity = found?.severity === 'error' || options.requireSchemas ? 'error' : 'warning';
  const message = found
    ? `${apiVersion} ${kind} is not validated: ${found.problem}`
    : !builtinSchemas.catalogOn && CATALOG_KINDS.has(schemaKey(obj))
      ? `no schema for ${apiVersion} ${kind}: add its CRD to the repository or turn on the CRD catalog (the crd-catalog input, --crd-catalog), or it is not validated`
      : `no schema for ${apiVersion} ${kind}: add its CRD to the repository, or it is not validated`;
  return [{ severity, rule: found?.severity === 'error' ? 'crd-version' : 'no-schema', line, message }];
}

/** Whether an object's schema comes from a CRD (so checking it waits for every CRD to be known). */
export function needsCrd(obj: Record<string, unknown>, builtin: BuiltinSchemas): boolean {
  return !builtin.has(schemaKey(obj)) && !unknownBuiltinKind(String(obj.apiVersion), String(obj.kind));
}

export function checkSchemas(
  objects: readonly RenderedObject[],
  unit: string | undefined,
  schemas: SchemaSet,
  locate: LocateField,
  options: SchemaOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects) {
    const found = checkObjectSchema(object, schemas, locate, options);
    if (found.length === 0) continue;
    const name = objectName(object.obj);
    const at = { unit, object: name, file: object.file };
    for (const f of found.slice(0, MAX_ERRORS_PER_OBJECT)) findings.push({ ...at, ...f });
    if (found.length > MAX_ERRORS_PER_OBJECT)
      findings.push({
        ...at,
        severity: 'error',
        rule: 'schema',
        line: object.line,
        message: `${name}: ${found.length - MAX_ERRORS_PER_OBJECT} more schema error(s) not listed`,
      });
  }
  return findings;
}
