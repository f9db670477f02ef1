// The form objects are compared and shown in: stable key order, fields the cluster owns dropped,
// ignoreDifferences applied, and Secret values never shown.
import { stringify } from 'yaml';
import type { Obj } from '../render/objects.js';

export const SECRET_MARKER = '<secret value hidden>';
export const SECRET_CHANGED_MARKER = '<secret value changed>';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function clone<T>(value: T): T {
  return structuredClone(value);
}

function dropClusterOwned(obj: Obj): void {
  delete obj.status;
  const metadata = obj.metadata as Obj | undefined;
  if (!metadata) return;
  for (const field of [
    'managedFields',
    'creationTimestamp',
    'resourceVersion',
    'uid',
    'generation',
    'selfLink',
  ])
    delete metadata[field];
  const annotations = metadata.annotations as Obj | undefined;
  if (annotations) {
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
    if (!node || typeof node !== 'object') return;
    node = (node as Obj)[part];
  }
  const last = parts.at(-1);
  if (last === undefined || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete (node as Obj)[last];
}

export interface IgnoreRule {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  jsonPointers?: string[];
  jqPathExpressions?: string[];
}

function groupOf(obj: Obj): string {
  const apiVersion = String(obj.apiVersion ?? '');
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] as string) : '';
}

/** The Application's ignoreDifferences that apply to an object (jsonPointers; jq expressions are not evaluated). */
export function applyIgnoreDifferences(obj: Obj, rules: readonly IgnoreRule[]): void {
  const metadata = (obj.metadata ?? {}) as Obj;
  for (const rule of rules) {
    if (rule.kind && rule.kind !== obj.kind) continue;
    if (rule.group !== undefined && rule.group !== groupOf(obj)) continue;
    if (rule.name && rule.name !== metadata.name) continue;
    if (rule.namespace && rule.namespace !== metadata.namespace) continue;
    for (const pointer of rule.jsonPointers ?? []) removePointer(obj, pointer);
  }
}

const isSecret = (obj: Obj) => obj.kind === 'Secret' && groupOf(obj) === '';

/**
 * Secret values replaced by a marker. Given the other side, a value that differs from it is marked as
 * changed, so the diff shows which keys changed without showing any value.
 */
export function maskSecret(obj: Obj, other?: Obj): void {
  if (!isSecret(obj)) return;
  for (const field of ['data', 'stringData']) {
    const values = obj[field] as Obj | undefined;
    if (!values || typeof values !== 'object') continue;
    const before = (other?.[field] ?? {}) as Obj;
    for (const key of Object.keys(values)) {
      values[key] =
        other && key in before && before[key] !== values[key] ? SECRET_CHANGED_MARKER : SECRET_MARKER;
    }
  }
}

/** The comparable form of an object: a deep copy with cluster-owned fields and ignored paths gone. */
export function comparable(obj: Obj, ignore: readonly IgnoreRule[]): Obj {
  const copy = clone(obj);
  dropClusterOwned(copy);
  applyIgnoreDifferences(copy, ignore);
  return copy;
}

/** Canonical YAML: keys sorted, so equal objects print equally. */
export function canonicalYaml(obj: Obj): string {
  return stringify(obj, { sortMapEntries: true, lineWidth: 0 });
}
