export const id = 410;
export const ids = [410];
export const modules = {

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
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3596);
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

/***/ 3596:
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

/***/ 2730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ kustomizeInputs)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
/* harmony import */ var _argo_sourceType_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7312);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7032);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3596);
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
/* harmony import */ var _argo_otherRepository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1215);
/* harmony import */ var _chartDependencies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(541);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3596);
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
