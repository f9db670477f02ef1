export const id = 581;
export const ids = [581];
export const modules = {

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalPublisher: () => (/* binding */ terminalPublisher)
/* harmony export */ });
/* unused harmony exports TERMINAL_FORMATS, printDiff */
/* harmony import */ var _core_report_diffReport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5713);
/* harmony import */ var _core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4642);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);



const TERMINAL_FORMATS = (/* unused pure expression or super */ null && (['text', 'markdown', 'json', 'sarif']));
/** Prints a diff (a merge of shards prints it the same way), with its context lines and Argo CD links. */
function printDiff(diff, counts, format, terminal, settings = { contextLines: 3 }) {
    const context = settings.contextLines;
    if (format === 'json')
        for (const text of (0,_core_report_diffReport_js__WEBPACK_IMPORTED_MODULE_0__/* .diffJsonText */ .dX)(diff, { ...counts, schemaVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_SCHEMA_VERSION */ .W }, context))
            terminal.out(text);
    else if (format === 'markdown')
        terminal.out(`${(0,_core_report_diffReport_js__WEBPACK_IMPORTED_MODULE_0__/* .diffMarkdown */ .xb)(diff, { commentId: 'cli', context, ...(settings.argocdUrl && { argocdUrl: settings.argocdUrl }) })}\n`);
    else
        terminal.out((0,_core_report_diffReport_js__WEBPACK_IMPORTED_MODULE_0__/* .diffText */ .NI)(diff, terminal.color, context));
}
/**
 * `check` prints the pull request's comment for markdown and lists the findings; `diff` prints the diff
 * alone (its markdown without the comment's footer), and fails on errors only.
 */
function terminalPublisher(settings, format, command, terminal, edges) {
    return {
        fullReport: (s) => (s.reportPath ? `${s.reportPath}` : '`slipway check --format json`'),
        partial: (path, run) => {
            terminal.err(`shard ${settings.shard?.index}/${settings.shard?.count}: ${run.rendered} render(s); partial report ${path}\n`);
            return { outputs: { report: path } };
        },
        publish: (outcome) => {
            const { run } = outcome;
            const counts = { units: run.units, rendered: run.rendered };
            if (format === 'sarif')
                terminal.out(`${JSON.stringify((0,_core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .toSarif */ .zv)(outcome.findings, _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x), null, 2)}\n`);
            else if (format === 'markdown' && command === 'check')
                terminal.out(`${outcome.comment}\n`);
            else
                printDiff(run.diff, counts, format, terminal, settings);
            terminal.err(`${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - outcome.started} ms${outcome.note ? `; ${outcome.note}` : ''}\n`);
            if (command === 'check') {
                // the findings of the action's check, grouped as its annotations are
                for (const group of (0,_core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .groupFindings */ .kG)(outcome.findings.filter((f) => f.severity !== 'notice')))
                    terminal.err(`${(0,_core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .groupLine */ .uj)(group)}\n`);
                if (outcome.verdict)
                    terminal.err(`${outcome.verdict}\n`);
            }
            return Promise.resolve({
                outputs: {},
                ...(outcome.verdict && { failure: outcome.verdict }),
            });
        },
    };
}


/***/ })

};
