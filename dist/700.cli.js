export const id = 700;
export const ids = [700];
export const modules = {

/***/ 4700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diff: () => (/* binding */ diff),
  mergeShards: () => (/* binding */ mergeShards)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/core/render/objects.ts + 1 modules
var render_objects = __webpack_require__(1788);
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
/** Keys that look like credentials, at any depth of a values tree. */
function maskSecretKeys(value) {
    if (Array.isArray(value))
        return value.map(maskSecretKeys);
    if (!value || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k] = SECRET_NAME.test(k) && (v === null || typeof v !== 'object') ? SECRET_MARKER : maskSecretKeys(v);
    return out;
}
/** An Application's Helm parameters and values whose names look like credentials. */
function maskApplicationHelm(obj, other) {
    const sourcesOf = (o) => {
        const spec = (o?.spec ?? {});
        const sources = Array.isArray(spec.sources) ? spec.sources : [];
        return [spec.source, ...sources];
    };
    const otherSources = sourcesOf(other);
    sourcesOf(obj).forEach((source, i) => {
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
                p.value = masked(p.value, old?.value, other !== undefined && old !== undefined);
            }
        }
        if (helm.valuesObject !== undefined)
            helm.valuesObject = maskSecretKeys(helm.valuesObject);
        if (typeof helm.values === 'string') {
            try {
                helm.values = (0,dist/* stringify */.As)(maskSecretKeys((0,dist/* parse */.qg)(helm.values)));
            }
            catch {
                helm.values = SECRET_MARKER;
            }
        }
    });
}
/**
 * Secret values replaced by a marker (Secrets of any case and field spelling, inside lists too, and the
 * credential-like Helm parameters of Applications). Given the other side, a value that differs from it
 * is marked as changed, so the diff shows which keys changed without showing any value.
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
function containersOf(obj) {
    const out = new Map();
    for (const c of (0,podContainers/* podContainers */.GG)(obj.spec)) {
        if (typeof c.name !== 'string')
            continue;
        const env = Array.isArray(c.env) ? c.env.map((e) => String(e.name)) : [];
        out.set(c.name, {
            image: typeof c.image === 'string' ? c.image : undefined,
            resources: c.resources,
            env,
        });
    }
    return out;
}
/** The facts a reviewer looks for first, in one line each. */
function semanticSummary(before, after) {
    const lines = [];
    const b = containersOf(before);
    const a = containersOf(after);
    for (const [name, now] of a) {
        const was = b.get(name);
        if (!was)
            continue;
        if (was.image !== now.image)
            lines.push(`image ${name}: ${was.image} \u2192 ${now.image}`);
        if (JSON.stringify(was.resources ?? {}) !== JSON.stringify(now.resources ?? {}))
            lines.push(`resources of ${name} changed`);
        const added = now.env.filter((e) => !was.env.includes(e));
        const removed = was.env.filter((e) => !now.env.includes(e));
        if (added.length > 0)
            lines.push(`env of ${name}: added ${added.join(', ')}`);
        if (removed.length > 0)
            lines.push(`env of ${name}: removed ${removed.join(', ')}`);
    }
    const replicas = (o) => (o.spec ?? {}).replicas;
    if (replicas(before) !== replicas(after))
        lines.push(`replicas: ${(0,plainText/* plainText */.w)(replicas(before), 'default')} \u2192 ${(0,plainText/* plainText */.w)(replicas(after), 'default')}`);
    return lines;
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
/** The head's hooks in the order Argo CD runs them (phase, wave, name), each marked new/changed/unchanged. */
function hookRuns(base, head) {
    const before = new Map(splitHooks(base).hooks.map((h) => [(0,rules/* objectKey */.T5)(h.obj), sameKey(comparable(h.obj, []))]));
    const phaseRank = (h) => Math.min(...h.phases.map((p) => PHASE_ORDER.indexOf(p)).filter((i) => i >= 0), 99);
    return splitHooks(head)
        .hooks.map((h) => {
        const was = before.get((0,rules/* objectKey */.T5)(h.obj));
        const change = was === undefined ? 'new' : was === sameKey(comparable(h.obj, [])) ? 'unchanged' : 'changed';
        return { ...h.hook, object: (0,render_objects/* objectName */.Hd)(h.obj), change, file: h.file, line: h.line };
    })
        .sort((x, y) => phaseRank(x) - phaseRank(y) || x.wave - y.wave || x.object.localeCompare(y.object));
}
function diffObjects(allBase, allHead, app) {
    const base = splitHooks(allBase).synced;
    const head = splitHooks(allHead).synced;
    const ignore = (app?.ignoreDifferences ?? []);
    const before = new Map(base.map((o) => [(0,rules/* objectKey */.T5)(o.obj), o]));
    const after = new Map(head.map((o) => [(0,rules/* objectKey */.T5)(o.obj), o]));
    const changes = [];
    for (const [key, now] of after) {
        const was = before.get(key);
        const headObj = comparable(now.obj, ignore);
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
            summary: was ? semanticSummary(was.obj, now.obj) : [],
            consequence: consequence(change, app, now.obj),
            file: now.file,
            line: now.line,
        }, baseYaml, headYaml));
    }
    for (const [key, was] of before) {
        if (after.has(key))
            continue;
        const baseObj = comparable(was.obj, ignore);
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
        ...(app && { app }),
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
    return out;
}
function diffPair(was, side) {
    const unrendered = unrenderedApp(side, was);
    if (unrendered)
        return { app: unrendered, quiet: false };
    const app = side.unit.app;
    const changes = [
        ...createdNamespace(was.unit.app, app, side.objects),
        ...diffObjects(was.objects, side.objects, app),
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
            ...(app && { app }),
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
            ...(app && { app }),
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
            ...(app && { app }),
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

;// CONCATENATED MODULE: ./src/core/diff/shards.ts

const PARTIAL_SCHEMA = 'slipway-check-partial/v1';
function partialReport(run, shard, base, head) {
    return {
        schema: PARTIAL_SCHEMA,
        base,
        head,
        shard,
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
    return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${r}`), ''];
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
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function fence(body, language) {
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${body}\n${ticks}`;
}
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
function header(diff, imageLimit = Infinity) {
    const unpreviewed = unpreviewedApps(diff);
    const warning = unpreviewed > 0 ? ` \u00b7 \u26a0\ufe0f ${unpreviewed} app(s) could not be previewed` : '';
    const changing = changingApps(diff);
    if (changing === 0)
        return `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked)${warning}.`;
    const t = diff.totals;
    const shown = diff.images.slice(0, imageLimit);
    const more = diff.images.length - shown.length;
    const images = shown.length > 0
        ? ` \u00b7 images: ${shown.map((i) => `\`${i}\``).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
        : '';
    return `**${changing} app(s) change** \u2014 +${t.created} created, ~${t.changed} changed, \u2212${t.deleted} deleted${images} \u00b7 ${diff.unchangedApps} app(s) unchanged${warning}`;
}
function tableRows(diff, options) {
    return diff.apps.map((app) => {
        const name = options.fileUrl
            ? `[${cell(app.name)}](${options.fileUrl(app.file, app.line)})`
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
function table(rows, total) {
    if (total === 0)
        return '';
    const more = total - rows.length;
    return [
        '| App | Destination | Sync | Objects | Validation |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? [`| \u2026 ${more} more app(s) | | | | |`] : []),
    ].join('\n');
}
function changeBlock(change, diffText, body) {
    const lines = [`**${SIGN[change.change]} ${change.object}** \u2014 ${change.consequence}`];
    for (const fact of change.summary)
        lines.push(`- ${fact}`);
    if (body === 'full')
        lines.push(fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** An app's details with each change's block already chosen: the head and the tail around them. */
function appDetails(app, blocks) {
    const parts = [`<details><summary><b>${app.name}</b> ${counts(app)}</summary>`, ''];
    if (app.note)
        parts.push(`> ${app.note}`, '');
    for (const setting of app.settingChanges)
        parts.push(`- Application ${setting}`);
    if (app.settingChanges.length > 0)
        parts.push('');
    if (app.hooks.length > 0)
        parts.push('**Runs on sync** (hooks: not part of the synced set, never pruned)', ...app.hooks.map(hookLine), '');
    if (app.applyOrder)
        parts.push('**Sync order** (phase, wave, then kind)', ...app.applyOrder.map((l) => `1. ${l}`), '');
    const findings = app.findings.filter((f) => f.severity !== 'notice');
    if (findings.length > 0) {
        parts.push(...findings.map((f) => `- ${f.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} \`${f.file ?? ''}:${f.line ?? 1}\` ${f.message}${f.object ? ` (${f.object})` : ''}`), '');
    }
    for (const block of blocks)
        parts.push(block, '');
    parts.push('</details>');
    return parts.join('\n');
}
/** `PreSync \u00b7 Job/migrate (new) \u2014 wave 0, deleted: BeforeHookCreation`. */
function hookLine(h) {
    const phases = h.phases.length > 0 ? h.phases.join(', ') : 'never runs (a Helm hook Argo CD does not run)';
    return `- ${phases} \u00b7 ${h.object} (${h.change}) \u2014 wave ${h.wave}, delete policy: ${h.deletePolicies.join(', ')}`;
}
function notPreviewedSection(diff, limit = Infinity) {
    if (diff.notPreviewed.length === 0)
        return [];
    const shown = diff.notPreviewed.slice(0, limit);
    const more = diff.notPreviewed.length - shown.length;
    return [
        `**Not previewed** (${diff.notPreviewed.length}):`,
        ...shown.map((n) => `- ${cell(n.name)} \u2014 ${cell(n.reason)} (\`${n.file}:${n.line}\`)`),
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
    const blocksOf = (app) => app.changes.map((c) => changeBlock(c, diffOf(c, layout.context), layout.omitted.has(c) ? 'omitted' : 'full'));
    return [
        commentMarker(options.commentId),
        '### Slipway: predicted cluster diff',
        '',
        header(diff, layout.images),
        '',
        table(rows.slice(0, layout.rows), rows.length),
        '',
        ...eligibilitySection(options),
        ...notPreviewedSection(diff, layout.notPreviewed),
        ...(layout.details ? diff.apps.map((app) => `${appDetails(app, blocksOf(app))}\n`) : []),
        ...(notes.length > 0
            ? ['', `> \u2702\ufe0f ${notes.join(' ')}${options.fullReport ? ` The full report: ${options.fullReport}.` : ''}`]
            : []),
        ...(options.footer ? ['', `<sub>${options.footer}</sub>`] : []),
    ].join('\n');
}
/**
 * The comment, never over its budget: first less context, then the largest diff bodies left out, then the
 * per-app details, then the rows of the table, the image list and the not-previewed list are shortened; the
 * comment says what was cut. Each step is sized from lengths worked out once, so the cost is linear in
 * the size of the diff.
 */
function diffMarkdown(diff, options) {
    const BUDGET = options.budget ?? DEFAULT_BUDGET;
    const rows = tableRows(diff, options);
    const diffOf = diffCache();
    const everything = {
        rows: rows.length,
        images: diff.images.length,
        notPreviewed: diff.notPreviewed.length,
    };
    let text = assemble(diff, options, { context: 3, omitted: new Set(), details: true, notes: [], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noContext = 'Diffs show no context lines to fit the comment.';
    text = assemble(diff, options, { context: 0, omitted: new Set(), details: true, notes: [noContext], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // leave out the diffs that save the most, until the rest fits (sizes from one rendering of each)
    const changes = diff.apps.flatMap((a) => a.changes);
    const savings = changes
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
    const omittedNote = `${omitted.size} of ${changes.length} object diffs were left out to fit the comment.`;
    text = assemble(diff, options, { context: 0, omitted, details: true, notes: [omittedNote], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noDetails = 'The per-app details were left out to fit the comment.';
    const layout = { context: 0, omitted, details: false, notes: [noDetails], ...everything };
    text = assemble(diff, options, layout, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // thousands of apps: shorten the lists, keeping what fits (each row's length is known)
    const fixed = assemble(diff, options, { ...layout, rows: 0, images: 0, notPreviewed: 0 }, rows, diffOf);
    let room = BUDGET - fixed.length - 400;
    const fit = (lengths) => {
        let n = 0;
        while (n < lengths.length && room - (lengths[n] + 4) >= 0)
            room -= lengths[n++] + 4;
        return n;
    };
    const images = fit(diff.images.map((i) => i.length));
    const notPreviewed = fit(diff.notPreviewed.map((n) => n.name.length + n.reason.length + n.file.length + 16));
    const shownRows = fit(rows.map((r) => r.length));
    const cut = `Only ${shownRows} of ${rows.length} apps are listed to fit the comment.`;
    return assemble(diff, options, { ...layout, rows: shownRows, images, notPreviewed, notes: [noDetails, cut] }, rows, diffOf);
}
const paint = (color, code, text) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
/** For terminals: one block per app, diffs coloured when `color`. */
function diffText(diff, color) {
    const out = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
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
        for (const change of app.changes) {
            out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
            for (const fact of change.summary)
                out.push(`      ${fact}`);
            for (const line of objectDiff(change, 3).split('\n')) {
                const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
                out.push(`    ${code ? paint(color, code, line) : line}`);
            }
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

// EXTERNAL MODULE: ./src/core/diff/shard.ts
var diff_shard = __webpack_require__(5043);
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
    return {
        ...(store && { scanned: (treeId) => (kept = store.read(treeId))?.scan }),
        preview: () => store && {
            ...(kept && { base: kept }),
            build: !kept,
            readAhead: (tree, paths) => edges.trees.readAhead(tree, paths),
        },
        keep(treeId, run) {
            if (store && treeId && run.builtIndex)
                store.write(treeId, run.builtIndex);
        },
        note({ indexUse, builtIndex }) {
            if (!store)
                return undefined;
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
    const commit = edges.trees.commit(dir, revision, settings.maxFileBytes, { scanned: index.scanned });
    if (!commit?.treeId)
        return `no tree index kept: ${revision} is not a commit in ${dir}`;
    const name = `${commit.sha.slice(0, 7)} (tree ${commit.treeId.slice(0, 7)})`;
    if (index.preview()?.base)
        return `the tree index of ${name} was kept already`;
    const builtIndex = indexOfTree(commit.tree, settings);
    if (!builtIndex)
        return `no tree index kept for ${name}: its apps are read whole every time (ApplicationSets, an Application defined twice, or no Application at all; docs/tree-index.md)`;
    index.keep(commit.treeId, { builtIndex });
    return `kept the tree index of ${name} for the pull requests based on it`;
}

;// CONCATENATED MODULE: ./src/commands/diff.ts
// `slipway diff` and `slipway check` on a local checkout: the predicted cluster diff between two revisions
// (pipeline/preview.ts), printed; check adds the action's findings and its fail-on verdict.








function printDiff(diff, counts, format, terminal) {
    if (format === 'json')
        for (const text of diffJsonText(diff, counts))
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
        : edges.trees.commit(dir, baseRevision, max, { ...(index.scanned && { scanned: index.scanned }) });
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
        const partial = partialReport(run, settings.shard, base.sha, head?.sha ?? 'working tree');
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
/** `slipway check merge FILES\u2026`: the shards' partial reports \u2192 the one diff, as `slipway check` prints it. */
function mergeShards(paths, format, edges, terminal) {
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
    const { diff: merged, units, rendered } = result.merged;
    printDiff(merged, { units, rendered }, format, terminal);
    return errorCount(merged) > 0 ? 1 : 0;
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ renderState),
/* harmony export */   M: () => (/* binding */ stateReason)
/* harmony export */ });
/** Findings of the render itself (not of validation) that leave the app's objects unknown. */
const FAILURES = new Set([
    'render',
    'path-escape',
    'missing-path',
    'missing-file',
    'missing-value-file',
    'invalid-application',
    'invalid-kustomization',
    'file-too-large',
    'yaml-limits',
    'yaml-syntax',
    'not-an-object',
    'missing-type',
]);
const NOT_PREVIEWED = new Set(['not-previewed', 'not-rendered']);
function renderState(renderFindings) {
    if (renderFindings.some((f) => f.severity === 'error' && FAILURES.has(f.rule)))
        return 'failed';
    if (renderFindings.some((f) => NOT_PREVIEWED.has(f.rule)))
        return 'not-previewed';
    return 'rendered';
}
/** The first finding that explains the state, for the report. */
function stateReason(renderFindings) {
    const reason = renderFindings.find((f) => f.severity === 'error' && FAILURES.has(f.rule)) ??
        renderFindings.find((f) => NOT_PREVIEWED.has(f.rule));
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
// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 2 modules
var applicationSets = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/core/argo/application.ts
var application = __webpack_require__(4595);
// EXTERNAL MODULE: ./src/core/render/sourceType.ts
var sourceType = __webpack_require__(2603);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/render/kustomizeInputs.ts
var kustomizeInputs = __webpack_require__(2730);
// EXTERNAL MODULE: ./src/core/render/objects.ts + 1 modules
var objects = __webpack_require__(1788);
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
        const output = (0,objects/* parseKustomizeOutput */.W1)(built.stdout, tree, built.originToRepo, { file: (0,sourceType/* kustomizationIn */.dq)(tree, source.path), line: 1 }, unit.id);
        return origins ? output : { ...output, originsOmitted: true };
    }
    if (type === 'helm')
        return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
    return (0,objects/* renderDirectory */.qi)(tree, source.path, source.directory, unit.id, options.strict);
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
    const dependencies = chartPath === undefined ? undefined : (0,helmInputs/* chartDependencies */.uf)(tree, chartPath, at);
    const findings = [...inputs.findings, ...fileParameters.findings, ...(dependencies?.findings ?? [])];
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
        return (0,objects/* parseObjects */.MB)(result.stdout, source.chart ? unit.file : what, unit.id);
    // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
    if (missing || source.chart !== undefined)
        return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
    return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}
/** One unit's objects from all its sources, as Argo CD would deploy them. */
async function renderUnit(tree, unit, options) {
    const objects = [];
    const findings = [...(unit.findings ?? [])];
    let originsOmitted = false;
    for (const source of unit.sources) {
        const rendered = await renderSource(tree, unit, source, options);
        objects.push(...rendered.objects);
        findings.push(...rendered.findings);
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
function childrenOf(tree, output, repoUrls) {
    const units = [];
    const notPreviewed = [];
    for (const { obj, file, line } of output.objects) {
        const generated = (0,applicationSets/* isApplicationSet */.tj)(obj)
            ? (0,applicationSets/* expandApplicationSet */.Jh)(obj, file, line, tree, repoUrls)
            : undefined;
        if (generated)
            notPreviewed.push(...generated.notPreviewed);
        for (const app of generated ? generated.applications : (0,application/* isApplication */.z)(obj) ? [obj] : []) {
            const found = (0,application/* appUnit */.u)(app, file, line, repoUrls, tree);
            notPreviewed.push(...found.notPreviewed);
            if (found.unit)
                units.push({ unit: found.unit, file, line });
        }
    }
    return { units, notPreviewed };
}
/**
 * Renders the units, then the apps their outputs deploy, wave by wave. With `onOutput`, each output is
 * handed over as it is done (with its place in the order the outputs would have had) and not kept, so
 * memory holds the renders under way rather than every render of the run.
 */
async function renderAll(tree, units, options, onOutput) {
    const outputs = [];
    const notPreviewed = [];
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
            const children = childrenOf(tree, output, options.repoUrls);
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
    return { outputs, notPreviewed };
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
// EXTERNAL MODULE: ./src/core/validate/schemas.ts + 3 modules
var validate_schemas = __webpack_require__(2904);
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
