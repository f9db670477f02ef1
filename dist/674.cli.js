export const id = 674;
export const ids = [674];
export const modules = {

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHubEdges: () => (/* binding */ gitHubEdges)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
;// CONCATENATED MODULE: ./src/github/errors.ts
// GitHub's refusals turned into one sentence that says which permission or token is missing. Only an
// error GitHub answered (an HTTP status, or a GraphQL error) gets GitHub's wording: an unreadable YAML
// file or a bug in a bump is never "GitHub request failed".


const errors_text = (v) => (typeof v === 'string' ? v : undefined);
const graphqlErrors = (v) => (0,fields/* listOf */.c3)(v).map((e) => {
    const { type, message } = (0,fields/* objectOf */.Xy)(e);
    return { type: errors_text(type), message: errors_text(message) };
});
/** An error (any thrown value) \u2192 what Slipway reads of it (HttpLikeError). */
function readHttpError(error) {
    const e = (0,fields/* objectOf */.Xy)(error);
    const request = (0,fields/* isObjectLike */.Z4)(e.request) ? e.request : undefined;
    const response = (0,fields/* fieldsOf */.Pf)(e.response);
    return {
        name: errors_text(e.name),
        status: typeof e.status === 'number' ? e.status : undefined,
        message: errors_text(e.message),
        request: request && {
            method: errors_text(request.method),
            url: errors_text(request.url),
            body: request.body,
            query: request.query,
        },
        errors: Array.isArray(e.errors) ? graphqlErrors(e.errors) : undefined,
        headers: (0,fields/* fieldsOf */.Pf)(e.headers),
        response: { headers: (0,fields/* fieldsOf */.Pf)(response.headers), errors: graphqlErrors((0,fields/* fieldsOf */.Pf)(response.data).errors) },
    };
}

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
        query = (0,fields/* objectOf */.Xy)(body).query;
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
    const e = readHttpError(error);
    return (typeof e.status === 'number' ||
        (0,fields/* objectOf */.Xy)(error).request !== undefined ||
        (e.errors !== undefined && e.name?.startsWith('Graphql') === true));
}
function explainGitHubError(error, repository) {
    if (error instanceof errors/* SlipwayError */.GQ)
        return error.message;
    if (!isGitHubError(error)) {
        const message = error instanceof Error ? error.message : String(error);
        return `Slipway failed: ${message}. This is a bug in Slipway unless the message says otherwise; please report it with the log.`;
    }
    const e = readHttpError(error);
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
    const e = readHttpError(error);
    return e.status === status && (!message || message.test(e.message ?? ''));
}

;// CONCATENATED MODULE: ./src/github/rateLimits.ts
// How long to wait before trying a request GitHub refused for its rate limits, as GitHub documents it
// ("Rate limits for the REST API" \u2192 "Handle rate limit errors appropriately", and the GraphQL API's
// "Rate limits and query limits"):
//   1. a `retry-after` header, whenever present: wait that many seconds;
//   2. else, with `x-ratelimit-remaining: 0`: wait until `x-ratelimit-reset` (epoch seconds);
//   3. else a secondary rate limit: wait at least a minute, longer (exponentially) each time it repeats.
// A 403 that is none of these (a token that may not write) is an answer, never retried.

/** Retries after a rate-limit refusal, per request. */
const MAX_RATE_LIMIT_RETRIES = 3;
/** A wait longer than this (a primary limit resetting in most of an hour) fails the run with the reset time instead. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 15 * 60;
/** GitHub: "wait for at least one minute before retrying" a secondary rate limit. */
const SECONDARY_FIRST_WAIT_SECONDS = 60;
function header(error, name) {
    const value = error.response.headers[name] ?? error.headers[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}
/** GraphQL says RATE_LIMITED in its errors (HTTP 200): the throttling plugin's error or Octokit's own. */
function graphqlRateLimited(error) {
    return [...(error.errors ?? []), ...error.response.errors].some((e) => e.type === 'RATE_LIMITED');
}
/** `retry-after` in seconds: a number of seconds, or an HTTP date. */
function retryAfterSeconds(value, nowMs) {
    if (/^\d+$/.test(value))
        return Number(value);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}
/**
 * The wait before retry number `retries + 1` of a request GitHub refused, or undefined when the
 * refusal is not a rate limit (and must not be retried).
 */
function rateLimitWait(error, retries, nowMs) {
    const e = readHttpError(error);
    const limited = e.status === 403 || e.status === 429 || graphqlRateLimited(e);
    if (!limited)
        return undefined;
    const retryAfter = header(e, 'retry-after');
    const afterSeconds = retryAfter === undefined ? undefined : retryAfterSeconds(retryAfter, nowMs);
    if (afterSeconds !== undefined)
        return { seconds: afterSeconds, rule: 'retry-after' };
    if (header(e, 'x-ratelimit-remaining') === '0' || graphqlRateLimited(e)) {
        const reset = Number(header(e, 'x-ratelimit-reset'));
        // one second past the reset, so the retry comes after it
        if (Number.isFinite(reset) && reset > 0)
            return { seconds: Math.max(0, Math.ceil(reset - nowMs / 1000)) + 1, rule: 'reset' };
        return { seconds: SECONDARY_FIRST_WAIT_SECONDS * 2 ** retries, rule: 'secondary' };
    }
    if (e.status === 429 || /secondary rate limit/i.test(e.message ?? ''))
        return { seconds: SECONDARY_FIRST_WAIT_SECONDS * 2 ** retries, rule: 'secondary' };
    return undefined;
}
const WHY = {
    'retry-after': 'as its retry-after header asks',
    reset: 'until its x-ratelimit-reset',
    secondary: 'a secondary rate limit: at least a minute, doubled each time',
};
/**
 * Retries, on an Octokit, every request GitHub refuses for a rate limit, after the wait its rules give
 * (`secondMs` milliseconds for each of GitHub's seconds: the tests' clock runs faster). Each wait is a
 * warning in the log; a wait past MAX_RATE_LIMIT_WAIT_SECONDS, or a fourth refusal, fails the request.
 */
function retryRateLimits(octokit, clock, secondMs, warn) {
    octokit.hook.wrap('request', async (request, options) => {
        for (let retries = 0;; retries++) {
            try {
                return await request(options);
            }
            catch (error) {
                const wait = rateLimitWait(error, retries, clock.now());
                if (!wait || retries >= MAX_RATE_LIMIT_RETRIES)
                    throw error;
                const what = `GitHub rate limit on ${options.method} ${options.url}`;
                if (wait.seconds > MAX_RATE_LIMIT_WAIT_SECONDS) {
                    warn(`${what}: it lifts in ${wait.seconds} s, longer than Slipway waits; run again later.`);
                    throw error;
                }
                warn(`${what}; retrying in ${wait.seconds} s (${WHY[wait.rule]}).`);
                await clock.sleep(wait.seconds * secondMs);
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one place that builds an Octokit: REST + retries for 5xx + GitHub's rate-limit rules.




const SlipwayOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const spacedGroups = new Map();
function spacedGroup(spacingMs) {
    let group = spacedGroups.get(spacingMs);
    if (!group) {
        let nextStart = 0;
        const limiter = {
            schedule: async (_options, job, ...args) => {
                const now = Date.now();
                const start = Math.max(now, nextStart);
                nextStart = start + spacingMs;
                if (start > now)
                    await new Promise((resolve) => setTimeout(resolve, start - now));
                return job(...args);
            },
        };
        group = { key: () => limiter };
        spacedGroups.set(spacingMs, group);
    }
    return group;
}
/** Real time: each of GitHub's seconds is `secondMs` milliseconds (1000 but in tests). */
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * An Octokit for one purpose. plugin-throttling queues every GraphQL request with the writes, queries
 * too; the client made for `reads` (GraphQL queries only) has no spacing, so a read never waits behind a
 * write. Writes keep GitHub's spacing. Rate limits are retried by rateLimits.ts, on `clock`.
 */
function createGitHub(settings, log, purpose = 'writes', clock = realClock) {
    const spacing = purpose === 'reads' ? 0 : settings.writeSpacingMs;
    const octokit = new SlipwayOctokit({
        auth: settings.token,
        baseUrl: settings.apiUrl,
        userAgent: 'slipway',
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => log.debug(m),
            error: (m) => log.debug(m),
        },
        // plugin-retry tries a 5xx again after 1, 4 and 9 s (`retryAfterBaseValue` ms per second); rate
        // limits (403 and 429) are not its: rateLimits.ts follows GitHub's rules for them
        retry: {
            retries: 3,
            retryAfterBaseValue: settings.retrySecondMs,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        // plugin-throttling spaces the writes; its own rate-limit retries (which ignore retry-after unless
        // the message says "secondary rate" or nothing remains) are turned off
        throttle: {
            retryAfterBaseValue: settings.retrySecondMs,
            // the plugin uses only key().schedule() of its Bottleneck groups (dist-bundle/index.js, doRequest)
            write: spacedGroup(spacing),
            notifications: spacedGroup(spacing * 3),
            onRateLimit: () => false,
            onSecondaryRateLimit: () => false,
        },
    });
    // wrapped last, so it is outermost: a retry goes through the spacing and plugin-retry again
    retryRateLimits(octokit, clock, settings.retrySecondMs, (m) => log.warning(m));
    return octokit;
}

;// CONCATENATED MODULE: ./src/github/bumpState.ts
const STATE_QUERY = `
query SlipwayBumpState($owner: String!, $repo: String!, $base: String!, $branch: String!, $baseRef: String!, $branchRef: String!) {
  repository(owner: $owner, name: $repo) {
    id
    autoMergeAllowed
    defaultBranchRef { name }
    base: ref(qualifiedName: $baseRef) {
      target { oid ... on Commit { tree { oid } } }
      compare(headRef: $branch) {
        commits(first: 100) { nodes { oid message author { name email } } }
      }
    }
    branch: ref(qualifiedName: $branchRef) { target { oid ... on Commit { tree { oid } } } }
    pullRequests(headRefName: $branch, baseRefName: $base, states: OPEN, first: 1) { nodes { id number url } }
  }
}`;
const REFS_QUERY = `
query SlipwayRefs($owner: String!, $repo: String!, $base: String!, $branch: String!) {
  repository(owner: $owner, name: $repo) {
    base: ref(qualifiedName: $base) { target { oid } }
    branch: ref(qualifiedName: $branch) { target { oid } }
  }
}`;
async function readBumpState(gh, repo, base, branch) {
    const data = await gh.graphql(STATE_QUERY, {
        ...repo,
        base,
        branch,
        baseRef: `refs/heads/${base}`,
        branchRef: `refs/heads/${branch}`,
    });
    const r = data.repository;
    const pull = r.pullRequests.nodes[0];
    return {
        repositoryId: r.id,
        autoMergeAllowed: r.autoMergeAllowed,
        ...(r.defaultBranchRef && { defaultBranch: r.defaultBranchRef.name }),
        ...(r.base && { base: { oid: r.base.target.oid, treeOid: r.base.target.tree?.oid ?? '' } }),
        ...(r.branch && {
            branch: {
                oid: r.branch.target.oid,
                treeOid: r.branch.target.tree?.oid ?? '',
                commits: r.base?.compare?.commits.nodes ?? [],
            },
        }),
        ...(pull && { pull }),
    };
}
/** The current heads of the base and the bot branch: checked right before a write. */
async function readHeads(gh, repo, base, branch) {
    const data = await gh.graphql(REFS_QUERY, {
        ...repo,
        base: `refs/heads/${base}`,
        branch: `refs/heads/${branch}`,
    });
    return {
        ...(data.repository.base && { base: data.repository.base.target.oid }),
        ...(data.repository.branch && { branch: data.repository.branch.target.oid }),
    };
}

;// CONCATENATED MODULE: ./src/github/comments.ts
const VIEWER_QUERY = `query SlipwayViewer { viewer { login } }`;
/** A login as REST and GraphQL both name it: REST writes an app's bot as `<app>[bot]`, GraphQL may not. */
function sameLogin(a, b) {
    const bare = (login) => login?.replace(/\[bot\]$/i, '').toLowerCase();
    return a !== undefined && b !== undefined && bare(a) === bare(b);
}
/** Whom the token acts for (GITHUB_TOKEN: github-actions; an app's installation token: the app). */
async function viewerLogin(gh) {
    const data = await gh.graphql(VIEWER_QUERY);
    return data.viewer.login;
}
async function upsertComment(gh, repo, issue, marker, body) {
    const [me, comments] = await Promise.all([
        viewerLogin(gh),
        gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }),
    ]);
    const mine = comments.find((c) => sameLogin(c.user?.login, me) && (c.body ?? '').split('\n', 1)[0]?.trim() === marker);
    if (mine) {
        const updated = await gh.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
        return { id: updated.data.id, url: updated.data.html_url, created: false };
    }
    const created = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body });
    return { id: created.data.id, url: created.data.html_url, created: true };
}

// EXTERNAL MODULE: ./src/core/yaml/manifestText.ts
var manifestText = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/github/gitData.ts
// Commits written through the Git Data API (tree \u2192 commit \u2192 ref): no git binary, and GitHub signs them,
// so they show as Verified for GitHub App tokens and GITHUB_TOKEN.


async function createCommit(gh, repo, parent, files, message, encodings = new Map()) {
    const entries = [];
    for (const [path, content] of files) {
        const entry = { path, mode: '100644', type: 'blob' };
        if ((encodings.get(path) ?? 'utf8') === 'utf8')
            entries.push({ ...entry, content });
        else {
            // not UTF-8: its bytes go up as base64, so no byte outside the edit changes
            const base64 = (0,manifestText/* encodeManifest */.Gb)(content, encodings.get(path)).toString('base64');
            const blob = await gh.rest.git.createBlob({ ...repo, content: base64, encoding: 'base64' });
            entries.push({ ...entry, sha: blob.data.sha });
        }
    }
    const tree = await gh.rest.git.createTree({ ...repo, base_tree: parent.treeOid, tree: entries });
    const commit = await gh.rest.git.createCommit({
        ...repo,
        message,
        tree: tree.data.sha,
        parents: [parent.oid],
    });
    return { sha: commit.data.sha, author: { name: commit.data.author.name, email: commit.data.author.email } };
}
/**
 * Points a branch at a commit. `force` is for the bot's own branch only (rebuilt from the base);
 * 'moved' means someone else updated the ref first (not a fast forward, or created meanwhile).
 */
async function setBranch(gh, repo, branch, sha, mode) {
    try {
        if (mode.exists)
            await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: mode.force });
        else
            await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        return 'written';
    }
    catch (error) {
        if (isStatus(error, 422, /not a fast forward|already exists|does not exist/i))
            return 'moved';
        throw error;
    }
}
const CREATE_COMMIT_ON_BRANCH_MUTATION = `
mutation SlipwayCreateCommitOnBranch($repository: String!, $branch: String!, $expectedHeadOid: GitObjectID!, $headline: String!, $body: String!, $additions: [FileAddition!]!) {
  createCommitOnBranch(input: {branch: {repositoryNameWithOwner: $repository, branchName: $branch}, expectedHeadOid: $expectedHeadOid, message: {headline: $headline, body: $body}, fileChanges: {additions: $additions}}) {
    commit { oid author { name email } }
  }
}`;
/**
 * A new bot branch in two requests: the ref at the base (atomic: 'moved' when the branch exists), then
 * the commit on it with createCommitOnBranch (GitHub signs it). Every file goes up as bytes (base64),
 * so no byte outside an edit changes. A commit GitHub refuses leaves no branch behind.
 */
async function commitOnNewBranch(gh, repo, branch, base, files, message, encodings = new Map()) {
    if ((await setBranch(gh, repo, branch, base, { exists: false, force: false })) === 'moved')
        return 'moved';
    const [headline, ...rest] = message.split('\n');
    try {
        const data = await gh.graphql(CREATE_COMMIT_ON_BRANCH_MUTATION, {
            repository: `${repo.owner}/${repo.repo}`,
            branch,
            expectedHeadOid: base,
            headline: headline ?? '',
            body: rest.join('\n').replace(/^\n+/, ''),
            additions: [...files].map(([path, content]) => ({
                path,
                contents: (0,manifestText/* encodeManifest */.Gb)(content, encodings.get(path) ?? 'utf8').toString('base64'),
            })),
        });
        const commit = data.createCommitOnBranch.commit;
        return { sha: commit.oid, author: commit.author };
    }
    catch (error) {
        const head = await gh.rest.git
            .getRef({ ...repo, ref: `heads/${branch}` })
            .then((r) => r.data.object.sha)
            .catch(() => undefined);
        if (head !== base)
            return 'moved';
        await gh.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` }).catch(() => undefined);
        throw error;
    }
}
const NO_OID = '0000000000000000000000000000000000000000';
const UPDATE_REFS_MUTATION = `
mutation SlipwayUpdateRefs($repositoryId: ID!, $name: GitRefname!, $after: GitObjectID!, $before: GitObjectID!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: [{name: $name, afterOid: $after, beforeOid: $before, force: true}]}) {
    clientMutationId
  }
}`;
/**
 * Points the bot's branch at `sha` only if it still points where the bump read it (`before`; undefined:
 * the branch must not exist yet), in one atomic request: GitHub's updateRefs with the expected
 * beforeOid. 'moved' when GitHub refused because the branch is elsewhere now (checked with `readBranch`,
 * so a refusal for another reason is reported as itself, not retried).
 */
async function swapBranch(gh, repositoryId, branch, sha, before, readBranch) {
    try {
        await gh.graphql(UPDATE_REFS_MUTATION, {
            repositoryId,
            name: `refs/heads/${branch}`,
            after: sha,
            before: before ?? NO_OID,
        });
        return 'written';
    }
    catch (error) {
        if ((await readBranch()) !== before)
            return 'moved';
        throw error;
    }
}
/** Paths a commit changes (for human commits on the bot branch). */
async function filesOfCommit(gh, repo, sha) {
    const response = await gh.rest.repos.getCommit({ ...repo, ref: sha });
    return (response.data.files ?? []).map((f) => f.filename);
}

;// CONCATENATED MODULE: ./src/github/pullRequests.ts

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
            if (!isStatus(error, 422))
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
    const e = readHttpError(error);
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
        if (!isStatus(error, 404))
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

// EXTERNAL MODULE: ./node_modules/nanotar/dist/index.mjs
var dist = __webpack_require__(6480);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
;// CONCATENATED MODULE: ./src/github/tarball.ts
// A commit's files, read with a single tarball request, whatever the repository's size.




const decoder = new TextDecoder('utf-8');
function decodeAll(byPath, paths) {
    const out = { texts: new Map(), encodings: new Map() };
    for (const path of paths) {
        const { text, encoding } = (0,manifestText/* decodeManifest */.MK)(byPath.get(path));
        out.texts.set(path, text);
        out.encodings.set(path, encoding);
    }
    return out;
}
/** Every regular file of a commit, as bytes. */
async function filesAt(gh, repo, sha) {
    const response = await gh.rest.repos.downloadTarballArchive({ ...repo, ref: sha });
    const entries = await (0,dist/* parseTarGzip */.X4)(new Uint8Array(response.data));
    const byPath = new Map();
    for (const entry of entries) {
        // every entry sits under one top folder, `<owner>-<repo>-<sha>/`
        const path = entry.name.slice(entry.name.indexOf('/') + 1);
        // only normalised paths inside the repository: a crafted archive may hold `../` entries
        if ((entry.type === 'file' || entry.type === undefined) &&
            entry.data &&
            (0,fileTree/* resolveInTree */.O4)('', path) === path &&
            path !== '')
            byPath.set(path, entry.data);
    }
    return byPath;
}
/** The manifests of a commit that match the globs, with their texts. */
async function readManifestsAt(gh, repo, sha, globs) {
    const byPath = await filesAt(gh, repo, sha);
    return decodeAll(byPath, (0,manifestFiles/* selectManifests */.$d)(byPath.keys(), globs));
}
/** The whole tree of a commit, for rendering it when git cannot fetch it. */
async function readTreeAt(gh, repo, sha, limit = fileTree/* MAX_FILE_BYTES */.gZ) {
    const byPath = await filesAt(gh, repo, sha);
    return new Map([...byPath].map(([path, data]) => [
        path,
        data.length > limit ? { tooLarge: { size: data.length, limit } } : { text: decoder.decode(data) },
    ]));
}
/** The manifests of a commit and its policy file (.slipway.yml and the like), from one tarball request. */
async function readBaseAt(gh, repo, sha, globs, policyFiles) {
    const byPath = await filesAt(gh, repo, sha);
    const manifests = decodeAll(byPath, (0,manifestFiles/* selectManifests */.$d)(byPath.keys(), globs));
    // other text files are read only to say where an image is named that Slipway does not edit
    const others = new Map();
    for (const path of (0,manifestFiles/* selectOthers */.g0)(byPath.keys(), globs)) {
        const data = byPath.get(path);
        if (!manifests.texts.has(path) && data.length <= 1024 * 1024 && !data.includes(0))
            others.set(path, decoder.decode(data));
    }
    const file = policyFiles.find((f) => byPath.has(f));
    return { ...manifests, others, ...(file && { policy: { file, text: decoder.decode(byPath.get(file)) } }) };
}

;// CONCATENATED MODULE: ./src/github/repository.ts






/** `writes` keeps GitHub's spacing between mutations; `reads` (GraphQL queries) never waits behind them. */
function gitHubRepository(clients, repo) {
    const gh = clients.writes;
    return {
        repo,
        explainFailure: (error) => ({
            ...(typeof statusOf(error) === 'number' && { status: statusOf(error) }),
            text: explainGitHubError(error, `${repo.owner}/${repo.repo}`),
        }),
        readBumpState: (base, branch) => readBumpState(clients.reads, repo, base, branch),
        readBaseAt: (sha, globs, policyFiles) => readBaseAt(gh, repo, sha, globs, policyFiles),
        readManifestsAt: (sha, globs) => readManifestsAt(gh, repo, sha, globs),
        readTreeAt: (sha, maxFileBytes) => readTreeAt(gh, repo, sha, maxFileBytes),
        createCommit: (parent, files, message, encodings) => createCommit(gh, repo, parent, files, message, encodings),
        setBranch: (branch, sha, mode) => setBranch(gh, repo, branch, sha, mode),
        commitOnNewBranch: (branch, base, files, message, encodings) => commitOnNewBranch(gh, repo, branch, base, files, message, encodings),
        swapBranch: (repositoryId, branch, sha, before) => swapBranch(gh, repositoryId, branch, sha, before, async () => {
            const heads = await readHeads(clients.reads, repo, branch, branch);
            return heads.branch;
        }),
        filesOfCommit: (sha) => filesOfCommit(gh, repo, sha),
        upsertPullRequest: (existing, content) => upsertPullRequest(gh, repo, existing, content),
        decoratePullRequest: (number, extras) => decoratePullRequest(gh, repo, number, extras),
        closePullRequest: (number, comment) => closePullRequest(gh, repo, number, comment),
        pullState: (number) => pullState(gh, repo, number),
        enableAutoMerge: async (nodeId, method, expectedHeadOid) => explainedRefusal(await enableAutoMerge(gh, nodeId, method, expectedHeadOid)),
        disableAutoMerge: async (nodeId) => explainedRefusal(await disableAutoMerge(gh, nodeId)),
        upsertComment: (number, marker, body) => upsertComment(gh, repo, number, marker, body),
        setLabel: (number, label, present) => setLabel(gh, repo, number, label, present),
        setStatus: (sha, context, success, description) => setStatus(gh, repo, sha, context, success, description),
    };
}
const explainedRefusal = (refused) => refused && autoMergeRefusal(refused);
function statusOf(error) {
    const status = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./src/edges/localEdges.ts + 13 modules
var localEdges = __webpack_require__(8713);
;// CONCATENATED MODULE: ./src/edges/gitHubEdges.ts
// The local edges with GitHub: one Octokit for writes (GitHub's spacing) and one for GraphQL reads, made
// on first use, shared by every repository the command reaches.



function gitHubEdges(github, log) {
    let client;
    let reader;
    const local = (0,localEdges/* localEdges */.S)();
    return {
        ...local,
        // waits between attempts at GitHub follow the retry clock (SLIPWAY_GITHUB_RETRY_SECOND_MS)
        clock: { ...local.clock, sleep: (ms) => local.clock.sleep((ms * github.retrySecondMs) / 1000) },
        github: (repo) => gitHubRepository({
            writes: (client ??= createGitHub(github, log)),
            reads: (reader ??= createGitHub(github, log, 'reads')),
        }, repo),
    };
}


/***/ })

};
