export const id = 960;
export const ids = [960];
export const modules = {

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ helmRelease),
/* harmony export */   l: () => (/* binding */ crdApiVersions)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
// The release `helm template` is run for, as Argo CD's helmTemplate sets it from the app and its source,
// and the API versions it is told the cluster serves (the repository's CRDs).



/**
 * Argo CD's helmTemplate: helm.releaseName, else the app name; helm.namespace, else the destination's;
 * helm.kubeVersion and helm.apiVersions, else the cluster's (here: the kubernetes-version setting and
 * the API versions of the CRDs in the repository, asked for only when the source names none).
 */
function helmRelease(unit, source, kubernetesVersion, apiVersions) {
    const helm = source.helm ?? {};
    const namespace = helm.namespace !== undefined && helm.namespace !== '' ? helm.namespace : unit.app?.destination.namespace;
    return {
        releaseName: helm.releaseName ?? unit.app?.name ?? source.path.split('/').pop() ?? 'release',
        ...(namespace && { namespace }),
        kubeVersion: helm.kubeVersion !== undefined && helm.kubeVersion !== '' ? helm.kubeVersion : kubernetesVersion,
        apiVersions: helm.apiVersions
            ? helm.apiVersions.filter((v) => !v.startsWith('-'))
            : (apiVersions?.() ?? []),
    };
}
/**
 * What `--api-versions` tells helm besides its built-in APIs: every served version of the CRDs defined
 * in the repository, as `group/version` and `group/version/Kind` (the two forms Argo CD passes for a
 * cluster's APIs), so `.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"` holds when the
 * repository installs that CRD. Argo CD asks the destination cluster instead.
 */
function crdApiVersions(tree) {
    const out = new Set();
    for (const [path, entry] of tree) {
        if (!/\.(ya?ml|json)$/.test(path) || !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .mayInclude */ .SH)(entry, 'CustomResourceDefinition'))
            continue;
        let docs;
        try {
            docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(entry.text ?? '').map((d) => d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 }));
        }
        catch {
            continue;
        }
        for (const doc of docs) {
            const crd = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .objectOf */ .Xy)(doc);
            const spec = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .objectOf */ .Xy)(crd.spec);
            const group = spec.group;
            if (crd.kind !== 'CustomResourceDefinition' || typeof group !== 'string')
                continue;
            const kind = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .objectOf */ .Xy)(spec.names).kind;
            for (const v of (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .listOf */ .c3)(spec.versions)) {
                const { name, served } = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .objectOf */ .Xy)(v);
                if (typeof name !== 'string' || served === false)
                    continue;
                out.add(`${group}/${name}`);
                if (typeof kind === 'string')
                    out.add(`${group}/${name}/${kind}`);
            }
        }
    }
    return [...out].sort();
}


/***/ }),

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

/***/ 2956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ appName),
/* harmony export */   Oo: () => (/* binding */ controllerOf),
/* harmony export */   R0: () => (/* binding */ affectedApps),
/* harmony export */   ik: () => (/* binding */ place)
/* harmony export */ });
/* unused harmony exports indexOfTree, treeIndexOf */
/* harmony import */ var _core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
/* harmony import */ var _core_argo_applicationsRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9142);
/* harmony import */ var _core_argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5308);
/* harmony import */ var _core_argo_trackedRevision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1226);
/* harmony import */ var _core_argo_clusters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3598);
/* harmony import */ var _core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9896);
/* harmony import */ var _core_render_unitInputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(345);
/* harmony import */ var _core_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4933);
/* harmony import */ var _appSetEngine_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5011);
// Which apps a change can affect: discover the apps at base and head, and work out what each app's render
// reads (unitInputs.ts) \u2014 or take both from the base's kept index (treeIndex.ts), walking only the apps
// the change reaches.









/** What Argo CD's ApplicationSet controller is set up with, as these settings give it. */
const controllerOf = (settings) => ({
    ...(settings.clusters && { clusters: settings.clusters }),
    ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
});
/** The settings with the clusters of the base's cluster definitions folder, when one is named. */
function withClusters(base, settings) {
    if (settings.clustersFolder === undefined || settings.clusters)
        return settings;
    return { ...settings, clusters: (0,_core_argo_clusters_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterSet */ .$Q)(base, settings.clustersFolder) };
}
/** Where a unit is defined, and its name: how an app-of-apps' child is known for an app discovery found. */
const place = (unit) => `${unit.file}\n${unit.line}`;
const appName = (unit) => unit.app?.name ?? unit.id;
/** Notes which changed files some unit's inputs hold (the rest are uncovered). */
function coverage(changed) {
    const uncovered = new Set(changed);
    const touches = (inputs) => {
        let touched = false;
        for (const file of changed)
            if ((0,_core_render_unitInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .dependsOn */ .fr)(inputs, file)) {
                touched = true;
                uncovered.delete(file);
            }
        return touched;
    };
    const covered = (paths) => {
        for (const path of paths)
            uncovered.delete(path);
    };
    return { touches, covered, uncovered: () => [...uncovered].sort() };
}
/** A unit deploying another revision, as the report lists it. */
const otherRevisionEntry = (unit) => {
    const revision = (0,_core_argo_trackedRevision_js__WEBPACK_IMPORTED_MODULE_8__/* .otherRevisionOf */ .xU)(unit);
    return revision === undefined
        ? undefined
        : { id: unit.id, name: unit.app?.name ?? unit.id, file: unit.file, line: unit.line, revision };
};
/**
 * ApplicationSets whose generators read another revision: unaffected while the pull request leaves their
 * file alone; a changed one may generate other apps there, which are not previewed.
 */
function generatorRevisions(found, changed) {
    const otherRevisions = [];
    const notPreviewed = [];
    for (const entry of found.flatMap((f) => f.otherRevisions ?? []))
        if (!changed.has(entry.file))
            otherRevisions.push(entry);
        else
            notPreviewed.push({
                name: entry.name,
                file: entry.file,
                line: entry.line,
                reason: `ApplicationSet: its generator reads revision ${entry.revision} of this repository, not the pull request's branch, and this pull request changes the ApplicationSet: the apps it generates there are not previewed`,
            });
    return { otherRevisions, notPreviewed };
}
/**
 * Which units a change can affect, and which changed files no unit reads (at base or head). A unit
 * whose Application is the same on both sides depends on the same paths on both sides unless one of
 * those paths changed (`unitInputs` records every path a render reads or looks for): its head inputs
 * decide, and the base is walked only for the units that are affected anyway.
 */
function walkAll(base, head, changed, settings, expand, build = false) {
    const { baseFound, headFound, external, unreachable } = discoverBoth(base, head, changed, settings, expand);
    const ids = new Set([...baseFound.units, ...headFound.units].map((u) => u.id));
    const baseById = new Map(baseFound.units.map((u) => [u.id, u]));
    const headById = new Map(headFound.units.map((u) => [u.id, u]));
    const affected = new Set();
    const otherRevisions = [];
    // every unit's base inputs, kept only for the index they make (a fleet's inputs are many small sets)
    const inputs = { base: new Map() };
    const keep = (id, found) => build && inputs.base.set(id, found);
    const cache = new Map();
    const { touches, uncovered } = coverage(changed);
    // an app of the applications repository reads this repository's files, never its own file (a label)
    const inputsOf = (tree, unit) => {
        const found = (0,_core_render_unitInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .unitInputs */ .Yg)(tree, unit, cache, settings.charts);
        if (external.has(unit.id))
            found.files.delete(unit.file);
        return found;
    };
    for (const id of ids) {
        const before = baseById.get(id);
        const after = headById.get(id);
        const sameSpec = before !== undefined &&
            after !== undefined &&
            (before === after ||
                JSON.stringify({ ...before, file: '', line: 0 }) === JSON.stringify({ ...after, file: '', line: 0 }));
        const headInputs = after && inputsOf(head, after);
        const headTouched = headInputs ? touches(headInputs) : false;
        // a new or removed app, or a changed Application spec, is affected whatever its files did
        // an unreachable applications repository is listed at every run: its apps may be any
        if (settings.render === 'all' || !sameSpec || headTouched || unreachable.has(id)) {
            affected.add(id);
            if (before) {
                const baseInputs = inputsOf(base, before);
                keep(id, baseInputs);
                touches(baseInputs);
            }
        }
        else {
            if (headInputs)
                keep(id, headInputs);
            const entry = after && otherRevisionEntry(after);
            if (entry)
                otherRevisions.push(entry);
        }
    }
    const found = (side) => ({
        ...side,
        otherRevisions: side.units.flatMap((u) => otherRevisionEntry(u) ?? []),
        appSetRevisions: side.otherRevisions ?? [],
    });
    const generators = generatorRevisions([baseFound, headFound], changed);
    const notIndexed = build ? (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .treeIndexRefusal */ .rP)(found(baseFound), inputs.base) : undefined;
    const definedAt = new Map([...baseFound.units, ...headFound.units].map((u) => [place(u), appName(u)]));
    return {
        ids,
        affected,
        definedAt,
        units: {
            base: baseFound.units.filter((u) => affected.has(u.id)),
            head: headFound.units.filter((u) => affected.has(u.id)),
        },
        notPreviewed: [...baseFound.notPreviewed, ...headFound.notPreviewed, ...generators.notPreviewed],
        otherRevisions: [...otherRevisions, ...generators.otherRevisions],
        uncovered: uncovered(),
        ...(build && !notIndexed && { builtIndex: (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .buildTreeIndex */ .x0)(base, found(baseFound), inputs.base) }),
        ...(notIndexed && { notIndexed }),
    };
}
/**
 * walkAll with the base's index: the units are the index's on both sides (indexMismatch holds that no
 * changed file is one discovery reads), and a unit is affected when a changed path is among the inputs the
 * index holds for it \u2014 the same answer, as an unaffected unit's inputs are the same on both sides. Only
 * the affected units are parsed and walked (at the head), after their base inputs are read in one batch.
 */
async function walkFromIndex(base, head, changed, settings, kept, readAhead, charts) {
    const dependents = (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .indexedDependents */ .OR)(kept, changed);
    const { touches, covered, uncovered } = coverage(changed);
    covered(dependents.read);
    // the files the walk and the renders read first (an app's own file among them), at the head and at the
    // base (its render reads them next), in one batch
    readAhead(head, dependents.units.flatMap((i) => [...(0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .indexedInputs */ .Rx)(kept, i).files]), base);
    const ids = new Set(dependents.units.map((i) => kept.ids[i]));
    const files = new Set(dependents.units.map((i) => (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .indexedUnitFile */ .KN)(kept, i)));
    const expand = await (0,_appSetEngine_js__WEBPACK_IMPORTED_MODULE_7__/* .expanderFor */ .f)(controllerOf(settings), [base], [...files]);
    const units = (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .unitsOfFiles */ .wt)(base, files, settings.repoUrls, undefined, settings.tracking, expand).filter((u) => ids.has(u.id));
    if (units.length !== ids.size)
        return undefined;
    const cache = new Map();
    for (const unit of units)
        touches((0,_core_render_unitInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .unitInputs */ .Yg)(head, unit, cache, charts));
    return {
        ids: new Set(kept.ids),
        affected: ids,
        units: { base: units, head: units },
        notPreviewed: kept.notPreviewed,
        // an ApplicationSet reading another revision is unaffected: its file is unchanged (indexMismatch)
        otherRevisions: [...kept.otherRevisions.filter((entry) => !ids.has(entry.id)), ...kept.appSetRevisions],
        uncovered: uncovered(),
        indexUse: { used: true },
    };
}
/** Which apps a change affects: from the base's kept index where it stands for both sides, else by walking all. */
async function affectedApps(base, head, changed, settings, index) {
    settings = withClusters(base, settings);
    const clusters = settings.clusters && { clusters: settings.clusters };
    return { ...(await affectedWith(base, head, changed, settings, index)), ...clusters };
}
async function affectedWith(base, head, changed, settings, index) {
    const kept = index?.base;
    const walk = async (build) => walkAll(base, head, changed, settings, await expanderForWalk([base, head], settings), build);
    // an index holds this repository's apps only: with an applications repository, every app is walked
    if (settings.applications && index)
        return {
            ...(await walk()),
            indexUse: { used: false, reason: 'the Applications are read from applications-repository' },
        };
    if (!index || !kept)
        return walk(index?.build);
    const mismatch = settings.render === 'all' ? 'render: all' : (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .indexMismatch */ .rc)(head, base, changed, kept);
    if (mismatch)
        return { ...(await walk()), indexUse: { used: false, reason: mismatch } };
    const fromIndex = await walkFromIndex(base, head, changed, settings, kept, index.readAhead, settings.charts);
    if (fromIndex)
        return fromIndex;
    // an index naming an app that its file does not define is not this Slipway's: the tree is read whole,
    // and the index built from it replaces that one
    const reason = 'it names an app its file does not define';
    return { ...(await walk(true)), indexUse: { used: false, reason } };
}
/**
 * The ApplicationSet engine for a walk of these trees (and the applications repository's files), when
 * discovery may meet an ApplicationSet there (appSetEngine.ts).
 */
const expanderForWalk = (trees, settings) => (0,_appSetEngine_js__WEBPACK_IMPORTED_MODULE_7__/* .expanderFor */ .f)(controllerOf(settings), trees, undefined, settings.applications?.tree ? (0,_core_argo_applicationsRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationFiles */ .Gq)(settings.applications).map((f) => f.text) : []);
/**
 * The index a preview whose base is `tree` would build and keep (undefined where none is built: see
 * buildTreeIndex): the tree walked as the base of a change that changes nothing.
 */
async function indexOfTree(tree, settings) {
    return (await treeIndexOf(tree, settings)).builtIndex;
}
/** indexOfTree, with the reason when none is built. */
async function treeIndexOf(tree, settings) {
    settings = withClusters(tree, settings);
    const expand = await expanderForWalk([tree], settings);
    const { builtIndex, notIndexed } = walkAll(tree, tree, new Set(), { ...settings, render: 'changed' }, expand, true);
    return { ...(builtIndex && { builtIndex }), ...(notIndexed && { notIndexed }) };
}
/**
 * Applications at base and head. Folder units stand in for apps only in a repository without
 * Applications on either side: when a PR adds the first Application (or removes the last), both sides
 * are read as Applications, so the folders are not shown as removed (or new) apps. The base reuses what
 * the head's files gave where a file and the `.argocd-source` files its Applications read are the same.
 */
function discoverBoth(base, head, changed, settings, expand) {
    // the two revisions share almost every file: each text is parsed once
    const parse = (0,_core_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_6__/* .memoParser */ .ML)();
    // with an applications repository, this one's folders are no apps of their own
    const fallback = settings.applications === undefined;
    const discover = (tree, fallback, reuse) => (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverUnits */ .t)(tree, settings.repoUrls, settings.paths, fallback, parse, reuse, settings.tracking, expand);
    let headFound = discover(head, fallback);
    // an Application's `.argocd-source*.yaml` files change its unit: with any of them changed (or a link,
    // whose target may have), every file is read afresh
    const parametersSame = (0,_core_argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterFilesChanged */ .tM)(changed, head) === undefined;
    // an ApplicationSet's apps too, when nothing its generators read changed (the folders and files of
    // their patterns)
    const generatorsSame = (path, found) => !found.generated ||
        (found.reads !== undefined &&
            (0,_core_render_treeIndex_js__WEBPACK_IMPORTED_MODULE_4__/* .generatorInputChanged */ .Ee)([{ file: path, ...found.reads }], base, head, changed) === undefined);
    const reuse = (path, text) => {
        const found = parametersSame ? headFound.byFile?.get(path) : undefined;
        return found && found.text === text && generatorsSame(path, found) ? found : undefined;
    };
    let baseFound = discover(base, fallback, reuse);
    if (baseFound.applications !== headFound.applications) {
        if (!baseFound.applications)
            baseFound = discover(base, false, reuse);
        else
            headFound = discover(head, false);
    }
    const external = new Set();
    const unreachable = new Set();
    const withApplications = (found, tree) => {
        const source = settings.applications;
        if (!source)
            return found;
        if (!source.tree) {
            const unit = (0,_core_argo_applicationsRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachableApplications */ .iJ)(source);
            external.add(unit.id);
            unreachable.add(unit.id);
            return { ...found, units: [...found.units, unit] };
        }
        const there = (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverTexts */ .c6)(tree, (0,_core_argo_applicationsRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .applicationFiles */ .Gq)(source), settings.repoUrls, parse, settings.tracking, expand);
        // an app defined in both repositories: this repository's definition is previewed
        const own = new Map(found.units.map((u) => [u.id, u]));
        const twice = there.units.filter((u) => own.has(u.id));
        for (const unit of there.units)
            if (!own.has(unit.id))
                external.add(unit.id);
        return {
            ...found,
            units: [...found.units, ...there.units.filter((u) => !own.has(u.id))],
            notPreviewed: [
                ...found.notPreviewed,
                ...there.notPreviewed,
                ...twice.map((u) => ({
                    name: u.app?.name ?? u.id,
                    file: u.file,
                    line: u.line,
                    reason: `Application defined in this repository too (${own.get(u.id)?.file}); that definition is previewed`,
                })),
            ],
            ...((found.otherRevisions || there.otherRevisions) && {
                otherRevisions: [...(found.otherRevisions ?? []), ...(there.otherRevisions ?? [])],
            }),
        };
    };
    return {
        baseFound: withApplications(baseFound, base),
        headFound: withApplications(headFound, head),
        external,
        unreachable,
    };
}


/***/ }),

/***/ 5011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ expanderIf),
/* harmony export */   f: () => (/* binding */ expanderFor)
/* harmony export */ });
/* harmony import */ var _core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);

let loading;
/** The expander of a controller with these settings when `needed` (the engine loaded once per process), else none. */
async function expanderIf(needed, controller) {
    if (!needed)
        return undefined;
    loading ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(103)]).then(__webpack_require__.bind(__webpack_require__, 9103));
    return (await loading).expanderOf(controller);
}
/**
 * The expander when any tree's files (all of them, or those at `paths`) or any of `texts` (files read
 * elsewhere) may hold an ApplicationSet (discovery.ts mayDeclareApplicationSet), else none.
 */
const expanderFor = (controller, trees, paths, texts = []) => expanderIf(trees.some((tree) => (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHoldApplicationSets */ .cw)(tree, paths)) ||
    texts.some((text) => (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayDeclareApplicationSet */ .Cj)({ text })), controller);


/***/ }),

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ forTree)
/* harmony export */ });
/* harmony import */ var _core_render_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);

/**
 * The options for rendering units of `tree`: helm is told the API versions of the tree's CRDs (unless
 * the caller set them), worked out once for all the units rendered with these options.
 */
function forTree(tree, options) {
    if (options.apiVersions)
        return options;
    let crds;
    return { ...options, apiVersions: () => (crds ??= (0,_core_render_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__/* .crdApiVersions */ .l)(tree)) };
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderUnit)
});

// EXTERNAL MODULE: ./src/core/render/objects.ts
var render_objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
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
        const spec = (0,fields/* objectOf */.Xy)(obj.spec);
        const kind = (0,fields/* objectOf */.Xy)(spec.names).kind;
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
        if (!(0,fields/* isObjectLike */.Z4)(metadata))
            continue;
        if (typeof metadata.namespace !== 'string' || metadata.namespace === '')
            metadata.namespace = namespace;
    }
}

// EXTERNAL MODULE: ./src/core/render/renderState.ts
var renderState = __webpack_require__(333);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
;// CONCATENATED MODULE: ./src/core/render/notRendered.ts
/** Nothing rendered, and one finding on the unit saying why. */
function notRendered(unit, severity, rule, message) {
    return {
        objects: [],
        findings: [{ severity, rule, unit: unit.id, file: unit.file, line: unit.line, message }],
    };
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/render/directoryGlob.ts
// A directory app's `include` and `exclude`, as Argo CD matches them: github.com/gobwas/glob compiled
// without separators, so `*` (and `**`) match any run of characters, `/` included, and `**/*.yaml` needs a
// `/` \u2014 it does not match a file at the folder's top. `?` is one character, `[abc]`, `[!abc]`, `[a-z]`,
// `[!a-z]` one character of a set (one set or one range per brackets), `{a,b}` any of its patterns (nested
// braces, wildcards inside; an unclosed `{` runs to the end), `\` takes the next character literally; `,`
// and `}` outside braces and `]` outside brackets are plain characters.
//
// Evaluation budget: a pattern is at most MAX_GLOB_LENGTH characters and is compiled to an RE2 program
// (re2js), which matches in time linear in the path's length \u2014 `*a*a*a*\u2026*b` cannot backtrack.

const MAX_GLOB_LENGTH = 1000;
const literal = (cp) => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    ? String.fromCodePoint(cp)
    : `\\x{${cp.toString(16)}}`;
class GlobError extends Error {
}
/** The RE2 expression of a gobwas pattern (no separators). Throws GlobError where gobwas refuses it. */
function toRe2(pattern) {
    const chars = [...pattern];
    let i = 0;
    let out = '';
    // open braces: each `{` starts a group of alternatives
    let depth = 0;
    const breakers = () => (depth > 0 ? '?*[{},' : '?*[{');
    while (i < chars.length) {
        const c = chars[i];
        if (c === '{') {
            depth++;
            out += '(?:';
            i++;
        }
        else if (c === ',' && depth > 0) {
            out += '|';
            i++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            out += ')';
            i++;
        }
        else if (c === '[') {
            i++;
            const range = readRange(chars, i);
            out += range.re;
            i = range.next;
        }
        else if (c === '?') {
            out += '.';
            i++;
        }
        else if (c === '*') {
            // `*` and `**` are the same without separators
            out += '.*';
            i++;
            if (chars[i] === '*')
                i++;
        }
        else {
            // text up to the next special character; `\` escapes one character (a trailing `\` is dropped)
            let escaped = false;
            for (; i < chars.length; i++) {
                const t = chars[i];
                if (!escaped) {
                    if (t === '\\') {
                        escaped = true;
                        continue;
                    }
                    if (breakers().includes(t))
                        break;
                }
                escaped = false;
                out += literal(t.codePointAt(0));
            }
        }
    }
    // an unclosed `{` closes at the end of the pattern, as gobwas's parser leaves it
    return out + ')'.repeat(depth);
}
/** A `[...]` set after its `[`: gobwas's lexer takes `!`, then either `lo-hi` or text up to `]`. */
function readRange(chars, start) {
    let i = start;
    let not = false;
    const read = () => {
        if (i >= chars.length)
            throw new GlobError('unexpected end of input');
        return chars[i++];
    };
    let c = read();
    if (c === '!') {
        not = true;
        c = read();
    }
    if (chars[i] === '-') {
        i++;
        const hi = read();
        if (read() !== ']')
            throw new GlobError('expected close range character');
        const lo = c.codePointAt(0);
        const high = hi.codePointAt(0);
        if (high < lo)
            throw new GlobError(`hi character '${hi}' should be greater than lo '${c}'`);
        return { re: `[${not ? '^' : ''}${literal(lo)}-${literal(high)}]`, next: i };
    }
    // text with escapes up to `]`
    i--;
    let set = '';
    let escaped = false;
    for (;;) {
        const t = read();
        if (!escaped && t === '\\') {
            escaped = true;
            continue;
        }
        if (!escaped && t === ']')
            break;
        escaped = false;
        set += literal(t.codePointAt(0));
    }
    if (set === '')
        throw new GlobError('could not parse range');
    return { re: `[${not ? '^' : ''}${set}]`, next: i };
}
/** Compiles an include or exclude pattern of a directory app. */
function directoryGlob(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return {
            ok: false,
            reason: 'tooLong',
            message: `the pattern is ${pattern.length} characters long, over Slipway's limit of ${MAX_GLOB_LENGTH}`,
        };
    let re;
    try {
        re = build/* RE2JS */.L3.compile(`(?s)^(?:${toRe2(pattern)})$`);
    }
    catch (error) {
        if (error instanceof GlobError)
            return { ok: false, reason: 'invalid', message: `it is not a valid glob (${error.message})` };
        return { ok: false, reason: 'tooLong', message: `it is too complex to match within Slipway's budget` };
    }
    return { ok: true, match: (path) => re.matcher(path).matches() };
}

// EXTERNAL MODULE: ./src/core/render/documentReader.ts + 1 modules
var documentReader = __webpack_require__(7726);
;// CONCATENATED MODULE: ./src/core/render/directorySource.ts
// A directory source as Argo CD's findManifests reads it: which files count (recurse, include, exclude,
// kustomization markers), each file's objects with their lines.




const MANIFEST_FILE = /\.(yaml|yml|json|jsonnet)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';
const MANIFEST_MARKERS = ['apiVersion:', 'kind:', 'metadata:'];
/**
 * The objects of one file of a directory app, as Argo CD's getObjsFromYAMLOrJSON reads it: documents in
 * order until the first one its decoder rejects (undecodable). That one fails the app when an earlier
 * document decoded or the file's text holds all of `apiVersion:`, `kind:` and `metadata:`; otherwise the
 * file is not a manifest (a kustomization.yaml, a values or README-like YAML) and is ignored whole, later
 * documents included. A .json file is always read as a manifest.
 */
function directoryFileObjects(text, file, unit, strict = false) {
    const out = { objects: [], findings: [] };
    const json = file.endsWith('.json');
    let decoded = false;
    for (const doc of (0,documentReader/* manifestDocuments */.Ee)(text, file, unit, { strict })) {
        if (doc.undecodable && !json) {
            if (decoded) {
                out.findings.push(...doc.findings);
                return out;
            }
            if (MANIFEST_MARKERS.every((m) => text.includes(m))) {
                out.findings.push(...doc.findings.map((f) => ({
                    ...f,
                    message: `${f.message} (Argo CD reads ${file} as manifests: it holds apiVersion:, kind: and metadata:)`,
                })));
                return out;
            }
            return { objects: [], findings: [] };
        }
        decoded = true;
        out.objects.push(...doc.objects);
        out.findings.push(...doc.findings);
    }
    return out;
}
/** What a directory app's file is: a file to read, or a link Argo CD skips or refuses. */
function directoryEntry(tree, path) {
    const entry = tree.get(path);
    if (entry?.link === undefined)
        return { read: true };
    const chain = (0,fileTree/* linkChain */.Ct)(tree, path);
    const last = chain.at(-1);
    const end = tree.get(last);
    if (end !== undefined && end.link === undefined)
        return { read: true };
    if (end?.link !== undefined) {
        const next = (0,fileTree/* resolveInTree */.O4)((0,fileTree/* dirname */.pD)(last), end.link);
        // a link out of the tree (or an absolute one): Argo CD refuses it when its target exists outside the
        // repository, which Slipway cannot see \u2014 refused, never read
        if (next === undefined)
            return {
                read: false,
                refuse: `${path} is a link to a place outside the repository; it is not read`,
            };
        return { read: false, refuse: `${path} is a link in a loop (or a chain of more than 8 links)` };
    }
    // a link to nothing, or to a folder: Argo CD skips it (a warning in the repo-server's log)
    return { read: false };
}
/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs as Argo CD's glob
 * library matches them against the path below the folder (directoryGlob.ts), links to nothing or to a
 * folder skipped, files with the `+argocd:skip-file-rendering` marker left out, YAML files that are not
 * manifests ignored (directoryFileObjects). Jsonnet is not evaluated: the unit says it is not previewed.
 */
function renderDirectory(tree, folder, options = {}, unit, strict = false) {
    const out = { objects: [], findings: [] };
    const glob = (key) => {
        const pattern = options[key];
        if (typeof pattern !== 'string' || pattern === '')
            return undefined;
        const compiled = directoryGlob(pattern);
        if (compiled.ok)
            return compiled.match;
        // Argo CD matches no path with a pattern it cannot compile: an include takes no file, an exclude none
        out.findings.push({
            severity: compiled.reason === 'invalid' ? 'warning' : 'error',
            rule: compiled.reason === 'invalid' ? 'invalid-glob' : 'glob-limits',
            unit,
            message: compiled.reason === 'invalid'
                ? `directory.${key} "${(0,plainText/* plainText */.w)(pattern)}": ${compiled.message}; Argo CD matches no file with it, so ${key === 'include' ? 'the app deploys no object of this folder' : 'no file is excluded'}`
                : `directory.${key}: ${compiled.message}; the app is not rendered`,
        });
        return compiled.reason === 'invalid' ? () => false : undefined;
    };
    const include = glob('include');
    const exclude = glob('exclude');
    if (out.findings.some((f) => f.rule === 'glob-limits'))
        return out;
    for (const path of (0,fileTree/* filesIn */.nG)(tree, folder, options.recurse === true)) {
        const relative = folder === '' ? path : path.slice(folder.length + 1);
        if (options.disableExtensionFilter !== true && !MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        const at = { unit, file: path, line: 1 };
        const kind = directoryEntry(tree, path);
        if (!kind.read) {
            if (kind.refuse)
                out.findings.push({ severity: 'error', rule: 'path-escape', ...at, message: kind.refuse });
            continue;
        }
        if (exclude?.(relative) || (include && !include(relative)))
            continue;
        const size = tree.get((0,fileTree/* linkChain */.Ct)(tree, path).at(-1))?.tooLarge;
        if (size) {
            out.findings.push({
                severity: 'error',
                rule: 'file-too-large',
                ...at,
                message: (0,fileTree/* tooLargeMessage */.pb)(path, size),
            });
            continue;
        }
        if (path.endsWith('.jsonnet')) {
            out.findings.push({
                severity: 'warning',
                rule: 'not-previewed',
                ...at,
                message: `${path} is jsonnet, which Argo CD evaluates and Slipway does not: the app is not previewed`,
            });
            continue;
        }
        const text = (0,fileTree/* readText */.yR)(tree, path);
        if (text.includes(SKIP_MARKER))
            continue;
        const parsed = directoryFileObjects(text, path, unit, strict);
        out.objects.push(...parsed.objects);
        out.findings.push(...parsed.findings);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/argo/otherRepository.ts
var otherRepository = __webpack_require__(3596);
;// CONCATENATED MODULE: ./src/pipeline/otherTrees.ts



/** Another repository's tree, or the app's finding saying why it is not previewed. */
async function otherTreeOf(unit, at, options) {
    const fetched = options.otherTree
        ? await options.otherTree(at.url, at.revision)
        : { error: 'other repositories are not fetched here' };
    if ('tree' in fetched)
        return { tree: fetched.tree };
    // the report says "not previewed: <file>:<line>: could not fetch <url>@<rev> (<reason>)"
    const message = `could not fetch ${(0,otherRepository/* repoAtText */.R3)(at.url, at.revision)} (${fetched.error})`;
    return { rendered: notRendered(unit, 'warning', 'not-previewed', message) };
}
/**
 * A render's tree with the value files its source takes from other trees (`$ref:<ref>/<path>`) laid
 * out under REF_FOLDER, and the source's value files pointing there. Each file is read inside its own
 * repository's tree (a path leaving it, or a link out of it, is refused as in this repository).
 */
async function withValueRefs(tree, home, unit, source, options) {
    const refs = source.valueRefs;
    if (!refs || !source.helm?.valueFiles)
        return { tree, source };
    const overlay = new Map(tree);
    const ignoreMissing = source.helm.ignoreMissingValueFiles === true;
    const valueFiles = [];
    for (const file of source.helm.valueFiles) {
        const cross = typeof file === 'string' ? (0,otherRepository/* crossRef */.En)(file) : undefined;
        const at = cross && refs[cross.ref];
        if (!cross || at === undefined) {
            valueFiles.push(file);
            continue;
        }
        let from = home;
        if (at !== null) {
            const other = await otherTreeOf(unit, at, options);
            if ('rendered' in other)
                return other;
            from = other.tree;
        }
        const path = (0,fileTree/* resolveInTree */.O4)('', cross.path);
        const where = at === null ? 'this repository' : (0,otherRepository/* repoAtText */.R3)(at.url, at.revision);
        const named = `$${cross.ref}/${cross.path}`;
        if (path === undefined ||
            path === '' ||
            (from.get(path)?.link !== undefined && !(0,fileTree/* isReadable */.hS)(from, path))) {
            return {
                rendered: notRendered(unit, 'error', 'path-escape', `value file ${named} resolves outside ${where}; it is not read`),
            };
        }
        if (!(0,fileTree/* isReadable */.hS)(from, path)) {
            if (ignoreMissing)
                continue;
            return {
                rendered: notRendered(unit, 'error', 'missing-value-file', `value file ${named} does not exist in ${where}; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`),
            };
        }
        const laidOut = `${otherRepository/* REF_FOLDER */.rC}/${cross.ref}/${path}`;
        overlay.set(laidOut, { text: (0,fileTree/* readText */.yR)(from, path) ?? '' });
        valueFiles.push(`$values/${laidOut}`);
    }
    return { tree: overlay, source: { ...source, helm: { ...source.helm, valueFiles } } };
}

// EXTERNAL MODULE: ./src/core/render/chartDependencies.ts
var chartDependencies = __webpack_require__(541);
// EXTERNAL MODULE: ./src/core/render/helmInputs.ts
var helmInputs = __webpack_require__(1215);
// EXTERNAL MODULE: ./src/core/render/helmRelease.ts
var helmRelease = __webpack_require__(4993);
;// CONCATENATED MODULE: ./src/pipeline/renderHelm.ts





/** `what` names the chart in findings: `<chart> from <repoURL>`, or the chart folder's Chart.yaml. */
async function renderHelm(tree, unit, source, options, what) {
    const at = { unit: unit.id, file: unit.file, line: unit.line };
    const helm = source.helm ?? {};
    const release = (0,helmRelease/* helmRelease */.M)(unit, source, options.kubernetesVersion, options.apiVersions);
    const problem = (0,helmInputs/* helmNameProblem */.NY)(release, source.chart);
    if (problem)
        return notRendered(unit, 'error', 'invalid-application', `${problem}; not rendered`);
    const chartPath = source.chart ? undefined : source.path;
    const inputs = (0,helmInputs/* helmValueFiles */.B)(tree, chartPath, helm, at);
    const fileParameters = (0,helmInputs/* helmFileParameters */.Jt)(tree, chartPath, helm, at);
    const dependencies = chartPath === undefined ? undefined : (0,chartDependencies/* chartDependencies */.u)(tree, chartPath, at, options.charts);
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
        ...(dependencies && dependencies.remote.length > 0 && { remoteDependencies: dependencies.remote }),
    };
    const result = await options.renderer.helmTemplate(tree, chart, files, helm, release);
    const missing = /helm not found/.test(result.error);
    if (!missing)
        options.renderersUsed?.add('helm');
    if (result.ok)
        return (0,documentReader/* parseObjects */.MB)(result.stdout, source.chart ? unit.file : what, unit.id);
    // a chart or dependency that could not be pulled (offline, unauthorized, not found): this app only
    if (result.notPreviewed !== undefined)
        return notRendered(unit, 'warning', 'not-rendered', `not previewed: ${result.notPreviewed}`);
    // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
    if (missing || source.chart !== undefined)
        return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
    return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}

// EXTERNAL MODULE: ./src/core/render/kustomizeInputs.ts
var kustomizeInputs = __webpack_require__(2730);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/render/kustomizeOutput.ts
// `kustomize build` output mapped back to the repository: each object's origin annotation gives the file
// and line it came from, and the annotation is removed before the object is compared.




const ORIGIN = 'config.kubernetes.io/origin';
/**
 * Objects out of `kustomize build` with buildMetadata originAnnotations: each annotation names the
 * file it came from (mapped back to the repository by `originToRepo`); the annotation is removed again.
 */
function parseKustomizeOutput(yaml, tree, originToRepo, fallback, unit) {
    const parsed = (0,documentReader/* parseObjects */.MB)(yaml, fallback.file, unit);
    // a render's objects come from a few files: each origin and each file's kinds worked out once
    const fileOfOrigin = new Map();
    const kindLines = new Map();
    for (const item of parsed.objects) {
        item.line = fallback.line;
        delete item.within;
        const metadata = (0,fields/* objectOf */.Xy)(item.obj.metadata);
        const annotations = (0,fields/* objectOf */.Xy)(metadata.annotations);
        const origin = annotations[ORIGIN];
        if (typeof origin !== 'string')
            continue;
        delete annotations[ORIGIN];
        if (Object.keys(annotations).length === 0)
            delete metadata.annotations;
        if (!fileOfOrigin.has(origin)) {
            const originPath = (0,fields/* objectOf */.Xy)((0,dist/* parse */.qg)(origin)).path;
            const found = typeof originPath === 'string' ? originToRepo(originPath) : undefined;
            fileOfOrigin.set(origin, found !== undefined && tree.has(found) ? found : undefined);
        }
        const file = fileOfOrigin.get(origin);
        if (file === undefined)
            continue;
        item.file = file;
        let lines = kindLines.get(file);
        if (!lines)
            kindLines.set(file, (lines = linesOfKinds((0,fileTree/* readText */.yR)(tree, file) ?? '')));
        item.line = lines.get(String(item.obj.kind)) ?? 1;
    }
    return parsed;
}
/** For each `kind:` at the top of a document in `text`, the first line of the first such document. */
function linesOfKinds(text) {
    const found = new Map();
    const lines = text.split('\n');
    let start = 1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('---'))
            start = i + 2;
        else {
            const kind = /^kind:\s*["']?([\w.-]+)["']?\s*(#.*)?$/.exec(line.trimEnd())?.[1];
            if (kind !== undefined && !found.has(kind))
                found.set(kind, start);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/pipeline/renderKustomize.ts




const unmapped = () => undefined;
async function renderKustomize(tree, unit, source, options) {
    const enableHelm = (options.kustomizeBuildOptions ?? []).includes('--enable-helm');
    const inputs = (0,kustomizeInputs/* kustomizeInputs */.r)(tree, source.path, unit.id, undefined, { enableHelm });
    if (inputs.findings.length > 0)
        return { objects: [], findings: inputs.findings };
    const origins = !options.withoutOrigins?.has(unit.id);
    const building = options.renderer.kustomizeBuild(tree, source.path, inputs.files, source.kustomize, options.kustomizeBuildOptions, origins);
    options.building?.(tree, inputs.files);
    const built = await building;
    if (built.renderer)
        options.renderersUsed?.add(built.renderer);
    if (!built.ok)
        return notRendered(unit, 'error', 'render', `kustomize build failed: ${built.error}`);
    const output = parseKustomizeOutput(built.stdout, tree, 
    // a build asked without origins places every object at the app's kustomization, even when a build
    // with them served it (the render cache keeps those): its files are not read to find the objects' lines
    origins ? built.originToRepo : unmapped, { file: (0,sourceType/* kustomizationIn */.dq)(tree, source.path), line: 1 }, unit.id);
    return origins ? output : { ...output, originsOmitted: true };
}

;// CONCATENATED MODULE: ./src/pipeline/renderSource.ts







async function renderSource(tree, unit, source, options, 
/** This repository's tree at the side rendered (`tree` is another repository's for a source there). */
home = tree) {
    if (source.invalid)
        return notRendered(unit, 'error', 'invalid-application', source.invalid);
    // a source in another repository: that repository's files at its revision, under the same rules
    if (source.repo !== undefined && source.otherRevision === undefined) {
        const other = await otherTreeOf(unit, source.repo, options);
        if ('rendered' in other)
            return other.rendered;
        return renderSource(other.tree, unit, { ...source, repo: undefined }, options, home);
    }
    if (source.valueRefs && source.otherRevision === undefined) {
        const laid = await withValueRefs(tree, home, unit, source, options);
        if ('rendered' in laid)
            return laid.rendered;
        return renderSource(laid.tree, unit, { ...laid.source, valueRefs: undefined }, options, home);
    }
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
    if (type === 'kustomize')
        return renderKustomize(tree, unit, source, options);
    if (type === 'helm')
        return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
    return renderDirectory(tree, source.path, source.directory, unit.id, options.strict);
}

;// CONCATENATED MODULE: ./src/pipeline/renderUnit.ts




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


/***/ }),

/***/ 7960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ renderAll)
});

// UNUSED EXPORTS: mayRunProgram

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
// EXTERNAL MODULE: ./src/core/argo/application.ts + 1 modules
var application = __webpack_require__(312);
// EXTERNAL MODULE: ./src/core/argo/discovery.ts + 1 modules
var discovery = __webpack_require__(8376);
;// CONCATENATED MODULE: ./src/core/render/deployedApps.ts


/** Whether objects deploy apps (app-of-apps, ApplicationSets): their children report where they come from. */
const deploysApps = (objects) => objects.some((o) => (0,application/* isApplication */.zz)(o.obj) || (0,application/* isApplicationSet */.tj)(o.obj));
/** Whether objects hold an ApplicationSet: deployedApps needs the ApplicationSet engine for them. */
const deploysApplicationSets = (objects) => objects.some((o) => (0,application/* isApplicationSet */.tj)(o.obj));
/**
 * The apps objects deploy (app-of-apps, ApplicationSets), and what could not be read of them; `expand` is
 * needed where they hold an ApplicationSet (deploysApplicationSets).
 */
function deployedApps(tree, objects, repoUrls, tracking, expand) {
    const units = [];
    const notPreviewed = [];
    const otherRevisions = [];
    for (const { obj, file, line } of objects) {
        const generated = (0,discovery/* generatedApps */.qd)(expand, obj, file, line, tree, repoUrls, tracking);
        if (generated)
            notPreviewed.push(...generated.notPreviewed);
        if (generated?.otherRevisions)
            otherRevisions.push(...generated.otherRevisions);
        for (const app of generated ? generated.applications : (0,application/* isApplication */.zz)(obj) ? [obj] : []) {
            const found = (0,application/* appUnit */.u7)(app, file, line, repoUrls, tree, tracking);
            notPreviewed.push(...found.notPreviewed);
            if (found.unit)
                units.push({ unit: generated ? (0,discovery/* withPolicy */.hZ)(found.unit, generated.policy) : found.unit, file, line });
        }
    }
    return { units, notPreviewed, otherRevisions };
}

// EXTERNAL MODULE: ./src/pipeline/affectedApps.ts
var affectedApps = __webpack_require__(2956);
// EXTERNAL MODULE: ./src/pipeline/appSetEngine.ts
var appSetEngine = __webpack_require__(5011);
;// CONCATENATED MODULE: ./src/pipeline/pool.ts
// A bounded worker pool: renders are child processes, so a run starts one per CPU at a time.
/** Runs `task` over items with at most `limit` at once; the results in the items' order. */
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

// EXTERNAL MODULE: ./src/pipeline/renderOptions.ts
var renderOptions = __webpack_require__(560);
// EXTERNAL MODULE: ./src/pipeline/renderUnit.ts + 9 modules
var renderUnit = __webpack_require__(862);
;// CONCATENATED MODULE: ./src/pipeline/renderWaves.ts
// Renders units a pool at a time, then the apps their outputs deploy (app-of-apps, ApplicationSets)
// as the next wave, to a bounded depth.








const MAX_APP_DEPTH = 3;
/**
 * Whether rendering a unit may start a program (kustomize, helm, git for another repository's files): a
 * unit whose sources are all plain folders of this tree is read in place. Only the units that may are
 * announced to the renderer: a wave of plain folders (`validate DIR` without Applications) would
 * otherwise start the helper that launches programs, a Node process of its own, for nothing.
 */
function mayRunProgram(tree, unit) {
    return unit.sources.some((source) => source.repo !== undefined ||
        source.valueRefs !== undefined ||
        source.chart !== undefined ||
        (0,sourceType/* sourceType */.Mx)(tree, source) !== 'directory');
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
    // an Application discovery found in a file is that app when an app-of-apps deploys the same document
    // under the same name (the parent's destination namespace would otherwise give it a second identity)
    const definedAt = new Map([
        ...(options.definedAt ?? []),
        ...units.map((u) => [(0,affectedApps/* place */.ik)(u), (0,affectedApps/* appName */.JB)(u)]),
    ]);
    options = (0,renderOptions/* forTree */.c)(tree, options);
    let wave = [...units];
    let done = 0;
    for (let depth = 0; wave.length > 0; depth++) {
        options.progress?.planned(wave.length);
        const programs = wave.filter((unit) => mayRunProgram(tree, unit)).length;
        if (programs > 0)
            options.renderer.planned?.(programs);
        const offset = done;
        const found = await pool(wave, (0,external_node_os_.availableParallelism)(), async (unit, i) => {
            await options.beforeRender?.();
            let output = await (0,renderUnit/* renderUnit */.B)(tree, unit, options);
            if (output.originsOmitted && deploysApps(output.objects))
                output = await (0,renderUnit/* renderUnit */.B)(tree, unit, { ...options, withoutOrigins: undefined });
            options.progress?.done();
            const expand = await (0,appSetEngine/* expanderIf */.P)(deploysApplicationSets(output.objects), (0,affectedApps/* controllerOf */.Oo)(options));
            const children = deployedApps(tree, output.objects, options.repoUrls, options.tracking, expand);
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
                if (known.has(unit.id) || definedAt.get((0,affectedApps/* place */.ik)({ file, line })) === (0,affectedApps/* appName */.JB)(unit))
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


/***/ })

};
