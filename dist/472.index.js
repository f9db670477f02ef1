export const id = 472;
export const ids = [472];
export const modules = {

/***/ 7472:
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

;// CONCATENATED MODULE: ./src/core/yaml/manifestText.ts
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
            const base64 = encodeManifest(content, encodings.get(path)).toString('base64');
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
                contents: encodeManifest(content, encodings.get(path) ?? 'utf8').toString('base64'),
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
        const { text, encoding } = decodeManifest(byPath.get(path));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        const { text, encoding } = decodeManifest((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path)));
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
            (0,external_node_fs_.writeFileSync)(entry.temp, encodeManifest(text, encodings.get(path) ?? 'utf8'), {
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
var yaml_dist = __webpack_require__(8815);
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
    return (0,yaml_dist/* stringify */.As)(k);
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
var helmInputs = __webpack_require__(3596);
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
    return bom ? decodeRepositoryText(out.subarray(start, end)) : out.toString('utf8', start, end);
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
        const inline = helm.valuesObject !== undefined ? (0,yaml_dist/* stringify */.As)(helm.valuesObject) : helm.values;
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
// EXTERNAL MODULE: ./src/core/render/treeIndex.ts
var treeIndex = __webpack_require__(9896);
// EXTERNAL MODULE: ./src/core/revision.ts
var revision = __webpack_require__(8206);
;// CONCATENATED MODULE: ./src/edges/gitRun.ts
// git in one repository, its output whole \u2014 written to a file and read back, not read from a pipe. Node
// reads a child's pipe 64 KiB at a time: the ~20 MB that `ls-tree` and `cat-file` print for a revision of
// 10,000 apps cost it ~0.5 s of CPU and twice the wall time of git itself; from a file it is one read.




/** A folder of its own for one call's input and output files (removed when the call returns). */
const scratch = () => (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-git-'));
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
    const inPath = (0,external_node_path_.join)(folder, 'in');
    const outPath = (0,external_node_path_.join)(folder, 'out');
    let inFd;
    const outFd = (0,external_node_fs_.openSync)(outPath, 'w', 0o600);
    try {
        if (input !== undefined) {
            (0,external_node_fs_.writeFileSync)(inPath, input, { mode: 0o600 });
            inFd = (0,external_node_fs_.openSync)(inPath, 'r');
        }
        const child = (0,external_node_child_process_.spawnSync)('git', args, {
            cwd: repoDir,
            stdio: [inFd ?? 'ignore', outFd, 'pipe'],
            maxBuffer: 1 << 24,
            ...(env && { env }),
        });
        if (child.error)
            throw child.error;
        if (child.status !== 0)
            throw new GitFailed(args, child.status, child.stderr.toString('utf8').trim());
        return (0,external_node_fs_.readFileSync)(outPath);
    }
    finally {
        (0,external_node_fs_.closeSync)(outFd);
        if (inFd !== undefined)
            (0,external_node_fs_.closeSync)(inFd);
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
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
    const child = (0,external_node_child_process_.spawnSync)('sh', ['-c', script, 'sh', ...params], {
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
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
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
    const base = (0,external_node_path_.join)(folder, 'run');
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
    const read = (path) => (0,external_node_fs_.readFileSync)(path, { flag: 'a+' });
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
const askedKey = (repoDir, args) => `${(0,external_node_path_.resolve)(repoDir)}\0${args.join('\0')}`;
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
    const prefix = `${(0,external_node_path_.resolve)(repoDir)}\0`;
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
                    if (existsSync(run.status))
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
                rmSync(folder, { recursive: true, force: true });
                done();
            }
        };
        const child = spawn('sh', ['-c', script, 'sh', ...params], { cwd: repoDir, stdio: 'ignore' });
        child.once('error', () => finish(false));
        child.once('close', (code, signal) => finish(code === 0 && signal === null));
    });
}

;// CONCATENATED MODULE: ./src/edges/git.ts
// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.





/** git's answer, trimmed (one asked ahead, if it was: gitRun.ts), or undefined when git fails. */
function git(dir, args) {
    const asked = answerAsked(dir, args);
    if (asked)
        return asked.status === 0 ? asked.out.toString().trim() : undefined;
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
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
    for (let folder = (0,external_node_path_.resolve)(dir);; folder = (0,external_node_path_.dirname)(folder)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, '.git')))
            return true;
        if (['HEAD', 'objects', 'refs'].every((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, f))))
            return true;
        if ((0,external_node_path_.dirname)(folder) === folder)
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
    return common ? (0,external_node_path_.resolve)(dir, common) : undefined;
}
/** The commit a revision names, or undefined. */
function resolveRevision(dir, rev) {
    if (!(0,revision/* isRevision */.o)(rev) && rev !== 'FETCH_HEAD')
        return undefined;
    return git(dir, GIT_ASKS.commit(rev));
}
/**
 * Fetches a commit (or a branch) from origin into a shallow checkout \u2014 actions/checkout leaves its
 * credentials for this \u2014 and returns the commit fetched.
 */
function fetchCommit(dir, rev) {
    if (!(0,revision/* isRevision */.o)(rev))
        return undefined;
    const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
    forgetAsked(dir);
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
    const full = base && (0,revision/* isRevision */.o)(base) ? git(dir, GIT_ASKS.fullName(base)) : undefined;
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
    if (!top || (0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(dir))
        return undefined;
    if (git(dir, [...GIT_ASKS.sparse]) === 'true')
        return undefined;
    const head = resolveRevision(dir, 'HEAD');
    if (head === undefined)
        return undefined;
    // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
    const steering = git(dir, [...GIT_ASKS.steering]);
    const infoAttributes = git(dir, [...GIT_ASKS.infoAttributes]);
    if (steering !== '' || !infoAttributes || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, infoAttributes)))
        return undefined;
    const status = git(dir, [...GIT_ASKS.status]);
    return status === '' ? head : undefined;
}

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
    const common = gitCommonDir(dir);
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
    walkFolder(dir, limit, tree, (full) => ({ text: decodeRepositoryText((0,external_node_fs_.readFileSync)(full)) }));
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
    const git = gitIn(repoDir, env);
    const lazy = new BlobReader(git, env ? undefined : (0,external_node_path_.resolve)(repoDir));
    const indexed = scanned && treeOfIndex(git, lazy, revision, limit, scanned, refused);
    if (indexed)
        return indexed;
    // the listing and the search, side by side
    const runs = gitAtOnce(repoDir, [listTreeArgs(revision), searchedGrepArgs(revision)], env);
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
    const git = gitIn(repoDir);
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
    const listed = gitListing(git(TREE_ASKS.listing(revision)), listing.links);
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
    const git = gitIn(repoDir);
    // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0, renames and copies as delete + add
    const fields = git(TREE_ASKS.changes(from.sha, revision)).toString('utf8').split('\0');
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
    return gitIn(dir)(TREE_ASKS.tree(sha)).toString('utf8').trim();
}
/** The TreeReader of a checkout on this machine: files on disk, commits read with git. */
const localTrees = {
    folder: diskTree,
    commit(dir, revision, maxFileBytes, options = {}) {
        const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
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
        const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
        if (sha === undefined)
            return undefined;
        const treeId = options.scanned && treeIdOf(dir, sha);
        const scanned = treeId ? options.scanned?.(treeId) : undefined;
        const tree = await gitTreeOverlapped(dir, sha, maxFileBytes, scanned, options.refused);
        return { sha, ...(treeId && { treeId }), tree };
    },
    checkout(dir, maxFileBytes, from) {
        const head = cleanHead(dir);
        if (head === undefined)
            return { tree: diskTree(dir, maxFileBytes) };
        return { tree: readCommit(dir, head, maxFileBytes, from), commit: head };
    },
    readAhead: readAhead,
    originUrl: originUrl,
    defaultBase: mergeBaseWithDefault,
    baseBranches: baseBranches,
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
let folderTree_scratch = Buffer.allocUnsafe(64 * 1024);
/** Files up to this size are read into `scratch`; a larger one into a buffer of its own. */
const SCRATCH_MAX = 1024 * 1024;
/** A file's bytes, valid until the next read. */
function readBytes(full) {
    const fd = (0,external_node_fs_.openSync)(full, 'r');
    try {
        let buffer = folderTree_scratch;
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                const bigger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
                if (buffer.length <= SCRATCH_MAX)
                    folderTree_scratch = buffer;
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
        const text = decodeRepositoryText(bytes);
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
var otherRepository = __webpack_require__(1215);
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

;// CONCATENATED MODULE: ./src/edges/gitHubEdges.ts
// The local edges with GitHub: one Octokit for writes (GitHub's spacing) and one for GraphQL reads, made
// on first use, shared by every repository the command reaches.



function gitHubEdges(github, log) {
    let client;
    let reader;
    const local = localEdges();
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
