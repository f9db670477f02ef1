export const id = 269;
export const ids = [269];
export const modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ appUnit),
/* harmony export */   z: () => (/* binding */ isApplication)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _repoUrl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5308);
/* harmony import */ var _trackedRevision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1226);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
// One Argo CD Application \u2192 the unit it deploys from this repository, and how (or why it is not previewed).
// Sources from other repositories are listed as not previewed, never dropped silently.





const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asStr = (v) => (typeof v === 'string' ? v : undefined);
const asArr = (v) => (Array.isArray(v) ? v : []);
function isApplication(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'Application');
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
    const path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', raw.replace(/^\/+/, ''));
    const out = { path: path ?? raw };
    if (path === undefined)
        out.invalid = `path "${raw}" leaves the repository`;
    if (source.kustomize)
        out.kustomize = asObj(source.kustomize);
    if (source.helm)
        out.helm = asObj(source.helm);
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
            if (typeof kustomize !== 'object' || Array.isArray(kustomize))
                out.push(`${at}.kustomize must be a map`);
            else if (kustomize.images !== undefined && !isStringList(kustomize.images))
                out.push(`${at}.kustomize.images must be a list of strings (name:tag, name=newName:tag)`);
        }
        const helm = source.helm;
        if (helm !== undefined && helm !== null) {
            if (typeof helm !== 'object' || Array.isArray(helm))
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
    const folder = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', (asStr(source.path) ?? '').replace(/^\/+/, ''));
    if (folder === undefined || asStr(source.chart))
        return { source };
    const merged = (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSourceParameters */ .AQ)(tree, source, folder, instance);
    if (merged.problem)
        problems.push(merged.problem.message);
    else if (merged.merged.length > 0)
        for (const message of malformedApplication({ source: merged.source }))
            problems.push(`after merging ${merged.merged.join(' and ')}: ${message}`);
    return { source: merged.source, parameterFiles: (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceParameterFiles */ .qx)(folder, instance) };
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
            oursByUrl.set(url, (known = repoUrls.some((our) => (0,_repoUrl_js__WEBPACK_IMPORTED_MODULE_2__/* .sameRepo */ .Zj)(our, url))));
        return known;
    };
    // a source of this repository at another revision than the pull request's branch: not its files
    const elsewhere = (source) => ours(source) && !(0,_trackedRevision_js__WEBPACK_IMPORTED_MODULE_3__/* .tracksBranch */ .NO)(source.targetRevision, tracking)
        ? (0,_trackedRevision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionName */ .pd)(source.targetRevision)
        : undefined;
    const instance = (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .instanceName */ .zl)(name, asStr(metadata.namespace));
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
    const refs = new Map(raw.filter((s) => asStr(s.ref)).map((s) => [asStr(s.ref), ours(s)]));
    const refRevisions = new Map(raw.filter((s) => asStr(s.ref) && elsewhere(s)).map((s) => [asStr(s.ref), elsewhere(s)]));
    const sources = [];
    for (const source of raw) {
        const repoURL = asStr(source.repoURL) ?? '';
        const chart = asStr(source.chart);
        const helm = source.helm === undefined ? undefined : asObj(source.helm);
        const valueFiles = asArr(helm?.valueFiles);
        // `$<ref>/path` value files (for in-repo charts and chart sources alike) must come from this repository
        const external = valueFiles.find((f) => typeof f === 'string' && f.startsWith('$') && refs.get(f.slice(1, f.indexOf('/'))) !== true);
        if ((chart || ours(source)) && external) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `value file ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .w)(external)} is not in this repository, not previewed`,
            });
            continue;
        }
        // value files from a ref source at another revision: this source deploys what that revision holds
        const valuesRevision = valueFiles
            .map((f) => typeof f === 'string' && f.startsWith('$') ? refRevisions.get(f.slice(1, f.indexOf('/'))) : undefined)
            .find((rev) => rev !== undefined);
        const otherRevision = chart ? valuesRevision : (elsewhere(source) ?? valuesRevision);
        const helmOptions = helm && {
            ...helm,
            valueFiles: valueFiles.map((f) => typeof f === 'string' && f.startsWith('$') ? `$values/${f.slice(f.indexOf('/') + 1)}` : f),
        };
        if (chart) {
            sources.push({
                path: '',
                chart: {
                    repoURL,
                    name: chart,
                    ...(asStr(source.targetRevision) && { version: asStr(source.targetRevision) }),
                },
                helm: helmOptions ?? {},
                ...(otherRevision && { otherRevision }),
            });
        }
        else if (!ours(source)) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `external source ${repoURL || '(no repoURL)'}, not previewed${repoURL && (0,_repoUrl_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeRepo */ .u_)(repoURL, repoUrls)
                    ? ' (if this is this repository spelt another way, add the URL with --repo-url or the repo-url input)'
                    : ''}`,
            });
        }
        else if (source.path !== undefined) {
            const files = parameterFiles.get(source);
            sources.push({
                ...unitSource(source),
                ...(helmOptions && { helm: helmOptions }),
                ...(files && { parameterFiles: files }),
                ...(otherRevision && { otherRevision }),
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
            ignoreDifferences: asArr(spec.ignoreDifferences),
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

/***/ 2256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M3: () => (/* binding */ allowsDelete),
  Gz: () => (/* binding */ allowsUpdate),
  Jh: () => (/* binding */ expandApplicationSet),
  tj: () => (/* binding */ isApplicationSet)
});

// UNUSED EXPORTS: BadInput, GENERATORS, GENERATOR_KINDS, MAX_GENERATED_APPS, NotModeled, OTHER_GENERATORS, PREVIEWED_GENERATORS, RESOURCES_FINALIZER, generatorParams, patchApplication, policyOf, templatedValues, valuesOf, withValues

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
// EXTERNAL MODULE: ./src/core/argo/repoUrl.ts
var repoUrl = __webpack_require__(1896);
;// CONCATENATED MODULE: ./src/core/argo/goTemplate.ts
// Go's text/template, as Argo CD's ApplicationSet controller runs it on every string of a template: text
// and {{actions}} with trim markers and comments; pipelines with `|`; fields, variables (`$x :=`, `$`),
// literals and parenthesised pipelines; if / else if / else, range (lists and maps, `$i, $v :=`, else),
// with; the built-in functions and the functions given (Argo CD's sprig set, see sprigFunctions.ts).
// Printing and truthiness follow Go (`<no value>`, `map[a:1]`, `[a b]`, 1e+06). Parameters come from
// JSON, so numbers are float64 as in Argo CD. No npm package implements text/template with sprig well
// enough (the maintained ones stop at field lookups), so this one is written here and tested against
// Argo CD's documented examples (__tests__/core/goTemplate.test.ts).
class goTemplate_TemplateError extends Error {
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
class NotPreviewable extends goTemplate_TemplateError {
}
/** A template went past one of TEMPLATE_LIMITS: the message names the limit. */
class BudgetExceeded extends goTemplate_TemplateError {
}
const LIMIT_TEXT = {
    steps: `more than ${TEMPLATE_LIMITS.steps.toLocaleString('en-US')} template steps`,
    outputChars: `more than ${TEMPLATE_LIMITS.outputChars.toLocaleString('en-US')} characters of rendered output`,
    valueChars: `a value of more than ${TEMPLATE_LIMITS.valueChars.toLocaleString('en-US')} characters`,
    listItems: `a list of more than ${TEMPLATE_LIMITS.listItems.toLocaleString('en-US')} items`,
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
class goTemplate_TemplateBudget {
    now;
    steps = 0;
    output = 0;
    nextClock = 4096;
    deadline;
    constructor(now = Date.now) {
        this.now = now;
        this.deadline = now() + TEMPLATE_LIMITS.timeMs;
    }
    step(n = 1) {
        this.steps += n;
        if (this.steps > TEMPLATE_LIMITS.steps)
            throw budgetExceeded('steps');
        if (this.steps >= this.nextClock) {
            this.nextClock = this.steps + 4096;
            if (this.now() > this.deadline)
                throw budgetExceeded('timeMs');
        }
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
            throw new goTemplate_TemplateError('unclosed action');
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
            tokens.push({ t: 'string', v: JSON.parse(body.slice(i, j + 1)) });
            i = j + 1;
        }
        else if (c === '`') {
            const j = body.indexOf('`', i + 1);
            if (j === -1)
                throw new goTemplate_TemplateError('unterminated raw string');
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
                throw new goTemplate_TemplateError(`bad number in "${body}"`);
            tokens.push({ t: 'number', v: m[0] });
            i += m[0].length;
        }
        else {
            const m = /^[A-Za-z_]\w*/.exec(body.slice(i));
            if (!m)
                throw new goTemplate_TemplateError(`unexpected "${c}" in "${body}"`);
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
        return { decl, assign, commands };
    }
    command() {
        const terms = [];
        for (let token = this.tokens[this.i]; token; token = this.tokens[this.i]) {
            if (token.t === 'op' && (token.v === '|' || token.v === ')'))
                break;
            terms.push(this.term());
        }
        if (terms.length === 0)
            throw new goTemplate_TemplateError('missing value for command');
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
                    throw new goTemplate_TemplateError(`unexpected "${token.v}"`);
                if (++this.depth > TEMPLATE_LIMITS.nesting)
                    throw budgetExceeded('nesting');
                const pipe = this.pipeline();
                this.depth--;
                if (this.tokens[this.i++]?.v !== ')')
                    throw new goTemplate_TemplateError('unclosed left paren');
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
        throw new goTemplate_TemplateError(`unexpected text in "${text}"`);
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
                throw new goTemplate_TemplateError('unexpected {{else}}');
            top.inElse = true;
            const chained = /^(if|with)\s/.exec(rest);
            if (chained) {
                const node = {
                    kind: chained[1],
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
                throw new goTemplate_TemplateError('unexpected {{end}}');
            while (stack.pop()?.elseIf)
                ;
        }
        else if (['define', 'template', 'block', 'break', 'continue'].includes(keyword) &&
            !rest.startsWith(':')) {
            throw new goTemplate_TemplateError(`{{${keyword}}} is not supported`);
        }
        else
            target().push({ kind: 'action', pipe: parsePipeline(body) });
    }
    if (stack.length > 0)
        throw new goTemplate_TemplateError('unexpected EOF: an {{if}}, {{range}} or {{with}} has no {{end}}');
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
        return `map[${Object.keys(value)
            .sort()
            .map((k) => `${k}:${goString(value[k])}`)
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
        throw new goTemplate_TemplateError(`undefined variable: ${name}`);
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
        throw new goTemplate_TemplateError(`len of ${goString(a)}`);
    },
    index: (item, ...keys) => {
        let value = item;
        for (const key of keys) {
            if (Array.isArray(value) || typeof value === 'string') {
                const i = Number(key);
                if (!Number.isInteger(i) || i < 0 || i >= value.length)
                    throw new goTemplate_TemplateError(`error calling index: index out of range: ${goString(key)}`);
                value = value[i];
            }
            else if (value && typeof value === 'object') {
                value = value[String(key)] ?? null;
            }
            else
                throw new goTemplate_TemplateError(`error calling index: cannot index ${goString(value)}`);
        }
        return value;
    },
    slice: (item, ...bounds) => {
        const [from, to] = bounds.map(Number);
        if (typeof item === 'string' || Array.isArray(item))
            return item.slice(from ?? 0, to);
        throw new goTemplate_TemplateError('can only slice strings and lists');
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
    throw new goTemplate_TemplateError(`incompatible types for comparison: ${goString(a)} and ${goString(b)}`);
}
/** Go's fmt verbs used in templates: %s %v %d %f %q %t %x %%, with width, precision and flags. */
function sprintf(format, args) {
    let n = 0;
    return format.replace(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([svdfqtxXeg%])/g, (_, flags, width, prec, verb) => {
        if (verb === '%')
            return '%';
        const arg = args[n++];
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
                    typeof arg === 'number'
                        ? Math.trunc(arg).toString(16)
                        : Buffer.from(goString(arg)).toString('hex');
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
    });
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
        table = Object.assign(Object.create(null), BUILTINS, functions);
        TABLES.set(functions, table);
    }
    return table;
}
/** What a function receives for a missing value: Go passes nil, never the invalid value. */
const arg = (value) => (value === NO_VALUE ? null : value);
class Executor {
    options;
    functions;
    budget;
    constructor(options) {
        this.options = options;
        this.functions = functionTable(options.functions);
        this.budget = options.budget ?? new goTemplate_TemplateBudget();
    }
    /** Go's evalField for each key of `path`, from `value`. */
    field(value, path, where) {
        let current = value;
        for (let i = 0; i < path.length; i++)
            current = this.fieldOf(current, path[i], where, false);
        return current;
    }
    fieldOf(current, key, at, hasArgs) {
        // the location is worked out only for an error message
        const where = () => (typeof at === 'string' ? at : goTemplate_location(at));
        // a missing value has no fields: the chain stays missing (or fails under missingkey=error)
        if (current === NO_VALUE) {
            if (this.options.missingKeyError)
                throw new goTemplate_TemplateError(`at <${where()}>: nil data; no entry for key "${key}"`);
            return NO_VALUE;
        }
        if (current === null || current === undefined)
            throw new goTemplate_TemplateError(`at <${where()}>: nil pointer evaluating interface {}.${key}`);
        if (current instanceof GoObject) {
            // a method named without arguments is called, as Go does: `$v.Major`
            const method = current.method(key);
            if (method)
                return hasArgs ? method : method();
            const value = current.field(key);
            if (value !== undefined)
                return value;
            throw new goTemplate_TemplateError(`at <${where()}>: can't evaluate field ${key} in type ${current.goType}`);
        }
        if (typeof current !== 'object' || Array.isArray(current))
            throw new goTemplate_TemplateError(`at <${where()}>: can't evaluate field ${key} in type interface {}`);
        if (hasArgs)
            throw new goTemplate_TemplateError(`at <${where()}>: ${key} is not a method but has arguments`);
        const map = current;
        if (!Object.prototype.hasOwnProperty.call(map, key)) {
            if (this.options.missingKeyError)
                throw new goTemplate_TemplateError(`at <${where()}>: map has no entry for key "${key}"`);
            return NO_VALUE;
        }
        return map[key];
    }
    term(term, dot, scope, final) {
        switch (term.kind) {
            case 'literal':
                return term.value;
            case 'pipe':
                return this.field(this.pipeline(term.pipe, dot, scope), term.path, term);
            case 'field': {
                const base = term.base === 'dot' ? dot : scope.get(term.base);
                if (term.path.length === 0)
                    return base;
                return this.field(base, term.path, term);
            }
            case 'ident': {
                const fn = this.functions[term.name];
                if (!fn)
                    throw new goTemplate_TemplateError(`function "${term.name}" not defined`);
                this.budget.step();
                const result = fn(...final);
                measure(result, this.budget);
                return result;
            }
        }
    }
    command(terms, dot, scope, piped) {
        const head = terms[0];
        const rest = terms.length > 1 ? terms.slice(1) : NONE_TERMS;
        if (head.kind === 'ident' &&
            (head.name === 'and' || head.name === 'or') &&
            this.functions[head.name] === BUILTINS[head.name]) {
            // Go evaluates and/or's arguments only until the result is known
            const all = [...rest.map((t) => () => this.term(t, dot, scope, [])), ...piped.map((p) => () => p)];
            if (all.length === 0)
                throw new goTemplate_TemplateError(`wrong number of args for ${head.name}: want at least 1 got 0`);
            let value;
            for (const next of all) {
                value = arg(next());
                if (isTrue(value) === (head.name === 'or'))
                    return value;
            }
            return value;
        }
        if (head.kind === 'ident') {
            // what a function receives for a missing value is nil (arg), as in Go
            const args = new Array(rest.length + piped.length);
            for (let i = 0; i < rest.length; i++)
                args[i] = arg(this.term(rest[i], dot, scope, NONE));
            for (let j = 0; j < piped.length; j++)
                args[rest.length + j] = arg(piped[j]);
            try {
                return this.term(head, dot, scope, args);
            }
            catch (error) {
                // Go: `error calling NAME: \u2026` for what a function returns; budgets and refusals say their own
                if (error instanceof BudgetExceeded || error instanceof NotPreviewable)
                    throw error;
                if (error instanceof goTemplate_TemplateError)
                    throw error.message.startsWith('error calling ') || error.message.startsWith('at <')
                        ? error
                        : new goTemplate_TemplateError(`error calling ${head.name}: ${error.message}`);
                throw new goTemplate_TemplateError(`error calling ${head.name}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        if (rest.length > 0 || piped.length > 0) {
            // a method of a Go value, called with arguments: `(semver "1.2.3").Compare $other`
            const path = head.kind === 'field' || head.kind === 'pipe' ? head.path : [];
            if (path.length === 0)
                throw new goTemplate_TemplateError("can't give arguments to a non-function");
            let base;
            if (head.kind === 'pipe')
                base = this.pipeline(head.pipe, dot, scope);
            else if (head.kind === 'field')
                base = head.base === 'dot' ? dot : scope.get(head.base);
            const receiver = this.field(base, path.slice(0, -1), path.join('.'));
            const name = path.at(-1);
            const method = receiver instanceof GoObject ? receiver.method(name) : undefined;
            if (!method) {
                this.fieldOf(receiver, name, `.${path.join('.')}`, true);
                throw new goTemplate_TemplateError(`at <.${path.join('.')}>: ${name} is not a method but has arguments`);
            }
            const args = [...rest.map((t) => this.term(t, dot, scope, [])), ...piped].map(arg);
            this.budget.step();
            try {
                const result = method(...args);
                measure(result, this.budget);
                return result;
            }
            catch (error) {
                if (error instanceof goTemplate_TemplateError)
                    throw error;
                throw new goTemplate_TemplateError(`error calling ${name}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        return this.term(head, dot, scope, []);
    }
    pipeline(pipe, dot, scope) {
        let value;
        const commands = pipe.commands;
        for (let i = 0; i < commands.length; i++)
            value = this.command(commands[i], dot, scope, i === 0 ? NONE : [value]);
        if (pipe.decl.length === 1) {
            if (pipe.assign)
                scope.assign(pipe.decl[0], value);
            else
                scope.declare(pipe.decl[0], value);
        }
        return value;
    }
    run(nodes, dot, scope, out) {
        for (const node of nodes) {
            this.budget.step();
            switch (node.kind) {
                case 'text':
                    out.push(node.text);
                    break;
                case 'action': {
                    const value = this.pipeline(node.pipe, dot, scope);
                    // a pipeline that ends in nil is Go's invalid value: printed as <no value>, not <nil>
                    if (node.pipe.decl.length === 0)
                        out.push(value === null ? '<no value>' : goString(value));
                    break;
                }
                case 'if':
                case 'with': {
                    const inner = new Scope(scope);
                    const value = this.pipeline(node.pipe, dot, inner);
                    if (isTrue(value))
                        this.run(node.then, node.kind === 'with' ? value : dot, inner, out);
                    else
                        this.run(node.else, dot, new Scope(scope), out);
                    break;
                }
                case 'range': {
                    const inner = new Scope(scope);
                    const decl = node.pipe.decl;
                    const value = this.pipeline({ ...node.pipe, decl: [] }, dot, inner);
                    const each = (key, item) => {
                        this.budget.step();
                        const iteration = new Scope(inner);
                        if (decl.length === 1)
                            iteration.declare(decl[0], item);
                        if (decl.length === 2) {
                            iteration.declare(decl[0], key);
                            iteration.declare(decl[1], item);
                        }
                        this.run(node.then, item, iteration, out);
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
                        throw new goTemplate_TemplateError(`range can't iterate over ${goString(value)}`);
                    if (count === 0)
                        this.run(node.else, dot, new Scope(scope), out);
                    break;
                }
            }
        }
    }
}
const isMapValue = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoObject);
/** The text a template renders, never longer than one value may be. */
class Output {
    out = '';
    push(text) {
        if (this.out.length + text.length > TEMPLATE_LIMITS.valueChars)
            throw budgetExceeded('valueChars');
        this.out += text;
    }
    text() {
        return this.out;
    }
}
/** Where a field term is, as Go's errors say it: `<.a.b>`, `<$x.a>`, `<(...).a>`. */
function goTemplate_location(term) {
    if (term.kind === 'field')
        return `${term.base === 'dot' ? '' : typeof term.base === 'string' ? term.base : '(...)'}.${term.path.join('.')}`;
    if (term.kind === 'pipe')
        return `(...).${term.path.join('.')}`;
    return '';
}
const NONE = [];
const NONE_TERMS = [];
/** One executor per options object (an ApplicationSet's): its function table and budget, made once. */
const EXECUTORS = new WeakMap();
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
/** A template parsed once and checked as Go's parser checks it: every function it names must exist. */
class CompiledTemplate {
    nodes;
    source;
    constructor(nodes, source) {
        this.nodes = nodes;
        this.source = source;
    }
    static compile(source, functions) {
        // text without an action is printed as it is; Go parses it to one text node
        if (!source.includes('{{'))
            return new CompiledTemplate(undefined, source);
        const nodes = parseTemplate(source);
        const table = functionTable(functions);
        for (const name of calledNames(nodes))
            if (!Object.prototype.hasOwnProperty.call(table, name))
                throw new goTemplate_TemplateError(`function "${name}" not defined`);
        return new CompiledTemplate(nodes, source);
    }
    execute(data, options) {
        if (!this.nodes)
            return this.source;
        const scope = new Scope(undefined, data);
        const out = new Output();
        let executor = EXECUTORS.get(options);
        if (!executor) {
            executor = new Executor(options);
            // an options object without a budget gets a fresh one each time, as before
            if (options.budget)
                EXECUTORS.set(options, executor);
        }
        executor.run(this.nodes, data, scope, out);
        return out.text();
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
            if (!(error instanceof goTemplate_TemplateError))
                throw error;
            compiled = error;
        }
        if (cache.size >= COMPILED_LIMIT)
            cache.clear();
        cache.set(source, compiled);
    }
    if (compiled instanceof goTemplate_TemplateError)
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
            throw new goTemplate_TemplateError(`invalid template: a "{{" at character ${start + 1} has no closing "}}"`);
        const tag = text.slice(start + 2, end);
        const value = params[tag.trim()];
        out += text.slice(at, start) + (tag.trim() !== '' && typeof value === 'string' ? value : `{{${tag}}}`);
        at = end + 2;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/argo/gitPathspec.ts
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
    const matches = picomatch_default()(pattern, { dot: true });
    return (path) => matches(path);
}

;// CONCATENATED MODULE: ./src/core/argo/labelSelector.ts
// A generator's `selector`: a Kubernetes label selector (matchLabels, matchExpressions with In, NotIn,
// Exists, DoesNotExist) that Argo CD applies to each parameter set, flattened with dots (`path.basename`,
// `values.env`, a list's items as `.0`, `.1`). Argo CD's copy of LabelSelectorAsSelector puts no limit on
// label values; keys and operators are checked as Kubernetes checks them, and a bad one is an error.
class BadSelector extends Error {
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
// a qualified name: an optional DNS-subdomain prefix and `/`, then 1\u201363 alphanumerics, `-`, `_`, `.`
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function checkKey(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash === -1 ? undefined : key.slice(0, slash);
    const name = slash === -1 ? key : key.slice(slash + 1);
    if (!NAME.test(name) || (prefix !== undefined && (prefix.length > 253 || !PREFIX.test(prefix))))
        throw new BadSelector(`its selector key ${JSON.stringify(key)} is not a valid label key`);
}
const labelSelector_text = (v) => (typeof v === 'string' ? v : String(v));
/** The selector as a test on flattened parameters; throws BadSelector as Argo CD would fail it. */
function labelSelector(selector) {
    if (selector === null)
        return () => true;
    if (!isObj(selector))
        throw new BadSelector('its selector is not a map');
    const requirements = [];
    const matchLabels = selector.matchLabels ?? {};
    if (!isObj(matchLabels))
        throw new BadSelector('its selector matchLabels is not a map');
    for (const [key, value] of Object.entries(matchLabels)) {
        checkKey(key);
        const wanted = labelSelector_text(value);
        requirements.push((labels) => labels.get(key) === wanted);
    }
    const expressions = selector.matchExpressions ?? [];
    if (!Array.isArray(expressions))
        throw new BadSelector('its selector matchExpressions is not a list');
    for (const expression of expressions) {
        const e = isObj(expression) ? expression : {};
        const key = labelSelector_text(e.key ?? '');
        checkKey(key);
        const values = Array.isArray(e.values) ? e.values.map(labelSelector_text) : [];
        switch (e.operator) {
            case 'In':
            case 'NotIn': {
                if (values.length === 0)
                    throw new BadSelector(`its selector ${String(e.operator)} on ${key} has no values`);
                const set = new Set(values);
                requirements.push(e.operator === 'In'
                    ? (labels) => labels.has(key) && set.has(labels.get(key))
                    : (labels) => !labels.has(key) || !set.has(labels.get(key)));
                break;
            }
            case 'Exists':
            case 'DoesNotExist':
                if (values.length > 0)
                    throw new BadSelector(`its selector ${String(e.operator)} on ${key} must have no values`);
                requirements.push(e.operator === 'Exists' ? (labels) => labels.has(key) : (labels) => !labels.has(key));
                break;
            default:
                throw new BadSelector(`its selector operator ${JSON.stringify(String(e.operator))} is not In, NotIn, Exists or DoesNotExist`);
        }
    }
    return (labels) => requirements.every((r) => r(labels));
}

;// CONCATENATED MODULE: ./src/core/argo/pathMatch.ts
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
/** Go's path.Match(pattern, name); throws BadPattern when the pattern is malformed. */
function goPathMatch(pattern, name) {
    let rest = pattern;
    let at = 0;
    chunks: while (rest.length > 0) {
        const scanned = scanChunk(rest);
        rest = scanned.rest;
        const { star, chunk } = scanned;
        // a trailing star takes the rest of the name, unless that crosses a `/`
        if (star && chunk === '')
            return !name.slice(at).includes('/');
        const here = matchChunk(chunk, name, at);
        // the last chunk must end the name; an earlier one takes the first place it fits
        if (here >= 0 && (at + here === name.length || rest.length > 0)) {
            at += here;
            continue;
        }
        if (star) {
            for (let skip = at; skip < name.length && name[skip] !== '/'; skip++) {
                const there = matchChunk(chunk, name, skip + 1);
                if (there < 0)
                    continue;
                if (rest.length === 0 && skip + 1 + there !== name.length)
                    continue;
                at = skip + 1 + there;
                continue chunks;
            }
        }
        // no match: the rest of the pattern must still be well formed
        while (rest.length > 0) {
            const next = scanChunk(rest);
            rest = next.rest;
            matchChunk(next.chunk, '', 0);
        }
        return false;
    }
    return at === name.length;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/argo/goRegexp.ts
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
            compiled = build/* RE2JS */.L3.compile(pattern);
        }
        catch (error) {
            throw new goTemplate_TemplateError(`error parsing regexp: ${error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error)}`);
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
function goRegexp_split(re, s, n) {
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
        regexSplit: (re, s, n) => goRegexp_split(compileGoRegexp(str(re)), str(s), int(n)),
        regexQuoteMeta: (s) => quoteMeta(str(s)),
    };
    for (const name of ['regexFind', 'regexFindAll', 'regexReplaceAll', 'regexReplaceAllLiteral', 'regexSplit'])
        fns[`must${name[0].toUpperCase()}${name.slice(1)}`] = fns[name];
    return fns;
}

;// CONCATENATED MODULE: ./src/core/argo/sprigValues.ts
// How sprig converts the values a template gives it (spf13/cast and sprig's own helpers), shared by the
// function families in sprig*.ts. Parameters come from JSON, so every number is a float64 as in Argo CD.

/** A map (a JSON object), not a list and not a Go value with methods (GoObject). */
const sprigValues_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoObject);
/** sprig's strval: a string as it is, nil as the empty string, anything else as fmt.Sprint prints it. */
const str = (v) => v === NO_VALUE || v === null || v === undefined ? '' : goString(v);
/** cast.ToFloat64: numbers, booleans, and strings strconv.ParseFloat reads; 0 otherwise. */
function toFloat64(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v !== 'string')
        return 0;
    const s = v.trim() === v ? v : '';
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(inf|infinity|nan)$/i.test(s))
        return 0;
    return /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s);
}
/**
 * cast.ToInt64: a float is truncated; a string is read by strconv.ParseInt with base 0 (`0x1f`, `0o17`,
 * `017` octal, `0b11`) after a trailing `.0\u2026` is dropped; anything else is 0.
 */
function toInt64(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? Math.trunc(v) : 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v !== 'string')
        return 0;
    const s = v.replace(/\.0*$/, '');
    const m = /^([-+]?)(0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][\d_]*)$/.exec(s);
    if (!m)
        return 0;
    const body = m[2].replace(/_/g, '');
    let n;
    if (/^0[xX]/.test(body))
        n = parseInt(body.slice(2), 16);
    else if (/^0[bB]/.test(body))
        n = parseInt(body.slice(2), 2);
    else if (/^0[oO]/.test(body))
        n = parseInt(body.slice(2), 8);
    else if (body.startsWith('0') && body.length > 1)
        n = parseInt(body.slice(1), 8);
    else
        n = parseInt(body, 10);
    return Number.isNaN(n) ? 0 : m[1] === '-' ? -n : n;
}
/** A Go `int` parameter given a template value: Go converts only numbers (an int or a float64 literal). */
function goInt(v, fn) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    throw new TemplateError(`error calling ${fn}: wrong type for value; expected int; got ${typeName(v)}`);
}
/** A Go `string` parameter: only a string converts. */
function goStr(v, fn) {
    if (typeof v === 'string')
        return v;
    throw new TemplateError(`error calling ${fn}: wrong type for value; expected string; got ${typeName(v)}`);
}
/** The Go type a JSON-shaped value has in Argo CD's parameters. */
function typeName(v) {
    if (v === null || v === undefined || v === NO_VALUE)
        return '<nil>';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'boolean')
        return 'bool';
    if (Array.isArray(v))
        return '[]interface {}';
    if (sprigValues_isObj(v))
        return 'map[string]interface {}';
    return v.goType ?? typeof v;
}
/** sprig's empty (text/template's truth, inverted). */
const empty = (v) => !isTrue(v);
/** Go's reflect.DeepEqual on JSON-shaped values. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (sprigValues_isObj(a) && sprigValues_isObj(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/argo/sprigDates.ts
// sprig's date functions, for what does not depend on the clock: toDate parses with a Go layout, date /
// htmlDate / dateInZone format a time (or Unix seconds) with one, dateModify adds a Go duration,
// unixEpoch, duration and durationRound print Go durations. A time is in UTC (Argo CD's controller image
// has no local zone); a zone other than UTC or a fixed offset is not modelled. What reads the clock \u2014
// now, ago, a date of something that is not a time \u2014 cannot be known before Argo CD renders it: the
// template fails with NotPreviewable, and the ApplicationSet is listed as not previewed with that reason.


const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A Go time.Time: milliseconds since the epoch (and nanoseconds within the millisecond), in UTC. */
class GoTime extends GoObject {
    ms;
    nanos;
    goType = 'time.Time';
    constructor(ms, nanos = 0) {
        super();
        this.ms = ms;
        this.nanos = nanos;
        if (!(Math.abs(ms) <= 8.64e15))
            throw new goTemplate_TemplateError('the time is out of range');
    }
    method(name) {
        switch (name) {
            case 'Unix':
                return () => Math.floor(this.ms / 1000);
            case 'Year':
                return () => new Date(this.ms).getUTCFullYear();
            case 'Format':
                return (layout) => formatTime(this, str(layout));
            case 'UTC':
                return () => this;
            case 'String':
                return () => this.toString();
            default:
                return undefined;
        }
    }
    field() {
        return undefined;
    }
    toString() {
        return formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
    }
}
const pad = (n, width) => String(n).padStart(width, '0');
// the layout's elements, longest first (Go's nextStdChunk)
const CHUNKS = [
    'January',
    'Monday',
    '2006',
    '-07:00:00',
    '-0700',
    '-07:00',
    'Z07:00:00',
    'Z0700',
    'Z07:00',
    '-07',
    'Z07',
    'Jan',
    'Mon',
    'MST',
    '002',
    '__2',
    '_2',
    '01',
    '02',
    '03',
    '04',
    '05',
    '06',
    '15',
    'PM',
    'pm',
    '1',
    '2',
    '3',
    '4',
    '5',
];
function* layoutChunks(layout) {
    let i = 0;
    let literal = '';
    while (i < layout.length) {
        const frac = /^[.,](0+|9+)(?!\d)/.exec(layout.slice(i));
        const chunk = frac && /\d/.test(layout[i - 1] ?? '') ? frac[0] : CHUNKS.find((c) => layout.startsWith(c, i));
        // Jan/Mon must not be followed by a lower-case letter (January, Monday are chunks of their own)
        if (chunk && !(chunk.length === 3 && /^(Jan|Mon)$/.test(chunk) && /[a-z]/.test(layout[i + 3] ?? ''))) {
            if (literal)
                yield `\0${literal}`;
            literal = '';
            yield chunk;
            i += chunk.length;
        }
        else
            literal += layout[i++];
    }
    if (literal)
        yield `\0${literal}`;
}
function formatTime(t, layout) {
    const d = new Date(t.ms);
    const [Y, M, D, h, m, s] = [
        d.getUTCFullYear(),
        d.getUTCMonth(),
        d.getUTCDate(),
        d.getUTCHours(),
        d.getUTCMinutes(),
        d.getUTCSeconds(),
    ];
    const nanos = (((t.ms % 1000) + 1000) % 1000) * 1e6 + t.nanos;
    let out = '';
    for (const chunk of layoutChunks(layout)) {
        if (chunk.startsWith('\0')) {
            out += chunk.slice(1);
            continue;
        }
        if (/^[.,](0+|9+)$/.test(chunk)) {
            const digits = pad(nanos, 9).slice(0, chunk.length - 1);
            out +=
                chunk[1] === '0'
                    ? chunk[0] + digits
                    : digits.replace(/0+$/, '')
                        ? chunk[0] + digits.replace(/0+$/, '')
                        : '';
            continue;
        }
        switch (chunk) {
            case 'January':
                out += MONTHS[M];
                break;
            case 'Jan':
                out += MONTHS[M].slice(0, 3);
                break;
            case '1':
                out += M + 1;
                break;
            case '01':
                out += pad(M + 1, 2);
                break;
            case 'Monday':
                out += DAYS[d.getUTCDay()];
                break;
            case 'Mon':
                out += DAYS[d.getUTCDay()].slice(0, 3);
                break;
            case '2006':
                out += pad(Y, 4);
                break;
            case '06':
                out += pad(Y % 100, 2);
                break;
            case '2':
                out += D;
                break;
            case '_2':
                out += String(D).padStart(2, ' ');
                break;
            case '02':
                out += pad(D, 2);
                break;
            case '002':
            case '__2': {
                const yday = Math.floor((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
                out += chunk === '002' ? pad(yday, 3) : String(yday).padStart(3, ' ');
                break;
            }
            case '15':
                out += pad(h, 2);
                break;
            case '3':
                out += h % 12 === 0 ? 12 : h % 12;
                break;
            case '03':
                out += pad(h % 12 === 0 ? 12 : h % 12, 2);
                break;
            case '4':
                out += m;
                break;
            case '04':
                out += pad(m, 2);
                break;
            case '5':
                out += s;
                break;
            case '05':
                out += pad(s, 2);
                break;
            case 'PM':
                out += h >= 12 ? 'PM' : 'AM';
                break;
            case 'pm':
                out += h >= 12 ? 'pm' : 'am';
                break;
            case 'MST':
                out += 'UTC';
                break;
            case 'Z0700':
            case 'Z07:00':
            case 'Z07':
            case 'Z07:00:00':
                out += 'Z';
                break;
            case '-0700':
                out += '+0000';
                break;
            case '-07:00':
                out += '+00:00';
                break;
            case '-07':
                out += '+00';
                break;
            case '-07:00:00':
                out += '+00:00:00';
                break;
        }
    }
    return out;
}
/** time.ParseInLocation(layout, value, UTC), for the layout elements above. */
function parseTime(layout, value) {
    let at = 0;
    let [Y, M, D, h, m, s, nanos, pm, offset] = [0, 1, 1, 0, 0, 0, 0, -1, 0];
    const fail = () => {
        throw new goTemplate_TemplateError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`);
    };
    const num = (min, max) => {
        const m2 = new RegExp(`^\\d{${min},${max}}`).exec(value.slice(at));
        if (!m2)
            fail();
        at += m2[0].length;
        return Number(m2[0]);
    };
    const word = (list, len) => {
        const i = list.findIndex((w) => value.slice(at, at + (len ?? w.length)).toLowerCase() === w.slice(0, len ?? w.length).toLowerCase());
        if (i < 0)
            fail();
        at += len ?? list[i].length;
        return i;
    };
    for (const chunk of layoutChunks(layout)) {
        if (chunk.startsWith('\0')) {
            if (!value.startsWith(chunk.slice(1), at))
                fail();
            at += chunk.length - 1;
            continue;
        }
        if (/^[.,](0+|9+)$/.test(chunk)) {
            const m2 = /^[.,](\d+)/.exec(value.slice(at));
            if (m2) {
                nanos = Number(m2[1].padEnd(9, '0').slice(0, 9));
                at += m2[0].length;
            }
            else if (chunk[1] === '0')
                fail();
            continue;
        }
        switch (chunk) {
            case 'January':
                M = word(MONTHS) + 1;
                break;
            case 'Jan':
                M = word(MONTHS, 3) + 1;
                break;
            case '1':
                M = num(1, 2);
                break;
            case '01':
                M = num(2, 2);
                break;
            case 'Monday':
                word(DAYS);
                break;
            case 'Mon':
                word(DAYS, 3);
                break;
            case '2006':
                Y = num(4, 4);
                break;
            case '06':
                Y = num(2, 2);
                Y += Y >= 69 ? 1900 : 2000;
                break;
            case '2':
            case '_2':
                if (value[at] === ' ')
                    at++;
                D = num(1, 2);
                break;
            case '02':
                D = num(2, 2);
                break;
            case '15':
                h = num(1, 2);
                break;
            case '3':
                h = num(1, 2);
                break;
            case '03':
                h = num(2, 2);
                break;
            case '4':
                m = num(1, 2);
                break;
            case '04':
                m = num(2, 2);
                break;
            case '5':
                s = num(1, 2);
                break;
            case '05':
                s = num(2, 2);
                break;
            case 'PM':
            case 'pm':
                pm = word(['AM', 'PM']);
                break;
            case 'MST':
                if (!value.startsWith('UTC', at))
                    fail();
                at += 3;
                break;
            default: {
                // numeric zones: Z, or \u00b1hh[:mm[:ss]]
                if (chunk.startsWith('Z') && value[at] === 'Z') {
                    at++;
                    break;
                }
                const z = /^([-+])(\d\d):?(\d\d)?(?::?(\d\d))?/.exec(value.slice(at));
                if (!z)
                    fail();
                offset =
                    (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3] ?? 0) * 60 + Number(z[4] ?? 0));
                at += z[0].length;
            }
        }
    }
    if (at !== value.length)
        throw new goTemplate_TemplateError(`parsing time ${JSON.stringify(value)}: extra text`);
    if (pm === 1 && h < 12)
        h += 12;
    if (pm === 0 && h === 12)
        h = 0;
    if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || s > 59)
        throw new goTemplate_TemplateError(`parsing time ${JSON.stringify(value)}: value out of range`);
    const ms = Date.UTC(Y, M - 1, D, h, m, s) - offset * 1000 + Math.floor(nanos / 1e6);
    return new GoTime(ms, nanos % 1e6);
}
const UNITS = [
    ['h', 3600e9],
    ['m', 60e9],
    ['s', 1e9],
    ['ms', 1e6],
    ['us', 1e3],
    ['\u00b5s', 1e3],
    ['\u03bcs', 1e3],
    ['ns', 1],
];
/** time.ParseDuration, in nanoseconds. */
function parseDuration(text) {
    const m = /^([-+]?)((?:\d*\.?\d+(?:h|ms|us|\u00b5s|\u03bcs|ns|m|s))+|0)$/.exec(text);
    if (!m)
        throw new goTemplate_TemplateError(`time: invalid duration ${JSON.stringify(text)}`);
    let total = 0;
    for (const part of m[2].matchAll(/(\d*\.?\d+)(h|ms|us|\u00b5s|\u03bcs|ns|m|s)/g))
        total += Number(part[1]) * UNITS.find(([u]) => u === part[2])[1];
    return m[1] === '-' ? -total : total;
}
/** time.Duration.String. */
function formatDuration(ns) {
    if (ns === 0)
        return '0s';
    const sign = ns < 0 ? '-' : '';
    let n = Math.abs(Math.round(ns));
    if (n < 1e9) {
        const [unit, size] = n < 1e3 ? ['ns', 1] : n < 1e6 ? ['\u00b5s', 1e3] : ['ms', 1e6];
        return `${sign}${String(n / size).replace(/(\.\d*?)0+$/, '$1')}${unit}`;
    }
    const h = Math.floor(n / 3600e9);
    n -= h * 3600e9;
    const m = Math.floor(n / 60e9);
    n -= m * 60e9;
    const secs = (n / 1e9).toFixed(9).replace(/\.?0+$/, '');
    return `${sign}${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${secs}s`;
}
function clock(fn) {
    return new NotPreviewable(`it calls ${fn}, whose result depends on the time Argo CD renders it`);
}
function timeOf(v, fn) {
    if (v instanceof GoTime)
        return v;
    // sprig takes Unix seconds as an int; anything else (a float64 parameter too) is time.Now()
    if (typeof v === 'number' && Number.isInteger(v))
        return new GoTime(v * 1000);
    throw clock(fn);
}
function inZone(zone) {
    const z = str(zone);
    if (z !== 'UTC' && z !== 'Local' && z !== '')
        throw new NotPreviewable(`it formats a date in the zone ${JSON.stringify(z)}, which Slipway does not model`);
}
const DATE_FUNCTIONS = {
    now: () => {
        throw clock('now');
    },
    ago: () => {
        throw clock('ago');
    },
    date: (layout, t) => formatTime(timeOf(t, 'date'), str(layout)),
    htmlDate: (t) => formatTime(timeOf(t, 'htmlDate'), '2006-01-02'),
    htmlDateInZone: (t, zone) => {
        inZone(zone);
        return formatTime(timeOf(t, 'htmlDateInZone'), '2006-01-02');
    },
    dateInZone: (layout, t, zone) => {
        inZone(zone);
        return formatTime(timeOf(t, 'dateInZone'), str(layout));
    },
    toDate: (layout, value) => {
        try {
            return parseTime(str(layout), str(value));
        }
        catch {
            return new GoTime(Date.UTC(1, 0, 1));
        }
    },
    mustToDate: (layout, value) => parseTime(str(layout), str(value)),
    dateModify: (d, t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate_TemplateError('dateModify: the date must be a time');
        try {
            const ns = parseDuration(str(d));
            return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
        }
        catch {
            return t;
        }
    },
    mustDateModify: (d, t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate_TemplateError('mustDateModify: the date must be a time');
        const ns = parseDuration(str(d));
        return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
    },
    unixEpoch: (t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate_TemplateError('unixEpoch: the date must be a time');
        return String(Math.floor(t.ms / 1000));
    },
    // sprig reads a string of seconds (an int64 too; a template's numbers are not int64, so they are 0)
    duration: (sec) => {
        const n = typeof sec === 'string' && /^[-+]?\d+$/.test(sec) ? Number(sec) : 0;
        return formatDuration(n * 1e9);
    },
    durationRound: (d) => {
        if (d instanceof GoTime)
            throw clock('durationRound');
        let ns = 0;
        if (typeof d === 'string') {
            try {
                ns = parseDuration(d);
            }
            catch {
                ns = 0;
            }
        }
        const u = Math.abs(ns);
        const units = [
            [3600e9 * 24 * 365, 'y'],
            [3600e9 * 24 * 30, 'mo'],
            [3600e9 * 24, 'd'],
            [3600e9, 'h'],
            [60e9, 'm'],
            [1e9, 's'],
        ];
        for (const [size, unit] of units)
            if (u > size)
                return `${Math.floor(u / size)}${unit}`;
        return '0s';
    },
};

;// CONCATENATED MODULE: ./src/core/argo/sprigLists.ts
// sprig's list and default functions with Go's semantics: the plain forms fail the template on a value
// that is not a list (sprig panics, Go's template turns that into an error), the must* forms return the
// same error; `first` and `last` of nothing are nil (printed `<no value>`); equality is reflect.DeepEqual.


function asList(v, what) {
    if (Array.isArray(v))
        return v;
    throw new goTemplate_TemplateError(`Cannot ${what} on type ${kindName(v)}`);
}
/** reflect.Kind's name, as sprig's list errors print it. */
function kindName(v) {
    if (v === null || v === undefined)
        return 'invalid';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'object')
        return 'map';
    return typeName(v);
}
const inList = (haystack, needle) => haystack.some((h) => deepEqual(needle, h));
function listFamily() {
    const fns = {
        push: (list, v) => [...asList(list, 'push'), v],
        prepend: (list, v) => [v, ...asList(list, 'prepend')],
        first: (list) => (asList(list, 'find first').length === 0 ? null : list[0]),
        last: (list) => (asList(list, 'find last').length === 0 ? null : list.at(-1)),
        rest: (list) => (asList(list, 'find rest').length === 0 ? [] : list.slice(1)),
        initial: (list) => (asList(list, 'find initial').length === 0 ? [] : list.slice(0, -1)),
        reverse: (list) => [...asList(list, 'find reverse')].reverse(),
        compact: (list) => asList(list, 'compact').filter((x) => !empty(x)),
        uniq: (list) => {
            const out = [];
            for (const item of asList(list, 'find uniq'))
                if (!inList(out, item))
                    out.push(item);
            return out;
        },
        without: (list, ...omit) => asList(list, 'find without').filter((x) => !inList(omit, x)),
        has: (needle, list) => list === null || list === undefined ? false : inList(asList(list, 'find has'), needle),
        slice: (list, ...indices) => {
            const items = asList(list, 'slice');
            if (items.length === 0)
                return null;
            const start = indices.length > 0 ? toInt64(indices[0]) : 0;
            const end = indices.length < 2 ? items.length : toInt64(indices[1]);
            if (start < 0 || end < start || end > items.length)
                throw new goTemplate_TemplateError(`slice bounds out of range [${start}:${end}] with capacity ${items.length}`);
            return items.slice(start, end);
        },
        chunk: (size, list) => {
            const items = asList(list, 'chunk');
            const n = toInt64(size);
            if (n < 1)
                throw new goTemplate_TemplateError('chunk: the size must be at least 1');
            const out = [];
            for (let i = 0; i < items.length; i += n)
                out.push(items.slice(i, i + n));
            return out;
        },
    };
    // sprig names the push family twice; every function has a must* form that returns the error
    const out = { ...fns, append: fns.push };
    for (const [name, fn] of Object.entries(fns))
        out[`must${name[0].toUpperCase()}${name.slice(1)}`] = fn;
    out.mustAppend = fns.push;
    return out;
}
const LIST_FUNCTIONS = {
    ...listFamily(),
    list: (...args) => args,
    tuple: (...args) => args,
    concat: (...lists) => {
        const out = [];
        for (const l of lists) {
            if (!Array.isArray(l))
                throw new goTemplate_TemplateError(`Cannot concat type ${kindName(l)} as list`);
            checkListItems(out.length + l.length);
            out.push(...l);
        }
        return out;
    },
    // defaults and flow
    default: (fallback, ...given) => (given.length === 0 || empty(given[0]) ? fallback : given[0]),
    empty: (v) => empty(v),
    coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
    all: (...args) => args.every((a) => !empty(a)),
    any: (...args) => args.some((a) => !empty(a)),
};

;// CONCATENATED MODULE: ./src/core/argo/sprigNumbers.ts
// sprig's number functions with Go's semantics: add, sub, mul, div, mod, max, min, biggest work on int64
// (cast.ToInt64: floats truncated, strings parsed, anything else 0); the *f forms on float64 through
// decimal arithmetic (shopspring/decimal, so `mulf 1.2 2.4` is 2.88, not 2.8799999999999994); seq,
// until and untilStep build their lists only within the template budget.


/** decimal.NewFromFloat: the shortest decimal that reads back as the float. */
function fromFloat(x) {
    if (!Number.isFinite(x))
        throw new goTemplate_TemplateError(`cannot create a decimal from ${x}`);
    const [mantissa, exp] = x.toExponential().split('e');
    const digits = mantissa.replace('.', '').replace('-', '');
    const fraction = (mantissa.split('.')[1] ?? '').length;
    return { c: BigInt((x < 0 ? '-' : '') + digits), e: Number(exp) - fraction };
}
function align(a, b) {
    const e = Math.min(a.e, b.e);
    return [a.c * 10n ** BigInt(a.e - e), b.c * 10n ** BigInt(b.e - e), e];
}
function toNumber(d) {
    return Number(`${d.c}e${d.e}`);
}
const DECIMAL_OPS = {
    add: (a, b) => {
        const [x, y, e] = align(a, b);
        return { c: x + y, e };
    },
    sub: (a, b) => {
        const [x, y, e] = align(a, b);
        return { c: x - y, e };
    },
    mul: (a, b) => ({ c: a.c * b.c, e: a.e + b.e }),
    // decimal.Div: 16 digits after the point, rounded half away from zero
    div: (a, b) => {
        if (b.c === 0n)
            throw new goTemplate_TemplateError('decimal division by 0');
        const scale = 16;
        // a / b = (a.c / b.c) \u00d7 10^(a.e \u2212 b.e); compute to `scale` places
        const shift = a.e - b.e + scale + 1;
        let num = a.c;
        let den = b.c;
        if (shift >= 0)
            num *= 10n ** BigInt(shift);
        else
            den *= 10n ** BigInt(-shift);
        let q = num / den;
        const r = q % 10n;
        q /= 10n;
        if (r >= 5n)
            q += 1n;
        else if (r <= -5n)
            q -= 1n;
        return { c: q, e: -scale };
    },
};
function decimalOp(op, first, rest) {
    let acc = fromFloat(toFloat64(first));
    for (const x of rest)
        acc = DECIMAL_OPS[op](acc, fromFloat(toFloat64(x)));
    return toNumber(acc);
}
/** sprig's untilStep: from start towards stop (exclusive) by step; none when step points away. */
function untilStep(start, stop, step) {
    if (stop < start ? step >= 0 : step <= 0)
        return [];
    checkListItems(Math.ceil(Math.abs(stop - start) / Math.abs(step)));
    const out = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step)
        out.push(i);
    return out;
}
/** sprig's seq: `seq END`, `seq START END`, `seq START STEP END`, as the shell's seq (END included). */
function seq(...params) {
    const p = params.map(toInt64);
    let list;
    if (p.length === 1) {
        const end = p[0];
        const inc = end < 1 ? -1 : 1;
        list = untilStep(1, end + inc, inc);
    }
    else if (p.length === 2) {
        const [start, end] = p;
        const inc = end < start ? -1 : 1;
        list = untilStep(start, end + inc, inc);
    }
    else if (p.length === 3) {
        const [start, step, end] = p;
        if (end < start && step > 0)
            return '';
        list = untilStep(start, end + (end < start ? -1 : 1), step);
    }
    else
        return '';
    return list.join(' ');
}
function divide(a, b, op) {
    if (b === 0)
        throw new goTemplate_TemplateError(`runtime error: integer divide by zero (${op})`);
    return Math.trunc(a / b);
}
const NUMBER_FUNCTIONS = {
    atoi: (v) => (/^[-+]?\d+$/.test(str(v)) ? Number(str(v)) : 0),
    int: (v) => toInt64(v),
    int64: (v) => toInt64(v),
    float64: (v) => toFloat64(v),
    // strconv.ParseInt(fmt.Sprint(v), 8, 64): the value read as octal digits
    toDecimal: (v) => (/^[-+]?[0-7]+$/.test(str(v)) ? parseInt(str(v), 8) : 0),
    add1: (v) => toInt64(v) + 1,
    add: (...args) => args.reduce((sum, a) => sum + toInt64(a), 0),
    sub: (a, b) => toInt64(a) - toInt64(b),
    mul: (a, ...rest) => rest.reduce((p, b) => p * toInt64(b), toInt64(a)),
    div: (a, b) => divide(toInt64(a), toInt64(b), 'div'),
    mod: (a, b) => {
        const d = toInt64(b);
        if (d === 0)
            throw new goTemplate_TemplateError('runtime error: integer divide by zero (mod)');
        return toInt64(a) % d;
    },
    max: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
    biggest: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
    min: (a, ...rest) => rest.reduce((m, b) => Math.min(m, toInt64(b)), toInt64(a)),
    maxf: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toFloat64(b)), toFloat64(a)),
    minf: (a, ...rest) => rest.reduce((m, b) => Math.min(m, toFloat64(b)), toFloat64(a)),
    add1f: (v) => decimalOp('add', v, [1]),
    addf: (...args) => decimalOp('add', 0, args),
    subf: (a, ...rest) => decimalOp('sub', a, rest),
    mulf: (a, ...rest) => decimalOp('mul', a, rest),
    divf: (a, ...rest) => decimalOp('div', a, rest),
    ceil: (v) => Math.ceil(toFloat64(v)),
    floor: (v) => Math.floor(toFloat64(v)),
    // sprig's round: half (or the given fraction) rounds up, on the value scaled by 10^places
    round: (v, places, roundOn) => {
        const pow = 10 ** toInt64(places);
        const digit = pow * toFloat64(v);
        const frac = digit - Math.trunc(digit);
        return ((frac >= (roundOn === undefined ? 0.5 : toFloat64(roundOn)) ? Math.ceil(digit) : Math.floor(digit)) /
            pow);
    },
    seq,
    until: (n) => {
        const count = toInt64(n);
        return untilStep(0, count, count < 0 ? -1 : 1);
    },
    untilStep: (start, stop, step) => untilStep(toInt64(start), toInt64(stop), toInt64(step)),
};

;// CONCATENATED MODULE: ./src/core/argo/sprigStrings.ts
// sprig's string functions where Go's behaviour is more than a one-liner: case conversions as huandu/
// xstrings does them (`snakecase "HTTPServer"` is `http_server`), Masterminds/goutils' abbreviate, wrap,
// initials and swapcase, toStrings and join (nil items dropped), base32, and Argo CD's slugify
// (gosimple/slug after Argo CD's SanitizeName, with its length and smart truncation).


// character classes, with a fast path for ASCII (names are almost always ASCII)
const isConnector = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k === 45 || k === 95 || k === 32 || (k >= 9 && k <= 13);
    return /\s/.test(c);
};
const isUpper = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 65 && k <= 90;
    return c !== c.toLowerCase() && c === c.toUpperCase();
};
const isLower = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 97 && k <= 122;
    return c !== c.toUpperCase() && c === c.toLowerCase();
};
const isDigit = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 48 && k <= 57;
    return /\p{Nd}/u.test(c);
};
/**
 * The words of an identifier as xstrings splits them for snake and kebab case: connectors (`-`, `_`,
 * spaces) separate; an upper-case run before a lower-case letter gives its last letter to the next word
 * (`HTTPServer` \u2192 HTTP, Server); a number joins the word before it (`Bld4`) unless lower-case letters
 * follow it (`http2xx` \u2192 http, 2xx); other punctuation is kept where it stands, with no separator.
 */
function caseWords(s) {
    const chars = [...s];
    const out = [];
    let i = 0;
    const push = (text, punct = false) => out.push({ text, punct });
    while (i < chars.length) {
        const c = chars[i];
        if (isConnector(c)) {
            i++;
            continue;
        }
        if (!isUpper(c) && !isLower(c) && !isDigit(c)) {
            let j = i;
            while (j < chars.length &&
                !isUpper(chars[j]) &&
                !isLower(chars[j]) &&
                !isDigit(chars[j]) &&
                !isConnector(chars[j]))
                j++;
            push(chars.slice(i, j).join(''), true);
            i = j;
            continue;
        }
        let j = i;
        if (isDigit(c)) {
            while (j < chars.length && isDigit(chars[j]))
                j++;
            if (j < chars.length && isLower(chars[j])) {
                // a number followed by lower-case letters starts a word: 2xx, 2m3s, 3rd
                while (j < chars.length && (isLower(chars[j]) || isDigit(chars[j])))
                    j++;
            }
            push(chars.slice(i, j).join(''));
            i = j;
            continue;
        }
        if (isUpper(c)) {
            while (j < chars.length && isUpper(chars[j]))
                j++;
            if (j - i > 1 && j < chars.length && isLower(chars[j]))
                j--; // HTTPServer: HTTP | Server
        }
        while (j < chars.length && isLower(chars[j]))
            j++;
        // a number not followed by lower-case letters belongs to this word: Bld4Floor \u2192 bld4, floor
        let k = j;
        while (k < chars.length && isDigit(chars[k]))
            k++;
        if (k > j && !(k < chars.length && isLower(chars[k])))
            j = k;
        push(chars.slice(i, j).join(''));
        i = j;
    }
    return out;
}
function lowerCase(s, connector) {
    let out = '';
    let previous;
    for (const word of caseWords(s)) {
        if (previous && !previous.punct && !word.punct)
            out += connector;
        out += word.text.toLowerCase();
        previous = word;
    }
    return out;
}
/** xstrings.ToPascalCase as sprig's camelcase: connectors dropped and the next letter upper-cased;
 * leading connectors, one of a doubled connector and a trailing one are kept. */
function pascalCase(s) {
    const chars = [...s];
    let out = '';
    let i = 0;
    while (i < chars.length && isConnector(chars[i]))
        out += chars[i++];
    let upNext = true;
    for (; i < chars.length; i++) {
        const c = chars[i];
        const next = chars[i + 1];
        if (isConnector(c)) {
            if (next === undefined || isConnector(next))
                out += c;
            upNext = true;
            continue;
        }
        out += upNext ? c.toUpperCase() : c;
        upNext = false;
    }
    return out;
}
/** goutils.WrapCustom: lines broken at the last space within `width`; long words broken or left whole. */
function wrapCustom(text, width, newline, wrapLong) {
    if (text === '')
        return '';
    const nl = newline === '' ? '\n' : newline;
    const limit = Math.max(1, width);
    let out = '';
    let at = 0;
    while (text.length - at > limit) {
        if (text[at] === ' ') {
            at++;
            continue;
        }
        const space = text.slice(at, at + limit + 1).lastIndexOf(' ');
        if (space >= 0) {
            out += text.slice(at, at + space) + nl;
            at += space + 1;
        }
        else if (wrapLong) {
            out += text.slice(at, at + limit) + nl;
            at += limit;
        }
        else {
            const next = text.indexOf(' ', at + limit);
            if (next === -1) {
                out += text.slice(at);
                at = text.length;
            }
            else {
                out += text.slice(at, next) + nl;
                at = next + 1;
            }
        }
    }
    return out + text.slice(at);
}
/** goutils.AbbreviateFull: `...` at either end, the window starting near `offset`. */
function abbreviate(s, offset, width) {
    if (width < 4)
        throw new goTemplate_TemplateError('minimum abbreviation width is 4');
    if (s.length <= width)
        return s;
    let from = Math.min(offset, s.length);
    if (s.length - from < width - 3)
        from = s.length - (width - 3);
    if (from <= 4)
        return `${s.slice(0, width - 3)}...`;
    if (width < 7)
        throw new goTemplate_TemplateError('minimum abbreviation width with offset is 7');
    if (from + width - 3 < s.length)
        return `...${abbreviate(s.slice(from), 0, width - 3)}`;
    return `...${s.slice(s.length - (width - 3))}`;
}
/** sprig's strslice: a list's items as strings, nil items dropped; one value as a list of one. */
function strslice(v) {
    if (Array.isArray(v))
        return v.filter((x) => x !== null && x !== undefined).map(str);
    return v === null || v === undefined ? [] : [str(v)];
}
/** Argo CD's SanitizeName: lower case, [^-a-z0-9.] \u2192 '-', at most 253 characters, trimmed of '-' and '.'. */
function sanitizeName(name) {
    return name
        .toLowerCase()
        .replace(/[^-a-z0-9.]/g, '-')
        .slice(0, 253)
        .replace(/^[-.]+|[-.]+$/g, '');
}
/**
 * Argo CD's slugify: `slugify NAME`, `slugify MAXLEN NAME`, `slugify MAXLEN SMARTTRUNCATE NAME` (50 and
 * true by default): SanitizeName, then gosimple/slug \u2014 runs of characters other than [a-z0-9_-] become one
 * `-`, cut to MAXLEN (at a word boundary when smart), trimmed of `-` and `_`.
 */
function slugify(...args) {
    let maxLength = 50;
    let smart = true;
    const name = args.at(-1);
    if (typeof name !== 'string')
        throw new goTemplate_TemplateError('slugify: the name (last argument) must be a string');
    if (args.length >= 2)
        maxLength = toInt64(args[0]);
    if (args.length >= 3)
        smart = args[1] === true;
    let slug = sanitizeName(name)
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '');
    if (maxLength > 0 && slug.length > maxLength) {
        if (smart) {
            const words = slug.split(/(?<=-)/);
            if (words[0].length > maxLength)
                slug = words[0].slice(0, maxLength);
            else {
                let cut = '';
                for (const word of words) {
                    if (cut.length + word.length - 1 <= maxLength)
                        cut += word;
                    else
                        break;
                }
                slug = cut;
            }
        }
        else
            slug = slug.slice(0, maxLength);
    }
    return slug.replace(/^[-_]+|[-_]+$/g, '');
}
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32encode(bytes) {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += B32[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += B32[(value << (5 - bits)) & 31];
    return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}
function base32decode(text) {
    const body = text.replace(/=+$/, '');
    if (text.length % 8 !== 0 || /[^A-Z2-7]/.test(body)) {
        const at = [...text].findIndex((c, i) => !B32.includes(c) && !(c === '=' && i >= body.length));
        return `illegal base32 data at input byte ${at === -1 ? text.length - (text.length % 8) : at}`;
    }
    const bytes = [];
    let bits = 0;
    let value = 0;
    for (const c of body) {
        value = (value << 5) | B32.indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bytes.push((value >>> (bits - 8)) & 255);
            bits -= 8;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function base64decode(text) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
        const at = [...text].findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
        return `illegal base64 data at input byte ${at === -1 ? text.length - (text.length % 4) : at}`;
    }
    return Buffer.from(text, 'base64').toString('utf8');
}
const STRING_FUNCTIONS = {
    snakecase: (s) => lowerCase(str(s), '_'),
    kebabcase: (s) => lowerCase(str(s), '-'),
    camelcase: (s) => pascalCase(str(s)),
    swapcase: (s) => [...str(s)].map((c) => (isUpper(c) ? c.toLowerCase() : isLower(c) ? c.toUpperCase() : c)).join(''),
    initials: (s) => str(s)
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [...w][0])
        .join(''),
    untitle: (s) => str(s).replace(/(^|\s)(\S)/gu, (_, space, c) => space + c.toLowerCase()),
    abbrev: (width, s) => (toInt64(width) < 4 ? str(s) : abbreviate(str(s), 0, toInt64(width))),
    abbrevboth: (left, right, s) => {
        const [l, r] = [toInt64(left), toInt64(right)];
        if (r < 4 || (l > 0 && r < 7))
            return str(s);
        return abbreviate(str(s), l, r);
    },
    wrap: (width, s) => wrapCustom(str(s), toInt64(width), '\n', false),
    wrapWith: (width, sep, s) => wrapCustom(str(s), toInt64(width), str(sep), true),
    plural: (one, many, count) => (toInt64(count) === 1 ? one : many),
    toStrings: (v) => strslice(v),
    join: (sep, v) => strslice(v).join(str(sep)),
    sortAlpha: (v) => {
        const items = Array.isArray(v) ? strslice(v) : [str(v)];
        return items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
    b64enc: (s) => Buffer.from(str(s)).toString('base64'),
    b64dec: (s) => base64decode(str(s)),
    b32enc: (s) => base32encode(Buffer.from(str(s))),
    b32dec: (s) => base32decode(str(s)),
    normalize: (s) => sanitizeName(str(s)),
    slugify,
};

;// CONCATENATED MODULE: ./src/core/argo/sprigFunctions.ts
// The template functions Argo CD gives ApplicationSet Go templates (applicationset/utils/utils.go):
// Masterminds/sprig v3.3.0's GenericFuncMap without env, expandenv and getHostByName (they fail as
// unknown functions, and nothing here reads the runner's environment or network), plus normalize,
// slugify, toYaml, fromYaml and fromYamlArray. Each family is in its own file (sprigLists, sprigNumbers,
// sprigStrings, sprigDates, goRegexp); what reads the clock or draws random numbers (now, randAlpha,
// uuidv4, genCA \u2026) fails with NotPreviewable, so the ApplicationSet is listed as not previewed with that
// reason \u2014 never rendered with a value Argo CD would not produce. The vectors from sprig's and Argo CD's
// own tests are __tests__/fixtures/argo/templates/.











/** Functions Argo CD has whose result depends on randomness: Argo CD's output cannot be known ahead. */
const RANDOM = [
    'randAlphaNum',
    'randAlpha',
    'randAscii',
    'randNumeric',
    'randInt',
    'randBytes',
    'shuffle',
    'uuidv4',
    'genPrivateKey',
    'genCA',
    'genCAWithKey',
    'genSelfSignedCert',
    'genSelfSignedCertWithKey',
    'genSignedCert',
    'genSignedCertWithKey',
    'bcrypt',
    'htpasswd',
    'encryptAES',
];
/** Deterministic functions Slipway does not model: the ApplicationSet is not previewed, with the name. */
const NOT_MODELLED = ['derivePassword', 'buildCustomCert'];
function mergeInto(target, source, overwrite) {
    for (const [k, v] of Object.entries(source)) {
        if (sprigValues_isObj(v) && sprigValues_isObj(target[k]))
            mergeInto(target[k], v, overwrite);
        // mergo assigns the source's value itself (a map stays shared, as in Go), overriding only with a
        // value that is not empty
        else if (!(k in target) || empty(target[k]) || (overwrite && !empty(v)))
            target[k] = v;
    }
    return target;
}
/** encoding/json's Marshal: map keys sorted; `<`, `>`, `&` escaped unless raw. */
function toJson(v, indent, escapeHtml) {
    const sorted = (x) => Array.isArray(x)
        ? x.map(sorted)
        : sprigValues_isObj(x)
            ? Object.fromEntries(Object.keys(x)
                .sort()
                .map((k) => [k, sorted(x[k])]))
            : x instanceof GoObject
                ? x.toString()
                : x === NO_VALUE
                    ? null
                    : x;
    const text = JSON.stringify(sorted(v), null, indent) ?? 'null';
    return escapeHtml
        ? text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : text;
}
/** A *semver.Version of Masterminds/semver v3: its methods, printed as its String(). */
class SemverVersion extends GoObject {
    v;
    original;
    goType = '*semver.Version';
    constructor(v, original) {
        super();
        this.v = v;
        this.original = original;
    }
    method(name) {
        const other = (o) => {
            if (!(o instanceof SemverVersion))
                throw new goTemplate_TemplateError(`${name}: the argument must be a semver`);
            return o.v;
        };
        const methods = {
            Major: () => this.v.major,
            Minor: () => this.v.minor,
            Patch: () => this.v.patch,
            Prerelease: () => this.v.prerelease.join('.'),
            Metadata: () => this.v.build.join('.'),
            Original: () => this.original,
            String: () => this.toString(),
            Compare: (o) => semver_default().compare(this.v, other(o)),
            LessThan: (o) => semver_default().lt(this.v, other(o)),
            GreaterThan: (o) => semver_default().gt(this.v, other(o)),
            Equal: (o) => semver_default().eq(this.v, other(o)),
        };
        return methods[name];
    }
    field() {
        return undefined;
    }
    toString() {
        return this.v.format() + (this.v.build.length > 0 ? `+${this.v.build.join('.')}` : '');
    }
}
/** semver.NewVersion: a leading `v`, and a missing minor or patch, are accepted. */
function parseSemver(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
    const parsed = m && semver_default().parse(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}${m[5] ?? ''}`);
    if (!parsed)
        throw new goTemplate_TemplateError('Invalid Semantic Version');
    return new SemverVersion(parsed, text);
}
/** Go's url.Parse for the parts sprig's urlParse returns. */
function urlParse(text) {
    const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(text);
    if (!m)
        throw new goTemplate_TemplateError(`unable to parse url: ${text}`);
    const authority = m[2];
    const at = authority?.lastIndexOf('@') ?? -1;
    const host = authority === undefined ? '' : authority.slice(at + 1);
    const opaque = m[1] && authority === undefined && !m[3].startsWith('/') ? m[3] : '';
    return {
        scheme: m[1]?.toLowerCase() ?? '',
        host,
        hostname: host.replace(/:\d*$/, '').replace(/^\[(.*)\]$/, '$1'),
        path: opaque ? '' : decodeURIComponent(m[3] ?? ''),
        query: m[4] ?? '',
        opaque,
        fragment: m[5] !== undefined ? decodeURIComponent(m[5]) : '',
        userinfo: authority !== undefined && at >= 0 ? authority.slice(0, at) : '',
    };
}
/** Go's url.URL.String for the parts of sprig's urlJoin. */
function urlJoin(d) {
    const part = (k) => (sprigValues_isObj(d) && typeof d[k] === 'string' ? d[k] : '');
    let out = '';
    if (part('scheme'))
        out += `${part('scheme')}:`;
    if (part('opaque'))
        out += part('opaque');
    else {
        if (part('scheme') || part('host') || part('userinfo')) {
            out += '//';
            if (part('userinfo'))
                out += `${part('userinfo')}@`;
            out += part('host');
        }
        const path = part('path');
        if (path && !path.startsWith('/') && part('host'))
            out += '/';
        out += encodeURI(path).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
    }
    if (part('query'))
        out += `?${part('query')}`;
    if (part('fragment'))
        out += `#${encodeURI(part('fragment'))}`;
    return out;
}
/** sprig's decryptAES: base64 of IV + AES-256-CBC ciphertext, the key the password padded to 32 bytes. */
function decryptAES(password, text) {
    const data = Buffer.from(str(text), 'base64');
    if (data.length < 16 || data.length % 16 !== 0)
        throw new goTemplate_TemplateError('ciphertext too short');
    const key = Buffer.alloc(32);
    Buffer.from(str(password)).copy(key);
    const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-cbc', key, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}
const kindOf = (v) => Array.isArray(v)
    ? 'slice'
    : sprigValues_isObj(v)
        ? 'map'
        : typeof v === 'number'
            ? Number.isInteger(v)
                ? 'int'
                : 'float64'
            : typeof v === 'boolean'
                ? 'bool'
                : v instanceof GoObject
                    ? 'ptr'
                    : v === null || v === undefined
                        ? 'invalid'
                        : 'string';
const refuse = (name, why) => () => {
    throw new NotPreviewable(`it calls ${name}, ${why}`);
};
const FUNCTIONS = {
    ...LIST_FUNCTIONS,
    ...NUMBER_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...DATE_FUNCTIONS,
    ...regexFunctions(str, toInt64),
    hello: () => 'Hello!',
    // Argo CD's own (sigs.k8s.io/yaml goes through JSON: keys sorted, no trailing newline)
    toYaml: (v) => (0,dist/* stringify */.As)(v === NO_VALUE ? null : v, { sortMapEntries: true }).replace(/\n$/, ''),
    fromYaml: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !sprigValues_isObj(value))
            throw new goTemplate_TemplateError(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a map`);
        return value ?? {};
    },
    fromYamlArray: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !Array.isArray(value))
            throw new goTemplate_TemplateError(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a list`);
        return (value ?? []);
    },
    ternary: (yes, no, condition) => (condition === true ? yes : no),
    fail: (message) => {
        throw new goTemplate_TemplateError(str(message));
    },
    // strings
    upper: (s) => str(s).toUpperCase(),
    lower: (s) => str(s).toLowerCase(),
    title: (s) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, before, c) => before + c.toUpperCase()),
    trim: (s) => str(s).trim(),
    trimAll: (cut, s) => trimChars(str(s), str(cut)),
    trimall: (cut, s) => trimChars(str(s), str(cut)),
    trimPrefix: (prefix, s) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
    trimSuffix: (suffix, s) => str(suffix) !== '' && str(s).endsWith(str(suffix)) ? str(s).slice(0, -str(suffix).length) : str(s),
    replace: (old, replacement, s) => {
        const parts = str(s).split(str(old));
        checkValueChars(str(s).length + (parts.length - 1) * str(replacement).length);
        return parts.join(str(replacement));
    },
    contains: (sub, s) => str(s).includes(str(sub)),
    hasPrefix: (prefix, s) => str(s).startsWith(str(prefix)),
    hasSuffix: (suffix, s) => str(s).endsWith(str(suffix)),
    quote: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map((a) => JSON.stringify(str(a)))
        .join(' '),
    squote: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map((a) => `'${str(a)}'`)
        .join(' '),
    cat: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map(str)
        .join(' '),
    indent: (n, s) => str(s).replace(/^/gm, padding(n, s)),
    nindent: (n, s) => `\n${str(s).replace(/^/gm, padding(n, s))}`,
    repeat: (n, s) => {
        checkValueChars(Math.max(0, toInt64(n)) * str(s).length);
        return str(s).repeat(Math.max(0, toInt64(n)));
    },
    substr: (start, end, s) => {
        const text = str(s);
        const [a, b] = [toInt64(start), toInt64(end)];
        if (a < 0)
            return text.slice(0, b);
        if (b < 0 || b > text.length)
            return text.slice(a);
        return text.slice(a, b);
    },
    trunc: (n, s) => {
        const c = toInt64(n);
        const text = str(s);
        if (c < 0 && text.length + c > 0)
            return text.slice(text.length + c);
        if (c >= 0 && text.length > c)
            return text.slice(0, c);
        return text;
    },
    nospace: (s) => str(s).replace(/\s+/gu, ''),
    toString: (v) => str(v),
    split: (sep, s) => Object.fromEntries(str(s)
        .split(str(sep))
        .map((part, i) => [`_${i}`, part])),
    splitList: (sep, s) => str(s).split(str(sep)),
    splitn: (sep, n, s) => {
        const count = toInt64(n);
        const parts = str(s).split(str(sep));
        const kept = count > 0 && parts.length > count
            ? [...parts.slice(0, count - 1), parts.slice(count - 1).join(str(sep))]
            : count === 0
                ? []
                : parts;
        return Object.fromEntries(kept.map((part, i) => [`_${i}`, part]));
    },
    // paths (Go's path package; filepath's os* forms are the same on Argo CD's Linux)
    base: (p) => goBase(str(p)),
    dir: (p) => goDir(str(p)),
    ext: (p) => goExt(str(p)),
    clean: (p) => goClean(str(p)),
    isAbs: (p) => str(p).startsWith('/'),
    osBase: (p) => goBase(str(p)),
    osDir: (p) => goDir(str(p)),
    osExt: (p) => goExt(str(p)),
    osClean: (p) => goClean(str(p)),
    osIsAbs: (p) => str(p).startsWith('/'),
    // hashes and encryption
    sha1sum: (s) => (0,external_node_crypto_.createHash)('sha1').update(str(s)).digest('hex'),
    sha256sum: (s) => (0,external_node_crypto_.createHash)('sha256').update(str(s)).digest('hex'),
    sha512sum: (s) => (0,external_node_crypto_.createHash)('sha512').update(str(s)).digest('hex'),
    adler32sum: (s) => {
        let a = 1;
        let b = 0;
        for (const byte of Buffer.from(str(s))) {
            a = (a + byte) % 65521;
            b = (b + a) % 65521;
        }
        return String(((b << 16) | a) >>> 0);
    },
    decryptAES,
    // JSON
    toJson: (v) => toJson(v, 0, true),
    mustToJson: (v) => toJson(v, 0, true),
    toRawJson: (v) => toJson(v, 0, false),
    mustToRawJson: (v) => toJson(v, 0, false),
    toPrettyJson: (v) => toJson(v, 2, true),
    mustToPrettyJson: (v) => toJson(v, 2, true),
    fromJson: (s) => {
        try {
            return JSON.parse(str(s));
        }
        catch {
            return null;
        }
    },
    mustFromJson: (s) => {
        try {
            return JSON.parse(str(s));
        }
        catch (error) {
            throw new goTemplate_TemplateError(error instanceof Error ? error.message : String(error));
        }
    },
    // maps
    dict: (...args) => {
        const out = {};
        for (let i = 0; i < args.length; i += 2)
            out[str(args[i])] = i + 1 < args.length ? args[i + 1] : '';
        return out;
    },
    get: (map, key) => (sprigValues_isObj(map) && str(key) in map ? map[str(key)] : ''),
    set: (map, key, value) => Object.assign(mapArg(map, 'set'), { [str(key)]: value }),
    unset: (map, key) => {
        delete mapArg(map, 'unset')[str(key)];
        return map;
    },
    hasKey: (map, key) => str(key) in mapArg(map, 'hasKey'),
    keys: (...maps) => maps.flatMap((m) => Object.keys(mapArg(m, 'keys'))),
    values: (map) => Object.values(mapArg(map, 'values')),
    pick: (map, ...keys) => {
        const m = mapArg(map, 'pick');
        return Object.fromEntries(keys
            .map(str)
            .filter((k) => k in m)
            .map((k) => [k, m[k]]));
    },
    omit: (map, ...keys) => Object.fromEntries(Object.entries(mapArg(map, 'omit')).filter(([k]) => !keys.map(str).includes(k))),
    pluck: (key, ...maps) => maps.filter((m) => str(key) in mapArg(m, 'pluck')).map((m) => m[str(key)]),
    dig: (...args) => {
        if (args.length < 3)
            throw new goTemplate_TemplateError('dig needs at least three arguments');
        let value = mapArg(args.at(-1), 'dig');
        for (const key of args.slice(0, -2)) {
            if (!sprigValues_isObj(value))
                throw new goTemplate_TemplateError('dig: a key leads to a value that is not a map');
            if (!(str(key) in value))
                return args.at(-2);
            value = value[str(key)];
        }
        return value;
    },
    merge: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'merge'), false), mapArg(target, 'merge')),
    mustMerge: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mustMerge'), false), mapArg(target, 'mustMerge')),
    mergeOverwrite: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mergeOverwrite'), true), mapArg(target, 'mergeOverwrite')),
    mustMergeOverwrite: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mustMergeOverwrite'), true), mapArg(target, 'mustMergeOverwrite')),
    deepCopy: (v) => {
        if (v === null || v === undefined)
            throw new goTemplate_TemplateError('reflect: call of reflect.Value.Type on zero Value');
        return structuredClone(v);
    },
    mustDeepCopy: (v) => {
        if (v === null || v === undefined)
            throw new goTemplate_TemplateError('copy: Must not be nil');
        return structuredClone(v);
    },
    // semantic versions (Masterminds/semver v3)
    semver: (v) => parseSemver(str(v)),
    semverCompare: (range, version) => {
        const v = parseSemver(str(version));
        return semver_default().satisfies(v.toString(), str(range).replace(/(^|[\s,|])v(?=\d)/g, '$1'), {
            includePrerelease: false,
        });
    },
    // urls
    urlParse: (v) => urlParse(str(v)),
    urlJoin: (d) => urlJoin(d),
    // types, as Go's reflect names them for JSON parameters
    kindOf,
    typeOf: (v) => (v instanceof GoObject ? v.goType : typeName(v)),
    kindIs: (kind, v) => kindOf(v) === str(kind),
    typeIs: (type, v) => (v instanceof GoObject ? v.goType : typeName(v)) === str(type),
    typeIsLike: (type, v) => {
        const t = v instanceof GoObject ? v.goType : typeName(v);
        return t === str(type) || t === `*${str(type)}`;
    },
    deepEqual: (a, b) => deepEqual(a, b),
};
for (const name of RANDOM)
    FUNCTIONS[name] = refuse(name, 'whose result is random each time Argo CD renders it');
for (const name of NOT_MODELLED)
    FUNCTIONS[name] = refuse(name, 'which Slipway does not model');
/** Argo CD's function set (sprig's generic map, less env, expandenv and getHostByName, plus its own). */
const sprigFunctions_SPRIG_FUNCTIONS = Object.freeze(FUNCTIONS);
function mapArg(v, fn) {
    if (sprigValues_isObj(v))
        return v;
    throw new goTemplate_TemplateError(`wrong type for value; expected map[string]interface {}; got ${typeName(v)} (${fn})`);
}
function trimChars(s, cut) {
    const chars = new Set(cut);
    const list = [...s];
    let a = 0;
    let b = list.length;
    while (a < b && chars.has(list[a]))
        a++;
    while (b > a && chars.has(list[b - 1]))
        b--;
    return list.slice(a, b).join('');
}
/** The indentation of indent/nindent, refused before it is built when the result would be too long. */
function padding(n, s) {
    const width = Math.max(0, toInt64(n));
    checkValueChars(str(s).length + width * str(s).split('\n').length);
    return ' '.repeat(width);
}
/** Go's path.Clean. */
function goClean(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out.at(-1) !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
function goBase(p) {
    if (p === '')
        return '.';
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
function goDir(p) {
    return goClean(p.slice(0, p.lastIndexOf('/') + 1));
}
function goExt(p) {
    for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--)
        if (p[i] === '.')
            return p.slice(i);
    return '';
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/argo/trackedRevision.ts
var trackedRevision = __webpack_require__(1226);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets.ts
// ApplicationSets \u2192 the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository (with their `values` and
// pathParamPrefix), and matrix and merge of those, each as Argo CD's types define it and with the errors
// Argo CD raises; `selector` on any of them. Templates as Argo CD renders them (applicationset/utils):
// every string of the template \u2014 keys too \u2014 through Go's text/template with sprig (goTemplate: true,
// goTemplateOptions) or the legacy `{{param}}` substitution; then templatePatch; the resources finalizer
// unless syncPolicy.preserveResourcesOnDeletion. Generators that depend on the world outside the
// repository (clusters, SCM providers, pull requests, plugins, cluster decisions) are listed as not
// previewed with the reason, never dropped. A generator is one entry of GENERATORS.












const applicationSets_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const asObj = (v) => (applicationSets_isObj(v) ? v : {});
function isApplicationSet(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'ApplicationSet');
}
/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
class NotModeled extends Error {
}
/** A git generator reading another revision of this repository than the pull request's branch (trackedRevision.ts). */
class OtherRevisionGenerator extends NotModeled {
    revision;
    constructor(revision) {
        const name = (0,trackedRevision/* revisionName */.pd)(revision);
        super(`its git generator reads revision ${(0,plainText/* plainText */.w)(name)}, not the pull request's branch, and its template deploys from this branch (list the revision in track-revisions if it follows the branch)`);
        this.revision = name;
    }
}
/** Input Argo CD refuses too (a YAML field or generator file that does not parse): the reason names it. */
class BadInput extends Error {
}
/** Applications (parameter sets) one ApplicationSet may generate; docs/security.md, "Budgets". */
const MAX_GENERATED_APPS = 10_000;
function tooManyApps() {
    return new BudgetExceeded(`it generates more than ${MAX_GENERATED_APPS.toLocaleString('en-US')} Applications (limit generatedApps)`);
}
/** Data in a YAML string or file, read within the document limits; the error names `what`, never the text. */
function parseData(text, what) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl, lineCounter });
    const error = doc.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new BadInput(`${what} is not valid YAML or JSON (line ${line})`);
    }
    const problem = (0,documentBounds/* documentBoundsProblem */.OA)(doc);
    if (problem !== undefined)
        throw new BadInput(`${what} ${problem}`);
    return doc.toJS({ maxAliasCount: -1 });
}
/** Renders one string as Argo CD's Render.Replace does: Go's text/template with sprig, or fasttemplate. */
function replace(text, params, ctx, missingKeyError) {
    if (ctx.goTemplate)
        return renderGoTemplate(text, params, missingKeyError === undefined ? ctx.options : { ...ctx.options, missingKeyError });
    return renderLegacyTemplate(text, params);
}
/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
function renderValue(value, params, ctx) {
    ctx.options.budget.step();
    if (typeof value === 'string') {
        const rendered = replace(value, params, ctx);
        ctx.options.budget.rendered(rendered.length);
        return rendered;
    }
    if (Array.isArray(value))
        return value.map((v) => renderValue(v, params, ctx));
    if (applicationSets_isObj(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            out[replace(k, params, ctx)] = renderValue(v, params, ctx);
        }
        return out;
    }
    return value;
}
/** Go's path.Dir and path.Base, as Argo CD names the folders and files it generates from. */
function applicationSets_goDir(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '.' : path.slice(0, slash) || '/';
}
const applicationSets_goBase = (path) => (path === '' ? '.' : (path.split('/').at(-1) ?? path));
/** `.path.*` parameters (or `path`, `path.basename`\u2026 in legacy templates), under pathParamPrefix if set. */
function pathParams(path, ctx, prefix, file) {
    const details = {
        path,
        basename: applicationSets_goBase(path),
        ...(file !== undefined && { filename: file }),
        basenameNormalized: sanitizeName(applicationSets_goBase(path)),
        ...(file !== undefined && { filenameNormalized: sanitizeName(file) }),
    };
    if (ctx.goTemplate) {
        const nested = { ...details, segments: path.split('/') };
        return prefix ? { [prefix]: { path: nested } } : { path: nested };
    }
    const name = prefix ? `${prefix}.path` : 'path';
    const flat = {};
    for (const [k, v] of Object.entries(details))
        flat[k === 'path' ? name : `${name}.${k}`] = v;
    path.split('/').forEach((s, i) => {
        if (s !== '')
            flat[`${name}[${i}]`] = s;
    });
    return flat;
}
/** The repository's folders as Argo CD's repo server walks them: hidden folders and what is inside skipped. */
function folders(tree) {
    const out = new Set();
    for (const path of tree.keys())
        for (let d = (0,fileTree/* dirname */.pD)(path); d !== ''; d = (0,fileTree/* dirname */.pD)(d))
            out.add(d);
    return [...out].filter((d) => !d.split('/').some((s) => s.startsWith('.'))).sort();
}
/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
function flatten(value, prefix, out) {
    // jeremywohl/flatten: an empty map or list gives no key at all
    if (applicationSets_isObj(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (Array.isArray(value)) {
        value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    }
    else
        out[prefix] = goString(value);
    return out;
}
/** A generator's `values` (map[string]string in Argo CD's types), each string checked. */
function valuesOf(spec, kind) {
    if (spec.values === undefined || spec.values === null)
        return {};
    if (!applicationSets_isObj(spec.values))
        throw new BadInput(`its ${kind} generator's values is not a map of strings`);
    for (const [k, v] of Object.entries(spec.values))
        if (typeof v !== 'string')
            throw new BadInput(`its ${kind} generator's values.${k} is not a string, as Argo CD requires`);
    return spec.values;
}
/**
 * appendTemplatedValues: each value rendered with the parameter set it belongs to, then added as
 * `.values.<key>` (`values.<key>` in legacy templates); a `values` parameter of the set is replaced.
 */
function withValues(params, values, ctx) {
    const keys = Object.keys(values);
    if (keys.length === 0)
        return params;
    const rendered = {};
    for (const k of keys) {
        const text = replace(values[k], params, ctx);
        ctx.options.budget.rendered(text.length);
        rendered[ctx.goTemplate ? k : `values.${k}`] = text;
    }
    return ctx.goTemplate ? { ...params, values: rendered } : { ...params, ...rendered };
}
const countApps = (out, more = 0) => {
    if (out.length + more > MAX_GENERATED_APPS)
        throw tooManyApps();
};
/** A file of the tree as the repo server reads it, or an error naming it. */
function fileText(path, ctx) {
    const entry = ctx.tree.get(path);
    if (entry?.text !== undefined)
        return entry.text;
    if (entry?.tooLarge)
        throw new BadInput(`its git files generator file ${path} is over the size limit, so it was not read`);
    throw new NotModeled(`its git files generator file ${path} is a symbolic link`);
}
/** One git files generator file: a map, or a list of maps (sigs.k8s.io/yaml, as Argo CD reads it). */
function fileParamSets(path, ctx) {
    const what = `its git files generator file ${path}`;
    const content = parseData(fileText(path, ctx), what);
    if (content === null || content === undefined)
        return [{}];
    if (applicationSets_isObj(content))
        return [content];
    if (Array.isArray(content) && content.every((c) => c === null || applicationSets_isObj(c)))
        return content.map((c) => (applicationSets_isObj(c) ? c : {}));
    throw new BadInput(`${what} is not a YAML or JSON map, nor a list of maps (Argo CD: unable to parse file)`);
}
function gitParams(git, ctx) {
    if (!ctx.repoUrls.some((url) => (0,repoUrl/* sameRepo */.Zj)(url, (0,plainText/* plainText */.w)(git.repoURL, ''))))
        throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
    if (!(0,trackedRevision/* tracksBranch */.NO)(git.revision, ctx.tracking))
        throw new OtherRevisionGenerator(git.revision);
    const values = valuesOf(git, 'git');
    const prefix = typeof git.pathParamPrefix === 'string' ? git.pathParamPrefix : '';
    const out = [];
    const directories = Array.isArray(git.directories) ? git.directories.map(asObj) : [];
    const files = Array.isArray(git.files) ? git.files.map(asObj) : [];
    if (directories.length > 0) {
        // Go's path.Match on each folder: `*` stays within one segment, `**` too. Argo CD logs a malformed
        // pattern and lets it match nothing; a linear-time matcher, whatever the pattern
        const match = (pattern) => (dir) => {
            try {
                return goPathMatch((0,plainText/* plainText */.w)(pattern, ''), dir);
            }
            catch (error) {
                if (error instanceof BadPattern)
                    return false;
                throw error;
            }
        };
        const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
        const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
        for (const dir of ctx.directories ?? folders(ctx.tree)) {
            ctx.options.budget.step(include.length + exclude.length);
            if (include.some((m) => m(dir)) && !exclude.some((m) => m(dir)))
                out.push(withValues(pathParams(dir, ctx, prefix), values, ctx));
            countApps(out);
        }
        return out;
    }
    if (files.length === 0)
        throw new BadInput('its git generator has neither directories nor files');
    const include = files.filter((f) => f.exclude !== true).map((f) => (0,plainText/* plainText */.w)(f.path, ''));
    const exclude = files.filter((f) => f.exclude === true).map((f) => (0,plainText/* plainText */.w)(f.path, ''));
    const matchers = (patterns) => patterns.map((p) => gitFilesMatcher(p, ctx.newGitFileGlobbing));
    const [wanted, unwanted] = [matchers(include), matchers(exclude)];
    const paths = [...ctx.tree.keys()]
        .filter((path) => wanted.some((m) => m(path)) && !unwanted.some((m) => m(path)))
        .sort();
    for (const path of paths) {
        ctx.options.budget.step(wanted.length + unwanted.length);
        for (const item of fileParamSets(path, ctx)) {
            const own = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
            const params = { ...own, ...pathParams(applicationSets_goDir(path), ctx, prefix, applicationSets_goBase(path)) };
            out.push(withValues(params, values, ctx));
            countApps(out);
        }
    }
    return out;
}
function listParams(list, ctx) {
    const elements = Array.isArray(list.elements) ? list.elements : [];
    const out = elements.map((element) => {
        if (!applicationSets_isObj(element))
            throw new BadInput("its list generator's elements must each be a map");
        if (ctx.goTemplate)
            return structuredClone(element);
        // legacy templates: every element value a string, and `values` a map of strings
        const params = {};
        for (const [key, value] of Object.entries(element)) {
            if (key === 'values') {
                if (!applicationSets_isObj(value))
                    throw new BadInput("its list generator's element values is not a map");
                for (const [k, v] of Object.entries(value)) {
                    if (typeof v !== 'string')
                        throw new BadInput(`its list generator's element values.${k} is not a string`);
                    params[`values.${k}`] = v;
                }
            }
            else if (typeof value !== 'string')
                throw new BadInput(`its list generator's element field ${key} is not a string (legacy templates take strings only)`);
            else
                params[key] = value;
        }
        return params;
    });
    if (typeof list.elementsYaml === 'string' && list.elementsYaml !== '') {
        const fromYaml = parseData(list.elementsYaml, "its list generator's elementsYaml");
        if (fromYaml !== null && (!Array.isArray(fromYaml) || !fromYaml.every((e) => e === null || applicationSets_isObj(e))))
            throw new BadInput("its list generator's elementsYaml is not a list of maps, as Argo CD requires");
        for (const e of (fromYaml ?? []))
            out.push(applicationSets_isObj(e) ? e : {});
    }
    countApps(out);
    return out;
}
/** mergo.Merge(dst, src, WithOverride) on parameter maps: maps merged key by key, anything else replaced. */
function mergeOver(dst, src) {
    const out = { ...dst };
    for (const [k, v] of Object.entries(src)) {
        if (v === null || v === undefined)
            continue;
        out[k] = applicationSets_isObj(v) && applicationSets_isObj(out[k]) ? mergeOver(out[k], v) : v;
    }
    return out;
}
/** The parameter sets of a matrix or merge child: exactly one generator, as Argo CD requires. */
function childParams(child, ctx, depth, outer) {
    const results = transform(child, ctx, depth + 1, outer, true);
    return results[0].params;
}
const nestedTooDeep = (kind) => new BadInput(`a ${kind} generator inside two levels of matrix or merge, which Argo CD does not read (child generator generated no parameters)`);
/** Matrix: every pair, the first generator's parameters winning; the second sees the first's. */
function matrixParams(spec, ctx, depth) {
    if (depth >= 2)
        throw nestedTooDeep('matrix');
    const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
    if (children.length < 2)
        throw new BadInput('its matrix generator has fewer than two generators (Argo CD supports exactly two)');
    if (children.length > 2)
        throw new BadInput('its matrix generator has more than two generators (Argo CD supports exactly two)');
    const [first, second] = children;
    const out = [];
    for (const left of childParams(first, ctx, depth)) {
        const rights = childParams(second, ctx, depth, left);
        // counted before the product is built: 3,000 \u00d7 3,000 stops here, not after 9 million objects
        countApps(out, rights.length);
        for (const right of rights) {
            if (ctx.goTemplate) {
                out.push(mergeOver(mergeOver({}, right), left));
                continue;
            }
            // CombineStringMaps: both as strings; one key with two values is an error
            const combined = Object.fromEntries(Object.entries(left).map(([k, v]) => [k, goString(v)]));
            for (const [k, v] of Object.entries(right)) {
                const value = goString(v);
                if (k in combined && combined[k] !== value)
                    throw new BadInput(`its matrix generator's two generators give parameter ${k} two different values, which Argo CD refuses`);
                combined[k] = value;
            }
            out.push(combined);
        }
    }
    return out;
}
/** Merge: the first generator's sets, overridden by later ones agreeing on every merge key. */
function mergeParams(spec, ctx, depth) {
    if (depth >= 2)
        throw nestedTooDeep('merge');
    const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
    if (children.length < 2)
        throw new BadInput('its merge generator has fewer than two generators (Argo CD requires two or more)');
    const sets = children.map((child) => childParams(child, ctx, depth));
    const keys = [...new Set(Array.isArray(spec.mergeKeys) ? spec.mergeKeys.map(String) : [])].sort();
    if (keys.length === 0)
        throw new BadInput('its merge generator has no mergeKeys (Argo CD requires one)');
    // the key is the parameters' top-level values (json.Marshal of a map: keys sorted)
    const byKey = (paramSets, which) => {
        const out = new Map();
        for (const p of paramSets) {
            const key = JSON.stringify(Object.fromEntries(keys.map((k) => [k, p[k] ?? null])));
            if (out.has(key))
                throw new BadInput(`the parameter sets of its merge generator's generator ${which} are not unique by the mergeKeys ${keys.join(', ')}, as Argo CD requires`);
            out.set(key, p);
        }
        return out;
    };
    const base = byKey(sets[0], 1);
    sets.slice(1).forEach((paramSets, i) => {
        const overrides = byKey(paramSets, i + 2);
        for (const [key, p] of base) {
            const override = overrides.get(key);
            if (override)
                base.set(key, ctx.goTemplate ? mergeOver(p, override) : { ...p, ...override });
        }
    });
    return [...base.values()];
}
/** Argo CD's generators, by the field that names them in a generator (ApplicationSetGenerator). */
const GENERATOR_KINDS = [
    'list',
    'git',
    'matrix',
    'merge',
    'clusters',
    'clusterDecisionResource',
    'scmProvider',
    'pullRequest',
    'plugin',
];
/** The generators Slipway expands from the repository alone, by kind. */
const GENERATORS = {
    list: listParams,
    git: gitParams,
    matrix: matrixParams,
    merge: mergeParams,
};
/** The generators Slipway expands from the repository alone. */
const PREVIEWED_GENERATORS = GENERATOR_KINDS.filter((k) => GENERATORS[k]);
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
const OTHER_GENERATORS = GENERATOR_KINDS.filter((k) => !GENERATORS[k]);
/** The kinds a generator sets (Argo CD's GetRelevantGenerators); other fields are not read. */
function kindsOf(generator) {
    return GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
}
/**
 * The generator's fields with another generator's parameters in them (a matrix's second child): every
 * string rendered; `values` of the generator kinds that have them only where those parameters resolve
 * them (a missing key is left for the generator's own parameters).
 */
function interpolate(generator, outer, ctx) {
    const out = {};
    for (const [key, value] of Object.entries(generator)) {
        if (!applicationSets_isObj(value) || !GENERATOR_KINDS.includes(key) || !applicationSets_isObj(value.values)) {
            out[replace(key, outer, ctx)] = value === null ? value : renderValue(value, outer, ctx);
            continue;
        }
        const { values, ...rest } = value;
        const resolved = {};
        for (const [k, v] of Object.entries(values)) {
            if (typeof v !== 'string') {
                resolved[k] = v;
                continue;
            }
            try {
                resolved[k] = replace(v, outer, ctx, true);
            }
            catch (error) {
                if (!(error instanceof goTemplate_TemplateError) || error instanceof BudgetExceeded)
                    throw error;
                if (!/map has no entry for key|can't evaluate field/.test(error.message))
                    throw error;
                resolved[k] = v;
            }
        }
        out[key] = { ...asObj(renderValue(rest, outer, ctx)), values: resolved };
    }
    return out;
}
/**
 * Argo CD's Transform: each generator a generator item sets, its parameter sets filtered by `selector`.
 * A child of matrix or merge (`child`) must set exactly one.
 */
function transform(generator, ctx, depth, outer, child = false) {
    const kinds = kindsOf(generator);
    if (kinds.length === 0) {
        const other = Object.keys(generator).find((k) => !['selector', 'template', 'values'].includes(k));
        if (other !== undefined)
            throw new NotModeled(`the ${other} generator is not one Argo CD knows`);
        throw new BadInput(child
            ? 'a child of its matrix or merge generator names no generator (child generator generated no parameters)'
            : 'a generator names no generator (list, git, matrix, merge, \u2026)');
    }
    if (child && kinds.length > 1)
        throw new BadInput(`a child of its matrix or merge generator names more than one generator (${kinds.join(', ')}), which Argo CD refuses`);
    const selector = generator.selector === undefined ? undefined : labelSelector(generator.selector);
    const item = outer && Object.keys(outer).length > 0 ? interpolate(generator, outer, ctx) : generator;
    return kinds.map((kind) => {
        const fn = GENERATORS[kind];
        if (!fn)
            throw new NotModeled(`the ${kind} generator depends on more than this repository`);
        const spec = asObj(item[kind]);
        let params = fn(spec, ctx, depth);
        if (selector)
            params = params.filter((p) => selector(new Map(Object.entries(flatten(p, '', {})))));
        return { params, template: spec.template };
    });
}
/**
 * Why generating failed, for the not-previewed list: the errors Slipway raises say what and where; any
 * other (a stack overflow on absurd input) is named by its kind only, never with the content it quotes.
 */
function failure(error) {
    if (error instanceof NotModeled ||
        error instanceof goTemplate_TemplateError ||
        error instanceof BadInput ||
        error instanceof BadSelector)
        return error.message;
    const kind = error instanceof Error ? error.name : typeof error;
    return `it could not be expanded (${kind})`;
}
/** mergo.Merge(generatorTemplate, appSetTemplate): the generator's own template wins, field by field. */
function deepMerge(base, patch) {
    if (!applicationSets_isObj(patch))
        return patch;
    const out = applicationSets_isObj(base) ? { ...base } : {};
    for (const [k, v] of Object.entries(patch))
        out[k] = v === null ? v : deepMerge(out[k], v);
    return out;
}
/** What a templatePatch may not set to another type (Argo CD unmarshals it into an Application first). */
const PATCH_SHAPES = [
    [['metadata'], 'map'],
    [['metadata', 'labels'], 'map'],
    [['metadata', 'annotations'], 'map'],
    [['metadata', 'finalizers'], 'list'],
    [['metadata', 'name'], 'string'],
    [['metadata', 'namespace'], 'string'],
    [['spec'], 'map'],
    [['spec', 'project'], 'string'],
    [['spec', 'source'], 'map'],
    [['spec', 'sources'], 'list'],
    [['spec', 'destination'], 'map'],
    [['spec', 'syncPolicy'], 'map'],
    [['spec', 'ignoreDifferences'], 'list'],
    [['spec', 'info'], 'list'],
];
function checkPatchShape(patch) {
    for (const [path, type] of PATCH_SHAPES) {
        let v = patch;
        for (const key of path)
            v = applicationSets_isObj(v) ? v[key] : undefined;
        if (v === undefined || v === null)
            continue;
        const ok = type === 'map' ? applicationSets_isObj(v) : type === 'list' ? Array.isArray(v) : typeof v === 'string';
        if (!ok)
            throw new BadInput(`its templatePatch is invalid: ${path.join('.')} must be a ${type}, as an Application has it`);
    }
}
/** templatePatch on one rendered Application: rendered, checked, merged; the project cannot be patched. */
function applyTemplatePatch(app, patchTemplate, params, ctx) {
    const rendered = replace(patchTemplate, params, ctx);
    ctx.options.budget.rendered(rendered.length);
    const patch = parseData(rendered, 'its templatePatch, rendered,');
    if (patch === null || patch === undefined)
        return app;
    if (!applicationSets_isObj(patch))
        throw new BadInput('its templatePatch is invalid: it does not render to a map');
    checkPatchShape(patch);
    const patched = asObj(deepMerge(app, patch));
    const project = asObj(app.spec).project;
    if (applicationSets_isObj(patched.spec)) {
        if (project === undefined)
            delete patched.spec.project;
        else
            patched.spec = { ...patched.spec, project };
    }
    return patched;
}
const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
function policyOf(appSet) {
    const syncPolicy = asObj(asObj(appSet.spec).syncPolicy);
    const sync = syncPolicy.applicationsSync;
    return {
        appSet: (0,plainText/* plainText */.w)(asObj(appSet.metadata).name, '(unnamed)'),
        applicationsSync: sync === 'create-only' || sync === 'create-update' || sync === 'create-delete' ? sync : 'sync',
        preserveResourcesOnDeletion: syncPolicy.preserveResourcesOnDeletion === true,
    };
}
/** Whether the policy lets Argo CD update a generated Application, and delete one no longer generated. */
const allowsUpdate = (p) => p.applicationsSync === 'sync' || p.applicationsSync === 'create-update';
const allowsDelete = (p) => p.applicationsSync === 'sync' || p.applicationsSync === 'create-delete';
/**
 * The Applications an ApplicationSet generates from this repository alone. When Argo CD would fail to
 * generate (any generator or template fails), it changes none of the set's Applications: so nothing is
 * generated here either, and the set is listed as not previewed with the first reason.
 */
function expandApplicationSet(appSet, file, line, tree, repoUrls, tracking, settings = {}) {
    const name = (0,plainText/* plainText */.w)(asObj(appSet.metadata).name, '(unnamed)');
    const spec = asObj(appSet.spec);
    const policy = policyOf(appSet);
    const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
    const ctx = {
        tree,
        repoUrls,
        ...(tracking && { tracking }),
        goTemplate: spec.goTemplate === true,
        newGitFileGlobbing: settings.newGitFileGlobbing === true,
        options: {
            missingKeyError: options.includes('missingkey=error'),
            functions: sprigFunctions_SPRIG_FUNCTIONS,
            budget: new goTemplate_TemplateBudget(),
        },
    };
    const notPreviewed = (reason) => ({
        applications: [],
        notPreviewed: [{ name, file, line, reason: `ApplicationSet: ${reason}, not previewed` }],
        policy,
    });
    // a malformed ApplicationSet generates nothing in Argo CD either: say so instead of dropping it
    if (!Array.isArray(spec.generators) || spec.generators.length === 0)
        return notPreviewed('it has no spec.generators list (Argo CD generates nothing from it)');
    if (spec.generators.some((g) => !applicationSets_isObj(g)))
        return notPreviewed('each of spec.generators must be a map');
    const generators = spec.generators;
    const ownTemplate = (g) => kindsOf(g).every((k) => applicationSets_isObj(asObj(g[k]).template));
    if (!applicationSets_isObj(spec.template) && !generators.every(ownTemplate))
        return notPreviewed('it has no spec.template (Argo CD generates nothing from it)');
    const applications = [];
    const otherRevisions = [];
    try {
        for (const generator of generators) {
            let results;
            try {
                results = transform(generator, ctx, 0);
            }
            catch (error) {
                // a generator reading another revision whose template deploys that revision too: its apps are
                // unaffected by the pull request (listed), and the set's other generators still count
                if (error instanceof OtherRevisionGenerator && !templateTracks(spec.template, generator, tracking)) {
                    otherRevisions.push({ name, file, line, revision: error.revision });
                    continue;
                }
                throw error;
            }
            for (const { params: paramSets, template: own } of results) {
                const template = deepMerge(spec.template, own ?? {});
                for (const params of paramSets) {
                    let app;
                    try {
                        // RenderTemplateParams: a set without parameters leaves the template as written
                        app =
                            Object.keys(params).length === 0 ? asObj(template) : asObj(renderValue(template, params, ctx));
                        app = structuredClone(app);
                        const metadata = asObj(app.metadata);
                        const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
                        if (Object.keys(params).length > 0 &&
                            !policy.preserveResourcesOnDeletion &&
                            finalizers.length === 0)
                            metadata.finalizers = [RESOURCES_FINALIZER];
                        app.metadata = metadata;
                        if (typeof spec.templatePatch === 'string')
                            app = applyTemplatePatch(app, spec.templatePatch, params, ctx);
                    }
                    catch (error) {
                        if (error instanceof goTemplate_TemplateError && !(error instanceof BudgetExceeded))
                            throw new BadInput(`its template fails: ${error.message}`);
                        throw error;
                    }
                    // the Application lives in the ApplicationSet's namespace, whatever the template says
                    const metadata = asObj(app.metadata);
                    const namespace = asObj(appSet.metadata).namespace;
                    if (typeof namespace === 'string')
                        metadata.namespace = namespace;
                    else
                        delete metadata.namespace;
                    applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app, metadata });
                    countApps(applications);
                }
            }
        }
    }
    catch (error) {
        return notPreviewed(failure(error));
    }
    return { applications, notPreviewed: [], policy, ...(otherRevisions.length > 0 && { otherRevisions }) };
}
function contextOf(options) {
    return {
        tree: options.tree,
        repoUrls: options.repoUrls,
        goTemplate: options.goTemplate,
        newGitFileGlobbing: options.newGitFileGlobbing === true,
        ...(options.directories && { directories: options.directories }),
        options: {
            missingKeyError: (options.goTemplateOptions ?? []).includes('missingkey=error'),
            functions: SPRIG_FUNCTIONS,
            budget: new TemplateBudget(),
        },
    };
}
/**
 * The parameter sets one entry of spec.generators gives, every generator it names together (Argo CD's
 * Transform): what tests hold to Argo CD's own test tables. Throws the error Argo CD would fail with.
 */
function generatorParams(generator, options) {
    return transform(generator, contextOf(options), 0).flatMap((r) => r.params);
}
/** Argo CD's appendTemplatedValues: `values` rendered with the parameter set and added to it. */
function templatedValues(values, params, options) {
    return withValues(params, values, contextOf(options));
}
/** Argo CD's applyTemplatePatch on one rendered Application (tests hold it to Argo CD's own table). */
function patchApplication(app, templatePatch, params, options) {
    return applyTemplatePatch(app, templatePatch, params, contextOf(options));
}
/**
 * Whether the apps a generator's template makes may deploy the pull request's branch: a source's
 * targetRevision that is templated (`{{\u2026}}`) or tracks the branch. A template whose every source names
 * another revision outright deploys what that revision holds.
 */
function templateTracks(template, generator, tracking) {
    const spec = asObj(asObj(deepMerge(template, generator.template ?? {})).spec);
    const sources = Array.isArray(spec.sources) ? spec.sources.map(asObj) : [asObj(spec.source)];
    return sources.some((source) => (typeof source.targetRevision === 'string' && source.targetRevision.includes('{{')) ||
        (source.chart === undefined && (0,trackedRevision/* tracksBranch */.NO)(source.targetRevision, tracking)));
}


/***/ }),

/***/ 8376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ discoverUnits),
  hU: () => (/* binding */ mayDeclareArgoResource),
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

// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 11 modules
var applicationSets = __webpack_require__(2256);
// EXTERNAL MODULE: ./src/core/argo/application.ts
var application = __webpack_require__(4595);
;// CONCATENATED MODULE: ./src/core/argo/discovery.ts
// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository \u2192 render units.
// Without any, the folder fallback (folderUnits.ts).







/**
 * Applications (and ApplicationSets) anywhere in the repository; without any, its kustomizations and
 * manifest folders \u2014 only those under the `paths` globs, when given.
 */
function discoverUnits(tree, repoUrls, paths = [], fallback = true, parse = manifestMaps/* parseManifests */.Ye, reuse = () => undefined, tracking) {
    const units = [];
    const notPreviewed = [];
    const otherRevisions = [];
    const byFile = new Map();
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* mayDeclareApps */.Ex)(path) || !mayDeclareArgoResource(entry))
            continue;
        const text = entry.text;
        const found = reuse(path, text) ?? discoverFile(tree, path, text, repoUrls, parse, tracking);
        if (!found)
            continue;
        byFile.set(path, found);
        units.push(...found.units);
        notPreviewed.push(...found.notPreviewed);
        otherRevisions.push(...(found.otherRevisions ?? []));
    }
    const sawApplication = byFile.size > 0;
    if (sawApplication || !fallback)
        return {
            units: dedupeUnits(units),
            notPreviewed,
            applications: true,
            byFile,
            ...(otherRevisions.length > 0 && { otherRevisions }),
        };
    const inPaths = paths.length > 0 ? picomatch_default()(paths) : () => true;
    return {
        units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
        notPreviewed,
        applications: false,
    };
}
/**
 * The units the Applications of these files define (a tree's kept index names the files of the units a
 * change affects; treeIndex.ts), as discoverUnits finds them in a tree where no app is defined twice.
 */
function unitsOfFiles(tree, paths, repoUrls, parse = manifestMaps/* parseManifests */.Ye, tracking) {
    const units = [];
    for (const path of paths) {
        const text = tree.get(path)?.text;
        if (text !== undefined)
            units.push(...(discoverFile(tree, path, text, repoUrls, parse, tracking)?.units ?? []));
    }
    return units;
}
/**
 * Whether a file may hold an Application or ApplicationSet, without parsing it: it names argoproj.io, or
 * it could spell the name some other way \u2014 an escape (`"argoproj\x2eio/v1alpha1"`, JSON's `\u002e`) or a
 * tag (`!!binary`, which Kubernetes decodes). Files the shortcut skips cannot declare one (test).
 */
function mayDeclareArgoResource(entry) {
    return (0,fileTree/* mayInclude */.SH)(entry, 'argoproj.io') || (0,fileTree/* mayInclude */.SH)(entry, '\\') || (0,fileTree/* mayInclude */.SH)(entry, '!');
}
/** A generated app's unit, with what its ApplicationSet's syncPolicy makes Argo CD do with it. */
function withPolicy(unit, policy) {
    return unit.app ? { ...unit, app: { ...unit.app, generatedBy: policy } } : unit;
}
/** The Applications of one file (undefined when it holds none, nor an ApplicationSet). */
function discoverFile(tree, path, text, repoUrls, parse, tracking) {
    const found = { text, units: [], notPreviewed: [], generated: false };
    let sawApplication = false;
    for (const doc of parse(text) ?? []) {
        const generated = (0,applicationSets/* isApplicationSet */.tj)(doc.obj)
            ? (0,applicationSets/* expandApplicationSet */.Jh)(doc.obj, path, doc.line, tree, repoUrls, tracking)
            : undefined;
        if (generated) {
            found.generated = true;
            found.notPreviewed.push(...generated.notPreviewed);
            if (generated.otherRevisions)
                (found.otherRevisions ??= []).push(...generated.otherRevisions);
        }
        const apps = generated ? generated.applications : (0,application/* isApplication */.z)(doc.obj) ? [doc.obj] : [];
        if (generated || apps.length > 0)
            sawApplication = true;
        for (const app of apps) {
            const unit = (0,application/* appUnit */.u)(app, path, doc.line, repoUrls, tree, tracking);
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
function dedupeUnits(units) {
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

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zj: () => (/* binding */ sameRepo),
/* harmony export */   u_: () => (/* binding */ looksLikeRepo)
/* harmony export */ });
/* unused harmony export normalizeRepoUrl */
// Repository URLs in their many spellings, reduced to host/owner/name for comparison:
// https://github.com/acme/manifests(.git), git@github.com:acme/manifests.git, ssh://git@github.com/acme/manifests.
function normalizeRepoUrl(url) {
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
    const out = { ...merged };
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
    return KUSTOMIZATION_FILES.map((f) => (folder === '' ? f : `${folder}/${f}`)).find((p) => tree.has(p));
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
 * of CRDs (crdIndex.ts, helmInputs.ts): a reader may search for them in bulk and mark the files without
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

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ chartCache),
/* harmony export */   B: () => (/* binding */ helmValueFiles),
/* harmony export */   Jt: () => (/* binding */ helmFileParameters),
/* harmony export */   NY: () => (/* binding */ helmNameProblem),
/* harmony export */   _p: () => (/* binding */ helmTemplateArgs),
/* harmony export */   lm: () => (/* binding */ crdApiVersions),
/* harmony export */   n7: () => (/* binding */ chartLinkFindings),
/* harmony export */   uf: () => (/* binding */ chartDependencies),
/* harmony export */   xi: () => (/* binding */ linkLeavesRepository)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
/* harmony import */ var _regExpText_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7613);
// What `helm template` reads for one source, and the argv that runs it. Every path stays inside the
// repository and every value from a manifest reaches helm as `--flag=value` or after `--`, so an
// Application cannot smuggle in a helm option (`releaseName: --post-renderer=sh`) or a file of the runner.
// Value-file rules follow Argo CD's getResolvedValueFiles: relative to the chart folder, a leading `/`
// means the repository root, `$<ref>/path` names a file of a ref source (rewritten to `$values/` by appUnit).



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
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)('', raw.slice('$values/'.length));
        else if (raw.startsWith('/'))
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)('', raw.slice(1));
        else if (chartPath === undefined)
            continue; // a file inside a chart from a chart repository
        else
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(chartPath, raw);
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
        if (!(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .isReadable */ .hS)(tree, path)) {
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
        if (!/^https?:\/\/[^\s]+$/i.test(chart.repoURL))
            return `chart repository "${chart.repoURL}" is not an http(s) URL`;
        if (chart.version !== undefined && (!CHART_VERSION.test(chart.version) || chart.version.startsWith('-')))
            return `chart version "${chart.version}" is not a version or range`;
    }
    return undefined;
}
/**
 * `helm template` arguments in Argo CD's order (util/helm/cmd.go template): parameters, file parameters,
 * value files, the inline values, `--api-versions`, `--include-crds` unless skipCrds. helm merges value
 * files in order and applies `--set` last, whatever their place on the command line. `chart` and the
 * value paths map repository paths to where the renderer laid them out; names were checked by
 * helmNameProblem, and still travel as `--flag=value` or after `--`.
 */
function helmTemplateArgs(release, chart, valueFiles, inline, helm, fileParameters = []) {
    const args = ['template'];
    if ('ref' in chart) {
        args.push(`--repo=${chart.ref.repoURL}`);
        if (chart.ref.version)
            args.push(`--version=${chart.ref.version}`);
    }
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
    args.push('--', release.releaseName, 'ref' in chart ? chart.ref.name : chart.dir);
    return args;
}
/** `fileParameters` resolved like value files; a path outside the repository is a finding. */
function helmFileParameters(tree, chartPath, helm, at) {
    const out = { parameters: [], findings: [] };
    const list = helm.fileParameters;
    for (const p of Array.isArray(list) ? list : []) {
        const { name, path } = (p ?? {});
        if (typeof name !== 'string' || typeof path !== 'string')
            continue;
        const resolved = helmValueFiles(tree, chartPath, { valueFiles: [path] }, at);
        out.findings.push(...resolved.findings);
        const file = resolved.valueFiles[0];
        if (file !== undefined)
            out.parameters.push({ name, path: file });
    }
    return out;
}
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
        ...(facts.notPreviewed !== undefined && { notPreviewed: facts.notPreviewed }),
        findings: facts.problems.map((p) => ({ severity: 'error', ...p, ...at })),
    };
}
function chartFacts(tree, prefix, chartPath, vendoredFiles, parseYaml) {
    const out = { localFolders: [], problems: [] };
    let chart;
    try {
        chart = parseYaml((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, `${prefix}Chart.yaml`) ?? '');
    }
    catch {
        return out; // helm itself reports a broken Chart.yaml
    }
    const dependencies = chart?.dependencies;
    /** Each dependency's repository, by name (vendored ones too: the build fetches them all). */
    const declared = new Map();
    for (const dep of Array.isArray(dependencies) ? dependencies : []) {
        const { name, repository } = (dep ?? {});
        if (typeof name !== 'string')
            continue;
        const repo = typeof repository === 'string' ? repository : '';
        declared.set(name, repo);
        const tgz = new RegExp(`^${(0,_regExpText_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeRegExp */ .N)(prefix)}charts/${(0,_regExpText_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeRegExp */ .N)(name)}-[^/]*\\.tgz$`);
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
        else {
            out.notPreviewed = `chart dependency ${name} needs ${repo || 'a chart repository'}, which Slipway does not fetch (vendor it under charts/ to preview)`;
        }
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
        const entries = lock?.dependencies;
        if (lock !== null && (typeof lock !== 'object' || (entries !== undefined && !Array.isArray(entries)))) {
            problem('is not a lock file (a map with a list of dependencies)');
            continue;
        }
        for (const entry of Array.isArray(entries) ? entries : []) {
            const { name, repository } = (entry ?? {});
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
/**
 * Whether reading `path` follows a link out of the repository (an absolute target, or one that climbs
 * above the root), directly or through other links.
 */
function linkLeavesRepository(tree, path) {
    const last = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .linkChain */ .Ct)(tree, path).at(-1);
    const link = tree.get(last)?.link;
    return link !== undefined && (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(last), link) === undefined;
}
/**
 * The files of chart folders that are links out of the repository. helm loads every file of a chart;
 * Argo CD refuses such a repository before rendering ("repository contains out-of-bounds symlinks"), so
 * the app fails, naming the file, rather than render without it.
 */
function chartLinkFindings(tree, folders, at) {
    const findings = [];
    for (const folder of new Set(folders))
        for (const path of (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .filesIn */ .nG)(tree, folder, true))
            if (linkLeavesRepository(tree, path))
                findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
                    message: `${path} is a link to a place outside the repository: Argo CD fails the app (out-of-bounds symlink) and Slipway does not read it; not rendered`,
                });
    return findings;
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
            const crd = (doc ?? {});
            if (crd.kind !== 'CustomResourceDefinition' || typeof crd.spec?.group !== 'string')
                continue;
            const kind = crd.spec.names?.kind;
            for (const v of Array.isArray(crd.spec.versions) ? crd.spec.versions : []) {
                const { name, served } = (v ?? {});
                if (typeof name !== 'string' || served === false)
                    continue;
                out.add(`${crd.spec.group}/${name}`);
                if (typeof kind === 'string')
                    out.add(`${crd.spec.group}/${name}/${kind}`);
            }
        }
    }
    return [...out].sort();
}


/***/ }),

/***/ 2730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ kustomizeInputs)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
/* harmony import */ var _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7312);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1215);
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
        add(patch?.path);
    for (const gen of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
        const g = (gen ?? {});
        for (const f of [...list(g.files), ...list(g.envs)])
            if (typeof f === 'string')
                out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
        add(g.env);
    }
    add(k.openapi?.path);
    return out;
}
/** A file kustomize would read: a link must stay inside the repository. */
function linkEscapes(tree, path) {
    return tree.get(path)?.link !== undefined && !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadable */ .hS)(tree, path);
}
function kustomizeInputs(tree, folder, unit, cache = new Map(), options = {}) {
    const files = new Set();
    const watched = new Set();
    const folders = new Set();
    const findings = [];
    const lookFor = (dir) => {
        for (const name of _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILES */ .Ct)
            watched.add(dir === '' ? name : `${dir}/${name}`);
    };
    const report = (severity, rule, file, message) => findings.push({ severity, rule, unit, file, line: 1, message });
    const escaped = (path) => report('error', 'path-escape', path, `${path} is a link to a place outside the repository; it is not read`);
    const seen = new Set();
    const visit = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        lookFor(dir);
        const file = (0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .kustomizationIn */ .dq)(tree, dir);
        if (!file)
            return;
        files.add(file);
        if (linkEscapes(tree, file)) {
            escaped(file);
            return;
        }
        // keyed by path and text: one cache serves the base and the head, each file parsed once
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .readText */ .yR)(tree, file) ?? '';
        const key = `${file}\0${text}`;
        if (!cache.has(key))
            cache.set(key, (0,_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifests */ .Ye)(text)?.[0]?.obj ?? null);
        const k = cache.get(key);
        if (k === null || k === undefined) {
            report('error', 'yaml-syntax', file, `${file} is not valid YAML`);
            return;
        }
        if (list(k.helmCharts).length > 0) {
            if (!options.enableHelm)
                report('warning', 'not-previewed', file, `${file} inflates Helm charts (helmCharts), which needs --enable-helm in kustomize-build-options (as in Argo CD's kustomize.buildOptions); not previewed`);
            else {
                const charts = helmChartInputs(tree, dir, k);
                for (const f of charts.files)
                    files.add(f);
                for (const f of charts.folders)
                    folders.add(f);
                for (const problem of charts.problems)
                    report(problem.severity, problem.rule, file, `${file}: ${problem.message}`);
            }
        }
        for (const ref of referencedPaths(k)) {
            if (isRemote(ref)) {
                report('warning', 'not-previewed', file, `${file} uses the remote base ${ref}; remote bases are not fetched, the unit is not previewed`);
                continue;
            }
            const target = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, ref);
            if (target === undefined) {
                report('error', 'path-escape', file, `${file} refers to ${ref}, outside the repository; nothing was read`);
                continue;
            }
            // each test below depends on the paths it looks at; recorded only where it is made
            lookFor(target);
            if ((0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .kustomizationIn */ .dq)(tree, target))
                visit(target);
            else if (watched.add(target) && tree.has(target)) {
                files.add(target);
                const size = tree.get(target)?.tooLarge;
                if (size)
                    report('error', 'file-too-large', target, (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeMessage */ .pb)(target, size));
                else if (linkEscapes(tree, target))
                    escaped(target);
            }
            else if (folders.add(target) && (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFolder */ .bU)(tree, target))
                visit(target);
            else
                report('error', 'missing-file', file, `${file} refers to ${ref}, which does not exist`);
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
    const globals = (k.helmGlobals ?? {});
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
        const chart = (entry ?? {});
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
                    message: `helmCharts ${name}: values file ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .w)(valuesFile)} leaves the repository; nothing was read`,
                });
            else
                files.push(path);
        }
    }
    return { files, folders, problems };
}


/***/ }),

/***/ 9896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ indexedUnitFile),
/* harmony export */   OR: () => (/* binding */ indexedDependents),
/* harmony export */   Rx: () => (/* binding */ indexedInputs),
/* harmony export */   UB: () => (/* binding */ TREE_INDEX_FORMAT),
/* harmony export */   XJ: () => (/* binding */ readByEveryPreview),
/* harmony export */   hk: () => (/* binding */ lackedStrings),
/* harmony export */   rc: () => (/* binding */ indexMismatch),
/* harmony export */   x0: () => (/* binding */ buildTreeIndex)
/* harmony export */ });
/* unused harmony export scanOf */
/* harmony import */ var _argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
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
const TREE_INDEX_FORMAT = 2;
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
 * The index of a tree, from what a preview found there. Undefined for what an index cannot stand for: a
 * tree without Applications (its folder units follow the folder layout), or one with ApplicationSets
 * (whose apps follow other files of the tree) or an app defined twice, or a unit whose inputs were not
 * worked out.
 */
function buildTreeIndex(tree, found, inputs) {
    if (!found.applications || found.generated)
        return undefined;
    // which of two definitions of one app is kept follows the order files were read in: left to a full read
    if (found.units.some((u) => u.findings?.some((f) => f.rule === 'duplicate-app')))
        return undefined;
    if (!found.units.every((u) => inputs.has(u.id)))
        return undefined;
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
        paths: [...pathIds.keys()],
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
    const scan = { searched: new Map(), tooLarge: new Map() };
    const listing = { paths: [], blobs: [], links: new Map() };
    let listed = true;
    for (const [path, entry] of tree) {
        const flags = searchedFlags(entry);
        if (flags !== 0)
            scan.searched.set(path, flags);
        if (entry.tooLarge)
            scan.tooLarge.set(path, entry.tooLarge.size);
        if (entry.link !== undefined)
            listing.links.set(path, entry.link);
        else if (entry.blob === undefined && !entry.tooLarge)
            listed = false;
        listing.paths.push(path);
        listing.blobs.push(entry.blob ?? '');
    }
    return listed ? { ...scan, listing } : scan;
}
/** The file defining unit `i` of an index. */
function indexedUnitFile(index, i) {
    return index.paths[index.unitFiles[i]];
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
        folders.set(index.paths[index.folders[k]], index.recursive[k] === 1);
    return folders;
}
/** What unit `i` of an index reads, looks for and lists. */
function indexedInputs(index, i) {
    const files = new Set();
    for (const k of partOf(index.fileEnds, i))
        files.add(index.paths[index.files[k]]);
    return { files, folders: indexedFolders(index, i) };
}
/**
 * The units of an index that a change of `changed` can affect (by position), and which of those paths
 * some unit reads: `dependsOn` over every unit's inputs, without building them \u2014 the files compared by
 * their place in the path table, the folders (few) one by one.
 */
function indexedDependents(index, changed) {
    const changedIds = new Map();
    index.paths.forEach((path, id) => {
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
 * parameter file (what discovery reads), nor is any parameter file a link (whose target may have changed).
 */
function indexMismatch(other, indexed, changed) {
    for (const path of changed) {
        if (!(0,_manifestFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .mayDeclareApps */ .Ex)(path))
            continue;
        for (const entry of [indexed.get(path), other.get(path)])
            if (entry && (0,_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayDeclareArgoResource */ .hU)(entry))
                return `${path} may declare an Application and changed`;
    }
    return (0,_argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .parameterFilesChanged */ .tM)(changed, other);
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ unitInputs),
/* harmony export */   fr: () => (/* binding */ dependsOn),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* harmony import */ var _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7312);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1215);
/* harmony import */ var _kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2730);




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
        const at = { file: unit.file, line: unit.line };
        const chartPath = source.chart ? undefined : source.path;
        if (source.helm) {
            for (const file of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .helmValueFiles */ .B)(tree, chartPath, source.helm, at).named)
                files.add(file);
            for (const { path } of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .helmFileParameters */ .Jt)(tree, chartPath, source.helm, at).parameters)
                files.add(path);
        }
        if (chartPath === undefined)
            continue;
        for (const file of source.parameterFiles ?? [])
            files.add(file);
        // the source type is decided by which of these exist
        for (const name of [..._argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILES */ .Ct, 'Chart.yaml'])
            files.add(chartPath === '' ? name : `${chartPath}/${name}`);
        const type = (0,_argo_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceType */ .Mx)(tree, source);
        if (type === 'kustomize') {
            const walked = (0,_kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizeInputs */ .r)(tree, chartPath, undefined, cache, { enableHelm: true });
            for (const file of [...walked.files, ...walked.watched])
                files.add(file);
            for (const folder of walked.folders)
                folders.set(folder, true);
        }
        else if (type === 'helm') {
            list(chartPath, true);
            for (const folder of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .chartDependencies */ .uf)(tree, chartPath, at, charts).localFolders)
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
/** Paths whose content differs between two trees (added, removed or changed). */
function changedPaths(base, head) {
    const changed = new Set();
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
                problem ??= `expands its aliases to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?)`;
                break;
            }
        }
        return { nodes, depth: depth + 1 };
    };
    const total = extent(doc.contents, 0);
    if (problem === undefined && total.depth > MAX_DEPTH)
        problem = `nests deeper than ${MAX_DEPTH} levels`;
    if (problem === undefined && total.nodes > MAX_EXPANDED_NODES)
        problem = `expands its aliases to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?)`;
    return problem;
}


/***/ }),

/***/ 4194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ sortedYaml),
/* harmony export */   rU: () => (/* binding */ plainStream),
/* harmony export */   tu: () => (/* binding */ loadDocuments)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8058);
// js-yaml as Slipway reads manifests with it: YAML 1.2's core schema plus merge keys and `!!binary`, the
// last duplicate key winning \u2014 what `yaml` does with `merge: true, uniqueKeys: false` \u2014 and each document's line. Only
// plain streams are read this way; the callers take `yaml` for the rest (manifestMaps.ts, render/objects.ts).


// `types` is exported by js-yaml 4 but missing from its type declarations
const { merge } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .types */ .gK;
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
    return docs
        .filter((d) => isPlainMap(d.value))
        .map((d) => ({ obj: d.value, line: d.line + 1 }));
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
        .map((d) => ({
        obj: d.toJS({ maxAliasCount: -1 }),
        line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line,
    }));
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

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* reexport safe */ _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.GQ),
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   zM: () => (/* binding */ isStatus)
/* harmony export */ });
/* unused harmony export isGitHubError */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// GitHub's refusals turned into one sentence that says which permission or token is missing. Only an
// error GitHub answered (an HTTP status, or a GraphQL error) gets GitHub's wording: an unreadable YAML
// file or a bug in a bump is never "GitHub request failed".


/** The operation a GraphQL request names (as in: mutation SlipwayUpdateRefs(\u2026)), from its query or body. */
function operationOf(request) {
    let query = request?.query;
    if (query === undefined && request?.body !== undefined) {
        let body = request.body;
        if (typeof body === 'string') {
            try {
                body = JSON.parse(body);
            }
            catch {
                body = undefined;
            }
        }
        query = body?.query;
    }
    return typeof query === 'string'
        ? /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1]
        : undefined;
}
/** Which request failed: `PATCH /repos/\u2026`, `POST /graphql (SlipwayUpdateRefs)`, `GraphQL SlipwayUpdateRefs`. */
function where(error) {
    let path = '';
    try {
        path = error.request?.url ? new URL(error.request.url, 'https://api.github.com').pathname : '';
    }
    catch {
        path = '';
    }
    const http = `${error.request?.method ?? ''} ${path}`.trim();
    const operation = operationOf(error.request);
    if (operation)
        return http ? `${http} (${operation})` : `GraphQL ${operation}`;
    return http || 'to the GitHub API';
}
/** What GitHub said: a GraphQL answer's errors (message and type), else the error's message. */
function said(error) {
    const errors = (error.errors ?? []).filter((e) => e?.message);
    if (errors.length > 0)
        return errors.map((e) => `${e.message}${e.type ? ` (${e.type})` : ''}`).join('; ');
    return error.message ?? 'no message';
}
/** A message a user can act on, for an error from Octokit (REST or GraphQL). Never includes the token. */
/** Whether GitHub answered this error: Octokit's RequestError (status) or a GraphQL response error. */
function isGitHubError(error) {
    const e = (error ?? {});
    return (typeof e.status === 'number' ||
        e.request !== undefined ||
        (Array.isArray(e.errors) && error.name?.startsWith('Graphql') === true));
}
function explainGitHubError(error, repository) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SlipwayError */ .GQ)
        return error.message;
    if (!isGitHubError(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return `Slipway failed: ${message}. This is a bug in Slipway unless the message says otherwise; please report it with the log.`;
    }
    const e = (error ?? {});
    const graphqlType = e.errors?.[0]?.type;
    const status = e.status ?? (graphqlType === 'FORBIDDEN' ? 403 : graphqlType === 'NOT_FOUND' ? 404 : undefined);
    const request = where(e);
    switch (status) {
        case 401:
            return `GitHub answered 401 (Bad credentials) to ${request}: the token is missing, expired or revoked. Pass a valid token in the "token" input.`;
        case 403:
            return (`GitHub answered 403 to ${request}: the token may not write to ${repository}. ` +
                'With GITHUB_TOKEN give the job `permissions: { contents: write, pull-requests: write }`; ' +
                'with a fine-grained PAT or a GitHub App grant Contents and Pull requests read & write on that repository.');
        case 404:
            return (`GitHub answered 404 to ${request}: ${repository} does not exist or the token cannot see it. ` +
                'GITHUB_TOKEN reaches only the repository the workflow runs in; for a separate manifests repository use a PAT or a GitHub App installation token.');
        default:
            return `GitHub request ${request} failed${status ? ` with ${status}` : ''}: ${said(e)}`;
    }
}
function isStatus(error, status, message) {
    const e = error;
    return e?.status === status && (!message || message.test(e.message ?? ''));
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ enableAutoMerge),
/* harmony export */   Lx: () => (/* binding */ setStatus),
/* harmony export */   Wz: () => (/* binding */ decoratePullRequest),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest),
/* harmony export */   aX: () => (/* binding */ autoMergeRefusal),
/* harmony export */   d6: () => (/* binding */ closePullRequest),
/* harmony export */   je: () => (/* binding */ setLabel),
/* harmony export */   p3: () => (/* binding */ pullState),
/* harmony export */   wr: () => (/* binding */ disableAutoMerge)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/** Updates the open pull request of the branch, or opens one; "already exists" is treated as "find and update". */
async function upsertPullRequest(gh, repo, existing, content) {
    if (existing === undefined) {
        try {
            const created = await gh.rest.pulls.create({ ...repo, ...content });
            return {
                number: created.data.number,
                url: created.data.html_url,
                nodeId: created.data.node_id,
                created: true,
            };
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isStatus */ .zM)(error, 422))
                throw error;
            const open = await gh.rest.pulls.list({
                ...repo,
                head: `${repo.owner}:${content.head}`,
                base: content.base,
                state: 'open',
            });
            existing = open.data[0]?.number;
            if (existing === undefined)
                throw error;
        }
    }
    const updated = await gh.rest.pulls.update({
        ...repo,
        pull_number: existing,
        title: content.title,
        body: content.body,
    });
    return {
        number: updated.data.number,
        url: updated.data.html_url,
        nodeId: updated.data.node_id,
        created: false,
    };
}
/** Labels, reviewers and assignees: set when the pull request is opened, so a refresh does not re-notify. */
async function decoratePullRequest(gh, repo, number, extras) {
    if (extras.labels.length > 0)
        await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: extras.labels });
    if (extras.reviewers.length > 0 || extras.teamReviewers.length > 0) {
        await gh.rest.pulls.requestReviewers({
            ...repo,
            pull_number: number,
            reviewers: extras.reviewers,
            team_reviewers: extras.teamReviewers,
        });
    }
    if (extras.assignees.length > 0)
        await gh.rest.issues.addAssignees({ ...repo, issue_number: number, assignees: extras.assignees });
}
async function closePullRequest(gh, repo, number, comment) {
    await gh.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
    await gh.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' });
}
const AUTO_MERGE_MUTATION = `
mutation SlipwayEnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid }) {
    pullRequest { number }
  }
}`;
const DISABLE_AUTO_MERGE_MUTATION = `
mutation SlipwayDisableAutoMerge($pullRequestId: ID!) {
  disablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number }
  }
}`;
/** GitHub's reason for refusing a GraphQL mutation. */
function refusalOf(error) {
    const e = error;
    return e.errors?.[0]?.message ?? e.message ?? String(error);
}
/** Why auto-merge was not enabled, naming the permissions when GitHub refused the token. */
function autoMergeRefusal(refused) {
    return /not accessible|forbidden/i.test(refused)
        ? `${refused} \u2014 enabling auto-merge needs a token with \`contents: write\` and \`pull-requests: write\``
        : refused;
}
/**
 * Enables auto-merge; returns why it could not, instead of failing the run. With `expectedHeadOid`, GitHub
 * enables it only while the pull request's head is that commit: a push after the check is not merged on
 * the check's verdict.
 */
async function enableAutoMerge(gh, nodeId, method, expectedHeadOid) {
    try {
        await gh.graphql(AUTO_MERGE_MUTATION, {
            pullRequestId: nodeId,
            mergeMethod: method.toUpperCase(),
            ...(expectedHeadOid && { expectedHeadOid }),
        });
        return undefined;
    }
    catch (error) {
        return refusalOf(error);
    }
}
/** Disables auto-merge; returns why it could not. */
async function disableAutoMerge(gh, nodeId) {
    try {
        await gh.graphql(DISABLE_AUTO_MERGE_MUTATION, { pullRequestId: nodeId });
        return undefined;
    }
    catch (error) {
        return refusalOf(error);
    }
}
/** Adds or removes a label; removing one that is not there is not an error. */
async function setLabel(gh, repo, number, label, present) {
    if (present) {
        await gh.rest.issues.addLabels({ ...repo, issue_number: number, labels: [label] });
        return;
    }
    try {
        await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: label });
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isStatus */ .zM)(error, 404))
            throw error;
    }
}
/** A commit status, so branch protection can require it. GitHub keeps descriptions to 140 characters. */
async function setStatus(gh, repo, sha, context, success, description) {
    const text = description.length > 140 ? `${description.slice(0, 139)}\u2026` : description;
    await gh.rest.repos.createCommitStatus({
        ...repo,
        sha,
        state: success ? 'success' : 'failure',
        context,
        description: text,
    });
}
async function pullState(gh, repo, number) {
    const { data } = await gh.rest.pulls.get({ ...repo, pull_number: number });
    return {
        nodeId: data.node_id,
        autoMerge: data.auto_merge !== null && data.auto_merge !== undefined,
        labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version by a test.
const VERSION = '1.0.0';
/** The JSON report's `schemaVersion`: the major version of docs/report.schema.json (README, Versions). */
const REPORT_SCHEMA_VERSION = 1;


/***/ })

};
