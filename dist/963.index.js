export const id = 963;
export const ids = [963];
export const modules = {

/***/ 7963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTO_MERGE_LABEL: () => (/* reexport */ AUTO_MERGE_LABEL),
  check: () => (/* binding */ check),
  checkMerge: () => (/* binding */ checkMerge),
  checkPlan: () => (/* binding */ checkPlan)
});

// EXTERNAL MODULE: ./src/core/report/checkSummary.ts
var checkSummary = __webpack_require__(4828);
// EXTERNAL MODULE: ./src/settings.ts + 6 modules
var src_settings = __webpack_require__(6816);
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
// EXTERNAL MODULE: ./src/core/diff/changeText.ts
var changeText = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/core/report/diffJson.ts
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
                ...(h.diff && { diff: (0,changeText/* objectDiff */.J)(h.diff, context) }),
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
            diff: (0,changeText/* objectDiff */.J)(c, context),
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

// EXTERNAL MODULE: ./src/core/report/pullRequestFindings.ts
var pullRequestFindings = __webpack_require__(932);
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
        __webpack_require__.e(/* import() */ 925).then(__webpack_require__.bind(__webpack_require__, 925)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 401)).then((m) => m.loadBuiltinSchemas({ crdCatalog })),
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
var otherRepository = __webpack_require__(1215);
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
    const { builtIndex, notIndexed } = await (0,affectedApps/* treeIndexOf */._z)(commit.tree, settings);
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
        edges.reports.write(settings.reportPath, diffJsonText(outcome.run.diff, { schemaVersion: version/* REPORT_SCHEMA_VERSION */.W }, settings.contextLines));
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
            __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 4442)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4828)),
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

// EXTERNAL MODULE: ./src/core/report/commentSections.ts
var commentSections = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/core/report/findings.ts
var report_findings = __webpack_require__(4642);
;// CONCATENATED MODULE: ./src/commands/checkPublish.ts


/** One annotation per distinct finding on a line, naming every app it was found in. */
function annotate(findings, log) {
    for (const group of (0,report_findings/* groupFindings */.kG)(findings)) {
        const finding = group.finding;
        const where = finding.file
            ? { file: finding.file, line: finding.line ?? 1, title: `slipway: ${finding.rule}` }
            : undefined;
        const text = (0,report_findings/* groupText */.VR)(group);
        if (finding.severity === 'error')
            log.error(text, where);
        else if (finding.severity === 'warning')
            log.warning(text, where);
        else
            log.info((0,report_findings/* groupLine */.uj)(group));
    }
}
/** The verdict, as the action says it: the findings are its annotations. */
const annotated = (verdict) => verdict && `${verdict}; see the annotations.`;
const AUTO_MERGE_LABEL = 'slipway:auto-merge';
const STATUS_CONTEXT = 'slipway/policy';
/**
 * Label, auto-merge and the slipway/policy status from the policy's verdict. An eligible pull request gets
 * the label and, with auto-merge on, GitHub's auto-merge for the head the check judged (a later push
 * does not inherit the verdict); a refusal is a warning naming the permission. A pull request that is not
 * eligible loses the label and GitHub's auto-merge, whoever enabled them (an earlier push may have been
 * eligible): a refusal there is returned, and fails the check, as the pull request could still merge.
 */
async function applyPolicy(settings, gh, pull, verdict, method, log) {
    log.info(`Auto-merge: ${verdict.eligible ? 'eligible' : `not eligible because ${verdict.reasons.join('; ')}`}.`);
    const why = (error, permission) => {
        const { status, text } = gh.explainFailure(error);
        return status === 401 || status === 403 || status === 404
            ? `the token may not: give the job \`permissions: { ${permission} }\``
            : text;
    };
    const step = async (what, permission, action) => {
        try {
            await action();
        }
        catch (error) {
            log.warning(`Could not ${what} on #${pull.number} (${why(error, permission)}).`);
        }
    };
    const headSha = pull.headSha;
    if (headSha) {
        const description = verdict.eligible
            ? 'eligible to merge on its own'
            : `not eligible: ${verdict.reasons[0] ?? ''}`;
        await step(`set the ${STATUS_CONTEXT} status`, 'statuses: write', () => gh.setStatus(headSha, STATUS_CONTEXT, verdict.eligible, description));
    }
    if (!verdict.eligible)
        return withdraw(gh, pull.number, why, log);
    await step(`add the ${AUTO_MERGE_LABEL} label`, 'pull-requests: write', () => gh.setLabel(pull.number, AUTO_MERGE_LABEL, true));
    if (settings.autoMerge) {
        await step('enable auto-merge', 'contents: write, pull-requests: write', async () => {
            const { nodeId } = await gh.pullState(pull.number);
            const refused = await gh.enableAutoMerge(nodeId, method, headSha);
            if (!refused)
                log.info(`Auto-merge (${method}) enabled on #${pull.number} for ${(headSha ?? 'its head').slice(0, 7)}.`);
            else
                log.warning(`Auto-merge was not enabled on #${pull.number}: ${refused}.`);
        });
    }
    return undefined;
}
/**
 * Takes the auto-merge label and GitHub's auto-merge off a pull request that is not eligible (only what is
 * on: a read-only token passes where there is nothing to take off); why it could not, if it could not.
 */
async function withdraw(gh, number, why, log) {
    const failed = (what, reason) => `Could not ${what} on #${number}, which is not eligible to merge on its own (${reason}); it may still merge unreviewed.`;
    let state;
    try {
        state = await gh.pullState(number);
    }
    catch (error) {
        return failed('read the auto-merge state', why(error, 'pull-requests: read'));
    }
    const problems = [];
    if (state.autoMerge) {
        const refused = await gh.disableAutoMerge(state.nodeId);
        if (refused)
            problems.push(failed('disable auto-merge', refused));
        else
            log.info(`Auto-merge disabled on #${number}: it is not eligible.`);
    }
    if (state.labels.includes(AUTO_MERGE_LABEL)) {
        try {
            await gh.setLabel(number, AUTO_MERGE_LABEL, false);
        }
        catch (error) {
            problems.push(failed(`remove the ${AUTO_MERGE_LABEL} label`, why(error, 'pull-requests: write')));
        }
    }
    return problems.join(' ') || undefined;
}
/**
 * The action's publisher: annotations, the report file, the sticky comment, the job summary, the outputs,
 * and the policy's label, status and auto-merge on the pull request.
 */
function gitHubPublisher(settings, pull, log, edges) {
    return {
        fullReport: (s) => `the job summary, and ${s.reportPath ?? 'the report file'} (output \`report\`)`,
        partial: (path) => ({ outputs: { report: path } }),
        publish: async (outcome) => {
            const { run } = outcome;
            const { comment, summary } = await outcome.markdown();
            annotate(outcome.findings, log);
            log.info(`${run.units} app(s); ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - outcome.started} ms.`);
            const gitHub = settings.repository && edges.github(settings.repository);
            let commentFailure;
            if (gitHub) {
                try {
                    const posted = await gitHub.upsertComment(pull.number, (0,commentSections/* commentMarker */.Ql)(settings.commentId), comment);
                    log.info(`${posted.created ? 'Posted' : 'Updated'} the predicted cluster diff: ${posted.url}`);
                }
                catch (error) {
                    // fork pull requests and read-only tokens cannot comment: the job summary still has the report
                    const { status, text } = gitHub.explainFailure(error);
                    if (status === 401 || status === 403 || status === 404) {
                        log.warning(`Could not write the pull request comment: the token may not comment (fork pull requests and read-only tokens cannot); give the job \`permissions: { pull-requests: write }\`. The report is in the job summary.`);
                    }
                    else {
                        // a comment GitHub refused for another reason (422: too large, \u2026) must not pass unnoticed
                        commentFailure = `Could not write the pull request comment (${text}); the report is in the job summary.`;
                    }
                }
            }
            const policyFailure = outcome.eligibility && gitHub
                ? await applyPolicy(settings, gitHub, pull, outcome.eligibility, outcome.policy?.mergeMethod ?? 'squash', log)
                : undefined;
            const failure = [annotated(outcome.verdict), commentFailure, policyFailure].filter(Boolean).join(' ') || undefined;
            const t = run.diff.totals;
            return {
                outputs: {
                    'has-changes': String(run.diff.apps.some((a) => a.changes.length > 0 || a.status === 'renamed')),
                    ...(settings.reportPath && { report: settings.reportPath }),
                    created: String(t.created),
                    changed: String(t.changed),
                    deleted: String(t.deleted),
                },
                summary,
                ...(failure && { failure }),
            };
        },
    };
}

// EXTERNAL MODULE: ./src/core/render/documentReader.ts + 1 modules
var documentReader = __webpack_require__(7726);
// EXTERNAL MODULE: ./src/core/validate/builtinSchemas.ts
var builtinSchemas = __webpack_require__(401);
// EXTERNAL MODULE: ./src/core/validate/schemas.ts + 4 modules
var schemas = __webpack_require__(3796);
;// CONCATENATED MODULE: ./src/pipeline/validateFiles.ts
// The validation of manifest files named one by one (`slipway validate a.yaml b.yaml`), document by
// document: memory holds one file's text, one document and the findings, so a file of 100,000 objects is
// checked in bounded memory. Duplicates are found across all the files given; CRDs among them define
// what the custom resources beside them may hold.






/** The CRDs among the files given: only their documents are kept. */
function crdsInFiles(files, limit, reader) {
    const out = [];
    for (const file of files) {
        if (reader.fileSize(file) > limit)
            continue;
        const text = reader.fileText(file);
        if (!text.includes('CustomResourceDefinition'))
            continue;
        for (const doc of manifestDocuments(text, file))
            out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
    }
    return out;
}
async function validateFiles_validateFiles(files, settings, reader) {
    const limit = settings.maxFileBytes ?? MAX_FILE_BYTES;
    const rules = { kubernetesVersion: settings.kubernetesVersion, latestTag: settings.imageTagSeverity };
    const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
    const schemas = {
        builtin: await loadBuiltinSchemas({ crdCatalog: settings.crdCatalog ?? false }),
    };
    /** The CRDs among the files, indexed when the first custom resource is met. */
    const crds = async () => {
        const { CrdIndex } = await loadCrdIndex();
        return new CrdIndex(() => crdsInFiles(files, limit, reader), settings.strict);
    };
    const seen = new Map();
    const findings = [];
    let objects = 0;
    for (const file of files) {
        const size = reader.fileSize(file);
        if (size > limit) {
            findings.push({
                severity: 'error',
                rule: 'file-too-large',
                file,
                line: 1,
                message: tooLargeMessage(file, { size, limit }),
            });
            continue;
        }
        const text = reader.fileText(file);
        for (const doc of manifestDocuments(text, file, undefined, { strict: settings.strict })) {
            const loading = schemas.builtin.load(doc.objects);
            if (loading)
                await loading;
            if (!schemas.crds && doc.objects.some((o) => needsCrd(o.obj, schemas.builtin)))
                schemas.crds = await crds();
            const locate = (o, path) => doc.locate(o.within ? [...o.within.path, ...path] : path);
            findings.push(...doc.findings, ...checkObjects(doc.objects, undefined, rules, seen), ...checkSchemas(doc.objects, undefined, schemas, locate, schemaOptions));
            objects += doc.objects.length;
        }
    }
    findings.push(...(schemas.crds?.notCheckedFindings() ?? []));
    return { findings, units: files.length, objects };
}

;// CONCATENATED MODULE: ./src/commands/validate.ts



const prefixed = (folder, f) => folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };
/**
 * A repository folder: finding paths are relative to the folder; its origin counts as this repository.
 * What renders apps is loaded only here: `slipway validate FILE` never needs it.
 */
async function validateFolder(dir, settings, edges, 
/** Told what became of the render cache (`render-cache`), for the log. */
note) {
    const origin = edges.trees.originUrl(dir);
    const repoUrls = [...settings.repoUrls, ...(origin ? [origin] : [])];
    const tree = edges.trees.folder(dir, settings.maxFileBytes);
    const { validateTree } = await __webpack_require__.e(/* import() */ 578).then(__webpack_require__.bind(__webpack_require__, 8578));
    // render-cache: every render is kept, for the previews whose base these files are
    const writer = settings.renderCache
        ? edges.renderCache?.(dir, () => undefined)?.writing(edges.renderer)
        : undefined;
    const result = await validateTree(tree, { ...settings, repoUrls }, writer ?? edges.renderer);
    if (settings.renderCache)
        note?.(writer?.note() ?? `no render cache: ${dir} is not in a git repository`);
    return result;
}
async function validate(settings, edges, note) {
    const targets = settings.targets.length > 0 ? settings.targets : ['.'];
    const files = [];
    const findings = [];
    let units = 0;
    let objects = 0;
    for (const target of targets) {
        const kind = edges.trees.kind(target);
        if (!kind)
            throw new InputError(`${target}: no such file or folder`);
        if (kind === 'file') {
            files.push(target);
            continue;
        }
        const folder = await validateFolder(target, settings, edges, note && ((m) => note(`${target}: ${m}`)));
        findings.push(...folder.findings.map((f) => prefixed(target, f)));
        units += folder.units;
        objects += folder.objects;
    }
    if (files.length > 0) {
        const checked = await validateFiles(files, settings, edges.trees);
        findings.push(...checked.findings);
        units += checked.units;
        objects += checked.objects;
    }
    return { findings: sortFindings(findings), units, objects };
}

;// CONCATENATED MODULE: ./src/commands/check.ts
// check (on manifests pull requests), as the action runs it: the one check (checkPipeline.ts) published on
// the pull request (checkPublish.ts). Without a pull request (a push), it validates the head.
// check-plan sizes a job matrix; a shard writes a partial report; check-merge publishes their sum.







async function check(settings, log, edges) {
    const pull = settings.pullRequest;
    if (!pull) {
        log.info('No pull request in this event: validating what the apps deploy at this commit.');
        const result = await validateFolder(settings.workspace, settings, edges, (note) => log.info(`Render cache: ${note}.`));
        // the pushed commit's index, for the pull requests that will be based on it
        if (settings.treeIndex)
            await keepPushedIndex(settings, log, edges);
        annotate(result.findings, log);
        const failure = annotated(verdict(result.findings, settings));
        return {
            outputs: {},
            summary: (0,checkSummary.validationSummary)(result.findings, result.units, result.objects),
            ...(failure && { failure }),
        };
    }
    return runCheck(settings, log, edges, gitHubPublisher(settings, pull, log, edges));
}
/**
 * The pushed commit's tree index (keptIndex.ts). It only saves the next previews time, so a failure to
 * build it is a warning: the push's validation stands, and the previews read their base whole.
 */
async function keepPushedIndex(settings, log, edges) {
    try {
        log.info(`Tree index: ${await keepCommitIndex(settings.workspace, 'HEAD', settings, edges)}.`);
    }
    catch (error) {
        log.warning(`No tree index kept for this commit (pull requests based on it are read whole): ${error.message}`);
    }
}
/** check-merge: the partial reports of every shard \u2192 the comment, annotations, summary, outputs and policy of one check. */
async function checkMerge(settings, log, edges) {
    const pull = settings.pullRequest;
    if (!pull)
        throw new src_settings/* SettingsError */.GN('check-merge runs on the pull request the shards checked (a pull_request event).');
    return mergeCheck(settings, log, edges, gitHubPublisher(settings, pull, log, edges));
}
/** check-plan: how many apps a pull request affects (no render), and a shard count for the matrix. */
async function checkPlan(settings, log, edges) {
    if (!settings.pullRequest)
        throw new src_settings/* SettingsError */.GN('check-plan runs on a pull request (a pull_request event).');
    const plan = await planCheck(settings, log, edges);
    return {
        outputs: {
            'affected-apps': String(plan.affected),
            shards: String(plan.shards),
            matrix: JSON.stringify(plan.matrix),
        },
    };
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

/***/ 5536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ headlineFacts),
/* harmony export */   t: () => (/* binding */ groupChanges)
/* harmony export */ });
/* harmony import */ var _regExpText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7613);

const WORD_SPLIT = /[-_.]/;
/** Words of the app's name and destination namespace that not every app of the diff shares. */
function appWords(apps) {
    // numbers are left out: `app-1` and `app-2` are two apps, not one app in two environments
    const wordsOf = (app) => new Set([app.name, app.app?.destination.namespace ?? '']
        .flatMap((s) => s.split(WORD_SPLIT))
        .filter((w) => w.length > 1 && !/^\d+$/.test(w)));
    const sets = apps.map(wordsOf);
    const shared = new Set([...(sets[0] ?? [])].filter((w) => sets.every((s) => s.has(w))));
    return new Map(apps.map((app, i) => [app, [...sets[i]].filter((w) => !shared.has(w))]));
}
/** The object's name with the app's own words taken off its start and end (`staging-api` \u2192 `api`). */
function stemOf(name, words) {
    const parts = name.split('-');
    while (parts.length > 1 && words.includes(parts[0]))
        parts.shift();
    while (parts.length > 1 && words.includes(parts[parts.length - 1]))
        parts.pop();
    return parts.join('-');
}
/** Kind, namespace and name of `Kind/namespace/name` or `Kind/name`. */
function partsOf(object) {
    const parts = object.split('/');
    const kind = parts[0] ?? '';
    if (parts.length >= 3)
        return { kind, namespace: parts[1], name: parts.slice(2).join('/') };
    return { kind, name: parts.slice(1).join('/') };
}
/**
 * A matcher for the app-specific strings where they stand as a whole value (`namespace: qa`, `name:
 * qa-web`), never inside another (`qa` in `ghcr.io/acme/qa-tools:1.0` is not set aside): longest first.
 */
function specificMatcher(strings) {
    const unique = [...new Set(strings.filter((s) => s.length > 0 && !/^\d+$/.test(s)))].sort((a, b) => b.length - a.length);
    if (unique.length === 0)
        return undefined;
    const inValue = '[A-Za-z0-9._/:@-]';
    return new RegExp(`(?<!${inValue})(?:${unique.map(_regExpText_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .N).join('|')})(?!${inValue})`, 'g');
}
/**
 * Groups the object changes of a diff. `changedLines(change)` gives a change's added and removed lines
 * (its diff without context): two changes group when their kind, stem name, consequence and changed lines
 * are equal once the app-specific strings are replaced by one placeholder.
 */
function groupChanges(diff, changedLines) {
    const apps = diff.apps.filter((a) => a.changes.length > 0);
    const words = appWords(apps);
    const byKey = new Map();
    for (const app of apps) {
        const own = words.get(app) ?? [];
        for (const change of app.changes) {
            const { kind, namespace, name } = partsOf(change.object);
            const stem = stemOf(name, own);
            const matcher = specificMatcher([name, namespace ?? '', app.app?.destination.namespace ?? '']);
            const lines = matcher ? changedLines(change).replace(matcher, '\u0000') : changedLines(change);
            const key = [change.change, kind, stem, change.consequence, lines].join('\u0001');
            const member = { app, change };
            const group = byKey.get(key);
            if (group)
                group.members.push(member);
            else
                byKey.set(key, { kind, name: stem, shown: member, members: [member] });
        }
    }
    const groups = [...byKey.values()]
        .filter((g) => new Set(g.members.map((m) => m.app)).size >= 2)
        .sort((a, b) => b.members.length - a.members.length || `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
    const groupOf = new Map();
    for (const group of groups)
        for (const m of group.members)
            groupOf.set(m.change, group);
    return { groups, groupOf };
}
/** The facts of the PR's changes, each with the apps it is true in, most widespread first. */
function headlineFacts(diff) {
    const appsOf = new Map();
    for (const app of diff.apps)
        for (const change of app.changes)
            for (const fact of change.summary) {
                const set = appsOf.get(fact) ?? new Set();
                set.add(app.name);
                appsOf.set(fact, set);
            }
    return [...appsOf.entries()]
        .map(([fact, apps]) => ({ fact, apps: [...apps].sort() }))
        .sort((a, b) => b.apps.length - a.apps.length || a.fact.localeCompare(b.fact));
}


/***/ }),

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   timingMarkdown: () => (/* binding */ timingMarkdown),
/* harmony export */   validationSummary: () => (/* binding */ validationSummary)
/* harmony export */ });
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);

function validationSummary(findings, units, objects) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    const rows = findings
        .filter((f) => f.severity !== 'notice')
        .map((f) => `| ${f.severity} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${f.file ?? ''}:${f.line ?? 1}`, 'table')} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)((f.unit ?? '').replace(/^app:/, ''))} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(f.message)} |`);
    const notices = findings.filter((f) => f.severity === 'notice').map((f) => `- ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(f.message)}`);
    return [
        '### Slipway check',
        '',
        `${units} app(s), ${objects} object(s): **${count('error')} error(s)**, ${count('warning')} warning(s).`,
        '',
        ...(rows.length > 0
            ? ['| Severity | Where | App | Finding |', '| --- | --- | --- | --- |', ...rows, '']
            : []),
        ...(notices.length > 0 ? ['**Not previewed**', '', ...notices] : []),
    ].join('\n');
}
/** Milliseconds per phase as a Markdown table (the job summary's footnote). */
function timingMarkdown(readGit, rendered, timings) {
    const rows = [
        ['read git', readGit],
        ['discover', timings.discover],
        [`render (${rendered})`, timings.render],
        ['validate', timings.validate],
        ['diff', timings.diff],
    ];
    return [
        '',
        '| Phase | Time |',
        '| --- | ---: |',
        ...rows.map(([phase, ms]) => `| ${phase} | ${(ms / 1000).toFixed(2)} s |`),
    ].join('\n');
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Io: () => (/* binding */ notPreviewedSection),
/* harmony export */   Lo: () => (/* binding */ hasDetails),
/* harmony export */   QE: () => (/* binding */ tableRows),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   b7: () => (/* binding */ eligibilitySection),
/* harmony export */   eV: () => (/* binding */ appDetails),
/* harmony export */   mQ: () => (/* binding */ whatChanges),
/* harmony export */   sI: () => (/* binding */ changeBlock),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wh: () => (/* binding */ otherRevisionsSection),
/* harmony export */   zX: () => (/* binding */ groupBlock)
/* harmony export */ });
/* unused harmony export argocdAppUrl */
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);
/* harmony import */ var _reportParts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2306);


/** An app's page in the Argo CD UI: `/applications/<app namespace>/<name>`. */
function argocdAppUrl(base, app) {
    const namespace = app.app?.namespace ?? 'argocd';
    return `${base.replace(/\/+$/, '')}/applications/${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .urlPath */ .Lx)(namespace)}/${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .urlPath */ .Lx)(app.app?.name ?? app.name)}`;
}
function eligibilitySection(options) {
    const e = options.eligibility;
    if (!e)
        return [];
    if (e.eligible)
        return ['**Auto-merge:** eligible \u2705 \u2014 only image updates within each environment\u2019s level.', ''];
    return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r)}`), ''];
}
function commentMarker(id) {
    return `<!-- slipway:check:${id} -->`;
}
function validation(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (errors > 0)
        return `\u274c ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
    return warnings > 0 ? `\u26a0\ufe0f ${warnings} warning(s)` : '\u2705';
}
/** Repository text in a table cell or a line of prose (markdownText.ts). */
const cell = _markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC;
const fence = _markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdFence */ .F;
function whatChanges(diff) {
    const line = (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .factsLine */ .UM)(diff, (text, where) => `${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(text)} ${cell(where)}`);
    return line === undefined ? [] : [`**What changes:** ${line}`, ''];
}
function tableRows(diff, options) {
    return diff.apps.map((app) => {
        const url = options.fileUrl?.(app.file, app.line);
        const name = url === undefined ? cell(app.name) : `[${cell(app.name)}](${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdUrl */ .T3)(url)})`;
        const status = app.status === 'new'
            ? ' (new)'
            : app.status === 'removed'
                ? ' (removed)'
                : app.status === 'renamed'
                    ? ` (renamed from ${cell(app.renamedFrom ?? '')})`
                    : app.status === 'render-failed'
                        ? ' (render failed)'
                        : app.status === 'not-previewed'
                            ? ' (not previewed)'
                            : '';
        const ui = options.argocdUrl ? ` \u00b7 [Argo CD](${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdUrl */ .T3)(argocdAppUrl(options.argocdUrl, app))})` : '';
        return `| ${name}${status}${ui} | ${cell((0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .destination */ .j_)(app))} | ${(0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .syncPolicy */ .kh)(app)} | ${(0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .counts */ .tQ)(app)} | ${validation(app.findings)} |`;
    });
}
/** The table of apps; the apps whose rows did not fit are named after it (`named`), as many as fit. */
function table(rows, total, named) {
    if (total === 0)
        return '';
    const more = total - rows.length;
    const unnamed = more - named.length;
    if (rows.length === 0)
        return `${total} app(s): ${named.map(cell).join(', ')}${unnamed > 0 ? ` and ${unnamed} more` : ''}.`;
    return [
        '| App | Destination | Sync | Objects | Validation |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? [`| \u2026 ${more} more app(s), named below | | | | |`] : []),
        ...(more > 0
            ? [
                '',
                `${more} more app(s): ${named.map(cell).join(', ')}${unnamed > 0 ? `${named.length > 0 ? ' and' : ''} ${unnamed} not named here to fit the comment` : ''}.`,
            ]
            : []),
    ].join('\n');
}
const IGNORED_LINES = '_changed only in ignored lines (ignore-lines): never approved for auto-merge_';
function changeBlock(change, diffText, body) {
    const lines = [`**${_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGN */ .AJ[change.change]} ${cell(change.object)}** \u2014 ${cell(change.consequence)}`];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (change.ignoredLines)
        lines.push(IGNORED_LINES);
    else if (body === 'full')
        lines.push(fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** Lists longer than this are collapsed. */
const OPEN_LIST = 10;
/** One change made the same way in several apps: said once, with its diff and every app named. */
function groupBlock(group, diffText, body, named = true) {
    const { change } = group.shown;
    const raw = [...new Set(group.members.map((m) => m.app.name))];
    const names = raw.map(cell);
    const lines = [
        `**${_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGN */ .AJ[change.change]} ${cell(group.kind)} ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(group.name)}** \u2014 in ${names.length} apps \u2014 ${cell(change.consequence)}`,
    ];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (!named)
        lines.push(`- the apps are among those named above`);
    else if (names.length > OPEN_LIST)
        lines.push('', `<details><summary>the ${names.length} apps: ${raw.slice(0, 3).map(_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlText */ .js).join(', ')}, \u2026</summary>`, '', names.join(', '), '', '</details>', '');
    else
        lines.push(`- apps: ${names.join(', ')}`);
    if (change.ignoredLines)
        lines.push(IGNORED_LINES);
    else if (body === 'full')
        lines.push(`_the diff in ${names[0]}:_`, fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** Whether an app has anything to show beyond changes shown in a group. */
function hasDetails(app, grouping) {
    return (app.note !== undefined ||
        (app.ignoredChanges ?? 0) > 0 ||
        app.settingChanges.length > 0 ||
        app.hooks.length > 0 ||
        app.applyOrder !== undefined ||
        app.findings.some((f) => f.severity !== 'notice') ||
        app.changes.some((c) => !grouping.groupOf.has(c)));
}
/** An app's details with each change's block already chosen: the head and the tail around them. */
function appDetails(app, blocks, grouped) {
    const parts = [`<details><summary><b>${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlText */ .js)(app.name)}</b> ${(0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .counts */ .tQ)(app)}</summary>`, ''];
    if (grouped > 0)
        parts.push(`_${grouped} change(s) shown above with the other apps they are made in._`, '');
    if (app.note)
        parts.push(`> ${cell(app.note)}`, '');
    if (app.ignoredChanges)
        parts.push(`_${app.ignoredChanges} ignored change(s) not shown (ignore-resources): never approved for auto-merge._`, '');
    for (const setting of app.settingChanges)
        parts.push(`- Application ${cell(setting)}`);
    if (app.settingChanges.length > 0)
        parts.push('');
    if (app.hooks.length > 0)
        parts.push('**Runs on sync** (hooks: not part of the synced set, never pruned)', ...app.hooks.map((h) => (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_1__/* .hookLine */ .YX)(h, cell)), '');
    if (app.applyOrder)
        parts.push('**Sync order** (phase, wave, then kind)', ...app.applyOrder.map((l) => `1. ${cell(l)}`), '');
    const findings = app.findings.filter((f) => f.severity !== 'notice');
    if (findings.length > 0) {
        parts.push(...findings.map((f) => `- ${f.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${f.file ?? ''}:${f.line ?? 1}`)} ${cell(f.message)}${f.object ? ` (${cell(f.object)})` : ''}`), '');
    }
    for (const block of blocks)
        parts.push(block, '');
    parts.push('</details>');
    return parts.join('\n');
}
function notPreviewedSection(diff, limit = Infinity) {
    if (diff.notPreviewed.length === 0)
        return [];
    const shown = diff.notPreviewed.slice(0, limit);
    const more = diff.notPreviewed.length - shown.length;
    return [
        `**Not previewed** (${diff.notPreviewed.length}):`,
        ...shown.map((n) => `- ${cell(n.name)} \u2014 ${cell(n.reason)} (${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${n.file}:${n.line}`)})`),
        ...(more > 0 ? [`- \u2026 and ${more} more`] : []),
        '',
    ];
}
/**
 * Apps deploying another revision than the pull request's branch, collapsed: merging does not change
 * them, but they are named, so none goes missing from the count of apps.
 */
function otherRevisionsSection(diff, limit = Infinity) {
    const list = diff.otherRevisions ?? [];
    if (list.length === 0)
        return [];
    const shown = list.slice(0, limit);
    const more = list.length - shown.length;
    return [
        `<details><summary>Unaffected: ${list.length} app(s) track another revision</summary>`,
        '',
        ...shown.map((n) => `- ${cell(n.name)} \u2014 tracks ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(n.revision)} (${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${n.file}:${n.line}`)})`),
        ...(more > 0 ? [`- \u2026 and ${more} more`] : []),
        '',
        '</details>',
        '',
    ];
}


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   VR: () => (/* binding */ groupText),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   uj: () => (/* binding */ groupLine)
/* harmony export */ });
/* unused harmony export toSarif */
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1688);

/**
 * One entry per distinct finding on a file and line: the same removed API in a base that 11 overlays use
 * is one annotation naming the 11 apps, not 11 annotations.
 */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = [f.severity, f.rule, f.file ?? '', f.line ?? '', f.column ?? '', f.message].join('\0');
        const group = groups.get(key) ?? { finding: f, apps: [], objects: [] };
        groups.set(key, group);
        const app = f.unit?.replace(/^(app|path):/, '');
        if (app && !group.apps.includes(app))
            group.apps.push(app);
        if (f.object && !group.objects.includes(f.object))
            group.objects.push(f.object);
    }
    return [...groups.values()];
}
/** The text of a group: the message, the object when there is one, the apps when more than one. */
function groupText(group) {
    const object = group.objects.length === 1 ? ` (${group.objects[0]})` : '';
    const shown = group.apps.slice(0, 10);
    const more = group.apps.length - shown.length;
    const apps = group.apps.length > 1
        ? ` \u2014 in ${group.apps.length} apps: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
        : '';
    return `${group.finding.message}${object}${apps}`;
}
/** A group as a text line: `path:line:col: severity: message (Kind/name) \u2014 in 3 apps: a, b, c`. */
function groupLine(group) {
    const f = group.finding;
    const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}: ` : '';
    return `${where}${f.severity}: ${groupText(group)}`;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
}
const sarifLevel = (severity) => (severity === 'notice' ? 'note' : severity);
function toSarif(findings, version) {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'slipway',
                        version,
                        informationUri: 'https://github.com/acme/slipway',
                        rules: rules.map((id) => ({
                            id,
                            name: id,
                            shortDescription: { text: ruleOf(id).doc.replace(/`/g, ''), markdown: ruleOf(id).doc },
                            defaultConfiguration: { level: sarifLevel(ruleOf(id).severity) },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    level: sarifLevel(f.severity),
                    message: { text: `${f.message}${f.object ? ` (${f.object})` : ''}` },
                    ...(f.file && {
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: f.file },
                                    region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                                },
                            },
                        ],
                    }),
                })),
            },
        ],
    };
}


/***/ }),

/***/ 2306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ SIGN),
/* harmony export */   K_: () => (/* binding */ diffCache),
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   UM: () => (/* binding */ factsLine),
/* harmony export */   YX: () => (/* binding */ hookLine),
/* harmony export */   j_: () => (/* binding */ destination),
/* harmony export */   kh: () => (/* binding */ syncPolicy),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   tQ: () => (/* binding */ counts),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony exports changingApps, unpreviewedApps */
/* harmony import */ var _diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7168);
/* harmony import */ var _changeGroups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5536);
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8854);
// The pieces every rendering of the predicted cluster diff shares (comment, terminal, JSON): the headline,
// what changes in one line, an app's counts and sync policy, the changes it shows, each change's diff text.



const SIGN = { created: '+', changed: '~', deleted: '\u2212' };
function counts(app) {
    const n = (c) => app.changes.filter((x) => x.change === c).length;
    const ignored = app.ignoredChanges ? ` \u00b7 ${app.ignoredChanges} ignored change(s)` : '';
    return `+${n('created')} ~${n('changed')} \u2212${n('deleted')}${ignored}`;
}
function syncPolicy(app) {
    const p = app.app?.syncPolicy;
    if (!p)
        return '\u2014';
    if (!p.automated)
        return 'manual';
    return ['auto', p.prune && 'prune', p.selfHeal && 'self-heal'].filter(Boolean).join(', ');
}
function destination(app) {
    const d = app.app?.destination;
    if (!d)
        return '\u2014';
    const cluster = d.name ?? (d.server === 'https://kubernetes.default.svc' ? 'in-cluster' : (d.server ?? ''));
    return [cluster, d.namespace].filter(Boolean).join(' / ') || '\u2014';
}
const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);
/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
function changingApps(diff) {
    return diff.apps.filter((a) => !UNPREVIEWED.has(a.status) &&
        (a.changes.length > 0 ||
            (a.ignoredChanges ?? 0) > 0 ||
            ['new', 'removed', 'renamed'].includes(a.status) ||
            a.settingChanges.length > 0 ||
            a.hooks.some((h) => h.change !== 'unchanged'))).length;
}
/** Apps the PR affects that could not be previewed, and apps not previewed at all (other repositories\u2026). */
function unpreviewedApps(diff) {
    const names = new Set(diff.apps.filter((a) => UNPREVIEWED.has(a.status)).map((a) => a.name));
    for (const entry of diff.notPreviewed)
        names.add(entry.name);
    return names.size;
}
/**
 * The first line. When anything could not be previewed it leads with "Preview incomplete" and how much \u2014
 * never "No change", which would read as a clean result although part of the PR was not seen.
 */
function header(diff, imageLimit = Infinity) {
    const unpreviewed = unpreviewedApps(diff);
    const changing = changingApps(diff);
    const total = unpreviewed + changing + diff.unchangedApps;
    const incomplete = `**Preview incomplete** \u2014 \u26a0\ufe0f ${unpreviewed} app(s) could not be previewed (${unpreviewed} of ${total})`;
    if (changing === 0)
        return unpreviewed > 0
            ? `${incomplete}; no change in the ${diff.unchangedApps} app(s) checked.`
            : `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked).`;
    const warning = unpreviewed > 0 ? `${incomplete} \u00b7 ` : '';
    const t = diff.totals;
    const shown = diff.images.slice(0, imageLimit);
    const more = diff.images.length - shown.length;
    const images = shown.length > 0
        ? ` \u00b7 images: ${shown.map((i) => (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(i)).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
        : '';
    return `${warning}**${changing} app(s) change** \u2014 +${t.created} created, ~${t.changed} changed, \u2212${t.deleted} deleted${images} \u00b7 ${diff.unchangedApps} app(s) unchanged`;
}
/** `where` in words: one app by name, several counted. */
const inApps = (apps) => (apps.length === 1 ? `in ${apps[0]}` : `in ${apps.length} apps`);
/**
 * The PR in one line: its three most widespread facts, each as `fact` writes it with where it holds
 * (`imagePullPolicy of web: Always \u2192 IfNotPresent in 11 apps`); undefined when nothing has a fact.
 */
function factsLine(diff, fact) {
    const facts = (0,_changeGroups_js__WEBPACK_IMPORTED_MODULE_2__/* .headlineFacts */ .g)(diff);
    if (facts.length === 0)
        return undefined;
    const shown = facts.slice(0, 3).map((f) => fact(f.fact, inApps(f.apps)));
    const more = facts.length - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
/** An app's object changes, then its new, changed and removed hooks: each shown in full. */
function shownChanges(app) {
    const hooks = app.hooks.flatMap((h) => (h.diff ? [h.diff] : []));
    return hooks.length > 0 ? [...app.changes, ...hooks] : app.changes;
}
/** `PreSync \u00b7 Job/migrate (new) \u2014 wave 0, deleted: BeforeHookCreation`. */
function hookLine(h, text = (s) => s) {
    const phases = h.phases.length > 0 ? text(h.phases.join(', ')) : 'never runs (a Helm hook Argo CD does not run)';
    return `- ${phases} \u00b7 ${text(h.object)} (${h.change}) \u2014 wave ${h.wave}, delete policy: ${text(h.deletePolicies.join(', '))}`;
}
function diffCache() {
    const cache = new Map();
    return (change, context) => {
        const byChange = cache.get(context) ?? new Map();
        cache.set(context, byChange);
        let text = byChange.get(change);
        if (text === undefined)
            byChange.set(change, (text = (0,_diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__/* .objectDiff */ .J)(change, context)));
        return text;
    };
}
/** A change's added and removed lines: what groups changes across apps. */
const changedLines = (diffOf) => (change) => diffOf(change, 0)
    .split('\n')
    .filter((l) => !l.startsWith('@@'))
    .join('\n');


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ failsRender),
/* harmony export */   cF: () => (/* binding */ blocksAutoMerge),
/* harmony export */   xJ: () => (/* binding */ leavesUnpreviewed)
/* harmony export */ });
/* unused harmony exports RULES, RULE_IDS, ruleOf, rulesTable */
// Every rule a finding can carry, in one place: its id, its default severity, what it does to the app's
// preview and to auto-merge, and what it means. A finding's `rule` is a `RuleId`, so tsc rejects an id not
// declared here; the render state and the auto-merge gate read these entries, never rule names; README's
// findings table is built from them (`rulesTable`, held by a test).
const RULES = {
    'yaml-syntax': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a YAML document does not parse',
    },
    'yaml-limits': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a YAML document is over a size or alias limit; it is not read',
    },
    'file-too-large': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a file is over `max-file-size`; it is not read',
    },
    'duplicate-key': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: 'a map repeats a key, which the API server rejects',
    },
    'not-an-object': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a document or list item is not a Kubernetes object',
    },
    'missing-type': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'an object has no `apiVersion` or `kind`',
    },
    'invalid-metadata': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'an annotation is not a string, so Argo CD cannot track the object',
    },
    'path-escape': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a path or link leaves the repository; it is not read',
    },
    'missing-path': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: "an Application's `path` does not exist",
    },
    'missing-file': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a kustomization refers to a file that does not exist',
    },
    'missing-value-file': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a Helm value file does not exist (and `ignoreMissingValueFiles` is off)',
    },
    'chart-lock': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: "a chart's `Chart.lock` cannot be used",
    },
    'invalid-application': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'an Application (or its Helm options) is not one Argo CD accepts',
    },
    'invalid-kustomization': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: 'a kustomization asks for something Slipway refuses to run (e.g. helm options in `helmCharts`)',
    },
    'invalid-glob': {
        severity: 'warning',
        blocksAutoMerge: false,
        doc: '`directory.include`/`exclude` does not compile; Argo CD matches no file with it',
    },
    'glob-limits': {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: '`directory.include`/`exclude` is over the glob budget; the app is not rendered',
    },
    render: {
        severity: 'error',
        render: 'failed',
        blocksAutoMerge: false,
        doc: '`kustomize build` or `helm template` failed',
    },
    'not-previewed': {
        severity: 'warning',
        render: 'not-previewed',
        blocksAutoMerge: true,
        doc: 'an app is not previewed (jsonnet, a plugin, a repository that cannot be fetched, an unvendored chart); a notice in `validate`',
    },
    'not-rendered': {
        severity: 'warning',
        render: 'not-previewed',
        blocksAutoMerge: true,
        doc: 'a chart from a chart repository or an OCI registry could not be pulled (the registry and the reason named), or helm is missing',
    },
    'duplicate-app': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: 'two files define the same Application',
    },
    'duplicate-object': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: 'an app deploys the same object twice',
    },
    'shared-object': {
        severity: 'warning',
        blocksAutoMerge: false,
        doc: 'two apps deploy the same object',
    },
    'image-tag': {
        severity: 'warning',
        blocksAutoMerge: false,
        doc: 'a container runs an untagged or `latest` image (`image-tag-severity`)',
    },
    'removed-api': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: '`apiVersion` is removed in `kubernetes-version`',
    },
    'deprecated-api': {
        severity: 'warning',
        blocksAutoMerge: false,
        doc: '`apiVersion` is deprecated in `kubernetes-version`',
    },
    'unknown-kind': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: 'no built-in API group serves this kind and version',
    },
    schema: {
        severity: 'error',
        blocksAutoMerge: false,
        doc: "an object does not match its kind's schema",
    },
    'unknown-field': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: 'an object has a field its schema does not know (`strict`, or a closed schema)',
    },
    cel: {
        severity: 'error',
        blocksAutoMerge: false,
        doc: "a custom resource fails its CRD's `x-kubernetes-validations` (a warning when a rule cannot be evaluated)",
    },
    'cel-not-checked': {
        severity: 'notice',
        blocksAutoMerge: false,
        doc: "a CRD's `x-kubernetes-validations` rules Slipway cannot evaluate",
    },
    'no-schema': {
        severity: 'warning',
        blocksAutoMerge: false,
        doc: 'a custom resource has no usable CRD, so it is not validated (`require-schemas`: an error)',
    },
    'crd-version': {
        severity: 'error',
        blocksAutoMerge: false,
        doc: "a custom resource's version is not served by its CRD",
    },
};
const RULE_IDS = Object.keys(RULES);
/** A rule's entry, read through the `Rule` shape (so optional fields read as such). */
const ruleOf = (id) => RULES[id];
/** As an error, this finding means the app's render failed. */
const failsRender = (f) => f.severity === 'error' && ruleOf(f.rule).render === 'failed';
/** This finding means the app was not previewed. */
const leavesUnpreviewed = (f) => ruleOf(f.rule).render === 'not-previewed';
/** This finding on an app keeps a pull request from merging on its own. */
const blocksAutoMerge = (f) => f.severity === 'error' || ruleOf(f.rule).blocksAutoMerge;
/** README's findings table. */
function rulesTable() {
    const rows = RULE_IDS.map((id) => {
        const r = ruleOf(id);
        const merge = r.blocksAutoMerge ? 'always' : 'as an error';
        const preview = r.render === 'failed' ? 'render failed' : r.render === 'not-previewed' ? 'not previewed' : '';
        return `| \`${id}\` | ${r.severity} | ${preview} | ${merge} | ${r.doc} |`;
    });
    return [
        '| Rule | Severity | App | Blocks auto-merge | What it means |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}


/***/ }),

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


/***/ }),

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B9: () => (/* binding */ FieldLocator),
  zV: () => (/* binding */ checkSchemas),
  F0: () => (/* binding */ needsCrd)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/render/objects.ts
var render_objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/core/validate/apiVersions.ts
var apiVersions = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/core/validate/k8sFields.generated.ts
const FIELDS_SOURCE = 'kubernetes-models 5.1.0';
const FIELD_TYPES = {
    IMutatingAdmissionPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicySpec' },
    },
    IObjectMeta: {
        f: {
            annotations: 'anon0',
            creationTimestamp: 0,
            deletionGracePeriodSeconds: 0,
            deletionTimestamp: 0,
            finalizers: 0,
            generateName: 0,
            generation: 0,
            labels: 'anon1',
            managedFields: 'IManagedFieldsEntry',
            name: 0,
            namespace: 0,
            ownerReferences: 'IOwnerReference',
            resourceVersion: 0,
            selfLink: 0,
            uid: 0,
        },
    },
    anon0: { m: 0 },
    anon1: { m: 0 },
    IManagedFieldsEntry: {
        f: { apiVersion: 0, fieldsType: 0, fieldsV1: 0, manager: 0, operation: 0, subresource: 0, time: 0 },
    },
    IOwnerReference: { f: { apiVersion: 0, blockOwnerDeletion: 0, controller: 0, kind: 0, name: 0, uid: 0 } },
    IMutatingAdmissionPolicySpec: {
        f: {
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            mutations: 'IMutation',
            paramKind: 'IParamKind',
            reinvocationPolicy: 0,
            variables: 'IVariable',
        },
    },
    IMatchCondition: { f: { expression: 0, name: 0 } },
    IMatchResources: {
        f: {
            excludeResourceRules: 'INamedRuleWithOperations',
            matchPolicy: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            resourceRules: 'INamedRuleWithOperations',
        },
    },
    INamedRuleWithOperations: {
        f: { apiGroups: 0, apiVersions: 0, operations: 0, resourceNames: 0, resources: 0, scope: 0 },
    },
    ILabelSelector: { f: { matchExpressions: 'ILabelSelectorRequirement', matchLabels: 'anon2' } },
    ILabelSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    anon2: { m: 0 },
    IMutation: { f: { applyConfiguration: 'IApplyConfiguration', jsonPatch: 'IJSONPatch', patchType: 0 } },
    IApplyConfiguration: { f: { expression: 0 } },
    IJSONPatch: { f: { expression: 0 } },
    IParamKind: { f: { apiVersion: 0, kind: 0 } },
    IVariable: { f: { expression: 0, name: 0 } },
    IMutatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicyBindingSpec' },
    },
    IMutatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0 },
    },
    IParamRef: { f: { name: 0, namespace: 0, parameterNotFoundAction: 0, selector: 'ILabelSelector' } },
    IMutatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IListMeta: {
        f: { continue: 0, remainingItemCount: 0, resourceVersion: 0, selfLink: 0, shardInfo: 'IShardInfo' },
    },
    IShardInfo: { f: { selector: 0 } },
    IMutatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook' },
    },
    IMutatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig: { f: { caBundle: 0, service: 'IServiceReference', url: 0 } },
    IServiceReference: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicy: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IValidatingAdmissionPolicySpec',
            status: 'IValidatingAdmissionPolicyStatus',
        },
    },
    IValidatingAdmissionPolicySpec: {
        f: {
            auditAnnotations: 'IAuditAnnotation',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            paramKind: 'IParamKind',
            validations: 'IValidation',
            variables: 'IVariable',
        },
    },
    IAuditAnnotation: { f: { key: 0, valueExpression: 0 } },
    IValidation: { f: { expression: 0, message: 0, messageExpression: 0, reason: 0 } },
    IValidatingAdmissionPolicyStatus: {
        f: { conditions: 'ICondition', observedGeneration: 0, typeChecking: 'ITypeChecking' },
    },
    ICondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ITypeChecking: { f: { expressionWarnings: 'IExpressionWarning' } },
    IExpressionWarning: { f: { fieldRef: 0, warning: 0 } },
    IValidatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IValidatingAdmissionPolicyBindingSpec' },
    },
    IValidatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0, validationActions: 0 },
    },
    IValidatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook' },
    },
    IValidatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook_' },
    },
    IMutatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig_: { f: { caBundle: 0, service: 'IServiceReference_', url: 0 } },
    IServiceReference_: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations_: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook_' },
    },
    IValidatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec',
            status: 'ICustomResourceDefinitionStatus',
        },
    },
    ICustomResourceDefinitionSpec: {
        f: {
            conversion: 'ICustomResourceConversion',
            group: 0,
            names: 'ICustomResourceDefinitionNames',
            preserveUnknownFields: 0,
            scope: 0,
            versions: 'ICustomResourceDefinitionVersion',
        },
    },
    ICustomResourceConversion: { f: { strategy: 0, webhook: 'IWebhookConversion' } },
    IWebhookConversion: { f: { clientConfig: 'IWebhookClientConfig__', conversionReviewVersions: 0 } },
    IWebhookClientConfig__: { f: { caBundle: 0, service: 'IServiceReference__', url: 0 } },
    IServiceReference__: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceDefinitionVersion: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation',
            selectableFields: 'ISelectableField',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources',
        },
    },
    ICustomResourceColumnDefinition: {
        f: { description: 0, format: 0, jsonPath: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceValidation: { f: { openAPIV3Schema: 'IJSONSchemaProps' } },
    IJSONSchemaProps: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps',
            anyOf: 'IJSONSchemaProps',
            default: 0,
            definitions: 'anon3',
            dependencies: 'anon4',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps',
            nullable: 0,
            oneOf: 'IJSONSchemaProps',
            pattern: 0,
            patternProperties: 'anon5',
            properties: 'anon6',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
            'x-kubernetes-validations': 'IValidationRule',
        },
    },
    anon3: { m: 'IJSONSchemaProps' },
    anon4: { m: 0 },
    IExternalDocumentation: { f: { description: 0, url: 0 } },
    anon5: { m: 'IJSONSchemaProps' },
    anon6: { m: 'IJSONSchemaProps' },
    IValidationRule: {
        f: { fieldPath: 0, message: 0, messageExpression: 0, optionalOldSelf: 0, reason: 0, rule: 0 },
    },
    ISelectableField: { f: { jsonPath: 0 } },
    ICustomResourceSubresources: { f: { scale: 'ICustomResourceSubresourceScale', status: 0 } },
    ICustomResourceSubresourceScale: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceDefinitionStatus: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames',
            conditions: 'ICustomResourceDefinitionCondition',
            observedGeneration: 0,
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec_',
            status: 'ICustomResourceDefinitionStatus_',
        },
    },
    ICustomResourceDefinitionSpec_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            conversion: 'ICustomResourceConversion_',
            group: 0,
            names: 'ICustomResourceDefinitionNames_',
            preserveUnknownFields: 0,
            scope: 0,
            subresources: 'ICustomResourceSubresources_',
            validation: 'ICustomResourceValidation_',
            version: 0,
            versions: 'ICustomResourceDefinitionVersion_',
        },
    },
    ICustomResourceColumnDefinition_: {
        f: { JSONPath: 0, description: 0, format: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceConversion_: {
        f: { conversionReviewVersions: 0, strategy: 0, webhookClientConfig: 'IWebhookClientConfig___' },
    },
    IWebhookClientConfig___: { f: { caBundle: 0, service: 'IServiceReference___', url: 0 } },
    IServiceReference___: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames_: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceSubresources_: { f: { scale: 'ICustomResourceSubresourceScale_', status: 0 } },
    ICustomResourceSubresourceScale_: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceValidation_: { f: { openAPIV3Schema: 'IJSONSchemaProps_' } },
    IJSONSchemaProps_: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps_',
            anyOf: 'IJSONSchemaProps_',
            default: 0,
            definitions: 'anon7',
            dependencies: 'anon8',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation_',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps_',
            nullable: 0,
            oneOf: 'IJSONSchemaProps_',
            pattern: 0,
            patternProperties: 'anon9',
            properties: 'anon10',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
        },
    },
    anon7: { m: 'IJSONSchemaProps_' },
    anon8: { m: 0 },
    IExternalDocumentation_: { f: { description: 0, url: 0 } },
    anon9: { m: 'IJSONSchemaProps_' },
    anon10: { m: 'IJSONSchemaProps_' },
    ICustomResourceDefinitionVersion_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation_',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources_',
        },
    },
    ICustomResourceDefinitionStatus_: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames_',
            conditions: 'ICustomResourceDefinitionCondition_',
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList_: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition_', kind: 0, metadata: 'IListMeta' },
    },
    IAPIService: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec',
            status: 'IAPIServiceStatus',
        },
    },
    IAPIServiceSpec: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus: { f: { conditions: 'IAPIServiceCondition' } },
    IAPIServiceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList: { f: { apiVersion: 0, items: 'IAPIService', kind: 0, metadata: 'IListMeta' } },
    IAPIService_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec_',
            status: 'IAPIServiceStatus_',
        },
    },
    IAPIServiceSpec_: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference_____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference_____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus_: { f: { conditions: 'IAPIServiceCondition_' } },
    IAPIServiceCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList_: { f: { apiVersion: 0, items: 'IAPIService_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList: {
        f: { apiVersion: 0, items: 'IControllerRevision', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec',
            status: 'IDaemonSetStatus',
        },
    },
    IDaemonSetSpec: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy',
        },
    },
    IPodTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IPodSpec' } },
    IPodSpec: {
        f: {
            activeDeadlineSeconds: 0,
            affinity: 'IAffinity',
            automountServiceAccountToken: 0,
            containers: 'IContainer',
            dnsConfig: 'IPodDNSConfig',
            dnsPolicy: 0,
            enableServiceLinks: 0,
            ephemeralContainers: 'IEphemeralContainer',
            hostAliases: 'IHostAlias',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostUsers: 0,
            hostname: 0,
            hostnameOverride: 0,
            imagePullSecrets: 'ILocalObjectReference',
            initContainers: 'IContainer',
            nodeName: 0,
            nodeSelector: 'anon13',
            os: 'IPodOS',
            overhead: 'anon14',
            preemptionPolicy: 0,
            priority: 0,
            priorityClassName: 0,
            readinessGates: 'IPodReadinessGate',
            resourceClaims: 'IPodResourceClaim',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            runtimeClassName: 0,
            schedulerName: 0,
            schedulingGates: 'IPodSchedulingGate',
            schedulingGroup: 'IPodSchedulingGroup',
            securityContext: 'IPodSecurityContext',
            serviceAccount: 0,
            serviceAccountName: 0,
            setHostnameAsFQDN: 0,
            shareProcessNamespace: 0,
            subdomain: 0,
            terminationGracePeriodSeconds: 0,
            tolerations: 'IToleration',
            topologySpreadConstraints: 'ITopologySpreadConstraint',
            volumes: 'IVolume',
        },
    },
    IAffinity: {
        f: { nodeAffinity: 'INodeAffinity', podAffinity: 'IPodAffinity', podAntiAffinity: 'IPodAntiAffinity' },
    },
    INodeAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IPreferredSchedulingTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'INodeSelector',
        },
    },
    IPreferredSchedulingTerm: { f: { preference: 'INodeSelectorTerm', weight: 0 } },
    INodeSelectorTerm: {
        f: { matchExpressions: 'INodeSelectorRequirement', matchFields: 'INodeSelectorRequirement' },
    },
    INodeSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    INodeSelector: { f: { nodeSelectorTerms: 'INodeSelectorTerm' } },
    IPodAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IWeightedPodAffinityTerm: { f: { podAffinityTerm: 'IPodAffinityTerm', weight: 0 } },
    IPodAffinityTerm: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            mismatchLabelKeys: 0,
            namespaceSelector: 'ILabelSelector',
            namespaces: 0,
            topologyKey: 0,
        },
    },
    IPodAntiAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IEnvVar: { f: { name: 0, value: 0, valueFrom: 'IEnvVarSource' } },
    IEnvVarSource: {
        f: {
            configMapKeyRef: 'IConfigMapKeySelector',
            fieldRef: 'IObjectFieldSelector',
            fileKeyRef: 'IFileKeySelector',
            resourceFieldRef: 'IResourceFieldSelector',
            secretKeyRef: 'ISecretKeySelector',
        },
    },
    IConfigMapKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IObjectFieldSelector: { f: { apiVersion: 0, fieldPath: 0 } },
    IFileKeySelector: { f: { key: 0, optional: 0, path: 0, volumeName: 0 } },
    IResourceFieldSelector: { f: { containerName: 0, divisor: 0, resource: 0 } },
    ISecretKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IEnvFromSource: { f: { configMapRef: 'IConfigMapEnvSource', prefix: 0, secretRef: 'ISecretEnvSource' } },
    IConfigMapEnvSource: { f: { name: 0, optional: 0 } },
    ISecretEnvSource: { f: { name: 0, optional: 0 } },
    ILifecycle: { f: { postStart: 'ILifecycleHandler', preStop: 'ILifecycleHandler', stopSignal: 0 } },
    ILifecycleHandler: {
        f: {
            exec: 'IExecAction',
            httpGet: 'IHTTPGetAction',
            sleep: 'ISleepAction',
            tcpSocket: 'ITCPSocketAction',
        },
    },
    IExecAction: { f: { command: 0 } },
    IHTTPGetAction: { f: { host: 0, httpHeaders: 'IHTTPHeader', path: 0, port: 0, scheme: 0 } },
    IHTTPHeader: { f: { name: 0, value: 0 } },
    ISleepAction: { f: { seconds: 0 } },
    ITCPSocketAction: { f: { host: 0, port: 0 } },
    IProbe: {
        f: {
            exec: 'IExecAction',
            failureThreshold: 0,
            grpc: 'IGRPCAction',
            httpGet: 'IHTTPGetAction',
            initialDelaySeconds: 0,
            periodSeconds: 0,
            successThreshold: 0,
            tcpSocket: 'ITCPSocketAction',
            terminationGracePeriodSeconds: 0,
            timeoutSeconds: 0,
        },
    },
    IGRPCAction: { f: { port: 0, service: 0 } },
    IContainerPort: { f: { containerPort: 0, hostIP: 0, hostPort: 0, name: 0, protocol: 0 } },
    IContainerResizePolicy: { f: { resourceName: 0, restartPolicy: 0 } },
    IResourceRequirements: { f: { claims: 'IResourceClaim', limits: 'anon11', requests: 'anon12' } },
    IResourceClaim: { f: { name: 0, request: 0 } },
    anon11: { m: 0 },
    anon12: { m: 0 },
    IContainerRestartRule: { f: { action: 0, exitCodes: 'IContainerRestartRuleOnExitCodes' } },
    IContainerRestartRuleOnExitCodes: { f: { operator: 0, values: 0 } },
    ISecurityContext: {
        f: {
            allowPrivilegeEscalation: 0,
            appArmorProfile: 'IAppArmorProfile',
            capabilities: 'ICapabilities',
            privileged: 0,
            procMount: 0,
            readOnlyRootFilesystem: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    IAppArmorProfile: { f: { localhostProfile: 0, type: 0 } },
    ICapabilities: { f: { add: 0, drop: 0 } },
    ISELinuxOptions: { f: { level: 0, role: 0, type: 0, user: 0 } },
    ISeccompProfile: { f: { localhostProfile: 0, type: 0 } },
    IWindowsSecurityContextOptions: {
        f: { gmsaCredentialSpec: 0, gmsaCredentialSpecName: 0, hostProcess: 0, runAsUserName: 0 },
    },
    IVolumeDevice: { f: { devicePath: 0, name: 0 } },
    IVolumeMount: {
        f: {
            mountPath: 0,
            mountPropagation: 0,
            name: 0,
            readOnly: 0,
            recursiveReadOnly: 0,
            subPath: 0,
            subPathExpr: 0,
        },
    },
    IPodDNSConfig: { f: { nameservers: 0, options: 'IPodDNSConfigOption', searches: 0 } },
    IPodDNSConfigOption: { f: { name: 0, value: 0 } },
    IEphemeralContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            targetContainerName: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IHostAlias: { f: { hostnames: 0, ip: 0 } },
    ILocalObjectReference: { f: { name: 0 } },
    anon13: { m: 0 },
    IPodOS: { f: { name: 0 } },
    anon14: { m: 0 },
    IPodReadinessGate: { f: { conditionType: 0 } },
    IPodResourceClaim: { f: { name: 0, resourceClaimName: 0, resourceClaimTemplateName: 0 } },
    IPodSchedulingGate: { f: { name: 0 } },
    IPodSchedulingGroup: { f: { podGroupName: 0 } },
    IPodSecurityContext: {
        f: {
            appArmorProfile: 'IAppArmorProfile',
            fsGroup: 0,
            fsGroupChangePolicy: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxChangePolicy: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            supplementalGroups: 0,
            supplementalGroupsPolicy: 0,
            sysctls: 'ISysctl',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    ISysctl: { f: { name: 0, value: 0 } },
    IToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    ITopologySpreadConstraint: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            maxSkew: 0,
            minDomains: 0,
            nodeAffinityPolicy: 0,
            nodeTaintsPolicy: 0,
            topologyKey: 0,
            whenUnsatisfiable: 0,
        },
    },
    IVolume: {
        f: {
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFileVolumeSource',
            cephfs: 'ICephFSVolumeSource',
            cinder: 'ICinderVolumeSource',
            configMap: 'IConfigMapVolumeSource',
            csi: 'ICSIVolumeSource',
            downwardAPI: 'IDownwardAPIVolumeSource',
            emptyDir: 'IEmptyDirVolumeSource',
            ephemeral: 'IEphemeralVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            gitRepo: 'IGitRepoVolumeSource',
            glusterfs: 'IGlusterfsVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            image: 'IImageVolumeSource',
            iscsi: 'IISCSIVolumeSource',
            name: 0,
            nfs: 'INFSVolumeSource',
            persistentVolumeClaim: 'IPersistentVolumeClaimVolumeSource',
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            projected: 'IProjectedVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDVolumeSource',
            scaleIO: 'IScaleIOVolumeSource',
            secret: 'ISecretVolumeSource',
            storageos: 'IStorageOSVolumeSource',
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAWSElasticBlockStoreVolumeSource: { f: { fsType: 0, partition: 0, readOnly: 0, volumeID: 0 } },
    IAzureDiskVolumeSource: { f: { cachingMode: 0, diskName: 0, diskURI: 0, fsType: 0, kind: 0, readOnly: 0 } },
    IAzureFileVolumeSource: { f: { readOnly: 0, secretName: 0, shareName: 0 } },
    ICephFSVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ILocalObjectReference', user: 0 },
    },
    ICinderVolumeSource: { f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeID: 0 } },
    IConfigMapVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', name: 0, optional: 0 } },
    IKeyToPath: { f: { key: 0, mode: 0, path: 0 } },
    ICSIVolumeSource: {
        f: {
            driver: 0,
            fsType: 0,
            nodePublishSecretRef: 'ILocalObjectReference',
            readOnly: 0,
            volumeAttributes: 'anon15',
        },
    },
    anon15: { m: 0 },
    IDownwardAPIVolumeSource: { f: { defaultMode: 0, items: 'IDownwardAPIVolumeFile' } },
    IDownwardAPIVolumeFile: {
        f: { fieldRef: 'IObjectFieldSelector', mode: 0, path: 0, resourceFieldRef: 'IResourceFieldSelector' },
    },
    IEmptyDirVolumeSource: { f: { medium: 0, sizeLimit: 0 } },
    IEphemeralVolumeSource: { f: { volumeClaimTemplate: 'IPersistentVolumeClaimTemplate' } },
    IPersistentVolumeClaimTemplate: { f: { metadata: 'IObjectMeta', spec: 'IPersistentVolumeClaimSpec' } },
    IPersistentVolumeClaimSpec: {
        f: {
            accessModes: 0,
            dataSource: 'ITypedLocalObjectReference',
            dataSourceRef: 'ITypedObjectReference',
            resources: 'IVolumeResourceRequirements',
            selector: 'ILabelSelector',
            storageClassName: 0,
            volumeAttributesClassName: 0,
            volumeMode: 0,
            volumeName: 0,
        },
    },
    ITypedLocalObjectReference: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ITypedObjectReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IVolumeResourceRequirements: { f: { limits: 'anon16', requests: 'anon17' } },
    anon16: { m: 0 },
    anon17: { m: 0 },
    IFCVolumeSource: { f: { fsType: 0, lun: 0, readOnly: 0, targetWWNs: 0, wwids: 0 } },
    IFlexVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon18', readOnly: 0, secretRef: 'ILocalObjectReference' },
    },
    anon18: { m: 0 },
    IFlockerVolumeSource: { f: { datasetName: 0, datasetUUID: 0 } },
    IGCEPersistentDiskVolumeSource: { f: { fsType: 0, partition: 0, pdName: 0, readOnly: 0 } },
    IGitRepoVolumeSource: { f: { directory: 0, repository: 0, revision: 0 } },
    IGlusterfsVolumeSource: { f: { endpoints: 0, path: 0, readOnly: 0 } },
    IHostPathVolumeSource: { f: { path: 0, type: 0 } },
    IImageVolumeSource: { f: { pullPolicy: 0, reference: 0 } },
    IISCSIVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            targetPortal: 0,
        },
    },
    INFSVolumeSource: { f: { path: 0, readOnly: 0, server: 0 } },
    IPersistentVolumeClaimVolumeSource: { f: { claimName: 0, readOnly: 0 } },
    IPhotonPersistentDiskVolumeSource: { f: { fsType: 0, pdID: 0 } },
    IPortworxVolumeSource: { f: { fsType: 0, readOnly: 0, volumeID: 0 } },
    IProjectedVolumeSource: { f: { defaultMode: 0, sources: 'IVolumeProjection' } },
    IVolumeProjection: {
        f: {
            clusterTrustBundle: 'IClusterTrustBundleProjection',
            configMap: 'IConfigMapProjection',
            downwardAPI: 'IDownwardAPIProjection',
            podCertificate: 'IPodCertificateProjection',
            secret: 'ISecretProjection',
            serviceAccountToken: 'IServiceAccountTokenProjection',
        },
    },
    IClusterTrustBundleProjection: {
        f: { labelSelector: 'ILabelSelector', name: 0, optional: 0, path: 0, signerName: 0 },
    },
    IConfigMapProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IDownwardAPIProjection: { f: { items: 'IDownwardAPIVolumeFile' } },
    IPodCertificateProjection: {
        f: {
            certificateChainPath: 0,
            credentialBundlePath: 0,
            keyPath: 0,
            keyType: 0,
            maxExpirationSeconds: 0,
            signerName: 0,
            userAnnotations: 'anon19',
        },
    },
    anon19: { m: 0 },
    ISecretProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IServiceAccountTokenProjection: { f: { audience: 0, expirationSeconds: 0, path: 0 } },
    IQuobyteVolumeSource: { f: { group: 0, readOnly: 0, registry: 0, tenant: 0, user: 0, volume: 0 } },
    IRBDVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            user: 0,
        },
    },
    IScaleIOVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    ISecretVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', optional: 0, secretName: 0 } },
    IStorageOSVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVsphereVirtualDiskVolumeSource: {
        f: { fsType: 0, storagePolicyID: 0, storagePolicyName: 0, volumePath: 0 },
    },
    IDaemonSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateDaemonSet', type: 0 } },
    IRollingUpdateDaemonSet: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDaemonSetStatus: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList: { f: { apiVersion: 0, items: 'IDaemonSet', kind: 0, metadata: 'IListMeta' } },
    IDeployment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec',
            status: 'IDeploymentStatus',
        },
    },
    IDeploymentSpec: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy: { f: { rollingUpdate: 'IRollingUpdateDeployment', type: 0 } },
    IRollingUpdateDeployment: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList: { f: { apiVersion: 0, items: 'IDeployment', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec',
            status: 'IReplicaSetStatus',
        },
    },
    IReplicaSetSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
        },
    },
    IReplicaSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList: { f: { apiVersion: 0, items: 'IReplicaSet', kind: 0, metadata: 'IListMeta' } },
    IStatefulSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec',
            status: 'IStatefulSetStatus',
        },
    },
    IStatefulSetSpec: {
        f: {
            minReadySeconds: 0,
            ordinals: 'IStatefulSetOrdinals',
            persistentVolumeClaimRetentionPolicy: 'IStatefulSetPersistentVolumeClaimRetentionPolicy',
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy',
            volumeClaimTemplates: 'anon20',
        },
    },
    IStatefulSetOrdinals: { f: { start: 0 } },
    IStatefulSetPersistentVolumeClaimRetentionPolicy: { f: { whenDeleted: 0, whenScaled: 0 } },
    IStatefulSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy', type: 0 } },
    IRollingUpdateStatefulSetStrategy: { f: { maxUnavailable: 0, partition: 0 } },
    anon20: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IPersistentVolumeClaimStatus: {
        f: {
            accessModes: 0,
            allocatedResourceStatuses: 'anon21',
            allocatedResources: 'anon22',
            capacity: 'anon23',
            conditions: 'IPersistentVolumeClaimCondition',
            currentVolumeAttributesClassName: 0,
            modifyVolumeStatus: 'IModifyVolumeStatus',
            phase: 0,
        },
    },
    anon21: { m: 0 },
    anon22: { m: 0 },
    anon23: { m: 0 },
    IPersistentVolumeClaimCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IModifyVolumeStatus: { f: { status: 0, targetVolumeAttributesClassName: 0 } },
    IStatefulSetStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IStatefulSetCondition',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList: { f: { apiVersion: 0, items: 'IStatefulSet', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision_: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList_: {
        f: { apiVersion: 0, items: 'IControllerRevision_', kind: 0, metadata: 'IListMeta' },
    },
    IDeployment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec_',
            status: 'IDeploymentStatus_',
        },
    },
    IDeploymentSpec_: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy_',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig: { f: { revision: 0 } },
    IDeploymentStrategy_: { f: { rollingUpdate: 'IRollingUpdateDeployment_', type: 0 } },
    IRollingUpdateDeployment_: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus_: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition_',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList_: { f: { apiVersion: 0, items: 'IDeployment_', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig', updatedAnnotations: 'anon24' },
    },
    anon24: { m: 0 },
    IScale: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec', status: 'IScaleStatus' },
    },
    IScaleSpec: { f: { replicas: 0 } },
    IScaleStatus: { f: { replicas: 0, selector: 'anon25', targetSelector: 0 } },
    anon25: { m: 0 },
    IStatefulSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec_',
            status: 'IStatefulSetStatus_',
        },
    },
    IStatefulSetSpec_: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy_',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy_', type: 0 } },
    IRollingUpdateStatefulSetStrategy_: { f: { partition: 0 } },
    IPersistentVolumeClaim: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IStatefulSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition_',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList_: { f: { apiVersion: 0, items: 'IStatefulSet_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision__: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList__: {
        f: { apiVersion: 0, items: 'IControllerRevision__', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec_',
            status: 'IDaemonSetStatus_',
        },
    },
    IDaemonSetSpec_: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy_',
        },
    },
    IDaemonSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateDaemonSet_', type: 0 } },
    IRollingUpdateDaemonSet_: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition_',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList_: { f: { apiVersion: 0, items: 'IDaemonSet_', kind: 0, metadata: 'IListMeta' } },
    IDeployment__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec__',
            status: 'IDeploymentStatus__',
        },
    },
    IDeploymentSpec__: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy__',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy__: { f: { rollingUpdate: 'IRollingUpdateDeployment__', type: 0 } },
    IRollingUpdateDeployment__: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus__: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition__',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition__: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList__: { f: { apiVersion: 0, items: 'IDeployment__', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec_',
            status: 'IReplicaSetStatus_',
        },
    },
    IReplicaSetSpec_: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus_: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition_',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList_: { f: { apiVersion: 0, items: 'IReplicaSet_', kind: 0, metadata: 'IListMeta' } },
    IScale_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec_', status: 'IScaleStatus_' },
    },
    IScaleSpec_: { f: { replicas: 0 } },
    IScaleStatus_: { f: { replicas: 0, selector: 'anon26', targetSelector: 0 } },
    anon26: { m: 0 },
    IStatefulSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec__',
            status: 'IStatefulSetStatus__',
        },
    },
    IStatefulSetSpec__: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy__',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy__', type: 0 } },
    IRollingUpdateStatefulSetStrategy__: { f: { partition: 0 } },
    IStatefulSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition__',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList__: { f: { apiVersion: 0, items: 'IStatefulSet__', kind: 0, metadata: 'IListMeta' } },
    IApplication: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            operation: 'IOperation',
            spec: 'IApplicationSpec',
            status: 'IApplicationStatus',
        },
    },
    IOperation: {
        f: { info: 'IInfo', initiatedBy: 'IOperationInitiator', retry: 'IRetryStrategy', sync: 'ISyncOperation' },
    },
    IInfo: { f: { name: 0, value: 0 } },
    IOperationInitiator: { f: { automated: 0, username: 0 } },
    IRetryStrategy: { f: { backoff: 'IBackoff', limit: 0, refresh: 0 } },
    IBackoff: { f: { duration: 0, factor: 0, maxDuration: 0 } },
    ISyncOperation: {
        f: {
            autoHealAttemptsCount: 0,
            dryRun: 0,
            manifests: 0,
            prune: 0,
            resources: 'ISyncOperationResource',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
            syncOptions: 0,
            syncStrategy: 'ISyncStrategy',
        },
    },
    ISyncOperationResource: { f: { group: 0, kind: 0, name: 0, namespace: 0 } },
    IApplicationSource: {
        f: {
            chart: 0,
            directory: 'IApplicationSourceDirectory',
            helm: 'IApplicationSourceHelm',
            kustomize: 'IApplicationSourceKustomize',
            name: 0,
            path: 0,
            plugin: 'IApplicationSourcePlugin',
            ref: 0,
            repoURL: 0,
            targetRevision: 0,
        },
    },
    IApplicationSourceDirectory: {
        f: { exclude: 0, include: 0, jsonnet: 'IApplicationSourceJsonnet', recurse: 0 },
    },
    IApplicationSourceJsonnet: { f: { extVars: 'IJsonnetVar', libs: 0, tlas: 'IJsonnetVar' } },
    IJsonnetVar: { f: { code: 0, name: 0, value: 0 } },
    IApplicationSourceHelm: {
        f: {
            apiVersions: 0,
            fileParameters: 'IHelmFileParameter',
            ignoreMissingValueFiles: 0,
            kubeVersion: 0,
            namespace: 0,
            parameters: 'IHelmParameter',
            passCredentials: 0,
            releaseName: 0,
            skipCrds: 0,
            skipSchemaValidation: 0,
            skipTests: 0,
            valueFiles: 0,
            values: 0,
            valuesObject: 0,
            version: 0,
        },
    },
    IHelmFileParameter: { f: { name: 0, path: 0 } },
    IHelmParameter: { f: { forceString: 0, name: 0, value: 0 } },
    IApplicationSourceKustomize: {
        f: {
            apiVersions: 0,
            commonAnnotations: 'anon27',
            commonAnnotationsEnvsubst: 0,
            commonLabels: 'anon28',
            components: 0,
            forceCommonAnnotations: 0,
            forceCommonLabels: 0,
            ignoreMissingComponents: 0,
            images: 0,
            kubeVersion: 0,
            labelIncludeTemplates: 0,
            labelWithoutSelector: 0,
            namePrefix: 0,
            nameSuffix: 0,
            namespace: 0,
            patches: 'IKustomizePatch',
            replicas: 'IKustomizeReplica',
            version: 0,
        },
    },
    anon27: { m: 0 },
    anon28: { m: 0 },
    IKustomizePatch: { f: { options: 'anon29', patch: 0, path: 0, target: 'IKustomizeSelector' } },
    anon29: { m: 0 },
    IKustomizeSelector: {
        f: { annotationSelector: 0, labelSelector: 0, name: 0, namespace: 0, group: 0, kind: 0, version: 0 },
    },
    IKustomizeReplica: { f: { count: 0, name: 0 } },
    IApplicationSourcePlugin: {
        f: { env: 'IEnvEntry', name: 0, parameters: 'IApplicationSourcePluginParameter' },
    },
    IEnvEntry: { f: { name: 0, value: 0 } },
    IApplicationSourcePluginParameter: { f: { name: 0, string: 0, map: 'anon30', array: 0 } },
    anon30: { m: 0 },
    ISyncStrategy: { f: { apply: 'ISyncStrategyApply', hook: 'ISyncStrategyHook' } },
    ISyncStrategyApply: { f: { force: 0 } },
    ISyncStrategyHook: { f: { force: 0 } },
    IApplicationSpec: {
        f: {
            destination: 'IApplicationDestination',
            ignoreDifferences: 'IResourceIgnoreDifferences',
            info: 'IInfo',
            project: 0,
            revisionHistoryLimit: 0,
            source: 'IApplicationSource',
            sourceHydrator: 'ISourceHydrator',
            sources: 'IApplicationSource',
            syncPolicy: 'ISyncPolicy',
        },
    },
    IApplicationDestination: { f: { name: 0, namespace: 0, server: 0 } },
    IResourceIgnoreDifferences: {
        f: {
            group: 0,
            jqPathExpressions: 0,
            jsonPointers: 0,
            kind: 0,
            managedFieldsManagers: 0,
            name: 0,
            namespace: 0,
        },
    },
    ISourceHydrator: { f: { drySource: 'IDrySource', hydrateTo: 'IHydrateTo', syncSource: 'ISyncSource' } },
    IDrySource: {
        f: {
            directory: 'IApplicationSourceDirectory',
            helm: 'IApplicationSourceHelm',
            kustomize: 'IApplicationSourceKustomize',
            path: 0,
            plugin: 'IApplicationSourcePlugin',
            repoURL: 0,
            targetRevision: 0,
        },
    },
    IHydrateTo: { f: { targetBranch: 0 } },
    ISyncSource: { f: { path: 0, targetBranch: 0 } },
    ISyncPolicy: {
        f: {
            automated: 'ISyncPolicyAutomated',
            managedNamespaceMetadata: 'IManagedNamespaceMetadata',
            retry: 'IRetryStrategy',
            syncOptions: 0,
        },
    },
    ISyncPolicyAutomated: { f: { allowEmpty: 0, enabled: 0, prune: 0, selfHeal: 0 } },
    IManagedNamespaceMetadata: { f: { annotations: 'anon31', labels: 'anon32' } },
    anon31: { m: 0 },
    anon32: { m: 0 },
    IApplicationStatus: {
        f: {
            conditions: 'IApplicationCondition',
            controllerNamespace: 0,
            health: 'IAppHealthStatus',
            history: 'IRevisionHistory',
            observedAt: 0,
            operationState: 'IOperationState',
            reconciledAt: 0,
            resourceHealthSource: 0,
            resources: 'IResourceStatus',
            sourceHydrator: 'ISourceHydratorStatus',
            sourceType: 0,
            sourceTypes: 0,
            summary: 'IApplicationSummary',
            sync: 'ISyncStatus',
        },
    },
    IApplicationCondition: { f: { lastTransitionTime: 0, message: 0, type: 0 } },
    IAppHealthStatus: { f: { lastTransitionTime: 0, message: 0, status: 0 } },
    IRevisionHistory: {
        f: {
            deployStartedAt: 0,
            deployedAt: 0,
            id: 0,
            initiatedBy: 'IOperationInitiator',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IOperationState: {
        f: {
            finishedAt: 0,
            message: 0,
            operation: 'IOperation',
            phase: 0,
            retryCount: 0,
            startedAt: 0,
            syncResult: 'ISyncOperationResult',
        },
    },
    ISyncOperationResult: {
        f: {
            managedNamespaceMetadata: 'IManagedNamespaceMetadata',
            resources: 'IResourceResult',
            revision: 0,
            revisions: 0,
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IResourceResult: {
        f: {
            group: 0,
            hookPhase: 0,
            hookType: 0,
            images: 0,
            kind: 0,
            message: 0,
            name: 0,
            namespace: 0,
            status: 0,
            syncPhase: 0,
            version: 0,
        },
    },
    IResourceStatus: {
        f: {
            group: 0,
            health: 'IHealthStatus',
            hook: 0,
            kind: 0,
            name: 0,
            namespace: 0,
            requiresDeletionConfirmation: 0,
            requiresPruning: 0,
            status: 0,
            syncWave: 0,
            version: 0,
        },
    },
    IHealthStatus: { f: { lastTransitionTime: 0, message: 0, status: 0 } },
    ISourceHydratorStatus: {
        f: { currentOperation: 'IHydrateOperation', lastSuccessfulOperation: 'ISuccessfulHydrateOperation' },
    },
    IHydrateOperation: {
        f: {
            drySHA: 0,
            finishedAt: 0,
            hydratedSHA: 0,
            message: 0,
            phase: 0,
            sourceHydrator: 'ISourceHydrator',
            startedAt: 0,
        },
    },
    ISuccessfulHydrateOperation: { f: { drySHA: 0, hydratedSHA: 0, sourceHydrator: 'ISourceHydrator' } },
    IApplicationSummary: { f: { externalURLs: 0, images: 0 } },
    ISyncStatus: { f: { comparedTo: 'IComparedTo', revision: 0, revisions: 0, status: 0 } },
    IComparedTo: {
        f: {
            destination: 'IApplicationDestination',
            ignoreDifferences: 'IResourceIgnoreDifferences',
            source: 'IApplicationSource',
            sources: 'IApplicationSource',
        },
    },
    IApplicationList: { f: { apiVersion: 0, items: 'IApplication', kind: 0, metadata: 'IListMeta' } },
    IApplicationSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IApplicationSetSpec',
            status: 'IApplicationSetStatus',
        },
    },
    IApplicationSetSpec: {
        f: {
            applyNestedSelectors: 0,
            generators: 'IApplicationSetGenerator',
            goTemplate: 0,
            goTemplateOptions: 0,
            ignoreApplicationDifferences: 'IApplicationSetResourceIgnoreDifferences',
            preservedFields: 'IApplicationPreservedFields',
            strategy: 'IApplicationSetStrategy',
            syncPolicy: 'IApplicationSetSyncPolicy',
            template: 'IApplicationSetTemplate',
            templatePatch: 0,
        },
    },
    IApplicationSetGenerator: {
        f: {
            clusterDecisionResource: 'IDuckTypeGenerator',
            clusters: 'IClusterGenerator',
            git: 'IGitGenerator',
            list: 'IListGenerator',
            matrix: 'IMatrixGenerator',
            merge: 'IMergeGenerator',
            plugin: 'IPluginGenerator',
            pullRequest: 'IPullRequestGenerator',
            scmProvider: 'ISCMProviderGenerator',
            selector: 'ILabelSelector',
        },
    },
    IDuckTypeGenerator: {
        f: {
            configMapRef: 0,
            labelSelector: 'ILabelSelector',
            name: 0,
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon35',
        },
    },
    IApplicationSetTemplate: { f: { metadata: 'IApplicationSetTemplateMeta', spec: 'IApplicationSpec' } },
    IApplicationSetTemplateMeta: {
        f: { annotations: 'anon33', finalizers: 0, labels: 'anon34', name: 0, namespace: 0 },
    },
    anon33: { m: 0 },
    anon34: { m: 0 },
    anon35: { m: 0 },
    IClusterGenerator: {
        f: { flatList: 0, selector: 'ILabelSelector', template: 'IApplicationSetTemplate', values: 'anon36' },
    },
    anon36: { m: 0 },
    IGitGenerator: {
        f: {
            directories: 'IGitDirectoryGeneratorItem',
            files: 'IGitFileGeneratorItem',
            pathParamPrefix: 0,
            repoURL: 0,
            requeueAfterSeconds: 0,
            revision: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon37',
        },
    },
    IGitDirectoryGeneratorItem: { f: { exclude: 0, path: 0 } },
    IGitFileGeneratorItem: { f: { exclude: 0, path: 0 } },
    anon37: { m: 0 },
    IListGenerator: { f: { elements: 0, elementsYaml: 0, template: 'IApplicationSetTemplate' } },
    IMatrixGenerator: {
        f: { generators: 'IApplicationSetNestedGenerator', template: 'IApplicationSetTemplate' },
    },
    IApplicationSetNestedGenerator: {
        f: {
            clusterDecisionResource: 'IDuckTypeGenerator',
            clusters: 'IClusterGenerator',
            git: 'IGitGenerator',
            list: 'IListGenerator',
            matrix: 0,
            merge: 0,
            plugin: 'IPluginGenerator',
            pullRequest: 'IPullRequestGenerator',
            scmProvider: 'ISCMProviderGenerator',
            selector: 'ILabelSelector',
        },
    },
    IPluginGenerator: {
        f: {
            configMapRef: 'IPluginConfigMapRef',
            input: 'IPluginInput',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon38',
        },
    },
    IPluginConfigMapRef: { f: { name: 0 } },
    IPluginInput: { f: { parameters: 'IPluginParameters' } },
    IPluginParameters: { m: 0 },
    anon38: { m: 0 },
    IPullRequestGenerator: {
        f: {
            azuredevops: 'IPullRequestGeneratorAzureDevOps',
            bitbucket: 'IPullRequestGeneratorBitbucket',
            bitbucketServer: 'IPullRequestGeneratorBitbucketServer',
            continueOnRepoNotFoundError: 0,
            filters: 'IPullRequestGeneratorFilter',
            gitea: 'IPullRequestGeneratorGitea',
            github: 'IPullRequestGeneratorGithub',
            gitlab: 'IPullRequestGeneratorGitLab',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon39',
        },
    },
    IPullRequestGeneratorAzureDevOps: {
        f: { api: 0, labels: 0, organization: 0, project: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    ISecretRef: { f: { key: 0, secretName: 0 } },
    IPullRequestGeneratorBitbucket: {
        f: {
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucketCloud',
            owner: 0,
            repo: 0,
        },
    },
    IBasicAuthBitbucketServer: { f: { passwordRef: 'ISecretRef', username: 0 } },
    IBearerTokenBitbucketCloud: { f: { tokenRef: 'ISecretRef' } },
    IPullRequestGeneratorBitbucketServer: {
        f: {
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucket',
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            project: 0,
            repo: 0,
        },
    },
    IBearerTokenBitbucket: { f: { tokenRef: 'ISecretRef' } },
    IConfigMapKeyRef: { f: { configMapName: 0, key: 0 } },
    IPullRequestGeneratorFilter: { f: { branchMatch: 0, targetBranchMatch: 0, titleMatch: 0 } },
    IPullRequestGeneratorGitea: {
        f: { api: 0, insecure: 0, labels: 0, owner: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    IPullRequestGeneratorGithub: {
        f: { api: 0, appSecretName: 0, labels: 0, owner: 0, repo: 0, tokenRef: 'ISecretRef' },
    },
    IPullRequestGeneratorGitLab: {
        f: {
            api: 0,
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            labels: 0,
            project: 0,
            pullRequestState: 0,
            tokenRef: 'ISecretRef',
        },
    },
    anon39: { m: 0 },
    ISCMProviderGenerator: {
        f: {
            awsCodeCommit: 'ISCMProviderGeneratorAWSCodeCommit',
            azureDevOps: 'ISCMProviderGeneratorAzureDevOps',
            bitbucket: 'ISCMProviderGeneratorBitbucket',
            bitbucketServer: 'ISCMProviderGeneratorBitbucketServer',
            cloneProtocol: 0,
            filters: 'ISCMProviderGeneratorFilter',
            gitea: 'ISCMProviderGeneratorGitea',
            github: 'ISCMProviderGeneratorGithub',
            gitlab: 'ISCMProviderGeneratorGitlab',
            requeueAfterSeconds: 0,
            template: 'IApplicationSetTemplate',
            values: 'anon40',
        },
    },
    ISCMProviderGeneratorAWSCodeCommit: { f: { allBranches: 0, region: 0, role: 0, tagFilters: 'ITagFilter' } },
    ITagFilter: { f: { key: 0, value: 0 } },
    ISCMProviderGeneratorAzureDevOps: {
        f: { accessTokenRef: 'ISecretRef', allBranches: 0, api: 0, organization: 0, teamProject: 0 },
    },
    ISCMProviderGeneratorBitbucket: { f: { allBranches: 0, appPasswordRef: 'ISecretRef', owner: 0, user: 0 } },
    ISCMProviderGeneratorBitbucketServer: {
        f: {
            allBranches: 0,
            api: 0,
            basicAuth: 'IBasicAuthBitbucketServer',
            bearerToken: 'IBearerTokenBitbucket',
            caRef: 'IConfigMapKeyRef',
            insecure: 0,
            project: 0,
        },
    },
    ISCMProviderGeneratorFilter: {
        f: { branchMatch: 0, labelMatch: 0, pathsDoNotExist: 0, pathsExist: 0, repositoryMatch: 0 },
    },
    ISCMProviderGeneratorGitea: {
        f: { allBranches: 0, api: 0, insecure: 0, owner: 0, tokenRef: 'ISecretRef' },
    },
    ISCMProviderGeneratorGithub: {
        f: { allBranches: 0, api: 0, appSecretName: 0, organization: 0, tokenRef: 'ISecretRef' },
    },
    ISCMProviderGeneratorGitlab: {
        f: {
            allBranches: 0,
            api: 0,
            caRef: 'IConfigMapKeyRef',
            group: 0,
            includeSharedProjects: 0,
            includeSubgroups: 0,
            insecure: 0,
            tokenRef: 'ISecretRef',
            topic: 0,
        },
    },
    anon40: { m: 0 },
    IMergeGenerator: {
        f: { generators: 'IApplicationSetNestedGenerator', mergeKeys: 0, template: 'IApplicationSetTemplate' },
    },
    IApplicationSetResourceIgnoreDifferences: { f: { jqPathExpressions: 0, jsonPointers: 0, name: 0 } },
    IApplicationPreservedFields: { f: { annotations: 0, labels: 0 } },
    IApplicationSetStrategy: {
        f: { deletionOrder: 0, rollingSync: 'IApplicationSetRolloutStrategy', type: 0 },
    },
    IApplicationSetRolloutStrategy: { f: { steps: 'IApplicationSetRolloutStep' } },
    IApplicationSetRolloutStep: { f: { matchExpressions: 'IApplicationMatchExpression', maxUpdate: 0 } },
    IApplicationMatchExpression: { f: { key: 0, operator: 0, values: 0 } },
    IApplicationSetSyncPolicy: { f: { applicationsSync: 0, preserveResourcesOnDeletion: 0 } },
    IApplicationSetStatus: {
        f: {
            applicationStatus: 'IApplicationSetApplicationStatus',
            conditions: 'IApplicationSetCondition',
            resources: 'IResourceStatus',
            resourcesCount: 0,
        },
    },
    IApplicationSetApplicationStatus: {
        f: { application: 0, lastTransitionTime: 0, message: 0, status: 0, step: 0, targetRevisions: 0 },
    },
    IApplicationSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IApplicationSetList: { f: { apiVersion: 0, items: 'IApplicationSet', kind: 0, metadata: 'IListMeta' } },
    IAppProject: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAppProjectSpec',
            status: 'IAppProjectStatus',
        },
    },
    IAppProjectSpec: {
        f: {
            clusterResourceBlacklist: 'IClusterResourceRestrictionItem',
            clusterResourceWhitelist: 'IClusterResourceRestrictionItem',
            description: 0,
            destinationServiceAccounts: 'IApplicationDestinationServiceAccount',
            destinations: 'IApplicationDestination',
            namespaceResourceBlacklist: 'anon41',
            namespaceResourceWhitelist: 'anon42',
            orphanedResources: 'IOrphanedResourcesMonitorSettings',
            permitOnlyProjectScopedClusters: 0,
            roles: 'IProjectRole',
            signatureKeys: 'ISignatureKey',
            sourceNamespaces: 0,
            sourceRepos: 0,
            syncWindows: 'ISyncWindow',
        },
    },
    IClusterResourceRestrictionItem: { f: { group: 0, kind: 0, name: 0 } },
    IApplicationDestinationServiceAccount: { f: { defaultServiceAccount: 0, namespace: 0, server: 0 } },
    anon41: { f: { group: 0, kind: 0 } },
    anon42: { f: { group: 0, kind: 0 } },
    IOrphanedResourcesMonitorSettings: { f: { ignore: 'IOrphanedResourceKey', warn: 0 } },
    IOrphanedResourceKey: { f: { group: 0, kind: 0, name: 0 } },
    IProjectRole: { f: { description: 0, groups: 0, jwtTokens: 'IJWTToken', name: 0, policies: 0 } },
    IJWTToken: { f: { exp: 0, iat: 0, id: 0 } },
    ISignatureKey: { f: { keyID: 0 } },
    ISyncWindow: {
        f: {
            andOperator: 0,
            applications: 0,
            clusters: 0,
            description: 0,
            duration: 0,
            kind: 0,
            manualSync: 0,
            namespaces: 0,
            schedule: 0,
            timeZone: 0,
        },
    },
    IAppProjectStatus: { f: { jwtTokensByRole: 'anon43' } },
    anon43: { m: 'IJWTTokens' },
    IJWTTokens: { f: { items: 'IJWTToken' } },
    IAppProjectList: { f: { apiVersion: 0, items: 'IAppProject', kind: 0, metadata: 'IListMeta' } },
    ISelfSubjectReview: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', status: 'ISelfSubjectReviewStatus' },
    },
    ISelfSubjectReviewStatus: { f: { userInfo: 'IUserInfo' } },
    IUserInfo: { f: { extra: 'anon44', groups: 0, uid: 0, username: 0 } },
    anon44: { m: 0 },
    ITokenRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenRequestSpec',
            status: 'ITokenRequestStatus',
        },
    },
    ITokenRequestSpec: { f: { audiences: 0, boundObjectRef: 'IBoundObjectReference', expirationSeconds: 0 } },
    IBoundObjectReference: { f: { apiVersion: 0, kind: 0, name: 0, uid: 0 } },
    ITokenRequestStatus: { f: { expirationTimestamp: 0, token: 0 } },
    ITokenReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec',
            status: 'ITokenReviewStatus',
        },
    },
    ITokenReviewSpec: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo' } },
    ITokenReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec_',
            status: 'ITokenReviewStatus_',
        },
    },
    ITokenReviewSpec_: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus_: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo_' } },
    IUserInfo_: { f: { extra: 'anon45', groups: 0, uid: 0, username: 0 } },
    anon45: { m: 0 },
    ILocalSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISubjectAccessReviewSpec: {
        f: {
            extra: 'anon46',
            groups: 0,
            nonResourceAttributes: 'INonResourceAttributes',
            resourceAttributes: 'IResourceAttributes',
            uid: 0,
            user: 0,
        },
    },
    anon46: { m: 0 },
    INonResourceAttributes: { f: { path: 0, verb: 0 } },
    IResourceAttributes: {
        f: {
            fieldSelector: 'IFieldSelectorAttributes',
            group: 0,
            labelSelector: 'ILabelSelectorAttributes',
            name: 0,
            namespace: 0,
            resource: 0,
            subresource: 0,
            verb: 0,
            version: 0,
        },
    },
    IFieldSelectorAttributes: { f: { rawSelector: 0, requirements: 'IFieldSelectorRequirement' } },
    IFieldSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    ILabelSelectorAttributes: { f: { rawSelector: 0, requirements: 'ILabelSelectorRequirement' } },
    ISubjectAccessReviewStatus: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISelfSubjectAccessReviewSpec: {
        f: { nonResourceAttributes: 'INonResourceAttributes', resourceAttributes: 'IResourceAttributes' },
    },
    ISelfSubjectRulesReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec',
            status: 'ISubjectRulesReviewStatus',
        },
    },
    ISelfSubjectRulesReviewSpec: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule',
            resourceRules: 'IResourceRule',
        },
    },
    INonResourceRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ILocalSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISubjectAccessReviewSpec_: {
        f: {
            extra: 'anon47',
            group: 0,
            nonResourceAttributes: 'INonResourceAttributes_',
            resourceAttributes: 'IResourceAttributes_',
            uid: 0,
            user: 0,
        },
    },
    anon47: { m: 0 },
    INonResourceAttributes_: { f: { path: 0, verb: 0 } },
    IResourceAttributes_: {
        f: { group: 0, name: 0, namespace: 0, resource: 0, subresource: 0, verb: 0, version: 0 },
    },
    ISubjectAccessReviewStatus_: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISelfSubjectAccessReviewSpec_: {
        f: { nonResourceAttributes: 'INonResourceAttributes_', resourceAttributes: 'IResourceAttributes_' },
    },
    ISelfSubjectRulesReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec_',
            status: 'ISubjectRulesReviewStatus_',
        },
    },
    ISelfSubjectRulesReviewSpec_: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus_: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule_',
            resourceRules: 'IResourceRule_',
        },
    },
    INonResourceRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule_: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    IHorizontalPodAutoscaler: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec',
            status: 'IHorizontalPodAutoscalerStatus',
        },
    },
    IHorizontalPodAutoscalerSpec: {
        f: {
            maxReplicas: 0,
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference',
            targetCPUUtilizationPercentage: 0,
        },
    },
    ICrossVersionObjectReference: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IHorizontalPodAutoscalerStatus: {
        f: {
            currentCPUUtilizationPercentage: 0,
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerList: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler', kind: 0, metadata: 'IListMeta' },
    },
    IScale__: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec__', status: 'IScaleStatus__' },
    },
    IScaleSpec__: { f: { replicas: 0 } },
    IScaleStatus__: { f: { replicas: 0, selector: 0 } },
    IHorizontalPodAutoscaler_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec_',
            status: 'IHorizontalPodAutoscalerStatus_',
        },
    },
    IHorizontalPodAutoscalerSpec_: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior',
            maxReplicas: 0,
            metrics: 'IMetricSpec',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference_',
        },
    },
    IHorizontalPodAutoscalerBehavior: { f: { scaleDown: 'IHPAScalingRules', scaleUp: 'IHPAScalingRules' } },
    IHPAScalingRules: {
        f: { policies: 'IHPAScalingPolicy', selectPolicy: 0, stabilizationWindowSeconds: 0, tolerance: 0 },
    },
    IHPAScalingPolicy: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec: {
        f: {
            containerResource: 'IContainerResourceMetricSource',
            external: 'IExternalMetricSource',
            object: 'IObjectMetricSource',
            pods: 'IPodsMetricSource',
            resource: 'IResourceMetricSource',
            type: 0,
        },
    },
    IContainerResourceMetricSource: { f: { container: 0, name: 0, target: 'IMetricTarget' } },
    IMetricTarget: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IMetricIdentifier: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource: {
        f: {
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
            target: 'IMetricTarget',
        },
    },
    ICrossVersionObjectReference_: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IResourceMetricSource: { f: { name: 0, target: 'IMetricTarget' } },
    IHorizontalPodAutoscalerStatus_: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition',
            currentMetrics: 'IMetricStatus',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus: {
        f: {
            containerResource: 'IContainerResourceMetricStatus',
            external: 'IExternalMetricStatus',
            object: 'IObjectMetricStatus',
            pods: 'IPodsMetricStatus',
            resource: 'IResourceMetricStatus',
            type: 0,
        },
    },
    IContainerResourceMetricStatus: { f: { container: 0, current: 'IMetricValueStatus', name: 0 } },
    IMetricValueStatus: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IObjectMetricStatus: {
        f: {
            current: 'IMetricValueStatus',
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
        },
    },
    IPodsMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IResourceMetricStatus: { f: { current: 'IMetricValueStatus', name: 0 } },
    IHorizontalPodAutoscalerList_: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler_', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec__',
            status: 'IHorizontalPodAutoscalerStatus__',
        },
    },
    IHorizontalPodAutoscalerSpec__: {
        f: {
            maxReplicas: 0,
            metrics: 'IMetricSpec_',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference__',
        },
    },
    IMetricSpec_: {
        f: {
            containerResource: 'IContainerResourceMetricSource_',
            external: 'IExternalMetricSource_',
            object: 'IObjectMetricSource_',
            pods: 'IPodsMetricSource_',
            resource: 'IResourceMetricSource_',
            type: 0,
        },
    },
    IContainerResourceMetricSource_: {
        f: { container: 0, name: 0, targetAverageUtilization: 0, targetAverageValue: 0 },
    },
    IExternalMetricSource_: {
        f: { metricName: 0, metricSelector: 'ILabelSelector', targetAverageValue: 0, targetValue: 0 },
    },
    IObjectMetricSource_: {
        f: {
            averageValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
            targetValue: 0,
        },
    },
    ICrossVersionObjectReference__: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource_: { f: { metricName: 0, selector: 'ILabelSelector', targetAverageValue: 0 } },
    IResourceMetricSource_: { f: { name: 0, targetAverageUtilization: 0, targetAverageValue: 0 } },
    IHorizontalPodAutoscalerStatus__: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition_',
            currentMetrics: 'IMetricStatus_',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus_: {
        f: {
            containerResource: 'IContainerResourceMetricStatus_',
            external: 'IExternalMetricStatus_',
            object: 'IObjectMetricStatus_',
            pods: 'IPodsMetricStatus_',
            resource: 'IResourceMetricStatus_',
            type: 0,
        },
    },
    IContainerResourceMetricStatus_: {
        f: { container: 0, currentAverageUtilization: 0, currentAverageValue: 0, name: 0 },
    },
    IExternalMetricStatus_: {
        f: { currentAverageValue: 0, currentValue: 0, metricName: 0, metricSelector: 'ILabelSelector' },
    },
    IObjectMetricStatus_: {
        f: {
            averageValue: 0,
            currentValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
        },
    },
    IPodsMetricStatus_: { f: { currentAverageValue: 0, metricName: 0, selector: 'ILabelSelector' } },
    IResourceMetricStatus_: { f: { currentAverageUtilization: 0, currentAverageValue: 0, name: 0 } },
    IHorizontalPodAutoscalerList__: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler__', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec___',
            status: 'IHorizontalPodAutoscalerStatus___',
        },
    },
    IHorizontalPodAutoscalerSpec___: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior_',
            maxReplicas: 0,
            metrics: 'IMetricSpec__',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference___',
        },
    },
    IHorizontalPodAutoscalerBehavior_: { f: { scaleDown: 'IHPAScalingRules_', scaleUp: 'IHPAScalingRules_' } },
    IHPAScalingRules_: {
        f: { policies: 'IHPAScalingPolicy_', selectPolicy: 0, stabilizationWindowSeconds: 0 },
    },
    IHPAScalingPolicy_: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec__: {
        f: {
            containerResource: 'IContainerResourceMetricSource__',
            external: 'IExternalMetricSource__',
            object: 'IObjectMetricSource__',
            pods: 'IPodsMetricSource__',
            resource: 'IResourceMetricSource__',
            type: 0,
        },
    },
    IContainerResourceMetricSource__: { f: { container: 0, name: 0, target: 'IMetricTarget_' } },
    IMetricTarget_: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IMetricIdentifier_: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource__: {
        f: {
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
            target: 'IMetricTarget_',
        },
    },
    ICrossVersionObjectReference___: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IResourceMetricSource__: { f: { name: 0, target: 'IMetricTarget_' } },
    IHorizontalPodAutoscalerStatus___: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition__',
            currentMetrics: 'IMetricStatus__',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus__: {
        f: {
            containerResource: 'IContainerResourceMetricStatus__',
            external: 'IExternalMetricStatus__',
            object: 'IObjectMetricStatus__',
            pods: 'IPodsMetricStatus__',
            resource: 'IResourceMetricStatus__',
            type: 0,
        },
    },
    IContainerResourceMetricStatus__: { f: { container: 0, current: 'IMetricValueStatus_', name: 0 } },
    IMetricValueStatus_: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IObjectMetricStatus__: {
        f: {
            current: 'IMetricValueStatus_',
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
        },
    },
    IPodsMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IResourceMetricStatus__: { f: { current: 'IMetricValueStatus_', name: 0 } },
    IHorizontalPodAutoscalerList___: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler___', kind: 0, metadata: 'IListMeta' },
    },
    ICronJob: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec', status: 'ICronJobStatus' },
    },
    ICronJobSpec: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    IJobSpec: {
        f: {
            activeDeadlineSeconds: 0,
            backoffLimit: 0,
            backoffLimitPerIndex: 0,
            completionMode: 0,
            completions: 0,
            managedBy: 0,
            manualSelector: 0,
            maxFailedIndexes: 0,
            parallelism: 0,
            podFailurePolicy: 'IPodFailurePolicy',
            podReplacementPolicy: 0,
            selector: 'ILabelSelector',
            successPolicy: 'ISuccessPolicy',
            suspend: 0,
            template: 'IPodTemplateSpec',
            ttlSecondsAfterFinished: 0,
        },
    },
    IPodFailurePolicy: { f: { rules: 'IPodFailurePolicyRule' } },
    IPodFailurePolicyRule: {
        f: {
            action: 0,
            onExitCodes: 'IPodFailurePolicyOnExitCodesRequirement',
            onPodConditions: 'IPodFailurePolicyOnPodConditionsPattern',
        },
    },
    IPodFailurePolicyOnExitCodesRequirement: { f: { containerName: 0, operator: 0, values: 0 } },
    IPodFailurePolicyOnPodConditionsPattern: { f: { status: 0, type: 0 } },
    ISuccessPolicy: { f: { rules: 'ISuccessPolicyRule' } },
    ISuccessPolicyRule: { f: { succeededCount: 0, succeededIndexes: 0 } },
    ICronJobStatus: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    IObjectReference: {
        f: { apiVersion: 0, fieldPath: 0, kind: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ICronJobList: { f: { apiVersion: 0, items: 'ICronJob', kind: 0, metadata: 'IListMeta' } },
    IJob: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IJobSpec', status: 'IJobStatus' } },
    IJobStatus: {
        f: {
            active: 0,
            completedIndexes: 0,
            completionTime: 0,
            conditions: 'IJobCondition',
            failed: 0,
            failedIndexes: 0,
            ready: 0,
            startTime: 0,
            succeeded: 0,
            terminating: 0,
            uncountedTerminatedPods: 'IUncountedTerminatedPods',
        },
    },
    IJobCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IUncountedTerminatedPods: { f: { failed: 0, succeeded: 0 } },
    IJobList: { f: { apiVersion: 0, items: 'IJob', kind: 0, metadata: 'IListMeta' } },
    ICronJob_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec_', status: 'ICronJobStatus_' },
    },
    ICronJobSpec_: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec_',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec_: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    ICronJobStatus_: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    ICronJobList_: { f: { apiVersion: 0, items: 'ICronJob_', kind: 0, metadata: 'IListMeta' } },
    ICertificateSigningRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec',
            status: 'ICertificateSigningRequestStatus',
        },
    },
    ICertificateSigningRequestSpec: {
        f: {
            expirationSeconds: 0,
            extra: 'anon48',
            groups: 0,
            request: 0,
            signerName: 0,
            uid: 0,
            usages: 0,
            username: 0,
        },
    },
    anon48: { m: 0 },
    ICertificateSigningRequestStatus: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition' },
    },
    ICertificateSigningRequestCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest', kind: 0, metadata: 'IListMeta' },
    },
    ICertificateSigningRequest_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec_',
            status: 'ICertificateSigningRequestStatus_',
        },
    },
    ICertificateSigningRequestSpec_: {
        f: { extra: 'anon49', groups: 0, request: 0, signerName: 0, uid: 0, usages: 0, username: 0 },
    },
    anon49: { m: 0 },
    ICertificateSigningRequestStatus_: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition_' },
    },
    ICertificateSigningRequestCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList_: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest_', kind: 0, metadata: 'IListMeta' },
    },
    ILease: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec' } },
    ILeaseSpec: {
        f: {
            acquireTime: 0,
            holderIdentity: 0,
            leaseDurationSeconds: 0,
            leaseTransitions: 0,
            preferredHolder: 0,
            renewTime: 0,
            strategy: 0,
        },
    },
    ILeaseList: { f: { apiVersion: 0, items: 'ILease', kind: 0, metadata: 'IListMeta' } },
    ILease_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec_' } },
    ILeaseSpec_: {
        f: { acquireTime: 0, holderIdentity: 0, leaseDurationSeconds: 0, leaseTransitions: 0, renewTime: 0 },
    },
    ILeaseList_: { f: { apiVersion: 0, items: 'ILease_', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort',
        },
    },
    IEndpoint: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions',
            deprecatedTopology: 'anon50',
            hints: 'IEndpointHints',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            zone: 0,
        },
    },
    IEndpointConditions: { f: { ready: 0, serving: 0, terminating: 0 } },
    anon50: { m: 0 },
    IEndpointHints: { f: { forNodes: 'IForNode', forZones: 'IForZone' } },
    IForNode: { f: { name: 0 } },
    IForZone: { f: { name: 0 } },
    IEndpointPort: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList: { f: { apiVersion: 0, items: 'IEndpointSlice', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice_: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint_',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort_',
        },
    },
    IEndpoint_: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions_',
            hints: 'IEndpointHints_',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            topology: 'anon51',
        },
    },
    IEndpointConditions_: { f: { ready: 0, serving: 0, terminating: 0 } },
    IEndpointHints_: { f: { forZones: 'IForZone_' } },
    IForZone_: { f: { name: 0 } },
    anon51: { m: 0 },
    IEndpointPort_: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList_: { f: { apiVersion: 0, items: 'IEndpointSlice_', kind: 0, metadata: 'IListMeta' } },
    IEvent: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries',
            type: 0,
        },
    },
    IEventSource: { f: { component: 0, host: 0 } },
    IEventSeries: { f: { count: 0, lastObservedTime: 0 } },
    IEventList: { f: { apiVersion: 0, items: 'IEvent', kind: 0, metadata: 'IListMeta' } },
    IEvent_: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries_',
            type: 0,
        },
    },
    IEventSeries_: { f: { count: 0, lastObservedTime: 0 } },
    IEventList_: { f: { apiVersion: 0, items: 'IEvent_', kind: 0, metadata: 'IListMeta' } },
    IDaemonSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec__',
            status: 'IDaemonSetStatus__',
        },
    },
    IDaemonSetSpec__: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            templateGeneration: 0,
            updateStrategy: 'IDaemonSetUpdateStrategy__',
        },
    },
    IDaemonSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateDaemonSet__', type: 0 } },
    IRollingUpdateDaemonSet__: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition__',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList__: { f: { apiVersion: 0, items: 'IDaemonSet__', kind: 0, metadata: 'IListMeta' } },
    IDeployment___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec___',
            status: 'IDeploymentStatus___',
        },
    },
    IDeploymentSpec___: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig_',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy___',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig_: { f: { revision: 0 } },
    IDeploymentStrategy___: { f: { rollingUpdate: 'IRollingUpdateDeployment___', type: 0 } },
    IRollingUpdateDeployment___: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus___: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition___',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition___: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList___: { f: { apiVersion: 0, items: 'IDeployment___', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback_: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig_', updatedAnnotations: 'anon52' },
    },
    anon52: { m: 0 },
    IIngress: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec', status: 'IIngressStatus' },
    },
    IIngressSpec: {
        f: { backend: 'IIngressBackend', ingressClassName: 0, rules: 'IIngressRule', tls: 'IIngressTLS' },
    },
    IIngressBackend: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule: { f: { host: 0, http: 'IHTTPIngressRuleValue' } },
    IHTTPIngressRuleValue: { f: { paths: 'IHTTPIngressPath' } },
    IHTTPIngressPath: { f: { backend: 'IIngressBackend', path: 0, pathType: 0 } },
    IIngressTLS: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    ILoadBalancerStatus: { f: { ingress: 'ILoadBalancerIngress' } },
    ILoadBalancerIngress: { f: { hostname: 0, ip: 0, ipMode: 0, ports: 'IPortStatus' } },
    IPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressList: { f: { apiVersion: 0, items: 'IIngress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec' } },
    INetworkPolicySpec: {
        f: {
            egress: 'INetworkPolicyEgressRule',
            ingress: 'INetworkPolicyIngressRule',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule: { f: { ports: 'INetworkPolicyPort', to: 'INetworkPolicyPeer' } },
    INetworkPolicyPort: { f: { port: 0, protocol: 0 } },
    INetworkPolicyPeer: {
        f: { ipBlock: 'IIPBlock', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule: { f: { from: 'INetworkPolicyPeer', ports: 'INetworkPolicyPort' } },
    INetworkPolicyList: { f: { apiVersion: 0, items: 'INetworkPolicy', kind: 0, metadata: 'IListMeta' } },
    IPodSecurityPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec' },
    },
    IPodSecurityPolicySpec: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume',
            allowedHostPaths: 'IAllowedHostPath',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions',
            runAsUser: 'IRunAsUserStrategyOptions',
            runtimeClass: 'IRuntimeClassStrategyOptions',
            seLinux: 'ISELinuxStrategyOptions',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions',
            volumes: 0,
        },
    },
    IAllowedCSIDriver: { f: { name: 0 } },
    IAllowedFlexVolume: { f: { driver: 0 } },
    IAllowedHostPath: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IIDRange: { f: { max: 0, min: 0 } },
    IHostPortRange: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRunAsUserStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRuntimeClassStrategyOptions: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IPodSecurityPolicyList: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IReplicaSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec__',
            status: 'IReplicaSetStatus__',
        },
    },
    IReplicaSetSpec__: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus__: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition__',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList__: { f: { apiVersion: 0, items: 'IReplicaSet__', kind: 0, metadata: 'IListMeta' } },
    IScale___: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec___', status: 'IScaleStatus___' },
    },
    IScaleSpec___: { f: { replicas: 0 } },
    IScaleStatus___: { f: { replicas: 0, selector: 'anon53', targetSelector: 0 } },
    anon53: { m: 0 },
    IFlowSchema: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec',
            status: 'IFlowSchemaStatus',
        },
    },
    IFlowSchemaSpec: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference',
            rules: 'IPolicyRulesWithSubjects',
        },
    },
    IFlowDistinguisherMethod: { f: { type: 0 } },
    IPriorityLevelConfigurationReference: { f: { name: 0 } },
    IPolicyRulesWithSubjects: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule',
            resourceRules: 'IResourcePolicyRule',
            subjects: 'ISubject',
        },
    },
    INonResourcePolicyRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject: {
        f: { group: 'IGroupSubject', kind: 0, serviceAccount: 'IServiceAccountSubject', user: 'IUserSubject' },
    },
    IGroupSubject: { f: { name: 0 } },
    IServiceAccountSubject: { f: { name: 0, namespace: 0 } },
    IUserSubject: { f: { name: 0 } },
    IFlowSchemaStatus: { f: { conditions: 'IFlowSchemaCondition' } },
    IFlowSchemaCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList: { f: { apiVersion: 0, items: 'IFlowSchema', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec',
            status: 'IPriorityLevelConfigurationStatus',
        },
    },
    IPriorityLevelConfigurationSpec: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration',
            limited: 'ILimitedPriorityLevelConfiguration',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse: { f: { queuing: 'IQueuingConfiguration', type: 0 } },
    IQueuingConfiguration: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus: { f: { conditions: 'IPriorityLevelConfigurationCondition' } },
    IPriorityLevelConfigurationCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec_',
            status: 'IFlowSchemaStatus_',
        },
    },
    IFlowSchemaSpec_: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod_',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference_',
            rules: 'IPolicyRulesWithSubjects_',
        },
    },
    IFlowDistinguisherMethod_: { f: { type: 0 } },
    IPriorityLevelConfigurationReference_: { f: { name: 0 } },
    IPolicyRulesWithSubjects_: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule_',
            resourceRules: 'IResourcePolicyRule_',
            subjects: 'ISubject_',
        },
    },
    INonResourcePolicyRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule_: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject_: {
        f: { group: 'IGroupSubject_', kind: 0, serviceAccount: 'IServiceAccountSubject_', user: 'IUserSubject_' },
    },
    IGroupSubject_: { f: { name: 0 } },
    IServiceAccountSubject_: { f: { name: 0, namespace: 0 } },
    IUserSubject_: { f: { name: 0 } },
    IFlowSchemaStatus_: { f: { conditions: 'IFlowSchemaCondition_' } },
    IFlowSchemaCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList_: { f: { apiVersion: 0, items: 'IFlowSchema_', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec_',
            status: 'IPriorityLevelConfigurationStatus_',
        },
    },
    IPriorityLevelConfigurationSpec_: { f: { limited: 'ILimitedPriorityLevelConfiguration_', type: 0 } },
    ILimitedPriorityLevelConfiguration_: {
        f: { assuredConcurrencyShares: 0, limitResponse: 'ILimitResponse_' },
    },
    ILimitResponse_: { f: { queuing: 'IQueuingConfiguration_', type: 0 } },
    IQueuingConfiguration_: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus_: { f: { conditions: 'IPriorityLevelConfigurationCondition_' } },
    IPriorityLevelConfigurationCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList_: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec__',
            status: 'IFlowSchemaStatus__',
        },
    },
    IFlowSchemaSpec__: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod__',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference__',
            rules: 'IPolicyRulesWithSubjects__',
        },
    },
    IFlowDistinguisherMethod__: { f: { type: 0 } },
    IPriorityLevelConfigurationReference__: { f: { name: 0 } },
    IPolicyRulesWithSubjects__: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule__',
            resourceRules: 'IResourcePolicyRule__',
            subjects: 'ISubject__',
        },
    },
    INonResourcePolicyRule__: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule__: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject__: {
        f: {
            group: 'IGroupSubject__',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject__',
            user: 'IUserSubject__',
        },
    },
    IGroupSubject__: { f: { name: 0 } },
    IServiceAccountSubject__: { f: { name: 0, namespace: 0 } },
    IUserSubject__: { f: { name: 0 } },
    IFlowSchemaStatus__: { f: { conditions: 'IFlowSchemaCondition__' } },
    IFlowSchemaCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList__: { f: { apiVersion: 0, items: 'IFlowSchema__', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec__',
            status: 'IPriorityLevelConfigurationStatus__',
        },
    },
    IPriorityLevelConfigurationSpec__: { f: { limited: 'ILimitedPriorityLevelConfiguration__', type: 0 } },
    ILimitedPriorityLevelConfiguration__: {
        f: {
            assuredConcurrencyShares: 0,
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse__',
        },
    },
    ILimitResponse__: { f: { queuing: 'IQueuingConfiguration__', type: 0 } },
    IQueuingConfiguration__: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus__: { f: { conditions: 'IPriorityLevelConfigurationCondition__' } },
    IPriorityLevelConfigurationCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList__: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration__', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec___',
            status: 'IFlowSchemaStatus___',
        },
    },
    IFlowSchemaSpec___: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod___',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference___',
            rules: 'IPolicyRulesWithSubjects___',
        },
    },
    IFlowDistinguisherMethod___: { f: { type: 0 } },
    IPriorityLevelConfigurationReference___: { f: { name: 0 } },
    IPolicyRulesWithSubjects___: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule___',
            resourceRules: 'IResourcePolicyRule___',
            subjects: 'ISubject___',
        },
    },
    INonResourcePolicyRule___: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule___: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject___: {
        f: {
            group: 'IGroupSubject___',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject___',
            user: 'IUserSubject___',
        },
    },
    IGroupSubject___: { f: { name: 0 } },
    IServiceAccountSubject___: { f: { name: 0, namespace: 0 } },
    IUserSubject___: { f: { name: 0 } },
    IFlowSchemaStatus___: { f: { conditions: 'IFlowSchemaCondition___' } },
    IFlowSchemaCondition___: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList___: { f: { apiVersion: 0, items: 'IFlowSchema___', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec___',
            status: 'IPriorityLevelConfigurationStatus___',
        },
    },
    IPriorityLevelConfigurationSpec___: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration_',
            limited: 'ILimitedPriorityLevelConfiguration___',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration_: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration___: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse___',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse___: { f: { queuing: 'IQueuingConfiguration___', type: 0 } },
    IQueuingConfiguration___: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus___: { f: { conditions: 'IPriorityLevelConfigurationCondition___' } },
    IPriorityLevelConfigurationCondition___: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList___: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration___', kind: 0, metadata: 'IListMeta' },
    },
    IIngress_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec_', status: 'IIngressStatus_' },
    },
    IIngressSpec_: {
        f: {
            defaultBackend: 'IIngressBackend_',
            ingressClassName: 0,
            rules: 'IIngressRule_',
            tls: 'IIngressTLS_',
        },
    },
    IIngressBackend_: { f: { resource: 'ITypedLocalObjectReference', service: 'IIngressServiceBackend' } },
    IIngressServiceBackend: { f: { name: 0, port: 'IServiceBackendPort' } },
    IServiceBackendPort: { f: { name: 0, number: 0 } },
    IIngressRule_: { f: { host: 0, http: 'IHTTPIngressRuleValue_' } },
    IHTTPIngressRuleValue_: { f: { paths: 'IHTTPIngressPath_' } },
    IHTTPIngressPath_: { f: { backend: 'IIngressBackend_', path: 0, pathType: 0 } },
    IIngressTLS_: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus_: { f: { loadBalancer: 'IIngressLoadBalancerStatus' } },
    IIngressLoadBalancerStatus: { f: { ingress: 'IIngressLoadBalancerIngress' } },
    IIngressLoadBalancerIngress: { f: { hostname: 0, ip: 0, ports: 'IIngressPortStatus' } },
    IIngressPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec' } },
    IIngressClassSpec: { f: { controller: 0, parameters: 'IIngressClassParametersReference' } },
    IIngressClassParametersReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList: { f: { apiVersion: 0, items: 'IIngressClass', kind: 0, metadata: 'IListMeta' } },
    IIngressList_: { f: { apiVersion: 0, items: 'IIngress_', kind: 0, metadata: 'IListMeta' } },
    IIPAddress: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIPAddressSpec' } },
    IIPAddressSpec: { f: { parentRef: 'IParentReference' } },
    IParentReference: { f: { group: 0, name: 0, namespace: 0, resource: 0 } },
    IIPAddressList: { f: { apiVersion: 0, items: 'IIPAddress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec_' } },
    INetworkPolicySpec_: {
        f: {
            egress: 'INetworkPolicyEgressRule_',
            ingress: 'INetworkPolicyIngressRule_',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule_: { f: { ports: 'INetworkPolicyPort_', to: 'INetworkPolicyPeer_' } },
    INetworkPolicyPort_: { f: { endPort: 0, port: 0, protocol: 0 } },
    INetworkPolicyPeer_: {
        f: { ipBlock: 'IIPBlock_', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock_: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule_: { f: { from: 'INetworkPolicyPeer_', ports: 'INetworkPolicyPort_' } },
    INetworkPolicyList_: { f: { apiVersion: 0, items: 'INetworkPolicy_', kind: 0, metadata: 'IListMeta' } },
    IServiceCIDR: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IServiceCIDRSpec',
            status: 'IServiceCIDRStatus',
        },
    },
    IServiceCIDRSpec: { f: { cidrs: 0 } },
    IServiceCIDRStatus: { f: { conditions: 'ICondition' } },
    IServiceCIDRList: { f: { apiVersion: 0, items: 'IServiceCIDR', kind: 0, metadata: 'IListMeta' } },
    IIngress__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IIngressSpec__',
            status: 'IIngressStatus__',
        },
    },
    IIngressSpec__: {
        f: { backend: 'IIngressBackend__', ingressClassName: 0, rules: 'IIngressRule__', tls: 'IIngressTLS__' },
    },
    IIngressBackend__: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule__: { f: { host: 0, http: 'IHTTPIngressRuleValue__' } },
    IHTTPIngressRuleValue__: { f: { paths: 'IHTTPIngressPath__' } },
    IHTTPIngressPath__: { f: { backend: 'IIngressBackend__', path: 0, pathType: 0 } },
    IIngressTLS__: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus__: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    IIngressClass_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec_' } },
    IIngressClassSpec_: { f: { controller: 0, parameters: 'IIngressClassParametersReference_' } },
    IIngressClassParametersReference_: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList_: { f: { apiVersion: 0, items: 'IIngressClass_', kind: 0, metadata: 'IListMeta' } },
    IIngressList__: { f: { apiVersion: 0, items: 'IIngress__', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead',
            scheduling: 'IScheduling',
        },
    },
    IOverhead: { f: { podFixed: 'anon54' } },
    anon54: { m: 0 },
    IScheduling: { f: { nodeSelector: 'anon55', tolerations: 'IToleration' } },
    anon55: { m: 0 },
    IRuntimeClassList: { f: { apiVersion: 0, items: 'IRuntimeClass', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass_: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead_',
            scheduling: 'IScheduling_',
        },
    },
    IOverhead_: { f: { podFixed: 'anon56' } },
    anon56: { m: 0 },
    IScheduling_: { f: { nodeSelector: 'anon57', tolerations: 'IToleration' } },
    anon57: { m: 0 },
    IRuntimeClassList_: { f: { apiVersion: 0, items: 'IRuntimeClass_', kind: 0, metadata: 'IListMeta' } },
    IEviction: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IDeleteOptions: {
        f: {
            apiVersion: 0,
            dryRun: 0,
            gracePeriodSeconds: 0,
            ignoreStoreReadErrorWithClusterBreakingPotential: 0,
            kind: 0,
            orphanDependents: 0,
            preconditions: 'IPreconditions',
            propagationPolicy: 0,
        },
    },
    IPreconditions: { f: { resourceVersion: 0, uid: 0 } },
    IPodDisruptionBudget: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec',
            status: 'IPodDisruptionBudgetStatus',
        },
    },
    IPodDisruptionBudgetSpec: {
        f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector', unhealthyPodEvictionPolicy: 0 },
    },
    IPodDisruptionBudgetStatus: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon58',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon58: { m: 0 },
    IPodDisruptionBudgetList: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget', kind: 0, metadata: 'IListMeta' },
    },
    IEviction_: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IPodDisruptionBudget_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec_',
            status: 'IPodDisruptionBudgetStatus_',
        },
    },
    IPodDisruptionBudgetSpec_: { f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector' } },
    IPodDisruptionBudgetStatus_: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon59',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon59: { m: 0 },
    IPodDisruptionBudgetList_: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget_', kind: 0, metadata: 'IListMeta' },
    },
    IPodSecurityPolicy_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec_' },
    },
    IPodSecurityPolicySpec_: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver_',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume_',
            allowedHostPaths: 'IAllowedHostPath_',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions_',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange_',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions_',
            runAsUser: 'IRunAsUserStrategyOptions_',
            runtimeClass: 'IRuntimeClassStrategyOptions_',
            seLinux: 'ISELinuxStrategyOptions_',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions_',
            volumes: 0,
        },
    },
    IAllowedCSIDriver_: { f: { name: 0 } },
    IAllowedFlexVolume_: { f: { driver: 0 } },
    IAllowedHostPath_: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IIDRange_: { f: { max: 0, min: 0 } },
    IHostPortRange_: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRunAsUserStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRuntimeClassStrategyOptions_: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions_: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IPodSecurityPolicyList_: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRole: {
        f: {
            aggregationRule: 'IAggregationRule',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule',
        },
    },
    IAggregationRule: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleRef: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList: { f: { apiVersion: 0, items: 'IClusterRole', kind: 0, metadata: 'IListMeta' } },
    IRole: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule' } },
    IRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleBindingList: { f: { apiVersion: 0, items: 'IRoleBinding', kind: 0, metadata: 'IListMeta' } },
    IRoleList: { f: { apiVersion: 0, items: 'IRole', kind: 0, metadata: 'IListMeta' } },
    IClusterRole_: {
        f: {
            aggregationRule: 'IAggregationRule_',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule_',
        },
    },
    IAggregationRule_: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule_: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleRef_: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject_____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList_: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList_: { f: { apiVersion: 0, items: 'IClusterRole_', kind: 0, metadata: 'IListMeta' } },
    IRole_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule_' } },
    IRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleBindingList_: { f: { apiVersion: 0, items: 'IRoleBinding_', kind: 0, metadata: 'IListMeta' } },
    IRoleList_: { f: { apiVersion: 0, items: 'IRole_', kind: 0, metadata: 'IListMeta' } },
    IDeviceClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IDeviceClassSpec' } },
    IDeviceClassSpec: {
        f: { config: 'IDeviceClassConfiguration', extendedResourceName: 0, selectors: 'IDeviceSelector' },
    },
    IDeviceClassConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration' } },
    IOpaqueDeviceConfiguration: { f: { driver: 0, parameters: 0 } },
    IDeviceSelector: { f: { cel: 'ICELDeviceSelector' } },
    ICELDeviceSelector: { f: { expression: 0 } },
    IDeviceClassList: { f: { apiVersion: 0, items: 'IDeviceClass', kind: 0, metadata: 'IListMeta' } },
    IResourceClaim_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceClaimSpec',
            status: 'IResourceClaimStatus',
        },
    },
    IResourceClaimSpec: { f: { devices: 'IDeviceClaim' } },
    IDeviceClaim: {
        f: { config: 'IDeviceClaimConfiguration', constraints: 'IDeviceConstraint', requests: 'IDeviceRequest' },
    },
    IDeviceClaimConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0 } },
    IDeviceConstraint: { f: { distinctAttribute: 0, matchAttribute: 0, requests: 0 } },
    IDeviceRequest: { f: { exactly: 'IExactDeviceRequest', firstAvailable: 'IDeviceSubRequest', name: 0 } },
    IExactDeviceRequest: {
        f: {
            adminAccess: 0,
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    ICapacityRequirements: { f: { requests: 'anon60' } },
    anon60: { m: 0 },
    IDeviceToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    IDeviceSubRequest: {
        f: {
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            name: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    IResourceClaimStatus: {
        f: {
            allocation: 'IAllocationResult',
            devices: 'IAllocatedDeviceStatus',
            reservedFor: 'IResourceClaimConsumerReference',
        },
    },
    IAllocationResult: {
        f: { allocationTimestamp: 0, devices: 'IDeviceAllocationResult', nodeSelector: 'INodeSelector' },
    },
    IDeviceAllocationResult: {
        f: { config: 'IDeviceAllocationConfiguration', results: 'IDeviceRequestAllocationResult' },
    },
    IDeviceAllocationConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0, source: 0 } },
    IDeviceRequestAllocationResult: {
        f: {
            adminAccess: 0,
            bindingConditions: 0,
            bindingFailureConditions: 0,
            consumedCapacity: 'anon61',
            device: 0,
            driver: 0,
            pool: 0,
            request: 0,
            shareID: 0,
            tolerations: 'IDeviceToleration',
        },
    },
    anon61: { m: 0 },
    IAllocatedDeviceStatus: {
        f: {
            conditions: 'ICondition',
            data: 0,
            device: 0,
            driver: 0,
            networkData: 'INetworkDeviceData',
            pool: 0,
            shareID: 0,
        },
    },
    INetworkDeviceData: { f: { hardwareAddress: 0, interfaceName: 0, ips: 0 } },
    IResourceClaimConsumerReference: { f: { apiGroup: 0, name: 0, resource: 0, uid: 0 } },
    IResourceClaimList: { f: { apiVersion: 0, items: 'IResourceClaim_', kind: 0, metadata: 'IListMeta' } },
    IResourceClaimTemplate: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceClaimTemplateSpec' },
    },
    IResourceClaimTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IResourceClaimSpec' } },
    IResourceClaimTemplateList: {
        f: { apiVersion: 0, items: 'IResourceClaimTemplate', kind: 0, metadata: 'IListMeta' },
    },
    IResourceSlice: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceSliceSpec' } },
    IResourceSliceSpec: {
        f: {
            allNodes: 0,
            devices: 'IDevice',
            driver: 0,
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            perDeviceNodeSelection: 0,
            pool: 'IResourcePool',
            sharedCounters: 'ICounterSet',
        },
    },
    IDevice: {
        f: {
            allNodes: 0,
            allowMultipleAllocations: 0,
            attributes: 'anon62',
            bindingConditions: 0,
            bindingFailureConditions: 0,
            bindsToNode: 0,
            capacity: 'anon63',
            consumesCounters: 'IDeviceCounterConsumption',
            name: 0,
            nodeAllocatableResourceMappings: 'anon65',
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            taints: 'IDeviceTaint',
        },
    },
    anon62: { m: 'IDeviceAttribute' },
    IDeviceAttribute: {
        f: { bool: 0, bools: 0, int: 0, ints: 0, string: 0, strings: 0, version: 0, versions: 0 },
    },
    anon63: { m: 'IDeviceCapacity' },
    IDeviceCapacity: { f: { requestPolicy: 'ICapacityRequestPolicy', value: 0 } },
    ICapacityRequestPolicy: { f: { default: 0, validRange: 'ICapacityRequestPolicyRange', validValues: 0 } },
    ICapacityRequestPolicyRange: { f: { max: 0, min: 0, step: 0 } },
    IDeviceCounterConsumption: { f: { counterSet: 0, counters: 'anon64' } },
    anon64: { m: 'ICounter' },
    ICounter: { f: { value: 0 } },
    anon65: { m: 'INodeAllocatableResourceMapping' },
    INodeAllocatableResourceMapping: { f: { allocationMultiplier: 0, capacityKey: 0 } },
    IDeviceTaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    IResourcePool: { f: { generation: 0, name: 0, resourceSliceCount: 0 } },
    ICounterSet: { f: { counters: 'anon66', name: 0 } },
    anon66: { m: 'ICounter' },
    IResourceSliceList: { f: { apiVersion: 0, items: 'IResourceSlice', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList: { f: { apiVersion: 0, items: 'IPriorityClass', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass_: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList_: { f: { apiVersion: 0, items: 'IPriorityClass_', kind: 0, metadata: 'IListMeta' } },
    ICSIDriver: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec' } },
    ICSIDriverSpec: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            nodeAllocatableUpdatePeriodSeconds: 0,
            podInfoOnMount: 0,
            preventPodSchedulingIfMissing: 0,
            requiresRepublish: 0,
            seLinuxMount: 0,
            serviceAccountTokenInSecrets: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest_',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest_: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList: { f: { apiVersion: 0, items: 'ICSIDriver', kind: 0, metadata: 'IListMeta' } },
    ICSINode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec' } },
    ICSINodeSpec: { f: { drivers: 'ICSINodeDriver' } },
    ICSINodeDriver: { f: { allocatable: 'IVolumeNodeResources', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources: { f: { count: 0 } },
    ICSINodeList: { f: { apiVersion: 0, items: 'ICSINode', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon67',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    ITopologySelectorTerm: { f: { matchLabelExpressions: 'ITopologySelectorLabelRequirement' } },
    ITopologySelectorLabelRequirement: { f: { key: 0, values: 0 } },
    anon67: { m: 0 },
    IStorageClassList: { f: { apiVersion: 0, items: 'IStorageClass', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec',
            status: 'IVolumeAttachmentStatus',
        },
    },
    IVolumeAttachmentSpec: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource' } },
    IVolumeAttachmentSource: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IPersistentVolumeSpec: {
        f: {
            accessModes: 0,
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFilePersistentVolumeSource',
            capacity: 'anon68',
            cephfs: 'ICephFSPersistentVolumeSource',
            cinder: 'ICinderPersistentVolumeSource',
            claimRef: 'IObjectReference',
            csi: 'ICSIPersistentVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexPersistentVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            glusterfs: 'IGlusterfsPersistentVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            iscsi: 'IISCSIPersistentVolumeSource',
            local: 'ILocalVolumeSource',
            mountOptions: 0,
            nfs: 'INFSVolumeSource',
            nodeAffinity: 'IVolumeNodeAffinity',
            persistentVolumeReclaimPolicy: 0,
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDPersistentVolumeSource',
            scaleIO: 'IScaleIOPersistentVolumeSource',
            storageClassName: 0,
            storageos: 'IStorageOSPersistentVolumeSource',
            volumeAttributesClassName: 0,
            volumeMode: 0,
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAzureFilePersistentVolumeSource: { f: { readOnly: 0, secretName: 0, secretNamespace: 0, shareName: 0 } },
    anon68: { m: 0 },
    ICephFSPersistentVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ISecretReference', user: 0 },
    },
    ISecretReference: { f: { name: 0, namespace: 0 } },
    ICinderPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ISecretReference', volumeID: 0 },
    },
    ICSIPersistentVolumeSource: {
        f: {
            controllerExpandSecretRef: 'ISecretReference',
            controllerPublishSecretRef: 'ISecretReference',
            driver: 0,
            fsType: 0,
            nodeExpandSecretRef: 'ISecretReference',
            nodePublishSecretRef: 'ISecretReference',
            nodeStageSecretRef: 'ISecretReference',
            readOnly: 0,
            volumeAttributes: 'anon69',
            volumeHandle: 0,
        },
    },
    anon69: { m: 0 },
    IFlexPersistentVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon70', readOnly: 0, secretRef: 'ISecretReference' },
    },
    anon70: { m: 0 },
    IGlusterfsPersistentVolumeSource: { f: { endpoints: 0, endpointsNamespace: 0, path: 0, readOnly: 0 } },
    IISCSIPersistentVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            targetPortal: 0,
        },
    },
    ILocalVolumeSource: { f: { fsType: 0, path: 0 } },
    IVolumeNodeAffinity: { f: { required: 'INodeSelector' } },
    IRBDPersistentVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            user: 0,
        },
    },
    IScaleIOPersistentVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    IStorageOSPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'IObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVolumeAttachmentStatus: {
        f: {
            attachError: 'IVolumeError',
            attached: 0,
            attachmentMetadata: 'anon71',
            detachError: 'IVolumeError',
        },
    },
    IVolumeError: { f: { errorCode: 0, message: 0, time: 0 } },
    anon71: { m: 0 },
    IVolumeAttachmentList: { f: { apiVersion: 0, items: 'IVolumeAttachment', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttributesClass: {
        f: { apiVersion: 0, driverName: 0, kind: 0, metadata: 'IObjectMeta', parameters: 'anon72' },
    },
    anon72: { m: 0 },
    IVolumeAttributesClassList: {
        f: { apiVersion: 0, items: 'IVolumeAttributesClass', kind: 0, metadata: 'IListMeta' },
    },
    ICSIDriver_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec_' } },
    ICSIDriverSpec_: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            podInfoOnMount: 0,
            requiresRepublish: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest__',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest__: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList_: { f: { apiVersion: 0, items: 'ICSIDriver_', kind: 0, metadata: 'IListMeta' } },
    ICSINode_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec_' } },
    ICSINodeSpec_: { f: { drivers: 'ICSINodeDriver_' } },
    ICSINodeDriver_: { f: { allocatable: 'IVolumeNodeResources_', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources_: { f: { count: 0 } },
    ICSINodeList_: { f: { apiVersion: 0, items: 'ICSINode_', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity_: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList_: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity_', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass_: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon73',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    anon73: { m: 0 },
    IStorageClassList_: { f: { apiVersion: 0, items: 'IStorageClass_', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec_',
            status: 'IVolumeAttachmentStatus_',
        },
    },
    IVolumeAttachmentSpec_: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource_' } },
    IVolumeAttachmentSource_: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IVolumeAttachmentStatus_: {
        f: {
            attachError: 'IVolumeError_',
            attached: 0,
            attachmentMetadata: 'anon74',
            detachError: 'IVolumeError_',
        },
    },
    IVolumeError_: { f: { message: 0, time: 0 } },
    anon74: { m: 0 },
    IVolumeAttachmentList_: {
        f: { apiVersion: 0, items: 'IVolumeAttachment_', kind: 0, metadata: 'IListMeta' },
    },
    IBinding: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', target: 'IObjectReference' } },
    IComponentStatus: {
        f: { apiVersion: 0, conditions: 'IComponentCondition', kind: 0, metadata: 'IObjectMeta' },
    },
    IComponentCondition: { f: { error: 0, message: 0, status: 0, type: 0 } },
    IComponentStatusList: { f: { apiVersion: 0, items: 'IComponentStatus', kind: 0, metadata: 'IListMeta' } },
    IConfigMap: {
        f: {
            apiVersion: 0,
            binaryData: 'anon75',
            data: 'anon76',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
        },
    },
    anon75: { m: 0 },
    anon76: { m: 0 },
    IConfigMapList: { f: { apiVersion: 0, items: 'IConfigMap', kind: 0, metadata: 'IListMeta' } },
    IEndpoints: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', subsets: 'IEndpointSubset' } },
    IEndpointSubset: {
        f: { addresses: 'IEndpointAddress', notReadyAddresses: 'IEndpointAddress', ports: 'IEndpointPort__' },
    },
    IEndpointAddress: { f: { hostname: 0, ip: 0, nodeName: 0, targetRef: 'IObjectReference' } },
    IEndpointPort__: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointsList: { f: { apiVersion: 0, items: 'IEndpoints', kind: 0, metadata: 'IListMeta' } },
    IEvent__: {
        f: {
            action: 0,
            apiVersion: 0,
            count: 0,
            eventTime: 0,
            firstTimestamp: 0,
            involvedObject: 'IObjectReference',
            kind: 0,
            lastTimestamp: 0,
            message: 0,
            metadata: 'IObjectMeta',
            reason: 0,
            related: 'IObjectReference',
            reportingComponent: 0,
            reportingInstance: 0,
            series: 'IEventSeries__',
            source: 'IEventSource',
            type: 0,
        },
    },
    IEventSeries__: { f: { count: 0, lastObservedTime: 0 } },
    IEventList__: { f: { apiVersion: 0, items: 'IEvent__', kind: 0, metadata: 'IListMeta' } },
    ILimitRange: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILimitRangeSpec' } },
    ILimitRangeSpec: { f: { limits: 'ILimitRangeItem' } },
    ILimitRangeItem: {
        f: {
            default: 'anon77',
            defaultRequest: 'anon78',
            max: 'anon79',
            maxLimitRequestRatio: 'anon80',
            min: 'anon81',
            type: 0,
        },
    },
    anon77: { m: 0 },
    anon78: { m: 0 },
    anon79: { m: 0 },
    anon80: { m: 0 },
    anon81: { m: 0 },
    ILimitRangeList: { f: { apiVersion: 0, items: 'ILimitRange', kind: 0, metadata: 'IListMeta' } },
    INamespace: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'INamespaceSpec',
            status: 'INamespaceStatus',
        },
    },
    INamespaceSpec: { f: { finalizers: 0 } },
    INamespaceStatus: { f: { conditions: 'INamespaceCondition', phase: 0 } },
    INamespaceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    INamespaceList: { f: { apiVersion: 0, items: 'INamespace', kind: 0, metadata: 'IListMeta' } },
    INode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INodeSpec', status: 'INodeStatus' } },
    INodeSpec: {
        f: {
            configSource: 'INodeConfigSource',
            externalID: 0,
            podCIDR: 0,
            podCIDRs: 0,
            providerID: 0,
            taints: 'ITaint',
            unschedulable: 0,
        },
    },
    INodeConfigSource: { f: { configMap: 'IConfigMapNodeConfigSource' } },
    IConfigMapNodeConfigSource: {
        f: { kubeletConfigKey: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ITaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    INodeStatus: {
        f: {
            addresses: 'INodeAddress',
            allocatable: 'anon82',
            capacity: 'anon83',
            conditions: 'INodeCondition',
            config: 'INodeConfigStatus',
            daemonEndpoints: 'INodeDaemonEndpoints',
            declaredFeatures: 0,
            features: 'INodeFeatures',
            images: 'IContainerImage',
            nodeInfo: 'INodeSystemInfo',
            phase: 0,
            runtimeHandlers: 'INodeRuntimeHandler',
            volumesAttached: 'IAttachedVolume',
            volumesInUse: 0,
        },
    },
    INodeAddress: { f: { address: 0, type: 0 } },
    anon82: { m: 0 },
    anon83: { m: 0 },
    INodeCondition: {
        f: { lastHeartbeatTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    INodeConfigStatus: {
        f: {
            active: 'INodeConfigSource',
            assigned: 'INodeConfigSource',
            error: 0,
            lastKnownGood: 'INodeConfigSource',
        },
    },
    INodeDaemonEndpoints: { f: { kubeletEndpoint: 'IDaemonEndpoint' } },
    IDaemonEndpoint: { f: { Port: 0 } },
    INodeFeatures: { f: { supplementalGroupsPolicy: 0 } },
    IContainerImage: { f: { names: 0, sizeBytes: 0 } },
    INodeSystemInfo: {
        f: {
            architecture: 0,
            bootID: 0,
            containerRuntimeVersion: 0,
            kernelVersion: 0,
            kubeProxyVersion: 0,
            kubeletVersion: 0,
            machineID: 0,
            operatingSystem: 0,
            osImage: 0,
            swap: 'INodeSwapStatus',
            systemUUID: 0,
        },
    },
    INodeSwapStatus: { f: { capacity: 0 } },
    INodeRuntimeHandler: { f: { features: 'INodeRuntimeHandlerFeatures', name: 0 } },
    INodeRuntimeHandlerFeatures: { f: { recursiveReadOnlyMounts: 0, userNamespaces: 0 } },
    IAttachedVolume: { f: { devicePath: 0, name: 0 } },
    INodeList: { f: { apiVersion: 0, items: 'INode', kind: 0, metadata: 'IListMeta' } },
    IPersistentVolume: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeSpec',
            status: 'IPersistentVolumeStatus',
        },
    },
    IPersistentVolumeStatus: { f: { lastPhaseTransitionTime: 0, message: 0, phase: 0, reason: 0 } },
    IPersistentVolumeClaimList: {
        f: { apiVersion: 0, items: 'IPersistentVolumeClaim', kind: 0, metadata: 'IListMeta' },
    },
    IPersistentVolumeList: { f: { apiVersion: 0, items: 'IPersistentVolume', kind: 0, metadata: 'IListMeta' } },
    IPod: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSpec', status: 'IPodStatus' } },
    IPodStatus: {
        f: {
            allocatedResources: 'anon84',
            conditions: 'IPodCondition',
            containerStatuses: 'IContainerStatus',
            ephemeralContainerStatuses: 'IContainerStatus',
            extendedResourceClaimStatus: 'IPodExtendedResourceClaimStatus',
            hostIP: 0,
            hostIPs: 'IHostIP',
            initContainerStatuses: 'IContainerStatus',
            message: 0,
            nodeAllocatableResourceClaimStatuses: 'INodeAllocatableResourceClaimStatus',
            nominatedNodeName: 0,
            observedGeneration: 0,
            phase: 0,
            podIP: 0,
            podIPs: 'IPodIP',
            qosClass: 0,
            reason: 0,
            resize: 0,
            resourceClaimStatuses: 'IPodResourceClaimStatus',
            resources: 'IResourceRequirements',
            startTime: 0,
        },
    },
    anon84: { m: 0 },
    IPodCondition: {
        f: {
            lastProbeTime: 0,
            lastTransitionTime: 0,
            message: 0,
            observedGeneration: 0,
            reason: 0,
            status: 0,
            type: 0,
        },
    },
    IContainerStatus: {
        f: {
            allocatedResources: 'anon85',
            allocatedResourcesStatus: 'IResourceStatus_',
            containerID: 0,
            image: 0,
            imageID: 0,
            lastState: 'IContainerState',
            name: 0,
            ready: 0,
            resources: 'IResourceRequirements',
            restartCount: 0,
            started: 0,
            state: 'IContainerState',
            stopSignal: 0,
            user: 'IContainerUser',
            volumeMounts: 'IVolumeMountStatus',
        },
    },
    anon85: { m: 0 },
    IResourceStatus_: { f: { name: 0, resources: 'IResourceHealth' } },
    IResourceHealth: { f: { health: 0, message: 0, resourceID: 0 } },
    IContainerState: {
        f: {
            running: 'IContainerStateRunning',
            terminated: 'IContainerStateTerminated',
            waiting: 'IContainerStateWaiting',
        },
    },
    IContainerStateRunning: { f: { startedAt: 0 } },
    IContainerStateTerminated: {
        f: { containerID: 0, exitCode: 0, finishedAt: 0, message: 0, reason: 0, signal: 0, startedAt: 0 },
    },
    IContainerStateWaiting: { f: { message: 0, reason: 0 } },
    IContainerUser: { f: { linux: 'ILinuxContainerUser' } },
    ILinuxContainerUser: { f: { gid: 0, supplementalGroups: 0, uid: 0 } },
    IVolumeMountStatus: {
        f: { mountPath: 0, name: 0, readOnly: 0, recursiveReadOnly: 0, volumeStatus: 'IVolumeStatus' },
    },
    IVolumeStatus: { f: { image: 'IImageVolumeStatus' } },
    IImageVolumeStatus: { f: { imageRef: 0 } },
    IPodExtendedResourceClaimStatus: {
        f: { requestMappings: 'IContainerExtendedResourceRequest', resourceClaimName: 0 },
    },
    IContainerExtendedResourceRequest: { f: { containerName: 0, requestName: 0, resourceName: 0 } },
    IHostIP: { f: { ip: 0 } },
    INodeAllocatableResourceClaimStatus: { f: { containers: 0, resourceClaimName: 0, resources: 'anon86' } },
    anon86: { m: 0 },
    IPodIP: { f: { ip: 0 } },
    IPodResourceClaimStatus: { f: { name: 0, resourceClaimName: 0 } },
    IPodList: { f: { apiVersion: 0, items: 'IPod', kind: 0, metadata: 'IListMeta' } },
    IPodTemplate: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', template: 'IPodTemplateSpec' } },
    IPodTemplateList: { f: { apiVersion: 0, items: 'IPodTemplate', kind: 0, metadata: 'IListMeta' } },
    IReplicationController: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicationControllerSpec',
            status: 'IReplicationControllerStatus',
        },
    },
    IReplicationControllerSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'anon87', template: 'IPodTemplateSpec' },
    },
    anon87: { m: 0 },
    IReplicationControllerStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicationControllerCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicationControllerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IReplicationControllerList: {
        f: { apiVersion: 0, items: 'IReplicationController', kind: 0, metadata: 'IListMeta' },
    },
    IResourceQuota: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceQuotaSpec',
            status: 'IResourceQuotaStatus',
        },
    },
    IResourceQuotaSpec: { f: { hard: 'anon88', scopeSelector: 'IScopeSelector', scopes: 0 } },
    anon88: { m: 0 },
    IScopeSelector: { f: { matchExpressions: 'IScopedResourceSelectorRequirement' } },
    IScopedResourceSelectorRequirement: { f: { operator: 0, scopeName: 0, values: 0 } },
    IResourceQuotaStatus: { f: { hard: 'anon89', used: 'anon90' } },
    anon89: { m: 0 },
    anon90: { m: 0 },
    IResourceQuotaList: { f: { apiVersion: 0, items: 'IResourceQuota', kind: 0, metadata: 'IListMeta' } },
    ISecret: {
        f: {
            apiVersion: 0,
            data: 'anon91',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            stringData: 'anon92',
            type: 0,
        },
    },
    anon91: { m: 0 },
    anon92: { m: 0 },
    ISecretList: { f: { apiVersion: 0, items: 'ISecret', kind: 0, metadata: 'IListMeta' } },
    IService: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IServiceSpec', status: 'IServiceStatus' },
    },
    IServiceSpec: {
        f: {
            allocateLoadBalancerNodePorts: 0,
            clusterIP: 0,
            clusterIPs: 0,
            externalIPs: 0,
            externalName: 0,
            externalTrafficPolicy: 0,
            healthCheckNodePort: 0,
            internalTrafficPolicy: 0,
            ipFamilies: 0,
            ipFamilyPolicy: 0,
            loadBalancerClass: 0,
            loadBalancerIP: 0,
            loadBalancerSourceRanges: 0,
            ports: 'IServicePort',
            publishNotReadyAddresses: 0,
            selector: 'anon93',
            sessionAffinity: 0,
            sessionAffinityConfig: 'ISessionAffinityConfig',
            trafficDistribution: 0,
            type: 0,
        },
    },
    IServicePort: { f: { appProtocol: 0, name: 0, nodePort: 0, port: 0, protocol: 0, targetPort: 0 } },
    anon93: { m: 0 },
    ISessionAffinityConfig: { f: { clientIP: 'IClientIPConfig' } },
    IClientIPConfig: { f: { timeoutSeconds: 0 } },
    IServiceStatus: { f: { conditions: 'ICondition', loadBalancer: 'ILoadBalancerStatus' } },
    IServiceAccount: {
        f: {
            apiVersion: 0,
            automountServiceAccountToken: 0,
            imagePullSecrets: 'ILocalObjectReference',
            kind: 0,
            metadata: 'IObjectMeta',
            secrets: 'IObjectReference',
        },
    },
    IServiceAccountList: { f: { apiVersion: 0, items: 'IServiceAccount', kind: 0, metadata: 'IListMeta' } },
    IServiceList: { f: { apiVersion: 0, items: 'IService', kind: 0, metadata: 'IListMeta' } },
};
const KIND_TYPES = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': 'IMutatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': 'IMutatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBindingList': 'IMutatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyList': 'IMutatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': 'IValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': 'IValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList': 'IValidatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList': 'IValidatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList_',
    'apiextensions.k8s.io/v1/CustomResourceDefinition': 'ICustomResourceDefinition',
    'apiextensions.k8s.io/v1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': 'ICustomResourceDefinition_',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList_',
    'apiregistration.k8s.io/v1/APIService': 'IAPIService',
    'apiregistration.k8s.io/v1/APIServiceList': 'IAPIServiceList',
    'apiregistration.k8s.io/v1beta1/APIService': 'IAPIService_',
    'apiregistration.k8s.io/v1beta1/APIServiceList': 'IAPIServiceList_',
    'apps/v1/ControllerRevision': 'IControllerRevision',
    'apps/v1/ControllerRevisionList': 'IControllerRevisionList',
    'apps/v1/DaemonSet': 'IDaemonSet',
    'apps/v1/DaemonSetList': 'IDaemonSetList',
    'apps/v1/Deployment': 'IDeployment',
    'apps/v1/DeploymentList': 'IDeploymentList',
    'apps/v1/ReplicaSet': 'IReplicaSet',
    'apps/v1/ReplicaSetList': 'IReplicaSetList',
    'apps/v1/StatefulSet': 'IStatefulSet',
    'apps/v1/StatefulSetList': 'IStatefulSetList',
    'apps/v1beta1/ControllerRevision': 'IControllerRevision_',
    'apps/v1beta1/ControllerRevisionList': 'IControllerRevisionList_',
    'apps/v1beta1/Deployment': 'IDeployment_',
    'apps/v1beta1/DeploymentList': 'IDeploymentList_',
    'apps/v1beta1/DeploymentRollback': 'IDeploymentRollback',
    'apps/v1beta1/Scale': 'IScale',
    'apps/v1beta1/StatefulSet': 'IStatefulSet_',
    'apps/v1beta1/StatefulSetList': 'IStatefulSetList_',
    'apps/v1beta2/ControllerRevision': 'IControllerRevision__',
    'apps/v1beta2/ControllerRevisionList': 'IControllerRevisionList__',
    'apps/v1beta2/DaemonSet': 'IDaemonSet_',
    'apps/v1beta2/DaemonSetList': 'IDaemonSetList_',
    'apps/v1beta2/Deployment': 'IDeployment__',
    'apps/v1beta2/DeploymentList': 'IDeploymentList__',
    'apps/v1beta2/ReplicaSet': 'IReplicaSet_',
    'apps/v1beta2/ReplicaSetList': 'IReplicaSetList_',
    'apps/v1beta2/Scale': 'IScale_',
    'apps/v1beta2/StatefulSet': 'IStatefulSet__',
    'apps/v1beta2/StatefulSetList': 'IStatefulSetList__',
    'argoproj.io/v1alpha1/Application': 'IApplication',
    'argoproj.io/v1alpha1/ApplicationList': 'IApplicationList',
    'argoproj.io/v1alpha1/ApplicationSet': 'IApplicationSet',
    'argoproj.io/v1alpha1/ApplicationSetList': 'IApplicationSetList',
    'argoproj.io/v1alpha1/AppProject': 'IAppProject',
    'argoproj.io/v1alpha1/AppProjectList': 'IAppProjectList',
    'authentication.k8s.io/v1/SelfSubjectReview': 'ISelfSubjectReview',
    'authentication.k8s.io/v1/TokenRequest': 'ITokenRequest',
    'authentication.k8s.io/v1/TokenReview': 'ITokenReview',
    'authentication.k8s.io/v1beta1/TokenReview': 'ITokenReview_',
    'authorization.k8s.io/v1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview',
    'authorization.k8s.io/v1/SubjectAccessReview': 'ISubjectAccessReview',
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview_',
    'authorization.k8s.io/v1beta1/SubjectAccessReview': 'ISubjectAccessReview_',
    'autoscaling/v1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler',
    'autoscaling/v1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList',
    'autoscaling/v1/Scale': 'IScale__',
    'autoscaling/v2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler_',
    'autoscaling/v2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList_',
    'autoscaling/v2beta1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler__',
    'autoscaling/v2beta1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList__',
    'autoscaling/v2beta2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler___',
    'autoscaling/v2beta2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList___',
    'batch/v1/CronJob': 'ICronJob',
    'batch/v1/CronJobList': 'ICronJobList',
    'batch/v1/Job': 'IJob',
    'batch/v1/JobList': 'IJobList',
    'batch/v1beta1/CronJob': 'ICronJob_',
    'batch/v1beta1/CronJobList': 'ICronJobList_',
    'certificates.k8s.io/v1/CertificateSigningRequest': 'ICertificateSigningRequest',
    'certificates.k8s.io/v1/CertificateSigningRequestList': 'ICertificateSigningRequestList',
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': 'ICertificateSigningRequest_',
    'certificates.k8s.io/v1beta1/CertificateSigningRequestList': 'ICertificateSigningRequestList_',
    'coordination.k8s.io/v1/Lease': 'ILease',
    'coordination.k8s.io/v1/LeaseList': 'ILeaseList',
    'coordination.k8s.io/v1beta1/Lease': 'ILease_',
    'coordination.k8s.io/v1beta1/LeaseList': 'ILeaseList_',
    'discovery.k8s.io/v1/EndpointSlice': 'IEndpointSlice',
    'discovery.k8s.io/v1/EndpointSliceList': 'IEndpointSliceList',
    'discovery.k8s.io/v1beta1/EndpointSlice': 'IEndpointSlice_',
    'discovery.k8s.io/v1beta1/EndpointSliceList': 'IEndpointSliceList_',
    'events.k8s.io/v1/Event': 'IEvent',
    'events.k8s.io/v1/EventList': 'IEventList',
    'events.k8s.io/v1beta1/Event': 'IEvent_',
    'events.k8s.io/v1beta1/EventList': 'IEventList_',
    'extensions/v1beta1/DaemonSet': 'IDaemonSet__',
    'extensions/v1beta1/DaemonSetList': 'IDaemonSetList__',
    'extensions/v1beta1/Deployment': 'IDeployment___',
    'extensions/v1beta1/DeploymentList': 'IDeploymentList___',
    'extensions/v1beta1/DeploymentRollback': 'IDeploymentRollback_',
    'extensions/v1beta1/Ingress': 'IIngress',
    'extensions/v1beta1/IngressList': 'IIngressList',
    'extensions/v1beta1/NetworkPolicy': 'INetworkPolicy',
    'extensions/v1beta1/NetworkPolicyList': 'INetworkPolicyList',
    'extensions/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy',
    'extensions/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList',
    'extensions/v1beta1/ReplicaSet': 'IReplicaSet__',
    'extensions/v1beta1/ReplicaSetList': 'IReplicaSetList__',
    'extensions/v1beta1/Scale': 'IScale___',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': 'IFlowSchema',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchemaList': 'IFlowSchemaList',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': 'IFlowSchema_',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchemaList': 'IFlowSchemaList_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList_',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': 'IFlowSchema__',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchemaList': 'IFlowSchemaList__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': 'IPriorityLevelConfiguration__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList__',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': 'IFlowSchema___',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchemaList': 'IFlowSchemaList___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': 'IPriorityLevelConfiguration___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList___',
    'networking.k8s.io/v1/Ingress': 'IIngress_',
    'networking.k8s.io/v1/IngressClass': 'IIngressClass',
    'networking.k8s.io/v1/IngressClassList': 'IIngressClassList',
    'networking.k8s.io/v1/IngressList': 'IIngressList_',
    'networking.k8s.io/v1/IPAddress': 'IIPAddress',
    'networking.k8s.io/v1/IPAddressList': 'IIPAddressList',
    'networking.k8s.io/v1/NetworkPolicy': 'INetworkPolicy_',
    'networking.k8s.io/v1/NetworkPolicyList': 'INetworkPolicyList_',
    'networking.k8s.io/v1/ServiceCIDR': 'IServiceCIDR',
    'networking.k8s.io/v1/ServiceCIDRList': 'IServiceCIDRList',
    'networking.k8s.io/v1beta1/Ingress': 'IIngress__',
    'networking.k8s.io/v1beta1/IngressClass': 'IIngressClass_',
    'networking.k8s.io/v1beta1/IngressClassList': 'IIngressClassList_',
    'networking.k8s.io/v1beta1/IngressList': 'IIngressList__',
    'node.k8s.io/v1/RuntimeClass': 'IRuntimeClass',
    'node.k8s.io/v1/RuntimeClassList': 'IRuntimeClassList',
    'node.k8s.io/v1beta1/RuntimeClass': 'IRuntimeClass_',
    'node.k8s.io/v1beta1/RuntimeClassList': 'IRuntimeClassList_',
    'policy/v1/Eviction': 'IEviction',
    'policy/v1/PodDisruptionBudget': 'IPodDisruptionBudget',
    'policy/v1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList',
    'policy/v1beta1/Eviction': 'IEviction_',
    'policy/v1beta1/PodDisruptionBudget': 'IPodDisruptionBudget_',
    'policy/v1beta1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList_',
    'policy/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy_',
    'policy/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList_',
    'rbac.authorization.k8s.io/v1/ClusterRole': 'IClusterRole',
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'IClusterRoleBinding',
    'rbac.authorization.k8s.io/v1/ClusterRoleBindingList': 'IClusterRoleBindingList',
    'rbac.authorization.k8s.io/v1/ClusterRoleList': 'IClusterRoleList',
    'rbac.authorization.k8s.io/v1/Role': 'IRole',
    'rbac.authorization.k8s.io/v1/RoleBinding': 'IRoleBinding',
    'rbac.authorization.k8s.io/v1/RoleBindingList': 'IRoleBindingList',
    'rbac.authorization.k8s.io/v1/RoleList': 'IRoleList',
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': 'IClusterRole_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': 'IClusterRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBindingList': 'IClusterRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleList': 'IClusterRoleList_',
    'rbac.authorization.k8s.io/v1beta1/Role': 'IRole_',
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': 'IRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/RoleBindingList': 'IRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/RoleList': 'IRoleList_',
    'resource.k8s.io/v1/DeviceClass': 'IDeviceClass',
    'resource.k8s.io/v1/DeviceClassList': 'IDeviceClassList',
    'resource.k8s.io/v1/ResourceClaim': 'IResourceClaim_',
    'resource.k8s.io/v1/ResourceClaimList': 'IResourceClaimList',
    'resource.k8s.io/v1/ResourceClaimTemplate': 'IResourceClaimTemplate',
    'resource.k8s.io/v1/ResourceClaimTemplateList': 'IResourceClaimTemplateList',
    'resource.k8s.io/v1/ResourceSlice': 'IResourceSlice',
    'resource.k8s.io/v1/ResourceSliceList': 'IResourceSliceList',
    'scheduling.k8s.io/v1/PriorityClass': 'IPriorityClass',
    'scheduling.k8s.io/v1/PriorityClassList': 'IPriorityClassList',
    'scheduling.k8s.io/v1beta1/PriorityClass': 'IPriorityClass_',
    'scheduling.k8s.io/v1beta1/PriorityClassList': 'IPriorityClassList_',
    'storage.k8s.io/v1/CSIDriver': 'ICSIDriver',
    'storage.k8s.io/v1/CSIDriverList': 'ICSIDriverList',
    'storage.k8s.io/v1/CSINode': 'ICSINode',
    'storage.k8s.io/v1/CSINodeList': 'ICSINodeList',
    'storage.k8s.io/v1/CSIStorageCapacity': 'ICSIStorageCapacity',
    'storage.k8s.io/v1/CSIStorageCapacityList': 'ICSIStorageCapacityList',
    'storage.k8s.io/v1/StorageClass': 'IStorageClass',
    'storage.k8s.io/v1/StorageClassList': 'IStorageClassList',
    'storage.k8s.io/v1/VolumeAttachment': 'IVolumeAttachment',
    'storage.k8s.io/v1/VolumeAttachmentList': 'IVolumeAttachmentList',
    'storage.k8s.io/v1/VolumeAttributesClass': 'IVolumeAttributesClass',
    'storage.k8s.io/v1/VolumeAttributesClassList': 'IVolumeAttributesClassList',
    'storage.k8s.io/v1beta1/CSIDriver': 'ICSIDriver_',
    'storage.k8s.io/v1beta1/CSIDriverList': 'ICSIDriverList_',
    'storage.k8s.io/v1beta1/CSINode': 'ICSINode_',
    'storage.k8s.io/v1beta1/CSINodeList': 'ICSINodeList_',
    'storage.k8s.io/v1beta1/CSIStorageCapacity': 'ICSIStorageCapacity_',
    'storage.k8s.io/v1beta1/CSIStorageCapacityList': 'ICSIStorageCapacityList_',
    'storage.k8s.io/v1beta1/StorageClass': 'IStorageClass_',
    'storage.k8s.io/v1beta1/StorageClassList': 'IStorageClassList_',
    'storage.k8s.io/v1beta1/VolumeAttachment': 'IVolumeAttachment_',
    'storage.k8s.io/v1beta1/VolumeAttachmentList': 'IVolumeAttachmentList_',
    'v1/Binding': 'IBinding',
    'v1/ComponentStatus': 'IComponentStatus',
    'v1/ComponentStatusList': 'IComponentStatusList',
    'v1/ConfigMap': 'IConfigMap',
    'v1/ConfigMapList': 'IConfigMapList',
    'v1/Endpoints': 'IEndpoints',
    'v1/EndpointsList': 'IEndpointsList',
    'v1/Event': 'IEvent__',
    'v1/EventList': 'IEventList__',
    'v1/LimitRange': 'ILimitRange',
    'v1/LimitRangeList': 'ILimitRangeList',
    'v1/Namespace': 'INamespace',
    'v1/NamespaceList': 'INamespaceList',
    'v1/Node': 'INode',
    'v1/NodeList': 'INodeList',
    'v1/PersistentVolume': 'IPersistentVolume',
    'v1/PersistentVolumeClaim': 'IPersistentVolumeClaim',
    'v1/PersistentVolumeClaimList': 'IPersistentVolumeClaimList',
    'v1/PersistentVolumeList': 'IPersistentVolumeList',
    'v1/Pod': 'IPod',
    'v1/PodList': 'IPodList',
    'v1/PodTemplate': 'IPodTemplate',
    'v1/PodTemplateList': 'IPodTemplateList',
    'v1/ReplicationController': 'IReplicationController',
    'v1/ReplicationControllerList': 'IReplicationControllerList',
    'v1/ResourceQuota': 'IResourceQuota',
    'v1/ResourceQuotaList': 'IResourceQuotaList',
    'v1/Secret': 'ISecret',
    'v1/SecretList': 'ISecretList',
    'v1/Service': 'IService',
    'v1/ServiceAccount': 'IServiceAccount',
    'v1/ServiceAccountList': 'IServiceAccountList',
    'v1/ServiceList': 'IServiceList',
};

;// CONCATENATED MODULE: ./src/core/validate/builtinKinds.ts
// Kinds of the API groups Kubernetes itself serves (not argoproj.io, which Argo CD shares with other projects). No CRD can add a kind to these groups (the API server
// owns them), so `apps/v1 Deploymnet` or `apps/v2 Deployment` will be rejected whatever the repository holds.


const groupOf = (apiVersion) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
const versionOf = (apiVersion) => apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
/** group \u2192 version \u2192 kinds, from the bundled schemas and the table of removed APIs. */
const KINDS = new Map();
function add(apiVersion, kind) {
    const group = groupOf(apiVersion);
    const versions = KINDS.get(group) ?? new Map();
    KINDS.set(group, versions);
    const kinds = versions.get(versionOf(apiVersion)) ?? new Set();
    versions.set(versionOf(apiVersion), kinds);
    if (kind)
        kinds.add(kind);
}
for (const key of Object.keys(KIND_TYPES)) {
    // Argo CD's kinds have schemas, but argoproj.io is not Kubernetes': Argo Rollouts, Workflows and Events
    // add their own kinds to it with CRDs
    if (key.startsWith('argoproj.io/'))
        continue;
    const slash = key.lastIndexOf('/');
    add(key.slice(0, slash), key.slice(slash + 1));
}
for (const removed of apiVersions/* REMOVED_APIS */.nB)
    for (const kind of removed.kinds ?? [undefined])
        add(removed.apiVersion, kind);
/** Alpha and beta versions come and go between Kubernetes releases: one Slipway does not know may exist. */
const PRERELEASE = /^v\d+(alpha|beta)\d+$/;
/** Edit distance, for "did you mean". */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = distance(word, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/**
 * Why `apiVersion kind` cannot exist in any cluster: a kind a built-in group/version does not have, or a
 * stable version the group never had. Undefined when it can exist (or may: an alpha/beta version newer
 * than the bundled schemas).
 */
function unknownBuiltinKind(apiVersion, kind) {
    const group = groupOf(apiVersion);
    const versions = KINDS.get(group);
    if (!versions || kind.endsWith('List'))
        return undefined;
    const version = versionOf(apiVersion);
    const kinds = versions.get(version);
    const known = `(built-in kinds of ${FIELDS_SOURCE})`;
    if (!kinds) {
        if (PRERELEASE.test(version))
            return undefined;
        const withKind = [...versions].filter(([, k]) => k.has(kind)).map(([v]) => v);
        const where = group === '' ? 'the core API group' : `API group ${group}`;
        const hint = withKind.length > 0
            ? `; ${kind} is served as ${withKind.map((v) => (group ? `${group}/${v}` : v)).join(', ')}`
            : '';
        return `${where} has no version ${version}${hint} ${known}`;
    }
    if (kinds.size === 0 || kinds.has(kind))
        return undefined;
    const other = [...versions].find(([v, k]) => v !== version && k.has(kind))?.[0];
    if (other)
        return `${apiVersion} has no kind ${kind}; it is served as ${group ? `${group}/` : ''}${other} ${known}`;
    const elsewhere = [...KINDS]
        .flatMap(([g, vs]) => [...vs].filter(([, k]) => k.has(kind)).map(([v]) => (g ? `${g}/${v}` : v)))
        .filter((v) => !/(alpha|beta)/.test(v));
    if (elsewhere.length > 0)
        return `${apiVersion} has no kind ${kind}; it is served as ${elsewhere.join(', ')} ${known}`;
    const suggestion = closest(kind, kinds) ??
        closest(kind, [...versions.values()].flatMap((k) => [...k]));
    return `${apiVersion} has no kind ${kind}${suggestion ? `; did you mean ${suggestion}?` : ''} ${known}`;
}

;// CONCATENATED MODULE: ./src/core/validate/crdCatalogKinds.generated.ts
// Generated by scripts/gen-crd-catalog.mjs. Do not edit.
/** `apiVersion/kind` of every kind the opt-in CRD catalog has (crdCatalog.generated.ts loads them). */
const CATALOG_KINDS = new Set([
    'acme.cert-manager.io/v1/Challenge',
    'acme.cert-manager.io/v1/ChallengeList',
    'acme.cert-manager.io/v1/Order',
    'acme.cert-manager.io/v1/OrderList',
    'argoproj.io/v1alpha1/AnalysisRun',
    'argoproj.io/v1alpha1/AnalysisRunList',
    'argoproj.io/v1alpha1/AnalysisTemplate',
    'argoproj.io/v1alpha1/AnalysisTemplateList',
    'argoproj.io/v1alpha1/ClusterAnalysisTemplate',
    'argoproj.io/v1alpha1/ClusterAnalysisTemplateList',
    'argoproj.io/v1alpha1/Experiment',
    'argoproj.io/v1alpha1/ExperimentList',
    'argoproj.io/v1alpha1/Rollout',
    'argoproj.io/v1alpha1/RolloutList',
    'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuer',
    'awspca.cert-manager.io/v1beta1/AWSPCAClusterIssuerList',
    'awspca.cert-manager.io/v1beta1/AWSPCAIssuer',
    'awspca.cert-manager.io/v1beta1/AWSPCAIssuerList',
    'bitnami.com/v1alpha1/SealedSecret',
    'bitnami.com/v1alpha1/SealedSecretList',
    'cert-manager.io/v1/Certificate',
    'cert-manager.io/v1/CertificateList',
    'cert-manager.io/v1/CertificateRequest',
    'cert-manager.io/v1/CertificateRequestList',
    'cert-manager.io/v1/ClusterIssuer',
    'cert-manager.io/v1/ClusterIssuerList',
    'cert-manager.io/v1/Issuer',
    'cert-manager.io/v1/IssuerList',
    'eventing.keda.sh/v1alpha1/CloudEventSource',
    'eventing.keda.sh/v1alpha1/CloudEventSourceList',
    'eventing.keda.sh/v1alpha1/ClusterCloudEventSource',
    'eventing.keda.sh/v1alpha1/ClusterCloudEventSourceList',
    'extensions.istio.io/v1alpha1/WasmPlugin',
    'external-secrets.io/v1/ClusterExternalSecret',
    'external-secrets.io/v1/ClusterExternalSecretList',
    'external-secrets.io/v1/ClusterSecretStore',
    'external-secrets.io/v1/ClusterSecretStoreList',
    'external-secrets.io/v1/ExternalSecret',
    'external-secrets.io/v1/ExternalSecretList',
    'external-secrets.io/v1/SecretStore',
    'external-secrets.io/v1/SecretStoreList',
    'external-secrets.io/v1alpha1/ClusterPushSecret',
    'external-secrets.io/v1alpha1/ClusterPushSecretList',
    'external-secrets.io/v1alpha1/PushSecret',
    'external-secrets.io/v1alpha1/PushSecretList',
    'external-secrets.io/v1beta1/ClusterExternalSecret',
    'external-secrets.io/v1beta1/ClusterExternalSecretList',
    'external-secrets.io/v1beta1/ClusterSecretStore',
    'external-secrets.io/v1beta1/ClusterSecretStoreList',
    'external-secrets.io/v1beta1/ExternalSecret',
    'external-secrets.io/v1beta1/ExternalSecretList',
    'external-secrets.io/v1beta1/SecretStore',
    'external-secrets.io/v1beta1/SecretStoreList',
    'gateway.networking.k8s.io/v1/BackendTLSPolicy',
    'gateway.networking.k8s.io/v1/BackendTLSPolicyList',
    'gateway.networking.k8s.io/v1/Gateway',
    'gateway.networking.k8s.io/v1/GatewayClass',
    'gateway.networking.k8s.io/v1/GatewayClassList',
    'gateway.networking.k8s.io/v1/GatewayList',
    'gateway.networking.k8s.io/v1/GRPCRoute',
    'gateway.networking.k8s.io/v1/GRPCRouteList',
    'gateway.networking.k8s.io/v1/HTTPRoute',
    'gateway.networking.k8s.io/v1/HTTPRouteList',
    'gateway.networking.k8s.io/v1/ListenerSet',
    'gateway.networking.k8s.io/v1/ListenerSetList',
    'gateway.networking.k8s.io/v1/ReferenceGrant',
    'gateway.networking.k8s.io/v1/ReferenceGrantList',
    'gateway.networking.k8s.io/v1/TLSRoute',
    'gateway.networking.k8s.io/v1/TLSRouteList',
    'gateway.networking.k8s.io/v1alpha2/GRPCRoute',
    'gateway.networking.k8s.io/v1alpha2/GRPCRouteList',
    'gateway.networking.k8s.io/v1alpha2/ReferenceGrant',
    'gateway.networking.k8s.io/v1alpha2/ReferenceGrantList',
    'gateway.networking.k8s.io/v1alpha2/TCPRoute',
    'gateway.networking.k8s.io/v1alpha2/TCPRouteList',
    'gateway.networking.k8s.io/v1alpha2/TLSRoute',
    'gateway.networking.k8s.io/v1alpha2/TLSRouteList',
    'gateway.networking.k8s.io/v1alpha2/UDPRoute',
    'gateway.networking.k8s.io/v1alpha2/UDPRouteList',
    'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicy',
    'gateway.networking.k8s.io/v1alpha3/BackendTLSPolicyList',
    'gateway.networking.k8s.io/v1alpha3/TLSRoute',
    'gateway.networking.k8s.io/v1alpha3/TLSRouteList',
    'gateway.networking.k8s.io/v1beta1/Gateway',
    'gateway.networking.k8s.io/v1beta1/GatewayClass',
    'gateway.networking.k8s.io/v1beta1/GatewayClassList',
    'gateway.networking.k8s.io/v1beta1/GatewayList',
    'gateway.networking.k8s.io/v1beta1/HTTPRoute',
    'gateway.networking.k8s.io/v1beta1/HTTPRouteList',
    'gateway.networking.k8s.io/v1beta1/ReferenceGrant',
    'gateway.networking.k8s.io/v1beta1/ReferenceGrantList',
    'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicy',
    'gateway.networking.x-k8s.io/v1alpha1/XBackendTrafficPolicyList',
    'gateway.networking.x-k8s.io/v1alpha1/XMesh',
    'gateway.networking.x-k8s.io/v1alpha1/XMeshList',
    'generators.external-secrets.io/v1alpha1/ACRAccessToken',
    'generators.external-secrets.io/v1alpha1/ACRAccessTokenList',
    'generators.external-secrets.io/v1alpha1/ClusterGenerator',
    'generators.external-secrets.io/v1alpha1/ClusterGeneratorList',
    'generators.external-secrets.io/v1alpha1/ECRAuthorizationToken',
    'generators.external-secrets.io/v1alpha1/ECRAuthorizationTokenList',
    'generators.external-secrets.io/v1alpha1/Fake',
    'generators.external-secrets.io/v1alpha1/FakeList',
    'generators.external-secrets.io/v1alpha1/GCRAccessToken',
    'generators.external-secrets.io/v1alpha1/GCRAccessTokenList',
    'generators.external-secrets.io/v1alpha1/GeneratorState',
    'generators.external-secrets.io/v1alpha1/GeneratorStateList',
    'generators.external-secrets.io/v1alpha1/GithubAccessToken',
    'generators.external-secrets.io/v1alpha1/GithubAccessTokenList',
    'generators.external-secrets.io/v1alpha1/Grafana',
    'generators.external-secrets.io/v1alpha1/GrafanaList',
    'generators.external-secrets.io/v1alpha1/Password',
    'generators.external-secrets.io/v1alpha1/PasswordList',
    'generators.external-secrets.io/v1alpha1/QuayAccessToken',
    'generators.external-secrets.io/v1alpha1/QuayAccessTokenList',
    'generators.external-secrets.io/v1alpha1/STSSessionToken',
    'generators.external-secrets.io/v1alpha1/STSSessionTokenList',
    'generators.external-secrets.io/v1alpha1/UUID',
    'generators.external-secrets.io/v1alpha1/UUIDList',
    'generators.external-secrets.io/v1alpha1/VaultDynamicSecret',
    'generators.external-secrets.io/v1alpha1/VaultDynamicSecretList',
    'generators.external-secrets.io/v1alpha1/Webhook',
    'generators.external-secrets.io/v1alpha1/WebhookList',
    'helm.toolkit.fluxcd.io/v2/HelmRelease',
    'helm.toolkit.fluxcd.io/v2/HelmReleaseList',
    'helm.toolkit.fluxcd.io/v2beta1/HelmRelease',
    'helm.toolkit.fluxcd.io/v2beta1/HelmReleaseList',
    'helm.toolkit.fluxcd.io/v2beta2/HelmRelease',
    'helm.toolkit.fluxcd.io/v2beta2/HelmReleaseList',
    'image.toolkit.fluxcd.io/v1/ImagePolicy',
    'image.toolkit.fluxcd.io/v1/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1/ImageRepository',
    'image.toolkit.fluxcd.io/v1/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1/ImageUpdateAutomationList',
    'image.toolkit.fluxcd.io/v1beta1/ImagePolicy',
    'image.toolkit.fluxcd.io/v1beta1/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1beta1/ImageRepository',
    'image.toolkit.fluxcd.io/v1beta1/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1beta1/ImageUpdateAutomationList',
    'image.toolkit.fluxcd.io/v1beta2/ImagePolicy',
    'image.toolkit.fluxcd.io/v1beta2/ImagePolicyList',
    'image.toolkit.fluxcd.io/v1beta2/ImageRepository',
    'image.toolkit.fluxcd.io/v1beta2/ImageRepositoryList',
    'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomation',
    'image.toolkit.fluxcd.io/v1beta2/ImageUpdateAutomationList',
    'install.istio.io/v1alpha1/IstioOperator',
    'keda.sh/v1alpha1/ClusterTriggerAuthentication',
    'keda.sh/v1alpha1/ClusterTriggerAuthenticationList',
    'keda.sh/v1alpha1/ScaledJob',
    'keda.sh/v1alpha1/ScaledJobList',
    'keda.sh/v1alpha1/ScaledObject',
    'keda.sh/v1alpha1/ScaledObjectList',
    'keda.sh/v1alpha1/TriggerAuthentication',
    'keda.sh/v1alpha1/TriggerAuthenticationList',
    'keda.sh/v1alpha1/WithTriggers',
    'keda.sh/v1alpha1/WithTriggersList',
    'kustomize.toolkit.fluxcd.io/v1/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1/KustomizationList',
    'kustomize.toolkit.fluxcd.io/v1beta1/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1beta1/KustomizationList',
    'kustomize.toolkit.fluxcd.io/v1beta2/Kustomization',
    'kustomize.toolkit.fluxcd.io/v1beta2/KustomizationList',
    'monitoring.coreos.com/v1/Alertmanager',
    'monitoring.coreos.com/v1/AlertmanagerList',
    'monitoring.coreos.com/v1/PodMonitor',
    'monitoring.coreos.com/v1/PodMonitorList',
    'monitoring.coreos.com/v1/Probe',
    'monitoring.coreos.com/v1/ProbeList',
    'monitoring.coreos.com/v1/Prometheus',
    'monitoring.coreos.com/v1/PrometheusList',
    'monitoring.coreos.com/v1/PrometheusRule',
    'monitoring.coreos.com/v1/PrometheusRuleList',
    'monitoring.coreos.com/v1/ServiceMonitor',
    'monitoring.coreos.com/v1/ServiceMonitorList',
    'monitoring.coreos.com/v1/ThanosRuler',
    'monitoring.coreos.com/v1/ThanosRulerList',
    'monitoring.coreos.com/v1alpha1/AlertmanagerConfig',
    'monitoring.coreos.com/v1alpha1/AlertmanagerConfigList',
    'monitoring.coreos.com/v1alpha1/PrometheusAgent',
    'monitoring.coreos.com/v1alpha1/PrometheusAgentList',
    'monitoring.coreos.com/v1alpha1/ScrapeConfig',
    'monitoring.coreos.com/v1alpha1/ScrapeConfigList',
    'monitoring.coreos.com/v1beta1/AlertmanagerConfig',
    'monitoring.coreos.com/v1beta1/AlertmanagerConfigList',
    'networking.istio.io/v1/DestinationRule',
    'networking.istio.io/v1/Gateway',
    'networking.istio.io/v1/ServiceEntry',
    'networking.istio.io/v1/Sidecar',
    'networking.istio.io/v1/VirtualService',
    'networking.istio.io/v1/WorkloadEntry',
    'networking.istio.io/v1/WorkloadGroup',
    'networking.istio.io/v1alpha3/DestinationRule',
    'networking.istio.io/v1alpha3/EnvoyFilter',
    'networking.istio.io/v1alpha3/Gateway',
    'networking.istio.io/v1alpha3/ServiceEntry',
    'networking.istio.io/v1alpha3/Sidecar',
    'networking.istio.io/v1alpha3/VirtualService',
    'networking.istio.io/v1alpha3/WorkloadEntry',
    'networking.istio.io/v1alpha3/WorkloadGroup',
    'networking.istio.io/v1beta1/DestinationRule',
    'networking.istio.io/v1beta1/Gateway',
    'networking.istio.io/v1beta1/ProxyConfig',
    'networking.istio.io/v1beta1/ServiceEntry',
    'networking.istio.io/v1beta1/Sidecar',
    'networking.istio.io/v1beta1/VirtualService',
    'networking.istio.io/v1beta1/WorkloadEntry',
    'networking.istio.io/v1beta1/WorkloadGroup',
    'notification.toolkit.fluxcd.io/v1/Receiver',
    'notification.toolkit.fluxcd.io/v1/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta1/Alert',
    'notification.toolkit.fluxcd.io/v1beta1/AlertList',
    'notification.toolkit.fluxcd.io/v1beta1/Provider',
    'notification.toolkit.fluxcd.io/v1beta1/ProviderList',
    'notification.toolkit.fluxcd.io/v1beta1/Receiver',
    'notification.toolkit.fluxcd.io/v1beta1/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta2/Alert',
    'notification.toolkit.fluxcd.io/v1beta2/AlertList',
    'notification.toolkit.fluxcd.io/v1beta2/Provider',
    'notification.toolkit.fluxcd.io/v1beta2/ProviderList',
    'notification.toolkit.fluxcd.io/v1beta2/Receiver',
    'notification.toolkit.fluxcd.io/v1beta2/ReceiverList',
    'notification.toolkit.fluxcd.io/v1beta3/Alert',
    'notification.toolkit.fluxcd.io/v1beta3/AlertList',
    'notification.toolkit.fluxcd.io/v1beta3/Provider',
    'notification.toolkit.fluxcd.io/v1beta3/ProviderList',
    'policy.cert-manager.io/v1alpha1/CertificateRequestPolicy',
    'policy.cert-manager.io/v1alpha1/CertificateRequestPolicyList',
    'security.istio.io/v1/AuthorizationPolicy',
    'security.istio.io/v1/PeerAuthentication',
    'security.istio.io/v1/RequestAuthentication',
    'security.istio.io/v1beta1/AuthorizationPolicy',
    'security.istio.io/v1beta1/PeerAuthentication',
    'security.istio.io/v1beta1/RequestAuthentication',
    'source.toolkit.fluxcd.io/v1/Bucket',
    'source.toolkit.fluxcd.io/v1/BucketList',
    'source.toolkit.fluxcd.io/v1/ExternalArtifact',
    'source.toolkit.fluxcd.io/v1/ExternalArtifactList',
    'source.toolkit.fluxcd.io/v1/GitRepository',
    'source.toolkit.fluxcd.io/v1/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1/HelmChart',
    'source.toolkit.fluxcd.io/v1/HelmChartList',
    'source.toolkit.fluxcd.io/v1/HelmRepository',
    'source.toolkit.fluxcd.io/v1/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1/OCIRepository',
    'source.toolkit.fluxcd.io/v1/OCIRepositoryList',
    'source.toolkit.fluxcd.io/v1beta1/Bucket',
    'source.toolkit.fluxcd.io/v1beta1/BucketList',
    'source.toolkit.fluxcd.io/v1beta1/GitRepository',
    'source.toolkit.fluxcd.io/v1beta1/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1beta1/HelmChart',
    'source.toolkit.fluxcd.io/v1beta1/HelmChartList',
    'source.toolkit.fluxcd.io/v1beta1/HelmRepository',
    'source.toolkit.fluxcd.io/v1beta1/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/Bucket',
    'source.toolkit.fluxcd.io/v1beta2/BucketList',
    'source.toolkit.fluxcd.io/v1beta2/GitRepository',
    'source.toolkit.fluxcd.io/v1beta2/GitRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/HelmChart',
    'source.toolkit.fluxcd.io/v1beta2/HelmChartList',
    'source.toolkit.fluxcd.io/v1beta2/HelmRepository',
    'source.toolkit.fluxcd.io/v1beta2/HelmRepositoryList',
    'source.toolkit.fluxcd.io/v1beta2/OCIRepository',
    'source.toolkit.fluxcd.io/v1beta2/OCIRepositoryList',
    'telemetry.istio.io/v1/Telemetry',
    'telemetry.istio.io/v1alpha1/Telemetry',
    'traefik.io/v1alpha1/IngressRoute',
    'traefik.io/v1alpha1/IngressRouteList',
    'traefik.io/v1alpha1/IngressRouteTCP',
    'traefik.io/v1alpha1/IngressRouteTCPList',
    'traefik.io/v1alpha1/IngressRouteUDP',
    'traefik.io/v1alpha1/IngressRouteUDPList',
    'traefik.io/v1alpha1/Middleware',
    'traefik.io/v1alpha1/MiddlewareList',
    'traefik.io/v1alpha1/MiddlewareTCP',
    'traefik.io/v1alpha1/MiddlewareTCPList',
    'traefik.io/v1alpha1/ServersTransport',
    'traefik.io/v1alpha1/ServersTransportList',
    'traefik.io/v1alpha1/ServersTransportTCP',
    'traefik.io/v1alpha1/ServersTransportTCPList',
    'traefik.io/v1alpha1/TLSOption',
    'traefik.io/v1alpha1/TLSOptionList',
    'traefik.io/v1alpha1/TLSStore',
    'traefik.io/v1alpha1/TLSStoreList',
    'traefik.io/v1alpha1/TraefikService',
    'traefik.io/v1alpha1/TraefikServiceList',
    'trust-manager.io/v1alpha2/ClusterBundle',
    'trust-manager.io/v1alpha2/ClusterBundleList',
    'trust.cert-manager.io/v1alpha1/Bundle',
    'trust.cert-manager.io/v1alpha1/BundleList',
]);

// EXTERNAL MODULE: ./src/core/validate/builtinSchemas.ts
var validate_builtinSchemas = __webpack_require__(401);
;// CONCATENATED MODULE: ./src/core/validate/unknownFields.ts
// --strict for built-in kinds: fields the Kubernetes API does not have. The API server drops them
// silently (or rejects them with field validation on), so a typo like `replica:` never takes effect.

/** Paths (below `at`) of the fields of `value` that its type does not define. */
function unknownFieldsOfType(value, type, at) {
    const found = [];
    const walk = (value, type, path) => {
        if (!type || value === null || typeof value !== 'object')
            return;
        if (Array.isArray(value)) {
            value.forEach((item, i) => walk(item, type, [...path, i]));
            return;
        }
        const entry = FIELD_TYPES[type];
        if (!entry)
            return;
        for (const [key, child] of Object.entries(value)) {
            if (entry.f && key in entry.f)
                walk(child, entry.f[key], [...path, key]);
            else if (entry.m !== undefined)
                walk(child, entry.m, [...path, key]);
            else if (entry.f)
                found.push([...path, key]);
        }
    };
    walk(value, type, at);
    return found;
}
/** Paths of the fields of `obj` that its kind does not define; undefined when the kind is not built in. */
function unknownFields(obj) {
    const root = KIND_TYPES[`${String(obj.apiVersion)}/${String(obj.kind)}`];
    return root === undefined ? undefined : unknownFieldsOfType(obj, root, []);
}
/** A custom resource's metadata is ObjectMeta whatever its CRD says: its unknown fields. */
function unknownMetadataFields(obj) {
    return unknownFieldsOfType(obj.metadata, 'IObjectMeta', ['metadata']);
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/validate/schemas.ts
// Schema validation: built-in kinds against the Kubernetes OpenAPI schemas bundled with Slipway (offline),
// custom resources against the openAPIV3Schema of their CRD found in the repository or rendered output.







function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'type': {
            // null is listed where the API server prunes a null field: not worth saying
            const types = String(p.type)
                .split(',')
                .filter((t) => t !== 'null');
            return `must be ${types.join(' or ')}`;
        }
        case 'required':
            return `is missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `must be one of ${p.allowedValues
                .filter((v) => v !== null)
                .map((v) => JSON.stringify(v))
                .join(', ')}`;
        case 'additionalProperties':
            return `has unknown field "${String(p.additionalProperty)}"`;
        case 'pattern':
            return `does not match ${String(p.pattern)}`;
        case 'format':
            return `is not a valid ${String(p.format)}`;
        case 'x-kubernetes-validations':
            return `fails its CRD's rule: ${error.message ?? String(p.rule)}`;
        default:
            return error.message ?? `fails ${error.keyword}`;
    }
}
/** Files whose parsed documents a FieldLocator keeps: findings come file by file, as objects are checked. */
const LOCATED_FILES = 8;
/**
 * Finds the line of a field in the document an object came from. A file's documents are parsed when a
 * finding first needs them, and kept for the findings after it \u2014 those of the last few files only, so a
 * repository with findings in every file is not held whole in memory.
 */
class FieldLocator {
    read;
    docs = new Map();
    counters = new Map();
    constructor(read) {
        this.read = read;
    }
    forObject = (object, path) => object.within
        ? this.locate(object.file, object.within.docLine, [...object.within.path, ...path])
        : this.locate(object.file, object.line, path);
    locate(file, docLine, path) {
        if (!this.docs.has(file)) {
            const lineCounter = new dist/* LineCounter */.HN();
            const parsed = (0,dist/* parseAllDocuments */.hR)(this.read(file) ?? '', { lineCounter });
            const list = Array.isArray(parsed) ? parsed : [];
            this.docs.set(file, list.map((doc) => ({ doc, line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line })));
            this.counters.set(file, lineCounter);
            for (const old of this.docs.keys()) {
                if (this.docs.size <= LOCATED_FILES)
                    break;
                this.docs.delete(old);
                this.counters.delete(old);
            }
        }
        const entry = this.docs.get(file)?.find((d) => d.line === docLine);
        const counter = this.counters.get(file);
        if (!entry || !counter)
            return { line: docLine, column: 1 };
        // the deepest part of the path that exists in the source
        for (let depth = path.length; depth > 0; depth--) {
            const node = entry.doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range) {
                const pos = counter.linePos(node.range[0]);
                return { line: pos.line, column: pos.col };
            }
        }
        return { line: docLine, column: 1 };
    }
}
/** Findings about one object beyond this many are summed up in one more. */
const MAX_ERRORS_PER_OBJECT = 20;
function schemaErrors(validator, object, locate) {
    if (validator(object.obj))
        return [];
    // one finding per field and problem: the branches of oneOf/anyOf each report the same field
    const seen = new Set();
    const out = [];
    for (const error of validator.errors ?? []) {
        if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if')
            continue;
        const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '';
        const key = `${error.instancePath}|${extra}|${(0,plainText/* plainText */.w)(error.params.missingProperty ?? error.params.rule, '')}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
        const at = locate(object, extra ? [...path, extra] : path);
        const where = path.length > 0 ? path.join('.') : (0,render_objects/* objectName */.Hd)(object.obj);
        const evaluationFailed = error.keyword === 'x-kubernetes-validations' && error.params.evaluated === false;
        out.push({
            severity: evaluationFailed ? 'warning' : 'error',
            rule: error.keyword === 'x-kubernetes-validations' ? 'cel' : extra ? 'unknown-field' : 'schema',
            line: at.line,
            column: at.column,
            message: `${where} ${describe(error)}`,
        });
    }
    return out;
}
function unknownFieldErrors(paths, object, locate) {
    return paths.map((path) => {
        const at = locate(object, path);
        const parent = path.slice(0, -1).join('.') || (0,render_objects/* objectName */.Hd)(object.obj);
        return {
            severity: 'error',
            rule: 'unknown-field',
            line: at.line,
            column: at.column,
            message: `${parent} has unknown field "${String(path.at(-1))}"`,
        };
    });
}
/** What one object's schema says about it. */
function checkObjectSchema(object, { builtin: builtinSchemas, crds }, locate, options) {
    const { obj, line } = object;
    const apiVersion = String(obj.apiVersion);
    const kind = String(obj.kind);
    const builtin = builtinSchemas.get((0,validate_builtinSchemas.schemaKey)(obj));
    if (builtin) {
        // Argo CD's own kinds are checked for unknown fields always: a misspelt field of an Application
        // (`syncPolicy.automatic`) silently changes what Argo CD does, and Argo CD applies them with strict
        // field validation
        const strict = options.strict || apiVersion.startsWith('argoproj.io/');
        if (!strict)
            return schemaErrors(builtin, object, locate);
        const unknown = unknownFieldErrors(unknownFields(obj) ?? [], object, locate);
        return [...unknown, ...schemaErrors(builtin, object, locate)];
    }
    const impossible = unknownBuiltinKind(apiVersion, kind);
    if (impossible)
        return [{ severity: 'error', rule: 'unknown-kind', line, message: impossible }];
    if (!crds)
        throw new Error(`internal error: ${apiVersion} ${kind} was checked without the CRDs loaded`);
    const found = crds.lookup(apiVersion, kind);
    if (found && 'validator' in found) {
        const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
        return [...metadata, ...schemaErrors(found.validator, object, locate)];
    }
    // the opt-in catalog (docs/crd-catalog.md) only where the repository has no CRD of the kind
    const fromCatalog = found ? undefined : builtinSchemas.catalogSchema((0,validate_builtinSchemas.schemaKey)(obj));
    if (fromCatalog) {
        const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
        return [...metadata, ...schemaErrors(fromCatalog.validator, object, locate)].map((f) => ({
            ...f,
            message: `${f.message} (schema from ${fromCatalog.source})`,
        }));
    }
    const severity = found?.severity === 'error' || options.requireSchemas ? 'error' : 'warning';
    const message = found
        ? `${apiVersion} ${kind} is not validated: ${found.problem}`
        : !builtinSchemas.catalogOn && CATALOG_KINDS.has((0,validate_builtinSchemas.schemaKey)(obj))
            ? `no schema for ${apiVersion} ${kind}: add its CRD to the repository or turn on the CRD catalog (the crd-catalog input, --crd-catalog), or it is not validated`
            : `no schema for ${apiVersion} ${kind}: add its CRD to the repository, or it is not validated`;
    return [{ severity, rule: found?.severity === 'error' ? 'crd-version' : 'no-schema', line, message }];
}
/** Whether an object's schema comes from a CRD (so checking it waits for every CRD to be known). */
function needsCrd(obj, builtin) {
    return !builtin.has((0,validate_builtinSchemas.schemaKey)(obj)) && !unknownBuiltinKind(String(obj.apiVersion), String(obj.kind));
}
function checkSchemas(objects, unit, schemas, locate, options) {
    const findings = [];
    for (const object of objects) {
        const found = checkObjectSchema(object, schemas, locate, options);
        if (found.length === 0)
            continue;
        const name = (0,render_objects/* objectName */.Hd)(object.obj);
        const at = { unit, object: name, file: object.file };
        for (const f of found.slice(0, MAX_ERRORS_PER_OBJECT))
            findings.push({ ...at, ...f });
        if (found.length > MAX_ERRORS_PER_OBJECT)
            findings.push({
                ...at,
                severity: 'error',
                rule: 'schema',
                line: object.line,
                message: `${name}: ${found.length - MAX_ERRORS_PER_OBJECT} more schema error(s) not listed`,
            });
    }
    return findings;
}


/***/ }),

/***/ 2956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ appName),
/* harmony export */   Oo: () => (/* binding */ controllerOf),
/* harmony export */   R0: () => (/* binding */ affectedApps),
/* harmony export */   _z: () => (/* binding */ treeIndexOf),
/* harmony export */   ik: () => (/* binding */ place)
/* harmony export */ });
/* unused harmony export indexOfTree */
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
    loading ??= __webpack_require__.e(/* import() */ 103).then(__webpack_require__.bind(__webpack_require__, 9103));
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
var otherRepository = __webpack_require__(1215);
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
var helmInputs = __webpack_require__(3596);
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
