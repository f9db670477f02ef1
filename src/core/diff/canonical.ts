// The form objects are compared and shown in: stable key order, fields the cluster owns dropped,
// ignoreDifferences applied. Secret values are masked before (secretMasking.ts).
import type { Obj } from '../render/objects.js';
import type { IgnoreRule } from '../argo/unit.js';
import { isObjectLike, objectOf } from '../fields.js';
import { plainText } from '../plainText.js';
import { sortedYaml } from '../yaml/fastYaml.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * A deep copy of parsed manifest data (plain objects, lists and scalars), a few times faster than
 * structuredClone; every changed object of a pull request is copied before it is compared.
 */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // `__proto__` is data in a manifest: an own property, as the parser made it
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: clone(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = clone(field);
  }
  return copy as T;
}

function dropClusterOwned(obj: Obj): void {
  delete obj.status;
  const metadata = obj.metadata;
  if (!isObjectLike(metadata)) return;
  for (const field of [
    'managedFields',
    'creationTimestamp',
    'resourceVersion',
    'uid',
    'generation',
    'selfLink',
  ])
    delete metadata[field];
  const annotations = metadata.annotations;
  if (isObjectLike(annotations)) {
    delete annotations[LAST_APPLIED];
    if (Object.keys(annotations).length === 0) delete metadata.annotations;
  }
}

/** Removes the value a JSON pointer (RFC 6901) names, if it is there. */
export function removePointer(obj: Obj, pointer: string): void {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = obj;
  for (const part of parts.slice(0, -1)) {
    if (!isObjectLike(node)) return;
    node = node[part];
  }
  const last = parts.at(-1);
  if (last === undefined || !isObjectLike(node)) return;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
}

export type { IgnoreRule } from '../argo/unit.js';

function groupOf(obj: Obj): string {
  const apiVersion = plainText(obj.apiVersion, '');
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] as string) : '';
}

/** The Application's ignoreDifferences that apply to an object (jsonPointers; jq expressions are not evaluated). */
export function applyIgnoreDifferences(obj: Obj, rules: readonly IgnoreRule[]): void {
  const metadata = objectOf(obj.metadata);
  for (const rule of rules) {
    if (rule.kind && rule.kind !== obj.kind) continue;
    if (rule.group !== undefined && rule.group !== groupOf(obj)) continue;
    if (rule.name && rule.name !== metadata.name) continue;
    if (rule.namespace && rule.namespace !== metadata.namespace) continue;
    for (const pointer of rule.jsonPointers ?? []) removePointer(obj, pointer);
  }
}

/** The comparable form of an object: a deep copy with cluster-owned fields and ignored paths gone. */
export function comparable(obj: Obj, ignore: readonly IgnoreRule[]): Obj {
  const copy = clone(obj);
  dropClusterOwned(copy);
  applyIgnoreDifferences(copy, ignore);
  return copy;
}

/** Canonical YAML: keys sorted, so equal objects print equally. For what a diff shows. */
export function canonicalYaml(obj: Obj): string {
  return sortedYaml(obj);
}

/**
 * Whether two values print the same canonical YAML (and have the same sameKey), found without printing
 * or allocating: keys in any order, a key whose value is undefined counts as absent (in a list, as
 * null), numbers compared as Object.is does (-0 is not 0, NaN is NaN).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (!isObjectLike(a) || !isObjectLike(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  const left = a;
  const right = b;
  let count = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(right, key) || right[key] === undefined || !sameData(left[key], right[key]))
      return false;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) count--;
  return count === 0;
}

/**
 * A key that two objects share exactly when their canonical YAML is the same: JSON with sorted keys, the
 * numbers JSON cannot spell (NaN, ±Infinity, -0) kept apart. Ten times cheaper than printing YAML, so
 * objects are compared this way and printed only when they differ.
 */
export function sameKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      return `\u0000${String(v)}${Object.is(v, -0) ? '-0' : ''}`;
    if (v && typeof v === 'object' && !Array.isArray(v))
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}
