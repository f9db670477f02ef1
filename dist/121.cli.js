export const id = 121;
export const ids = [121];
export const modules = {

/***/ 3043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ee: () => (/* binding */ manifestDocuments),
  R4: () => (/* binding */ nonStringAnnotations),
  Hd: () => (/* binding */ objectName),
  W1: () => (/* binding */ parseKustomizeOutput),
  MB: () => (/* binding */ parseObjects),
  qi: () => (/* binding */ renderDirectory)
});

// UNUSED EXPORTS: directoryFileObjects, yamlDocuments

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
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
    const docs = (0,fastYaml/* loadDocuments */.tu)(text);
    return docs && (docs[0] ?? { value: undefined, line: 0 });
}

// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/render/directoryGlob.ts
// A directory app's `include` and `exclude`, as Argo CD matches them: github.com/gobwas/glob compiled
// without separators, so `*` (and `**`) match any run of characters, `/` included, and `**/*.yaml` needs a
// `/` \u2014 it does not match a file at the folder's top. `?` is one character, `[abc]`, `[!abc]`, `[a-z]`,
// `[!a-z]` one character of a set (one set or one range per brackets), `{a,b}` any of its patterns (nested
// braces, wildcards inside; an unclosed `{` runs to the end), `\` takes the next character literally; `,`
// and `}` outside braces and `]` outside brackets are plain characters.
//
// Evaluation budget: a pattern is at most MAX_GLOB_LENGTH characters and is compiled to an RE2 program
// (re2js), which matches in time linear in the path's length \u2014 `*a*a*a*\u2026*b` cannot backtrack.

const MAX_GLOB_LENGTH = 1000;
const literal = (cp) => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    ? String.fromCodePoint(cp)
    : `\\x{${cp.toString(16)}}`;
class GlobError extends Error {
}
/** The RE2 expression of a gobwas pattern (no separators). Throws GlobError where gobwas refuses it. */
function toRe2(pattern) {
    const chars = [...pattern];
    let i = 0;
    let out = '';
    // open braces: each `{` starts a group of alternatives
    let depth = 0;
    const breakers = () => (depth > 0 ? '?*[{},' : '?*[{');
    while (i < chars.length) {
        const c = chars[i];
        if (c === '{') {
            depth++;
            out += '(?:';
            i++;
        }
        else if (c === ',' && depth > 0) {
            out += '|';
            i++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            out += ')';
            i++;
        }
        else if (c === '[') {
            i++;
            const range = readRange(chars, i);
            out += range.re;
            i = range.next;
        }
        else if (c === '?') {
            out += '.';
            i++;
        }
        else if (c === '*') {
            // `*` and `**` are the same without separators
            out += '.*';
            i++;
            if (chars[i] === '*')
                i++;
        }
        else {
            // text up to the next special character; `\` escapes one character (a trailing `\` is dropped)
            let escaped = false;
            for (; i < chars.length; i++) {
                const t = chars[i];
                if (!escaped) {
                    if (t === '\\') {
                        escaped = true;
                        continue;
                    }
                    if (breakers().includes(t))
                        break;
                }
                escaped = false;
                out += literal(t.codePointAt(0));
            }
        }
    }
    // an unclosed `{` closes at the end of the pattern, as gobwas's parser leaves it
    return out + ')'.repeat(depth);
}
/** A `[...]` set after its `[`: gobwas's lexer takes `!`, then either `lo-hi` or text up to `]`. */
function readRange(chars, start) {
    let i = start;
    let not = false;
    const read = () => {
        if (i >= chars.length)
            throw new GlobError('unexpected end of input');
        return chars[i++];
    };
    let c = read();
    if (c === '!') {
        not = true;
        c = read();
    }
    if (chars[i] === '-') {
        i++;
        const hi = read();
        if (read() !== ']')
            throw new GlobError('expected close range character');
        const lo = c.codePointAt(0);
        const high = hi.codePointAt(0);
        if (high < lo)
            throw new GlobError(`hi character '${hi}' should be greater than lo '${c}'`);
        return { re: `[${not ? '^' : ''}${literal(lo)}-${literal(high)}]`, next: i };
    }
    // text with escapes up to `]`
    i--;
    let set = '';
    let escaped = false;
    for (;;) {
        const t = read();
        if (!escaped && t === '\\') {
            escaped = true;
            continue;
        }
        if (!escaped && t === ']')
            break;
        escaped = false;
        set += literal(t.codePointAt(0));
    }
    if (set === '')
        throw new GlobError('could not parse range');
    return { re: `[${not ? '^' : ''}${set}]`, next: i };
}
/** Compiles an include or exclude pattern of a directory app. */
function directoryGlob(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return {
            ok: false,
            reason: 'tooLong',
            message: `the pattern is ${pattern.length} characters long, over Slipway's limit of ${MAX_GLOB_LENGTH}`,
        };
    let re;
    try {
        re = build/* RE2JS */.L3.compile(`(?s)^(?:${toRe2(pattern)})$`);
    }
    catch (error) {
        if (error instanceof GlobError)
            return { ok: false, reason: 'invalid', message: `it is not a valid glob (${error.message})` };
        return { ok: false, reason: 'tooLong', message: `it is too complex to match within Slipway's budget` };
    }
    return { ok: true, match: (path) => re.matcher(path).matches() };
}

// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/render/objects.ts
// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from.








const ORIGIN = 'config.kubernetes.io/origin';
function objectName(obj) {
    const metadata = (obj.metadata ?? {});
    const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
    return `${(0,plainText/* plainText */.w)(obj.kind, '?')}/${ns}${(0,plainText/* plainText */.w)(metadata.name, '?')}`;
}
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
                    const offset = pair.key?.range?.[0] ?? 0;
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
        if (!fast || (isObject(value) && 'items' in value)) {
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
        const out = { objects: [], findings: [], locate };
        out.findings.push(...typeFindings(value, unit, file, line));
        if (!decodable(value))
            out.undecodable = true;
        if (out.findings.length === 0)
            out.objects.push({ obj: value, file, line });
        yield out;
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Whether apimachinery decodes the document into an object: a map with a non-empty string `kind` (it does
 * not require apiVersion). */
const decodable = (v) => isObject(v) && typeof v.kind === 'string' && v.kind !== '';
/** A document that is not a map with apiVersion and kind: the finding saying so (none for an object). */
function typeFindings(value, unit, file, line) {
    if (!isObject(value))
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
            const node = doc.getIn(path.slice(0, depth), true);
            if (node?.range) {
                const pos = lineCounter.linePos(node.range[0]);
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
        if (!isObject(value)) {
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
            const nodes = doc.get('items', true)?.items ?? [];
            obj.items.forEach((item, i) => {
                const itemLine = lineCounter.linePos(nodes[i]?.range?.[0] ?? 0).line + lineOffset;
                if (!item || typeof item !== 'object' || Array.isArray(item)) {
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
                object: objectName(owner),
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
const MANIFEST_FILE = /\.(yaml|yml|json|jsonnet)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';
const MANIFEST_MARKERS = ['apiVersion:', 'kind:', 'metadata:'];
/**
 * The objects of one file of a directory app, as Argo CD's getObjsFromYAMLOrJSON reads it: documents in
 * order until the first one its decoder rejects (undecodable). That one fails the app when an earlier
 * document decoded or the file's text holds all of `apiVersion:`, `kind:` and `metadata:`; otherwise the
 * file is not a manifest (a kustomization.yaml, a values or README-like YAML) and is ignored whole, later
 * documents included. A .json file is always read as a manifest.
 */
function directoryFileObjects(text, file, unit, strict = false) {
    const out = { objects: [], findings: [] };
    const json = file.endsWith('.json');
    let decoded = false;
    for (const doc of manifestDocuments(text, file, unit, { strict })) {
        if (doc.undecodable && !json) {
            if (decoded) {
                out.findings.push(...doc.findings);
                return out;
            }
            if (MANIFEST_MARKERS.every((m) => text.includes(m))) {
                out.findings.push(...doc.findings.map((f) => ({
                    ...f,
                    message: `${f.message} (Argo CD reads ${file} as manifests: it holds apiVersion:, kind: and metadata:)`,
                })));
                return out;
            }
            return { objects: [], findings: [] };
        }
        decoded = true;
        out.objects.push(...doc.objects);
        out.findings.push(...doc.findings);
    }
    return out;
}
/** What a directory app's file is: a file to read, or a link Argo CD skips or refuses. */
function directoryEntry(tree, path) {
    const entry = tree.get(path);
    if (entry?.link === undefined)
        return { read: true };
    const chain = (0,fileTree/* linkChain */.Ct)(tree, path);
    const last = chain.at(-1);
    const end = tree.get(last);
    if (end !== undefined && end.link === undefined)
        return { read: true };
    if (end?.link !== undefined) {
        const next = (0,fileTree/* resolveInTree */.O4)((0,fileTree/* dirname */.pD)(last), end.link);
        // a link out of the tree (or an absolute one): Argo CD refuses it when its target exists outside the
        // repository, which Slipway cannot see \u2014 refused, never read
        if (next === undefined)
            return {
                read: false,
                refuse: `${path} is a link to a place outside the repository; it is not read`,
            };
        return { read: false, refuse: `${path} is a link in a loop (or a chain of more than 8 links)` };
    }
    // a link to nothing, or to a folder: Argo CD skips it (a warning in the repo-server's log)
    return { read: false };
}
/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs as Argo CD's glob
 * library matches them against the path below the folder (directoryGlob.ts), links to nothing or to a
 * folder skipped, files with the `+argocd:skip-file-rendering` marker left out, YAML files that are not
 * manifests ignored (directoryFileObjects). Jsonnet is not evaluated: the unit says it is not previewed.
 */
function renderDirectory(tree, folder, options = {}, unit, strict = false) {
    const out = { objects: [], findings: [] };
    const glob = (key) => {
        const pattern = options[key];
        if (typeof pattern !== 'string' || pattern === '')
            return undefined;
        const compiled = directoryGlob(pattern);
        if (compiled.ok)
            return compiled.match;
        // Argo CD matches no path with a pattern it cannot compile: an include takes no file, an exclude none
        out.findings.push({
            severity: compiled.reason === 'invalid' ? 'warning' : 'error',
            rule: compiled.reason === 'invalid' ? 'invalid-glob' : 'glob-limits',
            unit,
            message: compiled.reason === 'invalid'
                ? `directory.${key} "${(0,plainText/* plainText */.w)(pattern)}": ${compiled.message}; Argo CD matches no file with it, so ${key === 'include' ? 'the app deploys no object of this folder' : 'no file is excluded'}`
                : `directory.${key}: ${compiled.message}; the app is not rendered`,
        });
        return compiled.reason === 'invalid' ? () => false : undefined;
    };
    const include = glob('include');
    const exclude = glob('exclude');
    if (out.findings.some((f) => f.rule === 'glob-limits'))
        return out;
    for (const path of (0,fileTree/* filesIn */.nG)(tree, folder, options.recurse === true)) {
        const relative = folder === '' ? path : path.slice(folder.length + 1);
        if (options.disableExtensionFilter !== true && !MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        const at = { unit, file: path, line: 1 };
        const kind = directoryEntry(tree, path);
        if (!kind.read) {
            if (kind.refuse)
                out.findings.push({ severity: 'error', rule: 'path-escape', ...at, message: kind.refuse });
            continue;
        }
        if (exclude?.(relative) || (include && !include(relative)))
            continue;
        const size = tree.get((0,fileTree/* linkChain */.Ct)(tree, path).at(-1))?.tooLarge;
        if (size) {
            out.findings.push({
                severity: 'error',
                rule: 'file-too-large',
                ...at,
                message: (0,fileTree/* tooLargeMessage */.pb)(path, size),
            });
            continue;
        }
        if (path.endsWith('.jsonnet')) {
            out.findings.push({
                severity: 'warning',
                rule: 'not-previewed',
                ...at,
                message: `${path} is jsonnet, which Argo CD evaluates and Slipway does not: the app is not previewed`,
            });
            continue;
        }
        const text = (0,fileTree/* readText */.yR)(tree, path);
        if (text.includes(SKIP_MARKER))
            continue;
        const parsed = directoryFileObjects(text, path, unit, strict);
        out.objects.push(...parsed.objects);
        out.findings.push(...parsed.findings);
    }
    return out;
}
/**
 * Objects whose annotations hold a value that is not a string: Argo CD fails to set its tracking
 * annotation on them ("contains non-string value in the map under key \u2026"), a ComparisonError for the whole
 * app. Each is an error finding; the objects are left out.
 */
function nonStringAnnotations(objects, unit) {
    const out = { objects: [], findings: [] };
    for (const item of objects) {
        const annotations = (item.obj.metadata ?? {}).annotations;
        // `annotations: null` is no annotations; a null value in the map is not a string
        const notMap = annotations !== undefined && annotations !== null && !isObject(annotations);
        const bad = isObject(annotations)
            ? Object.keys(annotations).find((k) => typeof annotations[k] !== 'string')
            : undefined;
        if (bad === undefined && !notMap) {
            out.objects.push(item);
            continue;
        }
        out.findings.push({
            severity: 'error',
            rule: 'invalid-metadata',
            unit,
            object: objectName(item.obj),
            file: item.file,
            line: item.line,
            message: bad === undefined
                ? 'metadata.annotations is not a map: Argo CD cannot set its tracking annotation and fails the app'
                : `the annotation "${(0,plainText/* plainText */.w)(bad)}" is not a string (quote it): Argo CD cannot set its tracking annotation and fails the app`,
        });
    }
    return out;
}
/**
 * Objects out of `kustomize build` with buildMetadata originAnnotations: each annotation names the
 * file it came from (mapped back to the repository by `originToRepo`); the annotation is removed again.
 */
function parseKustomizeOutput(yaml, tree, originToRepo, fallback, unit) {
    const parsed = parseObjects(yaml, fallback.file, unit);
    // a render's objects come from a few files: each origin and each file's kinds worked out once
    const fileOfOrigin = new Map();
    const kindLines = new Map();
    for (const item of parsed.objects) {
        item.line = fallback.line;
        delete item.within;
        const metadata = (item.obj.metadata ?? {});
        const annotations = (metadata.annotations ?? {});
        const origin = annotations[ORIGIN];
        if (typeof origin !== 'string')
            continue;
        delete annotations[ORIGIN];
        if (Object.keys(annotations).length === 0)
            delete metadata.annotations;
        if (!fileOfOrigin.has(origin)) {
            const originPath = (0,dist/* parse */.qg)(origin)?.path;
            const found = typeof originPath === 'string' ? originToRepo(originPath) : undefined;
            fileOfOrigin.set(origin, found !== undefined && tree.has(found) ? found : undefined);
        }
        const file = fileOfOrigin.get(origin);
        if (file === undefined)
            continue;
        item.file = file;
        let lines = kindLines.get(file);
        if (!lines)
            kindLines.set(file, (lines = linesOfKinds((0,fileTree/* readText */.yR)(tree, file) ?? '')));
        item.line = lines.get(String(item.obj.kind)) ?? 1;
    }
    return parsed;
}
/** For each `kind:` at the top of a document in `text`, the first line of the first such document. */
function linesOfKinds(text) {
    const found = new Map();
    const lines = text.split('\n');
    let start = 1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('---'))
            start = i + 2;
        else {
            const kind = /^kind:\s*["']?([\w.-]+)["']?\s*(#.*)?$/.exec(line.trimEnd())?.[1];
            if (kind !== undefined && !found.has(kind))
                found.set(kind, start);
        }
    }
    return found;
}


/***/ }),

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   ZY: () => (/* binding */ checkObjects),
/* harmony export */   h$: () => (/* binding */ acrossUnits),
/* harmony export */   xu: () => (/* binding */ checkAcrossUnits)
/* harmony export */ });
/* unused harmony export clusterOf */
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3043);
/* harmony import */ var _apiVersions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3647);
/* harmony import */ var _image_imageRef_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9599);
/* harmony import */ var _workload_podContainers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7114);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7032);






/** (group, kind, namespace, name): what identifies an object in a cluster. */
function objectKey(obj) {
    const group = (0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(obj.apiVersion, '').includes('/') ? (0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(obj.apiVersion).split('/')[0] : '';
    const metadata = (obj.metadata ?? {});
    return `${group}|${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(obj.kind)}|${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(metadata.namespace, '')}|${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(metadata.name, '')}`;
}
const hasName = (obj) => typeof (obj.metadata ?? {}).name === 'string';
const containers = (obj) => (0,_workload_podContainers_js__WEBPACK_IMPORTED_MODULE_4__/* .podContainers */ .GG)(obj.spec).filter((c) => typeof c.image === 'string');
/**
 * Rules for each object a unit deploys. `seen` carries the objects already checked (file and line by
 * identity) when a unit's objects come in several calls, one document at a time.
 */
function checkObjects(objects, unit, options, seen = new Map()) {
    const findings = [];
    const cluster = (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_1__/* .minorNumber */ .FR)(options.kubernetesVersion);
    for (const item of objects) {
        const { obj, file, line } = item;
        const object = (0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectName */ .Hd)(obj);
        const at = { unit, object, file, line };
        // an object with generateName and no name gets a fresh name from the API server: it never collides
        const key = hasName(obj) ? objectKey(obj) : undefined;
        const first = key === undefined ? undefined : seen.get(key);
        if (first)
            findings.push({
                severity: 'error',
                rule: 'duplicate-object',
                ...at,
                message: `${object} is defined twice in what this app deploys (also at ${first.file}:${first.line})`,
            });
        else if (key !== undefined)
            seen.set(key, { file, line });
        const removed = (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_1__/* .removedApi */ .Z8)(String(obj.apiVersion), String(obj.kind));
        if (removed) {
            const gone = cluster >= (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_1__/* .minorNumber */ .FR)(removed.removed);
            if (gone || cluster >= (0,_apiVersions_js__WEBPACK_IMPORTED_MODULE_1__/* .minorNumber */ .FR)(removed.deprecated)) {
                findings.push({
                    severity: gone ? 'error' : 'warning',
                    rule: gone ? 'removed-api' : 'deprecated-api',
                    ...at,
                    message: `${String(obj.apiVersion)} ${String(obj.kind)} is ${gone ? `removed in Kubernetes ${removed.removed}` : `deprecated since ${removed.deprecated} and removed in ${removed.removed}`}; use ${removed.replacement}`,
                });
            }
        }
        for (const container of containers(obj)) {
            const image = String(container.image);
            const ref = (0,_image_imageRef_js__WEBPACK_IMPORTED_MODULE_2__/* .tryParseImageRef */ .ZJ)(image);
            if (options.latestTag !== 'off' &&
                ref &&
                ref.digest === undefined &&
                (ref.tag === undefined || ref.tag === 'latest')) {
                findings.push({
                    severity: options.latestTag,
                    rule: 'image-tag',
                    ...at,
                    message: `container ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(container.name, '')} runs ${image}${ref.tag ? ', a moving tag' : ' without a tag'}: pin a version or a digest`,
                });
            }
        }
    }
    return findings;
}
/** The cluster an app deploys to, as Argo CD names it: its server URL, or `name:` + its cluster name. */
function clusterOf(destination) {
    if (destination?.server)
        return destination.server.replace(/\/+$/, '');
    if (destination?.name)
        return destination.name === 'in-cluster' ? 'https://kubernetes.default.svc' : `name:${destination.name}`;
    return 'https://kubernetes.default.svc';
}
/**
 * Objects claimed by more than one app: a warning on each later claim. Identity as Argo CD tracks it:
 * destination cluster, namespace (after the destination's default), group, kind and name; objects with
 * only a generateName never collide.
 */
function checkAcrossUnits(units) {
    const owner = new Map();
    const findings = [];
    for (const { unit, objects, cluster } of units) {
        for (const { obj, file, line } of objects) {
            if (!hasName(obj))
                continue;
            const key = `${cluster ?? ''}|${objectKey(obj)}`;
            const previous = owner.get(key);
            if (previous && previous !== unit) {
                findings.push({
                    severity: 'warning',
                    rule: 'shared-object',
                    unit,
                    object: (0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectName */ .Hd)(obj),
                    file,
                    line,
                    message: `${(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectName */ .Hd)(obj)} is also deployed by ${previous.replace(/^app:/, '')}${cluster && cluster !== 'https://kubernetes.default.svc' ? ` to ${cluster.replace(/^name:/, 'cluster ')}` : ''}; the two apps will fight over it`,
                });
            }
            else
                owner.set(key, unit);
        }
    }
    return findings;
}
/** Rendered units as checkAcrossUnits takes them: each with its objects and its destination cluster. */
function acrossUnits(outputs) {
    return outputs.map((o) => ({
        unit: o.unit.id,
        objects: o.objects,
        cluster: clusterOf(o.unit.app?.destination),
    }));
}


/***/ }),

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ podContainers),
/* harmony export */   yC: () => (/* binding */ isContainerList)
/* harmony export */ });
/* unused harmony export CONTAINER_LISTS */
/** The PodSpec fields that hold containers. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const isContainerList = (key) => key !== undefined && CONTAINER_LISTS.includes(key);
/** Every container (a map with a name or an image) found under `value`, in document order. */
function podContainers(value) {
    const out = [];
    const visit = (node, key) => {
        if (Array.isArray(node))
            node.forEach((item) => visit(item, key));
        else if (node && typeof node === 'object') {
            const map = node;
            if (isContainerList(key) && (typeof map.image === 'string' || typeof map.name === 'string'))
                out.push(map);
            for (const [k, child] of Object.entries(map))
                visit(child, k);
        }
    };
    visit(value);
    return out;
}


/***/ })

};
