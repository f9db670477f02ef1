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
        builtin: await (0,builtinSchemas.loadBuiltinSchemas)({ crdCatalog: settings.crdCatalog ?? false }),
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
    const { validateTree } = await Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 8578));
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


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ee: () => (/* binding */ manifestDocuments),
  MB: () => (/* binding */ parseObjects)
});

// UNUSED EXPORTS: yamlDocuments

// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/yaml/fastYaml.ts
var fastYaml = __webpack_require__(4194);
;// CONCATENATED MODULE: ./src/core/yaml/documentChunks.ts
// A YAML stream cut into its documents by their markers (`---` and `...` at the start of a line, which
// YAML forbids inside content), so each document can be read on its own: by js-yaml when it is plain
// data, by `yaml` (with positions) when it needs more. Lines are counted from 0 at the stream's start.

const START = /^---(?:[ \t\r]|$)/;
const END = /^\.\.\.(?:[ \t\r]|$)/;
function documentChunks(text) {
    const chunks = [];
    let start = 0;
    let startLine = 0;
    let pos = 0;
    for (let lineNo = 0;; lineNo++) {
        const newline = text.indexOf('\n', pos);
        const lineEnd = newline === -1 ? text.length : newline;
        // only a line that starts with `-` or `.` can be a marker: the others are not cut out to be tested
        const first = text.charCodeAt(pos);
        const line = first === 0x2d || first === 0x2e ? text.slice(pos, lineEnd) : '';
        if (START.test(line) && pos > start) {
            chunks.push({ text: text.slice(start, pos), line: startLine });
            start = pos;
            startLine = lineNo;
        }
        else if (END.test(line)) {
            chunks.push({ text: text.slice(start, pos), line: startLine });
            start = newline === -1 ? text.length : newline + 1;
            startLine = lineNo + 1;
        }
        if (newline === -1)
            break;
        pos = newline + 1;
    }
    if (start < text.length)
        chunks.push({ text: text.slice(start), line: startLine });
    return chunks;
}
/**
 * One document read by js-yaml, with the line (from 0, within the chunk) where its root node starts;
 * undefined when js-yaml refuses it (the caller reads it with `yaml`, which says why).
 */
function loadChunk(text) {
    const values = (0,fastYaml/* loadValues */.F9)(text);
    if (!values)
        return undefined;
    return values.length === 0 ? { value: undefined, line: 0 } : { value: values[0], line: rootLine(text) };
}
/**
 * The line (from 0) where js-yaml starts the root node of a chunk's document, told from the text as its
 * reader gets there \u2014 a byte order mark dropped, then spaces, tabs, comments and line breaks skipped,
 * then a `---` at the start of a line and the same again \u2014 without a listener called for every node.
 * Only for plain streams (fastYaml.ts), which hold no directive.
 */
function rootLine(text) {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 0;
    // the spaces that open the line, as js-yaml counts them: a marker is one only after none
    let indent = 0;
    const spaces = () => {
        indent = 0;
        while (text.charCodeAt(pos) === 0x20) {
            indent++;
            pos++;
        }
    };
    const separation = () => {
        for (;;) {
            let ch = text.charCodeAt(pos);
            while (ch === 0x20 || ch === 0x09)
                ch = text.charCodeAt(++pos);
            if (ch === 0x23)
                while (pos < text.length && ch !== 0x0a && ch !== 0x0d)
                    ch = text.charCodeAt(++pos);
            if (ch !== 0x0a && ch !== 0x0d)
                return;
            pos += ch === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
            line++;
            spaces();
        }
    };
    spaces();
    separation();
    if (indent === 0 && text.startsWith('---', pos)) {
        pos += 3;
        separation();
    }
    return line;
}

// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
// EXTERNAL MODULE: ./src/core/render/objects.ts
var objects = __webpack_require__(5740);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/render/documentReader.ts






/** Where a node of a parsed document starts (0 for a value the parser made no node for). */
const startOf = (node) => ((0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined);
/** Keys written twice in one map (`--strict`): the API server's strict decoding rejects them. */
function duplicateKeys(doc, lineCounter) {
    const out = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (key === undefined)
                    continue;
                if (seen.has(key)) {
                    const offset = startOf(pair.key) ?? 0;
                    const pos = lineCounter.linePos(offset);
                    out.push({ key, line: pos.line, column: pos.col, offset });
                }
                seen.add(key);
            }
        },
    });
    return out;
}
/**
 * A manifest file, one document at a time (a file of 100,000 objects never needs all of them in memory).
 * Syntax errors and documents Argo CD cannot apply are findings; under `strict`, duplicate keys are
 * findings on the key's line and the document is still validated (the last value counts, as in YAML
 * readers that accept them).
 */
function* manifestDocuments(text, file, unit, options = {}) {
    // plain data is read by js-yaml, document by document, and a field's line is looked up with `yaml` only
    // when a finding needs it; strict mode (duplicate keys), anchors, templates and lists take `yaml` whole
    if (options.strict || !(0,fastYaml/* plainStream */.rU)(text)) {
        yield* yamlDocuments(text, file, unit, options, 0);
        return;
    }
    for (const chunk of documentChunks(text)) {
        const fast = loadChunk(chunk.text);
        const value = fast?.value;
        if (!fast || ((0,objects/* isObject */.Gv)(value) && 'items' in value)) {
            yield* yamlDocuments(chunk.text, file, unit, options, chunk.line);
            continue;
        }
        if (value === null || value === undefined)
            continue;
        const line = chunk.line + fast.line + 1;
        let locator;
        const locate = (path) => {
            locator ??= chunkLocator(chunk.text, chunk.line, line);
            return locator(path);
        };
        const findings = typeFindings(value, unit, file, line);
        const out = { objects: [], findings, locate };
        if (!decodable(value))
            out.undecodable = true;
        if (out.findings.length === 0 && (0,objects/* isObject */.Gv)(value))
            out.objects.push({ obj: value, file, line });
        yield out;
    }
}
/** Whether apimachinery decodes the document into an object: a map with a non-empty string `kind` (it does
 * not require apiVersion). */
const decodable = (v) => (0,objects/* isObject */.Gv)(v) && typeof v.kind === 'string' && v.kind !== '';
/** A document that is not a map with apiVersion and kind: the finding saying so (none for an object). */
function typeFindings(value, unit, file, line) {
    if (!(0,objects/* isObject */.Gv)(value))
        return [
            {
                severity: 'error',
                rule: 'not-an-object',
                unit,
                file,
                line,
                message: 'this document is not a Kubernetes object (a map with apiVersion and kind)',
            },
        ];
    if (typeof value.apiVersion === 'string' && typeof value.kind === 'string')
        return [];
    const missing = ['apiVersion', 'kind'].filter((k) => typeof value[k] !== 'string').join(' and ');
    return missing
        ? [
            {
                severity: 'error',
                rule: 'missing-type',
                unit,
                file,
                line,
                message: `document has no ${missing}: Argo CD cannot generate manifests from it`,
            },
        ]
        : [];
}
/** Where a field of a document is: the deepest part of `path` that exists, else the document's line. */
function locateIn(doc, lineCounter, lineOffset, line) {
    return (path) => {
        for (let depth = path.length; depth > 0; depth--) {
            const start = startOf(doc.getIn(path.slice(0, depth), true));
            if (start !== undefined) {
                const pos = lineCounter.linePos(start);
                return { line: pos.line + lineOffset, column: pos.col };
            }
        }
        return { line, column: 1 };
    };
}
/** The positions of one document chunk, parsed by `yaml` when first asked. */
function chunkLocator(text, lineOffset, line) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl, lineCounter });
    return locateIn(doc, lineCounter, lineOffset, line);
}
/** The documents of `text` as `yaml` reads them, lines shifted by `lineOffset` (a chunk of a stream); the
 * whole reading, and what the fast one is tested against. */
function* yamlDocuments(text, file, unit, options, lineOffset) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    // merge keys (`<<: *base`) are resolved as kubectl and Argo CD (go-yaml) resolve them
    const composer = new dist/* Composer */.Dk(manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl);
    for (const doc of composer.compose(parser.parse(text))) {
        const out = { objects: [], findings: [], locate: () => ({ line: 1, column: 1 }) };
        const error = doc.errors[0];
        if (error) {
            const pos = lineCounter.linePos(error.pos[0]);
            pos.line += lineOffset;
            const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            out.findings.push({
                severity: 'error',
                rule: 'yaml-syntax',
                unit,
                file,
                line: pos.line,
                column: pos.col,
                message,
            });
            out.undecodable = true;
            yield out;
            continue;
        }
        const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line + lineOffset;
        out.locate = locateIn(doc, lineCounter, lineOffset, line);
        const tooBig = (0,documentBounds/* documentBoundsProblem */.OA)(doc);
        if (tooBig) {
            out.findings.push({
                severity: 'error',
                rule: 'yaml-limits',
                unit,
                file,
                line,
                message: `this document ${tooBig}; it was not read`,
            });
            yield out;
            continue;
        }
        // documentBoundsProblem bounded the expansion, so yaml's own alias counter (which refuses a legitimate
        // file with 1,100 aliases of one scalar) is off
        const value = doc.toJS({ maxAliasCount: -1 });
        if (value === null || value === undefined)
            continue;
        const problems = typeFindings(value, unit, file, line);
        if (!decodable(value))
            out.undecodable = true;
        if (!(0,objects/* isObject */.Gv)(value)) {
            out.findings.push(...problems);
            yield out;
            continue;
        }
        const obj = value;
        const duplicates = options.strict ? duplicateKeys(doc, lineCounter) : [];
        if (problems.length > 0) {
            out.findings.push(...problems);
        }
        else if (Array.isArray(obj.items)) {
            // Argo CD unwraps every object whose `items` is a list (unstructured IsList: List, CronJobList, \u2026);
            // items of a typed list without apiVersion and kind take them from the list, as apimachinery does
            const itemKind = String(obj.kind).endsWith('List') ? String(obj.kind).slice(0, -4) : undefined;
            const list = doc.get('items', true);
            const nodes = (0,dist/* isSeq */.oP)(list) ? list.items : [];
            obj.items.forEach((item, i) => {
                const itemLine = lineCounter.linePos(startOf(nodes[i]) ?? 0).line + lineOffset;
                if (!(0,objects/* isObject */.Gv)(item)) {
                    out.findings.push({
                        severity: 'error',
                        rule: 'not-an-object',
                        unit,
                        file,
                        line: itemLine,
                        message: `item ${i} of ${String(obj.kind)} is not a Kubernetes object`,
                    });
                    return;
                }
                const itemObj = item;
                if (itemKind && itemKind !== '' && itemObj.kind === undefined && itemObj.apiVersion === undefined)
                    Object.assign(itemObj, { apiVersion: obj.apiVersion, kind: itemKind });
                const absent = ['apiVersion', 'kind'].filter((k) => typeof itemObj[k] !== 'string').join(' and ');
                if (absent) {
                    out.findings.push({
                        severity: 'error',
                        rule: 'missing-type',
                        unit,
                        file,
                        line: itemLine,
                        message: `item ${i} of ${String(obj.kind)} has no ${absent}: Argo CD cannot apply it`,
                    });
                    return;
                }
                out.objects.push({
                    obj: itemObj,
                    file,
                    line: itemLine,
                    within: { docLine: line, path: ['items', i] },
                });
            });
        }
        else if (!('items' in obj && obj.items === null && !('spec' in obj) && !('status' in obj))) {
            // a list whose items are null is dropped, as Argo CD drops it
            out.objects.push({ obj, file, line });
        }
        for (const d of duplicates) {
            const owner = [...out.objects].reverse().find((o) => o.line <= d.line)?.obj ?? obj;
            out.findings.push({
                severity: 'error',
                rule: 'duplicate-key',
                unit,
                object: (0,objects/* objectName */.Hd)(owner),
                file,
                line: d.line,
                column: d.column,
                message: `the key "${d.key}" is written twice; the API server's strict decoding rejects it (the last value was validated)`,
            });
        }
        yield out;
    }
}
/** Parses a manifest file; syntax errors and objects Argo CD cannot apply are findings. */
function parseObjects(text, file, unit, options = {}) {
    const out = { objects: [], findings: [] };
    for (const doc of manifestDocuments(text, file, unit, options)) {
        out.objects.push(...doc.objects);
        out.findings.push(...doc.findings);
    }
    return out;
}


/***/ })

};
