// Schema validation: built-in kinds against the Kubernetes OpenAPI schemas bundled with Slipway (offline),
// custom resources against the openAPIV3Schema of their CRD found in the repository or rendered output.
import { Ajv } from 'ajv';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Finding, Severity } from '../finding.js';
import { objectName, type Obj, type RenderedObject } from '../render/objects.js';
import { BUILTIN_SCHEMAS, type SchemaError, type SchemaValidator } from './k8sSchemas.generated.js';
import { unknownFields } from './unknownFields.js';

export interface SchemaOptions {
  /** Unknown fields are errors, for built-in kinds and custom resources alike. */
  strict: boolean;
  /** A kind with no schema is an error rather than a warning. */
  requireSchemas: boolean;
}

type Schema = Record<string, unknown>;

/** Under --strict, objects without x-kubernetes-preserve-unknown-fields accept only their listed fields. */
function closeSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema as Schema)) out[k] = closeSchema(v);
  if (
    out.properties &&
    out.additionalProperties === undefined &&
    out['x-kubernetes-preserve-unknown-fields'] !== true
  )
    out.additionalProperties = false;
  return out;
}

/** Validators for the custom resources the CRDs among `objects` define: `group/version/Kind`. */
export function crdValidators(
  objects: readonly RenderedObject[],
  strict: boolean,
): Map<string, SchemaValidator> {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map<string, SchemaValidator>();
  for (const { obj } of objects) {
    if (obj.kind !== 'CustomResourceDefinition') continue;
    const spec = (obj.spec ?? {}) as Obj;
    const kind = ((spec.names ?? {}) as Obj).kind;
    for (const version of Array.isArray(spec.versions) ? (spec.versions as Obj[]) : []) {
      const schema = ((version.schema ?? {}) as Obj).openAPIV3Schema;
      if (typeof kind !== 'string' || !schema) continue;
      try {
        const compiled = ajv.compile((strict ? closeSchema(schema) : schema) as Schema);
        validators.set(
          `${String(spec.group)}/${String(version.name)}/${kind}`,
          compiled as unknown as SchemaValidator,
        );
      } catch {
        // a schema AJV cannot compile is the CRD's own problem; its resources are then unchecked
      }
    }
  }
  return validators;
}

function describe(error: SchemaError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(p.type)}`;
    case 'required':
      return `is missing required field "${String(p.missingProperty)}"`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'additionalProperties':
      return `has unknown field "${String(p.additionalProperty)}"`;
    case 'pattern':
      return `does not match ${String(p.pattern)}`;
    case 'format':
      return `is not a valid ${String(p.format)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** Finds the line of a field in the document an object came from. */
export class FieldLocator {
  private docs = new Map<string, Array<{ doc: Document; line: number }>>();
  private counters = new Map<string, LineCounter>();
  constructor(private readonly read: (file: string) => string | undefined) {}

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
    }
    const entry = this.docs.get(file)?.find((d) => d.line === docLine);
    const counter = this.counters.get(file);
    if (!entry || !counter) return { line: docLine, column: 1 };
    // the deepest part of the path that exists in the source
    for (let depth = path.length; depth > 0; depth--) {
      const node = entry.doc.getIn(path.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const pos = counter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: docLine, column: 1 };
  }
}

const MAX_ERRORS_PER_OBJECT = 5;

export function checkSchemas(
  objects: readonly RenderedObject[],
  unit: string | undefined,
  crds: ReadonlyMap<string, SchemaValidator>,
  locator: FieldLocator,
  options: SchemaOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const { obj, file, line } of objects) {
    const apiVersion = String(obj.apiVersion);
    const validator =
      BUILTIN_SCHEMAS.get(`${apiVersion}/${String(obj.kind)}`) ??
      crds.get(`${apiVersion.includes('/') ? apiVersion : `/${apiVersion}`}/${String(obj.kind)}`);
    const object = objectName(obj);
    if (!validator) {
      const severity: Severity = options.requireSchemas ? 'error' : 'warning';
      findings.push({
        severity,
        rule: 'no-schema',
        unit,
        object,
        file,
        line,
        message: `no schema for ${apiVersion} ${String(obj.kind)}: add its CRD to the repository, or it is not validated`,
      });
      continue;
    }
    if (options.strict) {
      for (const path of unknownFields(obj) ?? []) {
        const at = locator.locate(file, line, path);
        const parent = path.slice(0, -1).join('.') || object;
        findings.push({
          severity: 'error',
          rule: 'unknown-field',
          unit,
          object,
          file,
          line: at.line,
          column: at.column,
          message: `${parent} has unknown field "${String(path.at(-1))}"`,
        });
      }
    }
    if (validator(obj)) continue;
    // one finding per field: the branches of oneOf/anyOf each report the same field
    const seenPaths = new Set<string>();
    const errors = (validator.errors ?? []).filter((e) => {
      if (
        e.keyword === 'anyOf' ||
        e.keyword === 'oneOf' ||
        e.keyword === 'if' ||
        seenPaths.has(e.instancePath)
      )
        return false;
      seenPaths.add(e.instancePath);
      return true;
    });
    for (const error of errors.slice(0, MAX_ERRORS_PER_OBJECT)) {
      const path = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      const field =
        error.keyword === 'additionalProperties' ? [...path, String(error.params.additionalProperty)] : path;
      const at = locator.locate(file, line, field);
      const where = path.length > 0 ? path.join('.') : object;
      findings.push({
        severity: 'error',
        rule: 'schema',
        unit,
        object,
        file,
        line: at.line,
        column: at.column,
        message: `${where} ${describe(error)}`,
      });
    }
  }
  return findings;
}
