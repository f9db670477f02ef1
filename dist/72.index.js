export const id = 72;
export const ids = [72];
export const modules = {

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
 * …); hidden files are left alone, except Argo CD Image Updater's write-back files.
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
/* harmony export */   B: () => (/* binding */ helmValueFiles),
/* harmony export */   Jt: () => (/* binding */ helmFileParameters),
/* harmony export */   NY: () => (/* binding */ helmNameProblem),
/* harmony export */   _p: () => (/* binding */ helmTemplateArgs),
/* harmony export */   lm: () => (/* binding */ crdApiVersions),
/* harmony export */   uf: () => (/* binding */ chartDependencies)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
// What `helm template` reads for one source, and the argv that runs it. Every path stays inside the
// repository and every value from a manifest reaches helm as `--flag=value` or after `--`, so an
// Application cannot smuggle in a helm option (`releaseName: --post-renderer=sh`) or a file of the runner.
// Value-file rules follow Argo CD's getResolvedValueFiles: relative to the chart folder, a leading `/`
// means the repository root, `$<ref>/path` names a file of a ref source (rewritten to `$values/` by appUnit).


/** Helm's own rule for release names (pkg/chartutil ValidateReleaseName): a DNS-1123 subdomain ≤ 53. */
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
/**
 * A chart's dependencies as `helm template` will need them: vendored under `charts/` (a folder or a
 * `.tgz`), a `file://` folder of this repository (built offline with `helm dependency build`, as Argo CD
 * does when helm reports a missing dependency), or a chart repository — then the app is not previewed.
 */
function chartDependencies(tree, chartPath, at) {
    const out = { localFolders: [], findings: [] };
    const prefix = chartPath === '' ? '' : `${chartPath}/`;
    let chart;
    try {
        chart = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, `${prefix}Chart.yaml`) ?? '');
    }
    catch {
        return out; // helm itself reports a broken Chart.yaml
    }
    const dependencies = chart?.dependencies;
    for (const dep of Array.isArray(dependencies) ? dependencies : []) {
        const { name, repository } = (dep ?? {});
        if (typeof name !== 'string')
            continue;
        const vendored = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .pathsUnder */ .pR)(tree, `${prefix}charts/`).some((p) => p.startsWith(`${prefix}charts/${name}/`) ||
            new RegExp(`^${escape(prefix)}charts/${escape(name)}-[^/]*\\.tgz$`).test(p));
        if (vendored)
            continue;
        const repo = typeof repository === 'string' ? repository : '';
        if (repo.startsWith('file://')) {
            const folder = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(chartPath, repo.slice('file://'.length));
            if (folder === undefined) {
                out.findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
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
    return out;
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/***/ 4984:
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


function where(error) {
    const url = error.request?.url ? new URL(error.request.url).pathname : '';
    return `${error.request?.method ?? ''} ${url}`.trim();
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
            return `GitHub request ${request || ''} failed${status ? ` with ${status}` : ''}: ${e.message ?? String(error)}`;
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
/* harmony export */   R$: () => (/* binding */ pullNodeId),
/* harmony export */   Wz: () => (/* binding */ decoratePullRequest),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest),
/* harmony export */   aX: () => (/* binding */ autoMergeRefusal),
/* harmony export */   d6: () => (/* binding */ closePullRequest),
/* harmony export */   je: () => (/* binding */ setLabel)
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
mutation SlipwayEnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number }
  }
}`;
/** Why auto-merge was not enabled, naming the permissions when GitHub refused the token. */
function autoMergeRefusal(refused) {
    return /not accessible|forbidden/i.test(refused)
        ? `${refused} — enabling auto-merge needs a token with \`contents: write\` and \`pull-requests: write\``
        : refused;
}
/** Enables auto-merge; returns why it could not, instead of failing the run. */
async function enableAutoMerge(gh, nodeId, method) {
    try {
        await gh.graphql(AUTO_MERGE_MUTATION, { pullRequestId: nodeId, mergeMethod: method.toUpperCase() });
        return undefined;
    }
    catch (error) {
        const e = error;
        return e.errors?.[0]?.message ?? e.message ?? String(error);
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
    const text = description.length > 140 ? `${description.slice(0, 139)}…` : description;
    await gh.rest.repos.createCommitStatus({
        ...repo,
        sha,
        state: success ? 'success' : 'failure',
        context,
        description: text,
    });
}
async function pullNodeId(gh, repo, number) {
    return (await gh.rest.pulls.get({ ...repo, pull_number: number })).data.node_id;
}


/***/ })

};
