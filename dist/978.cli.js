export const id = 978;
export const ids = [978];
export const modules = {

/***/ 3978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliCheckSettings: () => (/* binding */ cliCheckSettings),
  runBump: () => (/* binding */ runBump),
  runCheck: () => (/* binding */ runCheck),
  runMerge: () => (/* binding */ runMerge),
  runPlan: () => (/* binding */ runPlan),
  runValidate: () => (/* binding */ runValidate),
  withTracking: () => (/* binding */ withTracking)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/report/findings.ts
var findings = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/edges/localEdges.ts + 13 modules
var localEdges = __webpack_require__(8713);
;// CONCATENATED MODULE: ./src/cli/progressLine.ts
function progressLine(stream = process.stderr, now = Date.now) {
    if (!stream.isTTY)
        return undefined;
    const start = now();
    let planned = 0;
    let done = 0;
    const draw = () => stream.write(`\r\x1b[Krendering ${done}/${planned} \u00b7 ${((now() - start) / 1000).toFixed(1)} s`);
    return {
        planned(count) {
            planned += count;
            draw();
        },
        done() {
            done++;
            draw();
        },
        end() {
            if (planned > 0)
                stream.write('\r\x1b[K');
        },
    };
}

// EXTERNAL MODULE: ./src/settings.ts + 6 modules
var src_settings = __webpack_require__(6816);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/exitCodes.ts
var exitCodes = __webpack_require__(6160);
// EXTERNAL MODULE: ./src/cli/flagInputs.ts
var flagInputs = __webpack_require__(1055);
;// CONCATENATED MODULE: ./src/cli/runners.ts








function terminalLog(quiet) {
    const at = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
    return {
        info: (m) => (quiet ? process.stderr : process.stdout).write(`${m}\n`),
        debug: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
        warning: (m, w) => process.stderr.write(`${at(w)}warning: ${m}\n`),
        error: (m, w) => process.stderr.write(`${at(w)}error: ${m}\n`),
    };
}
const cliLabel = (name) => `--${name}`;
async function runBump(refs, flags) {
    const get = (0,flagInputs/* flagInputs */.C)('bump', flags);
    const json = get('format') === 'json';
    if (refs.length === 0 && !get('image')) {
        process.stderr.write('error: name at least one image: slipway bump name:tag [name:tag ...] (or --image NAME --tag TAG)\n');
        return exitCodes/* EXIT_USAGE */.R;
    }
    const inputs = {
        images: refs.join('\n'),
        token: process.env.GITHUB_TOKEN ?? '',
    };
    const repo = get('manifests-repo');
    const log = terminalLog(json);
    // with --format json, stdout holds JSON only: the result, or {"error": {...}} with the same exit code
    const fail = (message, kind) => {
        if (json)
            process.stdout.write(`${JSON.stringify({ error: { kind, message } }, null, 2)}\n`);
        else
            log.error(message);
        return exitCodes/* EXIT_FAILURE */.w;
    };
    let settings;
    try {
        settings = (0,src_settings/* parseBumpSettings */.dU)((name) => inputs[name] ?? get(name), process.env, repo ? undefined : get('dir'), cliFlag);
    }
    catch (error) {
        if (error instanceof src_settings/* SettingsError */.GN)
            return fail(error.message, 'invalid-input');
        throw error;
    }
    const print = json ? undefined : (text) => void process.stdout.write(text);
    let result;
    try {
        // Octokit is loaded only here, for a bump on GitHub
        const { gitHubEdges } = await Promise.all(/* import() */[__webpack_require__.e(790), __webpack_require__.e(674)]).then(__webpack_require__.bind(__webpack_require__, 2674));
        const { bump } = await Promise.all(/* import() */[__webpack_require__.e(720), __webpack_require__.e(88), __webpack_require__.e(463), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 1834));
        result = await bump(settings, log, gitHubEdges(settings.github, log), {
            verbose: flags.verbose === true,
            ...(print && { print }),
        });
    }
    catch (error) {
        return fail(error instanceof Error ? error.message : String(error), 'failure');
    }
    if (result.failure)
        return fail(result.failure, 'failure');
    if (json)
        process.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
    return 0;
}
/** The CLI's names for the inputs bump's messages mention. */
const CLI_FLAGS = {
    images: 'the image arguments (name:tag \u2026)',
    image: '--image',
    tag: '--tag',
    digest: '--digest',
    'file-globs': '--file-globs',
    'allow-downgrade': '--allow-downgrade',
    'dry-run': '--dry-run',
    'manifests-repo': '--repo',
    'base-branch': '--base-branch',
    'pull-request': '--no-pull-request',
    environment: '--environment',
    'branch-prefix': '--branch-prefix',
    token: 'GITHUB_TOKEN',
};
const cliFlag = (name) => CLI_FLAGS[name] ?? `--${name}`;
const terminal = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: process.stdout.isTTY ?? false,
};
/** The edges of a CLI command that does not talk to GitHub. */
/** A flag value the settings refuse, or a revision that is not there: a usage error (exit 2). */
async function usage(run) {
    try {
        return await run();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        process.stderr.write(`error: ${error.message}\n`);
        return exitCodes/* EXIT_USAGE */.R;
    }
}
function runValidate(paths, flags) {
    return usage(async () => {
        const get = (0,flagInputs/* flagInputs */.C)('validate', flags);
        const settings = (0,src_settings/* parseValidateSettings */.fS)(get, paths, cliLabel);
        const format = get('format');
        const progress = progressLine();
        const { validate } = await Promise.all(/* import() */[__webpack_require__.e(681), __webpack_require__.e(967)]).then(__webpack_require__.bind(__webpack_require__, 9967));
        const notes = [];
        // (validate's reports name no renderer's version)
        const result = await validate({ ...settings, ...(progress && { progress }) }, (0,localEdges/* localEdges */.S)({ footer: false }), (note) => notes.push(note));
        progress?.end();
        for (const note of notes)
            process.stderr.write(`${note}\n`);
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        if (format === 'json')
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (format === 'sarif')
            process.stdout.write(`${JSON.stringify((0,findings/* toSarif */.zv)(result.findings, version/* VERSION */.x), null, 2)}\n`);
        else {
            // the same finding in a file that several apps render (a shared base) is one line naming the apps
            for (const group of (0,findings/* groupFindings */.kG)(result.findings))
                process.stdout.write(`${(0,findings/* groupLine */.uj)(group)}\n`);
            const warnings = result.findings.filter((f) => f.severity === 'warning').length;
            process.stderr.write(`${result.units} unit(s), ${result.objects} object(s): ${errors} error(s), ${warnings} warning(s)\n`);
        }
        return errors > 0 ? exitCodes/* EXIT_FAILURE */.w : 0;
    });
}
/** What the pipeline says while it runs goes to the terminal only as warnings (and SLIPWAY_DEBUG). */
const quietLog = {
    info: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
    debug: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => process.stderr.write(`error: ${m}\n`),
    notice: (m) => process.stderr.write(`notice: ${m}\n`),
};
/**
 * check's settings from the CLI's flags, by the action's parser (settings/check.ts): the flags are its
 * inputs. The repository's own URLs: the workflow's (GITHUB_REPOSITORY, when run in one) and origin's.
 */
function cliCheckSettings(command, dir, flags, env, originUrl) {
    const settings = (0,src_settings/* parseCheckSettings */.P7)((0,flagInputs/* flagInputs */.C)(command, flags), env, undefined, {
        workspace: dir,
        label: cliLabel,
    });
    return withOrigin(settings, originUrl);
}
const withOrigin = (settings, originUrl) => ({
    ...settings,
    repoUrls: [...settings.repoUrls, ...(originUrl ? [originUrl] : [])],
});
/**
 * check's settings from the CLI's flags, with the origin's URL and the branches (withTracking), once the
 * command's code is loaded: `load` runs while git answers, side by side, what the preview asks of the
 * checkout first (gitAhead.ts), so the code's loading and git's answers overlap.
 */
async function checkoutSettings(command, dir, flags, trees, load) {
    const parsed = cliCheckSettings(command, dir, flags, process.env, undefined);
    const asking = __webpack_require__.e(/* import() */ 638).then(__webpack_require__.bind(__webpack_require__, 5257)).then((ahead) => ahead.askCheckoutAhead(parsed.workspace, parsed));
    const [, loaded] = await Promise.all([asking, load()]);
    const settings = withTracking(withOrigin(parsed, trees.originUrl(dir)), trees);
    return { settings, loaded };
}
/**
 * The branch the change merges into (--base-branch, else the branch --base-revision names, else the
 * default branch) and the default branch, from the checkout's git: apps deploying another revision are
 * not previewed with the change's files (docs/fleets.md). Without either, every revision counts as the
 * branch, and the terminal is told.
 */
function withTracking(settings, trees, note = (text) => process.stderr.write(text)) {
    const found = trees.baseBranches?.(settings.workspace, settings.base) ?? {};
    const branch = settings.baseBranch ?? found.branch;
    if (branch === undefined) {
        note('note: the base branch is unknown (no --base-branch, no origin/HEAD, main or master): every targetRevision is previewed as if it were the base branch\n');
        return settings;
    }
    return {
        ...settings,
        tracking: {
            branch,
            ...(found.defaultBranch && { defaultBranch: found.defaultBranch }),
            also: settings.trackRevisions,
        },
    };
}
/** `slipway check` and `slipway diff`: the action's check, published on the terminal. */
function runCheck(command, dir, flags) {
    return usage(async () => {
        const format = (0,flagInputs/* flagInputs */.C)(command, flags)('format');
        // only `check --format markdown` prints the comment, whose footer names the renderers' versions
        const edges = (0,localEdges/* localEdges */.S)({ footer: command === 'check' && format === 'markdown' });
        const { settings, loaded } = await checkoutSettings(command, dir, flags, edges.trees, () => Promise.all([Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(960), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 5425)), __webpack_require__.e(/* import() */ 79).then(__webpack_require__.bind(__webpack_require__, 1079))]));
        const [{ runCheck: check }, { terminalPublisher }] = loaded;
        const progress = progressLine();
        const result = await check({ ...settings, ...(progress && { progress }) }, quietLog, edges, terminalPublisher(settings, format, command, terminal, edges));
        return result.failure ? exitCodes/* EXIT_FAILURE */.w : 0;
    });
}
/** `slipway check merge REPORTS\u2026`: the shards' partial reports \u2192 the one check, as `slipway check` prints it. */
function runMerge(reports, flags) {
    return usage(async () => {
        const edges = (0,localEdges/* localEdges */.S)();
        const get = (0,flagInputs/* flagInputs */.C)('check merge', flags);
        const dir = get('dir');
        const settings = withTracking(cliCheckSettings('check merge', dir, flags, process.env, edges.trees.originUrl(dir)), edges.trees);
        const { mergeCheck } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(960), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 5425));
        const { terminalPublisher } = await __webpack_require__.e(/* import() */ 79).then(__webpack_require__.bind(__webpack_require__, 1079));
        const format = get('format');
        const result = await mergeCheck({ ...settings, reports }, quietLog, edges, terminalPublisher(settings, format, 'check', terminal, edges));
        return result.failure ? exitCodes/* EXIT_FAILURE */.w : 0;
    });
}
/** `slipway check plan`: the action's check-plan on a local checkout. */
function runPlan(dir, flags) {
    return usage(async () => {
        const edges = (0,localEdges/* localEdges */.S)();
        const { settings, loaded } = await checkoutSettings('check plan', dir, flags, edges.trees, () => Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(960), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 5425)));
        const { planCheck } = loaded;
        const plan = await planCheck(settings, quietLog, edges);
        if ((0,flagInputs/* flagInputs */.C)('check plan', flags)('format') === 'json')
            process.stdout.write(`${JSON.stringify({ 'affected-apps': plan.affected, units: plan.units, shards: plan.shards, matrix: plan.matrix }, null, 2)}\n`);
        else
            process.stdout.write(`${plan.affected} of ${plan.units} app(s) affected: ${plan.shards} shard(s) (${plan.matrix.join(' ')})\n`);
        return 0;
    });
}


/***/ }),

/***/ 312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u7: () => (/* binding */ appUnit),
  zz: () => (/* binding */ isApplication),
  tj: () => (/* binding */ isApplicationSet)
});

// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/argo/repoUrl.ts
var repoUrl = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/core/argo/otherRepository.ts
var otherRepository = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/core/argo/sourceParameters.ts
var sourceParameters = __webpack_require__(5308);
// EXTERNAL MODULE: ./src/core/argo/trackedRevision.ts
var trackedRevision = __webpack_require__(1226);
// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
;// CONCATENATED MODULE: ./src/core/argo/applicationParts.ts
// Parts of an Application parsed once where the Application is read (application.ts): every field Slipway
// passes to a tool or reads itself gets its type here, and the code after trusts it.
//
// A source's `helm` block: every field Slipway passes to helm or reads itself is typed here. A field of the wrong
// type is left out (Argo CD's CRD refuses such an Application; the fields whose type it names as a problem
// are checked by application.ts first), and fields Slipway does not read are kept as written, for the
// comparison of the Application itself.


const applicationParts_text = (v) => (typeof v === 'string' ? v : undefined);
const flag = (v) => (typeof v === 'boolean' ? v : undefined);
const texts = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
/** A `helm` block (any value) \u2192 its options; a value that is not a map has none. */
function parseHelmOptions(raw) {
    const helm = (0,fields/* isFields */.Ce)(raw) ? raw : {};
    const out = { ...helm };
    const set = (key, value) => {
        if (value === undefined)
            delete out[key];
        else
            out[key] = value;
    };
    set('releaseName', applicationParts_text(helm.releaseName));
    set('valueFiles', texts(helm.valueFiles));
    set('values', applicationParts_text(helm.values));
    set('namespace', applicationParts_text(helm.namespace));
    set('kubeVersion', applicationParts_text(helm.kubeVersion));
    set('apiVersions', texts(helm.apiVersions));
    set('ignoreMissingValueFiles', flag(helm.ignoreMissingValueFiles));
    set('skipCrds', flag(helm.skipCrds));
    set('skipSchemaValidation', flag(helm.skipSchemaValidation));
    set('skipTests', flag(helm.skipTests));
    set('parameters', helm.parameters === undefined
        ? undefined
        : (0,fields/* listOf */.c3)(helm.parameters)
            .filter(fields/* isFields */.Ce)
            .filter((p) => typeof p.name === 'string')
            .map((p) => ({
            ...p,
            // helm's --set takes text: a number or boolean written unquoted is passed as written
            value: (0,plainText/* plainText */.w)(p.value, ''),
            ...(p.forceString !== undefined && { forceString: Boolean(p.forceString) }),
        })));
    set('fileParameters', helm.fileParameters === undefined
        ? undefined
        : (0,fields/* listOf */.c3)(helm.fileParameters).flatMap((p) => (0,fields/* isFields */.Ce)(p) && typeof p.name === 'string' && typeof p.path === 'string'
            ? [{ name: p.name, path: p.path }]
            : []));
    return out;
}
const IGNORE_TEXT = ['group', 'kind', 'name', 'namespace'];
const IGNORE_LISTS = ['jsonPointers', 'jqPathExpressions', 'managedFieldsManagers'];
/**
 * `spec.ignoreDifferences` \u2192 the rules. A rule with a field of the wrong type is left out whole, never
 * read without that field: a rule that lost its `kind` would hide the field in every object.
 */
function parseIgnoreRules(raw) {
    return (0,fields/* listOf */.c3)(raw).flatMap((r) => {
        if (!(0,fields/* isFields */.Ce)(r))
            return [];
        const rule = {};
        for (const key of IGNORE_TEXT) {
            const v = r[key];
            if (v === undefined || v === null)
                continue;
            if (typeof v !== 'string')
                return [];
            rule[key] = v;
        }
        for (const key of IGNORE_LISTS) {
            const v = r[key];
            if (v === undefined || v === null)
                continue;
            const list = texts(v);
            if (list === undefined || list.length !== (0,fields/* listOf */.c3)(v).length)
                return [];
            rule[key] = list;
        }
        return [rule];
    });
}

;// CONCATENATED MODULE: ./src/core/argo/application.ts
// One Argo CD Application \u2192 the unit it deploys, and how (or why it is not previewed). Sources in other
// Git repositories are units' sources too, marked with their repository (fetched when rendered).








const asObj = fields/* fieldsOf */.Pf;
const asStr = (v) => (typeof v === 'string' ? v : undefined);
const asArr = (v) => (Array.isArray(v) ? v : []);
function isApplication(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'Application');
}
/**
 * Whether an object is an ApplicationSet (expanded by applicationSets.ts, loaded only where a run meets
 * one: discovery.ts mayDeclareApplicationSet).
 */
function isApplicationSet(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'ApplicationSet');
}
function syncPolicyOf(spec) {
    const policy = asObj(spec.syncPolicy);
    const automated = policy.automated !== undefined && policy.automated !== null;
    const auto = asObj(policy.automated);
    return {
        automated,
        prune: automated && auto.prune === true,
        selfHeal: automated && auto.selfHeal === true,
        options: asArr(policy.syncOptions).filter((o) => typeof o === 'string'),
    };
}
function unitSource(source) {
    // relative to the repository root, like Argo CD's securejoin: `./x` and `/x` are `x`, `.x` stays `.x`
    const raw = asStr(source.path) ?? '';
    const path = (0,fileTree/* resolveInTree */.O4)('', raw.replace(/^\/+/, ''));
    const out = { path: path ?? raw };
    if (path === undefined)
        out.invalid = `path "${raw}" leaves the repository`;
    if (source.kustomize)
        out.kustomize = asObj(source.kustomize);
    if (source.helm)
        out.helm = parseHelmOptions(source.helm);
    if (source.directory) {
        const dir = asObj(source.directory);
        out.directory = dir;
        if (dir.jsonnet && Object.keys(asObj(dir.jsonnet)).length > 0)
            out.unsupported = 'jsonnet';
    }
    if (source.plugin)
        out.unsupported = 'config management plugin';
    // Argo CD's ExplicitType: a kustomize, helm, directory or plugin block decides the type; two are an error
    const explicit = ['kustomize', 'helm', 'directory', 'plugin'].filter((key) => source[key] !== undefined && source[key] !== null);
    if (explicit.length > 1)
        out.invalid = `multiple application sources defined: ${explicit.join(', ')} (Argo CD refuses such an app)`;
    else if (explicit[0])
        out.type = explicit[0];
    return out;
}
const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/**
 * Where an Application does not have the shape Argo CD's CRD requires of the fields Slipway reads \u2014 a
 * missing source, `kustomize.images` as a map, `valueFiles: [1]` \u2014 said in words; Argo CD refuses it too.
 */
function malformedApplication(spec) {
    const out = [];
    if (spec.source === undefined && spec.sources === undefined)
        return ['the Application has no spec.source or spec.sources'];
    if (spec.sources !== undefined && !Array.isArray(spec.sources))
        out.push('spec.sources must be a list');
    if (spec.source !== undefined && (typeof spec.source !== 'object' || Array.isArray(spec.source)))
        out.push('spec.source must be a map');
    const sources = spec.sources !== undefined ? asArr(spec.sources) : [spec.source];
    sources.forEach((value, i) => {
        const at = spec.sources !== undefined ? `spec.sources[${i}]` : 'spec.source';
        const source = asObj(value);
        if (typeof source.repoURL !== 'string')
            out.push(`${at}.repoURL must be a string`);
        const kustomize = source.kustomize;
        if (kustomize !== undefined && kustomize !== null) {
            if (!(0,fields/* isFields */.Ce)(kustomize))
                out.push(`${at}.kustomize must be a map`);
            else if (kustomize.images !== undefined && !isStringList(kustomize.images))
                out.push(`${at}.kustomize.images must be a list of strings (name:tag, name=newName:tag)`);
        }
        const helm = source.helm;
        if (helm !== undefined && helm !== null) {
            if (!(0,fields/* isFields */.Ce)(helm))
                out.push(`${at}.helm must be a map`);
            else {
                const h = helm;
                if (h.valueFiles !== undefined && !isStringList(h.valueFiles))
                    out.push(`${at}.helm.valueFiles must be a list of strings`);
                if (h.parameters !== undefined &&
                    !(Array.isArray(h.parameters) && h.parameters.every((p) => typeof asObj(p).name === 'string')))
                    out.push(`${at}.helm.parameters must be a list of {name, value}`);
                if (h.values !== undefined && typeof h.values !== 'string')
                    out.push(`${at}.helm.values must be a string (use valuesObject for a map)`);
            }
        }
        const directory = source.directory;
        if (directory !== undefined &&
            directory !== null &&
            (typeof directory !== 'object' || Array.isArray(directory)))
            out.push(`${at}.directory must be a map`);
    });
    return out;
}
/**
 * An in-repository source with Argo CD's `.argocd-source*.yaml` files of its folder merged in; a file
 * that cannot be merged, or leaves the source malformed, is a problem of the app.
 */
function withSourceParameters(tree, source, instance, problems) {
    const folder = (0,fileTree/* resolveInTree */.O4)('', (asStr(source.path) ?? '').replace(/^\/+/, ''));
    if (folder === undefined || asStr(source.chart))
        return { source };
    const merged = (0,sourceParameters/* mergeSourceParameters */.AQ)(tree, source, folder, instance);
    if (merged.problem)
        problems.push(merged.problem.message);
    else if (merged.merged.length > 0)
        for (const message of malformedApplication({ source: merged.source }))
            problems.push(`after merging ${merged.merged.join(' and ')}: ${message}`);
    return { source: merged.source, parameterFiles: (0,sourceParameters/* sourceParameterFiles */.qx)(folder, instance) };
}
/**
 * The Application as it is compared: the object without its status, its sources with their
 * `.argocd-source` files merged (`operation`, annotations and every other field kept).
 */
function definitionOf(obj, spec, sources) {
    const rest = {
        ...obj,
        spec: { ...spec, ...(spec.sources !== undefined ? { sources } : { source: sources[0] }) },
    };
    delete rest.status;
    return rest;
}
/** An Application object \u2192 a unit (or the reason it is not previewed). */
function appUnit(obj, file, line, repoUrls, tree, tracking) {
    const metadata = asObj(obj.metadata);
    const spec = asObj(obj.spec);
    const name = asStr(metadata.name) ?? '(unnamed)';
    const notPreviewed = [];
    const problems = malformedApplication(spec);
    // asked up to three times per source: each repoURL is compared once
    const oursByUrl = new Map();
    const ours = (source) => {
        const url = asStr(source.repoURL) ?? '';
        let known = oursByUrl.get(url);
        if (known === undefined)
            oursByUrl.set(url, (known = repoUrls.some((our) => (0,repoUrl/* sameRepo */.Zj)(our, url))));
        return known;
    };
    // a source of this repository at another revision than the pull request's branch: not its files
    const elsewhere = (source) => ours(source) && !(0,trackedRevision/* tracksBranch */.NO)(source.targetRevision, tracking)
        ? (0,trackedRevision/* revisionName */.pd)(source.targetRevision)
        : undefined;
    const instance = (0,sourceParameters/* instanceName */.zl)(name, asStr(metadata.namespace));
    const parameterFiles = new Map();
    const raw = (spec.sources ? asArr(spec.sources).map(asObj) : spec.source ? [asObj(spec.source)] : []).map((source) => {
        if (!tree || !ours(source) || source.path === undefined || problems.length > 0)
            return source;
        if (elsewhere(source))
            return source;
        const merged = withSourceParameters(tree, source, instance, problems);
        if (merged.parameterFiles)
            parameterFiles.set(merged.source, merged.parameterFiles);
        return merged.source;
    });
    // multi-source apps: `$<ref>/path` value files point into a source that names a ref
    const refs = new Map(raw.filter((s) => asStr(s.ref)).map((s) => [asStr(s.ref), s]));
    const refRevisions = new Map(raw.filter((s) => asStr(s.ref) && elsewhere(s)).map((s) => [asStr(s.ref), elsewhere(s)]));
    // where a source's files are: this repository (null), or another repository at a revision
    const repoOf = (source) => ours(source) ? null : { url: asStr(source.repoURL) ?? '', revision: (0,trackedRevision/* revisionName */.pd)(source.targetRevision) };
    const sameTree = (a, b) => a === null || b === null ? a === b : (0,repoUrl/* sameRepo */.Zj)(a.url, b.url) && a.revision === b.revision;
    const sources = [];
    for (const source of raw) {
        const repoURL = asStr(source.repoURL) ?? '';
        const chart = asStr(source.chart);
        const helm = source.helm === undefined ? undefined : parseHelmOptions(source.helm);
        const valueFiles = asArr(helm?.valueFiles);
        const refOf = (f) => typeof f === 'string' && f.startsWith('$') ? f.slice(1, f.indexOf('/')) : undefined;
        // `$<ref>/path` value files name a source of this app that names the ref
        const unknown = valueFiles.find((f) => refOf(f) !== undefined && !refs.has(refOf(f)));
        if (unknown !== undefined) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `value file ${(0,plainText/* plainText */.w)(unknown)} names no ref source of this app, not previewed`,
            });
            continue;
        }
        // a source neither here nor with a repoURL to fetch; or one that may be this repository spelt
        // another way (a mirror's host): fetched, it would show the remote's files as the pull request's
        if (!chart && !ours(source) && (!repoURL || (0,repoUrl/* looksLikeRepo */.u_)(repoURL, repoUrls))) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `external source ${repoURL || '(no repoURL)'}, not previewed${repoURL
                    ? ' (if this is this repository spelt another way, add the URL with --repo-url or the repo-url input)'
                    : ''}`,
            });
            continue;
        }
        // value files from a ref source at another revision: this source deploys what that revision holds
        const valuesRevision = valueFiles
            .map((f) => (refOf(f) === undefined ? undefined : refRevisions.get(refOf(f))))
            .find((rev) => rev !== undefined);
        // an oci:// repoURL is Argo CD's OCI source: the URL names the artifact (a chart), `chart` unused
        const oci = /^oci:\/\/[^/]+\/./i.exec(repoURL) ? repoURL.replace(/\/+$/, '') : undefined;
        const home = chart || oci ? null : repoOf(source);
        const otherRevision = chart || oci ? valuesRevision : (elsewhere(source) ?? valuesRevision);
        // a ref in the same tree as the source's files is `$values/`; one in another tree keeps its name
        const valueRefs = {};
        const helmOptions = helm && {
            ...helm,
            valueFiles: valueFiles.map((f) => {
                const ref = refOf(f);
                if (ref === undefined)
                    return f;
                const at = repoOf(refs.get(ref));
                const rest = f.slice(f.indexOf('/') + 1);
                if (sameTree(at, home))
                    return `$values/${rest}`;
                valueRefs[ref] = at;
                return `${otherRepository/* CROSS_REF */.xQ}${ref}/${rest}`;
            }),
        };
        const refsElsewhere = Object.keys(valueRefs).length > 0 ? { valueRefs } : undefined;
        if (chart || oci) {
            const ociPath = asStr(source.path) ?? '';
            sources.push({
                path: '',
                chart: {
                    repoURL: oci ? oci.slice(0, oci.lastIndexOf('/')) : repoURL,
                    name: oci ? oci.slice(oci.lastIndexOf('/') + 1) : chart,
                    ...(asStr(source.targetRevision) && { version: asStr(source.targetRevision) }),
                },
                helm: helmOptions ?? {},
                ...(otherRevision && { otherRevision }),
                ...refsElsewhere,
                ...(oci &&
                    !['', '.', './'].includes(ociPath) && {
                    unsupported: `OCI artifact (path "${(0,plainText/* plainText */.w)(ociPath)}" inside the artifact rather than a Helm chart at path .)`,
                }),
            });
        }
        else if (source.path !== undefined) {
            const files = parameterFiles.get(source);
            sources.push({
                ...unitSource(source),
                ...(helmOptions && { helm: helmOptions }),
                ...(files && { parameterFiles: files }),
                ...(otherRevision && { otherRevision }),
                ...(home && { repo: home }),
                ...refsElsewhere,
            });
        }
    }
    // a malformed Application is a failed app with the reason, never dropped
    if (sources.length === 0 && problems.length === 0)
        return { notPreviewed };
    const destination = asObj(spec.destination);
    const finalizers = asArr(metadata.finalizers).filter((f) => typeof f === 'string');
    // Argo CD identifies an app by namespace and name: the same name in two namespaces is two apps
    const namespace = asStr(metadata.namespace);
    const qualified = namespace && namespace !== 'argocd' ? `${namespace}/${name}` : name;
    const unit = {
        id: `app:${qualified}`,
        file,
        line,
        app: {
            name,
            ...(namespace && namespace !== 'argocd' && { namespace }),
            ...(asStr(spec.project) && { project: asStr(spec.project) }),
            origins: raw.map((r) => [
                asStr(r.repoURL) ?? '',
                asStr(r.chart) ?? asStr(r.path) ?? '',
                asStr(r.targetRevision) ?? 'HEAD',
            ].join(' ')),
            destination: {
                ...(asStr(destination.server) && { server: asStr(destination.server) }),
                ...(asStr(destination.name) && { name: asStr(destination.name) }),
                ...(asStr(destination.namespace) && { namespace: asStr(destination.namespace) }),
            },
            syncPolicy: syncPolicyOf(spec),
            cascadeDelete: finalizers.some((f) => f.startsWith('resources-finalizer.argocd.argoproj.io')),
            ignoreDifferences: parseIgnoreRules(spec.ignoreDifferences),
            definition: definitionOf(obj, spec, raw),
        },
        sources: problems.length > 0 ? [] : sources,
        ...(problems.length > 0 && {
            findings: problems.map((message) => ({
                severity: 'error',
                rule: 'invalid-application',
                unit: `app:${qualified}`,
                file,
                line,
                message,
            })),
        }),
    };
    return { unit, notPreviewed };
}


/***/ }),

/***/ 8536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ allowsUpdate),
/* harmony export */   M3: () => (/* binding */ allowsDelete),
/* harmony export */   US: () => (/* binding */ policyOf),
/* harmony export */   nd: () => (/* binding */ RESOURCES_FINALIZER)
/* harmony export */ });
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);
// An ApplicationSet's syncPolicy as Argo CD applies it to the Applications it generates: whether it
// updates and deletes them (applicationsSync), and whether a deletion cascades (the resources finalizer,
// unless preserveResourcesOnDeletion).


const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
function policyOf(appSet) {
    const syncPolicy = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf)(appSet.spec).syncPolicy);
    const sync = syncPolicy.applicationsSync;
    return {
        appSet: (0,_plainText_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .w)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf)(appSet.metadata).name, '(unnamed)'),
        applicationsSync: sync === 'create-only' || sync === 'create-update' || sync === 'create-delete' ? sync : 'sync',
        preserveResourcesOnDeletion: syncPolicy.preserveResourcesOnDeletion === true,
    };
}
/** Whether the policy lets Argo CD update a generated Application, and delete one no longer generated. */
const allowsUpdate = (p) => p.applicationsSync === 'sync' || p.applicationsSync === 'create-update';
const allowsDelete = (p) => p.applicationsSync === 'sync' || p.applicationsSync === 'create-delete';


/***/ }),

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ applicationFiles),
/* harmony export */   T_: () => (/* binding */ applicationsRepositoryUrl),
/* harmony export */   Z4: () => (/* binding */ applicationsRepositoryProblem),
/* harmony export */   iJ: () => (/* binding */ unreachableApplications)
/* harmony export */ });
/* unused harmony export applicationsFile */
/* harmony import */ var _manifestFiles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8503);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
/* harmony import */ var _otherRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3596);



/** A repository named as `owner/name`, on the GitHub server. */
const OWNER_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** `owner/name` \u2192 the GitHub server's URL of it; any other text is a URL, as written. */
function applicationsRepositoryUrl(repository, serverUrl) {
    const text = repository.trim();
    return OWNER_NAME.test(text) ? `${serverUrl.replace(/\/+$/, '')}/${text}` : text;
}
/** Why the text cannot name a repository, or undefined. */
function applicationsRepositoryProblem(repository) {
    const text = repository.trim();
    if (OWNER_NAME.test(text))
        return undefined;
    if (/^(https?|ssh):\/\/\S+$/i.test(text) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\S+$/.test(text))
        return undefined;
    return 'name it as owner/name or as a URL, like https://github.com/acme/argocd-apps.git';
}
/**
 * How the report names a file of the applications repository: `<url>@<revision>:<path>`. Never a path of
 * this repository's tree (a change to this repository is never a change to it).
 */
const applicationsFile = (url, revision, path) => `${(0,_otherRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .repoAtText */ .R3)(url, revision)}:${path}`;
/** The files of the fetched repository (below its folder) that may hold Applications, with their texts. */
function applicationFiles(source) {
    const files = [];
    if (!source.tree)
        return files;
    const prefix = source.path === '' ? '' : `${source.path}/`;
    for (const [path, entry] of source.tree) {
        if (!path.startsWith(prefix) || entry.text === undefined)
            continue;
        if (!(0,_manifestFiles_js__WEBPACK_IMPORTED_MODULE_2__/* .mayDeclareApps */ .Ex)(path) || !(0,_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayDeclareArgoResource */ .hU)(entry))
            continue;
        files.push({ path, label: applicationsFile(source.url, source.revision, path), text: entry.text });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * The stand-in for every app an unreachable applications repository would have given: not previewed, an
 * error (the preview cannot tell which of them the pull request changes, so it cannot pass for them).
 */
function unreachableApplications(source) {
    const where = (0,_otherRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .repoAtText */ .R3)(source.url, source.revision);
    const id = `path:applications of ${where}`;
    const finding = {
        severity: 'error',
        rule: 'not-previewed',
        unit: id,
        file: where,
        line: 1,
        message: `could not fetch ${where} (${source.error ?? 'unknown'}): the Applications it holds (input applications-repository) are not previewed`,
    };
    return { id, file: where, line: 1, sources: [], findings: [finding] };
}


/***/ }),

/***/ 3598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clusterSet),
/* harmony export */   HW: () => (/* binding */ clusterServers),
/* harmony export */   MY: () => (/* binding */ clusterFolderPath),
/* harmony export */   hD: () => (/* binding */ IN_CLUSTER_NAME),
/* harmony export */   hb: () => (/* binding */ IN_CLUSTER_SERVER),
/* harmony export */   lH: () => (/* binding */ CLUSTER_SECRET_LABEL),
/* harmony export */   mu: () => (/* binding */ clusterFolderProblem)
/* harmony export */ });
/* unused harmony export MAX_CLUSTER_FILES */
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
/* harmony import */ var _yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
// The clusters Argo CD knows, from cluster definitions in its own format: Kubernetes Secrets labelled
// `argocd.argoproj.io/secret-type: cluster` (YAML or JSON, one or many documents per file) in one folder
// of the repository at the pull request's base \u2014 the world the apps deploy to, which a pull request does
// not change (docs/argo-fidelity.md, "Clusters"). Of a Secret only `name`, `server` and `project` are
// read (base64 `data` or `stringData`, stringData winning as Kubernetes merges them) with its labels and
// annotations; every other value (the credentials in `config`) is never decoded, kept or shown.
//
// Argo CD's rules (applicationset/generators/cluster.go, util/db/cluster.go at the commit the vectors
// pin): the Secrets are listed by name, and the cluster generator keys those its selector picks by
// cluster name, the one listed last winning; the local cluster `in-cluster`
// (https://kubernetes.default.svc) exists unless a Secret names that server.



const IN_CLUSTER_NAME = 'in-cluster';
const IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';
const CLUSTER_SECRET_LABEL = 'argocd.argoproj.io/secret-type';
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const DEFINITION_FILE = /\.(ya?ml|json)$/i;
/** Cluster definition files read from the folder (a bound on hostile trees: each one is parsed). */
const MAX_CLUSTER_FILES = 1000;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
class BadDefinition extends Error {
}
/** A Secret's non-secret field: stringData's, else data's decoded; the value never named in an error. */
function field(secret, key) {
    const stringData = isObj(secret.stringData) ? secret.stringData : {};
    const data = isObj(secret.data) ? secret.data : {};
    if (stringData[key] !== undefined && stringData[key] !== null) {
        if (typeof stringData[key] !== 'string')
            throw new BadDefinition(`its stringData.${key} is not a string`);
        return stringData[key];
    }
    const encoded = data[key];
    if (encoded === undefined || encoded === null)
        return undefined;
    if (typeof encoded !== 'string' || !BASE64.test(encoded.replace(/\s+/g, '')))
        throw new BadDefinition(`its data.${key} is not base64 (write it in stringData to give it as text)`);
    return Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8');
}
function stringMap(value, what) {
    if (value === undefined || value === null)
        return {};
    if (!isObj(value))
        throw new BadDefinition(`its metadata.${what} is not a map`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            throw new BadDefinition(`its metadata.${what} ${JSON.stringify(k)} is not a string (quote it)`);
        out[k] = v;
    }
    return out;
}
/** Whether a document is a cluster Secret (other documents of the folder are left alone). */
function isClusterSecret(obj) {
    const metadata = isObj(obj.metadata) ? obj.metadata : {};
    const labels = isObj(metadata.labels) ? metadata.labels : {};
    return obj.apiVersion === 'v1' && obj.kind === 'Secret' && labels[CLUSTER_SECRET_LABEL] === 'cluster';
}
function clusterOf(obj, file, line) {
    const metadata = isObj(obj.metadata) ? obj.metadata : {};
    const secret = (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(metadata.name, '');
    if (secret === '')
        throw new BadDefinition('it has no metadata.name, which Kubernetes requires');
    const name = field(obj, 'name');
    const server = field(obj, 'server');
    if (name === undefined || name === '')
        throw new BadDefinition('it has no name (stringData.name or data.name)');
    if (server === undefined || server === '')
        throw new BadDefinition('it has no server (stringData.server or data.server)');
    const project = field(obj, 'project');
    const cluster = {
        name,
        server,
        ...(project !== undefined && { project }),
        labels: stringMap(metadata.labels, 'labels'),
        annotations: stringMap(metadata.annotations, 'annotations'),
        file,
        line,
    };
    return { secret, cluster };
}
/** Whether `folder` is a path inside the repository, written plainly (no absolute path, no `..`). */
function clusterFolderProblem(folder) {
    if (folder.startsWith('/') || /^[A-Za-z]:/.test(folder) || folder.split(/[\\/]/).includes('..'))
        return `"${folder}" is not a folder inside the repository`;
    return undefined;
}
/** The folder as a tree path: `./clusters/` \u2192 `clusters`. */
const clusterFolderPath = (folder) => folder
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
/**
 * The cluster definitions in `folder` of `tree` (the base's): every YAML or JSON file below it, each
 * Secret labelled as a cluster. The first problem (a file that does not parse, a Secret without a name
 * or server) makes the set unusable, named with its file and line and what to do.
 */
function clusterSet(tree, folder) {
    const root = clusterFolderPath(folder);
    const fail = (problem) => ({ folder: root, problem });
    const prefix = root === '' ? '' : `${root}/`;
    const files = [...tree.keys()].filter((p) => p.startsWith(prefix) && DEFINITION_FILE.test(p)).sort();
    if (files.length === 0)
        return fail(`the cluster definitions folder ${root || '.'} holds no YAML or JSON file at the base revision (commit the folder to the base branch)`);
    if (files.length > MAX_CLUSTER_FILES)
        return fail(`the cluster definitions folder ${root} holds more than ${MAX_CLUSTER_FILES} files`);
    const bySecret = new Map();
    for (const file of files) {
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .readText */ .yR)(tree, file);
        if (text === undefined)
            return fail(`the cluster definition file ${file} could not be read (too large, or a link leaving the folder)`);
        const docs = (0,_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifests */ .Ye)(text);
        if (!docs)
            return fail(`the cluster definition file ${file} is not valid YAML or JSON`);
        for (const { obj, line } of docs) {
            if (!isClusterSecret(obj))
                continue;
            try {
                const { secret, cluster } = clusterOf(obj, file, line);
                // one Secret applied twice: the later one stands, as `kubectl apply` leaves it
                bySecret.set(secret, cluster);
            }
            catch (error) {
                if (!(error instanceof BadDefinition))
                    throw error;
                return fail(`the cluster Secret at ${file}:${line} is not usable: ${error.message}`);
            }
        }
    }
    // as Argo CD lists them: by Secret name (the cluster generator keys them by cluster name after its selector)
    const clusters = [...bySecret.keys()].sort().map((secret) => bySecret.get(secret));
    return { folder: root, clusters };
}
/**
 * The server each cluster name stands for, for destinations given by name: a name two clusters share is
 * left out (Argo CD refuses such a destination), `in-cluster` is the local cluster unless a Secret names
 * it otherwise.
 */
function clusterServers(clusters) {
    const servers = new Map();
    for (const c of clusters) {
        const server = c.server.replace(/\/+$/, '');
        const known = servers.get(c.name);
        if (known)
            known.add(server);
        else
            servers.set(c.name, new Set([server]));
    }
    if (!servers.has(IN_CLUSTER_NAME))
        servers.set(IN_CLUSTER_NAME, new Set([IN_CLUSTER_SERVER]));
    const out = new Map();
    for (const [name, found] of servers)
        if (found.size === 1)
            out.set(name, [...found][0]);
    return out;
}


/***/ }),

/***/ 8376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c6: () => (/* binding */ discoverTexts),
  t: () => (/* binding */ discoverUnits),
  qd: () => (/* binding */ generatedApps),
  Cj: () => (/* binding */ mayDeclareApplicationSet),
  hU: () => (/* binding */ mayDeclareArgoResource),
  cw: () => (/* binding */ mayHoldApplicationSets),
  wt: () => (/* binding */ unitsOfFiles),
  hZ: () => (/* binding */ withPolicy)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
;// CONCATENATED MODULE: ./src/core/argo/folderUnits.ts
// The fallback of a repository without Argo CD Applications: each top kustomization, top chart and folder
// of plain manifests is one unit.




const asArr = (v) => (Array.isArray(v) ? v : []);
/** Kustomizations that no other kustomization builds on, and folders of plain manifests outside them. */
function folderUnits(tree, parse = manifestMaps/* parseManifests */.Ye) {
    const kustomizations = [...tree.keys()].filter((p) => sourceType/* KUSTOMIZATION_FILES */.Ct.includes(p.split('/').pop()) &&
        !p.split('/').some((s) => s.startsWith('.')));
    const kustomizeDirs = new Set(kustomizations.map(fileTree/* dirname */.pD));
    const referenced = new Set();
    for (const file of kustomizations) {
        const docs = parse(tree.get(file)?.text ?? '') ?? [];
        for (const doc of docs) {
            for (const ref of [
                ...asArr(doc.obj.resources),
                ...asArr(doc.obj.bases),
                ...asArr(doc.obj.components),
            ]) {
                if (typeof ref !== 'string')
                    continue;
                const target = (0,fileTree/* resolveInTree */.O4)((0,fileTree/* dirname */.pD)(file), ref);
                if (target !== undefined)
                    referenced.add(target);
            }
        }
    }
    const units = [...kustomizeDirs]
        .filter((dir) => !referenced.has(dir))
        .sort()
        .map((dir) => ({
        id: `path:${dir || '.'}`,
        file: (0,sourceType/* kustomizationIn */.dq)(tree, dir),
        line: 1,
        sources: [{ path: dir }],
    }));
    // a folder with Chart.yaml is a Helm unit (its templates are not plain manifests); subcharts are its own
    const chartDirs = [...tree.keys()]
        .filter((p) => p.split('/').pop() === 'Chart.yaml' && !p.split('/').some((s) => s.startsWith('.')))
        .map(fileTree/* dirname */.pD)
        .sort();
    const within = (dirs, p) => [...dirs].some((dir) => dir === '' || p === dir || p.startsWith(`${dir}/`));
    const topCharts = chartDirs.filter((dir) => !within(chartDirs.filter((other) => other !== dir), dir) && !within(kustomizeDirs, dir));
    for (const dir of topCharts)
        units.push({
            id: `path:${dir || '.'}`,
            file: dir === '' ? 'Chart.yaml' : `${dir}/Chart.yaml`,
            line: 1,
            sources: [{ path: dir }],
        });
    const insideKustomize = (p) => within(kustomizeDirs, p) || within(topCharts, p);
    const plainDirs = new Set();
    for (const [path, entry] of tree) {
        const dir = (0,fileTree/* dirname */.pD)(path);
        if (plainDirs.has(dir) || !(0,manifestFiles/* isManifestPath */.HS)(path) || insideKustomize(dir) || entry.text === undefined)
            continue;
        // the render parses the file: here it is parsed only when a look at its lines cannot tell
        if (holdsObjectAtSight(entry.text) ?? holdsObject(entry.text, parse))
            plainDirs.add(dir);
    }
    for (const dir of [...plainDirs].sort()) {
        units.push({
            id: `path:${dir || '.'}`,
            file: (0,fileTree/* filesIn */.nG)(tree, dir, false).find(manifestFiles/* isManifestPath */.HS) ?? dir,
            line: 1,
            sources: [{ path: dir }],
        });
    }
    return units;
}
/** Whether a file's documents hold an object (a map with a string apiVersion and kind), parsed. */
function holdsObject(text, parse = manifestMaps/* parseManifests */.Ye) {
    return (parse(text) ?? []).some((d) => typeof d.obj.apiVersion === 'string' && typeof d.obj.kind === 'string');
}
/** A root key of a block map, and what follows it on its line. */
const ROOT_KEY = /^[A-Za-z_][\w./-]*:(?:[ \t]+(.*))?$/;
/** A comment, a blank line, a nested line, or a document marker alone on its line. */
const NEUTRAL = /^(?:#|[ \t]|$|---[ \t]*(?:#.*)?$|\.\.\.[ \t]*(?:#.*)?$)/;
const DOCUMENT_END = /^(?:---|\.\.\.)/;
/** `apiVersion: apps/v1`, `kind: Deployment`: a plain scalar that YAML reads as a string, a comment after. */
const API_VERSION = /^apiVersion:[ \t]+([A-Za-z][\w./-]*)[ \t]*(?:#.*)?$/;
const KIND = /^kind:[ \t]+([A-Za-z]\w*)[ \t]*(?:#.*)?$/;
/** Plain scalars YAML 1.1 or 1.2 reads as booleans or null, not strings. */
const NOT_STRING = /^(?:true|false|yes|no|on|off|y|n|null)$/i;
/**
 * Whether a root key's value ends on its line: a plain scalar, a block scalar's header, or a flow
 * collection or quoted scalar closed on the line (checked plainly: no quote inside a flow collection, no
 * escape or inner quote in a quoted scalar). Otherwise the next lines may continue it at the root's
 * indentation, and only a parser can say what they are.
 */
function endsOnLine(value) {
    if (value === undefined || value === '' || value.startsWith('#'))
        return true;
    const first = value[0];
    if (first === '{' || first === '[') {
        if (/["'#]/.test(value))
            return false;
        let depth = 0;
        for (const c of value) {
            if (c === '{' || c === '[')
                depth++;
            else if (c === '}' || c === ']')
                depth--;
        }
        return depth === 0 && /[}\]][ \t]*$/.test(value);
    }
    if (first === '"')
        return /^"[^"\\]*"[ \t]*(?:#.*)?$/.test(value);
    if (first === "'")
        return /^'[^']*'[ \t]*(?:#.*)?$/.test(value);
    return true;
}
/**
 * Whether a file holds an object, told from its lines without parsing it, where they leave no doubt:
 * true when every line at the root of one document is a plain key whose value ends on its line, a
 * comment, a nested line or a sequence under a key, and two of those keys are `apiVersion:` and `kind:`
 * with plain string values; false when the text names neither (and holds no escape or tag that could
 * spell them); undefined \u2014 parse it \u2014 for anything else (a root sequence, flow maps
 * over several lines, JSON, quoted keys, a key given twice).
 */
function holdsObjectAtSight(text) {
    if (!text.includes('apiVersion') || !text.includes('kind'))
        return /[\\!]/.test(text) ? undefined : false;
    let apiVersion = 0;
    let kind = 0;
    let keys = 0;
    let found = false;
    let doubt = false;
    const end = () => {
        if (apiVersion > 1 || kind > 1)
            doubt = true;
        if (apiVersion === 1 && kind === 1)
            found = true;
        apiVersion = kind = keys = 0;
    };
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (NEUTRAL.test(line)) {
            if (DOCUMENT_END.test(line))
                end();
            continue;
        }
        // a block sequence may sit at its key's indentation: nested, once the document has a root key
        if (/^-(?:[ \t]|$)/.test(line) && keys > 0)
            continue;
        const key = ROOT_KEY.exec(line);
        if (!key || !endsOnLine(key[1]))
            return undefined;
        keys++;
        if (line.startsWith('apiVersion:')) {
            const value = API_VERSION.exec(line)?.[1];
            if (value === undefined || NOT_STRING.test(value))
                return undefined;
            apiVersion++;
        }
        else if (line.startsWith('kind:')) {
            const value = KIND.exec(line)?.[1];
            if (value === undefined || NOT_STRING.test(value))
                return undefined;
            kind++;
        }
    }
    end();
    return found && !doubt ? true : undefined;
}

// EXTERNAL MODULE: ./src/core/argo/application.ts + 1 modules
var application = __webpack_require__(312);
;// CONCATENATED MODULE: ./src/core/argo/discovery.ts
// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository \u2192 render units.
// Without any, the folder fallback (folderUnits.ts).






/**
 * Applications (and ApplicationSets) anywhere in the repository; without any, its kustomizations and
 * manifest folders \u2014 only those under the `paths` globs, when given.
 */
function discoverUnits(tree, repoUrls, paths = [], fallback = true, parse = manifestMaps/* parseManifests */.Ye, reuse = () => undefined, tracking, expand) {
    const byFile = new Map();
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* mayDeclareApps */.Ex)(path) || !mayDeclareArgoResource(entry))
            continue;
        const text = entry.text;
        const found = reuse(path, text) ?? discoverFile(tree, path, text, repoUrls, parse, tracking, expand);
        if (found)
            byFile.set(path, found);
    }
    if (byFile.size > 0 || !fallback)
        return applicationsFound([...byFile.values()], byFile);
    const inPaths = paths.length > 0 ? picomatch_default()(paths) : () => true;
    return {
        units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
        notPreviewed: [],
        applications: false,
    };
}
/** What the files holding Applications gave, as one discovery: one unit per identity, in file order. */
function applicationsFound(files, byFile) {
    const otherRevisions = files.flatMap((f) => f.otherRevisions ?? []);
    return {
        units: dedupeApps(files.flatMap((f) => f.units)),
        notPreviewed: files.flatMap((f) => f.notPreviewed),
        applications: true,
        ...(byFile && { byFile }),
        ...(otherRevisions.length > 0 && { otherRevisions }),
    };
}
/**
 * The units the Applications of these files define (a tree's kept index names the files of the units a
 * change affects; treeIndex.ts), as discoverUnits finds them in a tree where no app is defined twice.
 */
function unitsOfFiles(tree, paths, repoUrls, parse = manifestMaps/* parseManifests */.Ye, tracking, expand) {
    const units = [];
    for (const path of paths) {
        const text = tree.get(path)?.text;
        if (text !== undefined)
            units.push(...(discoverFile(tree, path, text, repoUrls, parse, tracking, expand)?.units ?? []));
    }
    return units;
}
/**
 * The Applications of files read elsewhere (the applications repository: applicationsRepository.ts), each
 * named by its label, with `tree` \u2014 this repository at the side discovered \u2014 for what they read of it:
 * the `.argocd-source` files of their sources' folders, the files their ApplicationSets' git generators
 * list. One unit per identity, as discoverUnits.
 */
function discoverTexts(tree, files, repoUrls, parse = manifestMaps/* parseManifests */.Ye, tracking, expand) {
    return applicationsFound(files.flatMap(({ label, text }) => discoverFile(tree, label, text, repoUrls, parse, tracking, expand) ?? []));
}
/**
 * Whether a file may hold an Application or ApplicationSet, without parsing it: it names argoproj.io, or
 * it could spell the name some other way \u2014 an escape (`"argoproj\x2eio/v1alpha1"`, JSON's `\u002e`) or a
 * tag (`!!binary`, which Kubernetes decodes). Files the shortcut skips cannot declare one (test).
 */
function mayDeclareArgoResource(entry) {
    return (0,fileTree/* mayInclude */.SH)(entry, 'argoproj.io') || (0,fileTree/* mayInclude */.SH)(entry, '\\') || (0,fileTree/* mayInclude */.SH)(entry, '!');
}
/**
 * Whether a file may hold an ApplicationSet, without parsing it: it may declare an Argo CD resource and
 * names the kind, or could spell it another way (an escape or a tag, as mayDeclareArgoResource). A caller
 * that finds no such file among those discovery parses need not load the ApplicationSet engine (test).
 */
function mayDeclareApplicationSet(entry) {
    return ((0,fileTree/* mayInclude */.SH)(entry, '\\') ||
        (0,fileTree/* mayInclude */.SH)(entry, '!') ||
        ((0,fileTree/* mayInclude */.SH)(entry, 'argoproj.io') && (entry.text?.includes('ApplicationSet') ?? false)));
}
/** Whether any of these files (all of the tree's, by default) may hold an ApplicationSet discovery reads. */
function mayHoldApplicationSets(tree, paths = tree.keys()) {
    for (const path of paths) {
        const entry = tree.get(path);
        if (entry && (0,manifestFiles/* mayDeclareApps */.Ex)(path) && mayDeclareApplicationSet(entry))
            return true;
    }
    return false;
}
/**
 * What an object generates when it is an ApplicationSet (undefined when it is not). Discovery and the
 * app-of-apps' children are given an expander wherever a file or an output may hold one
 * (mayHoldApplicationSets, deploysApplicationSets), so meeting one without it is a bug of Slipway's, and
 * the run stops on it rather than leave the set's apps out.
 */
function generatedApps(expand, obj, file, line, tree, repoUrls, tracking) {
    if (!(0,application/* isApplicationSet */.tj)(obj))
        return undefined;
    if (!expand)
        throw new Error(`${file}:${line}: an ApplicationSet that the ApplicationSet engine was not loaded for (a bug of Slipway's: please report it)`);
    return expand(obj, file, line, tree, repoUrls, tracking);
}
/** A generated app's unit, with what its ApplicationSet's syncPolicy makes Argo CD do with it. */
function withPolicy(unit, policy) {
    return unit.app ? { ...unit, app: { ...unit.app, generatedBy: policy } } : unit;
}
/** The Applications of one file (undefined when it holds none, nor an ApplicationSet). */
function discoverFile(tree, path, text, repoUrls, parse, tracking, expand) {
    const found = { text, units: [], notPreviewed: [], generated: false };
    let sawApplication = false;
    for (const doc of parse(text) ?? []) {
        const generated = generatedApps(expand, doc.obj, path, doc.line, tree, repoUrls, tracking);
        if (generated) {
            found.generated = true;
            found.reads ??= { folders: [], files: [] };
            found.reads.folders.push(...generated.reads.folders);
            found.reads.files.push(...generated.reads.files);
            found.notPreviewed.push(...generated.notPreviewed);
            if (generated.otherRevisions)
                (found.otherRevisions ??= []).push(...generated.otherRevisions);
        }
        const apps = generated ? generated.applications : (0,application/* isApplication */.zz)(doc.obj) ? [doc.obj] : [];
        if (generated || apps.length > 0)
            sawApplication = true;
        for (const app of apps) {
            const unit = (0,application/* appUnit */.u7)(app, path, doc.line, repoUrls, tree, tracking);
            if (unit.unit)
                found.units.push(generated ? withPolicy(unit.unit, generated.policy) : unit.unit);
            found.notPreviewed.push(...unit.notPreviewed);
        }
    }
    return sawApplication ? found : undefined;
}
/** Whether definition `a` comes before `b`: the lexically first path (code units), then the first line. */
const definedFirst = (a, b) => a.file < b.file || (a.file === b.file && a.line < b.line);
/**
 * One unit per identity. An app defined in several places is previewed from the definition in the
 * lexically first file (then the first line) \u2014 a rule that does not depend on the order files are met in,
 * so base and head preview the same definition whichever file a change touches \u2014 and each other definition
 * is an error on the kept one, naming both.
 */
function dedupeApps(units) {
    const byId = new Map();
    for (const unit of units) {
        const all = byId.get(unit.id);
        if (all)
            all.push(unit);
        else
            byId.set(unit.id, [unit]);
    }
    return [...byId.values()].map((all) => {
        const kept = all.reduce((best, u) => (definedFirst(u, best) ? u : best));
        const others = all.filter((u) => u !== kept && (u.file !== kept.file || u.line !== kept.line));
        if (others.length === 0)
            return kept;
        const name = kept.id.replace(/^app:/, '');
        // a copy: units are shared with the other revision's discovery (see Reuse)
        return {
            ...kept,
            findings: [
                ...(kept.findings ?? []),
                ...others
                    .sort((a, b) => (definedFirst(a, b) ? -1 : 1))
                    .map((unit) => ({
                    severity: 'error',
                    rule: 'duplicate-app',
                    unit: kept.id,
                    file: unit.file,
                    line: unit.line,
                    message: `Application ${name} is defined twice: here and in ${kept.file}:${kept.line}; Argo CD keeps one of them (the last applied), so Slipway previews the definition in the lexically first file, ${kept.file}, at both revisions`,
                })),
            ],
        };
    });
}


/***/ }),

/***/ 6557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ gitFilesMatcher)
/* harmony export */ });
/* unused harmony export gitPathspecMatch */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which files a git files generator reads. By default Argo CD's repo server lists them with
// `git ls-files -- <path>`: a git pathspec, where `*` and `?` match `/` too (so `apps/*/config.json` also
// finds `apps/a/b/config.json`, and `**` is just two stars), `[\u2026]` is a class, `\x` the character x, and a
// pattern that names a folder matches every file under it. With the controller's newer globbing
// (applicationsetcontroller.enable.new.git.file.globbing) it is a doublestar glob instead: `*` stays in
// one segment and `**` spans any number of them. Both matchers are linear in the pattern times the path.

/**
 * git's wildmatch without WM_PATHNAME: `*` matches any run of characters, slashes included, except that
 * a `**` between slashes (or at the start) may also match no folder at all: `a/**` then `/b` finds `a/b`.
 * Memoised on (pattern position, name position): at most pattern \u00d7 name steps, never exponential.
 */
function wildmatch(pattern, name) {
    const seen = new Set();
    const width = name.length + 1;
    const at = (p, n) => {
        for (;;) {
            if (seen.has(p * width + n))
                return false;
            seen.add(p * width + n);
            if (p === pattern.length)
                return n === name.length;
            if (pattern[p] === '*') {
                let q = p;
                while (pattern[q] === '*')
                    q++;
                const double = q - p >= 2 && (p === 0 || pattern[p - 1] === '/') && pattern[q] === '/';
                if (double && at(q + 1, n))
                    return true;
                if (q === pattern.length)
                    return true;
                for (let m = n; m <= name.length; m++)
                    if (at(q, m))
                        return true;
                return false;
            }
            if (n === name.length)
                return false;
            const next = matchOne(pattern, p, name[n]);
            if (next < 0)
                return false;
            p = next;
            n++;
        }
    };
    return at(0, 0);
}
/** Where the pattern continues when its element at `p` matches `c`; -1 when it does not. */
function matchOne(pattern, p, c) {
    const ch = pattern[p];
    if (ch === '?')
        return p + 1;
    if (ch === '\\' && p + 1 < pattern.length)
        return pattern[p + 1] === c ? p + 2 : -1;
    if (ch === '[') {
        let i = p + 1;
        const negated = pattern[i] === '!' || pattern[i] === '^';
        if (negated)
            i++;
        let matched = false;
        let first = true;
        for (; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
            let lo = pattern[i];
            if (lo === '\\' && i + 1 < pattern.length)
                lo = pattern[++i];
            i++;
            let hi = lo;
            if (pattern[i] === '-' && i + 1 < pattern.length && pattern[i + 1] !== ']') {
                hi = pattern[i + 1];
                if (hi === '\\' && i + 2 < pattern.length)
                    hi = pattern[++i + 1];
                i += 2;
            }
            if (lo <= c && c <= hi)
                matched = true;
        }
        // an unclosed class is no class: `[` is then the character itself
        if (i >= pattern.length)
            return c === '[' ? p + 1 : -1;
        return matched !== negated ? i + 1 : -1;
    }
    return ch === c ? p + 1 : -1;
}
const WILDCARD = /[*?[\\]/;
/** Whether `git ls-files -- pattern` lists the file at `path`. */
function gitPathspecMatch(pattern, path) {
    const literal = pattern.replace(/\/+$/, '');
    if (literal === '' || literal === '.')
        return true;
    if (path === literal || path.startsWith(`${literal}/`))
        return true;
    return WILDCARD.test(pattern) && wildmatch(pattern, path);
}
/** The matcher for one files generator path: git's pathspec, or doublestar with the newer globbing. */
function gitFilesMatcher(pattern, newGlobbing) {
    if (!newGlobbing)
        return (path) => gitPathspecMatch(pattern, path);
    const matches = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, { dot: true });
    return (path) => matches(path);
}


/***/ }),

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ compileGoRegexp),
/* harmony export */   p: () => (/* binding */ regexFunctions)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _goTemplate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8357);
// Sprig's regular-expression functions with Go's regexp package semantics: RE2 syntax and linear-time
// matching (re2js), so a pattern from the repository \u2014 `^(a+)+$` on a long string \u2014 costs time in
// proportion to its input, never the exponential backtracking of JavaScript's RegExp. The behaviour per
// function follows Go: FindAllString's n, ReplaceAllString's `$1`/`${name}` expansion, Split's n, and
// regexMatch returning false for a pattern that does not compile (the others fail the template).


/** A compiled pattern, cached: templates run the same few patterns once per generated app. */
const cache = new Map();
function compileGoRegexp(pattern) {
    let compiled = cache.get(pattern);
    if (!compiled) {
        try {
            compiled = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
        }
        catch (error) {
            throw new _goTemplate_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w(`error parsing regexp: ${error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)}`);
        }
        if (cache.size > 1000)
            cache.clear();
        cache.set(pattern, compiled);
    }
    return compiled;
}
/** Go's FindAllStringSubmatchIndex: [start, end, group starts and ends\u2026] per match, at most n (n < 0: all). */
function allMatches(re, s, n) {
    if (n === 0)
        return [];
    return re.re2().findAllSubmatchIndex(s, n < 0 ? -1 : n) ?? [];
}
/** Go's Regexp.Expand of a ReplaceAllString template: `$$`, `$1`, `${1}`, `$name`, `${name}`. */
function expand(template, s, match, names) {
    let out = '';
    let i = 0;
    while (i < template.length) {
        const dollar = template.indexOf('$', i);
        if (dollar === -1) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, dollar);
        const rest = template.slice(dollar + 1);
        if (rest.startsWith('$')) {
            out += '$';
            i = dollar + 2;
            continue;
        }
        const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
        const bare = braced ? undefined : /^[A-Za-z0-9_]+/.exec(rest);
        const name = braced?.[1] ?? bare?.[0];
        if (name === undefined) {
            // malformed: the $ is kept as text
            out += '$';
            i = dollar + 1;
            continue;
        }
        const group = /^\d+$/.test(name) ? Number(name) : names[name];
        const start = group === undefined ? -1 : (match[2 * group] ?? -1);
        const end = group === undefined ? -1 : (match[2 * group + 1] ?? -1);
        if (start >= 0 && end >= 0)
            out += s.slice(start, end);
        i = dollar + 1 + (braced ? braced[0].length : name.length);
    }
    return out;
}
function replaceAll(re, s, replace) {
    let out = '';
    let at = 0;
    for (const match of allMatches(re, s, -1)) {
        out += s.slice(at, match[0]) + replace(match);
        at = match[1];
    }
    return out + s.slice(at);
}
/** Go's Regexp.Split. */
function split(re, s, n) {
    if (n === 0)
        return [];
    if (re.pattern() !== '' && s === '')
        return [''];
    const parts = [];
    let begin = 0;
    let end = 0;
    for (const match of allMatches(re, s, n)) {
        if (n > 0 && parts.length === n - 1)
            break;
        end = match[0];
        if (match[1] !== 0)
            parts.push(s.slice(begin, end));
        begin = match[1];
    }
    if (end !== s.length)
        parts.push(s.slice(begin));
    return parts;
}
const quoteMeta = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
/** sprig's regex functions (and their must* forms, which return Go's error instead of panicking). */
function regexFunctions(str, int) {
    const fns = {
        regexMatch: (re, s) => {
            try {
                return compileGoRegexp(str(re)).test(str(s));
            }
            catch {
                return false;
            }
        },
        mustRegexMatch: (re, s) => compileGoRegexp(str(re)).test(str(s)),
        regexFind: (re, s) => {
            const match = allMatches(compileGoRegexp(str(re)), str(s), 1)[0];
            return match ? str(s).slice(match[0], match[1]) : '';
        },
        regexFindAll: (re, s, n) => allMatches(compileGoRegexp(str(re)), str(s), int(n)).map((m) => str(s).slice(m[0], m[1])),
        regexReplaceAll: (re, s, replacement) => {
            const compiled = compileGoRegexp(str(re));
            const names = compiled.namedGroups();
            return replaceAll(compiled, str(s), (m) => expand(str(replacement), str(s), m, names));
        },
        regexReplaceAllLiteral: (re, s, replacement) => replaceAll(compileGoRegexp(str(re)), str(s), () => str(replacement)),
        regexSplit: (re, s, n) => split(compileGoRegexp(str(re)), str(s), int(n)),
        regexQuoteMeta: (s) => quoteMeta(str(s)),
    };
    for (const name of ['regexFind', 'regexFindAll', 'regexReplaceAll', 'regexReplaceAllLiteral', 'regexSplit'])
        fns[`must${name[0].toUpperCase()}${name.slice(1)}`] = fns[name];
    return fns;
}


/***/ }),

/***/ 8357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   GY: () => (/* binding */ NO_VALUE),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   L$: () => (/* binding */ BudgetExceeded),
/* harmony export */   MV: () => (/* binding */ GoObject),
/* harmony export */   W9: () => (/* binding */ NotPreviewable),
/* harmony export */   WF: () => (/* binding */ goString),
/* harmony export */   YG: () => (/* binding */ TemplateBudget),
/* harmony export */   _1: () => (/* binding */ compileGoTemplate),
/* harmony export */   _w: () => (/* binding */ renderLegacyTemplate),
/* harmony export */   dO: () => (/* binding */ checkValueChars),
/* harmony export */   dy: () => (/* binding */ renderGoTemplate),
/* harmony export */   rR: () => (/* binding */ checkListItems)
/* harmony export */ });
/* unused harmony exports TEMPLATE_LIMITS, budgetExceeded, templateOptionsError, sprintf, CompiledTemplate */
/* harmony import */ var _countText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2895);
// Go's text/template, as Argo CD's ApplicationSet controller runs it on every string of a template: text
// and {{actions}} with trim markers and comments; pipelines with `|`; fields, variables (`$x :=`, `$`),
// literals and parenthesised pipelines; if / else if / else, range (lists and maps, `$i, $v :=`, else),
// with; the built-in functions and the functions given (Argo CD's sprig set, see sprigFunctions.ts).
// Printing and truthiness follow Go (`<no value>`, `map[a:1]`, `[a b]`, 1e+06). Parameters come from
// JSON, so numbers are float64 as in Argo CD. No npm package implements text/template with sprig well
// enough (the maintained ones stop at field lookups), so this one is written here and tested against
// Argo CD's documented examples (__tests__/core/goTemplate.test.ts).

class TemplateError extends Error {
}
/**
 * What one ApplicationSet's templates may cost (docs/security.md, "Budgets"): numbers no legitimate
 * ApplicationSet reaches, so that a template written to run forever or to fill memory \u2014 `range until
 * 1000000000`, nested ranges, a string doubled in a loop \u2014 ends quickly with a finding naming the limit.
 */
const TEMPLATE_LIMITS = {
    /** Template steps (actions, function calls, range iterations, value nodes measured) per ApplicationSet. */
    steps: 2_000_000,
    /** Characters all of an ApplicationSet's templates render, every generated Application together. */
    outputChars: 32 * 1024 * 1024,
    /** Characters of one rendered string, and the size of one value a function returns. */
    valueChars: 1024 * 1024,
    /** Items of one list: `until`, `seq`, `untilStep`, `range` over an integer, any list a function returns. */
    listItems: 100_000,
    /** `{{if}}`, `{{range}}`, `{{with}}` and parentheses inside one another; levels of a value. */
    nesting: 100,
    /** Wall-clock time for one ApplicationSet's templates, a last resort behind the counts above. */
    timeMs: 10_000,
};
/**
 * A function whose result Argo CD alone can know (it reads the clock or draws random numbers): the
 * template is not previewed, and the message says why.
 */
class NotPreviewable extends TemplateError {
}
/** A template went past one of TEMPLATE_LIMITS: the message names the limit. */
class BudgetExceeded extends TemplateError {
}
const LIMIT_TEXT = {
    steps: `more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_0__/* .countText */ .l)(TEMPLATE_LIMITS.steps)} template steps`,
    outputChars: `more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_0__/* .countText */ .l)(TEMPLATE_LIMITS.outputChars)} characters of rendered output`,
    valueChars: `a value of more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_0__/* .countText */ .l)(TEMPLATE_LIMITS.valueChars)} characters`,
    listItems: `a list of more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_0__/* .countText */ .l)(TEMPLATE_LIMITS.listItems)} items`,
    nesting: `nesting deeper than ${TEMPLATE_LIMITS.nesting} levels`,
    timeMs: `more than ${TEMPLATE_LIMITS.timeMs / 1000} s of template execution`,
};
function budgetExceeded(limit) {
    return new BudgetExceeded(`it exceeds the template budget: ${LIMIT_TEXT[limit]} (limit ${limit})`);
}
/** Throws unless a list of `n` items is within the budget: called before the list is built. */
function checkListItems(n) {
    if (n > TEMPLATE_LIMITS.listItems)
        throw budgetExceeded('listItems');
}
/** Throws unless a string of `n` characters is within the budget: called before the string is built. */
function checkValueChars(n) {
    if (n > TEMPLATE_LIMITS.valueChars)
        throw budgetExceeded('valueChars');
}
/** The running cost of one ApplicationSet's templates (one budget for all of its generated apps). */
class TemplateBudget {
    now;
    steps = 0;
    output = 0;
    nextClock = 4096;
    /** The step count at which step() looks further: the next clock reading, or past the limit. */
    nextCheck = 4096;
    deadline;
    constructor(now = Date.now) {
        this.now = now;
        this.deadline = now() + TEMPLATE_LIMITS.timeMs;
    }
    /** One step (or n): most calls an addition and a comparison, the limit and the clock checked past nextCheck. */
    step(n = 1) {
        if ((this.steps += n) >= this.nextCheck)
            this.check();
    }
    check() {
        if (this.steps > TEMPLATE_LIMITS.steps)
            throw budgetExceeded('steps');
        if (this.steps >= this.nextClock) {
            this.nextClock = this.steps + 4096;
            if (this.now() > this.deadline)
                throw budgetExceeded('timeMs');
        }
        this.nextCheck = Math.min(this.nextClock, TEMPLATE_LIMITS.steps + 1);
    }
    /** Characters rendered into the generated Applications. */
    rendered(chars) {
        this.output += chars;
        if (this.output > TEMPLATE_LIMITS.outputChars)
            throw budgetExceeded('outputChars');
    }
}
/** What a field lookup yields for a key the map does not have (Go's invalid reflect.Value). */
const NO_VALUE = Symbol('no value');
/**
 * A Go value with methods and fields of its own (a *semver.Version, a time.Time): `(semver "1.2.3").Major`,
 * `(semver "1.2.3").Compare $v`; printed with its String method, as fmt does.
 */
class GoObject {
}
/** Go's text/template options as Argo CD passes them (goTemplateOptions): only `missingkey=\u2026` exists. */
function templateOptionsError(options) {
    for (const option of options) {
        const m = /^missingkey=(.*)$/.exec(option);
        if (!m || !['default', 'invalid', 'zero', 'error'].includes(m[1]))
            return `goTemplateOptions has ${JSON.stringify(option)}, which Go's text/template does not recognise (it knows missingkey=default, invalid, zero and error)`;
    }
    return undefined;
}
function split(source) {
    const out = [];
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('{{', at);
        if (open === -1) {
            out.push(source.slice(at));
            break;
        }
        out.push(source.slice(at, open));
        let i = open + 2;
        const trimLeft = source.startsWith('- ', i) || source.startsWith('-\t', i) || source.startsWith('-\n', i);
        if (trimLeft)
            i += 1;
        // find the closing }} outside quotes
        let quote;
        let close = -1;
        for (let j = i; j < source.length; j++) {
            const c = source[j];
            if (quote) {
                if (c === '\\' && quote !== '`')
                    j++;
                else if (c === quote)
                    quote = undefined;
            }
            else if (c === '"' || c === '`' || c === "'")
                quote = c;
            else if (source.startsWith('}}', j)) {
                close = j;
                break;
            }
        }
        if (close === -1)
            throw new TemplateError('unclosed action');
        let end = close;
        const trimRight = /\s-$/.test(source.slice(i, close));
        if (trimRight)
            end -= 1;
        out.push({ body: source.slice(i, end), trimLeft, trimRight });
        at = close + 2;
    }
    // apply trim markers to the neighbouring text
    for (let k = 0; k < out.length; k++) {
        const item = out[k];
        if (typeof item === 'string')
            continue;
        if (item?.trimLeft && typeof out[k - 1] === 'string')
            out[k - 1] = out[k - 1].trimEnd();
        if (item?.trimRight && typeof out[k + 1] === 'string')
            out[k + 1] = out[k + 1].trimStart();
    }
    return out;
}
function tokenize(body) {
    const tokens = [];
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < body.length && body[j] !== '"')
                j += body[j] === '\\' ? 2 : 1;
            tokens.push({ t: 'string', v: String(JSON.parse(body.slice(i, j + 1))) });
            i = j + 1;
        }
        else if (c === '`') {
            const j = body.indexOf('`', i + 1);
            if (j === -1)
                throw new TemplateError('unterminated raw string');
            tokens.push({ t: 'string', v: body.slice(i + 1, j) });
            i = j + 1;
        }
        else if (c === "'") {
            const j = body.indexOf("'", i + 1);
            tokens.push({ t: 'char', v: body.slice(i + 1, j) });
            i = j + 1;
        }
        else if (c === '(' || c === ')' || c === '|' || c === ',') {
            tokens.push({ t: 'op', v: c });
            i++;
        }
        else if (body.startsWith(':=', i)) {
            tokens.push({ t: 'op', v: ':=' });
            i += 2;
        }
        else if (c === '=') {
            tokens.push({ t: 'op', v: '=' });
            i++;
        }
        else if (c === '$') {
            const m = /^\$\w*(\.\w+)*/.exec(body.slice(i));
            tokens.push({ t: 'var', v: m[0] });
            i += m[0].length;
        }
        else if (c === '.') {
            const m = /^(\.[\w]*)+/.exec(body.slice(i));
            tokens.push({ t: 'field', v: m[0], glued: body[i - 1] === ')' });
            i += m[0].length;
        }
        else if (/[-+\d]/.test(c)) {
            const m = /^[-+]?(0x[\da-fA-F]+|\d+(\.\d*)?([eE][-+]?\d+)?|\.\d+)/.exec(body.slice(i));
            if (!m)
                throw new TemplateError(`bad number in "${body}"`);
            tokens.push({ t: 'number', v: m[0] });
            i += m[0].length;
        }
        else {
            const m = /^[A-Za-z_]\w*/.exec(body.slice(i));
            if (!m)
                throw new TemplateError(`unexpected "${c}" in "${body}"`);
            tokens.push({ t: 'word', v: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}
// ---------- parsing
class PipelineParser {
    tokens;
    i = 0;
    depth = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    done() {
        return this.i >= this.tokens.length;
    }
    pipeline() {
        const decl = [];
        let assign = false;
        // `$x :=`, `$i, $v :=`, `$x =`
        const save = this.i;
        while (this.tokens[this.i]?.t === 'var') {
            decl.push(this.tokens[this.i].v);
            this.i++;
            if (this.tokens[this.i]?.v === ',')
                this.i++;
            else
                break;
        }
        const op = this.tokens[this.i];
        if (decl.length > 0 && op?.t === 'op' && (op.v === ':=' || op.v === '=')) {
            assign = op.v === '=';
            this.i++;
        }
        else {
            decl.length = 0;
            this.i = save;
        }
        const commands = [this.command()];
        while (this.tokens[this.i]?.v === '|' && this.tokens[this.i]?.t === 'op') {
            this.i++;
            commands.push(this.command());
        }
        return { decl, assign, commands, rests: commands.map((terms) => terms.slice(1)) };
    }
    command() {
        const terms = [];
        for (let token = this.tokens[this.i]; token; token = this.tokens[this.i]) {
            if (token.t === 'op' && (token.v === '|' || token.v === ')'))
                break;
            terms.push(this.term());
        }
        if (terms.length === 0)
            throw new TemplateError('missing value for command');
        return terms;
    }
    term() {
        const token = this.tokens[this.i++];
        switch (token.t) {
            case 'string':
                return { kind: 'literal', value: token.v };
            case 'char':
                return { kind: 'literal', value: token.v.codePointAt(0) };
            case 'number':
                return { kind: 'literal', value: Number(token.v) };
            case 'field':
                return {
                    kind: 'field',
                    base: 'dot',
                    path: token.v
                        .split('.')
                        .slice(1)
                        .filter((p) => p !== ''),
                };
            case 'var': {
                const [name, ...rest] = token.v.split('.');
                return { kind: 'field', base: name, path: rest };
            }
            case 'word':
                if (token.v === 'true' || token.v === 'false')
                    return { kind: 'literal', value: token.v === 'true' };
                if (token.v === 'nil')
                    return { kind: 'literal', value: null };
                return { kind: 'ident', name: token.v };
            case 'op': {
                if (token.v !== '(')
                    throw new TemplateError(`unexpected "${token.v}"`);
                if (++this.depth > TEMPLATE_LIMITS.nesting)
                    throw budgetExceeded('nesting');
                const pipe = this.pipeline();
                this.depth--;
                if (this.tokens[this.i++]?.v !== ')')
                    throw new TemplateError('unclosed left paren');
                const next = this.tokens[this.i];
                let path = [];
                if (next?.t === 'field' && next.glued) {
                    path = next.v.split('.').slice(1);
                    this.i++;
                }
                return { kind: 'pipe', pipe, path };
            }
        }
    }
}
function parsePipeline(text) {
    const parser = new PipelineParser(tokenize(text));
    const pipe = parser.pipeline();
    if (!parser.done())
        throw new TemplateError(`unexpected text in "${text}"`);
    return pipe;
}
function parseTemplate(source) {
    const root = [];
    const stack = [];
    const target = () => {
        const top = stack.at(-1);
        return top ? (top.inElse ? top.node.else : top.node.then) : root;
    };
    for (const item of split(source)) {
        if (typeof item === 'string') {
            if (item !== '')
                target().push({ kind: 'text', text: item });
            continue;
        }
        const body = item.body.trim();
        if (body.startsWith('/*'))
            continue;
        const [keyword, rest] = [/^\w+/.exec(body)?.[0] ?? '', body.replace(/^\w+/, '').trim()];
        if (keyword === 'if' || keyword === 'with' || keyword === 'range') {
            const node = { kind: keyword, pipe: parsePipeline(rest), then: [], else: [] };
            target().push(node);
            stack.push({ node, inElse: false });
            if (stack.length > TEMPLATE_LIMITS.nesting)
                throw budgetExceeded('nesting');
        }
        else if (keyword === 'else') {
            const top = stack.at(-1);
            if (!top || top.inElse)
                throw new TemplateError('unexpected {{else}}');
            top.inElse = true;
            const chained = /^(if|with)\s/.exec(rest);
            if (chained) {
                const node = {
                    kind: chained[1] === 'if' ? 'if' : 'with',
                    pipe: parsePipeline(rest.slice(chained[0].length)),
                    then: [],
                    else: [],
                };
                top.node.else.push(node);
                stack.push({ node, inElse: false, elseIf: true });
                if (stack.length > TEMPLATE_LIMITS.nesting)
                    throw budgetExceeded('nesting');
            }
        }
        else if (keyword === 'end') {
            if (stack.length === 0)
                throw new TemplateError('unexpected {{end}}');
            while (stack.pop()?.elseIf)
                ;
        }
        else if (['define', 'template', 'block', 'break', 'continue'].includes(keyword) &&
            !rest.startsWith(':')) {
            throw new TemplateError(`{{${keyword}}} is not supported`);
        }
        else
            target().push({ kind: 'action', pipe: parsePipeline(body) });
    }
    if (stack.length > 0)
        throw new TemplateError('unexpected EOF: an {{if}}, {{range}} or {{with}} has no {{end}}');
    return root;
}
// ---------- values as Go sees them
function isTrue(value) {
    if (value instanceof GoObject)
        return true;
    if (value === NO_VALUE || value === null || value === undefined || value === false)
        return false;
    if (value === 0 || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.keys(value).length > 0;
    return true;
}
function goFloat(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? '+Inf' : '-Inf';
    if (x === 0)
        return '0';
    const exp = Math.floor(Math.log10(Math.abs(x)));
    // strconv.FormatFloat(x, 'g', -1, 64): %e when the exponent is < -4 or >= 6 (1e+06, 1.5e-05)
    if (exp < -4 || exp >= 6) {
        return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
    }
    return String(x);
}
/** fmt.Sprint of one value. */
function goString(value) {
    if (value === NO_VALUE)
        return '<no value>';
    if (value === null || value === undefined)
        return '<nil>';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return goFloat(value);
    if (typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    if (value instanceof GoObject)
        return value.toString();
    if (Array.isArray(value))
        return `[${value.map(goString).join(' ')}]`;
    if (typeof value === 'object')
        return `map[${Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => `${k}:${goString(v)}`)
            .join(' ')}]`;
    return typeof value === 'function' ? '<func>' : value.toString();
}
// ---------- execution
/** Variables of one block; the map is made only when the block declares one (most never do). */
class Scope {
    parent;
    dollar;
    vars;
    /** The root scope holds `$`, the data the template was executed with. */
    constructor(parent, dollar) {
        this.parent = parent;
        this.dollar = dollar;
    }
    get(name) {
        if (this.vars?.has(name))
            return this.vars.get(name);
        if (this.parent)
            return this.parent.get(name);
        if (name === '$')
            return this.dollar;
        throw new TemplateError(`undefined variable: ${name}`);
    }
    declare(name, value) {
        (this.vars ??= new Map()).set(name, value);
    }
    assign(name, value) {
        if (this.vars?.has(name) || !this.parent)
            this.declare(name, value);
        else
            this.parent.assign(name, value);
    }
}
const BUILTINS = {
    and: (...args) => args.find((a) => !isTrue(a)) ?? args.at(-1),
    or: (...args) => args.find((a) => isTrue(a)) ?? args.at(-1),
    not: (a) => !isTrue(a),
    len: (a) => {
        if (typeof a === 'string' || Array.isArray(a))
            return a.length;
        if (a && typeof a === 'object')
            return Object.keys(a).length;
        throw new TemplateError(`len of ${goString(a)}`);
    },
    index: (item, ...keys) => {
        let value = item;
        for (let k = 0; k < keys.length; k++) {
            const key = keys[k];
            if (Array.isArray(value) || typeof value === 'string') {
                const i = Number(key);
                if (!Number.isInteger(i) || i < 0 || i >= value.length)
                    throw new TemplateError(`error calling index: index out of range: ${goString(key)}`);
                value = value[i];
            }
            else if (value && typeof value === 'object') {
                value = Reflect.get(value, String(key)) ?? null;
            }
            else
                throw new TemplateError(`error calling index: cannot index ${goString(value)}`);
        }
        return value;
    },
    slice: (item, ...bounds) => {
        const [from, to] = bounds.map(Number);
        if (typeof item === 'string' || Array.isArray(item))
            return item.slice(from ?? 0, to);
        throw new TemplateError('can only slice strings and lists');
    },
    print: (...args) => args
        .map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goString(a))
        .join(''),
    println: (...args) => `${args.map(goString).join(' ')}\n`,
    printf: (format, ...args) => sprintf(String(format), args),
    urlquery: (...args) => encodeURIComponent(args.map(goString).join('')).replace(/%20/g, '+'),
    html: (...args) => args
        .map(goString)
        .join('')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&#34;')
        .replace(/'/g, '&#39;'),
    js: (...args) => JSON.stringify(args.map(goString).join('')).slice(1, -1),
    eq: (a, ...bs) => bs.some((b) => compare(a, b) === 0),
    ne: (a, b) => compare(a, b) !== 0,
    lt: (a, b) => compare(a, b) < 0,
    le: (a, b) => compare(a, b) <= 0,
    gt: (a, b) => compare(a, b) > 0,
    ge: (a, b) => compare(a, b) >= 0,
};
function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return a === b ? 0 : 1;
    if ((a === null || a === NO_VALUE) && (b === null || b === NO_VALUE))
        return 0;
    throw new TemplateError(`incompatible types for comparison: ${goString(a)} and ${goString(b)}`);
}
/** Format strings cut into text and verbs, once each (a template's printf runs once per app). */
const FORMATS = new Map();
const FORMATS_LIMIT = 1000;
function formatParts(format) {
    let parts = FORMATS.get(format);
    if (parts)
        return parts;
    parts = [];
    let at = 0;
    for (const m of format.matchAll(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([svdfqtxXeg%])/g)) {
        if (m.index > at)
            parts.push(format.slice(at, m.index));
        const [, flags, width, prec, verb] = m;
        const bare = (verb === 's' || verb === 'v') && flags === '' && !width && prec === undefined;
        parts.push({ flags, width, prec, verb, bare });
        at = m.index + m[0].length;
    }
    if (at < format.length)
        parts.push(format.slice(at));
    if (FORMATS.size >= FORMATS_LIMIT)
        FORMATS.clear();
    FORMATS.set(format, parts);
    return parts;
}
/** Go's fmt verbs used in templates: %s %v %d %f %q %t %x %%, with width, precision and flags. */
function sprintf(format, args) {
    const parts = formatParts(format);
    let n = 0;
    let text = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (typeof part === 'string')
            text += part;
        else if (part.verb === '%')
            text += '%';
        else {
            const arg = args[n++];
            text += part.bare && typeof arg === 'string' ? arg : formatVerb(part, arg);
        }
    }
    return text;
}
function formatVerb({ flags, width, prec, verb }, arg) {
    let out;
    switch (verb) {
        case 'd':
            out = String(Math.trunc(Number(arg)));
            break;
        case 'f':
            out = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
            break;
        case 'e':
            out = Number(arg)
                .toExponential(prec === undefined ? 6 : Number(prec))
                .replace(/e([+-])(\d)$/, 'e$10$2');
            break;
        case 'g':
            out = goFloat(Number(arg));
            break;
        case 'q':
            out = JSON.stringify(goString(arg));
            break;
        case 't':
            out = String(isTrue(arg));
            break;
        case 'x':
        case 'X':
            out =
                typeof arg === 'number' ? Math.trunc(arg).toString(16) : Buffer.from(goString(arg)).toString('hex');
            if (verb === 'X')
                out = out.toUpperCase();
            break;
        default:
            out = goString(arg);
            if (prec !== undefined)
                out = out.slice(0, Number(prec));
    }
    if (width)
        checkValueChars(Number(width));
    if (width && out.length < Number(width)) {
        const pad = flags.includes('0') && !flags.includes('-') && 'dfeg'.includes(verb) ? '0' : ' ';
        out = flags.includes('-') ? out.padEnd(Number(width)) : out.padStart(Number(width), pad);
    }
    return out;
}
/**
 * The size of a value a function returned, in characters (a string's length, 1 for any other scalar or
 * container), walked up to the limit: shared references count each time they appear, as they would when
 * printed, so a value doubled by nesting it twice in itself stops here rather than in toJson.
 */
function measure(value, budget) {
    if (typeof value === 'string')
        return checkValueChars(value.length);
    if (value === null || typeof value !== 'object' || value instanceof GoObject)
        return;
    let size = 0;
    let nodes = 0;
    const stack = [value];
    const depths = [0];
    while (stack.length > 0) {
        const item = stack.pop();
        const depth = depths.pop();
        nodes++;
        size++;
        if (size > TEMPLATE_LIMITS.valueChars)
            throw budgetExceeded('valueChars');
        if (depth >= TEMPLATE_LIMITS.nesting)
            throw budgetExceeded('nesting');
        const children = Array.isArray(item) ? item : Object.values(item);
        if (Array.isArray(item) && item.length > TEMPLATE_LIMITS.listItems)
            throw budgetExceeded('listItems');
        if (!Array.isArray(item))
            for (const k of Object.keys(item))
                size += k.length;
        for (const child of children) {
            // scalars are counted here, without a trip through the stack
            if (typeof child === 'string')
                size += child.length;
            else if (child === null || typeof child !== 'object' || child instanceof GoObject)
                size++;
            else {
                stack.push(child);
                depths.push(depth + 1);
                continue;
            }
            nodes++;
        }
        if (size > TEMPLATE_LIMITS.valueChars)
            throw budgetExceeded('valueChars');
    }
    budget.step(nodes);
}
/**
 * The function table a template runs with: Go looks a name up in the functions given first, then in the
 * built-ins. Built once per table (Argo CD's set is one object for the whole run), never per string.
 */
const TABLES = new WeakMap();
function functionTable(functions) {
    let table = TABLES.get(functions);
    if (!table) {
        table = new Map([...Object.entries(BUILTINS), ...Object.entries(functions)]);
        TABLES.set(functions, table);
    }
    return table;
}
/** What literal() gives for a term that is not a literal. */
const NOT_LITERAL = Symbol('not a literal');
/** The value of a literal term (a string, number, boolean or nil written in the template), else NOT_LITERAL. */
const literal = (term) => (term?.kind === 'literal' ? term.value : NOT_LITERAL);
/** What a function receives for a missing value: Go passes nil, never the invalid value. */
const arg = (value) => (value === NO_VALUE ? null : value);
/** Go's evalField of one key on `current`; `at` names the place, worked out only for an error message. */
function fieldOf(rt, current, key, at, hasArgs) {
    const where = () => (typeof at === 'string' ? at : location(at));
    // a missing value has no fields: the chain stays missing (or fails under missingkey=error)
    if (current === NO_VALUE) {
        if (rt.missingKeyError)
            throw new TemplateError(`at <${where()}>: nil data; no entry for key "${key}"`);
        return NO_VALUE;
    }
    if (current === null || current === undefined)
        throw new TemplateError(`at <${where()}>: nil pointer evaluating interface {}.${key}`);
    if (current instanceof GoObject) {
        // a method named without arguments is called, as Go does: `$v.Major`
        const method = current.method(key);
        if (method)
            return hasArgs ? method : method();
        const value = current.field(key);
        if (value !== undefined)
            return value;
        throw new TemplateError(`at <${where()}>: can't evaluate field ${key} in type ${current.goType}`);
    }
    if (typeof current !== 'object' || Array.isArray(current))
        throw new TemplateError(`at <${where()}>: can't evaluate field ${key} in type interface {}`);
    if (hasArgs)
        throw new TemplateError(`at <${where()}>: ${key} is not a method but has arguments`);
    if (!Object.prototype.hasOwnProperty.call(current, key)) {
        if (rt.missingKeyError)
            throw new TemplateError(`at <${where()}>: map has no entry for key "${key}"`);
        return NO_VALUE;
    }
    return Reflect.get(current, key);
}
/** What ownField gives when `current` is not a plain map with the key. */
const MISS = Symbol('not an own key');
/** A plain map's own key, the common case of fieldOf (no error to word, no method to look for); else MISS. */
function ownField(current, key) {
    // isMapValue and the key, inlined (a call fewer per lookup)
    if (current === null ||
        typeof current !== 'object' ||
        Array.isArray(current) ||
        current instanceof GoObject)
        return MISS;
    return Object.prototype.hasOwnProperty.call(current, key) ? Reflect.get(current, key) : MISS;
}
/** evalField for each key of `path`, from `value`. */
function fieldPath(rt, value, path, where) {
    let current = value;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const own = ownField(current, key);
        current = own === MISS ? fieldOf(rt, current, key, where, false) : own;
    }
    return current;
}
/** The size check of what a function returned (a string's length, or the walk of measure). */
function measured(result, budget) {
    if (typeof result === 'string') {
        if (result.length > TEMPLATE_LIMITS.valueChars)
            throw budgetExceeded('valueChars');
    }
    else if (result !== null && typeof result === 'object')
        measure(result, budget);
    return result;
}
/** Calls `fn` with `args`, as the function call of a command: one step, the result measured. */
function call(fn, args, rt) {
    rt.budget.step();
    switch (args.length) {
        case 0:
            return measured(fn(), rt.budget);
        case 1:
            return measured(fn(args[0]), rt.budget);
        case 2:
            return measured(fn(args[0], args[1]), rt.budget);
        case 3:
            return measured(fn(args[0], args[1], args[2]), rt.budget);
        default:
            return measured(fn(...args), rt.budget);
    }
}
/** Go's message for an error a function raised: `error calling NAME: \u2026`; budgets and refusals say their own. */
function callError(name, error) {
    if (error instanceof BudgetExceeded || error instanceof NotPreviewable)
        return error;
    if (error instanceof TemplateError)
        return error.message.startsWith('error calling ') || error.message.startsWith('at <')
            ? error
            : new TemplateError(`error calling ${name}: ${error.message}`);
    return new TemplateError(`error calling ${name}: ${error instanceof Error ? error.message : String(error)}`);
}
/**
 * A parsed template compiled to closures, once per string: each node, pipeline, command and term becomes
 * a function of (dot, scope, runtime), with the function table looked up here rather than per call.
 */
class Compiler {
    functions;
    /** Whether the template declares a variable: without one, every block shares the root scope. */
    scoped;
    constructor(functions, nodes) {
        this.functions = functions;
        this.scoped = declares(nodes);
    }
    /** A term with no arguments given (an argument of a command, or a command alone). */
    term(term) {
        switch (term.kind) {
            case 'literal': {
                const value = term.value;
                return () => value;
            }
            case 'pipe': {
                const pipe = this.pipeline(term.pipe);
                const path = term.path;
                if (path.length === 0)
                    return pipe;
                return (dot, scope, rt) => fieldPath(rt, pipe(dot, scope, rt), path, term);
            }
            case 'field': {
                const name = term.base;
                const path = term.path;
                if (name === 'dot') {
                    if (path.length === 0)
                        return (dot) => dot;
                    if (path.length === 1) {
                        const key = path[0];
                        return (dot, _scope, rt) => {
                            const value = ownField(dot, key);
                            return value === MISS ? fieldOf(rt, dot, key, term, false) : value;
                        };
                    }
                    if (path.length === 2) {
                        // `.path.basename`: the two lookups of fieldPath, unrolled
                        const [outer, inner] = path;
                        return (dot, _scope, rt) => {
                            let value = ownField(dot, outer);
                            if (value === MISS)
                                value = fieldOf(rt, dot, outer, term, false);
                            const last = ownField(value, inner);
                            return last === MISS ? fieldOf(rt, value, inner, term, false) : last;
                        };
                    }
                    return (dot, _scope, rt) => fieldPath(rt, dot, path, term);
                }
                if (path.length === 0)
                    return (_dot, scope) => scope.get(name);
                return (_dot, scope, rt) => fieldPath(rt, scope.get(name), path, term);
            }
            case 'ident': {
                const name = term.name;
                const fn = this.functions.get(name);
                return (_dot, _scope, rt) => {
                    if (!fn)
                        throw new TemplateError(`function "${name}" not defined`);
                    return call(fn, NONE, rt);
                };
            }
        }
    }
    /** One command of a pipeline; `piped`: whether a previous command's value is passed as the last argument. */
    command(terms, rest, piped) {
        const head = terms[0];
        const fn = head.kind === 'ident' ? this.functions.get(head.name) : undefined;
        const args = rest.map((t) => this.term(t));
        if (head.kind === 'ident' && (head.name === 'and' || head.name === 'or') && fn === BUILTINS[head.name]) {
            // Go evaluates and/or's arguments only until the result is known
            if (args.length === 0 && !piped)
                return () => {
                    throw new TemplateError(`wrong number of args for ${head.name}: want at least 1 got 0`);
                };
            const stopAt = head.name === 'or';
            return (dot, scope, rt, pipedValue) => {
                let value;
                for (let i = 0; i < args.length; i++) {
                    value = arg(args[i](dot, scope, rt));
                    if (isTrue(value) === stopAt)
                        return value;
                }
                if (piped) {
                    value = arg(pipedValue);
                    if (isTrue(value) === stopAt)
                        return value;
                }
                return value;
            };
        }
        if (head.kind === 'ident') {
            const name = head.name;
            const count = args.length + (piped ? 1 : 0);
            // one or two arguments (most calls): no list of them built
            const [first, second] = args;
            // what a function receives for a missing value is nil (arg), as in Go; a string result (most) is
            // measured here, anything else by measured
            if (fn && count === 1 && !first)
                return (_dot, _scope, rt, pipedValue) => {
                    try {
                        rt.budget.step();
                        const result = fn(pipedValue === NO_VALUE ? null : pipedValue);
                        if (typeof result !== 'string')
                            return measured(result, rt.budget);
                        if (result.length > TEMPLATE_LIMITS.valueChars)
                            throw budgetExceeded('valueChars');
                        return result;
                    }
                    catch (error) {
                        throw callError(name, error);
                    }
                };
            if (fn && count === 1 && first)
                return (dot, scope, rt) => {
                    const value = first(dot, scope, rt);
                    try {
                        rt.budget.step();
                        const result = fn(value === NO_VALUE ? null : value);
                        if (typeof result !== 'string')
                            return measured(result, rt.budget);
                        if (result.length > TEMPLATE_LIMITS.valueChars)
                            throw budgetExceeded('valueChars');
                        return result;
                    }
                    catch (error) {
                        throw callError(name, error);
                    }
                };
            // a literal argument (`trunc 40`, `replace "a" "b"`) is its value, no term to evaluate
            const [lit0, lit1] = [literal(rest[0]), literal(rest[1])];
            if (fn && count === 2 && first)
                return (dot, scope, rt, pipedValue) => {
                    const a = lit0 === NOT_LITERAL ? first(dot, scope, rt) : lit0;
                    const b = lit1 === NOT_LITERAL ? (second ? second(dot, scope, rt) : pipedValue) : lit1;
                    try {
                        rt.budget.step();
                        const result = fn(a === NO_VALUE ? null : a, b === NO_VALUE ? null : b);
                        if (typeof result !== 'string')
                            return measured(result, rt.budget);
                        if (result.length > TEMPLATE_LIMITS.valueChars)
                            throw budgetExceeded('valueChars');
                        return result;
                    }
                    catch (error) {
                        throw callError(name, error);
                    }
                };
            const third = args[2];
            if (fn && count === 3 && first && second)
                return (dot, scope, rt, pipedValue) => {
                    const a = lit0 === NOT_LITERAL ? first(dot, scope, rt) : lit0;
                    const b = lit1 === NOT_LITERAL ? second(dot, scope, rt) : lit1;
                    const c = third ? third(dot, scope, rt) : pipedValue;
                    try {
                        rt.budget.step();
                        const result = fn(a === NO_VALUE ? null : a, b === NO_VALUE ? null : b, c === NO_VALUE ? null : c);
                        if (typeof result !== 'string')
                            return measured(result, rt.budget);
                        if (result.length > TEMPLATE_LIMITS.valueChars)
                            throw budgetExceeded('valueChars');
                        return result;
                    }
                    catch (error) {
                        throw callError(name, error);
                    }
                };
            return (dot, scope, rt, pipedValue) => {
                // what a function receives for a missing value is nil (arg), as in Go
                const values = new Array(count);
                for (let i = 0; i < args.length; i++)
                    values[i] = arg(args[i](dot, scope, rt));
                if (piped)
                    values[args.length] = arg(pipedValue);
                try {
                    if (!fn)
                        throw new TemplateError(`function "${name}" not defined`);
                    return call(fn, values, rt);
                }
                catch (error) {
                    throw callError(name, error);
                }
            };
        }
        if (args.length > 0 || piped)
            return this.methodCall(head, args, piped);
        return this.term(head);
    }
    /** A method of a Go value, called with arguments: `(semver "1.2.3").Compare $other`. */
    methodCall(head, args, piped) {
        const path = head.kind === 'field' || head.kind === 'pipe' ? head.path : [];
        if (path.length === 0)
            return () => {
                throw new TemplateError("can't give arguments to a non-function");
            };
        const base = head.kind === 'pipe'
            ? this.pipeline(head.pipe)
            : head.kind === 'field' && head.base !== 'dot'
                ? (_dot, scope) => scope.get(head.base)
                : head.kind === 'field'
                    ? (dot) => dot
                    : () => undefined;
        const joined = path.join('.');
        const receiverPath = path.slice(0, -1);
        const name = path.at(-1);
        return (dot, scope, rt, pipedValue) => {
            const receiver = fieldPath(rt, base(dot, scope, rt), receiverPath, joined);
            const method = receiver instanceof GoObject ? receiver.method(name) : undefined;
            if (!method) {
                fieldOf(rt, receiver, name, `.${joined}`, true);
                throw new TemplateError(`at <.${joined}>: ${name} is not a method but has arguments`);
            }
            const values = args.map((a) => arg(a(dot, scope, rt)));
            if (piped)
                values.push(arg(pipedValue));
            rt.budget.step();
            try {
                return measured(method(...values), rt.budget);
            }
            catch (error) {
                if (error instanceof TemplateError)
                    throw error;
                throw new TemplateError(`error calling ${name}: ${error instanceof Error ? error.message : String(error)}`);
            }
        };
    }
    /** A pipeline; `declare`: whether its `$x :=` / `$x =` takes effect (a range declares its own way). */
    pipeline(pipe, declare = true) {
        const commands = pipe.commands.map((terms, i) => this.command(terms, pipe.rests[i], i > 0));
        const first = commands[0];
        // a pipeline's first command never reads what is piped into it (nothing is): one command is the pipeline
        const [, second, third] = commands;
        const chained = commands.length === 1
            ? first
            : commands.length === 2 && second
                ? (dot, scope, rt) => second(dot, scope, rt, first(dot, scope, rt, NOTHING))
                : commands.length === 3 && second && third
                    ? (dot, scope, rt) => third(dot, scope, rt, second(dot, scope, rt, first(dot, scope, rt, NOTHING)))
                    : (dot, scope, rt) => {
                        let value = first(dot, scope, rt, NOTHING);
                        for (let i = 1; i < commands.length; i++)
                            value = commands[i](dot, scope, rt, value);
                        return value;
                    };
        if (!declare || pipe.decl.length !== 1)
            return chained;
        const variable = pipe.decl[0];
        if (pipe.assign)
            return (dot, scope, rt) => {
                const value = chained(dot, scope, rt);
                scope.assign(variable, value);
                return value;
            };
        return (dot, scope, rt) => {
            const value = chained(dot, scope, rt);
            scope.declare(variable, value);
            return value;
        };
    }
    /** A list of nodes: each one step of the budget, then what it prints. */
    nodes(nodes) {
        const [only] = nodes;
        if (nodes.length === 1 && only?.kind === 'action' && only.pipe.decl.length === 0) {
            // one action (most strings of a template): its step, its value printed
            return actionEmit(this.pipeline(only.pipe));
        }
        const emits = nodes.map((node) => this.node(node));
        if (emits.length === 1) {
            const only = emits[0];
            return (dot, scope, rt, used) => {
                rt.budget.step();
                return only(dot, scope, rt, used);
            };
        }
        return (dot, scope, rt, used) => {
            let text = '';
            for (let i = 0; i < emits.length; i++) {
                rt.budget.step();
                text += emits[i](dot, scope, rt, used + text.length);
            }
            return text;
        };
    }
    /** A block's own scope, when the template has variables at all. */
    child(scope) {
        return this.scoped ? new Scope(scope) : scope;
    }
    node(node) {
        switch (node.kind) {
            case 'text': {
                const text = node.text;
                return (_dot, _scope, _rt, used) => printed(text, used);
            }
            case 'action': {
                const pipe = this.pipeline(node.pipe);
                // a pipeline that ends in nil is Go's invalid value: printed as <no value>, not <nil>
                if (node.pipe.decl.length > 0)
                    return (dot, scope, rt) => {
                        pipe(dot, scope, rt);
                        return '';
                    };
                return (dot, scope, rt, used) => {
                    return printed(printable(pipe(dot, scope, rt)), used);
                };
            }
            case 'if':
            case 'with': {
                const pipe = this.pipeline(node.pipe);
                const then = this.nodes(node.then);
                const otherwise = this.nodes(node.else);
                const isWith = node.kind === 'with';
                return (dot, scope, rt, used) => {
                    const inner = this.child(scope);
                    const value = pipe(dot, inner, rt);
                    if (isTrue(value))
                        return then(isWith ? value : dot, inner, rt, used);
                    return otherwise(dot, this.child(scope), rt, used);
                };
            }
            case 'range': {
                const pipe = this.pipeline(node.pipe, false);
                const then = this.nodes(node.then);
                const otherwise = this.nodes(node.else);
                const decl = node.pipe.decl;
                return (dot, scope, rt, used) => {
                    const inner = this.child(scope);
                    const value = pipe(dot, inner, rt);
                    let text = '';
                    const each = (key, item) => {
                        rt.budget.step();
                        const iteration = this.child(inner);
                        if (decl.length === 1)
                            iteration.declare(decl[0], item);
                        if (decl.length === 2) {
                            iteration.declare(decl[0], key);
                            iteration.declare(decl[1], item);
                        }
                        text += then(item, iteration, rt, used + text.length);
                    };
                    let count = 0;
                    if (Array.isArray(value)) {
                        count = value.length;
                        for (let i = 0; i < value.length; i++)
                            each(i, value[i]);
                    }
                    else if (isMapValue(value)) {
                        const keys = Object.keys(value).sort();
                        count = keys.length;
                        for (const k of keys)
                            each(k, value[k]);
                    }
                    else if (typeof value === 'number') {
                        checkListItems(value);
                        count = Math.max(0, Math.trunc(value));
                        for (let i = 0; i < count; i++)
                            each(i, i);
                    }
                    else if (value !== null && value !== undefined && value !== NO_VALUE)
                        throw new TemplateError(`range can't iterate over ${goString(value)}`);
                    return count === 0 ? otherwise(dot, this.child(scope), rt, used) : text;
                };
            }
        }
    }
}
/** The nodes of one action without a declaration: its step, its pipeline's value printed. */
function actionEmit(pipe) {
    return (dot, scope, rt, used) => {
        rt.budget.step();
        const value = pipe(dot, scope, rt);
        const text = typeof value === 'string' ? value : printable(value);
        if (used + text.length > TEMPLATE_LIMITS.valueChars)
            throw budgetExceeded('valueChars');
        return text;
    };
}
/** The scope of a template that names no variable (never read). */
const NO_VARIABLES = new Scope();
/** Whether any pipeline of the template names a variable: `$`, `$x`, `$x :=`. */
function namesVariable(nodes) {
    const inTerm = (t) => (t.kind === 'field' && t.base !== 'dot') || (t.kind === 'pipe' && inPipe(t.pipe));
    const inPipe = (pipe) => pipe.decl.length > 0 || pipe.commands.some((terms) => terms.some(inTerm));
    return nodes.some((node) => node.kind !== 'text' &&
        (inPipe(node.pipe) ||
            (node.kind !== 'action' && (namesVariable(node.then) || namesVariable(node.else)))));
}
/** Whether any pipeline of the template declares or assigns a variable. */
function declares(nodes) {
    const inPipe = (pipe) => pipe.decl.length > 0 ||
        pipe.commands.some((terms) => terms.some((t) => t.kind === 'pipe' && inPipe(t.pipe)));
    return nodes.some((node) => node.kind !== 'text' &&
        (inPipe(node.pipe) || (node.kind !== 'action' && (declares(node.then) || declares(node.else)))));
}
const isMapValue = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoObject);
/** What an action prints: a pipeline that ends in nil is Go's invalid value, <no value>, not <nil>. */
const printable = (value) => typeof value === 'string' ? value : value === null ? '<no value>' : goString(value);
/** A piece of the text a template renders, `used` characters having been printed before it: never longer in all than one value may be. */
function printed(text, used) {
    if (used + text.length > TEMPLATE_LIMITS.valueChars)
        throw budgetExceeded('valueChars');
    return text;
}
/** Where a field term is, as Go's errors say it: `<.a.b>`, `<$x.a>`, `<(...).a>`. */
function location(term) {
    if (term.kind === 'field')
        return `${term.base === 'dot' ? '' : typeof term.base === 'string' ? term.base : '(...)'}.${term.path.join('.')}`;
    if (term.kind === 'pipe')
        return `(...).${term.path.join('.')}`;
    return '';
}
const NONE = [];
/** No value piped into a command (the first of its pipeline). */
const NOTHING = Symbol('nothing piped');
/** One runtime per options object (an ApplicationSet's): its budget, shared by all of its strings. */
const RUNTIMES = new WeakMap();
/** Every function name a parsed template calls, for Go's parse-time check. */
function* calledNames(nodes) {
    const inTerms = function* (terms) {
        for (const term of terms) {
            if (term.kind === 'ident')
                yield term.name;
            else if (term.kind === 'pipe')
                yield* inPipe(term.pipe);
            else if (term.kind === 'field' && typeof term.base !== 'string')
                yield* inTerms([term.base]);
        }
    };
    const inPipe = function* (pipe) {
        for (const command of pipe.commands)
            yield* inTerms(command);
    };
    for (const node of nodes) {
        if (node.kind === 'text')
            continue;
        yield* inPipe(node.pipe);
        if (node.kind !== 'action') {
            yield* calledNames(node.then);
            yield* calledNames(node.else);
        }
    }
}
/** A template parsed once, checked as Go's parser checks it (every function it names must exist), and compiled to closures. */
class CompiledTemplate {
    emit;
    source;
    variables;
    single;
    lastOptions;
    lastRuntime;
    constructor(emit, source, 
    /** Whether the template names a variable (`$`, `$x`): without one, no scope is made per execution. */
    variables = false, 
    /** The pipeline of a template that is one action naming no variable (most strings): what emit runs. */
    single) {
        this.emit = emit;
        this.source = source;
        this.variables = variables;
        this.single = single;
    }
    static compile(source, functions) {
        // text without an action is printed as it is; Go parses it to one text node
        if (!source.includes('{{'))
            return new CompiledTemplate(undefined, source);
        const nodes = parseTemplate(source);
        const table = functionTable(functions);
        for (const name of calledNames(nodes))
            if (!table.has(name))
                throw new TemplateError(`function "${name}" not defined`);
        const compiler = new Compiler(table, nodes);
        const variables = namesVariable(nodes);
        const [only] = nodes;
        const single = nodes.length === 1 && only?.kind === 'action' && !variables ? compiler.pipeline(only.pipe) : undefined;
        return new CompiledTemplate(single ? actionEmit(single) : compiler.nodes(nodes), source, variables, single);
    }
    execute(data, options) {
        if (!this.emit)
            return this.source;
        // the options of the last execution are most often those of this one (one ApplicationSet's strings)
        let rt = options === this.lastOptions ? this.lastRuntime : RUNTIMES.get(options);
        if (!rt) {
            // an options object without a budget gets a fresh one each time
            rt = { budget: options.budget ?? new TemplateBudget(), missingKeyError: options.missingKeyError };
            if (options.budget)
                RUNTIMES.set(options, rt);
        }
        if (options.budget) {
            this.lastOptions = options;
            this.lastRuntime = rt;
        }
        return this.emit(data, this.variables ? new Scope(undefined, data) : NO_VARIABLES, rt, 0);
    }
    /**
     * execute(\u00b7, options) for many data with the same options (one ApplicationSet's budget): the runtime
     * settled once, so that each rendering is a call of the compiled nodes. `counted`: each rendering is
     * also one more step of the budget, and its text is counted as rendered output (budget.rendered), as
     * each string value of a generated Application is.
     */
    renderer(options, counted = false) {
        const emit = this.emit;
        const budget = options.budget;
        if (!emit) {
            const source = this.source;
            if (!counted)
                return () => source;
            return () => {
                budget.step();
                budget.rendered(source.length);
                return source;
            };
        }
        let rt = RUNTIMES.get(options);
        if (!rt) {
            rt = { budget, missingKeyError: options.missingKeyError };
            RUNTIMES.set(options, rt);
        }
        const runtime = rt;
        const single = this.single;
        if (single && counted)
            // emit of one action, inlined: its step (with the counted one), its value printed
            return (data) => {
                budget.step(2);
                const value = single(data, NO_VARIABLES, runtime);
                const text = typeof value === 'string' ? value : printable(value);
                if (text.length > TEMPLATE_LIMITS.valueChars)
                    throw budgetExceeded('valueChars');
                budget.rendered(text.length);
                return text;
            };
        const render = this.variables
            ? (data) => emit(data, new Scope(undefined, data), runtime, 0)
            : (data) => emit(data, NO_VARIABLES, runtime, 0);
        if (!counted)
            return render;
        return (data) => {
            budget.step();
            const text = render(data);
            budget.rendered(text.length);
            return text;
        };
    }
}
/** Strings parsed per function table, so that one ApplicationSet string is parsed once per run. */
const COMPILED = new WeakMap();
/** Distinct strings kept per table: past it the cache starts again (memory stays bounded). */
const COMPILED_LIMIT = 20_000;
/** The compiled form of `source` (from the cache when it was parsed before); a parse error is thrown. */
function compileGoTemplate(source, functions) {
    let cache = COMPILED.get(functions);
    if (!cache) {
        cache = new Map();
        COMPILED.set(functions, cache);
    }
    let compiled = cache.get(source);
    if (!compiled) {
        try {
            compiled = CompiledTemplate.compile(source, functions);
        }
        catch (error) {
            if (!(error instanceof TemplateError))
                throw error;
            compiled = error;
        }
        if (cache.size >= COMPILED_LIMIT)
            cache.clear();
        cache.set(source, compiled);
    }
    if (compiled instanceof TemplateError)
        throw compiled;
    return compiled;
}
function renderGoTemplate(source, data, options) {
    if (!source.includes('{{'))
        return source;
    return compileGoTemplate(source, options.functions).execute(data, options);
}
/**
 * The legacy template (goTemplate unset) as Argo CD renders it with valyala/fasttemplate: a string with
 * `{{\u2026}}` in it is scanned for tags; each `{{ key }}` becomes the parameter when it is a string and stays
 * as written otherwise; a `{{` without its `}}` is an error, as in Argo CD ("invalid template").
 */
function renderLegacyTemplate(text, params) {
    // Argo CD's isTemplatedRegex `.*{{.*}}.*`: only a string with `{{` before some `}}` is a template
    const open = text.indexOf('{{');
    if (open === -1 || !text.slice(open + 2).includes('}}'))
        return text;
    let out = '';
    let at = 0;
    for (;;) {
        const start = text.indexOf('{{', at);
        if (start === -1)
            return out + text.slice(at);
        const end = text.indexOf('}}', start + 2);
        if (end === -1)
            throw new TemplateError(`invalid template: a "{{" at character ${start + 1} has no closing "}}"`);
        const tag = text.slice(start + 2, end);
        const value = params[tag.trim()];
        out += text.slice(at, start) + (tag.trim() !== '' && typeof value === 'string' ? value : `{{${tag}}}`);
        at = end + 2;
    }
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ crossRef),
/* harmony export */   R3: () => (/* binding */ repoAtText),
/* harmony export */   Sj: () => (/* binding */ tokenVariable),
/* harmony export */   ao: () => (/* binding */ DEFAULT_PROTOCOLS),
/* harmony export */   iR: () => (/* binding */ fetchableRevision),
/* harmony export */   rC: () => (/* binding */ REF_FOLDER),
/* harmony export */   xQ: () => (/* binding */ CROSS_REF),
/* harmony export */   xe: () => (/* binding */ fetchUrlOf)
/* harmony export */ });
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8206);
// Sources in other Git repositories: which URLs may be fetched, the environment variable that holds a
// host's token, and the value files a multi-source app takes from another repository's tree. Pure: the
// fetch itself is edges/otherRepositories.ts.

/**
 * How appUnit writes a value file whose ref source is in another tree than the source's own files:
 * `$ref:<ref>/<path>` (`$values/` means the source's own tree, as Argo CD's `$<ref>/` does when both are
 * one repository).
 */
const CROSS_REF = '$ref:';
/** A `$ref:<ref>/<path>` value file \u2192 its ref and path, or undefined for any other value file. */
function crossRef(valueFile) {
    if (!valueFile.startsWith(CROSS_REF))
        return undefined;
    const slash = valueFile.indexOf('/');
    if (slash === -1)
        return undefined;
    return { ref: valueFile.slice(CROSS_REF.length, slash), path: valueFile.slice(slash + 1) };
}
/**
 * Where the value files of other trees are laid out beside a render's own files: under `.git/`, a folder
 * no tree read from a repository holds (trees.ts and diskTree skip it), so no file of the render's own
 * repository can be taken for one of them, nor the other way round.
 */
const REF_FOLDER = '.git/slipway-refs';
/** Protocols fetched unless SLIPWAY_GIT_PROTOCOLS says otherwise. */
const DEFAULT_PROTOCOLS = ['https'];
/**
 * The URL git fetches for an Application's repoURL, or why it is refused. `https://` as written;
 * `git@host:owner/name` and `ssh://[user@]host/owner/name` are fetched over https from the same host
 * (the token, not an SSH key, is what the runner holds); `http://` only when the protocols list it. A
 * `file://` URL, a local path or another scheme is always refused: a pull request never names a file of
 * the runner (only the runner's own `url.<base>.insteadOf` may lead to one, for a mirror or a test). So
 * is a URL with spaces or control characters, or one starting with `-` (never an option to git).
 */
function fetchUrlOf(repoURL, protocols = DEFAULT_PROTOCOLS) {
    const url = repoURL.trim();
    // eslint-disable-next-line no-control-regex
    if (url === '' || /[\s\u0000-\u001f\u007f\\]/.test(url) || url.startsWith('-'))
        return { refused: 'not a repository URL' };
    const scp = /^([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+\.[A-Za-z0-9.-]+):(?!\/\/)([^:].*)$/.exec(url);
    const ssh = /^(?:git\+)?ssh:\/\/([^@/]+@)?([A-Za-z0-9.-]+)(?::\d+)?\/(.+)$/i.exec(url);
    const fromSsh = scp ?? ssh;
    if (fromSsh) {
        const host = fromSsh[2].toLowerCase();
        return protocols.includes('https')
            ? { url: `https://${host}/${fromSsh[3].replace(/^\/+/, '')}`, host }
            : { refused: 'https is not among the protocols fetched (SLIPWAY_GIT_PROTOCOLS)' };
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined || scheme === 'file')
        return { refused: 'a path or file:// URL on the runner is never read; the URL must be https://' };
    if (!(scheme === 'https' || scheme === 'http') || !protocols.includes(scheme))
        return {
            refused: `${scheme}:// is not fetched${scheme === 'http' ? ' unless SLIPWAY_GIT_PROTOCOLS lists http' : ''}; the URL must be https://`,
        };
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { refused: 'not a repository URL' };
    }
    if (parsed.hostname === '')
        return { refused: 'the URL names no host' };
    return { url, host: parsed.hostname.toLowerCase() };
}
/** The environment variable holding the token for a host: `SLIPWAY_GIT_TOKEN_` and the host in capitals, `_` for the rest. */
function tokenVariable(host) {
    return `SLIPWAY_GIT_TOKEN_${host.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * Whether a revision may be fetched: a branch, a tag, `HEAD` or a full commit id (a short commit id cannot
 * be asked of a server), never an option.
 */
function fetchableRevision(revision) {
    return (0,_revision_js__WEBPACK_IMPORTED_MODULE_0__/* .isRevision */ .o)(revision) && !/[~^@{}]/.test(revision) && !/^[0-9a-f]{4,39}$/i.test(revision);
}
/** How the report names a repository at a revision. */
const repoAtText = (url, revision) => `${url}@${revision}`;


/***/ }),

/***/ 9237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ goPathMatch),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   wO: () => (/* binding */ BadPattern)
/* harmony export */ });
// Go's path.Match, which Argo CD's git directories generator applies to each folder of the repository:
// `*` is any run of characters other than `/`, `?` one such character, `[\u2026]` a class (`[^\u2026]` negated,
// `a-z` ranges, `\` escapes), `\x` the character x. `**` is no globstar: two stars in one segment are one.
// The pattern is cut into chunks at its stars and each chunk is matched at the first place it fits, as Go
// does, so the cost is at most the pattern's length times the name's \u2014 never exponential, whatever the
// pattern (`*a*a*a*\u2026*b`).
/** The pattern is malformed (Go's path.ErrBadPattern). */
class BadPattern extends Error {
}
/** The pattern's next chunk: whether stars lead it, the chunk, and what follows. */
function scanChunk(pattern) {
    let at = 0;
    while (pattern[at] === '*')
        at++;
    const star = at > 0;
    let inClass = false;
    let end = at;
    for (; end < pattern.length; end++) {
        const c = pattern[end];
        if (c === '\\')
            end++;
        else if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '*' && !inClass)
            break;
    }
    return { star, chunk: pattern.slice(at, end), rest: pattern.slice(end) };
}
/** One character of a class, escapes resolved; throws on a malformed class. */
function classChar(chunk, at) {
    let i = at;
    if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']')
        throw new BadPattern();
    if (chunk[i] === '\\') {
        i++;
        if (i >= chunk.length)
            throw new BadPattern();
    }
    const char = String.fromCodePoint(chunk.codePointAt(i));
    const next = i + char.length;
    if (next >= chunk.length)
        throw new BadPattern();
    return { char, next };
}
/**
 * Matches `chunk` (no stars) at the start of `name`: the length of `name` it consumed, or -1. The whole
 * chunk is read even after a mismatch, so a malformed pattern always throws.
 */
function matchChunk(chunk, name, from) {
    let failed = false;
    let at = from;
    let i = 0;
    while (i < chunk.length) {
        if (!failed && at >= name.length)
            failed = true;
        const c = chunk[i];
        if (c === '[') {
            const char = failed ? '' : String.fromCodePoint(name.codePointAt(at));
            at += char.length;
            i++;
            const negated = chunk[i] === '^';
            if (negated)
                i++;
            let matched = false;
            let ranges = 0;
            for (;;) {
                if (chunk[i] === ']' && ranges > 0) {
                    i++;
                    break;
                }
                const lo = classChar(chunk, i);
                let hi = lo;
                if (chunk[lo.next] === '-')
                    hi = classChar(chunk, lo.next + 1);
                i = hi.next;
                const code = char.codePointAt(0);
                if (code !== undefined &&
                    lo.char.codePointAt(0) <= code &&
                    code <= hi.char.codePointAt(0))
                    matched = true;
                ranges++;
            }
            if (matched === negated)
                failed = true;
        }
        else if (c === '?') {
            if (!failed) {
                if (name[at] === '/')
                    failed = true;
                at += String.fromCodePoint(name.codePointAt(at)).length;
            }
            i++;
        }
        else {
            let literal = c;
            if (c === '\\') {
                i++;
                if (i >= chunk.length)
                    throw new BadPattern();
                literal = chunk[i];
            }
            if (!failed) {
                if (name[at] !== literal)
                    failed = true;
                at++;
            }
            i++;
        }
    }
    return failed ? -1 : at - from;
}
/** matchChunk, a literal chunk read with startsWith. */
const chunkAt = ({ chunk, literal }, name, from) => literal ? (name.startsWith(chunk, from) ? chunk.length : -1) : matchChunk(chunk, name, from);
/**
 * Go's path.Match(pattern, \u00b7) for many names: the pattern cut into chunks once. Throws BadPattern when
 * the pattern is malformed, as path.Match does for every name (it reads each chunk whole, match or not).
 */
function pathMatcher(pattern) {
    const chunks = [];
    for (let rest = pattern; rest.length > 0;) {
        const scanned = scanChunk(rest);
        rest = scanned.rest;
        chunks.push({
            star: scanned.star,
            chunk: scanned.chunk,
            last: rest.length === 0,
            literal: !/[[?\\]/.test(scanned.chunk),
        });
    }
    for (const { chunk } of chunks)
        matchChunk(chunk, '', 0);
    return (name) => matchChunks(chunks, name);
}
function matchChunks(chunks, name) {
    let at = 0;
    chunks: for (let c = 0; c < chunks.length; c++) {
        const scanned = chunks[c];
        const { star, chunk, last } = scanned;
        // a trailing star takes the rest of the name, unless that crosses a `/`
        if (star && chunk === '')
            return name.indexOf('/', at) === -1;
        const here = chunkAt(scanned, name, at);
        // the last chunk must end the name; an earlier one takes the first place it fits
        if (here >= 0 && (at + here === name.length || !last)) {
            at += here;
            continue;
        }
        if (star) {
            for (let skip = at; skip < name.length && name[skip] !== '/'; skip++) {
                const there = chunkAt(scanned, name, skip + 1);
                if (there < 0)
                    continue;
                if (last && skip + 1 + there !== name.length)
                    continue;
                at = skip + 1 + there;
                continue chunks;
            }
        }
        return false;
    }
    return at === name.length;
}
/** Go's path.Match(pattern, name); throws BadPattern when the pattern is malformed. */
function goPathMatch(pattern, name) {
    return pathMatcher(pattern)(name);
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   u_: () => (/* binding */ looksLikeRepo)
/* harmony export */ });
/* unused harmony export normalizeRepoUrl */
// Repository URLs in their many spellings, reduced to host/owner/name for comparison:
// https://github.com/acme/manifests(.git), git@github.com:acme/manifests.git, ssh://git@github.com/acme/manifests.
/**
 * Normalised URLs by spelling: every app of a fleet names the same few URLs, and each is compared with
 * every URL of this repository (cleared past a bound, so hostile input cannot grow it without end).
 */
const normalised = new Map();
function normalizeRepoUrl(url) {
    let known = normalised.get(url);
    if (known === undefined) {
        if (normalised.size >= 4096)
            normalised.clear();
        normalised.set(url, (known = normalize(url)));
    }
    return known;
}
function normalize(url) {
    let s = url.trim().toLowerCase();
    s = s.replace(/^(git\+)?(https?|ssh|git):\/\//, '');
    s = s.replace(/^[^@/]+@/, ''); // user@
    s = s.replace(/^([^/:]+):(?!\d+\/)/, '$1/'); // scp form host:owner/name
    s = s.replace(/^([^/:]+):\d+\//, '$1/'); // a port
    return s.replace(/\.git$/, '').replace(/\/+$/, '');
}
function sameRepo(a, b) {
    return a === b || normalizeRepoUrl(a) === normalizeRepoUrl(b);
}
/** The last two segments of a normalised URL (owner/name), lower-cased. */
const ownerAndName = (url) => normalizeRepoUrl(url).split('/').slice(-2).join('/');
/**
 * Whether `url` looks like one of `ours` spelt in a way sameRepo does not equate (another host name \u2014 an
 * enterprise or mirror host, a proxy \u2014 or a path prefix): the same owner and name. A hint only: such a URL
 * is never taken for this repository without being named (--repo-url).
 */
function looksLikeRepo(url, ours) {
    const wanted = ownerAndName(url);
    return wanted.includes('/') && ours.some((our) => !sameRepo(our, url) && ownerAndName(our) === wanted);
}


/***/ }),

/***/ 1915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ parseSelector),
/* harmony export */   ah: () => (/* binding */ exclusionOf)
/* harmony export */ });
/* unused harmony exports OPT_OUT_ANNOTATION, selects */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);

/** The annotation an Application opts out of previews with (value "false"). */
const OPT_OUT_ANNOTATION = 'slipway/preview';
const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
/** Splits at commas outside parentheses. */
function requirementsOf(text) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            out.push(text.slice(start, i));
            start = i + 1;
        }
    }
    out.push(text.slice(start));
    return out.map((r) => r.trim());
}
/**
 * A label selector as kubectl's `-l` takes it: `key=value`, `key==value`, `key!=value`, `key`, `!key`,
 * `key in (a,b)`, `key notin (a,b)`, joined by commas (all must hold). An error says which part is wrong.
 */
function parseSelector(text) {
    const requirements = [];
    for (const part of requirementsOf(text.trim())) {
        if (part === '')
            return { error: 'an empty requirement (two commas, or a comma at an end)' };
        const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part);
        const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
        const existence = /^(!?)\s*([^=!\s()]+)$/.exec(part);
        let requirement;
        let values = [];
        if (set) {
            values = set[3].split(',').map((v) => v.trim());
            requirement = { key: set[1], op: set[2], values };
        }
        else if (equality) {
            values = [equality[3]];
            requirement = { key: equality[1], op: equality[2] === '!=' ? 'notin' : 'in', values };
        }
        else if (existence) {
            requirement = { key: existence[2], op: existence[1] ? 'absent' : 'exists' };
        }
        else
            return { error: `"${part}" is not key=value, key!=value, key, !key, key in (\u2026) or key notin (\u2026)` };
        if (!KEY.test(requirement.key) || requirement.key.length > 317)
            return { error: `"${requirement.key}" is not a label key` };
        const bad = values.find((v) => !VALUE.test(v) || v.length > 63);
        if (bad !== undefined)
            return { error: `"${bad}" is not a label value` };
        requirements.push(requirement);
    }
    return { text: text.trim(), requirements };
}
/** Whether labels satisfy every requirement. */
function selects(selector, labels) {
    return selector.requirements.every((r) => {
        const value = typeof labels[r.key] === 'string' ? labels[r.key] : undefined;
        switch (r.op) {
            case 'exists':
                return value !== undefined;
            case 'absent':
                return value === undefined;
            case 'in':
                return value !== undefined && r.values.includes(value);
            case 'notin':
                return value === undefined || !r.values.includes(value);
        }
    });
}
const asObj = _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf;
/** Why a unit is left out of the preview (its opt-out annotation, or the selector), or undefined. */
function exclusionOf(unit, selector) {
    // folder units (a repository without Applications) have no labels: every one is previewed
    if (!unit.app)
        return undefined;
    const metadata = asObj(asObj(unit.app?.definition).metadata);
    const annotation = asObj(metadata.annotations)[OPT_OUT_ANNOTATION];
    if (typeof annotation === 'string' && annotation.trim().toLowerCase() === 'false')
        return `excluded by its annotation ${OPT_OUT_ANNOTATION}: "false"`;
    if (selector && !selects(selector, asObj(metadata.labels)))
        return `excluded by selector ${selector.text}`;
    return undefined;
}


/***/ }),

/***/ 5308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ mergeSourceParameters),
/* harmony export */   GB: () => (/* binding */ isParameterFile),
/* harmony export */   qx: () => (/* binding */ sourceParameterFiles),
/* harmony export */   tM: () => (/* binding */ parameterFilesChanged),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
// Argo CD's source parameter files: `.argocd-source.yaml` and `.argocd-source-<app>.yaml` in an app's
// path are merged into its source (a JSON merge patch, in that order) before the source type is decided
// and the app rendered \u2014 what Argo CD Image Updater's git write-back writes, and what `slipway bump`
// edits. Only the config-management fields count: repoURL, path, chart and targetRevision stay the
// Application's (reposerver/repository/repository.go, mergeSourceParameters).


const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** RFC 7386: maps merge key by key, null deletes, anything else replaces. */
function mergePatch(target, patch) {
    if (!isObj(patch))
        return patch;
    const out = isObj(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete out[key];
        else
            out[key] = mergePatch(out[key], value);
    }
    return out;
}
/** The name Argo CD gives the app's file: `<name>`, or `<namespace>_<name>` outside its own namespace. */
function instanceName(name, namespace) {
    return namespace && namespace !== 'argocd' ? `${namespace}_${name}` : name;
}
/** The two files Argo CD looks for in a source's folder, whether they exist or not (a PR may add one). */
function sourceParameterFiles(folder, instance) {
    const prefix = folder === '' ? '' : `${folder}/`;
    return [`${prefix}.argocd-source.yaml`, `${prefix}.argocd-source-${instance}.yaml`];
}
/** Whether a path is one of Argo CD's source parameter files, in any folder. */
const isParameterFile = (path) => /(^|\/)\.argocd-source(-[^/]*)?\.yaml$/.test(path);
/**
 * Why the Applications of an unchanged file may still read differently at `tree` than on the side it
 * differs from by `changed`: a parameter file changed, or one is a link (whose target may have); undefined
 * when neither.
 */
function parameterFilesChanged(changed, tree) {
    for (const path of changed)
        if (isParameterFile(path))
            return `${path} (an Argo CD parameter file) changed`;
    for (const [path, entry] of tree)
        if (entry.link !== undefined && isParameterFile(path))
            return `${path} is a link to a parameter file`;
    return undefined;
}
function mergeSourceParameters(tree, source, folder, instance) {
    let merged = source;
    const files = [];
    for (const file of sourceParameterFiles(folder, instance)) {
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, file);
        if (text === undefined)
            continue;
        let patch;
        try {
            patch = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        }
        catch (error) {
            const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
            return { source, merged: files, problem: { file, message: `${file} is not valid YAML: ${message}` } };
        }
        if (patch !== null && patch !== undefined && !isObj(patch))
            return { source, merged: files, problem: { file, message: `${file} must be a map of source fields` } };
        merged = mergePatch(merged, patch ?? {});
        files.push(file);
    }
    // a map: the patches merged into the source are maps
    const out = isObj(merged) ? { ...merged } : {};
    for (const key of ['repoURL', 'path', 'chart', 'targetRevision']) {
        if (key in source)
            out[key] = source[key];
        else
            delete out[key];
    }
    return { source: out, merged: files };
}


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   Mx: () => (/* binding */ sourceType),
/* harmony export */   dq: () => (/* binding */ kustomizationIn)
/* harmony export */ });
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * How Argo CD renders a source (GetAppSourceType): the type its own block names, else kustomize when the
 * folder has a kustomization, else Helm when it has Chart.yaml, else a plain directory.
 */
function sourceType(tree, source) {
    if (source.type)
        return source.type;
    if (kustomizationIn(tree, source.path))
        return 'kustomize';
    return tree.has(source.path === '' ? 'Chart.yaml' : `${source.path}/Chart.yaml`) ? 'helm' : 'directory';
}
function kustomizationIn(tree, folder) {
    // (a loop: asked several times for every folder of every kustomize app's walk)
    for (const name of KUSTOMIZATION_FILES) {
        const path = folder === '' ? name : `${folder}/${name}`;
        if (tree.has(path))
            return path;
    }
    return undefined;
}


/***/ }),

/***/ 1226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ tracksBranch),
/* harmony export */   pd: () => (/* binding */ revisionName),
/* harmony export */   xU: () => (/* binding */ otherRevisionOf)
/* harmony export */ });
// Which revision an Argo CD source of this repository tracks, and whether a pull request into a branch
// changes what it deploys: only a source whose targetRevision resolves to the pull request's base branch
// deploys the files the pull request changes. Argo CD reads `HEAD` (and an empty targetRevision) as the
// repository's default branch, and `refs/heads/<name>` as the branch <name>; a tag, a commit (full or
// short) or another branch deploys what that revision holds, which merging does not change.
/** How a revision is named in reports: as written, `HEAD` for an empty one. */
function revisionName(targetRevision) {
    const text = typeof targetRevision === 'string' ? targetRevision.trim() : '';
    return text === '' ? 'HEAD' : text;
}
const branchOf = (revision) => revision.replace(/^refs\/heads\//, '');
/**
 * Whether a source with this targetRevision deploys the pull request's base branch (without a Tracking,
 * every revision does: nothing is known of the branches). A revision listed in `also` counts, as written
 * or as the branch it names.
 */
function tracksBranch(targetRevision, tracking) {
    if (!tracking)
        return true;
    const written = revisionName(targetRevision);
    if (tracking.also.some((rev) => rev === written || branchOf(rev) === branchOf(written)))
        return true;
    if (written === 'HEAD')
        return (tracking.defaultBranch ?? tracking.branch) === tracking.branch;
    return branchOf(written) === tracking.branch;
}
/**
 * The revision(s) an app deploys when no source of it reads the pull request's files \u2014 every source of
 * this repository tracks another revision (chart sources without this repository's value files read
 * none) \u2014 else undefined.
 */
function otherRevisionOf(unit) {
    const revisions = new Set();
    for (const source of unit.sources) {
        if (source.otherRevision !== undefined)
            revisions.add(source.otherRevision);
        else if (!source.chart || (source.helm?.valueFiles ?? []).some((f) => f.startsWith('$')))
            return undefined;
    }
    return revisions.size > 0 ? [...revisions].join(', ') : undefined;
}


/***/ }),

/***/ 2895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ countText)
/* harmony export */ });
// A count as people read it in English, digits grouped by threes: 2,000,000. What
// `n.toLocaleString('en-US')` prints for an integer, without it: its first call loads ICU's number
// formats, ~20 ms, which a module computing its messages at load paid on every start.
/** A whole number with its digits grouped by threes ("33,554,432"). */
function countText(n) {
    if (!Number.isSafeInteger(n))
        throw new RangeError(`not a whole number: ${n}`);
    const digits = String(Math.abs(n));
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let i = grouped.length; i < digits.length; i += 3)
        grouped += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${grouped}` : grouped;
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zm: () => (/* binding */ comparable),
/* harmony export */   el: () => (/* binding */ sameKey),
/* harmony export */   n6: () => (/* binding */ sameData),
/* harmony export */   o6: () => (/* binding */ canonicalYaml)
/* harmony export */ });
/* unused harmony exports removePointer, applyIgnoreDifferences */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(242);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
/* harmony import */ var _yaml_fastYaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4194);



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
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(metadata))
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
    if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(annotations)) {
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
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(node))
            return;
        node = node[part];
    }
    const last = parts.at(-1);
    if (last === undefined || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(node))
        return;
    if (Array.isArray(node))
        node.splice(Number(last), 1);
    else
        delete node[last];
}
function groupOf(obj) {
    const apiVersion = (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(obj.apiVersion, '');
    return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}
/** The Application's ignoreDifferences that apply to an object (jsonPointers; jq expressions are not evaluated). */
function applyIgnoreDifferences(obj, rules) {
    const metadata = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .objectOf */ .Xy)(obj.metadata);
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
/** The comparable form of an object: a deep copy with cluster-owned fields and ignored paths gone. */
function comparable(obj, ignore) {
    const copy = clone(obj);
    dropClusterOwned(copy);
    applyIgnoreDifferences(copy, ignore);
    return copy;
}
/** Canonical YAML: keys sorted, so equal objects print equally. For what a diff shows. */
function canonicalYaml(obj) {
    return (0,_yaml_fastYaml_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedYaml */ .Xw)(obj);
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
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(a) || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObjectLike */ .Z4)(b))
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


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ objectDiff),
/* harmony export */   P: () => (/* binding */ changeTexts)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7291);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8225);
// A change as text: each side printed once as canonical YAML, and the unified diff hunks between them.


/** The canonical YAML of a change's two sides ('' for an absent one), printed once per change. */
const printed = new WeakMap();
function changeTexts(change) {
    let texts = printed.get(change);
    if (!texts) {
        texts = {
            before: change.before ? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalYaml */ .o6)(change.before) : '',
            after: change.after ? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalYaml */ .o6)(change.after) : '',
        };
        printed.set(change, texts);
    }
    return texts;
}
/** Each change's hunks by context size: the comment, the job summary and the JSON report ask alike. */
const diffed = new WeakMap();
/** Unified diff hunks of a change, with `context` lines around each (worked out once per context). */
function objectDiff(change, context) {
    let byContext = diffed.get(change);
    if (!byContext)
        diffed.set(change, (byContext = new Map()));
    let text = byContext.get(context);
    if (text === undefined) {
        const { before, after } = changeTexts(change);
        byContext.set(context, (text = hunks(before, after, context)));
    }
    return text;
}
function hunks(before, after, context) {
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .structuredPatch */ .YB)('base', 'head', before, after, '', '', { context });
    return patch.hunks
        .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
        .join('\n');
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wf: () => (/* binding */ diffPair),
  $J: () => (/* binding */ diffUnits),
  du: () => (/* binding */ finishDiff)
});

// EXTERNAL MODULE: ./src/core/argo/applicationSets/syncPolicy.ts
var syncPolicy = __webpack_require__(8536);
// EXTERNAL MODULE: ./src/core/argo/trackedRevision.ts
var trackedRevision = __webpack_require__(1226);
// EXTERNAL MODULE: ./src/core/diff/canonical.ts
var canonical = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/core/diff/imageVersions.ts
var imageVersions = __webpack_require__(7547);
;// CONCATENATED MODULE: ./src/core/diff/appSettings.ts

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

;// CONCATENATED MODULE: ./src/core/diff/diffModel.ts
/** An app's name as the diff shows it: `namespace/name`, or the folder of an app without an Application. */
function appName(unit) {
    if (!unit.app)
        return unit.id.replace(/^path:/, '');
    return unit.app.namespace ? `${unit.app.namespace}/${unit.app.name}` : unit.app.name;
}
/** An app's settings as a diff keeps them: its definition (Helm values and all) is compared, never carried. */
function withoutDefinition(app) {
    const rest = { ...app };
    delete rest.definition;
    return rest;
}

// EXTERNAL MODULE: ./src/core/render/objects.ts
var render_objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./src/core/validate/rules.ts
var rules = __webpack_require__(121);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/diff/secretMasking.ts
// Secret values never shown: a Secret's values, and the credential-like Helm parameters and values of
// Applications and ApplicationSets, replaced by a marker before objects are compared and printed; given
// the other side, a value that differs is marked as changed.



const SECRET_MARKER = '<secret value hidden>';
const SECRET_CHANGED_MARKER = '<secret value changed>';
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
        if ((0,fields/* isFields */.Ce)(values)) {
            const was = (0,fields/* objectOf */.Xy)(before);
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
    if (!(0,fields/* isObjectLike */.Z4)(value))
        return value;
    const was = (0,fields/* fieldsOf */.Pf)(other);
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
        const o = (0,fields/* objectOf */.Xy)(s);
        const sources = Array.isArray(o.sources) ? o.sources : [];
        return [o.source, ...sources];
    };
    const otherSources = sourcesOf(otherSpec);
    sourcesOf(spec).forEach((source, i) => {
        const helm = (0,fields/* isObjectLike */.Z4)(source) ? source.helm : undefined;
        if (!(0,fields/* isObjectLike */.Z4)(helm))
            return;
        const otherSource = otherSources[i];
        const was = (0,fields/* objectOf */.Xy)((0,fields/* isObjectLike */.Z4)(otherSource) ? otherSource.helm : undefined);
        for (const field of ['parameters', 'fileParameters']) {
            const list = helm[field];
            if (!Array.isArray(list))
                continue;
            const before = (0,fields/* listOf */.c3)(was[field]).filter(fields/* isObjectLike */.Z4);
            for (const p of list) {
                if (!(0,fields/* isObjectLike */.Z4)(p) || typeof p.name !== 'string' || !SECRET_NAME.test(p.name) || !('value' in p))
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
const specOf = (template) => ((0,fields/* isObjectLike */.Z4)(template) ? template.spec : undefined);
/**
 * An ApplicationSet's credential-like Helm parameters and values: in its template, in the templates of
 * its generators (matrix and merge generators nest theirs), in a `templatePatch`, and the credential-like
 * keys of generators' parameters (list `elements` / `elementsYaml`, cluster `values`, plugin
 * `input.parameters`), whose values the template may pass to helm.
 */
function maskApplicationSet(obj, other) {
    const compare = other !== undefined;
    const spec = obj.spec;
    if (!(0,fields/* isObjectLike */.Z4)(spec))
        return;
    const was = (0,fields/* objectOf */.Xy)(other?.spec);
    maskSpecHelm(specOf(spec.template), specOf(was.template), compare);
    if (typeof spec.templatePatch === 'string')
        spec.templatePatch = maskTemplatePatch(spec.templatePatch, was.templatePatch, compare);
    maskGenerators(spec.generators, was.generators, compare, 0);
}
function maskTemplatePatch(text, other, compare) {
    try {
        const patch = (0,dist/* parse */.qg)(text);
        const before = typeof other === 'string' ? (0,dist/* parse */.qg)(other) : undefined;
        if (!(0,fields/* isObjectLike */.Z4)(patch))
            return text;
        maskSpecHelm(patch.spec, (0,fields/* isObjectLike */.Z4)(before) ? before.spec : undefined, compare && before !== undefined);
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
        if (!(0,fields/* isObjectLike */.Z4)(generator))
            return;
        const before = (0,fields/* objectOf */.Xy)(was[i]);
        for (const [kind, g] of Object.entries(generator)) {
            if (!(0,fields/* isObjectLike */.Z4)(g))
                continue;
            const b = (0,fields/* objectOf */.Xy)(before[kind]);
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
            if ((0,fields/* isObjectLike */.Z4)(input) && input.parameters !== undefined)
                input.parameters = maskSecretKeys(input.parameters, (0,fields/* isObjectLike */.Z4)(b.input) ? b.input.parameters : undefined, same);
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
        const others = (0,fields/* listOf */.c3)(other?.items);
        const items = obj.items;
        items.forEach((item, i) => {
            const was = others[i];
            if ((0,fields/* isObjectLike */.Z4)(item))
                maskSecret(item, (0,fields/* isObjectLike */.Z4)(was) ? was : undefined);
        });
    }
    if (isSecret(obj))
        maskSecretValues(obj, other);
    else if (isApplication(obj))
        maskApplicationHelm(obj, other);
    else if (isApplicationSet(obj))
        maskApplicationSet(obj, other);
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
    return (0,fields/* objectOf */.Xy)((0,fields/* objectOf */.Xy)(obj.metadata).annotations);
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
        const entry = env[n];
        const ref = isObj(entry) && isObj(entry.valueFrom) ? entry.valueFrom : undefined;
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

;// CONCATENATED MODULE: ./src/core/diff/hookRuns.ts






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
        const headObj = now && (0,canonical/* comparable */.Zm)(now.obj, []);
        const baseObj = was && (0,canonical/* comparable */.Zm)(was.obj, []);
        if (headObj && baseObj && (0,canonical/* sameData */.n6)(headObj, baseObj))
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
const annotations = (obj) => (0,fields/* objectOf */.Xy)((0,fields/* objectOf */.Xy)(obj.metadata).annotations);
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
                name: (0,plainText/* plainText */.w)((0,fields/* objectOf */.Xy)(obj.metadata).name, ''),
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

;// CONCATENATED MODULE: ./src/core/diff/syncConsequences.ts
// What Argo CD will do about each change, from the app's sync policy and the object's sync options, and
// the Namespace Argo CD creates for CreateNamespace=true.



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
    if (had || head.some((o) => o.obj.kind === 'Namespace' && (0,fields/* objectOf */.Xy)(o.obj.metadata).name === ns))
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

;// CONCATENATED MODULE: ./src/core/diff/objectChanges.ts
// The objects one app deploys, base against head: created, changed and deleted, compared as Argo CD
// compares them (ignoreDifferences, cluster-owned fields gone), Secret values masked.








/**
 * The ignoreDifferences rules both sides are compared under: the app's, when base and head have the same
 * rules; none when the rules change, so a rule a pull request adds never hides what the same pull request
 * changes (the affected objects are shown in full).
 */
function sharedIgnoreRules(before, after) {
    const rules = after?.ignoreDifferences ?? [];
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
    const metadata = (0,fields/* objectOf */.Xy)(obj.metadata);
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
        const headObj = (0,canonical/* comparable */.Zm)(now.obj, was ? ignore : []);
        const baseObj = was ? (0,canonical/* comparable */.Zm)(was.obj, ignore) : undefined;
        // compare before masking: a Secret whose only change is a value still shows as changed
        if (baseObj && (0,canonical/* sameData */.n6)(headObj, baseObj))
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
        const baseObj = (0,canonical/* comparable */.Zm)(was.obj, []);
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

;// CONCATENATED MODULE: ./src/core/diff/removedApps.ts
// An app the head no longer has: what Argo CD does with the Application and the objects it deployed \u2014 deleted
// with them (resources finalizer), left running, not deleted (applicationsSync), or unknown while its
// ApplicationSet fails.





/** The entry of an app removed at the head, with what it says and the changes it shows. */
function removedApp(side, policies, notPreviewed) {
    const app = side.unit.app;
    const byName = new Map(side.objects.map((o) => [(0,render_objects/* objectName */.Hd)(o.obj), o.obj]));
    const count = side.objects.length;
    const rendered = (side.state ?? 'rendered') === 'rendered';
    const policy = app?.generatedBy && (policies.get(app.generatedBy.appSet) ?? app.generatedBy);
    // its ApplicationSet fails at the head: Argo CD then creates, updates and deletes none of its apps
    const setFails = policy &&
        notPreviewed.some((n) => n.name === policy.appSet && n.file === side.unit.file && n.reason.startsWith('ApplicationSet:'));
    const entry = (status, note, changes = []) => ({
        id: side.unit.id,
        name: appName(side.unit),
        status,
        ...(app && { app: withoutDefinition(app) }),
        file: side.unit.file,
        ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
        line: side.unit.line,
        note,
        changes,
        settingChanges: [],
        hooks: [],
        findings: [],
    });
    if (setFails)
        return entry('not-previewed', `not previewed: ApplicationSet ${policy.appSet} fails at the head, and while it fails Argo CD creates, updates and deletes none of its Applications`);
    if (policy && !(0,syncPolicy/* allowsDelete */.M3)(policy)) {
        // applicationsSync create-only / create-update: the Application stays, and so does what it deploys
        return entry('removed', `no longer generated by ApplicationSet ${policy.appSet}, but not deleted (applicationsSync: ${policy.applicationsSync}): the Application and its ${rendered ? `${count} ` : ''}object(s) stay as they are`);
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
    return entry('removed', note, (rendered ? diffObjects(side.objects, [], undefined) : []).map((c) => {
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
    }));
}

;// CONCATENATED MODULE: ./src/core/diff/clusterDiff.ts










function orderOf(objects) {
    const order = applyOrder(objects.map((o) => o.obj));
    return order ? { applyOrder: order } : {};
}
const sameOutput = (a, b) => a.length === b.length &&
    JSON.stringify(a.map((o) => (0,canonical/* sameKey */.el)((0,canonical/* comparable */.Zm)(o.obj, []))).sort()) ===
        JSON.stringify(b.map((o) => (0,canonical/* sameKey */.el)((0,canonical/* comparable */.Zm)(o.obj, []))).sort());
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
    const note = !quiet && policy && !(0,syncPolicy/* allowsUpdate */.Gz)(policy)
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
    for (const side of removed)
        apps.push(removedApp(side, policies, notPreviewed));
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

/***/ 3754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ ignoreLines),
/* harmony export */   jQ: () => (/* binding */ linePatternError)
/* harmony export */ });
/* unused harmony exports MAX_LINE_PATTERN, onlyIgnoredLines */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7291);
/* harmony import */ var _argo_goRegexp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94);
/* harmony import */ var _changeText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7168);
// `ignore-lines`: a changed object whose every changed line matches one of these RE2 patterns is shown as
// "changed only in ignored lines", its diff body left out, as argocd-diff-preview's `--diff-ignore` hides
// such lines. The change is still listed and counted, and the policy never approves it.
// RE2 through re2js: matching takes time linear in each line, whatever the pattern.



/** The longest pattern taken. */
const MAX_LINE_PATTERN = 1000;
/** Why a pattern is not one, or undefined. */
function linePatternError(pattern) {
    if (pattern.length > MAX_LINE_PATTERN)
        return `"${pattern.slice(0, 40)}\u2026" is longer than ${MAX_LINE_PATTERN} characters`;
    try {
        (0,_argo_goRegexp_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGoRegexp */ .h)(pattern);
        return undefined;
    }
    catch (error) {
        return `"${pattern}" is not a regular expression (RE2): ${error.message}`;
    }
}
/** The added and removed lines of a changed object, without their signs. */
function changedLines(change) {
    const { before, after } = (0,_changeText_js__WEBPACK_IMPORTED_MODULE_1__/* .changeTexts */ .P)(change);
    return (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .structuredPatch */ .YB)('base', 'head', before, after, '', '', { context: 0 }).hunks.flatMap((h) => h.lines.filter((l) => l.startsWith('+') || l.startsWith('-')).map((l) => l.slice(1)));
}
/** Whether every changed line of a changed object matches a pattern (somewhere in the line). */
function onlyIgnoredLines(change, patterns) {
    if (change.change !== 'changed' || patterns.length === 0)
        return false;
    const lines = changedLines(change);
    return lines.length > 0 && lines.every((line) => patterns.some((re) => re.matcher(line).find()));
}
/** The diff with each changed object whose every changed line matches marked `ignoredLines`. */
function ignoreLines(diff, patterns) {
    if (patterns.length === 0)
        return diff;
    const compiled = patterns.map((p) => (0,_argo_goRegexp_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGoRegexp */ .h)(p));
    return {
        ...diff,
        apps: diff.apps.map((app) => ({
            ...app,
            changes: app.changes.map((c) => (onlyIgnoredLines(c, compiled) ? { ...c, ignoredLines: true } : c)),
        })),
    };
}


/***/ }),

/***/ 7348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   af: () => (/* binding */ parseResourcePattern),
/* harmony export */   yE: () => (/* binding */ ignoreResources)
/* harmony export */ });
/* unused harmony exports MAX_RESOURCE_PATTERN, ignoredBy */
/* harmony import */ var _argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9237);
/* harmony import */ var _clusterDiff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4424);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
// `ignore-resources`: objects whose changes are left out of the diff shown, as argocd-diff-preview's
// `--ignore-resources` takes them \u2014 `group:kind:name`, each part a glob (`*` any run of characters, `?` one,
// `[\u2026]` a class; the core group is empty: `:ConfigMap:*-cache`). An ignored change is never dropped: each app
// counts its ignored changes, the report says how many, and the policy never approves one.
// Globs are matched by goPathMatch, whose work is at most the pattern's length times the name's.



/** The longest pattern taken: with a 253-character name, a match costs at most this times 253 steps. */
const MAX_RESOURCE_PATTERN = 1000;
/** One `group:kind:name` entry, or why it is not one. */
function parseResourcePattern(text) {
    const parts = text.split(':');
    if (parts.length !== 3)
        return {
            error: `"${text}" is not group:kind:name (three parts joined by ":", the core group empty, like :ConfigMap:*-cache)`,
        };
    if (text.length > MAX_RESOURCE_PATTERN)
        return { error: `"${text.slice(0, 40)}\u2026" is longer than ${MAX_RESOURCE_PATTERN} characters` };
    const [group, kind, name] = parts;
    if (kind === '' || name === '')
        return { error: `"${text}" names no kind or no name (use * for any)` };
    for (const part of parts) {
        try {
            (0,_argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .goPathMatch */ .V)(part, '');
        }
        catch (error) {
            if (error instanceof _argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .BadPattern */ .wO)
                return { error: `"${text}" has a malformed glob "${part}"` };
            throw error;
        }
    }
    return { group, kind, name, text };
}
/** The API group of an object's apiVersion (`apps/v1` \u2192 apps, `v1` \u2192 the core group, ''). */
function groupOf(obj) {
    const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** Whether a change's object (its head side, or its base side when deleted) matches one of the patterns. */
function ignoredBy(change, patterns) {
    const obj = change.after ?? change.before;
    if (!obj)
        return undefined;
    const group = groupOf(obj);
    const kind = typeof obj.kind === 'string' ? obj.kind : '';
    const metadata = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .objectOf */ .Xy)(obj.metadata);
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    return patterns.find((p) => (0,_argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .goPathMatch */ .V)(p.group, group) && (0,_argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .goPathMatch */ .V)(p.kind, kind) && (0,_argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .goPathMatch */ .V)(p.name, name));
}
/**
 * The diff with the changes of ignored objects taken out of each app and counted in its `ignoredChanges`;
 * totals and images are worked out again from what is shown. An app whose every change is ignored stays
 * listed, as changed.
 */
function ignoreResources(diff, patterns) {
    if (patterns.length === 0)
        return diff;
    const apps = diff.apps.map((app) => {
        const shown = app.changes.filter((c) => !ignoredBy(c, patterns));
        const ignored = app.changes.length - shown.length;
        if (ignored === 0)
            return app;
        return { ...app, changes: shown, ignoredChanges: (app.ignoredChanges ?? 0) + ignored };
    });
    return (0,_clusterDiff_js__WEBPACK_IMPORTED_MODULE_0__/* .finishDiff */ .du)(apps, diff.unchangedApps, diff.notPreviewed, diff.otherRevisions ?? []);
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
/* harmony import */ var _workload_podContainers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7114);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
// What an image bump may change, taken out of an object so that what remains shows every other change:
// the version (tag, digest) of a container image, and of the image overrides of an Argo CD Application
// or ApplicationSet template (kustomize `images`, Helm `*.tag`/`*.digest` parameters, the `tag`/`digest`
// beside a `repository` in Helm values). The repository of each image stays, so moving an image to another
// registry or path is a change like any other.




/** Stands for an image's version in a versionless copy. */
const VERSION_MARKER = '<version>';
const asObj = (v) => ((0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isFields */ .Ce)(v) ? v : undefined);
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
        return (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isFields */ .Ce)(value) ? walkMap(value, path, key) : value;
    };
    const walkMap = (map, path, key) => {
        const out = {};
        for (const [k, v] of Object.entries(map)) {
            if (k === 'image' && typeof v === 'string' && (0,_workload_podContainers_js__WEBPACK_IMPORTED_MODULE_3__/* .isContainerList */ .yC)(key)) {
                images.push({ image: v, at: path });
                out[k] = VERSION_MARKER;
            }
            else
                out[k] = walk(v, path ? `${path}.${k}` : k, k);
        }
        return out;
    };
    return { rest: walkMap(obj, ''), images };
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

/***/ 5043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
// A check shard's slot (`3/8`) and the slot each app falls in, apart from the merge of shards' reports so
// reading the settings does not load what the merge needs.
/** `3/8` \u2192 { index: 3, count: 8 }; undefined when the text is not such a pair. */
function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!match)
        return undefined;
    const shard = { index: Number(match[1]), count: Number(match[2]) };
    return shard.count >= 1 && shard.count <= 256 && shard.index >= 1 && shard.index <= shard.count
        ? shard
        : undefined;
}
/** FNV-1a of the app's identity: the same app lands in the same shard on every run and machine. */
function shardOf(id, count) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
        hash ^= id.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % count) + 1;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ SlipwayError),
/* harmony export */   QM: () => (/* binding */ WriteError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
// The errors Slipway raises on purpose, each with a message that says what to do. Errors GitHub answered
// are explained by src/github/errors.ts; anything else that escapes a command is a bug, reported as such.
// Problems in what an app renders are findings (core/finding.ts), not errors: one bad app never stops
// the others.
/** An error Slipway raised on purpose, with a message a user can act on. */
class SlipwayError extends Error {
    name = 'SlipwayError';
}
/** A setting, input, flag or command-line path that cannot be used. */
class InputError extends SlipwayError {
    name = 'InputError';
}
/** A file of the repository that stops the command (an invalid policy): named with its line. */
class ManifestError extends SlipwayError {
    file;
    line;
    name = 'ManifestError';
    constructor(file, line, what) {
        super(`${file}:${line}: ${what}`);
        this.file = file;
        this.line = line;
    }
}
/** A file Slipway could not write; the message says what was left as it was. */
class WriteError extends SlipwayError {
    name = 'WriteError';
}


/***/ }),

/***/ 242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ isFields),
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   Xy: () => (/* binding */ objectOf),
/* harmony export */   Z4: () => (/* binding */ isObjectLike),
/* harmony export */   c3: () => (/* binding */ listOf)
/* harmony export */ });
/* unused harmony export fieldsList */
// Reading fields of data whose shape nobody promised (a manifest's metadata, a generator's body, a
// schema's properties): narrow, never assert. A value that is not a map reads as an empty one.
/** A map (not null, not a list). */
const isFields = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The value if it is a map, else a new empty one (reading a field of a non-map gives undefined). */
const fieldsOf = (v) => (isFields(v) ? v : {});
/** The value if it is a list, else an empty one. */
const listOf = (v) => (Array.isArray(v) ? v : []);
/** The maps of a list, in order (other entries left out). */
const fieldsList = (v) => listOf(v).filter(isFields);
/**
 * Any object, a list too (read by its indexes, as `x[key]` on it would be): where code only reads or
 * masks whatever fields a value has, whatever its shape.
 */
const isObjectLike = (v) => v !== null && typeof v === 'object';
/** The value if it is an object (a list too), else a new empty map. */
const objectOf = (v) => (isObjectLike(v) ? v : {});


/***/ }),

/***/ 2145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ linkChain),
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   SH: () => (/* binding */ mayInclude),
/* harmony export */   bU: () => (/* binding */ hasFolder),
/* harmony export */   dI: () => (/* binding */ sameEntry),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   hS: () => (/* binding */ isReadable),
/* harmony export */   h_: () => (/* binding */ SEARCHED_STRINGS),
/* harmony export */   nG: () => (/* binding */ filesIn),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   pb: () => (/* binding */ tooLargeMessage),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export treeFromTexts */
// A repository's files at one revision, as data: what the core renders and validates, whether the files
// come from a checkout, a git revision or a test's map.
/**
 * The strings the core scans every file of a tree for \u2014 markers of Argo CD resources (discovery.ts) and
 * of CRDs (crdIndex.ts, helmRelease.ts): a reader may search for them in bulk and mark the files without
 * any (`lacks`), so a whole-tree scan reads only the files that hold one.
 */
const SEARCHED_STRINGS = ['argoproj.io', '\\', '!', 'CustomResourceDefinition'];
/** Whether a file may contain `needle`: false without reading it when its reader searched and found none. */
function mayInclude(entry, needle) {
    if (entry.lacks?.has(needle))
        return false;
    return entry.text?.includes(needle) ?? false;
}
/**
 * Whether two entries hold the same file: the same blob id when git gave both, else the same text, or the
 * same link. A file over the size limit was not read: it is the same only when git says so.
 */
function sameEntry(a, b) {
    if (a === b)
        return true;
    if (a.blob !== undefined && b.blob !== undefined)
        return a.blob === b.blob;
    if (a.tooLarge || b.tooLarge)
        return false;
    return a.text === b.text && a.link === b.link;
}
/**
 * Files above this size are not read into memory: each reader reports them as a finding naming the file.
 * Argo CD refuses a directory app whose manifests add up to more than 10M (its default
 * max-combined-directory-manifests-size), so no file Argo CD would deploy is larger.
 */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const mib = (bytes) => `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
function tooLargeMessage(path, { size, limit }) {
    return `${path} is ${mib(size)}, over the ${mib(limit)} limit for one file (max-file-size); it was not read (Argo CD's default limit for a directory app's manifests is 10M in all)`;
}
function treeFromTexts(files) {
    return new Map(Object.entries(files).map(([path, text]) => [path, { text }]));
}
/** A path with an empty, `.` or `..` segment. */
const UNNORMAL = /(?:^|\/)\.{0,2}(?:\/|$)/;
/** Joins and normalises a relative path inside the tree; undefined when it leaves the tree or is absolute. */
function resolveInTree(folder, relative) {
    if (relative.startsWith('/') || /^[a-z]+:\/\//i.test(relative))
        return undefined;
    // most paths need no normalising (no empty, `.` or `..` segment): joined as they are
    if (relative !== '' && !UNNORMAL.test(relative))
        return folder === '' || folder === '.' ? relative : `${folder}/${relative}`;
    const parts = folder === '' || folder === '.' ? [] : folder.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * The paths a read of `path` goes through: the path, then each link's target while it stays inside the
 * tree (at most 8 paths in all).
 */
function linkChain(tree, path) {
    const chain = [path];
    for (let current = path; chain.length < 8;) {
        const link = tree.get(current)?.link;
        const next = link === undefined ? undefined : resolveInTree(dirname(current), link);
        if (next === undefined)
            break;
        chain.push((current = next));
    }
    return chain;
}
/** The text of a file, following links that stay inside the tree (at most 8 hops). */
function readText(tree, path) {
    const entry = tree.get(path);
    if (entry?.link === undefined)
        return entry?.text;
    return tree.get(linkChain(tree, path).at(-1))?.text;
}
/**
 * Whether reading `path` gives a text \u2014 a file, or a link to one inside the tree \u2014 answered from the
 * entries alone, without reading the file (readText's `!== undefined`).
 */
function isReadable(tree, path) {
    const end = tree.get(linkChain(tree, path).at(-1));
    return end !== undefined && end.link === undefined && end.tooLarge === undefined;
}
/**
 * The tree's paths in sorted order, so a folder's files are one contiguous run found by binary search.
 * Memoised per tree (trees are read once and never changed after): a repository of 10,000 files asked for
 * the files of 4,000 folders would otherwise be scanned 4,000 times.
 */
const sortedPaths = new WeakMap();
function pathsOf(tree) {
    const known = sortedPaths.get(tree);
    if (known && known.size === tree.size)
        return known.paths;
    const paths = [...tree.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sortedPaths.set(tree, { size: tree.size, paths });
    return paths;
}
/** The index of the first sorted path not before `prefix`. */
function firstFrom(paths, prefix) {
    let low = 0;
    let high = paths.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (paths[mid] < prefix)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** Paths starting with `prefix`, in sorted order. */
function pathsUnder(tree, prefix) {
    const paths = pathsOf(tree);
    const out = [];
    for (let i = firstFrom(paths, prefix); i < paths.length && paths[i].startsWith(prefix); i++)
        out.push(paths[i]);
    return out;
}
/** Whether any file lies below `folder` ('' is the repository's root). */
function hasFolder(tree, folder) {
    if (folder === '')
        return tree.size > 0;
    const paths = pathsOf(tree);
    return paths[firstFrom(paths, `${folder}/`)]?.startsWith(`${folder}/`) ?? false;
}
/** Paths of the files directly in a folder (or below it, with `recurse`). */
function filesIn(tree, folder, recurse) {
    const prefix = folder === '' ? '' : `${folder}/`;
    const below = pathsUnder(tree, prefix);
    return recurse ? below : below.filter((p) => !p.slice(prefix.length).includes('/'));
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   MP: () => (/* binding */ describeVersion),
/* harmony export */   Oo: () => (/* binding */ validateOciDigest),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   ZJ: () => (/* binding */ tryParseImageRef),
/* harmony export */   fx: () => (/* binding */ imageSlug),
/* harmony export */   kL: () => (/* binding */ formatImageRef)
/* harmony export */ });
/* unused harmony exports ImageRefError, validateTag, validateDigest */
// Container image references, following the grammar of distribution/reference v0.6.0
// (github.com/distribution/reference, regexp.go and reference.go at ff14faf, its ParseNormalizedNamed):
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [ domain "/" ] path-component [ "/" path-component ]*
//   domain    := host [ ":" port ]
//   host      := domain-name | "[" IPv6 address: hex digits and colons "]"
// the path (without the domain, with Docker Hub's `library/`) at most 255 characters, plus Docker Hub's
// normalisation (nginx \u2261 docker.io/library/nginx).
class ImageRefError extends Error {
    input;
    constructor(input, reason) {
        super(`invalid image reference "${input}": ${reason}`);
        this.input = input;
        this.name = 'ImageRefError';
    }
}
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** distribution/reference v0.6.0 `domainAndPort`: a bracketed host is an IPv6 address (no zone, no IPv4 tail). */
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
/** distribution/reference v0.6.0 `RepositoryNameTotalLengthMax`, checked against the path alone. */
const PATH_LENGTH_MAX = 255;
/** A name that is 64 hex characters is an image ID, which ParseNormalizedNamed refuses as a name. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([0-9a-fA-F]{32,})$/;
const DIGEST_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
/** Splits a name into its domain (if the first component is one) and path, as Docker does. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { path: name };
    const first = name.slice(0, slash);
    const looksLikeDomain = first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
    return looksLikeDomain ? { domain: first, path: name.slice(slash + 1) } : { path: name };
}
/** Canonical form of an image name (no tag, no digest). Throws ImageRefError when the name is invalid. */
function canonicalName(name, input = name) {
    if (name === '')
        throw new ImageRefError(input, 'the name is empty');
    if (IDENTIFIER.test(name))
        throw new ImageRefError(input, 'a name of 64 hex characters is an image ID, not a repository');
    const { domain, path } = splitDomain(name);
    if (domain !== undefined && !DOMAIN.test(domain)) {
        throw new ImageRefError(input, `"${domain}" is not a valid registry host`);
    }
    for (const component of path.split('/')) {
        if (component !== component.toLowerCase()) {
            throw new ImageRefError(input, 'the repository name must be lowercase');
        }
        if (!PATH_COMPONENT.test(component)) {
            throw new ImageRefError(input, `"${component}" is not a valid path component`);
        }
    }
    const registry = domain === undefined || DOCKER_HUB_ALIASES.has(domain.toLowerCase()) ? DOCKER_HUB : domain.toLowerCase();
    const fullPath = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
    // since v0.6.0 the limit is the path's, without the domain (`example.com/` + 255 \u00d7 `a` is valid)
    if (fullPath.length > PATH_LENGTH_MAX)
        throw new ImageRefError(input, `the repository path is ${fullPath.length} characters long; at most ${PATH_LENGTH_MAX} are allowed`);
    return `${registry}/${fullPath}`;
}
function validateTag(tag, input) {
    if (tag === '')
        throw new ImageRefError(input, 'the tag is empty');
    if (tag.length > 128)
        throw new ImageRefError(input, 'the tag is longer than 128 characters');
    if (!TAG.test(tag)) {
        throw new ImageRefError(input, `"${tag}" is not a valid tag (letters, digits, "_", "." and "-"; no leading "." or "-")`);
    }
}
function validateDigest(digest, input) {
    const match = DIGEST.exec(digest);
    if (!match)
        throw new ImageRefError(input, `"${digest}" is not a valid digest (expected algorithm:hex, e.g. sha256:<64 hex>)`);
    const expected = DIGEST_LENGTHS[match[1]];
    if (expected !== undefined && match[2].length !== expected) {
        throw new ImageRefError(input, `a ${match[1]} digest has ${expected} hex characters, not ${match[2].length}`);
    }
}
/** The digests the OCI image spec registers: sha256 with 64 and sha512 with 128 lowercase hex characters. */
const OCI_DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
/** A digest given to write (not one read from a file) must be one a registry can serve. */
function validateOciDigest(digest, input) {
    if (!OCI_DIGEST.test(digest))
        throw new ImageRefError(input, `"${digest}" is not an OCI digest: write sha256: and 64 lowercase hex characters (or sha512: and 128)`);
}
/** Parses a full reference. Throws ImageRefError with the reason when it is not valid. */
function parseImageRef(input) {
    let rest = input.trim();
    if (rest !== input)
        throw new ImageRefError(input, 'it has leading or trailing white space');
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        validateDigest(digest, input);
    }
    let tag;
    // A tag's colon comes after the last slash; an earlier colon is a registry port.
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        validateTag(tag, input);
    }
    const canonical = canonicalName(rest, input);
    return {
        name: rest,
        canonical,
        ...(tag !== undefined && { tag }),
        ...(digest !== undefined && { digest }),
    };
}
/** Like parseImageRef, but returns undefined instead of throwing: for scanning values that may not be images. */
function tryParseImageRef(input) {
    try {
        return parseImageRef(input);
    }
    catch {
        return undefined;
    }
}
/** Writes a reference back, keeping the name as spelled. */
function formatImageRef(name, tag, digest) {
    return `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}
/** The tag and digest of a reference, as people read it: `1.2.3`, `1.2.3@sha256:\u2026`, `@sha256:\u2026`. */
function describeVersion(tag, digest) {
    const shortDigest = digest === undefined ? '' : `@${digest.slice(0, digest.indexOf(':') + 13)}\u2026`;
    return `${tag ?? ''}${shortDigest}` || '(none)';
}
/** A short, branch-safe slug of an image name: `ghcr.io/acme/api` \u2192 `ghcr.io-acme-api`. */
function imageSlug(name) {
    return canonicalName(name)
        .replace(/^docker\.io\/(library\/)?/, '')
        .replace(/[^a-zA-Z0-9._-]+/g, '-');
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ selectManifests),
/* harmony export */   Ex: () => (/* binding */ mayDeclareApps),
/* harmony export */   HS: () => (/* binding */ isManifestPath),
/* harmony export */   g0: () => (/* binding */ selectOthers)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which files of a tree are manifests Slipway may read and edit.

/** Argo CD Image Updater's write-back files (`.argocd-source-<app>.yaml`): hidden, and manifests all the same. */
const WRITE_BACK = /^\.argocd-source-[^/]*\.ya?ml$/;
/**
 * YAML files (and kustomize's extension-less `Kustomization`) outside hidden folders (`.git`, `.github`,
 * \u2026); hidden files are left alone, except Argo CD Image Updater's write-back files.
 */
function isManifestPath(path) {
    if (inHiddenFolder(path))
        return false;
    const name = fileName(path);
    if (name.startsWith('.'))
        return WRITE_BACK.test(name);
    return /\.ya?ml$/i.test(name) || name === 'Kustomization';
}
/**
 * Files that may declare Argo CD Applications: the manifest files, and JSON files outside hidden folders
 * (a plain folder of an app of apps deploys `.json` as Argo CD reads it; so does `kubectl apply -f`).
 */
function mayDeclareApps(path) {
    if (isManifestPath(path))
        return true;
    return /\.json$/i.test(path) && !inHiddenFolder(path) && !fileName(path).startsWith('.');
}
const fileName = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Whether a folder of the path (not its file name) starts with a dot; runs on every path of both revisions. */
function inHiddenFolder(path) {
    const slash = path.lastIndexOf('/');
    return slash !== -1 && (path.startsWith('.') || path.lastIndexOf('/.', slash - 1) !== -1);
}
/**
 * The manifest paths of a tree that match any of the globs (all of them when there are none), sorted.
 * A hidden file a glob names exactly (no wildcard) is read too: the user asked for it.
 */
function selectManifests(paths, globs) {
    const matches = globs.length === 0 ? () => true : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { dot: true });
    const named = new Set(globs.filter((g) => !/[*?[\]{}!]/.test(g)));
    return [...paths]
        .filter((path) => (isManifestPath(path) && matches(path)) || (named.has(path) && /\.ya?ml$/i.test(path)))
        .sort();
}
/** Text files that are not manifests but may name an image (jsonnet, JSON, Helm templates, env files). */
const OTHER_TEXT = /\.(jsonnet|libsonnet|json|tpl|tmpl|cue|env|tf|txt|yaml\.gotmpl)$|(^|\/)Dockerfile$/i;
/** Files outside hidden folders, matching the globs, that may name an image without being YAML to edit. */
function selectOthers(paths, globs) {
    const matches = globs.length === 0 ? () => true : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { dot: true });
    return [...paths]
        .filter((path) => OTHER_TEXT.test(path) &&
        !path
            .split('/')
            .slice(0, -1)
            .some((s) => s.startsWith('.')) &&
        matches(path))
        .sort();
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
// A value from a manifest as text for a message or a key: strings as they are, numbers and booleans as
// written, and anything else (a map where a name should be) as JSON \u2014 never "[object Object]".
function plainText(value, fallback = '') {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? fallback;
}


/***/ }),

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ chartCache),
/* harmony export */   u: () => (/* binding */ chartDependencies)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
/* harmony import */ var _regExpText_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7613);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);
/* harmony import */ var _chartSource_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6029);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1215);
// A chart's dependencies as `helm template` will need them (vendored, `file://` folders of this
// repository, or pulled at the versions its lock names), read once per chart content for the whole run.






function chartCache(parseYaml = yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg) {
    return { parse: parseYaml, charts: new Map() };
}
/** A file's identity for a memo key: its blob id when git gave one (its text unread), else its text. */
function identity(tree, path) {
    const entry = tree.get(path);
    if (entry === undefined)
        return '-';
    // a link is known by what it leads to (its target may change while it does not)
    if (entry.link !== undefined)
        return `t${(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, path) ?? ''}`;
    if (entry.blob !== undefined)
        return `b${entry.blob}`;
    return `t${entry.text ?? ''}`;
}
/**
 * A chart's dependencies as `helm template` will need them: vendored under `charts/` (a folder or a
 * `.tgz`), a `file://` folder of this repository (built offline with `helm dependency build`, as Argo CD
 * does when helm reports a missing dependency), or a chart repository \u2014 then the app is not previewed.
 *
 * `helm dependency build` fetches every dependency of the lock (`Chart.lock`, or `requirements.lock` of
 * an apiVersion v1 chart) from the repository the *lock* names, and with no lock every dependency of
 * Chart.yaml, vendored or not. So it runs only when every dependency is a `file://` folder of the
 * repository and the lock names each of them with that same `file://` repository: a lock that names a
 * chart repository, a registry or a folder outside the repository for a `file://` dependency would have
 * helm reach the network (or read the runner's disk), and fails the app instead.
 */
function chartDependencies(tree, chartPath, at, cache = chartCache()) {
    const prefix = chartPath === '' ? '' : `${chartPath}/`;
    const vendoredFiles = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .pathsUnder */ .pR)(tree, `${prefix}charts/`);
    const key = [
        chartPath,
        ...[`${prefix}Chart.yaml`, `${prefix}Chart.lock`, `${prefix}requirements.lock`].map((f) => identity(tree, f)),
        ...vendoredFiles,
    ].join('\0');
    let facts = cache.charts.get(key);
    if (facts === undefined) {
        facts = chartFacts(tree, prefix, chartPath, vendoredFiles, cache.parse);
        cache.charts.set(key, facts);
    }
    return {
        localFolders: [...facts.localFolders],
        remote: [...facts.remote],
        ...(facts.notPreviewed !== undefined && { notPreviewed: facts.notPreviewed }),
        findings: facts.problems.map((p) => ({ severity: 'error', ...p, ...at })),
    };
}
function chartFacts(tree, prefix, chartPath, vendoredFiles, parseYaml) {
    const out = { localFolders: [], remote: [], problems: [] };
    let chart;
    try {
        chart = parseYaml((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, `${prefix}Chart.yaml`) ?? '');
    }
    catch {
        return out; // helm itself reports a broken Chart.yaml
    }
    const dependencies = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(chart).dependencies;
    /** Each dependency's repository, by name (vendored ones too: the build fetches them all). */
    const declared = new Map();
    /** Dependencies neither vendored nor `file://`: from a chart repository or a registry, at the lock's version. */
    const remote = new Map();
    for (const dep of Array.isArray(dependencies) ? dependencies : []) {
        const { name, repository } = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(dep);
        if (typeof name !== 'string')
            continue;
        const repo = typeof repository === 'string' ? repository : '';
        declared.set(name, repo);
        const tgz = new RegExp(`^${(0,_regExpText_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeRegExp */ .N)(prefix)}charts/${(0,_regExpText_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeRegExp */ .N)(name)}-[^/]*\\.tgz$`);
        const vendored = vendoredFiles.some((p) => p.startsWith(`${prefix}charts/${name}/`) || tgz.test(p));
        if (vendored)
            continue;
        if (repo.startsWith('file://')) {
            const folder = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(chartPath, repo.slice('file://'.length));
            if (folder === undefined) {
                out.problems.push({
                    rule: 'path-escape',
                    message: `chart dependency ${name} (${repo}) is outside the repository; it is not read`,
                });
            }
            else
                out.localFolders.push(folder);
        }
        else if (repo === '') {
            out.notPreviewed = `chart dependency ${name} names no repository and is not under charts/ (vendor it there to preview)`;
        }
        else
            remote.set(name, repo);
    }
    if (remote.size > 0 && !out.notPreviewed && out.problems.length === 0) {
        if (out.localFolders.length > 0) {
            const [name, repo] = [...remote][0];
            out.notPreviewed = `the chart has file:// dependencies and chart dependency ${name} from ${repo}: Slipway previews one kind or the other (vendor the chart repository's dependencies under charts/ to preview)`;
            return out;
        }
        lockedVersions(tree, prefix, remote, parseYaml, out);
        return out;
    }
    if (out.localFolders.length === 0 || out.notPreviewed || out.problems.length > 0)
        return out;
    // helm dependency build will run: it must find nothing to fetch
    for (const [name, repo] of declared) {
        if (!repo.startsWith('file://')) {
            out.notPreviewed = `helm dependency build (for the file:// dependencies) would fetch chart dependency ${name} from ${repo || 'a chart repository'} again, which Slipway does not do (vendor every dependency under charts/ to preview)`;
            return out;
        }
    }
    out.problems.push(...lockProblems(tree, prefix, declared, parseYaml));
    return out;
}
/**
 * The locked versions of a chart's dependencies from chart repositories and registries (Chart.lock, or
 * requirements.lock of an apiVersion v1 chart): each is pulled at that version, from the repository the
 * lock names, as `helm dependency build` would. Whether the lock is in step with Chart.yaml, helm checks
 * (renderers.ts). A dependency the lock does not name, or names by a repository alias, is not previewed.
 */
function lockedVersions(tree, prefix, remote, parseYaml, out) {
    const lockFile = [`${prefix}Chart.lock`, `${prefix}requirements.lock`].find((f) => (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, f) !== undefined);
    const [firstName, firstRepo] = [...remote][0];
    if (lockFile === undefined) {
        out.notPreviewed = `chart dependency ${firstName} needs ${firstRepo}, and no Chart.lock names the version to pull (run helm dependency update and commit Chart.lock, or vendor it under charts/)`;
        return;
    }
    let lock;
    try {
        lock = parseYaml((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, lockFile) ?? '');
    }
    catch {
        out.problems.push({ rule: 'chart-lock', message: `${lockFile} is not valid YAML; not rendered` });
        return;
    }
    const entries = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(lock).dependencies;
    const locked = new Map();
    for (const entry of Array.isArray(entries) ? entries : []) {
        const e = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(entry);
        if (typeof e.name === 'string' && !locked.has(e.name))
            locked.set(e.name, e);
    }
    for (const name of remote.keys()) {
        const entry = locked.get(name);
        const { version, repository } = entry ?? {};
        if (entry === undefined) {
            out.problems.push({
                rule: 'chart-lock',
                message: `${lockFile} does not lock chart dependency ${JSON.stringify(name)}: helm dependency build fails the same way (run helm dependency update); not rendered`,
            });
        }
        else if (typeof version !== 'string' ||
            !_helmInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .CHART_VERSION */ .AP.test(version) ||
            version.startsWith('-') ||
            typeof repository !== 'string') {
            out.problems.push({
                rule: 'chart-lock',
                message: `${lockFile} gives chart dependency ${JSON.stringify(name)} no version or repository helm can use; not rendered`,
            });
        }
        else if (!/^(https?|oci):\/\//i.test(repository)) {
            out.notPreviewed = `chart dependency ${name} comes from ${repository}, a repository name Slipway does not resolve (write the repository's URL in Chart.yaml, or vendor the chart under charts/)`;
        }
        else {
            const problem = (0,_chartSource_js__WEBPACK_IMPORTED_MODULE_5__/* .chartLocation */ .QV)({ repoURL: repository, name, version });
            if ('problem' in problem)
                out.problems.push({ rule: 'chart-lock', message: `${problem.problem}; not rendered` });
            else
                out.remote.push({ name, version, repository });
        }
    }
}
/** Where the lock of a chart sends `helm dependency build`, checked against Chart.yaml's `file://` dependencies. */
function lockProblems(tree, prefix, declared, parseYaml) {
    const findings = [];
    for (const lockFile of [`${prefix}Chart.lock`, `${prefix}requirements.lock`]) {
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, lockFile);
        if (text === undefined)
            continue;
        const problem = (message) => findings.push({ rule: 'chart-lock', message: `${lockFile} ${message}; not rendered` });
        let lock;
        try {
            lock = parseYaml(text);
        }
        catch {
            problem('is not valid YAML');
            continue;
        }
        const entries = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(lock).dependencies;
        if (lock !== null && (typeof lock !== 'object' || (entries !== undefined && !Array.isArray(entries)))) {
            problem('is not a lock file (a map with a list of dependencies)');
            continue;
        }
        for (const entry of Array.isArray(entries) ? entries : []) {
            const { name, repository } = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(entry);
            const shown = JSON.stringify(typeof name === 'string' ? name : (name ?? null));
            const repo = typeof repository === 'string' ? repository : undefined;
            const wanted = typeof name === 'string' ? declared.get(name) : undefined;
            if (wanted === undefined)
                problem(`locks dependency ${shown}, which Chart.yaml does not list: helm dependency build would fetch it from ${repo ?? 'its repository'}`);
            else if (repo !== wanted)
                problem(`gives dependency ${shown} the repository ${repo === undefined ? '(none)' : JSON.stringify(repo)} where Chart.yaml gives ${wanted}: helm dependency build follows the lock, and Slipway never lets it reach the network or leave the repository (run helm dependency update to make the lock match Chart.yaml)`);
        }
    }
    return findings;
}


/***/ }),

/***/ 6029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ registrySettings),
/* harmony export */   QV: () => (/* binding */ chartLocation),
/* harmony export */   TH: () => (/* binding */ plainHttpAllowed),
/* harmony export */   Yb: () => (/* binding */ isExactVersion),
/* harmony export */   jT: () => (/* binding */ registryName)
/* harmony export */ });
/* unused harmony exports isLoopback, CREDENTIALS_VARIABLE, PLAIN_HTTP_VARIABLE */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);
// Where a Helm chart of a chart repository or an OCI registry is pulled from, as Argo CD reads a Helm
// source (argoproj/argo-cd@37ee0097cf851bc2dd7665fc081bbce61a7e836e):
// - `repoURL: https://\u2026` with `chart:` is a chart repository (an index.yaml): `helm pull <chart> --repo`;
// - `repoURL` without a scheme with `chart:` is an OCI registry (util/helm/client.go IsHelmOciRepo, and
//   util/helm/cmd.go PullOCI: `helm pull oci://<repoURL>/<chart> --version <targetRevision>`);
// - `repoURL: oci://\u2026` is Argo CD's OCI source (types.go IsOCI, checked before IsHelm in
//   reposerver/repository/repository.go): the repoURL names the artifact itself, `path: .`; a Helm chart
//   artifact renders as its chart. appUnit splits such a URL into a registry and the chart's name.
// Which registries get credentials and which may be reached over plain HTTP is decided here too.

/** A registry's host (and port) or an HTTP repository's, lower case: what credentials are looked up by. */
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;
/** An OCI path below the host: lowercase components, as the distribution spec allows. */
const OCI_PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Where the chart of `ref` is pulled from, or why it cannot be (helmNameProblem checked the name). */
function chartLocation(ref) {
    const url = ref.repoURL.trim();
    const version = ref.version === undefined || ref.version === '' ? undefined : ref.version;
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(url))
        return {
            problem: `chart repository URL of chart "${ref.name}" holds credentials (user@host); give them in SLIPWAY_HELM_CREDENTIALS instead`,
        };
    const http = /^(https?):\/\/([^/?#@\s]+)([^?#@\s]*)$/i.exec(url);
    if (http) {
        const host = http[2].toLowerCase();
        if (!HOST.test(host))
            return { problem: `chart repository "${ref.repoURL}" has no valid host` };
        return {
            kind: 'http',
            repo: url,
            name: ref.name,
            ...(version !== undefined && { version }),
            host,
            plain: http[1].toLowerCase() === 'http',
        };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^oci:\/\//i.test(url))
        return { problem: `chart repository "${ref.repoURL}" is not an http(s) URL or an OCI registry` };
    const bare = url.replace(/^oci:\/\//i, '').replace(/\/+$/, '');
    const slash = bare.indexOf('/');
    const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? '' : bare.slice(slash + 1);
    if (!HOST.test(host) || (path !== '' && !OCI_PATH.test(path)) || !OCI_PATH.test(ref.name))
        return { problem: `OCI chart "${ref.repoURL}/${ref.name}" is not a valid OCI reference` };
    return {
        kind: 'oci',
        ref: `oci://${host}${path === '' ? '' : `/${path}`}/${ref.name}`,
        name: ref.name,
        ...(version !== undefined && { version }),
        host,
    };
}
/** Where the chart is pulled from, for messages: the repository URL, or the OCI reference. */
function registryName(location) {
    return location.kind === 'http' ? location.repo : location.ref.slice(0, -location.name.length - 1);
}
/**
 * A version that names one chart (`1.2.3`, `v1.2.3-rc.1+build`), as opposed to a range, `*` or none:
 * only such a version may be kept across runs under its own name; a range is resolved again each run.
 */
function isExactVersion(version) {
    return (version !== undefined &&
        /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version) &&
        !version.includes('..'));
}
/** Hosts that are this machine: a registry there may be reached over plain HTTP. */
function isLoopback(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
const CREDENTIALS_VARIABLE = 'SLIPWAY_HELM_CREDENTIALS';
const PLAIN_HTTP_VARIABLE = 'SLIPWAY_HELM_PLAIN_HTTP';
/**
 * The registry settings from the environment: `SLIPWAY_HELM_CREDENTIALS`, a JSON object from host to
 * `{"username": "\u2026", "password": "\u2026"}`, and `SLIPWAY_HELM_PLAIN_HTTP`, hosts separated by commas or
 * spaces. A malformed value is named, never quoted (it holds passwords).
 */
function registrySettings(env) {
    const out = { credentials: new Map(), plainHttp: new Set() };
    for (const host of (env[PLAIN_HTTP_VARIABLE] ?? '').split(/[\s,]+/))
        if (host !== '')
            out.plainHttp.add(host.toLowerCase());
    const text = env[CREDENTIALS_VARIABLE];
    if (text === undefined || text.trim() === '')
        return out;
    const shape = `${CREDENTIALS_VARIABLE} must be a JSON object from registry host to {"username": "\u2026", "password": "\u2026"}`;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { ...out, problem: `${shape}; it is not valid JSON` };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return { ...out, problem: `${shape}; it is not an object` };
    for (const [key, value] of Object.entries((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf)(parsed))) {
        const host = key
            .trim()
            .replace(/^(oci|https?):\/\//i, '')
            .replace(/\/.*$/, '')
            .toLowerCase();
        const { username, password } = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsOf */ .Pf)(value);
        if (!HOST.test(host) || typeof username !== 'string' || typeof password !== 'string' || username === '')
            return {
                ...out,
                credentials: new Map(),
                problem: `${shape}; the entry for ${HOST.test(host) ? host : 'one host'} is not of that form`,
            };
        out.credentials.set(host, { username, password });
    }
    return out;
}
/** Whether the registry of `location` may be reached over plain HTTP (loopback, or listed). */
function plainHttpAllowed(location, settings) {
    return isLoopback(location.host) || settings.plainHttp.has(location.host);
}


/***/ }),

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ CHART_VERSION),
/* harmony export */   B: () => (/* binding */ helmValueFiles),
/* harmony export */   Jt: () => (/* binding */ helmFileParameters),
/* harmony export */   NY: () => (/* binding */ helmNameProblem),
/* harmony export */   _p: () => (/* binding */ helmTemplateArgs),
/* harmony export */   n7: () => (/* binding */ chartLinkFindings),
/* harmony export */   xi: () => (/* binding */ linkLeavesRepository)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _chartSource_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6029);


/** Helm's own rule for release names (pkg/chartutil ValidateReleaseName): a DNS-1123 subdomain \u2264 53. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CHART_VERSION = /^[A-Za-z0-9.*^~<>=!|,+ -]+$/;
/** Resolves a source's value files inside the repository, or says why one is not used. */
function helmValueFiles(tree, chartPath, helm, at) {
    const out = { valueFiles: [], named: [], findings: [] };
    const ignoreMissing = helm.ignoreMissingValueFiles === true;
    for (const raw of helm.valueFiles ?? []) {
        if (typeof raw !== 'string') {
            out.findings.push({
                severity: 'error',
                rule: 'invalid-application',
                ...at,
                message: `valueFiles entry ${JSON.stringify(raw)} is not a string`,
            });
            continue;
        }
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
            out.notPreviewed = `value file ${raw} is fetched from a URL, which Slipway does not do`;
            continue;
        }
        let path;
        if (raw.startsWith('$values/'))
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', raw.slice('$values/'.length));
        else if (raw.startsWith('/'))
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', raw.slice(1));
        else if (chartPath === undefined)
            continue; // a file inside a chart from a chart repository
        else
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(chartPath, raw);
        if (path === undefined || path === '') {
            out.findings.push({
                severity: 'error',
                rule: 'path-escape',
                ...at,
                message: `value file ${raw} resolves outside the repository; it is not read`,
            });
            continue;
        }
        out.named.push(path);
        if (!(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadable */ .hS)(tree, path)) {
            const link = tree.get(path)?.link !== undefined;
            if (link) {
                out.findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
                    message: `value file ${raw} is a link that leaves the repository; it is not read`,
                });
            }
            else if (!ignoreMissing) {
                out.findings.push({
                    severity: 'error',
                    rule: 'missing-value-file',
                    ...at,
                    message: `value file ${raw} (${path}) does not exist; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`,
                });
            }
            continue;
        }
        out.valueFiles.push(path);
    }
    return out;
}
/** Why a name from a manifest cannot go to helm, or undefined when it can. */
function helmNameProblem(release, chart) {
    const name = release.releaseName;
    if (name.length > 53 || !RELEASE_NAME.test(name))
        return `release name "${name}" is not a valid Helm release name (lowercase DNS-1123, at most 53 characters)`;
    if (release.namespace !== undefined && !DNS_LABEL.test(release.namespace))
        return `destination namespace "${release.namespace}" is not a valid namespace name`;
    if (chart) {
        if (!CHART_NAME.test(chart.name))
            return `chart name "${chart.name}" is not a valid chart name`;
        const location = (0,_chartSource_js__WEBPACK_IMPORTED_MODULE_1__/* .chartLocation */ .QV)(chart);
        if ('problem' in location)
            return location.problem;
        if (chart.version !== undefined && (!CHART_VERSION.test(chart.version) || chart.version.startsWith('-')))
            return `chart version "${chart.version}" is not a version or range`;
    }
    return undefined;
}
/**
 * `helm template` arguments in Argo CD's order (util/helm/cmd.go template): parameters, file parameters,
 * value files, the inline values, `--api-versions`, `--include-crds` unless skipCrds. helm merges value
 * files in order and applies `--set` last, whatever their place on the command line. `chart` (a folder,
 * or a chart pulled from a registry) and the
 * value paths map repository paths to where the renderer laid them out; names were checked by
 * helmNameProblem, and still travel as `--flag=value` or after `--`.
 */
function helmTemplateArgs(release, chart, valueFiles, inline, helm, fileParameters = []) {
    const args = ['template'];
    if (release.namespace)
        args.push(`--namespace=${release.namespace}`);
    if (release.kubeVersion)
        args.push(`--kube-version=${release.kubeVersion}`);
    for (const p of helm.parameters ?? []) {
        if (!p || typeof p.name !== 'string')
            continue;
        args.push(`${p.forceString ? '--set-string' : '--set'}=${p.name}=${String(p.value ?? '')}`);
    }
    for (const p of fileParameters)
        args.push(`--set-file=${p.name}=${p.path}`);
    for (const file of valueFiles)
        args.push(`--values=${file}`);
    if (inline !== undefined)
        args.push(`--values=${inline}`);
    for (const v of release.apiVersions ?? [])
        args.push(`--api-versions=${v}`);
    if (helm.skipCrds !== true)
        args.push('--include-crds');
    if (helm.skipSchemaValidation === true)
        args.push('--skip-schema-validation');
    if (helm.skipTests === true)
        args.push('--skip-tests');
    args.push('--', release.releaseName, chart.dir);
    return args;
}
/** `fileParameters` resolved like value files; a path outside the repository is a finding. */
function helmFileParameters(tree, chartPath, helm, at) {
    const out = { parameters: [], findings: [] };
    for (const { name, path } of helm.fileParameters ?? []) {
        const resolved = helmValueFiles(tree, chartPath, { valueFiles: [path] }, at);
        out.findings.push(...resolved.findings);
        const file = resolved.valueFiles[0];
        if (file !== undefined)
            out.parameters.push({ name, path: file });
    }
    return out;
}
/**
 * Whether reading `path` follows a link out of the repository (an absolute target, or one that climbs
 * above the root), directly or through other links.
 */
function linkLeavesRepository(tree, path) {
    const last = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .linkChain */ .Ct)(tree, path).at(-1);
    const link = tree.get(last)?.link;
    return link !== undefined && (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .dirname */ .pD)(last), link) === undefined;
}
/**
 * The files of chart folders that are links out of the repository. helm loads every file of a chart;
 * Argo CD refuses such a repository before rendering ("repository contains out-of-bounds symlinks"), so
 * the app fails, naming the file, rather than render without it.
 */
function chartLinkFindings(tree, folders, at) {
    const findings = [];
    for (const folder of new Set(folders))
        for (const path of (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .filesIn */ .nG)(tree, folder, true))
            if (linkLeavesRepository(tree, path))
                findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
                    message: `${path} is a link to a place outside the repository: Argo CD fails the app (out-of-bounds symlink) and Slipway does not read it; not rendered`,
                });
    return findings;
}


/***/ }),

/***/ 1801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ isAllowedBuildOption)
/* harmony export */ });
// Which `kustomize build` flags (Argo CD's kustomize.buildOptions) Slipway passes on: plugins, exec
// functions, another helm command, the network and the load restrictor stay as they are, since they would
// run code or read files a pull request chooses; `--enable-helm` is allowed (vendored charts only, each
// helmCharts field checked first). Settings refuse the others with a message; the renderer drops them.
function isAllowedBuildOption(option) {
    return option === '--enable-helm' || !/plugin|exec|helm|load-restrictor|network/i.test(option);
}


/***/ }),

/***/ 2730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ kustomizeInputs)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
/* harmony import */ var _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7312);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7032);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1215);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);
// Everything a kustomization reads, found by walking it and its bases \u2014 before kustomize runs. A path
// that leaves the repository, a remote base, or a referenced file that links out of it stops the unit,
// so nothing outside the repository is ever read. The input set also tells which units a change affects.






const list = (v) => (Array.isArray(v) ? v : []);
const isRemote = (ref) => /^(https?|git|ssh|file):\/\/|^git@|^github\.com\/|\?ref=|\/\/.*\?/.test(ref);
/** Paths named in a kustomization: [path, expectsKustomizationFolderOrFile]. */
function referencedPaths(k) {
    const out = [];
    const add = (v) => typeof v === 'string' && out.push(v);
    for (const key of [
        'resources',
        'bases',
        'components',
        'crds',
        'transformers',
        'generators',
        'validators',
        'configurations',
    ])
        list(k[key]).forEach(add);
    list(k.patchesStrategicMerge).forEach((p) => typeof p === 'string' && !p.includes('\n') && out.push(p));
    for (const patch of [...list(k.patches), ...list(k.patchesJson6902), ...list(k.replacements)])
        add((0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(patch).path);
    for (const gen of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
        const g = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(gen);
        for (const f of [...list(g.files), ...list(g.envs)])
            if (typeof f === 'string')
                out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
        add(g.env);
    }
    add((0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(k.openapi).path);
    return out;
}
/** A file kustomize would read: a link must stay inside the repository. */
function linkEscapes(tree, path) {
    return tree.get(path)?.link !== undefined && !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadable */ .hS)(tree, path);
}
/** The steps of each folder by tree, for the run whose kustomization cache they share. */
const stepMemos = new WeakMap();
function stepMemo(cache, tree) {
    let trees = stepMemos.get(cache);
    if (!trees)
        stepMemos.set(cache, (trees = new WeakMap()));
    let memo = trees.get(tree);
    if (!memo)
        trees.set(tree, (memo = new Map()));
    return memo;
}
/** The steps of visiting `dir` (see Step): kustomizeInputs' walk, one folder deep. */
function folderSteps(tree, dir, cache, enableHelm) {
    const steps = [];
    const lookFor = (dir) => {
        for (const name of _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_4__/* .KUSTOMIZATION_FILES */ .Ct)
            steps.push({ watch: dir === '' ? name : `${dir}/${name}` });
    };
    const report = (severity, rule, file, message) => steps.push({ finding: { severity, rule, file, message } });
    const escaped = (path) => report('error', 'path-escape', path, `${path} is a link to a place outside the repository; it is not read`);
    lookFor(dir);
    const file = (0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_4__/* .kustomizationIn */ .dq)(tree, dir);
    if (!file)
        return steps;
    steps.push({ file });
    if (linkEscapes(tree, file)) {
        escaped(file);
        return steps;
    }
    // keyed by path and text: one cache serves the base and the head, each file parsed once
    const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .readText */ .yR)(tree, file) ?? '';
    const texts = cache.get(file) ?? cache.set(file, new Map()).get(file);
    if (!texts?.has(text))
        texts?.set(text, (0,_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifests */ .Ye)(text)?.[0]?.obj ?? null);
    const k = texts?.get(text);
    if (k === null || k === undefined) {
        report('error', 'yaml-syntax', file, `${file} is not valid YAML`);
        return steps;
    }
    if (list(k.helmCharts).length > 0) {
        if (!enableHelm)
            report('warning', 'not-previewed', file, `${file} inflates Helm charts (helmCharts), which needs --enable-helm in kustomize-build-options (as in Argo CD's kustomize.buildOptions); not previewed`);
        else {
            const charts = helmChartInputs(tree, dir, k);
            for (const f of charts.files)
                steps.push({ file: f });
            for (const f of charts.folders)
                steps.push({ folder: f });
            for (const problem of charts.problems)
                report(problem.severity, problem.rule, file, `${file}: ${problem.message}`);
        }
    }
    for (const ref of referencedPaths(k)) {
        if (isRemote(ref)) {
            report('warning', 'not-previewed', file, `${file} uses the remote base ${ref}; remote bases are not fetched, the app is not previewed`);
            continue;
        }
        const target = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, ref);
        if (target === undefined) {
            report('error', 'path-escape', file, `${file} refers to ${ref}, outside the repository; nothing was read`);
            continue;
        }
        // each test below depends on the paths it looks at; recorded only where it is made
        lookFor(target);
        if ((0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_4__/* .kustomizationIn */ .dq)(tree, target))
            steps.push({ visit: target });
        else {
            steps.push({ watch: target });
            if (tree.has(target)) {
                steps.push({ file: target });
                const size = tree.get(target)?.tooLarge;
                if (size)
                    report('error', 'file-too-large', target, (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeMessage */ .pb)(target, size));
                else if (linkEscapes(tree, target))
                    escaped(target);
            }
            else {
                steps.push({ folder: target });
                if ((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFolder */ .bU)(tree, target))
                    steps.push({ visit: target });
                else
                    report('error', 'missing-file', file, `${file} refers to ${ref}, which does not exist`);
            }
        }
    }
    return steps;
}
function kustomizeInputs(tree, folder, unit, cache = new Map(), options = {}) {
    const files = new Set();
    const watched = new Set();
    const folders = new Set();
    const findings = [];
    const enableHelm = options.enableHelm === true;
    const memo = stepMemo(cache, tree);
    const key = (dir) => (enableHelm ? `helm\n${dir}` : dir);
    const seen = new Set();
    const visit = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        let steps = memo.get(key(dir));
        if (!steps)
            memo.set(key(dir), (steps = folderSteps(tree, dir, cache, enableHelm)));
        for (const step of steps)
            if ('watch' in step)
                watched.add(step.watch);
            else if ('file' in step)
                files.add(step.file);
            else if ('folder' in step)
                folders.add(step.folder);
            else if ('visit' in step)
                visit(step.visit);
            else {
                const { severity, rule, file, message } = step.finding;
                findings.push({ severity, rule, unit, file, line: 1, message });
            }
    };
    visit(folder);
    return { files, watched, folders, findings };
}
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The files of a kustomization's `helmCharts` under `--enable-helm`, and why one cannot be inflated.
 * kustomize hands these fields to `helm template` as arguments (a releaseName of `--post-renderer=\u2026`
 * would run a program), so every one is checked; only charts vendored under chartHome are rendered,
 * never pulled from a chart repository.
 */
function helmChartInputs(tree, dir, k) {
    const files = [];
    const folders = [];
    const problems = [];
    const globals = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(k.helmGlobals);
    const chartHome = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, typeof globals.chartHome === 'string' ? globals.chartHome : 'charts');
    if (chartHome === undefined)
        return {
            files,
            folders,
            problems: [
                {
                    severity: 'error',
                    rule: 'path-escape',
                    message: 'helmGlobals.chartHome leaves the repository; nothing was read',
                },
            ],
        };
    if (globals.configHome !== undefined)
        problems.push({
            severity: 'error',
            rule: 'invalid-kustomization',
            message: 'helmGlobals.configHome is not allowed (it points helm at its own configuration)',
        });
    for (const entry of list(k.helmCharts)) {
        const chart = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(entry);
        const name = chart.name;
        const bad = Object.entries(chart).find(([, v]) => typeof v === 'string' && v.startsWith('-'));
        if (bad) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${String(name)}: ${bad[0]} "${String(bad[1])}" would reach helm as an option; not rendered`,
            });
            continue;
        }
        if (typeof name !== 'string' || !CHART_NAME.test(name)) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts: chart name ${JSON.stringify(name)} is not a valid chart name`,
            });
            continue;
        }
        const release = chart.releaseName;
        if (release !== undefined &&
            (typeof release !== 'string' || release.length > 53 || !RELEASE_NAME.test(release))) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${name}: releaseName ${JSON.stringify(release)} is not a valid Helm release name`,
            });
            continue;
        }
        if (chart.namespace !== undefined &&
            (typeof chart.namespace !== 'string' || !DNS_LABEL.test(chart.namespace))) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${name}: namespace ${JSON.stringify(chart.namespace)} is not a valid namespace name`,
            });
            continue;
        }
        const chartFolder = `${chartHome === '' ? '' : `${chartHome}/`}${name}`;
        folders.push(chartFolder);
        const chartFiles = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .pathsUnder */ .pR)(tree, `${chartFolder}/`);
        if (chartFiles.length === 0) {
            problems.push({
                severity: 'warning',
                rule: 'not-previewed',
                message: `helmCharts ${name} is not vendored under ${chartFolder}${typeof chart.repo === 'string' ? ` (it would be pulled from ${chart.repo}, which Slipway does not do)` : ''}; not previewed`,
            });
            continue;
        }
        files.push(...chartFiles);
        for (const path of chartFiles.filter((p) => (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .linkLeavesRepository */ .xi)(tree, p)))
            problems.push({
                severity: 'error',
                rule: 'path-escape',
                message: `helmCharts ${name}: ${path} is a link to a place outside the repository: Argo CD fails the app (out-of-bounds symlink) and Slipway does not read it; not rendered`,
            });
        for (const valuesFile of [chart.valuesFile, ...list(chart.additionalValuesFiles)]) {
            if (valuesFile === undefined)
                continue;
            const path = typeof valuesFile === 'string' ? (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, valuesFile) : undefined;
            if (path === undefined)
                problems.push({
                    severity: 'error',
                    rule: 'path-escape',
                    message: `helmCharts ${name}: values file ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .w)(valuesFile)} leaves the repository; nothing was read`,
                });
            else
                files.push(path);
        }
    }
    return { files, folders, problems };
}


/***/ }),

/***/ 5740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   R4: () => (/* binding */ nonStringAnnotations)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from: the
// model the render stage hands on, and the checks every object gets (its name, annotations that are strings).


function objectName(obj) {
    const metadata = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)(obj.metadata);
    const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
    return `${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .w)(obj.kind, '?')}/${ns}${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .w)(metadata.name, '?')}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Objects whose annotations hold a value that is not a string: Argo CD fails to set its tracking
 * annotation on them ("contains non-string value in the map under key \u2026"), a ComparisonError for the whole
 * app. Each is an error finding; the objects are left out.
 */
function nonStringAnnotations(objects, unit) {
    const out = { objects: [], findings: [] };
    for (const item of objects) {
        const annotations = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)(item.obj.metadata).annotations;
        // `annotations: null` is no annotations; a null value in the map is not a string
        const notMap = annotations !== undefined && annotations !== null && !isObject(annotations);
        const bad = isObject(annotations)
            ? Object.keys(annotations).find((k) => typeof annotations[k] !== 'string')
            : undefined;
        if (bad === undefined && !notMap) {
            out.objects.push(item);
            continue;
        }
        out.findings.push({
            severity: 'error',
            rule: 'invalid-metadata',
            unit,
            object: objectName(item.obj),
            file: item.file,
            line: item.line,
            message: bad === undefined
                ? 'metadata.annotations is not a map: Argo CD cannot set its tracking annotation and fails the app'
                : `the annotation "${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .w)(bad)}" is not a string (quote it): Argo CD cannot set its tracking annotation and fails the app`,
        });
    }
    return out;
}


/***/ }),

/***/ 9896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ generatorInputChanged),
/* harmony export */   KN: () => (/* binding */ indexedUnitFile),
/* harmony export */   OR: () => (/* binding */ indexedDependents),
/* harmony export */   Rx: () => (/* binding */ indexedInputs),
/* harmony export */   UB: () => (/* binding */ TREE_INDEX_FORMAT),
/* harmony export */   XJ: () => (/* binding */ readByEveryPreview),
/* harmony export */   Z2: () => (/* binding */ listingLine),
/* harmony export */   hk: () => (/* binding */ lackedStrings),
/* harmony export */   rP: () => (/* binding */ treeIndexRefusal),
/* harmony export */   rc: () => (/* binding */ indexMismatch),
/* harmony export */   x0: () => (/* binding */ buildTreeIndex)
/* harmony export */ });
/* unused harmony exports pathTable, pathAt, pathsOfTable, gitOrder, scanOf */
/* harmony import */ var _argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
/* harmony import */ var _argo_gitPathspec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6557);
/* harmony import */ var _argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9237);
/* harmony import */ var _argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5308);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2145);
/* harmony import */ var _manifestFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8503);
/* harmony import */ var _unitInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(345);
// What a preview learns of one revision's whole tree \u2014 its apps, every path each app's render reads or
// looks for, and which files hold the strings the core scans for \u2014 kept so that a later preview whose
// other side differs from this revision by a few files need not learn it again (docs/tree-index.md).
// Packed for a quick read back: a preview of a one-app change reads every unit's inputs but parses only
// the units the change affects.







/** Bumped whenever what an index holds, or what it means, changes: an index of another format is not read. */
const TREE_INDEX_FORMAT = 4;
/** The table of these paths (none of which holds a NUL: neither git nor a file system allows one). */
function pathTable(paths) {
    const bytes = Buffer.from(`\0${paths.join('\0')}\0`, 'utf8');
    const starts = new Uint32Array(paths.length);
    for (let i = 0, at = 0; i < paths.length; i++) {
        starts[i] = at + 1;
        at = bytes.indexOf(0, at + 1);
    }
    return { bytes, starts };
}
const bytesOf = (table) => Buffer.from(table.bytes.buffer, table.bytes.byteOffset, table.bytes.byteLength);
/** Where path `i` of a table ends (the NUL after it). */
const endOf = (table, i) => i + 1 < table.starts.length ? table.starts[i + 1] - 1 : table.bytes.length - 1;
/** Path `i` of a table. */
function pathAt(table, i) {
    return bytesOf(table).toString('utf8', table.starts[i], endOf(table, i));
}
/** Every path of a table, in order. */
function pathsOfTable(table) {
    return Array.from(table.starts, (_, i) => pathAt(table, i));
}
/** The place of `path` in a table, or undefined when it holds none (found in the bytes, not by decoding them all). */
function placeOf(table, path) {
    const bytes = bytesOf(table);
    const needle = Buffer.from(`\0${path}\0`, 'utf8');
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
        // the path whose first byte follows the NUL found, when it is one of the table's and ends there
        let low = 0;
        let high = table.starts.length - 1;
        while (low <= high) {
            const mid = (low + high) >>> 1;
            const start = table.starts[mid];
            if (start === at + 1)
                return endOf(table, mid) === at + needle.length - 1 ? mid : undefined;
            if (start < at + 1)
                low = mid + 1;
            else
                high = mid - 1;
        }
    }
    return undefined;
}
/** More changed paths than this are looked up by decoding the table once (each search reads it whole). */
const SEARCHED_ONE_BY_ONE = 32;
/** One path of a listing: `f <blob id>\t<path>\0` for a file, `l <target>\t<path>\0` for a link. */
const listingLine = (path, link, idOrTarget) => `${link ? 'l' : 'f'} ${idOrTarget}\t${path}\0`;
/**
 * Positions 0 \u2026 n \u2212 1 of `paths` in git's order: by their UTF-8 bytes (a tree lists its entries so,
 * a folder's as if its name ended in `/`, which is the byte order of the full paths).
 */
function gitOrder(paths) {
    const places = paths.map((_, i) => i);
    // UTF-16 order is UTF-8's but where a surrogate meets U+E000 \u2026 U+FFFF
    if (paths.some((p) => /[\ud800-\uffff]/.test(p))) {
        const bytes = paths.map((p) => Buffer.from(p, 'utf8'));
        return places.sort((a, b) => Buffer.compare(bytes[a], bytes[b]));
    }
    return places.sort((a, b) => {
        const x = paths[a];
        const y = paths[b];
        return x < y ? -1 : x > y ? 1 : 0;
    });
}
/** Bit `i` set when the entry holds SEARCHED_STRINGS[i] (entries a reader marked as lacking one are not read). */
function searchedFlags(entry) {
    let flags = 0;
    _fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.forEach((needle, i) => {
        if ((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .mayInclude */ .SH)(entry, needle))
            flags |= 1 << i;
    });
    return flags;
}
/** The strings of SEARCHED_STRINGS a file with these flags lacks (what `TreeEntry.lacks` holds). */
function lackedStrings(flags) {
    return new Set(_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.filter((_, i) => (flags & (1 << i)) === 0));
}
/**
 * Whether every preview reads a file with these flags whatever it changes: a CRD (validation reads every
 * CRD of the tree). A reader given an index reads those up front in one batch, the rest on first use.
 */
function readByEveryPreview(flags) {
    return (flags & (1 << _fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.indexOf('CustomResourceDefinition'))) !== 0;
}
/**
 * Why no index can stand for a tree, or undefined when one can: a tree without Applications (its folder
 * units follow the folder layout), an app defined twice, or a unit whose inputs were not worked out.
 */
function treeIndexRefusal(found, inputs) {
    if (!found.applications)
        return 'no Application in the tree (its apps follow the folder layout)';
    // which of two definitions of one app is kept follows the order files were read in: left to a full read
    const twice = found.units.find((u) => u.findings?.some((f) => f.rule === 'duplicate-app'));
    if (twice)
        return `${twice.id.replace(/^app:/, 'Application ')} is defined twice (which definition Argo CD keeps follows the order files are read in)`;
    const unknown = found.units.find((u) => !inputs.has(u.id));
    if (unknown)
        return `the inputs of ${unknown.id} were not worked out`;
    return undefined;
}
/**
 * The index of a tree, from what a preview found there; undefined for what an index cannot stand for
 * (treeIndexRefusal says why). An ApplicationSet's apps are indexed with what its generators read.
 */
function buildTreeIndex(tree, found, inputs) {
    if (treeIndexRefusal(found, inputs) !== undefined)
        return undefined;
    const generators = [];
    for (const [file, discovered] of found.byFile ?? [])
        if (discovered.reads)
            generators.push({
                file,
                folders: [...new Set(discovered.reads.folders)],
                files: [...new Map(discovered.reads.files.map((f) => [`${f.doublestar}:${f.pattern}`, f])).values()],
            });
    const pathIds = new Map();
    const idOf = (path) => pathIds.get(path) ?? pathIds.set(path, pathIds.size).get(path) ?? 0;
    const unitFiles = found.units.map((u) => idOf(u.file));
    const files = [];
    const fileEnds = [];
    const folders = [];
    const folderEnds = [];
    const recursive = [];
    for (const unit of found.units) {
        const walked = inputs.get(unit.id);
        for (const file of walked.files)
            files.push(idOf(file));
        fileEnds.push(files.length);
        for (const [folder, recurse] of walked.folders) {
            folders.push(idOf(folder));
            recursive.push(recurse ? 1 : 0);
        }
        folderEnds.push(folders.length);
    }
    return {
        format: TREE_INDEX_FORMAT,
        ids: found.units.map((u) => u.id),
        unitFiles: Uint32Array.from(unitFiles),
        notPreviewed: found.notPreviewed,
        otherRevisions: found.otherRevisions ?? [],
        appSetRevisions: found.appSetRevisions ?? [],
        generators,
        paths: pathTable([...pathIds.keys()]),
        files: Uint32Array.from(files),
        fileEnds: Uint32Array.from(fileEnds),
        folders: Uint32Array.from(folders),
        folderEnds: Uint32Array.from(folderEnds),
        recursive: Uint8Array.from(recursive),
        scan: scanOf(tree),
    };
}
/** What a scan of every file of a tree finds (files a reader marked as lacking a string are not read). */
function scanOf(tree) {
    const scan = { tooLarge: new Map() };
    const paths = [];
    const lines = [];
    const searched = [];
    const links = new Map();
    let listed = true;
    for (const [path, entry] of tree) {
        searched.push(searchedFlags(entry));
        if (entry.tooLarge)
            scan.tooLarge.set(path, entry.tooLarge.size);
        paths.push(path);
        if (entry.link !== undefined) {
            links.set(path, entry.link);
            lines.push(listingLine(path, true, entry.link));
        }
        else if (entry.blob === undefined)
            listed = false;
        else
            lines.push(listingLine(path, false, entry.blob));
    }
    if (!listed)
        return scan;
    const sorted = gitOrder(paths);
    const order = new Uint32Array(paths.length);
    sorted.forEach((place, k) => (order[place] = k));
    const text = Buffer.from(sorted.map((place) => lines[place]).join(''), 'utf8');
    return { ...scan, listing: { text, order, searched: Uint8Array.from(searched), links } };
}
/** The file defining unit `i` of an index. */
function indexedUnitFile(index, i) {
    return pathAt(index.paths, index.unitFiles[i]);
}
/** Positions `ends[i - 1]` (or 0) up to `ends[i]`: unit `i`'s part of a packed list. */
function* partOf(ends, i) {
    for (let k = i === 0 ? 0 : ends[i - 1]; k < ends[i]; k++)
        yield k;
}
/** The folders unit `i` of an index lists, and whether everything below each counts. */
function indexedFolders(index, i) {
    const folders = new Map();
    for (const k of partOf(index.folderEnds, i))
        folders.set(pathAt(index.paths, index.folders[k]), index.recursive[k] === 1);
    return folders;
}
/** What unit `i` of an index reads, looks for and lists. */
function indexedInputs(index, i) {
    const files = new Set();
    for (const k of partOf(index.fileEnds, i))
        files.add(pathAt(index.paths, index.files[k]));
    return { files, folders: indexedFolders(index, i) };
}
/**
 * The units of an index that a change of `changed` can affect (by position), and which of those paths
 * some unit reads: `dependsOn` over every unit's inputs, without building them \u2014 the files compared by
 * their place in the path table, the folders (few) one by one.
 */
function indexedDependents(index, changed) {
    const changedIds = new Map();
    if (changed.size <= SEARCHED_ONE_BY_ONE)
        for (const path of changed) {
            const id = placeOf(index.paths, path);
            if (id !== undefined)
                changedIds.set(id, path);
        }
    else
        pathsOfTable(index.paths).forEach((path, id) => {
            if (changed.has(path))
                changedIds.set(id, path);
        });
    const units = [];
    const read = new Set();
    let file = 0;
    let folder = 0;
    for (let i = 0; i < index.ids.length; i++) {
        let touched = false;
        for (const end = index.fileEnds[i]; file < end; file++) {
            const path = changedIds.get(index.files[file]);
            if (path === undefined)
                continue;
            touched = true;
            read.add(path);
        }
        const folderEnd = index.folderEnds[i];
        if (folder < folderEnd) {
            const listed = { files: new Set(), folders: indexedFolders(index, i) };
            for (const path of changed)
                if ((0,_unitInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .dependsOn */ .fr)(listed, path)) {
                    touched = true;
                    read.add(path);
                }
            folder = folderEnd;
        }
        if (touched)
            units.push(i);
    }
    return { units, read };
}
/**
 * Why the index of one side cannot stand for the other side's apps, or undefined when it can: the other
 * side differs by `changed` only, and none of those files is or was an Application's file or an Argo CD
 * parameter file (what discovery reads), nor is any parameter file a link (whose target may have changed),
 * nor did any change touch what an ApplicationSet's generators read (generatorInputChanged).
 */
function indexMismatch(other, indexed, changed, index) {
    for (const path of changed) {
        if (!(0,_manifestFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .mayDeclareApps */ .Ex)(path))
            continue;
        for (const entry of [indexed.get(path), other.get(path)])
            if (entry && (0,_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayDeclareArgoResource */ .hU)(entry))
                return `${path} may declare an Application and changed`;
    }
    return ((0,_argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .parameterFilesChanged */ .tM)(changed, other) ??
        (index ? generatorInputChanged(index.generators, indexed, other, changed) : undefined));
}
/** A path's folders, deepest first. */
function* foldersOf(path) {
    for (let d = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(path); d !== ''; d = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(d))
        yield d;
}
/** Whether Go's path.Match matches (a malformed pattern matches nothing, as in the generator). */
function goMatches(pattern, folder) {
    try {
        return (0,_argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_5__/* .goPathMatch */ .V)(pattern, folder);
    }
    catch (error) {
        if (error instanceof _argo_pathMatch_js__WEBPACK_IMPORTED_MODULE_5__/* .BadPattern */ .wO)
            return false;
        throw error;
    }
}
/**
 * Why the apps an ApplicationSet generated at one side may differ at the other, or undefined when they
 * cannot: a changed path matching one of its git files patterns (the generator reads those files), or a
 * folder matching one of its git directories patterns that only one side has (an added or removed path
 * adds or removes it). Everything else a generator reads is its own file, which `indexMismatch` holds.
 */
function generatorInputChanged(generators, indexed, other, changed) {
    if (generators.length === 0)
        return undefined;
    for (const { file, files } of generators) {
        const matchers = files.map((f) => (0,_argo_gitPathspec_js__WEBPACK_IMPORTED_MODULE_6__/* .gitFilesMatcher */ .W)(f.pattern, f.doublestar));
        for (const path of changed)
            if (matchers.some((m) => m(path)))
                return `${path} is read by the git files generator of ${file} and changed`;
    }
    // the folders of each side, made only when a path was added or removed (an edit adds no folder)
    const made = new Map();
    const folderSet = (tree) => {
        let set = made.get(tree);
        if (!set) {
            set = new Set();
            for (const path of tree.keys())
                for (const d of foldersOf(path))
                    set.add(d);
            made.set(tree, set);
        }
        return set;
    };
    for (const path of changed) {
        if (indexed.has(path) === other.has(path))
            continue;
        for (const folder of foldersOf(path)) {
            // a folder both sides have: so do the folders above it
            if (folderSet(indexed).has(folder) && folderSet(other).has(folder))
                break;
            for (const { file, folders } of generators)
                if (folders.some((pattern) => goMatches(pattern, folder)))
                    return `${path} adds or removes the folder ${folder}, which the git directories generator of ${file} lists`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ unitInputs),
/* harmony export */   ap: () => (/* binding */ treeWithChanges),
/* harmony export */   fr: () => (/* binding */ dependsOn),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* harmony import */ var _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7312);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _argo_otherRepository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3596);
/* harmony import */ var _chartDependencies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(541);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1215);
/* harmony import */ var _kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2730);






function unitInputs(tree, unit, cache, charts) {
    const files = new Set([unit.file]);
    // the other definitions of an app defined twice: a change to one is a change to what Argo CD may apply
    for (const f of unit.findings ?? [])
        if (f.rule === 'duplicate-app' && f.file)
            files.add(f.file);
    const folders = new Map();
    const list = (folder, recurse) => folders.set(folder, recurse || (folders.get(folder) ?? false));
    for (const source of unit.sources) {
        // a source at another revision reads none of this revision's files
        if (source.otherRevision !== undefined)
            continue;
        // value files this repository lends to a source whose files are in another tree (`$ref:<ref>/\u2026`)
        for (const file of source.helm?.valueFiles ?? []) {
            const cross = typeof file === 'string' ? (0,_argo_otherRepository_js__WEBPACK_IMPORTED_MODULE_4__/* .crossRef */ .En)(file) : undefined;
            const path = cross && source.valueRefs?.[cross.ref] === null && (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', cross.path);
            if (path)
                files.add(path);
        }
        // a source in another repository reads no other file of this one
        if (source.repo !== undefined)
            continue;
        const at = { file: unit.file, line: unit.line };
        const chartPath = source.chart ? undefined : source.path;
        if (source.helm) {
            for (const file of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .helmValueFiles */ .B)(tree, chartPath, source.helm, at).named)
                files.add(file);
            for (const { path } of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .helmFileParameters */ .Jt)(tree, chartPath, source.helm, at).parameters)
                files.add(path);
        }
        if (chartPath === undefined)
            continue;
        for (const file of source.parameterFiles ?? [])
            files.add(file);
        // the source type is decided by which of these exist
        for (const name of [..._argo_sourceType_js__WEBPACK_IMPORTED_MODULE_5__/* .KUSTOMIZATION_FILES */ .Ct, 'Chart.yaml'])
            files.add(chartPath === '' ? name : `${chartPath}/${name}`);
        const type = (0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceType */ .Mx)(tree, source);
        if (type === 'kustomize') {
            const walked = (0,_kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .kustomizeInputs */ .r)(tree, chartPath, undefined, cache, { enableHelm: true });
            for (const file of walked.files)
                files.add(file);
            for (const file of walked.watched)
                files.add(file);
            for (const folder of walked.folders)
                folders.set(folder, true);
        }
        else if (type === 'helm') {
            list(chartPath, true);
            for (const folder of (0,_chartDependencies_js__WEBPACK_IMPORTED_MODULE_1__/* .chartDependencies */ .u)(tree, chartPath, at, charts).localFolders)
                list(folder, true);
        }
        else {
            list(chartPath, source.directory?.recurse ?? false);
        }
    }
    // a link is read through: what it points at (inside the repository) is read too, for a listed
    // folder's links as well (a chart template linked to a shared file changes with that file)
    for (const [folder, recurse] of folders)
        for (const path of (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .filesIn */ .nG)(tree, folder, recurse))
            if (tree.get(path)?.link !== undefined)
                files.add(path);
    for (const file of files)
        if (tree.get(file)?.link !== undefined)
            for (const target of (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .linkChain */ .Ct)(tree, file))
                files.add(target);
    return { files, folders };
}
/** Whether a change to `path` (added, removed or edited) can change a render with these inputs. */
function dependsOn(inputs, path) {
    if (inputs.files.has(path))
        return true;
    for (const [folder, recurse] of inputs.folders) {
        const prefix = folder === '' ? '' : `${folder}/`;
        if (path.startsWith(prefix) && (recurse || !path.slice(prefix.length).includes('/')))
            return true;
    }
    return false;
}
/**
 * Trees made from another by replacing a few paths (treeWithChanges): the paths set anew, in the order
 * they were set, and those removed, with the sizes of both trees then.
 */
const madeFrom = new WeakMap();
/**
 * `from` with the `touched` paths removed and `fresh`'s entries set (at the end, in its order): a head
 * made from its base and what changed between them. changedPaths of the two then looks at those paths
 * alone, not at every path of both trees.
 */
function treeWithChanges(from, touched, fresh) {
    const tree = new Map(from);
    const removed = new Set();
    for (const path of touched)
        if (tree.delete(path) && !fresh.has(path))
            removed.add(path);
    for (const [path, entry] of fresh)
        tree.set(path, entry);
    madeFrom.set(tree, { from, set: [...fresh.keys()], removed, sizes: [from.size, tree.size] });
    return tree;
}
/** Paths whose content differs between two trees (added, removed or changed). */
function changedPaths(base, head) {
    const changed = new Set();
    const made = madeFrom.get(head);
    if (made?.from === base && made.sizes[0] === base.size && made.sizes[1] === head.size) {
        // every other path of the head holds the very entry of the base: the same answer, in the same order
        for (const path of made.set) {
            const before = base.get(path);
            if (!before || !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEntry */ .dI)(before, head.get(path)))
                changed.add(path);
        }
        if (made.removed.size <= 1)
            for (const path of made.removed)
                changed.add(path);
        else
            for (const path of base.keys())
                if (made.removed.has(path))
                    changed.add(path);
        return changed;
    }
    for (const [path, entry] of head) {
        const before = base.get(path);
        if (!before || !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEntry */ .dI)(before, entry))
            changed.add(path);
    }
    for (const path of base.keys())
        if (!head.has(path))
            changed.add(path);
    return changed;
}


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   uj: () => (/* binding */ groupLine),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony export groupText */
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
                            shortDescription: { text: (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleOf */ .Y)(id).doc.replace(/`/g, ''), markdown: (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleOf */ .Y)(id).doc },
                            defaultConfiguration: { level: sarifLevel((0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleOf */ .Y)(id).severity) },
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

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   et: () => (/* binding */ failingCount),
/* harmony export */   pM: () => (/* binding */ pullRequestFindings)
/* harmony export */ });
/* unused harmony export touchedNotPreviewed */
/** The lowest severity that fails a check. */
const FAIL_ON = ['error', 'warning', 'never'];
/** An app whose Application file the PR changes, but that Slipway cannot preview: a warning. */
function touchedNotPreviewed(notPreviewed, changed) {
    return notPreviewed
        .filter((n) => changed.has(n.file))
        .map((n) => ({
        severity: 'warning',
        rule: 'not-previewed',
        unit: `app:${n.name}`,
        file: n.file,
        line: n.line,
        message: `app ${n.name} is not previewed (${n.reason}), and this pull request changes its Application`,
    }));
}
function pullRequestFindings(diff, changed) {
    return [...diff.apps.flatMap((a) => a.findings), ...touchedNotPreviewed(diff.notPreviewed, changed)];
}
/** How many findings reach `fail-on` (errors; errors and warnings; none). */
function failingCount(findings, failOn) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0;
}


/***/ }),

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isRevision)
/* harmony export */ });
// Git revisions that come from inputs or events are checked before git sees them.
/**
 * Whether a revision may be handed to git: a commit id, a ref name or a simple revision expression
 * (`HEAD~1`), never an option such as `--upload-pack=\u2026`. The git edge also passes them after
 * `--end-of-options`.
 */
function isRevision(rev) {
    return (rev.length > 0 &&
        rev.length <= 255 &&
        !rev.startsWith('-') &&
        !rev.includes('..') &&
        // letters, digits and the punctuation of ref names and of `HEAD~1`, `main^2`, `@{u}`
        /^[\w./~^@{}+-]+$/.test(rev));
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ruleOf),
/* harmony export */   Ym: () => (/* binding */ failsRender),
/* harmony export */   cF: () => (/* binding */ blocksAutoMerge),
/* harmony export */   xJ: () => (/* binding */ leavesUnpreviewed)
/* harmony export */ });
/* unused harmony exports RULES, RULE_IDS, rulesTable */
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

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   ZY: () => (/* binding */ checkObjects),
/* harmony export */   es: () => (/* binding */ clusterOf),
/* harmony export */   kI: () => (/* binding */ ObjectOwners)
/* harmony export */ });
/* unused harmony exports checkAcrossUnits, acrossUnits */
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5740);
/* harmony import */ var _apiVersions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3647);
/* harmony import */ var _image_imageRef_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9599);
/* harmony import */ var _workload_podContainers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7114);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7032);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(242);







/**
 * (group, kind, namespace, name): what identifies an object in a cluster. Joined, the key is a string of
 * its own, never a view into the document its name was read from: keeping it does not keep the document.
 */
function objectKey(obj) {
    const apiVersion = (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(obj.apiVersion, '');
    const slash = apiVersion.indexOf('/');
    const metadata = (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(obj.metadata);
    return [
        slash === -1 ? '' : apiVersion.slice(0, slash),
        (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(obj.kind),
        (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(metadata.namespace, ''),
        (0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(metadata.name, ''),
    ].join('|');
}
const hasName = (obj) => typeof (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .objectOf */ .Xy)(obj.metadata).name === 'string';
const containers = (obj) => (0,_workload_podContainers_js__WEBPACK_IMPORTED_MODULE_4__/* .podContainers */ .GG)(obj.spec).filter((c) => typeof c.image === 'string');
/**
 * Whether an image may be untagged or `latest`, told from its spelling alone: a reference with a digest, or
 * with a tag other than `latest`, never is, valid or not (parseImageRef's reading: the digest after the
 * first `@`, the tag after the last `:` when no `/` follows it). Only the others are parsed.
 */
function mayFloat(image) {
    if (image.includes('@'))
        return false;
    const colon = image.lastIndexOf(':');
    return colon <= image.lastIndexOf('/') || image.slice(colon + 1) === 'latest';
}
/**
 * Rules for each object a unit deploys. `seen` carries the objects already checked (file and line by
 * identity) when a unit's objects come in several calls, one document at a time.
 */
function checkObjects(objects, unit, options, seen = new Map(), 
/** Filled with each object's objectKey (undefined without a name), for ObjectOwners.claim to reuse. */
keys) {
    const findings = [];
    const cluster = (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_0__/* .minorNumber */ .FR)(options.kubernetesVersion);
    for (const item of objects) {
        const { obj, file, line } = item;
        // the object's name is spelt only for a finding: most objects have none
        const at = () => ({ unit, object: (0,_render_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(obj), file, line });
        // an object with generateName and no name gets a fresh name from the API server: it never collides
        const key = hasName(obj) ? objectKey(obj) : undefined;
        keys?.push(key);
        const first = key === undefined ? undefined : seen.get(key);
        if (first)
            findings.push({
                severity: 'error',
                rule: 'duplicate-object',
                ...at(),
                message: `${(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(obj)} is defined twice in what this app deploys (also at ${first.file}:${first.line})`,
            });
        else if (key !== undefined)
            seen.set(key, { file, line });
        const removed = (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_0__/* .removedApi */ .Z8)(String(obj.apiVersion), String(obj.kind));
        if (removed) {
            const gone = cluster >= (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_0__/* .minorNumber */ .FR)(removed.removed);
            if (gone || cluster >= (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_0__/* .minorNumber */ .FR)(removed.deprecated)) {
                findings.push({
                    severity: gone ? 'error' : 'warning',
                    rule: gone ? 'removed-api' : 'deprecated-api',
                    ...at(),
                    message: `${String(obj.apiVersion)} ${String(obj.kind)} is ${gone ? `removed in Kubernetes ${removed.removed}` : `deprecated since ${removed.deprecated} and removed in ${removed.removed}`}; use ${removed.replacement}`,
                });
            }
        }
        if (options.latestTag === 'off')
            continue;
        for (const container of containers(obj)) {
            const image = String(container.image);
            if (!mayFloat(image))
                continue;
            const ref = (0,_image_imageRef_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseImageRef */ .ZJ)(image);
            if (ref && ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest')) {
                findings.push({
                    severity: options.latestTag,
                    rule: 'image-tag',
                    ...at(),
                    message: `container ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .w)(container.name, '')} runs ${image}${ref.tag ? ', a moving tag' : ' without a tag'}: pin a version or a digest`,
                });
            }
        }
    }
    return findings;
}
/**
 * The cluster an app deploys to, as Argo CD names it: its server URL, or the server its cluster name
 * stands for among the known clusters (`servers`, clusters.ts), else `name:` + its cluster name.
 */
function clusterOf(destination, servers) {
    if (destination?.server)
        return destination.server.replace(/\/+$/, '');
    if (destination?.name) {
        const server = servers?.get(destination.name);
        if (server !== undefined)
            return server;
        return destination.name === 'in-cluster' ? 'https://kubernetes.default.svc' : `name:${destination.name}`;
    }
    return 'https://kubernetes.default.svc';
}
/**
 * Objects claimed by more than one app: a warning on each later claim. Identity as Argo CD tracks it:
 * destination cluster, namespace (after the destination's default), group, kind and name; objects with
 * only a generateName never collide.
 */
function checkAcrossUnits(units) {
    const owners = new ObjectOwners();
    return units.flatMap(({ unit, objects, cluster }) => owners.claim(unit, objects, cluster));
}
/**
 * checkAcrossUnits fed one unit at a time, in the units' order: what it keeps of the units claimed so far
 * is each object's identity and the unit that claimed it first \u2014 not the objects.
 */
class ObjectOwners {
    /** By destination cluster: the first unit that claimed each object (group|kind|namespace|name). */
    owners = new Map();
    /** The findings of a unit's claims, on the objects other units claimed before. */
    claim(unit, objects, cluster, 
    /** The objects' keys when checkObjects worked them out already (its `keys`). */
    keys) {
        let owner = this.owners.get(cluster ?? '');
        if (!owner)
            this.owners.set(cluster ?? '', (owner = new Map()));
        const findings = [];
        for (let i = 0; i < objects.length; i++) {
            const { obj, file, line } = objects[i];
            const key = keys ? keys[i] : hasName(obj) ? objectKey(obj) : undefined;
            if (key === undefined)
                continue;
            const previous = owner.get(key);
            if (previous && previous !== unit) {
                findings.push({
                    severity: 'warning',
                    rule: 'shared-object',
                    unit,
                    object: (0,_render_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(obj),
                    file,
                    line,
                    message: `${(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .objectName */ .Hd)(obj)} is also deployed by ${previous.replace(/^app:/, '')}${cluster && cluster !== 'https://kubernetes.default.svc' ? ` to ${cluster.replace(/^name:/, 'cluster ')}` : ''}; the two apps will fight over it`,
                });
            }
            else
                owner.set(key, unit);
        }
        return findings;
    }
}
/** Rendered units as checkAcrossUnits takes them: each with its objects and its destination cluster. */
function acrossUnits(outputs, servers) {
    return outputs.map((o) => ({
        unit: o.unit.id,
        objects: o.objects,
        cluster: clusterOf(o.unit.app?.destination, servers),
    }));
}


/***/ }),

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ podContainers),
/* harmony export */   yC: () => (/* binding */ isContainerList)
/* harmony export */ });
/* unused harmony export CONTAINER_LISTS */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(242);
// The containers of a pod template, wherever a workload nests it (Deployment, CronJob, a CRD's pod spec):
// the lists a PodSpec holds them in. One walker for every reader of images, resources and env.

/** The PodSpec fields that hold containers. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const isContainerList = (key) => key !== undefined && CONTAINER_LISTS.includes(key);
/** Every container (a map with a name or an image) found under `value`, in document order. */
function podContainers(value) {
    const out = [];
    // called for every node of every object validated: no array made per node or per key
    const visit = (node, key) => {
        if (Array.isArray(node)) {
            for (const item of node)
                if (item !== null && typeof item === 'object')
                    visit(item, key);
        }
        else if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObjectLike */ .Z4)(node)) {
            const map = node;
            if (isContainerList(key) && (typeof map.image === 'string' || typeof map.name === 'string'))
                out.push(map);
            for (const k in map) {
                // a scalar holds no container: not visited (most of an object's nodes)
                const child = map[k];
                if (child !== null && typeof child === 'object' && Object.hasOwn(map, k))
                    visit(child, k);
            }
        }
    };
    visit(value);
    return out;
}


/***/ }),

/***/ 8058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ yamlBinary),
/* harmony export */   _M: () => (/* binding */ jsYamlBinary)
/* harmony export */ });
/* unused harmony export binaryText */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
// `!!binary` scalars read as Kubernetes reads them. kubectl and Argo CD turn YAML into JSON with
// sigs.k8s.io/yaml (go-yaml v2), which decodes a `!!binary` scalar's base64 and keeps the bytes as a
// string: `apiVersion: !!binary YXJnb3Byb2ouaW8vdjFhbHBoYTE=` is `argoproj.io/v1alpha1` to the cluster.
// Read as text instead, such an Application would be deployed by Argo CD and missed by the preview.

const TAG = 'tag:yaml.org,2002:binary';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Go's decoder skips line breaks, nothing else. */
const compact = (base64) => base64.replace(/[\r\n]/g, '');
/** The text a `!!binary` scalar stands for. */
function binaryText(base64) {
    const data = compact(base64);
    if (!BASE64.test(data))
        throw new Error('!!binary value contains invalid base64 data');
    return Buffer.from(data, 'base64').toString('utf8');
}
/** The tag for js-yaml's schema (which checks a value with `resolve` before `construct` decodes it). */
const jsYamlBinary = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(TAG, {
    kind: 'scalar',
    resolve: (data) => typeof data === 'string' && BASE64.test(compact(data)),
    construct: (data) => binaryText(data),
});
/** The tag for `yaml`'s `customTags`. */
const yamlBinary = {
    tag: TAG,
    default: false,
    resolve(value, onError) {
        try {
            return binaryText(value);
        }
        catch (error) {
            onError(error.message);
            return value;
        }
    },
};


/***/ }),

/***/ 3631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ documentBoundsProblem)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_NODES, MAX_DEPTH */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _countText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2895);
// Limits on what one YAML document may expand to, checked on the parsed tree before it becomes data: an
// alias bomb or a pathologically deep document is a finding on its file, never an exhausted runner.
// The count follows aliases (memoised per anchored node), so checking costs one pass over the document.


/** Nodes a document may hold once its aliases are expanded; real manifests stay far below. */
const MAX_EXPANDED_NODES = 1_000_000;
/** Nesting depth of a document; Kubernetes objects rarely pass 30. */
const MAX_DEPTH = 256;
/** Why a document is too big to turn into data, or undefined when it is within the limits. */
function documentBoundsProblem(doc) {
    const anchored = new Map();
    const inProgress = new Set();
    let problem;
    const extent = (node, level) => {
        if (problem !== undefined)
            return { nodes: 0, depth: 0 };
        if (level > MAX_DEPTH) {
            problem = `nests deeper than ${MAX_DEPTH} levels`;
            return { nodes: 0, depth: 0 };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(doc);
            if (target === undefined)
                return { nodes: 1, depth: 1 };
            const known = anchored.get(target);
            if (known)
                return known;
            if (inProgress.has(target)) {
                problem = 'has an alias that refers to itself';
                return { nodes: 0, depth: 0 };
            }
            inProgress.add(target);
            const found = extent(target, level);
            inProgress.delete(target);
            anchored.set(target, found);
            return found;
        }
        const children = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node) ? [node.key, node.value] : [];
        let nodes = 1;
        let depth = 0;
        for (const child of children) {
            const inner = extent(child, level + 1);
            nodes += inner.nodes;
            depth = Math.max(depth, inner.depth);
            if (nodes > MAX_EXPANDED_NODES) {
                problem ??= `expands its aliases to more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .l)(MAX_EXPANDED_NODES)} nodes (an alias bomb?)`;
                break;
            }
        }
        return { nodes, depth: depth + 1 };
    };
    const total = extent(doc.contents, 0);
    if (problem === undefined && total.depth > MAX_DEPTH)
        problem = `nests deeper than ${MAX_DEPTH} levels`;
    if (problem === undefined && total.nodes > MAX_EXPANDED_NODES)
        problem = `expands its aliases to more than ${(0,_countText_js__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .l)(MAX_EXPANDED_NODES)} nodes (an alias bomb?)`;
    return problem;
}


/***/ }),

/***/ 4194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ loadValues),
/* harmony export */   Xw: () => (/* binding */ sortedYaml),
/* harmony export */   rU: () => (/* binding */ plainStream),
/* harmony export */   tu: () => (/* binding */ loadDocuments)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8058);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(242);
// js-yaml as Slipway reads manifests with it: YAML 1.2's core schema plus merge keys and `!!binary`, the
// last duplicate key winning \u2014 what `yaml` does with `merge: true, uniqueKeys: false` \u2014 and each document's line. Only
// plain streams are read this way; the callers take `yaml` for the rest (manifestMaps.ts, render/objects.ts).



// `types` is exported by js-yaml 4 but missing from its type declarations: looked up, and checked
const merge =  true ? (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldsOf */ .Pf)(js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .types */ .gK).merge : undefined;
if (!(merge instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU))
    throw new Error('js-yaml has no merge type: Slipway needs js-yaml 4');
// `!!binary` as go-yaml reads it (binaryScalar.ts)
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend([merge, _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__/* .jsYamlBinary */ ._M]);
/** `&anchor` or `*alias` where YAML allows one (a node's start), not inside a word or a quoted glob. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m;
/**
 * Whether js-yaml may read this stream: no anchors or aliases (the expansion limits of documentBounds.ts
 * need `yaml`), no directives, no Go templates (js-yaml takes `{{ x }}` for a map with a map key).
 */
function plainStream(text) {
    return !text.includes('{{') && !ANCHOR_OR_ALIAS.test(text) && !/^%/m.test(text);
}
/**
 * Every document of `text`, without lines (loadDocuments for them); undefined when js-yaml refuses the
 * stream (the caller reads it with `yaml`, which says why).
 */
function loadValues(text) {
    const values = [];
    try {
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh(text, (doc) => void values.push(doc), { schema: SCHEMA, json: true });
    }
    catch {
        return undefined;
    }
    return values;
}
/**
 * Every document of `text` with the line (from 0) where its root node starts; undefined when js-yaml
 * refuses the stream (the caller reads it with `yaml`, which says why).
 */
function loadDocuments(text) {
    const values = [];
    const lines = [];
    let depth = 0;
    try {
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh(text, (doc) => void values.push(doc), {
            schema: SCHEMA,
            json: true,
            // the root node of each document opens at depth 0: its line is the document's line
            listener(event, state) {
                if (event === 'open') {
                    if (depth === 0)
                        lines.push(state.line);
                    depth++;
                }
                else
                    depth--;
            },
        });
    }
    catch {
        return undefined;
    }
    return values.map((value, i) => ({ value, line: lines[i] ?? 0 }));
}
/**
 * YAML for reading, keys sorted, nothing folded: equal objects print equally, and a string YAML 1.1 would
 * read as something else (`yes`, `on`, `2024-01-01`) is quoted, as is one starting with `-`. js-yaml prints
 * about three times faster than `yaml`, which counts when every object of a shared-base pull request
 * changes.
 */
function sortedYaml(value) {
    // the default schema knows YAML 1.1's timestamps too, so it quotes strings that look like one
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh(value, {
        sortKeys: true,
        lineWidth: -1,
        noRefs: true,
        quotingType: '"',
        skipInvalid: true,
    });
}


/***/ }),

/***/ 4933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ MANIFEST_YAML_OPTIONS),
/* harmony export */   ML: () => (/* binding */ memoParser),
/* harmony export */   Ye: () => (/* binding */ parseManifests)
/* harmony export */ });
/* unused harmony export parseManifestsWithYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8058);
/* harmony import */ var _documentBounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3631);
/* harmony import */ var _fastYaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4194);
// The YAML documents of a manifest file as plain objects with their first lines, for readers that need
// values, not bytes (discovery, input scanning, on every file of both revisions). Bump edits use the CST
// instead (bump/targets/), and rendered output keeps `yaml`'s positions for findings.
//
// js-yaml (fastYaml.ts) parses these an order of magnitude faster than `yaml`'s document API, and a test
// holds the two to the same objects and lines on a corpus. Files with anchors or aliases (where the
// expansion limits of documentBounds.ts apply), directives, Go templates, and anything js-yaml refuses
// (custom tags, \u2026) go through `yaml`, unchanged.




/**
 * How Slipway reads manifests with `yaml` (fastYaml.ts is the js-yaml side): merge keys resolved and the
 * last duplicate key winning, as kubectl and Argo CD (go-yaml) read them, and `!!binary` decoded.
 */
const MANIFEST_YAML_OPTIONS = {
    uniqueKeys: false,
    merge: true,
    customTags: [_binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlBinary */ .HU],
};
const isPlainMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
function parseManifests(text) {
    const docs = (0,_fastYaml_js__WEBPACK_IMPORTED_MODULE_3__/* .plainStream */ .rU)(text) ? (0,_fastYaml_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDocuments */ .tu)(text) : undefined;
    if (!docs)
        return parseWithYaml(text);
    return docs.flatMap((d) => (isPlainMap(d.value) ? [{ obj: d.value, line: d.line + 1 }] : []));
}
/** A verbatim tag with a %-escape (`!<tag:yaml.org,2002:%62inary>`). */
const ESCAPED_VERBATIM_TAG = /!<([^>\s]*%[0-9A-Fa-f]{2}[^>\s]*)>/g;
function parseWithYaml(text) {
    const read = (source) => {
        const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(source, { ...MANIFEST_YAML_OPTIONS, lineCounter });
        return { lineCounter, list: Array.isArray(parsed) ? parsed : [] };
    };
    let { lineCounter, list } = read(text);
    // go-yaml decodes %-escapes in every tag, `yaml` not in a verbatim one: left so, `!<\u2026%62inary>` would
    // keep a base64 apiVersion that Kubernetes decodes. Read again with those tags decoded (same lines).
    const unresolvedEscape = list.some((d) => d.warnings.some((w) => w.code === 'TAG_RESOLVE_FAILED' && /%[0-9A-Fa-f]{2}/.test(w.message)));
    if (unresolvedEscape)
        ({ lineCounter, list } = read(text.replace(ESCAPED_VERBATIM_TAG, (tag, uri) => {
            try {
                return `!<${decodeURIComponent(uri)}>`;
            }
            catch {
                return tag;
            }
        })));
    if (list.some((d) => d.errors.length > 0 || (0,_documentBounds_js__WEBPACK_IMPORTED_MODULE_2__/* .documentBoundsProblem */ .OA)(d) !== undefined))
        return undefined;
    return list
        .filter((d) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(d.contents))
        .flatMap((d) => {
        const obj = d.toJS({ maxAliasCount: -1 });
        return isPlainMap(obj) ? [{ obj, line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line }] : [];
    });
}
/**
 * parseManifests, remembering each text it read: the base and the head of a pull request share almost
 * every file, and each is parsed once. Callers treat the objects as read-only.
 */
function memoParser() {
    const seen = new Map();
    return (text) => {
        if (!seen.has(text))
            seen.set(text, parseManifests(text));
        return seen.get(text);
    };
}
/** The `yaml` reading alone, for the test that holds the two parsers to one answer. */
const parseManifestsWithYaml = (/* unused pure expression or super */ null && (parseWithYaml));


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ decodeRepositoryText),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   MK: () => (/* binding */ decodeManifest)
/* harmony export */ });
// Manifest bytes \u2194 text without losing a byte. UTF-8 files are decoded as UTF-8; a file that is not
// valid UTF-8 (Latin-1 comments, stray bytes) is decoded one byte per character, so the edits \u2014 always
// ASCII tags and digests \u2014 land on the same bytes and every other byte is written back unchanged.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeManifest(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
    }
    catch {
        return {
            text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
            encoding: 'latin1',
        };
    }
}
function encodeManifest(text, encoding) {
    return Buffer.from(text, encoding);
}
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
/**
 * A repository file's text as Argo CD's repo-server reads it (utfutil with a UTF-8 default): a file that
 * starts with a UTF-16 byte order mark is UTF-16 (little- or big-endian), any other file UTF-8.
 */
function decodeRepositoryText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16le.decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return utf16be.decode(bytes);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}


/***/ }),

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ TREE_ASKS),
/* harmony export */   IR: () => (/* binding */ mayBeInRepository),
/* harmony export */   J1: () => (/* binding */ DEFAULT_BRANCHES),
/* harmony export */   MG: () => (/* binding */ GIT_ASKS),
/* harmony export */   TM: () => (/* binding */ mergeBaseWithDefault),
/* harmony export */   YP: () => (/* binding */ cleanHead),
/* harmony export */   _: () => (/* binding */ baseBranches),
/* harmony export */   eZ: () => (/* binding */ resolveRevision),
/* harmony export */   iH: () => (/* binding */ fetchCommit),
/* harmony export */   sH: () => (/* binding */ originUrl),
/* harmony export */   zp: () => (/* binding */ gitCommonDir)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8206);
/* harmony import */ var _gitRun_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2525);
// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.





/** git's answer, trimmed (one asked ahead, if it was: gitRun.ts), or undefined when git fails. */
function git(dir, args) {
    const asked = (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .answerAsked */ .hk)(dir, args);
    if (asked)
        return asked.status === 0 ? asked.out.toString().trim() : undefined;
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
            .toString()
            .trim();
    }
    catch {
        return undefined;
    }
}
/**
 * Whether git could find a repository from `dir`: a `.git` in it or a folder above it, a bare repository
 * there, or one named by the environment. Where none is, asking git only costs a process.
 */
function mayBeInRepository(dir, env = process.env) {
    if (env.GIT_DIR !== undefined)
        return true;
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);; folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, '.git')))
            return true;
        if (['HEAD', 'objects', 'refs'].every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, f))))
            return true;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder) === folder)
            return false;
    }
}
/**
 * The questions below, as git is asked them: a command asked ahead (gitAhead.ts) is answered only when
 * its arguments are these very ones.
 */
const GIT_ASKS = {
    originUrl: ['remote', 'get-url', 'origin'],
    remoteHead: ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'],
    commonDir: ['rev-parse', '--git-common-dir'],
    commit: (rev) => ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    fullName: (rev) => ['rev-parse', '--symbolic-full-name', rev],
    mergeBase: (candidate) => ['merge-base', 'HEAD', candidate],
    topLevel: ['rev-parse', '--show-toplevel'],
    sparse: ['config', '--bool', 'core.sparseCheckout'],
    steering: ['ls-files', '-z', '--', '.gitmodules', '**/.gitattributes', '.gitattributes'],
    infoAttributes: ['rev-parse', '--git-path', 'info/attributes'],
    status: ['status', '--porcelain', '-z', '--untracked-files=all', '--ignore-submodules=none'],
};
/** The commands trees.ts asks of the commits it resolved (asked ahead too, with these very arguments). */
const TREE_ASKS = {
    /** The id of a commit's root tree. */
    tree: (sha) => ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`],
    /** A revision's listing, without sizes (what a kept index is checked against). */
    listing: (revision) => ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', revision],
    /** What changed between two commits, renames and copies as delete + add. */
    changes: (from, to) => [
        'diff-tree',
        '-r',
        '-z',
        '--no-renames',
        '--end-of-options',
        from,
        to,
    ],
};
/** The branches a base may stand for when none is named, in order: origin's HEAD (found apart) comes first. */
const DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'];
/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
function originUrl(dir) {
    if (!mayBeInRepository(dir))
        return undefined;
    return git(dir, [...GIT_ASKS.originUrl]) || undefined;
}
/** The repository's git folder shared by its worktrees (absolute), or undefined outside git. */
function gitCommonDir(dir) {
    const common = git(dir, [...GIT_ASKS.commonDir]);
    return common ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, common) : undefined;
}
/** The commit a revision names, or undefined. */
function resolveRevision(dir, rev) {
    if (!(0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(rev) && rev !== 'FETCH_HEAD')
        return undefined;
    return git(dir, GIT_ASKS.commit(rev));
}
/**
 * Fetches a commit (or a branch) from origin into a shallow checkout \u2014 actions/checkout leaves its
 * credentials for this \u2014 and returns the commit fetched.
 */
function fetchCommit(dir, rev) {
    if (!(0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(rev))
        return undefined;
    const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
    (0,_gitRun_js__WEBPACK_IMPORTED_MODULE_3__/* .forgetAsked */ .CK)(dir);
    if (fetched === undefined)
        return undefined;
    return resolveRevision(dir, 'FETCH_HEAD');
}
/** Where HEAD left the default branch: merge-base with origin's default branch, else main, else master. */
function mergeBaseWithDefault(dir) {
    const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
    for (const candidate of [remoteHead, ...DEFAULT_BRANCHES]) {
        if (!candidate || !resolveRevision(dir, candidate))
            continue;
        const base = git(dir, GIT_ASKS.mergeBase(candidate));
        if (base)
            return base;
    }
    return undefined;
}
/**
 * The branch a CLI diff's base stands for, and the default branch (which `HEAD` means in an
 * Application): the branch `base` names (a local branch or a remote-tracking one), else the default
 * branch \u2014 origin's HEAD, else origin/main, origin/master, main, master, the first there is.
 */
function baseBranches(dir, base) {
    const remoteHead = git(dir, [...GIT_ASKS.remoteHead]);
    const candidates = [remoteHead, ...DEFAULT_BRANCHES];
    const found = candidates.find((c) => c && resolveRevision(dir, c));
    const defaultBranch = found?.replace(/^refs\/remotes\//, '').replace(/^origin\//, '');
    // (isRevision refuses a leading `-`; rev-parse would print an --end-of-options back)
    const full = base && (0,_core_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isRevision */ .o)(base) ? git(dir, GIT_ASKS.fullName(base)) : undefined;
    const named = full?.startsWith('refs/heads/')
        ? full.slice('refs/heads/'.length)
        : full?.startsWith('refs/remotes/')
            ? full.replace(/^refs\/remotes\/[^/]+\//, '')
            : undefined;
    const branch = named ?? defaultBranch;
    return { ...(branch && { branch }), ...(defaultBranch && { defaultBranch }) };
}
/**
 * HEAD's commit when the folder is the top of a git checkout whose files on disk are exactly HEAD's: no
 * change, no untracked file (ignored ones are not Argo CD's either), no submodule, no sparse checkout,
 * and no .gitattributes (a filter or eol rule makes the files on disk differ from the blobs). Else
 * undefined: the folder is read from disk.
 */
function cleanHead(dir) {
    const top = git(dir, [...GIT_ASKS.topLevel]);
    if (!top || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(top) !== (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(dir))
        return undefined;
    if (git(dir, [...GIT_ASKS.sparse]) === 'true')
        return undefined;
    const head = resolveRevision(dir, 'HEAD');
    if (head === undefined)
        return undefined;
    // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
    const steering = git(dir, [...GIT_ASKS.steering]);
    const infoAttributes = git(dir, [...GIT_ASKS.infoAttributes]);
    if (steering !== '' || !infoAttributes || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, infoAttributes)))
        return undefined;
    const status = git(dir, [...GIT_ASKS.status]);
    return status === '' ? head : undefined;
}


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ forgetAsked),
/* harmony export */   hk: () => (/* binding */ answerAsked),
/* harmony export */   pZ: () => (/* binding */ gitAtOnce),
/* harmony export */   uM: () => (/* binding */ gitIn),
/* harmony export */   xT: () => (/* binding */ askAhead)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// git in one repository, its output whole \u2014 written to a file and read back, not read from a pipe. Node
// reads a child's pipe 64 KiB at a time: the ~20 MB that `ls-tree` and `cat-file` print for a revision of
// 10,000 apps cost it ~0.5 s of CPU and twice the wall time of git itself; from a file it is one read.




/** A folder of its own for one call's input and output files (removed when the call returns). */
const scratch = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'slipway-git-'));
/** The failure of one git run, as execFileSync throws it: `status` is git's exit code. */
class GitFailed extends Error {
    status;
    stderr;
    constructor(args, status, stderr) {
        super(`Command failed: git ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`);
        this.status = status;
        this.stderr = stderr;
    }
}
/**
 * Runs git in `repoDir` (stdin: `input`), returning what it printed; throws when it exits non-zero. With
 * `env`, git runs in that environment only (another repository's cache: otherRepositories.ts).
 */
const gitIn = (repoDir, env) => (args, input) => {
    const asked = input === undefined && !env ? answerAsked(repoDir, args) : undefined;
    if (asked) {
        if (asked.status !== 0)
            throw new GitFailed(args, asked.status, asked.stderr);
        return asked.out;
    }
    const folder = scratch();
    const inPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'in');
    const outPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'out');
    let inFd;
    const outFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(outPath, 'w', 0o600);
    try {
        if (input !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(inPath, input, { mode: 0o600 });
            inFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(inPath, 'r');
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd: repoDir,
            stdio: [inFd ?? 'ignore', outFd, 'pipe'],
            maxBuffer: 1 << 24,
            ...(env && { env }),
        });
        if (child.error)
            throw child.error;
        if (child.status !== 0)
            throw new GitFailed(args, child.status, child.stderr.toString('utf8').trim());
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(outPath);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(outFd);
        if (inFd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(inFd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
    }
};
/**
 * Runs several git commands in `repoDir` side by side (one `sh` starts them all and waits for each), for
 * questions that do not depend on each other's answers: the second runs while the first waits on the
 * disk or the other core. Every argument reaches git as `"$n"`, never as shell text. Where there is no
 * `sh` (Windows without Git's), they run one after another.
 */
function gitAtOnce(repoDir, runs, env) {
    const { folder, script, params, files } = atOnceScript(runs);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('sh', ['-c', script, 'sh', ...params], {
        cwd: repoDir,
        stdio: 'ignore',
        ...(env && { env }),
    });
    try {
        if (child.error) {
            const git = gitIn(repoDir, env);
            return runs.map((args) => {
                try {
                    return { status: 0, out: git([...args]), stderr: '' };
                }
                catch (error) {
                    const failed = error instanceof GitFailed ? error : undefined;
                    return { status: failed?.status ?? null, out: Buffer.alloc(0), stderr: failed?.stderr ?? '' };
                }
            });
        }
        return files.map(readRun);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
    }
}
/** Where a derived command's argument holds value N (a marker no argument can hold: a NUL). */
const valueMarker = (n) => `\0${n}\0`;
const VALUE_MARKERS = /\0(\d+)\0/;
/**
 * One `sh` script starting every run in the background and waiting for them all; each run's files, then
 * each follow-up's (`followed`: no status file when it was not asked), then each derived command's and its
 * follow-up's (`derivedFiles`). The derived commands start once the runs they are built from are done.
 */
function atOnceScript(runs, followUps = [], derived = []) {
    const folder = scratch();
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(folder, 'run');
    const params = [];
    const param = (value) => `"\${${params.push(value)}}"`;
    const lines = [];
    const filesOf = (k) => ({
        out: `${base}.${k}.out`,
        err: `${base}.${k}.err`,
        status: `${base}.${k}.status`,
    });
    // an argument as one shell word: its text from parameters, each value marker as "$vN"
    const word = (arg) => arg
        .split(VALUE_MARKERS)
        .map((part, i) => (i % 2 === 1 ? `"$v${part}"` : part === '' ? '' : param(part)))
        .join('') || "''";
    const ask = (args, { out, err, status }) => `git ${args.map(word).join(' ')} >${param(out)} 2>${param(err)}; echo $? >${param(status)}`;
    // (a tree id is hex: anything else, as an empty or failed answer, matches no file)
    const followUp = (answer, folder, args, theirs) => `t=$(cat ${param(answer.out)}); case "$t" in ''|*[!0-9a-f]*) ;; *) for f in ${param(folder)}/"$t"-*; do [ -e "$f" ] && { ${ask(args, theirs)}; }; break; done;; esac`;
    const key = (args) => args.join('\0');
    const runIndex = new Map(runs.map((args, k) => [key(args), k]));
    const needed = new Set(derived.flatMap((d) => d.from.map((args) => runIndex.get(key(args)))));
    const files = runs.map((args, k) => {
        const own = filesOf(k);
        const then = followUps.flatMap((f, j) => key(f.after) === key(args) ? [followUp(own, f.folder, f.args, filesOf(runs.length + j))] : []);
        lines.push(`{ ${[ask(args, own), ...then].join('; ')}; } &${needed.has(k) ? ` p${k}=$!` : ''}`);
        return own;
    });
    const derivedFiles = derived.map((d, j) => {
        const own = filesOf(runs.length + followUps.length + 2 * j);
        const theirs = filesOf(runs.length + followUps.length + 2 * j + 1);
        const markers = d.from.map((_, n) => valueMarker(n));
        // each value read from its run's answer, and checked: a hex object id, or nothing is asked
        const values = d.from.map((args, n) => {
            const from = files[runIndex.get(key(args))];
            return `v${n}=$(cat ${param(from.out)}); case "$v${n}" in ''|*[!0-9a-f]*) exit 0;; esac`;
        });
        const then = d.followUp ? [followUp(own, d.followUp.folder, d.followUp.args(markers), theirs)] : [];
        return { line: `( ${[...values, ask(d.args(markers), own), ...then].join('; ')} ) &`, own, theirs };
    });
    if (derived.length > 0) {
        lines.push(`wait ${[...needed].map((k) => `"$p${k}"`).join(' ')}`);
        lines.push(...derivedFiles.map((d) => d.line));
    }
    lines.push('wait');
    return {
        folder,
        script: lines.join('\n'),
        params,
        files,
        followed: followUps.map((_, j) => filesOf(runs.length + j)),
        derivedFiles,
    };
}
/** What one run of the script printed, and how it exited. */
function readRun({ out, err, status }) {
    // (a run that left no status or output, as when sh was stopped, failed)
    const read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, { flag: 'a+' });
    const code = Number(read(status).toString('utf8').trim() || 'NaN');
    return {
        status: Number.isInteger(code) ? code : null,
        out: read(out),
        stderr: read(err).toString('utf8').trim(),
    };
}
/**
 * Answers of git commands asked ahead (askAhead), by folder and arguments. A command of this run asked
 * again in the same folder with the same arguments, no input and git's own environment takes its answer
 * here instead of starting git: a run's questions of its checkout are asked side by side while its code
 * loads, not one after another when each is reached. Answers longer than SHORT are handed out once.
 */
const asked = new Map();
const SHORT = 1 << 12;
const askedKey = (repoDir, args) => `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(repoDir)}\0${args.join('\0')}`;
/** The answer asked ahead for exactly this command in this folder, if there is one (`peek`: kept however long). */
function answerAsked(repoDir, args, peek = false) {
    const key = askedKey(repoDir, args);
    const answer = asked.get(key);
    if (answer && !peek && answer.out.length > SHORT)
        asked.delete(key);
    return answer;
}
/** Forgets the answers asked ahead in a folder: what git answers there may have changed (a fetch). */
function forgetAsked(repoDir) {
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(repoDir)}\0`;
    for (const key of asked.keys())
        if (key.startsWith(prefix))
            asked.delete(key);
}
/**
 * Runs git commands in `repoDir` side by side without waiting for them (one `sh`, as gitAtOnce), and
 * keeps each one's answer for the run to take when it asks the same (answerAsked). Resolves once they
 * have all answered; where no `sh` starts, with no answer kept (each command runs when it is reached).
 */
function askAhead(repoDir, runs, followUps = [], derivedAsks = []) {
    const fresh = runs.filter((args) => !asked.has(askedKey(repoDir, args)));
    const isFresh = (args) => fresh.some((run) => run.join('\0') === args.join('\0'));
    const following = followUps.filter((f) => isFresh(f.after) && !asked.has(askedKey(repoDir, f.args)));
    // (built only from this script's runs: an answer already in names its commands outright)
    const derived = derivedAsks.filter((d) => d.from.length > 0 && d.from.every(isFresh));
    if (fresh.length === 0)
        return Promise.resolve();
    const { folder, script, params, files, followed, derivedFiles } = atOnceScript(fresh, following, derived);
    return new Promise((done) => {
        let settled = false;
        const finish = (ran) => {
            if (settled)
                return;
            settled = true;
            try {
                if (!ran)
                    return;
                fresh.forEach((args, k) => asked.set(askedKey(repoDir, args), readRun(files[k])));
                // (left unasked: no kept index for that tree)
                const keep = (args, run) => {
                    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(run.status))
                        asked.set(askedKey(repoDir, args), readRun(run));
                };
                following.forEach((f, j) => keep(f.args, followed[j]));
                derived.forEach((d, j) => {
                    // the values the script read, as it read them: a hex object id each, or it asked nothing
                    const values = d.from.map((args) => {
                        const answer = asked.get(askedKey(repoDir, args));
                        const value = answer?.status === 0 ? answer.out.toString('utf8').trim() : '';
                        return /^[0-9a-f]+$/.test(value) ? value : undefined;
                    });
                    const ran = derivedFiles[j];
                    if (!ran || !values.every((v) => v !== undefined))
                        return;
                    keep(d.args(values), ran.own);
                    if (d.followUp)
                        keep(d.followUp.args(values), ran.theirs);
                });
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(folder, { recursive: true, force: true });
                done();
            }
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('sh', ['-c', script, 'sh', ...params], { cwd: repoDir, stdio: 'ignore' });
        child.once('error', () => finish(false));
        child.once('close', (code, signal) => finish(code === 0 && signal === null));
    });
}


/***/ }),

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ localEdges)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/core/yaml/manifestText.ts
var manifestText = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/edges/fileTree.ts
// Reading manifests from a folder and writing edits back: all or nothing.
// Synchronous on purpose: there is nothing to overlap with, and for thousands of small files the
// thread-pool round trips of the promise API cost more than the reads themselves.






/** Paths (relative, with `/`) of the regular files below `dir`; hidden folders and symlinks are not entered. */
function listFiles(dir) {
    const out = [];
    const visit = (folder) => {
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })) {
            if (entry.name === 'node_modules')
                continue;
            const full = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.'))
                    visit(full);
            }
            else if (entry.isFile())
                out.push((0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/'));
        }
    };
    visit(dir);
    return out;
}
const OTHER_TEXT_LIMIT = 1024 * 1024;
/** The manifests below `dir` matching the globs, with their texts. */
function readManifests(dir, globs) {
    let isFolder = false;
    try {
        isFolder = (0,external_node_fs_.lstatSync)(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isFolder)
        throw new errors/* InputError */.dz(`${dir}: not a folder; pass the manifests folder with --dir`);
    const folder = { texts: new Map(), encodings: new Map(), skipped: [], others: new Map() };
    const all = listFiles(dir);
    const manifests = (0,manifestFiles/* selectManifests */.$d)(all, globs);
    const manifestSet = new Set(manifests);
    for (const path of (0,manifestFiles/* selectOthers */.g0)(all, globs)) {
        if (manifestSet.has(path) || (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, path)).size > OTHER_TEXT_LIMIT)
            continue;
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path));
        if (!bytes.includes(0))
            folder.others.set(path, bytes.toString('utf8'));
    }
    for (const path of manifests) {
        const size = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, path)).size;
        if (size > fileTree/* MAX_FILE_BYTES */.gZ) {
            folder.skipped.push({ file: path, reason: (0,fileTree/* tooLargeMessage */.pb)(path, { size, limit: fileTree/* MAX_FILE_BYTES */.gZ }) });
            continue;
        }
        const { text, encoding } = (0,manifestText/* decodeManifest */.MK)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path)));
        folder.texts.set(path, text);
        folder.encodings.set(path, encoding);
    }
    return folder;
}
/** Temporary files of writes under way, removed if the process is interrupted. */
const pendingTemps = new Set();
let handlersInstalled = false;
function removeTempsOnSignal() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            for (const temp of pendingTemps)
                (0,external_node_fs_.rmSync)(temp, { force: true });
            process.kill(process.pid, signal);
        });
    }
}
/**
 * Writes every changed file or none. New texts go to temporary files beside their targets (same mode and
 * owner as the original); only when all are written are they renamed over the originals, each original
 * kept as a hard-linked backup until every rename succeeded, so a failure part-way restores them all.
 */
function writeManifests(dir, changed, encodings = new Map()) {
    removeTempsOnSignal();
    const pending = [];
    const cleanUp = () => {
        for (const p of pending) {
            (0,external_node_fs_.rmSync)(p.temp, { force: true });
            pendingTemps.delete(p.temp);
        }
    };
    try {
        for (const [path, text] of changed) {
            const target = (0,external_node_path_.join)(dir, path);
            const suffix = `.slipway-${process.pid}`;
            const entry = {
                target,
                temp: `${target}${suffix}.tmp`,
                backup: `${target}${suffix}.bak`,
                renamed: false,
            };
            pending.push(entry);
            pendingTemps.add(entry.temp);
            const original = (0,external_node_fs_.statSync)(target);
            (0,external_node_fs_.writeFileSync)(entry.temp, (0,manifestText/* encodeManifest */.Gb)(text, encodings.get(path) ?? 'utf8'), {
                flag: 'wx',
                mode: original.mode & 0o7777,
            });
            try {
                (0,external_node_fs_.chownSync)(entry.temp, original.uid, original.gid);
            }
            catch {
                // only root may give a file away; as the owner, the temp file already has our ids
            }
        }
    }
    catch (error) {
        cleanUp();
        throw new errors/* WriteError */.QM(`could not write ${pending.at(-1)?.target}: ${error.message}; no file was changed`);
    }
    try {
        for (const p of pending) {
            (0,external_node_fs_.linkSync)(p.target, p.backup);
            (0,external_node_fs_.renameSync)(p.temp, p.target);
            p.renamed = true;
        }
    }
    catch (error) {
        for (const p of pending)
            if (p.renamed)
                (0,external_node_fs_.renameSync)(p.backup, p.target);
        for (const p of pending)
            (0,external_node_fs_.rmSync)(p.backup, { force: true });
        cleanUp();
        throw new errors/* WriteError */.QM(`could not replace ${pending.find((p) => !p.renamed)?.target}: ${error.message}; every file was restored`);
    }
    for (const p of pending) {
        (0,external_node_fs_.rmSync)(p.backup, { force: true });
        pendingTemps.delete(p.temp);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/core/render/kustomizeWrapper.ts
// The kustomization Slipway builds instead of the app's folder: it wraps the folder (as ../repo/<path>)
// with the overrides of the Argo CD Application (images, name prefix/suffix, namespace, labels, replicas,
// patches) as Argo CD's repo-server applies them, and asks kustomize for origin annotations.



/**
 * A kustomization that wraps the app's folder with Argo CD's overrides and (unless `origins` is false)
 * asks for origin annotations, which cost kustomize ~15 % more CPU per build (bench/render-costs.mjs).
 */
function kustomizeWrapper(path, overrides = {}, origins = true) {
    const k = {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [`../repo${path ? `/${path}` : ''}`],
        ...(origins && { buildMetadata: ['originAnnotations'] }),
    };
    if (overrides.namePrefix)
        k.namePrefix = overrides.namePrefix;
    if (overrides.nameSuffix)
        k.nameSuffix = overrides.nameSuffix;
    if (overrides.namespace)
        k.namespace = overrides.namespace;
    if (overrides.commonLabels)
        k.labels = [{ pairs: overrides.commonLabels, includeSelectors: true }];
    if (overrides.commonAnnotations)
        k.commonAnnotations = overrides.commonAnnotations;
    if (overrides.replicas)
        k.replicas = overrides.replicas;
    if (overrides.patches)
        k.patches = overrides.patches;
    if (overrides.images) {
        // Argo CD's forms: name:tag, name@digest, name=newName[:tag][@digest]
        k.images = overrides.images.flatMap((spec) => {
            const [original, refText] = spec.includes('=')
                ? spec.split('=', 2)
                : [undefined, spec];
            const ref = (0,imageRef/* tryParseImageRef */.ZJ)(refText);
            if (!ref)
                return [];
            return [
                {
                    name: original ?? ref.name,
                    ...(original && { newName: ref.name }),
                    ...(ref.tag && { newTag: ref.tag }),
                    ...(ref.digest && { digest: ref.digest }),
                },
            ];
        });
    }
    return (0,dist/* stringify */.As)(k);
}
/** Origin paths are relative to the wrapper folder: ../repo/<path in the repository>. */
function wrapperOriginToRepo(origin) {
    const resolved = (0,fileTree/* resolveInTree */.O4)('wrap', origin);
    return resolved?.startsWith('repo/') ? resolved.slice('repo/'.length) : undefined;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/edges/childProcess.ts + 1 modules
var childProcess = __webpack_require__(8409);
// EXTERNAL MODULE: ./src/core/render/kustomizeBuildOptions.ts
var kustomizeBuildOptions = __webpack_require__(1801);
// EXTERNAL MODULE: ./src/core/render/chartSource.ts
var chartSource = __webpack_require__(6029);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/render/toolMessage.ts
var toolMessage = __webpack_require__(3033);
;// CONCATENATED MODULE: ./src/edges/helmHome.ts
// helm's environment: minimalEnv, and every folder helm reads its settings from inside a throw-away home,
// so no chart repository, registry login, plugin or cache of the runner is used (renders and pulls alike).


function helmEnv(home) {
    return {
        ...(0,childProcess/* minimalEnv */.DW)(home),
        HELM_CONFIG_HOME: (0,external_node_path_.join)(home, 'config'),
        HELM_CACHE_HOME: (0,external_node_path_.join)(home, 'cache'),
        HELM_DATA_HOME: (0,external_node_path_.join)(home, 'data'),
        HELM_PLUGINS: (0,external_node_path_.join)(home, 'plugins'),
        HELM_REPOSITORY_CONFIG: (0,external_node_path_.join)(home, 'config', 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: (0,external_node_path_.join)(home, 'cache', 'repository'),
        HELM_REGISTRY_CONFIG: (0,external_node_path_.join)(home, 'config', 'registry.json'),
    };
}

;// CONCATENATED MODULE: ./src/edges/chartPull.ts
// Pulls Helm charts from chart repositories and OCI registries with `helm pull`, once per chart (where,
// name, version) per run, into a cache folder that may be kept across runs (`SLIPWAY_HELM_CACHE`, an
// `actions/cache` path). A chart is kept there only under the exact version it holds, so a range or
// `*` is resolved again every run. Each pull runs in its own throw-away helm home; credentials
// (chartSource.ts registrySettings) reach helm only on standard input (`helm registry login
// --password-stdin`, `helm repo add --password-stdin`), never on a command line, and the home that held
// them is removed as soon as the pull is done. No message of a pull may show a password.








const CACHE_VARIABLE = 'SLIPWAY_HELM_CACHE';
const PULL_TIMEOUT_MS = 120_000;
/** helm's environment for a pull: minimalEnv, the runner's proxy settings, and a throw-away home. */
function pullEnv(home) {
    const proxies = Object.fromEntries(['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']
        .filter((name) => process.env[name] !== undefined)
        .map((name) => [name, process.env[name]]));
    return { ...helmEnv(home), ...proxies };
}
/** Runs helm with `input` on standard input; the message of a failure has every secret taken out. */
function helm(args, options) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('helm', args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
        let stderr = '';
        let stdout = '';
        const timer = setTimeout(() => child.kill(), PULL_TIMEOUT_MS);
        child.stdout.on('data', (chunk) => {
            if (stdout.length < 65536)
                stdout += chunk.toString();
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 65536)
                stderr += chunk.toString();
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
        const done = (ok, message) => {
            clearTimeout(timer);
            let error = ok ? '' : (0,toolMessage/* safeToolMessage */.Z)(message.trim() || 'helm failed and printed no message');
            for (const secret of options.secrets)
                if (secret !== '')
                    error = error.split(secret).join('***');
            resolve({ ok, error });
        };
        child.on('error', (e) => done(false, e.code === 'ENOENT' ? 'helm not found' : e.message));
        child.on('close', (code, signal) => done(code === 0, signal ? `helm took longer than ${PULL_TIMEOUT_MS / 1000} s and was stopped` : stderr || stdout));
    });
}
/** Shorter reasons for what a registry answers most often. */
function reasonOf(error) {
    if (/\b401\b|unauthorized|authentication required|credential not found/i.test(error))
        return `unauthorized: ${error}`;
    if (/\b403\b|forbidden|denied/i.test(error))
        return `access denied: ${error}`;
    return error.replace(/^Error: /, '');
}
/** The run folders of this process's pullers, removed when it exits. */
const runDirs = new Set();
class ChartPuller {
    pulls = new Map();
    settings;
    cacheDir;
    /** This run's folder: pulls under way, and charts of a range (never kept); removed at exit. */
    runDir;
    repoCount = 0;
    /** Counts the `helm pull`s this puller ran (tests). */
    pullCount = 0;
    constructor(env = process.env) {
        this.settings = (0,chartSource/* registrySettings */.HO)(env);
        const runDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-charts-'));
        if (runDirs.size === 0)
            process.on('exit', () => {
                for (const dir of runDirs)
                    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            });
        runDirs.add(runDir);
        this.runDir = runDir;
        const kept = env[CACHE_VARIABLE];
        this.cacheDir = kept !== undefined && kept !== '' ? (0,external_node_path_.resolve)(kept) : (0,external_node_path_.join)(runDir, 'kept');
    }
    /** The chart at `location` as a packaged chart (.tgz), pulled at most once per run. */
    pull(location) {
        const key = JSON.stringify([
            location.kind,
            location.kind === 'http' ? location.repo : location.ref,
            location.name,
            location.version ?? '',
        ]);
        let pulled = this.pulls.get(key);
        if (pulled === undefined) {
            pulled = this.pullOnce(location).catch((e) => ({
                ok: false,
                reason: e instanceof Error ? e.message : String(e),
            }));
            this.pulls.set(key, pulled);
        }
        return pulled;
    }
    /** The folder a chart of this exact version is kept in across runs. */
    keptFolder(location, version) {
        const where = location.kind === 'http' ? location.repo.replace(/\/+$/, '') : location.ref;
        const id = (0,external_node_crypto_.createHash)('sha256')
            .update(JSON.stringify([location.kind, where, location.name, version]))
            .digest('hex')
            .slice(0, 40);
        return (0,external_node_path_.join)(this.cacheDir, `${location.name}-${id}`);
    }
    async pullOnce(location) {
        if (this.settings.problem)
            return { ok: false, reason: this.settings.problem };
        if ((0,chartSource/* isExactVersion */.Yb)(location.version)) {
            const kept = this.keptTgz(this.keptFolder(location, location.version));
            if (kept)
                return { ok: true, tgz: kept, version: location.version };
        }
        // outside the cache folder: a home that held credentials must never be saved with the cache
        const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.runDir, 'pull-'));
        const home = (0,external_node_path_.join)(work, 'home');
        const destination = (0,external_node_path_.join)(work, 'out');
        (0,external_node_fs_.mkdirSync)(destination, { recursive: true });
        const credentials = this.settings.credentials.get(location.host);
        const secrets = credentials ? [credentials.password] : [];
        const plain = (0,chartSource/* plainHttpAllowed */.TH)(location, this.settings);
        const options = { cwd: work, env: pullEnv(home), secrets };
        try {
            const args = ['pull'];
            if (location.kind === 'oci') {
                if (credentials) {
                    const login = await helm([
                        'registry',
                        'login',
                        `--username=${credentials.username}`,
                        '--password-stdin',
                        ...(plain ? ['--plain-http'] : []),
                        '--',
                        location.host,
                    ], { ...options, input: credentials.password });
                    if (!login.ok)
                        return { ok: false, reason: reasonOf(`registry login: ${login.error}`) };
                }
                args.push(...(plain ? ['--plain-http'] : []), '--', location.ref);
            }
            else if (credentials) {
                if (location.plain && !plain)
                    return {
                        ok: false,
                        reason: `credentials for ${location.host} are not sent over plain HTTP (use https, or list the host in SLIPWAY_HELM_PLAIN_HTTP)`,
                    };
                const name = `slipway-${++this.repoCount}`;
                const added = await helm([
                    'repo',
                    'add',
                    `--username=${credentials.username}`,
                    '--password-stdin',
                    '--',
                    name,
                    location.repo,
                ], { ...options, input: credentials.password });
                if (!added.ok)
                    return { ok: false, reason: reasonOf(`repo add: ${added.error}`) };
                args.push('--', `${name}/${location.name}`);
            }
            else {
                args.push(`--repo=${location.repo}`, '--', location.name);
            }
            if (location.version !== undefined)
                args.splice(1, 0, `--version=${location.version}`);
            args.splice(1, 0, `--destination=${destination}`);
            this.pullCount++;
            const pulled = await helm(args, options);
            if (!pulled.ok)
                return { ok: false, reason: reasonOf(pulled.error) };
            const tgz = (0,external_node_fs_.readdirSync)(destination).filter((f) => f.endsWith('.tgz'));
            if (tgz.length !== 1)
                return { ok: false, reason: `helm pull gave ${tgz.length} chart archives instead of one` };
            const file = tgz[0];
            const prefix = `${location.name}-`;
            const version = file.startsWith(prefix) ? file.slice(prefix.length, -'.tgz'.length) : undefined;
            const exact = (0,chartSource/* isExactVersion */.Yb)(location.version)
                ? location.version
                : (0,chartSource/* isExactVersion */.Yb)(version)
                    ? version
                    : undefined;
            if (exact === undefined) {
                // not kept under a name: this run's copy
                const here = `${work}.tgz`;
                (0,external_node_fs_.renameSync)((0,external_node_path_.join)(destination, file), here);
                return { ok: true, tgz: here, ...(version !== undefined && { version }) };
            }
            const folder = this.keptFolder(location, exact);
            (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
            const target = (0,external_node_path_.join)(folder, 'chart.tgz');
            // copied beside its place, then renamed: another process reading the cache sees all or nothing
            const partial = `${target}.${process.pid}.${this.pullCount}.part`;
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(destination, file), partial);
            (0,external_node_fs_.renameSync)(partial, target);
            return { ok: true, tgz: target, version: version ?? exact };
        }
        finally {
            // the home held the credentials (registry.json, repositories.yaml): gone now, not in a later sweep
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        }
    }
    keptTgz(folder) {
        const file = (0,external_node_path_.join)(folder, 'chart.tgz');
        return (0,external_node_fs_.existsSync)(file) ? file : undefined;
    }
}
let shared;
/** The run's puller (one per process: a run is one process). */
function chartPuller() {
    return (shared ??= new ChartPuller());
}
/** "could not pull web 1.2.0 from oci://ghcr.io/acme/charts (unauthorized: \u2026)". */
function pullFailure(location, reason) {
    return `could not pull ${location.name}${location.version ? ` ${location.version}` : ''} from ${(0,chartSource/* registryName */.jT)(location)} (${reason})`;
}

// EXTERNAL MODULE: ./src/core/render/helmInputs.ts
var helmInputs = __webpack_require__(1215);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/edges/gitBlobs.ts
// Files of a git revision read when first needed. A one-app pull request on a large repository needs the
// texts of its Applications, kustomizations and the changed app's inputs, not of every workload file:
// git grep answers the core's whole-tree scans (SEARCHED_STRINGS) for every blob at once, and the rest
// is read in batches \u2014 ahead of a render (`readAhead`), or on first use.



/** What every blob git grep did not list lacks: all of the searched strings. */
const LACKS_ALL = new Set(fileTree/* SEARCHED_STRINGS */.h_);
/**
 * After this many reads of a few blobs (one render's inputs, or a file a reader the batches did not
 * foresee asked for), the next read takes every blob still unread: a pull request that renders many apps
 * costs at most this many `cat-file` runs more than reading the revision whole.
 */
const SMALL_READS = 8;
/** A regular file of a revision whose text is read from git on first use. */
class GitBlob {
    blob;
    reader;
    lacks;
    #text;
    constructor(blob, reader, 
    /** Searched strings the file lacks: all of them, unless its tree's kept index says otherwise. */
    lacks = LACKS_ALL) {
        this.blob = blob;
        this.reader = reader;
        this.lacks = lacks;
    }
    get text() {
        if (this.#text === undefined)
            this.reader.read([this]);
        return this.#text;
    }
    get unread() {
        return this.#text === undefined;
    }
    fill(text) {
        this.#text = text;
    }
}
/** The unread blobs of one repository, read with `git cat-file --batch`; `entry` makes one. */
class BlobReader {
    git;
    repository;
    unread = new Set();
    reads = 0;
    /** Blobs read so far (for tests and benchmarks). */
    blobsRead = 0;
    /**
     * `repository`: the folder git reads (resolved), when the reader's git runs in git's own environment:
     * readers of two revisions of one repository may then read their blobs in one batch (readAhead).
     */
    constructor(git, repository) {
        this.git = git;
        this.repository = repository;
    }
    entry(sha, lacks) {
        const blob = new GitBlob(sha, this, lacks);
        this.unread.add(blob);
        return blob;
    }
    /** Blobs of this reader that another read (readTogether) filled. */
    filled(blobs) {
        for (const blob of blobs)
            this.unread.delete(blob);
        this.blobsRead += blobs.length;
        this.reads++;
    }
    /** `catFile` with this reader's git. */
    catFile(shas) {
        return catFile(this.git, shas);
    }
    read(wanted) {
        let batch = wanted.filter((b) => b.unread);
        if (batch.length === 0)
            return;
        if (++this.reads > SMALL_READS)
            batch = [...this.unread];
        const blobs = catFile(this.git, batch.map((b) => b.blob));
        batch.forEach((b, i) => {
            b.fill(blobs[i]?.text);
            this.unread.delete(b);
        });
        this.blobsRead += batch.length;
    }
}
/** The sizes of blobs, in order, and their UTF-8 text when not over `limit` bytes. */
function catFile(git, shas, limit = Infinity) {
    if (shas.length === 0)
        return [];
    const out = git(['cat-file', '--batch', '--buffer'], shas.join('\n') + '\n');
    const blobs = [];
    let offset = 0;
    for (let i = 0; i < shas.length; i++) {
        // `<sha> blob <size>`, or `<sha> missing` for an object the repository lacks (a damaged or shallow
        // clone, or a tree index naming blobs that are not there): read on, the rest would be misread. The
        // header is read in place (ASCII), not cut out and split: tens of thousands of blobs at 10,000 apps.
        const headerEnd = out.indexOf(10, offset);
        const typeAt = out.indexOf(32, offset) + 1;
        const sizeAt = typeAt > 0 && typeAt < headerEnd ? out.indexOf(32, typeAt) + 1 : 0;
        const blob = sizeAt > 0 && sizeAt < headerEnd && out.toString('latin1', typeAt, sizeAt - 1) === 'blob';
        const size = blob ? Number(out.toString('latin1', sizeAt, headerEnd)) : NaN;
        if (!blob || headerEnd < 0 || !Number.isSafeInteger(size)) {
            const [, type] = out
                .subarray(offset, headerEnd < 0 ? undefined : headerEnd)
                .toString()
                .split(' ');
            throw new errors/* InputError */.dz(`git has no file ${shas[i]} that this revision's tree names (${type ?? 'no answer'}): the clone is damaged or incomplete; fetch it again`);
        }
        const start = headerEnd + 1;
        blobs.push(size > limit ? { size } : { size, text: blobText(out, start, start + size) });
        offset = start + size + 1;
    }
    return blobs;
}
/** decodeRepositoryText of `out`'s bytes from `start` to `end`, without a view made of them for UTF-8. */
function blobText(out, start, end) {
    const bom = end - start >= 2 && (out[start] === 0xff || out[start] === 0xfe);
    return bom ? (0,manifestText/* decodeRepositoryText */.E1)(out.subarray(start, end)) : out.toString('utf8', start, end);
}
/**
 * The `git grep` that lists the revision's files holding any of the searched strings, over the commit's
 * tree (bytes, fixed strings: the same answer as `text.includes` for these ASCII strings, binary files
 * included). One thread: on two cores it is faster than git's default, which contends on the pack.
 */
function searchedGrepArgs(sha) {
    const patterns = fileTree/* SEARCHED_STRINGS */.h_.flatMap((s) => ['-e', s]);
    return [
        'grep',
        '--no-color',
        '--threads=1',
        '-l',
        '-z',
        '--full-name',
        '-F',
        ...patterns,
        sha,
        '--',
        ':(top)',
    ];
}
/**
 * Paths of the files searchedGrepArgs' run listed. git grep exits 1 when no file matches; undefined when
 * it failed otherwise (a setting it refuses): the caller then reads every file.
 */
function searchedFiles(sha, run) {
    if (run.status === 1)
        return new Set();
    if (run.status !== 0)
        return undefined;
    const prefix = `${sha}:`;
    return new Set(run.out
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name)));
}
/**
 * Reads the still unread files among `paths` in one batch (before a render lays them out), and, with
 * `alongside` (the other revision of the same repository), its files at those paths in the same batch:
 * a one-app preview's head and base inputs in one `cat-file`, not one after the other.
 */
function readAhead(tree, paths, alongside) {
    const wanted = [...paths];
    const byReader = new Map();
    for (const from of alongside ? [tree, alongside] : [tree])
        for (const path of wanted.flatMap((p) => (0,fileTree/* linkChain */.Ct)(from, p))) {
            const entry = from.get(path);
            if (!(entry instanceof GitBlob) || !entry.unread)
                continue;
            const blobs = byReader.get(entry.reader) ?? [];
            if (!blobs.includes(entry))
                blobs.push(entry);
            byReader.set(entry.reader, blobs);
        }
    // readers of one repository read together; any other reads alone
    const byRepository = new Map();
    for (const [reader, blobs] of byReader) {
        const key = reader.repository ?? reader;
        byRepository.set(key, [...(byRepository.get(key) ?? []), [reader, blobs]]);
    }
    for (const readers of byRepository.values()) {
        const [first] = readers;
        if (readers.length === 1 && first)
            first[0].read(first[1]);
        else
            readTogether(readers);
    }
}
/** The blobs of several readers of one repository in one `cat-file` (each blob id asked once). */
function readTogether(readers) {
    const all = readers.flatMap(([, blobs]) => blobs);
    const shas = [...new Set(all.map((b) => b.blob))];
    const [reader] = readers[0];
    const texts = new Map(reader.catFile(shas).map((blob, i) => [shas[i], blob.text]));
    for (const blob of all)
        blob.fill(texts.get(blob.blob));
    for (const [each, blobs] of readers)
        each.filled(blobs);
}
/** Blobs read so far by the reader behind a tree's unread files (0 when all were read at once). */
function blobsReadLazily(tree) {
    for (const entry of tree.values())
        if (entry instanceof GitBlob)
            return entry.reader.blobsRead;
    return 0;
}

;// CONCATENATED MODULE: ./src/edges/renderFolders.ts
// The temporary folders renders run in: made from the file tree holding only a render's inputs, and removed
// in batches by `rm -rf` (one process per 32 folders) instead of one by one from JavaScript, whose
// recursive removal costs 0.7-1.0 ms of CPU per folder against 0.07-0.2 ms for rm (bench/render-costs.mjs).







/** Free space `/dev/shm` must have to be used: a container's default of 64 MiB is too small for charts. */
const SHM_MIN_FREE = 1024 * 1024 * 1024;
/**
 * Where render folders go: memory (`/dev/shm`, Linux's tmpfs) when it has 1 GiB free and TMPDIR names no
 * place \u2014 each render makes and removes a folder of its inputs, four times faster there than on a
 * disk-backed /tmp \u2014 else the system's temporary folder.
 */
let renderRoot;
function renderTemp() {
    if (renderRoot === undefined) {
        renderRoot = (0,external_node_os_.tmpdir)();
        if (!process.env.TMPDIR) {
            try {
                (0,external_node_fs_.accessSync)('/dev/shm', external_node_fs_.constants.W_OK);
                const free = (0,external_node_fs_.statfsSync)('/dev/shm');
                if ((0,external_node_fs_.statSync)('/dev/shm').isDirectory() && free.bavail * free.bsize >= SHM_MIN_FREE)
                    renderRoot = '/dev/shm';
            }
            catch {
                // no tmpfs here: the system's temporary folder
            }
        }
        const stale = abandonedRenderFolders(renderRoot);
        if (stale.length > 0)
            void sweep(stale).catch(() => undefined);
    }
    return renderRoot;
}
/** A render folder this old is no render's: a render is stopped after a minute (childProcess.ts). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/**
 * Render folders a run killed by a signal left in `root` (its exit handler never ran): on a self-hosted
 * runner `/dev/shm` is memory that outlives the job. Only Slipway's own folders, an hour old or more, so
 * a run going on beside this one keeps its folders.
 */
function abandonedRenderFolders(root, now = Date.now()) {
    const stale = [];
    try {
        for (const name of (0,external_node_fs_.readdirSync)(root)) {
            if (!name.startsWith('slipway-render-'))
                continue;
            const folder = (0,external_node_path_.join)(root, name);
            try {
                const stat = (0,external_node_fs_.lstatSync)(folder);
                if (stat.isDirectory() && now - stat.mtimeMs >= ABANDONED_AFTER_MS)
                    stale.push(folder);
            }
            catch {
                // gone meanwhile
            }
        }
    }
    catch {
        // an unreadable temporary folder: nothing to tidy
    }
    return stale;
}
/**
 * Lays the given repository files out under <temp>/repo as regular files. Only normalised paths that stay
 * inside the repository are written (a crafted tree may hold `..` entries), and links are written as the
 * in-repository file they point to, so nothing a renderer reads can lead outside the folder.
 */
function makeRenderFolder(tree, files) {
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(renderTemp(), 'slipway-render-'));
    const repo = (0,external_node_path_.join)(root, 'repo');
    const made = new Set();
    const paths = [...files];
    readAhead(tree, paths);
    for (const path of paths) {
        if ((0,fileTree/* resolveInTree */.O4)('', path) !== path || path === '')
            continue;
        const text = (0,fileTree/* readText */.yR)(tree, path);
        const target = (0,external_node_path_.join)(repo, path);
        if (text === undefined || !target.startsWith(`${repo}/`))
            continue;
        const folder = (0,external_node_path_.dirname)(target);
        if (!made.has(folder))
            (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        made.add(folder);
        (0,external_node_fs_.writeFileSync)(target, text);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'repo'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'home'));
    return root;
}
const BATCH = 32;
/** Folders whose renders are done, waiting for the next batch (or the process's exit). */
const unswept = [];
let exitHandler = false;
/**
 * A render is done with its folder. Every 32nd call removes the batch with one `rm -rf` in the background
 * (JavaScript's removal where there is no `rm`); the rest go when the entry's work is done, or at exit.
 */
function discardRenderFolder(root) {
    if (!exitHandler) {
        exitHandler = true;
        // the last folders go with one `rm` when the entry's work is done (endChildProcesses): removed from
        // JavaScript at exit, after the report, they held the run's end ~1 ms of CPU each; what a run left
        // without ending that way goes at exit
        (0,childProcess/* atEnd */.tE)(() => sweep(unswept.splice(0)));
        process.on('exit', () => {
            for (const folder of unswept.splice(0))
                (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        });
    }
    unswept.push(root);
    if (unswept.length < BATCH)
        return;
    void sweep(unswept.splice(0)).catch(() => undefined); // a folder left in the temporary folder harms no result
}
async function sweep(folders) {
    if (folders.length === 0)
        return;
    const removed = process.platform !== 'win32' &&
        (await (0,childProcess/* run */.eF)('rm', ['-rf', '--', ...folders], { cwd: renderTemp(), env: (0,childProcess/* minimalEnv */.DW)(renderTemp()) })).ok;
    if (!removed)
        await Promise.all(folders.map((f) => (0,promises_.rm)(f, { recursive: true, force: true })));
}

;// CONCATENATED MODULE: ./src/edges/renderers.ts
// kustomize and helm behind one interface. Inputs are copied from the file tree into a fresh temporary
// folder \u2014 only the files the kustomization walker allowed \u2014 so a build never reads outside the repository
// and a git revision renders without a checkout. Exec functions and plugins stay off; the load restrictor on.












/** Which tool builds kustomizations here: `kustomize`, else `kubectl kustomize` (the render cache keys by it). */
function kustomizeTool() {
    return (0,childProcess/* hasBinary */.oQ)('kustomize') ? 'kustomize' : (0,childProcess/* hasBinary */.oQ)('kubectl') ? 'kubectl kustomize' : undefined;
}
/** `kustomize build` (or `kubectl kustomize`) of a folder, with the app's overrides. */
async function kustomizeBuild(tree, path, inputs, overrides, buildOptions = [], origins = true) {
    const root = makeRenderFolder(tree, inputs);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'wrap'));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'wrap', 'kustomization.yaml'), kustomizeWrapper(path, overrides, origins));
        const options = { cwd: root, env: (0,childProcess/* minimalEnv */.DW)((0,external_node_path_.join)(root, 'home')), renderRoot: root };
        const args = [
            // --enable-helm is kept: kustomizeInputs checked every helmCharts field and that each chart is vendored
            ...buildOptions.filter(kustomizeBuildOptions/* isAllowedBuildOption */.m),
            (0,external_node_path_.join)(root, 'wrap'),
        ];
        const renderer = kustomizeTool();
        const result = renderer === 'kustomize'
            ? await (0,childProcess/* run */.eF)('kustomize', ['build', ...args], options)
            : renderer === 'kubectl kustomize'
                ? await (0,childProcess/* run */.eF)('kubectl', ['kustomize', ...args], options)
                : {
                    ok: false,
                    stdout: '',
                    error: 'kustomize not found: install kustomize or kubectl (GitHub-hosted Ubuntu runners have both)',
                };
        return { ...result, originToRepo: wrapperOriginToRepo, ...(renderer && { renderer }) };
    }
    finally {
        discardRenderFolder(root);
    }
}
/**
 * `helm template` of a chart folder in the repository, or of a chart from a chart repository or an OCI
 * registry (pulled once per run into the chart cache, chartPull.ts); says so clearly when helm is not
 * installed. Every path was resolved inside the repository and every name checked (helmNameProblem)
 * before this runs.
 */
async function helmTemplate(tree, chart, files, helm, release) {
    if (!(0,childProcess/* hasBinary */.oQ)('helm')) {
        return {
            ok: false,
            stdout: '',
            error: 'helm not found: install helm (GitHub-hosted Ubuntu runners have it) to preview Helm charts',
        };
    }
    let pulled;
    if ('ref' in chart) {
        const location = (0,chartSource/* chartLocation */.QV)(chart.ref);
        if ('problem' in location)
            return { ok: false, stdout: '', error: location.problem };
        const got = await chartPuller().pull(location);
        if (!got.ok)
            return { ok: false, stdout: '', error: got.reason, notPreviewed: pullFailure(location, got.reason) };
        pulled = got.tgz;
    }
    const chartFiles = 'path' in chart ? (0,fileTree/* filesIn */.nG)(tree, chart.path, true) : [];
    const dependencyFiles = files.dependencyFolders.flatMap((folder) => (0,fileTree/* filesIn */.nG)(tree, folder, true));
    const root = makeRenderFolder(tree, [
        ...chartFiles,
        ...dependencyFiles,
        ...files.valueFiles,
        ...files.fileParameters.map((p) => p.path),
    ]);
    const inRepo = (path) => (0,external_node_path_.join)(root, 'repo', path);
    const home = (0,external_node_path_.join)(root, 'home');
    const options = { cwd: root, env: helmEnv(home), renderRoot: root };
    try {
        if ('path' in chart && files.dependencyFolders.length > 0) {
            // file:// dependencies only, the lock checked against them (chartDependencies): nothing to fetch
            const built = await (0,childProcess/* run */.eF)('helm', ['dependency', 'build', '--skip-refresh', '--', inRepo(chart.path)], {
                ...options,
                env: { ...helmEnv(home), ...OFFLINE },
            });
            if (!built.ok)
                return { ...built, error: `helm dependency build: ${built.error}` };
        }
        if ('path' in chart && (files.remoteDependencies ?? []).length > 0) {
            const placed = await placeRemoteDependencies(inRepo(chart.path), files.remoteDependencies ?? [], options);
            if (placed)
                return placed;
        }
        const inline = helm.valuesObject !== undefined ? (0,dist/* stringify */.As)(helm.valuesObject) : helm.values;
        if (inline)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'inline-values.yaml'), inline);
        const args = (0,helmInputs/* helmTemplateArgs */._p)(release, { dir: 'path' in chart ? inRepo(chart.path) : (pulled ?? '') }, files.valueFiles.map(inRepo), inline ? (0,external_node_path_.join)(root, 'inline-values.yaml') : undefined, helm, files.fileParameters.map((p) => ({ name: p.name, path: inRepo(p.path) })));
        return await (0,childProcess/* run */.eF)('helm', args, options);
    }
    finally {
        discardRenderFolder(root);
    }
}
/**
 * A chart's dependencies from chart repositories and OCI registries, at the versions its lock names:
 * helm first checks the lock against Chart.yaml (`helm dependency build`, offline, fails at once on a
 * lock out of sync, and otherwise at its first fetch), then each locked chart is pulled once per run
 * (chartPull.ts) and laid in the chart's `charts/` folder, where `helm template` finds it. Returns the
 * failure, or undefined when every dependency is in place.
 */
async function placeRemoteDependencies(chartDir, dependencies, options) {
    const probe = await (0,childProcess/* run */.eF)('helm', ['dependency', 'build', '--skip-refresh', '--', chartDir], {
        ...options,
        env: { ...options.env, ...OFFLINE },
    });
    if (/out of sync/i.test(probe.error))
        return { ok: false, stdout: '', error: `helm dependency build: ${probe.error}` };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(chartDir, 'charts'), { recursive: true });
    for (const dependency of dependencies) {
        const location = (0,chartSource/* chartLocation */.QV)({
            repoURL: dependency.repository,
            name: dependency.name,
            version: dependency.version,
        });
        if ('problem' in location)
            return { ok: false, stdout: '', error: location.problem };
        const got = await chartPuller().pull(location);
        if (!got.ok)
            return {
                ok: false,
                stdout: '',
                error: got.reason,
                notPreviewed: `chart dependency ${pullFailure(location, got.reason).replace(/^could not pull /, 'could not be pulled: ')}`,
            };
        (0,external_node_fs_.copyFileSync)(got.tgz, (0,external_node_path_.join)(chartDir, 'charts', `${dependency.name}-${dependency.version}.tgz`));
    }
    return undefined;
}
/**
 * For `helm dependency build`, which must not reach the network: HTTP(S) goes to a proxy that is not
 * there (port 9, discard), so a connection to any host but this machine's loopback fails at once.
 * The lock check (chartDependencies) is what keeps it offline; this is a second wall.
 */
const OFFLINE = {
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    NO_PROXY: '',
    no_proxy: '',
};
/**
 * The renderer's version, asked once its first render is done: the footer needs it when the preview
 * ends, and asked then it would run alone after the last render, on the run's critical path; asked
 * here, it runs while the other renders and the main thread's work after them go on.
 */
function versionAhead(binary) {
    void (0,childProcess/* binaryVersion */.qy)(binary).catch(() => undefined);
}
/** "helm v3.18.0+gcc58e3f", "kubectl kustomize v5.5.0": what rendered a preview, for its footer. */
async function rendererVersions(renderers) {
    const out = [];
    for (const renderer of [...new Set(renderers)].sort()) {
        const binary = renderer === 'kubectl kustomize' ? 'kubectl' : renderer;
        out.push(`${renderer} ${(await (0,childProcess/* binaryVersion */.qy)(binary)) ?? '(not installed)'}`);
    }
    return out;
}
/**
 * kustomize and helm on this machine, each run in a temporary folder holding only its inputs.
 * `footer`: the run writes a footer naming the renderers' versions (the action's comment, the CLI's
 * `check --format markdown`), so each version is asked ahead, once its first render is done. Without
 * one (the CLI's other formats, validate) no version is asked until `versions` is called: each
 * `kubectl version` costs ~30 ms of a one-app preview's wall time, and a text or JSON report never shows it.
 */
function localRendererFor({ footer }) {
    return {
        async kustomizeBuild(...args) {
            const built = await kustomizeBuild(...args);
            if (footer && built.renderer)
                versionAhead(built.renderer === 'kustomize' ? 'kustomize' : 'kubectl');
            return built;
        },
        async helmTemplate(...args) {
            const rendered = await helmTemplate(...args);
            if (footer && (0,childProcess/* hasBinary */.oQ)('helm'))
                versionAhead('helm');
            return rendered;
        },
        versions: rendererVersions,
        planned: childProcess/* expectRuns */.Aw,
    };
}
/** The local renderer of a run that writes a footer (the action's). */
const localRenderer = localRendererFor({ footer: true });

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
// EXTERNAL MODULE: ./src/core/render/treeIndex.ts
var treeIndex = __webpack_require__(9896);
// EXTERNAL MODULE: ./src/edges/git.ts
var edges_git = __webpack_require__(6850);
;// CONCATENATED MODULE: ./src/edges/treeIndexStore.ts
// Tree indexes kept between runs (core/render/treeIndex.ts), one file per git tree id in the repository's
// own git folder: what a preview learned of a revision, read back by the next preview whose base is it.










/** How many indexes a repository keeps; the least recently written go first. */
const KEPT_INDEXES = 16;
/**
 * Which Slipway build this is: the `build-id` the build writes beside the bundle (a hash of its code,
 * scripts/build.mjs), so every copy of one build reads the indexes of another \u2014 in CI, a job's copy of
 * the action those an earlier job kept \u2014 and no other build does. Outside a build (the sources run
 * directly, as the tests do), the running module's size and time stand in.
 */
function buildIdentity() {
    // (a path, not `new URL('./build-id', import.meta.url)`, which the bundler would take for an asset)
    const module = (0,external_node_url_.fileURLToPath)(import.meta.url);
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(module), 'build-id'), 'utf8').trim();
    }
    catch {
        try {
            const info = (0,external_node_fs_.statSync)(module);
            return `${info.size}:${info.mtimeMs}`;
        }
        catch {
            return 'unknown';
        }
    }
}
/**
 * What an index's answers depend on beside the tree: the settings discovery and the walk read, and the
 * Slipway that built it (its version and its build, so a rebuilt Slipway of one version does not read
 * another's indexes).
 */
function indexKey(settings) {
    const material = JSON.stringify({
        format: treeIndex/* TREE_INDEX_FORMAT */.UB,
        version: version/* VERSION */.x,
        bundle: buildIdentity(),
        settings,
    });
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 16);
}
/**
 * A folder of Slipway's in a checkout's git repository (shared by its worktrees): `tree-index`,
 * `render-cache`; undefined outside git.
 */
function slipwayFolder(dir, name) {
    const common = (0,edges_git/* gitCommonDir */.zp)(dir);
    return common === undefined ? undefined : (0,external_node_path_.join)(common, 'slipway', name);
}
// A stored index is read back as v8 wrote it (typed arrays and Maps, which no JSON schema describes), so it
// is parsed here by narrowing, field by field and down to its numbers: a file of another build, a disk's
// damage or a hand's edit is not used, and the preview reads the tree whole (and keeps a new index).
// (Typed arrays and Maps are told by node:util's types, which hold across realms as v8 makes them.)
const isText = (v) => typeof v === 'string';
const isTexts = (v) => Array.isArray(v) && v.every(isText);
const isListOf = (v, item) => Array.isArray(v) && v.every(item);
const isMapOf = (v, value) => external_node_util_.types.isMap(v) && [...v].every(([k, x]) => isText(k) && value(x));
const isCount = (v) => Number.isSafeInteger(v) && Number(v) >= 0;
const isPlace = (v) => (0,fields/* isFields */.Ce)(v) && isText(v.name) && isText(v.file) && isCount(v.line);
const isNotPreviewed = (v) => isPlace(v) && isText(v.reason);
const isOtherRevision = (v) => isPlace(v) && isText(v.revision);
const isUnitRevision = (v) => isOtherRevision(v) && isText(v.id);
const isGlob = (v) => (0,fields/* isFields */.Ce)(v) && isText(v.pattern) && typeof v.doublestar === 'boolean';
const isGenerator = (v) => (0,fields/* isFields */.Ce)(v) && isText(v.file) && isTexts(v.folders) && isListOf(v.files, isGlob);
function isScan(v) {
    if (!(0,fields/* isFields */.Ce)(v) || !isMapOf(v.tooLarge, isCount))
        return false;
    const listing = v.listing;
    return (listing === undefined ||
        ((0,fields/* isFields */.Ce)(listing) &&
            external_node_util_.types.isUint8Array(listing.text) &&
            external_node_util_.types.isUint32Array(listing.order) &&
            external_node_util_.types.isUint8Array(listing.searched) &&
            isMapOf(listing.links, isText)));
}
/** Every entry below `limit`; with `ends`, a running end per unit (never past the list it ends in). */
const pointsBelow = (list, limit) => list.every((x) => x < limit);
const endsIn = (ends, list) => ends.every((end, i) => end <= list.length && end >= (i === 0 ? 0 : (ends[i - 1] ?? 0)));
/** A path table (treeIndex.ts) whose places rise, each just after a NUL, within bytes that end in one. */
const tableFits = ({ bytes, starts }) => bytes[bytes.length - 1] === 0 &&
    starts.every((start, i) => start < bytes.length && bytes[start - 1] === 0 && (i === 0 || start > starts[i - 1]));
/** What is wrong with a stored index: a field it lacks or holds in another shape, or a part that does not fit. */
const wrong = (what) => ({ wrong: what });
const misshapen = (field) => wrong(`its ${field} is missing or not of the shape an index holds`);
/** A stored index as v8 read it back \u2192 the index, when it is whole and of this format; else what is wrong. */
function parseStoredIndex(stored) {
    if (!(0,fields/* isFields */.Ce)(stored) || !isText(stored.key) || !isText(stored.treeId))
        return wrong('it does not hold a key and a tree id');
    const i = stored.index;
    if (!(0,fields/* isFields */.Ce)(i))
        return misshapen('index');
    if (i.format !== treeIndex/* TREE_INDEX_FORMAT */.UB)
        return wrong(`its format is ${JSON.stringify(i.format) ?? 'missing'}, not ${treeIndex/* TREE_INDEX_FORMAT */.UB}`);
    const { ids, paths, unitFiles, files, fileEnds, folders, folderEnds, recursive } = i;
    if (!isTexts(ids))
        return misshapen('ids');
    if (!(0,fields/* isFields */.Ce)(paths) || !external_node_util_.types.isUint8Array(paths.bytes) || !external_node_util_.types.isUint32Array(paths.starts))
        return misshapen('paths');
    const table = { bytes: paths.bytes, starts: paths.starts };
    if (!tableFits(table))
        return wrong('its path table does not hold a path at each place it names');
    if (!external_node_util_.types.isUint32Array(unitFiles))
        return misshapen('unitFiles');
    if (!external_node_util_.types.isUint32Array(files))
        return misshapen('files');
    if (!external_node_util_.types.isUint32Array(fileEnds))
        return misshapen('fileEnds');
    if (!external_node_util_.types.isUint32Array(folders))
        return misshapen('folders');
    if (!external_node_util_.types.isUint32Array(folderEnds))
        return misshapen('folderEnds');
    if (!external_node_util_.types.isUint8Array(recursive))
        return misshapen('recursive');
    if (!isListOf(i.notPreviewed, isNotPreviewed))
        return misshapen('notPreviewed');
    if (!isListOf(i.otherRevisions, isUnitRevision))
        return misshapen('otherRevisions');
    if (!isListOf(i.appSetRevisions, isOtherRevision))
        return misshapen('appSetRevisions');
    if (!isListOf(i.generators, isGenerator))
        return misshapen('generators');
    if (!isScan(i.scan))
        return misshapen('scan');
    const units = ids.length;
    if (unitFiles.length !== units || fileEnds.length !== units || folderEnds.length !== units)
        return wrong(`its lists per unit are not all ${units} long, as its ids are`);
    if (recursive.length !== folders.length)
        return wrong('its recursive flags are not one per folder');
    const count = table.starts.length;
    if (!pointsBelow(unitFiles, count) || !pointsBelow(files, count) || !pointsBelow(folders, count))
        return wrong(`a unit, file or folder in it points past its ${count} paths`);
    if (!endsIn(fileEnds, files) || !endsIn(folderEnds, folders))
        return wrong("a unit's part of its files or folders ends out of order or past the list");
    return {
        key: stored.key,
        treeId: stored.treeId,
        index: {
            format: treeIndex/* TREE_INDEX_FORMAT */.UB,
            ids,
            unitFiles,
            notPreviewed: i.notPreviewed,
            otherRevisions: i.otherRevisions,
            appSetRevisions: i.appSetRevisions,
            generators: i.generators,
            paths: table,
            files,
            fileEnds,
            folders,
            folderEnds,
            recursive,
            scan: i.scan,
        },
    };
}
/**
 * The indexes of the git repository at `dir` built with these settings; undefined outside a git
 * repository. A file that cannot be read back whole (parseStoredIndex), or that is of another key or tree,
 * is not used: `read` tells `unusable` which file and what is wrong with it, and the preview reads the
 * tree whole and keeps a new index (the run's note and a warning say so).
 */
function localTreeIndexes(dir, settings) {
    const folder = slipwayFolder(dir, 'tree-index');
    if (!folder)
        return undefined;
    const key = indexKey(settings);
    const file = (treeId) => (0,external_node_path_.join)(folder, `${treeId}-${key}.v8`);
    const validTreeId = (treeId) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(treeId);
    return {
        read(treeId, unusable) {
            if (!validTreeId(treeId))
                return undefined;
            const path = file(treeId);
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)(path);
            }
            catch (error) {
                // none kept for this tree: the usual case, nothing to say
                const code = error.code;
                if (code !== 'ENOENT')
                    unusable?.(`${path} cannot be read (${code ?? String(error)})`);
                return undefined;
            }
            let stored;
            try {
                stored = parseStoredIndex((0,external_node_v8_.deserialize)(bytes));
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                unusable?.(`${path} does not read back whole (cut short or damaged: ${message})`);
                return undefined;
            }
            if ('wrong' in stored)
                unusable?.(`${path} is not an index Slipway wrote: ${stored.wrong}`);
            else if (stored.key !== key)
                unusable?.(`${path} holds an index of other settings or another build than its name says`);
            else if (stored.treeId !== treeId)
                unusable?.(`${path} holds the index of tree ${stored.treeId.slice(0, 12)}, not of ${treeId.slice(0, 12)}`);
            else
                return stored.index;
            return undefined;
        },
        write(treeId, index) {
            if (!validTreeId(treeId))
                return;
            try {
                (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
                // whole or not at all: a reader never sees a file half-written
                const partial = `${file(treeId)}.${process.pid}.partial`;
                (0,external_node_fs_.writeFileSync)(partial, (0,external_node_v8_.serialize)({ key, treeId, index }));
                (0,external_node_fs_.renameSync)(partial, file(treeId));
                prune(folder);
            }
            catch {
                // an index is an optimisation: a run that cannot keep one previews the same
            }
        },
    };
}
/** Keeps the KEPT_INDEXES newest indexes of a folder (and drops partial files a killed run left). */
function prune(folder) {
    const files = (0,external_node_fs_.readdirSync)(folder)
        .map((name) => ({ name, time: (0,external_node_fs_.statSync)((0,external_node_path_.join)(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    files.forEach(({ name }, i) => {
        if (i >= KEPT_INDEXES || name.endsWith('.partial'))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(folder, name), { force: true });
    });
}

;// CONCATENATED MODULE: ./src/edges/renderCache.ts
// Renders kept between runs (docs/tree-index.md#the-render-cache): a render is a pure function of what it
// reads \u2014 the files laid out in its folder (by content: git blob ids), the tool and its exact version, its
// options and Slipway's build \u2014 so its output is filed under a hash of those, in the repository's own git
// folder beside the tree indexes. A push's validation renders every app and keeps each output (`writing`);
// a pull request's preview renders its base from the kept outputs whose key matches exactly (`reading`)
// and renders its head as always. A render whose inputs cannot all be named is never kept nor read.









/** Bumped whenever what an entry holds, or what its key covers, changes: older entries are never read. */
const RENDER_CACHE_FORMAT = 1;
/** How many entries a repository keeps; the least recently written go first. */
const KEPT_RENDERS = 20_000;
const HEADER = `slipway-render-cache ${RENDER_CACHE_FORMAT}`;
/** The whole of a tool's version answer (`kubectl version --client` names its kustomize, its git commit\u2026). */
function probe(binary, args) {
    let answer;
    // the same run as the footer's (binaryVersion): `kubectl version --client` runs once per process
    return () => (answer ??= (0,childProcess/* versionAnswer */.sL)(binary, args).then((r) => r.ok && r.stdout.trim() !== '' ? `${binary} ${r.stdout.trim()}` : undefined));
}
const kubectlVersion = probe('kubectl', ['version', '--client']);
const kustomizeVersion = probe('kustomize', ['version']);
/** The tools on this machine, as kustomizeBuild and helmTemplate pick them. */
const localToolVersions = {
    async kustomize() {
        const tool = kustomizeTool();
        return tool === 'kustomize' ? kustomizeVersion() : tool ? kubectlVersion() : undefined;
    },
    helm: probe('helm', ['version']),
};
/**
 * What a render's folder holds at `path` (makeRenderFolder writes what readText gives: a link's end): its
 * git blob id \u2014 git's, else the hash git would give the text \u2014 or `-` for nothing written.
 */
function contentIds(tree) {
    const known = new Map();
    return (path) => {
        let id = known.get(path);
        if (id === undefined) {
            const end = tree.get((0,fileTree/* linkChain */.Ct)(tree, path).at(-1));
            if (!end ||
                end.link !== undefined ||
                end.tooLarge ||
                (end.blob === undefined && end.text === undefined))
                id = '-';
            else if (end.blob !== undefined)
                id = end.blob;
            else {
                const bytes = Buffer.from(end.text, 'utf8');
                id = (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
            }
            known.set(path, id);
        }
        return id;
    };
}
const idsByTree = new WeakMap();
function contentIdOf(tree, path) {
    let ids = idsByTree.get(tree);
    if (!ids)
        idsByTree.set(tree, (ids = contentIds(tree)));
    return ids(path);
}
/** Every path a render's folder is made of, each with what it holds, in one order. */
const laidOut = (tree, paths) => [...new Set(paths)].sort().map((path) => [path, contentIdOf(tree, path)]);
const hashOf = (material) => (0,external_node_crypto_.createHash)('sha256')
    .update(JSON.stringify({ format: RENDER_CACHE_FORMAT, slipway: version/* VERSION */.x, build: buildIdentity(), material }))
    .digest('hex');
/**
 * The key of a kustomize build, as kept: with origin annotations (a build without them is the same
 * output less those annotations, so it is served by the build with them). Undefined: not cacheable.
 */
async function kustomizeKey(tools, tree, path, inputs, overrides, buildOptions) {
    const tool = await tools.kustomize();
    // with --enable-helm, kustomize runs helm: its version counts too
    const helm = buildOptions.includes('--enable-helm') ? await tools.helm() : '';
    if (tool === undefined || helm === undefined)
        return undefined;
    return hashOf({
        render: 'kustomize build',
        tool,
        helm,
        path,
        files: laidOut(tree, inputs),
        overrides: overrides ?? null,
        buildOptions,
        origins: true,
    });
}
/**
 * The key of a `helm template` of a chart folder of the repository: the files helmTemplate lays out (the
 * chart's folder, its file:// dependencies' folders, value files and file parameters \u2014 keep in step with
 * renderers.ts), the values and flags, the release. A chart from a chart repository is not cacheable
 * (what the repository serves is not known here).
 */
async function helmKey(tools, tree, chart, files, helm, release) {
    if (!('path' in chart))
        return undefined;
    const tool = await tools.helm();
    if (tool === undefined)
        return undefined;
    const paths = [
        ...(0,fileTree/* filesIn */.nG)(tree, chart.path, true),
        ...files.dependencyFolders.flatMap((folder) => (0,fileTree/* filesIn */.nG)(tree, folder, true)),
        ...files.valueFiles,
        ...files.fileParameters.map((p) => p.path),
    ];
    return hashOf({
        render: 'helm template',
        tool,
        chart: chart.path,
        files: laidOut(tree, paths),
        valueFiles: files.valueFiles,
        fileParameters: files.fileParameters,
        dependencyFolders: files.dependencyFolders,
        helm,
        release,
    });
}
/** The folder of a checkout's git repository (shared by its worktrees) where its renders are kept. */
function renderCacheFolder(dir) {
    return slipwayFolder(dir, 'render-cache');
}
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
/**
 * An entry: a header line, the key, the renderer that ran (`kubectl kustomize`, for the footer), the
 * output's length in bytes and its sha256, then the output. Read back only whole and of its own key;
 * anything else is a reason, for the notice.
 */
function readEntry(file, key) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        return { problem: `cannot be read (${error.code ?? 'error'})` };
    }
    const lines = [];
    let offset = 0;
    for (let i = 0; i < 5; i++) {
        const end = bytes.indexOf(10, offset);
        if (end === -1)
            return { problem: 'is truncated' };
        lines.push(bytes.subarray(offset, end).toString('utf8'));
        offset = end + 1;
    }
    const [header, entryKey, renderer, length, checksum] = lines;
    if (header !== HEADER)
        return { problem: 'is not an entry of this format' };
    if (entryKey !== key)
        return { problem: 'is filed under another key' };
    const body = bytes.subarray(offset);
    if (String(body.length) !== length)
        return { problem: 'is truncated' };
    const stdout = body.toString('utf8');
    if (sha256(stdout) !== checksum)
        return { problem: 'has a wrong checksum' };
    return { stdout, renderer };
}
/** Writes an entry whole or not at all (a temporary file renamed into place). */
function writeEntry(folder, key, stdout, renderer) {
    try {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        const body = Buffer.from(stdout, 'utf8');
        const file = (0,external_node_path_.join)(folder, `${key}.render`);
        const partial = `${file}.${process.pid}.partial`;
        (0,external_node_fs_.writeFileSync)(partial, Buffer.concat([
            Buffer.from(`${HEADER}\n${key}\n${renderer}\n${body.length}\n${sha256(stdout)}\n`, 'utf8'),
            body,
        ]));
        (0,external_node_fs_.renameSync)(partial, file);
        return true;
    }
    catch {
        return false; // a render that cannot be kept is rendered again by the next preview
    }
}
/** Keeps the KEPT_RENDERS newest entries of a folder (and drops partial files a killed run left). */
function pruneRenders(folder, keep = KEPT_RENDERS) {
    try {
        const files = (0,external_node_fs_.readdirSync)(folder)
            .map((name) => ({ name, time: (0,external_node_fs_.statSync)((0,external_node_path_.join)(folder, name)).mtimeMs }))
            .sort((a, b) => b.time - a.time);
        files.forEach(({ name }, i) => {
            if (i >= keep || name.endsWith('.partial'))
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(folder, name), { force: true });
        });
    }
    catch {
        // nothing kept there yet, or a file gone meanwhile
    }
}
/**
 * The render cache of the git repository at `folder`: `writing` keeps every successful render it runs
 * (a push's validation); `reading` serves the renders of one tree (a preview's base) from kept entries
 * whose key matches exactly, and keeps nothing. An entry that is truncated, unreadable or of a wrong
 * checksum is ignored with a notice, and the render runs.
 */
function renderCacheAt(folder, notice, tools = localToolVersions) {
    const file = (key) => (0,external_node_path_.join)(folder, `${key}.render`);
    const caching = (inner, mode, only) => {
        const counts = { fromCache: 0, rendered: 0, kept: 0, ignored: 0 };
        let pruned = false; // (once, when the writer is done: its note)
        const cached = async (tree, key, render, hit) => {
            if (mode === 'read') {
                if (tree !== only)
                    return render();
                // a base's lookup lets the work that is due go first (setImmediate runs after the I/O callbacks
                // that are due): served back to back, the base's renders were parsed one after another while the
                // head's renders that had ended waited to start the next, and the first lookup (which asks the
                // tool's version) went before the head's first renders
                await new Promise((resolve) => setImmediate(resolve));
            }
            const k = await key();
            if (k !== undefined && mode === 'read') {
                const entry = readEntry(file(k), k);
                if (entry && 'stdout' in entry) {
                    counts.fromCache++;
                    return hit(entry.stdout, entry.renderer);
                }
                if (entry) {
                    counts.ignored++;
                    notice(`Render cache: the entry ${k.slice(0, 12)} ${entry.problem}; it is ignored and the render runs.`);
                }
            }
            const result = await render();
            counts.rendered++;
            const renderer = (result.renderer ?? '').replace(/\n/g, ' ');
            if (k !== undefined && mode === 'write' && result.ok && writeEntry(folder, k, result.stdout, renderer))
                counts.kept++;
            return result;
        };
        return {
            kustomizeBuild(tree, path, inputs, overrides, buildOptions = [], origins = true) {
                const files = [...inputs];
                const render = () => inner.kustomizeBuild(tree, path, files, overrides, buildOptions, origins);
                // a push keeps builds with origins (what validation runs); a base without them is served by those
                if (mode === 'write' && !origins)
                    return render();
                return cached(tree, () => kustomizeKey(tools, tree, path, files, overrides, buildOptions), render, (stdout, renderer) => ({
                    ok: true,
                    stdout,
                    error: '',
                    originToRepo: wrapperOriginToRepo,
                    ...(renderer && { renderer }),
                }));
            },
            helmTemplate(tree, chart, files, helm, release) {
                return cached(tree, () => helmKey(tools, tree, chart, files, helm, release), () => inner.helmTemplate(tree, chart, files, helm, release), (stdout) => ({ ok: true, stdout, error: '' }));
            },
            versions: (renderers) => inner.versions(renderers),
            planned: (renders) => inner.planned?.(renders),
            note() {
                if (mode === 'write') {
                    if (counts.kept > 0 && !pruned)
                        pruneRenders(folder);
                    pruned = true;
                    return `kept ${counts.kept} of ${counts.rendered} render(s) in the render cache`;
                }
                const base = counts.fromCache + counts.rendered;
                if (base === 0)
                    return undefined;
                return `${counts.fromCache} of ${base} base render(s) from the render cache${counts.ignored > 0 ? ` (${counts.ignored} entry(ies) ignored)` : ''}`;
            },
            counts: () => ({ ...counts }),
        };
    };
    return {
        reading: (inner, tree) => caching(inner, 'read', tree),
        writing: (inner) => caching(inner, 'write'),
    };
}
/** The render cache of the git repository holding `dir`; undefined outside a git repository. */
function localRenderCache(dir, notice) {
    const folder = renderCacheFolder(dir);
    return folder === undefined ? undefined : renderCacheAt(folder, notice);
}

;// CONCATENATED MODULE: ./src/edges/reportFiles.ts
// The report files: the JSON report and shards' partial reports check writes, and the partial reports
// check-merge reads (files, or folders of them: actions/download-artifact's layout).


/** Each path as given when it is a file; every `*.json` below it (sorted) when it is a folder. */
function reportFiles(paths) {
    const out = [];
    const visit = (path) => {
        if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory()) {
            out.push(path);
            return;
        }
        for (const entry of (0,external_node_fs_.readdirSync)(path).sort()) {
            const full = (0,external_node_path_.join)(path, entry);
            if ((0,external_node_fs_.statSync)(full).isDirectory())
                visit(full);
            else if (entry.endsWith('.json'))
                out.push(full);
        }
    };
    paths.forEach(visit);
    return out;
}
const localReportFiles = {
    write(path, text) {
        if (typeof text === 'string')
            return (0,external_node_fs_.writeFileSync)(path, text);
        const fd = (0,external_node_fs_.openSync)(path, 'w');
        try {
            for (const piece of text)
                (0,external_node_fs_.writeSync)(fd, piece);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    },
    read: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
    expand: reportFiles,
};

// EXTERNAL MODULE: ./src/core/argo/sourceParameters.ts
var sourceParameters = __webpack_require__(5308);
// EXTERNAL MODULE: ./src/core/argo/sourceType.ts
var sourceType = __webpack_require__(7312);
// EXTERNAL MODULE: ./src/core/render/unitInputs.ts
var unitInputs = __webpack_require__(345);
// EXTERNAL MODULE: ./src/edges/gitRun.ts
var gitRun = __webpack_require__(2525);
;// CONCATENATED MODULE: ./src/edges/trees.ts
// File trees from a folder on disk and from a git revision (read with git, no checkout).














const SKIP = new Set(['.git', 'node_modules']);
/** A path with a SKIP folder in it: one test per path (git lists every file of a large tree). */
const SKIPPED_FOLDER = new RegExp(`(^|/)(${[...SKIP].map((s) => s.replace(/\./g, '\\.')).join('|')})(/|$)`);
/**
 * Fills `tree` with every file below `dir` (hidden folders included, but not .git or node_modules), in
 * path order, links kept as links, a file over `limit` as too large and any other as `file` makes it.
 */
function walkFolder(dir, limit, tree, file) {
    // `under`: the folder's path in the tree ('' at the top), so a path is joined, not worked out
    const visit = (folder, under) => {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (SKIP.has(entry.name))
                continue;
            const full = (0,external_node_path_.join)(folder, entry.name);
            const path = under === '' ? entry.name : `${under}/${entry.name}`;
            if (entry.isSymbolicLink())
                tree.set(path, { link: (0,external_node_fs_.readlinkSync)(full) });
            else if (entry.isDirectory())
                visit(full, path);
            else if (entry.isFile()) {
                const size = (0,external_node_fs_.lstatSync)(full).size;
                tree.set(path, size > limit ? { tooLarge: { size, limit } } : file(full));
            }
        }
    };
    visit(dir, '');
}
/** Every file below `dir` (hidden folders included, but not .git), links kept as links. */
function diskTree(dir, limit = fileTree/* MAX_FILE_BYTES */.gZ) {
    const tree = new Map();
    walkFolder(dir, limit, tree, (full) => ({ text: (0,manifestText/* decodeRepositoryText */.E1)((0,external_node_fs_.readFileSync)(full)) }));
    return tree;
}
/**
 * Files every discovery reads whatever they hold: kustomizations, charts and Argo CD's source parameter
 * files (a unit's inputs are worked out from them for every app). Read with the searched files in one
 * batch rather than on first use.
 */
const READ_EARLY = new Set([...sourceType/* KUSTOMIZATION_FILES */.Ct, 'Chart.yaml', 'requirements.yaml']);
const readEarly = (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return READ_EARLY.has(name) || (0,sourceParameters/* isParameterFile */.GB)(path);
};
const listTreeArgs = (revision) => [
    'ls-tree',
    '-r',
    '-z',
    '-l',
    '--full-tree',
    '--end-of-options',
    revision,
];
/**
 * The entries of `git ls-tree -r -z -l`: `<mode> <type> <object> <size>\t<path>\0` each, the size padded
 * with spaces ('-' for a submodule). Read in place with indexOf, not split: 56,000 entries at 10,000 apps.
 */
function listTree(output) {
    const listing = output.toString('utf8');
    const entries = [];
    for (let start = 0; start < listing.length;) {
        const end = listing.indexOf('\0', start);
        const tab = listing.indexOf('\t', start);
        const typeAt = listing.indexOf(' ', start) + 1;
        const shaAt = listing.indexOf(' ', typeAt) + 1;
        const shaEnd = listing.indexOf(' ', shaAt);
        // (the modes of files and links are one string each, not one per entry)
        const mode = COMMON_MODES.find((m) => listing.startsWith(m, start) && typeAt - 1 === start + m.length) ??
            listing.slice(start, typeAt - 1);
        const path = listing.slice(tab + 1, end);
        entries.push({
            mode,
            sha: listing.slice(shaAt, shaEnd),
            path,
            size: sizeAt(listing, shaEnd, tab),
            listed: listed(path, mode),
        });
        start = end + 1;
    }
    return entries;
}
const COMMON_MODES = ['100644', '100755', '120000'];
/** The size field of ls-tree -l between `from` and `to`: digits after spaces ('-' for a submodule: NaN). */
function sizeAt(listing, from, to) {
    let size = 0;
    let digits = 0;
    for (let i = from; i < to; i++) {
        const c = listing.charCodeAt(i);
        if (c === 32 && digits === 0)
            continue;
        if (c < 48 || c > 57)
            return Number(listing.slice(from, to));
        size = size * 10 + (c - 48);
        digits++;
    }
    return digits === 0 || digits > 15 ? Number(listing.slice(from, to)) : size;
}
/**
 * The tree of a commit in the git repository at `repoDir`: one ls-tree, one git grep for the strings the
 * core scans every file for (SEARCHED_STRINGS), one cat-file for the files that hold them and those
 * every discovery reads; the other files are read when first used (gitBlobs.ts). With `scanned` (what
 * the kept index of this very tree knows of its files: treeIndex.ts), git neither lists nor greps the
 * tree, and only the files every preview reads (CRDs) are read up front.
 */
function gitTree(repoDir, revision, limit = fileTree/* MAX_FILE_BYTES */.gZ, scanned, refused, 
/** The environment git runs in (another repository's cache: otherRepositories.ts). */
env) {
    const git = (0,gitRun/* gitIn */.uM)(repoDir, env);
    const lazy = new BlobReader(git, env ? undefined : (0,external_node_path_.resolve)(repoDir));
    const indexed = scanned && treeOfIndex(git, lazy, revision, limit, scanned, refused);
    if (indexed)
        return indexed;
    // the listing and the search, side by side
    const runs = (0,gitRun/* gitAtOnce */.pZ)(repoDir, [listTreeArgs(revision), searchedGrepArgs(revision)], env);
    const listRun = runs[0];
    if (listRun.status !== 0)
        throw new Error(`Command failed: git ${listTreeArgs(revision).join(' ')}\n${listRun.stderr}`);
    return wholeTree(git, lazy, revision, listTree(listRun.out), runs[1], limit);
}
/**
 * gitTree, with git's reads overlapped where a run can wait: the search (git grep, the longest of them)
 * runs in the background while the tree is listed and the files every discovery reads are read, so
 * only what the search found is read after it. The same tree, in the same order.
 */
async function gitTreeOverlapped(repoDir, revision, limit = fileTree/* MAX_FILE_BYTES */.gZ, scanned, refused) {
    const git = (0,gitRun/* gitIn */.uM)(repoDir);
    const lazy = new BlobReader(git, (0,external_node_path_.resolve)(repoDir));
    const indexed = scanned && treeOfIndex(git, lazy, revision, limit, scanned, refused);
    if (indexed)
        return indexed;
    const search = gitInBackground(repoDir, searchedGrepArgs(revision));
    const entries = listTree(git(listTreeArgs(revision)));
    // read whatever the search finds: links, and the files every discovery reads
    const early = entries.filter((e) => (e.listed ?? listed(e.path, e.mode)) &&
        (e.size ?? Infinity) <= limit &&
        (e.mode === '120000' || readEarly(e.path)));
    const read = new Map();
    catFile(git, early.map((e) => e.sha), limit).forEach((blob, i) => read.set(early[i].sha, blob));
    return wholeTree(git, lazy, revision, entries, await search, limit, read);
}
/** A tree laid out from the kept index of this very tree (see gitTree); undefined when git's listing differs. */
function treeOfIndex(git, lazy, revision, limit, scanned, refused) {
    const listing = scanned.listing;
    if (!listing)
        return undefined;
    // git's listing of the tree is held against what the index says of it first: an index whose listing
    // differs (a file given another blob id, one left out or added) is not used, and the tree is read whole
    const listed = gitListing(git(edges_git/* TREE_ASKS */.EJ.listing(revision)), listing.links);
    const mismatch = listingMismatch(git, listed, scanned, limit);
    if (mismatch) {
        refused?.(mismatch);
        return undefined;
    }
    const tree = new Map();
    const lacks = new Map();
    const lacked = (flags) => lacks.get(flags) ?? lacks.set(flags, (0,treeIndex/* lackedStrings */.hk)(flags)).get(flags);
    const large = scanned.tooLarge;
    // laid out in the tree's order from git's listing: git reads only what every preview reads
    const now = [];
    listing.order.forEach((k, i) => {
        const path = listed.paths[k];
        const sha = listed.shas[k];
        const flags = listing.searched[i];
        const size = large.size === 0 ? undefined : large.get(path);
        if (listed.links[k] === 1)
            tree.set(path, { link: listing.links.get(path) });
        else if (size !== undefined)
            tree.set(path, { tooLarge: { size, limit }, blob: sha });
        else if (!(0,treeIndex/* readByEveryPreview */.XJ)(flags))
            tree.set(path, lazy.entry(sha, lacked(flags)));
        else {
            tree.set(path, { blob: sha });
            now.push({ mode: '100644', sha, path });
        }
    });
    // (read into the places they were set at: the tree keeps its order)
    readBlobs(git, now, tree, limit);
    return tree;
}
/**
 * The tree of a listing and git grep's answer: the files that hold a searched string, links and those
 * every discovery reads are read at once (`read`: those read already, by blob id), the rest on first use.
 */
function wholeTree(git, lazy, revision, entries, search, limit, read) {
    const tree = new Map();
    const holding = searchedFiles(revision, search);
    // without git grep's answer (it failed), every file is read at once
    readBlobs(git, entries, tree, limit, (blob) => !holding || blob.mode === '120000' || holding.has(blob.path) || readEarly(blob.path)
        ? undefined
        : lazy.entry(blob.sha), read);
    return tree;
}
/**
 * One git run in the background (its output written to a file, as gitIn's): what it printed and how it
 * exited once it is done. It never rejects: a run that could not start has no status.
 */
function gitInBackground(repoDir, args) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-git-'));
    const outPath = (0,external_node_path_.join)(folder, 'out');
    const outFd = (0,external_node_fs_.openSync)(outPath, 'w', 0o600);
    return new Promise((resolve) => {
        const stderr = [];
        let settled = false;
        const done = (status) => {
            if (settled)
                return;
            settled = true;
            const out = status === null ? Buffer.alloc(0) : (0,external_node_fs_.readFileSync)(outPath);
            (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
            resolve({ status, out, stderr: Buffer.concat(stderr).toString('utf8').trim() });
        };
        try {
            const child = (0,external_node_child_process_.spawn)('git', args, { cwd: repoDir, stdio: ['ignore', outFd, 'pipe'] });
            child.stderr?.on('data', (chunk) => stderr.push(chunk));
            child.on('error', () => done(null));
            child.on('close', (code) => done(code));
        }
        catch {
            done(null);
        }
        finally {
            (0,external_node_fs_.closeSync)(outFd);
        }
    });
}
/** Whether a path of `git ls-tree` is one a tree holds (readBlobs' choice): normalised, outside SKIP, a file or link. */
const listed = (path, mode) => (0,fileTree/* resolveInTree */.O4)('', path) === path &&
    !SKIPPED_FOLDER.test(path) &&
    (mode === '100644' || mode === '100755' || mode === '120000');
/** git's id of a blob holding `text`: a link's id is that of its target. */
const blobIdOf = (text) => {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};
/**
 * The entries of `git ls-tree -r -z` (`<mode> <type> <object>\t<path>\0` each) a tree holds. Read in
 * place with indexOf: a file's line of the listing is a slice of git's.
 */
function gitListing(output, targets) {
    const out = output.toString('utf8');
    const paths = [];
    const shas = [];
    const links = [];
    const lines = [];
    let wrongLink;
    for (let start = 0; start < out.length;) {
        const end = out.indexOf('\0', start);
        const tab = out.indexOf('\t', start);
        const shaAt = out.lastIndexOf(' ', tab) + 1;
        const link = out.startsWith('120000 ', start);
        const file = !link && (out.startsWith('100644 ', start) || out.startsWith('100755 ', start));
        const path = out.slice(tab + 1, end);
        start = end + 1;
        if ((!file && !link) || !listed(path, link ? '120000' : '100644'))
            continue;
        const sha = out.slice(shaAt, tab);
        paths.push(path);
        shas.push(sha);
        links.push(link ? 1 : 0);
        if (!link)
            lines.push('f ', out.slice(shaAt, start));
        else {
            const target = targets.get(path);
            if (target === undefined || blobIdOf(target) !== sha)
                wrongLink ??= path;
            lines.push((0,treeIndex/* listingLine */.Z2)(path, true, target ?? ''));
        }
    }
    const text = Buffer.from(lines.join(''), 'utf8');
    return {
        paths,
        shas,
        links: Uint8Array.from(links),
        text,
        ...(wrongLink !== undefined && { wrongLink }),
    };
}
/**
 * Where a kept index's listing of a revision's tree differs from git's (`git ls-tree -r`, without sizes:
 * the paths, each file's blob id, each link's target by its id), and the sizes of the files it says are
 * over the limit (`cat-file --batch-check`); undefined when they agree. Blob ids are git's hashes of the
 * files' bytes: a listing that agrees lays out exactly the revision's files.
 */
function listingMismatch(git, listed, scanned, limit) {
    const listing = scanned.listing;
    const differs = (path) => `what it lists does not match git's listing of the tree at ${JSON.stringify(path)}`;
    if (listed.wrongLink !== undefined)
        return differs(listed.wrongLink);
    const kept = Buffer.from(listing.text.buffer, listing.text.byteOffset, listing.text.byteLength);
    if (!kept.equals(listed.text)) {
        // the first line that differs (the lines before it are the same in both): the path one of them
        // lacks, the lesser of the two in git's order, or the path both give another blob id or target
        let at = 0;
        while (at < kept.length && kept[at] === listed.text[at])
            at++;
        const from = at === 0 ? 0 : kept.lastIndexOf(0, at - 1) + 1;
        const pathIn = (text) => {
            if (from >= text.length)
                return undefined;
            const end = text.indexOf(0, from);
            const line = text.toString('utf8', from, end === -1 ? text.length : end);
            return line.slice(line.indexOf('\t') + 1);
        };
        const ours = pathIn(listed.text);
        const its = pathIn(kept);
        return differs((ours === undefined ? its : its === undefined || ours <= its ? ours : its) ?? '');
    }
    // each of git's paths once in the tree's order (a listing that agrees holds as many)
    const count = listed.paths.length;
    const seen = new Uint8Array(count);
    if (listing.order.length !== count || listing.searched.length !== count)
        return differs(listed.paths[0] ?? '');
    for (const k of listing.order) {
        if (k >= count || seen[k] === 1)
            return differs(listed.paths[Math.min(k, count - 1)] ?? '');
        seen[k] = 1;
    }
    if (scanned.tooLarge.size === 0)
        return undefined;
    const blobOf = new Map();
    listed.paths.forEach((path, k) => {
        if (listed.links[k] === 0 && scanned.tooLarge.has(path))
            blobOf.set(path, listed.shas[k]);
    });
    const large = [...scanned.tooLarge].filter(([path]) => !listing.links.has(path));
    if (large.length === 0)
        return undefined;
    const sizes = git(['cat-file', '--batch-check'], large.map(([path]) => blobOf.get(path) ?? '').join('\n') + '\n')
        .toString('utf8')
        .split('\n');
    const wrong = large.find(([, size], k) => size <= limit || sizes[k]?.split(' ')[2] !== String(size));
    return wrong && differs(wrong[0]);
}
/**
 * Reads the blobs of `entries` into `tree` with one `cat-file --batch`, but for those `later` gives an
 * entry to read on first use. A crafted tree can hold `..` or `.git` entries: only normalised paths
 * inside the repository count; files over the limit are marked.
 */
function readBlobs(git, entries, tree, limit, later = () => undefined, 
/** Blobs read already, by id (gitTreeOverlapped). */
read) {
    const now = [];
    for (const e of entries) {
        if (!(e.listed ?? listed(e.path, e.mode)))
            continue;
        if (e.size !== undefined && e.size > limit) {
            tree.set(e.path, { tooLarge: { size: e.size, limit }, blob: e.sha });
            continue;
        }
        const deferred = e.size === undefined ? undefined : later(e);
        if (deferred)
            tree.set(e.path, deferred);
        else
            now.push(e);
    }
    if (now.length === 0)
        return;
    const unread = read ? now.filter((b) => !read.has(b.sha)) : now;
    const blobs = catFile(git, unread.map((b) => b.sha), limit);
    let next = 0;
    for (const blob of now) {
        // (catFile answers for every blob asked, or throws)
        const got = read?.get(blob.sha) ?? blobs[next++];
        if (!got)
            continue;
        const { size, text } = got;
        if (text === undefined)
            tree.set(blob.path, { tooLarge: { size, limit }, blob: blob.sha });
        else
            tree.set(blob.path, blob.mode === '120000' ? { link: text } : { text, blob: blob.sha });
    }
}
/**
 * The tree of `revision` made from the tree of `from` (another commit of the same repository) and what
 * `git diff-tree` says changed between them: only the changed blobs are read, so a pull request's head
 * costs what the pull request changed, not what the repository holds.
 */
function gitTreeFrom(repoDir, from, revision, limit = fileTree/* MAX_FILE_BYTES */.gZ) {
    const git = (0,gitRun/* gitIn */.uM)(repoDir);
    // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0, renames and copies as delete + add
    const fields = git(edges_git/* TREE_ASKS */.EJ.changes(from.sha, revision)).toString('utf8').split('\0');
    const touched = [];
    const changed = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = fields[i];
        const path = fields[i + 1];
        if (!meta.startsWith(':'))
            continue;
        const [, mode, , sha, status] = meta.slice(1).split(' ');
        touched.push(path);
        if (status !== 'D')
            changed.push({ mode, sha, path });
    }
    const fresh = new Map();
    readBlobs(git, changed, fresh, limit);
    return (0,unitInputs/* treeWithChanges */.ap)(from.tree, touched, fresh);
}
/** A commit read whole, or as `from` plus what changed since it. */
function readCommit(dir, sha, limit, from, scanned, refused) {
    return from ? gitTreeFrom(dir, from, sha, limit) : gitTree(dir, sha, limit, scanned, refused);
}
/** The id of a commit's root tree (two commits with one tree hold the same files). */
function treeIdOf(dir, sha) {
    return (0,gitRun/* gitIn */.uM)(dir)(edges_git/* TREE_ASKS */.EJ.tree(sha)).toString('utf8').trim();
}
/** The TreeReader of a checkout on this machine: files on disk, commits read with git. */
const localTrees = {
    folder: diskTree,
    commit(dir, revision, maxFileBytes, options = {}) {
        const sha = (0,edges_git/* resolveRevision */.eZ)(dir, revision) ?? (options.fetch ? (0,edges_git/* fetchCommit */.iH)(dir, revision) : undefined);
        if (sha === undefined)
            return undefined;
        // the tree id is looked up only for a caller that keeps indexes by it
        const treeId = options.scanned && treeIdOf(dir, sha);
        const scanned = treeId ? options.scanned?.(treeId) : undefined;
        const tree = readCommit(dir, sha, maxFileBytes, options.from, scanned, options.refused);
        return { sha, ...(treeId && { treeId }), tree };
    },
    async commitOverlapped(dir, revision, maxFileBytes, options = {}) {
        if (options.from)
            return this.commit(dir, revision, maxFileBytes, options);
        const sha = (0,edges_git/* resolveRevision */.eZ)(dir, revision) ?? (options.fetch ? (0,edges_git/* fetchCommit */.iH)(dir, revision) : undefined);
        if (sha === undefined)
            return undefined;
        const treeId = options.scanned && treeIdOf(dir, sha);
        const scanned = treeId ? options.scanned?.(treeId) : undefined;
        const tree = await gitTreeOverlapped(dir, sha, maxFileBytes, scanned, options.refused);
        return { sha, ...(treeId && { treeId }), tree };
    },
    checkout(dir, maxFileBytes, from) {
        const head = (0,edges_git/* cleanHead */.YP)(dir);
        if (head === undefined)
            return { tree: diskTree(dir, maxFileBytes) };
        return { tree: readCommit(dir, head, maxFileBytes, from), commit: head };
    },
    readAhead: readAhead,
    originUrl: edges_git/* originUrl */.sH,
    defaultBase: edges_git/* mergeBaseWithDefault */.TM,
    baseBranches: edges_git/* baseBranches */._,
    kind(path) {
        const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        return !info ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'folder' : undefined;
    },
    fileSize: (path) => (0,external_node_fs_.statSync)(path).size,
    fileText: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
};

;// CONCATENATED MODULE: ./src/edges/folderTree.ts
// A folder on disk as a tree whose files are read when used, for `slipway validate DIR`: the same paths,
// links and size limit as diskTree (trees.ts), but the texts are not all held at once. A repository of
// 200,000 objects is ~85 MB of text; validation needs one file at a time (discovery, then each app's
// render), so memory stays flat as the repository grows. The last few texts read are kept (a reader often
// asks for one file a few times in a row); an older one is read again from disk when asked for again \u2014
// a file changed on disk during the run may then be read as it is now.




/**
 * How much text the tree keeps of the files read last (characters): a few files' worth, so that the
 * readers of one file in a row (discovery's look at a folder, then the render of its files, a finding's
 * line) read it once. Not more: a kept text outlives the young generation's collections that follow and
 * is moved to the old generation, where it stays until a full collection. Keeping 4 MB of the latest
 * texts moved nearly every text of a large repository there \u2014 85 MB of garbage at 200,000 objects, and
 * ~70 MB more peak memory \u2014 for a second read that costs a few microseconds a file.
 */
const KEPT_TEXT = 64 * 1024;
/** The files read last, newest last, and how much text they hold. */
class RecentTexts {
    limit;
    texts = new Map();
    size = 0;
    /** Reads from disk so far (for tests and benchmarks). */
    reads = 0;
    constructor(limit) {
        this.limit = limit;
    }
    get(file) {
        const text = this.texts.get(file);
        if (text === undefined)
            return undefined;
        this.texts.delete(file);
        this.texts.set(file, text);
        return text;
    }
    /** Whether a text this long is kept without putting out another. */
    hasRoom(length) {
        return this.size + length <= this.limit;
    }
    add(file, text) {
        this.reads++;
        this.texts.set(file, text);
        this.size += text.length;
        for (const [old, oldText] of this.texts) {
            if (this.size <= this.limit || old === file)
                break;
            this.texts.delete(old);
            this.size -= oldText.length;
        }
    }
}
/** The buffer files are read into, reused: reading 2,000 files does not leave 2,000 buffers to collect. */
let scratch = Buffer.allocUnsafe(64 * 1024);
/** Files up to this size are read into `scratch`; a larger one into a buffer of its own. */
const SCRATCH_MAX = 1024 * 1024;
/** A file's bytes, valid until the next read. */
function readBytes(full) {
    const fd = (0,external_node_fs_.openSync)(full, 'r');
    try {
        let buffer = scratch;
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                const bigger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
                if (buffer.length <= SCRATCH_MAX)
                    scratch = buffer;
            }
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                return buffer.subarray(0, length);
            length += read;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A UTF-16 file (byte order mark): its bytes do not hold an ASCII string's bytes. */
const utf16 = (bytes) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
/** SEARCHED_STRINGS (ASCII) as bytes, encoded once rather than at each search of a file's bytes. */
const SEARCHED_BYTES = fileTree/* SEARCHED_STRINGS */.h_.map((s) => Buffer.from(s, 'latin1'));
/** The lacked strings as sets, one per combination: the files of a large folder share a handful. */
const LACKED = [];
/** The set of SEARCHED_STRINGS for which `holds(i)` is false. */
function lackedStrings(holds) {
    let flags = 0;
    for (let i = 0; i < fileTree/* SEARCHED_STRINGS */.h_.length; i++)
        if (!holds(i))
            flags |= 1 << i;
    return (LACKED[flags] ??= new Set(fileTree/* SEARCHED_STRINGS */.h_.filter((_, i) => (flags & (1 << i)) !== 0)));
}
/** A regular file of the folder, read from disk on use; what it lacks of SEARCHED_STRINGS once read. */
class DiskFile {
    full;
    recent;
    #lacks;
    constructor(full, recent) {
        this.full = full;
        this.recent = recent;
    }
    get text() {
        const kept = this.recent.get(this);
        if (kept !== undefined)
            return kept;
        return this.decoded(readBytes(this.full));
    }
    decoded(bytes) {
        const text = (0,manifestText/* decodeRepositoryText */.E1)(bytes);
        this.#lacks ??= lackedStrings((i) => text.includes(fileTree/* SEARCHED_STRINGS */.h_[i]));
        this.recent.add(this, text);
        return text;
    }
    /**
     * What the file lacks of SEARCHED_STRINGS, its bytes read to know it when not yet known: a whole-tree scan
     * for one of them (discovery) then decodes only the files that hold one \u2014 and those the kept texts have
     * room for. SEARCHED_STRINGS are ASCII: in UTF-8 their bytes are found exactly where they are written.
     */
    get lacks() {
        if (this.#lacks !== undefined)
            return this.#lacks;
        const bytes = readBytes(this.full);
        const lacks = utf16(bytes)
            ? undefined
            : lackedStrings((i) => bytes.includes(SEARCHED_BYTES[i]));
        if (lacks === undefined || lacks.size < fileTree/* SEARCHED_STRINGS */.h_.length || this.recent.hasRoom(bytes.length))
            this.decoded(bytes);
        else {
            this.recent.reads++;
            this.#lacks = lacks;
        }
        return this.#lacks;
    }
}
/** A folder's files, and how many times a text was read from the disk (tests hold the reads). */
class FolderFiles extends Map {
    recent;
    constructor(recent) {
        super();
        this.recent = recent;
    }
    get reads() {
        return this.recent.reads;
    }
}
/** Every file below `dir` (hidden folders included, but not .git), links kept as links; texts read on use. */
function folderTree(dir, limit = fileTree/* MAX_FILE_BYTES */.gZ, kept = KEPT_TEXT) {
    const recent = new RecentTexts(kept);
    const tree = new FolderFiles(recent);
    walkFolder(dir, limit, tree, (full) => new DiskFile(full, recent));
    return tree;
}

// EXTERNAL MODULE: ./src/core/argo/otherRepository.ts
var otherRepository = __webpack_require__(3596);
;// CONCATENATED MODULE: ./src/edges/otherRepositories.ts
// Other Git repositories an Application's sources name, fetched read-only: one bare cache repository per
// URL (kept across runs in a cache folder), one shallow fetch of the revision asked for, and the commit's
// files read with git as this repository's revisions are (trees.ts). git runs in an environment built
// here, not the runner's: no system or global configuration (no credential helper, no hook, no proxy
// command of the runner's), no prompt, only the protocols allowed, a time and size limit. A host's token
// reaches git as an `http.<url>.extraHeader` through GIT_CONFIG_COUNT/KEY/VALUE: never on a command line,
// never in a file, never in a message (docs/other-repositories.md).







const DEFAULT_TIMEOUT_SECONDS = 120;
const DEFAULT_MAX_MB = 200;
/** How often a fetch's growth is measured against the size limit. */
const SIZE_POLL_MS = 200;
/** A whole number from 1 to `max` in an environment variable, its default when unset, else why not. */
function wholeNumber(env, name, fallback, max) {
    const text = env[name]?.trim();
    if (!text)
        return fallback;
    return /^\d{1,7}$/.test(text) && Number(text) >= 1 && Number(text) <= max
        ? Number(text)
        : `${name} must be a whole number from 1 to ${max}; got "${text}"`;
}
/** Where the bare cache repositories are: SLIPWAY_REPOSITORY_CACHE, else ~/.cache/slipway/repositories. */
function repositoryCache(env) {
    return (env.SLIPWAY_REPOSITORY_CACHE?.trim() ||
        (0,external_node_path_.join)(env.XDG_CACHE_HOME?.trim() || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'slipway', 'repositories'));
}
/** The runner's variables git may use: proxies and certificate files, nothing else. */
const PASSED = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy',
    'NO_PROXY',
    'no_proxy',
    'GIT_SSL_CAINFO',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
];
/**
 * `url.<base>.insteadOf` entries the runner's environment gives through GIT_CONFIG_COUNT/KEY/VALUE (a
 * mirror): the one piece of the runner's git configuration kept, as the runner (not a pull request) sets it.
 */
function insteadOfEntries(env) {
    const count = Number(env.GIT_CONFIG_COUNT);
    if (!Number.isSafeInteger(count) || count <= 0)
        return [];
    const out = [];
    for (let i = 0; i < Math.min(count, 100); i++) {
        const key = env[`GIT_CONFIG_KEY_${i}`];
        const value = env[`GIT_CONFIG_VALUE_${i}`];
        if (key && value !== undefined && /^url\..+\.insteadof$/i.test(key))
            out.push([key, value]);
    }
    return out;
}
/** `user:password` as written, else the token as GitHub's `x-access-token` password. */
const basicAuth = (token) => Buffer.from(token.includes(':') ? token : `x-access-token:${token}`).toString('base64');
/** The environment git runs in for one host: its configuration entirely in GIT_CONFIG_*. */
function gitEnvironment(env, home, protocols, header) {
    const config = [
        ['core.hooksPath', '/dev/null'],
        ['core.fsmonitor', 'false'],
        ['credential.helper', ''],
        ['http.followRedirects', 'false'],
        ['gc.auto', '0'],
        ['maintenance.auto', 'false'],
        ['fetch.recurseSubmodules', 'false'],
        ['protocol.version', '2'],
        ...insteadOfEntries(env),
    ];
    // only to that host over https: never to a mirror an insteadOf leads to, nor over plain http
    if (header)
        config.push([
            `http.https://${header.host}/.extraHeader`,
            `Authorization: Basic ${basicAuth(header.token)}`,
        ]);
    const out = {
        PATH: env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        LANG: 'C',
        LC_ALL: 'C',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: 'true',
        SSH_ASKPASS: 'true',
        GCM_INTERACTIVE: 'never',
        GIT_ALLOW_PROTOCOL: protocols.join(':'),
        GIT_CONFIG_COUNT: String(config.length),
    };
    config.forEach(([key, value], i) => {
        out[`GIT_CONFIG_KEY_${i}`] = key;
        out[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    for (const name of PASSED)
        if (env[name] !== undefined)
            out[name] = env[name];
    return out;
}
/** Bytes below a folder (what a fetch has written so far). */
function sizeOf(path) {
    let total = 0;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    for (const entry of entries) {
        const full = (0,external_node_path_.join)(path, entry.name);
        if (entry.isDirectory())
            total += sizeOf(full);
        else
            try {
                total += (0,external_node_fs_.statSync)(full).size;
            }
            catch {
                // gone meanwhile (a temporary pack renamed)
            }
    }
    return total;
}
/** git's last `fatal:`/`error:` line (or its last line), with every secret taken out. */
function gitReason(stderr, secrets) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const line = [...lines].reverse().find((l) => /^(fatal|error):/.test(l)) ?? lines.at(-1) ?? 'git failed';
    let text = line.replace(/^(fatal|error):\s*/, '');
    for (const secret of secrets)
        if (secret)
            text = text.split(secret).join('***');
    return text.length > 300 ? `${text.slice(0, 300)}\u2026` : text;
}
/** `git fetch` in `dir`, stopped (its whole process group) past the time limit or the size limit. */
function boundedFetch(dir, args, env, limits) {
    return new Promise((resolve) => {
        const before = sizeOf((0,external_node_path_.join)(dir, 'objects'));
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
        let stderr = '';
        let stopped;
        const stop = (why) => {
            stopped ??= why;
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        };
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 65536)
                stderr += chunk.toString('utf8');
        });
        const timer = setTimeout(() => stop(`took longer than ${limits.timeoutMs / 1000} s (SLIPWAY_GIT_FETCH_TIMEOUT)`), limits.timeoutMs);
        const poll = setInterval(() => {
            if (sizeOf((0,external_node_path_.join)(dir, 'objects')) - before > limits.maxBytes)
                stop(`larger than ${limits.maxBytes / 2 ** 20} MB (SLIPWAY_GIT_FETCH_MAX_MB)`);
        }, SIZE_POLL_MS);
        const done = (ok) => {
            clearTimeout(timer);
            clearInterval(poll);
            // a fetch quicker than the polling is held to the limit all the same
            if (!stopped && sizeOf((0,external_node_path_.join)(dir, 'objects')) - before > limits.maxBytes)
                stopped = `larger than ${limits.maxBytes / 2 ** 20} MB (SLIPWAY_GIT_FETCH_MAX_MB)`;
            if (stopped) {
                // what the killed fetch left: its locks and half-written packs
                for (const lock of ['shallow.lock', 'FETCH_HEAD.lock', 'packed-refs.lock'])
                    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, lock), { force: true });
                const packs = (0,external_node_path_.join)(dir, 'objects', 'pack');
                for (const name of (0,external_node_fs_.existsSync)(packs) ? (0,external_node_fs_.readdirSync)(packs) : [])
                    if (name.startsWith('tmp_'))
                        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(packs, name), { force: true });
            }
            resolve({ ok: ok && !stopped, stderr, ...(stopped && { stopped }) });
        };
        child.on('error', (error) => {
            stderr += error.message;
            done(false);
        });
        child.on('close', (code) => done(code === 0));
    });
}
/** The configuration a cache repository holds: written afresh before each use (a restored cache's is not trusted). */
const BARE_CONFIG = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n';
/** The other repositories of one run: each URL and revision fetched once, whatever asks for it. */
function otherRepositories(settings) {
    const { env } = settings;
    const cache = repositoryCache(env);
    const protocols = env.SLIPWAY_GIT_PROTOCOLS?.trim()
        ? env.SLIPWAY_GIT_PROTOCOLS.split(/[\s,:]+/)
            .map((p) => p.trim().toLowerCase())
            .filter(Boolean)
        : otherRepository/* DEFAULT_PROTOCOLS */.ao;
    const timeout = wholeNumber(env, 'SLIPWAY_GIT_FETCH_TIMEOUT', DEFAULT_TIMEOUT_SECONDS, 3600);
    const maxMb = wholeNumber(env, 'SLIPWAY_GIT_FETCH_MAX_MB', DEFAULT_MAX_MB, 100_000);
    const off = /^(off|false|0|no)$/i.test(env.SLIPWAY_OTHER_REPOSITORIES?.trim() ?? '');
    // the token input for GitHub's hosts; SLIPWAY_GIT_TOKEN_<HOST> for any host (GitHub's too)
    const serverHost = (() => {
        try {
            return new URL(settings.serverUrl).hostname.toLowerCase();
        }
        catch {
            return 'github.com';
        }
    })();
    const tokenFor = (host) => {
        const own = env[(0,otherRepository/* tokenVariable */.Sj)(host)]?.trim();
        if (own)
            return own;
        if ((host === 'github.com' || host === serverHost) && settings.token)
            return settings.token;
        return undefined;
    };
    const secrets = (token) => (token ? [token, basicAuth(token)] : []);
    const commits = new Map();
    const trees = new Map();
    // one fetch at a time per cache repository (git locks its shallow file and FETCH_HEAD)
    const queues = new Map();
    const serial = (dir, task) => {
        const next = (queues.get(dir) ?? Promise.resolve()).then(task, task);
        queues.set(dir, next.catch(() => undefined));
        return next;
    };
    const fetchCommit = async (repoURL, revision) => {
        if (off)
            return { error: 'fetching other repositories is off (SLIPWAY_OTHER_REPOSITORIES)' };
        if (typeof timeout === 'string')
            return { error: timeout };
        if (typeof maxMb === 'string')
            return { error: maxMb };
        const target = (0,otherRepository/* fetchUrlOf */.xe)(repoURL, protocols);
        if ('refused' in target)
            return { error: target.refused };
        if (!(0,otherRepository/* fetchableRevision */.iR)(revision))
            return {
                error: `revision "${revision}" cannot be fetched: name a branch, a tag, HEAD or a full commit id`,
            };
        const token = tokenFor(target.host);
        const hidden = secrets(token);
        const dir = (0,external_node_path_.join)(cache, (0,external_node_crypto_.createHash)('sha256').update(target.url).digest('hex').slice(0, 32));
        const gitEnv = gitEnvironment(env, cache, protocols, token && target.url.startsWith('https://') ? { host: target.host, token } : undefined);
        return serial(dir, async () => {
            try {
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD')))
                    (0,external_node_child_process_.execFileSync)('git', ['init', '--quiet', '--bare', dir], { env: gitEnv, stdio: 'ignore' });
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config'), BARE_CONFIG);
            }
            catch (error) {
                return { error: `cannot make the cache repository in ${cache}: ${error.message}` };
            }
            const git = (args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'ignore'] })
                .toString('utf8')
                .trim();
            const have = (rev) => {
                try {
                    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
                }
                catch {
                    return undefined;
                }
            };
            // a commit id the cache holds (kept by an earlier fetch) needs no network
            if (/^[0-9a-f]{40}$/i.test(revision)) {
                const kept = have(revision.toLowerCase());
                if (kept)
                    return { sha: kept, dir, env: gitEnv };
            }
            const fetched = await boundedFetch(dir, [
                'fetch',
                '--quiet',
                '--no-tags',
                '--no-recurse-submodules',
                '--depth=1',
                '--end-of-options',
                target.url,
                revision,
            ], gitEnv, { timeoutMs: timeout * 1000, maxBytes: maxMb * 2 ** 20 });
            if (fetched.stopped)
                return { error: fetched.stopped };
            if (!fetched.ok)
                return { error: gitReason(fetched.stderr, hidden) };
            const sha = have('FETCH_HEAD');
            if (!sha)
                return { error: `${revision} is not a commit` };
            try {
                // kept from git's pruning, and found by its id in a later run
                git(['update-ref', `refs/slipway/${sha}`, sha]);
            }
            catch {
                // the commit is read now all the same
            }
            return { sha, dir, env: gitEnv };
        });
    };
    return {
        async tree(url, revision, maxFileBytes) {
            const key = `${url}\n${revision}`;
            let commit = commits.get(key);
            if (!commit)
                commits.set(key, (commit = fetchCommit(url, revision)));
            const found = await commit;
            if ('error' in found)
                return found;
            const treeKey = `${found.dir}\n${found.sha}\n${maxFileBytes}`;
            let tree = trees.get(treeKey);
            if (!tree) {
                try {
                    tree = gitTree(found.dir, found.sha, maxFileBytes, undefined, undefined, found.env);
                }
                catch (error) {
                    return { error: `cannot read ${found.sha.slice(0, 12)}: ${error.message}` };
                }
                trees.set(treeKey, tree);
            }
            return { sha: found.sha, tree };
        },
    };
}

;// CONCATENATED MODULE: ./src/edges/localEdges.ts








/**
 * `footer`: whether the run writes a footer naming the renderers' versions (the action does; the CLI only
 * for `check --format markdown`), so they are asked while the renders run (renderers.ts).
 */
function localEdges({ footer = true } = {}) {
    return {
        renderer: localRendererFor({ footer }),
        // a folder validated whole is read one file at a time (folderTree.ts), not held in memory
        trees: { ...localTrees, folder: folderTree },
        folders: { read: readManifests, write: writeManifests },
        reports: localReportFiles,
        treeIndexes: localTreeIndexes,
        repositories: (github) => otherRepositories({ ...github, env: process.env }),
        renderCache: localRenderCache,
        clock: {
            now: () => Date.now(),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        },
    };
}


/***/ }),

/***/ 6816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GN: () => (/* reexport */ inputs_SettingsError),
  dU: () => (/* reexport */ bump_parseBumpSettings),
  P7: () => (/* reexport */ check_parseCheckSettings),
  fS: () => (/* reexport */ parseValidateSettings)
});

// UNUSED EXPORTS: AUTO_MERGE, COMMANDS, FAIL_ON, IMAGE_TAG_SEVERITY, RENAMED_INPUTS, actionInput, parseBoolean, parseChoice, parseCommand, parseGitHub, parseGlobs, parseKustomizeBuildOptions, parseList, parsePreviewOptions, parseSettings, runContext, withRenamedInputs

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/render/kustomizeBuildOptions.ts
var kustomizeBuildOptions = __webpack_require__(1801);
;// CONCATENATED MODULE: ./src/settings/inputs.ts
// Raw inputs (action inputs, CLI flags turned into a getter, a test's map) and the parsers every
// command's settings share. Nothing here reads the environment by itself: callers pass a getter.


class inputs_SettingsError extends errors/* InputError */.dz {
    name = 'SettingsError';
}
const actionInput = (name) => `Input "${name}"`;
function parseBoolean(get, name, fallback, label = actionInput) {
    const raw = get(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new inputs_SettingsError(`${label(name)} must be true or false, not "${get(name).trim()}".`);
}
/** A list given one item per line, or comma-separated. */
function parseList(get, name) {
    return get(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
function parseChoice(get, name, choices, fallback, label = actionInput) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new inputs_SettingsError(`${label(name)} must be one of ${choices.join(', ')}; got "${raw}".`);
}
function parseGlobs(get, name, label = actionInput) {
    const globs = parseList(get, name);
    for (const glob of globs) {
        if (glob.startsWith('/') || glob.split('/').includes('..')) {
            throw new inputs_SettingsError(`${label(name)}: "${glob}" must be a glob relative to the repository root (no leading "/", no "..").`);
        }
    }
    return globs;
}
/**
 * Extra `kustomize build` flags (Argo CD's kustomize.buildOptions). Plugins, exec functions, another helm
 * command and the load restrictor stay as they are; `--enable-helm` is allowed (vendored charts only).
 */
function parseKustomizeBuildOptions(raw, what) {
    const options = raw.trim().split(/\s+/).filter(Boolean);
    const refused = options.find((o) => !(0,kustomizeBuildOptions/* isAllowedBuildOption */.m)(o));
    if (refused) {
        throw new inputs_SettingsError(`${what}: "${refused}" is not allowed (plugins, exec functions, the helm command and the load restrictor stay as they are; --enable-helm is allowed for vendored charts).`);
    }
    return options;
}
/**
 * Inputs that meant one thing for bump and another for check, each split in two; the old spelling still
 * works (a warning names the new input).
 */
const RENAMED_INPUTS = {
    base: { bump: 'base-branch', check: 'base-revision' },
    paths: { bump: 'file-globs', check: 'unit-globs' },
};
/**
 * A getter that answers a renamed input's new name with the old one's value when only the old one is set,
 * and says so in `deprecations` (the action prints each as a warning).
 */
function withRenamedInputs(get, command, deprecations) {
    const oldName = new Map(Object.entries(RENAMED_INPUTS).map(([old, names]) => [names[command], old]));
    return (name) => {
        const value = get(name);
        const old = oldName.get(name);
        if (value.trim() !== '' || old === undefined)
            return value;
        const before = get(old);
        if (before.trim() !== '')
            deprecations.push(`Input "${old}" is deprecated: for ${command} it is "${name}" now (the old name still works).`);
        return before;
    };
}

// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/core/policy/autoMerge.ts
// The auto-merge settings, apart from the policy file's reader so reading the settings does not load it.
/** How an approved bump merges on its own: not at all, or with one of GitHub's merge methods. */
const AUTO_MERGE = ['off', 'merge', 'squash', 'rebase'];

// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
// EXTERNAL MODULE: ./src/core/revision.ts
var core_revision = __webpack_require__(8206);
;// CONCATENATED MODULE: ./src/settings/github.ts
// Where GitHub is and how to reach it, and the workflow run a command runs in.

/** A whole number of milliseconds from 0 to `max` in an environment variable, else its default. */
function milliseconds(env, name, fallback, max) {
    const value = env[name]?.trim() || String(fallback);
    if (!/^\d{1,5}$/.test(value) || Number(value) > max)
        throw new inputs_SettingsError(`${name} must be milliseconds from 0 to ${max}; got "${value}".`);
    return Number(value);
}
function parseGitHub(get, env) {
    return {
        writeSpacingMs: milliseconds(env, 'SLIPWAY_GITHUB_WRITE_SPACING_MS', 1000, 60_000),
        retrySecondMs: milliseconds(env, 'SLIPWAY_GITHUB_RETRY_SECOND_MS', 1000, 1000),
        token: get('token').trim(),
        apiUrl: (get('github-api-url').trim() || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    };
}
function runContext(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
        ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
        ...(runUrl && { runUrl }),
    };
}

;// CONCATENATED MODULE: ./src/settings/bump.ts
// bump's settings, from the action's inputs or the CLI's flags (with the CLI's names in messages).






/** `repository.default_branch` of the event payload, when the payload is of `owner/name`. */
function eventDefaultBranch(event, owner, repo) {
    const repository = (0,fields/* fieldsOf */.Pf)((0,fields/* fieldsOf */.Pf)(event).repository);
    const name = repository.default_branch;
    return repository.full_name === `${owner}/${repo}` && typeof name === 'string' && (0,core_revision/* isRevision */.o)(name)
        ? name
        : undefined;
}
/**
 * `auto-merge-method`; a method given to `auto-merge` (its old meaning for bump) still works, with a
 * warning. `auto-merge: true` (check's switch) is refused: bump needs the method.
 */
function parseAutoMergeMethod(get, label, deprecations) {
    const method = parseChoice(get, 'auto-merge-method', AUTO_MERGE, 'off', label);
    const old = get('auto-merge').trim();
    if (get('auto-merge-method').trim() !== '' || ['', 'off', 'false'].includes(old))
        return method;
    if (old === 'true')
        throw new inputs_SettingsError(`${label('auto-merge')} is check's switch; bump needs a merge method: set ${label('auto-merge-method')} to merge, squash or rebase.`);
    const legacy = parseChoice(get, 'auto-merge', AUTO_MERGE, 'off', label);
    deprecations.push(`Input "auto-merge" takes true or false (check); for bump the merge method is "auto-merge-method" now (auto-merge: ${legacy} still works).`);
    return legacy;
}
/** Images from `images` (full references, one per line) and from `image` + `tag`/`digest`. */
function parseUpdates(get, label) {
    const refs = parseList(get, 'images');
    const image = get('image').trim();
    const tag = get('tag').trim();
    const digest = get('digest').trim();
    if (image !== '') {
        refs.push(`${image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`);
    }
    else if (tag !== '' || digest !== '') {
        throw new inputs_SettingsError(label === actionInput
            ? 'Inputs "tag" and "digest" need "image": name the image they belong to.'
            : `${label('tag')} and ${label('digest')} need ${label('image')}: name the image they belong to.`);
    }
    if (refs.length === 0)
        throw new inputs_SettingsError(label === actionInput
            ? 'Input "image" (with "tag") or "images" is required for bump.'
            : `${label('image')} (with ${label('tag')}) or ${label('images')} is required for bump.`);
    const updates = refs.map((ref) => {
        try {
            const update = (0,imageRef/* parseImageRef */.Q)(ref);
            if (update.digest !== undefined)
                (0,imageRef/* validateOciDigest */.Oo)(update.digest, ref);
            return update;
        }
        catch (error) {
            throw new inputs_SettingsError(`${label('images')}: ${error.message}.`);
        }
    });
    for (const update of updates) {
        if (update.tag === undefined && update.digest === undefined) {
            throw new inputs_SettingsError(`Image "${update.name}" has no tag or digest: set ${label('tag')} (or ${label('digest')}), or write name:tag, name@digest or name:tag@digest.`);
        }
        if (updates.filter((u) => u.canonical === update.canonical).length > 1) {
            throw new inputs_SettingsError(`Image "${update.name}" is given twice; give each image once.`);
        }
    }
    return updates;
}
function parseRepository(value, name, label = actionInput) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value.trim());
    if (!match)
        throw new inputs_SettingsError(`${label(name)} must be owner/name; got "${value}".`);
    return { owner: match[1], repo: match[2] };
}
/**
 * Bump settings. `localDir` is set by the CLI when it edits a folder on disk; otherwise the manifests
 * are read from and written to GitHub (`manifests-repo`, default: the current repository).
 */
function bump_parseBumpSettings(get, env, localDir, label = actionInput, event) {
    const deprecations = [];
    get = withRenamedInputs(get, 'bump', deprecations);
    const updates = parseUpdates(get, label);
    const paths = parseGlobs(get, 'file-globs', label);
    const github = parseGitHub(get, env);
    let source;
    if (localDir !== undefined) {
        source = { kind: 'local', dir: localDir };
    }
    else {
        const named = get('manifests-repo').trim() || env.GITHUB_REPOSITORY || '';
        if (named === '')
            throw new inputs_SettingsError(`${label('manifests-repo')} is required (owner/name) outside GitHub Actions.`);
        const base = get('base-branch').trim();
        if (base !== '' && !(0,core_revision/* isRevision */.o)(base))
            throw new inputs_SettingsError(`${label('base-branch')} must be a branch name or a commit id; got "${base}".`);
        const repository = parseRepository(named, 'manifests-repo', label);
        // the workflow's own repository: its event payload names the default branch, a request saved
        const defaultBranch = base ? undefined : eventDefaultBranch(event, repository.owner, repository.repo);
        source = {
            kind: 'github',
            ...repository,
            ...(base && { base }),
            ...(defaultBranch && { defaultBranch }),
        };
        if (github.token === '') {
            throw new inputs_SettingsError(`${label('token')} is empty: pass a token that can write to the manifests repository.`);
        }
    }
    const environment = get('environment').trim();
    if (environment !== '' && !/^[\w.-]+$/.test(environment)) {
        throw new inputs_SettingsError(`${label('environment')} may hold letters, digits, ".", "_" and "-" only; got "${environment}".`);
    }
    const branchPrefix = get('branch-prefix').trim() || 'slipway';
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branchPrefix)) {
        throw new inputs_SettingsError(`${label('branch-prefix')} must be a valid branch name prefix; got "${branchPrefix}".`);
    }
    return {
        command: 'bump',
        updates,
        source,
        paths,
        allowDowngrade: parseBoolean(get, 'allow-downgrade', false, label),
        forceDowngrade: label === actionInput ? 'allow-downgrade: true' : label('allow-downgrade'),
        dryRun: parseBoolean(get, 'dry-run', false, label),
        github,
        pullRequest: parseBoolean(get, 'pull-request', true, label),
        branchPrefix,
        ...(environment && { environment }),
        commitMessage: get('commit-message').trim() || 'chore(deploy): bump {image} to {tag}',
        labels: parseList(get, 'labels'),
        reviewers: parseList(get, 'reviewers'),
        teamReviewers: parseList(get, 'team-reviewers'),
        assignees: parseList(get, 'assignees'),
        draft: parseBoolean(get, 'draft', false, label),
        autoMerge: parseAutoMergeMethod(get, label, deprecations),
        context: runContext(env),
        deprecations,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/diff/shard.ts
var diff_shard = __webpack_require__(5043);
// EXTERNAL MODULE: ./src/core/report/pullRequestFindings.ts
var pullRequestFindings = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/core/validate/apiVersions.ts
var apiVersions = __webpack_require__(3647);
// EXTERNAL MODULE: ./src/core/argo/selector.ts
var argo_selector = __webpack_require__(1915);
// EXTERNAL MODULE: ./src/core/diff/ignoreResources.ts
var diff_ignoreResources = __webpack_require__(7348);
// EXTERNAL MODULE: ./src/core/diff/ignoreLines.ts
var diff_ignoreLines = __webpack_require__(3754);
// EXTERNAL MODULE: ./src/core/argo/clusters.ts
var clusters = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/argo/applicationsRepository.ts
var applicationsRepository = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/core/argo/otherRepository.ts
var otherRepository = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
;// CONCATENATED MODULE: ./src/settings/preview.ts
// The knobs of rendering and validating, one parser for every command that renders: the action's check,
// and the CLI's diff, check and validate (flags become inputs of the same names: --kubernetes-version is
// the input kubernetes-version).










const IMAGE_TAG_SEVERITY = ['error', 'warning', 'notice', 'off'];
/** `applications-repository`, `applications-revision` and `applications-path`, checked. */
function parseApplicationsRepository(get, label) {
    const repository = get('applications-repository').trim();
    const revisionText = get('applications-revision').trim();
    const pathText = get('applications-path').trim();
    if (repository === '') {
        const stray = revisionText ? 'applications-revision' : pathText ? 'applications-path' : undefined;
        if (stray)
            throw new inputs_SettingsError(`${label(stray)} is set, but ${label('applications-repository')} is not: name the repository holding the Applications.`);
        return undefined;
    }
    const problem = (0,applicationsRepository/* applicationsRepositoryProblem */.Z4)(repository);
    if (problem)
        throw new inputs_SettingsError(`${label('applications-repository')}: ${problem}; got "${repository}".`);
    const revision = revisionText || 'HEAD';
    if (!(0,otherRepository/* fetchableRevision */.iR)(revision))
        throw new inputs_SettingsError(`${label('applications-revision')} must be a branch, a tag, HEAD or a full commit id; got "${revisionText}".`);
    const path = pathText === '' ? '' : (0,fileTree/* resolveInTree */.O4)('', pathText.replace(/^\/+/, ''));
    if (path === undefined)
        throw new inputs_SettingsError(`${label('applications-path')} is a folder of the applications repository, like argocd/apps; got "${pathText}".`);
    return { repository, revision, path };
}
/** `ownUrls`: the repository's own URLs (the workflow's repository, the checkout's origin). */
function parsePreviewOptions(get, ownUrls = [], label = actionInput) {
    const kubernetesVersion = get('kubernetes-version').trim() || apiVersions/* DEFAULT_KUBERNETES_VERSION */.qQ;
    if (!(0,apiVersions/* isKubernetesVersion */.dh)(kubernetesVersion))
        throw new inputs_SettingsError(`${label('kubernetes-version')} must be a Kubernetes minor version like 1.31; got "${kubernetesVersion}".`);
    const maxFileText = get('max-file-size').trim() || '10';
    if (!/^\d+(\.\d+)?$/.test(maxFileText) || !(Number(maxFileText) > 0))
        throw new inputs_SettingsError(`${label('max-file-size')} must be a size in MiB like 10 or 64; got "${maxFileText}".`);
    const selectorText = get('selector').trim();
    const selector = selectorText === '' ? undefined : (0,argo_selector/* parseSelector */.Pl)(selectorText);
    if (selector && 'error' in selector)
        throw new inputs_SettingsError(`${label('selector')} must be a label selector like team=payments,tier!=batch; ${selector.error}.`);
    const contextText = get('context-lines').trim() || '3';
    if (!/^\d{1,2}$/.test(contextText) || Number(contextText) > 50)
        throw new inputs_SettingsError(`${label('context-lines')} must be a whole number of lines from 0 to 50; got "${contextText}".`);
    const argocdUrl = get('argocd-url').trim().replace(/\/+$/, '');
    if (argocdUrl !== '' && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(argocdUrl))
        throw new inputs_SettingsError(`${label('argocd-url')} must be the Argo CD UI's http(s) URL, like https://argocd.example.com; got "${argocdUrl}".`);
    const ignoreResources = parseList(get, 'ignore-resources').map((text) => {
        const pattern = (0,diff_ignoreResources/* parseResourcePattern */.af)(text);
        if ('error' in pattern)
            throw new inputs_SettingsError(`${label('ignore-resources')}: ${pattern.error}; write one group:kind:name per line, like apps:Deployment:* or :ConfigMap:*-cache.`);
        return pattern;
    });
    // one pattern per line: a comma is part of a regular expression
    const ignoreLines = get('ignore-lines')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    for (const pattern of ignoreLines) {
        const error = (0,diff_ignoreLines/* linePatternError */.jQ)(pattern);
        if (error)
            throw new inputs_SettingsError(`${label('ignore-lines')}: ${error}; write one RE2 pattern per line, like ^\\s*checksum/config: .`);
    }
    const clustersText = get('clusters').trim();
    const clustersProblem = clustersText === '' ? undefined : (0,clusters/* clusterFolderProblem */.mu)(clustersText);
    if (clustersProblem)
        throw new inputs_SettingsError(`${label('clusters')} is a folder of the repository holding Argo CD cluster Secrets, like argocd/clusters; ${clustersProblem}.`);
    const applicationsRepository = parseApplicationsRepository(get, label);
    return {
        ...(applicationsRepository && { applicationsRepository }),
        ...(clustersText && { clustersFolder: (0,clusters/* clusterFolderPath */.MY)(clustersText) }),
        ignoreResources,
        ignoreLines,
        ...(selector && { selector }),
        ...(argocdUrl && { argocdUrl }),
        contextLines: Number(contextText),
        repoUrls: [...ownUrls, ...parseList(get, 'repo-url')],
        kubernetesVersion,
        maxFileBytes: Number(maxFileText) * 1024 * 1024,
        strict: parseBoolean(get, 'strict', false, label),
        requireSchemas: parseBoolean(get, 'require-schemas', false, label),
        crdCatalog: parseBoolean(get, 'crd-catalog', false, label),
        kustomizeBuildOptions: parseKustomizeBuildOptions(get('kustomize-build-options'), label('kustomize-build-options')),
        imageTagSeverity: parseChoice(get, 'image-tag-severity', IMAGE_TAG_SEVERITY, 'warning', label),
        paths: parseGlobs(get, 'unit-globs', label),
        trackRevisions: parseList(get, 'track-revisions'),
        renderCache: parseBoolean(get, 'render-cache', false, label),
        newGitFileGlobbing: parseBoolean(get, 'new-git-file-globbing', false, label),
    };
}
function parseValidateSettings(get, targets, label = actionInput) {
    return { targets, ...parsePreviewOptions(get, [], label) };
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/settings/check.ts
// check's settings (check, check-plan, check-merge), from the action's inputs and the event payload.









/**
 * `auto-merge`: true or false. A merge method (bump's old meaning of the input, now
 * `auto-merge-method`) still reads as true, with a warning: the method comes from the policy file.
 */
function parseAutoMergeSwitch(get, label, deprecations) {
    const value = parseChoice(get, 'auto-merge', ['false', 'true', 'off', 'merge', 'squash', 'rebase'], 'false', label);
    if (['merge', 'squash', 'rebase'].includes(value))
        deprecations.push(`Input "auto-merge" takes true or false for check (the merge method comes from the policy file); "${value}" is read as true.`);
    return !['false', 'off'].includes(value);
}
/**
 * The folder the manifests repository is checked out in: the `path` input (as actions/checkout's), inside
 * GITHUB_WORKSPACE.
 */
function checkoutFolder(workspace, path) {
    if (path === '')
        return workspace;
    if ((0,external_node_path_.isAbsolute)(path) || path.split(/[\\/]/).includes('..'))
        throw new inputs_SettingsError(`Input "path" is the folder inside GITHUB_WORKSPACE the manifests repository is checked out in (as actions/checkout's path); "${path}" is not inside it.`);
    return (0,external_node_path_.join)(workspace, path);
}
/** The pull request of a pull_request / pull_request_target event, with the `base` input overriding its base. */
function pullRequestOf(event, base) {
    const pull = (0,fields/* objectOf */.Xy)((0,fields/* objectOf */.Xy)(event).pull_request);
    const number = typeof pull.number === 'number' ? pull.number : undefined;
    const pullBase = (0,fields/* objectOf */.Xy)(pull.base);
    const baseSha = base || (0,plainText/* plainText */.w)(pullBase.sha, '');
    if (number === undefined || baseSha === '')
        return undefined;
    const head = (0,fields/* objectOf */.Xy)(pull.head);
    const headRepo = (0,fields/* objectOf */.Xy)(head.repo).full_name;
    const baseRepo = (0,fields/* objectOf */.Xy)(pullBase.repo).full_name;
    // a head repository that is gone (`head.repo: null`, a deleted fork) is a fork's
    const fork = head.repo === null ||
        (0,fields/* objectOf */.Xy)(head.repo).fork === true ||
        (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
    return { number, baseSha, fork, ...(typeof head.sha === 'string' && { headSha: head.sha }) };
}
/**
 * The branch the pull request merges into (a push: the branch pushed to, whose pull requests its tree
 * index serves) and the repository's default branch (which `HEAD` means), from the event; undefined
 * without either.
 */
function trackingOf(event, also) {
    const payload = (0,fields/* objectOf */.Xy)(event);
    const pull = (0,fields/* isObjectLike */.Z4)(payload.pull_request) ? payload.pull_request : undefined;
    const ref = pull ? (0,fields/* objectOf */.Xy)(pull.base).ref : payload.ref;
    const branch = (0,plainText/* plainText */.w)(ref, '').replace(/^refs\/heads\//, '');
    if (!pull && (0,plainText/* plainText */.w)(ref, '').startsWith('refs/tags/'))
        return undefined;
    if (branch === '')
        return undefined;
    const repository = (0,fields/* objectOf */.Xy)(payload.repository ?? (0,fields/* objectOf */.Xy)(pull?.base).repo);
    const defaultBranch = (0,plainText/* plainText */.w)(repository.default_branch, '');
    return { branch, ...(defaultBranch && { defaultBranch }), also };
}
/**
 * check's settings from the action's inputs and event, or (with `cli`) from the CLI's flags of the same
 * names: one parser, so an input and its flag mean the same.
 */
function check_parseCheckSettings(get, env, event, cli) {
    const label = cli?.label ?? actionInput;
    const deprecations = [];
    get = withRenamedInputs(get, 'check', deprecations);
    const github = parseGitHub(get, env);
    const own = env.GITHUB_REPOSITORY ? [`${github.serverUrl}/${env.GITHUB_REPOSITORY}`] : [];
    const commentId = get('comment-id').trim() || 'default';
    if (!/^[\w.-]+$/.test(commentId))
        throw new inputs_SettingsError(`${label('comment-id')} may hold letters, digits, ".", "_" and "-" only; got "${commentId}".`);
    const revision = (name) => {
        const value = get(name).trim();
        if (value !== '' && !(0,core_revision/* isRevision */.o)(value))
            throw new inputs_SettingsError(`${label(name)} must be a branch name or a commit id; got "${value}".`);
        return value;
    };
    const base = revision('base-revision');
    const head = cli ? revision('head') : '';
    const shardText = get('shard').trim();
    const shard = shardText === '' ? undefined : (0,diff_shard/* parseShard */.u)(shardText);
    if (shardText !== '' && !shard)
        throw new inputs_SettingsError(`${label('shard')} must be INDEX/COUNT with 1 \u2264 INDEX \u2264 COUNT \u2264 256, like 3/8; got "${shardText}".`);
    const maxShardsText = get('max-shards').trim() || '10';
    const maxShards = Number(maxShardsText);
    if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > 256)
        throw new inputs_SettingsError(`${label('max-shards')} must be a whole number from 1 to 256; got "${maxShardsText}".`);
    // the CLI checks a local checkout: no event, even when it runs inside a workflow
    const pullRequest = cli ? undefined : pullRequestOf(event, base);
    const eventName = cli ? '' : (env.GITHUB_EVENT_NAME ?? '');
    if (!pullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
        // never fall back to a green head-only validation on a pull request whose payload is lost
        throw new inputs_SettingsError(`This is a ${eventName} run, but its event payload (GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH ?? 'unset'}) has no pull request number and base commit; the predicted diff cannot be computed. Run check on the pull_request event as the runner delivers it.`);
    }
    const reportFile = get('report-file').trim();
    const preview = parsePreviewOptions(get, own, label);
    // the action knows the branches from the event; the CLI from --base-branch or its git (runners.ts)
    const tracking = cli ? undefined : trackingOf(event, preview.trackRevisions);
    const baseBranch = cli
        ? get('base-branch')
            .trim()
            .replace(/^refs\/heads\//, '')
        : '';
    return {
        command: 'check',
        workspace: cli ? cli.workspace : checkoutFolder(env.GITHUB_WORKSPACE || '.', get('path').trim()),
        ...(base && { base }),
        ...(head && { head }),
        ...preview,
        ...(tracking && { tracking }),
        ...(baseBranch && { baseBranch }),
        failOn: parseChoice(get, 'fail-on', pullRequestFindings/* FAIL_ON */.d$, 'error', label),
        ...(pullRequest && { pullRequest }),
        ...(env.GITHUB_REPOSITORY?.includes('/') && {
            repository: {
                owner: env.GITHUB_REPOSITORY.split('/')[0],
                repo: env.GITHUB_REPOSITORY.split('/')[1],
            },
        }),
        github,
        render: parseChoice(get, 'render', ['changed', 'all'], 'changed', label),
        commentId,
        autoMerge: parseAutoMergeSwitch(get, label, deprecations),
        // the action writes the report to the runner's temporary folder; the CLI writes one only when asked
        // (a shard always: its partial report is its result)
        ...(reportFile
            ? { reportPath: reportFile }
            : cli
                ? shard && { reportPath: 'slipway-partial.json' }
                : {
                    reportPath: `${(env.RUNNER_TEMP || '.').replace(/\/+$/, '')}/slipway-check-${commentId}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}.json`,
                }),
        ...(shard && { shard }),
        reports: parseList(get, 'reports'),
        maxShards,
        treeIndex: parseBoolean(get, 'tree-index', false, label),
        deprecations,
    };
}

;// CONCATENATED MODULE: ./src/settings.ts
// Raw inputs (action inputs, CLI flags, a test's map) \u2192 one typed settings object per command.
// Nothing here reads the environment by itself: callers pass a getter and the environment.










const COMMANDS = (/* unused pure expression or super */ null && (['bump', 'check', 'check-plan', 'check-merge']));
/** The command to run: the `command` input, else inferred from the event (pull requests \u2192 check). */
function parseCommand(get, env) {
    const raw = get('command').trim();
    if (raw === '') {
        const event = env.GITHUB_EVENT_NAME ?? '';
        return event === 'pull_request' || event === 'pull_request_target' ? 'check' : 'bump';
    }
    if (COMMANDS.includes(raw))
        return raw;
    throw new SettingsError(`Input "command" must be one of ${COMMANDS.join(', ')} (or empty to infer it from the event); got "${raw}".`);
}
/** Settings for whichever command the inputs name (or the event implies). */
function parseSettings(get, env, event) {
    const command = parseCommand(get, env);
    if (command === 'bump')
        return parseBumpSettings(get, env, undefined, undefined, event);
    const settings = parseCheckSettings(get, env, event);
    return command === 'check' ? settings : { ...settings, command };
}


/***/ })

};
