export const id = 392;
export const ids = [392];
export const modules = {

/***/ 6392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePartialReport: () => (/* binding */ parsePartialReport)
/* harmony export */ });
/* harmony import */ var ajv_dist_jtd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1354);
/* harmony import */ var ajv_dist_jtd_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_jtd_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5154);
// A check shard's partial report, read back by the merge: parsed once here against its schema, so the merge
// works on a typed value. The envelope (versions, commits, shard, counts, apps) is checked field by field;
// the diff is checked for the fields the merge reads to account for apps, and its entries \u2014 which only this
// version of Slipway writes (the schema name is versioned) \u2014 are taken as written.


const strings = { elements: { type: 'string' } };
const count = { type: 'uint32' };
const ENVELOPE = {
    properties: {
        schema: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        headContent: { type: 'string' },
        shard: { properties: { index: count, count } },
        apps: strings,
        unaffected: count,
        affected: count,
        units: count,
        rendered: count,
        changedFiles: count,
        uncovered: strings,
        renderers: strings,
        timings: {
            properties: {
                discover: { type: 'float64' },
                render: { type: 'float64' },
                validate: { type: 'float64' },
                diff: { type: 'float64' },
            },
        },
        diff: {
            properties: {
                apps: {
                    elements: {
                        properties: {
                            id: { type: 'string' },
                            status: { type: 'string' },
                            changes: { elements: { values: {} } },
                            hooks: { elements: { values: {} } },
                        },
                        additionalProperties: true,
                    },
                },
                unchangedApps: count,
                notPreviewed: { elements: { values: {} } },
            },
            additionalProperties: true,
        },
    },
};
let validate;
const compiled = () => (validate ??= new ajv_dist_jtd_js__WEBPACK_IMPORTED_MODULE_1__.Ajv().compile(ENVELOPE));
/** A partial report's text \u2192 the report, or what is wrong with it (said for the file named). */
function parsePartialReport(file, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { error: `${file} is not a partial report of a check shard: ${error.message}` };
    }
    const schema = data && typeof data === 'object' && 'schema' in data ? data.schema : undefined;
    if (schema !== _shards_js__WEBPACK_IMPORTED_MODULE_0__/* .PARTIAL_SCHEMA */ .M$)
        return {
            error: `${file} is not a partial report of this version of Slipway: its schema is ${JSON.stringify(schema) ?? 'missing'}, not ${_shards_js__WEBPACK_IMPORTED_MODULE_0__/* .PARTIAL_SCHEMA */ .M$} (run the shards and the merge with the same version)`,
        };
    const check = compiled();
    if (!check(data)) {
        const [e] = check.errors ?? [];
        return {
            error: `${file} is not a partial report of a check shard: ${e ? `${e.instancePath || '(top level)'} ${e.message ?? e.keyword}` : 'it does not match the schema'}`,
        };
    }
    // the diff's entries are as this version wrote them (the schema name above pins the version)
    return { report: data };
}


/***/ })

};
