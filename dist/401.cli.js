export const id = 401;
export const ids = [401];
export const modules = {

/***/ 401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BuiltinSchemas: () => (/* binding */ BuiltinSchemas),
/* harmony export */   loadBuiltinSchemas: () => (/* binding */ loadBuiltinSchemas),
/* harmony export */   schemaKey: () => (/* binding */ schemaKey)
/* harmony export */ });
// The modules loaded at run time (the tables beside the bundle, the validators' chunks) are Slipway's own
// build output: checked for the export that is used, so a stray or mismatched file fails by name.
const hasMap = (module, name) => module !== null && typeof module === 'object' && Reflect.get(module, name) instanceof Map;
const isLoaders = (module) => hasMap(module, 'BUILTIN_SCHEMA_LOADERS');
const isCatalog = (module) => hasMap(module, 'CATALOG_SCHEMA_LOADERS');
const isValidator = (validate) => typeof validate === 'function';
/** A module of Slipway's build that is not what the build writes there. */
function notOurs(what) {
    return new Error(`${what} is not as this build of Slipway wrote it (a file of another build?): install Slipway again`);
}
async function importBeside(file) {
    return (await import(/* webpackIgnore: true */ new URL(file, import.meta.url).href));
}
/** `apiVersion/kind` of an object, the key of its built-in validator. */
const schemaKey = (obj) => `${String(obj.apiVersion)}/${String(obj.kind)}`;
/** The built-in kinds' validators: which kinds there are, and each kind's validator once `load` fetched it. */
class BuiltinSchemas {
    loaders;
    catalog;
    loaded = new Map();
    /** The catalog's validators loaded so far (apart from `loaded`: a repository's CRD wins over them). */
    fromCatalog = new Map();
    loading = new Map();
    /**
     * Imports run one after another: kinds share modules (every kind imports ObjectMeta), and jest's module
     * loader, which runs them from the sources, fails on two imports racing for one shared module.
     */
    last = Promise.resolve();
    /** `catalog`: the opt-in CRD catalog, when it is turned on (docs/crd-catalog.md). */
    constructor(loaders, catalog) {
        this.loaders = loaders;
        this.catalog = catalog;
    }
    /** Whether `apiVersion/kind` is a built-in kind with a validator. */
    has(key) {
        return this.loaders.has(key);
    }
    /**
     * The validator of a built-in kind, or undefined for any other. A built-in kind not loaded first is a
     * mistake in Slipway, and throws: its objects would otherwise pass unchecked.
     */
    get(key) {
        const validator = this.loaded.get(key);
        if (!validator && this.loaders.has(key))
            throw new Error(`internal error: the validator of ${key} was used before it was loaded`);
        return validator;
    }
    /** Whether the opt-in CRD catalog is turned on. */
    get catalogOn() {
        return this.catalog !== undefined;
    }
    /**
     * The catalog's schema of a custom resource's kind, once `load` fetched it; undefined when the catalog is
     * off or has no such kind. Used only when the repository has no CRD of the kind.
     */
    catalogSchema(key) {
        const schema = this.fromCatalog.get(key);
        if (!schema && this.catalog?.has(key))
            throw new Error(`internal error: the catalog's validator of ${key} was used before it was loaded`);
        return schema;
    }
    /**
     * Loads the validators of these objects' kinds (each once; other kinds are left to CRDs). Undefined when
     * there is nothing to wait for, so a caller checking one document at a time need not wait a turn for each.
     */
    load(objects) {
        let waits;
        for (const { obj } of objects) {
            const key = schemaKey(obj);
            if (this.loaded.has(key) || this.fromCatalog.has(key))
                continue;
            const builtin = this.loaders.get(key);
            const listed = builtin ? undefined : this.catalog?.get(key);
            const loader = builtin ?? listed?.load;
            if (!loader)
                continue;
            let loading = this.loading.get(key);
            if (!loading) {
                const imported = this.last.then(loader);
                this.last = imported.catch(() => undefined);
                loading = imported.then((module) => {
                    const validator = module.validate;
                    if (!isValidator(validator))
                        throw notOurs(`the schema module of ${key}`);
                    if (listed)
                        this.fromCatalog.set(key, { validator, source: listed.source });
                    else
                        this.loaded.set(key, validator);
                });
                this.loading.set(key, loading);
            }
            (waits ??= []).push(loading);
        }
        return waits && Promise.all(waits).then(() => undefined);
    }
}
/** Variables, not literals: the bundler would otherwise take `new URL('\u2026', import.meta.url)` as an asset. */
const BUNDLED_FILE = './k8s-schemas.js';
const BUNDLED_CATALOG = './crd-catalog.js';
/**
 * The built-in kinds' validators, and with `crdCatalog` the catalog's (docs/crd-catalog.md): its table is
 * its own file beside the bundle (dist/crd-catalog.js), read only when the catalog is turned on.
 */
async function loadBuiltinSchemas(options = {}) {
    const fromSources = import.meta.url.endsWith('.ts');
    const generated = fromSources
        ? await Promise.resolve().then(() => {
	var e = new Error("Module is not available (weak dependency)"); /* ./k8sSchemas.generated.js */ e.code = 'MODULE_NOT_FOUND'; throw e;
})
        : await importBeside(BUNDLED_FILE);
    if (!isLoaders(generated))
        throw notOurs(new URL(BUNDLED_FILE, import.meta.url).pathname);
    if (!options.crdCatalog)
        return new BuiltinSchemas(generated.BUILTIN_SCHEMA_LOADERS);
    const catalog = fromSources
        ? await Promise.resolve().then(() => {
	var e = new Error("Module is not available (weak dependency)"); /* ./crdCatalog.generated.js */ e.code = 'MODULE_NOT_FOUND'; throw e;
})
        : await importBeside(BUNDLED_CATALOG);
    if (!isCatalog(catalog))
        throw notOurs(new URL(BUNDLED_CATALOG, import.meta.url).pathname);
    return new BuiltinSchemas(generated.BUILTIN_SCHEMA_LOADERS, catalog.CATALOG_SCHEMA_LOADERS);
}


/***/ })

};
