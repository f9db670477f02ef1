export const id = 967;
export const ids = [967];
export const modules = {

/***/ 9967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// UNUSED EXPORTS: validateFolder

// EXTERNAL MODULE: ./src/core/report/findings.ts
var report_findings = __webpack_require__(4642);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/render/documentReader.ts + 1 modules
var documentReader = __webpack_require__(7726);
// EXTERNAL MODULE: ./src/core/validate/builtinSchemas.ts
var builtinSchemas = __webpack_require__(401);
// EXTERNAL MODULE: ./src/core/validate/crdLoader.ts
var crdLoader = __webpack_require__(4438);
// EXTERNAL MODULE: ./src/core/validate/rules.ts
var validate_rules = __webpack_require__(121);
// EXTERNAL MODULE: ./src/core/validate/schemas.ts + 4 modules
var validate_schemas = __webpack_require__(3796);
;// CONCATENATED MODULE: ./src/pipeline/validateFiles.ts
// The validation of manifest files named one by one (`slipway validate a.yaml b.yaml`), document by
// document: memory holds one file's text, one document and the findings, so a file of 100,000 objects is
// checked in bounded memory. Duplicates are found across all the files given; CRDs among them define
// what the custom resources beside them may hold.






/** The CRDs among the files given: only their documents are kept. */
function crdsInFiles(files, limit, reader) {
    const out = [];
    for (const file of files) {
        if (reader.fileSize(file) > limit)
            continue;
        const text = reader.fileText(file);
        if (!text.includes('CustomResourceDefinition'))
            continue;
        for (const doc of (0,documentReader/* manifestDocuments */.Ee)(text, file))
            out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
    }
    return out;
}
async function validateFiles(files, settings, reader) {
    const limit = settings.maxFileBytes ?? fileTree/* MAX_FILE_BYTES */.gZ;
    const rules = { kubernetesVersion: settings.kubernetesVersion, latestTag: settings.imageTagSeverity };
    const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
    const schemas = {
        builtin: await (0,builtinSchemas/* loadBuiltinSchemas */.IJ)({ crdCatalog: settings.crdCatalog ?? false }),
    };
    /** The CRDs among the files, indexed when the first custom resource is met. */
    const crds = async () => {
        const { CrdIndex } = await (0,crdLoader/* loadCrdIndex */.I)();
        return new CrdIndex(() => crdsInFiles(files, limit, reader), settings.strict);
    };
    const seen = new Map();
    const findings = [];
    let objects = 0;
    for (const file of files) {
        const size = reader.fileSize(file);
        if (size > limit) {
            findings.push({
                severity: 'error',
                rule: 'file-too-large',
                file,
                line: 1,
                message: (0,fileTree/* tooLargeMessage */.pb)(file, { size, limit }),
            });
            continue;
        }
        const text = reader.fileText(file);
        for (const doc of (0,documentReader/* manifestDocuments */.Ee)(text, file, undefined, { strict: settings.strict })) {
            const loading = schemas.builtin.load(doc.objects);
            if (loading)
                await loading;
            if (!schemas.crds && doc.objects.some((o) => (0,validate_schemas/* needsCrd */.F0)(o.obj, schemas.builtin)))
                schemas.crds = await crds();
            const locate = (o, path) => doc.locate(o.within ? [...o.within.path, ...path] : path);
            findings.push(...doc.findings, ...(0,validate_rules/* checkObjects */.ZY)(doc.objects, undefined, rules, seen), ...(0,validate_schemas/* checkSchemas */.zV)(doc.objects, undefined, schemas, locate, schemaOptions));
            objects += doc.objects.length;
        }
    }
    findings.push(...(schemas.crds?.notCheckedFindings() ?? []));
    return { findings, units: files.length, objects };
}

;// CONCATENATED MODULE: ./src/commands/validate.ts



const prefixed = (folder, f) => folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };
/**
 * A repository folder: finding paths are relative to the folder; its origin counts as this repository.
 * What renders apps is loaded only here: `slipway validate FILE` never needs it.
 */
async function validateFolder(dir, settings, edges, 
/** Told what became of the render cache (`render-cache`), for the log. */
note) {
    const origin = edges.trees.originUrl(dir);
    const repoUrls = [...settings.repoUrls, ...(origin ? [origin] : [])];
    const tree = edges.trees.folder(dir, settings.maxFileBytes);
    const { validateTree } = await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 8578));
    // render-cache: every render is kept, for the previews whose base these files are
    const writer = settings.renderCache
        ? edges.renderCache?.(dir, () => undefined)?.writing(edges.renderer)
        : undefined;
    const result = await validateTree(tree, { ...settings, repoUrls }, writer ?? edges.renderer);
    if (settings.renderCache)
        note?.(writer?.note() ?? `no render cache: ${dir} is not in a git repository`);
    return result;
}
async function validate(settings, edges, note) {
    const targets = settings.targets.length > 0 ? settings.targets : ['.'];
    const files = [];
    const findings = [];
    let units = 0;
    let objects = 0;
    for (const target of targets) {
        const kind = edges.trees.kind(target);
        if (!kind)
            throw new errors/* InputError */.dz(`${target}: no such file or folder`);
        if (kind === 'file') {
            files.push(target);
            continue;
        }
        const folder = await validateFolder(target, settings, edges, note && ((m) => note(`${target}: ${m}`)));
        findings.push(...folder.findings.map((f) => prefixed(target, f)));
        units += folder.units;
        objects += folder.objects;
    }
    if (files.length > 0) {
        const checked = await validateFiles(files, settings, edges.trees);
        findings.push(...checked.findings);
        units += checked.units;
        objects += checked.objects;
    }
    return { findings: (0,report_findings/* sortFindings */.Tc)(findings), units, objects };
}


/***/ })

};
