// Parts of an Application parsed once where the Application is read (application.ts): every field Slipway
// passes to a tool or reads itself gets its type here, and the code after trusts it.
//
// A source's `helm` block: every field Slipway passes to helm or reads itself is typed here. A field of the wrong
// type is left out (Argo CD's CRD refuses such an Application; the fields whose type it names as a problem
// are checked by application.ts first), and fields Slipway does not read are kept as written, for the
// comparison of the Application itself.
import { isFields, listOf, type Fields } from '../fields.js';
import type { HelmOptions, IgnoreRule } from './unit.js';
import { plainText } from '../plainText.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const flag = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const texts = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

/** A `helm` block (any value) → its options; a value that is not a map has none. */
export function parseHelmOptions(raw: unknown): HelmOptions {
  const helm: Fields = isFields(raw) ? raw : {};
  const out: HelmOptions = { ...helm };
  const set = <K extends keyof HelmOptions>(key: K, value: HelmOptions[K] | undefined) => {
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  set('releaseName', text(helm.releaseName));
  set('valueFiles', texts(helm.valueFiles));
  set('values', text(helm.values));
  set('namespace', text(helm.namespace));
  set('kubeVersion', text(helm.kubeVersion));
  set('apiVersions', texts(helm.apiVersions));
  set('ignoreMissingValueFiles', flag(helm.ignoreMissingValueFiles));
  set('skipCrds', flag(helm.skipCrds));
  set('skipSchemaValidation', flag(helm.skipSchemaValidation));
  set('skipTests', flag(helm.skipTests));
  set(
    'parameters',
    helm.parameters === undefined
      ? undefined
      : listOf(helm.parameters)
          .filter(isFields)
          .filter((p): p is Fields & { name: string } => typeof p.name === 'string')
          .map((p) => ({
            ...p,
            // helm's --set takes text: a number or boolean written unquoted is passed as written
            value: plainText(p.value, ''),
            ...(p.forceString !== undefined && { forceString: Boolean(p.forceString) }),
          })),
  );
  set(
    'fileParameters',
    helm.fileParameters === undefined
      ? undefined
      : listOf(helm.fileParameters).flatMap((p) =>
          isFields(p) && typeof p.name === 'string' && typeof p.path === 'string'
            ? [{ name: p.name, path: p.path }]
            : [],
        ),
  );
  return out;
}

const IGNORE_TEXT = ['group', 'kind', 'name', 'namespace'] as const;
const IGNORE_LISTS = ['jsonPointers', 'jqPathExpressions', 'managedFieldsManagers'] as const;

/**
 * `spec.ignoreDifferences` → the rules. A rule with a field of the wrong type is left out whole, never
 * read without that field: a rule that lost its `kind` would hide the field in every object.
 */
export function parseIgnoreRules(raw: unknown): IgnoreRule[] {
  return listOf(raw).flatMap((r): IgnoreRule[] => {
    if (!isFields(r)) return [];
    const rule: IgnoreRule = {};
    for (const key of IGNORE_TEXT) {
      const v = r[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') return [];
      rule[key] = v;
    }
    for (const key of IGNORE_LISTS) {
      const v = r[key];
      if (v === undefined || v === null) continue;
      const list = texts(v);
      if (list === undefined || list.length !== listOf(v).length) return [];
      rule[key] = list;
    }
    return [rule];
  });
}
