export const id = 713;
export const ids = [713];
export const modules = {

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pw: () => (/* binding */ changeTexts),
  Wf: () => (/* binding */ diffPair),
  $J: () => (/* binding */ diffUnits),
  du: () => (/* binding */ finishDiff),
  J: () => (/* binding */ objectDiff)
});

// UNUSED EXPORTS: appSettingChanges, consequence

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 11 modules
var applicationSets = __webpack_require__(2256);
// EXTERNAL MODULE: ./src/core/argo/trackedRevision.ts
var trackedRevision = __webpack_require__(1226);
// EXTERNAL MODULE: ./src/core/render/objects.ts + 2 modules
var render_objects = __webpack_require__(3043);
// EXTERNAL MODULE: ./src/core/validate/rules.ts
var rules = __webpack_require__(121);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/yaml/fastYaml.ts
var fastYaml = __webpack_require__(4194);
;// CONCATENATED MODULE: ./src/core/diff/canonical.ts
// The form objects are compared and shown in: stable key order, fields the cluster owns dropped,
// ignoreDifferences applied, and Secret values never shown.



const SECRET_MARKER = '<secret value hidden>';
const SECRET_CHANGED_MARKER = '<secret value changed>';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * A deep copy of parsed manifest data (plain objects, lists and scalars), a few times faster than
 * structuredClone; every changed object of a pull request is copied before it is compared.
 */
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (value === null || typeof value !== 'object')
        return value;
    const copy = {};
    for (const [key, field] of Object.entries(value)) {
        // `__proto__` is data in a manifest: an own property, as the parser made it
        if (key === '__proto__')
            Object.defineProperty(copy, key, {
                value: clone(field),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        else
            copy[key] = clone(field);
    }
    return copy;
}
function dropClusterOwned(obj) {
    delete obj.status;
    const metadata = obj.metadata;
    if (!metadata)
        return;
    for (const field of [
        'managedFields',
        'creationTimestamp',
        'resourceVersion',
        'uid',
        'generation',
        'selfLink',
    ])
        delete metadata[field];
    const annotations = metadata.annotations;
    if (annotations) {
        delete annotations[LAST_APPLIED];
        if (Object.keys(annotations).length === 0)
            delete metadata.annotations;
    }
}
/** Removes the value a JSON pointer (RFC 6901) names, if it is there. */
function removePointer(obj, pointer) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = obj;
    for (const part of parts.slice(0, -1)) {
        if (!node || typeof node !== 'object')
            return;
        node = node[part];
    }
    const last = parts.at(-1);
    if (last === undefined || !node || typeof node !== 'object')
        return;
    if (Array.isArray(node))
        node.splice(Number(last), 1);
    else
        delete node[last];
}
function groupOf(obj) {
    const apiVersion = (0,plainText/* plainText */.w)(obj.apiVersion, '');
    return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}
/** The Application's ignoreDifferences that apply to an object (jsonPointers; jq expressions are not evaluated). */
function applyIgnoreDifferences(obj, rules) {
    const metadata = (obj.metadata ?? {});
    for (const rule of rules) {
        if (rule.kind && rule.kind !== obj.kind)
            continue;
        if (rule.group !== undefined && rule.group !== groupOf(obj))
            continue;
        if (rule.name && rule.name !== metadata.name)
            continue;
        if (rule.namespace && rule.namespace !== metadata.namespace)
            continue;
        for (const pointer of rule.jsonPointers ?? [])
            removePointer(obj, pointer);
    }
}
/** Fields of a Secret that hold no value: everything else (data, stringData, a misspelt stringdata, \u2026) is hidden. */
const SECRET_SHAPE = new Set(['apiVersion', 'kind', 'metadata', 'type', 'immutable']);
/** Names of Helm parameters and values keys that look like credentials. */
const SECRET_NAME = /password|passwd|token|secret|key|credential|private/i;
const isSecret = (obj) => typeof obj.kind === 'string' && obj.kind.toLowerCase() === 'secret';
const isApplication = (obj) => obj.kind === 'Application' && (0,plainText/* plainText */.w)(obj.apiVersion, '').startsWith('argoproj.io/');
const isApplicationSet = (obj) => obj.kind === 'ApplicationSet' && (0,plainText/* plainText */.w)(obj.apiVersion, '').startsWith('argoproj.io/');
function masked(value, other, compare) {
    return compare && JSON.stringify(value) !== JSON.stringify(other) ? SECRET_CHANGED_MARKER : SECRET_MARKER;
}
/** Every value of a Secret, whatever the field's spelling or shape (a map or a bare string). */
function maskSecretValues(obj, other) {
    for (const field of Object.keys(obj)) {
        if (SECRET_SHAPE.has(field))
            continue;
        const values = obj[field];
        const before = other?.[field];
        if (values && typeof values === 'object' && !Array.isArray(values)) {
            const was = (before && typeof before === 'object' ? before : {});
            for (const key of Object.keys(values))
                values[key] = masked(values[key], was[key], other !== undefined && key in was);
        }
        else
            obj[field] = masked(values, before, other !== undefined && before !== undefined);
    }
}
/**
 * Keys that look like credentials, at any depth of a values tree. Given the other side's tree, a value
 * that differs from the one at the same place there is marked as changed.
 */
function maskSecretKeys(value, other, compare = false) {
    if (Array.isArray(value)) {
        const was = Array.isArray(other) ? other : [];
        return value.map((v, i) => maskSecretKeys(v, was[i], compare && i < was.length));
    }
    if (!value || typeof value !== 'object')
        return value;
    const was = (other && typeof other === 'object' && !Array.isArray(other) ? other : {});
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k] =
            SECRET_NAME.test(k) && (v === null || typeof v !== 'object')
                ? masked(v, was[k], compare && k in was)
                : maskSecretKeys(v, was[k], compare && k in was);
    return out;
}
/**
 * A YAML text (Helm `values`, an ApplicationSet's `elementsYaml`) with its credential-like keys masked.
 * A text that is not YAML (a template's text before it runs) is masked line by line (maskSecretLines),
 * or hidden whole with `whole`.
 */
function maskSecretText(text, other, compare, whole = false) {
    try {
        const was = typeof other === 'string' ? (0,dist/* parse */.qg)(other) : undefined;
        return (0,dist/* stringify */.As)(maskSecretKeys((0,dist/* parse */.qg)(text), was, compare && typeof other === 'string'));
    }
    catch {
        return whole ? masked(text, other, compare) : maskSecretLines(text, other, compare);
    }
}
/** `key: value`, `- key: value`, and the same inside a one-line flow map. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#{}[\],]+)(\s*:\s*)(.*)$/;
/**
 * A YAML-like text that does not parse (Go template actions in it) with the values of credential-like
 * keys, and the `value` of a parameter whose `name` looks like a credential, replaced by the marker \u2014
 * a block scalar's (`|`, `>`) following lines too. A line that differs from every line of the other side
 * is marked changed.
 */
function maskSecretLines(text, other, compare) {
    const before = new Set(typeof other === 'string' ? other.split('\n') : []);
    const mark = (line) => compare && typeof other === 'string' && !before.has(line) ? SECRET_CHANGED_MARKER : SECRET_MARKER;
    const out = [];
    let secretName = false;
    let blockIndent;
    for (const line of text.split('\n')) {
        const indent = /^\s*/.exec(line)?.[0].length ?? 0;
        if (blockIndent !== undefined) {
            if (line.trim() === '' || indent > blockIndent) {
                out.push(`${' '.repeat(indent)}${mark(line)}`);
                continue;
            }
            blockIndent = undefined;
        }
        // one-line flow maps: {name: db.password, value: x}
        if (/\{.*\}/.test(line)) {
            const flowName = /\bname\s*:\s*["']?([^,}"']+)/.exec(line)?.[1] ?? '';
            out.push(line.replace(/([{,]\s*)([^\s:{},]+)(\s*:\s*)([^,}]*)/g, (all, lead, key, sep) => SECRET_NAME.test(key) || (key === 'value' && SECRET_NAME.test(flowName))
                ? `${lead}${key}${sep}${mark(line)}`
                : all));
            continue;
        }
        const m = KEY_VALUE.exec(line);
        if (!m) {
            out.push(line);
            continue;
        }
        const [, lead, key, sep, value] = m;
        if (key === 'name') {
            secretName = SECRET_NAME.test(value);
            out.push(line);
            continue;
        }
        const secret = SECRET_NAME.test(key) || (key === 'value' && secretName);
        if (key === 'value')
            secretName = false;
        if (!secret || value.trim() === '') {
            out.push(line);
            continue;
        }
        if (/^[|>][-+0-9]*\s*$/.test(value.trim()))
            blockIndent = lead.length;
        out.push(`${lead}${key}${sep}${mark(line)}`);
    }
    return out.join('\n');
}
/**
 * The Helm parameters and values of an Application's spec (or an ApplicationSet's template spec) whose
 * names look like credentials.
 */
function maskSpecHelm(spec, otherSpec, compare) {
    const sourcesOf = (s) => {
        const o = (s && typeof s === 'object' ? s : {});
        const sources = Array.isArray(o.sources) ? o.sources : [];
        return [o.source, ...sources];
    };
    const otherSources = sourcesOf(otherSpec);
    sourcesOf(spec).forEach((source, i) => {
        const helm = source?.helm;
        if (!helm || typeof helm !== 'object')
            return;
        const was = (otherSources[i]?.helm ?? {});
        for (const field of ['parameters', 'fileParameters']) {
            const list = helm[field];
            if (!Array.isArray(list))
                continue;
            const before = Array.isArray(was[field]) ? was[field] : [];
            for (const p of list) {
                if (!p || typeof p.name !== 'string' || !SECRET_NAME.test(p.name) || !('value' in p))
                    continue;
                const old = before.find((b) => b?.name === p.name);
                p.value = masked(p.value, old?.value, compare && old !== undefined);
            }
        }
        if (helm.valuesObject !== undefined)
            helm.valuesObject = maskSecretKeys(helm.valuesObject, was.valuesObject, compare && 'valuesObject' in was);
        if (typeof helm.values === 'string')
            helm.values = maskSecretText(helm.values, was.values, compare, true);
    });
}
/** An Application's Helm parameters and values whose names look like credentials. */
function maskApplicationHelm(obj, other) {
    maskSpecHelm(obj.spec, other?.spec, other !== undefined);
}
const specOf = (template) => template?.spec;
/**
 * An ApplicationSet's credential-like Helm parameters and values: in its template, in the templates of
 * its generators (matrix and merge generators nest theirs), in a `templatePatch`, and the credential-like
 * keys of generators' parameters (list `elements` / `elementsYaml`, cluster `values`, plugin
 * `input.parameters`), whose values the template may pass to helm.
 */
function maskApplicationSet(obj, other) {
    const compare = other !== undefined;
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object')
        return;
    const was = (other?.spec ?? {});
    maskSpecHelm(specOf(spec.template), specOf(was.template), compare);
    if (typeof spec.templatePatch === 'string')
        spec.templatePatch = maskTemplatePatch(spec.templatePatch, was.templatePatch, compare);
    maskGenerators(spec.generators, was.generators, compare, 0);
}
function maskTemplatePatch(text, other, compare) {
    try {
        const patch = (0,dist/* parse */.qg)(text);
        const before = typeof other === 'string' ? (0,dist/* parse */.qg)(other) : undefined;
        if (!patch || typeof patch !== 'object')
            return text;
        maskSpecHelm(patch.spec, before?.spec, compare && before !== undefined);
        return (0,dist/* stringify */.As)(patch);
    }
    catch {
        // a patch that is not YAML until its template runs
        return maskSecretLines(text, other, compare);
    }
}
function maskGenerators(generators, other, compare, depth) {
    if (!Array.isArray(generators) || depth > 8)
        return;
    const was = Array.isArray(other) ? other : [];
    generators.forEach((generator, i) => {
        if (!generator || typeof generator !== 'object')
            return;
        const before = (was[i] ?? {});
        for (const [kind, body] of Object.entries(generator)) {
            if (!body || typeof body !== 'object')
                continue;
            const g = body;
            const b = (before[kind] ?? {});
            const same = compare && i < was.length && kind in before;
            maskSpecHelm(specOf(g.template), specOf(b.template), same);
            if (Array.isArray(g.elements))
                g.elements = maskSecretKeys(g.elements, b.elements, same);
            if (typeof g.elementsYaml === 'string')
                g.elementsYaml = maskSecretText(g.elementsYaml, b.elementsYaml, same);
            // the cluster generators' `values` and a plugin generator's `input.parameters` reach the template too
            if (g.values && typeof g.values === 'object')
                g.values = maskSecretKeys(g.values, b.values, same);
            const input = g.input;
            if (input && typeof input === 'object' && input.parameters !== undefined)
                input.parameters = maskSecretKeys(input.parameters, b.input?.parameters, same);
            maskGenerators(g.generators, b.generators, same, depth + 1);
        }
    });
}
/**
 * Secret values replaced by a marker (Secrets of any case and field spelling, inside lists too, and the
 * credential-like Helm parameters of Applications and ApplicationSets). Given the other side, a value
 * that differs from it is marked as changed, so the diff shows which keys changed without showing any
 * value.
 */
function maskSecret(obj, other) {
    if (Array.isArray(obj.items)) {
        const others = Array.isArray(other?.items) ? other.items : [];
        obj.items.forEach((item, i) => {
            if (item && typeof item === 'object')
                maskSecret(item, others[i]);
        });
    }
    if (isSecret(obj))
        maskSecretValues(obj, other);
    else if (isApplication(obj))
        maskApplicationHelm(obj, other);
    else if (isApplicationSet(obj))
        maskApplicationSet(obj, other);
}
/** The comparable form of an object: a deep copy with cluster-owned fields and ignored paths gone. */
function comparable(obj, ignore) {
    const copy = clone(obj);
    dropClusterOwned(copy);
    applyIgnoreDifferences(copy, ignore);
    return copy;
}
/** Canonical YAML: keys sorted, so equal objects print equally. For what a diff shows. */
function canonicalYaml(obj) {
    return (0,fastYaml/* sortedYaml */.Xw)(obj);
}
/**
 * Whether two values print the same canonical YAML (and have the same sameKey), found without printing
 * or allocating: keys in any order, a key whose value is undefined counts as absent (in a list, as
 * null), numbers compared as Object.is does (-0 is not 0, NaN is NaN).
 */
function sameData(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Object.is(a, b);
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!sameData(a[i] ?? null, b[i] ?? null))
                return false;
        return true;
    }
    const left = a;
    const right = b;
    let count = 0;
    for (const key of Object.keys(left)) {
        if (left[key] === undefined)
            continue;
        count++;
        if (!Object.hasOwn(right, key) || right[key] === undefined || !sameData(left[key], right[key]))
            return false;
    }
    for (const key of Object.keys(right))
        if (right[key] !== undefined)
            count--;
    return count === 0;
}
/**
 * A key that two objects share exactly when their canonical YAML is the same: JSON with sorted keys, the
 * numbers JSON cannot spell (NaN, \u00b1Infinity, -0) kept apart. Ten times cheaper than printing YAML, so
 * objects are compared this way and printed only when they differ.
 */
function sameKey(value) {
    return JSON.stringify(value, (_key, v) => {
        if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
            return `\u0000${String(v)}${Object.is(v, -0) ? '-0' : ''}`;
        if (v && typeof v === 'object' && !Array.isArray(v))
            return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        return v;
    });
}

;// CONCATENATED MODULE: ./src/core/diff/hooks.ts

const ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';
const HELM_HOOK = 'helm.sh/hook';
const HELM_DELETE = 'helm.sh/hook-delete-policy';
const HELM_WEIGHT = 'helm.sh/hook-weight';
/** Argo CD's documented mapping of Helm hooks; test and rollback hooks have no phase and never run. */
const HELM_PHASES = {
    'pre-install': 'PreSync',
    'pre-upgrade': 'PreSync',
    'post-install': 'PostSync',
    'post-upgrade': 'PostSync',
    'pre-delete': 'PreDelete',
    'post-delete': 'PostDelete',
};
const HELM_DELETE_POLICIES = {
    'hook-succeeded': 'HookSucceeded',
    'hook-failed': 'HookFailed',
    'before-hook-creation': 'BeforeHookCreation',
};
const PHASE_ORDER = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PreDelete', 'PostDelete'];
const list = (value) => typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
function annotationsOf(obj) {
    return ((obj.metadata ?? {}).annotations ?? {});
}
/** The object's hook, `skip` for `argocd.argoproj.io/hook: Skip` (never applied), or undefined. */
function hookOf(obj) {
    const a = annotationsOf(obj);
    const argo = list(a[ARGO_HOOK]);
    if (argo.includes('Skip'))
        return 'skip';
    const wave = Number.parseInt((0,plainText/* plainText */.w)(a[ARGO_WAVE] ?? a[HELM_WEIGHT], '0'), 10) || 0;
    if (argo.length > 0) {
        const policies = list(a[ARGO_DELETE]);
        return {
            phases: argo,
            deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
            wave,
            from: 'argocd',
        };
    }
    const helm = list(a[HELM_HOOK]).filter((h) => h !== 'crd-install');
    if (helm.length === 0)
        return undefined;
    const phases = [...new Set(helm.flatMap((h) => (HELM_PHASES[h] ? [HELM_PHASES[h]] : [])))];
    const policies = list(a[HELM_DELETE]).flatMap((p) => HELM_DELETE_POLICIES[p] ? [HELM_DELETE_POLICIES[p]] : []);
    return {
        phases,
        deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
        wave,
        from: 'helm',
    };
}
/** Whether deleting the object from the manifests leaves it in the cluster (Helm's resource-policy: keep). */
function keptOnDelete(obj) {
    return annotationsOf(obj)['helm.sh/resource-policy'] === 'keep';
}

;// CONCATENATED MODULE: ./src/core/diff/syncOrder.ts
// What a sync will do, in order, and the sync options that change the outcome for an object \u2014 as Argo
// CD's gitops-engine does it (pkg/sync/sync_tasks.go): tasks sorted by phase (PreSync, Sync, PostSync,
// SyncFail), then `argocd.argoproj.io/sync-wave`, then Helm's kind order (Namespace first, unknown kinds
// and custom resources last), then name. Slipway does not model gitops-engine's later adjustment (a
// namespace or CRD moved before the objects that need it within a wave); the kind order already puts
// them first in the common case.



const KIND_ORDER = [
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
];
const PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];
const annotations = (obj) => ((obj.metadata ?? {}).annotations ?? {});
const kindRank = (kind) => {
    const i = KIND_ORDER.indexOf(String(kind));
    return i === -1 ? KIND_ORDER.length : i;
};
/**
 * The apply order, one line per phase and wave (`Sync \u00b7 wave -1: Namespace/shop, ConfigMap/shop/settings`),
 * when the order matters: some object has a sync wave, or there are hooks. Undefined otherwise.
 */
function applyOrder(objects) {
    const tasks = [];
    let ordered = false;
    for (const obj of objects) {
        const hook = hookOf(obj);
        if (hook === 'skip')
            continue;
        const waveText = annotations(obj)['argocd.argoproj.io/sync-wave'];
        if (waveText !== undefined || hook)
            ordered = true;
        const wave = hook ? hook.wave : Number.parseInt((0,plainText/* plainText */.w)(waveText, '0'), 10) || 0;
        const phases = hook ? hook.phases.filter((p) => PHASES.includes(p)) : ['Sync'];
        for (const phase of phases)
            tasks.push({
                phase: PHASES.indexOf(phase),
                wave,
                kind: kindRank(obj.kind),
                name: (0,plainText/* plainText */.w)((obj.metadata ?? {}).name, ''),
                label: `${(0,render_objects/* objectName */.Hd)(obj)}${hook ? ' (hook)' : ''}`,
            });
    }
    if (!ordered)
        return undefined;
    tasks.sort((a, b) => a.phase - b.phase || a.wave - b.wave || a.kind - b.kind || a.name.localeCompare(b.name));
    const lines = [];
    let current = '';
    for (const task of tasks) {
        const step = `${PHASES[task.phase]} \u00b7 wave ${task.wave}`;
        if (step !== current)
            lines.push(`${step}: ${task.label}`);
        else
            lines[lines.length - 1] += `, ${task.label}`;
        current = step;
    }
    return lines;
}
/** Sync options whose effect the preview shows on the objects (or the namespace) they touch. */
const SHOWN_SYNC_OPTIONS = (/* unused pure expression or super */ null && ([
    'Prune=false',
    'PruneLast=true',
    'Delete=false',
    'Replace=true',
    'ServerSideApply=true',
    'Validate=false',
    'CreateNamespace=true',
]));
/** Options that change how Argo CD syncs but not what ends up in the cluster: not shown. */
const UNSHOWN_SYNC_OPTIONS = (/* unused pure expression or super */ null && ([
    'ApplyOutOfSyncOnly=true',
    'RespectIgnoreDifferences=true',
    'SkipDryRunOnMissingResource=true',
    'FailOnSharedResource=true',
    'PrunePropagationPolicy',
    'Force=true',
]));
/** The sync options that apply to an object: its own annotation, then the app's syncPolicy.syncOptions. */
function syncOptionsOf(obj, appOptions = []) {
    const own = (0,plainText/* plainText */.w)(annotations(obj)['argocd.argoproj.io/sync-options'], '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
    return new Set([...appOptions, ...own]);
}
/** Words about how the options change what happens to a created or changed object ('' when none do). */
function applyOptionNote(options, change) {
    const notes = [];
    if (options.has('Replace=true'))
        notes.push(change === 'created'
            ? 'with kubectl create (Replace=true)'
            : 'with kubectl replace (Replace=true): fields set outside Git are dropped');
    if (options.has('ServerSideApply=true'))
        notes.push('server-side apply (ServerSideApply=true)');
    if (options.has('Validate=false'))
        notes.push('without schema validation (Validate=false)');
    return notes.join('; ');
}

// EXTERNAL MODULE: ./src/core/workload/podContainers.ts
var podContainers = __webpack_require__(7114);
;// CONCATENATED MODULE: ./src/core/diff/objectFacts.ts
// What changed in an object, in words: the fields reviewers scan for first, one fact a line. Secret
// references are named, never their values; env values are not quoted (they may hold credentials).


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const objectFacts_text = (v) => (0,plainText/* plainText */.w)(v, '(none)');
/** Keys added, removed and changed between two maps (sorted, for stable facts). */
function keyChanges(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return {
        added: keys.filter((k) => !(k in before) && k in after),
        removed: keys.filter((k) => k in before && !(k in after)),
        changed: keys.filter((k) => k in before && k in after && !same(before[k], after[k])),
    };
}
/** `what: added a, b; removed c; changed d`, or nothing when the maps are equal. */
function mapFact(what, before, after, values = false) {
    const b = isObj(before) ? before : {};
    const a = isObj(after) ? after : {};
    const { added, removed, changed } = keyChanges(b, a);
    if (values && added.length + removed.length === 0 && changed.length === 1) {
        const key = changed[0];
        return [`${what} ${key}: ${objectFacts_text(b[key])} \u2192 ${objectFacts_text(a[key])}`];
    }
    const parts = [
        added.length > 0 && `added ${added.join(', ')}`,
        removed.length > 0 && `removed ${removed.join(', ')}`,
        changed.length > 0 && `changed ${changed.join(', ')}`,
    ].filter(Boolean);
    return parts.length > 0 ? [`${what}: ${parts.join('; ')}`] : [];
}
/** Each named entry of a list (env, ports) by its key; entries without one are left out. */
function byKey(list, key) {
    const out = {};
    if (!Array.isArray(list))
        return out;
    for (const entry of list) {
        if (!isObj(entry))
            continue;
        const k = key(entry);
        if (k !== undefined)
            out[k] = entry;
    }
    return out;
}
const envName = (e) => (typeof e.name === 'string' ? e.name : undefined);
const portName = (p) => p.containerPort === undefined ? undefined : `${objectFacts_text(p.containerPort)}/${objectFacts_text(p.protocol ?? 'TCP')}`;
/** `name (from Secret db)` for env entries read from a Secret: the reference, never a value. */
function envLabels(names, env) {
    return names
        .map((n) => {
        const ref = isObj(env[n]) ? env[n].valueFrom : undefined;
        const secret = isObj(ref?.secretKeyRef) ? ref.secretKeyRef.name : undefined;
        return typeof secret === 'string' ? `${n} (from Secret ${secret})` : n;
    })
        .join(', ');
}
function containerFacts(name, was, now) {
    const facts = [];
    if (was.image !== now.image)
        facts.push(`image ${name}: ${objectFacts_text(was.image)} \u2192 ${objectFacts_text(now.image)}`);
    if (was.imagePullPolicy !== now.imagePullPolicy)
        facts.push(`imagePullPolicy of ${name}: ${objectFacts_text(was.imagePullPolicy)} \u2192 ${objectFacts_text(now.imagePullPolicy)}`);
    const resources = (c, part) => (isObj(c.resources) ? c.resources[part] : undefined);
    for (const [part, label] of [
        ['requests', 'request'],
        ['limits', 'limit'],
    ]) {
        const b = resources(was, part);
        const a = resources(now, part);
        const { added, removed, changed } = keyChanges(isObj(b) ? b : {}, isObj(a) ? a : {});
        for (const key of [...added, ...removed, ...changed])
            facts.push(`${key} ${label} of ${name}: ${objectFacts_text(isObj(b) ? b[key] : undefined)} \u2192 ${objectFacts_text(isObj(a) ? a[key] : undefined)}`);
    }
    const envBefore = byKey(was.env, envName);
    const envAfter = byKey(now.env, envName);
    const env = keyChanges(envBefore, envAfter);
    if (env.added.length > 0)
        facts.push(`env of ${name}: added ${envLabels(env.added, envAfter)}`);
    if (env.removed.length > 0)
        facts.push(`env of ${name}: removed ${envLabels(env.removed, envBefore)}`);
    if (env.changed.length > 0)
        facts.push(`env of ${name}: changed ${envLabels(env.changed, envAfter)}`);
    if (!same(was.envFrom, now.envFrom))
        facts.push(`envFrom of ${name} changed`);
    const ports = keyChanges(byKey(was.ports, portName), byKey(now.ports, portName));
    const portParts = [
        ports.added.length > 0 && `added ${ports.added.join(', ')}`,
        ports.removed.length > 0 && `removed ${ports.removed.join(', ')}`,
        ports.changed.length > 0 && `changed ${ports.changed.join(', ')}`,
    ].filter(Boolean);
    if (portParts.length > 0)
        facts.push(`ports of ${name}: ${portParts.join('; ')}`);
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (same(was[probe], now[probe]))
            continue;
        const how = was[probe] === undefined ? 'added' : now[probe] === undefined ? 'removed' : 'changed';
        facts.push(`${probe} of ${name} ${how}`);
    }
    if (!same(was.securityContext, now.securityContext))
        facts.push(`securityContext of ${name} changed`);
    return facts;
}
function workloadFacts(before, after) {
    const facts = [];
    const containers = (o) => new Map((0,podContainers/* podContainers */.GG)(o.spec)
        .filter((c) => typeof c.name === 'string')
        .map((c) => [c.name, c]));
    const b = containers(before);
    const a = containers(after);
    for (const [name, now] of a) {
        const was = b.get(name);
        if (was)
            facts.push(...containerFacts(name, was, now));
        else
            facts.push(`container ${name} added (image ${objectFacts_text(now.image)})`);
    }
    for (const name of b.keys())
        if (!a.has(name))
            facts.push(`container ${name} removed`);
    const replicas = (o) => (isObj(o.spec) ? o.spec.replicas : undefined);
    if (replicas(before) !== replicas(after))
        facts.push(`replicas: ${(0,plainText/* plainText */.w)(replicas(before), 'default')} \u2192 ${(0,plainText/* plainText */.w)(replicas(after), 'default')}`);
    return facts;
}
const spec = (o) => (isObj(o.spec) ? o.spec : {});
function serviceFacts(before, after) {
    const type = (o) => spec(o).type ?? 'ClusterIP';
    return type(before) !== type(after) ? [`service type: ${objectFacts_text(type(before))} \u2192 ${objectFacts_text(type(after))}`] : [];
}
function ingressFacts(before, after) {
    const hosts = (o) => new Set((Array.isArray(spec(o).rules) ? spec(o).rules : [])
        .map((r) => (isObj(r) ? r.host : undefined))
        .filter((h) => typeof h === 'string'));
    const b = hosts(before);
    const a = hosts(after);
    const added = [...a].filter((h) => !b.has(h)).sort();
    const removed = [...b].filter((h) => !a.has(h)).sort();
    const parts = [
        added.length > 0 && `added ${added.join(', ')}`,
        removed.length > 0 && `removed ${removed.join(', ')}`,
    ].filter(Boolean);
    return parts.length > 0 ? [`ingress hosts: ${parts.join('; ')}`] : [];
}
/** `get, list pods, services (apps)`: one RBAC rule in a line. */
function ruleText(rule) {
    if (!isObj(rule))
        return objectFacts_text(rule);
    const list = (v) => (Array.isArray(v) ? v.map((x) => objectFacts_text(x)).join(', ') : '');
    const groups = Array.isArray(rule.apiGroups)
        ? rule.apiGroups.map((g) => (g === '' ? 'core' : objectFacts_text(g))).join(', ')
        : '';
    const what = list(rule.resources) || list(rule.nonResourceURLs);
    const names = list(rule.resourceNames);
    return `${list(rule.verbs)} ${what}${groups ? ` (${groups})` : ''}${names ? ` named ${names}` : ''}`;
}
function subjectText(subject) {
    if (!isObj(subject))
        return objectFacts_text(subject);
    const ns = typeof subject.namespace === 'string' ? `${subject.namespace}/` : '';
    return `${objectFacts_text(subject.kind)} ${ns}${objectFacts_text(subject.name)}`;
}
/** Entries of two lists, as lines, added and removed (an entry moved within the list is no change). */
function listFact(what, before, after, line) {
    const b = (Array.isArray(before) ? before : []).map(line);
    const a = (Array.isArray(after) ? after : []).map(line);
    const added = a.filter((x) => !b.includes(x));
    const removed = b.filter((x) => !a.includes(x));
    return [...added.map((x) => `${what} added: ${x}`), ...removed.map((x) => `${what} removed: ${x}`)];
}
function rbacFacts(before, after) {
    const facts = [
        ...listFact('RBAC rule', before.rules, after.rules, ruleText),
        ...listFact('subject', before.subjects, after.subjects, subjectText),
    ];
    if (!same(before.roleRef, after.roleRef))
        facts.push(`roleRef: ${subjectText(before.roleRef)} \u2192 ${subjectText(after.roleRef)}`);
    return facts;
}
function metadataFacts(before, after) {
    const meta = (o) => (isObj(o.metadata) ? o.metadata : {});
    return [
        ...mapFact('labels', meta(before).labels, meta(after).labels, true),
        ...mapFact('annotations', meta(before).annotations, meta(after).annotations),
    ];
}
const RBAC = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
/**
 * The facts a reviewer looks for first, one line each: images, pull policy, resources, env, ports, probes
 * and replicas of workloads; a Service's type; an Ingress's hosts; RBAC rules, subjects and role; labels
 * and annotations of any object. A Secret's data is never described.
 */
function objectFacts(before, after) {
    const kind = after.kind;
    return [
        ...workloadFacts(before, after),
        ...(kind === 'Service' ? serviceFacts(before, after) : []),
        ...(kind === 'Ingress' ? ingressFacts(before, after) : []),
        ...(typeof kind === 'string' && RBAC.has(kind) ? rbacFacts(before, after) : []),
        ...metadataFacts(before, after),
    ];
}

// EXTERNAL MODULE: ./src/core/diff/imageVersions.ts
var imageVersions = __webpack_require__(7547);
;// CONCATENATED MODULE: ./src/core/diff/clusterDiff.ts
// Base vs head of what each app deploys \u2192 the predicted cluster diff: objects created, changed and
// deleted per app, what Argo CD will do about each (from the app's sync policy), and app-level events.










/** What Argo CD will do about a change, from the app's sync policy and the object's sync options. */
function consequence(change, app, obj) {
    const policy = app?.syncPolicy;
    if (!policy)
        return change === 'deleted' ? 'no longer in the manifests' : 'in the manifests';
    const options = syncOptionsOf(obj, policy.options);
    if (change === 'deleted') {
        if (keptOnDelete(obj))
            return 'will be left running (helm.sh/resource-policy: keep)';
        if (options.has('Prune=false'))
            return 'will be left running (Prune=false); the app shows OutOfSync';
        const last = options.has('PruneLast=true')
            ? ', last, after every other object is synced (PruneLast=true)'
            : '';
        if (!policy.automated)
            return `deleted when someone syncs with prune${last}`;
        return policy.prune
            ? `will be deleted${last}`
            : 'will be left running (automated sync without prune); the app shows OutOfSync';
    }
    const how = applyOptionNote(options, change);
    const when = !policy.automated
        ? 'applies when someone syncs'
        : policy.selfHeal
            ? 'applied automatically; self-heal reverts manual changes'
            : 'applied automatically';
    return how ? `${when}; ${how}` : when;
}
/**
 * CreateNamespace=true: Argo CD creates the destination namespace before syncing when it is missing \u2014 shown
 * as a created Namespace when the app is new, moves to another namespace, or gains the option, and its
 * manifests do not hold that Namespace themselves.
 */
function createdNamespace(before, after, head) {
    const ns = after?.destination.namespace;
    if (!after || !ns || !after.syncPolicy.options.includes('CreateNamespace=true'))
        return [];
    const had = before?.syncPolicy.options.includes('CreateNamespace=true') && before.destination.namespace === ns;
    if (had || head.some((o) => o.obj.kind === 'Namespace' && (o.obj.metadata ?? {}).name === ns))
        return [];
    return [
        {
            change: 'created',
            object: `Namespace/${ns}`,
            summary: [],
            consequence: `created by Argo CD before the sync if it does not exist yet (CreateNamespace=true)`,
            after: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
        },
    ];
}
/** The canonical YAML of a change's two sides ('' for an absent one), printed once per change. */
const printed = new WeakMap();
function changeTexts(change) {
    let texts = printed.get(change);
    if (!texts) {
        texts = {
            before: change.before ? canonicalYaml(change.before) : '',
            after: change.after ? canonicalYaml(change.after) : '',
        };
        printed.set(change, texts);
    }
    return texts;
}
/** Unified diff hunks of a change, with `context` lines around each. */
function objectDiff(change, context) {
    const { before, after } = changeTexts(change);
    return hunks(before, after, context);
}
function hunks(before, after, context) {
    const patch = (0,create/* structuredPatch */.YB)('base', 'head', before, after, '', '', { context });
    return patch.hunks
        .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
        .join('\n');
}
/** The synced set (hooks and `Skip` objects taken out) and the hooks, as Argo CD splits an app's objects. */
function splitHooks(objects) {
    const synced = [];
    const hooks = [];
    for (const o of objects) {
        const hook = hookOf(o.obj);
        if (hook === undefined)
            synced.push(o);
        else if (hook !== 'skip')
            hooks.push({ ...o, hook });
    }
    return { synced, hooks };
}
/** What running a hook means, for its diff block. */
function hookConsequence(hook, removed) {
    if (removed)
        return 'a hook no longer run on sync';
    const phases = hook.phases.length > 0 ? hook.phases.join(', ') : 'no phase (never runs)';
    return `a hook (${phases}, wave ${hook.wave}): runs on every sync, never part of the synced set`;
}
/**
 * The hooks in the order Argo CD runs them (phase, wave, name): the head's, each marked new, changed or
 * unchanged, then the base's that the head no longer has. A new, changed or removed hook carries its
 * full diff: what it runs is shown, never only its name.
 */
function hookRuns(base, head) {
    const before = new Map(splitHooks(base).hooks.map((h) => [(0,rules/* objectKey */.T5)(h.obj), h]));
    const phaseRank = (h) => Math.min(...h.phases.map((p) => PHASE_ORDER.indexOf(p)).filter((i) => i >= 0), 99);
    const seen = new Set();
    const diffOf = (was, now, hook) => {
        const headObj = now && comparable(now.obj, []);
        const baseObj = was && comparable(was.obj, []);
        if (headObj && baseObj && sameData(headObj, baseObj))
            return undefined;
        if (headObj)
            maskSecret(headObj, baseObj);
        if (baseObj)
            maskSecret(baseObj);
        const change = !baseObj ? 'created' : !headObj ? 'deleted' : 'changed';
        const where = (now ?? was);
        const diff = {
            change,
            object: (0,render_objects/* objectName */.Hd)(where.obj),
            summary: was && now ? objectFacts(was.obj, now.obj) : [],
            consequence: hookConsequence(hook, !now),
            ...(baseObj && { before: baseObj }),
            ...(headObj && { after: headObj }),
            file: where.file,
            line: where.line,
        };
        return diff;
    };
    const runs = splitHooks(head).hooks.map((h) => {
        const key = (0,rules/* objectKey */.T5)(h.obj);
        seen.add(key);
        const was = before.get(key);
        const diff = diffOf(was, h, h.hook);
        const change = was === undefined ? 'new' : diff ? 'changed' : 'unchanged';
        return {
            ...h.hook,
            object: (0,render_objects/* objectName */.Hd)(h.obj),
            change,
            file: h.file,
            line: h.line,
            ...(diff && { diff }),
        };
    });
    for (const [key, was] of before) {
        if (seen.has(key))
            continue;
        const diff = diffOf(was, undefined, was.hook);
        runs.push({
            ...was.hook,
            object: (0,render_objects/* objectName */.Hd)(was.obj),
            change: 'removed',
            file: was.file,
            line: was.line,
            diff,
        });
    }
    return runs.sort((x, y) => phaseRank(x) - phaseRank(y) || x.wave - y.wave || x.object.localeCompare(y.object));
}
/**
 * The ignoreDifferences rules both sides are compared under: the app's, when base and head have the same
 * rules; none when the rules change, so a rule a pull request adds never hides what the same pull request
 * changes (the affected objects are shown in full).
 */
function sharedIgnoreRules(before, after) {
    const rules = (after?.ignoreDifferences ?? []);
    if (rules.length === 0)
        return [];
    return JSON.stringify(before?.ignoreDifferences ?? []) === JSON.stringify(rules) ? rules : [];
}
/**
 * An object's identity among an app's objects, as Argo CD's NormalizeTargetObjects keys them: an object
 * with generateName and no name is told apart by its place (two such objects are two objects); objects
 * with one identity are one, the last kept.
 */
function targetKey(obj, index) {
    const metadata = (obj.metadata ?? {});
    const unnamed = typeof metadata.name !== 'string' || metadata.name === '';
    const generated = typeof metadata.generateName === 'string' && metadata.generateName !== '';
    return unnamed && generated
        ? `${(0,rules/* objectKey */.T5)(obj)}|${metadata.generateName}${index}`
        : (0,rules/* objectKey */.T5)(obj);
}
function diffObjects(allBase, allHead, app, ignore = []) {
    const base = splitHooks(allBase).synced;
    const head = splitHooks(allHead).synced;
    const before = new Map(base.map((o, i) => [targetKey(o.obj, i), o]));
    const after = new Map(head.map((o, i) => [targetKey(o.obj, i), o]));
    const changes = [];
    for (const [key, now] of after) {
        const was = before.get(key);
        // a created object is applied whole: ignore rules hide differences, never what is created
        const headObj = comparable(now.obj, was ? ignore : []);
        const baseObj = was ? comparable(was.obj, ignore) : undefined;
        // compare before masking: a Secret whose only change is a value still shows as changed
        if (baseObj && sameData(headObj, baseObj))
            continue;
        maskSecret(headObj, baseObj);
        if (baseObj)
            maskSecret(baseObj);
        const change = baseObj ? 'changed' : 'created';
        changes.push({
            change,
            object: (0,render_objects/* objectName */.Hd)(now.obj),
            summary: was ? objectFacts(was.obj, now.obj) : [],
            consequence: consequence(change, app, now.obj),
            ...(baseObj && { before: baseObj }),
            after: headObj,
            file: now.file,
            line: now.line,
        });
    }
    for (const [key, was] of before) {
        if (after.has(key))
            continue;
        const baseObj = comparable(was.obj, []);
        maskSecret(baseObj);
        changes.push({
            change: 'deleted',
            object: (0,render_objects/* objectName */.Hd)(was.obj),
            summary: [],
            consequence: consequence('deleted', app, was.obj),
            before: baseObj,
            file: was.file,
            line: was.line,
        });
    }
    const order = { deleted: 0, created: 1, changed: 2 };
    return changes.sort((x, y) => order[x.change] - order[y.change] || x.object.localeCompare(y.object));
}
function orderOf(objects) {
    const order = applyOrder(objects.map((o) => o.obj));
    return order ? { applyOrder: order } : {};
}
/** An app's settings as a diff keeps them: its definition (Helm values and all) is compared, never carried. */
function withoutDefinition(app) {
    const rest = { ...app };
    delete rest.definition;
    return rest;
}
function appName(unit) {
    if (!unit.app)
        return unit.id.replace(/^path:/, '');
    return unit.app.namespace ? `${unit.app.namespace}/${unit.app.name}` : unit.app.name;
}
const sameOutput = (a, b) => a.length === b.length &&
    JSON.stringify(a.map((o) => sameKey(comparable(o.obj, []))).sort()) ===
        JSON.stringify(b.map((o) => sameKey(comparable(o.obj, []))).sort());
/**
 * An app whose head (or base) was not rendered: never compared, so a failed render is never "N objects
 * will be deleted" and a base that could not be rendered never makes everything "created".
 */
function unrenderedApp(side, was) {
    const headState = side.state ?? 'rendered';
    const baseState = was?.state ?? 'rendered';
    if (headState === 'rendered' && baseState === 'rendered')
        return undefined;
    const isNew = was === undefined ? 'new app; ' : '';
    const note = headState === 'failed'
        ? `${isNew}Argo CD would report a ComparisonError for this app (${side.reason ?? 'render failed'}); nothing it deploys is compared, and nothing is shown as deleted`
        : headState === 'not-previewed'
            ? `${isNew}not previewed: ${side.reason ?? 'Slipway does not render what this app needs'}`
            : `the base could not be rendered (${was?.reason ?? baseState}), so nothing is compared; at the head it deploys ${side.objects.length} object(s)`;
    const app = side.unit.app;
    return {
        id: side.unit.id,
        name: appName(side.unit),
        status: headState === 'failed' || (headState === 'rendered' && baseState === 'failed')
            ? 'render-failed'
            : 'not-previewed',
        ...(app && { app: withoutDefinition(app) }),
        file: side.unit.file,
        ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
        line: side.unit.line,
        note,
        changes: [],
        settingChanges: was ? appSettingChanges(was.unit.app, app) : [],
        hooks: [],
        findings: side.findings,
    };
}
function syncPolicyText(app) {
    const p = app.syncPolicy;
    const mode = p.automated ? ['automated', p.prune && 'prune', p.selfHeal && 'self-heal'] : ['manual'];
    return [...mode, ...p.options].filter(Boolean).join(', ');
}
/** What an Application's own settings change: where it deploys, from where, under which project and policy. */
function appSettingChanges(before, after) {
    if (!before || !after)
        return [];
    const out = [];
    const dest = (a) => [a.destination.server ?? a.destination.name ?? '', a.destination.namespace ?? ''].join(' / ');
    const compare = (what, x, y) => {
        if (x !== y)
            out.push(`${what}: ${x || '(none)'} \u2192 ${y || '(none)'}`);
    };
    compare('destination', dest(before), dest(after));
    compare('project', before.project ?? 'default', after.project ?? 'default');
    compare('sources', before.origins.join('; '), after.origins.join('; '));
    compare('sync policy', syncPolicyText(before), syncPolicyText(after));
    if (before.cascadeDelete !== after.cascadeDelete)
        out.push(`resources finalizer ${after.cascadeDelete ? 'added' : 'removed'}`);
    // every other field: only the image versions of its overrides may change unseen here (the render shows them)
    const was = before.definition &&
        (0,imageVersions/* versionless */.kU)({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...before.definition }).rest;
    const now = after.definition &&
        (0,imageVersions/* versionless */.kU)({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...after.definition }).rest;
    const found = (0,imageVersions/* differences */.tX)(was, now);
    if (found.paths.length > 0)
        out.push(`definition: ${(0,imageVersions/* describeDifferences */.g7)(found)} changed`);
    return out;
}
/** The same Application at both sides, wherever it is defined. */
const sameUnit = (a, b) => a === b || JSON.stringify({ ...a, file: '', line: 0 }) === JSON.stringify({ ...b, file: '', line: 0 });
function diffPair(was, side) {
    const revision = (0,trackedRevision/* otherRevisionOf */.xU)(side.unit);
    if (revision !== undefined && sameUnit(was.unit, side.unit)) {
        const { file, line } = side.unit;
        const name = appName(side.unit);
        return {
            quiet: true,
            otherRevision: { name, file, line, revision },
            app: {
                id: side.unit.id,
                name,
                status: 'unchanged',
                file,
                line,
                changes: [],
                settingChanges: [],
                hooks: [],
                findings: [],
            },
        };
    }
    const unrendered = unrenderedApp(side, was);
    if (unrendered)
        return { app: unrendered, quiet: false };
    const app = side.unit.app;
    const changes = [
        ...createdNamespace(was.unit.app, app, side.objects),
        ...diffObjects(was.objects, side.objects, app, sharedIgnoreRules(was.unit.app, app)),
    ];
    const settingChanges = appSettingChanges(was.unit.app, app);
    const hooks = hookRuns(was.objects, side.objects);
    const hooksChanged = hooks.some((h) => h.change !== 'unchanged');
    const quiet = changes.length === 0 && settingChanges.length === 0 && !hooksChanged;
    // applicationsSync create-only / create-delete: Argo CD does not update a generated Application
    const policy = app?.generatedBy;
    const note = !quiet && policy && !(0,applicationSets/* allowsUpdate */.Gz)(policy)
        ? `not updated (applicationsSync: ${policy.applicationsSync}): Argo CD leaves the Application as ApplicationSet ${policy.appSet} first generated it, so these changes reach the cluster only if it is updated some other way`
        : undefined;
    return {
        quiet,
        app: {
            id: side.unit.id,
            name: appName(side.unit),
            status: quiet ? 'unchanged' : 'changed',
            ...(app && { app: withoutDefinition(app) }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            ...(note && { note }),
            changes,
            settingChanges,
            hooks,
            ...(changes.length > 0 || hooksChanged ? orderOf(side.objects) : {}),
            findings: side.findings,
        },
    };
}
/**
 * The predicted cluster diff of the units that were rendered at base and/or head; `settled` are apps
 * already compared with diffPair (their renders let go).
 */
function diffUnits(base, head, unchangedApps, notPreviewed = [], settled = [], 
/** The head's ApplicationSet policies by name (a removed app follows its set's policy at head). */
policies = new Map(), otherRevisions = []) {
    const others = [...otherRevisions];
    const byIdBase = new Map(base.map((s) => [s.unit.id, s]));
    const byIdHead = new Map(head.map((s) => [s.unit.id, s]));
    const removed = base.filter((s) => !byIdHead.has(s.unit.id));
    const apps = [];
    let unchanged = unchangedApps;
    const settle = ({ app, quiet, otherRevision }) => {
        if (otherRevision)
            others.push(otherRevision);
        else if (quiet && app.findings.length === 0)
            unchanged++;
        else
            apps.push(app);
    };
    settled.forEach(settle);
    for (const side of head) {
        const was = byIdBase.get(side.unit.id);
        if (was) {
            settle(diffPair(was, side));
            continue;
        }
        const app = side.unit.app;
        const unrendered = unrenderedApp(side, was);
        if (unrendered) {
            apps.push(unrendered);
            continue;
        }
        const renamed = removed.find((r) => (r.state ?? 'rendered') === 'rendered' && sameOutput(r.objects, side.objects));
        if (renamed)
            removed.splice(removed.indexOf(renamed), 1);
        apps.push({
            id: side.unit.id,
            name: appName(side.unit),
            status: renamed ? 'renamed' : 'new',
            ...(renamed && { renamedFrom: appName(renamed.unit) }),
            ...(app && { app: withoutDefinition(app) }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            ...(!renamed && {
                note: `new app: ${side.objects.length} object(s) ${app?.syncPolicy.automated ? 'created automatically' : 'created when someone syncs'}`,
            }),
            changes: renamed
                ? []
                : [...createdNamespace(undefined, app, side.objects), ...diffObjects([], side.objects, app)],
            settingChanges: [],
            hooks: hookRuns([], side.objects),
            ...orderOf(side.objects),
            findings: side.findings,
        });
    }
    for (const side of removed) {
        const app = side.unit.app;
        const byName = new Map(side.objects.map((o) => [(0,render_objects/* objectName */.Hd)(o.obj), o.obj]));
        const count = side.objects.length;
        const rendered = (side.state ?? 'rendered') === 'rendered';
        const policy = app?.generatedBy && (policies.get(app.generatedBy.appSet) ?? app.generatedBy);
        // its ApplicationSet fails at the head: Argo CD then creates, updates and deletes none of its apps
        const setFails = policy &&
            notPreviewed.some((n) => n.name === policy.appSet && n.file === side.unit.file && n.reason.startsWith('ApplicationSet:'));
        if (setFails) {
            apps.push({
                id: side.unit.id,
                name: appName(side.unit),
                status: 'not-previewed',
                ...(app && { app: withoutDefinition(app) }),
                file: side.unit.file,
                ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
                line: side.unit.line,
                note: `not previewed: ApplicationSet ${policy.appSet} fails at the head, and while it fails Argo CD creates, updates and deletes none of its Applications`,
                changes: [],
                settingChanges: [],
                hooks: [],
                findings: [],
            });
            continue;
        }
        if (policy && !(0,applicationSets/* allowsDelete */.M3)(policy)) {
            // applicationsSync create-only / create-update: the Application stays, and so does what it deploys
            apps.push({
                id: side.unit.id,
                name: appName(side.unit),
                status: 'removed',
                ...(app && { app: withoutDefinition(app) }),
                file: side.unit.file,
                ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
                line: side.unit.line,
                note: `no longer generated by ApplicationSet ${policy.appSet}, but not deleted (applicationsSync: ${policy.applicationsSync}): the Application and its ${rendered ? `${count} ` : ''}object(s) stay as they are`,
                changes: [],
                settingChanges: [],
                hooks: [],
                findings: [],
            });
            continue;
        }
        const from = policy ? ` from ApplicationSet ${policy.appSet}` : '';
        const note = !rendered
            ? `app removed${from}; its base could not be rendered (${side.reason ?? side.state}), so what it leaves running or deletes is unknown`
            : app?.cascadeDelete
                ? policy
                    ? `app removed${from}: deleted with its ${count} object(s) (resources finalizer)`
                    : `app removed: Argo CD deletes its ${count} object(s) (resources finalizer)`
                : policy?.preserveResourcesOnDeletion
                    ? `app removed${from}: the Application is deleted, its ${count} object(s) left running (preserveResourcesOnDeletion), no longer managed`
                    : `app removed without the resources finalizer: its ${count} object(s) are left running, orphaned`;
        apps.push({
            id: side.unit.id,
            name: appName(side.unit),
            status: 'removed',
            ...(app && { app: withoutDefinition(app) }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            note,
            changes: (rendered ? diffObjects(side.objects, [], undefined) : []).map((c) => {
                const obj = byName.get(c.object) ?? {};
                const kept = syncOptionsOf(obj, app?.syncPolicy.options).has('Delete=false');
                return {
                    ...c,
                    consequence: !app?.cascadeDelete
                        ? 'left running, no longer managed'
                        : kept
                            ? 'left running when the app is deleted (Delete=false)'
                            : 'will be deleted with the app',
                };
            }),
            settingChanges: [],
            hooks: [],
            findings: [],
        });
    }
    return finishDiff(apps, unchanged, notPreviewed, others);
}
/** The diff of these apps: sorted, with totals and images worked out (also for merging shards). */
function finishDiff(apps, unchanged, notPreviewed, otherRevisions = []) {
    const totals = { created: 0, changed: 0, deleted: 0 };
    const images = new Set();
    for (const app of apps) {
        for (const change of app.changes) {
            totals[change.change]++;
            for (const line of change.summary)
                if (line.startsWith('image '))
                    images.add(line.replace(/^image [^:]+: /, ''));
        }
    }
    return {
        apps: apps.sort((a, b) => a.name.localeCompare(b.name)),
        unchangedApps: unchanged,
        totals,
        images: [...images].sort(),
        notPreviewed: uniqueNotPreviewed(notPreviewed),
        ...(otherRevisions.length > 0 && { otherRevisions: uniqueOtherRevisions(otherRevisions) }),
    };
}
/** Each app once (base and head, and every shard, list the same ones), sorted by name. */
function uniqueOtherRevisions(list) {
    const seen = new Map();
    for (const entry of list)
        seen.set(`${entry.name}\0${entry.file}\0${entry.revision}`, entry);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.file.localeCompare(b.file));
}
function uniqueNotPreviewed(list) {
    const seen = new Map();
    for (const entry of list)
        seen.set(`${entry.name}\0${entry.reason}`, entry);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.reason.localeCompare(b.reason));
}


/***/ }),

/***/ 7547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ describeDifferences),
/* harmony export */   kU: () => (/* binding */ versionless),
/* harmony export */   tX: () => (/* binding */ differences)
/* harmony export */ });
/* unused harmony export VERSION_MARKER */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _image_imageRef_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9599);
/* harmony import */ var _workload_podContainers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7114);
// What an image bump may change, taken out of an object so that what remains shows every other change:
// the version (tag, digest) of a container image, and of the image overrides of an Argo CD Application
// or ApplicationSet template (kustomize `images`, Helm `*.tag`/`*.digest` parameters, the `tag`/`digest`
// beside a `repository` in Helm values). The repository of each image stays, so moving an image to another
// registry or path is a change like any other.



/** Stands for an image's version in a versionless copy. */
const VERSION_MARKER = '<version>';
const asObj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** The repository of a reference (`ghcr.io/acme/web`) with a version marker, or the text itself when it is not one. */
function repositoryOf(ref) {
    const parsed = (0,_image_imageRef_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseImageRef */ .ZJ)(ref);
    return parsed ? `${parsed.canonical}:${VERSION_MARKER}` : ref;
}
/** A kustomize `images` entry without its version: `newTag` and `digest` out, a string entry's tag out. */
function versionlessKustomizeImage(entry) {
    if (typeof entry === 'string') {
        const eq = entry.indexOf('=');
        return eq === -1 ? repositoryOf(entry) : `${entry.slice(0, eq)}=${repositoryOf(entry.slice(eq + 1))}`;
    }
    const map = asObj(entry);
    if (!map)
        return entry;
    const rest = { ...map };
    delete rest.newTag;
    delete rest.digest;
    return rest;
}
/** Helm values without image versions: `tag`/`digest` beside `repository`, and `image: repo:tag` strings. */
function versionlessValues(value) {
    if (Array.isArray(value))
        return value.map(versionlessValues);
    const map = asObj(value);
    if (!map)
        return value;
    const out = {};
    const holdsImage = typeof map.repository === 'string';
    for (const [key, v] of Object.entries(map)) {
        if (holdsImage && (key === 'tag' || key === 'digest') && (v === null || typeof v !== 'object'))
            out[key] = VERSION_MARKER;
        else if (key === 'image' && typeof v === 'string')
            out[key] = repositoryOf(v);
        else
            out[key] = versionlessValues(v);
    }
    return out;
}
const VERSION_PARAMETER = /(?:^|\.)(?:tag|digest)$/;
/** An Application source without the image versions a bump writes into it. */
function versionlessSource(source) {
    const src = asObj(source);
    if (!src)
        return source;
    const out = { ...src };
    const kustomize = asObj(src.kustomize);
    if (kustomize && Array.isArray(kustomize.images))
        out.kustomize = { ...kustomize, images: kustomize.images.map(versionlessKustomizeImage) };
    const helm = asObj(src.helm);
    if (helm) {
        const h = { ...helm };
        if (Array.isArray(helm.parameters))
            h.parameters = helm.parameters.map((p) => {
                const param = asObj(p);
                return param && typeof param.name === 'string' && VERSION_PARAMETER.test(param.name)
                    ? { ...param, value: VERSION_MARKER }
                    : p;
            });
        if (typeof helm.values === 'string') {
            try {
                h.values = versionlessValues((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(helm.values, { maxAliasCount: 100 }));
            }
            catch {
                // not YAML: compared as written
            }
        }
        if (helm.valuesObject !== undefined)
            h.valuesObject = versionlessValues(helm.valuesObject);
        out.helm = h;
    }
    return out;
}
/** An Application spec (or an ApplicationSet's template spec) without the image versions of its sources. */
function versionlessSpec(spec) {
    const s = asObj(spec);
    if (!s)
        return spec;
    return {
        ...s,
        ...(s.source !== undefined && { source: versionlessSource(s.source) }),
        ...(Array.isArray(s.sources) && { sources: s.sources.map(versionlessSource) }),
    };
}
const isArgo = (obj, kind) => obj.kind === kind && typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('argoproj.io/');
/**
 * A copy of an object without what an image bump may change, and the workload images it held (in order,
 * with where each is). Applications and ApplicationSets lose the versions of their image overrides; any
 * other object the versions of its containers' images.
 */
function versionless(obj) {
    const images = [];
    if (isArgo(obj, 'Application'))
        return { rest: { ...obj, spec: versionlessSpec(obj.spec) }, images };
    if (isArgo(obj, 'ApplicationSet')) {
        const spec = asObj(obj.spec);
        const template = asObj(spec?.template);
        if (!spec || !template)
            return { rest: obj, images };
        return {
            rest: { ...obj, spec: { ...spec, template: { ...template, spec: versionlessSpec(template.spec) } } },
            images,
        };
    }
    const walk = (value, path, key) => {
        if (Array.isArray(value))
            return value.map((v, i) => walk(v, `${path}[${i}]`, key));
        const map = asObj(value);
        if (!map)
            return value;
        const out = {};
        for (const [k, v] of Object.entries(map)) {
            if (k === 'image' && typeof v === 'string' && (0,_workload_podContainers_js__WEBPACK_IMPORTED_MODULE_2__/* .isContainerList */ .yC)(key)) {
                images.push({ image: v, at: path });
                out[k] = VERSION_MARKER;
            }
            else
                out[k] = walk(v, path ? `${path}.${k}` : k, k);
        }
        return out;
    };
    return { rest: walk(obj, ''), images };
}
/**
 * The paths where two values differ (`spec.replicas`, `metadata.annotations.x`, `spec.sources[1]`), at most
 * `limit` of them and how many more there are.
 */
function differences(a, b, limit = 5) {
    const paths = [];
    let more = 0;
    const visit = (x, y, path) => {
        if (x === y || JSON.stringify(x) === JSON.stringify(y))
            return;
        const mx = asObj(x);
        const my = asObj(y);
        if (mx && my) {
            for (const key of [...new Set([...Object.keys(mx), ...Object.keys(my)])].sort())
                visit(mx[key], my[key], path ? `${path}.${key}` : key);
            return;
        }
        if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
            x.forEach((item, i) => visit(item, y[i], `${path}[${i}]`));
            return;
        }
        if (paths.length < limit)
            paths.push(path || '(the whole object)');
        else
            more++;
    };
    visit(a, b, '');
    return { paths, more };
}
/** `a, b and 3 more`: a differences() answer in words. */
function describeDifferences(found) {
    return `${found.paths.join(', ')}${found.more > 0 ? ` and ${found.more} more` : ''}`;
}


/***/ }),

/***/ 5713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dX: () => (/* binding */ diffJsonText),
  xb: () => (/* binding */ diffMarkdown),
  NI: () => (/* binding */ diffText)
});

// UNUSED EXPORTS: COMMENT_LIMIT, argocdAppUrl, changingApps, commentMarker, diffJson, unpreviewedApps

// EXTERNAL MODULE: ./src/core/diff/clusterDiff.ts + 4 modules
var clusterDiff = __webpack_require__(5338);
// EXTERNAL MODULE: ./src/core/regExpText.ts
var regExpText = __webpack_require__(7613);
;// CONCATENATED MODULE: ./src/core/report/changeGroups.ts

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
    return new RegExp(`(?<!${inValue})(?:${unique.map(regExpText/* escapeRegExp */.N).join('|')})(?!${inValue})`, 'g');
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

// EXTERNAL MODULE: ./src/core/report/markdownText.ts
var markdownText = __webpack_require__(8854);
;// CONCATENATED MODULE: ./src/core/report/diffReport.ts
// The predicted cluster diff as the sticky PR comment (markdown within GitHub's size limit), as terminal
// text, and as JSON.



/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
const COMMENT_LIMIT = 65_536;
const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;
/** An app's page in the Argo CD UI: `/applications/<app namespace>/<name>`. */
function argocdAppUrl(base, app) {
    const namespace = app.app?.namespace ?? 'argocd';
    return `${base.replace(/\/+$/, '')}/applications/${(0,markdownText/* urlPath */.Lx)(namespace)}/${(0,markdownText/* urlPath */.Lx)(app.app?.name ?? app.name)}`;
}
function eligibilitySection(options) {
    const e = options.eligibility;
    if (!e)
        return [];
    if (e.eligible)
        return ['**Auto-merge:** eligible \u2705 \u2014 only image updates within each environment\u2019s level.', ''];
    return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${(0,markdownText/* mdText */.bC)(r)}`), ''];
}
const SIGN = { created: '+', changed: '~', deleted: '\u2212' };
function commentMarker(id) {
    return `<!-- slipway:check:${id} -->`;
}
function counts(app) {
    const n = (c) => app.changes.filter((x) => x.change === c).length;
    return `+${n('created')} ~${n('changed')} \u2212${n('deleted')}`;
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
function validation(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (errors > 0)
        return `\u274c ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
    return warnings > 0 ? `\u26a0\ufe0f ${warnings} warning(s)` : '\u2705';
}
/** Repository text in a table cell or a line of prose (markdownText.ts). */
const cell = markdownText/* mdText */.bC;
const fence = markdownText/* mdFence */.F;
const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);
/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
function changingApps(diff) {
    return diff.apps.filter((a) => !UNPREVIEWED.has(a.status) &&
        (a.changes.length > 0 ||
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
        ? ` \u00b7 images: ${shown.map((i) => (0,markdownText/* mdCode */.xs)(i)).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
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
    const facts = headlineFacts(diff);
    if (facts.length === 0)
        return undefined;
    const shown = facts.slice(0, 3).map((f) => fact(f.fact, inApps(f.apps)));
    const more = facts.length - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
function whatChanges(diff) {
    const line = factsLine(diff, (text, where) => `${(0,markdownText/* mdCode */.xs)(text)} ${cell(where)}`);
    return line === undefined ? [] : [`**What changes:** ${line}`, ''];
}
function tableRows(diff, options) {
    return diff.apps.map((app) => {
        const name = options.fileUrl
            ? `[${cell(app.name)}](${(0,markdownText/* mdUrl */.T3)(options.fileUrl(app.file, app.line))})`
            : cell(app.name);
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
        const ui = options.argocdUrl ? ` \u00b7 [Argo CD](${(0,markdownText/* mdUrl */.T3)(argocdAppUrl(options.argocdUrl, app))})` : '';
        return `| ${name}${status}${ui} | ${cell(destination(app))} | ${syncPolicy(app)} | ${counts(app)} | ${validation(app.findings)} |`;
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
function changeBlock(change, diffText, body) {
    const lines = [`**${SIGN[change.change]} ${cell(change.object)}** \u2014 ${cell(change.consequence)}`];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (body === 'full')
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
        `**${SIGN[change.change]} ${cell(group.kind)} ${(0,markdownText/* mdCode */.xs)(group.name)}** \u2014 in ${names.length} apps \u2014 ${cell(change.consequence)}`,
    ];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (!named)
        lines.push(`- the apps are among those named above`);
    else if (names.length > OPEN_LIST)
        lines.push('', `<details><summary>the ${names.length} apps: ${raw.slice(0, 3).map(markdownText/* htmlText */.js).join(', ')}, \u2026</summary>`, '', names.join(', '), '', '</details>', '');
    else
        lines.push(`- apps: ${names.join(', ')}`);
    if (body === 'full')
        lines.push(`_the diff in ${names[0]}:_`, fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** Whether an app has anything to show beyond changes shown in a group. */
function hasDetails(app, grouping) {
    return (app.note !== undefined ||
        app.settingChanges.length > 0 ||
        app.hooks.length > 0 ||
        app.applyOrder !== undefined ||
        app.findings.some((f) => f.severity !== 'notice') ||
        app.changes.some((c) => !grouping.groupOf.has(c)));
}
/** An app's details with each change's block already chosen: the head and the tail around them. */
function appDetails(app, blocks, grouped) {
    const parts = [`<details><summary><b>${(0,markdownText/* htmlText */.js)(app.name)}</b> ${counts(app)}</summary>`, ''];
    if (grouped > 0)
        parts.push(`_${grouped} change(s) shown above with the other apps they are made in._`, '');
    if (app.note)
        parts.push(`> ${cell(app.note)}`, '');
    for (const setting of app.settingChanges)
        parts.push(`- Application ${cell(setting)}`);
    if (app.settingChanges.length > 0)
        parts.push('');
    if (app.hooks.length > 0)
        parts.push('**Runs on sync** (hooks: not part of the synced set, never pruned)', ...app.hooks.map((h) => hookLine(h, cell)), '');
    if (app.applyOrder)
        parts.push('**Sync order** (phase, wave, then kind)', ...app.applyOrder.map((l) => `1. ${cell(l)}`), '');
    const findings = app.findings.filter((f) => f.severity !== 'notice');
    if (findings.length > 0) {
        parts.push(...findings.map((f) => `- ${f.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} ${(0,markdownText/* mdCode */.xs)(`${f.file ?? ''}:${f.line ?? 1}`)} ${cell(f.message)}${f.object ? ` (${cell(f.object)})` : ''}`), '');
    }
    for (const block of blocks)
        parts.push(block, '');
    parts.push('</details>');
    return parts.join('\n');
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
function notPreviewedSection(diff, limit = Infinity) {
    if (diff.notPreviewed.length === 0)
        return [];
    const shown = diff.notPreviewed.slice(0, limit);
    const more = diff.notPreviewed.length - shown.length;
    return [
        `**Not previewed** (${diff.notPreviewed.length}):`,
        ...shown.map((n) => `- ${cell(n.name)} \u2014 ${cell(n.reason)} (${(0,markdownText/* mdCode */.xs)(`${n.file}:${n.line}`)})`),
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
        ...shown.map((n) => `- ${cell(n.name)} \u2014 tracks ${(0,markdownText/* mdCode */.xs)(n.revision)} (${(0,markdownText/* mdCode */.xs)(`${n.file}:${n.line}`)})`),
        ...(more > 0 ? [`- \u2026 and ${more} more`] : []),
        '',
        '</details>',
        '',
    ];
}
function diffCache() {
    const cache = new Map();
    return (change, context) => {
        const byChange = cache.get(context) ?? new Map();
        cache.set(context, byChange);
        let text = byChange.get(change);
        if (text === undefined)
            byChange.set(change, (text = (0,clusterDiff/* objectDiff */.J)(change, context)));
        return text;
    };
}
function assemble(diff, options, layout, rows, diffOf) {
    const notes = layout.notes;
    const { grouping } = layout;
    const bodyOf = (c) => (layout.omitted.has(c) ? 'omitted' : 'full');
    const blocksOf = (app) => shownChanges(app)
        .filter((c) => !grouping.groupOf.has(c))
        .map((c) => changeBlock(c, diffOf(c, layout.context), bodyOf(c)));
    const groups = grouping.groups.map((g) => groupBlock(g, diffOf(g.shown.change, layout.context), bodyOf(g.shown.change), layout.groupNames));
    const details = layout.details
        ? diff.apps
            .filter((app) => hasDetails(app, grouping))
            .map((app) => `${appDetails(app, blocksOf(app), app.changes.filter((c) => grouping.groupOf.has(c)).length)}\n`)
        : [];
    return [
        commentMarker(options.commentId),
        '### Slipway: predicted cluster diff',
        '',
        header(diff, layout.images),
        '',
        ...layout.whatChanges,
        table(rows.slice(0, layout.rows), rows.length, diff.apps.slice(layout.rows, layout.rows + layout.names).map((a) => a.name)),
        '',
        ...eligibilitySection(options),
        ...notPreviewedSection(diff, layout.notPreviewed),
        ...otherRevisionsSection(diff, layout.otherRevisions),
        ...(groups.length > 0
            ? ['#### Changes made in several apps', '', ...groups.flatMap((g) => [g, ''])]
            : []),
        ...details,
        ...(notes.length > 0
            ? ['', `> \u2702\ufe0f ${notes.join(' ')}${options.fullReport ? ` The full report: ${options.fullReport}.` : ''}`]
            : []),
        ...(options.footer ? ['', `<sub>${options.footer}</sub>`] : []),
    ].join('\n');
}
/** A change's added and removed lines: what groups changes across apps. */
const changedLines = (diffOf) => (change) => diffOf(change, 0)
    .split('\n')
    .filter((l) => !l.startsWith('@@'))
    .join('\n');
/**
 * The comment, never over its budget: a change made the same way in several apps is shown once; then
 * less context, then the largest diff bodies left out, then the per-app details, then the rows of the
 * table become a list of names, and the image and not-previewed lists are shortened; the comment says
 * what was cut. Each step is sized from lengths worked out once, so the cost is linear in the size of the
 * diff.
 */
function diffMarkdown(diff, options) {
    const BUDGET = options.budget ?? DEFAULT_BUDGET;
    const rows = tableRows(diff, options);
    const diffOf = diffCache();
    const grouping = groupChanges(diff, changedLines(diffOf));
    const everything = {
        grouping,
        whatChanges: whatChanges(diff),
        rows: rows.length,
        names: 0,
        images: diff.images.length,
        notPreviewed: diff.notPreviewed.length,
        otherRevisions: diff.otherRevisions?.length ?? 0,
        groupNames: true,
    };
    let text = assemble(diff, options, { context: options.context ?? 3, omitted: new Set(), details: true, notes: [], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noContext = 'Diffs show no context lines to fit the comment.';
    text = assemble(diff, options, { context: 0, omitted: new Set(), details: true, notes: [noContext], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // leave out the diffs that save the most, until the rest fits (sizes from one rendering of each);
    // a group's diff is shown once, so it is sized as its group's block
    const displayed = [
        ...grouping.groups.map((g) => g.shown.change),
        ...diff.apps.flatMap((a) => shownChanges(a).filter((c) => !grouping.groupOf.has(c))),
    ];
    const savings = displayed
        .map((c) => {
        const body = diffOf(c, 0);
        return {
            change: c,
            saves: changeBlock(c, body, 'full').length - changeBlock(c, body, 'omitted').length,
        };
    })
        .sort((x, y) => y.saves - x.saves);
    const omitted = new Set();
    let excess = text.length - BUDGET;
    for (const { change, saves } of savings) {
        if (excess <= 0)
            break;
        omitted.add(change);
        // the note grows a little as the count does; a margin of 16 characters covers it
        excess -= saves - 16;
    }
    const omittedNote = `${omitted.size} of ${displayed.length} object diffs were left out to fit the comment.`;
    text = assemble(diff, options, { context: 0, omitted, details: true, notes: [omittedNote], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noDetails = 'The per-app details were left out to fit the comment.';
    const layout = { context: 0, omitted, details: false, notes: [noDetails], ...everything };
    text = assemble(diff, options, layout, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // hundreds of apps: rows become names, then the lists are shortened, keeping what fits (lengths known)
    const fixed = assemble(diff, options, { ...layout, rows: 0, names: 0, images: 0, notPreviewed: 0, otherRevisions: 0, groupNames: false }, rows, diffOf);
    let room = BUDGET - fixed.length - 400;
    const fit = (lengths) => {
        let n = 0;
        while (n < lengths.length && room - (lengths[n] + 4) >= 0)
            room -= lengths[n++] + 4;
        return n;
    };
    const notPreviewed = fit(diff.notPreviewed.map((n) => cell(n.name).length + cell(n.reason).length + (0,markdownText/* mdCode */.xs)(n.file).length + 16));
    // a few images, then every app named before more: the names account for the apps
    const firstImages = fit(diff.images.slice(0, 10).map((i) => (0,markdownText/* mdCode */.xs)(i).length));
    const names = fit(diff.apps.map((a) => cell(a.name).length));
    const images = firstImages + fit(diff.images.slice(firstImages).map((i) => (0,markdownText/* mdCode */.xs)(i).length));
    const otherRevisions = fit((diff.otherRevisions ?? []).map((n) => cell(n.name).length + (0,markdownText/* mdCode */.xs)(n.revision).length + (0,markdownText/* mdCode */.xs)(n.file).length + 24));
    const cut = names < diff.apps.length
        ? `Only ${names} of ${diff.apps.length} apps are named to fit the comment.`
        : `The apps are named without their rows to fit the comment.`;
    return assemble(diff, options, {
        ...layout,
        rows: 0,
        names,
        images,
        notPreviewed,
        otherRevisions,
        groupNames: false,
        notes: [noDetails, cut],
    }, rows, diffOf);
}
const paint = (color, code, text) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
/** Repository text for a terminal: control characters (escape sequences) shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const terminalSafe = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
/** For terminals: what changes, the changes made in several apps once, then one block per app; diffs
 * coloured when `color`. */
function diffText(diff, color, context = 3) {
    const diffOf = diffCache();
    const grouping = groupChanges(diff, changedLines(diffOf));
    const out = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
    const facts = factsLine(diff, (text, where) => `${text} ${where}`);
    if (facts !== undefined)
        out.push(terminalSafe(`What changes: ${facts}`));
    // every app that could not be previewed, with its reason (the header only counts them)
    if (diff.notPreviewed.length > 0) {
        out.push('', `Not previewed (${diff.notPreviewed.length}):`);
        for (const n of diff.notPreviewed)
            out.push(`  ${terminalSafe(`${n.name} \u2014 ${n.reason} (${n.file}:${n.line})`)}`);
    }
    const others = diff.otherRevisions ?? [];
    if (others.length > 0) {
        out.push('', `Unaffected: ${others.length} app(s) track another revision:`);
        for (const n of others)
            out.push(`  ${terminalSafe(`${n.name} \u2014 tracks ${n.revision} (${n.file}:${n.line})`)}`);
    }
    const diffLines = (change) => {
        for (const line of diffOf(change, context).split('\n')) {
            const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
            out.push(`    ${code ? paint(color, code, line) : line}`);
        }
    };
    if (grouping.groups.length > 0)
        out.push('', paint(color, 1, 'Changes made in several apps'));
    for (const group of grouping.groups) {
        const { change } = group.shown;
        const names = [...new Set(group.members.map((m) => m.app.name))];
        out.push(terminalSafe(`  ${SIGN[change.change]} ${group.kind} ${group.name}  in ${names.length} apps  ${change.consequence}`), terminalSafe(`      apps: ${names.join(', ')}`));
        for (const fact of change.summary)
            out.push(terminalSafe(`      ${fact}`));
        out.push(terminalSafe(`      the diff in ${names[0]}:`));
        diffLines(change);
    }
    for (const app of diff.apps) {
        out.push('', `${paint(color, 1, app.name)} (${syncPolicy(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${counts(app)}`);
        if (app.note)
            out.push(`  ${app.note}`);
        for (const setting of app.settingChanges)
            out.push(`  Application ${setting}`);
        for (const hook of app.hooks)
            out.push(`  hook ${hookLine(hook).slice(2)}`);
        for (const step of app.applyOrder ?? [])
            out.push(`  sync order: ${step}`);
        for (const f of app.findings.filter((x) => x.severity !== 'notice'))
            out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
        const grouped = app.changes.filter((c) => grouping.groupOf.has(c)).length;
        if (grouped > 0)
            out.push(`  ${grouped} change(s) shown above with the other apps they are made in`);
        for (const change of shownChanges(app)) {
            if (grouping.groupOf.has(change))
                continue;
            out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
            for (const fact of change.summary)
                out.push(`      ${fact}`);
            diffLines(change);
        }
    }
    return `${out.join('\n')}\n`;
}
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
                ...(h.diff && { diff: (0,clusterDiff/* objectDiff */.J)(h.diff, context) }),
            })),
        }),
        ...(app.applyOrder && { applyOrder: app.applyOrder }),
        findings: app.findings,
        changes: app.changes.map((c) => ({
            change: c.change,
            object: c.object,
            summary: c.summary,
            consequence: c.consequence,
            file: c.file,
            line: c.line,
            diff: (0,clusterDiff/* objectDiff */.J)(c, context),
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
