export const id = 578;
export const ids = [578];
export const modules = {

/***/ 8578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateTree: () => (/* binding */ validateTree)
/* harmony export */ });
/* harmony import */ var _core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8376);
/* harmony import */ var _core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4642);
/* harmony import */ var _core_validate_builtinSchemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(401);
/* harmony import */ var _renderWaves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7960);
/* harmony import */ var _validateRendered_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(925);
// The push validation of one tree: discover the apps, render each, validate what they deploy (the same
// stage as the pull-request check, validateRendered.ts), and list what was not previewed.





async function validateTree(tree, settings, renderer) {
    const discovery = (0,_core_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .discoverUnits */ .t)(tree, settings.repoUrls, settings.paths);
    const validation = new _validateRendered_js__WEBPACK_IMPORTED_MODULE_4__/* .RenderedValidation */ .Z(tree, settings, await (0,_core_validate_builtinSchemas_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBuiltinSchemas */ .IJ)({ crdCatalog: settings.crdCatalog ?? false }));
    // each output is checked as it is rendered (its validators load while the other renders run), and
    // only what the check across apps needs is kept of it
    let units = 0;
    let objects = 0;
    const checkOutput = (output, order) => {
        units++;
        objects += output.objects.length;
        validation.add(output, order);
    };
    const { notPreviewed } = await (0,_renderWaves_js__WEBPACK_IMPORTED_MODULE_3__/* .renderAll */ .Y)(tree, discovery.units, {
        renderer,
        strict: settings.strict,
        kubernetesVersion: settings.kubernetesVersion,
        repoUrls: settings.repoUrls,
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        ...(settings.progress && { progress: settings.progress }),
        // a render waits while many objects wait for their validators to load
        beforeRender: async () => validation.ready(),
    }, checkOutput);
    const byUnit = await validation.finish();
    const findings = [...byUnit.values()].flat();
    for (const skipped of [...discovery.notPreviewed, ...notPreviewed]) {
        findings.push({
            severity: 'notice',
            rule: 'not-previewed',
            unit: `app:${skipped.name}`,
            file: skipped.file,
            line: skipped.line,
            message: `${skipped.name}: ${skipped.reason}`,
        });
    }
    return { findings: (0,_core_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings), units, objects };
}


/***/ })

};
