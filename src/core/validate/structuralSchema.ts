// A CRD's openAPIV3Schema (an OpenAPI v3.0 "structural schema" with Kubernetes extensions) as the JSON
// Schema Ajv checks, with the API server's meaning:
// - `exclusiveMaximum: true` / `exclusiveMinimum: true` (v3.0 booleans beside maximum/minimum) → numbers;
// - `nullable: true` allows null; a null field of an object is pruned by the API server, so it passes too;
// - `x-kubernetes-int-or-string` is an integer or a string, `x-kubernetes-preserve-unknown-fields` keeps
//   any field, `x-kubernetes-embedded-resource` is an object with apiVersion, kind and metadata;
// - `x-kubernetes-list-type: set` has unique items;
// - formats the API server checks are kept (normalised), others dropped (it ignores them);
// - at the root, apiVersion, kind and metadata are always allowed, whatever the schema lists;
// - under --strict, an object with listed properties accepts no other field.
// Patterns are Go (RE2) expressions: Ajv runs them with re2js (see crdIndex.ts).
// The schema is a repository's: read by narrowing, and a keyword of the wrong kind (properties that are
// not a map, rules that are not a list) is a MalformedSchema naming where, as the API server refuses it.
import { checkedFormat } from './k8sFormats.js';
import { isFields, listOf, type Fields } from '../fields.js';

type Schema = Fields;

/** A CRD's schema the API server refuses: `message` names the keyword (openAPIV3Schema.properties.spec…). */
export class MalformedSchema extends Error {}

function malformed(at: string, what: string): MalformedSchema {
  return new MalformedSchema(`${at} ${what} (the API server refuses such a CRD: fix its schema)`);
}

const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : `a ${typeof v}`;

export interface ConvertContext {
  strict: boolean;
  /** Takes an x-kubernetes-validations list; the converted schema names it by the number returned. */
  registerRules: (rules: unknown[]) => number;
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const DROPPED = new Set(['default', 'description', 'example', 'externalDocs', 'nullable', 'format']);
/** Keywords the API server reads as absent when null (Go's nil slice, map or pointer). */
const NULL_IS_ABSENT = new Set([
  'items',
  'additionalProperties',
  'not',
  'required',
  'x-kubernetes-validations',
  ...SUBSCHEMA_LISTS,
]);

function withNull(out: Schema): void {
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (Array.isArray(out.type) && !out.type.includes('null'))
    out.type = [...(out.type as unknown[]), 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
}

/** A schema (a map; JSON Schema's `true`/`false` kept as written) converted, at `at` of the CRD's schema. */
function convert(node: unknown, ctx: ConvertContext, place: 'root' | 'field' | 'item', at: string): unknown {
  if (typeof node === 'boolean') return node;
  if (!isFields(node)) throw malformed(at, `is ${kindOf(node)}, not a schema (a map)`);
  const schema = node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || (key.startsWith('x-kubernetes-') && key !== 'x-kubernetes-validations')) continue;
    if (value === null && NULL_IS_ABSENT.has(key)) continue;
    const here = `${at}.${key}`;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      if (value === null || value === undefined) {
        out[key] = {};
        continue;
      }
      if (!isFields(value)) throw malformed(here, `is ${kindOf(value)}, not a map of field schemas`);
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convert(sub, ctx, 'field', `${here}.${name}`)]),
      );
    } else if (key === 'items') {
      out.items = Array.isArray(value)
        ? value.map((v, i) => convert(v, ctx, 'item', `${here}[${i}]`))
        : convert(value, ctx, 'item', here);
    } else if (key === 'additionalProperties') {
      out.additionalProperties = typeof value === 'boolean' ? value : convert(value, ctx, 'field', here);
    } else if (SUBSCHEMA_LISTS.includes(key)) {
      if (!Array.isArray(value)) throw malformed(here, `is ${kindOf(value)}, not a list of schemas`);
      out[key] = value.map((v, i) => convert(v, ctx, 'item', `${here}[${i}]`));
    } else if (key === 'not') {
      out.not = convert(value, ctx, 'item', here);
    } else if (key === 'x-kubernetes-validations') {
      if (!Array.isArray(value)) throw malformed(here, `is ${kindOf(value)}, not a list of rules`);
      out[key] = ctx.registerRules(value);
    } else if (key === 'required' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      throw malformed(here, `is ${kindOf(value)}, not a list of field names`);
    } else out[key] = value;
  }
  const format = checkedFormat(schema.format);
  if (format) out.format = format;
  for (const [bound, limit] of [
    ['exclusiveMaximum', 'maximum'],
    ['exclusiveMinimum', 'minimum'],
  ] as const) {
    if (typeof out[bound] !== 'boolean') continue;
    if (out[bound] === true && typeof out[limit] === 'number') {
      out[bound] = out[limit];
      delete out[limit];
    } else delete out[bound];
  }
  if (schema['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string'];
  if (schema['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (schema['x-kubernetes-embedded-resource'] === true || place === 'root') {
    const properties = isFields(out.properties) ? out.properties : {};
    const metadata = isFields(properties.metadata) ? properties.metadata : {};
    const metaProps = isFields(metadata.properties) ? metadata.properties : {};
    // Kubernetes allows a CRD's schema to say only metadata.name and metadata.generateName
    const namesOnly = Object.fromEntries(
      Object.entries(metaProps).filter(([k]) => k === 'name' || k === 'generateName'),
    );
    out.properties = {
      ...properties,
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object', ...(Object.keys(namesOnly).length > 0 && { properties: namesOnly }) },
    };
    if (place !== 'root') out.required = [...new Set([...listOf(out.required), 'apiVersion', 'kind'])];
  }
  if (ctx.strict && out.properties && out.additionalProperties === undefined && !preserve)
    out.additionalProperties = false;
  if (schema.nullable === true || place === 'field') withNull(out);
  return out;
}

/** The JSON Schema Ajv compiles for one version of a CRD; throws MalformedSchema for one it refuses. */
export function structuralToJsonSchema(openAPIV3Schema: unknown, ctx: ConvertContext): Schema {
  const converted = convert(openAPIV3Schema, ctx, 'root', 'openAPIV3Schema');
  if (!isFields(converted)) throw malformed('openAPIV3Schema', 'is not a map');
  return converted;
}
