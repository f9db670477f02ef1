// Reading fields of data whose shape nobody promised (a manifest's metadata, a generator's body, a
// schema's properties): narrow, never assert. A value that is not a map reads as an empty one.

/** A map of a YAML or JSON document: its fields are whatever the document says. */
export type Fields = Record<string, unknown>;

/** A map (not null, not a list). */
export const isFields = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value if it is a map, else a new empty one (reading a field of a non-map gives undefined). */
export const fieldsOf = (v: unknown): Fields => (isFields(v) ? v : {});

/** The value if it is a list, else an empty one. */
export const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The maps of a list, in order (other entries left out). */
export const fieldsList = (v: unknown): Fields[] => listOf(v).filter(isFields);

/**
 * Any object, a list too (read by its indexes, as `x[key]` on it would be): where code only reads or
 * masks whatever fields a value has, whatever its shape.
 */
export const isObjectLike = (v: unknown): v is Fields => v !== null && typeof v === 'object';

/** The value if it is an object (a list too), else a new empty map. */
export const objectOf = (v: unknown): Fields => (isObjectLike(v) ? v : {});
