export const id = 371;
export const ids = [371];
export const modules = {

/***/ 5536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ headlineFacts),
/* harmony export */   t: () => (/* binding */ groupChanges)
/* harmony export */ });
/* harmony import */ var _regExpText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7613);

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
    return new RegExp(`(?<!${inValue})(?:${unique.map(_regExpText_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .N).join('|')})(?!${inValue})`, 'g');
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


/***/ }),

/***/ 4371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  diffMarkdown: () => (/* binding */ diffMarkdown)
});

// EXTERNAL MODULE: ./src/core/report/changeGroups.ts
var changeGroups = __webpack_require__(5536);
// EXTERNAL MODULE: ./src/core/report/markdownText.ts
var markdownText = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/core/report/reportParts.ts
var reportParts = __webpack_require__(2306);
;// CONCATENATED MODULE: ./src/core/report/commentSections.ts


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
function commentMarker(id) {
    return `<!-- slipway:check:${id} -->`;
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
function whatChanges(diff) {
    const line = (0,reportParts/* factsLine */.UM)(diff, (text, where) => `${(0,markdownText/* mdCode */.xs)(text)} ${cell(where)}`);
    return line === undefined ? [] : [`**What changes:** ${line}`, ''];
}
function tableRows(diff, options) {
    return diff.apps.map((app) => {
        const url = options.fileUrl?.(app.file, app.line);
        const name = url === undefined ? cell(app.name) : `[${cell(app.name)}](${(0,markdownText/* mdUrl */.T3)(url)})`;
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
        return `| ${name}${status}${ui} | ${cell((0,reportParts/* destination */.j_)(app))} | ${(0,reportParts/* syncPolicy */.kh)(app)} | ${(0,reportParts/* counts */.tQ)(app)} | ${validation(app.findings)} |`;
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
const IGNORED_LINES = '_changed only in ignored lines (ignore-lines): never approved for auto-merge_';
function changeBlock(change, diffText, body) {
    const lines = [`**${reportParts/* SIGN */.AJ[change.change]} ${cell(change.object)}** \u2014 ${cell(change.consequence)}`];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (change.ignoredLines)
        lines.push(IGNORED_LINES);
    else if (body === 'full')
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
        `**${reportParts/* SIGN */.AJ[change.change]} ${cell(group.kind)} ${(0,markdownText/* mdCode */.xs)(group.name)}** \u2014 in ${names.length} apps \u2014 ${cell(change.consequence)}`,
    ];
    for (const fact of change.summary)
        lines.push(`- ${cell(fact)}`);
    if (!named)
        lines.push(`- the apps are among those named above`);
    else if (names.length > OPEN_LIST)
        lines.push('', `<details><summary>the ${names.length} apps: ${raw.slice(0, 3).map(markdownText/* htmlText */.js).join(', ')}, \u2026</summary>`, '', names.join(', '), '', '</details>', '');
    else
        lines.push(`- apps: ${names.join(', ')}`);
    if (change.ignoredLines)
        lines.push(IGNORED_LINES);
    else if (body === 'full')
        lines.push(`_the diff in ${names[0]}:_`, fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** Whether an app has anything to show beyond changes shown in a group. */
function hasDetails(app, grouping) {
    return (app.note !== undefined ||
        (app.ignoredChanges ?? 0) > 0 ||
        app.settingChanges.length > 0 ||
        app.hooks.length > 0 ||
        app.applyOrder !== undefined ||
        app.findings.some((f) => f.severity !== 'notice') ||
        app.changes.some((c) => !grouping.groupOf.has(c)));
}
/** An app's details with each change's block already chosen: the head and the tail around them. */
function appDetails(app, blocks, grouped) {
    const parts = [`<details><summary><b>${(0,markdownText/* htmlText */.js)(app.name)}</b> ${(0,reportParts/* counts */.tQ)(app)}</summary>`, ''];
    if (grouped > 0)
        parts.push(`_${grouped} change(s) shown above with the other apps they are made in._`, '');
    if (app.note)
        parts.push(`> ${cell(app.note)}`, '');
    if (app.ignoredChanges)
        parts.push(`_${app.ignoredChanges} ignored change(s) not shown (ignore-resources): never approved for auto-merge._`, '');
    for (const setting of app.settingChanges)
        parts.push(`- Application ${cell(setting)}`);
    if (app.settingChanges.length > 0)
        parts.push('');
    if (app.hooks.length > 0)
        parts.push('**Runs on sync** (hooks: not part of the synced set, never pruned)', ...app.hooks.map((h) => (0,reportParts/* hookLine */.YX)(h, cell)), '');
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

;// CONCATENATED MODULE: ./src/core/report/diffMarkdown.ts




/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
const COMMENT_LIMIT = 65_536;
const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;
function assemble(diff, options, layout, rows, diffOf) {
    const notes = layout.notes;
    const { grouping } = layout;
    const bodyOf = (c) => (layout.omitted.has(c) ? 'omitted' : 'full');
    const blocksOf = (app) => (0,reportParts/* shownChanges */.ph)(app)
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
        (0,reportParts/* header */.wx)(diff, layout.images),
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
    const diffOf = (0,reportParts/* diffCache */.K_)();
    const grouping = (0,changeGroups/* groupChanges */.t)(diff, (0,reportParts/* changedLines */.MA)(diffOf));
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
        ...diff.apps.flatMap((a) => (0,reportParts/* shownChanges */.ph)(a).filter((c) => !grouping.groupOf.has(c))),
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


/***/ }),

/***/ 2306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ SIGN),
/* harmony export */   K_: () => (/* binding */ diffCache),
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   UM: () => (/* binding */ factsLine),
/* harmony export */   YX: () => (/* binding */ hookLine),
/* harmony export */   j_: () => (/* binding */ destination),
/* harmony export */   kh: () => (/* binding */ syncPolicy),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   tQ: () => (/* binding */ counts),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony exports changingApps, unpreviewedApps */
/* harmony import */ var _diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7168);
/* harmony import */ var _changeGroups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5536);
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8854);
// The pieces every rendering of the predicted cluster diff shares (comment, terminal, JSON): the headline,
// what changes in one line, an app's counts and sync policy, the changes it shows, each change's diff text.



const SIGN = { created: '+', changed: '~', deleted: '\u2212' };
function counts(app) {
    const n = (c) => app.changes.filter((x) => x.change === c).length;
    const ignored = app.ignoredChanges ? ` \u00b7 ${app.ignoredChanges} ignored change(s)` : '';
    return `+${n('created')} ~${n('changed')} \u2212${n('deleted')}${ignored}`;
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
const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);
/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
function changingApps(diff) {
    return diff.apps.filter((a) => !UNPREVIEWED.has(a.status) &&
        (a.changes.length > 0 ||
            (a.ignoredChanges ?? 0) > 0 ||
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
        ? ` \u00b7 images: ${shown.map((i) => (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(i)).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
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
    const facts = (0,_changeGroups_js__WEBPACK_IMPORTED_MODULE_2__/* .headlineFacts */ .g)(diff);
    if (facts.length === 0)
        return undefined;
    const shown = facts.slice(0, 3).map((f) => fact(f.fact, inApps(f.apps)));
    const more = facts.length - shown.length;
    return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
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
function diffCache() {
    const cache = new Map();
    return (change, context) => {
        const byChange = cache.get(context) ?? new Map();
        cache.set(context, byChange);
        let text = byChange.get(change);
        if (text === undefined)
            byChange.set(change, (text = (0,_diff_changeText_js__WEBPACK_IMPORTED_MODULE_0__/* .objectDiff */ .J)(change, context)));
        return text;
    };
}
/** A change's added and removed lines: what groups changes across apps. */
const changedLines = (diffOf) => (change) => diffOf(change, 0)
    .split('\n')
    .filter((l) => !l.startsWith('@@'))
    .join('\n');


/***/ })

};
