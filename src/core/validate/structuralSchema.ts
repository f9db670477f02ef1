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
import { checkedFormat } from './k8sFormats.js';

type Schema = Record<string, unknown>;

export interface ConvertContext {
  strict: boolean;
  /** Takes an x-kubernetes-validations list; the converted schema names it by the number returned. */
  registerRules: (rules: unknown[]) => number;
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const DROPPED = new Set(['default', 'description', 'example', 'externalDocs', 'nullable', 'format']);

function withNull(out: Schema): void {
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (Array.isArray(out.type) && !out.type.includes('null'))
    out.type = [...(out.type as unknown[]), 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
}

function convert(node: unknown, ctx: ConvertContext, place: 'root' | 'field' | 'item'): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const schema = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || (key.startsWith('x-kubernetes-') && key !== 'x-kubernetes-validations')) continue;
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      out[key] = Object.fromEntries(
        Object.entries((value ?? {}) as Schema).map(([name, sub]) => [name, convert(sub, ctx, 'field')]),
      );
    } else if (key === 'items') {
      out.items = Array.isArray(value)
        ? value.map((v) => convert(v, ctx, 'item'))
        : convert(value, ctx, 'item');
    } else if (key === 'additionalProperties') {
      out.additionalProperties = typeof value === 'boolean' ? value : convert(value, ctx, 'field');
    } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((v) => convert(v, ctx, 'item'));
    } else if (key === 'not') {
      out.not = convert(value, ctx, 'item');
    } else if (key === 'x-kubernetes-validations') {
      if (Array.isArray(value)) out[key] = ctx.registerRules(value);
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
    const properties = (out.properties ?? {}) as Schema;
    const metadata = (properties.metadata ?? {}) as Schema;
    const metaProps = (metadata.properties ?? {}) as Schema;
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
    if (place !== 'root')
      out.required = [...new Set([...((out.required as string[]) ?? []), 'apiVersion', 'kind'])];
  }
  if (ctx.strict && out.properties && out.additionalProperties === undefined && !preserve)
    out.additionalProperties = false;
  if (schema.nullable === true || place === 'field') withNull(out);
  return out;
}

/** The JSON Schema Ajv compiles for one version of a CRD. */
export function structuralToJsonSchema(openAPIV3Schema: unknown, ctx: ConvertContext): Schema {
  return convert(openAPIV3Schema, ctx, 'root') as Schema;
}
