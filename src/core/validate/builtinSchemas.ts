// The validators of the built-in kinds (kubernetes-models' precompiled schemas, ~4.5 MB of code) are loaded
// when something is validated, not when Slipway starts: `bump`, `check-merge` and `--version` never parse
// them. Bundled, they are their own file beside the bundle (dist/k8s-schemas.js, see scripts/build.mjs);
// from the sources (tests), the generated module itself.
import type { SchemaValidator } from './k8sSchemas.generated.js';

/** `apiVersion/kind` → validator of that kind. */
export type BuiltinSchemas = ReadonlyMap<string, SchemaValidator>;

type Generated = typeof import('./k8sSchemas.generated.js');

/** A variable, not a literal: the bundler would otherwise take `new URL('…', import.meta.url)` as an asset. */
const BUNDLED_FILE = './k8s-schemas.js';

export async function loadBuiltinSchemas(): Promise<BuiltinSchemas> {
  const fromSources = import.meta.url.endsWith('.ts');
  const generated = fromSources
    ? await import(/* webpackMode: "weak" */ './k8sSchemas.generated.js')
    : ((await import(/* webpackIgnore: true */ new URL(BUNDLED_FILE, import.meta.url).href)) as Generated);
  return generated.BUILTIN_SCHEMAS;
}
