export const id = 821;
export const ids = [821];
export const modules = {

/***/ 821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump),
  runDiff: () => (/* binding */ runDiff),
  runMerge: () => (/* binding */ runMerge),
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/core/yaml/scalar.ts
// How a new scalar value is written so that YAML reads it back as the same string,
// in the quoting style the file already used.

function readsBackAs(text, value, version) {
    try {
        return (0,dist/* parse */.qg)(text, { version }) === value;
    }
    catch {
        return false;
    }
}
/**
 * True when a plain scalar would not be read back as this exact string: numbers (`1.10`, `2024`, `1e3`,
 * `0o17`, `.inf`), booleans and nulls of YAML 1.1 and 1.2 (`yes`, `on`, `null`, `~`), empty text and
 * text with indicators (`a: b`, `x #y`). Both versions are checked because Helm and kustomize read YAML 1.1 rules.
 */
function needsQuotes(value) {
    if (value.trim() !== value || value.includes('\n'))
        return true;
    return !readsBackAs(value, value, '1.2') || !readsBackAs(value, value, '1.1');
}
/** Renders a string in the given style; a plain scalar that YAML would misread is double-quoted. */
function renderScalar(value, style) {
    if (style === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    if (style === 'QUOTE_DOUBLE' || needsQuotes(value))
        return JSON.stringify(value);
    return value;
}
/** Applies non-overlapping edits; identical duplicate edits (an anchor reached twice) are applied once. */
function applyEdits(text, edits) {
    const unique = new Map();
    for (const edit of edits)
        unique.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
    const sorted = [...unique.values()].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    let limit = Infinity;
    for (const edit of sorted) {
        if (edit.end > limit)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        limit = edit.start;
    }
    return out;
}
/** 1-based line of an offset, by binary search over precomputed line starts. */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}

;// CONCATENATED MODULE: ./src/core/bump/targets/slots.ts
// Scalars that hold a version, found on the parsed document with exact source ranges and overwritten in
// place with their quoting kept; map lookups that see merge keys.


function scalarStyle(node) {
    return node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'
        ? node.type
        : undefined;
}
/** The source text of a scalar as a string (plain numbers keep their spelling: `1.10`, not 1.1). */
function scalarText(node, src) {
    if (typeof node.value === 'string')
        return node.value;
    if (node.range && node.type === 'PLAIN')
        return src.slice(node.range[0], node.range[1]);
    return undefined;
}
function resolve(node, doc) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
/** A scalar slot that can be overwritten in place, keeping its quoting style. */
function scalarSlot(node, doc, src) {
    const target = resolve(node, doc);
    if (!(0,dist/* isScalar */.jn)(target) || !target.range)
        return undefined;
    if ((target.type === 'BLOCK_FOLDED' || target.type === 'BLOCK_LITERAL') &&
        typeof target.value === 'string') {
        const text = target.value.trim();
        if (text === '' || text.includes('\n'))
            return undefined;
        const raw = src.slice(target.range[0], target.range[1]);
        const at = raw.indexOf(text, raw.indexOf('\n'));
        if (at === -1)
            return undefined;
        const start = target.range[0] + at;
        return { node: target, text, style: 'PLAIN', content: [start, start + text.length] };
    }
    const style = scalarStyle(target);
    const text = scalarText(target, src);
    if (style === undefined || text === undefined)
        return undefined;
    return { node: target, text, style };
}
function replaceScalar(slot, value) {
    if (slot.content)
        return { start: slot.content[0], end: slot.content[1], text: value };
    const [start, end] = slot.node.range;
    return { start, end, text: renderScalar(value, slot.style) };
}
function getPair(map, key) {
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key);
}
/** A map's own pair for a key, else one it takes in through a merge key (`<<: *base`, `<<: [*a, *b]`). */
function getMergedPair(map, key, doc) {
    const own = getPair(map, key);
    if (own)
        return own;
    const merge = getPair(map, '<<')?.value;
    const sources = (0,dist/* isSeq */.oP)(merge) ? merge.items : [merge];
    for (const source of sources) {
        const target = resolve(source, doc);
        if ((0,dist/* isMap */.jh)(target)) {
            const found = getPair(target, key);
            if (found)
                return found;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/bump/targets/argoOverrides.ts
// Argo CD Application overrides under `helm:`: `parameters` (name/value items grouped by prefix) and a
// `values` literal block, which is YAML inside a string, scanned and mapped back to the file's offsets.
// (Its `kustomize.images` entries are kustomizeImages.ts's.)



function helmParameters(ctx, seq) {
    if (!(0,dist/* isSeq */.oP)(seq))
        return;
    const groups = new Map();
    for (const item of seq.items) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const key = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
        const value = resolve(getPair(item, 'value')?.value, ctx.doc);
        const match = key ? /^(.*)\.(repository|registry|tag|digest)$/.exec(key) : null;
        if (!match || !(0,dist/* isScalar */.jn)(value))
            continue;
        const group = groups.get(match[1]) ?? {};
        group[match[2]] = value;
        groups.set(match[1], group);
    }
    for (const group of groups.values()) {
        if (!group.repository || !group.tag)
            continue;
        const repository = scalarText(group.repository, ctx.src);
        const registry = group.registry ? scalarText(group.registry, ctx.src) : undefined;
        if (!repository)
            continue;
        // Parameters are separate list items, so a missing digest parameter cannot be added in place.
        const site = parameterSite(ctx, registry ? `${registry}/${repository}` : repository, group);
        if (site)
            ctx.sites.push(site);
    }
}
function parameterSite(ctx, name, group) {
    const tagSlot = scalarSlot(group.tag, ctx.doc, ctx.src);
    const digestSlot = group.digest ? scalarSlot(group.digest, ctx.doc, ctx.src) : undefined;
    let canonical;
    try {
        canonical = (0,imageRef/* canonicalName */.Ew)(name);
    }
    catch {
        return undefined;
    }
    if (!tagSlot)
        return undefined;
    return {
        kind: 'argocd-helm-parameters',
        offset: tagSlot.node.range[0],
        canonical,
        name,
        ...(tagSlot.text !== '' && { tag: tagSlot.text }),
        ...(digestSlot && digestSlot.text !== '' && { digest: digestSlot.text }),
        write: (version) => {
            const edits = [];
            if (version.tag !== undefined && version.tag !== tagSlot.text)
                edits.push(replaceScalar(tagSlot, version.tag));
            if (digestSlot && (version.digest ?? '') !== digestSlot.text)
                edits.push(replaceScalar(digestSlot, version.digest ?? ''));
            else if (version.digest !== undefined)
                return `no ${name}.digest parameter to hold the digest; add one`;
            return edits;
        },
    };
}
/** Argo CD `helm.values` is YAML inside a literal block: scan it and map offsets back to the file. */
function valuesBlock(ctx, node) {
    const block = resolve(node, ctx.doc);
    if (!(0,dist/* isScalar */.jn)(block) || block.type !== 'BLOCK_LITERAL' || typeof block.value !== 'string' || !block.range)
        return;
    const source = ctx.src.slice(block.range[0], block.range[1]);
    const headerEnd = source.indexOf('\n');
    if (headerEnd === -1)
        return;
    const sourceLines = source.slice(headerEnd + 1).split('\n');
    const indent = /^ */.exec(sourceLines.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0;
    // value line start \u2192 file offset of the same character
    const starts = [];
    let fileOffset = block.range[0] + headerEnd + 1;
    let valueOffset = 0;
    for (const line of sourceLines) {
        starts.push([valueOffset, fileOffset + Math.min(indent, line.length)]);
        valueOffset += Math.max(0, line.replace(/\r$/, '').length - indent) + 1;
        fileOffset += line.length + 1;
    }
    const inner = ctx.scanText(block.value);
    const toFile = (offset) => {
        let best = starts[0];
        for (const entry of starts)
            if (entry[0] <= offset)
                best = entry;
        return best[1] + (offset - best[0]);
    };
    for (const site of inner.sites) {
        ctx.sites.push({
            ...site,
            offset: toFile(site.offset),
            write: (version) => {
                const edits = site.write(version);
                if (typeof edits === 'string')
                    return edits;
                if (edits.some((e) => e.text.includes('\n')))
                    return 'cannot add a field inside a helm.values block; add it by hand';
                return edits.map((e) => ({ start: toFile(e.start), end: toFile(e.end), text: e.text }));
            },
        });
    }
}
const argoOverrides = {
    atKey(ctx, key, value, parentKey) {
        if (parentKey !== 'helm')
            return;
        if (key === 'parameters')
            helmParameters(ctx, value);
        else if (key === 'values')
            valuesBlock(ctx, value);
    },
};

;// CONCATENATED MODULE: ./src/core/yaml/blockFields.ts
// Edits to maps whose tag and digest are separate fields (kustomize `images:` entries, Helm values):
// overwrite a field in place, add a missing field as a new line, or drop a stale digest line.


function overwrite(src, slot, value) {
    if (slot.content)
        return { start: slot.content[0], end: slot.content[1], text: value };
    const [start, end] = slot.node.range;
    // `tag:` with no value: the empty scalar sits right after the colon and needs a space before it
    const text = renderScalar(value, slot.style);
    return { start, end, text: start === end && src[start - 1] === ':' ? ` ${text}` : text };
}
function endOfLine(src, offset) {
    const newline = src.indexOf('\n', offset);
    if (newline === -1)
        return src.length;
    return src[newline - 1] === '\r' ? newline - 1 : newline;
}
function insertField(src, eol, map, key, value) {
    if (map.flow)
        return `the entry is a flow map ({\u2026}); add "${key}" by hand`;
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    const firstKey = first && (0,dist/* isScalar */.jn)(first.key) ? first.key.range : undefined;
    const lastEnd = last?.value?.range?.[1] ?? last?.key?.range?.[1];
    if (!firstKey || lastEnd === undefined)
        return `cannot find where to add "${key}"`;
    const indent = firstKey[0] - (src.lastIndexOf('\n', firstKey[0] - 1) + 1);
    const at = endOfLine(src, lastEnd);
    return { start: at, end: at, text: `${eol}${' '.repeat(indent)}${key}: ${renderScalar(value, 'PLAIN')}` };
}
function removeField(src, map, key) {
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    const keyRange = pair?.key?.range;
    const valueEnd = pair?.value?.range?.[1];
    if (!keyRange || valueEnd === undefined)
        return `cannot find "${key}" to remove`;
    const lineStart = src.lastIndexOf('\n', keyRange[0] - 1) + 1;
    if (src.slice(lineStart, keyRange[0]).trim() !== '' || map.flow) {
        return `"${key}" does not stand on a line of its own; remove it by hand`;
    }
    const newline = src.indexOf('\n', valueEnd);
    return { start: lineStart, end: newline === -1 ? src.length : newline + 1, text: '' };
}
function swapField(digest, map, key, value) {
    const pair = map.items.find((p) => p.value === digest.node);
    const start = (pair?.key).range?.[0];
    return {
        start,
        end: digest.node.range[1],
        text: `${key}: ${renderScalar(value, 'PLAIN')}`,
    };
}
function blockPairEdits(src, eol, map, keys, slots, version, writer) {
    const edits = [];
    const staleDigest = keys.digest !== undefined && version.digest === undefined && !!slots.digest && slots.digest.text !== '';
    if (writer === 'kustomize' && !slots.tag && version.tag !== undefined && staleDigest) {
        // the new tag takes the stale digest's line
        return [swapField(slots.digest, map, keys.tag, version.tag)];
    }
    if (version.tag !== undefined && version.tag !== slots.tag?.text) {
        if (slots.tag)
            edits.push(overwrite(src, slots.tag, version.tag));
        else if (writer === 'kustomize')
            edits.push(insertField(src, eol, map, keys.tag, version.tag));
        else
            return `no "${keys.tag}" field to write`;
    }
    if (keys.digest !== undefined) {
        if (version.digest !== undefined) {
            if (slots.digest?.text === version.digest) {
                // already there
            }
            else if (slots.digest)
                edits.push(overwrite(src, slots.digest, version.digest));
            else if (writer === 'kustomize')
                edits.push(insertField(src, eol, map, keys.digest, version.digest));
            // a Helm map without a digest field keeps the tag only: charts that take digests declare the key
        }
        else if (staleDigest && slots.digest) {
            edits.push(writer === 'kustomize' ? removeField(src, map, keys.digest) : overwrite(src, slots.digest, ''));
        }
    }
    const problem = edits.find((e) => typeof e === 'string');
    return problem ?? edits;
}

;// CONCATENATED MODULE: ./src/core/bump/targets/siteForms.ts



/** A scalar holding a whole reference (optionally behind a prefix such as `name=` in Argo CD overrides). */
function referenceSite(ctx, node, kind, prefixSeparator) {
    const slot = scalarSlot(node, ctx.doc, ctx.src);
    if (!slot)
        return undefined;
    const cut = prefixSeparator === undefined ? -1 : slot.text.indexOf(prefixSeparator);
    const prefix = cut === -1 ? '' : slot.text.slice(0, cut + 1);
    const ref = (0,imageRef/* tryParseImageRef */.ZJ)(slot.text.slice(prefix.length));
    if (!ref)
        return undefined;
    return {
        kind,
        offset: slot.node.range[0],
        canonical: ref.canonical,
        name: ref.name,
        tag: ref.tag,
        digest: ref.digest,
        nodes: [slot.node],
        write: (version) => [replaceScalar(slot, prefix + (0,imageRef/* formatImageRef */.kL)(ref.name, version.tag, version.digest))],
    };
}
/** A map whose tag and digest live in separate fields (kustomize images, Helm values). */
function fieldSite(ctx, map, kind, name, keys, writer) {
    let canonical;
    try {
        canonical = (0,imageRef/* canonicalName */.Ew)(name);
    }
    catch {
        return undefined;
    }
    // the map's own tag wins over one merged in from an anchor (`<<: *image` plus `tag:`)
    const tagSlot = scalarSlot(getMergedPair(map, keys.tag, ctx.doc)?.value, ctx.doc, ctx.src);
    const digestSlot = keys.digest
        ? scalarSlot(getMergedPair(map, keys.digest, ctx.doc)?.value, ctx.doc, ctx.src)
        : undefined;
    const anchor = tagSlot?.node.range?.[0] ?? map.range?.[0] ?? 0;
    const nodes = [tagSlot?.node, digestSlot?.node].filter(Boolean);
    const at = tagSlot?.text.indexOf('@') ?? -1;
    if (tagSlot && at !== -1) {
        // `newTag: 11@sha256:\u2026` / `tag: 1.2@sha256:\u2026`: both parts live in the tag field, and stay there
        const tag = tagSlot.text.slice(0, at);
        return {
            kind,
            offset: anchor,
            canonical,
            name,
            ...(tag !== '' && { tag }),
            digest: tagSlot.text.slice(at + 1),
            holdsDigest: true,
            nodes,
            write: (version) => {
                if (version.tag === undefined)
                    return `the ${keys.tag} field holds tag@digest; give a tag with the digest`;
                const text = `${version.tag}${version.digest !== undefined ? `@${version.digest}` : ''}`;
                return text === tagSlot.text ? [] : [replaceScalar(tagSlot, text)];
            },
        };
    }
    return {
        kind,
        offset: anchor,
        canonical,
        name,
        ...(tagSlot && tagSlot.text !== '' && { tag: tagSlot.text }),
        ...(digestSlot && digestSlot.text !== '' && { digest: digestSlot.text }),
        holdsDigest: writer === 'kustomize' || digestSlot !== undefined,
        nodes,
        write: (version) => blockPairEdits(ctx.src, ctx.eol, map, keys, { tag: tagSlot, digest: digestSlot }, version, writer),
    };
}

;// CONCATENATED MODULE: ./src/core/bump/targets/helmValues.ts


const helmValues = {
    inMap(ctx, map) {
        const repository = getMergedPair(map, 'repository', ctx.doc);
        if (!repository || !getMergedPair(map, 'tag', ctx.doc))
            return;
        const repo = scalarSlot(repository.value, ctx.doc, ctx.src)?.text;
        const registry = scalarSlot(getMergedPair(map, 'registry', ctx.doc)?.value, ctx.doc, ctx.src)?.text;
        if (!repo)
            return;
        const site = fieldSite(ctx, map, 'helm-values', registry ? `${registry}/${repo}` : repo, { tag: 'tag', digest: 'digest' }, 'helm');
        if (site)
            ctx.sites.push(site);
    },
};

;// CONCATENATED MODULE: ./src/core/bump/targets/kustomizeImages.ts
// kustomize `images:` entries (name / newName / newTag / digest), in a kustomization and in an Argo CD
// Application's `kustomize.images`, where an entry may also be one string (`name=newName:tag`).




const kustomizeImages = {
    atKey(ctx, key, seq, parentKey) {
        if (key !== 'images' || !(0,dist/* isSeq */.oP)(seq))
            return;
        const kind = parentKey === 'kustomize' ? 'argocd-kustomize-images' : 'kustomize-images';
        for (const item of seq.items) {
            if ((0,dist/* isMap */.jh)(item)) {
                const name = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
                const newName = scalarSlot(getPair(item, 'newName')?.value, ctx.doc, ctx.src)?.text;
                const isEntry = getPair(item, 'newTag') || getPair(item, 'newName') || getPair(item, 'digest');
                const effective = newName || name;
                if (!isEntry || !effective)
                    continue;
                const tagged = name ? (0,imageRef/* tryParseImageRef */.ZJ)(name) : undefined;
                if (tagged?.tag !== undefined || tagged?.digest !== undefined) {
                    // kustomize 5 applies `name: postgres:11` only to references of postgres:11; such an entry is
                    // left as it is, with the reason, never dropped in silence
                    ctx.sites.push({
                        kind,
                        offset: item.range?.[0] ?? 0,
                        canonical: tagged.canonical,
                        name: tagged.name,
                        ...(tagged.tag !== undefined && { tag: tagged.tag }),
                        write: () => `the kustomize images entry names ${name}, which kustomize matches only against that exact tag; edit it by hand (or write name without a tag)`,
                    });
                    continue;
                }
                const site = fieldSite(ctx, item, kind, effective, { tag: 'newTag', digest: 'digest' }, 'kustomize');
                if (site)
                    ctx.sites.push(site);
            }
            else if (kind === 'argocd-kustomize-images') {
                const site = referenceSite(ctx, item, kind, '=');
                if (site)
                    ctx.sites.push(site);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/core/bump/targets/marker.ts



const MARKER = /#\s*slipway:\s*(\S+)(?:\s+(tag|digest|ref)\b)?/;
const DIGEST_VALUE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
/** `# slipway: <image>` comments of a file, found in one pass over its lines. */
function findMarkers(src) {
    if (!src.includes('slipway:'))
        return [];
    const markers = [];
    let lineStart = 0;
    for (const line of src.split('\n')) {
        const match = MARKER.exec(line);
        if (match)
            markers.push({
                lineStart,
                hash: lineStart + line.indexOf('#', line.search(/\s#|^#/)),
                image: match[1],
                ...(match[2] && { part: match[2] }),
            });
        lineStart += line.length + 1;
    }
    return markers;
}
function markerSite(ctx, slot, image, named) {
    let canonical;
    try {
        canonical = (0,imageRef/* canonicalName */.Ew)(image);
    }
    catch {
        return undefined;
    }
    const asRef = (0,imageRef/* tryParseImageRef */.ZJ)(slot.text);
    const part = named ?? (DIGEST_VALUE.test(slot.text) ? 'digest' : asRef?.canonical === canonical ? 'ref' : 'tag');
    const offset = slot.node.range[0];
    if (part === 'ref') {
        const site = asRef?.canonical === canonical ? referenceSite(ctx, slot.node, 'marker') : undefined;
        return site && { ...site, kind: 'marker' };
    }
    if (part === 'digest')
        return {
            kind: 'marker',
            offset,
            canonical,
            name: image,
            ...(slot.text !== '' && { digest: slot.text }),
            holdsDigest: true,
            nodes: [slot.node],
            write: (version) => {
                if (version.digest === undefined)
                    return 'the marked value holds a digest and this bump gives none; give the image a digest (name@sha256:\u2026)';
                return version.digest === slot.text ? [] : [replaceScalar(slot, version.digest)];
            },
        };
    return {
        kind: 'marker',
        offset,
        canonical,
        name: image,
        ...(slot.text !== '' && { tag: slot.text }),
        holdsDigest: false,
        nodes: [slot.node],
        write: (version) => {
            if (version.tag === undefined)
                return 'the marked value holds only a tag; give a tag, not just a digest';
            return version.tag === slot.text ? [] : [replaceScalar(slot, version.tag)];
        },
    };
}
const marker = {
    inDocument(ctx) {
        for (const m of ctx.markers) {
            let scalar;
            for (const s of ctx.scalars)
                if (s.range &&
                    s.range[0] >= m.lineStart &&
                    s.range[1] <= m.hash &&
                    (!scalar || s.range[0] > (scalar.range?.[0] ?? 0)))
                    scalar = s;
            const slot = scalar ? scalarSlot(scalar, ctx.doc, ctx.src) : undefined;
            const site = slot ? markerSite(ctx, slot, m.image, m.part) : undefined;
            if (site)
                ctx.sites.push(site);
        }
    },
};

;// CONCATENATED MODULE: ./src/core/bump/targets/workloadImage.ts

const workloadImage = {
    atKey(ctx, key, value, parentKey) {
        if (key !== 'image' && !(key === 'reference' && parentKey === 'image'))
            return;
        const site = referenceSite(ctx, value, 'image-field');
        if (site)
            ctx.sites.push(site);
    },
};

;// CONCATENATED MODULE: ./src/core/bump/targets/scan.ts
// Every place an image lives in one YAML file: the document is walked once and each target kind
// (site.ts's ImageTarget) reports the sites it recognises, with exact source ranges.






/** The kinds of place Slipway bumps, asked in this order (the first site at a position wins). */
const IMAGE_TARGETS = [
    helmValues,
    workloadImage,
    kustomizeImages,
    argoOverrides,
    marker,
];
function walk(ctx, node, parentKey) {
    if ((0,dist/* isScalar */.jn)(node)) {
        ctx.scalars.push(node);
        return;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walk(ctx, item, parentKey);
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const target of IMAGE_TARGETS)
        target.inMap?.(ctx, node);
    for (const pair of node.items) {
        if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
            continue;
        const key = String(pair.key.value);
        for (const target of IMAGE_TARGETS)
            target.atKey?.(ctx, key, pair.value, parentKey);
        walk(ctx, pair.value, key);
    }
}
/** Finds every image site in a YAML file's text. A file that is not valid YAML yields no sites and `invalid`. */
function scanYaml(src) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(src, { lineCounter, uniqueKeys: false, strict: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error)
            return {
                sites: [],
                invalid: { line: error.linePos?.[0].line ?? 1, message: error.message.split('\n')[0] },
            };
    }
    const eol = src.includes('\r\n') ? '\r\n' : '\n';
    const sites = [];
    const markers = findMarkers(src);
    for (const doc of list) {
        // only the markers between this document's start and end (markers are in file order)
        const [start, , end] = doc.range;
        const inside = markers.filter((m) => m.lineStart >= start - 1 && m.lineStart < end);
        const ctx = { doc, src, eol, sites, scalars: [], markers: inside, scanText: scanYaml };
        walk(ctx, doc.contents, undefined);
        for (const target of IMAGE_TARGETS)
            target.inDocument?.(ctx);
    }
    refuseSharedAnchors(sites);
    return { sites: dedupe(sites) };
}
/**
 * A scalar that several images' sites reach through one anchor (`tag: *t` under two images) is not moved
 * for one of them: that would move the other image too.
 */
function refuseSharedAnchors(sites) {
    const users = new Map();
    for (const site of sites)
        for (const node of site.nodes ?? []) {
            if (!node.anchor)
                continue;
            const names = users.get(node) ?? new Map();
            names.set(site.canonical, site.name);
            users.set(node, names);
        }
    sites.forEach((site, i) => {
        for (const node of site.nodes ?? []) {
            const others = [...(users.get(node) ?? new Map())].filter(([canonical]) => canonical !== site.canonical);
            if (others.length === 0)
                continue;
            const anchor = node.anchor;
            const why = `the tag is shared through anchor &${anchor} with ${others.map(([, name]) => name).join(', ')}; moving it would move that image too (give each image its own tag)`;
            sites[i] = { ...site, write: () => why };
            return;
        }
    });
}
/** A marker on an `image:` line names a site found already; keep one site per source position. */
function dedupe(sites) {
    const seen = new Map();
    for (const site of sites) {
        const key = `${site.offset}:${site.canonical}`;
        if (!seen.has(key))
            seen.set(key, site);
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/core/bump/plan.ts
// (files, image updates) \u2192 the edits to make, the places skipped with a reason, and the new file texts.
// Everything is planned before anything is written.





const SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
const SHORT_VERSION = /^v?(\d+)(?:\.(\d+))?$/;
/**
 * The semver of a tag (a leading `v` allowed), or undefined when the tag is not a version. Purely
 * numeric `1` and `1.25` count as `1.0.0` and `1.25.0`, so `1.10 \u2192 1.2` is caught as a downgrade;
 * `1.25-alpine` is not a version and is compared for equality only.
 */
function tagSemver(tag) {
    if (tag === undefined)
        return undefined;
    const full = SEMVER.exec(tag);
    if (full)
        return semver_default().valid(full[1]) ?? undefined;
    const short = SHORT_VERSION.exec(tag);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : undefined;
}
/** What the site should hold: a new tag drops a digest that belonged to the old tag. */
function targetVersion(site, update) {
    const tag = update.tag ?? site.tag;
    const digest = update.digest ?? (update.tag !== undefined && update.tag !== site.tag ? undefined : site.digest);
    return { ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
function refusal(site, target, options) {
    // `image: app` with no version is a placeholder (a kustomize base the overlays set): nothing to update
    if ((site.kind === 'image-field' || site.kind === 'marker') &&
        site.tag === undefined &&
        site.digest === undefined) {
        return 'the reference has no tag or digest to update (a placeholder, e.g. in a kustomize base)';
    }
    if (site.tag === target.tag && site.digest === target.digest)
        return `already at ${(0,imageRef/* describeVersion */.MP)(site.tag, site.digest)}`;
    const from = tagSemver(site.tag);
    const to = tagSemver(target.tag);
    if (!options.allowDowngrade && from && to && semver_default().lt(to, from)) {
        return `would downgrade ${site.tag} \u2192 ${target.tag} (use ${options.forceDowngrade ?? 'allow-downgrade: true'} to force)`;
    }
    return undefined;
}
/** How a name may be spelled in a file Slipway does not edit: as given, and without Docker Hub's prefix. */
function spellings(update) {
    const short = update.canonical.replace(/^docker\.io\/(library\/)?/, '');
    return [...new Set([update.name, update.canonical, short])].filter((n) => n.includes('/') || n === update.name);
}
/** Where a text names an image (first line), for files Slipway reads but does not edit. */
function namedAt(text, update) {
    for (const name of spellings(update)) {
        const at = new RegExp(`(^|[^\\w./-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[:@"'\\s]|$)`, 'm').exec(text);
        if (at)
            return text.slice(0, at.index + (at[1] ?? '').length).split('\n').length;
    }
    return undefined;
}
function planBump(files, updates, options, 
/** Other text files (jsonnet, JSON, templates\u2026): a mention of an image there is a skip with a reason. */
others = []) {
    const plan = {
        edits: [],
        skips: [],
        changed: new Map(),
        unreadable: [],
        warnings: [],
        filesScanned: 0,
    };
    const byCanonical = new Map(updates.map((u) => [u.canonical, u]));
    const found = new Set();
    /** Where a file Slipway cannot edit names an image: a skip with the reason, so it is bumped by hand. */
    const skipMentions = (file, text, reason) => {
        for (const update of updates) {
            const line = namedAt(text, update);
            if (line === undefined)
                continue;
            found.add(update.canonical);
            plan.skips.push({ image: update.name, file, line, reason });
        }
    };
    for (const [file, text] of files) {
        plan.filesScanned++;
        const scan = scanYaml(text);
        if (scan.invalid) {
            plan.unreadable.push({ file, ...scan.invalid });
            skipMentions(file, text, 'named in a file that is not valid YAML (a Helm template?): bump it by hand');
            continue;
        }
        const lineOf = lineIndex(text);
        const textEdits = [];
        const fileEdits = [];
        for (const site of scan.sites) {
            const update = byCanonical.get(site.canonical);
            if (!update)
                continue;
            found.add(update.canonical);
            const line = lineOf(site.offset);
            const target = targetVersion(site, update);
            const refused = refusal(site, target, options);
            const written = refused ?? site.write(target);
            if (typeof written === 'string') {
                plan.skips.push({ image: update.name, reason: written, file, line });
                continue;
            }
            textEdits.push(...written);
            // the report says a digest was written only where one was
            const to = site.holdsDigest === false && target.tag !== undefined ? { tag: target.tag } : target;
            fileEdits.push({ file, line, kind: site.kind, image: update.name, from: versionOf(site), to });
        }
        if (textEdits.length === 0)
            continue;
        const applied = checkedApply(text, textEdits);
        if (typeof applied === 'string') {
            // this file alone is left as it was; the others go on
            for (const edit of fileEdits)
                plan.skips.push({ image: edit.image, file, line: edit.line, reason: applied });
            continue;
        }
        plan.changed.set(file, applied.text);
        plan.edits.push(...fileEdits);
        if (applied.warning)
            plan.warnings.push({ file, ...applied.warning });
    }
    for (const [file, text] of others)
        skipMentions(file, text, 'named in a file Slipway does not edit (not YAML): bump it by hand');
    for (const update of updates) {
        if (!found.has(update.canonical)) {
            plan.skips.push({
                image: update.name,
                reason: 'not referenced in any manifest under the searched paths',
            });
        }
    }
    return plan;
}
function versionOf(site) {
    return {
        ...(site.tag !== undefined && { tag: site.tag }),
        ...(site.digest !== undefined && { digest: site.digest }),
    };
}
/**
 * Applies the edits and proves the result parses as the original did: an edit may not add a problem.
 * Problems the file already had (duplicate keys, which some charts' values files carry) are allowed and
 * reported as a warning; the edit is refused for this file alone when it would make invalid YAML.
 */
function checkedApply(text, edits) {
    const next = applyEdits(text, edits);
    // one parse in the common case; the original is parsed only when the result has a problem
    const after = (0,dist/* parseAllDocuments */.hR)(next).flatMap((d) => d.errors);
    if (after.length === 0)
        return { text: next };
    const duplicates = (errors) => errors.filter((e) => e.code === 'DUPLICATE_KEY').length;
    const before = (0,dist/* parseAllDocuments */.hR)(text).flatMap((d) => d.errors);
    const added = after.find((e) => e.code !== 'DUPLICATE_KEY') ??
        (duplicates(after) > duplicates(before) ? after[0] : undefined);
    if (added)
        return `the edit would make invalid YAML (${added.message.split('\n')[0]}); this file was left as it was`;
    const first = before.find((e) => e.code === 'DUPLICATE_KEY');
    return {
        text: next,
        warning: {
            line: first?.linePos?.[0].line ?? 1,
            message: 'the file already has a duplicate key (it was edited all the same; YAML readers disagree on which value wins)',
        },
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
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
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** A markdown table of the edits (and skips), linking each file when a base URL for files is given. */
function editTable(plan, fileUrl) {
    const rows = plan.edits.map((e) => {
        const where = `${e.file}:${e.line}`;
        const link = fileUrl ? `[\`${where}\`](${fileUrl(e.file, e.line)})` : `\`${where}\``;
        return `| ${link} | \`${cell(e.image)}\` | \`${cell((0,imageRef/* describeVersion */.MP)(e.from.tag, e.from.digest))}\` \u2192 \`${cell((0,imageRef/* describeVersion */.MP)(e.to.tag, e.to.digest))}\` |`;
    });
    const parts = [];
    if (rows.length > 0)
        parts.push(['| File | Image | Change |', '| --- | --- | --- |', ...rows].join('\n'));
    if (plan.skips.length > 0) {
        parts.push(['**Skipped**', '', ...plan.skips.map((s) => `- ${cell(skipLine(s))}`)].join('\n'));
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
const pullRequestText_versionOf = (u) => (0,imageRef/* describeVersion */.MP)(u.tag, u.digest);
function describeTarget(target) {
    return target.environment ?? (target.paths.length > 0 ? target.paths.join(', ') : target.base);
}
function pullRequestTitle(updates, target) {
    return `Deploy ${updates.map((u) => `${u.name} ${pullRequestText_versionOf(u)}`).join(', ')} to ${describeTarget(target)}`;
}
function commitMessage(template, updates, target, links) {
    const subject = template
        .replaceAll('{image}', updates.map((u) => u.name).join(', '))
        .replaceAll('{tag}', updates.map(pullRequestText_versionOf).join(', '))
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
    return `[\`${edit.from.tag}...${edit.to.tag}\`](${links.serverUrl}/${links.repository}/compare/${edit.from.tag}...${edit.to.tag})`;
}
function mergeLine(decision) {
    if (decision.autoMerge)
        return `**Auto-merge:** on (${decision.autoMerge}) \u2014 ${decision.reason}.`;
    const who = [...decision.reviewers.map((r) => `@${r}`), ...decision.teamReviewers.map((t) => `team ${t}`)];
    return `**Auto-merge:** not allowed \u2014 ${decision.reason}${who.length > 0 ? `; review requested from ${who.join(', ')}` : ''}.`;
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
        `Deploys ${updates.map((u) => `**${u.name}** \`${pullRequestText_versionOf(u)}\``).join(', ')} to **${describeTarget(target)}**.`,
        '',
        editTable(plan, fileUrl),
        '',
        ...(source.length > 0 ? [`**Source:** ${source.join(' \u00b7 ')}`, ''] : []),
        ...(decision ? [mergeLine(decision), ''] : []),
        '<sub>Opened by Slipway. A newer build refreshes this pull request. Commits you push to this branch are kept: later bumps add theirs on top.</sub>',
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/core/policy/schema.ts
// The JSON schema of the policy file; docs/policy.schema.json is the same schema for editors (a test keeps them equal).
const POLICY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/acme/slipway/policy.schema.json',
    title: 'Slipway policy (.slipway.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        environments: {
            type: 'object',
            description: 'Named environments; a file belongs to the first one whose paths match it.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['paths'],
                properties: {
                    paths: {
                        type: 'array',
                        minItems: 1,
                        items: {
                            type: 'string',
                            minLength: 1,
                        },
                    },
                    'auto-merge': {
                        enum: ['never', 'patch', 'minor', 'major', 'any'],
                        default: 'never',
                    },
                    reviewers: {
                        type: 'array',
                        items: {
                            type: 'string',
                            pattern: '^[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$',
                        },
                    },
                    labels: {
                        type: 'array',
                        items: {
                            type: 'string',
                            minLength: 1,
                        },
                    },
                },
            },
        },
        images: {
            type: 'object',
            description: 'Rules per image name glob: the versions and tag pattern a bump must satisfy.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    versions: {
                        type: 'string',
                        minLength: 1,
                    },
                    tags: {
                        type: 'string',
                        minLength: 1,
                    },
                },
            },
        },
        'allowed-paths': {
            type: 'array',
            description: "Globs of files outside every app's inputs (docs, CI files) that a pull request may change and still merge on its own; any other such file makes it not eligible.",
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'merge-method': {
            enum: ['merge', 'squash', 'rebase'],
            default: 'squash',
        },
    },
};

;// CONCATENATED MODULE: ./src/core/policy/policy.ts
// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Parsed and validated against the schema shipped with Slipway.






const POLICY_FILES = ['.slipway.yml', '.slipway.yaml', '.github/slipway.yml'];
/** The policy schema's validator, compiled the first time a policy is read (not at every start). */
let compiledSchema;
function validateSchema(data) {
    compiledSchema ??= new ajv.Ajv({ allErrors: true }).compile(POLICY_SCHEMA);
    compiledSchema(data);
    return compiledSchema;
}
/** The policy file of a tree, if it has one (the first of POLICY_FILES). */
function policyFileIn(tree) {
    for (const file of POLICY_FILES) {
        const text = tree.get(file)?.text;
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}
function parsePolicy(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            errors: doc.errors.map((e) => ({
                file,
                line: e.linePos?.[0].line ?? 1,
                message: e.message.split('\n')[0],
            })),
        };
    }
    const data = (doc.toJS() ?? {});
    // the line of a key (its value's line for list items), or of the nearest ancestor that exists
    const lineOf = (path) => {
        for (let depth = path.length; depth > 0; depth--) {
            const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
            const pair = (0,dist/* isMap */.jh)(parent)
                ? parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === path[depth - 1])
                : undefined;
            const range = pair?.key?.range ??
                doc.getIn(path.slice(0, depth), true)?.range;
            if (range)
                return lineCounter.linePos(range[0]).line;
        }
        return 1;
    };
    const errors = [];
    const checked = validateSchema(data);
    if (checked.errors) {
        for (const e of checked.errors) {
            const path = e.instancePath
                .split('/')
                .slice(1)
                .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
            const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
            const key = [...path, ...(extra ? [extra] : [])].join('.') || '(top level)';
            const why = e.keyword === 'additionalProperties'
                ? 'is not a known key'
                : e.keyword === 'enum'
                    ? `must be one of ${e.params.allowedValues.join(', ')}`
                    : (e.message ?? e.keyword);
            errors.push({ file, line: lineOf(extra ? [...path, extra] : path), message: `${key} ${why}` });
        }
    }
    const images = Object.entries((data.images ?? {}));
    for (const [pattern, rule] of images) {
        if (rule.versions && semver_default().validRange(rule.versions) === null)
            errors.push({
                file,
                line: lineOf(['images', pattern, 'versions']),
                message: `images."${pattern}".versions is not a semver range`,
            });
        if (rule.tags) {
            try {
                new RegExp(rule.tags);
            }
            catch {
                errors.push({
                    file,
                    line: lineOf(['images', pattern, 'tags']),
                    message: `images."${pattern}".tags is not a valid regular expression`,
                });
            }
        }
    }
    if (errors.length > 0)
        return { errors };
    const environments = Object.entries((data.environments ?? {})).map(([name, env]) => ({
        name,
        paths: env.paths,
        autoMerge: env['auto-merge'] ?? 'never',
        reviewers: env.reviewers ?? [],
        labels: env.labels ?? [],
    }));
    return {
        policy: {
            file,
            environments,
            images: images.map(([pattern, rule]) => ({ pattern, ...rule })),
            mergeMethod: data['merge-method'] ?? 'squash',
            allowedPaths: data['allowed-paths'] ?? [],
        },
        errors: [],
    };
}
/** The environment a file belongs to: the first whose paths match it. */
function environmentOf(policy, path) {
    return policy.environments.find((env) => picomatch_default()(env.paths)(path));
}
/** How big a version change is: semver tags (a `v` allowed) by their highest changed part; anything else is `any`. */
function updateType(from, to) {
    const a = tagSemver(from);
    const b = tagSemver(to);
    if (!a || !b)
        return 'any';
    const diff = semver_default().diff(a, b);
    if (diff === 'major' || diff === 'premajor')
        return 'major';
    if (diff === 'minor' || diff === 'preminor')
        return 'minor';
    return 'patch';
}
const RANK = { patch: 1, minor: 2, major: 3, any: 4 };
function largest(types) {
    return types.reduce((max, t) => (RANK[t] > RANK[max] ? t : max), 'patch');
}
/** Whether an environment's auto-merge level admits an update of this type. */
function admits(level, type) {
    return level !== 'never' && (level === 'any' || (type !== 'any' && RANK[type] <= RANK[level]));
}
/** Why a tag may not be deployed under the policy's image rules, or undefined. */
function imageRefusal(policy, name, canonical, tag) {
    for (const rule of policy.images) {
        const matches = picomatch_default()(rule.pattern);
        if (!matches(name) && !matches(canonical))
            continue;
        const where = `${policy.file} images."${rule.pattern}"`;
        if (rule.tags && (tag === undefined || !new RegExp(rule.tags).test(tag)))
            return `tag ${tag ?? '(none)'} does not match tags '${rule.tags}' (${where})`;
        if (rule.versions) {
            const version = tagSemver(tag);
            if (!version || !semver_default().satisfies(version, rule.versions, { includePrerelease: true }))
                return `tag ${tag ?? '(none)'} is outside versions "${rule.versions}" (${where})`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/policy/groups.ts

/** One group per environment that has edits or skips, in the policy's order; edits outside them last. */
function groupByEnvironment(plan, policy) {
    if (!policy || policy.environments.length === 0)
        return [{ plan }];
    const groups = new Map();
    const groupOf = (file) => {
        const env = file === undefined ? undefined : environmentOf(policy, file);
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
    const types = group.plan.edits.map((e) => updateType(e.from.tag, e.to.tag));
    const type = largest(types.length > 0 ? types : ['patch']);
    const example = group.plan.edits.find((e) => updateType(e.from.tag, e.to.tag) === type);
    const change = example ? ` (${example.from.tag ?? '?'} \u2192 ${example.to.tag ?? '?'})` : '';
    if (admits(env.autoMerge, type)) {
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
        const why = policy ? imageRefusal(policy, update.name, update.canonical, update.tag) : undefined;
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
    const parsed = parsePolicy(found.file, found.text);
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
    const read = await gh.readBaseAt(state.base.oid, settings.paths, POLICY_FILES);
    const policy = readPolicy(read.policy);
    const { allowed, refused } = splitByPolicy(settings.updates, policy);
    const plan = planBump(read.texts, allowed, { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade }, read.others);
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
    const reason = lane.plan.edits.length === 0 && lane.plan.skips.length > 0
        ? 'every place was skipped'
        : 'already up to date';
    log.info(`Nothing to write to ${lane.branch}: ${reason}.`);
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
    const fileUrl = (file, line) => `${links.serverUrl}/${repo.owner}/${repo.repo}/blob/${branch}/${file}#L${line}`;
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
    const whole = planBump(files, updates, {
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
    const plan = planBump(files, settings.updates, { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade }, folder.others);
    for (const line of planLines(plan, options.verbose ?? false))
        log.info(line);
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
// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/plainText.ts
var core_plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/render/objects.ts
// Kubernetes objects as a unit deploys them, each with the repository file and line it comes from.








const ORIGIN = 'config.kubernetes.io/origin';
function objectName(obj) {
    const metadata = (obj.metadata ?? {});
    const ns = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
    return `${(0,core_plainText/* plainText */.w)(obj.kind, '?')}/${ns}${(0,core_plainText/* plainText */.w)(metadata.name, '?')}`;
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
        if (out.findings.length === 0)
            out.objects.push({ obj: value, file, line });
        yield out;
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
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
/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs matched against the
 * path below the folder with `*` crossing `/` (Argo CD's gobwas globs have no separator), files with the
 * `+argocd:skip-file-rendering` marker left out. Jsonnet is not evaluated: the unit says it is not previewed.
 */
function renderDirectory(tree, folder, options = {}, unit, strict = false) {
    const glob = (pattern) => typeof pattern === 'string' && pattern !== '' ? picomatch_default()(pattern, { bash: true, dot: true }) : undefined;
    const include = glob(options.include);
    const exclude = glob(options.exclude);
    const out = { objects: [], findings: [] };
    for (const path of (0,fileTree/* filesIn */.nG)(tree, folder, options.recurse === true)) {
        const relative = folder === '' ? path : path.slice(folder.length + 1);
        if (!MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1)))
            continue;
        if (exclude?.(relative) || (include && !include(relative)))
            continue;
        const at = { unit, file: path, line: 1 };
        const size = tree.get(path)?.tooLarge;
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
        if (text === undefined) {
            out.findings.push({
                severity: 'error',
                rule: 'path-escape',
                ...at,
                message: `${path} is a link to a place outside the repository; it is not read`,
            });
            continue;
        }
        if (text.includes(SKIP_MARKER))
            continue;
        const parsed = parseObjects(text, path, unit, { strict });
        out.objects.push(...parsed.objects);
        out.findings.push(...parsed.findings);
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

// EXTERNAL MODULE: ./src/core/validate/apiVersions.ts
var apiVersions = __webpack_require__(3647);
;// CONCATENATED MODULE: ./src/core/workload/podContainers.ts
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

;// CONCATENATED MODULE: ./src/core/validate/rules.ts






/** (group, kind, namespace, name): what identifies an object in a cluster. */
function objectKey(obj) {
    const group = (0,core_plainText/* plainText */.w)(obj.apiVersion, '').includes('/') ? (0,core_plainText/* plainText */.w)(obj.apiVersion).split('/')[0] : '';
    const metadata = (obj.metadata ?? {});
    return `${group}|${(0,core_plainText/* plainText */.w)(obj.kind)}|${(0,core_plainText/* plainText */.w)(metadata.namespace, '')}|${(0,core_plainText/* plainText */.w)(metadata.name, '')}`;
}
const hasName = (obj) => typeof (obj.metadata ?? {}).name === 'string';
const containers = (obj) => podContainers(obj.spec).filter((c) => typeof c.image === 'string');
/**
 * Rules for each object a unit deploys. `seen` carries the objects already checked (file and line by
 * identity) when a unit's objects come in several calls, one document at a time.
 */
function checkObjects(objects, unit, options, seen = new Map()) {
    const findings = [];
    const cluster = (0,apiVersions/* minorNumber */.FR)(options.kubernetesVersion);
    for (const item of objects) {
        const { obj, file, line } = item;
        const object = objectName(obj);
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
        const removed = (0,apiVersions/* removedApi */.Z8)(String(obj.apiVersion), String(obj.kind));
        if (removed) {
            const gone = cluster >= (0,apiVersions/* minorNumber */.FR)(removed.removed);
            if (gone || cluster >= (0,apiVersions/* minorNumber */.FR)(removed.deprecated)) {
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
            const ref = (0,imageRef/* tryParseImageRef */.ZJ)(image);
            if (options.latestTag !== 'off' &&
                ref &&
                ref.digest === undefined &&
                (ref.tag === undefined || ref.tag === 'latest')) {
                findings.push({
                    severity: options.latestTag,
                    rule: 'image-tag',
                    ...at,
                    message: `container ${(0,core_plainText/* plainText */.w)(container.name, '')} runs ${image}${ref.tag ? ', a moving tag' : ' without a tag'}: pin a version or a digest`,
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
                    object: objectName(obj),
                    file,
                    line,
                    message: `${objectName(obj)} is also deployed by ${previous.replace(/^app:/, '')}${cluster && cluster !== 'https://kubernetes.default.svc' ? ` to ${cluster.replace(/^name:/, 'cluster ')}` : ''}; the two apps will fight over it`,
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

;// CONCATENATED MODULE: ./src/core/diff/canonical.ts
// The form objects are compared and shown in: stable key order, fields the cluster owns dropped,
// ignoreDifferences applied, and Secret values never shown.



const SECRET_MARKER = '<secret value hidden>';
const SECRET_CHANGED_MARKER = '<secret value changed>';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * A deep copy of parsed manifest data (plain objects, lists and scalars), a few times faster than
 * structuredClone; every changed object of a pull request is copied before it is compared.
 */
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (value === null || typeof value !== 'object')
        return value;
    const copy = {};
    for (const [key, field] of Object.entries(value)) {
        // `__proto__` is data in a manifest: an own property, as the parser made it
        if (key === '__proto__')
            Object.defineProperty(copy, key, {
                value: clone(field),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        else
            copy[key] = clone(field);
    }
    return copy;
}
function dropClusterOwned(obj) {
    delete obj.status;
    const metadata = obj.metadata;
    if (!metadata)
        return;
    for (const field of [
        'managedFields',
        'creationTimestamp',
        'resourceVersion',
        'uid',
        'generation',
        'selfLink',
    ])
        delete metadata[field];
    const annotations = metadata.annotations;
    if (annotations) {
        delete annotations[LAST_APPLIED];
        if (Object.keys(annotations).length === 0)
            delete metadata.annotations;
    }
}
/** Removes the value a JSON pointer (RFC 6901) names, if it is there. */
function removePointer(obj, pointer) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = obj;
    for (const part of parts.slice(0, -1)) {
        if (!node || typeof node !== 'object')
            return;
        node = node[part];
    }
    const last = parts.at(-1);
    if (last === undefined || !node || typeof node !== 'object')
        return;
    if (Array.isArray(node))
        node.splice(Number(last), 1);
    else
        delete node[last];
}
function groupOf(obj) {
    const apiVersion = (0,core_plainText/* plainText */.w)(obj.apiVersion, '');
    return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}
/** The Application's ignoreDifferences that apply to an object (jsonPointers; jq expressions are not evaluated). */
function applyIgnoreDifferences(obj, rules) {
    const metadata = (obj.metadata ?? {});
    for (const rule of rules) {
        if (rule.kind && rule.kind !== obj.kind)
            continue;
        if (rule.group !== undefined && rule.group !== groupOf(obj))
            continue;
        if (rule.name && rule.name !== metadata.name)
            continue;
        if (rule.namespace && rule.namespace !== metadata.namespace)
            continue;
        for (const pointer of rule.jsonPointers ?? [])
            removePointer(obj, pointer);
    }
}
/** Fields of a Secret that hold no value: everything else (data, stringData, a misspelt stringdata, \u2026) is hidden. */
const SECRET_SHAPE = new Set(['apiVersion', 'kind', 'metadata', 'type', 'immutable']);
/** Names of Helm parameters and values keys that look like credentials. */
const SECRET_NAME = /password|passwd|token|secret|key|credential|private/i;
const isSecret = (obj) => typeof obj.kind === 'string' && obj.kind.toLowerCase() === 'secret';
const isApplication = (obj) => obj.kind === 'Application' && (0,core_plainText/* plainText */.w)(obj.apiVersion, '').startsWith('argoproj.io/');
function masked(value, other, compare) {
    return compare && JSON.stringify(value) !== JSON.stringify(other) ? SECRET_CHANGED_MARKER : SECRET_MARKER;
}
/** Every value of a Secret, whatever the field's spelling or shape (a map or a bare string). */
function maskSecretValues(obj, other) {
    for (const field of Object.keys(obj)) {
        if (SECRET_SHAPE.has(field))
            continue;
        const values = obj[field];
        const before = other?.[field];
        if (values && typeof values === 'object' && !Array.isArray(values)) {
            const was = (before && typeof before === 'object' ? before : {});
            for (const key of Object.keys(values))
                values[key] = masked(values[key], was[key], other !== undefined && key in was);
        }
        else
            obj[field] = masked(values, before, other !== undefined && before !== undefined);
    }
}
/** Keys that look like credentials, at any depth of a values tree. */
function maskSecretKeys(value) {
    if (Array.isArray(value))
        return value.map(maskSecretKeys);
    if (!value || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[k] = SECRET_NAME.test(k) && (v === null || typeof v !== 'object') ? SECRET_MARKER : maskSecretKeys(v);
    return out;
}
/** An Application's Helm parameters and values whose names look like credentials. */
function maskApplicationHelm(obj, other) {
    const sourcesOf = (o) => {
        const spec = (o?.spec ?? {});
        const sources = Array.isArray(spec.sources) ? spec.sources : [];
        return [spec.source, ...sources];
    };
    const otherSources = sourcesOf(other);
    sourcesOf(obj).forEach((source, i) => {
        const helm = source?.helm;
        if (!helm || typeof helm !== 'object')
            return;
        const was = (otherSources[i]?.helm ?? {});
        for (const field of ['parameters', 'fileParameters']) {
            const list = helm[field];
            if (!Array.isArray(list))
                continue;
            const before = Array.isArray(was[field]) ? was[field] : [];
            for (const p of list) {
                if (!p || typeof p.name !== 'string' || !SECRET_NAME.test(p.name) || !('value' in p))
                    continue;
                const old = before.find((b) => b?.name === p.name);
                p.value = masked(p.value, old?.value, other !== undefined && old !== undefined);
            }
        }
        if (helm.valuesObject !== undefined)
            helm.valuesObject = maskSecretKeys(helm.valuesObject);
        if (typeof helm.values === 'string') {
            try {
                helm.values = (0,dist/* stringify */.As)(maskSecretKeys((0,dist/* parse */.qg)(helm.values)));
            }
            catch {
                helm.values = SECRET_MARKER;
            }
        }
    });
}
/**
 * Secret values replaced by a marker (Secrets of any case and field spelling, inside lists too, and the
 * credential-like Helm parameters of Applications). Given the other side, a value that differs from it
 * is marked as changed, so the diff shows which keys changed without showing any value.
 */
function maskSecret(obj, other) {
    if (Array.isArray(obj.items)) {
        const others = Array.isArray(other?.items) ? other.items : [];
        obj.items.forEach((item, i) => {
            if (item && typeof item === 'object')
                maskSecret(item, others[i]);
        });
    }
    if (isSecret(obj))
        maskSecretValues(obj, other);
    else if (isApplication(obj))
        maskApplicationHelm(obj, other);
}
/** The comparable form of an object: a deep copy with cluster-owned fields and ignored paths gone. */
function comparable(obj, ignore) {
    const copy = clone(obj);
    dropClusterOwned(copy);
    applyIgnoreDifferences(copy, ignore);
    return copy;
}
/** Canonical YAML: keys sorted, so equal objects print equally. For what a diff shows. */
function canonicalYaml(obj) {
    return (0,fastYaml/* sortedYaml */.Xw)(obj);
}
/**
 * Whether two values print the same canonical YAML (and have the same sameKey), found without printing
 * or allocating: keys in any order, a key whose value is undefined counts as absent (in a list, as
 * null), numbers compared as Object.is does (-0 is not 0, NaN is NaN).
 */
function sameData(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Object.is(a, b);
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!sameData(a[i] ?? null, b[i] ?? null))
                return false;
        return true;
    }
    const left = a;
    const right = b;
    let count = 0;
    for (const key of Object.keys(left)) {
        if (left[key] === undefined)
            continue;
        count++;
        if (!Object.hasOwn(right, key) || right[key] === undefined || !sameData(left[key], right[key]))
            return false;
    }
    for (const key of Object.keys(right))
        if (right[key] !== undefined)
            count--;
    return count === 0;
}
/**
 * A key that two objects share exactly when their canonical YAML is the same: JSON with sorted keys, the
 * numbers JSON cannot spell (NaN, \u00b1Infinity, -0) kept apart. Ten times cheaper than printing YAML, so
 * objects are compared this way and printed only when they differ.
 */
function sameKey(value) {
    return JSON.stringify(value, (_key, v) => {
        if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
            return `\u0000${String(v)}${Object.is(v, -0) ? '-0' : ''}`;
        if (v && typeof v === 'object' && !Array.isArray(v))
            return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        return v;
    });
}

;// CONCATENATED MODULE: ./src/core/diff/hooks.ts

const ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';
const HELM_HOOK = 'helm.sh/hook';
const HELM_DELETE = 'helm.sh/hook-delete-policy';
const HELM_WEIGHT = 'helm.sh/hook-weight';
/** Argo CD's documented mapping of Helm hooks; test and rollback hooks have no phase and never run. */
const HELM_PHASES = {
    'pre-install': 'PreSync',
    'pre-upgrade': 'PreSync',
    'post-install': 'PostSync',
    'post-upgrade': 'PostSync',
    'pre-delete': 'PreDelete',
    'post-delete': 'PostDelete',
};
const HELM_DELETE_POLICIES = {
    'hook-succeeded': 'HookSucceeded',
    'hook-failed': 'HookFailed',
    'before-hook-creation': 'BeforeHookCreation',
};
const PHASE_ORDER = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PreDelete', 'PostDelete'];
const list = (value) => typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
function annotationsOf(obj) {
    return ((obj.metadata ?? {}).annotations ?? {});
}
/** The object's hook, `skip` for `argocd.argoproj.io/hook: Skip` (never applied), or undefined. */
function hookOf(obj) {
    const a = annotationsOf(obj);
    const argo = list(a[ARGO_HOOK]);
    if (argo.includes('Skip'))
        return 'skip';
    const wave = Number.parseInt((0,core_plainText/* plainText */.w)(a[ARGO_WAVE] ?? a[HELM_WEIGHT], '0'), 10) || 0;
    if (argo.length > 0) {
        const policies = list(a[ARGO_DELETE]);
        return {
            phases: argo,
            deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
            wave,
            from: 'argocd',
        };
    }
    const helm = list(a[HELM_HOOK]).filter((h) => h !== 'crd-install');
    if (helm.length === 0)
        return undefined;
    const phases = [...new Set(helm.flatMap((h) => (HELM_PHASES[h] ? [HELM_PHASES[h]] : [])))];
    const policies = list(a[HELM_DELETE]).flatMap((p) => HELM_DELETE_POLICIES[p] ? [HELM_DELETE_POLICIES[p]] : []);
    return {
        phases,
        deletePolicies: policies.length > 0 ? policies : ['BeforeHookCreation'],
        wave,
        from: 'helm',
    };
}
/** Whether deleting the object from the manifests leaves it in the cluster (Helm's resource-policy: keep). */
function keptOnDelete(obj) {
    return annotationsOf(obj)['helm.sh/resource-policy'] === 'keep';
}

;// CONCATENATED MODULE: ./src/core/diff/syncOrder.ts
// What a sync will do, in order, and the sync options that change the outcome for an object \u2014 as Argo
// CD's gitops-engine does it (pkg/sync/sync_tasks.go): tasks sorted by phase (PreSync, Sync, PostSync,
// SyncFail), then `argocd.argoproj.io/sync-wave`, then Helm's kind order (Namespace first, unknown kinds
// and custom resources last), then name. Slipway does not model gitops-engine's later adjustment (a
// namespace or CRD moved before the objects that need it within a wave); the kind order already puts
// them first in the common case.



const KIND_ORDER = [
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
];
const PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];
const annotations = (obj) => ((obj.metadata ?? {}).annotations ?? {});
const kindRank = (kind) => {
    const i = KIND_ORDER.indexOf(String(kind));
    return i === -1 ? KIND_ORDER.length : i;
};
/**
 * The apply order, one line per phase and wave (`Sync \u00b7 wave -1: Namespace/shop, ConfigMap/shop/settings`),
 * when the order matters: some object has a sync wave, or there are hooks. Undefined otherwise.
 */
function applyOrder(objects) {
    const tasks = [];
    let ordered = false;
    for (const obj of objects) {
        const hook = hookOf(obj);
        if (hook === 'skip')
            continue;
        const waveText = annotations(obj)['argocd.argoproj.io/sync-wave'];
        if (waveText !== undefined || hook)
            ordered = true;
        const wave = hook ? hook.wave : Number.parseInt((0,core_plainText/* plainText */.w)(waveText, '0'), 10) || 0;
        const phases = hook ? hook.phases.filter((p) => PHASES.includes(p)) : ['Sync'];
        for (const phase of phases)
            tasks.push({
                phase: PHASES.indexOf(phase),
                wave,
                kind: kindRank(obj.kind),
                name: (0,core_plainText/* plainText */.w)((obj.metadata ?? {}).name, ''),
                label: `${objectName(obj)}${hook ? ' (hook)' : ''}`,
            });
    }
    if (!ordered)
        return undefined;
    tasks.sort((a, b) => a.phase - b.phase || a.wave - b.wave || a.kind - b.kind || a.name.localeCompare(b.name));
    const lines = [];
    let current = '';
    for (const task of tasks) {
        const step = `${PHASES[task.phase]} \u00b7 wave ${task.wave}`;
        if (step !== current)
            lines.push(`${step}: ${task.label}`);
        else
            lines[lines.length - 1] += `, ${task.label}`;
        current = step;
    }
    return lines;
}
/** Sync options whose effect the preview shows on the objects (or the namespace) they touch. */
const SHOWN_SYNC_OPTIONS = (/* unused pure expression or super */ null && ([
    'Prune=false',
    'PruneLast=true',
    'Delete=false',
    'Replace=true',
    'ServerSideApply=true',
    'Validate=false',
    'CreateNamespace=true',
]));
/** Options that change how Argo CD syncs but not what ends up in the cluster: not shown. */
const UNSHOWN_SYNC_OPTIONS = (/* unused pure expression or super */ null && ([
    'ApplyOutOfSyncOnly=true',
    'RespectIgnoreDifferences=true',
    'SkipDryRunOnMissingResource=true',
    'FailOnSharedResource=true',
    'PrunePropagationPolicy',
    'Force=true',
]));
/** The sync options that apply to an object: its own annotation, then the app's syncPolicy.syncOptions. */
function syncOptionsOf(obj, appOptions = []) {
    const own = (0,core_plainText/* plainText */.w)(annotations(obj)['argocd.argoproj.io/sync-options'], '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
    return new Set([...appOptions, ...own]);
}
/** Words about how the options change what happens to a created or changed object ('' when none do). */
function applyOptionNote(options, change) {
    const notes = [];
    if (options.has('Replace=true'))
        notes.push(change === 'created'
            ? 'with kubectl create (Replace=true)'
            : 'with kubectl replace (Replace=true): fields set outside Git are dropped');
    if (options.has('ServerSideApply=true'))
        notes.push('server-side apply (ServerSideApply=true)');
    if (options.has('Validate=false'))
        notes.push('without schema validation (Validate=false)');
    return notes.join('; ');
}

;// CONCATENATED MODULE: ./src/core/diff/clusterDiff.ts
// Base vs head of what each app deploys \u2192 the predicted cluster diff: objects created, changed and
// deleted per app, what Argo CD will do about each (from the app's sync policy), and app-level events.








/** What Argo CD will do about a change, from the app's sync policy and the object's sync options. */
function consequence(change, app, obj) {
    const policy = app?.syncPolicy;
    if (!policy)
        return change === 'deleted' ? 'no longer in the manifests' : 'in the manifests';
    const options = syncOptionsOf(obj, policy.options);
    if (change === 'deleted') {
        if (keptOnDelete(obj))
            return 'will be left running (helm.sh/resource-policy: keep)';
        if (options.has('Prune=false'))
            return 'will be left running (Prune=false); the app shows OutOfSync';
        const last = options.has('PruneLast=true')
            ? ', last, after every other object is synced (PruneLast=true)'
            : '';
        if (!policy.automated)
            return `deleted when someone syncs with prune${last}`;
        return policy.prune
            ? `will be deleted${last}`
            : 'will be left running (automated sync without prune); the app shows OutOfSync';
    }
    const how = applyOptionNote(options, change);
    const when = !policy.automated
        ? 'applies when someone syncs'
        : policy.selfHeal
            ? 'applied automatically; self-heal reverts manual changes'
            : 'applied automatically';
    return how ? `${when}; ${how}` : when;
}
/**
 * CreateNamespace=true: Argo CD creates the destination namespace before syncing when it is missing \u2014 shown
 * as a created Namespace when the app is new, moves to another namespace, or gains the option, and its
 * manifests do not hold that Namespace themselves.
 */
function createdNamespace(before, after, head) {
    const ns = after?.destination.namespace;
    if (!after || !ns || !after.syncPolicy.options.includes('CreateNamespace=true'))
        return [];
    const had = before?.syncPolicy.options.includes('CreateNamespace=true') && before.destination.namespace === ns;
    if (had || head.some((o) => o.obj.kind === 'Namespace' && (o.obj.metadata ?? {}).name === ns))
        return [];
    return [
        {
            change: 'created',
            object: `Namespace/${ns}`,
            summary: [],
            consequence: `created by Argo CD before the sync if it does not exist yet (CreateNamespace=true)`,
            before: '',
            after: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`,
        },
    ];
}
function containersOf(obj) {
    const out = new Map();
    for (const c of podContainers(obj.spec)) {
        if (typeof c.name !== 'string')
            continue;
        const env = Array.isArray(c.env) ? c.env.map((e) => String(e.name)) : [];
        out.set(c.name, {
            image: typeof c.image === 'string' ? c.image : undefined,
            resources: c.resources,
            env,
        });
    }
    return out;
}
/** The facts a reviewer looks for first, in one line each. */
function semanticSummary(before, after) {
    const lines = [];
    const b = containersOf(before);
    const a = containersOf(after);
    for (const [name, now] of a) {
        const was = b.get(name);
        if (!was)
            continue;
        if (was.image !== now.image)
            lines.push(`image ${name}: ${was.image} \u2192 ${now.image}`);
        if (JSON.stringify(was.resources ?? {}) !== JSON.stringify(now.resources ?? {}))
            lines.push(`resources of ${name} changed`);
        const added = now.env.filter((e) => !was.env.includes(e));
        const removed = was.env.filter((e) => !now.env.includes(e));
        if (added.length > 0)
            lines.push(`env of ${name}: added ${added.join(', ')}`);
        if (removed.length > 0)
            lines.push(`env of ${name}: removed ${removed.join(', ')}`);
    }
    const replicas = (o) => (o.spec ?? {}).replicas;
    if (replicas(before) !== replicas(after))
        lines.push(`replicas: ${(0,core_plainText/* plainText */.w)(replicas(before), 'default')} \u2192 ${(0,core_plainText/* plainText */.w)(replicas(after), 'default')}`);
    return lines;
}
/** A changed object's two texts as one: each line once, marked ` `, `-` or `+` (see withTexts). */
const MERGED = Symbol('merged texts');
/** One side of a merged text: the lines not marked as the other side's, unmarked. */
function sideOf(merged, other) {
    return `${merged
        .split('\n')
        .filter((l) => l[0] !== other)
        .map((l) => l.slice(1))
        .join('\n')}\n`;
}
// shared by every merged change, so each keeps V8's fast layout (closures per object made each a
// dictionary of its own: ~670 bytes more per change, ~20 MB on a PR that changes 30,000 objects)
function beforeText() {
    return sideOf(this[MERGED], '+');
}
function afterText() {
    return sideOf(this[MERGED], '-');
}
/**
 * A change with its YAML before and after. A changed object's two texts share most lines, so they are
 * kept as one text and `before`/`after` read it back (enumerable, so a spread copy or JSON has them): a
 * pull request that changes every object holds about half the text.
 */
function withTexts(change, before, after) {
    const plain = { ...change, before, after };
    if (before === '' || after === '' || !before.endsWith('\n') || !after.endsWith('\n'))
        return plain;
    const lines = (0,create/* structuredPatch */.YB)('', '', before, after, '', '', { context: Number.MAX_SAFE_INTEGER }).hunks[0]
        ?.lines;
    if (!lines || lines.some((l) => l.startsWith('\\')))
        return plain;
    // the fields in the order of the plain object (before and after ahead of file and line)
    const { file, line, ...rest } = change;
    const kept = Object.defineProperties(rest, {
        before: { get: beforeText, enumerable: true },
        after: { get: afterText, enumerable: true },
        [MERGED]: { value: lines.join('\n') },
    });
    return Object.assign(kept, { file, line });
}
/** Unified diff hunks of a change, with `context` lines around each. */
function objectDiff(change, context) {
    return hunks(change.before, change.after, context);
}
function hunks(before, after, context) {
    const patch = (0,create/* structuredPatch */.YB)('base', 'head', before, after, '', '', { context });
    return patch.hunks
        .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
        .join('\n');
}
/** The synced set (hooks and `Skip` objects taken out) and the hooks, as Argo CD splits an app's objects. */
function splitHooks(objects) {
    const synced = [];
    const hooks = [];
    for (const o of objects) {
        const hook = hookOf(o.obj);
        if (hook === undefined)
            synced.push(o);
        else if (hook !== 'skip')
            hooks.push({ ...o, hook });
    }
    return { synced, hooks };
}
/** The head's hooks in the order Argo CD runs them (phase, wave, name), each marked new/changed/unchanged. */
function hookRuns(base, head) {
    const before = new Map(splitHooks(base).hooks.map((h) => [objectKey(h.obj), sameKey(comparable(h.obj, []))]));
    const phaseRank = (h) => Math.min(...h.phases.map((p) => PHASE_ORDER.indexOf(p)).filter((i) => i >= 0), 99);
    return splitHooks(head)
        .hooks.map((h) => {
        const was = before.get(objectKey(h.obj));
        const change = was === undefined ? 'new' : was === sameKey(comparable(h.obj, [])) ? 'unchanged' : 'changed';
        return { ...h.hook, object: objectName(h.obj), change, file: h.file, line: h.line };
    })
        .sort((x, y) => phaseRank(x) - phaseRank(y) || x.wave - y.wave || x.object.localeCompare(y.object));
}
function diffObjects(allBase, allHead, app) {
    const base = splitHooks(allBase).synced;
    const head = splitHooks(allHead).synced;
    const ignore = (app?.ignoreDifferences ?? []);
    const before = new Map(base.map((o) => [objectKey(o.obj), o]));
    const after = new Map(head.map((o) => [objectKey(o.obj), o]));
    const changes = [];
    for (const [key, now] of after) {
        const was = before.get(key);
        const headObj = comparable(now.obj, ignore);
        const baseObj = was ? comparable(was.obj, ignore) : undefined;
        // compare before masking: a Secret whose only change is a value still shows as changed
        if (baseObj && sameData(headObj, baseObj))
            continue;
        maskSecret(headObj, baseObj);
        if (baseObj)
            maskSecret(baseObj);
        const headYaml = canonicalYaml(headObj);
        const baseYaml = baseObj ? canonicalYaml(baseObj) : '';
        const change = baseObj ? 'changed' : 'created';
        changes.push(withTexts({
            change,
            object: objectName(now.obj),
            summary: was ? semanticSummary(was.obj, now.obj) : [],
            consequence: consequence(change, app, now.obj),
            file: now.file,
            line: now.line,
        }, baseYaml, headYaml));
    }
    for (const [key, was] of before) {
        if (after.has(key))
            continue;
        const baseObj = comparable(was.obj, ignore);
        maskSecret(baseObj);
        changes.push({
            change: 'deleted',
            object: objectName(was.obj),
            summary: [],
            consequence: consequence('deleted', app, was.obj),
            before: canonicalYaml(baseObj),
            after: '',
            file: was.file,
            line: was.line,
        });
    }
    const order = { deleted: 0, created: 1, changed: 2 };
    return changes.sort((x, y) => order[x.change] - order[y.change] || x.object.localeCompare(y.object));
}
function orderOf(objects) {
    const order = applyOrder(objects.map((o) => o.obj));
    return order ? { applyOrder: order } : {};
}
function appName(unit) {
    if (!unit.app)
        return unit.id.replace(/^path:/, '');
    return unit.app.namespace ? `${unit.app.namespace}/${unit.app.name}` : unit.app.name;
}
const sameOutput = (a, b) => a.length === b.length &&
    JSON.stringify(a.map((o) => sameKey(comparable(o.obj, []))).sort()) ===
        JSON.stringify(b.map((o) => sameKey(comparable(o.obj, []))).sort());
/**
 * An app whose head (or base) was not rendered: never compared, so a failed render is never "N objects
 * will be deleted" and a base that could not be rendered never makes everything "created".
 */
function unrenderedApp(side, was) {
    const headState = side.state ?? 'rendered';
    const baseState = was?.state ?? 'rendered';
    if (headState === 'rendered' && baseState === 'rendered')
        return undefined;
    const isNew = was === undefined ? 'new app; ' : '';
    const note = headState === 'failed'
        ? `${isNew}Argo CD would report a ComparisonError for this app (${side.reason ?? 'render failed'}); nothing it deploys is compared, and nothing is shown as deleted`
        : headState === 'not-previewed'
            ? `${isNew}not previewed: ${side.reason ?? 'Slipway does not render what this app needs'}`
            : `the base could not be rendered (${was?.reason ?? baseState}), so nothing is compared; at the head it deploys ${side.objects.length} object(s)`;
    const app = side.unit.app;
    return {
        id: side.unit.id,
        name: appName(side.unit),
        status: headState === 'failed' || (headState === 'rendered' && baseState === 'failed')
            ? 'render-failed'
            : 'not-previewed',
        ...(app && { app }),
        file: side.unit.file,
        ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
        line: side.unit.line,
        note,
        changes: [],
        settingChanges: was ? appSettingChanges(was.unit.app, app) : [],
        hooks: [],
        findings: side.findings,
    };
}
function syncPolicyText(app) {
    const p = app.syncPolicy;
    const mode = p.automated ? ['automated', p.prune && 'prune', p.selfHeal && 'self-heal'] : ['manual'];
    return [...mode, ...p.options].filter(Boolean).join(', ');
}
/** What an Application's own settings change: where it deploys, from where, under which project and policy. */
function appSettingChanges(before, after) {
    if (!before || !after)
        return [];
    const out = [];
    const dest = (a) => [a.destination.server ?? a.destination.name ?? '', a.destination.namespace ?? ''].join(' / ');
    const compare = (what, x, y) => {
        if (x !== y)
            out.push(`${what}: ${x || '(none)'} \u2192 ${y || '(none)'}`);
    };
    compare('destination', dest(before), dest(after));
    compare('project', before.project ?? 'default', after.project ?? 'default');
    compare('sources', before.origins.join('; '), after.origins.join('; '));
    compare('sync policy', syncPolicyText(before), syncPolicyText(after));
    if (before.cascadeDelete !== after.cascadeDelete)
        out.push(`resources finalizer ${after.cascadeDelete ? 'added' : 'removed'}`);
    return out;
}
function diffPair(was, side) {
    const unrendered = unrenderedApp(side, was);
    if (unrendered)
        return { app: unrendered, quiet: false };
    const app = side.unit.app;
    const changes = [
        ...createdNamespace(was.unit.app, app, side.objects),
        ...diffObjects(was.objects, side.objects, app),
    ];
    const settingChanges = appSettingChanges(was.unit.app, app);
    const hooks = hookRuns(was.objects, side.objects);
    const hooksChanged = hooks.some((h) => h.change !== 'unchanged');
    const quiet = changes.length === 0 && settingChanges.length === 0 && !hooksChanged;
    return {
        quiet,
        app: {
            id: side.unit.id,
            name: appName(side.unit),
            status: quiet ? 'unchanged' : 'changed',
            ...(app && { app }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            changes,
            settingChanges,
            hooks,
            ...(changes.length > 0 || hooksChanged ? orderOf(side.objects) : {}),
            findings: side.findings,
        },
    };
}
/**
 * The predicted cluster diff of the units that were rendered at base and/or head; `settled` are apps
 * already compared with diffPair (their renders let go).
 */
function diffUnits(base, head, unchangedApps, notPreviewed = [], settled = []) {
    const byIdBase = new Map(base.map((s) => [s.unit.id, s]));
    const byIdHead = new Map(head.map((s) => [s.unit.id, s]));
    const removed = base.filter((s) => !byIdHead.has(s.unit.id));
    const apps = [];
    let unchanged = unchangedApps;
    const settle = ({ app, quiet }) => {
        if (quiet && app.findings.length === 0)
            unchanged++;
        else
            apps.push(app);
    };
    settled.forEach(settle);
    for (const side of head) {
        const was = byIdBase.get(side.unit.id);
        if (was) {
            settle(diffPair(was, side));
            continue;
        }
        const app = side.unit.app;
        const unrendered = unrenderedApp(side, was);
        if (unrendered) {
            apps.push(unrendered);
            continue;
        }
        const renamed = removed.find((r) => (r.state ?? 'rendered') === 'rendered' && sameOutput(r.objects, side.objects));
        if (renamed)
            removed.splice(removed.indexOf(renamed), 1);
        apps.push({
            id: side.unit.id,
            name: appName(side.unit),
            status: renamed ? 'renamed' : 'new',
            ...(renamed && { renamedFrom: appName(renamed.unit) }),
            ...(app && { app }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            ...(!renamed && {
                note: `new app: ${side.objects.length} object(s) ${app?.syncPolicy.automated ? 'created automatically' : 'created when someone syncs'}`,
            }),
            changes: renamed
                ? []
                : [...createdNamespace(undefined, app, side.objects), ...diffObjects([], side.objects, app)],
            settingChanges: [],
            hooks: hookRuns([], side.objects),
            ...orderOf(side.objects),
            findings: side.findings,
        });
    }
    for (const side of removed) {
        const app = side.unit.app;
        const byName = new Map(side.objects.map((o) => [objectName(o.obj), o.obj]));
        const count = side.objects.length;
        const rendered = (side.state ?? 'rendered') === 'rendered';
        const note = !rendered
            ? `app removed; its base could not be rendered (${side.reason ?? side.state}), so what it leaves running or deletes is unknown`
            : app?.cascadeDelete
                ? `app removed: Argo CD deletes its ${count} object(s) (resources finalizer)`
                : `app removed without the resources finalizer: its ${count} object(s) are left running, orphaned`;
        apps.push({
            id: side.unit.id,
            name: appName(side.unit),
            status: 'removed',
            ...(app && { app }),
            file: side.unit.file,
            ...(side.unit.sources[0] && { sourcePath: side.unit.sources[0].path }),
            line: side.unit.line,
            note,
            changes: (rendered ? diffObjects(side.objects, [], undefined) : []).map((c) => {
                const obj = byName.get(c.object) ?? {};
                const kept = syncOptionsOf(obj, app?.syncPolicy.options).has('Delete=false');
                return {
                    ...c,
                    consequence: !app?.cascadeDelete
                        ? 'left running, no longer managed'
                        : kept
                            ? 'left running when the app is deleted (Delete=false)'
                            : 'will be deleted with the app',
                };
            }),
            settingChanges: [],
            hooks: [],
            findings: [],
        });
    }
    return finishDiff(apps, unchanged, notPreviewed);
}
/** The diff of these apps: sorted, with totals and images worked out (also for merging shards). */
function finishDiff(apps, unchanged, notPreviewed) {
    const totals = { created: 0, changed: 0, deleted: 0 };
    const images = new Set();
    for (const app of apps) {
        for (const change of app.changes) {
            totals[change.change]++;
            for (const line of change.summary)
                if (line.startsWith('image '))
                    images.add(line.replace(/^image [^:]+: /, ''));
        }
    }
    return {
        apps: apps.sort((a, b) => a.name.localeCompare(b.name)),
        unchangedApps: unchanged,
        totals,
        images: [...images].sort(),
        notPreviewed: uniqueNotPreviewed(notPreviewed),
    };
}
function uniqueNotPreviewed(list) {
    const seen = new Map();
    for (const entry of list)
        seen.set(`${entry.name}\0${entry.reason}`, entry);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.reason.localeCompare(b.reason));
}

;// CONCATENATED MODULE: ./src/core/diff/shards.ts

const PARTIAL_SCHEMA = 'slipway-check-partial/v1';
function partialReport(run, shard, base, head) {
    return {
        schema: PARTIAL_SCHEMA,
        base,
        head,
        shard,
        unaffected: run.unaffected,
        affected: run.affected,
        units: run.units,
        rendered: run.rendered,
        changedFiles: run.changedFiles,
        uncovered: run.uncovered,
        renderers: run.renderers,
        timings: { ...run.timings },
        diff: run.diff,
    };
}
/** How many shards a PR that affects `affected` apps is worth: about 100 apps (200 renders) each, up to `max`. */
function suggestShards(affected, max = 10) {
    return Math.max(1, Math.min(max, Math.ceil(affected / 100)));
}
/** The partials merged into one run, or the reason they cannot be. */
function mergePartials(partials) {
    const first = partials[0];
    if (!first)
        return { error: 'no partial reports were given' };
    for (const p of partials) {
        const schema = p.schema;
        if (schema !== PARTIAL_SCHEMA)
            return {
                error: `a partial report has schema ${JSON.stringify(schema)}, not ${String(PARTIAL_SCHEMA)}`,
            };
        if (p.base !== first.base || p.head !== first.head)
            return {
                error: `partial reports come from different commits (${first.base.slice(0, 7)}..${first.head.slice(0, 7)} and ${p.base.slice(0, 7)}..${p.head.slice(0, 7)}): re-run every shard`,
            };
        if (p.shard.count !== first.shard.count)
            return {
                error: `partial reports come from different matrices (${first.shard.count} and ${p.shard.count} shards)`,
            };
    }
    const count = first.shard.count;
    const seen = new Map();
    for (const p of partials)
        seen.set(p.shard.index, (seen.get(p.shard.index) ?? 0) + 1);
    const duplicate = [...seen].find(([, n]) => n > 1);
    if (duplicate)
        return { error: `shard ${duplicate[0]}/${count} is given twice` };
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0)
        return {
            error: `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: every shard of the matrix must upload its report`,
        };
    const ordered = [...partials].sort((a, b) => a.shard.index - b.shard.index);
    const diff = finishDiff(ordered.flatMap((p) => p.diff.apps), first.unaffected + ordered.reduce((n, p) => n + p.diff.unchangedApps, 0), ordered.flatMap((p) => p.diff.notPreviewed));
    const timings = {};
    for (const p of ordered)
        for (const [k, v] of Object.entries(p.timings))
            timings[k] = Math.max(timings[k] ?? 0, v);
    return {
        merged: {
            base: first.base,
            head: first.head,
            shards: count,
            unaffected: first.unaffected,
            affected: first.affected,
            units: first.units,
            rendered: ordered.reduce((n, p) => n + p.rendered, 0),
            changedFiles: first.changedFiles,
            uncovered: first.uncovered,
            renderers: [...new Set(ordered.flatMap((p) => p.renderers))].sort(),
            timings,
            diff,
        },
    };
}

;// CONCATENATED MODULE: ./src/core/report/diffReport.ts
// The predicted cluster diff as the sticky PR comment (markdown within GitHub's size limit), as terminal
// text, and as JSON.

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
const COMMENT_LIMIT = 65_536;
const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;
function eligibilitySection(options) {
    const e = options.eligibility;
    if (!e)
        return [];
    if (e.eligible)
        return ['**Auto-merge:** eligible \u2705 \u2014 only image updates within each environment\u2019s level.', ''];
    return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${r}`), ''];
}
const SIGN = { created: '+', changed: '~', deleted: '\u2212' };
function commentMarker(id) {
    return `<!-- slipway:check:${id} -->`;
}
function counts(app) {
    const n = (c) => app.changes.filter((x) => x.change === c).length;
    return `+${n('created')} ~${n('changed')} \u2212${n('deleted')}`;
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
function validation(findings) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (errors > 0)
        return `\u274c ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
    return warnings > 0 ? `\u26a0\ufe0f ${warnings} warning(s)` : '\u2705';
}
const diffReport_cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function fence(body, language) {
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${body}\n${ticks}`;
}
const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);
/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
function changingApps(diff) {
    return diff.apps.filter((a) => !UNPREVIEWED.has(a.status) &&
        (a.changes.length > 0 ||
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
function header(diff, imageLimit = Infinity) {
    const unpreviewed = unpreviewedApps(diff);
    const warning = unpreviewed > 0 ? ` \u00b7 \u26a0\ufe0f ${unpreviewed} app(s) could not be previewed` : '';
    const changing = changingApps(diff);
    if (changing === 0)
        return `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked)${warning}.`;
    const t = diff.totals;
    const shown = diff.images.slice(0, imageLimit);
    const more = diff.images.length - shown.length;
    const images = shown.length > 0
        ? ` \u00b7 images: ${shown.map((i) => `\`${i}\``).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
        : '';
    return `**${changing} app(s) change** \u2014 +${t.created} created, ~${t.changed} changed, \u2212${t.deleted} deleted${images} \u00b7 ${diff.unchangedApps} app(s) unchanged${warning}`;
}
function tableRows(diff, options) {
    return diff.apps.map((app) => {
        const name = options.fileUrl
            ? `[${diffReport_cell(app.name)}](${options.fileUrl(app.file, app.line)})`
            : diffReport_cell(app.name);
        const status = app.status === 'new'
            ? ' (new)'
            : app.status === 'removed'
                ? ' (removed)'
                : app.status === 'renamed'
                    ? ` (renamed from ${diffReport_cell(app.renamedFrom ?? '')})`
                    : app.status === 'render-failed'
                        ? ' (render failed)'
                        : app.status === 'not-previewed'
                            ? ' (not previewed)'
                            : '';
        return `| ${name}${status} | ${diffReport_cell(destination(app))} | ${syncPolicy(app)} | ${counts(app)} | ${validation(app.findings)} |`;
    });
}
function table(rows, total) {
    if (total === 0)
        return '';
    const more = total - rows.length;
    return [
        '| App | Destination | Sync | Objects | Validation |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? [`| \u2026 ${more} more app(s) | | | | |`] : []),
    ].join('\n');
}
function changeBlock(change, diffText, body) {
    const lines = [`**${SIGN[change.change]} ${change.object}** \u2014 ${change.consequence}`];
    for (const fact of change.summary)
        lines.push(`- ${fact}`);
    if (body === 'full')
        lines.push(fence(diffText, 'diff'));
    else
        lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
    return lines.join('\n');
}
/** An app's details with each change's block already chosen: the head and the tail around them. */
function appDetails(app, blocks) {
    const parts = [`<details><summary><b>${app.name}</b> ${counts(app)}</summary>`, ''];
    if (app.note)
        parts.push(`> ${app.note}`, '');
    for (const setting of app.settingChanges)
        parts.push(`- Application ${setting}`);
    if (app.settingChanges.length > 0)
        parts.push('');
    if (app.hooks.length > 0)
        parts.push('**Runs on sync** (hooks: not part of the synced set, never pruned)', ...app.hooks.map(hookLine), '');
    if (app.applyOrder)
        parts.push('**Sync order** (phase, wave, then kind)', ...app.applyOrder.map((l) => `1. ${l}`), '');
    const findings = app.findings.filter((f) => f.severity !== 'notice');
    if (findings.length > 0) {
        parts.push(...findings.map((f) => `- ${f.severity === 'error' ? '\u274c' : '\u26a0\ufe0f'} \`${f.file ?? ''}:${f.line ?? 1}\` ${f.message}${f.object ? ` (${f.object})` : ''}`), '');
    }
    for (const block of blocks)
        parts.push(block, '');
    parts.push('</details>');
    return parts.join('\n');
}
/** `PreSync \u00b7 Job/migrate (new) \u2014 wave 0, deleted: BeforeHookCreation`. */
function hookLine(h) {
    const phases = h.phases.length > 0 ? h.phases.join(', ') : 'never runs (a Helm hook Argo CD does not run)';
    return `- ${phases} \u00b7 ${h.object} (${h.change}) \u2014 wave ${h.wave}, delete policy: ${h.deletePolicies.join(', ')}`;
}
function notPreviewedSection(diff, limit = Infinity) {
    if (diff.notPreviewed.length === 0)
        return [];
    const shown = diff.notPreviewed.slice(0, limit);
    const more = diff.notPreviewed.length - shown.length;
    return [
        `**Not previewed** (${diff.notPreviewed.length}):`,
        ...shown.map((n) => `- ${diffReport_cell(n.name)} \u2014 ${diffReport_cell(n.reason)} (\`${n.file}:${n.line}\`)`),
        ...(more > 0 ? [`- \u2026 and ${more} more`] : []),
        '',
    ];
}
function diffCache() {
    const cache = new Map();
    return (change, context) => {
        const byChange = cache.get(context) ?? new Map();
        cache.set(context, byChange);
        let text = byChange.get(change);
        if (text === undefined)
            byChange.set(change, (text = objectDiff(change, context)));
        return text;
    };
}
function assemble(diff, options, layout, rows, diffOf) {
    const notes = layout.notes;
    const blocksOf = (app) => app.changes.map((c) => changeBlock(c, diffOf(c, layout.context), layout.omitted.has(c) ? 'omitted' : 'full'));
    return [
        commentMarker(options.commentId),
        '### Slipway: predicted cluster diff',
        '',
        header(diff, layout.images),
        '',
        table(rows.slice(0, layout.rows), rows.length),
        '',
        ...eligibilitySection(options),
        ...notPreviewedSection(diff, layout.notPreviewed),
        ...(layout.details ? diff.apps.map((app) => `${appDetails(app, blocksOf(app))}\n`) : []),
        ...(notes.length > 0
            ? ['', `> \u2702\ufe0f ${notes.join(' ')}${options.fullReport ? ` The full report: ${options.fullReport}.` : ''}`]
            : []),
        ...(options.footer ? ['', `<sub>${options.footer}</sub>`] : []),
    ].join('\n');
}
/**
 * The comment, never over its budget: first less context, then the largest diff bodies left out, then the
 * per-app details, then the rows of the table, the image list and the not-previewed list are shortened; the
 * comment says what was cut. Each step is sized from lengths worked out once, so the cost is linear in
 * the size of the diff.
 */
function diffMarkdown(diff, options) {
    const BUDGET = options.budget ?? DEFAULT_BUDGET;
    const rows = tableRows(diff, options);
    const diffOf = diffCache();
    const everything = {
        rows: rows.length,
        images: diff.images.length,
        notPreviewed: diff.notPreviewed.length,
    };
    let text = assemble(diff, options, { context: 3, omitted: new Set(), details: true, notes: [], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noContext = 'Diffs show no context lines to fit the comment.';
    text = assemble(diff, options, { context: 0, omitted: new Set(), details: true, notes: [noContext], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // leave out the diffs that save the most, until the rest fits (sizes from one rendering of each)
    const changes = diff.apps.flatMap((a) => a.changes);
    const savings = changes
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
    const omittedNote = `${omitted.size} of ${changes.length} object diffs were left out to fit the comment.`;
    text = assemble(diff, options, { context: 0, omitted, details: true, notes: [omittedNote], ...everything }, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    const noDetails = 'The per-app details were left out to fit the comment.';
    const layout = { context: 0, omitted, details: false, notes: [noDetails], ...everything };
    text = assemble(diff, options, layout, rows, diffOf);
    if (text.length <= BUDGET)
        return text;
    // thousands of apps: shorten the lists, keeping what fits (each row's length is known)
    const fixed = assemble(diff, options, { ...layout, rows: 0, images: 0, notPreviewed: 0 }, rows, diffOf);
    let room = BUDGET - fixed.length - 400;
    const fit = (lengths) => {
        let n = 0;
        while (n < lengths.length && room - (lengths[n] + 4) >= 0)
            room -= lengths[n++] + 4;
        return n;
    };
    const images = fit(diff.images.map((i) => i.length));
    const notPreviewed = fit(diff.notPreviewed.map((n) => n.name.length + n.reason.length + n.file.length + 16));
    const shownRows = fit(rows.map((r) => r.length));
    const cut = `Only ${shownRows} of ${rows.length} apps are listed to fit the comment.`;
    return assemble(diff, options, { ...layout, rows: shownRows, images, notPreviewed, notes: [noDetails, cut] }, rows, diffOf);
}
const paint = (color, code, text) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
/** For terminals: one block per app, diffs coloured when `color`. */
function diffText(diff, color) {
    const out = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
    for (const app of diff.apps) {
        out.push('', `${paint(color, 1, app.name)} (${syncPolicy(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${counts(app)}`);
        if (app.note)
            out.push(`  ${app.note}`);
        for (const setting of app.settingChanges)
            out.push(`  Application ${setting}`);
        for (const hook of app.hooks)
            out.push(`  hook ${hookLine(hook).slice(2)}`);
        for (const step of app.applyOrder ?? [])
            out.push(`  sync order: ${step}`);
        for (const f of app.findings.filter((x) => x.severity !== 'notice'))
            out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
        for (const change of app.changes) {
            out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
            for (const fact of change.summary)
                out.push(`      ${fact}`);
            for (const line of objectDiff(change, 3).split('\n')) {
                const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
                out.push(`    ${code ? paint(color, code, line) : line}`);
            }
        }
    }
    return `${out.join('\n')}\n`;
}
/** Plain data: every app and change, with diffs at 3 lines of context. */
function diffJson(diff) {
    return { ...diffJsonTop(diff), apps: diff.apps.map(appJson) };
}
function diffJsonTop(diff) {
    return {
        totals: diff.totals,
        images: diff.images,
        unchangedApps: diff.unchangedApps,
        notPreviewed: diff.notPreviewed,
    };
}
function appJson(app) {
    return {
        name: app.name,
        status: app.status,
        ...(app.renamedFrom && { renamedFrom: app.renamedFrom }),
        destination: app.app?.destination,
        syncPolicy: app.app?.syncPolicy,
        file: app.file,
        ...(app.note && { note: app.note }),
        ...(app.settingChanges.length > 0 && { settingChanges: app.settingChanges }),
        ...(app.hooks.length > 0 && {
            hooks: app.hooks.map((h) => ({
                object: h.object,
                change: h.change,
                phases: h.phases,
                wave: h.wave,
                deletePolicies: h.deletePolicies,
                from: h.from,
            })),
        }),
        ...(app.applyOrder && { applyOrder: app.applyOrder }),
        findings: app.findings,
        changes: app.changes.map((c) => ({
            change: c.change,
            object: c.object,
            summary: c.summary,
            consequence: c.consequence,
            file: c.file,
            line: c.line,
            diff: objectDiff(c, 3),
        })),
    };
}
/**
 * `JSON.stringify({ ...diffJson(diff), ...extra }, null, 2)` and a newline, one app at a time: each app's
 * diffs are made as it is printed and let go, so a pull request that changes every object of every app
 * never holds them all as text at once.
 */
function* diffJsonText(diff, extra) {
    const mark = '\u0000apps\u0000';
    const [before, after] = JSON.stringify({ ...diffJsonTop(diff), apps: mark, ...extra }, null, 2).split(JSON.stringify(mark));
    yield before ?? '';
    if (diff.apps.length === 0)
        yield '[]';
    else {
        yield '[\n';
        for (const [i, app] of diff.apps.entries()) {
            const text = JSON.stringify(appJson(app), null, 2).replace(/^/gm, '    ');
            yield `${text}${i < diff.apps.length - 1 ? ',' : ''}\n`;
        }
        yield '  ]';
    }
    yield `${after ?? ''}\n`;
}

;// CONCATENATED MODULE: ./src/core/report/findings.ts
/**
 * One entry per distinct finding on a file and line: the same removed API in a base that 11 overlays use
 * is one annotation naming the 11 apps, not 11 annotations.
 */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = [f.severity, f.rule, f.file ?? '', f.line ?? '', f.column ?? '', f.message].join('\0');
        const group = groups.get(key) ?? { finding: f, apps: [], objects: [] };
        groups.set(key, group);
        const app = f.unit?.replace(/^(app|path):/, '');
        if (app && !group.apps.includes(app))
            group.apps.push(app);
        if (f.object && !group.objects.includes(f.object))
            group.objects.push(f.object);
    }
    return [...groups.values()];
}
/** The text of a group: the message, the object when there is one, the apps when more than one. */
function groupText(group) {
    const object = group.objects.length === 1 ? ` (${group.objects[0]})` : '';
    const shown = group.apps.slice(0, 10);
    const more = group.apps.length - shown.length;
    const apps = group.apps.length > 1
        ? ` \u2014 in ${group.apps.length} apps: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
        : '';
    return `${group.finding.message}${object}${apps}`;
}
/** A group as a text line: `path:line:col: severity: message (Kind/name) \u2014 in 3 apps: a, b, c`. */
function groupLine(group) {
    const f = group.finding;
    const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}: ` : '';
    return `${where}${f.severity}: ${groupText(group)}`;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
}
function toSarif(findings, version) {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'slipway',
                        version,
                        informationUri: 'https://github.com/acme/slipway',
                        rules: rules.map((id) => ({ id, name: id })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.rule,
                    level: f.severity === 'notice' ? 'note' : f.severity,
                    message: { text: `${f.message}${f.object ? ` (${f.object})` : ''}` },
                    ...(f.file && {
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: { uri: f.file },
                                    region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                                },
                            },
                        ],
                    }),
                })),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/core/report/pullRequestFindings.ts
/** The lowest severity that fails a check. */
const pullRequestFindings_FAIL_ON = ['error', 'warning', 'never'];
/** An app whose Application file the PR changes, but that Slipway cannot preview: a warning. */
function touchedNotPreviewed(notPreviewed, changed) {
    return notPreviewed
        .filter((n) => changed.has(n.file))
        .map((n) => ({
        severity: 'warning',
        rule: 'not-previewed',
        unit: `app:${n.name}`,
        file: n.file,
        line: n.line,
        message: `app ${n.name} is not previewed (${n.reason}), and this pull request changes its Application`,
    }));
}
function pullRequestFindings(diff, changed) {
    return [...diff.apps.flatMap((a) => a.findings), ...touchedNotPreviewed(diff.notPreviewed, changed)];
}
/** How many findings reach `fail-on` (errors; errors and warnings; none). */
function failingCount(findings, failOn) {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return failOn === 'error' ? errors : failOn === 'warning' ? errors + warnings : 0;
}

// EXTERNAL MODULE: ./src/core/render/unitInputs.ts
var unitInputs = __webpack_require__(345);
;// CONCATENATED MODULE: ./src/core/validate/builtinSchemas.ts
/** A variable, not a literal: the bundler would otherwise take `new URL('\u2026', import.meta.url)` as an asset. */
const BUNDLED_FILE = './k8s-schemas.js';
async function loadBuiltinSchemas() {
    const fromSources = import.meta.url.endsWith('.ts');
    const generated = fromSources
        ? await Promise.resolve().then(() => {
	var e = new Error("Module is not available (weak dependency)"); /* ./k8sSchemas.generated.js */ e.code = 'MODULE_NOT_FOUND'; throw e;
})
        : (await import(/* webpackIgnore: true */ new URL(BUNDLED_FILE, import.meta.url).href));
    return generated.BUILTIN_SCHEMAS;
}

;// CONCATENATED MODULE: ./src/core/render/renderState.ts
/** Findings of the render itself (not of validation) that leave the app's objects unknown. */
const FAILURES = new Set([
    'render',
    'path-escape',
    'missing-path',
    'missing-file',
    'missing-value-file',
    'invalid-application',
    'invalid-kustomization',
    'file-too-large',
    'yaml-limits',
    'yaml-syntax',
    'not-an-object',
    'missing-type',
]);
const NOT_PREVIEWED = new Set(['not-previewed', 'not-rendered']);
function renderState(renderFindings) {
    if (renderFindings.some((f) => f.severity === 'error' && FAILURES.has(f.rule)))
        return 'failed';
    if (renderFindings.some((f) => NOT_PREVIEWED.has(f.rule)))
        return 'not-previewed';
    return 'rendered';
}
/** The first finding that explains the state, for the report. */
function stateReason(renderFindings) {
    const reason = renderFindings.find((f) => f.severity === 'error' && FAILURES.has(f.rule)) ??
        renderFindings.find((f) => NOT_PREVIEWED.has(f.rule));
    return reason && `${reason.file ?? ''}${reason.line ? `:${reason.line}` : ''}: ${reason.message}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/pipeline/pairPacer.ts
// Keeps a pull request's base renders and head renders in step. Each revision renders in its own pool,
// and an app is compared once both of its renders are done; until then, the first render's objects wait
// in memory. The base builds faster (no origin annotations), so left alone it ran up to 185 apps ahead
// of the head in a 500-app shared-base PR, holding every one of those apps' parsed objects.
//
// A side that holds `limit` apps waiting for the other side pauses before its next render. It does not
// pause while the other side is paused or finished, so at most one side waits and both make progress.

const otherSide = (side) => (side === 'base' ? 'head' : 'base');
/** How many apps one side may hold waiting for the other: more than its pool renders at once. */
function pacingLimit(parallel = (0,external_node_os_.availableParallelism)()) {
    return Math.max(16, 2 * parallel);
}
class PairPacer {
    limit;
    held = { base: 0, head: 0 };
    paused = { base: 0, head: 0 };
    finished = { base: false, head: false };
    wakers = [];
    constructor(limit = pacingLimit()) {
        this.limit = limit;
    }
    /** Resolves when `side` may start its next render. */
    async ready(side) {
        while (this.mustWait(side)) {
            this.paused[side]++;
            await new Promise((resolve) => this.wakers.push(resolve));
            this.paused[side]--;
        }
    }
    /** A render of `side` waits for the other side's render of the same app. */
    hold(side) {
        this.held[side]++;
    }
    /** The other side's render of an app `side` held has arrived. */
    release(side) {
        this.held[side]--;
        this.wake();
    }
    /** `side` has no more renders to start: the other side never waits for it. */
    finish(side) {
        this.finished[side] = true;
        this.wake();
    }
    mustWait(side) {
        const them = otherSide(side);
        return this.held[side] >= this.limit && this.paused[them] === 0 && !this.finished[them];
    }
    wake() {
        const waiting = this.wakers;
        this.wakers = [];
        for (const resolve of waiting)
            resolve();
    }
}

// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 2 modules
var applicationSets = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/core/argo/application.ts
var application = __webpack_require__(4595);
// EXTERNAL MODULE: ./src/core/render/sourceType.ts
var sourceType = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/core/render/kustomizeInputs.ts
var kustomizeInputs = __webpack_require__(2730);
;// CONCATENATED MODULE: ./src/core/render/scope.ts
const CLUSTER_SCOPED = new Set([
    'APIService',
    'CertificateSigningRequest',
    'ClusterRole',
    'ClusterRoleBinding',
    'ComponentStatus',
    'CSIDriver',
    'CSINode',
    'CustomResourceDefinition',
    'FlowSchema',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PodSecurityPolicy',
    'PriorityClass',
    'PriorityLevelConfiguration',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
    'VolumeAttachment',
    'ClusterIssuer',
    'ClusterSecretStore',
]);
/** Kinds declared cluster-scoped by CRDs among the given objects. */
function clusterScopedCrdKinds(objects) {
    const kinds = new Set();
    for (const { obj } of objects) {
        if (obj.kind !== 'CustomResourceDefinition')
            continue;
        const spec = (obj.spec ?? {});
        const kind = (spec.names ?? {}).kind;
        if (spec.scope === 'Cluster' && typeof kind === 'string')
            kinds.add(kind);
    }
    return kinds;
}
function isClusterScoped(kind, crdKinds) {
    return CLUSTER_SCOPED.has(kind) || crdKinds.has(kind);
}
/** Gives namespaced objects without a namespace the destination namespace, as Argo CD does when it applies. */
function defaultNamespaces(objects, namespace, crdKinds) {
    if (!namespace)
        return;
    for (const { obj } of objects) {
        if (isClusterScoped(String(obj.kind), crdKinds))
            continue;
        const metadata = (obj.metadata ??= {});
        if (typeof metadata.namespace !== 'string' || metadata.namespace === '')
            metadata.namespace = namespace;
    }
}

// EXTERNAL MODULE: ./src/core/render/helmInputs.ts
var helmInputs = __webpack_require__(1215);
;// CONCATENATED MODULE: ./src/pipeline/render.ts
// Renders units the way Argo CD's repo-server would: the source type decides directory, kustomize or
// Helm; failures become findings on the app, never a crash. Applications in the output (app-of-apps)
// become units too, to a bounded depth.










const MAX_APP_DEPTH = 3;
/** Nothing rendered, and one finding about the app saying why. */
function notRendered(unit, severity, rule, message) {
    return {
        objects: [],
        findings: [{ severity, rule, unit: unit.id, file: unit.file, line: unit.line, message }],
    };
}
async function renderSource(tree, unit, source, options) {
    if (source.invalid)
        return notRendered(unit, 'error', 'invalid-application', source.invalid);
    if (source.unsupported)
        return notRendered(unit, 'warning', 'not-previewed', `${source.unsupported} sources are not previewed`);
    if (source.chart)
        return renderHelm(tree, unit, source, options, `${source.chart.name} from ${source.chart.repoURL}`);
    const prefix = source.path === '' ? '' : `${source.path}/`;
    if (!(0,fileTree/* hasFolder */.bU)(tree, source.path))
        return notRendered(unit, 'error', 'missing-path', `path "${source.path}" does not exist in the repository`);
    // the source's own block decides (Argo CD's GetAppSourceType); else a kustomization, then Chart.yaml
    const type = (0,sourceType/* sourceType */.Mx)(tree, source);
    if (type === 'kustomize') {
        const enableHelm = (options.kustomizeBuildOptions ?? []).includes('--enable-helm');
        const inputs = (0,kustomizeInputs/* kustomizeInputs */.r)(tree, source.path, unit.id, undefined, { enableHelm });
        if (inputs.findings.length > 0)
            return { objects: [], findings: inputs.findings };
        const origins = !options.withoutOrigins?.has(unit.id);
        const built = await options.renderer.kustomizeBuild(tree, source.path, inputs.files, source.kustomize, options.kustomizeBuildOptions, origins);
        if (built.renderer)
            options.renderersUsed?.add(built.renderer);
        if (!built.ok)
            return notRendered(unit, 'error', 'render', `kustomize build failed: ${built.error}`);
        const output = parseKustomizeOutput(built.stdout, tree, built.originToRepo, { file: (0,sourceType/* kustomizationIn */.dq)(tree, source.path), line: 1 }, unit.id);
        return origins ? output : { ...output, originsOmitted: true };
    }
    if (type === 'helm')
        return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
    return renderDirectory(tree, source.path, source.directory, unit.id, options.strict);
}
async function renderHelm(tree, unit, source, options, what) {
    const at = { unit: unit.id, file: unit.file, line: unit.line };
    const helm = source.helm ?? {};
    // Argo CD's helmTemplate: helm.releaseName, else the app name; helm.namespace, else the destination's;
    // helm.kubeVersion and helm.apiVersions, else the cluster's (here: the kubernetes-version setting and
    // the API versions of the CRDs in the repository)
    const extra = helm;
    const namespace = typeof extra.namespace === 'string' && extra.namespace !== ''
        ? extra.namespace
        : unit.app?.destination.namespace;
    const release = {
        releaseName: helm.releaseName ?? unit.app?.name ?? source.path.split('/').pop() ?? 'release',
        ...(namespace && { namespace }),
        kubeVersion: typeof extra.kubeVersion === 'string' && extra.kubeVersion !== ''
            ? extra.kubeVersion
            : options.kubernetesVersion,
        apiVersions: Array.isArray(extra.apiVersions)
            ? extra.apiVersions.filter((v) => typeof v === 'string' && !v.startsWith('-'))
            : (options.apiVersions?.() ?? []),
    };
    const problem = (0,helmInputs/* helmNameProblem */.NY)(release, source.chart);
    if (problem)
        return notRendered(unit, 'error', 'invalid-application', `${problem}; not rendered`);
    const chartPath = source.chart ? undefined : source.path;
    const inputs = (0,helmInputs/* helmValueFiles */.B)(tree, chartPath, helm, at);
    const fileParameters = (0,helmInputs/* helmFileParameters */.Jt)(tree, chartPath, helm, at);
    const dependencies = chartPath === undefined ? undefined : (0,helmInputs/* chartDependencies */.uf)(tree, chartPath, at);
    const findings = [...inputs.findings, ...fileParameters.findings, ...(dependencies?.findings ?? [])];
    if (findings.length > 0)
        return { objects: [], findings };
    const notPreviewed = inputs.notPreviewed ?? dependencies?.notPreviewed;
    if (notPreviewed)
        return notRendered(unit, 'warning', 'not-previewed', `${what} not previewed: ${notPreviewed}`);
    const chart = source.chart ? { ref: source.chart } : { path: source.path };
    const files = {
        valueFiles: inputs.valueFiles,
        fileParameters: fileParameters.parameters,
        dependencyFolders: dependencies?.localFolders ?? [],
    };
    const result = await options.renderer.helmTemplate(tree, chart, files, helm, release);
    const missing = /helm not found/.test(result.error);
    if (!missing)
        options.renderersUsed?.add('helm');
    if (result.ok)
        return parseObjects(result.stdout, source.chart ? unit.file : what, unit.id);
    // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
    if (missing || source.chart !== undefined)
        return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
    return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}
/** One unit's objects from all its sources, as Argo CD would deploy them. */
async function renderUnit(tree, unit, options) {
    const objects = [];
    const findings = [...(unit.findings ?? [])];
    let originsOmitted = false;
    for (const source of unit.sources) {
        const rendered = await renderSource(tree, unit, source, options);
        objects.push(...rendered.objects);
        findings.push(...rendered.findings);
        originsOmitted ||= rendered.originsOmitted === true;
    }
    const namespace = unit.app?.destination.namespace;
    defaultNamespaces(objects, namespace, clusterScopedCrdKinds(objects));
    return { unit, objects, findings, state: renderState(findings), ...(originsOmitted && { originsOmitted }) };
}
/**
 * The options for rendering units of `tree`: helm is told the API versions of the tree's CRDs (unless
 * the caller set them), worked out once for all the units rendered with these options.
 */
function forTree(tree, options) {
    if (options.apiVersions)
        return options;
    let crds;
    return { ...options, apiVersions: () => (crds ??= (0,helmInputs/* crdApiVersions */.lm)(tree)) };
}
/** Whether an output deploys apps (app-of-apps, ApplicationSets): its children report where they come from. */
const deploysApps = (output) => output.objects.some((o) => (0,application/* isApplication */.z)(o.obj) || (0,applicationSets/* isApplicationSet */.tj)(o.obj));
/** Runs `task` over items with at most `limit` at once (renders are child processes: one per CPU). */
async function pool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await task(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** The apps an output deploys (app-of-apps, ApplicationSets), and what could not be read of them. */
function childrenOf(tree, output, repoUrls) {
    const units = [];
    const notPreviewed = [];
    for (const { obj, file, line } of output.objects) {
        const generated = (0,applicationSets/* isApplicationSet */.tj)(obj)
            ? (0,applicationSets/* expandApplicationSet */.Jh)(obj, file, line, tree, repoUrls)
            : undefined;
        if (generated)
            notPreviewed.push(...generated.notPreviewed);
        for (const app of generated ? generated.applications : (0,application/* isApplication */.z)(obj) ? [obj] : []) {
            const found = (0,application/* appUnit */.u)(app, file, line, repoUrls, tree);
            notPreviewed.push(...found.notPreviewed);
            if (found.unit)
                units.push({ unit: found.unit, file, line });
        }
    }
    return { units, notPreviewed };
}
/**
 * Renders the units, then the apps their outputs deploy, wave by wave. With `onOutput`, each output is
 * handed over as it is done (with its place in the order the outputs would have had) and not kept, so
 * memory holds the renders under way rather than every render of the run.
 */
async function renderAll(tree, units, options, onOutput) {
    const outputs = [];
    const notPreviewed = [];
    const known = new Set(units.map((u) => u.id));
    options = forTree(tree, options);
    let wave = [...units];
    let done = 0;
    for (let depth = 0; wave.length > 0; depth++) {
        options.progress?.planned(wave.length);
        const offset = done;
        const found = await pool(wave, (0,external_node_os_.availableParallelism)(), async (unit, i) => {
            await options.beforeRender?.();
            let output = await renderUnit(tree, unit, options);
            if (output.originsOmitted && deploysApps(output))
                output = await renderUnit(tree, unit, { ...options, withoutOrigins: undefined });
            options.progress?.done();
            const children = childrenOf(tree, output, options.repoUrls);
            if (onOutput)
                onOutput(output, offset + i);
            else
                outputs[offset + i] = output;
            return children;
        });
        done += wave.length;
        // in the order of the outputs, whichever finished first
        const next = [];
        for (const children of found) {
            notPreviewed.push(...children.notPreviewed);
            for (const { unit, file, line } of children.units) {
                if (known.has(unit.id))
                    continue;
                if (depth + 1 > MAX_APP_DEPTH) {
                    const name = unit.app?.name ?? unit.id;
                    notPreviewed.push({
                        name,
                        file,
                        line,
                        reason: `app-of-apps deeper than ${MAX_APP_DEPTH} levels, not previewed`,
                    });
                    continue;
                }
                known.add(unit.id);
                next.push(unit);
            }
        }
        wave = next;
    }
    return { outputs, notPreviewed };
}

;// CONCATENATED MODULE: ./src/core/detachedText.ts
// A short string cut from a long one (a name read out of a rendered document) can be a view into it: V8
// keeps a slice of 13 characters or more as a pointer to its parent, so keeping the name keeps the whole
// document. What is kept past its document (object identities until every app was checked) is copied.
/** The same text, no longer a view into a longer string. */
function detached(value) {
    // concatenating makes a new string (flattened when sliced), the slice of which points only into it
    return typeof value === 'string' ? ` ${value}`.slice(1) : value;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
;// CONCATENATED MODULE: ./src/core/validate/celRules.ts
// x-kubernetes-validations: a CRD's CEL rules, evaluated with @marcbachmann/cel-js (CEL with its standard
// macros and the strings extension). A rule Slipway cannot evaluate as the API server would \u2014 a transition
// rule (it compares with the stored object, so only an update runs it), or one that calls a Kubernetes
// library function the engine lacks (quantity, isURL, ip, cidr, \u2026) \u2014 is "not checked", never passed.

const env = new lib/* Environment */.OH({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
/** Kubernetes gives `self` its schema's types: integers are CEL ints, numbers doubles. */
function celValue(value, schema) {
    const s = (schema && typeof schema === 'object' ? schema : {});
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (typeof value === 'number')
        return Number.isInteger(value) && !types.includes('number') ? BigInt(value) : value;
    if (Array.isArray(value))
        return value.map((item) => celValue(item, s.items));
    if (value && typeof value === 'object') {
        const properties = (s.properties ?? {});
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [
            k,
            celValue(v, properties[k] ?? s.additionalProperties),
        ]));
    }
    return value;
}
const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
function compileRule(input) {
    const { rule, message } = (input && typeof input === 'object' ? input : {});
    if (typeof rule !== 'string')
        return { rule: String(rule), notChecked: 'the rule is not a string' };
    if (/\boldSelf\b/.test(rule))
        return { rule, notChecked: 'a transition rule (oldSelf): the API server runs it on updates only' };
    let program;
    try {
        program = env.parse(rule);
        const checked = program.check();
        if (!checked.valid)
            return { rule, notChecked: `not evaluable here (${firstLine(checked.error)})` };
    }
    catch (error) {
        return { rule, notChecked: `does not parse (${firstLine(error)})` };
    }
    return {
        rule,
        message: typeof message === 'string' && message !== '' ? message : `failed rule: ${rule}`,
        check: (self) => {
            try {
                return program({ self }) === true ? true : 'false';
            }
            catch (error) {
                return firstLine(error);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/core/validate/k8sFormats.ts
// The string formats the Kubernetes API server checks in a CRD's schema (apiextensions JSONSchemaProps
// `format`: "Unknown formats are ignored. The following formats are validated: bsonobjectid, uri, email,
// hostname, ipv4, ipv6, cidr, mac, uuid, uuid3, uuid4, uuid5, isbn, isbn10, isbn13, creditcard, ssn,
// hexcolor, rgbcolor, byte, password, date, duration, datetime"). Names compare as go-openapi's strfmt
// registry compares them: lower case, dashes ignored (`date-time` is `datetime`). Number formats
// (int32, int64, float, double) are not in that list: the API server does not check them, nor does Slipway.

const uuidPattern = (version) => new RegExp(`^[0-9a-f]{8}-?[0-9a-f]{4}-?${version}[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$`, 'i');
function isbn10(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{9}[\dX]$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < 10; i++)
        sum += (digits[i] === 'X' ? 10 : Number(digits[i])) * (10 - i);
    return sum % 11 === 0;
}
function isbn13(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < 13; i++)
        sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
}
function luhn(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{12,19}$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 === 0;
}
function hostname(s) {
    if (s.length === 0 || s.length > 255)
        return false;
    return s
        .replace(/\.$/, '')
        .split('.')
        .every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label));
}
function validDate(year, month, day) {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function date(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
function dateTime(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/.exec(s);
    return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$|^[-+]?0$/;
const STRFMT_DURATION = /^(?:\s*\d+\s*(?:ns|us|\u00b5s|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks))+\s*$/;
function cidr(s) {
    const slash = s.indexOf('/');
    if (slash === -1)
        return false;
    const [ip, prefix] = [s.slice(0, slash), s.slice(slash + 1)];
    if (!/^\d{1,3}$/.test(prefix))
        return false;
    return ((0,external_node_net_.isIPv4)(ip) && Number(prefix) <= 32) || ((0,external_node_net_.isIPv6)(ip) && Number(prefix) <= 128);
}
const RGB_PART = '\\s*(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\s*';
/** Normalised format name \u2192 check of a string value. */
const CHECKS = {
    bsonobjectid: (s) => /^[0-9a-f]{24}$/i.test(s),
    uri: (s) => s.startsWith('/') || (/^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s)),
    email: (s) => /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+(?:>)?$/.test(s.trim()),
    hostname,
    ipv4: (s) => (0,external_node_net_.isIPv4)(s),
    ipv6: (s) => (0,external_node_net_.isIPv6)(s),
    cidr,
    mac: (s) => /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){7}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){19}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2,9}[0-9a-f]{4}$/i.test(s),
    uuid: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s),
    uuid3: (s) => uuidPattern('3').test(s),
    uuid4: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
    uuid5: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
    isbn: (s) => isbn10(s) || isbn13(s),
    isbn10,
    isbn13,
    creditcard: luhn,
    ssn: (s) => /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(s),
    hexcolor: (s) => /^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(s),
    rgbcolor: (s) => new RegExp(`^rgb\\(${RGB_PART},${RGB_PART},${RGB_PART}\\)$`).test(s),
    byte: (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
    password: () => true,
    date,
    duration: (s) => GO_DURATION.test(s) || STRFMT_DURATION.test(s),
    datetime: dateTime,
};
/** The registry key of a format name, or undefined for a format the API server ignores. */
function checkedFormat(name) {
    if (typeof name !== 'string')
        return undefined;
    const key = name.toLowerCase().replace(/-/g, '');
    return key in CHECKS ? key : undefined;
}
/** Format checks for Ajv's `formats` option (string formats: other types pass). */
const K8S_FORMATS = Object.fromEntries(Object.entries(CHECKS).map(([name, validate]) => [name, { type: 'string', validate }]));

;// CONCATENATED MODULE: ./src/core/validate/structuralSchema.ts
// A CRD's openAPIV3Schema (an OpenAPI v3.0 "structural schema" with Kubernetes extensions) as the JSON
// Schema Ajv checks, with the API server's meaning:
// - `exclusiveMaximum: true` / `exclusiveMinimum: true` (v3.0 booleans beside maximum/minimum) \u2192 numbers;
// - `nullable: true` allows null; a null field of an object is pruned by the API server, so it passes too;
// - `x-kubernetes-int-or-string` is an integer or a string, `x-kubernetes-preserve-unknown-fields` keeps
//   any field, `x-kubernetes-embedded-resource` is an object with apiVersion, kind and metadata;
// - `x-kubernetes-list-type: set` has unique items;
// - formats the API server checks are kept (normalised), others dropped (it ignores them);
// - at the root, apiVersion, kind and metadata are always allowed, whatever the schema lists;
// - under --strict, an object with listed properties accepts no other field.
// Patterns are Go (RE2) expressions: Ajv runs them with re2js (see crdIndex.ts).

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const DROPPED = new Set(['default', 'description', 'example', 'externalDocs', 'nullable', 'format']);
function withNull(out) {
    if (typeof out.type === 'string')
        out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null'))
        out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null))
        out.enum = [...out.enum, null];
}
function convert(node, ctx, place) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return node;
    const schema = node;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (DROPPED.has(key) || (key.startsWith('x-kubernetes-') && key !== 'x-kubernetes-validations'))
            continue;
        if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
            out[key] = Object.fromEntries(Object.entries((value ?? {})).map(([name, sub]) => [name, convert(sub, ctx, 'field')]));
        }
        else if (key === 'items') {
            out.items = Array.isArray(value)
                ? value.map((v) => convert(v, ctx, 'item'))
                : convert(value, ctx, 'item');
        }
        else if (key === 'additionalProperties') {
            out.additionalProperties = typeof value === 'boolean' ? value : convert(value, ctx, 'field');
        }
        else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
            out[key] = value.map((v) => convert(v, ctx, 'item'));
        }
        else if (key === 'not') {
            out.not = convert(value, ctx, 'item');
        }
        else if (key === 'x-kubernetes-validations') {
            if (Array.isArray(value))
                out[key] = ctx.registerRules(value);
        }
        else
            out[key] = value;
    }
    const format = checkedFormat(schema.format);
    if (format)
        out.format = format;
    for (const [bound, limit] of [
        ['exclusiveMaximum', 'maximum'],
        ['exclusiveMinimum', 'minimum'],
    ]) {
        if (typeof out[bound] !== 'boolean')
            continue;
        if (out[bound] === true && typeof out[limit] === 'number') {
            out[bound] = out[limit];
            delete out[limit];
        }
        else
            delete out[bound];
    }
    if (schema['x-kubernetes-int-or-string'] === true)
        out.type = ['integer', 'string'];
    if (schema['x-kubernetes-list-type'] === 'set')
        out.uniqueItems = true;
    const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
    if (schema['x-kubernetes-embedded-resource'] === true || place === 'root') {
        const properties = (out.properties ?? {});
        const metadata = (properties.metadata ?? {});
        const metaProps = (metadata.properties ?? {});
        // Kubernetes allows a CRD's schema to say only metadata.name and metadata.generateName
        const namesOnly = Object.fromEntries(Object.entries(metaProps).filter(([k]) => k === 'name' || k === 'generateName'));
        out.properties = {
            ...properties,
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            metadata: { type: 'object', ...(Object.keys(namesOnly).length > 0 && { properties: namesOnly }) },
        };
        if (place !== 'root')
            out.required = [...new Set([...(out.required ?? []), 'apiVersion', 'kind'])];
    }
    if (ctx.strict && out.properties && out.additionalProperties === undefined && !preserve)
        out.additionalProperties = false;
    if (schema.nullable === true || place === 'field')
        withNull(out);
    return out;
}
/** The JSON Schema Ajv compiles for one version of a CRD. */
function structuralToJsonSchema(openAPIV3Schema, ctx) {
    return convert(openAPIV3Schema, ctx, 'root');
}

;// CONCATENATED MODULE: ./src/core/validate/crdIndex.ts
// The CRDs a repository defines (apiextensions.k8s.io/v1 and v1beta1), indexed by group and kind, each
// version compiled on first use. A custom resource finds here either a validator, or the reason it cannot
// be validated: no CRD, a version the CRD does not have or does not serve, or a schema that cannot be used
// (named with the CRD's file and line; never "add its CRD" when the CRD is there).









/** Go's regular expressions (RE2: `\d`, `\-`, `(?i)`, `\z`, `[[:alpha:]]`\u2026), as the API server runs them. */
const re2Engine = Object.assign((pattern) => {
    const compiled = build/* RE2JS */.L3.compile(pattern);
    // Ajv caches compiled patterns by their toString()
    return { test: (input) => compiled.matcher(input).find(), toString: () => `re2:${pattern}` };
}, { code: 're2js' });
const where = (crd) => `${crd.file}:${crd.line}`;
function readCrd({ obj, file, line }) {
    const spec = (obj.spec ?? {});
    const kind = (spec.names ?? {}).kind;
    if (typeof kind !== 'string' || typeof spec.group !== 'string')
        return undefined;
    // v1beta1: one schema for every version (spec.validation), `spec.version` when there is no list
    const shared = (spec.validation ?? {}).openAPIV3Schema;
    const listed = Array.isArray(spec.versions) ? spec.versions : [];
    const versions = listed.length > 0
        ? listed.map((v) => ({
            name: String(v.name),
            served: v.served !== false,
            schema: (v.schema ?? {}).openAPIV3Schema ?? shared,
        }))
        : typeof spec.version === 'string'
            ? [{ name: spec.version, served: true, schema: shared }]
            : [];
    return {
        name: (0,core_plainText/* plainText */.w)((obj.metadata ?? {}).name, `${kind}.${spec.group}`),
        group: spec.group,
        kind,
        file,
        line,
        versions,
        notChecked: [],
    };
}
class CrdIndex {
    objects;
    strict;
    crds = new Map();
    ajv;
    /** Compiled x-kubernetes-validations lists; a converted schema names one by its index. */
    rules = [];
    /**
     * `objects` is read on the first lookup: a run whose apps deploy no custom resource never parses the
     * repository's CRDs.
     */
    constructor(objects, strict) {
        this.objects = objects;
        this.strict = strict;
        this.ajv = new ajv.Ajv({
            strict: false,
            allErrors: true,
            logger: false,
            formats: K8S_FORMATS,
            code: { regExp: re2Engine },
        });
        const rules = this.rules;
        this.ajv.addKeyword({
            keyword: 'x-kubernetes-validations',
            errors: true,
            compile(index, parentSchema) {
                const list = rules[index] ?? [];
                const check = (data) => {
                    const errors = [];
                    const self = celValue(data, parentSchema);
                    for (const rule of list) {
                        if (!('check' in rule))
                            continue;
                        const result = rule.check(self);
                        if (result === true)
                            continue;
                        errors.push({
                            keyword: 'x-kubernetes-validations',
                            message: result === 'false' ? rule.message : `rule ${rule.rule} could not be evaluated: ${result}`,
                            params: { rule: rule.rule, evaluated: result === 'false' },
                        });
                    }
                    // Ajv adds each error's instancePath
                    check.errors = errors;
                    return errors.length === 0;
                };
                return check;
            },
        });
    }
    indexed = false;
    /** The CRDs by `group/kind`, read from `objects` once. */
    get byKind() {
        if (!this.indexed) {
            this.indexed = true;
            for (const object of this.objects()) {
                if (object.obj.kind !== 'CustomResourceDefinition')
                    continue;
                const crd = readCrd(object);
                const key = crd && `${crd.group}/${crd.kind}`;
                if (crd && key && !this.crds.has(key))
                    this.crds.set(key, crd);
            }
        }
        return this.crds;
    }
    compile(crd, version) {
        if (version.compiled)
            return version.compiled;
        if (!version.schema || typeof version.schema !== 'object') {
            version.compiled = {
                problem: `CRD ${crd.name} (${where(crd)}) has no openAPIV3Schema for ${version.name}`,
            };
            return version.compiled;
        }
        const ctx = {
            strict: this.strict,
            registerRules: (list) => {
                const compiled = list.map(compileRule);
                for (const rule of compiled)
                    if ('notChecked' in rule)
                        crd.notChecked.push({ version: version.name, rule: rule.rule, reason: rule.notChecked });
                return this.rules.push(compiled) - 1;
            },
        };
        const schema = structuralToJsonSchema(version.schema, ctx);
        try {
            version.compiled = { validator: this.ajv.compile(schema) };
        }
        catch (error) {
            const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
            version.compiled = {
                problem: `the schema of CRD ${crd.name} (${where(crd)}), version ${version.name}, cannot be used: ${reason}`,
            };
        }
        return version.compiled;
    }
    /** What validates `apiVersion kind`, or why nothing can; undefined when no CRD defines the kind. */
    lookup(apiVersion, kind) {
        const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
        const crd = this.byKind.get(`${group}/${kind}`);
        if (!crd)
            return undefined;
        const found = crd.versions.find((v) => v.name === version);
        if (!found)
            return {
                crd,
                severity: 'error',
                problem: `CRD ${crd.name} (${where(crd)}) has no version ${String(version)}; it defines ${crd.versions.map((v) => v.name).join(', ') || 'no versions'}`,
            };
        if (!found.served)
            return {
                crd,
                severity: 'error',
                problem: `version ${found.name} of CRD ${crd.name} (${where(crd)}) is not served (served: false): the API server rejects it`,
            };
        const compiled = this.compile(crd, found);
        return 'validator' in compiled
            ? { crd, validator: compiled.validator }
            : { crd, severity: 'unusable', problem: compiled.problem };
    }
    /**
     * One notice per CRD used whose CEL rules are not all checked \u2014 for the CRDs of `objects` only, naming
     * `unit`, when given (an app's share of the notices).
     */
    notCheckedFindings(objects, unit) {
        const used = objects
            ? new Set(objects.map((o) => {
                const apiVersion = (0,core_plainText/* plainText */.w)(o.obj.apiVersion, '');
                const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
                return `${group}/${(0,core_plainText/* plainText */.w)(o.obj.kind, '')}`;
            }))
            : undefined;
        return [...this.crds]
            .filter(([key, crd]) => crd.notChecked.length > 0 && (!used || used.has(key)))
            .map(([, crd]) => ({
            severity: 'notice',
            rule: 'cel-not-checked',
            ...(unit && { unit }),
            file: crd.file,
            line: crd.line,
            message: `${crd.notChecked.length} x-kubernetes-validations rule(s) of CRD ${crd.name} not checked: ${crd.notChecked
                .map((r) => `\`${r.rule}\` (${r.version}: ${r.reason})`)
                .join('; ')}`,
        }));
    }
}
/** CRDs anywhere in a repository, deployed by an app or not: they define what custom resources may hold. */
function crdsInTree(tree) {
    const out = [];
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* isManifestPath */.HS)(path) || !(0,fileTree/* mayInclude */.SH)(entry, 'CustomResourceDefinition'))
            continue;
        for (const doc of manifestDocuments(entry.text ?? '', path))
            out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/validate/k8sFields.generated.ts
const FIELDS_SOURCE = 'kubernetes-models 5.1.0';
const FIELD_TYPES = {
    IMutatingAdmissionPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicySpec' },
    },
    IObjectMeta: {
        f: {
            annotations: 'anon0',
            creationTimestamp: 0,
            deletionGracePeriodSeconds: 0,
            deletionTimestamp: 0,
            finalizers: 0,
            generateName: 0,
            generation: 0,
            labels: 'anon1',
            managedFields: 'IManagedFieldsEntry',
            name: 0,
            namespace: 0,
            ownerReferences: 'IOwnerReference',
            resourceVersion: 0,
            selfLink: 0,
            uid: 0,
        },
    },
    anon0: { m: 0 },
    anon1: { m: 0 },
    IManagedFieldsEntry: {
        f: { apiVersion: 0, fieldsType: 0, fieldsV1: 0, manager: 0, operation: 0, subresource: 0, time: 0 },
    },
    IOwnerReference: { f: { apiVersion: 0, blockOwnerDeletion: 0, controller: 0, kind: 0, name: 0, uid: 0 } },
    IMutatingAdmissionPolicySpec: {
        f: {
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            mutations: 'IMutation',
            paramKind: 'IParamKind',
            reinvocationPolicy: 0,
            variables: 'IVariable',
        },
    },
    IMatchCondition: { f: { expression: 0, name: 0 } },
    IMatchResources: {
        f: {
            excludeResourceRules: 'INamedRuleWithOperations',
            matchPolicy: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            resourceRules: 'INamedRuleWithOperations',
        },
    },
    INamedRuleWithOperations: {
        f: { apiGroups: 0, apiVersions: 0, operations: 0, resourceNames: 0, resources: 0, scope: 0 },
    },
    ILabelSelector: { f: { matchExpressions: 'ILabelSelectorRequirement', matchLabels: 'anon2' } },
    ILabelSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    anon2: { m: 0 },
    IMutation: { f: { applyConfiguration: 'IApplyConfiguration', jsonPatch: 'IJSONPatch', patchType: 0 } },
    IApplyConfiguration: { f: { expression: 0 } },
    IJSONPatch: { f: { expression: 0 } },
    IParamKind: { f: { apiVersion: 0, kind: 0 } },
    IVariable: { f: { expression: 0, name: 0 } },
    IMutatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IMutatingAdmissionPolicyBindingSpec' },
    },
    IMutatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0 },
    },
    IParamRef: { f: { name: 0, namespace: 0, parameterNotFoundAction: 0, selector: 'ILabelSelector' } },
    IMutatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IListMeta: {
        f: { continue: 0, remainingItemCount: 0, resourceVersion: 0, selfLink: 0, shardInfo: 'IShardInfo' },
    },
    IShardInfo: { f: { selector: 0 } },
    IMutatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IMutatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook' },
    },
    IMutatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig: { f: { caBundle: 0, service: 'IServiceReference', url: 0 } },
    IServiceReference: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicy: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IValidatingAdmissionPolicySpec',
            status: 'IValidatingAdmissionPolicyStatus',
        },
    },
    IValidatingAdmissionPolicySpec: {
        f: {
            auditAnnotations: 'IAuditAnnotation',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchConstraints: 'IMatchResources',
            paramKind: 'IParamKind',
            validations: 'IValidation',
            variables: 'IVariable',
        },
    },
    IAuditAnnotation: { f: { key: 0, valueExpression: 0 } },
    IValidation: { f: { expression: 0, message: 0, messageExpression: 0, reason: 0 } },
    IValidatingAdmissionPolicyStatus: {
        f: { conditions: 'ICondition', observedGeneration: 0, typeChecking: 'ITypeChecking' },
    },
    ICondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ITypeChecking: { f: { expressionWarnings: 'IExpressionWarning' } },
    IExpressionWarning: { f: { fieldRef: 0, warning: 0 } },
    IValidatingAdmissionPolicyBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IValidatingAdmissionPolicyBindingSpec' },
    },
    IValidatingAdmissionPolicyBindingSpec: {
        f: { matchResources: 'IMatchResources', paramRef: 'IParamRef', policyName: 0, validationActions: 0 },
    },
    IValidatingAdmissionPolicyBindingList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicyBinding', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingAdmissionPolicyList: {
        f: { apiVersion: 0, items: 'IValidatingAdmissionPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook' },
    },
    IValidatingWebhook: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig',
            failurePolicy: 0,
            matchConditions: 'IMatchCondition',
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IMutatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IMutatingWebhook_' },
    },
    IMutatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            reinvocationPolicy: 0,
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IWebhookClientConfig_: { f: { caBundle: 0, service: 'IServiceReference_', url: 0 } },
    IServiceReference_: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    IRuleWithOperations_: { f: { apiGroups: 0, apiVersions: 0, operations: 0, resources: 0, scope: 0 } },
    IMutatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IMutatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IValidatingWebhookConfiguration_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', webhooks: 'IValidatingWebhook_' },
    },
    IValidatingWebhook_: {
        f: {
            admissionReviewVersions: 0,
            clientConfig: 'IWebhookClientConfig_',
            failurePolicy: 0,
            matchPolicy: 0,
            name: 0,
            namespaceSelector: 'ILabelSelector',
            objectSelector: 'ILabelSelector',
            rules: 'IRuleWithOperations_',
            sideEffects: 0,
            timeoutSeconds: 0,
        },
    },
    IValidatingWebhookConfigurationList_: {
        f: { apiVersion: 0, items: 'IValidatingWebhookConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec',
            status: 'ICustomResourceDefinitionStatus',
        },
    },
    ICustomResourceDefinitionSpec: {
        f: {
            conversion: 'ICustomResourceConversion',
            group: 0,
            names: 'ICustomResourceDefinitionNames',
            preserveUnknownFields: 0,
            scope: 0,
            versions: 'ICustomResourceDefinitionVersion',
        },
    },
    ICustomResourceConversion: { f: { strategy: 0, webhook: 'IWebhookConversion' } },
    IWebhookConversion: { f: { clientConfig: 'IWebhookClientConfig__', conversionReviewVersions: 0 } },
    IWebhookClientConfig__: { f: { caBundle: 0, service: 'IServiceReference__', url: 0 } },
    IServiceReference__: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceDefinitionVersion: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation',
            selectableFields: 'ISelectableField',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources',
        },
    },
    ICustomResourceColumnDefinition: {
        f: { description: 0, format: 0, jsonPath: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceValidation: { f: { openAPIV3Schema: 'IJSONSchemaProps' } },
    IJSONSchemaProps: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps',
            anyOf: 'IJSONSchemaProps',
            default: 0,
            definitions: 'anon3',
            dependencies: 'anon4',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps',
            nullable: 0,
            oneOf: 'IJSONSchemaProps',
            pattern: 0,
            patternProperties: 'anon5',
            properties: 'anon6',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
            'x-kubernetes-validations': 'IValidationRule',
        },
    },
    anon3: { m: 'IJSONSchemaProps' },
    anon4: { m: 0 },
    IExternalDocumentation: { f: { description: 0, url: 0 } },
    anon5: { m: 'IJSONSchemaProps' },
    anon6: { m: 'IJSONSchemaProps' },
    IValidationRule: {
        f: { fieldPath: 0, message: 0, messageExpression: 0, optionalOldSelf: 0, reason: 0, rule: 0 },
    },
    ISelectableField: { f: { jsonPath: 0 } },
    ICustomResourceSubresources: { f: { scale: 'ICustomResourceSubresourceScale', status: 0 } },
    ICustomResourceSubresourceScale: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceDefinitionStatus: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames',
            conditions: 'ICustomResourceDefinitionCondition',
            observedGeneration: 0,
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition: {
        f: { lastTransitionTime: 0, message: 0, observedGeneration: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition', kind: 0, metadata: 'IListMeta' },
    },
    ICustomResourceDefinition_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICustomResourceDefinitionSpec_',
            status: 'ICustomResourceDefinitionStatus_',
        },
    },
    ICustomResourceDefinitionSpec_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            conversion: 'ICustomResourceConversion_',
            group: 0,
            names: 'ICustomResourceDefinitionNames_',
            preserveUnknownFields: 0,
            scope: 0,
            subresources: 'ICustomResourceSubresources_',
            validation: 'ICustomResourceValidation_',
            version: 0,
            versions: 'ICustomResourceDefinitionVersion_',
        },
    },
    ICustomResourceColumnDefinition_: {
        f: { JSONPath: 0, description: 0, format: 0, name: 0, priority: 0, type: 0 },
    },
    ICustomResourceConversion_: {
        f: { conversionReviewVersions: 0, strategy: 0, webhookClientConfig: 'IWebhookClientConfig___' },
    },
    IWebhookClientConfig___: { f: { caBundle: 0, service: 'IServiceReference___', url: 0 } },
    IServiceReference___: { f: { name: 0, namespace: 0, path: 0, port: 0 } },
    ICustomResourceDefinitionNames_: {
        f: { categories: 0, kind: 0, listKind: 0, plural: 0, shortNames: 0, singular: 0 },
    },
    ICustomResourceSubresources_: { f: { scale: 'ICustomResourceSubresourceScale_', status: 0 } },
    ICustomResourceSubresourceScale_: {
        f: { labelSelectorPath: 0, specReplicasPath: 0, statusReplicasPath: 0 },
    },
    ICustomResourceValidation_: { f: { openAPIV3Schema: 'IJSONSchemaProps_' } },
    IJSONSchemaProps_: {
        f: {
            $ref: 0,
            $schema: 0,
            additionalItems: 0,
            additionalProperties: 0,
            allOf: 'IJSONSchemaProps_',
            anyOf: 'IJSONSchemaProps_',
            default: 0,
            definitions: 'anon7',
            dependencies: 'anon8',
            description: 0,
            enum: 0,
            example: 0,
            exclusiveMaximum: 0,
            exclusiveMinimum: 0,
            externalDocs: 'IExternalDocumentation_',
            format: 0,
            id: 0,
            items: 0,
            maxItems: 0,
            maxLength: 0,
            maxProperties: 0,
            maximum: 0,
            minItems: 0,
            minLength: 0,
            minProperties: 0,
            minimum: 0,
            multipleOf: 0,
            not: 'IJSONSchemaProps_',
            nullable: 0,
            oneOf: 'IJSONSchemaProps_',
            pattern: 0,
            patternProperties: 'anon9',
            properties: 'anon10',
            required: 0,
            title: 0,
            type: 0,
            uniqueItems: 0,
            'x-kubernetes-embedded-resource': 0,
            'x-kubernetes-int-or-string': 0,
            'x-kubernetes-list-map-keys': 0,
            'x-kubernetes-list-type': 0,
            'x-kubernetes-map-type': 0,
            'x-kubernetes-preserve-unknown-fields': 0,
        },
    },
    anon7: { m: 'IJSONSchemaProps_' },
    anon8: { m: 0 },
    IExternalDocumentation_: { f: { description: 0, url: 0 } },
    anon9: { m: 'IJSONSchemaProps_' },
    anon10: { m: 'IJSONSchemaProps_' },
    ICustomResourceDefinitionVersion_: {
        f: {
            additionalPrinterColumns: 'ICustomResourceColumnDefinition_',
            deprecated: 0,
            deprecationWarning: 0,
            name: 0,
            schema: 'ICustomResourceValidation_',
            served: 0,
            storage: 0,
            subresources: 'ICustomResourceSubresources_',
        },
    },
    ICustomResourceDefinitionStatus_: {
        f: {
            acceptedNames: 'ICustomResourceDefinitionNames_',
            conditions: 'ICustomResourceDefinitionCondition_',
            storedVersions: 0,
        },
    },
    ICustomResourceDefinitionCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICustomResourceDefinitionList_: {
        f: { apiVersion: 0, items: 'ICustomResourceDefinition_', kind: 0, metadata: 'IListMeta' },
    },
    IAPIService: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec',
            status: 'IAPIServiceStatus',
        },
    },
    IAPIServiceSpec: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus: { f: { conditions: 'IAPIServiceCondition' } },
    IAPIServiceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList: { f: { apiVersion: 0, items: 'IAPIService', kind: 0, metadata: 'IListMeta' } },
    IAPIService_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IAPIServiceSpec_',
            status: 'IAPIServiceStatus_',
        },
    },
    IAPIServiceSpec_: {
        f: {
            caBundle: 0,
            group: 0,
            groupPriorityMinimum: 0,
            insecureSkipTLSVerify: 0,
            service: 'IServiceReference_____',
            version: 0,
            versionPriority: 0,
        },
    },
    IServiceReference_____: { f: { name: 0, namespace: 0, port: 0 } },
    IAPIServiceStatus_: { f: { conditions: 'IAPIServiceCondition_' } },
    IAPIServiceCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IAPIServiceList_: { f: { apiVersion: 0, items: 'IAPIService_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList: {
        f: { apiVersion: 0, items: 'IControllerRevision', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec',
            status: 'IDaemonSetStatus',
        },
    },
    IDaemonSetSpec: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy',
        },
    },
    IPodTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IPodSpec' } },
    IPodSpec: {
        f: {
            activeDeadlineSeconds: 0,
            affinity: 'IAffinity',
            automountServiceAccountToken: 0,
            containers: 'IContainer',
            dnsConfig: 'IPodDNSConfig',
            dnsPolicy: 0,
            enableServiceLinks: 0,
            ephemeralContainers: 'IEphemeralContainer',
            hostAliases: 'IHostAlias',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostUsers: 0,
            hostname: 0,
            hostnameOverride: 0,
            imagePullSecrets: 'ILocalObjectReference',
            initContainers: 'IContainer',
            nodeName: 0,
            nodeSelector: 'anon13',
            os: 'IPodOS',
            overhead: 'anon14',
            preemptionPolicy: 0,
            priority: 0,
            priorityClassName: 0,
            readinessGates: 'IPodReadinessGate',
            resourceClaims: 'IPodResourceClaim',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            runtimeClassName: 0,
            schedulerName: 0,
            schedulingGates: 'IPodSchedulingGate',
            schedulingGroup: 'IPodSchedulingGroup',
            securityContext: 'IPodSecurityContext',
            serviceAccount: 0,
            serviceAccountName: 0,
            setHostnameAsFQDN: 0,
            shareProcessNamespace: 0,
            subdomain: 0,
            terminationGracePeriodSeconds: 0,
            tolerations: 'IToleration',
            topologySpreadConstraints: 'ITopologySpreadConstraint',
            volumes: 'IVolume',
        },
    },
    IAffinity: {
        f: { nodeAffinity: 'INodeAffinity', podAffinity: 'IPodAffinity', podAntiAffinity: 'IPodAntiAffinity' },
    },
    INodeAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IPreferredSchedulingTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'INodeSelector',
        },
    },
    IPreferredSchedulingTerm: { f: { preference: 'INodeSelectorTerm', weight: 0 } },
    INodeSelectorTerm: {
        f: { matchExpressions: 'INodeSelectorRequirement', matchFields: 'INodeSelectorRequirement' },
    },
    INodeSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    INodeSelector: { f: { nodeSelectorTerms: 'INodeSelectorTerm' } },
    IPodAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IWeightedPodAffinityTerm: { f: { podAffinityTerm: 'IPodAffinityTerm', weight: 0 } },
    IPodAffinityTerm: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            mismatchLabelKeys: 0,
            namespaceSelector: 'ILabelSelector',
            namespaces: 0,
            topologyKey: 0,
        },
    },
    IPodAntiAffinity: {
        f: {
            preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
            requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
        },
    },
    IContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IEnvVar: { f: { name: 0, value: 0, valueFrom: 'IEnvVarSource' } },
    IEnvVarSource: {
        f: {
            configMapKeyRef: 'IConfigMapKeySelector',
            fieldRef: 'IObjectFieldSelector',
            fileKeyRef: 'IFileKeySelector',
            resourceFieldRef: 'IResourceFieldSelector',
            secretKeyRef: 'ISecretKeySelector',
        },
    },
    IConfigMapKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IObjectFieldSelector: { f: { apiVersion: 0, fieldPath: 0 } },
    IFileKeySelector: { f: { key: 0, optional: 0, path: 0, volumeName: 0 } },
    IResourceFieldSelector: { f: { containerName: 0, divisor: 0, resource: 0 } },
    ISecretKeySelector: { f: { key: 0, name: 0, optional: 0 } },
    IEnvFromSource: { f: { configMapRef: 'IConfigMapEnvSource', prefix: 0, secretRef: 'ISecretEnvSource' } },
    IConfigMapEnvSource: { f: { name: 0, optional: 0 } },
    ISecretEnvSource: { f: { name: 0, optional: 0 } },
    ILifecycle: { f: { postStart: 'ILifecycleHandler', preStop: 'ILifecycleHandler', stopSignal: 0 } },
    ILifecycleHandler: {
        f: {
            exec: 'IExecAction',
            httpGet: 'IHTTPGetAction',
            sleep: 'ISleepAction',
            tcpSocket: 'ITCPSocketAction',
        },
    },
    IExecAction: { f: { command: 0 } },
    IHTTPGetAction: { f: { host: 0, httpHeaders: 'IHTTPHeader', path: 0, port: 0, scheme: 0 } },
    IHTTPHeader: { f: { name: 0, value: 0 } },
    ISleepAction: { f: { seconds: 0 } },
    ITCPSocketAction: { f: { host: 0, port: 0 } },
    IProbe: {
        f: {
            exec: 'IExecAction',
            failureThreshold: 0,
            grpc: 'IGRPCAction',
            httpGet: 'IHTTPGetAction',
            initialDelaySeconds: 0,
            periodSeconds: 0,
            successThreshold: 0,
            tcpSocket: 'ITCPSocketAction',
            terminationGracePeriodSeconds: 0,
            timeoutSeconds: 0,
        },
    },
    IGRPCAction: { f: { port: 0, service: 0 } },
    IContainerPort: { f: { containerPort: 0, hostIP: 0, hostPort: 0, name: 0, protocol: 0 } },
    IContainerResizePolicy: { f: { resourceName: 0, restartPolicy: 0 } },
    IResourceRequirements: { f: { claims: 'IResourceClaim', limits: 'anon11', requests: 'anon12' } },
    IResourceClaim: { f: { name: 0, request: 0 } },
    anon11: { m: 0 },
    anon12: { m: 0 },
    IContainerRestartRule: { f: { action: 0, exitCodes: 'IContainerRestartRuleOnExitCodes' } },
    IContainerRestartRuleOnExitCodes: { f: { operator: 0, values: 0 } },
    ISecurityContext: {
        f: {
            allowPrivilegeEscalation: 0,
            appArmorProfile: 'IAppArmorProfile',
            capabilities: 'ICapabilities',
            privileged: 0,
            procMount: 0,
            readOnlyRootFilesystem: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    IAppArmorProfile: { f: { localhostProfile: 0, type: 0 } },
    ICapabilities: { f: { add: 0, drop: 0 } },
    ISELinuxOptions: { f: { level: 0, role: 0, type: 0, user: 0 } },
    ISeccompProfile: { f: { localhostProfile: 0, type: 0 } },
    IWindowsSecurityContextOptions: {
        f: { gmsaCredentialSpec: 0, gmsaCredentialSpecName: 0, hostProcess: 0, runAsUserName: 0 },
    },
    IVolumeDevice: { f: { devicePath: 0, name: 0 } },
    IVolumeMount: {
        f: {
            mountPath: 0,
            mountPropagation: 0,
            name: 0,
            readOnly: 0,
            recursiveReadOnly: 0,
            subPath: 0,
            subPathExpr: 0,
        },
    },
    IPodDNSConfig: { f: { nameservers: 0, options: 'IPodDNSConfigOption', searches: 0 } },
    IPodDNSConfigOption: { f: { name: 0, value: 0 } },
    IEphemeralContainer: {
        f: {
            args: 0,
            command: 0,
            env: 'IEnvVar',
            envFrom: 'IEnvFromSource',
            image: 0,
            imagePullPolicy: 0,
            lifecycle: 'ILifecycle',
            livenessProbe: 'IProbe',
            name: 0,
            ports: 'IContainerPort',
            readinessProbe: 'IProbe',
            resizePolicy: 'IContainerResizePolicy',
            resources: 'IResourceRequirements',
            restartPolicy: 0,
            restartPolicyRules: 'IContainerRestartRule',
            securityContext: 'ISecurityContext',
            startupProbe: 'IProbe',
            stdin: 0,
            stdinOnce: 0,
            targetContainerName: 0,
            terminationMessagePath: 0,
            terminationMessagePolicy: 0,
            tty: 0,
            volumeDevices: 'IVolumeDevice',
            volumeMounts: 'IVolumeMount',
            workingDir: 0,
        },
    },
    IHostAlias: { f: { hostnames: 0, ip: 0 } },
    ILocalObjectReference: { f: { name: 0 } },
    anon13: { m: 0 },
    IPodOS: { f: { name: 0 } },
    anon14: { m: 0 },
    IPodReadinessGate: { f: { conditionType: 0 } },
    IPodResourceClaim: { f: { name: 0, resourceClaimName: 0, resourceClaimTemplateName: 0 } },
    IPodSchedulingGate: { f: { name: 0 } },
    IPodSchedulingGroup: { f: { podGroupName: 0 } },
    IPodSecurityContext: {
        f: {
            appArmorProfile: 'IAppArmorProfile',
            fsGroup: 0,
            fsGroupChangePolicy: 0,
            runAsGroup: 0,
            runAsNonRoot: 0,
            runAsUser: 0,
            seLinuxChangePolicy: 0,
            seLinuxOptions: 'ISELinuxOptions',
            seccompProfile: 'ISeccompProfile',
            supplementalGroups: 0,
            supplementalGroupsPolicy: 0,
            sysctls: 'ISysctl',
            windowsOptions: 'IWindowsSecurityContextOptions',
        },
    },
    ISysctl: { f: { name: 0, value: 0 } },
    IToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    ITopologySpreadConstraint: {
        f: {
            labelSelector: 'ILabelSelector',
            matchLabelKeys: 0,
            maxSkew: 0,
            minDomains: 0,
            nodeAffinityPolicy: 0,
            nodeTaintsPolicy: 0,
            topologyKey: 0,
            whenUnsatisfiable: 0,
        },
    },
    IVolume: {
        f: {
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFileVolumeSource',
            cephfs: 'ICephFSVolumeSource',
            cinder: 'ICinderVolumeSource',
            configMap: 'IConfigMapVolumeSource',
            csi: 'ICSIVolumeSource',
            downwardAPI: 'IDownwardAPIVolumeSource',
            emptyDir: 'IEmptyDirVolumeSource',
            ephemeral: 'IEphemeralVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            gitRepo: 'IGitRepoVolumeSource',
            glusterfs: 'IGlusterfsVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            image: 'IImageVolumeSource',
            iscsi: 'IISCSIVolumeSource',
            name: 0,
            nfs: 'INFSVolumeSource',
            persistentVolumeClaim: 'IPersistentVolumeClaimVolumeSource',
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            projected: 'IProjectedVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDVolumeSource',
            scaleIO: 'IScaleIOVolumeSource',
            secret: 'ISecretVolumeSource',
            storageos: 'IStorageOSVolumeSource',
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAWSElasticBlockStoreVolumeSource: { f: { fsType: 0, partition: 0, readOnly: 0, volumeID: 0 } },
    IAzureDiskVolumeSource: { f: { cachingMode: 0, diskName: 0, diskURI: 0, fsType: 0, kind: 0, readOnly: 0 } },
    IAzureFileVolumeSource: { f: { readOnly: 0, secretName: 0, shareName: 0 } },
    ICephFSVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ILocalObjectReference', user: 0 },
    },
    ICinderVolumeSource: { f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeID: 0 } },
    IConfigMapVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', name: 0, optional: 0 } },
    IKeyToPath: { f: { key: 0, mode: 0, path: 0 } },
    ICSIVolumeSource: {
        f: {
            driver: 0,
            fsType: 0,
            nodePublishSecretRef: 'ILocalObjectReference',
            readOnly: 0,
            volumeAttributes: 'anon15',
        },
    },
    anon15: { m: 0 },
    IDownwardAPIVolumeSource: { f: { defaultMode: 0, items: 'IDownwardAPIVolumeFile' } },
    IDownwardAPIVolumeFile: {
        f: { fieldRef: 'IObjectFieldSelector', mode: 0, path: 0, resourceFieldRef: 'IResourceFieldSelector' },
    },
    IEmptyDirVolumeSource: { f: { medium: 0, sizeLimit: 0 } },
    IEphemeralVolumeSource: { f: { volumeClaimTemplate: 'IPersistentVolumeClaimTemplate' } },
    IPersistentVolumeClaimTemplate: { f: { metadata: 'IObjectMeta', spec: 'IPersistentVolumeClaimSpec' } },
    IPersistentVolumeClaimSpec: {
        f: {
            accessModes: 0,
            dataSource: 'ITypedLocalObjectReference',
            dataSourceRef: 'ITypedObjectReference',
            resources: 'IVolumeResourceRequirements',
            selector: 'ILabelSelector',
            storageClassName: 0,
            volumeAttributesClassName: 0,
            volumeMode: 0,
            volumeName: 0,
        },
    },
    ITypedLocalObjectReference: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ITypedObjectReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IVolumeResourceRequirements: { f: { limits: 'anon16', requests: 'anon17' } },
    anon16: { m: 0 },
    anon17: { m: 0 },
    IFCVolumeSource: { f: { fsType: 0, lun: 0, readOnly: 0, targetWWNs: 0, wwids: 0 } },
    IFlexVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon18', readOnly: 0, secretRef: 'ILocalObjectReference' },
    },
    anon18: { m: 0 },
    IFlockerVolumeSource: { f: { datasetName: 0, datasetUUID: 0 } },
    IGCEPersistentDiskVolumeSource: { f: { fsType: 0, partition: 0, pdName: 0, readOnly: 0 } },
    IGitRepoVolumeSource: { f: { directory: 0, repository: 0, revision: 0 } },
    IGlusterfsVolumeSource: { f: { endpoints: 0, path: 0, readOnly: 0 } },
    IHostPathVolumeSource: { f: { path: 0, type: 0 } },
    IImageVolumeSource: { f: { pullPolicy: 0, reference: 0 } },
    IISCSIVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            targetPortal: 0,
        },
    },
    INFSVolumeSource: { f: { path: 0, readOnly: 0, server: 0 } },
    IPersistentVolumeClaimVolumeSource: { f: { claimName: 0, readOnly: 0 } },
    IPhotonPersistentDiskVolumeSource: { f: { fsType: 0, pdID: 0 } },
    IPortworxVolumeSource: { f: { fsType: 0, readOnly: 0, volumeID: 0 } },
    IProjectedVolumeSource: { f: { defaultMode: 0, sources: 'IVolumeProjection' } },
    IVolumeProjection: {
        f: {
            clusterTrustBundle: 'IClusterTrustBundleProjection',
            configMap: 'IConfigMapProjection',
            downwardAPI: 'IDownwardAPIProjection',
            podCertificate: 'IPodCertificateProjection',
            secret: 'ISecretProjection',
            serviceAccountToken: 'IServiceAccountTokenProjection',
        },
    },
    IClusterTrustBundleProjection: {
        f: { labelSelector: 'ILabelSelector', name: 0, optional: 0, path: 0, signerName: 0 },
    },
    IConfigMapProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IDownwardAPIProjection: { f: { items: 'IDownwardAPIVolumeFile' } },
    IPodCertificateProjection: {
        f: {
            certificateChainPath: 0,
            credentialBundlePath: 0,
            keyPath: 0,
            keyType: 0,
            maxExpirationSeconds: 0,
            signerName: 0,
            userAnnotations: 'anon19',
        },
    },
    anon19: { m: 0 },
    ISecretProjection: { f: { items: 'IKeyToPath', name: 0, optional: 0 } },
    IServiceAccountTokenProjection: { f: { audience: 0, expirationSeconds: 0, path: 0 } },
    IQuobyteVolumeSource: { f: { group: 0, readOnly: 0, registry: 0, tenant: 0, user: 0, volume: 0 } },
    IRBDVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            user: 0,
        },
    },
    IScaleIOVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ILocalObjectReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    ISecretVolumeSource: { f: { defaultMode: 0, items: 'IKeyToPath', optional: 0, secretName: 0 } },
    IStorageOSVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ILocalObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVsphereVirtualDiskVolumeSource: {
        f: { fsType: 0, storagePolicyID: 0, storagePolicyName: 0, volumePath: 0 },
    },
    IDaemonSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateDaemonSet', type: 0 } },
    IRollingUpdateDaemonSet: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDaemonSetStatus: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList: { f: { apiVersion: 0, items: 'IDaemonSet', kind: 0, metadata: 'IListMeta' } },
    IDeployment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec',
            status: 'IDeploymentStatus',
        },
    },
    IDeploymentSpec: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy: { f: { rollingUpdate: 'IRollingUpdateDeployment', type: 0 } },
    IRollingUpdateDeployment: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList: { f: { apiVersion: 0, items: 'IDeployment', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec',
            status: 'IReplicaSetStatus',
        },
    },
    IReplicaSetSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            terminatingReplicas: 0,
        },
    },
    IReplicaSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList: { f: { apiVersion: 0, items: 'IReplicaSet', kind: 0, metadata: 'IListMeta' } },
    IStatefulSet: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec',
            status: 'IStatefulSetStatus',
        },
    },
    IStatefulSetSpec: {
        f: {
            minReadySeconds: 0,
            ordinals: 'IStatefulSetOrdinals',
            persistentVolumeClaimRetentionPolicy: 'IStatefulSetPersistentVolumeClaimRetentionPolicy',
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy',
            volumeClaimTemplates: 'anon20',
        },
    },
    IStatefulSetOrdinals: { f: { start: 0 } },
    IStatefulSetPersistentVolumeClaimRetentionPolicy: { f: { whenDeleted: 0, whenScaled: 0 } },
    IStatefulSetUpdateStrategy: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy', type: 0 } },
    IRollingUpdateStatefulSetStrategy: { f: { maxUnavailable: 0, partition: 0 } },
    anon20: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IPersistentVolumeClaimStatus: {
        f: {
            accessModes: 0,
            allocatedResourceStatuses: 'anon21',
            allocatedResources: 'anon22',
            capacity: 'anon23',
            conditions: 'IPersistentVolumeClaimCondition',
            currentVolumeAttributesClassName: 0,
            modifyVolumeStatus: 'IModifyVolumeStatus',
            phase: 0,
        },
    },
    anon21: { m: 0 },
    anon22: { m: 0 },
    anon23: { m: 0 },
    IPersistentVolumeClaimCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IModifyVolumeStatus: { f: { status: 0, targetVolumeAttributesClassName: 0 } },
    IStatefulSetStatus: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IStatefulSetCondition',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList: { f: { apiVersion: 0, items: 'IStatefulSet', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision_: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList_: {
        f: { apiVersion: 0, items: 'IControllerRevision_', kind: 0, metadata: 'IListMeta' },
    },
    IDeployment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec_',
            status: 'IDeploymentStatus_',
        },
    },
    IDeploymentSpec_: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy_',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig: { f: { revision: 0 } },
    IDeploymentStrategy_: { f: { rollingUpdate: 'IRollingUpdateDeployment_', type: 0 } },
    IRollingUpdateDeployment_: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus_: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition_',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList_: { f: { apiVersion: 0, items: 'IDeployment_', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig', updatedAnnotations: 'anon24' },
    },
    anon24: { m: 0 },
    IScale: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec', status: 'IScaleStatus' },
    },
    IScaleSpec: { f: { replicas: 0 } },
    IScaleStatus: { f: { replicas: 0, selector: 'anon25', targetSelector: 0 } },
    anon25: { m: 0 },
    IStatefulSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec_',
            status: 'IStatefulSetStatus_',
        },
    },
    IStatefulSetSpec_: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy_',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy_', type: 0 } },
    IRollingUpdateStatefulSetStrategy_: { f: { partition: 0 } },
    IPersistentVolumeClaim: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeClaimSpec',
            status: 'IPersistentVolumeClaimStatus',
        },
    },
    IStatefulSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition_',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList_: { f: { apiVersion: 0, items: 'IStatefulSet_', kind: 0, metadata: 'IListMeta' } },
    IControllerRevision__: { f: { apiVersion: 0, data: 0, kind: 0, metadata: 'IObjectMeta', revision: 0 } },
    IControllerRevisionList__: {
        f: { apiVersion: 0, items: 'IControllerRevision__', kind: 0, metadata: 'IListMeta' },
    },
    IDaemonSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec_',
            status: 'IDaemonSetStatus_',
        },
    },
    IDaemonSetSpec_: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            updateStrategy: 'IDaemonSetUpdateStrategy_',
        },
    },
    IDaemonSetUpdateStrategy_: { f: { rollingUpdate: 'IRollingUpdateDaemonSet_', type: 0 } },
    IRollingUpdateDaemonSet_: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus_: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition_',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList_: { f: { apiVersion: 0, items: 'IDaemonSet_', kind: 0, metadata: 'IListMeta' } },
    IDeployment__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec__',
            status: 'IDeploymentStatus__',
        },
    },
    IDeploymentSpec__: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy__',
            template: 'IPodTemplateSpec',
        },
    },
    IDeploymentStrategy__: { f: { rollingUpdate: 'IRollingUpdateDeployment__', type: 0 } },
    IRollingUpdateDeployment__: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus__: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition__',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition__: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList__: { f: { apiVersion: 0, items: 'IDeployment__', kind: 0, metadata: 'IListMeta' } },
    IReplicaSet_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec_',
            status: 'IReplicaSetStatus_',
        },
    },
    IReplicaSetSpec_: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus_: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition_',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList_: { f: { apiVersion: 0, items: 'IReplicaSet_', kind: 0, metadata: 'IListMeta' } },
    IScale_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec_', status: 'IScaleStatus_' },
    },
    IScaleSpec_: { f: { replicas: 0 } },
    IScaleStatus_: { f: { replicas: 0, selector: 'anon26', targetSelector: 0 } },
    anon26: { m: 0 },
    IStatefulSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IStatefulSetSpec__',
            status: 'IStatefulSetStatus__',
        },
    },
    IStatefulSetSpec__: {
        f: {
            podManagementPolicy: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            serviceName: 0,
            template: 'IPodTemplateSpec',
            updateStrategy: 'IStatefulSetUpdateStrategy__',
            volumeClaimTemplates: 'IPersistentVolumeClaim',
        },
    },
    IStatefulSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateStatefulSetStrategy__', type: 0 } },
    IRollingUpdateStatefulSetStrategy__: { f: { partition: 0 } },
    IStatefulSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IStatefulSetCondition__',
            currentReplicas: 0,
            currentRevision: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            updateRevision: 0,
            updatedReplicas: 0,
        },
    },
    IStatefulSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IStatefulSetList__: { f: { apiVersion: 0, items: 'IStatefulSet__', kind: 0, metadata: 'IListMeta' } },
    ISelfSubjectReview: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', status: 'ISelfSubjectReviewStatus' },
    },
    ISelfSubjectReviewStatus: { f: { userInfo: 'IUserInfo' } },
    IUserInfo: { f: { extra: 'anon27', groups: 0, uid: 0, username: 0 } },
    anon27: { m: 0 },
    ITokenRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenRequestSpec',
            status: 'ITokenRequestStatus',
        },
    },
    ITokenRequestSpec: { f: { audiences: 0, boundObjectRef: 'IBoundObjectReference', expirationSeconds: 0 } },
    IBoundObjectReference: { f: { apiVersion: 0, kind: 0, name: 0, uid: 0 } },
    ITokenRequestStatus: { f: { expirationTimestamp: 0, token: 0 } },
    ITokenReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec',
            status: 'ITokenReviewStatus',
        },
    },
    ITokenReviewSpec: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo' } },
    ITokenReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ITokenReviewSpec_',
            status: 'ITokenReviewStatus_',
        },
    },
    ITokenReviewSpec_: { f: { audiences: 0, token: 0 } },
    ITokenReviewStatus_: { f: { audiences: 0, authenticated: 0, error: 0, user: 'IUserInfo_' } },
    IUserInfo_: { f: { extra: 'anon28', groups: 0, uid: 0, username: 0 } },
    anon28: { m: 0 },
    ILocalSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISubjectAccessReviewSpec: {
        f: {
            extra: 'anon29',
            groups: 0,
            nonResourceAttributes: 'INonResourceAttributes',
            resourceAttributes: 'IResourceAttributes',
            uid: 0,
            user: 0,
        },
    },
    anon29: { m: 0 },
    INonResourceAttributes: { f: { path: 0, verb: 0 } },
    IResourceAttributes: {
        f: {
            fieldSelector: 'IFieldSelectorAttributes',
            group: 0,
            labelSelector: 'ILabelSelectorAttributes',
            name: 0,
            namespace: 0,
            resource: 0,
            subresource: 0,
            verb: 0,
            version: 0,
        },
    },
    IFieldSelectorAttributes: { f: { rawSelector: 0, requirements: 'IFieldSelectorRequirement' } },
    IFieldSelectorRequirement: { f: { key: 0, operator: 0, values: 0 } },
    ILabelSelectorAttributes: { f: { rawSelector: 0, requirements: 'ILabelSelectorRequirement' } },
    ISubjectAccessReviewStatus: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ISelfSubjectAccessReviewSpec: {
        f: { nonResourceAttributes: 'INonResourceAttributes', resourceAttributes: 'IResourceAttributes' },
    },
    ISelfSubjectRulesReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec',
            status: 'ISubjectRulesReviewStatus',
        },
    },
    ISelfSubjectRulesReviewSpec: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule',
            resourceRules: 'IResourceRule',
        },
    },
    INonResourceRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec',
            status: 'ISubjectAccessReviewStatus',
        },
    },
    ILocalSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISubjectAccessReviewSpec_: {
        f: {
            extra: 'anon30',
            group: 0,
            nonResourceAttributes: 'INonResourceAttributes_',
            resourceAttributes: 'IResourceAttributes_',
            uid: 0,
            user: 0,
        },
    },
    anon30: { m: 0 },
    INonResourceAttributes_: { f: { path: 0, verb: 0 } },
    IResourceAttributes_: {
        f: { group: 0, name: 0, namespace: 0, resource: 0, subresource: 0, verb: 0, version: 0 },
    },
    ISubjectAccessReviewStatus_: { f: { allowed: 0, denied: 0, evaluationError: 0, reason: 0 } },
    ISelfSubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    ISelfSubjectAccessReviewSpec_: {
        f: { nonResourceAttributes: 'INonResourceAttributes_', resourceAttributes: 'IResourceAttributes_' },
    },
    ISelfSubjectRulesReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISelfSubjectRulesReviewSpec_',
            status: 'ISubjectRulesReviewStatus_',
        },
    },
    ISelfSubjectRulesReviewSpec_: { f: { namespace: 0 } },
    ISubjectRulesReviewStatus_: {
        f: {
            evaluationError: 0,
            incomplete: 0,
            nonResourceRules: 'INonResourceRule_',
            resourceRules: 'IResourceRule_',
        },
    },
    INonResourceRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourceRule_: { f: { apiGroups: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    ISubjectAccessReview_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ISubjectAccessReviewSpec_',
            status: 'ISubjectAccessReviewStatus_',
        },
    },
    IHorizontalPodAutoscaler: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec',
            status: 'IHorizontalPodAutoscalerStatus',
        },
    },
    IHorizontalPodAutoscalerSpec: {
        f: {
            maxReplicas: 0,
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference',
            targetCPUUtilizationPercentage: 0,
        },
    },
    ICrossVersionObjectReference: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IHorizontalPodAutoscalerStatus: {
        f: {
            currentCPUUtilizationPercentage: 0,
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerList: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler', kind: 0, metadata: 'IListMeta' },
    },
    IScale__: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec__', status: 'IScaleStatus__' },
    },
    IScaleSpec__: { f: { replicas: 0 } },
    IScaleStatus__: { f: { replicas: 0, selector: 0 } },
    IHorizontalPodAutoscaler_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec_',
            status: 'IHorizontalPodAutoscalerStatus_',
        },
    },
    IHorizontalPodAutoscalerSpec_: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior',
            maxReplicas: 0,
            metrics: 'IMetricSpec',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference_',
        },
    },
    IHorizontalPodAutoscalerBehavior: { f: { scaleDown: 'IHPAScalingRules', scaleUp: 'IHPAScalingRules' } },
    IHPAScalingRules: {
        f: { policies: 'IHPAScalingPolicy', selectPolicy: 0, stabilizationWindowSeconds: 0, tolerance: 0 },
    },
    IHPAScalingPolicy: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec: {
        f: {
            containerResource: 'IContainerResourceMetricSource',
            external: 'IExternalMetricSource',
            object: 'IObjectMetricSource',
            pods: 'IPodsMetricSource',
            resource: 'IResourceMetricSource',
            type: 0,
        },
    },
    IContainerResourceMetricSource: { f: { container: 0, name: 0, target: 'IMetricTarget' } },
    IMetricTarget: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IMetricIdentifier: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource: {
        f: {
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
            target: 'IMetricTarget',
        },
    },
    ICrossVersionObjectReference_: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource: { f: { metric: 'IMetricIdentifier', target: 'IMetricTarget' } },
    IResourceMetricSource: { f: { name: 0, target: 'IMetricTarget' } },
    IHorizontalPodAutoscalerStatus_: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition',
            currentMetrics: 'IMetricStatus',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus: {
        f: {
            containerResource: 'IContainerResourceMetricStatus',
            external: 'IExternalMetricStatus',
            object: 'IObjectMetricStatus',
            pods: 'IPodsMetricStatus',
            resource: 'IResourceMetricStatus',
            type: 0,
        },
    },
    IContainerResourceMetricStatus: { f: { container: 0, current: 'IMetricValueStatus', name: 0 } },
    IMetricValueStatus: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IObjectMetricStatus: {
        f: {
            current: 'IMetricValueStatus',
            describedObject: 'ICrossVersionObjectReference_',
            metric: 'IMetricIdentifier',
        },
    },
    IPodsMetricStatus: { f: { current: 'IMetricValueStatus', metric: 'IMetricIdentifier' } },
    IResourceMetricStatus: { f: { current: 'IMetricValueStatus', name: 0 } },
    IHorizontalPodAutoscalerList_: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler_', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec__',
            status: 'IHorizontalPodAutoscalerStatus__',
        },
    },
    IHorizontalPodAutoscalerSpec__: {
        f: {
            maxReplicas: 0,
            metrics: 'IMetricSpec_',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference__',
        },
    },
    IMetricSpec_: {
        f: {
            containerResource: 'IContainerResourceMetricSource_',
            external: 'IExternalMetricSource_',
            object: 'IObjectMetricSource_',
            pods: 'IPodsMetricSource_',
            resource: 'IResourceMetricSource_',
            type: 0,
        },
    },
    IContainerResourceMetricSource_: {
        f: { container: 0, name: 0, targetAverageUtilization: 0, targetAverageValue: 0 },
    },
    IExternalMetricSource_: {
        f: { metricName: 0, metricSelector: 'ILabelSelector', targetAverageValue: 0, targetValue: 0 },
    },
    IObjectMetricSource_: {
        f: {
            averageValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
            targetValue: 0,
        },
    },
    ICrossVersionObjectReference__: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource_: { f: { metricName: 0, selector: 'ILabelSelector', targetAverageValue: 0 } },
    IResourceMetricSource_: { f: { name: 0, targetAverageUtilization: 0, targetAverageValue: 0 } },
    IHorizontalPodAutoscalerStatus__: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition_',
            currentMetrics: 'IMetricStatus_',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus_: {
        f: {
            containerResource: 'IContainerResourceMetricStatus_',
            external: 'IExternalMetricStatus_',
            object: 'IObjectMetricStatus_',
            pods: 'IPodsMetricStatus_',
            resource: 'IResourceMetricStatus_',
            type: 0,
        },
    },
    IContainerResourceMetricStatus_: {
        f: { container: 0, currentAverageUtilization: 0, currentAverageValue: 0, name: 0 },
    },
    IExternalMetricStatus_: {
        f: { currentAverageValue: 0, currentValue: 0, metricName: 0, metricSelector: 'ILabelSelector' },
    },
    IObjectMetricStatus_: {
        f: {
            averageValue: 0,
            currentValue: 0,
            metricName: 0,
            selector: 'ILabelSelector',
            target: 'ICrossVersionObjectReference__',
        },
    },
    IPodsMetricStatus_: { f: { currentAverageValue: 0, metricName: 0, selector: 'ILabelSelector' } },
    IResourceMetricStatus_: { f: { currentAverageUtilization: 0, currentAverageValue: 0, name: 0 } },
    IHorizontalPodAutoscalerList__: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler__', kind: 0, metadata: 'IListMeta' },
    },
    IHorizontalPodAutoscaler___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IHorizontalPodAutoscalerSpec___',
            status: 'IHorizontalPodAutoscalerStatus___',
        },
    },
    IHorizontalPodAutoscalerSpec___: {
        f: {
            behavior: 'IHorizontalPodAutoscalerBehavior_',
            maxReplicas: 0,
            metrics: 'IMetricSpec__',
            minReplicas: 0,
            scaleTargetRef: 'ICrossVersionObjectReference___',
        },
    },
    IHorizontalPodAutoscalerBehavior_: { f: { scaleDown: 'IHPAScalingRules_', scaleUp: 'IHPAScalingRules_' } },
    IHPAScalingRules_: {
        f: { policies: 'IHPAScalingPolicy_', selectPolicy: 0, stabilizationWindowSeconds: 0 },
    },
    IHPAScalingPolicy_: { f: { periodSeconds: 0, type: 0, value: 0 } },
    IMetricSpec__: {
        f: {
            containerResource: 'IContainerResourceMetricSource__',
            external: 'IExternalMetricSource__',
            object: 'IObjectMetricSource__',
            pods: 'IPodsMetricSource__',
            resource: 'IResourceMetricSource__',
            type: 0,
        },
    },
    IContainerResourceMetricSource__: { f: { container: 0, name: 0, target: 'IMetricTarget_' } },
    IMetricTarget_: { f: { averageUtilization: 0, averageValue: 0, type: 0, value: 0 } },
    IExternalMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IMetricIdentifier_: { f: { name: 0, selector: 'ILabelSelector' } },
    IObjectMetricSource__: {
        f: {
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
            target: 'IMetricTarget_',
        },
    },
    ICrossVersionObjectReference___: { f: { apiVersion: 0, kind: 0, name: 0 } },
    IPodsMetricSource__: { f: { metric: 'IMetricIdentifier_', target: 'IMetricTarget_' } },
    IResourceMetricSource__: { f: { name: 0, target: 'IMetricTarget_' } },
    IHorizontalPodAutoscalerStatus___: {
        f: {
            conditions: 'IHorizontalPodAutoscalerCondition__',
            currentMetrics: 'IMetricStatus__',
            currentReplicas: 0,
            desiredReplicas: 0,
            lastScaleTime: 0,
            observedGeneration: 0,
        },
    },
    IHorizontalPodAutoscalerCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IMetricStatus__: {
        f: {
            containerResource: 'IContainerResourceMetricStatus__',
            external: 'IExternalMetricStatus__',
            object: 'IObjectMetricStatus__',
            pods: 'IPodsMetricStatus__',
            resource: 'IResourceMetricStatus__',
            type: 0,
        },
    },
    IContainerResourceMetricStatus__: { f: { container: 0, current: 'IMetricValueStatus_', name: 0 } },
    IMetricValueStatus_: { f: { averageUtilization: 0, averageValue: 0, value: 0 } },
    IExternalMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IObjectMetricStatus__: {
        f: {
            current: 'IMetricValueStatus_',
            describedObject: 'ICrossVersionObjectReference___',
            metric: 'IMetricIdentifier_',
        },
    },
    IPodsMetricStatus__: { f: { current: 'IMetricValueStatus_', metric: 'IMetricIdentifier_' } },
    IResourceMetricStatus__: { f: { current: 'IMetricValueStatus_', name: 0 } },
    IHorizontalPodAutoscalerList___: {
        f: { apiVersion: 0, items: 'IHorizontalPodAutoscaler___', kind: 0, metadata: 'IListMeta' },
    },
    ICronJob: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec', status: 'ICronJobStatus' },
    },
    ICronJobSpec: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    IJobSpec: {
        f: {
            activeDeadlineSeconds: 0,
            backoffLimit: 0,
            backoffLimitPerIndex: 0,
            completionMode: 0,
            completions: 0,
            managedBy: 0,
            manualSelector: 0,
            maxFailedIndexes: 0,
            parallelism: 0,
            podFailurePolicy: 'IPodFailurePolicy',
            podReplacementPolicy: 0,
            selector: 'ILabelSelector',
            successPolicy: 'ISuccessPolicy',
            suspend: 0,
            template: 'IPodTemplateSpec',
            ttlSecondsAfterFinished: 0,
        },
    },
    IPodFailurePolicy: { f: { rules: 'IPodFailurePolicyRule' } },
    IPodFailurePolicyRule: {
        f: {
            action: 0,
            onExitCodes: 'IPodFailurePolicyOnExitCodesRequirement',
            onPodConditions: 'IPodFailurePolicyOnPodConditionsPattern',
        },
    },
    IPodFailurePolicyOnExitCodesRequirement: { f: { containerName: 0, operator: 0, values: 0 } },
    IPodFailurePolicyOnPodConditionsPattern: { f: { status: 0, type: 0 } },
    ISuccessPolicy: { f: { rules: 'ISuccessPolicyRule' } },
    ISuccessPolicyRule: { f: { succeededCount: 0, succeededIndexes: 0 } },
    ICronJobStatus: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    IObjectReference: {
        f: { apiVersion: 0, fieldPath: 0, kind: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ICronJobList: { f: { apiVersion: 0, items: 'ICronJob', kind: 0, metadata: 'IListMeta' } },
    IJob: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IJobSpec', status: 'IJobStatus' } },
    IJobStatus: {
        f: {
            active: 0,
            completedIndexes: 0,
            completionTime: 0,
            conditions: 'IJobCondition',
            failed: 0,
            failedIndexes: 0,
            ready: 0,
            startTime: 0,
            succeeded: 0,
            terminating: 0,
            uncountedTerminatedPods: 'IUncountedTerminatedPods',
        },
    },
    IJobCondition: {
        f: { lastProbeTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IUncountedTerminatedPods: { f: { failed: 0, succeeded: 0 } },
    IJobList: { f: { apiVersion: 0, items: 'IJob', kind: 0, metadata: 'IListMeta' } },
    ICronJob_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICronJobSpec_', status: 'ICronJobStatus_' },
    },
    ICronJobSpec_: {
        f: {
            concurrencyPolicy: 0,
            failedJobsHistoryLimit: 0,
            jobTemplate: 'IJobTemplateSpec_',
            schedule: 0,
            startingDeadlineSeconds: 0,
            successfulJobsHistoryLimit: 0,
            suspend: 0,
            timeZone: 0,
        },
    },
    IJobTemplateSpec_: { f: { metadata: 'IObjectMeta', spec: 'IJobSpec' } },
    ICronJobStatus_: { f: { active: 'IObjectReference', lastScheduleTime: 0, lastSuccessfulTime: 0 } },
    ICronJobList_: { f: { apiVersion: 0, items: 'ICronJob_', kind: 0, metadata: 'IListMeta' } },
    ICertificateSigningRequest: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec',
            status: 'ICertificateSigningRequestStatus',
        },
    },
    ICertificateSigningRequestSpec: {
        f: {
            expirationSeconds: 0,
            extra: 'anon31',
            groups: 0,
            request: 0,
            signerName: 0,
            uid: 0,
            usages: 0,
            username: 0,
        },
    },
    anon31: { m: 0 },
    ICertificateSigningRequestStatus: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition' },
    },
    ICertificateSigningRequestCondition: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest', kind: 0, metadata: 'IListMeta' },
    },
    ICertificateSigningRequest_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'ICertificateSigningRequestSpec_',
            status: 'ICertificateSigningRequestStatus_',
        },
    },
    ICertificateSigningRequestSpec_: {
        f: { extra: 'anon32', groups: 0, request: 0, signerName: 0, uid: 0, usages: 0, username: 0 },
    },
    anon32: { m: 0 },
    ICertificateSigningRequestStatus_: {
        f: { certificate: 0, conditions: 'ICertificateSigningRequestCondition_' },
    },
    ICertificateSigningRequestCondition_: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    ICertificateSigningRequestList_: {
        f: { apiVersion: 0, items: 'ICertificateSigningRequest_', kind: 0, metadata: 'IListMeta' },
    },
    ILease: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec' } },
    ILeaseSpec: {
        f: {
            acquireTime: 0,
            holderIdentity: 0,
            leaseDurationSeconds: 0,
            leaseTransitions: 0,
            preferredHolder: 0,
            renewTime: 0,
            strategy: 0,
        },
    },
    ILeaseList: { f: { apiVersion: 0, items: 'ILease', kind: 0, metadata: 'IListMeta' } },
    ILease_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILeaseSpec_' } },
    ILeaseSpec_: {
        f: { acquireTime: 0, holderIdentity: 0, leaseDurationSeconds: 0, leaseTransitions: 0, renewTime: 0 },
    },
    ILeaseList_: { f: { apiVersion: 0, items: 'ILease_', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort',
        },
    },
    IEndpoint: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions',
            deprecatedTopology: 'anon33',
            hints: 'IEndpointHints',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            zone: 0,
        },
    },
    IEndpointConditions: { f: { ready: 0, serving: 0, terminating: 0 } },
    anon33: { m: 0 },
    IEndpointHints: { f: { forNodes: 'IForNode', forZones: 'IForZone' } },
    IForNode: { f: { name: 0 } },
    IForZone: { f: { name: 0 } },
    IEndpointPort: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList: { f: { apiVersion: 0, items: 'IEndpointSlice', kind: 0, metadata: 'IListMeta' } },
    IEndpointSlice_: {
        f: {
            addressType: 0,
            apiVersion: 0,
            endpoints: 'IEndpoint_',
            kind: 0,
            metadata: 'IObjectMeta',
            ports: 'IEndpointPort_',
        },
    },
    IEndpoint_: {
        f: {
            addresses: 0,
            conditions: 'IEndpointConditions_',
            hints: 'IEndpointHints_',
            hostname: 0,
            nodeName: 0,
            targetRef: 'IObjectReference',
            topology: 'anon34',
        },
    },
    IEndpointConditions_: { f: { ready: 0, serving: 0, terminating: 0 } },
    IEndpointHints_: { f: { forZones: 'IForZone_' } },
    IForZone_: { f: { name: 0 } },
    anon34: { m: 0 },
    IEndpointPort_: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointSliceList_: { f: { apiVersion: 0, items: 'IEndpointSlice_', kind: 0, metadata: 'IListMeta' } },
    IEvent: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries',
            type: 0,
        },
    },
    IEventSource: { f: { component: 0, host: 0 } },
    IEventSeries: { f: { count: 0, lastObservedTime: 0 } },
    IEventList: { f: { apiVersion: 0, items: 'IEvent', kind: 0, metadata: 'IListMeta' } },
    IEvent_: {
        f: {
            action: 0,
            apiVersion: 0,
            deprecatedCount: 0,
            deprecatedFirstTimestamp: 0,
            deprecatedLastTimestamp: 0,
            deprecatedSource: 'IEventSource',
            eventTime: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            note: 0,
            reason: 0,
            regarding: 'IObjectReference',
            related: 'IObjectReference',
            reportingController: 0,
            reportingInstance: 0,
            series: 'IEventSeries_',
            type: 0,
        },
    },
    IEventSeries_: { f: { count: 0, lastObservedTime: 0 } },
    IEventList_: { f: { apiVersion: 0, items: 'IEvent_', kind: 0, metadata: 'IListMeta' } },
    IDaemonSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDaemonSetSpec__',
            status: 'IDaemonSetStatus__',
        },
    },
    IDaemonSetSpec__: {
        f: {
            minReadySeconds: 0,
            revisionHistoryLimit: 0,
            selector: 'ILabelSelector',
            template: 'IPodTemplateSpec',
            templateGeneration: 0,
            updateStrategy: 'IDaemonSetUpdateStrategy__',
        },
    },
    IDaemonSetUpdateStrategy__: { f: { rollingUpdate: 'IRollingUpdateDaemonSet__', type: 0 } },
    IRollingUpdateDaemonSet__: { f: { maxUnavailable: 0 } },
    IDaemonSetStatus__: {
        f: {
            collisionCount: 0,
            conditions: 'IDaemonSetCondition__',
            currentNumberScheduled: 0,
            desiredNumberScheduled: 0,
            numberAvailable: 0,
            numberMisscheduled: 0,
            numberReady: 0,
            numberUnavailable: 0,
            observedGeneration: 0,
            updatedNumberScheduled: 0,
        },
    },
    IDaemonSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IDaemonSetList__: { f: { apiVersion: 0, items: 'IDaemonSet__', kind: 0, metadata: 'IListMeta' } },
    IDeployment___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IDeploymentSpec___',
            status: 'IDeploymentStatus___',
        },
    },
    IDeploymentSpec___: {
        f: {
            minReadySeconds: 0,
            paused: 0,
            progressDeadlineSeconds: 0,
            replicas: 0,
            revisionHistoryLimit: 0,
            rollbackTo: 'IRollbackConfig_',
            selector: 'ILabelSelector',
            strategy: 'IDeploymentStrategy___',
            template: 'IPodTemplateSpec',
        },
    },
    IRollbackConfig_: { f: { revision: 0 } },
    IDeploymentStrategy___: { f: { rollingUpdate: 'IRollingUpdateDeployment___', type: 0 } },
    IRollingUpdateDeployment___: { f: { maxSurge: 0, maxUnavailable: 0 } },
    IDeploymentStatus___: {
        f: {
            availableReplicas: 0,
            collisionCount: 0,
            conditions: 'IDeploymentCondition___',
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
            unavailableReplicas: 0,
            updatedReplicas: 0,
        },
    },
    IDeploymentCondition___: {
        f: { lastTransitionTime: 0, lastUpdateTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IDeploymentList___: { f: { apiVersion: 0, items: 'IDeployment___', kind: 0, metadata: 'IListMeta' } },
    IDeploymentRollback_: {
        f: { apiVersion: 0, kind: 0, name: 0, rollbackTo: 'IRollbackConfig_', updatedAnnotations: 'anon35' },
    },
    anon35: { m: 0 },
    IIngress: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec', status: 'IIngressStatus' },
    },
    IIngressSpec: {
        f: { backend: 'IIngressBackend', ingressClassName: 0, rules: 'IIngressRule', tls: 'IIngressTLS' },
    },
    IIngressBackend: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule: { f: { host: 0, http: 'IHTTPIngressRuleValue' } },
    IHTTPIngressRuleValue: { f: { paths: 'IHTTPIngressPath' } },
    IHTTPIngressPath: { f: { backend: 'IIngressBackend', path: 0, pathType: 0 } },
    IIngressTLS: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    ILoadBalancerStatus: { f: { ingress: 'ILoadBalancerIngress' } },
    ILoadBalancerIngress: { f: { hostname: 0, ip: 0, ipMode: 0, ports: 'IPortStatus' } },
    IPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressList: { f: { apiVersion: 0, items: 'IIngress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec' } },
    INetworkPolicySpec: {
        f: {
            egress: 'INetworkPolicyEgressRule',
            ingress: 'INetworkPolicyIngressRule',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule: { f: { ports: 'INetworkPolicyPort', to: 'INetworkPolicyPeer' } },
    INetworkPolicyPort: { f: { port: 0, protocol: 0 } },
    INetworkPolicyPeer: {
        f: { ipBlock: 'IIPBlock', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule: { f: { from: 'INetworkPolicyPeer', ports: 'INetworkPolicyPort' } },
    INetworkPolicyList: { f: { apiVersion: 0, items: 'INetworkPolicy', kind: 0, metadata: 'IListMeta' } },
    IPodSecurityPolicy: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec' },
    },
    IPodSecurityPolicySpec: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume',
            allowedHostPaths: 'IAllowedHostPath',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions',
            runAsUser: 'IRunAsUserStrategyOptions',
            runtimeClass: 'IRuntimeClassStrategyOptions',
            seLinux: 'ISELinuxStrategyOptions',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions',
            volumes: 0,
        },
    },
    IAllowedCSIDriver: { f: { name: 0 } },
    IAllowedFlexVolume: { f: { driver: 0 } },
    IAllowedHostPath: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IIDRange: { f: { max: 0, min: 0 } },
    IHostPortRange: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRunAsUserStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IRuntimeClassStrategyOptions: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions: { f: { ranges: 'IIDRange', rule: 0 } },
    IPodSecurityPolicyList: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy', kind: 0, metadata: 'IListMeta' },
    },
    IReplicaSet__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicaSetSpec__',
            status: 'IReplicaSetStatus__',
        },
    },
    IReplicaSetSpec__: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'ILabelSelector', template: 'IPodTemplateSpec' },
    },
    IReplicaSetStatus__: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicaSetCondition__',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicaSetCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IReplicaSetList__: { f: { apiVersion: 0, items: 'IReplicaSet__', kind: 0, metadata: 'IListMeta' } },
    IScale___: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IScaleSpec___', status: 'IScaleStatus___' },
    },
    IScaleSpec___: { f: { replicas: 0 } },
    IScaleStatus___: { f: { replicas: 0, selector: 'anon36', targetSelector: 0 } },
    anon36: { m: 0 },
    IFlowSchema: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec',
            status: 'IFlowSchemaStatus',
        },
    },
    IFlowSchemaSpec: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference',
            rules: 'IPolicyRulesWithSubjects',
        },
    },
    IFlowDistinguisherMethod: { f: { type: 0 } },
    IPriorityLevelConfigurationReference: { f: { name: 0 } },
    IPolicyRulesWithSubjects: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule',
            resourceRules: 'IResourcePolicyRule',
            subjects: 'ISubject',
        },
    },
    INonResourcePolicyRule: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject: {
        f: { group: 'IGroupSubject', kind: 0, serviceAccount: 'IServiceAccountSubject', user: 'IUserSubject' },
    },
    IGroupSubject: { f: { name: 0 } },
    IServiceAccountSubject: { f: { name: 0, namespace: 0 } },
    IUserSubject: { f: { name: 0 } },
    IFlowSchemaStatus: { f: { conditions: 'IFlowSchemaCondition' } },
    IFlowSchemaCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList: { f: { apiVersion: 0, items: 'IFlowSchema', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec',
            status: 'IPriorityLevelConfigurationStatus',
        },
    },
    IPriorityLevelConfigurationSpec: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration',
            limited: 'ILimitedPriorityLevelConfiguration',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse: { f: { queuing: 'IQueuingConfiguration', type: 0 } },
    IQueuingConfiguration: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus: { f: { conditions: 'IPriorityLevelConfigurationCondition' } },
    IPriorityLevelConfigurationCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec_',
            status: 'IFlowSchemaStatus_',
        },
    },
    IFlowSchemaSpec_: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod_',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference_',
            rules: 'IPolicyRulesWithSubjects_',
        },
    },
    IFlowDistinguisherMethod_: { f: { type: 0 } },
    IPriorityLevelConfigurationReference_: { f: { name: 0 } },
    IPolicyRulesWithSubjects_: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule_',
            resourceRules: 'IResourcePolicyRule_',
            subjects: 'ISubject_',
        },
    },
    INonResourcePolicyRule_: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule_: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject_: {
        f: { group: 'IGroupSubject_', kind: 0, serviceAccount: 'IServiceAccountSubject_', user: 'IUserSubject_' },
    },
    IGroupSubject_: { f: { name: 0 } },
    IServiceAccountSubject_: { f: { name: 0, namespace: 0 } },
    IUserSubject_: { f: { name: 0 } },
    IFlowSchemaStatus_: { f: { conditions: 'IFlowSchemaCondition_' } },
    IFlowSchemaCondition_: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList_: { f: { apiVersion: 0, items: 'IFlowSchema_', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec_',
            status: 'IPriorityLevelConfigurationStatus_',
        },
    },
    IPriorityLevelConfigurationSpec_: { f: { limited: 'ILimitedPriorityLevelConfiguration_', type: 0 } },
    ILimitedPriorityLevelConfiguration_: {
        f: { assuredConcurrencyShares: 0, limitResponse: 'ILimitResponse_' },
    },
    ILimitResponse_: { f: { queuing: 'IQueuingConfiguration_', type: 0 } },
    IQueuingConfiguration_: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus_: { f: { conditions: 'IPriorityLevelConfigurationCondition_' } },
    IPriorityLevelConfigurationCondition_: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList_: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration_', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec__',
            status: 'IFlowSchemaStatus__',
        },
    },
    IFlowSchemaSpec__: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod__',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference__',
            rules: 'IPolicyRulesWithSubjects__',
        },
    },
    IFlowDistinguisherMethod__: { f: { type: 0 } },
    IPriorityLevelConfigurationReference__: { f: { name: 0 } },
    IPolicyRulesWithSubjects__: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule__',
            resourceRules: 'IResourcePolicyRule__',
            subjects: 'ISubject__',
        },
    },
    INonResourcePolicyRule__: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule__: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject__: {
        f: {
            group: 'IGroupSubject__',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject__',
            user: 'IUserSubject__',
        },
    },
    IGroupSubject__: { f: { name: 0 } },
    IServiceAccountSubject__: { f: { name: 0, namespace: 0 } },
    IUserSubject__: { f: { name: 0 } },
    IFlowSchemaStatus__: { f: { conditions: 'IFlowSchemaCondition__' } },
    IFlowSchemaCondition__: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList__: { f: { apiVersion: 0, items: 'IFlowSchema__', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec__',
            status: 'IPriorityLevelConfigurationStatus__',
        },
    },
    IPriorityLevelConfigurationSpec__: { f: { limited: 'ILimitedPriorityLevelConfiguration__', type: 0 } },
    ILimitedPriorityLevelConfiguration__: {
        f: {
            assuredConcurrencyShares: 0,
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse__',
        },
    },
    ILimitResponse__: { f: { queuing: 'IQueuingConfiguration__', type: 0 } },
    IQueuingConfiguration__: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus__: { f: { conditions: 'IPriorityLevelConfigurationCondition__' } },
    IPriorityLevelConfigurationCondition__: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList__: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration__', kind: 0, metadata: 'IListMeta' },
    },
    IFlowSchema___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IFlowSchemaSpec___',
            status: 'IFlowSchemaStatus___',
        },
    },
    IFlowSchemaSpec___: {
        f: {
            distinguisherMethod: 'IFlowDistinguisherMethod___',
            matchingPrecedence: 0,
            priorityLevelConfiguration: 'IPriorityLevelConfigurationReference___',
            rules: 'IPolicyRulesWithSubjects___',
        },
    },
    IFlowDistinguisherMethod___: { f: { type: 0 } },
    IPriorityLevelConfigurationReference___: { f: { name: 0 } },
    IPolicyRulesWithSubjects___: {
        f: {
            nonResourceRules: 'INonResourcePolicyRule___',
            resourceRules: 'IResourcePolicyRule___',
            subjects: 'ISubject___',
        },
    },
    INonResourcePolicyRule___: { f: { nonResourceURLs: 0, verbs: 0 } },
    IResourcePolicyRule___: { f: { apiGroups: 0, clusterScope: 0, namespaces: 0, resources: 0, verbs: 0 } },
    ISubject___: {
        f: {
            group: 'IGroupSubject___',
            kind: 0,
            serviceAccount: 'IServiceAccountSubject___',
            user: 'IUserSubject___',
        },
    },
    IGroupSubject___: { f: { name: 0 } },
    IServiceAccountSubject___: { f: { name: 0, namespace: 0 } },
    IUserSubject___: { f: { name: 0 } },
    IFlowSchemaStatus___: { f: { conditions: 'IFlowSchemaCondition___' } },
    IFlowSchemaCondition___: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    IFlowSchemaList___: { f: { apiVersion: 0, items: 'IFlowSchema___', kind: 0, metadata: 'IListMeta' } },
    IPriorityLevelConfiguration___: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPriorityLevelConfigurationSpec___',
            status: 'IPriorityLevelConfigurationStatus___',
        },
    },
    IPriorityLevelConfigurationSpec___: {
        f: {
            exempt: 'IExemptPriorityLevelConfiguration_',
            limited: 'ILimitedPriorityLevelConfiguration___',
            type: 0,
        },
    },
    IExemptPriorityLevelConfiguration_: { f: { lendablePercent: 0, nominalConcurrencyShares: 0 } },
    ILimitedPriorityLevelConfiguration___: {
        f: {
            borrowingLimitPercent: 0,
            lendablePercent: 0,
            limitResponse: 'ILimitResponse___',
            nominalConcurrencyShares: 0,
        },
    },
    ILimitResponse___: { f: { queuing: 'IQueuingConfiguration___', type: 0 } },
    IQueuingConfiguration___: { f: { handSize: 0, queueLengthLimit: 0, queues: 0 } },
    IPriorityLevelConfigurationStatus___: { f: { conditions: 'IPriorityLevelConfigurationCondition___' } },
    IPriorityLevelConfigurationCondition___: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IPriorityLevelConfigurationList___: {
        f: { apiVersion: 0, items: 'IPriorityLevelConfiguration___', kind: 0, metadata: 'IListMeta' },
    },
    IIngress_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressSpec_', status: 'IIngressStatus_' },
    },
    IIngressSpec_: {
        f: {
            defaultBackend: 'IIngressBackend_',
            ingressClassName: 0,
            rules: 'IIngressRule_',
            tls: 'IIngressTLS_',
        },
    },
    IIngressBackend_: { f: { resource: 'ITypedLocalObjectReference', service: 'IIngressServiceBackend' } },
    IIngressServiceBackend: { f: { name: 0, port: 'IServiceBackendPort' } },
    IServiceBackendPort: { f: { name: 0, number: 0 } },
    IIngressRule_: { f: { host: 0, http: 'IHTTPIngressRuleValue_' } },
    IHTTPIngressRuleValue_: { f: { paths: 'IHTTPIngressPath_' } },
    IHTTPIngressPath_: { f: { backend: 'IIngressBackend_', path: 0, pathType: 0 } },
    IIngressTLS_: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus_: { f: { loadBalancer: 'IIngressLoadBalancerStatus' } },
    IIngressLoadBalancerStatus: { f: { ingress: 'IIngressLoadBalancerIngress' } },
    IIngressLoadBalancerIngress: { f: { hostname: 0, ip: 0, ports: 'IIngressPortStatus' } },
    IIngressPortStatus: { f: { error: 0, port: 0, protocol: 0 } },
    IIngressClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec' } },
    IIngressClassSpec: { f: { controller: 0, parameters: 'IIngressClassParametersReference' } },
    IIngressClassParametersReference: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList: { f: { apiVersion: 0, items: 'IIngressClass', kind: 0, metadata: 'IListMeta' } },
    IIngressList_: { f: { apiVersion: 0, items: 'IIngress_', kind: 0, metadata: 'IListMeta' } },
    IIPAddress: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIPAddressSpec' } },
    IIPAddressSpec: { f: { parentRef: 'IParentReference' } },
    IParentReference: { f: { group: 0, name: 0, namespace: 0, resource: 0 } },
    IIPAddressList: { f: { apiVersion: 0, items: 'IIPAddress', kind: 0, metadata: 'IListMeta' } },
    INetworkPolicy_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INetworkPolicySpec_' } },
    INetworkPolicySpec_: {
        f: {
            egress: 'INetworkPolicyEgressRule_',
            ingress: 'INetworkPolicyIngressRule_',
            podSelector: 'ILabelSelector',
            policyTypes: 0,
        },
    },
    INetworkPolicyEgressRule_: { f: { ports: 'INetworkPolicyPort_', to: 'INetworkPolicyPeer_' } },
    INetworkPolicyPort_: { f: { endPort: 0, port: 0, protocol: 0 } },
    INetworkPolicyPeer_: {
        f: { ipBlock: 'IIPBlock_', namespaceSelector: 'ILabelSelector', podSelector: 'ILabelSelector' },
    },
    IIPBlock_: { f: { cidr: 0, except: 0 } },
    INetworkPolicyIngressRule_: { f: { from: 'INetworkPolicyPeer_', ports: 'INetworkPolicyPort_' } },
    INetworkPolicyList_: { f: { apiVersion: 0, items: 'INetworkPolicy_', kind: 0, metadata: 'IListMeta' } },
    IServiceCIDR: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IServiceCIDRSpec',
            status: 'IServiceCIDRStatus',
        },
    },
    IServiceCIDRSpec: { f: { cidrs: 0 } },
    IServiceCIDRStatus: { f: { conditions: 'ICondition' } },
    IServiceCIDRList: { f: { apiVersion: 0, items: 'IServiceCIDR', kind: 0, metadata: 'IListMeta' } },
    IIngress__: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IIngressSpec__',
            status: 'IIngressStatus__',
        },
    },
    IIngressSpec__: {
        f: { backend: 'IIngressBackend__', ingressClassName: 0, rules: 'IIngressRule__', tls: 'IIngressTLS__' },
    },
    IIngressBackend__: { f: { resource: 'ITypedLocalObjectReference', serviceName: 0, servicePort: 0 } },
    IIngressRule__: { f: { host: 0, http: 'IHTTPIngressRuleValue__' } },
    IHTTPIngressRuleValue__: { f: { paths: 'IHTTPIngressPath__' } },
    IHTTPIngressPath__: { f: { backend: 'IIngressBackend__', path: 0, pathType: 0 } },
    IIngressTLS__: { f: { hosts: 0, secretName: 0 } },
    IIngressStatus__: { f: { loadBalancer: 'ILoadBalancerStatus' } },
    IIngressClass_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IIngressClassSpec_' } },
    IIngressClassSpec_: { f: { controller: 0, parameters: 'IIngressClassParametersReference_' } },
    IIngressClassParametersReference_: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0, scope: 0 } },
    IIngressClassList_: { f: { apiVersion: 0, items: 'IIngressClass_', kind: 0, metadata: 'IListMeta' } },
    IIngressList__: { f: { apiVersion: 0, items: 'IIngress__', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead',
            scheduling: 'IScheduling',
        },
    },
    IOverhead: { f: { podFixed: 'anon37' } },
    anon37: { m: 0 },
    IScheduling: { f: { nodeSelector: 'anon38', tolerations: 'IToleration' } },
    anon38: { m: 0 },
    IRuntimeClassList: { f: { apiVersion: 0, items: 'IRuntimeClass', kind: 0, metadata: 'IListMeta' } },
    IRuntimeClass_: {
        f: {
            apiVersion: 0,
            handler: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            overhead: 'IOverhead_',
            scheduling: 'IScheduling_',
        },
    },
    IOverhead_: { f: { podFixed: 'anon39' } },
    anon39: { m: 0 },
    IScheduling_: { f: { nodeSelector: 'anon40', tolerations: 'IToleration' } },
    anon40: { m: 0 },
    IRuntimeClassList_: { f: { apiVersion: 0, items: 'IRuntimeClass_', kind: 0, metadata: 'IListMeta' } },
    IEviction: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IDeleteOptions: {
        f: {
            apiVersion: 0,
            dryRun: 0,
            gracePeriodSeconds: 0,
            ignoreStoreReadErrorWithClusterBreakingPotential: 0,
            kind: 0,
            orphanDependents: 0,
            preconditions: 'IPreconditions',
            propagationPolicy: 0,
        },
    },
    IPreconditions: { f: { resourceVersion: 0, uid: 0 } },
    IPodDisruptionBudget: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec',
            status: 'IPodDisruptionBudgetStatus',
        },
    },
    IPodDisruptionBudgetSpec: {
        f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector', unhealthyPodEvictionPolicy: 0 },
    },
    IPodDisruptionBudgetStatus: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon41',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon41: { m: 0 },
    IPodDisruptionBudgetList: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget', kind: 0, metadata: 'IListMeta' },
    },
    IEviction_: { f: { apiVersion: 0, deleteOptions: 'IDeleteOptions', kind: 0, metadata: 'IObjectMeta' } },
    IPodDisruptionBudget_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPodDisruptionBudgetSpec_',
            status: 'IPodDisruptionBudgetStatus_',
        },
    },
    IPodDisruptionBudgetSpec_: { f: { maxUnavailable: 0, minAvailable: 0, selector: 'ILabelSelector' } },
    IPodDisruptionBudgetStatus_: {
        f: {
            conditions: 'ICondition',
            currentHealthy: 0,
            desiredHealthy: 0,
            disruptedPods: 'anon42',
            disruptionsAllowed: 0,
            expectedPods: 0,
            observedGeneration: 0,
        },
    },
    anon42: { m: 0 },
    IPodDisruptionBudgetList_: {
        f: { apiVersion: 0, items: 'IPodDisruptionBudget_', kind: 0, metadata: 'IListMeta' },
    },
    IPodSecurityPolicy_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSecurityPolicySpec_' },
    },
    IPodSecurityPolicySpec_: {
        f: {
            allowPrivilegeEscalation: 0,
            allowedCSIDrivers: 'IAllowedCSIDriver_',
            allowedCapabilities: 0,
            allowedFlexVolumes: 'IAllowedFlexVolume_',
            allowedHostPaths: 'IAllowedHostPath_',
            allowedProcMountTypes: 0,
            allowedUnsafeSysctls: 0,
            defaultAddCapabilities: 0,
            defaultAllowPrivilegeEscalation: 0,
            forbiddenSysctls: 0,
            fsGroup: 'IFSGroupStrategyOptions_',
            hostIPC: 0,
            hostNetwork: 0,
            hostPID: 0,
            hostPorts: 'IHostPortRange_',
            privileged: 0,
            readOnlyRootFilesystem: 0,
            requiredDropCapabilities: 0,
            runAsGroup: 'IRunAsGroupStrategyOptions_',
            runAsUser: 'IRunAsUserStrategyOptions_',
            runtimeClass: 'IRuntimeClassStrategyOptions_',
            seLinux: 'ISELinuxStrategyOptions_',
            supplementalGroups: 'ISupplementalGroupsStrategyOptions_',
            volumes: 0,
        },
    },
    IAllowedCSIDriver_: { f: { name: 0 } },
    IAllowedFlexVolume_: { f: { driver: 0 } },
    IAllowedHostPath_: { f: { pathPrefix: 0, readOnly: 0 } },
    IFSGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IIDRange_: { f: { max: 0, min: 0 } },
    IHostPortRange_: { f: { max: 0, min: 0 } },
    IRunAsGroupStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRunAsUserStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IRuntimeClassStrategyOptions_: { f: { allowedRuntimeClassNames: 0, defaultRuntimeClassName: 0 } },
    ISELinuxStrategyOptions_: { f: { rule: 0, seLinuxOptions: 'ISELinuxOptions' } },
    ISupplementalGroupsStrategyOptions_: { f: { ranges: 'IIDRange_', rule: 0 } },
    IPodSecurityPolicyList_: {
        f: { apiVersion: 0, items: 'IPodSecurityPolicy_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRole: {
        f: {
            aggregationRule: 'IAggregationRule',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule',
        },
    },
    IAggregationRule: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleRef: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList: { f: { apiVersion: 0, items: 'IClusterRole', kind: 0, metadata: 'IListMeta' } },
    IRole: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule' } },
    IRoleBinding: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef', subjects: 'ISubject____' },
    },
    IRoleBindingList: { f: { apiVersion: 0, items: 'IRoleBinding', kind: 0, metadata: 'IListMeta' } },
    IRoleList: { f: { apiVersion: 0, items: 'IRole', kind: 0, metadata: 'IListMeta' } },
    IClusterRole_: {
        f: {
            aggregationRule: 'IAggregationRule_',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            rules: 'IPolicyRule_',
        },
    },
    IAggregationRule_: { f: { clusterRoleSelectors: 'ILabelSelector' } },
    IPolicyRule_: { f: { apiGroups: 0, nonResourceURLs: 0, resourceNames: 0, resources: 0, verbs: 0 } },
    IClusterRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleRef_: { f: { apiGroup: 0, kind: 0, name: 0 } },
    ISubject_____: { f: { apiGroup: 0, kind: 0, name: 0, namespace: 0 } },
    IClusterRoleBindingList_: {
        f: { apiVersion: 0, items: 'IClusterRoleBinding_', kind: 0, metadata: 'IListMeta' },
    },
    IClusterRoleList_: { f: { apiVersion: 0, items: 'IClusterRole_', kind: 0, metadata: 'IListMeta' } },
    IRole_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', rules: 'IPolicyRule_' } },
    IRoleBinding_: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', roleRef: 'IRoleRef_', subjects: 'ISubject_____' },
    },
    IRoleBindingList_: { f: { apiVersion: 0, items: 'IRoleBinding_', kind: 0, metadata: 'IListMeta' } },
    IRoleList_: { f: { apiVersion: 0, items: 'IRole_', kind: 0, metadata: 'IListMeta' } },
    IDeviceClass: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IDeviceClassSpec' } },
    IDeviceClassSpec: {
        f: { config: 'IDeviceClassConfiguration', extendedResourceName: 0, selectors: 'IDeviceSelector' },
    },
    IDeviceClassConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration' } },
    IOpaqueDeviceConfiguration: { f: { driver: 0, parameters: 0 } },
    IDeviceSelector: { f: { cel: 'ICELDeviceSelector' } },
    ICELDeviceSelector: { f: { expression: 0 } },
    IDeviceClassList: { f: { apiVersion: 0, items: 'IDeviceClass', kind: 0, metadata: 'IListMeta' } },
    IResourceClaim_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceClaimSpec',
            status: 'IResourceClaimStatus',
        },
    },
    IResourceClaimSpec: { f: { devices: 'IDeviceClaim' } },
    IDeviceClaim: {
        f: { config: 'IDeviceClaimConfiguration', constraints: 'IDeviceConstraint', requests: 'IDeviceRequest' },
    },
    IDeviceClaimConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0 } },
    IDeviceConstraint: { f: { distinctAttribute: 0, matchAttribute: 0, requests: 0 } },
    IDeviceRequest: { f: { exactly: 'IExactDeviceRequest', firstAvailable: 'IDeviceSubRequest', name: 0 } },
    IExactDeviceRequest: {
        f: {
            adminAccess: 0,
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    ICapacityRequirements: { f: { requests: 'anon43' } },
    anon43: { m: 0 },
    IDeviceToleration: { f: { effect: 0, key: 0, operator: 0, tolerationSeconds: 0, value: 0 } },
    IDeviceSubRequest: {
        f: {
            allocationMode: 0,
            capacity: 'ICapacityRequirements',
            count: 0,
            deviceClassName: 0,
            name: 0,
            selectors: 'IDeviceSelector',
            tolerations: 'IDeviceToleration',
        },
    },
    IResourceClaimStatus: {
        f: {
            allocation: 'IAllocationResult',
            devices: 'IAllocatedDeviceStatus',
            reservedFor: 'IResourceClaimConsumerReference',
        },
    },
    IAllocationResult: {
        f: { allocationTimestamp: 0, devices: 'IDeviceAllocationResult', nodeSelector: 'INodeSelector' },
    },
    IDeviceAllocationResult: {
        f: { config: 'IDeviceAllocationConfiguration', results: 'IDeviceRequestAllocationResult' },
    },
    IDeviceAllocationConfiguration: { f: { opaque: 'IOpaqueDeviceConfiguration', requests: 0, source: 0 } },
    IDeviceRequestAllocationResult: {
        f: {
            adminAccess: 0,
            bindingConditions: 0,
            bindingFailureConditions: 0,
            consumedCapacity: 'anon44',
            device: 0,
            driver: 0,
            pool: 0,
            request: 0,
            shareID: 0,
            tolerations: 'IDeviceToleration',
        },
    },
    anon44: { m: 0 },
    IAllocatedDeviceStatus: {
        f: {
            conditions: 'ICondition',
            data: 0,
            device: 0,
            driver: 0,
            networkData: 'INetworkDeviceData',
            pool: 0,
            shareID: 0,
        },
    },
    INetworkDeviceData: { f: { hardwareAddress: 0, interfaceName: 0, ips: 0 } },
    IResourceClaimConsumerReference: { f: { apiGroup: 0, name: 0, resource: 0, uid: 0 } },
    IResourceClaimList: { f: { apiVersion: 0, items: 'IResourceClaim_', kind: 0, metadata: 'IListMeta' } },
    IResourceClaimTemplate: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceClaimTemplateSpec' },
    },
    IResourceClaimTemplateSpec: { f: { metadata: 'IObjectMeta', spec: 'IResourceClaimSpec' } },
    IResourceClaimTemplateList: {
        f: { apiVersion: 0, items: 'IResourceClaimTemplate', kind: 0, metadata: 'IListMeta' },
    },
    IResourceSlice: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IResourceSliceSpec' } },
    IResourceSliceSpec: {
        f: {
            allNodes: 0,
            devices: 'IDevice',
            driver: 0,
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            perDeviceNodeSelection: 0,
            pool: 'IResourcePool',
            sharedCounters: 'ICounterSet',
        },
    },
    IDevice: {
        f: {
            allNodes: 0,
            allowMultipleAllocations: 0,
            attributes: 'anon45',
            bindingConditions: 0,
            bindingFailureConditions: 0,
            bindsToNode: 0,
            capacity: 'anon46',
            consumesCounters: 'IDeviceCounterConsumption',
            name: 0,
            nodeAllocatableResourceMappings: 'anon48',
            nodeName: 0,
            nodeSelector: 'INodeSelector',
            taints: 'IDeviceTaint',
        },
    },
    anon45: { m: 'IDeviceAttribute' },
    IDeviceAttribute: {
        f: { bool: 0, bools: 0, int: 0, ints: 0, string: 0, strings: 0, version: 0, versions: 0 },
    },
    anon46: { m: 'IDeviceCapacity' },
    IDeviceCapacity: { f: { requestPolicy: 'ICapacityRequestPolicy', value: 0 } },
    ICapacityRequestPolicy: { f: { default: 0, validRange: 'ICapacityRequestPolicyRange', validValues: 0 } },
    ICapacityRequestPolicyRange: { f: { max: 0, min: 0, step: 0 } },
    IDeviceCounterConsumption: { f: { counterSet: 0, counters: 'anon47' } },
    anon47: { m: 'ICounter' },
    ICounter: { f: { value: 0 } },
    anon48: { m: 'INodeAllocatableResourceMapping' },
    INodeAllocatableResourceMapping: { f: { allocationMultiplier: 0, capacityKey: 0 } },
    IDeviceTaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    IResourcePool: { f: { generation: 0, name: 0, resourceSliceCount: 0 } },
    ICounterSet: { f: { counters: 'anon49', name: 0 } },
    anon49: { m: 'ICounter' },
    IResourceSliceList: { f: { apiVersion: 0, items: 'IResourceSlice', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList: { f: { apiVersion: 0, items: 'IPriorityClass', kind: 0, metadata: 'IListMeta' } },
    IPriorityClass_: {
        f: {
            apiVersion: 0,
            description: 0,
            globalDefault: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            preemptionPolicy: 0,
            value: 0,
        },
    },
    IPriorityClassList_: { f: { apiVersion: 0, items: 'IPriorityClass_', kind: 0, metadata: 'IListMeta' } },
    ICSIDriver: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec' } },
    ICSIDriverSpec: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            nodeAllocatableUpdatePeriodSeconds: 0,
            podInfoOnMount: 0,
            preventPodSchedulingIfMissing: 0,
            requiresRepublish: 0,
            seLinuxMount: 0,
            serviceAccountTokenInSecrets: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest_',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest_: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList: { f: { apiVersion: 0, items: 'ICSIDriver', kind: 0, metadata: 'IListMeta' } },
    ICSINode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec' } },
    ICSINodeSpec: { f: { drivers: 'ICSINodeDriver' } },
    ICSINodeDriver: { f: { allocatable: 'IVolumeNodeResources', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources: { f: { count: 0 } },
    ICSINodeList: { f: { apiVersion: 0, items: 'ICSINode', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon50',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    ITopologySelectorTerm: { f: { matchLabelExpressions: 'ITopologySelectorLabelRequirement' } },
    ITopologySelectorLabelRequirement: { f: { key: 0, values: 0 } },
    anon50: { m: 0 },
    IStorageClassList: { f: { apiVersion: 0, items: 'IStorageClass', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec',
            status: 'IVolumeAttachmentStatus',
        },
    },
    IVolumeAttachmentSpec: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource' } },
    IVolumeAttachmentSource: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IPersistentVolumeSpec: {
        f: {
            accessModes: 0,
            awsElasticBlockStore: 'IAWSElasticBlockStoreVolumeSource',
            azureDisk: 'IAzureDiskVolumeSource',
            azureFile: 'IAzureFilePersistentVolumeSource',
            capacity: 'anon51',
            cephfs: 'ICephFSPersistentVolumeSource',
            cinder: 'ICinderPersistentVolumeSource',
            claimRef: 'IObjectReference',
            csi: 'ICSIPersistentVolumeSource',
            fc: 'IFCVolumeSource',
            flexVolume: 'IFlexPersistentVolumeSource',
            flocker: 'IFlockerVolumeSource',
            gcePersistentDisk: 'IGCEPersistentDiskVolumeSource',
            glusterfs: 'IGlusterfsPersistentVolumeSource',
            hostPath: 'IHostPathVolumeSource',
            iscsi: 'IISCSIPersistentVolumeSource',
            local: 'ILocalVolumeSource',
            mountOptions: 0,
            nfs: 'INFSVolumeSource',
            nodeAffinity: 'IVolumeNodeAffinity',
            persistentVolumeReclaimPolicy: 0,
            photonPersistentDisk: 'IPhotonPersistentDiskVolumeSource',
            portworxVolume: 'IPortworxVolumeSource',
            quobyte: 'IQuobyteVolumeSource',
            rbd: 'IRBDPersistentVolumeSource',
            scaleIO: 'IScaleIOPersistentVolumeSource',
            storageClassName: 0,
            storageos: 'IStorageOSPersistentVolumeSource',
            volumeAttributesClassName: 0,
            volumeMode: 0,
            vsphereVolume: 'IVsphereVirtualDiskVolumeSource',
        },
    },
    IAzureFilePersistentVolumeSource: { f: { readOnly: 0, secretName: 0, secretNamespace: 0, shareName: 0 } },
    anon51: { m: 0 },
    ICephFSPersistentVolumeSource: {
        f: { monitors: 0, path: 0, readOnly: 0, secretFile: 0, secretRef: 'ISecretReference', user: 0 },
    },
    ISecretReference: { f: { name: 0, namespace: 0 } },
    ICinderPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'ISecretReference', volumeID: 0 },
    },
    ICSIPersistentVolumeSource: {
        f: {
            controllerExpandSecretRef: 'ISecretReference',
            controllerPublishSecretRef: 'ISecretReference',
            driver: 0,
            fsType: 0,
            nodeExpandSecretRef: 'ISecretReference',
            nodePublishSecretRef: 'ISecretReference',
            nodeStageSecretRef: 'ISecretReference',
            readOnly: 0,
            volumeAttributes: 'anon52',
            volumeHandle: 0,
        },
    },
    anon52: { m: 0 },
    IFlexPersistentVolumeSource: {
        f: { driver: 0, fsType: 0, options: 'anon53', readOnly: 0, secretRef: 'ISecretReference' },
    },
    anon53: { m: 0 },
    IGlusterfsPersistentVolumeSource: { f: { endpoints: 0, endpointsNamespace: 0, path: 0, readOnly: 0 } },
    IISCSIPersistentVolumeSource: {
        f: {
            chapAuthDiscovery: 0,
            chapAuthSession: 0,
            fsType: 0,
            initiatorName: 0,
            iqn: 0,
            iscsiInterface: 0,
            lun: 0,
            portals: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            targetPortal: 0,
        },
    },
    ILocalVolumeSource: { f: { fsType: 0, path: 0 } },
    IVolumeNodeAffinity: { f: { required: 'INodeSelector' } },
    IRBDPersistentVolumeSource: {
        f: {
            fsType: 0,
            image: 0,
            keyring: 0,
            monitors: 0,
            pool: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            user: 0,
        },
    },
    IScaleIOPersistentVolumeSource: {
        f: {
            fsType: 0,
            gateway: 0,
            protectionDomain: 0,
            readOnly: 0,
            secretRef: 'ISecretReference',
            sslEnabled: 0,
            storageMode: 0,
            storagePool: 0,
            system: 0,
            volumeName: 0,
        },
    },
    IStorageOSPersistentVolumeSource: {
        f: { fsType: 0, readOnly: 0, secretRef: 'IObjectReference', volumeName: 0, volumeNamespace: 0 },
    },
    IVolumeAttachmentStatus: {
        f: {
            attachError: 'IVolumeError',
            attached: 0,
            attachmentMetadata: 'anon54',
            detachError: 'IVolumeError',
        },
    },
    IVolumeError: { f: { errorCode: 0, message: 0, time: 0 } },
    anon54: { m: 0 },
    IVolumeAttachmentList: { f: { apiVersion: 0, items: 'IVolumeAttachment', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttributesClass: {
        f: { apiVersion: 0, driverName: 0, kind: 0, metadata: 'IObjectMeta', parameters: 'anon55' },
    },
    anon55: { m: 0 },
    IVolumeAttributesClassList: {
        f: { apiVersion: 0, items: 'IVolumeAttributesClass', kind: 0, metadata: 'IListMeta' },
    },
    ICSIDriver_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSIDriverSpec_' } },
    ICSIDriverSpec_: {
        f: {
            attachRequired: 0,
            fsGroupPolicy: 0,
            podInfoOnMount: 0,
            requiresRepublish: 0,
            storageCapacity: 0,
            tokenRequests: 'ITokenRequest__',
            volumeLifecycleModes: 0,
        },
    },
    ITokenRequest__: { f: { audience: 0, expirationSeconds: 0 } },
    ICSIDriverList_: { f: { apiVersion: 0, items: 'ICSIDriver_', kind: 0, metadata: 'IListMeta' } },
    ICSINode_: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ICSINodeSpec_' } },
    ICSINodeSpec_: { f: { drivers: 'ICSINodeDriver_' } },
    ICSINodeDriver_: { f: { allocatable: 'IVolumeNodeResources_', name: 0, nodeID: 0, topologyKeys: 0 } },
    IVolumeNodeResources_: { f: { count: 0 } },
    ICSINodeList_: { f: { apiVersion: 0, items: 'ICSINode_', kind: 0, metadata: 'IListMeta' } },
    ICSIStorageCapacity_: {
        f: {
            apiVersion: 0,
            capacity: 0,
            kind: 0,
            maximumVolumeSize: 0,
            metadata: 'IObjectMeta',
            nodeTopology: 'ILabelSelector',
            storageClassName: 0,
        },
    },
    ICSIStorageCapacityList_: {
        f: { apiVersion: 0, items: 'ICSIStorageCapacity_', kind: 0, metadata: 'IListMeta' },
    },
    IStorageClass_: {
        f: {
            allowVolumeExpansion: 0,
            allowedTopologies: 'ITopologySelectorTerm',
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            mountOptions: 0,
            parameters: 'anon56',
            provisioner: 0,
            reclaimPolicy: 0,
            volumeBindingMode: 0,
        },
    },
    anon56: { m: 0 },
    IStorageClassList_: { f: { apiVersion: 0, items: 'IStorageClass_', kind: 0, metadata: 'IListMeta' } },
    IVolumeAttachment_: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IVolumeAttachmentSpec_',
            status: 'IVolumeAttachmentStatus_',
        },
    },
    IVolumeAttachmentSpec_: { f: { attacher: 0, nodeName: 0, source: 'IVolumeAttachmentSource_' } },
    IVolumeAttachmentSource_: { f: { inlineVolumeSpec: 'IPersistentVolumeSpec', persistentVolumeName: 0 } },
    IVolumeAttachmentStatus_: {
        f: {
            attachError: 'IVolumeError_',
            attached: 0,
            attachmentMetadata: 'anon57',
            detachError: 'IVolumeError_',
        },
    },
    IVolumeError_: { f: { message: 0, time: 0 } },
    anon57: { m: 0 },
    IVolumeAttachmentList_: {
        f: { apiVersion: 0, items: 'IVolumeAttachment_', kind: 0, metadata: 'IListMeta' },
    },
    IBinding: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', target: 'IObjectReference' } },
    IComponentStatus: {
        f: { apiVersion: 0, conditions: 'IComponentCondition', kind: 0, metadata: 'IObjectMeta' },
    },
    IComponentCondition: { f: { error: 0, message: 0, status: 0, type: 0 } },
    IComponentStatusList: { f: { apiVersion: 0, items: 'IComponentStatus', kind: 0, metadata: 'IListMeta' } },
    IConfigMap: {
        f: {
            apiVersion: 0,
            binaryData: 'anon58',
            data: 'anon59',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
        },
    },
    anon58: { m: 0 },
    anon59: { m: 0 },
    IConfigMapList: { f: { apiVersion: 0, items: 'IConfigMap', kind: 0, metadata: 'IListMeta' } },
    IEndpoints: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', subsets: 'IEndpointSubset' } },
    IEndpointSubset: {
        f: { addresses: 'IEndpointAddress', notReadyAddresses: 'IEndpointAddress', ports: 'IEndpointPort__' },
    },
    IEndpointAddress: { f: { hostname: 0, ip: 0, nodeName: 0, targetRef: 'IObjectReference' } },
    IEndpointPort__: { f: { appProtocol: 0, name: 0, port: 0, protocol: 0 } },
    IEndpointsList: { f: { apiVersion: 0, items: 'IEndpoints', kind: 0, metadata: 'IListMeta' } },
    IEvent__: {
        f: {
            action: 0,
            apiVersion: 0,
            count: 0,
            eventTime: 0,
            firstTimestamp: 0,
            involvedObject: 'IObjectReference',
            kind: 0,
            lastTimestamp: 0,
            message: 0,
            metadata: 'IObjectMeta',
            reason: 0,
            related: 'IObjectReference',
            reportingComponent: 0,
            reportingInstance: 0,
            series: 'IEventSeries__',
            source: 'IEventSource',
            type: 0,
        },
    },
    IEventSeries__: { f: { count: 0, lastObservedTime: 0 } },
    IEventList__: { f: { apiVersion: 0, items: 'IEvent__', kind: 0, metadata: 'IListMeta' } },
    ILimitRange: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'ILimitRangeSpec' } },
    ILimitRangeSpec: { f: { limits: 'ILimitRangeItem' } },
    ILimitRangeItem: {
        f: {
            default: 'anon60',
            defaultRequest: 'anon61',
            max: 'anon62',
            maxLimitRequestRatio: 'anon63',
            min: 'anon64',
            type: 0,
        },
    },
    anon60: { m: 0 },
    anon61: { m: 0 },
    anon62: { m: 0 },
    anon63: { m: 0 },
    anon64: { m: 0 },
    ILimitRangeList: { f: { apiVersion: 0, items: 'ILimitRange', kind: 0, metadata: 'IListMeta' } },
    INamespace: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'INamespaceSpec',
            status: 'INamespaceStatus',
        },
    },
    INamespaceSpec: { f: { finalizers: 0 } },
    INamespaceStatus: { f: { conditions: 'INamespaceCondition', phase: 0 } },
    INamespaceCondition: { f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 } },
    INamespaceList: { f: { apiVersion: 0, items: 'INamespace', kind: 0, metadata: 'IListMeta' } },
    INode: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'INodeSpec', status: 'INodeStatus' } },
    INodeSpec: {
        f: {
            configSource: 'INodeConfigSource',
            externalID: 0,
            podCIDR: 0,
            podCIDRs: 0,
            providerID: 0,
            taints: 'ITaint',
            unschedulable: 0,
        },
    },
    INodeConfigSource: { f: { configMap: 'IConfigMapNodeConfigSource' } },
    IConfigMapNodeConfigSource: {
        f: { kubeletConfigKey: 0, name: 0, namespace: 0, resourceVersion: 0, uid: 0 },
    },
    ITaint: { f: { effect: 0, key: 0, timeAdded: 0, value: 0 } },
    INodeStatus: {
        f: {
            addresses: 'INodeAddress',
            allocatable: 'anon65',
            capacity: 'anon66',
            conditions: 'INodeCondition',
            config: 'INodeConfigStatus',
            daemonEndpoints: 'INodeDaemonEndpoints',
            declaredFeatures: 0,
            features: 'INodeFeatures',
            images: 'IContainerImage',
            nodeInfo: 'INodeSystemInfo',
            phase: 0,
            runtimeHandlers: 'INodeRuntimeHandler',
            volumesAttached: 'IAttachedVolume',
            volumesInUse: 0,
        },
    },
    INodeAddress: { f: { address: 0, type: 0 } },
    anon65: { m: 0 },
    anon66: { m: 0 },
    INodeCondition: {
        f: { lastHeartbeatTime: 0, lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    INodeConfigStatus: {
        f: {
            active: 'INodeConfigSource',
            assigned: 'INodeConfigSource',
            error: 0,
            lastKnownGood: 'INodeConfigSource',
        },
    },
    INodeDaemonEndpoints: { f: { kubeletEndpoint: 'IDaemonEndpoint' } },
    IDaemonEndpoint: { f: { Port: 0 } },
    INodeFeatures: { f: { supplementalGroupsPolicy: 0 } },
    IContainerImage: { f: { names: 0, sizeBytes: 0 } },
    INodeSystemInfo: {
        f: {
            architecture: 0,
            bootID: 0,
            containerRuntimeVersion: 0,
            kernelVersion: 0,
            kubeProxyVersion: 0,
            kubeletVersion: 0,
            machineID: 0,
            operatingSystem: 0,
            osImage: 0,
            swap: 'INodeSwapStatus',
            systemUUID: 0,
        },
    },
    INodeSwapStatus: { f: { capacity: 0 } },
    INodeRuntimeHandler: { f: { features: 'INodeRuntimeHandlerFeatures', name: 0 } },
    INodeRuntimeHandlerFeatures: { f: { recursiveReadOnlyMounts: 0, userNamespaces: 0 } },
    IAttachedVolume: { f: { devicePath: 0, name: 0 } },
    INodeList: { f: { apiVersion: 0, items: 'INode', kind: 0, metadata: 'IListMeta' } },
    IPersistentVolume: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IPersistentVolumeSpec',
            status: 'IPersistentVolumeStatus',
        },
    },
    IPersistentVolumeStatus: { f: { lastPhaseTransitionTime: 0, message: 0, phase: 0, reason: 0 } },
    IPersistentVolumeClaimList: {
        f: { apiVersion: 0, items: 'IPersistentVolumeClaim', kind: 0, metadata: 'IListMeta' },
    },
    IPersistentVolumeList: { f: { apiVersion: 0, items: 'IPersistentVolume', kind: 0, metadata: 'IListMeta' } },
    IPod: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IPodSpec', status: 'IPodStatus' } },
    IPodStatus: {
        f: {
            allocatedResources: 'anon67',
            conditions: 'IPodCondition',
            containerStatuses: 'IContainerStatus',
            ephemeralContainerStatuses: 'IContainerStatus',
            extendedResourceClaimStatus: 'IPodExtendedResourceClaimStatus',
            hostIP: 0,
            hostIPs: 'IHostIP',
            initContainerStatuses: 'IContainerStatus',
            message: 0,
            nodeAllocatableResourceClaimStatuses: 'INodeAllocatableResourceClaimStatus',
            nominatedNodeName: 0,
            observedGeneration: 0,
            phase: 0,
            podIP: 0,
            podIPs: 'IPodIP',
            qosClass: 0,
            reason: 0,
            resize: 0,
            resourceClaimStatuses: 'IPodResourceClaimStatus',
            resources: 'IResourceRequirements',
            startTime: 0,
        },
    },
    anon67: { m: 0 },
    IPodCondition: {
        f: {
            lastProbeTime: 0,
            lastTransitionTime: 0,
            message: 0,
            observedGeneration: 0,
            reason: 0,
            status: 0,
            type: 0,
        },
    },
    IContainerStatus: {
        f: {
            allocatedResources: 'anon68',
            allocatedResourcesStatus: 'IResourceStatus',
            containerID: 0,
            image: 0,
            imageID: 0,
            lastState: 'IContainerState',
            name: 0,
            ready: 0,
            resources: 'IResourceRequirements',
            restartCount: 0,
            started: 0,
            state: 'IContainerState',
            stopSignal: 0,
            user: 'IContainerUser',
            volumeMounts: 'IVolumeMountStatus',
        },
    },
    anon68: { m: 0 },
    IResourceStatus: { f: { name: 0, resources: 'IResourceHealth' } },
    IResourceHealth: { f: { health: 0, message: 0, resourceID: 0 } },
    IContainerState: {
        f: {
            running: 'IContainerStateRunning',
            terminated: 'IContainerStateTerminated',
            waiting: 'IContainerStateWaiting',
        },
    },
    IContainerStateRunning: { f: { startedAt: 0 } },
    IContainerStateTerminated: {
        f: { containerID: 0, exitCode: 0, finishedAt: 0, message: 0, reason: 0, signal: 0, startedAt: 0 },
    },
    IContainerStateWaiting: { f: { message: 0, reason: 0 } },
    IContainerUser: { f: { linux: 'ILinuxContainerUser' } },
    ILinuxContainerUser: { f: { gid: 0, supplementalGroups: 0, uid: 0 } },
    IVolumeMountStatus: {
        f: { mountPath: 0, name: 0, readOnly: 0, recursiveReadOnly: 0, volumeStatus: 'IVolumeStatus' },
    },
    IVolumeStatus: { f: { image: 'IImageVolumeStatus' } },
    IImageVolumeStatus: { f: { imageRef: 0 } },
    IPodExtendedResourceClaimStatus: {
        f: { requestMappings: 'IContainerExtendedResourceRequest', resourceClaimName: 0 },
    },
    IContainerExtendedResourceRequest: { f: { containerName: 0, requestName: 0, resourceName: 0 } },
    IHostIP: { f: { ip: 0 } },
    INodeAllocatableResourceClaimStatus: { f: { containers: 0, resourceClaimName: 0, resources: 'anon69' } },
    anon69: { m: 0 },
    IPodIP: { f: { ip: 0 } },
    IPodResourceClaimStatus: { f: { name: 0, resourceClaimName: 0 } },
    IPodList: { f: { apiVersion: 0, items: 'IPod', kind: 0, metadata: 'IListMeta' } },
    IPodTemplate: { f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', template: 'IPodTemplateSpec' } },
    IPodTemplateList: { f: { apiVersion: 0, items: 'IPodTemplate', kind: 0, metadata: 'IListMeta' } },
    IReplicationController: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IReplicationControllerSpec',
            status: 'IReplicationControllerStatus',
        },
    },
    IReplicationControllerSpec: {
        f: { minReadySeconds: 0, replicas: 0, selector: 'anon70', template: 'IPodTemplateSpec' },
    },
    anon70: { m: 0 },
    IReplicationControllerStatus: {
        f: {
            availableReplicas: 0,
            conditions: 'IReplicationControllerCondition',
            fullyLabeledReplicas: 0,
            observedGeneration: 0,
            readyReplicas: 0,
            replicas: 0,
        },
    },
    IReplicationControllerCondition: {
        f: { lastTransitionTime: 0, message: 0, reason: 0, status: 0, type: 0 },
    },
    IReplicationControllerList: {
        f: { apiVersion: 0, items: 'IReplicationController', kind: 0, metadata: 'IListMeta' },
    },
    IResourceQuota: {
        f: {
            apiVersion: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            spec: 'IResourceQuotaSpec',
            status: 'IResourceQuotaStatus',
        },
    },
    IResourceQuotaSpec: { f: { hard: 'anon71', scopeSelector: 'IScopeSelector', scopes: 0 } },
    anon71: { m: 0 },
    IScopeSelector: { f: { matchExpressions: 'IScopedResourceSelectorRequirement' } },
    IScopedResourceSelectorRequirement: { f: { operator: 0, scopeName: 0, values: 0 } },
    IResourceQuotaStatus: { f: { hard: 'anon72', used: 'anon73' } },
    anon72: { m: 0 },
    anon73: { m: 0 },
    IResourceQuotaList: { f: { apiVersion: 0, items: 'IResourceQuota', kind: 0, metadata: 'IListMeta' } },
    ISecret: {
        f: {
            apiVersion: 0,
            data: 'anon74',
            immutable: 0,
            kind: 0,
            metadata: 'IObjectMeta',
            stringData: 'anon75',
            type: 0,
        },
    },
    anon74: { m: 0 },
    anon75: { m: 0 },
    ISecretList: { f: { apiVersion: 0, items: 'ISecret', kind: 0, metadata: 'IListMeta' } },
    IService: {
        f: { apiVersion: 0, kind: 0, metadata: 'IObjectMeta', spec: 'IServiceSpec', status: 'IServiceStatus' },
    },
    IServiceSpec: {
        f: {
            allocateLoadBalancerNodePorts: 0,
            clusterIP: 0,
            clusterIPs: 0,
            externalIPs: 0,
            externalName: 0,
            externalTrafficPolicy: 0,
            healthCheckNodePort: 0,
            internalTrafficPolicy: 0,
            ipFamilies: 0,
            ipFamilyPolicy: 0,
            loadBalancerClass: 0,
            loadBalancerIP: 0,
            loadBalancerSourceRanges: 0,
            ports: 'IServicePort',
            publishNotReadyAddresses: 0,
            selector: 'anon76',
            sessionAffinity: 0,
            sessionAffinityConfig: 'ISessionAffinityConfig',
            trafficDistribution: 0,
            type: 0,
        },
    },
    IServicePort: { f: { appProtocol: 0, name: 0, nodePort: 0, port: 0, protocol: 0, targetPort: 0 } },
    anon76: { m: 0 },
    ISessionAffinityConfig: { f: { clientIP: 'IClientIPConfig' } },
    IClientIPConfig: { f: { timeoutSeconds: 0 } },
    IServiceStatus: { f: { conditions: 'ICondition', loadBalancer: 'ILoadBalancerStatus' } },
    IServiceAccount: {
        f: {
            apiVersion: 0,
            automountServiceAccountToken: 0,
            imagePullSecrets: 'ILocalObjectReference',
            kind: 0,
            metadata: 'IObjectMeta',
            secrets: 'IObjectReference',
        },
    },
    IServiceAccountList: { f: { apiVersion: 0, items: 'IServiceAccount', kind: 0, metadata: 'IListMeta' } },
    IServiceList: { f: { apiVersion: 0, items: 'IService', kind: 0, metadata: 'IListMeta' } },
};
const KIND_TYPES = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': 'IMutatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': 'IMutatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBindingList': 'IMutatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyList': 'IMutatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': 'IValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': 'IValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList': 'IValidatingAdmissionPolicyBindingList',
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList': 'IValidatingAdmissionPolicyList',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': 'IMutatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfigurationList': 'IMutatingWebhookConfigurationList_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': 'IValidatingWebhookConfiguration_',
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfigurationList': 'IValidatingWebhookConfigurationList_',
    'apiextensions.k8s.io/v1/CustomResourceDefinition': 'ICustomResourceDefinition',
    'apiextensions.k8s.io/v1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': 'ICustomResourceDefinition_',
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinitionList': 'ICustomResourceDefinitionList_',
    'apiregistration.k8s.io/v1/APIService': 'IAPIService',
    'apiregistration.k8s.io/v1/APIServiceList': 'IAPIServiceList',
    'apiregistration.k8s.io/v1beta1/APIService': 'IAPIService_',
    'apiregistration.k8s.io/v1beta1/APIServiceList': 'IAPIServiceList_',
    'apps/v1/ControllerRevision': 'IControllerRevision',
    'apps/v1/ControllerRevisionList': 'IControllerRevisionList',
    'apps/v1/DaemonSet': 'IDaemonSet',
    'apps/v1/DaemonSetList': 'IDaemonSetList',
    'apps/v1/Deployment': 'IDeployment',
    'apps/v1/DeploymentList': 'IDeploymentList',
    'apps/v1/ReplicaSet': 'IReplicaSet',
    'apps/v1/ReplicaSetList': 'IReplicaSetList',
    'apps/v1/StatefulSet': 'IStatefulSet',
    'apps/v1/StatefulSetList': 'IStatefulSetList',
    'apps/v1beta1/ControllerRevision': 'IControllerRevision_',
    'apps/v1beta1/ControllerRevisionList': 'IControllerRevisionList_',
    'apps/v1beta1/Deployment': 'IDeployment_',
    'apps/v1beta1/DeploymentList': 'IDeploymentList_',
    'apps/v1beta1/DeploymentRollback': 'IDeploymentRollback',
    'apps/v1beta1/Scale': 'IScale',
    'apps/v1beta1/StatefulSet': 'IStatefulSet_',
    'apps/v1beta1/StatefulSetList': 'IStatefulSetList_',
    'apps/v1beta2/ControllerRevision': 'IControllerRevision__',
    'apps/v1beta2/ControllerRevisionList': 'IControllerRevisionList__',
    'apps/v1beta2/DaemonSet': 'IDaemonSet_',
    'apps/v1beta2/DaemonSetList': 'IDaemonSetList_',
    'apps/v1beta2/Deployment': 'IDeployment__',
    'apps/v1beta2/DeploymentList': 'IDeploymentList__',
    'apps/v1beta2/ReplicaSet': 'IReplicaSet_',
    'apps/v1beta2/ReplicaSetList': 'IReplicaSetList_',
    'apps/v1beta2/Scale': 'IScale_',
    'apps/v1beta2/StatefulSet': 'IStatefulSet__',
    'apps/v1beta2/StatefulSetList': 'IStatefulSetList__',
    'authentication.k8s.io/v1/SelfSubjectReview': 'ISelfSubjectReview',
    'authentication.k8s.io/v1/TokenRequest': 'ITokenRequest',
    'authentication.k8s.io/v1/TokenReview': 'ITokenReview',
    'authentication.k8s.io/v1beta1/TokenReview': 'ITokenReview_',
    'authorization.k8s.io/v1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview',
    'authorization.k8s.io/v1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview',
    'authorization.k8s.io/v1/SubjectAccessReview': 'ISubjectAccessReview',
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': 'ILocalSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': 'ISelfSubjectAccessReview_',
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': 'ISelfSubjectRulesReview_',
    'authorization.k8s.io/v1beta1/SubjectAccessReview': 'ISubjectAccessReview_',
    'autoscaling/v1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler',
    'autoscaling/v1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList',
    'autoscaling/v1/Scale': 'IScale__',
    'autoscaling/v2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler_',
    'autoscaling/v2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList_',
    'autoscaling/v2beta1/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler__',
    'autoscaling/v2beta1/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList__',
    'autoscaling/v2beta2/HorizontalPodAutoscaler': 'IHorizontalPodAutoscaler___',
    'autoscaling/v2beta2/HorizontalPodAutoscalerList': 'IHorizontalPodAutoscalerList___',
    'batch/v1/CronJob': 'ICronJob',
    'batch/v1/CronJobList': 'ICronJobList',
    'batch/v1/Job': 'IJob',
    'batch/v1/JobList': 'IJobList',
    'batch/v1beta1/CronJob': 'ICronJob_',
    'batch/v1beta1/CronJobList': 'ICronJobList_',
    'certificates.k8s.io/v1/CertificateSigningRequest': 'ICertificateSigningRequest',
    'certificates.k8s.io/v1/CertificateSigningRequestList': 'ICertificateSigningRequestList',
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': 'ICertificateSigningRequest_',
    'certificates.k8s.io/v1beta1/CertificateSigningRequestList': 'ICertificateSigningRequestList_',
    'coordination.k8s.io/v1/Lease': 'ILease',
    'coordination.k8s.io/v1/LeaseList': 'ILeaseList',
    'coordination.k8s.io/v1beta1/Lease': 'ILease_',
    'coordination.k8s.io/v1beta1/LeaseList': 'ILeaseList_',
    'discovery.k8s.io/v1/EndpointSlice': 'IEndpointSlice',
    'discovery.k8s.io/v1/EndpointSliceList': 'IEndpointSliceList',
    'discovery.k8s.io/v1beta1/EndpointSlice': 'IEndpointSlice_',
    'discovery.k8s.io/v1beta1/EndpointSliceList': 'IEndpointSliceList_',
    'events.k8s.io/v1/Event': 'IEvent',
    'events.k8s.io/v1/EventList': 'IEventList',
    'events.k8s.io/v1beta1/Event': 'IEvent_',
    'events.k8s.io/v1beta1/EventList': 'IEventList_',
    'extensions/v1beta1/DaemonSet': 'IDaemonSet__',
    'extensions/v1beta1/DaemonSetList': 'IDaemonSetList__',
    'extensions/v1beta1/Deployment': 'IDeployment___',
    'extensions/v1beta1/DeploymentList': 'IDeploymentList___',
    'extensions/v1beta1/DeploymentRollback': 'IDeploymentRollback_',
    'extensions/v1beta1/Ingress': 'IIngress',
    'extensions/v1beta1/IngressList': 'IIngressList',
    'extensions/v1beta1/NetworkPolicy': 'INetworkPolicy',
    'extensions/v1beta1/NetworkPolicyList': 'INetworkPolicyList',
    'extensions/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy',
    'extensions/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList',
    'extensions/v1beta1/ReplicaSet': 'IReplicaSet__',
    'extensions/v1beta1/ReplicaSetList': 'IReplicaSetList__',
    'extensions/v1beta1/Scale': 'IScale___',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': 'IFlowSchema',
    'flowcontrol.apiserver.k8s.io/v1/FlowSchemaList': 'IFlowSchemaList',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration',
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': 'IFlowSchema_',
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchemaList': 'IFlowSchemaList_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': 'IPriorityLevelConfiguration_',
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList_',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': 'IFlowSchema__',
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchemaList': 'IFlowSchemaList__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': 'IPriorityLevelConfiguration__',
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList__',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': 'IFlowSchema___',
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchemaList': 'IFlowSchemaList___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': 'IPriorityLevelConfiguration___',
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfigurationList': 'IPriorityLevelConfigurationList___',
    'networking.k8s.io/v1/Ingress': 'IIngress_',
    'networking.k8s.io/v1/IngressClass': 'IIngressClass',
    'networking.k8s.io/v1/IngressClassList': 'IIngressClassList',
    'networking.k8s.io/v1/IngressList': 'IIngressList_',
    'networking.k8s.io/v1/IPAddress': 'IIPAddress',
    'networking.k8s.io/v1/IPAddressList': 'IIPAddressList',
    'networking.k8s.io/v1/NetworkPolicy': 'INetworkPolicy_',
    'networking.k8s.io/v1/NetworkPolicyList': 'INetworkPolicyList_',
    'networking.k8s.io/v1/ServiceCIDR': 'IServiceCIDR',
    'networking.k8s.io/v1/ServiceCIDRList': 'IServiceCIDRList',
    'networking.k8s.io/v1beta1/Ingress': 'IIngress__',
    'networking.k8s.io/v1beta1/IngressClass': 'IIngressClass_',
    'networking.k8s.io/v1beta1/IngressClassList': 'IIngressClassList_',
    'networking.k8s.io/v1beta1/IngressList': 'IIngressList__',
    'node.k8s.io/v1/RuntimeClass': 'IRuntimeClass',
    'node.k8s.io/v1/RuntimeClassList': 'IRuntimeClassList',
    'node.k8s.io/v1beta1/RuntimeClass': 'IRuntimeClass_',
    'node.k8s.io/v1beta1/RuntimeClassList': 'IRuntimeClassList_',
    'policy/v1/Eviction': 'IEviction',
    'policy/v1/PodDisruptionBudget': 'IPodDisruptionBudget',
    'policy/v1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList',
    'policy/v1beta1/Eviction': 'IEviction_',
    'policy/v1beta1/PodDisruptionBudget': 'IPodDisruptionBudget_',
    'policy/v1beta1/PodDisruptionBudgetList': 'IPodDisruptionBudgetList_',
    'policy/v1beta1/PodSecurityPolicy': 'IPodSecurityPolicy_',
    'policy/v1beta1/PodSecurityPolicyList': 'IPodSecurityPolicyList_',
    'rbac.authorization.k8s.io/v1/ClusterRole': 'IClusterRole',
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'IClusterRoleBinding',
    'rbac.authorization.k8s.io/v1/ClusterRoleBindingList': 'IClusterRoleBindingList',
    'rbac.authorization.k8s.io/v1/ClusterRoleList': 'IClusterRoleList',
    'rbac.authorization.k8s.io/v1/Role': 'IRole',
    'rbac.authorization.k8s.io/v1/RoleBinding': 'IRoleBinding',
    'rbac.authorization.k8s.io/v1/RoleBindingList': 'IRoleBindingList',
    'rbac.authorization.k8s.io/v1/RoleList': 'IRoleList',
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': 'IClusterRole_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': 'IClusterRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBindingList': 'IClusterRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleList': 'IClusterRoleList_',
    'rbac.authorization.k8s.io/v1beta1/Role': 'IRole_',
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': 'IRoleBinding_',
    'rbac.authorization.k8s.io/v1beta1/RoleBindingList': 'IRoleBindingList_',
    'rbac.authorization.k8s.io/v1beta1/RoleList': 'IRoleList_',
    'resource.k8s.io/v1/DeviceClass': 'IDeviceClass',
    'resource.k8s.io/v1/DeviceClassList': 'IDeviceClassList',
    'resource.k8s.io/v1/ResourceClaim': 'IResourceClaim_',
    'resource.k8s.io/v1/ResourceClaimList': 'IResourceClaimList',
    'resource.k8s.io/v1/ResourceClaimTemplate': 'IResourceClaimTemplate',
    'resource.k8s.io/v1/ResourceClaimTemplateList': 'IResourceClaimTemplateList',
    'resource.k8s.io/v1/ResourceSlice': 'IResourceSlice',
    'resource.k8s.io/v1/ResourceSliceList': 'IResourceSliceList',
    'scheduling.k8s.io/v1/PriorityClass': 'IPriorityClass',
    'scheduling.k8s.io/v1/PriorityClassList': 'IPriorityClassList',
    'scheduling.k8s.io/v1beta1/PriorityClass': 'IPriorityClass_',
    'scheduling.k8s.io/v1beta1/PriorityClassList': 'IPriorityClassList_',
    'storage.k8s.io/v1/CSIDriver': 'ICSIDriver',
    'storage.k8s.io/v1/CSIDriverList': 'ICSIDriverList',
    'storage.k8s.io/v1/CSINode': 'ICSINode',
    'storage.k8s.io/v1/CSINodeList': 'ICSINodeList',
    'storage.k8s.io/v1/CSIStorageCapacity': 'ICSIStorageCapacity',
    'storage.k8s.io/v1/CSIStorageCapacityList': 'ICSIStorageCapacityList',
    'storage.k8s.io/v1/StorageClass': 'IStorageClass',
    'storage.k8s.io/v1/StorageClassList': 'IStorageClassList',
    'storage.k8s.io/v1/VolumeAttachment': 'IVolumeAttachment',
    'storage.k8s.io/v1/VolumeAttachmentList': 'IVolumeAttachmentList',
    'storage.k8s.io/v1/VolumeAttributesClass': 'IVolumeAttributesClass',
    'storage.k8s.io/v1/VolumeAttributesClassList': 'IVolumeAttributesClassList',
    'storage.k8s.io/v1beta1/CSIDriver': 'ICSIDriver_',
    'storage.k8s.io/v1beta1/CSIDriverList': 'ICSIDriverList_',
    'storage.k8s.io/v1beta1/CSINode': 'ICSINode_',
    'storage.k8s.io/v1beta1/CSINodeList': 'ICSINodeList_',
    'storage.k8s.io/v1beta1/CSIStorageCapacity': 'ICSIStorageCapacity_',
    'storage.k8s.io/v1beta1/CSIStorageCapacityList': 'ICSIStorageCapacityList_',
    'storage.k8s.io/v1beta1/StorageClass': 'IStorageClass_',
    'storage.k8s.io/v1beta1/StorageClassList': 'IStorageClassList_',
    'storage.k8s.io/v1beta1/VolumeAttachment': 'IVolumeAttachment_',
    'storage.k8s.io/v1beta1/VolumeAttachmentList': 'IVolumeAttachmentList_',
    'v1/Binding': 'IBinding',
    'v1/ComponentStatus': 'IComponentStatus',
    'v1/ComponentStatusList': 'IComponentStatusList',
    'v1/ConfigMap': 'IConfigMap',
    'v1/ConfigMapList': 'IConfigMapList',
    'v1/Endpoints': 'IEndpoints',
    'v1/EndpointsList': 'IEndpointsList',
    'v1/Event': 'IEvent__',
    'v1/EventList': 'IEventList__',
    'v1/LimitRange': 'ILimitRange',
    'v1/LimitRangeList': 'ILimitRangeList',
    'v1/Namespace': 'INamespace',
    'v1/NamespaceList': 'INamespaceList',
    'v1/Node': 'INode',
    'v1/NodeList': 'INodeList',
    'v1/PersistentVolume': 'IPersistentVolume',
    'v1/PersistentVolumeClaim': 'IPersistentVolumeClaim',
    'v1/PersistentVolumeClaimList': 'IPersistentVolumeClaimList',
    'v1/PersistentVolumeList': 'IPersistentVolumeList',
    'v1/Pod': 'IPod',
    'v1/PodList': 'IPodList',
    'v1/PodTemplate': 'IPodTemplate',
    'v1/PodTemplateList': 'IPodTemplateList',
    'v1/ReplicationController': 'IReplicationController',
    'v1/ReplicationControllerList': 'IReplicationControllerList',
    'v1/ResourceQuota': 'IResourceQuota',
    'v1/ResourceQuotaList': 'IResourceQuotaList',
    'v1/Secret': 'ISecret',
    'v1/SecretList': 'ISecretList',
    'v1/Service': 'IService',
    'v1/ServiceAccount': 'IServiceAccount',
    'v1/ServiceAccountList': 'IServiceAccountList',
    'v1/ServiceList': 'IServiceList',
};

;// CONCATENATED MODULE: ./src/core/validate/builtinKinds.ts
// Kinds of the API groups Kubernetes itself serves. No CRD can add a kind to these groups (the API server
// owns them), so `apps/v1 Deploymnet` or `apps/v2 Deployment` will be rejected whatever the repository holds.


const builtinKinds_groupOf = (apiVersion) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
const builtinKinds_versionOf = (apiVersion) => apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
/** group \u2192 version \u2192 kinds, from the bundled schemas and the table of removed APIs. */
const KINDS = new Map();
function add(apiVersion, kind) {
    const group = builtinKinds_groupOf(apiVersion);
    const versions = KINDS.get(group) ?? new Map();
    KINDS.set(group, versions);
    const kinds = versions.get(builtinKinds_versionOf(apiVersion)) ?? new Set();
    versions.set(builtinKinds_versionOf(apiVersion), kinds);
    if (kind)
        kinds.add(kind);
}
for (const key of Object.keys(KIND_TYPES)) {
    const slash = key.lastIndexOf('/');
    add(key.slice(0, slash), key.slice(slash + 1));
}
for (const removed of apiVersions/* REMOVED_APIS */.nB)
    for (const kind of removed.kinds ?? [undefined])
        add(removed.apiVersion, kind);
/** Alpha and beta versions come and go between Kubernetes releases: one Slipway does not know may exist. */
const PRERELEASE = /^v\d+(alpha|beta)\d+$/;
/** Edit distance, for "did you mean". */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const d = distance(word, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/**
 * Why `apiVersion kind` cannot exist in any cluster: a kind a built-in group/version does not have, or a
 * stable version the group never had. Undefined when it can exist (or may: an alpha/beta version newer
 * than the bundled schemas).
 */
function unknownBuiltinKind(apiVersion, kind) {
    const group = builtinKinds_groupOf(apiVersion);
    const versions = KINDS.get(group);
    if (!versions || kind.endsWith('List'))
        return undefined;
    const version = builtinKinds_versionOf(apiVersion);
    const kinds = versions.get(version);
    const known = `(built-in kinds of ${FIELDS_SOURCE})`;
    if (!kinds) {
        if (PRERELEASE.test(version))
            return undefined;
        const withKind = [...versions].filter(([, k]) => k.has(kind)).map(([v]) => v);
        const where = group === '' ? 'the core API group' : `API group ${group}`;
        const hint = withKind.length > 0
            ? `; ${kind} is served as ${withKind.map((v) => (group ? `${group}/${v}` : v)).join(', ')}`
            : '';
        return `${where} has no version ${version}${hint} ${known}`;
    }
    if (kinds.size === 0 || kinds.has(kind))
        return undefined;
    const other = [...versions].find(([v, k]) => v !== version && k.has(kind))?.[0];
    if (other)
        return `${apiVersion} has no kind ${kind}; it is served as ${group ? `${group}/` : ''}${other} ${known}`;
    const elsewhere = [...KINDS]
        .flatMap(([g, vs]) => [...vs].filter(([, k]) => k.has(kind)).map(([v]) => (g ? `${g}/${v}` : v)))
        .filter((v) => !/(alpha|beta)/.test(v));
    if (elsewhere.length > 0)
        return `${apiVersion} has no kind ${kind}; it is served as ${elsewhere.join(', ')} ${known}`;
    const suggestion = closest(kind, kinds) ??
        closest(kind, [...versions.values()].flatMap((k) => [...k]));
    return `${apiVersion} has no kind ${kind}${suggestion ? `; did you mean ${suggestion}?` : ''} ${known}`;
}

;// CONCATENATED MODULE: ./src/core/validate/unknownFields.ts
// --strict for built-in kinds: fields the Kubernetes API does not have. The API server drops them
// silently (or rejects them with field validation on), so a typo like `replica:` never takes effect.

/** Paths (below `at`) of the fields of `value` that its type does not define. */
function unknownFieldsOfType(value, type, at) {
    const found = [];
    const walk = (value, type, path) => {
        if (!type || value === null || typeof value !== 'object')
            return;
        if (Array.isArray(value)) {
            value.forEach((item, i) => walk(item, type, [...path, i]));
            return;
        }
        const entry = FIELD_TYPES[type];
        if (!entry)
            return;
        for (const [key, child] of Object.entries(value)) {
            if (entry.f && key in entry.f)
                walk(child, entry.f[key], [...path, key]);
            else if (entry.m !== undefined)
                walk(child, entry.m, [...path, key]);
            else if (entry.f)
                found.push([...path, key]);
        }
    };
    walk(value, type, at);
    return found;
}
/** Paths of the fields of `obj` that its kind does not define; undefined when the kind is not built in. */
function unknownFields(obj) {
    const root = KIND_TYPES[`${String(obj.apiVersion)}/${String(obj.kind)}`];
    return root === undefined ? undefined : unknownFieldsOfType(obj, root, []);
}
/** A custom resource's metadata is ObjectMeta whatever its CRD says: its unknown fields. */
function unknownMetadataFields(obj) {
    return unknownFieldsOfType(obj.metadata, 'IObjectMeta', ['metadata']);
}

;// CONCATENATED MODULE: ./src/core/validate/schemas.ts
// Schema validation: built-in kinds against the Kubernetes OpenAPI schemas bundled with Slipway (offline),
// custom resources against the openAPIV3Schema of their CRD found in the repository or rendered output.





function describe(error) {
    const p = error.params;
    switch (error.keyword) {
        case 'type': {
            // null is listed where the API server prunes a null field: not worth saying
            const types = String(p.type)
                .split(',')
                .filter((t) => t !== 'null');
            return `must be ${types.join(' or ')}`;
        }
        case 'required':
            return `is missing required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `must be one of ${p.allowedValues
                .filter((v) => v !== null)
                .map((v) => JSON.stringify(v))
                .join(', ')}`;
        case 'additionalProperties':
            return `has unknown field "${String(p.additionalProperty)}"`;
        case 'pattern':
            return `does not match ${String(p.pattern)}`;
        case 'format':
            return `is not a valid ${String(p.format)}`;
        case 'x-kubernetes-validations':
            return `fails its CRD's rule: ${error.message ?? String(p.rule)}`;
        default:
            return error.message ?? `fails ${error.keyword}`;
    }
}
/** Finds the line of a field in the document an object came from (a file's documents parsed once). */
class FieldLocator {
    read;
    docs = new Map();
    counters = new Map();
    constructor(read) {
        this.read = read;
    }
    forObject = (object, path) => object.within
        ? this.locate(object.file, object.within.docLine, [...object.within.path, ...path])
        : this.locate(object.file, object.line, path);
    locate(file, docLine, path) {
        if (!this.docs.has(file)) {
            const lineCounter = new dist/* LineCounter */.HN();
            const parsed = (0,dist/* parseAllDocuments */.hR)(this.read(file) ?? '', { lineCounter });
            const list = Array.isArray(parsed) ? parsed : [];
            this.docs.set(file, list.map((doc) => ({ doc, line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line })));
            this.counters.set(file, lineCounter);
        }
        const entry = this.docs.get(file)?.find((d) => d.line === docLine);
        const counter = this.counters.get(file);
        if (!entry || !counter)
            return { line: docLine, column: 1 };
        // the deepest part of the path that exists in the source
        for (let depth = path.length; depth > 0; depth--) {
            const node = entry.doc.getIn(path.slice(0, depth), true);
            if (node?.range) {
                const pos = counter.linePos(node.range[0]);
                return { line: pos.line, column: pos.col };
            }
        }
        return { line: docLine, column: 1 };
    }
}
/** Findings about one object beyond this many are summed up in one more. */
const MAX_ERRORS_PER_OBJECT = 20;
function schemaErrors(validator, object, locate) {
    if (validator(object.obj))
        return [];
    // one finding per field and problem: the branches of oneOf/anyOf each report the same field
    const seen = new Set();
    const out = [];
    for (const error of validator.errors ?? []) {
        if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if')
            continue;
        const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : '';
        const key = `${error.instancePath}|${extra}|${(0,core_plainText/* plainText */.w)(error.params.missingProperty ?? error.params.rule, '')}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const path = error.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
        const at = locate(object, extra ? [...path, extra] : path);
        const where = path.length > 0 ? path.join('.') : objectName(object.obj);
        const evaluationFailed = error.keyword === 'x-kubernetes-validations' && error.params.evaluated === false;
        out.push({
            severity: evaluationFailed ? 'warning' : 'error',
            rule: error.keyword === 'x-kubernetes-validations' ? 'cel' : extra ? 'unknown-field' : 'schema',
            line: at.line,
            column: at.column,
            message: `${where} ${describe(error)}`,
        });
    }
    return out;
}
function unknownFieldErrors(paths, object, locate) {
    return paths.map((path) => {
        const at = locate(object, path);
        const parent = path.slice(0, -1).join('.') || objectName(object.obj);
        return {
            severity: 'error',
            rule: 'unknown-field',
            line: at.line,
            column: at.column,
            message: `${parent} has unknown field "${String(path.at(-1))}"`,
        };
    });
}
/** What one object's schema says about it. */
function checkObjectSchema(object, { builtin: builtinSchemas, crds }, locate, options) {
    const { obj, line } = object;
    const apiVersion = String(obj.apiVersion);
    const kind = String(obj.kind);
    const builtin = builtinSchemas.get(`${apiVersion}/${kind}`);
    if (builtin) {
        const unknown = options.strict ? unknownFieldErrors(unknownFields(obj) ?? [], object, locate) : [];
        return [...unknown, ...schemaErrors(builtin, object, locate)];
    }
    const impossible = unknownBuiltinKind(apiVersion, kind);
    if (impossible)
        return [{ severity: 'error', rule: 'unknown-kind', line, message: impossible }];
    const found = crds.lookup(apiVersion, kind);
    if (found && 'validator' in found) {
        const metadata = options.strict ? unknownFieldErrors(unknownMetadataFields(obj), object, locate) : [];
        return [...metadata, ...schemaErrors(found.validator, object, locate)];
    }
    const severity = found?.severity === 'error' || options.requireSchemas ? 'error' : 'warning';
    const message = found
        ? `${apiVersion} ${kind} is not validated: ${found.problem}`
        : `no schema for ${apiVersion} ${kind}: add its CRD to the repository, or it is not validated`;
    return [{ severity, rule: found?.severity === 'error' ? 'crd-version' : 'no-schema', line, message }];
}
/** Whether an object's schema comes from a CRD (so checking it waits for every CRD to be known). */
function needsCrd(obj, builtin) {
    const apiVersion = String(obj.apiVersion);
    const kind = String(obj.kind);
    return !builtin.has(`${apiVersion}/${kind}`) && !unknownBuiltinKind(apiVersion, kind);
}
function checkSchemas(objects, unit, schemas, locate, options) {
    const findings = [];
    for (const object of objects) {
        const found = checkObjectSchema(object, schemas, locate, options);
        const name = objectName(object.obj);
        const at = { unit, object: name, file: object.file };
        for (const f of found.slice(0, MAX_ERRORS_PER_OBJECT))
            findings.push({ ...at, ...f });
        if (found.length > MAX_ERRORS_PER_OBJECT)
            findings.push({
                ...at,
                severity: 'error',
                rule: 'schema',
                line: object.line,
                message: `${name}: ${found.length - MAX_ERRORS_PER_OBJECT} more schema error(s) not listed`,
            });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/pipeline/validateRendered.ts





const identity = ({ obj, file, line }) => {
    const metadata = (obj.metadata ?? {});
    return {
        obj: {
            apiVersion: detached(obj.apiVersion),
            kind: detached(obj.kind),
            metadata: { name: detached(metadata.name), namespace: detached(metadata.namespace) },
        },
        file,
        line,
    };
};
class RenderedValidation {
    tree;
    options;
    builtin;
    kept = [];
    locator;
    rules;
    schemaOptions;
    /** Built-in kinds never consult CRDs: an empty index stands in until every CRD is known. */
    noCrds;
    constructor(tree, options, builtin) {
        this.tree = tree;
        this.options = options;
        this.builtin = builtin;
        this.locator = new FieldLocator((file) => (0,fileTree/* readText */.yR)(tree, file));
        this.rules = { kubernetesVersion: options.kubernetesVersion, latestTag: options.imageTagSeverity };
        this.schemaOptions = { strict: options.strict, requireSchemas: options.requireSchemas };
        this.noCrds = new CrdIndex(() => [], options.strict);
    }
    /** An app's output; `order` is its place among the outputs (which app claims an object first). */
    add(output, order) {
        const id = output.unit.id;
        const kept = {
            unit: output.unit,
            order,
            first: [...output.findings, ...checkObjects(output.objects, id, this.rules)],
            schema: new Map(),
            customResources: [],
            identities: output.objects.map(identity),
            crds: output.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'),
        };
        output.objects.forEach((object, index) => {
            if (needsCrd(object.obj, this.builtin))
                kept.customResources.push({ index, object });
            else
                this.schemaFindings(kept, index, object);
        });
        this.kept.push(kept);
    }
    schemaFindings(kept, index, object, crds) {
        const schemas = { builtin: this.builtin, crds: crds ?? this.noCrds };
        const found = checkSchemas([object], kept.unit.id, schemas, this.locator.forObject, this.schemaOptions);
        if (found.length > 0)
            kept.schema.set(index, found);
    }
    /** Every finding of each app (its render findings first), by unit id. */
    finish() {
        const kept = [...this.kept].sort((a, b) => a.order - b.order);
        // the apps' CRDs first (in the outputs' order), then the tree's: the first definition of a kind wins
        const crds = new CrdIndex(() => [...kept.flatMap((k) => k.crds), ...crdsInTree(this.tree)], this.options.strict);
        for (const k of kept)
            for (const { index, object } of k.customResources)
                this.schemaFindings(k, index, object, crds);
        const byUnit = new Map(kept.map((k) => [
            k.unit.id,
            [...k.first, ...[...k.schema].sort(([a], [b]) => a - b).flatMap(([, found]) => found)],
        ]));
        const across = acrossUnits(kept.map((k) => ({ unit: k.unit, objects: k.identities })));
        for (const finding of checkAcrossUnits(across))
            byUnit.get(finding.unit ?? '')?.push(finding);
        // once every app was checked, so each CRD compiled (and said what it cannot check) before this
        for (const k of kept)
            byUnit.get(k.unit.id)?.push(...crds.notCheckedFindings(k.customResources.map((c) => c.object), k.unit.id));
        return byUnit;
    }
}
/** Every finding of each app's render (its render findings first), by unit id. */
function validateRendered(tree, outputs, options, builtin) {
    const validation = new RenderedValidation(tree, options, builtin);
    outputs.forEach((output, order) => validation.add(output, order));
    return validation.finish();
}

;// CONCATENATED MODULE: ./src/pipeline/pairedRenders.ts






/** Whether the base holds an object the head does not: the diff shows it deleted, from its own file. */
function losesObjects(base, head) {
    const kept = new Set(head.objects.map((o) => objectKey(o.obj)));
    return base.objects.some((o) => !kept.has(objectKey(o.obj)));
}
const side = (o, findings) => {
    const reason = stateReason(o.findings);
    return { unit: o.unit, objects: o.objects, findings, state: o.state, ...(reason && { reason }) };
};
async function renderAndCompare(trees, units, options, validationOptions, builtin, counted, 
/** Milliseconds since the caller's previous lap: the phases are timed on the caller's stopwatch. */
lap) {
    const headIds = new Set(units.head.map((u) => u.id));
    const paired = new Set(units.base.filter((u) => headIds.has(u.id)).map((u) => u.id));
    const waiting = new Map();
    const ready = [];
    // apps on one side only (and apps that apps deploy) are compared at the end, where renames are found
    const baseRest = [];
    const headRest = [];
    const settled = [];
    // each app's findings array, filled once every app is validated
    const findingsOf = new Map();
    let schemas;
    let validation;
    let rendered = 0;
    // an app's base is built without origin annotations (they cost kustomize ~15 % of its CPU): only a
    // deleted object reports its file from the base, and such a base is built again with them, with the
    // options of its first build (the base's CRD API versions for helm)
    const baseBuild = forTree(trees.base, options);
    const baseOptions = { ...baseBuild, withoutOrigins: paired };
    const rebuilds = [];
    void builtin.then((loaded) => (schemas = loaded), () => undefined);
    const compareReady = () => {
        if (!schemas)
            return; // the built-in validators are still loading: the renders wait in `ready`
        validation ??= new RenderedValidation(trees.head, validationOptions, schemas);
        for (const { base, head, order } of ready.splice(0)) {
            if (base?.originsOmitted && head && losesObjects(base, head)) {
                const rebuilt = renderUnit(trees.base, base.unit, baseBuild).then((withOrigins) => {
                    ready.push({ base: withOrigins, head, order });
                    compareReady();
                });
                rebuilds.push(rebuilt);
                continue;
            }
            let findings = [];
            if (head) {
                validation.add(head, order);
                findingsOf.set(head.unit.id, (findings = []));
            }
            if (base && head)
                settled.push(diffPair(side(base, []), side(head, findings)));
            else if (head)
                headRest.push(side(head, findings));
            else if (base)
                baseRest.push(side(base, []));
        }
    };
    const pacer = new PairPacer();
    const arrived = (which) => (output, order) => {
        rendered++;
        const id = output.unit.id;
        if (!paired.has(id))
            ready.push({ [which]: output, order });
        else {
            const entry = waiting.get(id) ?? {};
            entry[which] = output;
            if (which === 'head')
                entry.order = order;
            if (entry.base && entry.head) {
                waiting.delete(id);
                pacer.release(otherSide(which));
                ready.push({ base: entry.base, head: entry.head, order: entry.order ?? order });
            }
            else {
                waiting.set(id, entry);
                pacer.hold(which);
            }
        }
        compareReady();
    };
    const renderSide = (which, tree, sideOptions) => renderAll(tree, units[which], { ...sideOptions, beforeRender: () => pacer.ready(which) }, arrived(which)).finally(() => pacer.finish(which));
    const [baseOut, headOut] = await Promise.all([
        renderSide('base', trees.base, baseOptions),
        renderSide('head', trees.head, options),
    ]);
    schemas = await builtin;
    compareReady();
    while (rebuilds.length > 0)
        await Promise.all(rebuilds.splice(0));
    const render = lap();
    const findings = (validation ?? new RenderedValidation(trees.head, validationOptions, schemas)).finish();
    for (const [id, list] of findingsOf)
        list.push(...(findings.get(id) ?? []));
    const validate = lap();
    const diff = diffUnits(baseRest, headRest, counted.unchanged, [...counted.notPreviewed, ...baseOut.notPreviewed, ...headOut.notPreviewed], settled);
    return { diff, rendered, timings: { render, validate, diff: lap() } };
}

;// CONCATENATED MODULE: ./src/core/diff/shard.ts
// A check shard's slot (`3/8`) and the slot each app falls in, apart from the merge of shards' reports so
// reading the settings does not load what the merge needs.
/** `3/8` \u2192 { index: 3, count: 8 }; undefined when the text is not such a pair. */
function shard_parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!match)
        return undefined;
    const shard = { index: Number(match[1]), count: Number(match[2]) };
    return shard.count >= 1 && shard.count <= 256 && shard.index >= 1 && shard.index <= shard.count
        ? shard
        : undefined;
}
/** FNV-1a of the app's identity: the same app lands in the same shard on every run and machine. */
function shardOf(id, count) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
        hash ^= id.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % count) + 1;
}

// EXTERNAL MODULE: ./src/core/argo/discovery.ts + 1 modules
var argo_discovery = __webpack_require__(9778);
// EXTERNAL MODULE: ./src/core/argo/sourceParameters.ts
var sourceParameters = __webpack_require__(5308);
// EXTERNAL MODULE: ./src/core/render/treeIndex.ts
var treeIndex = __webpack_require__(9896);
;// CONCATENATED MODULE: ./src/pipeline/affectedApps.ts
// Which apps a change can affect: discover the apps at base and head, and work out what each app's render
// reads (unitInputs.ts) \u2014 or take both from the base's kept index (treeIndex.ts), walking only the apps
// the change reaches.





/** Notes which changed files some unit's inputs hold (the rest are uncovered). */
function coverage(changed) {
    const uncovered = new Set(changed);
    const touches = (inputs) => {
        let touched = false;
        for (const file of changed)
            if ((0,unitInputs/* dependsOn */.fr)(inputs, file)) {
                touched = true;
                uncovered.delete(file);
            }
        return touched;
    };
    const covered = (paths) => {
        for (const path of paths)
            uncovered.delete(path);
    };
    return { touches, covered, uncovered: () => [...uncovered].sort() };
}
const generated = (found) => [...(found.byFile?.values() ?? [])].some((f) => f.generated);
/**
 * Which units a change can affect, and which changed files no unit reads (at base or head). A unit
 * whose Application is the same on both sides depends on the same paths on both sides unless one of
 * those paths changed (`unitInputs` records every path a render reads or looks for): its head inputs
 * decide, and the base is walked only for the units that are affected anyway.
 */
function walkAll(base, head, changed, settings, build = false) {
    const { baseFound, headFound } = discoverBoth(base, head, changed, settings);
    const ids = new Set([...baseFound.units, ...headFound.units].map((u) => u.id));
    const baseById = new Map(baseFound.units.map((u) => [u.id, u]));
    const headById = new Map(headFound.units.map((u) => [u.id, u]));
    const affected = new Set();
    const inputs = { base: new Map(), head: new Map() };
    const cache = new Map();
    const { touches, uncovered } = coverage(changed);
    for (const id of ids) {
        const before = baseById.get(id);
        const after = headById.get(id);
        const sameSpec = before !== undefined &&
            after !== undefined &&
            (before === after ||
                JSON.stringify({ ...before, file: '', line: 0 }) === JSON.stringify({ ...after, file: '', line: 0 }));
        const headInputs = after && (0,unitInputs/* unitInputs */.Yg)(head, after, cache);
        if (headInputs)
            inputs.head.set(id, headInputs);
        const headTouched = headInputs ? touches(headInputs) : false;
        // a new or removed app, or a changed Application spec, is affected whatever its files did
        if (settings.render === 'all' || !sameSpec || headTouched) {
            affected.add(id);
            if (before) {
                const baseInputs = (0,unitInputs/* unitInputs */.Yg)(base, before, cache);
                inputs.base.set(id, baseInputs);
                touches(baseInputs);
            }
        }
        else if (headInputs)
            inputs.base.set(id, headInputs);
    }
    const found = (side) => ({ ...side, generated: generated(side) });
    return {
        ids,
        affected,
        units: {
            base: baseFound.units.filter((u) => affected.has(u.id)),
            head: headFound.units.filter((u) => affected.has(u.id)),
        },
        notPreviewed: [...baseFound.notPreviewed, ...headFound.notPreviewed],
        uncovered: uncovered(),
        ...(build && { builtIndex: (0,treeIndex/* buildTreeIndex */.x0)(base, found(baseFound), inputs.base) }),
    };
}
/**
 * walkAll with the base's index: the units are the index's on both sides (indexMismatch holds that no
 * changed file is one discovery reads), and a unit is affected when a changed path is among the inputs the
 * index holds for it \u2014 the same answer, as an unaffected unit's inputs are the same on both sides. Only
 * the affected units are parsed and walked (at the head), after their base inputs are read in one batch.
 */
function walkFromIndex(base, head, changed, repoUrls, kept, readAhead) {
    const dependents = (0,treeIndex/* indexedDependents */.OR)(kept, changed);
    const { touches, covered, uncovered } = coverage(changed);
    covered(dependents.read);
    // the files the walk and the renders read first (an app's own file among them), in one batch
    readAhead(head, dependents.units.flatMap((i) => [...(0,treeIndex/* indexedInputs */.Rx)(kept, i).files]));
    const ids = new Set(dependents.units.map((i) => kept.ids[i]));
    const files = new Set(dependents.units.map((i) => (0,treeIndex/* indexedUnitFile */.KN)(kept, i)));
    const units = (0,argo_discovery/* unitsOfFiles */.wt)(base, files, repoUrls).filter((u) => ids.has(u.id));
    if (units.length !== ids.size)
        return undefined;
    const cache = new Map();
    for (const unit of units)
        touches((0,unitInputs/* unitInputs */.Yg)(head, unit, cache));
    return {
        ids: new Set(kept.ids),
        affected: ids,
        units: { base: units, head: units },
        notPreviewed: kept.notPreviewed,
        uncovered: uncovered(),
        indexUse: { used: true },
    };
}
/** Which apps a change affects: from the base's kept index where it stands for both sides, else by walking all. */
function affectedApps_affectedApps(base, head, changed, settings, index) {
    const kept = index?.base;
    if (!index || !kept)
        return walkAll(base, head, changed, settings, index?.build);
    const mismatch = settings.render === 'all' ? 'render: all' : (0,treeIndex/* indexMismatch */.rc)(head, base, changed);
    if (mismatch)
        return { ...walkAll(base, head, changed, settings), indexUse: { used: false, reason: mismatch } };
    const fromIndex = walkFromIndex(base, head, changed, settings.repoUrls, kept, index.readAhead);
    if (fromIndex)
        return fromIndex;
    // an index naming an app that its file does not define is not this Slipway's: the tree is read whole,
    // and the index built from it replaces that one
    const reason = 'it names an app its file does not define';
    return { ...walkAll(base, head, changed, settings, true), indexUse: { used: false, reason } };
}
/**
 * Applications at base and head. Folder units stand in for apps only in a repository without
 * Applications on either side: when a PR adds the first Application (or removes the last), both sides
 * are read as Applications, so the folders are not shown as removed (or new) apps. The base reuses what
 * the head's files gave where a file and the `.argocd-source` files its Applications read are the same.
 */
function discoverBoth(base, head, changed, settings) {
    // the two revisions share almost every file: each text is parsed once
    const parse = (0,manifestMaps/* memoParser */.ML)();
    const discover = (tree, fallback, reuse) => (0,argo_discovery/* discoverUnits */.t)(tree, settings.repoUrls, settings.paths, fallback, parse, reuse);
    let headFound = discover(head, true);
    // an Application's `.argocd-source*.yaml` files change its unit: with any of them changed (or a link,
    // whose target may have), every file is read afresh
    const parametersSame = (0,sourceParameters/* parameterFilesChanged */.tM)(changed, head) === undefined;
    const reuse = (path, text) => {
        const found = parametersSame ? headFound.byFile?.get(path) : undefined;
        return found && found.text === text && !found.generated ? found : undefined;
    };
    let baseFound = discover(base, true, reuse);
    if (baseFound.applications !== headFound.applications) {
        if (!baseFound.applications)
            baseFound = discover(base, false, reuse);
        else
            headFound = discover(head, false);
    }
    return { baseFound, headFound };
}

;// CONCATENATED MODULE: ./src/pipeline/preview.ts





/** Discovery only (no render): how many apps a change affects, for sizing a job matrix. */
function preview_planDiff(base, head, settings) {
    const { ids, affected } = affectedApps(base, head, changedPaths(base, head), settings);
    return { units: ids.size, affected: affected.size };
}
async function computeDiff(base, head, settings, renderer, index) {
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const spent = Math.round(now - mark);
        mark = now;
        return spent;
    };
    const changed = (0,unitInputs/* changedPaths */.vl)(base, head);
    const found = affectedApps_affectedApps(base, head, changed, settings, index);
    const { ids: all, affected: allAffected, uncovered } = found;
    const shard = settings.shard;
    const affected = shard
        ? new Set([...allAffected].filter((id) => shardOf(id, shard.count) === shard.index))
        : allAffected;
    const options = {
        renderer,
        strict: settings.strict,
        kubernetesVersion: settings.kubernetesVersion,
        repoUrls: settings.repoUrls,
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        renderersUsed: new Set(),
        ...(settings.progress && { progress: settings.progress }),
    };
    const discover = lap();
    // the built-in validators (a 4.5 MB module) load while kustomize and helm run in other processes
    // (renderAndCompare handles a failure at once, so a render failing first leaves nothing unhandled)
    const builtin = loadBuiltinSchemas();
    const unaffected = [...all].filter((id) => !allAffected.has(id)).length;
    // apps the pull request cannot change are not rendered (render: changed), so a claim of one object by a
    // changed and an unchanged app shows in the push validation or with render: all
    const compared = await renderAndCompare({ base, head }, {
        base: found.units.base.filter((u) => affected.has(u.id)),
        head: found.units.head.filter((u) => affected.has(u.id)),
    }, options, settings, builtin, {
        // a shard counts only what it rendered; the merge adds the unaffected apps once
        unchanged: shard ? 0 : unaffected,
        notPreviewed: found.notPreviewed,
    }, lap);
    const timings = { discover, ...compared.timings };
    return {
        timings,
        affected: allAffected.size,
        unaffected,
        diff: compared.diff,
        uncovered,
        units: all.size,
        rendered: compared.rendered,
        changedFiles: changed.size,
        renderers: [...options.renderersUsed],
        ...(found.builtIndex && { builtIndex: found.builtIndex }),
        ...(found.indexUse && { indexUse: found.indexUse }),
    };
}

;// CONCATENATED MODULE: ./src/commands/keptIndex.ts
/** The settings a tree index's answers depend on (discovery's and the walk's), part of its key. */
const indexedSettings = (settings) => ({
    repoUrls: settings.repoUrls,
    paths: settings.paths,
    maxFileBytes: settings.maxFileBytes,
    kustomizeBuildOptions: settings.kustomizeBuildOptions,
});
function keptIndex(dir, settings, edges) {
    const store = settings.treeIndex ? edges.treeIndexes?.(dir, indexedSettings(settings)) : undefined;
    let kept;
    return {
        ...(store && { scanned: (treeId) => (kept = store.read(treeId))?.scan }),
        preview: () => store && {
            ...(kept && { base: kept }),
            build: !kept,
            readAhead: (tree, paths) => edges.trees.readAhead(tree, paths),
        },
        keep(treeId, run) {
            if (store && treeId && run.builtIndex)
                store.write(treeId, run.builtIndex);
        },
        note({ indexUse, builtIndex }) {
            if (!store)
                return undefined;
            if (indexUse?.used)
                return "the base's tree index stood for its apps";
            if (indexUse)
                return `tree index not used: ${indexUse.reason}`;
            return builtIndex ? "the base's tree index kept for the next preview" : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/diff.ts
// `slipway diff` and `slipway check` on a local checkout: the predicted cluster diff between two revisions
// (pipeline/preview.ts), printed; check adds the action's findings and its fail-on verdict.








function printDiff(diff, counts, format, terminal) {
    if (format === 'json')
        for (const text of diffJsonText(diff, counts))
            terminal.out(text);
    else if (format === 'markdown')
        terminal.out(`${diffMarkdown(diff, { commentId: 'cli' })}\n`);
    else
        terminal.out(diffText(diff, terminal.color));
}
const noted = (note) => (note ? `; ${note}` : '');
const errorCount = (diff) => diff.apps.flatMap((a) => a.findings).filter((f) => f.severity === 'error').length;
/** Exit code: 0, or 1 on errors (diff) / findings at or above fail-on (check). Bad revisions: InputError. */
async function diff(settings, edges, terminal) {
    const { dir } = settings;
    const max = settings.maxFileBytes;
    const index = keptIndex(dir, settings, edges);
    const baseRevision = settings.base ?? edges.trees.defaultBase(dir);
    const base = baseRevision === undefined
        ? undefined
        : edges.trees.commit(dir, baseRevision, max, { ...(index.scanned && { scanned: index.scanned }) });
    if (!base)
        throw new errors/* InputError */.dz(settings.base
            ? `"${settings.base}" is not a commit in ${dir}`
            : `cannot find where HEAD left the default branch in ${dir}; pass --base REV`);
    // the head is the base plus what changed between them: only the changed files are read
    const head = settings.head ? edges.trees.commit(dir, settings.head, max, { from: base }) : undefined;
    if (settings.head && !head)
        throw new errors/* InputError */.dz(`"${settings.head}" is not a commit in ${dir}`);
    const started = edges.clock.now();
    // no --head: the working tree (read from git when it holds exactly HEAD's files)
    const headTree = head ? head.tree : edges.trees.checkout(dir, max, base).tree;
    const run = await computeDiff(base.tree, headTree, settings, edges.renderer, index.preview());
    index.keep(base.treeId, run);
    settings.progress?.end?.();
    if (settings.shard) {
        const partial = partialReport(run, settings.shard, base.sha, head?.sha ?? 'working tree');
        edges.reports.write(settings.reportPath, `${JSON.stringify(partial)}\n`);
        terminal.err(`shard ${settings.shard.index}/${settings.shard.count}: ${run.rendered} render(s); partial report ${settings.reportPath}\n`);
        return 0;
    }
    printDiff(run.diff, { units: run.units, rendered: run.rendered }, settings.format, terminal);
    terminal.err(`${run.units} app(s), ${run.rendered} render(s) for ${run.changedFiles} changed file(s) in ${edges.clock.now() - started} ms${noted(index.note(run))}\n`);
    if (settings.failOn === undefined)
        return errorCount(run.diff) > 0 ? 1 : 0;
    // check: the findings and the verdict of the action's check, grouped as its annotations are
    const findings = pullRequestFindings(run.diff, (0,unitInputs/* changedPaths */.vl)(base.tree, headTree));
    for (const group of groupFindings(findings.filter((f) => f.severity !== 'notice')))
        terminal.err(`${groupLine(group)}\n`);
    const failing = failingCount(findings, settings.failOn);
    if (failing > 0)
        terminal.err(`${failing} finding(s) at or above "${settings.failOn}" in what the apps would deploy\n`);
    return failing > 0 ? 1 : 0;
}
/** `slipway check merge FILES\u2026`: the shards' partial reports \u2192 the one diff, as `slipway check` prints it. */
function mergeShards(paths, format, edges, terminal) {
    let partials;
    try {
        partials = edges.reports
            .expand(paths)
            .map((file) => JSON.parse(edges.reports.read(file)));
    }
    catch (error) {
        throw new errors/* InputError */.dz(error.message);
    }
    const result = mergePartials(partials);
    if ('error' in result)
        throw new errors/* InputError */.dz(`cannot merge the check shards: ${result.error}`);
    const { diff: merged, units, rendered } = result.merged;
    printDiff(merged, { units, rendered }, format, terminal);
    return errorCount(merged) > 0 ? 1 : 0;
}

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
        for (const doc of manifestDocuments(text, file))
            out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
    }
    return out;
}
async function validateFiles(files, settings, reader) {
    const limit = settings.maxFileBytes ?? fileTree/* MAX_FILE_BYTES */.gZ;
    const rules = { kubernetesVersion: settings.kubernetesVersion, latestTag: settings.imageTagSeverity };
    const schemaOptions = { strict: settings.strict, requireSchemas: settings.requireSchemas };
    const crds = new CrdIndex(() => crdsInFiles(files, limit, reader), settings.strict);
    const schemas = { builtin: await loadBuiltinSchemas(), crds };
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
        for (const doc of manifestDocuments(text, file, undefined, { strict: settings.strict })) {
            const locate = (o, path) => doc.locate(o.within ? [...o.within.path, ...path] : path);
            findings.push(...doc.findings, ...checkObjects(doc.objects, undefined, rules, seen), ...checkSchemas(doc.objects, undefined, schemas, locate, schemaOptions));
            objects += doc.objects.length;
        }
    }
    findings.push(...crds.notCheckedFindings());
    return { findings, units: files.length, objects };
}

;// CONCATENATED MODULE: ./src/pipeline/validateTree.ts
// The push validation of one tree: discover the apps, render each, validate what they deploy (the same
// stage as the pull-request check, validateRendered.ts), and list what was not previewed.





async function validateTree(tree, settings, renderer) {
    const discovery = (0,argo_discovery/* discoverUnits */.t)(tree, settings.repoUrls, settings.paths);
    const { outputs, notPreviewed } = await renderAll(tree, discovery.units, {
        renderer,
        strict: settings.strict,
        kubernetesVersion: settings.kubernetesVersion,
        repoUrls: settings.repoUrls,
        kustomizeBuildOptions: settings.kustomizeBuildOptions,
        ...(settings.progress && { progress: settings.progress }),
    });
    const byUnit = validateRendered(tree, outputs, settings, await loadBuiltinSchemas());
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
    return {
        findings: sortFindings(findings),
        units: outputs.length,
        objects: outputs.reduce((n, o) => n + o.objects.length, 0),
    };
}

;// CONCATENATED MODULE: ./src/commands/validate.ts




const prefixed = (folder, f) => folder === '.' || !f.file ? f : { ...f, file: `${folder.replace(/\/+$/, '')}/${f.file}` };
/** A repository folder: finding paths are relative to the folder; its origin counts as this repository. */
function validateFolder(dir, settings, edges) {
    const origin = edges.trees.originUrl(dir);
    const repoUrls = [...settings.repoUrls, ...(origin ? [origin] : [])];
    const tree = edges.trees.folder(dir, settings.maxFileBytes);
    return validateTree(tree, { ...settings, repoUrls }, edges.renderer);
}
async function validate(settings, edges) {
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
        const folder = await validateFolder(target, settings, edges);
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
    return { findings: sortFindings(findings), units, objects };
}

// EXTERNAL MODULE: ./src/edges/localEdges.ts + 9 modules
var localEdges = __webpack_require__(6738);
;// CONCATENATED MODULE: ./src/cli/progressLine.ts
function progressLine(stream = process.stderr, now = Date.now) {
    if (!stream.isTTY)
        return undefined;
    const start = now();
    let planned = 0;
    let done = 0;
    const draw = () => stream.write(`\r\x1b[Krendering ${done}/${planned} \u00b7 ${((now() - start) / 1000).toFixed(1)} s`);
    return {
        planned(count) {
            planned += count;
            draw();
        },
        done() {
            done++;
            draw();
        },
        end() {
            if (planned > 0)
                stream.write('\r\x1b[K');
        },
    };
}

// EXTERNAL MODULE: ./src/core/render/kustomizeBuildOptions.ts
var kustomizeBuildOptions = __webpack_require__(1801);
;// CONCATENATED MODULE: ./src/settings/inputs.ts
// Raw inputs (action inputs, CLI flags turned into a getter, a test's map) and the parsers every
// command's settings share. Nothing here reads the environment by itself: callers pass a getter.


class inputs_SettingsError extends errors/* InputError */.dz {
    name = 'SettingsError';
}
const actionInput = (name) => `Input "${name}"`;
function inputs_parseBoolean(get, name, fallback, label = actionInput) {
    const raw = get(name).trim().toLowerCase();
    if (raw === '')
        return fallback;
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new inputs_SettingsError(`${label(name)} must be true or false, not "${get(name).trim()}".`);
}
/** A list given one item per line, or comma-separated. */
function inputs_parseList(get, name) {
    return get(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
function inputs_parseChoice(get, name, choices, fallback, label = actionInput) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    if (choices.includes(raw))
        return raw;
    throw new inputs_SettingsError(`${label(name)} must be one of ${choices.join(', ')}; got "${raw}".`);
}
function parseGlobs(get, name, label = actionInput) {
    const globs = inputs_parseList(get, name);
    for (const glob of globs) {
        if (glob.startsWith('/') || glob.split('/').includes('..')) {
            throw new inputs_SettingsError(`${label(name)}: "${glob}" must be a glob relative to the repository root (no leading "/", no "..").`);
        }
    }
    return globs;
}
/**
 * Extra `kustomize build` flags (Argo CD's kustomize.buildOptions). Plugins, exec functions, another helm
 * command and the load restrictor stay as they are; `--enable-helm` is allowed (vendored charts only).
 */
function parseKustomizeBuildOptions(raw, what) {
    const options = raw.trim().split(/\s+/).filter(Boolean);
    const refused = options.find((o) => !(0,kustomizeBuildOptions/* isAllowedBuildOption */.m)(o));
    if (refused) {
        throw new inputs_SettingsError(`${what}: "${refused}" is not allowed (plugins, exec functions, the helm command and the load restrictor stay as they are; --enable-helm is allowed for vendored charts).`);
    }
    return options;
}

;// CONCATENATED MODULE: ./src/core/policy/autoMerge.ts
// The auto-merge settings, apart from the policy file's reader so reading the settings does not load it.
/** How an approved bump merges on its own: not at all, or with one of GitHub's merge methods. */
const AUTO_MERGE = ['off', 'merge', 'squash', 'rebase'];

// EXTERNAL MODULE: ./src/core/revision.ts
var revision = __webpack_require__(8206);
;// CONCATENATED MODULE: ./src/settings/github.ts
// Where GitHub is and how to reach it, and the workflow run a command runs in.

/** A whole number of milliseconds from 0 to `max` in an environment variable, else its default. */
function milliseconds(env, name, fallback, max) {
    const value = env[name]?.trim() || String(fallback);
    if (!/^\d{1,5}$/.test(value) || Number(value) > max)
        throw new inputs_SettingsError(`${name} must be milliseconds from 0 to ${max}; got "${value}".`);
    return Number(value);
}
function github_parseGitHub(get, env) {
    return {
        writeSpacingMs: milliseconds(env, 'SLIPWAY_GITHUB_WRITE_SPACING_MS', 1000, 60_000),
        retrySecondMs: milliseconds(env, 'SLIPWAY_GITHUB_RETRY_SECOND_MS', 1000, 1000),
        token: get('token').trim(),
        apiUrl: (get('github-api-url').trim() || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    };
}
function runContext(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
        ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
        ...(runUrl && { runUrl }),
    };
}

;// CONCATENATED MODULE: ./src/settings/bump.ts
// bump's settings, from the action's inputs or the CLI's flags (with the CLI's names in messages).





/** `repository.default_branch` of the event payload, when the payload is of `owner/name`. */
function eventDefaultBranch(event, owner, repo) {
    const repository = (event ?? {})
        .repository;
    const name = repository?.default_branch;
    return repository?.full_name === `${owner}/${repo}` && typeof name === 'string' && (0,revision/* isRevision */.o)(name)
        ? name
        : undefined;
}
/** Images from `images` (full references, one per line) and from `image` + `tag`/`digest`. */
function parseUpdates(get, label) {
    const refs = inputs_parseList(get, 'images');
    const image = get('image').trim();
    const tag = get('tag').trim();
    const digest = get('digest').trim();
    if (image !== '') {
        refs.push(`${image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`);
    }
    else if (tag !== '' || digest !== '') {
        throw new inputs_SettingsError(label === actionInput
            ? 'Inputs "tag" and "digest" need "image": name the image they belong to.'
            : `${label('tag')} and ${label('digest')} need ${label('image')}: name the image they belong to.`);
    }
    if (refs.length === 0)
        throw new inputs_SettingsError(label === actionInput
            ? 'Input "image" (with "tag") or "images" is required for bump.'
            : `${label('image')} (with ${label('tag')}) or ${label('images')} is required for bump.`);
    const updates = refs.map((ref) => {
        try {
            const update = (0,imageRef/* parseImageRef */.Q)(ref);
            if (update.digest !== undefined)
                (0,imageRef/* validateOciDigest */.Oo)(update.digest, ref);
            return update;
        }
        catch (error) {
            throw new inputs_SettingsError(`${label('images')}: ${error.message}.`);
        }
    });
    for (const update of updates) {
        if (update.tag === undefined && update.digest === undefined) {
            throw new inputs_SettingsError(`Image "${update.name}" has no tag or digest: set ${label('tag')} (or ${label('digest')}), or write name:tag, name@digest or name:tag@digest.`);
        }
        if (updates.filter((u) => u.canonical === update.canonical).length > 1) {
            throw new inputs_SettingsError(`Image "${update.name}" is given twice; give each image once.`);
        }
    }
    return updates;
}
function parseRepository(value, name, label = actionInput) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value.trim());
    if (!match)
        throw new inputs_SettingsError(`${label(name)} must be owner/name; got "${value}".`);
    return { owner: match[1], repo: match[2] };
}
/**
 * Bump settings. `localDir` is set by the CLI when it edits a folder on disk; otherwise the manifests
 * are read from and written to GitHub (`manifests-repo`, default: the current repository).
 */
function bump_parseBumpSettings(get, env, localDir, label = actionInput, event) {
    const updates = parseUpdates(get, label);
    const paths = parseGlobs(get, 'paths', label);
    const github = github_parseGitHub(get, env);
    let source;
    if (localDir !== undefined) {
        source = { kind: 'local', dir: localDir };
    }
    else {
        const named = get('manifests-repo').trim() || env.GITHUB_REPOSITORY || '';
        if (named === '')
            throw new inputs_SettingsError(`${label('manifests-repo')} is required (owner/name) outside GitHub Actions.`);
        const base = get('base').trim();
        if (base !== '' && !(0,revision/* isRevision */.o)(base))
            throw new inputs_SettingsError(`${label('base')} must be a branch name or a commit id; got "${base}".`);
        const repository = parseRepository(named, 'manifests-repo', label);
        // the workflow's own repository: its event payload names the default branch, a request saved
        const defaultBranch = base ? undefined : eventDefaultBranch(event, repository.owner, repository.repo);
        source = {
            kind: 'github',
            ...repository,
            ...(base && { base }),
            ...(defaultBranch && { defaultBranch }),
        };
        if (github.token === '') {
            throw new inputs_SettingsError(`${label('token')} is empty: pass a token that can write to the manifests repository.`);
        }
    }
    const environment = get('environment').trim();
    if (environment !== '' && !/^[\w.-]+$/.test(environment)) {
        throw new inputs_SettingsError(`${label('environment')} may hold letters, digits, ".", "_" and "-" only; got "${environment}".`);
    }
    const branchPrefix = get('branch-prefix').trim() || 'slipway';
    if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branchPrefix)) {
        throw new inputs_SettingsError(`${label('branch-prefix')} must be a valid branch name prefix; got "${branchPrefix}".`);
    }
    return {
        command: 'bump',
        updates,
        source,
        paths,
        allowDowngrade: inputs_parseBoolean(get, 'allow-downgrade', false, label),
        forceDowngrade: label === actionInput ? 'allow-downgrade: true' : label('allow-downgrade'),
        dryRun: inputs_parseBoolean(get, 'dry-run', false, label),
        github,
        pullRequest: inputs_parseBoolean(get, 'pull-request', true, label),
        branchPrefix,
        ...(environment && { environment }),
        commitMessage: get('commit-message').trim() || 'chore(deploy): bump {image} to {tag}',
        labels: inputs_parseList(get, 'labels'),
        reviewers: inputs_parseList(get, 'reviewers'),
        teamReviewers: inputs_parseList(get, 'team-reviewers'),
        assignees: inputs_parseList(get, 'assignees'),
        draft: inputs_parseBoolean(get, 'draft', false, label),
        autoMerge: inputs_parseChoice(get, 'auto-merge', AUTO_MERGE, 'off', label),
        context: runContext(env),
    };
}

;// CONCATENATED MODULE: ./src/settings/preview.ts
// The knobs of rendering and validating, one parser for every command that renders: the action's check,
// and the CLI's diff, check and validate (flags become inputs of the same names: --kubernetes-version is
// the input kubernetes-version).





const IMAGE_TAG_SEVERITY = ['error', 'warning', 'notice', 'off'];
/** `ownUrls`: the repository's own URLs (the workflow's repository, the checkout's origin). */
function preview_parsePreviewOptions(get, ownUrls = [], label = actionInput) {
    const kubernetesVersion = get('kubernetes-version').trim() || apiVersions/* DEFAULT_KUBERNETES_VERSION */.qQ;
    if (!(0,apiVersions/* isKubernetesVersion */.dh)(kubernetesVersion))
        throw new inputs_SettingsError(`${label('kubernetes-version')} must be a Kubernetes minor version like 1.31; got "${kubernetesVersion}".`);
    const maxFileText = get('max-file-size').trim() || '10';
    if (!/^\d+(\.\d+)?$/.test(maxFileText) || !(Number(maxFileText) > 0))
        throw new inputs_SettingsError(`${label('max-file-size')} must be a size in MiB like 10 or 64; got "${maxFileText}".`);
    return {
        repoUrls: [...ownUrls, ...inputs_parseList(get, 'repo-url')],
        kubernetesVersion,
        maxFileBytes: Number(maxFileText) * 1024 * 1024,
        strict: inputs_parseBoolean(get, 'strict', false, label),
        requireSchemas: inputs_parseBoolean(get, 'require-schemas', false, label),
        kustomizeBuildOptions: parseKustomizeBuildOptions(get('kustomize-build-options'), label('kustomize-build-options')),
        imageTagSeverity: inputs_parseChoice(get, 'image-tag-severity', IMAGE_TAG_SEVERITY, 'warning', label),
        paths: parseGlobs(get, 'paths', label),
    };
}
function parseValidateSettings(get, targets, label = actionInput) {
    return { targets, ...preview_parsePreviewOptions(get, [], label) };
}
const DIFF_FORMATS = ['text', 'markdown', 'json'];
function parseDiffSettings(get, dir, ownUrls, label = actionInput) {
    const shardText = get('shard').trim();
    const shard = shardText === '' ? undefined : shard_parseShard(shardText);
    if (shardText !== '' && !shard)
        throw new inputs_SettingsError(`${label('shard')} must be INDEX/COUNT, like 2/5; got "${shardText}".`);
    const base = get('base').trim();
    const head = get('head').trim();
    const failOn = get('fail-on').trim();
    return {
        ...preview_parsePreviewOptions(get, ownUrls, label),
        dir,
        ...(base && { base }),
        ...(head && { head }),
        format: inputs_parseChoice(get, 'format', DIFF_FORMATS, 'text', label),
        render: inputs_parseChoice(get, 'render', ['changed', 'all'], 'changed', label),
        ...(failOn && { failOn: inputs_parseChoice(get, 'fail-on', pullRequestFindings_FAIL_ON, 'error', label) }),
        ...(shard && { shard }),
        reportPath: get('report').trim() || 'slipway-partial.json',
        treeIndex: inputs_parseBoolean(get, 'tree-index', true, label),
    };
}

;// CONCATENATED MODULE: ./src/settings/check.ts
// check's settings (check, check-plan, check-merge), from the action's inputs and the event payload.







/** The pull request of a pull_request / pull_request_target event, with the `base` input overriding its base. */
function pullRequestOf(event, base) {
    const pull = (event ?? {}).pull_request;
    const number = typeof pull?.number === 'number' ? pull.number : undefined;
    const baseSha = base || plainText((pull?.base ?? {}).sha, '');
    if (number === undefined || baseSha === '')
        return undefined;
    const head = (pull?.head ?? {});
    const headRepo = (head.repo ?? {}).full_name;
    const baseRepo = ((pull?.base ?? {}).repo ?? {}).full_name;
    const fork = (head.repo ?? {}).fork === true ||
        (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
    return { number, baseSha, fork, ...(typeof head.sha === 'string' && { headSha: head.sha }) };
}
function check_parseCheckSettings(get, env, event) {
    const github = parseGitHub(get, env);
    const own = env.GITHUB_REPOSITORY ? [`${github.serverUrl}/${env.GITHUB_REPOSITORY}`] : [];
    const commentId = get('comment-id').trim() || 'default';
    if (!/^[\w.-]+$/.test(commentId))
        throw new SettingsError(`Input "comment-id" may hold letters, digits, ".", "_" and "-" only; got "${commentId}".`);
    const base = get('base').trim();
    if (base !== '' && !isRevision(base))
        throw new SettingsError(`Input "base" must be a branch name or a commit id; got "${base}".`);
    const shardText = get('shard').trim();
    const shard = shardText === '' ? undefined : parseShard(shardText);
    if (shardText !== '' && !shard)
        throw new SettingsError(`Input "shard" must be INDEX/COUNT with 1 \u2264 INDEX \u2264 COUNT \u2264 256, like 3/8; got "${shardText}".`);
    const maxShardsText = get('max-shards').trim() || '10';
    const maxShards = Number(maxShardsText);
    if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > 256)
        throw new SettingsError(`Input "max-shards" must be a whole number from 1 to 256; got "${maxShardsText}".`);
    const pullRequest = pullRequestOf(event, base);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!pullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
        // never fall back to a green head-only validation on a pull request whose payload is lost
        throw new SettingsError(`This is a ${eventName} run, but its event payload (GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH ?? 'unset'}) has no pull request number and base commit; the predicted diff cannot be computed. Run check on the pull_request event as the runner delivers it.`);
    }
    return {
        command: 'check',
        workspace: env.GITHUB_WORKSPACE || '.',
        ...parsePreviewOptions(get, own),
        failOn: parseChoice(get, 'fail-on', FAIL_ON, 'error'),
        ...(pullRequest && { pullRequest }),
        ...(env.GITHUB_REPOSITORY?.includes('/') && {
            repository: {
                owner: env.GITHUB_REPOSITORY.split('/')[0],
                repo: env.GITHUB_REPOSITORY.split('/')[1],
            },
        }),
        github,
        render: parseChoice(get, 'render', ['changed', 'all'], 'changed'),
        commentId,
        // check takes true/false; bump's method names also mean true, so one workflow-level value works for both
        autoMerge: !['off', 'false'].includes(parseChoice(get, 'auto-merge', ['off', 'false', 'true', 'merge', 'squash', 'rebase'], 'off')),
        reportPath: get('report-file').trim() ||
            `${(env.RUNNER_TEMP || '.').replace(/\/+$/, '')}/slipway-check-${commentId}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}.json`,
        ...(shard && { shard }),
        reports: parseList(get, 'reports'),
        maxShards,
        treeIndex: parseBoolean(get, 'tree-index', false),
    };
}

;// CONCATENATED MODULE: ./src/settings.ts
// Raw inputs (action inputs, CLI flags, a test's map) \u2192 one typed settings object per command.
// Nothing here reads the environment by itself: callers pass a getter and the environment.










const COMMANDS = (/* unused pure expression or super */ null && (['bump', 'check', 'check-plan', 'check-merge']));
/** The command to run: the `command` input, else inferred from the event (pull requests \u2192 check). */
function parseCommand(get, env) {
    const raw = get('command').trim();
    if (raw === '') {
        const event = env.GITHUB_EVENT_NAME ?? '';
        return event === 'pull_request' || event === 'pull_request_target' ? 'check' : 'bump';
    }
    if (COMMANDS.includes(raw))
        return raw;
    throw new SettingsError(`Input "command" must be one of ${COMMANDS.join(', ')} (or empty to infer it from the event); got "${raw}".`);
}
/** Settings for whichever command the inputs name (or the event implies). */
function parseSettings(get, env, event) {
    const command = parseCommand(get, env);
    if (command === 'bump')
        return parseBumpSettings(get, env, undefined, undefined, event);
    const settings = parseCheckSettings(get, env, event);
    return command === 'check' ? settings : { ...settings, command };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/exitCodes.ts
var exitCodes = __webpack_require__(6160);
;// CONCATENATED MODULE: ./src/cli/runners.ts
// The CLI's commands behind commander: flags \u2192 the settings the action builds \u2192 the command \u2192 exit code.
// Loaded only when a command runs (program.ts imports it lazily): `--version` and `--help` stay light.










function terminalLog(quiet) {
    const at = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
    return {
        info: (m) => (quiet ? process.stderr : process.stdout).write(`${m}\n`),
        debug: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
        warning: (m, w) => process.stderr.write(`${at(w)}warning: ${m}\n`),
        error: (m, w) => process.stderr.write(`${at(w)}error: ${m}\n`),
    };
}
async function runBump(refs, flags) {
    if (refs.length === 0 && !flags.image) {
        process.stderr.write('error: name at least one image: slipway bump name:tag [name:tag ...] (or --image NAME --tag TAG)\n');
        return exitCodes/* EXIT_USAGE */.R;
    }
    const inputs = {
        images: refs.join('\n'),
        image: flags.image ?? '',
        tag: flags.tag ?? '',
        digest: flags.digest ?? '',
        paths: flags.path.join('\n'),
        'dry-run': String(flags.dryRun ?? false),
        'allow-downgrade': String(flags.allowDowngrade ?? false),
        'manifests-repo': flags.repo ?? '',
        base: flags.base ?? '',
        'pull-request': String(flags.pullRequest),
        environment: flags.environment ?? '',
        'branch-prefix': flags.branchPrefix ?? '',
        token: process.env.GITHUB_TOKEN ?? '',
    };
    const log = terminalLog(flags.json ?? false);
    // with --json, stdout holds JSON only: the result, or {"error": {...}} with the same exit code
    const fail = (message, kind) => {
        if (flags.json)
            process.stdout.write(`${JSON.stringify({ error: { kind, message } }, null, 2)}\n`);
        else
            log.error(message);
        return exitCodes/* EXIT_FAILURE */.w;
    };
    let settings;
    try {
        settings = bump_parseBumpSettings((name) => inputs[name] ?? '', process.env, flags.repo ? undefined : flags.dir, cliFlag);
    }
    catch (error) {
        if (error instanceof inputs_SettingsError)
            return fail(error.message, 'invalid-input');
        throw error;
    }
    const print = flags.json ? undefined : (text) => void process.stdout.write(text);
    let result;
    try {
        // Octokit is loaded only here, for a bump on GitHub
        const { gitHubEdges } = await Promise.all(/* import() */[__webpack_require__.e(790), __webpack_require__.e(284)]).then(__webpack_require__.bind(__webpack_require__, 2284));
        result = await bump(settings, log, gitHubEdges(settings.github, log), {
            verbose: flags.verbose ?? false,
            ...(print && { print }),
        });
    }
    catch (error) {
        return fail(error instanceof Error ? error.message : String(error), 'failure');
    }
    if (result.failure)
        return fail(result.failure, 'failure');
    if (flags.json)
        process.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
    return 0;
}
/** The CLI's names for the inputs bump's messages mention. */
const CLI_FLAGS = {
    images: 'the image arguments (name:tag \u2026)',
    image: '--image',
    tag: '--tag',
    digest: '--digest',
    paths: '--path',
    'allow-downgrade': '--allow-downgrade',
    'dry-run': '--dry-run',
    'manifests-repo': '--repo',
    base: '--base',
    'pull-request': '--no-pull-request',
    environment: '--environment',
    'branch-prefix': '--branch-prefix',
    token: 'GITHUB_TOKEN',
};
const cliFlag = (name) => CLI_FLAGS[name] ?? `--${name}`;
/**
 * A command's flags as the inputs of the same names (--kubernetes-version \u2192 kubernetes-version, lists one
 * per line), so the CLI builds its settings with the functions the action uses.
 */
function flagInputs(flags) {
    const inputs = new Map();
    for (const [key, value] of Object.entries(flags)) {
        const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        inputs.set(name, Array.isArray(value) ? value.join('\n') : value === undefined ? '' : String(value));
    }
    return (name) => inputs.get(name) ?? '';
}
const terminal = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: process.stdout.isTTY ?? false,
};
/** The edges of a CLI command that does not talk to GitHub. */
/** A flag value the settings refuse, or a revision that is not there: a usage error (exit 2). */
async function usage(run) {
    try {
        return await run();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        process.stderr.write(`error: ${error.message}\n`);
        return exitCodes/* EXIT_USAGE */.R;
    }
}
function runValidate(paths, flags) {
    return usage(async () => {
        const settings = parseValidateSettings(flagInputs(flags), paths, (name) => `--${name}`);
        const progress = progressLine();
        const result = await validate({ ...settings, ...(progress && { progress }) }, (0,localEdges/* localEdges */.S)());
        progress?.end();
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        if (flags.format === 'json')
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (flags.format === 'sarif')
            process.stdout.write(`${JSON.stringify(toSarif(result.findings, version/* VERSION */.x), null, 2)}\n`);
        else {
            // the same finding in a file that several apps render (a shared base) is one line naming the apps
            for (const group of groupFindings(result.findings))
                process.stdout.write(`${groupLine(group)}\n`);
            const warnings = result.findings.filter((f) => f.severity === 'warning').length;
            process.stderr.write(`${result.units} unit(s), ${result.objects} object(s): ${errors} error(s), ${warnings} warning(s)\n`);
        }
        return errors > 0 ? exitCodes/* EXIT_FAILURE */.w : 0;
    });
}
function runDiff(dir, flags) {
    return usage(async () => {
        const edges = (0,localEdges/* localEdges */.S)();
        const origin = edges.trees.originUrl(dir);
        const settings = parseDiffSettings(flagInputs(flags), dir, origin ? [origin] : [], (n) => `--${n}`);
        const progress = progressLine();
        return diff({ ...settings, ...(progress && { progress }) }, edges, terminal);
    });
}
/** `slipway check merge FILES\u2026`. */
function runMerge(files, format) {
    return usage(() => Promise.resolve(mergeShards(files, format, (0,localEdges/* localEdges */.S)(), terminal)));
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ appUnit),
/* harmony export */   z: () => (/* binding */ isApplication)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _repoUrl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1896);
/* harmony import */ var _sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5308);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7032);
// One Argo CD Application \u2192 the unit it deploys from this repository, and how (or why it is not previewed).
// Sources from other repositories are listed as not previewed, never dropped silently.




const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const asStr = (v) => (typeof v === 'string' ? v : undefined);
const asArr = (v) => (Array.isArray(v) ? v : []);
function isApplication(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'Application');
}
function syncPolicyOf(spec) {
    const policy = asObj(spec.syncPolicy);
    const automated = policy.automated !== undefined && policy.automated !== null;
    const auto = asObj(policy.automated);
    return {
        automated,
        prune: automated && auto.prune === true,
        selfHeal: automated && auto.selfHeal === true,
        options: asArr(policy.syncOptions).filter((o) => typeof o === 'string'),
    };
}
function unitSource(source) {
    // relative to the repository root, like Argo CD's securejoin: `./x` and `/x` are `x`, `.x` stays `.x`
    const raw = asStr(source.path) ?? '';
    const path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', raw.replace(/^\/+/, ''));
    const out = { path: path ?? raw };
    if (path === undefined)
        out.invalid = `path "${raw}" leaves the repository`;
    if (source.kustomize)
        out.kustomize = asObj(source.kustomize);
    if (source.helm)
        out.helm = asObj(source.helm);
    if (source.directory) {
        const dir = asObj(source.directory);
        out.directory = dir;
        if (dir.jsonnet && Object.keys(asObj(dir.jsonnet)).length > 0)
            out.unsupported = 'jsonnet';
    }
    if (source.plugin)
        out.unsupported = 'config management plugin';
    // Argo CD's ExplicitType: a kustomize, helm, directory or plugin block decides the type; two are an error
    const explicit = ['kustomize', 'helm', 'directory', 'plugin'].filter((key) => source[key] !== undefined && source[key] !== null);
    if (explicit.length > 1)
        out.invalid = `multiple application sources defined: ${explicit.join(', ')} (Argo CD refuses such an app)`;
    else if (explicit[0])
        out.type = explicit[0];
    return out;
}
const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/**
 * Where an Application does not have the shape Argo CD's CRD requires of the fields Slipway reads \u2014 a
 * missing source, `kustomize.images` as a map, `valueFiles: [1]` \u2014 said in words; Argo CD refuses it too.
 */
function malformedApplication(spec) {
    const out = [];
    if (spec.source === undefined && spec.sources === undefined)
        return ['the Application has no spec.source or spec.sources'];
    if (spec.sources !== undefined && !Array.isArray(spec.sources))
        out.push('spec.sources must be a list');
    if (spec.source !== undefined && (typeof spec.source !== 'object' || Array.isArray(spec.source)))
        out.push('spec.source must be a map');
    const sources = spec.sources !== undefined ? asArr(spec.sources) : [spec.source];
    sources.forEach((value, i) => {
        const at = spec.sources !== undefined ? `spec.sources[${i}]` : 'spec.source';
        const source = asObj(value);
        if (typeof source.repoURL !== 'string')
            out.push(`${at}.repoURL must be a string`);
        const kustomize = source.kustomize;
        if (kustomize !== undefined && kustomize !== null) {
            if (typeof kustomize !== 'object' || Array.isArray(kustomize))
                out.push(`${at}.kustomize must be a map`);
            else if (kustomize.images !== undefined && !isStringList(kustomize.images))
                out.push(`${at}.kustomize.images must be a list of strings (name:tag, name=newName:tag)`);
        }
        const helm = source.helm;
        if (helm !== undefined && helm !== null) {
            if (typeof helm !== 'object' || Array.isArray(helm))
                out.push(`${at}.helm must be a map`);
            else {
                const h = helm;
                if (h.valueFiles !== undefined && !isStringList(h.valueFiles))
                    out.push(`${at}.helm.valueFiles must be a list of strings`);
                if (h.parameters !== undefined &&
                    !(Array.isArray(h.parameters) && h.parameters.every((p) => typeof asObj(p).name === 'string')))
                    out.push(`${at}.helm.parameters must be a list of {name, value}`);
                if (h.values !== undefined && typeof h.values !== 'string')
                    out.push(`${at}.helm.values must be a string (use valuesObject for a map)`);
            }
        }
        const directory = source.directory;
        if (directory !== undefined &&
            directory !== null &&
            (typeof directory !== 'object' || Array.isArray(directory)))
            out.push(`${at}.directory must be a map`);
    });
    return out;
}
/**
 * An in-repository source with Argo CD's `.argocd-source*.yaml` files of its folder merged in; a file
 * that cannot be merged, or leaves the source malformed, is a problem of the app.
 */
function withSourceParameters(tree, source, instance, problems) {
    const folder = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)('', (asStr(source.path) ?? '').replace(/^\/+/, ''));
    if (folder === undefined || asStr(source.chart))
        return { source };
    const merged = (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSourceParameters */ .AQ)(tree, source, folder, instance);
    if (merged.problem)
        problems.push(merged.problem.message);
    else if (merged.merged.length > 0)
        for (const message of malformedApplication({ source: merged.source }))
            problems.push(`after merging ${merged.merged.join(' and ')}: ${message}`);
    return { source: merged.source, parameterFiles: (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceParameterFiles */ .qx)(folder, instance) };
}
/** An Application object \u2192 a unit (or the reason it is not previewed). */
function appUnit(obj, file, line, repoUrls, tree) {
    const metadata = asObj(obj.metadata);
    const spec = asObj(obj.spec);
    const name = asStr(metadata.name) ?? '(unnamed)';
    const notPreviewed = [];
    const problems = malformedApplication(spec);
    // asked up to three times per source: each repoURL is compared once
    const oursByUrl = new Map();
    const ours = (source) => {
        const url = asStr(source.repoURL) ?? '';
        let known = oursByUrl.get(url);
        if (known === undefined)
            oursByUrl.set(url, (known = repoUrls.some((our) => (0,_repoUrl_js__WEBPACK_IMPORTED_MODULE_2__/* .sameRepo */ .Z)(our, url))));
        return known;
    };
    const instance = (0,_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .instanceName */ .zl)(name, asStr(metadata.namespace));
    const parameterFiles = new Map();
    const raw = (spec.sources ? asArr(spec.sources).map(asObj) : spec.source ? [asObj(spec.source)] : []).map((source) => {
        if (!tree || !ours(source) || source.path === undefined || problems.length > 0)
            return source;
        const merged = withSourceParameters(tree, source, instance, problems);
        if (merged.parameterFiles)
            parameterFiles.set(merged.source, merged.parameterFiles);
        return merged.source;
    });
    // multi-source apps: `$<ref>/path` value files point into a source that names a ref
    const refs = new Map(raw.filter((s) => asStr(s.ref)).map((s) => [asStr(s.ref), ours(s)]));
    const sources = [];
    for (const source of raw) {
        const repoURL = asStr(source.repoURL) ?? '';
        const chart = asStr(source.chart);
        const helm = source.helm === undefined ? undefined : asObj(source.helm);
        const valueFiles = asArr(helm?.valueFiles);
        // `$<ref>/path` value files (for in-repo charts and chart sources alike) must come from this repository
        const external = valueFiles.find((f) => typeof f === 'string' && f.startsWith('$') && refs.get(f.slice(1, f.indexOf('/'))) !== true);
        if ((chart || ours(source)) && external) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `value file ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(external)} is not in this repository, not previewed`,
            });
            continue;
        }
        const helmOptions = helm && {
            ...helm,
            valueFiles: valueFiles.map((f) => typeof f === 'string' && f.startsWith('$') ? `$values/${f.slice(f.indexOf('/') + 1)}` : f),
        };
        if (chart) {
            sources.push({
                path: '',
                chart: {
                    repoURL,
                    name: chart,
                    ...(asStr(source.targetRevision) && { version: asStr(source.targetRevision) }),
                },
                helm: helmOptions ?? {},
            });
        }
        else if (!ours(source)) {
            notPreviewed.push({
                name,
                file,
                line,
                reason: `external source ${repoURL || '(no repoURL)'}, not previewed`,
            });
        }
        else if (source.path !== undefined) {
            const files = parameterFiles.get(source);
            sources.push({
                ...unitSource(source),
                ...(helmOptions && { helm: helmOptions }),
                ...(files && { parameterFiles: files }),
            });
        }
    }
    // a malformed Application is a failed app with the reason, never dropped
    if (sources.length === 0 && problems.length === 0)
        return { notPreviewed };
    const destination = asObj(spec.destination);
    const finalizers = asArr(metadata.finalizers).filter((f) => typeof f === 'string');
    // Argo CD identifies an app by namespace and name: the same name in two namespaces is two apps
    const namespace = asStr(metadata.namespace);
    const qualified = namespace && namespace !== 'argocd' ? `${namespace}/${name}` : name;
    const unit = {
        id: `app:${qualified}`,
        file,
        line,
        app: {
            name,
            ...(namespace && namespace !== 'argocd' && { namespace }),
            ...(asStr(spec.project) && { project: asStr(spec.project) }),
            origins: raw.map((r) => [
                asStr(r.repoURL) ?? '',
                asStr(r.chart) ?? asStr(r.path) ?? '',
                asStr(r.targetRevision) ?? 'HEAD',
            ].join(' ')),
            destination: {
                ...(asStr(destination.server) && { server: asStr(destination.server) }),
                ...(asStr(destination.name) && { name: asStr(destination.name) }),
                ...(asStr(destination.namespace) && { namespace: asStr(destination.namespace) }),
            },
            syncPolicy: syncPolicyOf(spec),
            cascadeDelete: finalizers.some((f) => f.startsWith('resources-finalizer.argocd.argoproj.io')),
            ignoreDifferences: asArr(spec.ignoreDifferences),
        },
        sources: problems.length > 0 ? [] : sources,
        ...(problems.length > 0 && {
            findings: problems.map((message) => ({
                severity: 'error',
                rule: 'invalid-application',
                unit: `app:${qualified}`,
                file,
                line,
                message,
            })),
        }),
    };
    return { unit, notPreviewed };
}


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jh: () => (/* binding */ expandApplicationSet),
  tj: () => (/* binding */ isApplicationSet)
});

// UNUSED EXPORTS: OTHER_GENERATORS, PREVIEWED_GENERATORS

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/argo/repoUrl.ts
var repoUrl = __webpack_require__(1896);
;// CONCATENATED MODULE: ./src/core/argo/goTemplate.ts
// Go's text/template, as Argo CD's ApplicationSet controller runs it on every string of a template: text
// and {{actions}} with trim markers and comments; pipelines with `|`; fields, variables (`$x :=`, `$`),
// literals and parenthesised pipelines; if / else if / else, range (lists and maps, `$i, $v :=`, else),
// with; the built-in functions and the functions given (Argo CD's sprig set, see sprigFunctions.ts).
// Printing and truthiness follow Go (`<no value>`, `map[a:1]`, `[a b]`, 1e+06). Parameters come from
// JSON, so numbers are float64 as in Argo CD. No npm package implements text/template with sprig well
// enough (the maintained ones stop at field lookups), so this one is written here and tested against
// Argo CD's documented examples (__tests__/core/goTemplate.test.ts).
class TemplateError extends Error {
}
/** What a field lookup yields for a key the map does not have (Go's invalid reflect.Value). */
const NO_VALUE = Symbol('no value');
function split(source) {
    const out = [];
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('{{', at);
        if (open === -1) {
            out.push(source.slice(at));
            break;
        }
        out.push(source.slice(at, open));
        let i = open + 2;
        const trimLeft = source.startsWith('- ', i) || source.startsWith('-\t', i) || source.startsWith('-\n', i);
        if (trimLeft)
            i += 1;
        // find the closing }} outside quotes
        let quote;
        let close = -1;
        for (let j = i; j < source.length; j++) {
            const c = source[j];
            if (quote) {
                if (c === '\\' && quote !== '`')
                    j++;
                else if (c === quote)
                    quote = undefined;
            }
            else if (c === '"' || c === '`' || c === "'")
                quote = c;
            else if (source.startsWith('}}', j)) {
                close = j;
                break;
            }
        }
        if (close === -1)
            throw new TemplateError('unclosed action');
        let end = close;
        const trimRight = /\s-$/.test(source.slice(i, close));
        if (trimRight)
            end -= 1;
        out.push({ body: source.slice(i, end), trimLeft, trimRight });
        at = close + 2;
    }
    // apply trim markers to the neighbouring text
    for (let k = 0; k < out.length; k++) {
        const item = out[k];
        if (typeof item === 'string')
            continue;
        if (item?.trimLeft && typeof out[k - 1] === 'string')
            out[k - 1] = out[k - 1].trimEnd();
        if (item?.trimRight && typeof out[k + 1] === 'string')
            out[k + 1] = out[k + 1].trimStart();
    }
    return out;
}
function tokenize(body) {
    const tokens = [];
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < body.length && body[j] !== '"')
                j += body[j] === '\\' ? 2 : 1;
            tokens.push({ t: 'string', v: JSON.parse(body.slice(i, j + 1)) });
            i = j + 1;
        }
        else if (c === '`') {
            const j = body.indexOf('`', i + 1);
            if (j === -1)
                throw new TemplateError('unterminated raw string');
            tokens.push({ t: 'string', v: body.slice(i + 1, j) });
            i = j + 1;
        }
        else if (c === "'") {
            const j = body.indexOf("'", i + 1);
            tokens.push({ t: 'char', v: body.slice(i + 1, j) });
            i = j + 1;
        }
        else if (c === '(' || c === ')' || c === '|' || c === ',') {
            tokens.push({ t: 'op', v: c });
            i++;
        }
        else if (body.startsWith(':=', i)) {
            tokens.push({ t: 'op', v: ':=' });
            i += 2;
        }
        else if (c === '=') {
            tokens.push({ t: 'op', v: '=' });
            i++;
        }
        else if (c === '$') {
            const m = /^\$\w*(\.\w+)*/.exec(body.slice(i));
            tokens.push({ t: 'var', v: m[0] });
            i += m[0].length;
        }
        else if (c === '.') {
            const m = /^(\.[\w]*)+/.exec(body.slice(i));
            tokens.push({ t: 'field', v: m[0], glued: body[i - 1] === ')' });
            i += m[0].length;
        }
        else if (/[-+\d]/.test(c)) {
            const m = /^[-+]?(0x[\da-fA-F]+|\d+(\.\d*)?([eE][-+]?\d+)?|\.\d+)/.exec(body.slice(i));
            if (!m)
                throw new TemplateError(`bad number in "${body}"`);
            tokens.push({ t: 'number', v: m[0] });
            i += m[0].length;
        }
        else {
            const m = /^[A-Za-z_]\w*/.exec(body.slice(i));
            if (!m)
                throw new TemplateError(`unexpected "${c}" in "${body}"`);
            tokens.push({ t: 'word', v: m[0] });
            i += m[0].length;
        }
    }
    return tokens;
}
// ---------- parsing
class PipelineParser {
    tokens;
    i = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    done() {
        return this.i >= this.tokens.length;
    }
    pipeline() {
        const decl = [];
        let assign = false;
        // `$x :=`, `$i, $v :=`, `$x =`
        const save = this.i;
        while (this.tokens[this.i]?.t === 'var') {
            decl.push(this.tokens[this.i].v);
            this.i++;
            if (this.tokens[this.i]?.v === ',')
                this.i++;
            else
                break;
        }
        const op = this.tokens[this.i];
        if (decl.length > 0 && op?.t === 'op' && (op.v === ':=' || op.v === '=')) {
            assign = op.v === '=';
            this.i++;
        }
        else {
            decl.length = 0;
            this.i = save;
        }
        const commands = [this.command()];
        while (this.tokens[this.i]?.v === '|' && this.tokens[this.i]?.t === 'op') {
            this.i++;
            commands.push(this.command());
        }
        return { decl, assign, commands };
    }
    command() {
        const terms = [];
        for (let token = this.tokens[this.i]; token; token = this.tokens[this.i]) {
            if (token.t === 'op' && (token.v === '|' || token.v === ')'))
                break;
            terms.push(this.term());
        }
        if (terms.length === 0)
            throw new TemplateError('missing value for command');
        return terms;
    }
    term() {
        const token = this.tokens[this.i++];
        switch (token.t) {
            case 'string':
                return { kind: 'literal', value: token.v };
            case 'char':
                return { kind: 'literal', value: token.v.codePointAt(0) };
            case 'number':
                return { kind: 'literal', value: Number(token.v) };
            case 'field':
                return {
                    kind: 'field',
                    base: 'dot',
                    path: token.v
                        .split('.')
                        .slice(1)
                        .filter((p) => p !== ''),
                };
            case 'var': {
                const [name, ...rest] = token.v.split('.');
                return { kind: 'field', base: name, path: rest };
            }
            case 'word':
                if (token.v === 'true' || token.v === 'false')
                    return { kind: 'literal', value: token.v === 'true' };
                if (token.v === 'nil')
                    return { kind: 'literal', value: null };
                return { kind: 'ident', name: token.v };
            case 'op': {
                if (token.v !== '(')
                    throw new TemplateError(`unexpected "${token.v}"`);
                const pipe = this.pipeline();
                if (this.tokens[this.i++]?.v !== ')')
                    throw new TemplateError('unclosed left paren');
                const next = this.tokens[this.i];
                let path = [];
                if (next?.t === 'field' && next.glued) {
                    path = next.v.split('.').slice(1);
                    this.i++;
                }
                return { kind: 'pipe', pipe, path };
            }
        }
    }
}
function parsePipeline(text) {
    const parser = new PipelineParser(tokenize(text));
    const pipe = parser.pipeline();
    if (!parser.done())
        throw new TemplateError(`unexpected text in "${text}"`);
    return pipe;
}
function parseTemplate(source) {
    const root = [];
    const stack = [];
    const target = () => {
        const top = stack.at(-1);
        return top ? (top.inElse ? top.node.else : top.node.then) : root;
    };
    for (const item of split(source)) {
        if (typeof item === 'string') {
            if (item !== '')
                target().push({ kind: 'text', text: item });
            continue;
        }
        const body = item.body.trim();
        if (body.startsWith('/*'))
            continue;
        const [keyword, rest] = [/^\w+/.exec(body)?.[0] ?? '', body.replace(/^\w+/, '').trim()];
        if (keyword === 'if' || keyword === 'with' || keyword === 'range') {
            const node = { kind: keyword, pipe: parsePipeline(rest), then: [], else: [] };
            target().push(node);
            stack.push({ node, inElse: false });
        }
        else if (keyword === 'else') {
            const top = stack.at(-1);
            if (!top || top.inElse)
                throw new TemplateError('unexpected {{else}}');
            top.inElse = true;
            const chained = /^(if|with)\s/.exec(rest);
            if (chained) {
                const node = {
                    kind: chained[1],
                    pipe: parsePipeline(rest.slice(chained[0].length)),
                    then: [],
                    else: [],
                };
                top.node.else.push(node);
                stack.push({ node, inElse: false, elseIf: true });
            }
        }
        else if (keyword === 'end') {
            if (stack.length === 0)
                throw new TemplateError('unexpected {{end}}');
            while (stack.pop()?.elseIf)
                ;
        }
        else if (['define', 'template', 'block', 'break', 'continue'].includes(keyword) &&
            !rest.startsWith(':')) {
            throw new TemplateError(`{{${keyword}}} is not supported`);
        }
        else
            target().push({ kind: 'action', pipe: parsePipeline(body) });
    }
    if (stack.length > 0)
        throw new TemplateError('unexpected EOF: an {{if}}, {{range}} or {{with}} has no {{end}}');
    return root;
}
// ---------- values as Go sees them
function isTrue(value) {
    if (value === NO_VALUE || value === null || value === undefined || value === false)
        return false;
    if (value === 0 || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (typeof value === 'object')
        return Object.keys(value).length > 0;
    return true;
}
function goFloat(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? '+Inf' : '-Inf';
    if (x === 0)
        return '0';
    const exp = Math.floor(Math.log10(Math.abs(x)));
    // strconv.FormatFloat(x, 'g', -1, 64): %e when the exponent is < -4 or >= 6 (1e+06, 1.5e-05)
    if (exp < -4 || exp >= 6) {
        return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
    }
    return String(x);
}
/** fmt.Sprint of one value. */
function goString(value) {
    if (value === NO_VALUE)
        return '<no value>';
    if (value === null || value === undefined)
        return '<nil>';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return goFloat(value);
    if (typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return `[${value.map(goString).join(' ')}]`;
    if (typeof value === 'object')
        return `map[${Object.keys(value)
            .sort()
            .map((k) => `${k}:${goString(value[k])}`)
            .join(' ')}]`;
    return typeof value === 'function' ? '<func>' : value.toString();
}
// ---------- execution
class Scope {
    parent;
    vars = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    get(name) {
        if (this.vars.has(name))
            return this.vars.get(name);
        if (this.parent)
            return this.parent.get(name);
        throw new TemplateError(`undefined variable: ${name}`);
    }
    declare(name, value) {
        this.vars.set(name, value);
    }
    assign(name, value) {
        if (this.vars.has(name) || !this.parent)
            this.vars.set(name, value);
        else
            this.parent.assign(name, value);
    }
}
const BUILTINS = {
    and: (...args) => args.find((a) => !isTrue(a)) ?? args.at(-1),
    or: (...args) => args.find((a) => isTrue(a)) ?? args.at(-1),
    not: (a) => !isTrue(a),
    len: (a) => {
        if (typeof a === 'string' || Array.isArray(a))
            return a.length;
        if (a && typeof a === 'object')
            return Object.keys(a).length;
        throw new TemplateError(`len of ${goString(a)}`);
    },
    index: (item, ...keys) => {
        let value = item;
        for (const key of keys) {
            if (Array.isArray(value) || typeof value === 'string') {
                const i = Number(key);
                if (!Number.isInteger(i) || i < 0 || i >= value.length)
                    throw new TemplateError(`error calling index: index out of range: ${goString(key)}`);
                value = value[i];
            }
            else if (value && typeof value === 'object') {
                value = value[String(key)] ?? null;
            }
            else
                throw new TemplateError(`error calling index: cannot index ${goString(value)}`);
        }
        return value;
    },
    slice: (item, ...bounds) => {
        const [from, to] = bounds.map(Number);
        if (typeof item === 'string' || Array.isArray(item))
            return item.slice(from ?? 0, to);
        throw new TemplateError('can only slice strings and lists');
    },
    print: (...args) => args
        .map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goString(a))
        .join(''),
    println: (...args) => `${args.map(goString).join(' ')}\n`,
    printf: (format, ...args) => sprintf(String(format), args),
    urlquery: (...args) => encodeURIComponent(args.map(goString).join('')).replace(/%20/g, '+'),
    html: (...args) => args
        .map(goString)
        .join('')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&#34;')
        .replace(/'/g, '&#39;'),
    js: (...args) => JSON.stringify(args.map(goString).join('')).slice(1, -1),
    eq: (a, ...bs) => bs.some((b) => compare(a, b) === 0),
    ne: (a, b) => compare(a, b) !== 0,
    lt: (a, b) => compare(a, b) < 0,
    le: (a, b) => compare(a, b) <= 0,
    gt: (a, b) => compare(a, b) > 0,
    ge: (a, b) => compare(a, b) >= 0,
};
function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return a === b ? 0 : 1;
    if ((a === null || a === NO_VALUE) && (b === null || b === NO_VALUE))
        return 0;
    throw new TemplateError(`incompatible types for comparison: ${goString(a)} and ${goString(b)}`);
}
/** Go's fmt verbs used in templates: %s %v %d %f %q %t %x %%, with width, precision and flags. */
function sprintf(format, args) {
    let n = 0;
    return format.replace(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([svdfqtxXeg%])/g, (_, flags, width, prec, verb) => {
        if (verb === '%')
            return '%';
        const arg = args[n++];
        let out;
        switch (verb) {
            case 'd':
                out = String(Math.trunc(Number(arg)));
                break;
            case 'f':
                out = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
                break;
            case 'e':
                out = Number(arg)
                    .toExponential(prec === undefined ? 6 : Number(prec))
                    .replace(/e([+-])(\d)$/, 'e$10$2');
                break;
            case 'g':
                out = goFloat(Number(arg));
                break;
            case 'q':
                out = JSON.stringify(goString(arg));
                break;
            case 't':
                out = String(isTrue(arg));
                break;
            case 'x':
            case 'X':
                out =
                    typeof arg === 'number'
                        ? Math.trunc(arg).toString(16)
                        : Buffer.from(goString(arg)).toString('hex');
                if (verb === 'X')
                    out = out.toUpperCase();
                break;
            default:
                out = goString(arg);
                if (prec !== undefined)
                    out = out.slice(0, Number(prec));
        }
        if (width && out.length < Number(width)) {
            const pad = flags.includes('0') && !flags.includes('-') && 'dfeg'.includes(verb) ? '0' : ' ';
            out = flags.includes('-') ? out.padEnd(Number(width)) : out.padStart(Number(width), pad);
        }
        return out;
    });
}
class Executor {
    options;
    functions;
    constructor(options) {
        this.options = options;
        this.functions = { ...options.functions, ...BUILTINS };
    }
    field(value, path, where) {
        let current = value;
        for (const key of path) {
            if (current === null || current === undefined || current === NO_VALUE)
                throw new TemplateError(`at <${where}>: nil pointer evaluating interface {}.${key}`);
            if (typeof current !== 'object' || Array.isArray(current))
                throw new TemplateError(`at <${where}>: can't evaluate field ${key} in type ${typeof current}`);
            const map = current;
            if (!(key in map)) {
                if (this.options.missingKeyError)
                    throw new TemplateError(`at <${where}>: map has no entry for key "${key}"`);
                current = NO_VALUE;
                continue;
            }
            current = map[key];
        }
        return current;
    }
    term(term, dot, scope, final) {
        switch (term.kind) {
            case 'literal':
                return term.value;
            case 'pipe':
                return this.field(this.pipeline(term.pipe, dot, scope), term.path, `(...).${term.path.join('.')}`);
            case 'field': {
                const base = term.base === 'dot' ? dot : scope.get(term.base);
                const where = `${term.base === 'dot' ? '' : typeof term.base === 'string' ? term.base : '(...)'}.${term.path.join('.')}`;
                return this.field(base, term.path, where);
            }
            case 'ident': {
                const fn = this.functions[term.name];
                if (!fn)
                    throw new TemplateError(`function "${term.name}" not defined`);
                return fn(...final);
            }
        }
    }
    command(terms, dot, scope, piped) {
        const [head, ...rest] = terms;
        if (head.kind === 'ident') {
            const args = [...rest.map((t) => this.term(t, dot, scope, [])), ...piped];
            try {
                return this.term(head, dot, scope, args);
            }
            catch (error) {
                if (error instanceof TemplateError)
                    throw error;
                throw new TemplateError(`error calling ${head.name}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        if (rest.length > 0 || piped.length > 0)
            throw new TemplateError("can't give arguments to a non-function");
        return this.term(head, dot, scope, []);
    }
    pipeline(pipe, dot, scope) {
        let value;
        pipe.commands.forEach((command, i) => {
            value = this.command(command, dot, scope, i === 0 ? [] : [value]);
        });
        if (pipe.decl.length === 1) {
            if (pipe.assign)
                scope.assign(pipe.decl[0], value);
            else
                scope.declare(pipe.decl[0], value);
        }
        return value;
    }
    run(nodes, dot, scope, out) {
        for (const node of nodes) {
            switch (node.kind) {
                case 'text':
                    out.push(node.text);
                    break;
                case 'action': {
                    const value = this.pipeline(node.pipe, dot, scope);
                    if (node.pipe.decl.length === 0)
                        out.push(goString(value));
                    break;
                }
                case 'if':
                case 'with': {
                    const inner = new Scope(scope);
                    const value = this.pipeline(node.pipe, dot, inner);
                    if (isTrue(value))
                        this.run(node.then, node.kind === 'with' ? value : dot, inner, out);
                    else
                        this.run(node.else, dot, new Scope(scope), out);
                    break;
                }
                case 'range': {
                    const inner = new Scope(scope);
                    const decl = node.pipe.decl;
                    const value = this.pipeline({ ...node.pipe, decl: [] }, dot, inner);
                    const entries = Array.isArray(value)
                        ? value.map((v, i) => [i, v])
                        : value && typeof value === 'object'
                            ? Object.keys(value)
                                .sort()
                                .map((k) => [k, value[k]])
                            : typeof value === 'number'
                                ? Array.from({ length: value }, (_, i) => [i, i])
                                : [];
                    if (entries.length === 0)
                        this.run(node.else, dot, new Scope(scope), out);
                    for (const [key, item] of entries) {
                        const iteration = new Scope(inner);
                        if (decl.length === 1)
                            iteration.declare(decl[0], item);
                        if (decl.length === 2) {
                            iteration.declare(decl[0], key);
                            iteration.declare(decl[1], item);
                        }
                        this.run(node.then, item, iteration, out);
                    }
                    break;
                }
            }
        }
    }
}
/** Executes a parsed template on `data` (the generator's parameters). */
function executeTemplate(nodes, data, options) {
    const scope = new Scope();
    scope.declare('$', data);
    const out = [];
    new Executor(options).run(nodes, data, scope, out);
    return out.join('');
}
function renderGoTemplate(source, data, options) {
    if (!source.includes('{{'))
        return source;
    return executeTemplate(parseTemplate(source), data, options);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/argo/sprigFunctions.ts
// The template functions Argo CD gives ApplicationSet Go templates: Masterminds/sprig's generic function
// map without env, expandenv and getHostByName, plus normalize, slugify, toYaml, fromYaml and
// fromYamlArray (applicationset/utils/utils.go). The deterministic functions templates use are here; one
// that is missing (dates, random values, crypto) makes the template fail with "function not defined",
// and the ApplicationSet is listed as not previewed with that reason \u2014 never rendered wrong.





const str = (v) => (v === NO_VALUE || v === null || v === undefined ? '' : goString(v));
const num = (v) => {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    const n = Number(str(v));
    return Number.isNaN(n) ? 0 : n;
};
const sprigFunctions_int = (v) => Math.trunc(num(v));
const list = (v) => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]);
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const empty = (v) => !isTrue(v);
/** Argo CD's SanitizeName: lower case, [^-a-z0-9.] \u2192 '-', at most 253 characters, trimmed of '-' and '.'. */
function sanitizeName(name) {
    return name
        .toLowerCase()
        .replace(/[^-a-z0-9.]/g, '-')
        .slice(0, 253)
        .replace(/^[-.]+|[-.]+$/g, '');
}
function words(s) {
    return s
        .replace(/([a-z\d])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z\d]+/)
        .filter(Boolean);
}
function mergeInto(target, source, overwrite) {
    for (const [k, v] of Object.entries(source)) {
        if (isObj(v) && isObj(target[k]))
            mergeInto(target[k], v, overwrite);
        else if (overwrite || !(k in target) || empty(target[k]))
            target[k] = structuredClone(v);
    }
    return target;
}
const SPRIG_FUNCTIONS = {
    // Argo CD's own
    normalize: (s) => sanitizeName(str(s)),
    // sigs.k8s.io/yaml goes through JSON: keys sorted
    toYaml: (v) => (0,dist/* stringify */.As)(v === NO_VALUE ? null : v, { sortMapEntries: true }).replace(/\n$/, ''),
    fromYaml: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !isObj(value))
            throw new TemplateError('fromYaml: not a map');
        return value ?? {};
    },
    fromYamlArray: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !Array.isArray(value))
            throw new TemplateError('fromYamlArray: not a list');
        return (value ?? []);
    },
    // defaults and flow
    default: (fallback, value) => (empty(value) ? fallback : value),
    empty: (v) => empty(v),
    coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
    ternary: (yes, no, condition) => (isTrue(condition) ? yes : no),
    fail: (message) => {
        throw new TemplateError(str(message));
    },
    required: (message, value) => {
        if (value === null || value === undefined || value === NO_VALUE || value === '')
            throw new TemplateError(str(message));
        return value;
    },
    // strings
    upper: (s) => str(s).toUpperCase(),
    lower: (s) => str(s).toLowerCase(),
    title: (s) => str(s).replace(/\b\w/g, (c) => c.toUpperCase()),
    untitle: (s) => str(s).replace(/\b\w/g, (c) => c.toLowerCase()),
    trim: (s) => str(s).trim(),
    trimAll: (cut, s) => str(s).replace(new RegExp(`^[${escapeClass(str(cut))}]+|[${escapeClass(str(cut))}]+$`, 'g'), ''),
    trimPrefix: (prefix, s) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
    trimSuffix: (suffix, s) => str(suffix) !== '' && str(s).endsWith(str(suffix)) ? str(s).slice(0, -str(suffix).length) : str(s),
    replace: (old, replacement, s) => str(s).split(str(old)).join(str(replacement)),
    contains: (sub, s) => str(s).includes(str(sub)),
    hasPrefix: (prefix, s) => str(s).startsWith(str(prefix)),
    hasSuffix: (suffix, s) => str(s).endsWith(str(suffix)),
    quote: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map((a) => JSON.stringify(str(a)))
        .join(' '),
    squote: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map((a) => `'${str(a)}'`)
        .join(' '),
    cat: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map(str)
        .join(' '),
    indent: (n, s) => str(s).replace(/^/gm, ' '.repeat(sprigFunctions_int(n))),
    nindent: (n, s) => `\n${str(s).replace(/^/gm, ' '.repeat(sprigFunctions_int(n)))}`,
    repeat: (n, s) => str(s).repeat(Math.max(0, sprigFunctions_int(n))),
    substr: (start, end, s) => {
        const text = str(s);
        const from = sprigFunctions_int(start) < 0 ? 0 : sprigFunctions_int(start);
        return sprigFunctions_int(end) < 0 || sprigFunctions_int(end) > text.length ? text.slice(from) : text.slice(from, sprigFunctions_int(end));
    },
    trunc: (n, s) => (sprigFunctions_int(n) >= 0 ? str(s).slice(0, sprigFunctions_int(n)) : str(s).slice(sprigFunctions_int(n))),
    abbrev: (width, s) => str(s).length <= sprigFunctions_int(width) ? str(s) : `${str(s).slice(0, Math.max(0, sprigFunctions_int(width) - 3))}...`,
    wrap: (n, s) => str(s)
        .replace(new RegExp(`(.{1,${sprigFunctions_int(n)}})(\\s+|$)`, 'g'), '$1\n')
        .trimEnd(),
    nospace: (s) => str(s).replace(/\s+/g, ''),
    initials: (s) => words(str(s))
        .map((w) => w[0])
        .join(''),
    snakecase: (s) => words(str(s))
        .map((w) => w.toLowerCase())
        .join('_'),
    kebabcase: (s) => words(str(s))
        .map((w) => w.toLowerCase())
        .join('-'),
    camelcase: (s) => words(str(s))
        .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
        .join(''),
    toString: (v) => str(v),
    toStrings: (v) => list(v).map(str),
    split: (sep, s) => Object.fromEntries(str(s)
        .split(str(sep))
        .map((part, i) => [`_${i}`, part])),
    splitList: (sep, s) => str(s).split(str(sep)),
    splitn: (sep, n, s) => {
        const parts = str(s).split(str(sep));
        const head = parts.slice(0, sprigFunctions_int(n) - 1);
        const tail = parts.slice(sprigFunctions_int(n) - 1).join(str(sep));
        return Object.fromEntries([...head, tail].map((part, i) => [`_${i}`, part]));
    },
    join: (sep, v) => list(v).map(str).join(str(sep)),
    sortAlpha: (v) => list(v).map(str).sort(),
    regexMatch: (re, s) => new RegExp(str(re)).test(str(s)),
    regexFind: (re, s) => new RegExp(str(re)).exec(str(s))?.[0] ?? '',
    regexFindAll: (re, s, n) => (str(s).match(new RegExp(str(re), 'g')) ?? []).slice(0, sprigFunctions_int(n) < 0 ? undefined : sprigFunctions_int(n)),
    regexReplaceAll: (re, s, replacement) => str(s).replace(new RegExp(str(re), 'g'), str(replacement).replace(/\$\{?(\d+)\}?/g, '$$$1')),
    regexReplaceAllLiteral: (re, s, replacement) => str(s).replace(new RegExp(str(re), 'g'), () => str(replacement)),
    regexSplit: (re, s, n) => str(s)
        .split(new RegExp(str(re)))
        .slice(0, sprigFunctions_int(n) < 0 ? undefined : sprigFunctions_int(n)),
    printf: (format, ...args) => sprintf(str(format), args),
    // paths (Go's path package)
    base: (p) => external_node_path_.posix.basename(str(p)) || (str(p) === '' ? '.' : '/'),
    dir: (p) => external_node_path_.posix.dirname(str(p)),
    ext: (p) => external_node_path_.posix.extname(str(p)),
    clean: (p) => external_node_path_.posix.normalize(str(p)).replace(/(.)\/$/, '$1'),
    isAbs: (p) => str(p).startsWith('/'),
    // encodings and hashes
    b64enc: (s) => Buffer.from(str(s)).toString('base64'),
    b64dec: (s) => Buffer.from(str(s), 'base64').toString('utf8'),
    sha1sum: (s) => (0,external_node_crypto_.createHash)('sha1').update(str(s)).digest('hex'),
    sha256sum: (s) => (0,external_node_crypto_.createHash)('sha256').update(str(s)).digest('hex'),
    sha512sum: (s) => (0,external_node_crypto_.createHash)('sha512').update(str(s)).digest('hex'),
    adler32sum: (s) => {
        let a = 1;
        let b = 0;
        for (const byte of Buffer.from(str(s))) {
            a = (a + byte) % 65521;
            b = (b + a) % 65521;
        }
        return String(((b << 16) | a) >>> 0);
    },
    toJson: (v) => JSON.stringify(v === NO_VALUE ? null : v),
    toRawJson: (v) => JSON.stringify(v === NO_VALUE ? null : v),
    toPrettyJson: (v) => JSON.stringify(v === NO_VALUE ? null : v, null, 2),
    fromJson: (s) => {
        try {
            return JSON.parse(str(s));
        }
        catch {
            return {};
        }
    },
    mustFromJson: (s) => JSON.parse(str(s)),
    // numbers
    int: (v) => sprigFunctions_int(v),
    int64: (v) => sprigFunctions_int(v),
    float64: (v) => num(v),
    atoi: (v) => sprigFunctions_int(v),
    add: (...args) => args.reduce((sum, a) => sum + num(a), 0),
    add1: (v) => num(v) + 1,
    sub: (a, b) => num(a) - num(b),
    mul: (...args) => args.reduce((product, a) => product * num(a), 1),
    div: (a, b) => Math.trunc(num(a) / num(b)),
    mod: (a, b) => num(a) % num(b),
    max: (...args) => Math.max(...args.map(num)),
    min: (...args) => Math.min(...args.map(num)),
    floor: (v) => Math.floor(num(v)),
    ceil: (v) => Math.ceil(num(v)),
    round: (v, places) => Number(num(v).toFixed(sprigFunctions_int(places ?? 0))),
    until: (n) => Array.from({ length: Math.max(0, sprigFunctions_int(n)) }, (_, i) => i),
    untilStep: (start, stop, step) => {
        const out = [];
        for (let i = sprigFunctions_int(start); sprigFunctions_int(step) > 0 ? i < sprigFunctions_int(stop) : i > sprigFunctions_int(stop); i += sprigFunctions_int(step))
            out.push(i);
        return out;
    },
    seq: (...args) => {
        const [a, b] = args.length === 1 ? [1, sprigFunctions_int(args[0])] : [sprigFunctions_int(args[0]), sprigFunctions_int(args.at(-1))];
        const step = a <= b ? 1 : -1;
        const out = [];
        for (let i = a; step > 0 ? i <= b : i >= b; i += step)
            out.push(i);
        return out.join(' ');
    },
    // lists
    list: (...args) => args,
    tuple: (...args) => args,
    first: (v) => list(v)[0] ?? null,
    last: (v) => list(v).at(-1) ?? null,
    rest: (v) => list(v).slice(1),
    initial: (v) => list(v).slice(0, -1),
    append: (v, item) => [...list(v), item],
    push: (v, item) => [...list(v), item],
    prepend: (v, item) => [item, ...list(v)],
    concat: (...args) => args.flatMap(list),
    reverse: (v) => [...list(v)].reverse(),
    uniq: (v) => list(v).filter((x, i, all) => all.findIndex((y) => goString(y) === goString(x)) === i),
    compact: (v) => list(v).filter((x) => !empty(x)),
    has: (needle, v) => list(v).some((x) => goString(x) === goString(needle)),
    without: (v, ...drop) => list(v).filter((x) => !drop.some((d) => goString(d) === goString(x))),
    chunk: (size, v) => {
        const items = list(v);
        const out = [];
        for (let i = 0; i < items.length; i += sprigFunctions_int(size))
            out.push(items.slice(i, i + sprigFunctions_int(size)));
        return out;
    },
    // maps
    dict: (...args) => {
        const out = {};
        for (let i = 0; i < args.length; i += 2)
            out[str(args[i])] = args[i + 1] ?? '';
        return out;
    },
    get: (map, key) => (isObj(map) && str(key) in map ? map[str(key)] : ''),
    set: (map, key, value) => Object.assign(isObj(map) ? map : {}, { [str(key)]: value }),
    unset: (map, key) => {
        if (isObj(map))
            delete map[str(key)];
        return map;
    },
    hasKey: (map, key) => isObj(map) && str(key) in map,
    keys: (...maps) => maps.flatMap((m) => (isObj(m) ? Object.keys(m) : [])),
    values: (map) => (isObj(map) ? Object.values(map) : []),
    pick: (map, ...keys) => Object.fromEntries(keys
        .map(str)
        .filter((k) => isObj(map) && k in map)
        .map((k) => [k, map[k]])),
    omit: (map, ...keys) => Object.fromEntries(Object.entries(isObj(map) ? map : {}).filter(([k]) => !keys.map(str).includes(k))),
    pluck: (key, ...maps) => maps.filter((m) => isObj(m) && str(key) in m).map((m) => m[str(key)]),
    dig: (...args) => {
        const map = args.at(-1);
        const fallback = args.at(-2);
        let value = map;
        for (const key of args.slice(0, -2)) {
            if (!isObj(value) || !(str(key) in value))
                return fallback;
            value = value[str(key)];
        }
        return value;
    },
    merge: (target, ...sources) => sources.reduce((t, s) => (isObj(s) ? mergeInto(t, s, false) : t), isObj(target) ? target : {}),
    mergeOverwrite: (target, ...sources) => sources.reduce((t, s) => (isObj(s) ? mergeInto(t, s, true) : t), isObj(target) ? target : {}),
    deepCopy: (v) => structuredClone(v),
    // semantic versions
    semver: (v) => {
        const parsed = semver_default().parse(str(v));
        if (!parsed)
            throw new TemplateError(`invalid semantic version ${str(v)}`);
        return {
            Major: parsed.major,
            Minor: parsed.minor,
            Patch: parsed.patch,
            Prerelease: parsed.prerelease.join('.'),
        };
    },
    semverCompare: (range, version) => semver_default().satisfies(semver_default().coerce(str(version))?.version ?? str(version), str(range)),
    // types
    kindOf: (v) => Array.isArray(v)
        ? 'slice'
        : isObj(v)
            ? 'map'
            : typeof v === 'number'
                ? 'float64'
                : typeof v === 'boolean'
                    ? 'bool'
                    : v === null
                        ? 'invalid'
                        : 'string',
    typeOf: (v) => Array.isArray(v)
        ? '[]interface {}'
        : isObj(v)
            ? 'map[string]interface {}'
            : typeof v === 'number'
                ? 'float64'
                : typeof v === 'boolean'
                    ? 'bool'
                    : v === null
                        ? '<nil>'
                        : 'string',
    kindIs: (kind, v) => SPRIG_FUNCTIONS.kindOf(v) === str(kind),
    typeIs: (type, v) => SPRIG_FUNCTIONS.typeOf(v) === str(type),
    deepEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
};
function escapeClass(chars) {
    return chars.replace(/[\\\]^-]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets.ts
// ApplicationSets \u2192 the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository, `values`, and matrix and
// merge of those. Templates as Argo CD renders them (applicationset/utils): every string of the template
// \u2014 keys too \u2014 through Go's text/template with sprig (goTemplate: true, goTemplateOptions) or the legacy
// `{{param}}` substitution; then templatePatch. Generators that depend on the world outside the
// repository (clusters, SCM providers, pull requests, plugins, cluster decisions) are listed as not
// previewed with the reason, never dropped.







const applicationSets_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const asObj = (v) => (applicationSets_isObj(v) ? v : {});
function isApplicationSet(obj) {
    return (typeof obj.apiVersion === 'string' &&
        obj.apiVersion.startsWith('argoproj.io/') &&
        obj.kind === 'ApplicationSet');
}
/** The generators Slipway expands from the repository alone. */
const PREVIEWED_GENERATORS = (/* unused pure expression or super */ null && (['list', 'git', 'matrix', 'merge']));
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
const OTHER_GENERATORS = (/* unused pure expression or super */ null && ([
    'clusters',
    'clusterDecisionResource',
    'scmProvider',
    'pullRequest',
    'plugin',
]));
/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
class NotModeled extends Error {
}
/** Renders one string as Argo CD's Render.Replace does. */
function replace(text, params, ctx) {
    if (ctx.goTemplate)
        return renderGoTemplate(text, params, ctx.options);
    // fasttemplate: `{{ key }}` becomes the parameter when it is a string, and stays as written otherwise
    return text.replace(/\{\{([^{}]*)\}\}/g, (whole, tag) => {
        const value = params[tag.trim()];
        return tag.trim() !== '' && typeof value === 'string' ? value : whole;
    });
}
/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
function renderValue(value, params, ctx) {
    if (typeof value === 'string')
        return replace(value, params, ctx);
    if (Array.isArray(value))
        return value.map((v) => renderValue(v, params, ctx));
    if (applicationSets_isObj(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            out[replace(k, params, ctx)] = renderValue(v, params, ctx);
        }
        return out;
    }
    return value;
}
function pathParams(path, ctx, file) {
    const basename = path.split('/').at(-1) ?? '';
    const details = {
        path,
        basename,
        basenameNormalized: sanitizeName(basename),
        ...(file !== undefined && { filename: file, filenameNormalized: sanitizeName(file) }),
    };
    if (ctx.goTemplate)
        return { path: { ...details, segments: path.split('/') } };
    const flat = {};
    for (const [k, v] of Object.entries(details))
        flat[k === 'path' ? 'path' : `path.${k}`] = v;
    path.split('/').forEach((s, i) => {
        if (s !== '')
            flat[`path[${i}]`] = s;
    });
    return flat;
}
function folders(tree) {
    const out = new Set();
    for (const path of tree.keys())
        for (let d = (0,fileTree/* dirname */.pD)(path); d !== ''; d = (0,fileTree/* dirname */.pD)(d))
            out.add(d);
    return [...out].sort();
}
/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
function flatten(value, prefix, out) {
    if (applicationSets_isObj(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (Array.isArray(value)) {
        value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
    }
    else
        out[prefix] = goString(value);
    return out;
}
function gitParams(git, ctx) {
    const out = [];
    const directories = Array.isArray(git.directories) ? git.directories : [];
    if (directories.length > 0) {
        // Go's path.Match: `*` stays within one path segment
        const match = (pattern) => picomatch_default()(String(pattern), { dot: true });
        const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
        const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
        for (const dir of folders(ctx.tree)) {
            if (dir.split('/').some((s) => s.startsWith('.')))
                continue;
            if (include.some((m) => m(dir)) && !exclude.some((m) => m(dir)))
                out.push(pathParams(dir, ctx));
        }
    }
    for (const file of Array.isArray(git.files) ? git.files : []) {
        const matches = picomatch_default()(String(file.path), { dot: true });
        for (const [path, entry] of ctx.tree) {
            if (!matches(path) || entry.text === undefined)
                continue;
            const content = (0,dist/* parse */.qg)(entry.text);
            const items = Array.isArray(content) ? content : [content ?? {}];
            for (const item of items) {
                if (!applicationSets_isObj(item))
                    continue;
                const own = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
                out.push({ ...own, ...pathParams((0,fileTree/* dirname */.pD)(path), ctx, path.split('/').at(-1)) });
            }
        }
    }
    return out;
}
/** Parameters of one generator, with its `values` rendered in. */
function generate(generator, ctx, depth = 0) {
    const type = Object.keys(generator).find((k) => k !== 'selector' && k !== 'template' && k !== 'values');
    if (generator.selector !== undefined)
        throw new NotModeled(`the ${String(type)} generator has a selector, which is not previewed`);
    let params;
    switch (type) {
        case 'list': {
            const list = asObj(generator.list);
            const elements = Array.isArray(list.elements) ? list.elements : [];
            const fromYaml = typeof list.elementsYaml === 'string' ? (0,dist/* parse */.qg)(list.elementsYaml) : [];
            params = [...elements, ...(Array.isArray(fromYaml) ? fromYaml : [])]
                .filter(applicationSets_isObj)
                .map((e) => {
                if (ctx.goTemplate)
                    return structuredClone(e);
                return Object.fromEntries(Object.entries(e).map(([k, v]) => [
                    k,
                    applicationSets_isObj(v) || Array.isArray(v) ? JSON.stringify(v) : String(v),
                ]));
            });
            break;
        }
        case 'git': {
            const git = asObj(generator.git);
            if (!ctx.repoUrls.some((url) => (0,repoUrl/* sameRepo */.Z)(url, (0,plainText/* plainText */.w)(git.repoURL, ''))))
                throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
            params = gitParams(git, ctx);
            break;
        }
        case 'matrix':
        case 'merge': {
            if (depth >= 2)
                throw new NotModeled(`${type} generators nested deeper than Argo CD allows`);
            const children = (Array.isArray(asObj(generator[type]).generators) ? asObj(generator[type]).generators : []);
            params =
                type === 'matrix'
                    ? matrix(children, ctx, depth)
                    : merge(children, asObj(generator.merge).mergeKeys, ctx, depth);
            break;
        }
        default:
            throw new NotModeled(`the ${String(type ?? '(empty)')} generator depends on more than this repository`);
    }
    const values = asObj(generator.values);
    if (Object.keys(values).length === 0)
        return params;
    return params.map((p) => {
        const rendered = asObj(renderValue(values, p, ctx));
        if (ctx.goTemplate)
            return { ...p, values: rendered };
        return { ...p, ...Object.fromEntries(Object.entries(rendered).map(([k, v]) => [`values.${k}`, v])) };
    });
}
/** Matrix: every pair; the second generator may use the first one's parameters in its own fields. */
function matrix(children, ctx, depth) {
    if (children.length !== 2)
        throw new NotModeled('a matrix generator needs exactly two generators');
    const [first, second] = children;
    const out = [];
    for (const left of generate(first, ctx, depth + 1)) {
        const child = asObj(renderValue(second, left, ctx));
        for (const right of generate(child, ctx, depth + 1))
            out.push({ ...left, ...right });
    }
    return out;
}
/** Merge: the first generator's parameter sets, overridden by later ones that agree on the merge keys. */
function merge(children, mergeKeys, ctx, depth) {
    const keys = Array.isArray(mergeKeys) ? mergeKeys.map(String) : [];
    if (keys.length === 0)
        throw new NotModeled('a merge generator without mergeKeys');
    // a key names a parameter, flat (`path.basename`) or nested (`.path.basename` in Go templates)
    const lookup = (p, key) => key in p ? p[key] : key.split('.').reduce((v, part) => (applicationSets_isObj(v) ? v[part] : undefined), p);
    const keyOf = (p) => JSON.stringify(keys.map((k) => lookup(p, k)));
    const [base, ...others] = children;
    const out = base ? generate(base, ctx, depth + 1) : [];
    for (const other of others) {
        const overrides = new Map(generate(other, ctx, depth + 1).map((p) => [keyOf(p), p]));
        out.forEach((p, i) => {
            const override = overrides.get(keyOf(p));
            if (override)
                out[i] = { ...p, ...override };
        });
    }
    return out;
}
function deepMerge(base, patch) {
    if (!applicationSets_isObj(patch))
        return patch;
    const out = applicationSets_isObj(base) ? { ...base } : {};
    for (const [k, v] of Object.entries(patch))
        out[k] = v === null ? v : deepMerge(out[k], v);
    return out;
}
/** The Applications an ApplicationSet generates from this repository alone. */
function expandApplicationSet(appSet, file, line, tree, repoUrls) {
    const name = (0,plainText/* plainText */.w)(asObj(appSet.metadata).name, '(unnamed)');
    const spec = asObj(appSet.spec);
    const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
    const ctx = {
        tree,
        repoUrls,
        goTemplate: spec.goTemplate === true,
        options: { missingKeyError: options.includes('missingkey=error'), functions: SPRIG_FUNCTIONS },
    };
    const notPreviewed = [];
    const applications = [];
    const skip = (reason) => notPreviewed.push({ name, file, line, reason: `ApplicationSet: ${reason}, not previewed` });
    // a malformed ApplicationSet generates nothing in Argo CD either: say so instead of dropping it
    if (!Array.isArray(spec.generators) || spec.generators.length === 0)
        skip('it has no spec.generators list (Argo CD generates nothing from it)');
    else if (!applicationSets_isObj(spec.template) && !spec.generators.every((g) => applicationSets_isObj(asObj(g).template)))
        skip('it has no spec.template (Argo CD generates nothing from it)');
    else if (spec.generators.some((g) => !applicationSets_isObj(g)))
        skip('each of spec.generators must be a map');
    const generators = notPreviewed.length > 0 ? [] : spec.generators;
    for (const generator of generators) {
        let paramSets;
        try {
            paramSets = generate(generator, ctx);
        }
        catch (error) {
            if (!(error instanceof NotModeled || error instanceof TemplateError))
                throw error;
            skip(error.message);
            continue;
        }
        // a generator's own template is merged over the ApplicationSet's
        const template = deepMerge(spec.template, generator.template ?? {});
        for (const params of paramSets) {
            try {
                let app = asObj(renderValue(template, params, ctx));
                if (ctx.goTemplate && typeof spec.templatePatch === 'string') {
                    const patch = (0,dist/* parse */.qg)(renderGoTemplate(spec.templatePatch, params, ctx.options));
                    if (applicationSets_isObj(patch))
                        app = asObj(deepMerge(app, patch));
                }
                applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app });
            }
            catch (error) {
                if (!(error instanceof TemplateError))
                    throw error;
                skip(`its template fails: ${error.message}`);
                break;
            }
        }
    }
    return { applications, notPreviewed };
}


/***/ }),

/***/ 9778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ discoverUnits),
  hU: () => (/* binding */ mayDeclareArgoResource),
  wt: () => (/* binding */ unitsOfFiles)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
// EXTERNAL MODULE: ./src/core/render/sourceType.ts
var sourceType = __webpack_require__(4984);
;// CONCATENATED MODULE: ./src/core/render/folderUnits.ts
// The fallback of a repository without Argo CD Applications: each top kustomization, top chart and folder
// of plain manifests is one unit.




const asArr = (v) => (Array.isArray(v) ? v : []);
/** Kustomizations that no other kustomization builds on, and folders of plain manifests outside them. */
function folderUnits(tree, parse = manifestMaps/* parseManifests */.Ye) {
    const kustomizations = [...tree.keys()].filter((p) => sourceType/* KUSTOMIZATION_FILES */.Ct.includes(p.split('/').pop()) &&
        !p.split('/').some((s) => s.startsWith('.')));
    const kustomizeDirs = new Set(kustomizations.map(fileTree/* dirname */.pD));
    const referenced = new Set();
    for (const file of kustomizations) {
        const docs = parse(tree.get(file)?.text ?? '') ?? [];
        for (const doc of docs) {
            for (const ref of [
                ...asArr(doc.obj.resources),
                ...asArr(doc.obj.bases),
                ...asArr(doc.obj.components),
            ]) {
                if (typeof ref !== 'string')
                    continue;
                const target = (0,fileTree/* resolveInTree */.O4)((0,fileTree/* dirname */.pD)(file), ref);
                if (target !== undefined)
                    referenced.add(target);
            }
        }
    }
    const units = [...kustomizeDirs]
        .filter((dir) => !referenced.has(dir))
        .sort()
        .map((dir) => ({
        id: `path:${dir || '.'}`,
        file: (0,sourceType/* kustomizationIn */.dq)(tree, dir),
        line: 1,
        sources: [{ path: dir }],
    }));
    // a folder with Chart.yaml is a Helm unit (its templates are not plain manifests); subcharts are its own
    const chartDirs = [...tree.keys()]
        .filter((p) => p.split('/').pop() === 'Chart.yaml' && !p.split('/').some((s) => s.startsWith('.')))
        .map(fileTree/* dirname */.pD)
        .sort();
    const within = (dirs, p) => [...dirs].some((dir) => dir === '' || p === dir || p.startsWith(`${dir}/`));
    const topCharts = chartDirs.filter((dir) => !within(chartDirs.filter((other) => other !== dir), dir) && !within(kustomizeDirs, dir));
    for (const dir of topCharts)
        units.push({
            id: `path:${dir || '.'}`,
            file: dir === '' ? 'Chart.yaml' : `${dir}/Chart.yaml`,
            line: 1,
            sources: [{ path: dir }],
        });
    const insideKustomize = (p) => within(kustomizeDirs, p) || within(topCharts, p);
    const plainDirs = new Set();
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* isManifestPath */.HS)(path) || insideKustomize((0,fileTree/* dirname */.pD)(path)) || entry.text === undefined)
            continue;
        if ((parse(entry.text) ?? []).some((d) => typeof d.obj.apiVersion === 'string' && typeof d.obj.kind === 'string'))
            plainDirs.add((0,fileTree/* dirname */.pD)(path));
    }
    for (const dir of [...plainDirs].sort()) {
        units.push({
            id: `path:${dir || '.'}`,
            file: (0,fileTree/* filesIn */.nG)(tree, dir, false).find(manifestFiles/* isManifestPath */.HS) ?? dir,
            line: 1,
            sources: [{ path: dir }],
        });
    }
    return units;
}

// EXTERNAL MODULE: ./src/core/argo/applicationSets.ts + 2 modules
var applicationSets = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/core/argo/application.ts
var application = __webpack_require__(4595);
;// CONCATENATED MODULE: ./src/core/argo/discovery.ts
// Argo CD Applications (and what ApplicationSets generate) anywhere in the repository \u2192 render units.
// Without any, the folder fallback (render/folderUnits.ts).







/**
 * Applications (and ApplicationSets) anywhere in the repository; without any, its kustomizations and
 * manifest folders \u2014 only those under the `paths` globs, when given.
 */
function discoverUnits(tree, repoUrls, paths = [], fallback = true, parse = manifestMaps/* parseManifests */.Ye, reuse = () => undefined) {
    const units = [];
    const notPreviewed = [];
    const byFile = new Map();
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* mayDeclareApps */.Ex)(path) || !mayDeclareArgoResource(entry))
            continue;
        const text = entry.text;
        const found = reuse(path, text) ?? discoverFile(tree, path, text, repoUrls, parse);
        if (!found)
            continue;
        byFile.set(path, found);
        units.push(...found.units);
        notPreviewed.push(...found.notPreviewed);
    }
    const sawApplication = byFile.size > 0;
    if (sawApplication || !fallback)
        return { units: dedupeUnits(units), notPreviewed, applications: true, byFile };
    const inPaths = paths.length > 0 ? picomatch_default()(paths) : () => true;
    return {
        units: folderUnits(tree, parse).filter((u) => inPaths(u.sources[0]?.path ?? '')),
        notPreviewed,
        applications: false,
    };
}
/**
 * The units the Applications of these files define (a tree's kept index names the files of the units a
 * change affects; treeIndex.ts), as discoverUnits finds them in a tree where no app is defined twice.
 */
function unitsOfFiles(tree, paths, repoUrls, parse = manifestMaps/* parseManifests */.Ye) {
    const units = [];
    for (const path of paths) {
        const text = tree.get(path)?.text;
        if (text !== undefined)
            units.push(...(discoverFile(tree, path, text, repoUrls, parse)?.units ?? []));
    }
    return units;
}
/**
 * Whether a file may hold an Application or ApplicationSet, without parsing it: it names argoproj.io, or
 * it could spell the name some other way \u2014 an escape (`"argoproj\x2eio/v1alpha1"`, JSON's `\u002e`) or a
 * tag (`!!binary`, which Kubernetes decodes). Files the shortcut skips cannot declare one (test).
 */
function mayDeclareArgoResource(entry) {
    return (0,fileTree/* mayInclude */.SH)(entry, 'argoproj.io') || (0,fileTree/* mayInclude */.SH)(entry, '\\') || (0,fileTree/* mayInclude */.SH)(entry, '!');
}
/** The Applications of one file (undefined when it holds none, nor an ApplicationSet). */
function discoverFile(tree, path, text, repoUrls, parse) {
    const found = { text, units: [], notPreviewed: [], generated: false };
    let sawApplication = false;
    for (const doc of parse(text) ?? []) {
        const generated = (0,applicationSets/* isApplicationSet */.tj)(doc.obj)
            ? (0,applicationSets/* expandApplicationSet */.Jh)(doc.obj, path, doc.line, tree, repoUrls)
            : undefined;
        if (generated) {
            found.generated = true;
            found.notPreviewed.push(...generated.notPreviewed);
        }
        const apps = generated ? generated.applications : (0,application/* isApplication */.z)(doc.obj) ? [doc.obj] : [];
        if (generated || apps.length > 0)
            sawApplication = true;
        for (const app of apps) {
            const unit = (0,application/* appUnit */.u)(app, path, doc.line, repoUrls, tree);
            if (unit.unit)
                found.units.push(unit.unit);
            found.notPreviewed.push(...unit.notPreviewed);
        }
    }
    return sawApplication ? found : undefined;
}
/** One unit per identity; a second definition in another place is an error on the first, naming both. */
function dedupeUnits(units) {
    const byId = new Map();
    for (const unit of units) {
        const first = byId.get(unit.id);
        if (!first)
            byId.set(unit.id, unit);
        else if (first.file !== unit.file || first.line !== unit.line) {
            const name = unit.id.replace(/^app:/, '');
            // a copy: units are shared with the other revision's discovery (see Reuse)
            byId.set(unit.id, {
                ...first,
                findings: [
                    ...(first.findings ?? []),
                    {
                        severity: 'error',
                        rule: 'duplicate-app',
                        unit: first.id,
                        file: unit.file,
                        line: unit.line,
                        message: `Application ${name} is defined twice: here and in ${first.file}:${first.line}; Argo CD keeps one of them (the last applied), so only ${first.file} is previewed`,
                    },
                ],
            });
        }
    }
    return [...byId.values()];
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ sameRepo)
/* harmony export */ });
/* unused harmony export normalizeRepoUrl */
// Repository URLs in their many spellings, reduced to host/owner/name for comparison:
// https://github.com/acme/manifests(.git), git@github.com:acme/manifests.git, ssh://git@github.com/acme/manifests.
function normalizeRepoUrl(url) {
    let s = url.trim().toLowerCase();
    s = s.replace(/^(git\+)?(https?|ssh|git):\/\//, '');
    s = s.replace(/^[^@/]+@/, ''); // user@
    s = s.replace(/^([^/:]+):(?!\d+\/)/, '$1/'); // scp form host:owner/name
    s = s.replace(/^([^/:]+):\d+\//, '$1/'); // a port
    return s.replace(/\.git$/, '').replace(/\/+$/, '');
}
function sameRepo(a, b) {
    return a === b || normalizeRepoUrl(a) === normalizeRepoUrl(b);
}


/***/ }),

/***/ 5308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ mergeSourceParameters),
/* harmony export */   GB: () => (/* binding */ isParameterFile),
/* harmony export */   qx: () => (/* binding */ sourceParameterFiles),
/* harmony export */   tM: () => (/* binding */ parameterFilesChanged),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
// Argo CD's source parameter files: `.argocd-source.yaml` and `.argocd-source-<app>.yaml` in an app's
// path are merged into its source (a JSON merge patch, in that order) before the source type is decided
// and the app rendered \u2014 what Argo CD Image Updater's git write-back writes, and what `slipway bump`
// edits. Only the config-management fields count: repoURL, path, chart and targetRevision stay the
// Application's (reposerver/repository/repository.go, mergeSourceParameters).


const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** RFC 7386: maps merge key by key, null deletes, anything else replaces. */
function mergePatch(target, patch) {
    if (!isObj(patch))
        return patch;
    const out = isObj(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete out[key];
        else
            out[key] = mergePatch(out[key], value);
    }
    return out;
}
/** The name Argo CD gives the app's file: `<name>`, or `<namespace>_<name>` outside its own namespace. */
function instanceName(name, namespace) {
    return namespace && namespace !== 'argocd' ? `${namespace}_${name}` : name;
}
/** The two files Argo CD looks for in a source's folder, whether they exist or not (a PR may add one). */
function sourceParameterFiles(folder, instance) {
    const prefix = folder === '' ? '' : `${folder}/`;
    return [`${prefix}.argocd-source.yaml`, `${prefix}.argocd-source-${instance}.yaml`];
}
/** Whether a path is one of Argo CD's source parameter files, in any folder. */
const isParameterFile = (path) => /(^|\/)\.argocd-source(-[^/]*)?\.yaml$/.test(path);
/**
 * Why the Applications of an unchanged file may still read differently at `tree` than on the side it
 * differs from by `changed`: a parameter file changed, or one is a link (whose target may have); undefined
 * when neither.
 */
function parameterFilesChanged(changed, tree) {
    for (const path of changed)
        if (isParameterFile(path))
            return `${path} (an Argo CD parameter file) changed`;
    for (const [path, entry] of tree)
        if (entry.link !== undefined && isParameterFile(path))
            return `${path} is a link to a parameter file`;
    return undefined;
}
function mergeSourceParameters(tree, source, folder, instance) {
    let merged = source;
    const files = [];
    for (const file of sourceParameterFiles(folder, instance)) {
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, file);
        if (text === undefined)
            continue;
        let patch;
        try {
            patch = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        }
        catch (error) {
            const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
            return { source, merged: files, problem: { file, message: `${file} is not valid YAML: ${message}` } };
        }
        if (patch !== null && patch !== undefined && !isObj(patch))
            return { source, merged: files, problem: { file, message: `${file} must be a map of source fields` } };
        merged = mergePatch(merged, patch ?? {});
        files.push(file);
    }
    const out = { ...merged };
    for (const key of ['repoURL', 'path', 'chart', 'targetRevision']) {
        if (key in source)
            out[key] = source[key];
        else
            delete out[key];
    }
    return { source: out, merged: files };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ SlipwayError),
/* harmony export */   QM: () => (/* binding */ WriteError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
// The errors Slipway raises on purpose, each with a message that says what to do. Errors GitHub answered
// are explained by src/github/errors.ts; anything else that escapes a command is a bug, reported as such.
// Problems in what an app renders are findings (core/finding.ts), not errors: one bad app never stops
// the others.
/** An error Slipway raised on purpose, with a message a user can act on. */
class SlipwayError extends Error {
    name = 'SlipwayError';
}
/** A setting, input, flag or command-line path that cannot be used. */
class InputError extends SlipwayError {
    name = 'InputError';
}
/** A file of the repository that stops the command (an invalid policy): named with its line. */
class ManifestError extends SlipwayError {
    file;
    line;
    name = 'ManifestError';
    constructor(file, line, what) {
        super(`${file}:${line}: ${what}`);
        this.file = file;
        this.line = line;
    }
}
/** A file Slipway could not write; the message says what was left as it was. */
class WriteError extends SlipwayError {
    name = 'WriteError';
}


/***/ }),

/***/ 2145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ linkChain),
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   SH: () => (/* binding */ mayInclude),
/* harmony export */   bU: () => (/* binding */ hasFolder),
/* harmony export */   dI: () => (/* binding */ sameEntry),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   hS: () => (/* binding */ isReadable),
/* harmony export */   h_: () => (/* binding */ SEARCHED_STRINGS),
/* harmony export */   nG: () => (/* binding */ filesIn),
/* harmony export */   pD: () => (/* binding */ dirname),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   pb: () => (/* binding */ tooLargeMessage),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export treeFromTexts */
// A repository's files at one revision, as data: what the core renders and validates, whether the files
// come from a checkout, a git revision or a test's map.
/**
 * The strings the core scans every file of a tree for \u2014 markers of Argo CD resources (discovery.ts) and
 * of CRDs (crdIndex.ts, helmInputs.ts): a reader may search for them in bulk and mark the files without
 * any (`lacks`), so a whole-tree scan reads only the files that hold one.
 */
const SEARCHED_STRINGS = ['argoproj.io', '\\', '!', 'CustomResourceDefinition'];
/** Whether a file may contain `needle`: false without reading it when its reader searched and found none. */
function mayInclude(entry, needle) {
    if (entry.lacks?.has(needle))
        return false;
    return entry.text?.includes(needle) ?? false;
}
/**
 * Whether two entries hold the same file: the same blob id when git gave both, else the same text, or the
 * same link. A file over the size limit was not read: it is the same only when git says so.
 */
function sameEntry(a, b) {
    if (a === b)
        return true;
    if (a.blob !== undefined && b.blob !== undefined)
        return a.blob === b.blob;
    if (a.tooLarge || b.tooLarge)
        return false;
    return a.text === b.text && a.link === b.link;
}
/**
 * Files above this size are not read into memory: each reader reports them as a finding naming the file.
 * Argo CD refuses a directory app whose manifests add up to more than 10M (its default
 * max-combined-directory-manifests-size), so no file Argo CD would deploy is larger.
 */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const mib = (bytes) => `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
function tooLargeMessage(path, { size, limit }) {
    return `${path} is ${mib(size)}, over the ${mib(limit)} limit for one file (max-file-size); it was not read (Argo CD's default limit for a directory app's manifests is 10M in all)`;
}
function treeFromTexts(files) {
    return new Map(Object.entries(files).map(([path, text]) => [path, { text }]));
}
/** A path with an empty, `.` or `..` segment. */
const UNNORMAL = /(?:^|\/)\.{0,2}(?:\/|$)/;
/** Joins and normalises a relative path inside the tree; undefined when it leaves the tree or is absolute. */
function resolveInTree(folder, relative) {
    if (relative.startsWith('/') || /^[a-z]+:\/\//i.test(relative))
        return undefined;
    // most paths need no normalising (no empty, `.` or `..` segment): joined as they are
    if (relative !== '' && !UNNORMAL.test(relative))
        return folder === '' || folder === '.' ? relative : `${folder}/${relative}`;
    const parts = folder === '' || folder === '.' ? [] : folder.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * The paths a read of `path` goes through: the path, then each link's target while it stays inside the
 * tree (at most 8 paths in all).
 */
function linkChain(tree, path) {
    const chain = [path];
    for (let current = path; chain.length < 8;) {
        const link = tree.get(current)?.link;
        const next = link === undefined ? undefined : resolveInTree(dirname(current), link);
        if (next === undefined)
            break;
        chain.push((current = next));
    }
    return chain;
}
/** The text of a file, following links that stay inside the tree (at most 8 hops). */
function readText(tree, path) {
    const entry = tree.get(path);
    if (entry?.link === undefined)
        return entry?.text;
    return tree.get(linkChain(tree, path).at(-1))?.text;
}
/**
 * Whether reading `path` gives a text \u2014 a file, or a link to one inside the tree \u2014 answered from the
 * entries alone, without reading the file (readText's `!== undefined`).
 */
function isReadable(tree, path) {
    const end = tree.get(linkChain(tree, path).at(-1));
    return end !== undefined && end.link === undefined && end.tooLarge === undefined;
}
/**
 * The tree's paths in sorted order, so a folder's files are one contiguous run found by binary search.
 * Memoised per tree (trees are read once and never changed after): a repository of 10,000 files asked for
 * the files of 4,000 folders would otherwise be scanned 4,000 times.
 */
const sortedPaths = new WeakMap();
function pathsOf(tree) {
    const known = sortedPaths.get(tree);
    if (known && known.size === tree.size)
        return known.paths;
    const paths = [...tree.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sortedPaths.set(tree, { size: tree.size, paths });
    return paths;
}
/** The index of the first sorted path not before `prefix`. */
function firstFrom(paths, prefix) {
    let low = 0;
    let high = paths.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (paths[mid] < prefix)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** Paths starting with `prefix`, in sorted order. */
function pathsUnder(tree, prefix) {
    const paths = pathsOf(tree);
    const out = [];
    for (let i = firstFrom(paths, prefix); i < paths.length && paths[i].startsWith(prefix); i++)
        out.push(paths[i]);
    return out;
}
/** Whether any file lies below `folder` ('' is the repository's root). */
function hasFolder(tree, folder) {
    if (folder === '')
        return tree.size > 0;
    const paths = pathsOf(tree);
    return paths[firstFrom(paths, `${folder}/`)]?.startsWith(`${folder}/`) ?? false;
}
/** Paths of the files directly in a folder (or below it, with `recurse`). */
function filesIn(tree, folder, recurse) {
    const prefix = folder === '' ? '' : `${folder}/`;
    const below = pathsUnder(tree, prefix);
    return recurse ? below : below.filter((p) => !p.slice(prefix.length).includes('/'));
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   MP: () => (/* binding */ describeVersion),
/* harmony export */   Oo: () => (/* binding */ validateOciDigest),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   ZJ: () => (/* binding */ tryParseImageRef),
/* harmony export */   fx: () => (/* binding */ imageSlug),
/* harmony export */   kL: () => (/* binding */ formatImageRef)
/* harmony export */ });
/* unused harmony exports ImageRefError, validateTag, validateDigest */
// Container image references, following the grammar of distribution/reference:
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [ domain "/" ] path-component [ "/" path-component ]*
//   domain    := host [ ":" port ]
// plus Docker Hub's normalisation (nginx \u2261 docker.io/library/nginx).
class ImageRefError extends Error {
    input;
    constructor(input, reason) {
        super(`invalid image reference "${input}": ${reason}`);
        this.input = input;
        this.name = 'ImageRefError';
    }
}
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([0-9a-fA-F]{32,})$/;
const DIGEST_LENGTHS = { sha256: 64, sha384: 96, sha512: 128 };
/** Splits a name into its domain (if the first component is one) and path, as Docker does. */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash === -1)
        return { path: name };
    const first = name.slice(0, slash);
    const looksLikeDomain = first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
    return looksLikeDomain ? { domain: first, path: name.slice(slash + 1) } : { path: name };
}
/** Canonical form of an image name (no tag, no digest). Throws ImageRefError when the name is invalid. */
function canonicalName(name, input = name) {
    if (name === '')
        throw new ImageRefError(input, 'the name is empty');
    // distribution/reference: NameTotalLengthMax
    if (name.length > 255)
        throw new ImageRefError(input, `the name is ${name.length} characters long; at most 255 are allowed`);
    const { domain, path } = splitDomain(name);
    if (domain !== undefined && !DOMAIN.test(domain)) {
        throw new ImageRefError(input, `"${domain}" is not a valid registry host`);
    }
    for (const component of path.split('/')) {
        if (component !== component.toLowerCase()) {
            throw new ImageRefError(input, 'the repository name must be lowercase');
        }
        if (!PATH_COMPONENT.test(component)) {
            throw new ImageRefError(input, `"${component}" is not a valid path component`);
        }
    }
    const registry = domain === undefined || DOCKER_HUB_ALIASES.has(domain.toLowerCase()) ? DOCKER_HUB : domain.toLowerCase();
    const fullPath = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
    return `${registry}/${fullPath}`;
}
function validateTag(tag, input) {
    if (tag === '')
        throw new ImageRefError(input, 'the tag is empty');
    if (tag.length > 128)
        throw new ImageRefError(input, 'the tag is longer than 128 characters');
    if (!TAG.test(tag)) {
        throw new ImageRefError(input, `"${tag}" is not a valid tag (letters, digits, "_", "." and "-"; no leading "." or "-")`);
    }
}
function validateDigest(digest, input) {
    const match = DIGEST.exec(digest);
    if (!match)
        throw new ImageRefError(input, `"${digest}" is not a valid digest (expected algorithm:hex, e.g. sha256:<64 hex>)`);
    const expected = DIGEST_LENGTHS[match[1]];
    if (expected !== undefined && match[2].length !== expected) {
        throw new ImageRefError(input, `a ${match[1]} digest has ${expected} hex characters, not ${match[2].length}`);
    }
}
/** The digests the OCI image spec registers: sha256 with 64 and sha512 with 128 lowercase hex characters. */
const OCI_DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
/** A digest given to write (not one read from a file) must be one a registry can serve. */
function validateOciDigest(digest, input) {
    if (!OCI_DIGEST.test(digest))
        throw new ImageRefError(input, `"${digest}" is not an OCI digest: write sha256: and 64 lowercase hex characters (or sha512: and 128)`);
}
/** Parses a full reference. Throws ImageRefError with the reason when it is not valid. */
function parseImageRef(input) {
    let rest = input.trim();
    if (rest !== input)
        throw new ImageRefError(input, 'it has leading or trailing white space');
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        validateDigest(digest, input);
    }
    let tag;
    // A tag's colon comes after the last slash; an earlier colon is a registry port.
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        validateTag(tag, input);
    }
    const canonical = canonicalName(rest, input);
    return {
        name: rest,
        canonical,
        ...(tag !== undefined && { tag }),
        ...(digest !== undefined && { digest }),
    };
}
/** Like parseImageRef, but returns undefined instead of throwing: for scanning values that may not be images. */
function tryParseImageRef(input) {
    try {
        return parseImageRef(input);
    }
    catch {
        return undefined;
    }
}
/** Writes a reference back, keeping the name as spelled. */
function formatImageRef(name, tag, digest) {
    return `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}
/** The tag and digest of a reference, as people read it: `1.2.3`, `1.2.3@sha256:\u2026`, `@sha256:\u2026`. */
function describeVersion(tag, digest) {
    const shortDigest = digest === undefined ? '' : `@${digest.slice(0, digest.indexOf(':') + 13)}\u2026`;
    return `${tag ?? ''}${shortDigest}` || '(none)';
}
/** A short, branch-safe slug of an image name: `ghcr.io/acme/api` \u2192 `ghcr.io-acme-api`. */
function imageSlug(name) {
    return canonicalName(name)
        .replace(/^docker\.io\/(library\/)?/, '')
        .replace(/[^a-zA-Z0-9._-]+/g, '-');
}


/***/ }),

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ selectManifests),
/* harmony export */   Ex: () => (/* binding */ mayDeclareApps),
/* harmony export */   HS: () => (/* binding */ isManifestPath),
/* harmony export */   g0: () => (/* binding */ selectOthers)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which files of a tree are manifests Slipway may read and edit.

/** Argo CD Image Updater's write-back files (`.argocd-source-<app>.yaml`): hidden, and manifests all the same. */
const WRITE_BACK = /^\.argocd-source-[^/]*\.ya?ml$/;
/**
 * YAML files (and kustomize's extension-less `Kustomization`) outside hidden folders (`.git`, `.github`,
 * \u2026); hidden files are left alone, except Argo CD Image Updater's write-back files.
 */
function isManifestPath(path) {
    if (inHiddenFolder(path))
        return false;
    const name = fileName(path);
    if (name.startsWith('.'))
        return WRITE_BACK.test(name);
    return /\.ya?ml$/i.test(name) || name === 'Kustomization';
}
/**
 * Files that may declare Argo CD Applications: the manifest files, and JSON files outside hidden folders
 * (a plain folder of an app of apps deploys `.json` as Argo CD reads it; so does `kubectl apply -f`).
 */
function mayDeclareApps(path) {
    if (isManifestPath(path))
        return true;
    return /\.json$/i.test(path) && !inHiddenFolder(path) && !fileName(path).startsWith('.');
}
const fileName = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Whether a folder of the path (not its file name) starts with a dot; runs on every path of both revisions. */
function inHiddenFolder(path) {
    const slash = path.lastIndexOf('/');
    return slash !== -1 && (path.startsWith('.') || path.lastIndexOf('/.', slash - 1) !== -1);
}
/**
 * The manifest paths of a tree that match any of the globs (all of them when there are none), sorted.
 * A hidden file a glob names exactly (no wildcard) is read too: the user asked for it.
 */
function selectManifests(paths, globs) {
    const matches = globs.length === 0 ? () => true : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { dot: true });
    const named = new Set(globs.filter((g) => !/[*?[\]{}!]/.test(g)));
    return [...paths]
        .filter((path) => (isManifestPath(path) && matches(path)) || (named.has(path) && /\.ya?ml$/i.test(path)))
        .sort();
}
/** Text files that are not manifests but may name an image (jsonnet, JSON, Helm templates, env files). */
const OTHER_TEXT = /\.(jsonnet|libsonnet|json|tpl|tmpl|cue|env|tf|txt|yaml\.gotmpl)$|(^|\/)Dockerfile$/i;
/** Files outside hidden folders, matching the globs, that may name an image without being YAML to edit. */
function selectOthers(paths, globs) {
    const matches = globs.length === 0 ? () => true : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(globs, { dot: true });
    return [...paths]
        .filter((path) => OTHER_TEXT.test(path) &&
        !path
            .split('/')
            .slice(0, -1)
            .some((s) => s.startsWith('.')) &&
        matches(path))
        .sort();
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
// A value from a manifest as text for a message or a key: strings as they are, numbers and booleans as
// written, and anything else (a map where a name should be) as JSON \u2014 never "[object Object]".
function plainText(value, fallback = '') {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? fallback;
}


/***/ }),

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helmValueFiles),
/* harmony export */   Jt: () => (/* binding */ helmFileParameters),
/* harmony export */   NY: () => (/* binding */ helmNameProblem),
/* harmony export */   _p: () => (/* binding */ helmTemplateArgs),
/* harmony export */   lm: () => (/* binding */ crdApiVersions),
/* harmony export */   uf: () => (/* binding */ chartDependencies)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2145);
// What `helm template` reads for one source, and the argv that runs it. Every path stays inside the
// repository and every value from a manifest reaches helm as `--flag=value` or after `--`, so an
// Application cannot smuggle in a helm option (`releaseName: --post-renderer=sh`) or a file of the runner.
// Value-file rules follow Argo CD's getResolvedValueFiles: relative to the chart folder, a leading `/`
// means the repository root, `$<ref>/path` names a file of a ref source (rewritten to `$values/` by appUnit).


/** Helm's own rule for release names (pkg/chartutil ValidateReleaseName): a DNS-1123 subdomain \u2264 53. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CHART_VERSION = /^[A-Za-z0-9.*^~<>=!|,+ -]+$/;
/** Resolves a source's value files inside the repository, or says why one is not used. */
function helmValueFiles(tree, chartPath, helm, at) {
    const out = { valueFiles: [], named: [], findings: [] };
    const ignoreMissing = helm.ignoreMissingValueFiles === true;
    for (const raw of helm.valueFiles ?? []) {
        if (typeof raw !== 'string') {
            out.findings.push({
                severity: 'error',
                rule: 'invalid-application',
                ...at,
                message: `valueFiles entry ${JSON.stringify(raw)} is not a string`,
            });
            continue;
        }
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
            out.notPreviewed = `value file ${raw} is fetched from a URL, which Slipway does not do`;
            continue;
        }
        let path;
        if (raw.startsWith('$values/'))
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)('', raw.slice('$values/'.length));
        else if (raw.startsWith('/'))
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)('', raw.slice(1));
        else if (chartPath === undefined)
            continue; // a file inside a chart from a chart repository
        else
            path = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(chartPath, raw);
        if (path === undefined || path === '') {
            out.findings.push({
                severity: 'error',
                rule: 'path-escape',
                ...at,
                message: `value file ${raw} resolves outside the repository; it is not read`,
            });
            continue;
        }
        out.named.push(path);
        if (!(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .isReadable */ .hS)(tree, path)) {
            const link = tree.get(path)?.link !== undefined;
            if (link) {
                out.findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
                    message: `value file ${raw} is a link that leaves the repository; it is not read`,
                });
            }
            else if (!ignoreMissing) {
                out.findings.push({
                    severity: 'error',
                    rule: 'missing-value-file',
                    ...at,
                    message: `value file ${raw} (${path}) does not exist; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`,
                });
            }
            continue;
        }
        out.valueFiles.push(path);
    }
    return out;
}
/** Why a name from a manifest cannot go to helm, or undefined when it can. */
function helmNameProblem(release, chart) {
    const name = release.releaseName;
    if (name.length > 53 || !RELEASE_NAME.test(name))
        return `release name "${name}" is not a valid Helm release name (lowercase DNS-1123, at most 53 characters)`;
    if (release.namespace !== undefined && !DNS_LABEL.test(release.namespace))
        return `destination namespace "${release.namespace}" is not a valid namespace name`;
    if (chart) {
        if (!CHART_NAME.test(chart.name))
            return `chart name "${chart.name}" is not a valid chart name`;
        if (!/^https?:\/\/[^\s]+$/i.test(chart.repoURL))
            return `chart repository "${chart.repoURL}" is not an http(s) URL`;
        if (chart.version !== undefined && (!CHART_VERSION.test(chart.version) || chart.version.startsWith('-')))
            return `chart version "${chart.version}" is not a version or range`;
    }
    return undefined;
}
/**
 * `helm template` arguments in Argo CD's order (util/helm/cmd.go template): parameters, file parameters,
 * value files, the inline values, `--api-versions`, `--include-crds` unless skipCrds. helm merges value
 * files in order and applies `--set` last, whatever their place on the command line. `chart` and the
 * value paths map repository paths to where the renderer laid them out; names were checked by
 * helmNameProblem, and still travel as `--flag=value` or after `--`.
 */
function helmTemplateArgs(release, chart, valueFiles, inline, helm, fileParameters = []) {
    const args = ['template'];
    if ('ref' in chart) {
        args.push(`--repo=${chart.ref.repoURL}`);
        if (chart.ref.version)
            args.push(`--version=${chart.ref.version}`);
    }
    if (release.namespace)
        args.push(`--namespace=${release.namespace}`);
    if (release.kubeVersion)
        args.push(`--kube-version=${release.kubeVersion}`);
    for (const p of helm.parameters ?? []) {
        if (!p || typeof p.name !== 'string')
            continue;
        args.push(`${p.forceString ? '--set-string' : '--set'}=${p.name}=${String(p.value ?? '')}`);
    }
    for (const p of fileParameters)
        args.push(`--set-file=${p.name}=${p.path}`);
    for (const file of valueFiles)
        args.push(`--values=${file}`);
    if (inline !== undefined)
        args.push(`--values=${inline}`);
    for (const v of release.apiVersions ?? [])
        args.push(`--api-versions=${v}`);
    if (helm.skipCrds !== true)
        args.push('--include-crds');
    if (helm.skipSchemaValidation === true)
        args.push('--skip-schema-validation');
    if (helm.skipTests === true)
        args.push('--skip-tests');
    args.push('--', release.releaseName, 'ref' in chart ? chart.ref.name : chart.dir);
    return args;
}
/** `fileParameters` resolved like value files; a path outside the repository is a finding. */
function helmFileParameters(tree, chartPath, helm, at) {
    const out = { parameters: [], findings: [] };
    const list = helm.fileParameters;
    for (const p of Array.isArray(list) ? list : []) {
        const { name, path } = (p ?? {});
        if (typeof name !== 'string' || typeof path !== 'string')
            continue;
        const resolved = helmValueFiles(tree, chartPath, { valueFiles: [path] }, at);
        out.findings.push(...resolved.findings);
        const file = resolved.valueFiles[0];
        if (file !== undefined)
            out.parameters.push({ name, path: file });
    }
    return out;
}
/**
 * A chart's dependencies as `helm template` will need them: vendored under `charts/` (a folder or a
 * `.tgz`), a `file://` folder of this repository (built offline with `helm dependency build`, as Argo CD
 * does when helm reports a missing dependency), or a chart repository \u2014 then the app is not previewed.
 */
function chartDependencies(tree, chartPath, at) {
    const out = { localFolders: [], findings: [] };
    const prefix = chartPath === '' ? '' : `${chartPath}/`;
    let chart;
    try {
        chart = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)(tree, `${prefix}Chart.yaml`) ?? '');
    }
    catch {
        return out; // helm itself reports a broken Chart.yaml
    }
    const dependencies = chart?.dependencies;
    for (const dep of Array.isArray(dependencies) ? dependencies : []) {
        const { name, repository } = (dep ?? {});
        if (typeof name !== 'string')
            continue;
        const vendored = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .pathsUnder */ .pR)(tree, `${prefix}charts/`).some((p) => p.startsWith(`${prefix}charts/${name}/`) ||
            new RegExp(`^${escape(prefix)}charts/${escape(name)}-[^/]*\\.tgz$`).test(p));
        if (vendored)
            continue;
        const repo = typeof repository === 'string' ? repository : '';
        if (repo.startsWith('file://')) {
            const folder = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(chartPath, repo.slice('file://'.length));
            if (folder === undefined) {
                out.findings.push({
                    severity: 'error',
                    rule: 'path-escape',
                    ...at,
                    message: `chart dependency ${name} (${repo}) is outside the repository; it is not read`,
                });
            }
            else
                out.localFolders.push(folder);
        }
        else {
            out.notPreviewed = `chart dependency ${name} needs ${repo || 'a chart repository'}, which Slipway does not fetch (vendor it under charts/ to preview)`;
        }
    }
    return out;
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * What `--api-versions` tells helm besides its built-in APIs: every served version of the CRDs defined
 * in the repository, as `group/version` and `group/version/Kind` (the two forms Argo CD passes for a
 * cluster's APIs), so `.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"` holds when the
 * repository installs that CRD. Argo CD asks the destination cluster instead.
 */
function crdApiVersions(tree) {
    const out = new Set();
    for (const [path, entry] of tree) {
        if (!/\.(ya?ml|json)$/.test(path) || !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_1__/* .mayInclude */ .SH)(entry, 'CustomResourceDefinition'))
            continue;
        let docs;
        try {
            docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(entry.text ?? '').map((d) => d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 }));
        }
        catch {
            continue;
        }
        for (const doc of docs) {
            const crd = (doc ?? {});
            if (crd.kind !== 'CustomResourceDefinition' || typeof crd.spec?.group !== 'string')
                continue;
            const kind = crd.spec.names?.kind;
            for (const v of Array.isArray(crd.spec.versions) ? crd.spec.versions : []) {
                const { name, served } = (v ?? {});
                if (typeof name !== 'string' || served === false)
                    continue;
                out.add(`${crd.spec.group}/${name}`);
                if (typeof kind === 'string')
                    out.add(`${crd.spec.group}/${name}/${kind}`);
            }
        }
    }
    return [...out].sort();
}


/***/ }),

/***/ 1801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ isAllowedBuildOption)
/* harmony export */ });
// Which `kustomize build` flags (Argo CD's kustomize.buildOptions) Slipway passes on: plugins, exec
// functions, another helm command, the network and the load restrictor stay as they are, since they would
// run code or read files a pull request chooses; `--enable-helm` is allowed (vendored charts only, each
// helmCharts field checked first). Settings refuse the others with a message; the renderer drops them.
function isAllowedBuildOption(option) {
    return option === '--enable-helm' || !/plugin|exec|helm|load-restrictor|network/i.test(option);
}


/***/ }),

/***/ 2730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ kustomizeInputs)
/* harmony export */ });
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
/* harmony import */ var _sourceType_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4984);
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7032);
// Everything a kustomization reads, found by walking it and its bases \u2014 before kustomize runs. A path
// that leaves the repository, a remote base, or a referenced file that links out of it stops the unit,
// so nothing outside the repository is ever read. The input set also tells which units a change affects.




const list = (v) => (Array.isArray(v) ? v : []);
const isRemote = (ref) => /^(https?|git|ssh|file):\/\/|^git@|^github\.com\/|\?ref=|\/\/.*\?/.test(ref);
/** Paths named in a kustomization: [path, expectsKustomizationFolderOrFile]. */
function referencedPaths(k) {
    const out = [];
    const add = (v) => typeof v === 'string' && out.push(v);
    for (const key of [
        'resources',
        'bases',
        'components',
        'crds',
        'transformers',
        'generators',
        'validators',
        'configurations',
    ])
        list(k[key]).forEach(add);
    list(k.patchesStrategicMerge).forEach((p) => typeof p === 'string' && !p.includes('\n') && out.push(p));
    for (const patch of [...list(k.patches), ...list(k.patchesJson6902), ...list(k.replacements)])
        add(patch?.path);
    for (const gen of [...list(k.configMapGenerator), ...list(k.secretGenerator)]) {
        const g = (gen ?? {});
        for (const f of [...list(g.files), ...list(g.envs)])
            if (typeof f === 'string')
                out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
        add(g.env);
    }
    add(k.openapi?.path);
    return out;
}
/** A file kustomize would read: a link must stay inside the repository. */
function linkEscapes(tree, path) {
    return tree.get(path)?.link !== undefined && !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .isReadable */ .hS)(tree, path);
}
function kustomizeInputs(tree, folder, unit, cache = new Map(), options = {}) {
    const files = new Set();
    const watched = new Set();
    const folders = new Set();
    const findings = [];
    const lookFor = (dir) => {
        for (const name of _sourceType_js__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILES */ .Ct)
            watched.add(dir === '' ? name : `${dir}/${name}`);
    };
    const report = (severity, rule, file, message) => findings.push({ severity, rule, unit, file, line: 1, message });
    const escaped = (path) => report('error', 'path-escape', path, `${path} is a link to a place outside the repository; it is not read`);
    const seen = new Set();
    const visit = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        lookFor(dir);
        const file = (0,_sourceType_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizationIn */ .dq)(tree, dir);
        if (!file)
            return;
        files.add(file);
        if (linkEscapes(tree, file)) {
            escaped(file);
            return;
        }
        // keyed by path and text: one cache serves the base and the head, each file parsed once
        const text = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .readText */ .yR)(tree, file) ?? '';
        const key = `${file}\0${text}`;
        if (!cache.has(key))
            cache.set(key, (0,_yaml_manifestMaps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifests */ .Ye)(text)?.[0]?.obj ?? null);
        const k = cache.get(key);
        if (k === null || k === undefined) {
            report('error', 'yaml-syntax', file, `${file} is not valid YAML`);
            return;
        }
        if (list(k.helmCharts).length > 0) {
            if (!options.enableHelm)
                report('warning', 'not-previewed', file, `${file} inflates Helm charts (helmCharts), which needs --enable-helm in kustomize-build-options (as in Argo CD's kustomize.buildOptions); not previewed`);
            else {
                const charts = helmChartInputs(tree, dir, k);
                for (const f of charts.files)
                    files.add(f);
                for (const f of charts.folders)
                    folders.add(f);
                for (const problem of charts.problems)
                    report(problem.severity, problem.rule, file, `${file}: ${problem.message}`);
            }
        }
        for (const ref of referencedPaths(k)) {
            if (isRemote(ref)) {
                report('warning', 'not-previewed', file, `${file} uses the remote base ${ref}; remote bases are not fetched, the unit is not previewed`);
                continue;
            }
            const target = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, ref);
            if (target === undefined) {
                report('error', 'path-escape', file, `${file} refers to ${ref}, outside the repository; nothing was read`);
                continue;
            }
            // each test below depends on the paths it looks at; recorded only where it is made
            lookFor(target);
            if ((0,_sourceType_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizationIn */ .dq)(tree, target))
                visit(target);
            else if (watched.add(target) && tree.has(target)) {
                files.add(target);
                const size = tree.get(target)?.tooLarge;
                if (size)
                    report('error', 'file-too-large', target, (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .tooLargeMessage */ .pb)(target, size));
                else if (linkEscapes(tree, target))
                    escaped(target);
            }
            else if (folders.add(target) && (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFolder */ .bU)(tree, target))
                visit(target);
            else
                report('error', 'missing-file', file, `${file} refers to ${ref}, which does not exist`);
        }
    };
    visit(folder);
    return { files, watched, folders, findings };
}
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The files of a kustomization's `helmCharts` under `--enable-helm`, and why one cannot be inflated.
 * kustomize hands these fields to `helm template` as arguments (a releaseName of `--post-renderer=\u2026`
 * would run a program), so every one is checked; only charts vendored under chartHome are rendered,
 * never pulled from a chart repository.
 */
function helmChartInputs(tree, dir, k) {
    const files = [];
    const folders = [];
    const problems = [];
    const globals = (k.helmGlobals ?? {});
    const chartHome = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, typeof globals.chartHome === 'string' ? globals.chartHome : 'charts');
    if (chartHome === undefined)
        return {
            files,
            folders,
            problems: [
                {
                    severity: 'error',
                    rule: 'path-escape',
                    message: 'helmGlobals.chartHome leaves the repository; nothing was read',
                },
            ],
        };
    if (globals.configHome !== undefined)
        problems.push({
            severity: 'error',
            rule: 'invalid-kustomization',
            message: 'helmGlobals.configHome is not allowed (it points helm at its own configuration)',
        });
    for (const entry of list(k.helmCharts)) {
        const chart = (entry ?? {});
        const name = chart.name;
        const bad = Object.entries(chart).find(([, v]) => typeof v === 'string' && v.startsWith('-'));
        if (bad) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${String(name)}: ${bad[0]} "${String(bad[1])}" would reach helm as an option; not rendered`,
            });
            continue;
        }
        if (typeof name !== 'string' || !CHART_NAME.test(name)) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts: chart name ${JSON.stringify(name)} is not a valid chart name`,
            });
            continue;
        }
        const release = chart.releaseName;
        if (release !== undefined &&
            (typeof release !== 'string' || release.length > 53 || !RELEASE_NAME.test(release))) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${name}: releaseName ${JSON.stringify(release)} is not a valid Helm release name`,
            });
            continue;
        }
        if (chart.namespace !== undefined &&
            (typeof chart.namespace !== 'string' || !DNS_LABEL.test(chart.namespace))) {
            problems.push({
                severity: 'error',
                rule: 'invalid-kustomization',
                message: `helmCharts ${name}: namespace ${JSON.stringify(chart.namespace)} is not a valid namespace name`,
            });
            continue;
        }
        const chartFolder = `${chartHome === '' ? '' : `${chartHome}/`}${name}`;
        folders.push(chartFolder);
        const chartFiles = (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .pathsUnder */ .pR)(tree, `${chartFolder}/`);
        if (chartFiles.length === 0) {
            problems.push({
                severity: 'warning',
                rule: 'not-previewed',
                message: `helmCharts ${name} is not vendored under ${chartFolder}${typeof chart.repo === 'string' ? ` (it would be pulled from ${chart.repo}, which Slipway does not do)` : ''}; not previewed`,
            });
            continue;
        }
        files.push(...chartFiles);
        for (const valuesFile of [chart.valuesFile, ...list(chart.additionalValuesFiles)]) {
            if (valuesFile === undefined)
                continue;
            const path = typeof valuesFile === 'string' ? (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(dir, valuesFile) : undefined;
            if (path === undefined)
                problems.push({
                    severity: 'error',
                    rule: 'path-escape',
                    message: `helmCharts ${name}: values file ${(0,_plainText_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .w)(valuesFile)} leaves the repository; nothing was read`,
                });
            else
                files.push(path);
        }
    }
    return { files, folders, problems };
}


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   Mx: () => (/* binding */ sourceType),
/* harmony export */   dq: () => (/* binding */ kustomizationIn)
/* harmony export */ });
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * How Argo CD renders a source (GetAppSourceType): the type its own block names, else kustomize when the
 * folder has a kustomization, else Helm when it has Chart.yaml, else a plain directory.
 */
function sourceType(tree, source) {
    if (source.type)
        return source.type;
    if (kustomizationIn(tree, source.path))
        return 'kustomize';
    return tree.has(source.path === '' ? 'Chart.yaml' : `${source.path}/Chart.yaml`) ? 'helm' : 'directory';
}
function kustomizationIn(tree, folder) {
    return KUSTOMIZATION_FILES.map((f) => (folder === '' ? f : `${folder}/${f}`)).find((p) => tree.has(p));
}


/***/ }),

/***/ 9896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ indexedUnitFile),
/* harmony export */   OR: () => (/* binding */ indexedDependents),
/* harmony export */   Rx: () => (/* binding */ indexedInputs),
/* harmony export */   UB: () => (/* binding */ TREE_INDEX_FORMAT),
/* harmony export */   XJ: () => (/* binding */ readByEveryPreview),
/* harmony export */   hk: () => (/* binding */ lackedStrings),
/* harmony export */   rc: () => (/* binding */ indexMismatch),
/* harmony export */   x0: () => (/* binding */ buildTreeIndex)
/* harmony export */ });
/* unused harmony exports searchedFlags, scanOf */
/* harmony import */ var _argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9778);
/* harmony import */ var _argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5308);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2145);
/* harmony import */ var _manifestFiles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8503);
/* harmony import */ var _unitInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(345);
// What a preview learns of one revision's whole tree \u2014 its apps, every path each app's render reads or
// looks for, and which files hold the strings the core scans for \u2014 kept so that a later preview whose
// other side differs from this revision by a few files need not learn it again (docs/tree-index.md).
// Packed for a quick read back: a preview of a one-app change reads every unit's inputs but parses only
// the units the change affects.





/** Bumped whenever what an index holds, or what it means, changes: an index of another format is not read. */
const TREE_INDEX_FORMAT = 1;
/** Bit `i` set when the entry holds SEARCHED_STRINGS[i] (entries a reader marked as lacking one are not read). */
function searchedFlags(entry) {
    let flags = 0;
    _fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.forEach((needle, i) => {
        if ((0,_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .mayInclude */ .SH)(entry, needle))
            flags |= 1 << i;
    });
    return flags;
}
/** The strings of SEARCHED_STRINGS a file with these flags lacks (what `TreeEntry.lacks` holds). */
function lackedStrings(flags) {
    return new Set(_fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.filter((_, i) => (flags & (1 << i)) === 0));
}
/**
 * Whether every preview reads a file with these flags whatever it changes: a CRD (validation reads every
 * CRD of the tree). A reader given an index reads those up front in one batch, the rest on first use.
 */
function readByEveryPreview(flags) {
    return (flags & (1 << _fileTree_js__WEBPACK_IMPORTED_MODULE_2__/* .SEARCHED_STRINGS */ .h_.indexOf('CustomResourceDefinition'))) !== 0;
}
/**
 * The index of a tree, from what a preview found there. Undefined for what an index cannot stand for: a
 * tree without Applications (its folder units follow the folder layout), or one with ApplicationSets
 * (whose apps follow other files of the tree) or an app defined twice, or a unit whose inputs were not
 * worked out.
 */
function buildTreeIndex(tree, found, inputs) {
    if (!found.applications || found.generated)
        return undefined;
    // which of two definitions of one app is kept follows the order files were read in: left to a full read
    if (found.units.some((u) => u.findings?.some((f) => f.rule === 'duplicate-app')))
        return undefined;
    if (!found.units.every((u) => inputs.has(u.id)))
        return undefined;
    const pathIds = new Map();
    const idOf = (path) => pathIds.get(path) ?? pathIds.set(path, pathIds.size).get(path) ?? 0;
    const unitFiles = found.units.map((u) => idOf(u.file));
    const files = [];
    const fileEnds = [];
    const folders = [];
    const folderEnds = [];
    const recursive = [];
    for (const unit of found.units) {
        const walked = inputs.get(unit.id);
        for (const file of walked.files)
            files.push(idOf(file));
        fileEnds.push(files.length);
        for (const [folder, recurse] of walked.folders) {
            folders.push(idOf(folder));
            recursive.push(recurse ? 1 : 0);
        }
        folderEnds.push(folders.length);
    }
    return {
        format: TREE_INDEX_FORMAT,
        ids: found.units.map((u) => u.id),
        unitFiles: Uint32Array.from(unitFiles),
        notPreviewed: found.notPreviewed,
        paths: [...pathIds.keys()],
        files: Uint32Array.from(files),
        fileEnds: Uint32Array.from(fileEnds),
        folders: Uint32Array.from(folders),
        folderEnds: Uint32Array.from(folderEnds),
        recursive: Uint8Array.from(recursive),
        scan: scanOf(tree),
    };
}
/** What a scan of every file of a tree finds (files a reader marked as lacking a string are not read). */
function scanOf(tree) {
    const scan = { searched: new Map(), tooLarge: new Map() };
    const listing = { paths: [], blobs: [], links: new Map() };
    let listed = true;
    for (const [path, entry] of tree) {
        const flags = searchedFlags(entry);
        if (flags !== 0)
            scan.searched.set(path, flags);
        if (entry.tooLarge)
            scan.tooLarge.set(path, entry.tooLarge.size);
        if (entry.link !== undefined)
            listing.links.set(path, entry.link);
        else if (entry.blob === undefined && !entry.tooLarge)
            listed = false;
        listing.paths.push(path);
        listing.blobs.push(entry.blob ?? '');
    }
    return listed ? { ...scan, listing } : scan;
}
/** The file defining unit `i` of an index. */
function indexedUnitFile(index, i) {
    return index.paths[index.unitFiles[i]];
}
/** Positions `ends[i - 1]` (or 0) up to `ends[i]`: unit `i`'s part of a packed list. */
function* partOf(ends, i) {
    for (let k = i === 0 ? 0 : ends[i - 1]; k < ends[i]; k++)
        yield k;
}
/** The folders unit `i` of an index lists, and whether everything below each counts. */
function indexedFolders(index, i) {
    const folders = new Map();
    for (const k of partOf(index.folderEnds, i))
        folders.set(index.paths[index.folders[k]], index.recursive[k] === 1);
    return folders;
}
/** What unit `i` of an index reads, looks for and lists. */
function indexedInputs(index, i) {
    const files = new Set();
    for (const k of partOf(index.fileEnds, i))
        files.add(index.paths[index.files[k]]);
    return { files, folders: indexedFolders(index, i) };
}
/**
 * The units of an index that a change of `changed` can affect (by position), and which of those paths
 * some unit reads: `dependsOn` over every unit's inputs, without building them \u2014 the files compared by
 * their place in the path table, the folders (few) one by one.
 */
function indexedDependents(index, changed) {
    const changedIds = new Map();
    index.paths.forEach((path, id) => {
        if (changed.has(path))
            changedIds.set(id, path);
    });
    const units = [];
    const read = new Set();
    let file = 0;
    let folder = 0;
    for (let i = 0; i < index.ids.length; i++) {
        let touched = false;
        for (const end = index.fileEnds[i]; file < end; file++) {
            const path = changedIds.get(index.files[file]);
            if (path === undefined)
                continue;
            touched = true;
            read.add(path);
        }
        const folderEnd = index.folderEnds[i];
        if (folder < folderEnd) {
            const listed = { files: new Set(), folders: indexedFolders(index, i) };
            for (const path of changed)
                if ((0,_unitInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .dependsOn */ .fr)(listed, path)) {
                    touched = true;
                    read.add(path);
                }
            folder = folderEnd;
        }
        if (touched)
            units.push(i);
    }
    return { units, read };
}
/**
 * Why the index of one side cannot stand for the other side's apps, or undefined when it can: the other
 * side differs by `changed` only, and none of those files is or was an Application's file or an Argo CD
 * parameter file (what discovery reads), nor is any parameter file a link (whose target may have changed).
 */
function indexMismatch(other, indexed, changed) {
    for (const path of changed) {
        if (!(0,_manifestFiles_js__WEBPACK_IMPORTED_MODULE_4__/* .mayDeclareApps */ .Ex)(path))
            continue;
        for (const entry of [indexed.get(path), other.get(path)])
            if (entry && (0,_argo_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .mayDeclareArgoResource */ .hU)(entry))
                return `${path} may declare an Application and changed`;
    }
    return (0,_argo_sourceParameters_js__WEBPACK_IMPORTED_MODULE_1__/* .parameterFilesChanged */ .tM)(changed, other);
}


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ unitInputs),
/* harmony export */   fr: () => (/* binding */ dependsOn),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* harmony import */ var _sourceType_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4984);
/* harmony import */ var _fileTree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2145);
/* harmony import */ var _helmInputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1215);
/* harmony import */ var _kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2730);




function unitInputs(tree, unit, cache) {
    const files = new Set([unit.file]);
    const folders = new Map();
    const list = (folder, recurse) => folders.set(folder, recurse || (folders.get(folder) ?? false));
    for (const source of unit.sources) {
        const at = { file: unit.file, line: unit.line };
        const chartPath = source.chart ? undefined : source.path;
        if (source.helm) {
            for (const file of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .helmValueFiles */ .B)(tree, chartPath, source.helm, at).named)
                files.add(file);
            for (const { path } of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .helmFileParameters */ .Jt)(tree, chartPath, source.helm, at).parameters)
                files.add(path);
        }
        if (chartPath === undefined)
            continue;
        for (const file of source.parameterFiles ?? [])
            files.add(file);
        // the source type is decided by which of these exist
        for (const name of [..._sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILES */ .Ct, 'Chart.yaml'])
            files.add(chartPath === '' ? name : `${chartPath}/${name}`);
        const type = (0,_sourceType_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceType */ .Mx)(tree, source);
        if (type === 'kustomize') {
            const walked = (0,_kustomizeInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .kustomizeInputs */ .r)(tree, chartPath, undefined, cache, { enableHelm: true });
            for (const file of [...walked.files, ...walked.watched])
                files.add(file);
            for (const folder of walked.folders)
                folders.set(folder, true);
        }
        else if (type === 'helm') {
            list(chartPath, true);
            for (const folder of (0,_helmInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .chartDependencies */ .uf)(tree, chartPath, at).localFolders)
                list(folder, true);
        }
        else {
            list(chartPath, source.directory?.recurse ?? false);
        }
    }
    // a link is read through: what it points at (inside the repository) is read too
    for (const file of files)
        for (const target of (0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .linkChain */ .Ct)(tree, file))
            files.add(target);
    return { files, folders };
}
/** Whether a change to `path` (added, removed or edited) can change a render with these inputs. */
function dependsOn(inputs, path) {
    if (inputs.files.has(path))
        return true;
    for (const [folder, recurse] of inputs.folders) {
        const prefix = folder === '' ? '' : `${folder}/`;
        if (path.startsWith(prefix) && (recurse || !path.slice(prefix.length).includes('/')))
            return true;
    }
    return false;
}
/** Paths whose content differs between two trees (added, removed or changed). */
function changedPaths(base, head) {
    const changed = new Set();
    for (const [path, entry] of head) {
        const before = base.get(path);
        if (!before || !(0,_fileTree_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEntry */ .dI)(before, entry))
            changed.add(path);
    }
    for (const path of base.keys())
        if (!head.has(path))
            changed.add(path);
    return changed;
}


/***/ }),

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isRevision)
/* harmony export */ });
// Git revisions that come from inputs or events are checked before git sees them.
/**
 * Whether a revision may be handed to git: a commit id, a ref name or a simple revision expression
 * (`HEAD~1`), never an option such as `--upload-pack=\u2026`. The git edge also passes them after
 * `--end-of-options`.
 */
function isRevision(rev) {
    return (rev.length > 0 &&
        rev.length <= 255 &&
        !rev.startsWith('-') &&
        !rev.includes('..') &&
        // letters, digits and the punctuation of ref names and of `HEAD~1`, `main^2`, `@{u}`
        /^[\w./~^@{}+-]+$/.test(rev));
}


/***/ }),

/***/ 8058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ yamlBinary),
/* harmony export */   _M: () => (/* binding */ jsYamlBinary)
/* harmony export */ });
/* unused harmony export binaryText */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
// `!!binary` scalars read as Kubernetes reads them. kubectl and Argo CD turn YAML into JSON with
// sigs.k8s.io/yaml (go-yaml v2), which decodes a `!!binary` scalar's base64 and keeps the bytes as a
// string: `apiVersion: !!binary YXJnb3Byb2ouaW8vdjFhbHBoYTE=` is `argoproj.io/v1alpha1` to the cluster.
// Read as text instead, such an Application would be deployed by Argo CD and missed by the preview.

const TAG = 'tag:yaml.org,2002:binary';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Go's decoder skips line breaks, nothing else. */
const compact = (base64) => base64.replace(/[\r\n]/g, '');
/** The text a `!!binary` scalar stands for. */
function binaryText(base64) {
    const data = compact(base64);
    if (!BASE64.test(data))
        throw new Error('!!binary value contains invalid base64 data');
    return Buffer.from(data, 'base64').toString('utf8');
}
/** The tag for js-yaml's schema (which checks a value with `resolve` before `construct` decodes it). */
const jsYamlBinary = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(TAG, {
    kind: 'scalar',
    resolve: (data) => typeof data === 'string' && BASE64.test(compact(data)),
    construct: (data) => binaryText(data),
});
/** The tag for `yaml`'s `customTags`. */
const yamlBinary = {
    tag: TAG,
    default: false,
    resolve(value, onError) {
        try {
            return binaryText(value);
        }
        catch (error) {
            onError(error.message);
            return value;
        }
    },
};


/***/ }),

/***/ 3631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ documentBoundsProblem)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_NODES, MAX_DEPTH */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Limits on what one YAML document may expand to, checked on the parsed tree before it becomes data: an
// alias bomb or a pathologically deep document is a finding on its file, never an exhausted runner.
// The count follows aliases (memoised per anchored node), so checking costs one pass over the document.

/** Nodes a document may hold once its aliases are expanded; real manifests stay far below. */
const MAX_EXPANDED_NODES = 1_000_000;
/** Nesting depth of a document; Kubernetes objects rarely pass 30. */
const MAX_DEPTH = 256;
/** Why a document is too big to turn into data, or undefined when it is within the limits. */
function documentBoundsProblem(doc) {
    const anchored = new Map();
    const inProgress = new Set();
    let problem;
    const extent = (node, level) => {
        if (problem !== undefined)
            return { nodes: 0, depth: 0 };
        if (level > MAX_DEPTH) {
            problem = `nests deeper than ${MAX_DEPTH} levels`;
            return { nodes: 0, depth: 0 };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(doc);
            if (target === undefined)
                return { nodes: 1, depth: 1 };
            const known = anchored.get(target);
            if (known)
                return known;
            if (inProgress.has(target)) {
                problem = 'has an alias that refers to itself';
                return { nodes: 0, depth: 0 };
            }
            inProgress.add(target);
            const found = extent(target, level);
            inProgress.delete(target);
            anchored.set(target, found);
            return found;
        }
        const children = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node) ? [node.key, node.value] : [];
        let nodes = 1;
        let depth = 0;
        for (const child of children) {
            const inner = extent(child, level + 1);
            nodes += inner.nodes;
            depth = Math.max(depth, inner.depth);
            if (nodes > MAX_EXPANDED_NODES) {
                problem ??= `expands its aliases to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?)`;
                break;
            }
        }
        return { nodes, depth: depth + 1 };
    };
    const total = extent(doc.contents, 0);
    if (problem === undefined && total.depth > MAX_DEPTH)
        problem = `nests deeper than ${MAX_DEPTH} levels`;
    if (problem === undefined && total.nodes > MAX_EXPANDED_NODES)
        problem = `expands its aliases to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?)`;
    return problem;
}


/***/ }),

/***/ 4194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ sortedYaml),
/* harmony export */   rU: () => (/* binding */ plainStream),
/* harmony export */   tu: () => (/* binding */ loadDocuments)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8058);
// js-yaml as Slipway reads manifests with it: YAML 1.2's core schema plus merge keys and `!!binary`, the
// last duplicate key winning \u2014 what `yaml` does with `merge: true, uniqueKeys: false` \u2014 and each document's line. Only
// plain streams are read this way; the callers take `yaml` for the rest (manifestMaps.ts, render/objects.ts).


// `types` is exported by js-yaml 4 but missing from its type declarations
const { merge } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .types */ .gK;
// `!!binary` as go-yaml reads it (binaryScalar.ts)
const SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend([merge, _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__/* .jsYamlBinary */ ._M]);
/** `&anchor` or `*alias` where YAML allows one (a node's start), not inside a word or a quoted glob. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m;
/**
 * Whether js-yaml may read this stream: no anchors or aliases (the expansion limits of documentBounds.ts
 * need `yaml`), no directives, no Go templates (js-yaml takes `{{ x }}` for a map with a map key).
 */
function plainStream(text) {
    return !text.includes('{{') && !ANCHOR_OR_ALIAS.test(text) && !/^%/m.test(text);
}
/**
 * Every document of `text` with the line (from 0) where its root node starts; undefined when js-yaml
 * refuses the stream (the caller reads it with `yaml`, which says why).
 */
function loadDocuments(text) {
    const values = [];
    const lines = [];
    let depth = 0;
    try {
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh(text, (doc) => void values.push(doc), {
            schema: SCHEMA,
            json: true,
            // the root node of each document opens at depth 0: its line is the document's line
            listener(event, state) {
                if (event === 'open') {
                    if (depth === 0)
                        lines.push(state.line);
                    depth++;
                }
                else
                    depth--;
            },
        });
    }
    catch {
        return undefined;
    }
    return values.map((value, i) => ({ value, line: lines[i] ?? 0 }));
}
/**
 * YAML for reading, keys sorted, nothing folded: equal objects print equally, and a string YAML 1.1 would
 * read as something else (`yes`, `on`, `2024-01-01`) is quoted, as is one starting with `-`. js-yaml prints
 * about three times faster than `yaml`, which counts when every object of a shared-base pull request
 * changes.
 */
function sortedYaml(value) {
    // the default schema knows YAML 1.1's timestamps too, so it quotes strings that look like one
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh(value, {
        sortKeys: true,
        lineWidth: -1,
        noRefs: true,
        quotingType: '"',
        skipInvalid: true,
    });
}


/***/ }),

/***/ 4933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ MANIFEST_YAML_OPTIONS),
/* harmony export */   ML: () => (/* binding */ memoParser),
/* harmony export */   Ye: () => (/* binding */ parseManifests)
/* harmony export */ });
/* unused harmony export parseManifestsWithYaml */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8058);
/* harmony import */ var _documentBounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3631);
/* harmony import */ var _fastYaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4194);
// The YAML documents of a manifest file as plain objects with their first lines, for readers that need
// values, not bytes (discovery, input scanning, on every file of both revisions). Bump edits use the CST
// instead (bump/targets/), and rendered output keeps `yaml`'s positions for findings.
//
// js-yaml (fastYaml.ts) parses these an order of magnitude faster than `yaml`'s document API, and a test
// holds the two to the same objects and lines on a corpus. Files with anchors or aliases (where the
// expansion limits of documentBounds.ts apply), directives, Go templates, and anything js-yaml refuses
// (custom tags, \u2026) go through `yaml`, unchanged.




/**
 * How Slipway reads manifests with `yaml` (fastYaml.ts is the js-yaml side): merge keys resolved and the
 * last duplicate key winning, as kubectl and Argo CD (go-yaml) read them, and `!!binary` decoded.
 */
const MANIFEST_YAML_OPTIONS = {
    uniqueKeys: false,
    merge: true,
    customTags: [_binaryScalar_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlBinary */ .HU],
};
const isPlainMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
function parseManifests(text) {
    const docs = (0,_fastYaml_js__WEBPACK_IMPORTED_MODULE_3__/* .plainStream */ .rU)(text) ? (0,_fastYaml_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDocuments */ .tu)(text) : undefined;
    if (!docs)
        return parseWithYaml(text);
    return docs
        .filter((d) => isPlainMap(d.value))
        .map((d) => ({ obj: d.value, line: d.line + 1 }));
}
/** A verbatim tag with a %-escape (`!<tag:yaml.org,2002:%62inary>`). */
const ESCAPED_VERBATIM_TAG = /!<([^>\s]*%[0-9A-Fa-f]{2}[^>\s]*)>/g;
function parseWithYaml(text) {
    const read = (source) => {
        const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(source, { ...MANIFEST_YAML_OPTIONS, lineCounter });
        return { lineCounter, list: Array.isArray(parsed) ? parsed : [] };
    };
    let { lineCounter, list } = read(text);
    // go-yaml decodes %-escapes in every tag, `yaml` not in a verbatim one: left so, `!<\u2026%62inary>` would
    // keep a base64 apiVersion that Kubernetes decodes. Read again with those tags decoded (same lines).
    const unresolvedEscape = list.some((d) => d.warnings.some((w) => w.code === 'TAG_RESOLVE_FAILED' && /%[0-9A-Fa-f]{2}/.test(w.message)));
    if (unresolvedEscape)
        ({ lineCounter, list } = read(text.replace(ESCAPED_VERBATIM_TAG, (tag, uri) => {
            try {
                return `!<${decodeURIComponent(uri)}>`;
            }
            catch {
                return tag;
            }
        })));
    if (list.some((d) => d.errors.length > 0 || (0,_documentBounds_js__WEBPACK_IMPORTED_MODULE_2__/* .documentBoundsProblem */ .OA)(d) !== undefined))
        return undefined;
    return list
        .filter((d) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(d.contents))
        .map((d) => ({
        obj: d.toJS({ maxAliasCount: -1 }),
        line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line,
    }));
}
/**
 * parseManifests, remembering each text it read: the base and the head of a pull request share almost
 * every file, and each is parsed once. Callers treat the objects as read-only.
 */
function memoParser() {
    const seen = new Map();
    return (text) => {
        if (!seen.has(text))
            seen.set(text, parseManifests(text));
        return seen.get(text);
    };
}
/** The `yaml` reading alone, for the test that holds the two parsers to one answer. */
const parseManifestsWithYaml = (/* unused pure expression or super */ null && (parseWithYaml));


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ encodeManifest),
/* harmony export */   M: () => (/* binding */ decodeManifest)
/* harmony export */ });
// Manifest bytes \u2194 text without losing a byte. UTF-8 files are decoded as UTF-8; a file that is not
// valid UTF-8 (Latin-1 comments, stray bytes) is decoded one byte per character, so the edits \u2014 always
// ASCII tags and digests \u2014 land on the same bytes and every other byte is written back unchanged.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeManifest(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
    }
    catch {
        return {
            text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
            encoding: 'latin1',
        };
    }
}
function encodeManifest(text, encoding) {
    return Buffer.from(text, encoding);
}


/***/ }),

/***/ 6738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ localEdges)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/core/yaml/manifestText.ts
var manifestText = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/edges/fileTree.ts
// Reading manifests from a folder and writing edits back: all or nothing.
// Synchronous on purpose: there is nothing to overlap with, and for thousands of small files the
// thread-pool round trips of the promise API cost more than the reads themselves.






/** Paths (relative, with `/`) of the regular files below `dir`; hidden folders and symlinks are not entered. */
function listFiles(dir) {
    const out = [];
    const visit = (folder) => {
        for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })) {
            if (entry.name === 'node_modules')
                continue;
            const full = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.'))
                    visit(full);
            }
            else if (entry.isFile())
                out.push((0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/'));
        }
    };
    visit(dir);
    return out;
}
const OTHER_TEXT_LIMIT = 1024 * 1024;
/** The manifests below `dir` matching the globs, with their texts. */
function readManifests(dir, globs) {
    let isFolder = false;
    try {
        isFolder = (0,external_node_fs_.lstatSync)(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isFolder)
        throw new errors/* InputError */.dz(`${dir}: not a folder; pass the manifests folder with --dir`);
    const folder = { texts: new Map(), encodings: new Map(), skipped: [], others: new Map() };
    const all = listFiles(dir);
    const manifests = (0,manifestFiles/* selectManifests */.$d)(all, globs);
    const manifestSet = new Set(manifests);
    for (const path of (0,manifestFiles/* selectOthers */.g0)(all, globs)) {
        if (manifestSet.has(path) || (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, path)).size > OTHER_TEXT_LIMIT)
            continue;
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path));
        if (!bytes.includes(0))
            folder.others.set(path, bytes.toString('utf8'));
    }
    for (const path of manifests) {
        const size = (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, path)).size;
        if (size > fileTree/* MAX_FILE_BYTES */.gZ) {
            folder.skipped.push({ file: path, reason: (0,fileTree/* tooLargeMessage */.pb)(path, { size, limit: fileTree/* MAX_FILE_BYTES */.gZ }) });
            continue;
        }
        const { text, encoding } = (0,manifestText/* decodeManifest */.M)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path)));
        folder.texts.set(path, text);
        folder.encodings.set(path, encoding);
    }
    return folder;
}
/** Temporary files of writes under way, removed if the process is interrupted. */
const pendingTemps = new Set();
let handlersInstalled = false;
function removeTempsOnSignal() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            for (const temp of pendingTemps)
                (0,external_node_fs_.rmSync)(temp, { force: true });
            process.kill(process.pid, signal);
        });
    }
}
/**
 * Writes every changed file or none. New texts go to temporary files beside their targets (same mode and
 * owner as the original); only when all are written are they renamed over the originals, each original
 * kept as a hard-linked backup until every rename succeeded, so a failure part-way restores them all.
 */
function writeManifests(dir, changed, encodings = new Map()) {
    removeTempsOnSignal();
    const pending = [];
    const cleanUp = () => {
        for (const p of pending) {
            (0,external_node_fs_.rmSync)(p.temp, { force: true });
            pendingTemps.delete(p.temp);
        }
    };
    try {
        for (const [path, text] of changed) {
            const target = (0,external_node_path_.join)(dir, path);
            const suffix = `.slipway-${process.pid}`;
            const entry = {
                target,
                temp: `${target}${suffix}.tmp`,
                backup: `${target}${suffix}.bak`,
                renamed: false,
            };
            pending.push(entry);
            pendingTemps.add(entry.temp);
            const original = (0,external_node_fs_.statSync)(target);
            (0,external_node_fs_.writeFileSync)(entry.temp, (0,manifestText/* encodeManifest */.G)(text, encodings.get(path) ?? 'utf8'), {
                flag: 'wx',
                mode: original.mode & 0o7777,
            });
            try {
                (0,external_node_fs_.chownSync)(entry.temp, original.uid, original.gid);
            }
            catch {
                // only root may give a file away; as the owner, the temp file already has our ids
            }
        }
    }
    catch (error) {
        cleanUp();
        throw new errors/* WriteError */.QM(`could not write ${pending.at(-1)?.target}: ${error.message}; no file was changed`);
    }
    try {
        for (const p of pending) {
            (0,external_node_fs_.linkSync)(p.target, p.backup);
            (0,external_node_fs_.renameSync)(p.temp, p.target);
            p.renamed = true;
        }
    }
    catch (error) {
        for (const p of pending)
            if (p.renamed)
                (0,external_node_fs_.renameSync)(p.backup, p.target);
        for (const p of pending)
            (0,external_node_fs_.rmSync)(p.backup, { force: true });
        cleanUp();
        throw new errors/* WriteError */.QM(`could not replace ${pending.find((p) => !p.renamed)?.target}: ${error.message}; every file was restored`);
    }
    for (const p of pending) {
        (0,external_node_fs_.rmSync)(p.backup, { force: true });
        pendingTemps.delete(p.temp);
    }
}

// EXTERNAL MODULE: ./src/core/render/kustomizeBuildOptions.ts
var kustomizeBuildOptions = __webpack_require__(1801);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/core/render/kustomizeWrapper.ts
// The kustomization Slipway builds instead of the app's folder: it wraps the folder (as ../repo/<path>)
// with the overrides of the Argo CD Application (images, name prefix/suffix, namespace, labels, replicas,
// patches) as Argo CD's repo-server applies them, and asks kustomize for origin annotations.



/**
 * A kustomization that wraps the app's folder with Argo CD's overrides and (unless `origins` is false)
 * asks for origin annotations, which cost kustomize ~15 % more CPU per build (bench/render-costs.mjs).
 */
function kustomizeWrapper(path, overrides = {}, origins = true) {
    const k = {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [`../repo${path ? `/${path}` : ''}`],
        ...(origins && { buildMetadata: ['originAnnotations'] }),
    };
    if (overrides.namePrefix)
        k.namePrefix = overrides.namePrefix;
    if (overrides.nameSuffix)
        k.nameSuffix = overrides.nameSuffix;
    if (overrides.namespace)
        k.namespace = overrides.namespace;
    if (overrides.commonLabels)
        k.labels = [{ pairs: overrides.commonLabels, includeSelectors: true }];
    if (overrides.commonAnnotations)
        k.commonAnnotations = overrides.commonAnnotations;
    if (overrides.replicas)
        k.replicas = overrides.replicas;
    if (overrides.patches)
        k.patches = overrides.patches;
    if (overrides.images) {
        // Argo CD's forms: name:tag, name@digest, name=newName[:tag][@digest]
        k.images = overrides.images.flatMap((spec) => {
            const [original, refText] = spec.includes('=')
                ? spec.split('=', 2)
                : [undefined, spec];
            const ref = (0,imageRef/* tryParseImageRef */.ZJ)(refText);
            if (!ref)
                return [];
            return [
                {
                    name: original ?? ref.name,
                    ...(original && { newName: ref.name }),
                    ...(ref.tag && { newTag: ref.tag }),
                    ...(ref.digest && { digest: ref.digest }),
                },
            ];
        });
    }
    return (0,dist/* stringify */.As)(k);
}
/** Origin paths are relative to the wrapper folder: ../repo/<path in the repository>. */
function wrapperOriginToRepo(origin) {
    const resolved = (0,fileTree/* resolveInTree */.O4)('wrap', origin);
    return resolved?.startsWith('repo/') ? resolved.slice('repo/'.length) : undefined;
}

// EXTERNAL MODULE: ./src/core/render/helmInputs.ts
var helmInputs = __webpack_require__(1215);
// EXTERNAL MODULE: ./src/edges/childProcess.ts + 2 modules
var childProcess = __webpack_require__(5494);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/edges/gitBlobs.ts
// Files of a git revision read when first needed. A one-app pull request on a large repository needs the
// texts of its Applications, kustomizations and the changed app's inputs, not of every workload file:
// git grep answers the core's whole-tree scans (SEARCHED_STRINGS) for every blob at once, and the rest
// is read in batches \u2014 ahead of a render (`readAhead`), or on first use.


/** What every blob git grep did not list lacks: all of the searched strings. */
const LACKS_ALL = new Set(fileTree/* SEARCHED_STRINGS */.h_);
/**
 * After this many reads of a few blobs (one render's inputs, or a file a reader the batches did not
 * foresee asked for), the next read takes every blob still unread: a pull request that renders many apps
 * costs at most this many `cat-file` runs more than reading the revision whole.
 */
const SMALL_READS = 8;
/** A regular file of a revision whose text is read from git on first use. */
class GitBlob {
    blob;
    reader;
    lacks;
    #text;
    constructor(blob, reader, 
    /** Searched strings the file lacks: all of them, unless its tree's kept index says otherwise. */
    lacks = LACKS_ALL) {
        this.blob = blob;
        this.reader = reader;
        this.lacks = lacks;
    }
    get text() {
        if (this.#text === undefined)
            this.reader.read([this]);
        return this.#text;
    }
    get unread() {
        return this.#text === undefined;
    }
    fill(text) {
        this.#text = text;
    }
}
/** The unread blobs of one repository, read with `git cat-file --batch`; `entry` makes one. */
class BlobReader {
    git;
    unread = new Set();
    reads = 0;
    /** Blobs read so far (for tests and benchmarks). */
    blobsRead = 0;
    constructor(git) {
        this.git = git;
    }
    entry(sha, lacks) {
        const blob = new GitBlob(sha, this, lacks);
        this.unread.add(blob);
        return blob;
    }
    read(wanted) {
        let batch = wanted.filter((b) => b.unread);
        if (batch.length === 0)
            return;
        if (++this.reads > SMALL_READS)
            batch = [...this.unread];
        const blobs = catFile(this.git, batch.map((b) => b.blob));
        batch.forEach((b, i) => {
            b.fill(blobs[i]?.text);
            this.unread.delete(b);
        });
        this.blobsRead += batch.length;
    }
}
/** The sizes of blobs, in order, and their UTF-8 text when not over `limit` bytes. */
function catFile(git, shas, limit = Infinity) {
    const out = git(['cat-file', '--batch', '--buffer'], shas.join('\n') + '\n');
    const blobs = [];
    let offset = 0;
    for (let i = 0; i < shas.length; i++) {
        const headerEnd = out.indexOf(10, offset);
        // `<sha> blob <size>`, or `<sha> missing` for an object the repository lacks (a damaged or shallow
        // clone, or a tree index naming blobs that are not there): read on, the rest would be misread
        const [, type, sizeText] = out.subarray(offset, headerEnd).toString().split(' ');
        const size = Number(sizeText);
        if (type !== 'blob' || !Number.isSafeInteger(size))
            throw new errors/* InputError */.dz(`git has no file ${shas[i]} that this revision's tree names (${type ?? 'no answer'}): the clone is damaged or incomplete; fetch it again`);
        const start = headerEnd + 1;
        blobs.push(size > limit ? { size } : { size, text: out.subarray(start, start + size).toString('utf8') });
        offset = start + size + 1;
    }
    return blobs;
}
/**
 * Paths of the revision's files holding any of the searched strings, by `git grep` over the commit's
 * tree (bytes, fixed strings: the same answer as `text.includes` for these ASCII strings, binary files
 * included). One thread: on two cores it is faster than git's default, which contends on the pack.
 * Undefined when git grep fails (a setting it refuses): the caller then reads every file.
 */
function filesHoldingSearched(git, sha) {
    const patterns = fileTree/* SEARCHED_STRINGS */.h_.flatMap((s) => ['-e', s]);
    const args = ['grep', '--no-color', '--threads=1', '-l', '-z', '--full-name', '-F', ...patterns];
    let out;
    try {
        out = git([...args, sha, '--', ':(top)']);
    }
    catch (error) {
        // git grep exits 1 when no file matches; another failure leaves every file to be read at once
        return error.status === 1 ? new Set() : undefined;
    }
    const prefix = `${sha}:`;
    return new Set(out
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name)));
}
/** Reads the still unread files among `paths` in one batch (before a render lays them out). */
function readAhead(tree, paths) {
    const byReader = new Map();
    for (const path of [...paths].flatMap((p) => (0,fileTree/* linkChain */.Ct)(tree, p))) {
        const entry = tree.get(path);
        if (!(entry instanceof GitBlob) || !entry.unread)
            continue;
        const blobs = byReader.get(entry.reader) ?? [];
        blobs.push(entry);
        byReader.set(entry.reader, blobs);
    }
    for (const [reader, blobs] of byReader)
        reader.read(blobs);
}
/** Blobs read so far by the reader behind a tree's unread files (0 when all were read at once). */
function blobsReadLazily(tree) {
    for (const entry of tree.values())
        if (entry instanceof GitBlob)
            return entry.reader.blobsRead;
    return 0;
}

;// CONCATENATED MODULE: ./src/edges/renderFolders.ts
// The temporary folders renders run in: made from the file tree holding only a render's inputs, and removed
// in batches by `rm -rf` (one process per 32 folders) instead of one by one from JavaScript, whose
// recursive removal costs 0.7-1.0 ms of CPU per folder against 0.07-0.2 ms for rm (bench/render-costs.mjs).







/** Free space `/dev/shm` must have to be used: a container's default of 64 MiB is too small for charts. */
const SHM_MIN_FREE = 1024 * 1024 * 1024;
/**
 * Where render folders go: memory (`/dev/shm`, Linux's tmpfs) when it has 1 GiB free and TMPDIR names no
 * place \u2014 each render makes and removes a folder of its inputs, four times faster there than on a
 * disk-backed /tmp \u2014 else the system's temporary folder.
 */
let renderRoot;
function renderTemp() {
    if (renderRoot === undefined) {
        renderRoot = (0,external_node_os_.tmpdir)();
        if (!process.env.TMPDIR) {
            try {
                (0,external_node_fs_.accessSync)('/dev/shm', external_node_fs_.constants.W_OK);
                const free = (0,external_node_fs_.statfsSync)('/dev/shm');
                if ((0,external_node_fs_.statSync)('/dev/shm').isDirectory() && free.bavail * free.bsize >= SHM_MIN_FREE)
                    renderRoot = '/dev/shm';
            }
            catch {
                // no tmpfs here: the system's temporary folder
            }
        }
    }
    return renderRoot;
}
/**
 * Lays the given repository files out under <temp>/repo as regular files. Only normalised paths that stay
 * inside the repository are written (a crafted tree may hold `..` entries), and links are written as the
 * in-repository file they point to, so nothing a renderer reads can lead outside the folder.
 */
function makeRenderFolder(tree, files) {
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(renderTemp(), 'slipway-render-'));
    const repo = (0,external_node_path_.join)(root, 'repo');
    const made = new Set();
    const paths = [...files];
    readAhead(tree, paths);
    for (const path of paths) {
        if ((0,fileTree/* resolveInTree */.O4)('', path) !== path || path === '')
            continue;
        const text = (0,fileTree/* readText */.yR)(tree, path);
        const target = (0,external_node_path_.join)(repo, path);
        if (text === undefined || !target.startsWith(`${repo}/`))
            continue;
        const folder = (0,external_node_path_.dirname)(target);
        if (!made.has(folder))
            (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        made.add(folder);
        (0,external_node_fs_.writeFileSync)(target, text);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'repo'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'home'));
    return root;
}
const BATCH = 32;
/** Folders whose renders are done, waiting for the next batch (or the process's exit). */
const unswept = [];
let exitHandler = false;
/**
 * A render is done with its folder. Every 32nd call removes the batch with one `rm -rf` in the background
 * (JavaScript's removal where there is no `rm`); what is left when the process exits is removed then.
 */
function discardRenderFolder(root) {
    if (!exitHandler) {
        exitHandler = true;
        process.on('exit', () => {
            for (const folder of unswept.splice(0))
                (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        });
    }
    unswept.push(root);
    if (unswept.length < BATCH)
        return;
    void sweep(unswept.splice(0)).catch(() => undefined); // a folder left in the temporary folder harms no result
}
async function sweep(folders) {
    const removed = process.platform !== 'win32' &&
        (await (0,childProcess/* run */.eF)('rm', ['-rf', '--', ...folders], { cwd: renderTemp(), env: (0,childProcess/* minimalEnv */.DW)(renderTemp()) })).ok;
    if (!removed)
        await Promise.all(folders.map((f) => (0,promises_.rm)(f, { recursive: true, force: true })));
}

;// CONCATENATED MODULE: ./src/edges/renderers.ts
// kustomize and helm behind one interface. Inputs are copied from the file tree into a fresh temporary
// folder \u2014 only the files the kustomization walker allowed \u2014 so a build never reads outside the repository
// and a git revision renders without a checkout. Exec functions and plugins stay off; the load restrictor on.









/** `kustomize build` (or `kubectl kustomize`) of a folder, with the app's overrides. */
async function kustomizeBuild(tree, path, inputs, overrides, buildOptions = [], origins = true) {
    const root = makeRenderFolder(tree, inputs);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, 'wrap'));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'wrap', 'kustomization.yaml'), kustomizeWrapper(path, overrides, origins));
        const options = { cwd: root, env: (0,childProcess/* minimalEnv */.DW)((0,external_node_path_.join)(root, 'home')) };
        const args = [
            // --enable-helm is kept: kustomizeInputs checked every helmCharts field and that each chart is vendored
            ...buildOptions.filter(kustomizeBuildOptions/* isAllowedBuildOption */.m),
            (0,external_node_path_.join)(root, 'wrap'),
        ];
        const renderer = (await (0,childProcess/* hasBinary */.oQ)('kustomize'))
            ? 'kustomize'
            : (await (0,childProcess/* hasBinary */.oQ)('kubectl'))
                ? 'kubectl kustomize'
                : undefined;
        const result = (await (0,childProcess/* hasBinary */.oQ)('kustomize'))
            ? await (0,childProcess/* run */.eF)('kustomize', ['build', ...args], options)
            : (await (0,childProcess/* hasBinary */.oQ)('kubectl'))
                ? await (0,childProcess/* run */.eF)('kubectl', ['kustomize', ...args], options)
                : {
                    ok: false,
                    stdout: '',
                    error: 'kustomize not found: install kustomize or kubectl (GitHub-hosted Ubuntu runners have both)',
                };
        return { ...result, originToRepo: wrapperOriginToRepo, ...(renderer && { renderer }) };
    }
    finally {
        discardRenderFolder(root);
    }
}
/**
 * `helm template` of a chart folder in the repository, or of a chart from a chart repository (`--repo`,
 * which needs the network); says so clearly when helm is not installed. Every path was resolved inside the
 * repository and every name checked (helmNameProblem) before this runs.
 */
async function helmTemplate(tree, chart, files, helm, release) {
    if (!(await (0,childProcess/* hasBinary */.oQ)('helm'))) {
        return {
            ok: false,
            stdout: '',
            error: 'helm not found: install helm (GitHub-hosted Ubuntu runners have it) to preview Helm charts',
        };
    }
    const chartFiles = 'path' in chart ? (0,fileTree/* filesIn */.nG)(tree, chart.path, true) : [];
    const dependencyFiles = files.dependencyFolders.flatMap((folder) => (0,fileTree/* filesIn */.nG)(tree, folder, true));
    const root = makeRenderFolder(tree, [
        ...chartFiles,
        ...dependencyFiles,
        ...files.valueFiles,
        ...files.fileParameters.map((p) => p.path),
    ]);
    const inRepo = (path) => (0,external_node_path_.join)(root, 'repo', path);
    const options = { cwd: root, env: (0,childProcess/* minimalEnv */.DW)((0,external_node_path_.join)(root, 'home')) };
    try {
        if ('path' in chart && files.dependencyFolders.length > 0) {
            // file:// dependencies only (chartDependencies sent the rest to "not previewed"): no network
            const built = await (0,childProcess/* run */.eF)('helm', ['dependency', 'build', '--skip-refresh', '--', inRepo(chart.path)], options);
            if (!built.ok)
                return { ...built, error: `helm dependency build: ${built.error}` };
        }
        const inline = helm.valuesObject !== undefined ? (0,dist/* stringify */.As)(helm.valuesObject) : helm.values;
        if (inline)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'inline-values.yaml'), inline);
        const args = (0,helmInputs/* helmTemplateArgs */._p)(release, 'path' in chart ? { dir: inRepo(chart.path) } : { ref: chart.ref }, files.valueFiles.map(inRepo), inline ? (0,external_node_path_.join)(root, 'inline-values.yaml') : undefined, helm, files.fileParameters.map((p) => ({ name: p.name, path: inRepo(p.path) })));
        return await (0,childProcess/* run */.eF)('helm', args, options);
    }
    finally {
        discardRenderFolder(root);
    }
}
/** "helm v3.18.0+gcc58e3f", "kubectl kustomize v5.5.0": what rendered a preview, for its footer. */
async function rendererVersions(renderers) {
    const out = [];
    for (const renderer of [...new Set(renderers)].sort()) {
        const binary = renderer === 'kubectl kustomize' ? 'kubectl' : renderer;
        out.push(`${renderer} ${(await (0,childProcess/* binaryVersion */.qy)(binary)) ?? '(not installed)'}`);
    }
    return out;
}
/** kustomize and helm on this machine, each run in a temporary folder holding only its inputs. */
const localRenderer = {
    kustomizeBuild,
    helmTemplate,
    versions: rendererVersions,
};

;// CONCATENATED MODULE: ./src/edges/reportFiles.ts
// The report files: the JSON report and shards' partial reports check writes, and the partial reports
// check-merge reads (files, or folders of them: actions/download-artifact's layout).


/** Each path as given when it is a file; every `*.json` below it (sorted) when it is a folder. */
function reportFiles(paths) {
    const out = [];
    const visit = (path) => {
        if (!(0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory()) {
            out.push(path);
            return;
        }
        for (const entry of (0,external_node_fs_.readdirSync)(path).sort()) {
            const full = (0,external_node_path_.join)(path, entry);
            if ((0,external_node_fs_.statSync)(full).isDirectory())
                visit(full);
            else if (entry.endsWith('.json'))
                out.push(full);
        }
    };
    paths.forEach(visit);
    return out;
}
const localReportFiles = {
    write(path, text) {
        if (typeof text === 'string')
            return (0,external_node_fs_.writeFileSync)(path, text);
        const fd = (0,external_node_fs_.openSync)(path, 'w');
        try {
            for (const piece of text)
                (0,external_node_fs_.writeSync)(fd, piece);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    },
    read: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
    expand: reportFiles,
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/core/render/treeIndex.ts
var treeIndex = __webpack_require__(9896);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/edges/treeIndexStore.ts
// Tree indexes kept between runs (core/render/treeIndex.ts), one file per git tree id in the repository's
// own git folder: what a preview learned of a revision, read back by the next preview whose base is it.








/** How many indexes a repository keeps; the least recently written go first. */
const KEPT_INDEXES = 16;
/**
 * What an index's answers depend on beside the tree: the settings discovery and the walk read, and the
 * Slipway that built it (its version, and the running bundle's size and time, so a rebuilt Slipway of one
 * version does not read another's indexes).
 */
function indexKey(settings) {
    let bundle = '';
    try {
        const info = (0,external_node_fs_.statSync)((0,external_node_url_.fileURLToPath)(import.meta.url));
        bundle = `${info.size}:${info.mtimeMs}`;
    }
    catch {
        bundle = 'unknown';
    }
    const material = JSON.stringify({ format: treeIndex/* TREE_INDEX_FORMAT */.UB, version: version/* VERSION */.x, bundle, settings });
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 16);
}
/** The folder of a checkout's git repository (shared by its worktrees) where its indexes are kept. */
function indexFolder(dir) {
    try {
        const common = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--git-common-dir'], {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'ignore'],
        })
            .toString('utf8')
            .trim();
        return (0,external_node_path_.join)((0,external_node_path_.resolve)(dir, common), 'slipway', 'tree-index');
    }
    catch {
        return undefined;
    }
}
/**
 * The indexes of the git repository at `dir` built with these settings; undefined outside a git
 * repository. A file that cannot be read back whole, or that is of another key or tree, is not used.
 */
function localTreeIndexes(dir, settings) {
    const folder = indexFolder(dir);
    if (!folder)
        return undefined;
    const key = indexKey(settings);
    const file = (treeId) => (0,external_node_path_.join)(folder, `${treeId}-${key}.v8`);
    const validTreeId = (treeId) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(treeId);
    return {
        read(treeId) {
            if (!validTreeId(treeId))
                return undefined;
            try {
                const stored = (0,external_node_v8_.deserialize)((0,external_node_fs_.readFileSync)(file(treeId)));
                const fits = stored.key === key && stored.treeId === treeId && stored.index.format === treeIndex/* TREE_INDEX_FORMAT */.UB;
                return fits ? stored.index : undefined;
            }
            catch {
                return undefined;
            }
        },
        write(treeId, index) {
            if (!validTreeId(treeId))
                return;
            try {
                (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
                // whole or not at all: a reader never sees a file half-written
                const partial = `${file(treeId)}.${process.pid}.partial`;
                (0,external_node_fs_.writeFileSync)(partial, (0,external_node_v8_.serialize)({ key, treeId, index }));
                (0,external_node_fs_.renameSync)(partial, file(treeId));
                prune(folder);
            }
            catch {
                // an index is an optimisation: a run that cannot keep one previews the same
            }
        },
    };
}
/** Keeps the KEPT_INDEXES newest indexes of a folder (and drops partial files a killed run left). */
function prune(folder) {
    const files = (0,external_node_fs_.readdirSync)(folder)
        .map((name) => ({ name, time: (0,external_node_fs_.statSync)((0,external_node_path_.join)(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
    files.forEach(({ name }, i) => {
        if (i >= KEPT_INDEXES || name.endsWith('.partial'))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(folder, name), { force: true });
    });
}

// EXTERNAL MODULE: ./src/core/argo/sourceParameters.ts
var sourceParameters = __webpack_require__(5308);
// EXTERNAL MODULE: ./src/core/render/sourceType.ts
var sourceType = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/core/revision.ts
var revision = __webpack_require__(8206);
;// CONCATENATED MODULE: ./src/edges/git.ts
// The few git questions Slipway asks of a checkout. Failures come back as undefined, not exceptions.




function git(dir, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 })
            .toString()
            .trim();
    }
    catch {
        return undefined;
    }
}
/** The `origin` remote's URL, so Applications pointing at this repository are recognised. */
function originUrl(dir) {
    return git(dir, ['remote', 'get-url', 'origin']) || undefined;
}
/** The commit a revision names, or undefined. */
function resolveRevision(dir, rev) {
    if (!(0,revision/* isRevision */.o)(rev) && rev !== 'FETCH_HEAD')
        return undefined;
    return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
}
/**
 * Fetches a commit (or a branch) from origin into a shallow checkout \u2014 actions/checkout leaves its
 * credentials for this \u2014 and returns the commit fetched.
 */
function fetchCommit(dir, rev) {
    if (!(0,revision/* isRevision */.o)(rev))
        return undefined;
    const fetched = git(dir, ['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', 'origin', rev]);
    if (fetched === undefined)
        return undefined;
    return resolveRevision(dir, 'FETCH_HEAD');
}
/** Where HEAD left the default branch: merge-base with origin's default branch, else main, else master. */
function mergeBaseWithDefault(dir) {
    const remoteHead = git(dir, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
    for (const candidate of [remoteHead, 'origin/main', 'origin/master', 'main', 'master']) {
        if (!candidate || !resolveRevision(dir, candidate))
            continue;
        const base = git(dir, ['merge-base', 'HEAD', candidate]);
        if (base)
            return base;
    }
    return undefined;
}
/**
 * HEAD's commit when the folder is the top of a git checkout whose files on disk are exactly HEAD's: no
 * change, no untracked file (ignored ones are not Argo CD's either), no submodule, no sparse checkout,
 * and no .gitattributes (a filter or eol rule makes the files on disk differ from the blobs). Else
 * undefined: the folder is read from disk.
 */
function cleanHead(dir) {
    const top = git(dir, ['rev-parse', '--show-toplevel']);
    if (!top || (0,external_node_fs_.realpathSync)(top) !== (0,external_node_fs_.realpathSync)(dir))
        return undefined;
    if (git(dir, ['config', '--bool', 'core.sparseCheckout']) === 'true')
        return undefined;
    const head = resolveRevision(dir, 'HEAD');
    if (head === undefined)
        return undefined;
    // files HEAD tracks that steer how its blobs become files (and the info/attributes of the clone)
    const steering = git(dir, ['ls-files', '-z', '--', '.gitmodules', '**/.gitattributes', '.gitattributes']);
    const infoAttributes = git(dir, ['rev-parse', '--git-path', 'info/attributes']);
    if (steering !== '' || !infoAttributes || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, infoAttributes)))
        return undefined;
    const status = git(dir, [
        'status',
        '--porcelain',
        '-z',
        '--untracked-files=all',
        '--ignore-submodules=none',
    ]);
    return status === '' ? head : undefined;
}

;// CONCATENATED MODULE: ./src/edges/trees.ts
// File trees from a folder on disk and from a git revision (read with git, no checkout).









const SKIP = new Set(['.git', 'node_modules']);
const SKIPPED_FOLDER = /(^|\/)(\.git|node_modules)(\/|$)/;
/** Every file below `dir` (hidden folders included, but not .git), links kept as links. */
function diskTree(dir, limit = fileTree/* MAX_FILE_BYTES */.gZ) {
    const tree = new Map();
    const visit = (folder) => {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (SKIP.has(entry.name))
                continue;
            const full = (0,external_node_path_.join)(folder, entry.name);
            const path = (0,external_node_path_.relative)(dir, full).split(external_node_path_.sep).join('/');
            if (entry.isSymbolicLink())
                tree.set(path, { link: (0,external_node_fs_.readlinkSync)(full) });
            else if (entry.isDirectory())
                visit(full);
            else if (entry.isFile()) {
                const size = (0,external_node_fs_.lstatSync)(full).size;
                tree.set(path, size > limit ? { tooLarge: { size, limit } } : { text: (0,external_node_fs_.readFileSync)(full, 'utf8') });
            }
        }
    };
    visit(dir);
    return tree;
}
/**
 * Files every discovery reads whatever they hold: kustomizations, charts and Argo CD's source parameter
 * files (a unit's inputs are worked out from them for every app). Read with the searched files in one
 * batch rather than on first use.
 */
const READ_EARLY = new Set([...sourceType/* KUSTOMIZATION_FILES */.Ct, 'Chart.yaml', 'requirements.yaml']);
const readEarly = (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return READ_EARLY.has(name) || (0,sourceParameters/* isParameterFile */.GB)(path);
};
/** git in one repository, its output whole. */
const gitIn = (repoDir) => (args, input) => (0,external_node_child_process_.execFileSync)('git', args, { cwd: repoDir, input, maxBuffer: 1 << 30 });
/** The entries of `git ls-tree -r -z -l`: `<mode> <type> <object> <size>\t<path>\0` each. */
function listTree(git, revision) {
    const listing = git(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', revision]).toString('utf8');
    const entries = [];
    for (let start = 0; start < listing.length;) {
        const end = listing.indexOf('\0', start);
        const tab = listing.indexOf('\t', start);
        const [mode, , sha, size] = listing.slice(start, tab).split(/ +/);
        entries.push({ mode, sha, path: listing.slice(tab + 1, end), size: Number(size) });
        start = end + 1;
    }
    return entries;
}
/**
 * The tree of a commit in the git repository at `repoDir`: one ls-tree, one git grep for the strings the
 * core scans every file for (SEARCHED_STRINGS), one cat-file for the files that hold them and those
 * every discovery reads; the other files are read when first used (gitBlobs.ts). With `scanned` (what
 * the kept index of this very tree knows of its files: treeIndex.ts), git neither lists nor greps the
 * tree, and only the files every preview reads (CRDs) are read up front.
 */
function gitTree(repoDir, revision, limit = fileTree/* MAX_FILE_BYTES */.gZ, scanned) {
    const git = gitIn(repoDir);
    const lazy = new BlobReader(git);
    const tree = new Map();
    const listing = scanned?.listing;
    if (scanned && listing) {
        const lacks = new Map();
        const lacked = (flags) => lacks.get(flags) ?? lacks.set(flags, (0,treeIndex/* lackedStrings */.hk)(flags)).get(flags);
        // laid out from the listing the index kept: git lists nothing, and reads only what every preview reads
        const now = [];
        listing.paths.forEach((path, i) => {
            const link = listing.links.get(path);
            const size = scanned.tooLarge.get(path);
            const sha = listing.blobs[i];
            const flags = scanned.searched.get(path) ?? 0;
            if (link !== undefined)
                tree.set(path, { link });
            else if (size !== undefined)
                tree.set(path, { tooLarge: { size, limit }, ...(sha && { blob: sha }) });
            else if (!(0,treeIndex/* readByEveryPreview */.XJ)(flags))
                tree.set(path, lazy.entry(sha, lacked(flags)));
            else {
                tree.set(path, { blob: sha });
                now.push({ mode: '100644', sha, path });
            }
        });
        // (read into the places they were set at: the tree keeps its order)
        readBlobs(git, now, tree, limit);
        return tree;
    }
    const entries = listTree(git, revision);
    const holding = filesHoldingSearched(git, revision);
    // without git grep's answer (it failed), every file is read at once
    readBlobs(git, entries, tree, limit, (blob) => !holding || blob.mode === '120000' || holding.has(blob.path) || readEarly(blob.path)
        ? undefined
        : lazy.entry(blob.sha));
    return tree;
}
/**
 * Reads the blobs of `entries` into `tree` with one `cat-file --batch`, but for those `later` gives an
 * entry to read on first use. A crafted tree can hold `..` or `.git` entries: only normalised paths
 * inside the repository count; files over the limit are marked.
 */
function readBlobs(git, entries, tree, limit, later = () => undefined) {
    const now = [];
    for (const e of entries) {
        if ((0,fileTree/* resolveInTree */.O4)('', e.path) !== e.path || SKIPPED_FOLDER.test(e.path))
            continue;
        if (e.mode !== '100644' && e.mode !== '100755' && e.mode !== '120000')
            continue;
        if (e.size !== undefined && e.size > limit) {
            tree.set(e.path, { tooLarge: { size: e.size, limit }, blob: e.sha });
            continue;
        }
        const deferred = e.size === undefined ? undefined : later(e);
        if (deferred)
            tree.set(e.path, deferred);
        else
            now.push(e);
    }
    if (now.length === 0)
        return;
    catFile(git, now.map((b) => b.sha), limit).forEach(({ size, text }, i) => {
        const blob = now[i];
        if (text === undefined)
            tree.set(blob.path, { tooLarge: { size, limit }, blob: blob.sha });
        else
            tree.set(blob.path, blob.mode === '120000' ? { link: text } : { text, blob: blob.sha });
    });
}
/**
 * The tree of `revision` made from the tree of `from` (another commit of the same repository) and what
 * `git diff-tree` says changed between them: only the changed blobs are read, so a pull request's head
 * costs what the pull request changed, not what the repository holds.
 */
function gitTreeFrom(repoDir, from, revision, limit = fileTree/* MAX_FILE_BYTES */.gZ) {
    const git = gitIn(repoDir);
    // :<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0, renames and copies as delete + add
    const fields = git(['diff-tree', '-r', '-z', '--no-renames', '--end-of-options', from.sha, revision])
        .toString('utf8')
        .split('\0');
    const tree = new Map(from.tree);
    const changed = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = fields[i];
        const path = fields[i + 1];
        if (!meta.startsWith(':'))
            continue;
        const [, mode, , sha, status] = meta.slice(1).split(' ');
        tree.delete(path);
        if (status !== 'D')
            changed.push({ mode, sha, path });
    }
    readBlobs(git, changed, tree, limit);
    return tree;
}
/** A commit read whole, or as `from` plus what changed since it. */
function readCommit(dir, sha, limit, from, scanned) {
    return from ? gitTreeFrom(dir, from, sha, limit) : gitTree(dir, sha, limit, scanned);
}
/** The id of a commit's root tree (two commits with one tree hold the same files). */
function treeIdOf(dir, sha) {
    return gitIn(dir)(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])
        .toString('utf8')
        .trim();
}
/** The TreeReader of a checkout on this machine: files on disk, commits read with git. */
const localTrees = {
    folder: diskTree,
    commit(dir, revision, maxFileBytes, options = {}) {
        const sha = resolveRevision(dir, revision) ?? (options.fetch ? fetchCommit(dir, revision) : undefined);
        if (sha === undefined)
            return undefined;
        // the tree id is looked up only for a caller that keeps indexes by it
        const treeId = options.scanned && treeIdOf(dir, sha);
        const scanned = treeId ? options.scanned?.(treeId) : undefined;
        const tree = readCommit(dir, sha, maxFileBytes, options.from, scanned);
        return { sha, ...(treeId && { treeId }), tree };
    },
    checkout(dir, maxFileBytes, from) {
        const head = cleanHead(dir);
        if (head === undefined)
            return { tree: diskTree(dir, maxFileBytes) };
        return { tree: readCommit(dir, head, maxFileBytes, from), commit: head };
    },
    readAhead: readAhead,
    originUrl: originUrl,
    defaultBase: mergeBaseWithDefault,
    kind(path) {
        const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        return !info ? undefined : info.isFile() ? 'file' : info.isDirectory() ? 'folder' : undefined;
    },
    fileSize: (path) => (0,external_node_fs_.statSync)(path).size,
    fileText: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
};

;// CONCATENATED MODULE: ./src/edges/localEdges.ts





function localEdges() {
    return {
        renderer: localRenderer,
        trees: localTrees,
        folders: { read: readManifests, write: writeManifests },
        reports: localReportFiles,
        treeIndexes: localTreeIndexes,
        clock: {
            now: () => Date.now(),
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
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


function where(error) {
    const url = error.request?.url ? new URL(error.request.url).pathname : '';
    return `${error.request?.method ?? ''} ${url}`.trim();
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
            return `GitHub request ${request || ''} failed${status ? ` with ${status}` : ''}: ${e.message ?? String(error)}`;
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
/* harmony export */   R$: () => (/* binding */ pullNodeId),
/* harmony export */   Wz: () => (/* binding */ decoratePullRequest),
/* harmony export */   _b: () => (/* binding */ upsertPullRequest),
/* harmony export */   aX: () => (/* binding */ autoMergeRefusal),
/* harmony export */   d6: () => (/* binding */ closePullRequest),
/* harmony export */   je: () => (/* binding */ setLabel)
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
mutation SlipwayEnableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number }
  }
}`;
/** Why auto-merge was not enabled, naming the permissions when GitHub refused the token. */
function autoMergeRefusal(refused) {
    return /not accessible|forbidden/i.test(refused)
        ? `${refused} \u2014 enabling auto-merge needs a token with \`contents: write\` and \`pull-requests: write\``
        : refused;
}
/** Enables auto-merge; returns why it could not, instead of failing the run. */
async function enableAutoMerge(gh, nodeId, method) {
    try {
        await gh.graphql(AUTO_MERGE_MUTATION, { pullRequestId: nodeId, mergeMethod: method.toUpperCase() });
        return undefined;
    }
    catch (error) {
        const e = error;
        return e.errors?.[0]?.message ?? e.message ?? String(error);
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
async function pullNodeId(gh, repo, number) {
    return (await gh.rest.pulls.get({ ...repo, pull_number: number })).data.node_id;
}


/***/ })

};
