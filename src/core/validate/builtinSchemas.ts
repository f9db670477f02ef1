// The validators of the built-in kinds (kubernetes-models' precompiled schemas, ~4.5 MB of code). Each is
// loaded when a run first meets its kind, not when Slipway starts: `bump`, `check-merge` and `--version`
// never parse one, and a check of Deployments and Services compiles theirs, not all 235. Bundled, the
// table of loaders is its own small file beside the bundle (dist/k8s-schemas.js, see scripts/build.mjs)
// and the validators are chunks beside it, one per API group; from the sources (tests), the generated
// module itself, which imports each kubernetes-models schema module on demand.
import type { SchemaValidator } from './k8sSchemas.generated.js';

type Generated = typeof import('./k8sSchemas.generated.js');
type Loaders = Generated['BUILTIN_SCHEMA_LOADERS'];

/** `apiVersion/kind` of an object, the key of its built-in validator. */
export const schemaKey = (obj: Record<string, unknown>): string =>
  `${String(obj.apiVersion)}/${String(obj.kind)}`;

/** The built-in kinds' validators: which kinds there are, and each kind's validator once `load` fetched it. */
export class BuiltinSchemas {
  private readonly loaded = new Map<string, SchemaValidator>();
  private readonly loading = new Map<string, Promise<void>>();
  /**
   * Imports run one after another: kinds share modules (every kind imports ObjectMeta), and jest's module
   * loader, which runs them from the sources, fails on two imports racing for one shared module.
   */
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly loaders: Loaders) {}

  /** Whether `apiVersion/kind` is a built-in kind with a validator. */
  has(key: string): boolean {
    return this.loaders.has(key);
  }

  /**
   * The validator of a built-in kind, or undefined for any other. A built-in kind not loaded first is a
   * mistake in Slipway, and throws: its objects would otherwise pass unchecked.
   */
  get(key: string): SchemaValidator | undefined {
    const validator = this.loaded.get(key);
    if (!validator && this.loaders.has(key))
      throw new Error(`internal error: the validator of ${key} was used before it was loaded`);
    return validator;
  }

  /**
   * Loads the validators of these objects' kinds (each once; other kinds are left to CRDs). Undefined when
   * there is nothing to wait for, so a caller checking one document at a time need not wait a turn for each.
   */
  load(objects: Iterable<{ obj: Record<string, unknown> }>): Promise<void> | undefined {
    let waits: Array<Promise<void>> | undefined;
    for (const { obj } of objects) {
      const key = schemaKey(obj);
      if (this.loaded.has(key)) continue;
      const loader = this.loaders.get(key);
      if (!loader) continue;
      let loading = this.loading.get(key);
      if (!loading) {
        const imported = this.last.then(loader);
        this.last = imported.catch(() => undefined);
        loading = imported.then((module) => void this.loaded.set(key, module.validate as SchemaValidator));
        this.loading.set(key, loading);
      }
      (waits ??= []).push(loading);
    }
    return waits && Promise.all(waits).then(() => undefined);
  }
}

/** A variable, not a literal: the bundler would otherwise take `new URL('…', import.meta.url)` as an asset. */
const BUNDLED_FILE = './k8s-schemas.js';

export async function loadBuiltinSchemas(): Promise<BuiltinSchemas> {
  const fromSources = import.meta.url.endsWith('.ts');
  const generated = fromSources
    ? await import(/* webpackMode: "weak" */ './k8sSchemas.generated.js')
    : ((await import(/* webpackIgnore: true */ new URL(BUNDLED_FILE, import.meta.url).href)) as Generated);
  return new BuiltinSchemas(generated.BUILTIN_SCHEMA_LOADERS);
}
