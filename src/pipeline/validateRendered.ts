// The validation stage, one for the pull-request check and the push validation: what each app rendered is
// checked by the object rules, the built-in and CRD schemas (CRDs from the whole tree: a custom resource is
// checked against a CRD another app deploys), and across apps (two apps claiming one object).
import type { FileTree } from '../core/fileTree.js';
import { readText } from '../core/fileTree.js';
import type { Finding, Severity } from '../core/finding.js';
import type { BuiltinSchemas } from '../core/validate/builtinSchemas.js';
import { CrdIndex, crdsInTree } from '../core/validate/crdIndex.js';
import { acrossUnits, checkAcrossUnits, checkObjects } from '../core/validate/rules.js';
import { checkSchemas, FieldLocator } from '../core/validate/schemas.js';
import type { UnitOutput } from './render.js';

export interface ValidationOptions {
  strict: boolean;
  requireSchemas: boolean;
  kubernetesVersion: string;
  /** Severity of untagged and `latest` images. */
  imageTagSeverity: Severity | 'off';
}

/** Every finding of each app's render (its render findings first), by unit id. */
export function validateRendered(
  tree: FileTree,
  outputs: readonly UnitOutput[],
  options: ValidationOptions,
  builtin: BuiltinSchemas,
): Map<string, Finding[]> {
  const crds = new CrdIndex(
    () => [...outputs.flatMap((o) => o.objects), ...crdsInTree(tree)],
    options.strict,
  );
  const locator = new FieldLocator((file) => readText(tree, file));
  const rules = { kubernetesVersion: options.kubernetesVersion, latestTag: options.imageTagSeverity };
  const schemaOptions = { strict: options.strict, requireSchemas: options.requireSchemas };
  const byUnit = new Map(
    outputs.map((o) => [
      o.unit.id,
      [
        ...o.findings,
        ...checkObjects(o.objects, o.unit.id, rules),
        ...checkSchemas(o.objects, o.unit.id, { builtin, crds }, locator.forObject, schemaOptions),
      ],
    ]),
  );
  for (const finding of checkAcrossUnits(acrossUnits(outputs))) byUnit.get(finding.unit ?? '')?.push(finding);
  // once every app was checked, so each CRD compiled (and said what it cannot check) before this
  for (const o of outputs) byUnit.get(o.unit.id)?.push(...crds.notCheckedFindings(o.objects, o.unit.id));
  return byUnit;
}
