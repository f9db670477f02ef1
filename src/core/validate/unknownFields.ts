// --strict for built-in kinds: fields the Kubernetes API does not have. The API server drops them
// silently (or rejects them with field validation on), so a typo like `replica:` never takes effect.
import { FIELD_TYPES, KIND_TYPES } from './k8sFields.generated.js';

export type FieldPath = Array<string | number>;

/** Paths (below `at`) of the fields of `value` that its type does not define. */
function unknownFieldsOfType(value: unknown, type: string | 0, at: FieldPath): FieldPath[] {
  const found: FieldPath[] = [];
  const walk = (value: unknown, type: string | 0 | undefined, path: FieldPath): void => {
    if (!type || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, type, [...path, i]));
      return;
    }
    const entry = FIELD_TYPES[type];
    if (!entry) return;
    for (const [key, child] of Object.entries(value)) {
      if (entry.f && key in entry.f) walk(child, entry.f[key], [...path, key]);
      else if (entry.m !== undefined) walk(child, entry.m, [...path, key]);
      else if (entry.f) found.push([...path, key]);
    }
  };
  walk(value, type, at);
  return found;
}

/** Paths of the fields of `obj` that its kind does not define; undefined when the kind is not built in. */
export function unknownFields(obj: Record<string, unknown>): FieldPath[] | undefined {
  const root = KIND_TYPES[`${String(obj.apiVersion)}/${String(obj.kind)}`];
  return root === undefined ? undefined : unknownFieldsOfType(obj, root, []);
}

/** A custom resource's metadata is ObjectMeta whatever its CRD says: its unknown fields. */
export function unknownMetadataFields(obj: Record<string, unknown>): FieldPath[] {
  return unknownFieldsOfType(obj.metadata, 'IObjectMeta', ['metadata']);
}
