export const id = 828;
export const ids = [828];
export const modules = {

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   timingMarkdown: () => (/* binding */ timingMarkdown),
/* harmony export */   validationSummary: () => (/* binding */ validationSummary)
/* harmony export */ });
/* harmony import */ var _markdownText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);

function validationSummary(findings, units, objects) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    const rows = findings
        .filter((f) => f.severity !== 'notice')
        .map((f) => `| ${f.severity} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(`${f.file ?? ''}:${f.line ?? 1}`, 'table')} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)((f.unit ?? '').replace(/^app:/, ''))} | ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(f.message)} |`);
    const notices = findings.filter((f) => f.severity === 'notice').map((f) => `- ${(0,_markdownText_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(f.message)}`);
    return [
        '### Slipway check',
        '',
        `${units} app(s), ${objects} object(s): **${count('error')} error(s)**, ${count('warning')} warning(s).`,
        '',
        ...(rows.length > 0
            ? ['| Severity | Where | App | Finding |', '| --- | --- | --- | --- |', ...rows, '']
            : []),
        ...(notices.length > 0 ? ['**Not previewed**', '', ...notices] : []),
    ].join('\n');
}
/** Milliseconds per phase as a Markdown table (the job summary's footnote). */
function timingMarkdown(readGit, rendered, timings) {
    const rows = [
        ['read git', readGit],
        ['discover', timings.discover],
        [`render (${rendered})`, timings.render],
        ['validate', timings.validate],
        ['diff', timings.diff],
    ];
    return [
        '',
        '| Phase | Time |',
        '| --- | ---: |',
        ...rows.map(([phase, ms]) => `| ${phase} | ${(ms / 1000).toFixed(2)} s |`),
    ].join('\n');
}


/***/ })

};
