// The validators of the built-in kinds (kubernetes-models' precompiled schemas, ~4 MB of code) are loaded
// when something is validated, not when Slipway starts: `bump`, `check-merge` and `--version` never pay
// for them. The bundle keeps them in the same file (webpack's eager mode), so no extra file ships.
import type { SchemaValidator } from './k8sSchemas.generated.js';

/** `apiVersion/kind` → validator of that kind. */
export type BuiltinSchemas = ReadonlyMap<string, SchemaValidator>;

export async function loadBuiltinSchemas(): Promise<BuiltinSchemas> {
  const generated = await import(/* webpackMode: "eager" */ './k8sSchemas.generated.js');
  return generated.BUILTIN_SCHEMAS;
}
