export const id = 516;
export const ids = [516];
export const modules = {

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ renderState),
/* harmony export */   M: () => (/* binding */ stateReason)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1688);

function renderState(renderFindings) {
    if (renderFindings.some(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .failsRender */ .Ym))
        return 'failed';
    if (renderFindings.some(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .leavesUnpreviewed */ .xJ))
        return 'not-previewed';
    return 'rendered';
}
/** The first finding that explains the state, for the report. */
function stateReason(renderFindings) {
    const reason = renderFindings.find(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .failsRender */ .Ym) ?? renderFindings.find(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .leavesUnpreviewed */ .xJ);
    return reason && `${reason.file ?? ''}${reason.line ? `:${reason.line}` : ''}: ${reason.message}`;
}


/***/ }),

/***/ 9220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cb: () => (/* binding */ forTree),
  Yl: () => (/* binding */ renderAll),
  Bl: () => (/* binding */ renderUnit)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 8 modules
var applicationSets = __webpack_require__(7709);
// EXTERNAL MODULE: ./src/core/argo/application.ts
var application = __webpack_require__(4595);
// EXTERNAL MODULE: ./src/core/argo/discovery.ts + 1 modules
var discovery = __webpack_require__(8376);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/render/kustomizeInputs.ts
var kustomizeInputs = __webpack_require__(2730);
// EXTERNAL MODULE: ./src/core/render/objects.ts + 2 modules
var render_objects = __webpack_require__(3043);
;// CONCATENATED MODULE: ./src/core/render/scope.ts
const CLUSTER_SCOPED = new Set([
    'APIService',
    'CertificateSigningRequest',
    'ClusterRole',
    'ClusterRoleBinding',
    'ComponentStatus',
    'CSIDriver',
    'CSINode',
    'CustomResourceDefinition',
    'FlowSchema',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PodSecurityPolicy',
    'PriorityClass',
    'PriorityLevelConfiguration',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
    'VolumeAttachment',
    'ClusterIssuer',
    'ClusterSecretStore',
]);
/** Kinds declared cluster-scoped by CRDs among the given objects. */
function clusterScopedCrdKinds(objects) {
    const kinds = new Set();
    for (const { obj } of objects) {
        if (obj.kind !== 'CustomResourceDefinition')
            continue;
        const spec = (obj.spec ?? {});
        const kind = (spec.names ?? {}).kind;
        if (spec.scope === 'Cluster' && typeof kind === 'string')
            kinds.add(kind);
    }
    return kinds;
}
function isClusterScoped(kind, crdKinds) {
    return CLUSTER_SCOPED.has(kind) || crdKinds.has(kind);
}
/** Gives namespaced objects without a namespace the destination namespace, as Argo CD does when it applies. */
function defaultNamespaces(objects, namespace, crdKinds) {
    if (!namespace)
        return;
    for (const { obj } of objects) {
        if (isClusterScoped(String(obj.kind), crdKinds))
            continue;
        const metadata = (obj.metadata ??= {});
        if (typeof metadata.namespace !== 'string' || metadata.namespace === '')
            metadata.namespace = namespace;
    }
}

// EXTERNAL MODULE: ./src/core/render/renderState.ts
var renderState = __webpack_require__(333);
// EXTERNAL MODULE: ./src/core/render/helmInputs.ts
var helmInputs = __webpack_require__(1215);
;// CONCATENATED MODULE: ./src/pipeline/render.ts
// Renders units the way Argo CD's repo-server would: the source type decides directory, kustomize or
// Helm; failures become findings on the app, never a crash. Applications in the output (app-of-apps)
// become units too, to a bounded depth.











const MAX_APP_DEPTH = 3;
/** Nothing rendered, and one finding about the app saying why. */
function notRendered(unit, severity, rule, message) {
    return {
        objects: [],
        findings: [{ severity, rule, unit: unit.id, file: unit.file, line: unit.line, message }],
    };
}
async function renderSource(tree, unit, source, options) {
    if (source.invalid)
        return notRendered(unit, 'error', 'invalid-application', source.invalid);
    if (source.otherRevision !== undefined)
        return notRendered(unit, 'warning', 'not-previewed', `${source.chart ? `chart ${source.chart.name}` : `source ${source.path || '.'}`} deploys revision ${source.otherRevision} of this repository, not the pull request's branch: what that revision holds is not previewed (list it in track-revisions if it follows the branch)`);
    if (source.unsupported)
        return notRendered(unit, 'warning', 'not-previewed', `${source.unsupported} sources are not previewed`);
    if (source.chart)
        return renderHelm(tree, unit, source, options, `${source.chart.name} from ${source.chart.repoURL}`);
    const prefix = source.path === '' ? '' : `${source.path}/`;
    if (!(0,fileTree/* hasFolder */.bU)(tree, source.path))
        return notRendered(unit, 'error', 'missing-path', `path "${source.path}" does not exist in the repository`);
    // the source's own block decides (Argo CD's GetAppSourceType); else a kustomization, then Chart.yaml
    const type = (0,sourceType/* sourceType */.Mx)(tree, source);
    if (type === 'kustomize') {
        const enableHelm = (options.kustomizeBuildOptions ?? []).includes('--enable-helm');
        const inputs = (0,kustomizeInputs/* kustomizeInputs */.r)(tree, source.path, unit.id, undefined, { enableHelm });
        if (inputs.findings.length > 0)
            return { objects: [], findings: inputs.findings };
        const origins = !options.withoutOrigins?.has(unit.id);
        const built = await options.renderer.kustomizeBuild(tree, source.path, inputs.files, source.kustomize, options.kustomizeBuildOptions, origins);
        if (built.renderer)
            options.renderersUsed?.add(built.renderer);
        if (!built.ok)
            return notRendered(unit, 'error', 'render', `kustomize build failed: ${built.error}`);
        const output = (0,render_objects/* parseKustomizeOutput */.W1)(built.stdout, tree, built.originToRepo, { file: (0,sourceType/* kustomizationIn */.dq)(tree, source.path), line: 1 }, unit.id);
        return origins ? output : { ...output, originsOmitted: true };
    }
    if (type === 'helm')
        return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
    return (0,render_objects/* renderDirectory */.qi)(tree, source.path, source.directory, unit.id, options.strict);
}
async function renderHelm(tree, unit, source, options, what) {
    const at = { unit: unit.id, file: unit.file, line: unit.line };
    const helm = source.helm ?? {};
    // Argo CD's helmTemplate: helm.releaseName, else the app name; helm.namespace, else the destination's;
    // helm.kubeVersion and helm.apiVersions, else the cluster's (here: the kubernetes-version setting and
    // the API versions of the CRDs in the repository)
    const extra = helm;
    const namespace = typeof extra.namespace === 'string' && extra.namespace !== ''
        ? extra.namespace
        : unit.app?.destination.namespace;
    const release = {
        releaseName: helm.releaseName ?? unit.app?.name ?? source.path.split('/').pop() ?? 'release',
        ...(namespace && { namespace }),
        kubeVersion: typeof extra.kubeVersion === 'string' && extra.kubeVersion !== ''
            ? extra.kubeVersion
            : options.kubernetesVersion,
        apiVersions: Array.isArray(extra.apiVersions)
            ? extra.apiVersions.filter((v) => typeof v === 'string' && !v.startsWith('-'))
            : (options.apiVersions?.() ?? []),
    };
    const problem = (0,helmInputs/* helmNameProblem */.NY)(release, source.chart);
    if (problem)
        return notRendered(unit, 'error', 'invalid-application', `${problem}; not rendered`);
    const chartPath = source.chart ? undefined : source.path;
    const inputs = (0,helmInputs/* helmValueFiles */.B)(tree, chartPath, helm, at);
    const fileParameters = (0,helmInputs/* helmFileParameters */.Jt)(tree, chartPath, helm, at);
    const dependencies = chartPath === undefined ? undefined : (0,helmInputs/* chartDependencies */.uf)(tree, chartPath, at, options.charts);
    const links = chartPath === undefined
        ? []
        : (0,helmInputs/* chartLinkFindings */.n7)(tree, [chartPath, ...(dependencies?.localFolders ?? [])], at);
    const findings = [
        ...inputs.findings,
        ...fileParameters.findings,
        ...(dependencies?.findings ?? []),
        ...links,
    ];
    if (findings.length > 0)
        return { objects: [], findings };
    const notPreviewed = inputs.notPreviewed ?? dependencies?.notPreviewed;
    if (notPreviewed)
        return notRendered(unit, 'warning', 'not-previewed', `${what} not previewed: ${notPreviewed}`);
    const chart = source.chart ? { ref: source.chart } : { path: source.path };
    const files = {
        valueFiles: inputs.valueFiles,
        fileParameters: fileParameters.parameters,
        dependencyFolders: dependencies?.localFolders ?? [],
    };
    const result = await options.renderer.helmTemplate(tree, chart, files, helm, release);
    const missing = /helm not found/.test(result.error);
    if (!missing)
        options.renderersUsed?.add('helm');
    if (result.ok)
        return (0,render_objects/* parseObjects */.MB)(result.stdout, source.chart ? unit.file : what, unit.id);
    // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
    if (missing || source.chart !== undefined)
        return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
    return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}
/** One unit's objects from all its sources, as Argo CD would deploy them. */
async function renderUnit(tree, unit, options) {
    const excluded = options.exclude?.(unit);
    if (excluded !== undefined) {
        const message = excluded;
        const finding = {
            severity: 'warning',
            rule: 'not-previewed',
            unit: unit.id,
            file: unit.file,
            line: unit.line,
            message,
        };
        return { unit, objects: [], findings: [finding], state: 'not-previewed' };
    }
    const objects = [];
    const findings = [...(unit.findings ?? [])];
    let originsOmitted = false;
    for (const source of unit.sources) {
        const rendered = await renderSource(tree, unit, source, options);
        const checked = (0,render_objects/* nonStringAnnotations */.R4)(rendered.objects, unit.id);
        objects.push(...checked.objects);
        findings.push(...rendered.findings, ...checked.findings);
        originsOmitted ||= rendered.originsOmitted === true;
    }
    const namespace = unit.app?.destination.namespace;
    defaultNamespaces(objects, namespace, clusterScopedCrdKinds(objects));
    return { unit, objects, findings, state: (0,renderState/* renderState */.C)(findings), ...(originsOmitted && { originsOmitted }) };
}
/**
 * The options for rendering units of `tree`: helm is told the API versions of the tree's CRDs (unless
 * the caller set them), worked out once for all the units rendered with these options.
 */
function forTree(tree, options) {
    if (options.apiVersions)
        return options;
    let crds;
    return { ...options, apiVersions: () => (crds ??= (0,helmInputs/* crdApiVersions */.lm)(tree)) };
}
/** Whether an output deploys apps (app-of-apps, ApplicationSets): its children report where they come from. */
const deploysApps = (output) => output.objects.some((o) => (0,application/* isApplication */.z)(o.obj) || (0,applicationSets/* isApplicationSet */.tj)(o.obj));
/** Runs `task` over items with at most `limit` at once (renders are child processes: one per CPU). */
async function pool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await task(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** The apps an output deploys (app-of-apps, ApplicationSets), and what could not be read of them. */
function childrenOf(tree, output, repoUrls, tracking) {
    const units = [];
    const notPreviewed = [];
    const otherRevisions = [];
    for (const { obj, file, line } of output.objects) {
        const generated = (0,applicationSets/* isApplicationSet */.tj)(obj)
            ? (0,applicationSets/* expandApplicationSet */.Jh)(obj, file, line, tree, repoUrls, tracking)
            : undefined;
        if (generated)
            notPreviewed.push(...generated.notPreviewed);
        if (generated?.otherRevisions)
            otherRevisions.push(...generated.otherRevisions);
        for (const app of generated ? generated.applications : (0,application/* isApplication */.z)(obj) ? [obj] : []) {
            const found = (0,application/* appUnit */.u)(app, file, line, repoUrls, tree, tracking);
            notPreviewed.push(...found.notPreviewed);
            if (found.unit)
                units.push({ unit: generated ? (0,discovery/* withPolicy */.hZ)(found.unit, generated.policy) : found.unit, file, line });
        }
    }
    return { units, notPreviewed, otherRevisions };
}
/**
 * Renders the units, then the apps their outputs deploy, wave by wave. With `onOutput`, each output is
 * handed over as it is done (with its place in the order the outputs would have had) and not kept, so
 * memory holds the renders under way rather than every render of the run.
 */
async function renderAll(tree, units, options, onOutput) {
    const outputs = [];
    const notPreviewed = [];
    const otherRevisions = [];
    const known = new Set(units.map((u) => u.id));
    options = forTree(tree, options);
    let wave = [...units];
    let done = 0;
    for (let depth = 0; wave.length > 0; depth++) {
        options.progress?.planned(wave.length);
        const offset = done;
        const found = await pool(wave, (0,external_node_os_.availableParallelism)(), async (unit, i) => {
            await options.beforeRender?.();
            let output = await renderUnit(tree, unit, options);
            if (output.originsOmitted && deploysApps(output))
                output = await renderUnit(tree, unit, { ...options, withoutOrigins: undefined });
            options.progress?.done();
            const children = childrenOf(tree, output, options.repoUrls, options.tracking);
            if (onOutput)
                onOutput(output, offset + i);
            else
                outputs[offset + i] = output;
            return children;
        });
        done += wave.length;
        // in the order of the outputs, whichever finished first
        const next = [];
        for (const children of found) {
            notPreviewed.push(...children.notPreviewed);
            otherRevisions.push(...children.otherRevisions);
            for (const { unit, file, line } of children.units) {
                if (known.has(unit.id))
                    continue;
                if (depth + 1 > MAX_APP_DEPTH) {
                    const name = unit.app?.name ?? unit.id;
                    notPreviewed.push({
                        name,
                        file,
                        line,
                        reason: `app-of-apps deeper than ${MAX_APP_DEPTH} levels, not previewed`,
                    });
                    continue;
                }
                known.add(unit.id);
                next.push(unit);
            }
        }
        wave = next;
    }
    return { outputs, notPreviewed, otherRevisions };
}


/***/ }),

/***/ 6927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ RenderedValidation),
  q: () => (/* binding */ prefetchValidation)
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

// EXTERNAL MODULE: ./src/core/validate/crdLoader.ts
var crdLoader = __webpack_require__(4438);
// EXTERNAL MODULE: ./src/core/validate/rules.ts
var rules = __webpack_require__(121);
// EXTERNAL MODULE: ./src/core/validate/schemas.ts + 4 modules
var validate_schemas = __webpack_require__(3796);
;// CONCATENATED MODULE: ./src/pipeline/validateRendered.ts





const identity = ({ obj, file, line }) => {
    const metadata = (obj.metadata ?? {});
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
    locator;
    rules;
    schemaOptions;
    constructor(tree, options, builtin) {
        this.tree = tree;
        this.options = options;
        this.builtin = builtin;
        this.locator = new validate_schemas/* FieldLocator */.B9((file) => (0,fileTree/* readText */.yR)(tree, file));
        this.rules = { kubernetesVersion: options.kubernetesVersion, latestTag: options.imageTagSeverity };
        this.schemaOptions = { strict: options.strict, requireSchemas: options.requireSchemas };
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
    }
    check(output, order) {
        const id = output.unit.id;
        const kept = {
            unit: output.unit,
            order,
            first: [...output.findings, ...(0,rules/* checkObjects */.ZY)(output.objects, id, this.rules)],
            schema: new Map(),
            customResources: [],
            identities: output.objects.map(identity),
            crds: output.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'),
        };
        output.objects.forEach((object, index) => {
            if ((0,validate_schemas/* needsCrd */.F0)(object.obj, this.builtin))
                kept.customResources.push({ index, object });
            else
                this.schemaFindings(kept, index, object);
        });
        this.kept.push(kept);
    }
    schemaFindings(kept, index, object, crds) {
        // objects of built-in kinds never consult CRDs: the CRDs are indexed once every app was added
        const schemas = { builtin: this.builtin, ...(crds && { crds }) };
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
            const { CrdIndex, crdsInTree } = await (0,crdLoader/* loadCrdIndex */.I)();
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
        const across = (0,rules/* acrossUnits */.h$)(kept.map((k) => ({ unit: k.unit, objects: k.identities })));
        for (const finding of (0,rules/* checkAcrossUnits */.xu)(across))
            byUnit.get(finding.unit ?? '')?.push(finding);
        // once every app was checked, so each CRD compiled (and said what it cannot check) before this
        if (crds)
            for (const k of kept)
                byUnit.get(k.unit.id)?.push(...crds.notCheckedFindings(k.customResources.map((c) => c.object), k.unit.id));
        return byUnit;
    }
}
/**
 * Starts loading what checking an output needs \u2014 its kinds' validators, and the CRD machinery when it
 * holds a custom resource \u2014 as soon as it is rendered, while other renders still run, so that the check
 * does not wait for it after them. `add` and `finish` wait for what they use; a failure shows there.
 */
function prefetchValidation(output, builtin) {
    builtin.load(output.objects)?.catch(() => undefined);
    if (output.objects.some((o) => (0,validate_schemas/* needsCrd */.F0)(o.obj, builtin)))
        (0,crdLoader/* loadCrdIndex */.I)().catch(() => undefined);
}


/***/ })

};
