export const id = 370;
export const ids = [370];
export const modules = {

/***/ 8370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diff: () => (/* binding */ diff),
  mergeShards: () => (/* binding */ mergeShards)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
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

// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/core/diff/imageVersions.ts
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
    const parsed = (0,imageRef/* tryParseImageRef */.ZJ)(ref);
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
                h.values = versionlessValues((0,dist/* parse */.qg)(helm.values, { maxAliasCount: 100 }));
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
            if (k === 'image' && typeof v === 'string' && (0,podContainers/* isContainerList */.yC)(key)) {
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
            before: '',
            after: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`,
        },
    ];
}
/** A changed object's two texts as one: each line once, marked ` `, `-` or `+` (see withTexts). */
const MERGED = Symbol('merged texts');
/** One side of a merged text: the lines not marked as the other side's, unmarked. */
function sideOf(merged, other) {
    return `${merged
        .split('\n')
        .filter((l) => l[0] !== other)
        .map((l) => l.slice(1))
        .join('\n')}\n`;
}
// shared by every merged change, so each keeps V8's fast layout (closures per object made each a
// dictionary of its own: ~670 bytes more per change, ~20 MB on a PR that changes 30,000 objects)
function beforeText() {
    return sideOf(this[MERGED], '+');
}
function afterText() {
    return sideOf(this[MERGED], '-');
}
/**
 * A change with its YAML before and after. A changed object's two texts share most lines, so they are
 * kept as one text and `before`/`after` read it back (enumerable, so a spread copy or JSON has them): a
 * pull request that changes every object holds about half the text.
 */
function withTexts(change, before, after) {
    const plain = { ...change, before, after };
    if (before === '' || after === '' || !before.endsWith('\n') || !after.endsWith('\n'))
        return plain;
    const lines = (0,create/* structuredPatch */.YB)('', '', before, after, '', '', { context: Number.MAX_SAFE_INTEGER }).hunks[0]
        ?.lines;
    if (!lines || lines.some((l) => l.startsWith('\\')))
        return plain;
    // the fields in the order of the plain object (before and after ahead of file and line)
    const { file, line, ...rest } = change;
    const kept = Object.defineProperties(rest, {
        before: { get: beforeText, enumerable: true },
        after: { get: afterText, enumerable: true },
        [MERGED]: { value: lines.join('\n') },
    });
    return Object.assign(kept, { file, line });
}
/** Unified diff hunks of a change, with `context` lines around each. */
function objectDiff(change, context) {
    return hunks(change.before, change.after, context);
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
        return withTexts({
            change,
            object: (0,render_objects/* objectName */.Hd)(where.obj),
            summary: was && now ? objectFacts(was.obj, now.obj) : [],
            consequence: hookConsequence(hook, !now),
            file: where.file,
            line: where.line,
        }, baseObj ? canonicalYaml(baseObj) : '', headObj ? canonicalYaml(headObj) : '');
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
        const headYaml = canonicalYaml(headObj);
        const baseYaml = baseObj ? canonicalYaml(baseObj) : '';
        const change = baseObj ? 'changed' : 'created';
        changes.push(withTexts({
            change,
            object: (0,render_objects/* objectName */.Hd)(now.obj),
            summary: was ? objectFacts(was.obj, now.obj) : [],
            consequence: consequence(change, app, now.obj),
            file: now.file,
            line: now.line,
        }, baseYaml, headYaml));
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
            before: canonicalYaml(baseObj),
            after: '',
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
        versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...before.definition }).rest;
    const now = after.definition &&
        versionless({ kind: 'Application', apiVersion: 'argoproj.io/v1alpha1', ...after.definition }).rest;
    const found = differences(was, now);
    if (found.paths.length > 0)
        out.push(`definition: ${describeDifferences(found)} changed`);
    return out;
}
function diffPair(was, side) {
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
function diffUnits(base, head, unchangedApps, notPreviewed = [], settled = []) {
    const byIdBase = new Map(base.map((s) => [s.unit.id, s]));
    const byIdHead = new Map(head.map((s) => [s.unit.id, s]));
    const removed = base.filter((s) => !byIdHead.has(s.unit.id));
    const apps = [];
    let unchanged = unchangedApps;
    const settle = ({ app, quiet }) => {
        if (quiet && app.findings.length === 0)
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
        const note = !rendered
            ? `app removed; its base could not be rendered (${side.reason ?? side.state}), so what it leaves running or deletes is unknown`
            : app?.cascadeDelete
                ? `app removed: Argo CD deletes its ${count} object(s) (resources finalizer)`
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
    return finishDiff(apps, unchanged, notPreviewed);
}
/** The diff of these apps: sorted, with totals and images worked out (also for merging shards). */
function finishDiff(apps, unchanged, notPreviewed) {
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
    };
}
function uniqueNotPreviewed(list) {
    const seen = new Map();
    for (const entry of list)
        seen.set(`${entry.name}\0${entry.reason}`, entry);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.reason.localeCompare(b.reason));
}

// EXTERNAL MODULE: ./src/core/diff/shard.ts
var diff_shard = __webpack_require__(5043);
;// CONCATENATED MODULE: ./src/core/diff/shards.ts
// Sharding a check over a CI job matrix: each shard renders the affected apps whose stable hash falls in
// its slot and writes a partial report; the merge checks the partials belong together and cover every
// shard once, holds the apps they account for against the apps it works out itself (coverageError), and
// rebuilds the one diff an unsharded check would have made.



const PARTIAL_SCHEMA = 'slipway-check-partial/v2';
/** git's id of a blob holding these bytes (a link's is that of its target). */
const blobId = (text) => {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};
/**
 * An id of a tree's files: every path with its git blob id (worked out from the text where the reader
 * gave none; a file over the size limit that was not read from git, by its size), sorted \u2014 the same for
 * the same files whether they were read from git or from disk.
 */
function headContentId(tree) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
        diff: run.diff,
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
    const diff = finishDiff(ordered.flatMap((p) => p.diff.apps), first.unaffected + ordered.reduce((n, p) => n + p.diff.unchangedApps, 0), ordered.flatMap((p) => p.diff.notPreviewed));
    const timings = {};
    for (const p of ordered)
        for (const [k, v] of Object.entries(p.timings))
            timings[k] = Math.max(timings[k] ?? 0, v);
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
const shards_list = (ids) => ids.map((id) => JSON.stringify(id)).join(', ');
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
            const owner = (0,diff_shard/* shardOf */.I)(id, count);
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
            return `${slot}'s report has no entry for app(s) ${shards_list(newApps)}, new at the head`;
        const removedApps = unshown('base');
        if (removedApps.length !== renamed)
            return `${slot}'s report has no entry for app(s) ${shards_list(removedApps)}, removed at the head (${renamed} rename(s) account for ${renamed})`;
        const quiet = unshown('both');
        if (quiet.length !== p.diff.unchangedApps)
            return `${slot}'s report counts ${p.diff.unchangedApps} unchanged app(s) but has no entry for ${quiet.length}: ${shards_list(quiet)}`;
    }
    const missing = affected.filter((a) => !reportedBy.has(a.id)).map((a) => a.id);
    if (missing.length > 0)
        return `app(s) ${missing.map((id) => `${JSON.stringify(id)} (shard ${(0,diff_shard/* shardOf */.I)(id, count)}/${count})`).join(', ')} affected by this pull request are missing from the reports`;
    return undefined;
}

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
        return `| ${name}${status} | ${cell(destination(app))} | ${syncPolicy(app)} | ${counts(app)} | ${validation(app.findings)} |`;
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
function diffCache() {
    const cache = new Map();
    return (change, context) => {
        const byChange = cache.get(context) ?? new Map();
        cache.set(context, byChange);
        let text = byChange.get(change);
        if (text === undefined)
            byChange.set(change, (text = objectDiff(change, context)));
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
        groupNames: true,
    };
    let text = assemble(diff, options, { context: 3, omitted: new Set(), details: true, notes: [], ...everything }, rows, diffOf);
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
    const fixed = assemble(diff, options, { ...layout, rows: 0, names: 0, images: 0, notPreviewed: 0, groupNames: false }, rows, diffOf);
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
    const cut = names < diff.apps.length
        ? `Only ${names} of ${diff.apps.length} apps are named to fit the comment.`
        : `The apps are named without their rows to fit the comment.`;
    return assemble(diff, options, { ...layout, rows: 0, names, images, notPreviewed, groupNames: false, notes: [noDetails, cut] }, rows, diffOf);
}
const paint = (color, code, text) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
/** Repository text for a terminal: control characters (escape sequences) shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const terminalSafe = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
/** For terminals: what changes, the changes made in several apps once, then one block per app; diffs
 * coloured when `color`. */
function diffText(diff, color) {
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
    const diffLines = (change) => {
        for (const line of diffOf(change, 3).split('\n')) {
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
/** Plain data: every app and change, with diffs at 3 lines of context. */
function diffJson(diff) {
    return { ...diffJsonTop(diff), apps: diff.apps.map(appJson) };
}
function diffJsonTop(diff) {
    return {
        totals: diff.totals,
        images: diff.images,
        unchangedApps: diff.unchangedApps,
        notPreviewed: diff.notPreviewed,
    };
}
function appJson(app) {
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
                ...(h.diff && { diff: objectDiff(h.diff, 3) }),
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
            diff: objectDiff(c, 3),
        })),
    };
}
/**
 * `JSON.stringify({ ...diffJson(diff), ...extra }, null, 2)` and a newline, one app at a time: each app's
 * diffs are made as it is printed and let go, so a pull request that changes every object of every app
 * never holds them all as text at once.
 */
function* diffJsonText(diff, extra) {
    const mark = '\u0000apps\u0000';
    const [before, after] = JSON.stringify({ ...diffJsonTop(diff), apps: mark, ...extra }, null, 2).split(JSON.stringify(mark));
    yield before ?? '';
    if (diff.apps.length === 0)
        yield '[]';
    else {
        yield '[\n';
        for (const [i, app] of diff.apps.entries()) {
            const text = JSON.stringify(appJson(app), null, 2).replace(/^/gm, '    ');
            yield `${text}${i < diff.apps.length - 1 ? ',' : ''}\n`;
        }
        yield '  ]';
    }
    yield `${after ?? ''}\n`;
}

// EXTERNAL MODULE: ./src/core/report/findings.ts
var report_findings = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/core/report/pullRequestFindings.ts
var pullRequestFindings = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/core/render/unitInputs.ts
var unitInputs = __webpack_require__(345);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/validate/builtinSchemas.ts
var builtinSchemas = __webpack_require__(401);
// EXTERNAL MODULE: ./src/core/render/renderState.ts
var renderState = __webpack_require__(333);
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

// EXTERNAL MODULE: ./src/pipeline/render.ts + 1 modules
var pipeline_render = __webpack_require__(9220);
// EXTERNAL MODULE: ./src/pipeline/validateRendered.ts + 1 modules
var validateRendered = __webpack_require__(6927);
;// CONCATENATED MODULE: ./src/pipeline/pairedRenders.ts






/** Whether the base holds an object the head does not: the diff shows it deleted, from its own file. */
function losesObjects(base, head) {
    const kept = new Set(head.objects.map((o) => (0,rules/* objectKey */.T5)(o.obj)));
    return base.objects.some((o) => !kept.has((0,rules/* objectKey */.T5)(o.obj)));
}
const side = (o, findings) => {
    const reason = (0,renderState/* stateReason */.M)(o.findings);
    return { unit: o.unit, objects: o.objects, findings, state: o.state, ...(reason && { reason }) };
};
async function renderAndCompare(trees, units, options, validationOptions, builtin, counted, 
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
    let schemas;
    let validation;
    let rendered = 0;
    // an app's base is built without origin annotations (they cost kustomize ~15 % of its CPU): only a
    // deleted object reports its file from the base, and such a base is built again with them, with the
    // options of its first build (the base's CRD API versions for helm)
    const baseBuild = (0,pipeline_render/* forTree */.cb)(trees.base, options);
    const baseOptions = { ...baseBuild, withoutOrigins: paired };
    const rebuilds = [];
    void builtin.then((loaded) => (schemas = loaded), () => undefined);
    const compareReady = () => {
        if (!schemas)
            return; // the built-in validators are still loading: the renders wait in `ready`
        validation ??= new validateRendered/* RenderedValidation */.Z(trees.head, validationOptions, schemas);
        for (const { base, head, order } of ready.splice(0)) {
            if (base?.originsOmitted && head && losesObjects(base, head)) {
                const rebuilt = (0,pipeline_render/* renderUnit */.Bl)(trees.base, base.unit, baseBuild).then((withOrigins) => {
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
            if (base && head)
                settled.push(diffPair(side(base, []), side(head, findings)));
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
        if (schemas)
            (0,validateRendered/* prefetchValidation */.q)(output, schemas);
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
    const renderSide = (which, tree, sideOptions) => (0,pipeline_render/* renderAll */.Yl)(tree, units[which], { ...sideOptions, beforeRender: () => pacer.ready(which) }, arrived(which)).finally(() => pacer.finish(which));
    const [baseOut, headOut] = await Promise.all([
        renderSide('base', trees.base, baseOptions),
        renderSide('head', trees.head, options),
    ]);
    schemas = await builtin;
    compareReady();
    while (rebuilds.length > 0)
        await Promise.all(rebuilds.splice(0));
    const render = lap();
    const findings = await (validation ?? new validateRendered/* RenderedValidation */.Z(trees.head, validationOptions, schemas)).finish();
    for (const [id, list] of findingsOf)
        list.push(...(findings.get(id) ?? []));
    const validate = lap();
    const diff = diffUnits(baseRest, headRest, counted.unchanged, [...counted.notPreviewed, ...baseOut.notPreviewed, ...headOut.notPreviewed], settled);
    return { diff, rendered, timings: { render, validate, diff: lap() } };
}

// EXTERNAL MODULE: ./src/core/argo/discovery.ts + 1 modules
var discovery = __webpack_require__(7397);
// EXTERNAL MODULE: ./src/core/argo/sourceParameters.ts
var sourceParameters = __webpack_require__(5308);
// EXTERNAL MODULE: ./src/core/render/treeIndex.ts
var treeIndex = __webpack_require__(9896);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
;// CONCATENATED MODULE: ./src/pipeline/affectedApps.ts
// Which apps a change can affect: discover the apps at base and head, and work out what each app's render
// reads (unitInputs.ts) \u2014 or take both from the base's kept index (treeIndex.ts), walking only the apps
// the change reaches.





/** Notes which changed files some unit's inputs hold (the rest are uncovered). */
function coverage(changed) {
    const uncovered = new Set(changed);
    const touches = (inputs) => {
        let touched = false;
        for (const file of changed)
            if ((0,unitInputs/* dependsOn */.fr)(inputs, file)) {
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
const generated = (found) => [...(found.byFile?.values() ?? [])].some((f) => f.generated);
/**
 * Which units a change can affect, and which changed files no unit reads (at base or head). A unit
 * whose Application is the same on both sides depends on the same paths on both sides unless one of
 * those paths changed (`unitInputs` records every path a render reads or looks for): its head inputs
 * decide, and the base is walked only for the units that are affected anyway.
 */
function walkAll(base, head, changed, settings, build = false) {
    const { baseFound, headFound } = discoverBoth(base, head, changed, settings);
    const ids = new Set([...baseFound.units, ...headFound.units].map((u) => u.id));
    const baseById = new Map(baseFound.units.map((u) => [u.id, u]));
    const headById = new Map(headFound.units.map((u) => [u.id, u]));
    const affected = new Set();
    const inputs = { base: new Map(), head: new Map() };
    const cache = new Map();
    const { touches, uncovered } = coverage(changed);
    for (const id of ids) {
        const before = baseById.get(id);
        const after = headById.get(id);
        const sameSpec = before !== undefined &&
            after !== undefined &&
            (before === after ||
                JSON.stringify({ ...before, file: '', line: 0 }) === JSON.stringify({ ...after, file: '', line: 0 }));
        const headInputs = after && (0,unitInputs/* unitInputs */.Yg)(head, after, cache);
        if (headInputs)
            inputs.head.set(id, headInputs);
        const headTouched = headInputs ? touches(headInputs) : false;
        // a new or removed app, or a changed Application spec, is affected whatever its files did
        if (settings.render === 'all' || !sameSpec || headTouched) {
            affected.add(id);
            if (before) {
                const baseInputs = (0,unitInputs/* unitInputs */.Yg)(base, before, cache);
                inputs.base.set(id, baseInputs);
                touches(baseInputs);
            }
        }
        else if (headInputs)
            inputs.base.set(id, headInputs);
    }
    const found = (side) => ({ ...side, generated: generated(side) });
    return {
        ids,
        affected,
        units: {
            base: baseFound.units.filter((u) => affected.has(u.id)),
            head: headFound.units.filter((u) => affected.has(u.id)),
        },
        notPreviewed: [...baseFound.notPreviewed, ...headFound.notPreviewed],
        uncovered: uncovered(),
        ...(build && { builtIndex: (0,treeIndex/* buildTreeIndex */.x0)(base, found(baseFound), inputs.base) }),
    };
}
/**
 * walkAll with the base's index: the units are the index's on both sides (indexMismatch holds that no
 * changed file is one discovery reads), and a unit is affected when a changed path is among the inputs the
 * index holds for it \u2014 the same answer, as an unaffected unit's inputs are the same on both sides. Only
 * the affected units are parsed and walked (at the head), after their base inputs are read in one batch.
 */
function walkFromIndex(base, head, changed, repoUrls, kept, readAhead) {
    const dependents = (0,treeIndex/* indexedDependents */.OR)(kept, changed);
    const { touches, covered, uncovered } = coverage(changed);
    covered(dependents.read);
    // the files the walk and the renders read first (an app's own file among them), in one batch
    readAhead(head, dependents.units.flatMap((i) => [...(0,treeIndex/* indexedInputs */.Rx)(kept, i).files]));
    const ids = new Set(dependents.units.map((i) => kept.ids[i]));
    const files = new Set(dependents.units.map((i) => (0,treeIndex/* indexedUnitFile */.KN)(kept, i)));
    const units = (0,discovery/* unitsOfFiles */.wt)(base, files, repoUrls).filter((u) => ids.has(u.id));
    if (units.length !== ids.size)
        return undefined;
    const cache = new Map();
    for (const unit of units)
        touches((0,unitInputs/* unitInputs */.Yg)(head, unit, cache));
    return {
        ids: new Set(kept.ids),
        affected: ids,
        units: { base: units, head: units },
        notPreviewed: kept.notPreviewed,
        uncovered: uncovered(),
        indexUse: { used: true },
    };
}
/** Which apps a change affects: from the base's kept index where it stands for both sides, else by walking all. */
function affectedApps_affectedApps(base, head, changed, settings, index) {
    const kept = index?.base;
    if (!index || !kept)
        return walkAll(base, head, changed, settings, index?.build);
    const mismatch = settings.render === 'all' ? 'render: all' : (0,treeIndex/* indexMismatch */.rc)(head, base, changed);
    if (mismatch)
        return { ...walkAll(base, head, changed, settings), indexUse: { used: false, reason: mismatch } };
    const fromIndex = walkFromIndex(base, head, changed, settings.repoUrls, kept, index.readAhead);
    if (fromIndex)
        return fromIndex;
    // an index naming an app that its file does not define is not this Slipway's: the tree is read whole,
    // and the index built from it replaces that one
    const reason = 'it names an app its file does not define';
    return { ...walkAll(base, head, changed, settings, true), indexUse: { used: false, reason } };
}
/**
 * The index a preview whose base is `tree` would build and keep (undefined where none is built: see
 * buildTreeIndex): the tree walked as the base of a change that changes nothing.
 */
function affectedApps_indexOfTree(tree, settings) {
    return walkAll(tree, tree, new Set(), { ...settings, render: 'changed' }, true).builtIndex;
}
/**
 * Applications at base and head. Folder units stand in for apps only in a repository without
 * Applications on either side: when a PR adds the first Application (or removes the last), both sides
 * are read as Applications, so the folders are not shown as removed (or new) apps. The base reuses what
 * the head's files gave where a file and the `.argocd-source` files its Applications read are the same.
 */
function discoverBoth(base, head, changed, settings) {
    // the two revisions share almost every file: each text is parsed once
    const parse = (0,manifestMaps/* memoParser */.ML)();
    const discover = (tree, fallback, reuse) => (0,discovery/* discoverUnits */.t)(tree, settings.repoUrls, settings.paths, fallback, parse, reuse);
    let headFound = discover(head, true);
    // an Application's `.argocd-source*.yaml` files change its unit: with any of them changed (or a link,
    // whose target may have), every file is read afresh
    const parametersSame = (0,sourceParameters/* parameterFilesChanged */.tM)(changed, head) === undefined;
    const reuse = (path, text) => {
        const found = parametersSame ? headFound.byFile?.get(path) : undefined;
        return found && found.text === text && !found.generated ? found : undefined;
    };
    let baseFound = discover(base, true, reuse);
    if (baseFound.applications !== headFound.applications) {
        if (!baseFound.applications)
            baseFound = discover(base, false, reuse);
        else
            headFound = discover(head, false);
    }
    return { baseFound, headFound };
}

;// CONCATENATED MODULE: ./src/pipeline/preview.ts





/** Discovery only (no render): how many apps a change affects, for sizing a job matrix. */
function planDiff(base, head, settings) {
    const { ids, affected } = affectedApps(base, head, changedPaths(base, head), settings);
    return { units: ids.size, affected: affected.size };
}
/**
 * The apps a change affects and the sides each is found at, and how many apps there are: what a merge of
 * shards' reports holds them against (shards.ts coverageError).
 */
function affectedSides(base, head, settings) {
    const found = affectedApps_affectedApps(base, head, (0,unitInputs/* changedPaths */.vl)(base, head), settings);
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
    const found = affectedApps_affectedApps(base, head, changed, settings, index);
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
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        renderersUsed: new Set(),
        ...(settings.progress && { progress: settings.progress }),
    };
    const discover = lap();
    // the table of the built-in validators loads while kustomize and helm run in other processes, and each
    // kind's validators as soon as an app holding it is rendered (renderAndCompare handles a failure at
    // once, so a render failing first leaves nothing unhandled)
    const builtin = (0,builtinSchemas/* loadBuiltinSchemas */.IJ)();
    const unaffected = [...all].filter((id) => !allAffected.has(id)).length;
    // apps the pull request cannot change are not rendered (render: changed), so a claim of one object by a
    // changed and an unchanged app shows in the push validation or with render: all
    const compared = await renderAndCompare({ base, head }, {
        base: found.units.base.filter((u) => affected.has(u.id)),
        head: found.units.head.filter((u) => affected.has(u.id)),
    }, options, settings, builtin, {
        // a shard counts only what it rendered; the merge adds the unaffected apps once
        unchanged: shard ? 0 : unaffected,
        notPreviewed: found.notPreviewed,
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
    };
}

;// CONCATENATED MODULE: ./src/commands/keptIndex.ts

/** The settings a tree index's answers depend on (discovery's and the walk's), part of its key. */
const indexedSettings = (settings) => ({
    repoUrls: settings.repoUrls,
    paths: settings.paths,
    maxFileBytes: settings.maxFileBytes,
    kustomizeBuildOptions: settings.kustomizeBuildOptions,
});
function keptIndex(dir, settings, edges) {
    const store = settings.treeIndex ? edges.treeIndexes?.(dir, indexedSettings(settings)) : undefined;
    let kept;
    let refusal;
    return {
        ...(store && {
            scanned: (treeId) => (kept = store.read(treeId))?.scan,
            refused: (reason) => {
                kept = undefined;
                refusal = reason;
            },
        }),
        preview: () => store && {
            ...(kept && { base: kept }),
            build: !kept,
            readAhead: (tree, paths) => edges.trees.readAhead(tree, paths),
        },
        keep(treeId, run) {
            if (store && treeId && run.builtIndex)
                store.write(treeId, run.builtIndex);
        },
        refusal: () => refusal,
        note({ indexUse, builtIndex }) {
            if (!store)
                return undefined;
            if (refusal)
                return `tree index not used: ${refusal}`;
            if (indexUse?.used)
                return "the base's tree index stood for its apps";
            if (indexUse)
                return `tree index not used: ${indexUse.reason}`;
            return builtIndex ? "the base's tree index kept for the next preview" : undefined;
        },
    };
}
/**
 * The index of one commit's tree, built now and kept for the previews whose base it is: what check does
 * on a push with `tree-index`, so that pull requests based on the pushed commit find its index (restored
 * with actions/cache, docs/tree-index.md). Says what it did, for the log.
 */
function keepCommitIndex(dir, revision, settings, edges) {
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
    const builtIndex = indexOfTree(commit.tree, settings);
    if (!builtIndex)
        return `no tree index kept for ${name}: its apps are read whole every time (ApplicationSets, an Application defined twice, or no Application at all; docs/tree-index.md)`;
    index.keep(commit.treeId, { builtIndex });
    return `kept the tree index of ${name} for the pull requests based on it${refused ? ` (replacing one found there, not used: ${refused})` : ''}`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/diff.ts
// `slipway diff` and `slipway check` on a local checkout: the predicted cluster diff between two revisions
// (pipeline/preview.ts), printed; check adds the action's findings and its fail-on verdict.









function printDiff(diff, counts, format, terminal) {
    if (format === 'json')
        for (const text of diffJsonText(diff, { ...counts, schemaVersion: version/* REPORT_SCHEMA_VERSION */.W }))
            terminal.out(text);
    else if (format === 'markdown')
        terminal.out(`${diffMarkdown(diff, { commentId: 'cli' })}\n`);
    else
        terminal.out(diffText(diff, terminal.color));
}
const noted = (note) => (note ? `; ${note}` : '');
const errorCount = (diff) => diff.apps.flatMap((a) => a.findings).filter((f) => f.severity === 'error').length;
/** Exit code: 0, or 1 on errors (diff) / findings at or above fail-on (check). Bad revisions: InputError. */
async function diff(settings, edges, terminal) {
    const { dir } = settings;
    const max = settings.maxFileBytes;
    const index = keptIndex(dir, settings, edges);
    const baseRevision = settings.base ?? edges.trees.defaultBase(dir);
    const base = baseRevision === undefined
        ? undefined
        : edges.trees.commit(dir, baseRevision, max, {
            ...(index.scanned && { scanned: index.scanned }),
            ...(index.refused && { refused: index.refused }),
        });
    if (!base)
        throw new errors/* InputError */.dz(settings.base
            ? `"${settings.base}" is not a commit in ${dir}`
            : `cannot find where HEAD left the default branch in ${dir}; pass --base REV`);
    // the head is the base plus what changed between them: only the changed files are read
    const head = settings.head ? edges.trees.commit(dir, settings.head, max, { from: base }) : undefined;
    if (settings.head && !head)
        throw new errors/* InputError */.dz(`"${settings.head}" is not a commit in ${dir}`);
    const started = edges.clock.now();
    // no --head: the working tree (read from git when it holds exactly HEAD's files)
    const headTree = head ? head.tree : edges.trees.checkout(dir, max, base).tree;
    const run = await computeDiff(base.tree, headTree, settings, edges.renderer, index.preview());
    index.keep(base.treeId, run);
    settings.progress?.end?.();
    if (settings.shard) {
        const partial = partialReport(run, settings.shard, base.sha, head?.sha ?? 'working tree', headContentId(headTree));
        edges.reports.write(settings.reportPath, `${JSON.stringify(partial)}\n`);
        terminal.err(`shard ${settings.shard.index}/${settings.shard.count}: ${run.rendered} render(s); partial report ${settings.reportPath}\n`);
        return 0;
    }
    printDiff(run.diff, { units: run.units, rendered: run.rendered }, settings.format, terminal);
    terminal.err(`${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - started} ms${noted(index.note(run))}\n`);
    if (settings.failOn === undefined)
        return errorCount(run.diff) > 0 ? 1 : 0;
    // check: the findings and the verdict of the action's check, grouped as its annotations are
    const findings = (0,pullRequestFindings/* pullRequestFindings */.pM)(run.diff, (0,unitInputs/* changedPaths */.vl)(base.tree, headTree));
    for (const group of (0,report_findings/* groupFindings */.kG)(findings.filter((f) => f.severity !== 'notice')))
        terminal.err(`${(0,report_findings/* groupLine */.uj)(group)}\n`);
    const failing = (0,pullRequestFindings/* failingCount */.et)(findings, settings.failOn);
    if (failing > 0)
        terminal.err(`${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy\n`);
    return failing > 0 ? 1 : 0;
}
/**
 * `slipway check merge FILES\u2026`: the shards' partial reports \u2192 the one diff, as `slipway check` prints it.
 * The reports' base and head are read again from the checkout at `settings.dir` (the working tree, for
 * shards of it: its files must be the ones the shards read), and the apps the change affects are worked
 * out again: a report set that leaves any of them out, or shows one twice, is refused.
 */
function mergeShards(paths, settings, edges, terminal) {
    let partials;
    try {
        partials = edges.reports
            .expand(paths)
            .map((file) => JSON.parse(edges.reports.read(file)));
    }
    catch (error) {
        throw new errors/* InputError */.dz(error.message);
    }
    const result = mergePartials(partials);
    if ('error' in result)
        throw new errors/* InputError */.dz(`cannot merge the check shards: ${result.error}`);
    const { dir } = settings;
    const { diff: merged, units, rendered } = result.merged;
    const max = settings.maxFileBytes;
    const base = edges.trees.commit(dir, result.merged.base, max);
    if (!base)
        throw new errors/* InputError */.dz(`cannot merge the check shards: their base ${result.merged.base.slice(0, 7)} is not a commit in ${dir} (run the merge in the checkout the shards ran in, or pass --dir)`);
    const named = result.merged.head === 'working tree' ? undefined : result.merged.head;
    const head = named
        ? edges.trees.commit(dir, named, max, { from: base })?.tree
        : edges.trees.checkout(dir, max, base).tree;
    if (!head)
        throw new errors/* InputError */.dz(`cannot merge the check shards: their head ${named?.slice(0, 7)} is not a commit in ${dir}`);
    const content = headContentId(head);
    if (content !== result.merged.headContent)
        throw new errors/* InputError */.dz(`cannot merge the check shards: they read a head of other files (${result.merged.headContent}) than ${named ? named.slice(0, 7) : `the working tree of ${dir}`} holds (${content}): run the shards and the merge on the same files`);
    const expected = affectedSides(base.tree, head, settings);
    const uncovered = coverageError(partials, expected.affected, expected.units);
    if (uncovered)
        throw new errors/* InputError */.dz(`cannot merge the check shards: ${uncovered}`);
    printDiff(merged, { units, rendered }, settings.format, terminal);
    return errorCount(merged) > 0 ? 1 : 0;
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
