export const id = 578;
export const ids = [578,925];
export const modules = {

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RenderedValidation: () => (/* binding */ RenderedValidation),
  prefetchValidation: () => (/* binding */ prefetchValidation)
});

// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
;// CONCATENATED MODULE: ./src/core/detachedText.ts
// A short string cut from a long one (a name read out of a rendered document) can be a view into it: V8
// keeps a slice of 13 characters or more as a pointer to its parent, so keeping the name keeps the whole
// document. What is kept past its document (object identities until every app was checked) is copied.
/** The same text, no longer a view into a longer string. */
function detached(value) {
    // concatenating makes a new string (flattened when sliced), the slice of which points only into it
    return typeof value === 'string' ? ` ${value}`.slice(1) : value;
}

;// CONCATENATED MODULE: ./src/core/validate/crdLoader.ts
// The CRD machinery \u2014 Ajv to compile CRDs' schemas, re2js for their Go patterns, cel-js for their
// x-kubernetes-validations, ~0.9 MB bundled \u2014 is loaded when a run first meets a custom resource to check:
// most checks deploy none, and a run that does not meet one never compiles that code.
const loadCrdIndex = () => Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(463), __webpack_require__.e(337), __webpack_require__.e(803)]).then(__webpack_require__.bind(__webpack_require__, 1803));

// EXTERNAL MODULE: ./src/core/validate/rules.ts
var rules = __webpack_require__(121);
// EXTERNAL MODULE: ./src/core/validate/schemas.ts + 4 modules
var validate_schemas = __webpack_require__(3796);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
;// CONCATENATED MODULE: ./src/pipeline/validateRendered.ts






const identity = ({ obj, file, line }) => {
    const metadata = (0,fields/* objectOf */.Xy)(obj.metadata);
    return {
        obj: {
            apiVersion: detached(obj.apiVersion),
            kind: detached(obj.kind),
            metadata: { name: detached(metadata.name), namespace: detached(metadata.namespace) },
        },
        file,
        line,
    };
};
class RenderedValidation {
    tree;
    options;
    builtin;
    kept = [];
    /** Outputs waiting for their kinds' validators to load; `finish` waits for them. */
    waiting = [];
    /** The checks still waiting for validators. */
    unsettled = new Set();
    /** The check across apps, and the outputs checked before one earlier in the order (by order). */
    owners = new rules/* ObjectOwners */.kI();
    unclaimed = new Map();
    nextClaim = 0;
    locator;
    rules;
    schemaOptions;
    builtinOnly;
    constructor(tree, options, builtin) {
        this.tree = tree;
        this.options = options;
        this.builtin = builtin;
        this.locator = new validate_schemas/* FieldLocator */.B9((file) => (0,fileTree/* readText */.yR)(tree, file));
        this.rules = { kubernetesVersion: options.kubernetesVersion, latestTag: options.imageTagSeverity };
        this.schemaOptions = { strict: options.strict, requireSchemas: options.requireSchemas };
        this.builtinOnly = { builtin };
    }
    /**
     * An app's output; `order` is its place among the outputs (which app claims an object first). Checked at
     * once when the validators of its kinds are loaded, else once they are (before `finish` reads it).
     */
    add(output, order) {
        const loading = this.builtin.load(output.objects);
        if (!loading)
            return this.check(output, order);
        const checked = loading.then(() => this.check(output, order));
        checked.catch(() => undefined); // `finish` waits for it, and fails with it
        this.waiting.push(checked);
        this.unsettled.add(checked);
        const settled = () => void this.unsettled.delete(checked);
        checked.then(settled, settled);
    }
    /**
     * Undefined when no output waits for its validators; else resolves once none does. A render waits for
     * it (renderAll's beforeRender): renders of plain folders take no time, and without it every output of
     * a large repository would wait, whole, for the first validators. Even a few thousand objects kept
     * through a load make V8 allocate every later parsed object straight in its old generation
     * (allocation-site pretenuring), where it stays until a full collection: ~50 MB more at 200,000 objects.
     */
    ready() {
        if (this.unsettled.size === 0)
            return undefined;
        return Promise.allSettled(this.unsettled).then(() => undefined);
    }
    check(output, order) {
        const id = output.unit.id;
        const keys = [];
        const kept = {
            unit: output.unit,
            order,
            first: [...output.findings, ...(0,rules/* checkObjects */.ZY)(output.objects, id, this.rules, undefined, keys)],
            schema: new Map(),
            customResources: [],
            across: [],
            crds: output.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'),
        };
        output.objects.forEach((object, index) => {
            if ((0,validate_schemas/* needsCrd */.F0)(object.obj, this.builtin))
                kept.customResources.push({ index, object });
            else
                this.schemaFindings(kept, index, object);
        });
        this.kept.push(kept);
        if (order !== this.nextClaim) {
            kept.identities = output.objects.map(identity);
            this.unclaimed.set(order, kept);
            return;
        }
        this.claim(kept, output.objects, keys);
        for (let next = this.unclaimed.get(this.nextClaim); next; next = this.unclaimed.get(this.nextClaim)) {
            this.unclaimed.delete(this.nextClaim);
            this.claim(next, next.identities ?? []);
        }
    }
    /** The check across apps of one output, the outputs before it in the order taken. */
    claim(kept, objects, keys) {
        const cluster = (0,rules/* clusterOf */.es)(kept.unit.app?.destination, this.options.clusterServers);
        kept.across = this.owners.claim(kept.unit.id, objects, cluster, keys);
        delete kept.identities;
        this.nextClaim = Math.max(this.nextClaim, kept.order + 1);
    }
    schemaFindings(kept, index, object, crds) {
        // objects of built-in kinds never consult CRDs: the CRDs are indexed once every app was added
        const schemas = crds ? { builtin: this.builtin, crds } : this.builtinOnly;
        const found = (0,validate_schemas/* checkSchemas */.zV)([object], kept.unit.id, schemas, this.locator.forObject, this.schemaOptions);
        if (found.length > 0)
            kept.schema.set(index, found);
    }
    /**
     * Every finding of each app (its render findings first), by unit id. The CRD machinery is loaded only
     * when an app deploys a custom resource.
     */
    async finish() {
        await Promise.all(this.waiting);
        const kept = [...this.kept].sort((a, b) => a.order - b.order);
        let crds;
        if (kept.some((k) => k.customResources.length > 0)) {
            const { CrdIndex, crdsInTree } = await loadCrdIndex();
            // the apps' CRDs first (in the outputs' order), then the tree's: the first definition of a kind wins
            crds = new CrdIndex(() => [...kept.flatMap((k) => k.crds), ...crdsInTree(this.tree)], this.options.strict);
            for (const k of kept)
                for (const { index, object } of k.customResources)
                    this.schemaFindings(k, index, object, crds);
        }
        const byUnit = new Map(kept.map((k) => [
            k.unit.id,
            [...k.first, ...[...k.schema].sort(([a], [b]) => a - b).flatMap(([, found]) => found)],
        ]));
        // outputs whose turn never came (an order left out) are taken in order
        for (const k of [...this.unclaimed.values()].sort((a, b) => a.order - b.order))
            this.claim(k, k.identities ?? []);
        this.unclaimed.clear();
        for (const k of kept)
            for (const finding of k.across)
                byUnit.get(finding.unit ?? '')?.push(finding);
        // once every app was checked, so each CRD compiled (and said what it cannot check) before this
        if (crds)
            for (const k of kept)
                byUnit.get(k.unit.id)?.push(...crds.notCheckedFindings(k.customResources.map((c) => c.object), k.unit.id));
        return byUnit;
    }
}
/**
 * Starts loading what checking these objects needs \u2014 their kinds' validators, and the CRD machinery when
 * one is a custom resource \u2014 as soon as they are rendered (or, from their input files, guessed:
 * declaredKinds.ts), while other renders still run, so that the check does not wait for it after them.
 * `add` and `finish` wait for what they use; a failure shows there.
 */
function prefetchValidation(objects, builtin) {
    builtin.load(objects)?.catch(() => undefined);
    if (objects.some((o) => (0,validate_schemas/* needsCrd */.F0)(o.obj, builtin)))
        loadCrdIndex().catch(() => undefined);
}


/***/ }),

/***/ 8578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateTree: () => (/* binding */ validateTree)
/* harmony export */ });
/* harmony import */ var _core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
/* harmony import */ var _appSetEngine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5011);
/* harmony import */ var _core_report_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4642);
/* harmony import */ var _core_validate_builtinSchemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(401);
/* harmony import */ var _renderWaves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7960);
/* harmony import */ var _validateRendered_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(925);
// The push validation of one tree: discover the apps, render each, validate what they deploy (the same
// stage as the pull-request check, validateRendered.ts), and list what was not previewed.






async function validateTree(tree, settings, renderer) {
    const expand = await (0,_appSetEngine_js__WEBPACK_IMPORTED_MODULE_1__/* .expanderFor */ .f)({}, [tree]);
    const discovery = (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverUnits */ .t)(tree, settings.repoUrls, settings.paths, true, undefined, undefined, undefined, expand);
    const validation = new _validateRendered_js__WEBPACK_IMPORTED_MODULE_5__.RenderedValidation(tree, settings, await (0,_core_validate_builtinSchemas_js__WEBPACK_IMPORTED_MODULE_3__.loadBuiltinSchemas)({ crdCatalog: settings.crdCatalog ?? false }));
    // each output is checked as it is rendered (its validators load while the other renders run), and
    // only what the check across apps needs is kept of it
    let units = 0;
    let objects = 0;
    const checkOutput = (output, order) => {
        units++;
        objects += output.objects.length;
        validation.add(output, order);
    };
    const { notPreviewed } = await (0,_renderWaves_js__WEBPACK_IMPORTED_MODULE_4__/* .renderAll */ .Y)(tree, discovery.units, {
        renderer,
        strict: settings.strict,
        kubernetesVersion: settings.kubernetesVersion,
        repoUrls: settings.repoUrls,
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        ...(settings.progress && { progress: settings.progress }),
        // a render waits while many objects wait for their validators to load
        beforeRender: async () => validation.ready(),
    }, checkOutput);
    const byUnit = await validation.finish();
    const findings = [...byUnit.values()].flat();
    for (const skipped of [...discovery.notPreviewed, ...notPreviewed]) {
        findings.push({
            severity: 'notice',
            rule: 'not-previewed',
            unit: `app:${skipped.name}`,
            file: skipped.file,
            line: skipped.line,
            message: `${skipped.name}: ${skipped.reason}`,
        });
    }
    return { findings: (0,_core_report_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(findings), units, objects };
}


/***/ })

};
