export const id = 442;
export const ids = [442];
export const modules = {

/***/ 4442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   diffMarkdown: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/* harmony import */ var _changeGroups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5536);
/* harmony import */ var _commentSections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4891);
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8854);
/* harmony import */ var _reportParts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2306);




/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
const COMMENT_LIMIT = 65_536;
const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;
function assemble(diff, options, layout, rows, diffOf) {
    const notes = layout.notes;
    const { grouping } = layout;
    const bodyOf = (c) => (layout.omitted.has(c) ? 'omitted' : 'full');
    const blocksOf = (app) => (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_2__/* .shownChanges */ .ph)(app)
        .filter((c) => !grouping.groupOf.has(c))
        .map((c) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBlock */ .sI)(c, diffOf(c, layout.context), bodyOf(c)));
    const groups = grouping.groups.map((g) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .groupBlock */ .zX)(g, diffOf(g.shown.change, layout.context), bodyOf(g.shown.change), layout.groupNames));
    const details = layout.details
        ? diff.apps
            .filter((app) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .hasDetails */ .Lo)(app, grouping))
            .map((app) => `${(0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .appDetails */ .eV)(app, blocksOf(app), app.changes.filter((c) => grouping.groupOf.has(c)).length)}\n`)
        : [];
    return [
        (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .commentMarker */ .Ql)(options.commentId),
        '### Slipway: predicted cluster diff',
        '',
        (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(diff, layout.images),
        '',
        ...layout.whatChanges,
        (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(rows.slice(0, layout.rows), rows.length, diff.apps.slice(layout.rows, layout.rows + layout.names).map((a) => a.name)),
        '',
        ...(0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .eligibilitySection */ .b7)(options),
        ...(0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .notPreviewedSection */ .Io)(diff, layout.notPreviewed),
        ...(0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .otherRevisionsSection */ .wh)(diff, layout.otherRevisions),
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
    const rows = (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRows */ .QE)(diff, options);
    const diffOf = (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_2__/* .diffCache */ .K_)();
    const grouping = (0,_changeGroups_js__WEBPACK_IMPORTED_MODULE_3__/* .groupChanges */ .t)(diff, (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_2__/* .changedLines */ .MA)(diffOf));
    const everything = {
        grouping,
        whatChanges: (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .whatChanges */ .mQ)(diff),
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
        ...diff.apps.flatMap((a) => (0,_reportParts_js__WEBPACK_IMPORTED_MODULE_2__/* .shownChanges */ .ph)(a).filter((c) => !grouping.groupOf.has(c))),
    ];
    const savings = displayed
        .map((c) => {
        const body = diffOf(c, 0);
        return {
            change: c,
            saves: (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBlock */ .sI)(c, body, 'full').length - (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .changeBlock */ .sI)(c, body, 'omitted').length,
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
    const notPreviewed = fit(diff.notPreviewed.map((n) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(n.name).length + (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(n.reason).length + (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(n.file).length + 16));
    // a few images, then every app named before more: the names account for the apps
    const firstImages = fit(diff.images.slice(0, 10).map((i) => (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(i).length));
    const names = fit(diff.apps.map((a) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(a.name).length));
    const images = firstImages + fit(diff.images.slice(firstImages).map((i) => (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(i).length));
    const otherRevisions = fit((diff.otherRevisions ?? []).map((n) => (0,_commentSections_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(n.name).length + (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(n.revision).length + (0,_markdownText_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(n.file).length + 24));
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


/***/ })

};
