export const id = 534;
export const ids = [534];
export const modules = {

/***/ 5425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCheck: () => (/* binding */ mergeCheck),
  planCheck: () => (/* binding */ planCheck),
  readSides: () => (/* binding */ readSides),
  runCheck: () => (/* binding */ runCheck),
  verdict: () => (/* binding */ verdict)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diff/shards.ts
var diff_shards = __webpack_require__(5154);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/diff/imageVersions.ts
var imageVersions = __webpack_require__(7547);
// EXTERNAL MODULE: ./src/core/argo/discovery.ts + 1 modules
var discovery = __webpack_require__(8376);
// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/rules.ts
var rules = __webpack_require__(1688);
// EXTERNAL MODULE: ./src/core/policy/policy.ts
var policy_policy = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
;// CONCATENATED MODULE: ./src/core/policy/eligibility.ts
// Whether a manifests pull request may merge on its own, judged on its predicted cluster diff. An allowlist:
// every changed object is a workload (or an Application) whose only difference is the version (tag,
// digest) of an image of the same repository, within the auto-merge level of the environment it lands in;
// any other difference \u2014 of an object, an Application, an ApplicationSet, an AppProject or a hook \u2014 is a
// reason, named.









/**
 * A pull request is eligible only when the preview saw everything it changes: every app it touches was
 * rendered without error, no Application it touches is not previewed, its Applications keep their
 * destination, sources, project and sync policy, and every other file it changes is allowed by the policy.
 */
function completeness(input, policy) {
    const reasons = [];
    const changed = new Set(input.changedFiles);
    for (const entry of input.diff.notPreviewed)
        if (changed.has(entry.file))
            reasons.push(`app ${entry.name} is not previewed (${entry.reason})`);
    for (const app of input.diff.apps) {
        const incomplete = app.findings.find(rules/* blocksAutoMerge */.cF);
        if (incomplete)
            reasons.push(`app ${app.name} was not fully previewed (${incomplete.file ?? app.file}: ${incomplete.message})`);
        for (const setting of app.settingChanges)
            reasons.push(`it changes the ${setting.replace(/:.*/, '')} of app ${app.name} (${setting})`);
        // an ignored difference was not shown, so it is never approved
        for (const change of app.changes)
            if (change.ignoredLines)
                reasons.push(`${change.object} of app ${app.name} changes only in ignored lines (ignore-lines), which are never approved`);
        if (app.ignoredChanges)
            reasons.push(`app ${app.name} has ${app.ignoredChanges} ignored change(s) (ignore-resources), which are never approved`);
    }
    const allowed = policy.allowedPaths.length > 0 ? picomatch_default()(policy.allowedPaths, { dot: true }) : () => false;
    for (const file of input.uncovered)
        if (!allowed(file) && !policy_policy/* POLICY_FILES */.jE.includes(file))
            reasons.push(`it changes ${file}, which no previewed app reads (list it in allowed-paths to allow it)`);
    return reasons;
}
const versionOf = (ref) => ref?.tag ?? ref?.digest;
/**
 * Why a changed object is not an image bump: any difference but the versions of its images (a workload's
 * containers, an Application's image overrides), an image moved to another repository, or a version
 * change beyond the environment's level. Counts the image changes it allows.
 */
function objectReasons(change, what, judge) {
    const before = (0,imageVersions/* versionless */.kU)(change.before ?? {});
    const after = (0,imageVersions/* versionless */.kU)(change.after ?? {});
    const other = (0,imageVersions/* differences */.tX)(before.rest, after.rest);
    if (other.paths.length > 0)
        return [`it changes ${(0,imageVersions/* describeDifferences */.g7)(other)} of ${what}`];
    const reasons = [];
    after.images.forEach(({ image, at }, i) => {
        const was = before.images[i]?.image;
        if (was === undefined || was === image)
            return;
        const from = (0,imageRef/* tryParseImageRef */.ZJ)(was);
        const to = (0,imageRef/* tryParseImageRef */.ZJ)(image);
        if (!from || !to) {
            reasons.push(`${what} ${at} has an image that is not a valid reference (${was} \u2192 ${image})`);
            return;
        }
        if (from.canonical !== to.canonical) {
            reasons.push(`it moves ${what} ${at} to another image repository (${from.canonical} \u2192 ${to.canonical}); only versions of the same repository may change`);
            return;
        }
        const refused = judge(was, image);
        if (refused)
            reasons.push(refused);
    });
    return reasons;
}
/**
 * Why the Argo CD definitions of a changed file (ApplicationSets, AppProjects, any argoproj.io kind but
 * Applications, which are compared per app) are not unchanged but for image versions.
 */
function definitionReasons(file, base, head) {
    const docsOf = (text) => {
        const out = new Map();
        if (text === undefined)
            return out;
        for (const doc of (0,dist/* parseAllDocuments */.hR)(text)) {
            if (doc.errors.length > 0)
                continue;
            const o = doc.toJS({ maxAliasCount: 100 });
            if (!(0,fields/* isFields */.Ce)(o))
                continue;
            if (typeof o.apiVersion !== 'string' || !o.apiVersion.startsWith('argoproj.io/'))
                continue;
            if (o.kind === 'Application')
                continue;
            const metadata = (0,fields/* objectOf */.Xy)(o.metadata);
            out.set(`${String(o.kind)} ${(0,plainText/* plainText */.w)(metadata.namespace, '')}/${(0,plainText/* plainText */.w)(metadata.name, '')}`, o);
        }
        return out;
    };
    let before;
    let after;
    try {
        // a file that cannot spell argoproj.io (see mayDeclareArgoResource) holds no Argo CD definition
        before = docsOf(base && (0,discovery/* mayDeclareArgoResource */.hU)(base) ? base.text : undefined);
        after = docsOf(head && (0,discovery/* mayDeclareArgoResource */.hU)(head) ? head.text : undefined);
    }
    catch {
        return [`it changes ${file}, whose Argo CD definitions could not be read`];
    }
    const reasons = [];
    const name = (key) => key.replace(/ \/?/, ' ').replace(/\/$/, '');
    for (const [key, obj] of after) {
        const was = before.get(key);
        if (!was) {
            reasons.push(`it adds ${name(key)} (${file})`);
            continue;
        }
        const found = (0,imageVersions/* differences */.tX)((0,imageVersions/* versionless */.kU)(was).rest, (0,imageVersions/* versionless */.kU)(obj).rest);
        if (found.paths.length > 0)
            reasons.push(`it changes ${(0,imageVersions/* describeDifferences */.g7)(found)} of ${name(key)} (${file})`);
    }
    for (const key of before.keys())
        if (!after.has(key))
            reasons.push(`it removes ${name(key)} (${file})`);
    return reasons;
}
/** What a hook's change is called in a reason. */
const HOOK_CHANGE = { new: 'adds', changed: 'changes', removed: 'removes' };
function eligibility(input) {
    const reasons = [];
    const { policy } = input;
    if (input.policyErrors.length > 0) {
        const e = input.policyErrors[0];
        reasons.push(`the policy file is invalid (${e.file}:${e.line}: ${e.message})`);
    }
    if (!policy)
        return {
            eligible: false,
            reasons: reasons.length > 0 ? reasons : ['there is no policy file on the base branch'],
        };
    if (input.fork)
        reasons.push('it comes from a fork');
    reasons.push(...completeness(input, policy));
    const policyFile = input.changedFiles.find((f) => policy_policy/* POLICY_FILES */.jE.includes(f));
    if (policyFile)
        reasons.push(`it changes the policy file ${policyFile}`);
    for (const file of input.changedFiles) {
        const env = (0,policy_policy/* environmentOf */.p7)(policy, file);
        if (env?.autoMerge === 'never')
            reasons.push(`it touches ${env.name} (auto-merge: never)`);
    }
    let imageChanges = 0;
    for (const app of input.diff.apps) {
        if (app.status === 'new')
            reasons.push(`it adds app ${app.name}`);
        if (app.status === 'removed')
            reasons.push(`it removes app ${app.name}`);
        if (app.status === 'renamed')
            reasons.push(`it renames app ${app.renamedFrom} to ${app.name}`);
        if (app.status !== 'changed')
            continue;
        for (const hook of app.hooks)
            if (hook.change !== 'unchanged')
                reasons.push(`it ${HOOK_CHANGE[hook.change]} the sync hook ${hook.object} of app ${app.name}`);
        // the environment an app lands in: the one its source folder belongs to
        const env = (0,policy_policy/* environmentOf */.p7)(policy, `${app.sourcePath ?? ''}/x`);
        const judge = (was, now) => {
            imageChanges++;
            const from = (0,imageRef/* tryParseImageRef */.ZJ)(was);
            const to = (0,imageRef/* tryParseImageRef */.ZJ)(now);
            const type = (0,policy_policy/* updateType */.Gg)(from?.tag, to?.tag);
            if (!env)
                return `${app.name} is in no environment of the policy`;
            if (!(0,policy_policy/* admits */.t5)(env.autoMerge, type))
                return `${type} update ${versionOf(from) ?? was} \u2192 ${versionOf(to) ?? now} in ${env.name} (auto-merge: ${env.autoMerge})`;
            return undefined;
        };
        for (const change of app.changes) {
            if (change.change !== 'changed') {
                reasons.push(`it ${change.change === 'created' ? 'creates' : 'deletes'} ${change.object}`);
                continue;
            }
            reasons.push(...objectReasons(change, `${change.object}`, judge));
        }
    }
    if (input.trees) {
        const { base, head } = input.trees;
        for (const file of input.changedFiles)
            reasons.push(...definitionReasons(file, base.get(file), head.get(file)));
    }
    if (imageChanges === 0 && reasons.length === 0)
        reasons.push('it changes no image');
    const unique = [...new Set(reasons)];
    return { eligible: unique.length === 0, reasons: unique };
}

// EXTERNAL MODULE: ./src/core/diff/ignoreResources.ts
var ignoreResources = __webpack_require__(7348);
// EXTERNAL MODULE: ./src/core/diff/ignoreLines.ts
var ignoreLines = __webpack_require__(3754);
// EXTERNAL MODULE: ./src/core/render/unitInputs.ts
var unitInputs = __webpack_require__(345);
// EXTERNAL MODULE: ./src/core/report/diffJson.ts
var diffJson = __webpack_require__(929);
// EXTERNAL MODULE: ./src/core/report/pullRequestFindings.ts
var pullRequestFindings = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/core/report/markdownText.ts
var markdownText = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/log.ts
/** Runs a phase in the log's group when it has groups. */
function inGroup(log, name, phase) {
    return log.group ? log.group(name, phase) : phase();
}
/** A log that keeps everything, for tests and for commands that report at the end. */
function memoryLog() {
    const lines = [];
    const at = (where) => where?.file ? ` (${where.file}${where.line ? `:${where.line}` : ''})` : '';
    return {
        lines,
        info: (m) => lines.push(m),
        debug: (m) => lines.push(`debug: ${m}`),
        warning: (m, w) => lines.push(`warning: ${m}${at(w)}`),
        error: (m, w) => lines.push(`error: ${m}${at(w)}`),
        notice: (m) => lines.push(`notice: ${m}`),
    };
}

// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/render/chartDependencies.ts
var chartDependencies = __webpack_require__(541);
// EXTERNAL MODULE: ./src/core/diff/clusterDiff.ts + 10 modules
var clusterDiff = __webpack_require__(4424);
// EXTERNAL MODULE: ./src/core/diff/changeText.ts
var changeText = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
;// CONCATENATED MODULE: ./src/core/render/declaredKinds.ts
// The kinds a render's input files declare, found by reading their lines, not by parsing them: a guess,
// made while the render runs in another process, at which validators its objects will need, so that their
// code loads then and not after the render (pairedRenders.ts). A wrong guess costs a validator loaded for
// nothing; a kind missed is loaded once the render is in, as without the guess. Nothing here decides a
// finding.

/**
 * `apiVersion:` and `kind:` at the start of a line (a top-level key), and `---` (the next document). One
 * pass, linear in the text: no part of the pattern can match the same characters two ways.
 */
const TOP_LEVEL = /^(?:(apiVersion|kind):[ \t]*(["']?)([A-Za-z0-9][A-Za-z0-9./-]*)\2[ \t]*(?:#.*)?$|---)/gm;
/** kustomize's own configuration (Kustomization, Component, generators and transformers): never rendered. */
const KUSTOMIZE_CONFIG = /(?:^|\.)(?:kustomize\.config\.k8s\.io|config\.kubernetes\.io)\/|^builtin$/;
/** The apiVersion/kind pairs of a YAML stream's documents that name both at the top level. */
function declaredKindsIn(text) {
    const found = [];
    let apiVersion;
    let kind;
    const flush = () => {
        if (apiVersion && kind && !KUSTOMIZE_CONFIG.test(apiVersion))
            found.push({ apiVersion, kind });
        apiVersion = kind = undefined;
    };
    for (const [, key, , value] of text.matchAll(TOP_LEVEL)) {
        if (key === undefined)
            flush();
        else if (key === 'apiVersion')
            apiVersion = value;
        else
            kind = value;
    }
    flush();
    return found;
}
/**
 * The kinds declared by a build's input files (kustomization files left out), each once, in the order
 * first met. Only files already read are looked at: a guess never costs a read from git.
 */
function declaredKinds(tree, inputs) {
    const kinds = new Map();
    for (const path of inputs) {
        if (!/\.ya?ml$/.test(path) || sourceType/* KUSTOMIZATION_FILES */.Ct.includes(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        const entry = tree.get(path);
        if (!entry || entry.unread || entry.link !== undefined)
            continue;
        for (const declared of declaredKindsIn(entry.text ?? ''))
            if (!kinds.has(`${declared.apiVersion}/${declared.kind}`))
                kinds.set(`${declared.apiVersion}/${declared.kind}`, declared);
    }
    return [...kinds.values()];
}

// EXTERNAL MODULE: ./src/core/render/renderState.ts
var renderState = __webpack_require__(333);
// EXTERNAL MODULE: ./src/core/validate/rules.ts
var validate_rules = __webpack_require__(121);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/pipeline/pairPacer.ts
// Keeps a pull request's base renders and head renders in step. Each revision renders in its own pool,
// and an app is compared once both of its renders are done; until then, the first render's objects wait
// in memory. The base builds faster (no origin annotations), so left alone it ran up to 185 apps ahead
// of the head in a 500-app shared-base PR, holding every one of those apps' parsed objects.
//
// A side that holds `limit` apps waiting for the other side pauses before its next render. It does not
// pause while the other side is paused or finished, so at most one side waits and both make progress.

const otherSide = (side) => (side === 'base' ? 'head' : 'base');
/** How many apps one side may hold waiting for the other: more than its pool renders at once. */
function pacingLimit(parallel = (0,external_node_os_.availableParallelism)()) {
    return Math.max(16, 2 * parallel);
}
class PairPacer {
    limit;
    held = { base: 0, head: 0 };
    paused = { base: 0, head: 0 };
    finished = { base: false, head: false };
    wakers = [];
    constructor(limit = pacingLimit()) {
        this.limit = limit;
    }
    /** Resolves when `side` may start its next render. */
    async ready(side) {
        while (this.mustWait(side)) {
            this.paused[side]++;
            await new Promise((resolve) => this.wakers.push(resolve));
            this.paused[side]--;
        }
    }
    /** A render of `side` waits for the other side's render of the same app. */
    hold(side) {
        this.held[side]++;
    }
    /** The other side's render of an app `side` held has arrived. */
    release(side) {
        this.held[side]--;
        this.wake();
    }
    /** `side` has no more renders to start: the other side never waits for it. */
    finish(side) {
        this.finished[side] = true;
        this.wake();
    }
    mustWait(side) {
        const them = otherSide(side);
        return this.held[side] >= this.limit && this.paused[them] === 0 && !this.finished[them];
    }
    wake() {
        const waiting = this.wakers;
        this.wakers = [];
        for (const resolve of waiting)
            resolve();
    }
}

// EXTERNAL MODULE: ./src/pipeline/renderOptions.ts
var renderOptions = __webpack_require__(560);
// EXTERNAL MODULE: ./src/pipeline/renderUnit.ts + 9 modules
var renderUnit = __webpack_require__(862);
// EXTERNAL MODULE: ./src/pipeline/renderWaves.ts + 2 modules
var renderWaves = __webpack_require__(7960);
;// CONCATENATED MODULE: ./src/pipeline/pairedRenders.ts









/**
 * Loads the ValidationKit, while the first renders run in other processes: a run that renders nothing (a
 * pull request no app reads) never loads it.
 */
async function loadValidationKit(crdCatalog) {
    const [checks, schemas] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(681), __webpack_require__.e(927)]).then(__webpack_require__.bind(__webpack_require__, 6927)),
        __webpack_require__.e(/* import() */ 401).then(__webpack_require__.bind(__webpack_require__, 401)).then((m) => m.loadBuiltinSchemas({ crdCatalog })),
    ]);
    return { checks, schemas };
}
/** Whether the base holds an object the head does not: the diff shows it deleted, from its own file. */
function losesObjects(base, head) {
    const kept = new Set(head.objects.map((o) => (0,validate_rules/* objectKey */.T5)(o.obj)));
    return base.objects.some((o) => !kept.has((0,validate_rules/* objectKey */.T5)(o.obj)));
}
/**
 * Prints each change of an app compared as its renders arrive (its canonical YAML and the hunks every
 * report groups changes by), while other renders run: done after the last render, it was the longest
 * step between that render and the report (changeTexts keeps them for the reports).
 */
function printChanges(changes) {
    for (const change of changes)
        (0,changeText/* objectDiff */.J)(change, 0);
}
const side = (o, findings) => {
    const reason = (0,renderState/* stateReason */.M)(o.findings);
    return { unit: o.unit, objects: o.objects, findings, state: o.state, ...(reason && { reason }) };
};
async function renderAndCompare(trees, units, options, validationOptions, counted, 
/** Milliseconds since the caller's previous lap: the phases are timed on the caller's stopwatch. */
lap) {
    const headIds = new Set(units.head.map((u) => u.id));
    const paired = new Set(units.base.filter((u) => headIds.has(u.id)).map((u) => u.id));
    const waiting = new Map();
    const ready = [];
    // apps on one side only (and apps that apps deploy) are compared at the end, where renames are found
    const baseRest = [];
    const headRest = [];
    const settled = [];
    // each app's findings array, filled once every app is validated
    const findingsOf = new Map();
    let kit;
    let validation;
    let rendered = 0;
    // an app's base is built without origin annotations (they cost kustomize ~15 % of its CPU): only a
    // deleted object reports its file from the base, and such a base is built again with them, with the
    // options of its first build (the base's CRD API versions for helm)
    const baseBuild = (0,renderOptions/* forTree */.c)(trees.base, options);
    const baseOptions = { ...baseBuild, withoutOrigins: paired };
    const rebuilds = [];
    const compareReady = () => {
        if (!kit)
            return; // the built-in validators are still loading: the renders wait in `ready`
        validation ??= new kit.checks.RenderedValidation(trees.head, validationOptions, kit.schemas);
        for (const { base, head, order } of ready.splice(0)) {
            if (base?.originsOmitted && head && losesObjects(base, head)) {
                const rebuilt = (0,renderUnit/* renderUnit */.B)(trees.base, base.unit, baseBuild).then((withOrigins) => {
                    ready.push({ base: withOrigins, head, order });
                    compareReady();
                });
                rebuilds.push(rebuilt);
                continue;
            }
            let findings = [];
            if (head) {
                validation.add(head, order);
                findingsOf.set(head.unit.id, (findings = []));
            }
            if (base && head) {
                const pair = (0,clusterDiff/* diffPair */.Wf)(side(base, []), side(head, findings));
                printChanges(pair.app.changes);
                settled.push(pair);
            }
            else if (head)
                headRest.push(side(head, findings));
            else if (base)
                baseRest.push(side(base, []));
        }
    };
    const pacer = new PairPacer();
    const arrived = (which) => (output, order) => {
        rendered++;
        // a base's kinds are most likely its head's: either side starts loading them
        if (kit)
            kit.checks.prefetchValidation(output.objects, kit.schemas);
        const id = output.unit.id;
        if (!paired.has(id))
            ready.push({ [which]: output, order });
        else {
            const entry = waiting.get(id) ?? {};
            entry[which] = output;
            if (which === 'head')
                entry.order = order;
            if (entry.base && entry.head) {
                waiting.delete(id);
                pacer.release(otherSide(which));
                ready.push({ base: entry.base, head: entry.head, order: entry.order ?? order });
            }
            else {
                waiting.set(id, entry);
                pacer.hold(which);
            }
        }
        compareReady();
    };
    // the kinds the head's builds declare (only the head is validated), loaded while the builds run
    let guessed = [];
    const prefetchGuessed = () => {
        if (!kit || guessed.length === 0)
            return;
        kit.checks.prefetchValidation(guessed.map((obj) => ({ obj: { ...obj } })), kit.schemas);
        guessed = [];
    };
    // (each file once: apps sharing a base would scan it again and again)
    const scanned = new Set();
    const guess = (tree, inputs) => {
        const fresh = [...inputs].filter((path) => !scanned.has(path));
        for (const path of fresh)
            scanned.add(path);
        guessed.push(...declaredKinds(tree, fresh));
        prefetchGuessed();
    };
    const renderSide = (which, tree, sideOptions) => (0,renderWaves/* renderAll */.Y)(tree, units[which], {
        ...sideOptions,
        beforeRender: () => pacer.ready(which),
        ...(which === 'head' && { building: guess }),
    }, arrived(which)).finally(() => pacer.finish(which));
    const rendering = Promise.all([
        renderSide('base', trees.base, baseOptions),
        renderSide('head', trees.head, options),
    ]);
    // (once the first renders are under way: compiling the kit's code holds this thread; its failure
    // fails the run)
    const loading = units.base.length + units.head.length > 0
        ? loadValidationKit(validationOptions.crdCatalog ?? false)
        : undefined;
    void loading?.then((loaded) => {
        kit = loaded;
        prefetchGuessed();
    }, () => undefined);
    const [baseOut, headOut] = await rendering;
    if (loading)
        kit = await loading;
    compareReady();
    while (rebuilds.length > 0)
        await Promise.all(rebuilds.splice(0));
    const render = lap();
    // (nothing rendered, nothing to check)
    const findings = kit
        ? await (validation ?? new kit.checks.RenderedValidation(trees.head, validationOptions, kit.schemas)).finish()
        : new Map();
    for (const [id, list] of findingsOf)
        list.push(...(findings.get(id) ?? []));
    const validate = lap();
    const diff = (0,clusterDiff/* diffUnits */.$J)(baseRest, headRest, counted.unchanged, [...counted.notPreviewed, ...baseOut.notPreviewed, ...headOut.notPreviewed], settled, new Map(units.head.flatMap((u) => (u.app?.generatedBy ? [[u.app.generatedBy.appSet, u.app.generatedBy]] : []))), [...(counted.otherRevisions ?? []), ...baseOut.otherRevisions, ...headOut.otherRevisions]);
    return { diff, rendered, timings: { render, validate, diff: lap() } };
}

// EXTERNAL MODULE: ./src/core/diff/shard.ts
var diff_shard = __webpack_require__(5043);
// EXTERNAL MODULE: ./src/pipeline/affectedApps.ts
var affectedApps = __webpack_require__(2956);
// EXTERNAL MODULE: ./src/core/argo/selector.ts
var selector = __webpack_require__(1915);
// EXTERNAL MODULE: ./src/core/argo/clusters.ts
var clusters = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/argo/applicationsRepository.ts
var applicationsRepository = __webpack_require__(9142);
;// CONCATENATED MODULE: ./src/pipeline/preview.ts









/**
 * The applications repository the settings name, fetched once at its revision (the same files for base
 * and head), or why it could not be; undefined when none is named.
 */
async function fetchApplications(setting, serverUrl, otherTree) {
    if (!setting)
        return undefined;
    const url = (0,applicationsRepository/* applicationsRepositoryUrl */.T_)(setting.repository, serverUrl);
    const at = { url, revision: setting.revision, path: setting.path };
    const fetched = otherTree
        ? await otherTree(url, setting.revision)
        : { error: 'other repositories are not fetched here' };
    if (!('tree' in fetched))
        return { ...at, error: fetched.error };
    if (setting.path !== '' && !(0,fileTree/* hasFolder */.bU)(fetched.tree, setting.path))
        return { ...at, error: `it has no folder ${setting.path} (applications-path)` };
    return { ...at, tree: fetched.tree };
}
/** Discovery only (no render): how many apps a change affects, for sizing a job matrix. */
async function planDiff(base, head, settings) {
    const { ids, affected } = await (0,affectedApps/* affectedApps */.R0)(base, head, (0,unitInputs/* changedPaths */.vl)(base, head), settings);
    return { units: ids.size, affected: affected.size };
}
/**
 * The apps a change affects and the sides each is found at, and how many apps there are: what a merge of
 * shards' reports holds them against (shards.ts coverageError).
 */
async function affectedSides(base, head, settings) {
    const found = await (0,affectedApps/* affectedApps */.R0)(base, head, (0,unitInputs/* changedPaths */.vl)(base, head), settings);
    const atBase = new Set(found.units.base.map((u) => u.id));
    const atHead = new Set(found.units.head.map((u) => u.id));
    const affected = [...found.affected].map((id) => {
        const at = atBase.has(id) ? (atHead.has(id) ? 'both' : 'base') : 'head';
        return { id, at };
    });
    return { units: found.ids.size, affected };
}
async function computeDiff(base, head, settings, renderer, index) {
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const spent = Math.round(now - mark);
        mark = now;
        return spent;
    };
    const changed = (0,unitInputs/* changedPaths */.vl)(base, head);
    // one memo of charts for the walk and the renders: a chart many apps share is parsed once
    const charts = settings.charts ?? (0,chartDependencies/* chartCache */.$)();
    const found = await (0,affectedApps/* affectedApps */.R0)(base, head, changed, { ...settings, charts }, index);
    const { ids: all, affected: allAffected, uncovered } = found;
    const shard = settings.shard;
    const affected = shard
        ? new Set([...allAffected].filter((id) => (0,diff_shard/* shardOf */.I)(id, shard.count) === shard.index))
        : allAffected;
    const options = {
        renderer,
        strict: settings.strict,
        kubernetesVersion: settings.kubernetesVersion,
        repoUrls: settings.repoUrls,
        ...(settings.tracking && { tracking: settings.tracking }),
        ...(found.clusters && { clusters: found.clusters }),
        ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
        exclude: (unit) => (0,selector/* exclusionOf */.ah)(unit, settings.selector),
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        renderersUsed: new Set(),
        charts,
        ...(settings.progress && { progress: settings.progress }),
        ...(settings.otherTree && { otherTree: settings.otherTree }),
        ...(found.definedAt && { definedAt: found.definedAt }),
    };
    const discover = lap();
    // apps deploying another revision are listed (otherRevisions), not counted as unchanged
    const elsewhere = found.otherRevisions.filter((entry) => entry.id !== undefined).length;
    const unaffected = [...all].filter((id) => !allAffected.has(id)).length - elsewhere;
    // apps the pull request cannot change are not rendered (render: changed), so a claim of one object by a
    // changed and an unchanged app shows in the push validation or with render: all
    const compared = await renderAndCompare({ base, head }, {
        base: found.units.base.filter((u) => affected.has(u.id)),
        head: found.units.head.filter((u) => affected.has(u.id)),
    }, options, found.clusters && 'clusters' in found.clusters
        ? { ...settings, clusterServers: (0,clusters/* clusterServers */.HW)(found.clusters.clusters) }
        : settings, {
        // a shard counts only what it rendered; the merge adds the unaffected apps once
        unchanged: shard ? 0 : unaffected,
        notPreviewed: found.notPreviewed,
        otherRevisions: found.otherRevisions.map(({ name, file, line, revision }) => ({
            name,
            file,
            line,
            revision,
        })),
    }, lap);
    const timings = { discover, ...compared.timings };
    return {
        timings,
        affected: allAffected.size,
        unaffected,
        diff: compared.diff,
        uncovered,
        units: all.size,
        rendered: compared.rendered,
        changedFiles: changed.size,
        renderers: [...options.renderersUsed],
        shardApps: [...affected],
        ...(found.builtIndex && { builtIndex: found.builtIndex }),
        ...(found.indexUse && { indexUse: found.indexUse }),
        ...(found.notIndexed && { notIndexed: found.notIndexed }),
    };
}

// EXTERNAL MODULE: ./src/core/argo/otherRepository.ts
var otherRepository = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/settings.ts + 6 modules
var src_settings = __webpack_require__(6816);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/keptIndex.ts

/** The settings a tree index's answers depend on (discovery's and the walk's), part of its key. */
const indexedSettings = (settings) => ({
    repoUrls: settings.repoUrls,
    tracking: settings.tracking,
    paths: settings.paths,
    maxFileBytes: settings.maxFileBytes,
    kustomizeBuildOptions: settings.kustomizeBuildOptions,
    ...(settings.clustersFolder !== undefined && { clustersFolder: settings.clustersFolder }),
    ...(settings.newGitFileGlobbing && { newGitFileGlobbing: true }),
});
function keptIndex(dir, settings, edges) {
    const store = settings.treeIndex ? edges.treeIndexes?.(dir, indexedSettings(settings)) : undefined;
    let kept;
    let refusal;
    return {
        ...(store && {
            // a file kept for the tree that cannot be used is refused as a mismatching one is: said, and replaced
            scanned: (treeId) => (kept = store.read(treeId, (reason) => (refusal = reason)))?.scan,
            refused: (reason) => {
                kept = undefined;
                refusal = reason;
            },
        }),
        preview: () => store && {
            ...(kept && { base: kept }),
            build: !kept,
            readAhead: (tree, paths, alongside) => edges.trees.readAhead(tree, paths, alongside),
        },
        keep(treeId, run) {
            if (store && treeId && run.builtIndex)
                store.write(treeId, run.builtIndex);
        },
        refusal: () => refusal,
        note({ indexUse, builtIndex, notIndexed }) {
            if (!store)
                return undefined;
            if (refusal)
                return `tree index not used: ${refusal}`;
            if (indexUse?.used)
                return "the base's tree index stood for its apps";
            if (indexUse)
                return `tree index not used: ${indexUse.reason}`;
            if (builtIndex)
                return "the base's tree index kept for the next preview";
            return notIndexed ? `no tree index kept: ${notIndexed}` : undefined;
        },
    };
}
/**
 * The index of one commit's tree, built now and kept for the previews whose base it is: what check does
 * on a push with `tree-index`, so that pull requests based on the pushed commit find its index (restored
 * with actions/cache, docs/tree-index.md). Says what it did, for the log.
 */
async function keepCommitIndex(dir, revision, settings, edges) {
    const index = keptIndex(dir, settings, edges);
    if (!index.scanned)
        return `no tree index kept: ${dir} is not a git repository`;
    const commit = edges.trees.commit(dir, revision, settings.maxFileBytes, {
        scanned: index.scanned,
        ...(index.refused && { refused: index.refused }),
    });
    if (!commit?.treeId)
        return `no tree index kept: ${revision} is not a commit in ${dir}`;
    const name = `${commit.sha.slice(0, 7)} (tree ${commit.treeId.slice(0, 7)})`;
    if (index.preview()?.base)
        return `the tree index of ${name} was kept already`;
    const refused = index.refusal();
    const { builtIndex, notIndexed } = await treeIndexOf(commit.tree, settings);
    if (!builtIndex)
        return `no tree index kept for ${name}: its apps are read whole every time (${notIndexed ?? 'see docs/tree-index.md'})`;
    index.keep(commit.treeId, { builtIndex });
    return `kept the tree index of ${name} for the pull requests based on it${refused ? ` (replacing one found there, not used: ${refused})` : ''}`;
}

;// CONCATENATED MODULE: ./src/commands/checkPipeline.ts
// The one check both front ends run: read the base and the head \u2192 preview (pipeline/preview.ts) \u2192
// findings \u2192 verdict, with the comment and the policy's eligibility worked out once. Where the result goes
// is a publisher's job: GitHub (checkPublish.ts: comment, annotations, label, status, summary) for the
// action, a terminal (terminalPublish.ts: text, markdown, json, sarif) for the CLI. A shard writes its
// partial report here instead, and a merge of the shards' reports joins the same road before publishing.


















/** The failure fail-on makes of the findings (each publisher says where they are shown). */
function verdict(findings, settings) {
    const failing = (0,pullRequestFindings/* failingCount */.et)(findings, settings.failOn);
    return failing > 0
        ? `${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy`
        : undefined;
}
/**
 * The base revision: the pull request's base (or the `base` input/flag), else where HEAD left the default
 * branch (the CLI on a local checkout).
 */
function baseRevision(settings, edges) {
    const revision = settings.pullRequest?.baseSha ?? settings.base ?? edges.trees.defaultBase(settings.workspace);
    if (revision === undefined)
        throw new src_settings/* SettingsError */.GN(`cannot find where HEAD left the default branch in ${settings.workspace}; pass --base REV`);
    return revision;
}
/**
 * The base, then the head. The base comes from git (on a pull request, fetched when the shallow checkout
 * lacks it, else one tarball request). The head is the named revision, else the checkout: its HEAD from
 * git when the folder holds exactly its files \u2014 only what changed since the base is read \u2014 else the
 * folder as it is on disk (a step before the check changed it, or the CLI's working tree).
 */
async function readSides(settings, log, edges, index, revision = baseRevision(settings, edges)) {
    const begin = edges.clock.now();
    const dir = settings.workspace;
    const max = settings.maxFileBytes;
    const onPullRequest = settings.pullRequest !== undefined;
    const options = {
        ...(onPullRequest && { fetch: true }),
        ...(index?.scanned && { scanned: index.scanned }),
        ...(index?.refused && { refused: index.refused }),
    };
    // (git's reads overlapped where the reader can)
    let base = edges.trees.commitOverlapped
        ? await edges.trees.commitOverlapped(dir, revision, max, options)
        : edges.trees.commit(dir, revision, max, options);
    if (!base) {
        if (!onPullRequest)
            throw new src_settings/* SettingsError */.GN(`"${revision}" is not a commit in ${dir}`);
        if (!settings.repository || !edges.github)
            throw new errors/* SlipwayError */.GQ(`the base commit ${revision} is not in the checkout and the repository is unknown`);
        log.info(`Base ${revision.slice(0, 7)} is not in the checkout; reading it as one tarball.`);
        base = { tree: await edges.github(settings.repository).readTreeAt(revision, max) };
    }
    const from = base.sha === undefined ? undefined : { sha: base.sha, tree: base.tree };
    let head;
    if (settings.head) {
        const named = edges.trees.commit(dir, settings.head, max, from && { from });
        if (!named)
            throw new src_settings/* SettingsError */.GN(`"${settings.head}" is not a commit in ${dir}`);
        head = { tree: named.tree, commit: named.sha };
    }
    else {
        head = edges.trees.checkout(dir, max, from);
        log.info(head.commit
            ? `Head ${head.commit.slice(0, 7)} read from git: the workspace holds exactly its files.`
            : 'Head read from the workspace on disk: its files are not exactly those of a git commit.');
    }
    const headSha = settings.pullRequest?.headSha ?? head.commit;
    return {
        base: base.tree,
        head: head.tree,
        baseSha: base.sha ?? revision,
        ...(base.treeId && { baseTreeId: base.treeId }),
        ...(headSha && { headSha }),
        readMs: edges.clock.now() - begin,
    };
}
/**
 * The settings with other Git repositories' files (fetched when an affected app renders a source there,
 * never before) and the applications repository's, fetched first when one is named.
 */
async function withRepositories(settings, log, edges) {
    const repositories = edges.repositories?.(settings.github);
    const otherTree = repositories &&
        ((url, revision) => repositories.tree(url, revision, settings.maxFileBytes));
    const applications = await fetchApplications(settings.applicationsRepository, settings.github.serverUrl, otherTree);
    if (applications)
        log.info(applications.tree
            ? `Applications read from ${(0,otherRepository/* repoAtText */.R3)(applications.url, applications.revision)}${applications.path ? ` (${applications.path})` : ''}.`
            : `Could not fetch the applications repository ${(0,otherRepository/* repoAtText */.R3)(applications.url, applications.revision)}: ${applications.error}.`);
    return { ...settings, ...(otherTree && { otherTree }), ...(applications && { applications }) };
}
/** One phase in the log's group, with its time. */
async function timed(log, name, phase) {
    return inGroup(log, name, async () => {
        const begin = Date.now();
        const value = await phase();
        log.info(`${name}: ${Date.now() - begin} ms`);
        return value;
    });
}
/** The check: base and head \u2192 preview \u2192 (a shard's partial report, or) findings \u2192 verdict \u2192 published. */
async function runCheck(settings, log, edges, publisher) {
    const started = edges.clock.now();
    const index = keptIndex(settings.workspace, settings, edges);
    const sides = await timed(log, 'Read the base and the head', () => readSides(settings, log, edges, index));
    const cache = baseFromCache(settings, log, edges, sides.base);
    const renderer = cache.renderer;
    const notes = (run) => [index.note(run), cache.note()].filter((n) => n !== undefined).join('; ') || undefined;
    const run = await timed(log, 'Discover, render, validate and diff the apps', async () => {
        // sources in other Git repositories are fetched when an affected app renders one, never before
        const result = await computeDiff(sides.base, sides.head, await withRepositories(settings, log, edges), renderer, index.preview());
        index.keep(sides.baseTreeId, result);
        const t = result.timings;
        const note = notes(result);
        const refusal = index.refusal();
        if (refusal)
            log.warning(`The base's tree index was not used: ${refusal}. The base was read whole; an index is rebuilt for it.`);
        log.info(`discover ${t.discover} ms, render ${t.render} ms (${result.rendered} render(s)), validate ${t.validate} ms, diff ${t.diff} ms${note ? `; ${note}` : ''}`);
        return result;
    });
    settings.progress?.end?.();
    if (settings.shard) {
        const path = settings.reportPath ?? 'slipway-partial.json';
        const partial = (0,diff_shards/* partialReport */.gF)(run, settings.shard, sides.baseSha, sides.headSha ?? 'working tree', (0,diff_shards/* headContentId */.b3)(sides.head));
        edges.reports.write(path, `${JSON.stringify(partial)}\n`);
        log.info(`Shard ${settings.shard.index}/${settings.shard.count}: ${run.rendered} render(s) of ${run.affected} affected app(s); partial report ${path}.`);
        return publisher.partial(path, run);
    }
    const outcome = await outcomeOf(settings, sides, run, started, edges, publisher.fullReport(settings));
    const note = notes(run);
    return published(settings, { ...outcome, ...(note && { note }) }, edges, publisher);
}
/**
 * The renderer of a preview: with `render-cache`, its base's renders come from the render cache when an
 * entry's key matches exactly (a pull request only reads it; the push's validation keeps it). An entry
 * that cannot be used is a notice, and the render runs.
 */
function baseFromCache(settings, log, edges, base) {
    if (!settings.renderCache)
        return { renderer: edges.renderer, note: () => undefined };
    const notice = (message) => (log.notice ? log.notice(message) : log.info(message));
    const cache = edges.renderCache?.(settings.workspace, notice);
    if (!cache)
        return {
            renderer: edges.renderer,
            note: () => `no render cache: ${settings.workspace} is not in a git repository`,
        };
    const reading = cache.reading(edges.renderer, base);
    return { renderer: reading, note: () => reading.note() };
}
/** The JSON report where `report-file` says (the same for every publisher), then the publisher's turn. */
function published(settings, outcome, edges, publisher) {
    if (settings.reportPath)
        edges.reports.write(settings.reportPath, (0,diffJson/* diffJsonText */.d)(outcome.run.diff, { schemaVersion: version/* REPORT_SCHEMA_VERSION */.W }, settings.contextLines));
    return publisher.publish(outcome);
}
/**
 * The shards' partial reports \u2192 the one diff, then published as one check. The base and head are read
 * again (the reports' own, or the pull request's, which they must be of), and the apps the change affects
 * are worked out again: a report set that leaves any of them out, or shows one twice, is refused.
 */
async function mergeCheck(settings, log, edges, publisher) {
    const files = edges.reports.expand(settings.reports);
    // (the reports' reader, with its schema validator, loads only to merge)
    const { parsePartialReport } = await Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(354), __webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__, 6392));
    const partials = files.map((file) => {
        const parsed = parsePartialReport(file, edges.reports.read(file));
        if ('error' in parsed)
            throw new src_settings/* SettingsError */.GN(parsed.error);
        return parsed.report;
    });
    const result = (0,diff_shards/* mergePartials */.p8)(partials);
    if ('error' in result)
        throw new src_settings/* SettingsError */.GN(`Cannot merge the check shards: ${result.error}.`);
    const { merged } = result;
    const pull = settings.pullRequest;
    if (pull && (merged.base !== pull.baseSha || (pull.headSha && merged.head !== pull.headSha)))
        throw new src_settings/* SettingsError */.GN(`The partial reports are of ${merged.base.slice(0, 7)}..${merged.head.slice(0, 7)}, but this pull request is at ${pull.baseSha.slice(0, 7)}..${(pull.headSha ?? '').slice(0, 7)}: re-run the shards.`);
    const started = edges.clock.now();
    // on a pull request the head is the checkout; the CLI's shards name theirs ('working tree': the checkout)
    const named = pull || merged.head === 'working tree' ? undefined : merged.head;
    let sides;
    try {
        sides = await readSides({ ...settings, ...(named ? { head: named } : { head: undefined }) }, log, edges, undefined, merged.base);
    }
    catch (error) {
        if (!(error instanceof src_settings/* SettingsError */.GN))
            throw error;
        throw new src_settings/* SettingsError */.GN(`Cannot merge the check shards: ${error.message} (run the merge in the checkout the shards ran in).`);
    }
    // which apps the shards had to account for, worked out again here (without the reports themselves,
    // when they were downloaded into the checkout)
    const shardsHead = new Map(sides.head);
    for (const file of files)
        shardsHead.delete((0,external_node_path_.relative)(settings.workspace, (0,external_node_path_.resolve)(file)).split(external_node_path_.sep).join('/'));
    if (!pull) {
        const content = (0,diff_shards/* headContentId */.b3)(sides.head);
        if (content !== merged.headContent)
            throw new src_settings/* SettingsError */.GN(`Cannot merge the check shards: they read a head of other files (${merged.headContent}) than ${named ? named.slice(0, 7) : `the working tree of ${settings.workspace}`} holds (${content}): run the shards and the merge on the same files.`);
    }
    const expected = await affectedSides(sides.base, shardsHead, await withRepositories(settings, log, edges));
    const uncovered = (0,diff_shards/* coverageError */.H8)(partials, expected.affected, expected.units);
    if (uncovered)
        throw new src_settings/* SettingsError */.GN(`Cannot merge the check shards: ${uncovered}.`);
    const run = {
        diff: merged.diff,
        uncovered: merged.uncovered,
        units: merged.units,
        rendered: merged.rendered,
        changedFiles: merged.changedFiles,
        renderers: merged.renderers,
        timings: merged.timings,
        affected: merged.affected,
        unaffected: merged.unaffected,
        shardApps: partials.flatMap((p) => p.apps),
    };
    log.info(`Merged ${merged.shards} shard report(s): ${merged.rendered} render(s) in all.`);
    return published(settings, await outcomeOf(settings, sides, run, started, edges, publisher.fullReport(settings)), edges, publisher);
}
/** Findings, verdict, the policy's eligibility and the comment: the same for every publisher. */
async function outcomeOf(settings, sides, rendered, started, edges, fullReport) {
    // ignored objects are taken out of what every publisher shows, and counted per app for the policy
    const diff = (0,ignoreLines/* ignoreLines */.i7)((0,ignoreResources/* ignoreResources */.yE)(rendered.diff, settings.ignoreResources), settings.ignoreLines);
    const run = { ...rendered, diff };
    const { base, head } = sides;
    const changedFiles = (0,unitInputs/* changedPaths */.vl)(base, head);
    // an app the change touches that Slipway cannot preview is a warning, so fail-on: warning can stop it
    const findings = (0,pullRequestFindings/* pullRequestFindings */.pM)(run.diff, changedFiles);
    const repo = settings.repository;
    const server = settings.github.serverUrl;
    const headRef = sides.headSha ?? 'HEAD';
    // a file of the applications repository is named by its URL, not linked as one of this repository
    const appsRepo = settings.applicationsRepository &&
        `${(0,applicationsRepository/* applicationsRepositoryUrl */.T_)(settings.applicationsRepository.repository, server)}@`;
    const elsewhere = appsRepo && ((file) => file.startsWith(appsRepo));
    const fileUrl = repo
        ? (file, line) => elsewhere && elsewhere(file)
            ? undefined
            : `${server}/${repo.owner}/${repo.repo}/blob/${headRef}/${(0,markdownText/* urlPath */.Lx)(file)}#L${line}`
        : undefined;
    // the policy comes from the base, never from the change
    const policyFile = (0,policy_policy/* policyFileIn */.G5)(base);
    // (the policy's reader loads only for a repository with a policy file)
    const parsedPolicy = policyFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(463), __webpack_require__.e(936)]).then(__webpack_require__.bind(__webpack_require__, 2936))).parsePolicy(policyFile.file, policyFile.text)
        : undefined;
    const onMerge = parsedPolicy
        ? eligibility({
            ...(parsedPolicy.policy && { policy: parsedPolicy.policy }),
            policyErrors: parsedPolicy.errors,
            fork: settings.pullRequest?.fork ?? false,
            changedFiles: [...changedFiles],
            uncovered: run.uncovered,
            diff: run.diff,
            trees: { base, head },
        })
        : undefined;
    const seconds = ((edges.clock.now() - started) / 1000).toFixed(1);
    const markdown = async () => {
        const [renderedWith, { diffMarkdown }, { timingMarkdown }] = await Promise.all([
            edges.renderer.versions(run.renderers),
            __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 4371)),
            __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 4828)),
        ]);
        const footer = `${renderedWith.length > 0 ? `Rendered with ${renderedWith.join(', ')}` : 'Nothing rendered'} \u00b7 ${run.rendered} render(s) in ${seconds} s \u00b7 Slipway ${version/* VERSION */.x}`;
        const common = {
            commentId: settings.commentId,
            context: settings.contextLines,
            ...(settings.argocdUrl && { argocdUrl: settings.argocdUrl }),
            footer,
            ...(fileUrl && { fileUrl }),
            ...(onMerge && { eligibility: onMerge }),
        };
        return {
            comment: diffMarkdown(run.diff, { ...common, fullReport }),
            summary: `${diffMarkdown(run.diff, { ...common, budget: Infinity })}\n${timingMarkdown(sides.readMs, run.rendered, run.timings)}\n`,
        };
    };
    let written;
    const failure = verdict(findings, settings);
    return {
        sides,
        run,
        changedFiles,
        findings,
        ...(failure && { verdict: failure }),
        ...(onMerge && { eligibility: onMerge }),
        ...(parsedPolicy?.policy && { policy: parsedPolicy.policy }),
        markdown: () => (written ??= markdown()),
        started,
    };
}
/** How many apps a change affects (no render), and a shard count for the matrix. */
async function planCheck(settings, log, edges) {
    const sides = await readSides(settings, log, edges);
    // the applications repository's apps are shards' work too
    const plan = await planDiff(sides.base, sides.head, await withRepositories(settings, log, edges));
    const shards = (0,diff_shards/* suggestShards */.MZ)(plan.affected, settings.maxShards);
    const matrix = Array.from({ length: shards }, (_, i) => `${i + 1}/${shards}`);
    log.info(`${plan.affected} of ${plan.units} app(s) affected: ${shards} shard(s).`);
    return { ...plan, shards, matrix };
}


/***/ }),

/***/ 5154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ coverageError),
/* harmony export */   M$: () => (/* binding */ PARTIAL_SCHEMA),
/* harmony export */   MZ: () => (/* binding */ suggestShards),
/* harmony export */   b3: () => (/* binding */ headContentId),
/* harmony export */   gF: () => (/* binding */ partialReport),
/* harmony export */   p8: () => (/* binding */ mergePartials)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _changeText_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7168);
/* harmony import */ var _clusterDiff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4424);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(242);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5043);
// Sharding a check over a CI job matrix: each shard renders the affected apps whose stable hash falls in
// its slot and writes a partial report; the merge checks the partials belong together and cover every
// shard once, holds the apps they account for against the apps it works out itself (coverageError), and
// rebuilds the one diff an unsharded check would have made.






function toWire(change) {
    const { before, after, ...rest } = change;
    const texts = (0,_changeText_js__WEBPACK_IMPORTED_MODULE_2__/* .changeTexts */ .P)(change);
    return { ...rest, ...(before && { before: texts.before }), ...(after && { after: texts.after }) };
}
function fromWire(change) {
    const { before, after, ...rest } = change;
    const side = (text) => (text === undefined ? undefined : (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldsOf */ .Pf)((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text)));
    const was = side(before);
    const now = side(after);
    return { ...rest, ...(was && { before: was }), ...(now && { after: now }) };
}
const appToWire = (app) => ({
    ...app,
    changes: app.changes.map(toWire),
    hooks: app.hooks.map(({ diff, ...h }) => ({ ...h, ...(diff && { diff: toWire(diff) }) })),
});
const appFromWire = (app) => ({
    ...app,
    changes: app.changes.map(fromWire),
    hooks: app.hooks.map(({ diff, ...h }) => ({ ...h, ...(diff && { diff: fromWire(diff) }) })),
});
const PARTIAL_SCHEMA = 'slipway-check-partial/v3';
/** git's id of a blob holding these bytes (a link's is that of its target). */
const blobId = (text) => {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};
/**
 * An id of a tree's files: every path with its git blob id (worked out from the text where the reader
 * gave none; a file over the size limit that was not read from git, by its size), sorted \u2014 the same for
 * the same files whether they were read from git or from disk.
 */
function headContentId(tree) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const path of [...tree.keys()].sort()) {
        const entry = tree.get(path);
        const id = entry?.blob ??
            (entry?.link !== undefined
                ? `link:${blobId(entry.link)}`
                : entry?.tooLarge
                    ? `large:${entry.tooLarge.size}`
                    : blobId(entry?.text ?? ''));
        hash.update(`${path}\0${id}\n`);
    }
    return `sha256:${hash.digest('hex')}`;
}
function partialReport(run, shard, base, head, headContent) {
    return {
        schema: PARTIAL_SCHEMA,
        base,
        head,
        headContent,
        shard,
        apps: [...run.shardApps].sort(),
        unaffected: run.unaffected,
        affected: run.affected,
        units: run.units,
        rendered: run.rendered,
        changedFiles: run.changedFiles,
        uncovered: run.uncovered,
        renderers: run.renderers,
        timings: { ...run.timings },
        diff: { ...run.diff, apps: run.diff.apps.map(appToWire) },
    };
}
/** How many shards a PR that affects `affected` apps is worth: about 100 apps (200 renders) each, up to `max`. */
function suggestShards(affected, max = 10) {
    return Math.max(1, Math.min(max, Math.ceil(affected / 100)));
}
/** The partials merged into one run, or the reason they cannot be. */
function mergePartials(partials) {
    const first = partials[0];
    if (!first)
        return { error: 'no partial reports were given' };
    for (const p of partials) {
        const schema = p.schema;
        if (schema !== PARTIAL_SCHEMA)
            return {
                error: `a partial report has schema ${JSON.stringify(schema)}, not ${String(PARTIAL_SCHEMA)}`,
            };
        if (p.base !== first.base || p.head !== first.head)
            return {
                error: `partial reports come from different commits (${first.base.slice(0, 7)}..${first.head.slice(0, 7)} and ${p.base.slice(0, 7)}..${p.head.slice(0, 7)}): re-run every shard`,
            };
        if (p.headContent !== first.headContent)
            return {
                error: `partial reports come from heads of different files (shard ${first.shard.index}/${first.shard.count}: ${first.headContent}, shard ${p.shard.index}/${p.shard.count}: ${p.headContent}): run every shard on the same head`,
            };
        if (p.shard.count !== first.shard.count)
            return {
                error: `partial reports come from different matrices (${first.shard.count} and ${p.shard.count} shards)`,
            };
    }
    const count = first.shard.count;
    const seen = new Map();
    for (const p of partials)
        seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
    const duplicate = [...seen].find(([, n]) => n > 1);
    if (duplicate)
        return { error: `shard ${duplicate[0]}/${count} is given twice` };
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0)
        return {
            error: `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: every shard of the matrix must upload its report`,
        };
    const ordered = [...partials].sort((a, b) => a.shard.index - b.shard.index);
    const diff = (0,_clusterDiff_js__WEBPACK_IMPORTED_MODULE_3__/* .finishDiff */ .du)(ordered.flatMap((p) => p.diff.apps.map(appFromWire)), first.unaffected + ordered.reduce((n, p) => n + p.diff.unchangedApps, 0), ordered.flatMap((p) => p.diff.notPreviewed));
    // the shards ran side by side: each phase took as long as its slowest shard's
    const timings = { discover: 0, render: 0, validate: 0, diff: 0 };
    for (const p of ordered)
        for (const k of ['discover', 'render', 'validate', 'diff'])
            timings[k] = Math.max(timings[k], p.timings[k]);
    return {
        merged: {
            base: first.base,
            head: first.head,
            headContent: first.headContent,
            shards: count,
            unaffected: first.unaffected,
            affected: first.affected,
            units: first.units,
            rendered: ordered.reduce((n, p) => n + p.rendered, 0),
            changedFiles: first.changedFiles,
            uncovered: first.uncovered,
            renderers: [...new Set(ordered.flatMap((p) => p.renderers))].sort(),
            timings,
            diff,
        },
    };
}
const list = (ids) => ids.map((id) => JSON.stringify(id)).join(', ');
/**
 * Why the partial reports do not account for exactly the apps the pull request affects (worked out by
 * the merge from the base and the head), or undefined when they do: every affected app is reported by
 * the shard its slot is, once; every app a report shows is one of its shard's apps, shown once; and each
 * shard's apps that it shows no entry for are the ones an unchanged app or a rename leaves without one.
 * A report set with an app removed (its entry, or the app itself) or added twice is refused, naming it.
 */
function coverageError(partials, affected, units) {
    const count = partials[0]?.shard.count ?? 1;
    const at = new Map(affected.map((a) => [a.id, a.at]));
    for (const p of partials)
        if (p.affected !== affected.length || p.units !== units)
            return `shard ${p.shard.index}/${count} says ${p.affected} of ${p.units} app(s) are affected, but the merge finds ${affected.length} of ${units} at this base and head: run every shard and the merge with the same settings`;
    const reportedBy = new Map();
    const shownBy = new Map();
    for (const p of partials) {
        const slot = `shard ${p.shard.index}/${count}`;
        if (!Array.isArray(p.apps))
            return `${slot}'s report lists no apps`;
        for (const id of p.apps) {
            const owner = (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .shardOf */ .I)(id, count);
            if (!at.has(id))
                return `${slot} reports app ${JSON.stringify(id)}, which this pull request does not affect`;
            if (owner !== p.shard.index)
                return `${slot} reports app ${JSON.stringify(id)}, which is shard ${owner}/${count}'s`;
            const earlier = reportedBy.get(id);
            if (earlier !== undefined)
                return `app ${JSON.stringify(id)} is reported twice (shard ${earlier}/${count})`;
            reportedBy.set(id, p.shard.index);
        }
        const own = new Set(p.apps);
        let renamed = 0;
        for (const entry of p.diff.apps) {
            if (!own.has(entry.id))
                return `${slot} shows app ${JSON.stringify(entry.id)}, which is not one of the apps it reports`;
            if (shownBy.has(entry.id))
                return `app ${JSON.stringify(entry.id)} is shown twice (shard ${shownBy.get(entry.id)}/${count} and ${p.shard.index}/${count})`;
            shownBy.set(entry.id, p.shard.index);
            if (entry.status === 'renamed')
                renamed++;
        }
        const unshown = (side) => p.apps.filter((id) => at.get(id) === side && !shownBy.has(id));
        // an app new at the head always has an entry; a removed app one, unless a rename took it in
        const newApps = unshown('head');
        if (newApps.length > 0)
            return `${slot}'s report has no entry for app(s) ${list(newApps)}, new at the head`;
        const removedApps = unshown('base');
        if (removedApps.length !== renamed)
            return `${slot}'s report has no entry for app(s) ${list(removedApps)}, removed at the head (${renamed} rename(s) account for ${renamed})`;
        const quiet = unshown('both');
        if (quiet.length !== p.diff.unchangedApps)
            return `${slot}'s report counts ${p.diff.unchangedApps} unchanged app(s) but has no entry for ${quiet.length}: ${list(quiet)}`;
    }
    const missing = affected.filter((a) => !reportedBy.has(a.id)).map((a) => a.id);
    if (missing.length > 0)
        return `app(s) ${missing.map((id) => `${JSON.stringify(id)} (shard ${(0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .shardOf */ .I)(id, count)}/${count})`).join(', ')} affected by this pull request are missing from the reports`;
    return undefined;
}


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ tagSemver)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// A tag read as a version: what update types (patch, minor, major) and downgrades are judged on.

const SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
const SHORT_VERSION = /^v?(\d+)(?:\.(\d+))?$/;
/**
 * The semver of a tag (a leading `v` allowed), or undefined when the tag is not a version. Purely
 * numeric `1` and `1.25` count as `1.0.0` and `1.25.0`, so `1.10 \u2192 1.2` is caught as a downgrade;
 * `1.25-alpine` is not a version and is compared for equality only.
 */
function tagSemver(tag) {
    if (tag === undefined)
        return undefined;
    const full = SEMVER.exec(tag);
    if (full)
        return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(full[1]) ?? undefined;
    const short = SHORT_VERSION.exec(tag);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : undefined;
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ imageRefusal),
/* harmony export */   G5: () => (/* binding */ policyFileIn),
/* harmony export */   Gg: () => (/* binding */ updateType),
/* harmony export */   jE: () => (/* binding */ POLICY_FILES),
/* harmony export */   nQ: () => (/* binding */ largest),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   t5: () => (/* binding */ admits)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2856);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7065);
// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Read by parsePolicy.ts; what it says is asked here.




const POLICY_FILES = ['.slipway.yml', '.slipway.yaml', '.github/slipway.yml'];
/** The policy file of a tree, if it has one (the first of POLICY_FILES). */
function policyFileIn(tree) {
    for (const file of POLICY_FILES) {
        const text = tree.get(file)?.text;
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}
/** The environment a file belongs to: the first whose paths match it. */
function environmentOf(policy, path) {
    return policy.environments.find((env) => picomatch__WEBPACK_IMPORTED_MODULE_2___default()(env.paths)(path));
}
/** How big a version change is: semver tags (a `v` allowed) by their highest changed part; anything else is `any`. */
function updateType(from, to) {
    const a = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(from);
    const b = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(to);
    if (!a || !b)
        return 'any';
    const diff = semver__WEBPACK_IMPORTED_MODULE_0___default().diff(a, b);
    if (diff === 'major' || diff === 'premajor')
        return 'major';
    if (diff === 'minor' || diff === 'preminor')
        return 'minor';
    return 'patch';
}
const RANK = { patch: 1, minor: 2, major: 3, any: 4 };
function largest(types) {
    return types.reduce((max, t) => (RANK[t] > RANK[max] ? t : max), 'patch');
}
/** Whether an environment's auto-merge level admits an update of this type. */
function admits(level, type) {
    return level !== 'never' && (level === 'any' || (type !== 'any' && RANK[type] <= RANK[level]));
}
/** Why a tag may not be deployed under the policy's image rules, or undefined. */
function imageRefusal(policy, name, canonical, tag) {
    for (const rule of policy.images) {
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(rule.pattern);
        if (!matches(name) && !matches(canonical))
            continue;
        const where = `${policy.file} images."${rule.pattern}"`;
        // RE2 (Go's syntax): linear in the tag, which the pull request chooses
        if (rule.tags && (tag === undefined || !re2js__WEBPACK_IMPORTED_MODULE_3__/* .RE2JS */ .L3.compile(rule.tags).test(tag)))
            return `tag ${tag ?? '(none)'} does not match tags '${rule.tags}' (${where})`;
        if (rule.versions) {
            const version = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(tag);
            if (!version || !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(version, rule.versions, { includePrerelease: true }))
                return `tag ${tag ?? '(none)'} is outside versions "${rule.versions}" (${where})`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ee: () => (/* binding */ manifestDocuments),
  MB: () => (/* binding */ parseObjects)
});

// UNUSED EXPORTS: yamlDocuments

// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/yaml/fastYaml.ts
var fastYaml = __webpack_require__(4194);
;// CONCATENATED MODULE: ./src/core/yaml/documentChunks.ts
// A YAML stream cut into its documents by their markers (`---` and `...` at the start of a line, which
// YAML forbids inside content), so each document can be read on its own: by js-yaml when it is plain
// data, by `yaml` (with positions) when it needs more. Lines are counted from 0 at the stream's start.

const START = /^---(?:[ \t\r]|$)/;
const END = /^\.\.\.(?:[ \t\r]|$)/;
function documentChunks(text) {
    const chunks = [];
    let start = 0;
    let startLine = 0;
    let pos = 0;
    for (let lineNo = 0;; lineNo++) {
        const newline = text.indexOf('\n', pos);
        const lineEnd = newline === -1 ? text.length : newline;
        // only a line that starts with `-` or `.` can be a marker: the others are not cut out to be tested
        const first = text.charCodeAt(pos);
        const line = first === 0x2d || first === 0x2e ? text.slice(pos, lineEnd) : '';
        if (START.test(line) && pos > start) {
            chunks.push({ text: text.slice(start, pos), line: startLine });
            start = pos;
            startLine = lineNo;
        }
        else if (END.test(line)) {
            chunks.push({ text: text.slice(start, pos), line: startLine });
            start = newline === -1 ? text.length : newline + 1;
            startLine = lineNo + 1;
        }
        if (newline === -1)
            break;
        pos = newline + 1;
    }
    if (start < text.length)
        chunks.push({ text: text.slice(start), line: startLine });
    return chunks;
}
/**
 * One document read by js-yaml, with the line (from 0, within the chunk) where its root node starts;
 * undefined when js-yaml refuses it (the caller reads it with `yaml`, which says why).
 */
function loadChunk(text) {
    const values = (0,fastYaml/* loadValues */.F9)(text);
    if (!values)
        return undefined;
    return values.length === 0 ? { value: undefined, line: 0 } : { value: values[0], line: rootLine(text) };
}
/**
 * The line (from 0) where js-yaml starts the root node of a chunk's document, told from the text as its
 * reader gets there \u2014 a byte order mark dropped, then spaces, tabs, comments and line breaks skipped,
 * then a `---` at the start of a line and the same again \u2014 without a listener called for every node.
 * Only for plain streams (fastYaml.ts), which hold no directive.
 */
function rootLine(text) {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 0;
    // the spaces that open the line, as js-yaml counts them: a marker is one only after none
    let indent = 0;
    const spaces = () => {
        indent = 0;
        while (text.charCodeAt(pos) === 0x20) {
            indent++;
            pos++;
        }
    };
    const separation = () => {
        for (;;) {
            let ch = text.charCodeAt(pos);
            while (ch === 0x20 || ch === 0x09)
                ch = text.charCodeAt(++pos);
            if (ch === 0x23)
                while (pos < text.length && ch !== 0x0a && ch !== 0x0d)
                    ch = text.charCodeAt(++pos);
            if (ch !== 0x0a && ch !== 0x0d)
                return;
            pos += ch === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
            line++;
            spaces();
        }
    };
    spaces();
    separation();
    if (indent === 0 && text.startsWith('---', pos)) {
        pos += 3;
        separation();
    }
    return line;
}

// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
// EXTERNAL MODULE: ./src/core/render/objects.ts
var objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/render/documentReader.ts






/** Where a node of a parsed document starts (0 for a value the parser made no node for). */
const startOf = (node) => ((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined);
/** Keys written twice in one map (`--strict`): the API server's strict decoding rejects them. */
function duplicateKeys(doc, lineCounter) {
    const out = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (key === undefined)
                    continue;
                if (seen.has(key)) {
                    const offset = startOf(pair.key) ?? 0;
                    const pos = lineCounter.linePos(offset);
                    out.push({ key, line: pos.line, column: pos.col, offset });
                }
                seen.add(key);
            }
        },
    });
    return out;
}
/**
 * A manifest file, one document at a time (a file of 100,000 objects never needs all of them in memory).
 * Syntax errors and documents Argo CD cannot apply are findings; under `strict`, duplicate keys are
 * findings on the key's line and the document is still validated (the last value counts, as in YAML
 * readers that accept them).
 */
function* manifestDocuments(text, file, unit, options = {}) {
    // plain data is read by js-yaml, document by document, and a field's line is looked up with `yaml` only
    // when a finding needs it; strict mode (duplicate keys), anchors, templates and lists take `yaml` whole
    if (options.strict || !(0,fastYaml/* plainStream */.rU)(text)) {
        yield* yamlDocuments(text, file, unit, options, 0);
        return;
    }
    for (const chunk of documentChunks(text)) {
        const fast = loadChunk(chunk.text);
        const value = fast?.value;
        if (!fast || ((0,objects/* isObject */.Gv)(value) && 'items' in value)) {
            yield* yamlDocuments(chunk.text, file, unit, options, chunk.line);
            continue;
        }
        if (value === null || value === undefined)
            continue;
        const line = chunk.line + fast.line + 1;
        let locator;
        const locate = (path) => {
            locator ??= chunkLocator(chunk.text, chunk.line, line);
            return locator(path);
        };
        const findings = typeFindings(value, unit, file, line);
        const out = { objects: [], findings, locate };
        if (!decodable(value))
            out.undecodable = true;
        if (out.findings.length === 0 && (0,objects/* isObject */.Gv)(value))
            out.objects.push({ obj: value, file, line });
        yield out;
    }
}
/** Whether apimachinery decodes the document into an object: a map with a non-empty string `kind` (it does
 * not require apiVersion). */
const decodable = (v) => (0,objects/* isObject */.Gv)(v) && typeof v.kind === 'string' && v.kind !== '';
/** A document that is not a map with apiVersion and kind: the finding saying so (none for an object). */
function typeFindings(value, unit, file, line) {
    if (!(0,objects/* isObject */.Gv)(value))
        return [
            {
                severity: 'error',
                rule: 'not-an-object',
                unit,
                file,
                line,
                message: 'this document is not a Kubernetes object (a map with apiVersion and kind)',
            },
        ];
    if (typeof value.apiVersion === 'string' && typeof value.kind === 'string')
        return [];
    const missing = ['apiVersion', 'kind'].filter((k) => typeof value[k] !== 'string').join(' and ');
    return missing
        ? [
            {
                severity: 'error',
                rule: 'missing-type',
                unit,
                file,
                line,
                message: `document has no ${missing}: Argo CD cannot generate manifests from it`,
            },
        ]
        : [];
}
/** Where a field of a document is: the deepest part of `path` that exists, else the document's line. */
function locateIn(doc, lineCounter, lineOffset, line) {
    return (path) => {
        for (let depth = path.length; depth > 0; depth--) {
            const start = startOf(doc.getIn(path.slice(0, depth), true));
            if (start !== undefined) {
                const pos = lineCounter.linePos(start);
                return { line: pos.line + lineOffset, column: pos.col };
            }
        }
        return { line, column: 1 };
    };
}
/** The positions of one document chunk, parsed by `yaml` when first asked. */
function chunkLocator(text, lineOffset, line) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl, lineCounter });
    return locateIn(doc, lineCounter, lineOffset, line);
}
/** The documents of `text` as `yaml` reads them, lines shifted by `lineOffset` (a chunk of a stream); the
 * whole reading, and what the fast one is tested against. */
function* yamlDocuments(text, file, unit, options, lineOffset) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    // merge keys (`<<: *base`) are resolved as kubectl and Argo CD (go-yaml) resolve them
    const composer = new dist/* Composer */.Dk(manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl);
    for (const doc of composer.compose(parser.parse(text))) {
        const out = { objects: [], findings: [], locate: () => ({ line: 1, column: 1 }) };
        const error = doc.errors[0];
        if (error) {
            const pos = lineCounter.linePos(error.pos[0]);
            pos.line += lineOffset;
            const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            out.findings.push({
                severity: 'error',
                rule: 'yaml-syntax',
                unit,
                file,
                line: pos.line,
                column: pos.col,
                message,
            });
            out.undecodable = true;
            yield out;
            continue;
        }
        const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line + lineOffset;
        out.locate = locateIn(doc, lineCounter, lineOffset, line);
        const tooBig = (0,documentBounds/* documentBoundsProblem */.OA)(doc);
        if (tooBig) {
            out.findings.push({
                severity: 'error',
                rule: 'yaml-limits',
                unit,
                file,
                line,
                message: `this document ${tooBig}; it was not read`,
            });
            yield out;
            continue;
        }
        // documentBoundsProblem bounded the expansion, so yaml's own alias counter (which refuses a legitimate
        // file with 1,100 aliases of one scalar) is off
        const value = doc.toJS({ maxAliasCount: -1 });
        if (value === null || value === undefined)
            continue;
        const problems = typeFindings(value, unit, file, line);
        if (!decodable(value))
            out.undecodable = true;
        if (!(0,objects/* isObject */.Gv)(value)) {
            out.findings.push(...problems);
            yield out;
            continue;
        }
        const obj = value;
        const duplicates = options.strict ? duplicateKeys(doc, lineCounter) : [];
        if (problems.length > 0) {
            out.findings.push(...problems);
        }
        else if (Array.isArray(obj.items)) {
            // Argo CD unwraps every object whose `items` is a list (unstructured IsList: List, CronJobList, \u2026);
            // items of a typed list without apiVersion and kind take them from the list, as apimachinery does
            const itemKind = String(obj.kind).endsWith('List') ? String(obj.kind).slice(0, -4) : undefined;
            const list = doc.get('items', true);
            const nodes = (0,dist/* isSeq */.oP)(list) ? list.items : [];
            obj.items.forEach((item, i) => {
                const itemLine = lineCounter.linePos(startOf(nodes[i]) ?? 0).line + lineOffset;
                if (!(0,objects/* isObject */.Gv)(item)) {
                    out.findings.push({
                        severity: 'error',
                        rule: 'not-an-object',
                        unit,
                        file,
                        line: itemLine,
                        message: `item ${i} of ${String(obj.kind)} is not a Kubernetes object`,
                    });
                    return;
                }
                const itemObj = item;
                if (itemKind && itemKind !== '' && itemObj.kind === undefined && itemObj.apiVersion === undefined)
                    Object.assign(itemObj, { apiVersion: obj.apiVersion, kind: itemKind });
                const absent = ['apiVersion', 'kind'].filter((k) => typeof itemObj[k] !== 'string').join(' and ');
                if (absent) {
                    out.findings.push({
                        severity: 'error',
                        rule: 'missing-type',
                        unit,
                        file,
                        line: itemLine,
                        message: `item ${i} of ${String(obj.kind)} has no ${absent}: Argo CD cannot apply it`,
                    });
                    return;
                }
                out.objects.push({
                    obj: itemObj,
                    file,
                    line: itemLine,
                    within: { docLine: line, path: ['items', i] },
                });
            });
        }
        else if (!('items' in obj && obj.items === null && !('spec' in obj) && !('status' in obj))) {
            // a list whose items are null is dropped, as Argo CD drops it
            out.objects.push({ obj, file, line });
        }
        for (const d of duplicates) {
            const owner = [...out.objects].reverse().find((o) => o.line <= d.line)?.obj ?? obj;
            out.findings.push({
                severity: 'error',
                rule: 'duplicate-key',
                unit,
                object: (0,objects/* objectName */.Hd)(owner),
                file,
                line: d.line,
                column: d.column,
                message: `the key "${d.key}" is written twice; the API server's strict decoding rejects it (the last value was validated)`,
            });
        }
        yield out;
    }
}
/** Parses a manifest file; syntax errors and objects Argo CD cannot apply are findings. */
function parseObjects(text, file, unit, options = {}) {
    const out = { objects: [], findings: [] };
    for (const doc of manifestDocuments(text, file, unit, options)) {
        out.objects.push(...doc.objects);
        out.findings.push(...doc.findings);
    }
    return out;
}


/***/ }),

/***/ 929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ diffJsonText)
/* harmony export */ });
/* unused harmony export diffJson */
/* harmony import */ var _diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7168);
// The predicted cluster diff as the JSON report (docs/report.schema.json), written in pieces.

/** Plain data: every app and change, with diffs at 3 lines of context (or `context`). */
function diffJson(diff, context = 3) {
    return { ...diffJsonTop(diff), apps: diff.apps.map((app) => appJson(app, context)) };
}
function diffJsonTop(diff) {
    return {
        totals: diff.totals,
        images: diff.images,
        unchangedApps: diff.unchangedApps,
        notPreviewed: diff.notPreviewed,
        ...(diff.otherRevisions && { otherRevisions: diff.otherRevisions }),
    };
}
function appJson(app, context) {
    return {
        name: app.name,
        status: app.status,
        ...(app.renamedFrom && { renamedFrom: app.renamedFrom }),
        destination: app.app?.destination,
        syncPolicy: app.app?.syncPolicy,
        file: app.file,
        ...(app.note && { note: app.note }),
        ...(app.settingChanges.length > 0 && { settingChanges: app.settingChanges }),
        ...(app.hooks.length > 0 && {
            hooks: app.hooks.map((h) => ({
                object: h.object,
                change: h.change,
                phases: h.phases,
                wave: h.wave,
                deletePolicies: h.deletePolicies,
                from: h.from,
                ...(h.diff && { diff: (0,_diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__/* .objectDiff */ .J)(h.diff, context) }),
            })),
        }),
        ...(app.applyOrder && { applyOrder: app.applyOrder }),
        findings: app.findings,
        ...(app.ignoredChanges && { ignoredChanges: app.ignoredChanges }),
        changes: app.changes.map((c) => ({
            change: c.change,
            object: c.object,
            summary: c.summary,
            consequence: c.consequence,
            file: c.file,
            line: c.line,
            ...(c.ignoredLines && { ignoredLines: true }),
            diff: (0,_diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__/* .objectDiff */ .J)(c, context),
        })),
    };
}
/**
 * `JSON.stringify({ ...diffJson(diff), ...extra }, null, 2)` and a newline, one app at a time: each app's
 * diffs are made as it is printed and let go, so a pull request that changes every object of every app
 * never holds them all as text at once.
 */
function* diffJsonText(diff, extra, context = 3) {
    const mark = '\u0000apps\u0000';
    const [before, after] = JSON.stringify({ ...diffJsonTop(diff), apps: mark, ...extra }, null, 2).split(JSON.stringify(mark));
    yield before ?? '';
    if (diff.apps.length === 0)
        yield '[]';
    else {
        yield '[\n';
        for (const [i, app] of diff.apps.entries()) {
            const text = JSON.stringify(appJson(app, context), null, 2).replace(/^/gm, '    ');
            yield `${text}${i < diff.apps.length - 1 ? ',' : ''}\n`;
        }
        yield '  ]';
    }
    yield `${after ?? ''}\n`;
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mdFence),
/* harmony export */   Lx: () => (/* binding */ urlPath),
/* harmony export */   T3: () => (/* binding */ mdUrl),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports visibleText, visibleLines */
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);

// Repository text (file names, app and object names, messages) as it may appear in GitHub markdown: it
// reads as the same characters and can never add markup, HTML, a mention, a reference or a line of its
// own. One function per context: markdown prose (list items, table cells, bold text, link text), HTML
// (inside `<details>`/`<summary>`, where markdown does not apply), code spans, fenced code.
/**
 * Characters that do not show, or show something other than where they are: control characters, format
 * characters (zero-width spaces and joiners, bidi embeddings, overrides and isolates, the BOM, soft
 * hyphens, tag characters), line and paragraph separators, spaces other than the ASCII one, and letters
 * that render as blank (Hangul fillers).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeOf(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.codePointAt(0);
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** Every invisible or bidi character (newlines and tabs included) as a visible escape: U+202E \u2192 `\u202E`. */
function visibleText(text) {
    return text.replace(INVISIBLE, escapeOf);
}
/** The same, keeping newlines and tabs: for fenced code, where lines are lines. */
function visibleLines(text) {
    return text.replace(INVISIBLE, (c) => (c === '\n' || c === '\t' ? c : escapeOf(c)));
}
/**
 * `@name` and `#123` as text, not a mention or a reference: a zero-width space (as the entity `&#8203;`,
 * so the markdown source stays readable) after the sign. GitHub links neither across it, in markdown or
 * in HTML; in code it links neither anyway.
 */
function unlinked(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;').replace(/(?<!&)#(?=\d)/g, '#&#8203;');
}
/** Markdown punctuation that makes markup inside a line: a backslash makes each a literal character. */
const INLINE_MARKUP = /[\\`*_[\]|~$]/g;
/** What starts a block when it opens a list item or a quote: `# `, `> `, `- `, `+ `, `1. `, `=`. */
const BLOCK_START = /^(?:[#>+\-=]|\d+[.)])/;
/**
 * Markdown prose (a list item, a table cell, bold text, link text): HTML entities for `&`, `<` and `>`
 * (no tag, comment or entity of the text's own), a backslash before inline markup (no emphasis, link,
 * code span, table column, strikethrough or math of its own) and before a block marker it starts with,
 * mentions and references unlinked, invisible characters and newlines as escapes (it stays on its line,
 * in its table cell or list item).
 */
function mdText(value) {
    // the escapes' own backslashes come after markup is escaped: `\u202E` reads as itself in markdown
    const text = visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value)
        .replace(/[&<>]/g, (c) => ENTITIES[c])
        .replace(INLINE_MARKUP, '\\$&'))
        .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
        .replace(BLOCK_START, (marker) => marker.replace(/[^\d]$/, '\\$&'));
    return unlinked(text);
}
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Inside HTML (`<summary><b>\u2026</b></summary>`): entities only, as markdown is not read there. */
function htmlText(value) {
    return unlinked(visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value)).replace(/[&<>"']/g, (c) => ENTITIES[c]));
}
/**
 * A code span holding the text as it is: fenced by one backtick more than its longest run of backticks,
 * padded when it starts or ends with one, invisible characters and newlines as escapes. `table`: inside a
 * GFM table cell, where a `|` ends the cell even in code and must be written `\|`.
 */
function mdCode(value, context = 'text') {
    let text = visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value));
    if (context === 'table')
        text = text.replace(/\|/g, '\\|');
    if (text === '')
        return '` `';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced code block: fenced by more backticks than any run inside, invisible characters as escapes. */
function mdFence(body, language) {
    const text = visibleLines(body);
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${text}\n${ticks}`;
}
/**
 * A link destination built from repository text (a file path in a URL): characters that would end or
 * break the destination (spaces, parentheses, angle brackets, controls) percent-encoded.
 */
function mdUrl(url) {
    return url.replace(/[\s()<>\\`"'\p{Cc}\p{Cf}]/gu, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
/** A repository path as a URL path: each segment percent-encoded. */
function urlPath(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ })

};
