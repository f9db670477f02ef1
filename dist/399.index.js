export const id = 399;
export const ids = [399];
export const modules = {

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bump: () => (/* binding */ bump)
});

// EXTERNAL MODULE: ./src/core/bump/plan.ts + 11 modules
var bump_plan = __webpack_require__(2491);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/core/report/markdownText.ts
var markdownText = __webpack_require__(8854);
;// CONCATENATED MODULE: ./src/core/bump/report.ts
// How a bump plan reads: one line per edit for terminals and logs, a markdown table for PRs and job
// summaries, and plain JSON for outputs.



function editLine(edit) {
    return `${edit.file}:${edit.line}  ${edit.image}  ${(0,imageRef/* describeVersion */.MP)(edit.from.tag, edit.from.digest)} \u2192 ${(0,imageRef/* describeVersion */.MP)(edit.to.tag, edit.to.digest)}`;
}
function skipLine(skip) {
    const where = skip.file ? `${skip.file}${skip.line ? `:${skip.line}` : ''}  ` : '';
    return `${where}${skip.image}  skipped: ${skip.reason}`;
}
function planLines(plan, verbose) {
    const lines = [
        ...plan.edits.map(editLine),
        ...plan.skips.map(skipLine),
        ...plan.warnings.map((w) => `${w.file}:${w.line}  warning: ${w.message}`),
    ];
    if (verbose) {
        for (const file of plan.unreadable)
            lines.push(`${file.file}:${file.line}  not read: not valid YAML (${file.message})`);
    }
    return lines;
}
/** A markdown table of the edits (and skips), linking each file when a base URL for files is given. */
function editTable(plan, fileUrl) {
    const rows = plan.edits.map((e) => {
        const where = `${e.file}:${e.line}`;
        const code = (text) => (0,markdownText/* mdCode */.xs)(text, 'table');
        const link = fileUrl ? `[${code(where)}](${(0,markdownText/* mdUrl */.T3)(fileUrl(e.file, e.line))})` : code(where);
        return `| ${link} | ${code(e.image)} | ${code((0,imageRef/* describeVersion */.MP)(e.from.tag, e.from.digest))} \u2192 ${code((0,imageRef/* describeVersion */.MP)(e.to.tag, e.to.digest))} |`;
    });
    const parts = [];
    if (rows.length > 0)
        parts.push(['| File | Image | Change |', '| --- | --- | --- |', ...rows].join('\n'));
    if (plan.skips.length > 0) {
        parts.push(['**Skipped**', '', ...plan.skips.map((s) => `- ${(0,markdownText/* mdText */.bC)(skipLine(s))}`)].join('\n'));
    }
    return parts.join('\n\n') || '_No edits._';
}
/** Plain data for the `edits` and `skipped` outputs and `--json`. */
function planJson(plan) {
    return {
        edits: plan.edits.map((e) => ({
            file: e.file,
            line: e.line,
            kind: e.kind,
            image: e.image,
            from: e.from,
            to: e.to,
        })),
        skipped: plan.skips,
        unreadable: plan.unreadable,
        warnings: plan.warnings,
    };
}
/** A unified diff of what the plan would write, for `--dry-run`. */
function planDiff(plan, before) {
    return [...plan.changed]
        .map(([file, after]) => (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before.get(file) ?? '', after, undefined, undefined, {
        context: 2,
    }))
        .map((patch) => patch.replace(/^=+\n/, ''))
        .join('');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/bump/pullRequestText.ts
// What a bump writes on GitHub, as text: the bot branch's name, the commit message with its trailers,
// and the pull request's title and body.




const TRAILER = 'Slipway-Bump';
const BODY_MARKER = '<!-- slipway:bump -->';
const shortHash = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/**
 * One branch per image (set) \u00d7 target: `<prefix>/<base>/<image-slug>[-<environment>]`. Several images
 * share a branch named by a hash of their names; a `paths` limit without an environment adds a hash of
 * the globs, so differently scoped bumps of one image never share a pull request.
 */
function branchName(prefix, updates, target) {
    const names = updates.map((u) => u.canonical).sort();
    const slug = names.length === 1 ? (0,imageRef/* imageSlug */.fx)(names[0]) : `images-${shortHash(names.join('\n'))}`;
    const scope = target.environment ??
        (target.paths.length > 0 ? `paths-${shortHash([...target.paths].sort().join('\n'))}` : '');
    return `${prefix}/${target.base}/${slug}${scope ? `-${scope}` : ''}`;
}
const versionOf = (u) => (0,imageRef/* describeVersion */.MP)(u.tag, u.digest);
function describeTarget(target) {
    return target.environment ?? (target.paths.length > 0 ? target.paths.join(', ') : target.base);
}
function pullRequestTitle(updates, target) {
    return `Deploy ${updates.map((u) => `${u.name} ${versionOf(u)}`).join(', ')} to ${describeTarget(target)}`;
}
function commitMessage(template, updates, target, links) {
    const subject = template
        .replaceAll('{image}', updates.map((u) => u.name).join(', '))
        .replaceAll('{tag}', updates.map(versionOf).join(', '))
        .replaceAll('{environment}', describeTarget(target));
    const trailers = [
        ...updates.map((u) => `${TRAILER}: ${u.name}=${u.tag ?? ''}${u.digest ? `@${u.digest}` : ''}`),
        ...(links.repository && links.sha ? [`Slipway-Source: ${links.repository}@${links.sha}`] : []),
        ...(links.runUrl ? [`Slipway-Run: ${links.runUrl}`] : []),
    ];
    return `${subject}\n\n${trailers.join('\n')}\n`;
}
/** True when a commit message carries the trailer Slipway writes. */
function hasBumpTrailer(message) {
    return new RegExp(`^${TRAILER}: `, 'm').test(message);
}
/** The compare view old...new of the app repo, when the image is named after it (ghcr.io/acme/api \u2194 acme/api). */
function compareLink(plan, links) {
    const edit = plan.edits.find((e) => e.from.tag && e.to.tag && e.from.tag !== e.to.tag);
    if (!edit || !links.repository)
        return undefined;
    const repoPath = edit.image.split('/').slice(-2).join('/').toLowerCase();
    if (repoPath !== links.repository.toLowerCase())
        return undefined;
    const range = `${encodeURIComponent(edit.from.tag ?? '')}...${encodeURIComponent(edit.to.tag ?? '')}`;
    return `[${(0,markdownText/* mdCode */.xs)(`${edit.from.tag}...${edit.to.tag}`)}](${(0,markdownText/* mdUrl */.T3)(`${links.serverUrl}/${links.repository}/compare/${range}`)})`;
}
function mergeLine(decision) {
    if (decision.autoMerge)
        return `**Auto-merge:** on (${decision.autoMerge}) \u2014 ${(0,markdownText/* mdText */.bC)(decision.reason)}.`;
    const who = [...decision.reviewers.map((r) => `@${r}`), ...decision.teamReviewers.map((t) => `team ${t}`)];
    return `**Auto-merge:** not allowed \u2014 ${(0,markdownText/* mdText */.bC)(decision.reason)}${who.length > 0 ? `; review requested from ${who.join(', ')}` : ''}.`;
}
function pullRequestBody(plan, updates, target, links, fileUrl, decision) {
    const source = [
        links.repository && links.sha
            ? `[${links.repository}@${links.sha.slice(0, 7)}](${links.serverUrl}/${links.repository}/commit/${links.sha})`
            : undefined,
        links.runUrl ? `[workflow run](${links.runUrl})` : undefined,
        compareLink(plan, links),
    ].filter(Boolean);
    return [
        BODY_MARKER,
        `Deploys ${updates.map((u) => `**${(0,markdownText/* mdText */.bC)(u.name)}** ${(0,markdownText/* mdCode */.xs)(versionOf(u))}`).join(', ')} to **${(0,markdownText/* mdText */.bC)(describeTarget(target))}**.`,
        '',
        editTable(plan, fileUrl),
        '',
        ...(source.length > 0 ? [`**Source:** ${source.join(' \u00b7 ')}`, ''] : []),
        ...(decision ? [mergeLine(decision), ''] : []),
        '<sub>Opened by Slipway. A newer build refreshes this pull request. Commits you push to this branch are kept: later bumps add theirs on top.</sub>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/policy/policy.ts + 1 modules
var policy_policy = __webpack_require__(1537);
;// CONCATENATED MODULE: ./src/core/policy/groups.ts

/** One group per environment that has edits or skips, in the policy's order; edits outside them last. */
function groupByEnvironment(plan, policy) {
    if (!policy || policy.environments.length === 0)
        return [{ plan }];
    const groups = new Map();
    const groupOf = (file) => {
        const env = file === undefined ? undefined : (0,policy_policy/* environmentOf */.p7)(policy, file);
        const key = env?.name ?? '';
        let group = groups.get(key);
        if (!group) {
            group = {
                ...(env && { environment: env }),
                plan: {
                    edits: [],
                    skips: [],
                    changed: new Map(),
                    unreadable: [],
                    warnings: [],
                    filesScanned: plan.filesScanned,
                },
            };
            groups.set(key, group);
        }
        return group;
    };
    for (const edit of plan.edits)
        groupOf(edit.file).plan.edits.push(edit);
    for (const [file, text] of plan.changed)
        groupOf(file).plan.changed.set(file, text);
    for (const skip of plan.skips.filter((s) => s.file))
        groupOf(skip.file).plan.skips.push(skip);
    const order = (g) => g.environment ? policy.environments.indexOf(g.environment) : policy.environments.length;
    const sorted = [...groups.values()].sort((a, b) => order(a) - order(b));
    const first = sorted[0] ?? groupOf(undefined);
    // skips of an image found nowhere, and unreadable files, belong to no environment: report them once
    first.plan.skips.push(...plan.skips.filter((s) => !s.file));
    first.plan.unreadable.push(...plan.unreadable);
    return sorted.length > 0 ? sorted : [first];
}
/**
 * Under a policy, an environment's level decides; edits outside every environment, and bumps without a
 * policy, follow the `auto-merge` input.
 */
function decideMerge(group, policy, input) {
    const env = group.environment;
    if (!policy || !env) {
        return input === 'off'
            ? { autoMerge: false, reason: 'auto-merge is off', reviewers: [], teamReviewers: [], labels: [] }
            : {
                autoMerge: input,
                reason: `auto-merge (${input}) requested by the workflow`,
                reviewers: [],
                teamReviewers: [],
                labels: [],
            };
    }
    const types = group.plan.edits.map((e) => (0,policy_policy/* updateType */.Gg)(e.from.tag, e.to.tag));
    const type = (0,policy_policy/* largest */.nQ)(types.length > 0 ? types : ['patch']);
    const example = group.plan.edits.find((e) => (0,policy_policy/* updateType */.Gg)(e.from.tag, e.to.tag) === type);
    const change = example ? ` (${example.from.tag ?? '?'} \u2192 ${example.to.tag ?? '?'})` : '';
    if ((0,policy_policy/* admits */.t5)(env.autoMerge, type)) {
        return {
            autoMerge: policy.mergeMethod,
            reason: `${env.name} allows ${env.autoMerge} updates and this is a ${type} update${change}`,
            reviewers: [],
            teamReviewers: [],
            labels: [],
        };
    }
    const why = env.autoMerge === 'never'
        ? `${env.name} has auto-merge: never`
        : `${env.name} allows ${env.autoMerge} updates, this is a ${type} update${change}`;
    return {
        autoMerge: false,
        reason: why,
        reviewers: env.reviewers.filter((r) => !r.includes('/')),
        teamReviewers: env.reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1)),
        labels: env.labels,
    };
}

;// CONCATENATED MODULE: ./src/core/bump/decisions.ts


/** The updates the policy allows, and a skip line for each one it refuses (all allowed without a policy). */
function splitByPolicy(updates, policy) {
    const allowed = [];
    const refused = [];
    for (const update of updates) {
        const why = policy ? (0,policy_policy/* imageRefusal */.AG)(policy, update.name, update.canonical, update.tag) : undefined;
        if (why)
            refused.push({ image: update.name, reason: `refused by the policy: ${why}` });
        else
            allowed.push(update);
    }
    return { allowed, refused };
}
/**
 * The commits on the bot branch that the bot did not make: a commit is the bot's only when it carries the
 * Slipway trailer and its author is the one this token writes as. Such a branch is never reset.
 */
function foreignCommits(commits, botEmail) {
    return commits.filter((c) => !hasBumpTrailer(c.message) || c.author.email !== botEmail);
}
/** The first file this bump edits that a foreign commit also changed: the bump must stop, naming both. */
function clashingFile(edited, touchedByCommit) {
    for (const file of edited)
        if (touchedByCommit.has(file))
            return file;
    return undefined;
}
/** A plan made on the bot branch's head, narrowed to one lane's files: other environments have their own branch. */
function narrowToLane(whole, laneFiles) {
    return {
        ...whole,
        changed: new Map([...whole.changed].filter(([file]) => laneFiles.has(file))),
        edits: whole.edits.filter((e) => laneFiles.has(e.file)),
    };
}
/** Whether the bot's stale pull request may be closed: every commit on its branch is the bot's. */
function mayCloseStalePullRequest(commits) {
    return commits.every((c) => hasBumpTrailer(c.message));
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/pullRequests.ts
var pullRequests = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/commands/bumpOnGitHub.ts
// bump on GitHub: read the base in one tarball, plan with the core, and per environment of the policy
// write one commit through the Git Data API and open or refresh one rolling pull request. Safe when the
// base or a branch moves; never resets a branch that holds someone else's commit.











const MAX_ATTEMPTS = 5;
/** Most repositories' default branch: read first, so the state query usually answers for the right one. */
const GUESSED_DEFAULT_BRANCH = 'main';
/** Someone else moved a ref between our read and our write: read again and redo. */
class Moved extends Error {
}
async function bumpOnGitHub(settings, source, log, edges) {
    const repo = { owner: source.owner, repo: source.repo };
    const gh = edges.github(repo);
    const clock = edges.clock;
    try {
        // without a base, the state is read for `main` and once more only if the default branch is another
        const base = source.base ?? source.defaultBranch;
        const job = {
            gh,
            repo,
            settings,
            log,
            base: base ?? GUESSED_DEFAULT_BRANCH,
            baseGuessed: base === undefined,
            links: { serverUrl: settings.github.serverUrl, ...settings.context },
        };
        for (let attempt = 1;; attempt++) {
            try {
                return await attemptBump(job);
            }
            catch (error) {
                if (!(error instanceof Moved) || attempt === MAX_ATTEMPTS)
                    throw error;
                log.info(`${error.message}; reading again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
                await clock.sleep(200 * attempt + Math.random() * 300);
            }
        }
    }
    catch (error) {
        if (error instanceof Moved) {
            return {
                outputs: {},
                failure: `${error.message} on every one of ${MAX_ATTEMPTS} attempts; nothing was overwritten. Run the job again.`,
            };
        }
        return { outputs: {}, failure: (0,github_errors/* explainGitHubError */.Pm)(error, `${source.owner}/${source.repo}`) };
    }
}
function targetOf(job, environment) {
    const env = environment ?? job.settings.environment;
    return { base: job.base, paths: job.settings.paths, ...(env && { environment: env }) };
}
/** The policy of the base branch; an invalid policy stops the bump with the key and line to fix. */
function readPolicy(found) {
    if (!found)
        return undefined;
    const parsed = (0,policy_policy/* parsePolicy */.ON)(found.file, found.text);
    if (parsed.errors.length > 0) {
        const first = parsed.errors[0];
        throw new errors/* ManifestError */.Sh(first.file, first.line, `${first.message}. Fix the policy file on the base branch; nothing was written.`);
    }
    return parsed.policy;
}
async function attemptBump(job) {
    const { gh, repo, settings, log, base } = job;
    const firstTarget = targetOf(job, undefined);
    const firstBranch = settings.pullRequest
        ? branchName(settings.branchPrefix, settings.updates, firstTarget)
        : base;
    const state = await gh.readBumpState(base, firstBranch);
    if (job.baseGuessed) {
        job.baseGuessed = false;
        if (!state.defaultBranch)
            throw new github_errors/* SlipwayError */.GQ(`${repo.owner}/${repo.repo} has no default branch (is it empty?); set the "base" input.`);
        if (state.defaultBranch !== base) {
            job.base = state.defaultBranch;
            return attemptBump(job);
        }
    }
    if (!state.base)
        throw new github_errors/* SlipwayError */.GQ(`Branch "${base}" was not found in ${repo.owner}/${repo.repo}; check the "base" input.`);
    const read = await gh.readBaseAt(state.base.oid, settings.paths, policy_policy/* POLICY_FILES */.jE);
    const policy = readPolicy(read.policy);
    const { allowed, refused } = splitByPolicy(settings.updates, policy);
    const plan = (0,bump_plan/* planBump */.m3)(read.texts, allowed, { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade }, read.others);
    plan.skips.push(...refused);
    for (const line of planLines(plan, false))
        log.info(line);
    for (const skip of plan.skips.filter((s) => !s.file))
        log.warning(`${skip.image}: ${skip.reason}.`);
    const groups = settings.pullRequest ? groupByEnvironment(plan, policy) : [{ plan }];
    const lanes = groups.map((group) => {
        const target = targetOf(job, group.environment?.name);
        const branch = settings.pullRequest ? branchName(settings.branchPrefix, settings.updates, target) : base;
        return {
            branch,
            target,
            plan: group.plan,
            decision: decideMerge(group, policy, settings.autoMerge),
            encodings: read.encodings,
        };
    });
    if (settings.dryRun) {
        for (const lane of lanes)
            log.info(`Dry run: ${lane.plan.edits.length} edit(s) for ${lane.branch} (auto-merge: ${lane.decision.autoMerge ? 'yes' : 'no'}, ${lane.decision.reason}); no write request made.`);
        return result(job, plan, lanes.map((lane) => ({ lane, outputs: { updated: 'false', branch: lane.branch } })));
    }
    const results = [];
    for (const lane of lanes) {
        // the first lane's state came with the base; other environments' branches are read now
        const laneState = lane.branch === firstBranch ? state : await gh.readBumpState(base, lane.branch);
        if (laneState.base?.oid !== state.base.oid)
            throw new Moved(`${base} moved while the bump was planned`);
        results.push(await writeLane(job, lane, laneState));
    }
    return result(job, plan, results);
}
async function writeLane(job, lane, state) {
    if (lane.plan.changed.size === 0)
        return nothingToWrite(job, lane, state);
    return job.settings.pullRequest ? writePullRequest(job, lane, state) : writeDirect(job, lane, state);
}
/** Everything is already on the base: close the bot's stale pull request, if it has one. */
async function nothingToWrite(job, lane, state) {
    const { gh, log, base } = job;
    const pull = state.pull;
    if (pull && job.settings.pullRequest && mayCloseStalePullRequest(state.branch?.commits ?? [])) {
        const versions = job.settings.updates
            .map((u) => `\`${u.name}\` ${(0,imageRef/* describeVersion */.MP)(u.tag, u.digest)}`)
            .join(', ');
        await gh.closePullRequest(pull.number, `${versions} is already on \`${base}\`; closing this pull request. (Slipway)`);
        log.info(`Closed #${pull.number}: the change is already on ${base}.`);
    }
    // every place skipped is something to fix (a shared anchor, a downgrade\u2026): a warning, not a log line
    if ((0,bump_plan/* everyPlaceSkipped */.vB)(lane.plan))
        log.warning(`Nothing to write to ${lane.branch}: every place was skipped (the reasons are above).`);
    else
        log.info(`Nothing to write to ${lane.branch}: already up to date.`);
    return { lane, outputs: { updated: 'false', branch: lane.branch } };
}
async function writeDirect(job, lane, state) {
    const { gh, settings, base, links } = job;
    const message = commitMessage(settings.commitMessage, settings.updates, lane.target, links);
    const commit = await gh.createCommit(state.base, lane.plan.changed, message, lane.encodings);
    if ((await gh.setBranch(base, commit.sha, { exists: true, force: false })) === 'moved')
        throw new Moved(`${base} moved while the commit was written`);
    job.log.info(`Committed ${commit.sha.slice(0, 7)} to ${base}.`);
    return { lane, outputs: { updated: 'true', branch: base, 'commit-sha': commit.sha } };
}
async function writePullRequest(job, lane, state) {
    const { gh, settings, log, base, links } = job;
    const { branch, target } = lane;
    const message = commitMessage(settings.commitMessage, settings.updates, target, links);
    const baseHead = state.base;
    let plan = lane.plan;
    let commit;
    if (!state.branch) {
        // a new branch: its ref at the base, then the commit on it \u2014 two requests
        const created = await gh.commitOnNewBranch(branch, baseHead.oid, lane.plan.changed, message, lane.encodings);
        if (created === 'moved')
            throw new Moved(`${branch} was created while the commit was written`);
        commit = created;
        log.info(`Created ${branch} from ${base} at ${commit.sha.slice(0, 7)}.`);
        return openPullRequest(job, lane, state, plan, commit);
    }
    commit = await gh.createCommit(baseHead, lane.plan.changed, message, lane.encodings);
    const foreign = foreignCommits(state.branch.commits, commit.author.email);
    if (foreign.length > 0) {
        ({ commit, plan } = await commitOnTop(job, lane, state.branch, foreign, message));
        if ((await gh.setBranch(branch, commit.sha, { exists: true, force: false })) === 'moved')
            throw new Moved(`${branch} moved while the commit was written`);
        log.info(`Added ${commit.sha.slice(0, 7)} on top of ${branch}, keeping ${foreign.length} commit(s) the bot did not make.`);
    }
    else {
        // one atomic swap, only from where the branch was read: a push by someone else in between is never
        // overwritten. A base that moved meanwhile leaves the PR behind it, as any PR; the next bump rebuilds.
        if ((await gh.swapBranch(state.repositoryId, branch, commit.sha, state.branch.oid)) === 'moved')
            throw new Moved(`${branch} changed while the commit was written`);
        log.info(`Rebuilt ${branch} from ${base} at ${commit.sha.slice(0, 7)}.`);
    }
    return openPullRequest(job, lane, state, plan, commit);
}
/** The rolling pull request of a lane whose branch now holds `commit`: opened, or refreshed. */
async function openPullRequest(job, lane, state, plan, commit) {
    const { gh, repo, settings, log, base, links } = job;
    const { branch, target, decision } = lane;
    const fileUrl = (file, line) => `${links.serverUrl}/${repo.owner}/${repo.repo}/blob/${(0,markdownText/* urlPath */.Lx)(branch)}/${(0,markdownText/* urlPath */.Lx)(file)}#L${line}`;
    const pull = await gh.upsertPullRequest(state.pull?.number, {
        head: branch,
        base,
        title: pullRequestTitle(settings.updates, target),
        body: pullRequestBody(plan, settings.updates, target, links, fileUrl, decision),
        draft: settings.draft,
    });
    if (pull.created) {
        await gh.decoratePullRequest(pull.number, {
            labels: [...settings.labels, ...decision.labels],
            reviewers: [...settings.reviewers, ...decision.reviewers],
            teamReviewers: [...settings.teamReviewers, ...decision.teamReviewers],
            assignees: settings.assignees,
        });
    }
    log.info(`${pull.created ? 'Opened' : 'Refreshed'} pull request #${pull.number}: ${pull.url}`);
    let autoMerge = 'not-allowed';
    if (decision.autoMerge) {
        const refused = state.autoMergeAllowed
            ? await gh.enableAutoMerge(pull.nodeId, decision.autoMerge)
            : 'auto-merge is not allowed in this repository (Settings \u2192 General \u2192 Allow auto-merge)';
        if (refused)
            log.warning(`Auto-merge was not enabled on #${pull.number}: ${(0,pullRequests/* autoMergeRefusal */.aX)(refused)}.`);
        autoMerge = refused ? 'unavailable' : 'enabled';
    }
    log.info(`Auto-merge of #${pull.number}: ${autoMerge} (${decision.reason}).`);
    return {
        lane: { ...lane, plan },
        autoMerge,
        outputs: {
            updated: 'true',
            branch,
            'commit-sha': commit.sha,
            'pull-request-number': String(pull.number),
            'pull-request-url': pull.url,
        },
    };
}
/**
 * The bot branch holds commits someone else made: never reset it. Plan again on its head and add the
 * new commit on top, unless one of those commits changed a file this bump edits.
 */
async function commitOnTop(job, lane, branch, foreign, message) {
    const { gh, settings } = job;
    const { texts: files, encodings } = await gh.readManifestsAt(branch.oid, settings.paths);
    const updates = settings.updates.filter((u) => lane.plan.edits.some((e) => e.image === u.name));
    const whole = (0,bump_plan/* planBump */.m3)(files, updates, {
        allowDowngrade: settings.allowDowngrade,
        forceDowngrade: settings.forceDowngrade,
    });
    const plan = narrowToLane(whole, lane.plan.changed);
    for (const commit of foreign) {
        const clash = clashingFile(plan.changed.keys(), new Set(await gh.filesOfCommit(commit.oid)));
        if (clash) {
            throw new github_errors/* SlipwayError */.GQ(`Branch ${lane.branch} has commit ${commit.oid.slice(0, 7)} ("${commit.message.split('\n')[0]}" by ${commit.author.name}) that the bot did not make, ` +
                `and it changes ${clash}, which this bump edits. Nothing was written: merge or close the pull request, or delete the branch, then run again.`);
        }
    }
    if (plan.changed.size === 0)
        throw new github_errors/* SlipwayError */.GQ(`Branch ${lane.branch} already has this change; nothing was written.`);
    const commit = await gh.createCommit({ oid: branch.oid, treeOid: branch.treeOid }, plan.changed, message, encodings);
    return { commit, plan };
}
function result(job, plan, lanes) {
    const json = planJson(plan);
    const first = lanes.find((l) => l.outputs.updated === 'true') ?? lanes[0];
    const pulls = lanes
        .filter((l) => l.outputs['pull-request-number'])
        .map((l) => ({
        environment: l.lane.target.environment ?? null,
        branch: l.lane.branch,
        number: Number(l.outputs['pull-request-number']),
        url: l.outputs['pull-request-url'],
        autoMerge: l.autoMerge,
        reason: l.lane.decision.reason,
    }));
    const heading = `### Slipway bump: ${job.settings.updates.map((u) => `${u.name} ${(0,imageRef/* describeVersion */.MP)(u.tag, u.digest)}`).join(', ')}`;
    const sections = lanes.map((l) => {
        const link = l.outputs['pull-request-url'] ? ` \u2014 ${l.outputs['pull-request-url']}` : '';
        return [
            `#### ${describeTarget(l.lane.target)}${link}`,
            '',
            editTable(l.lane.plan),
            '',
            `Auto-merge: ${l.autoMerge ?? 'not-allowed'} (${l.lane.decision.reason})`,
        ].join('\n');
    });
    return {
        outputs: {
            ...(first?.outputs ?? {}),
            updated: String(lanes.some((l) => l.outputs.updated === 'true')),
            edits: JSON.stringify(json.edits),
            skipped: JSON.stringify(json.skipped),
            'auto-merge': lanes
                .filter((l) => l.outputs.updated === 'true')
                .map((l) => l.autoMerge ?? 'not-allowed')
                .join(',') || 'not-allowed',
            'pull-requests': JSON.stringify(pulls),
        },
        summary: [
            heading,
            '',
            ...(job.settings.dryRun ? ['_Dry run: nothing was written._', ''] : []),
            ...sections,
        ].join('\n'),
        json: { ...json, pullRequests: pulls },
    };
}

;// CONCATENATED MODULE: ./src/commands/bump.ts
// bump: plan the edits with the core, then write them to a folder or to GitHub.



async function bump(settings, log, edges, options = {}) {
    if (settings.source.kind === 'github')
        return bumpOnGitHub(settings, settings.source, log, edges);
    const dir = settings.source.dir;
    const folder = edges.folders.read(dir, settings.paths);
    for (const skipped of folder.skipped)
        log.warning(`${skipped.file}: ${skipped.reason}`);
    const files = folder.texts;
    const plan = (0,bump_plan/* planBump */.m3)(files, settings.updates, { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade }, folder.others);
    for (const line of planLines(plan, options.verbose ?? false))
        log.info(line);
    // every place skipped is something to fix (a shared anchor, a downgrade\u2026): a warning, not a log line
    if ((0,bump_plan/* everyPlaceSkipped */.vB)(plan))
        log.warning('Nothing written: every place was skipped (the reasons are above).');
    const diff = settings.dryRun ? planDiff(plan, files) : undefined;
    if (diff !== undefined)
        options.print?.(diff);
    else if (plan.changed.size > 0) {
        edges.folders.write(dir, plan.changed, folder.encodings);
    }
    const json = planJson(plan);
    return {
        outputs: {
            updated: String(plan.edits.length > 0 && !settings.dryRun),
            edits: JSON.stringify(json.edits),
            skipped: JSON.stringify(json.skipped),
        },
        json: {
            ...json,
            dryRun: settings.dryRun,
            filesScanned: plan.filesScanned,
            ...(diff !== undefined && { diff }),
        },
    };
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


/***/ })

};
