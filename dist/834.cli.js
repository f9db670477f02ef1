export const id = 834;
export const ids = [834,936];
export const modules = {

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bump: () => (/* binding */ bump)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/yaml/duplicateKeys.ts
// Duplicate keys found in one walk of a parsed document, with a set per map. `yaml`'s own check
// (`uniqueKeys`, on by default) searches each map's earlier keys for every key: quadratic in a map's size,
// minutes for a ConfigMap of a few megabytes. Parse with `uniqueKeys: false` and ask this instead.

/**
 * The offsets of the keys that repeat an earlier key of their map, as `yaml`'s check reports them: two
 * scalar keys are the same when their values are (`1` and `1.0` are; `1` and `"1"` are not).
 */
function duplicateKeyOffsets(doc) {
    const offsets = [];
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = pair.key;
                if ((0,dist/* isScalar */.jn)(key) && !Number.isNaN(key.value)) {
                    if (seen.has(key.value))
                        offsets.push(key.range?.[0] ?? 0);
                    else
                        seen.add(key.value);
                }
                stack.push(key, pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return offsets;
}

// EXTERNAL MODULE: ./src/core/image/imageRef.ts
var imageRef = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/core/image/tagSemver.ts
var tagSemver = __webpack_require__(7065);
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
const STR_TAG = 'tag:yaml.org,2002:str';
/** Whether a plain scalar behind `!!str` reads back as this string (numbers and booleans do; `a: b` does not). */
function readsBackAsStr(value) {
    if (value.trim() !== value || value.includes('\n') || value === '')
        return false;
    return readsBackAs(`!!str ${value}`, value, '1.2') && readsBackAs(`!!str ${value}`, value, '1.1');
}
/**
 * Renders a string in the given style; a plain scalar that YAML would misread is double-quoted. `tag` is
 * the scalar's explicit tag, if it has one: behind `!!str` a plain `1.10` stays a string and needs no quotes.
 */
function renderScalar(value, style, tag) {
    if (style === 'QUOTE_SINGLE')
        return `'${value.replace(/'/g, "''")}'`;
    if (style === 'PLAIN' && tag === STR_TAG && readsBackAsStr(value))
        return value;
    if (style === 'QUOTE_DOUBLE' || needsQuotes(value))
        return JSON.stringify(value);
    return value;
}
/** What a scalar's source bytes read as, or undefined when they do not read as one string. */
function readScalar(raw, style, tag) {
    if (style === 'PLAIN') {
        if (tag !== undefined && tag !== STR_TAG)
            return undefined;
        const prefix = tag === STR_TAG ? '!!str ' : '';
        try {
            const v12 = (0,dist/* parse */.qg)(`${prefix}${raw}`, { version: '1.2' });
            const v11 = (0,dist/* parse */.qg)(`${prefix}${raw}`, { version: '1.1' });
            return typeof v12 === 'string' && v12 === v11 ? v12 : undefined;
        }
        catch {
            return undefined;
        }
    }
    try {
        const value = (0,dist/* parse */.qg)(raw);
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The edit that turns a scalar holding `from` into one holding `to`, changing only the bytes that differ
 * (the version of `ghcr.io\/acme/api:1.0.0`): escapes, quotes and an explicit tag (`!!str 1.10`) before
 * and after the change stay as written. When the changed bytes cannot be written in place (the tail holds
 * an escape, or a plain `1.9 \u2192 1.10` would read as a number) the whole scalar is rewritten in its style.
 */
function scalarEdit(scalar, from, to) {
    const [start, end] = scalar.range;
    const whole = { start, end, text: renderScalar(to, scalar.style, scalar.tag) };
    let p = 0;
    while (p < from.length && p < to.length && from[p] === to[p])
        p++;
    let s = 0;
    while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s])
        s++;
    const tail = from.slice(p);
    const inner = scalar.raw.slice(0, scalar.raw.length - (scalar.style === 'PLAIN' ? 0 : 1));
    // only printable ASCII without the style's quote or escape character is the same in the file as in the value
    const literal = scalar.style === 'QUOTE_DOUBLE' ? /^[\x20-\x7e]*$/ : /^[^\r\n]*$/;
    const forbidden = scalar.style === 'QUOTE_DOUBLE' ? /["\\]/ : scalar.style === 'QUOTE_SINGLE' ? /'/ : /$^/;
    const changed = to.slice(p, to.length - s);
    if (!inner.endsWith(tail) || [tail, changed].some((part) => !literal.test(part) || forbidden.test(part)))
        return whole;
    const at = inner.length - tail.length;
    const raw = scalar.raw.slice(0, at) + changed + scalar.raw.slice(at + tail.length - s);
    // the bytes before the change may end in an escape that the change would split: read the result back
    if (readScalar(raw, scalar.style, scalar.tag) !== to)
        return whole;
    return { start: start + at, end: start + at + tail.length - s, text: changed };
}
/**
 * Applies non-overlapping edits; identical duplicate edits (an anchor reached twice) are applied once. The
 * text is cut once, in order: linear in its size whatever the number of edits.
 */
function applyEdits(text, edits) {
    const unique = new Map();
    for (const edit of edits)
        unique.set(`${edit.start}:${edit.end}:${edit.text}`, edit);
    // insertions at one offset land in the reverse of their order (the digest line before a new tag's)
    const sorted = [...unique.values()].sort((a, b) => b.start - a.start || b.end - a.end).reverse();
    const parts = [];
    let done = 0;
    for (const edit of sorted) {
        if (edit.start < done)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        parts.push(text.slice(done, edit.start), edit.text);
        done = edit.end;
    }
    parts.push(text.slice(done));
    return parts.join('');
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
        return { node: target, text, style: 'PLAIN', raw: text, content: [start, start + text.length] };
    }
    const style = scalarStyle(target);
    const text = scalarText(target, src);
    if (style === undefined || text === undefined)
        return undefined;
    return { node: target, text, style, raw: src.slice(target.range[0], target.range[1]) };
}
/** The edit that makes a slot hold `value`, changing only the bytes that differ (scalar.ts, scalarEdit). */
function replaceScalar(slot, value) {
    if (slot.content)
        return { start: slot.content[0], end: slot.content[1], text: value };
    return scalarEdit({
        range: slot.node.range,
        raw: slot.raw,
        style: slot.style,
        tag: slot.node.tag,
    }, slot.text, value);
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
        // the last line starting at or before the offset (binary search: starts ascend)
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid][0] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const best = starts[lo];
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
    if (start === end && src[start - 1] === ':')
        return { start, end, text: ` ${renderScalar(value, slot.style)}` };
    return scalarEdit({ range: [start, end], raw: slot.raw, style: slot.style, tag: slot.node.tag }, slot.text, value);
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
    return problem ?? edits.filter((e) => typeof e !== 'string');
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
/** The last scalar that starts at or after `from` and ends before `to`; `scalars` sorted by start. */
function lastScalarIn(scalars, from, to) {
    // binary search for the last scalar starting at or before `to`, then back to one that ends before it
    let lo = 0;
    let hi = scalars.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (scalars[mid].range[0] <= to)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
        const range = scalars[i].range;
        if (range[0] < from)
            return undefined;
        if (range[1] <= to)
            return scalars[i];
    }
    return undefined;
}
const marker = {
    inDocument(ctx) {
        if (ctx.markers.length === 0)
            return;
        // one sort per document, one search per marker: linear-logarithmic, not markers \u00d7 scalars
        const scalars = ctx.scalars
            .filter((s) => s.range)
            .sort((a, b) => a.range[0] - b.range[0]);
        for (const m of ctx.markers) {
            const scalar = lastScalarIn(scalars, m.lineStart, m.hash);
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
    let first = 0;
    for (const doc of list) {
        // only the markers between this document's start and end (markers and documents are in file order)
        const [start, , end] = doc.range;
        while (first < markers.length && markers[first].lineStart < start - 1)
            first++;
        let last = first;
        while (last < markers.length && markers[last].lineStart < end)
            last++;
        const inside = markers.slice(first, last);
        const ctx = { doc, src, eol, sites, scalars: [], markers: inside, scanText: scanYaml };
        walk(ctx, doc.contents, undefined);
        for (const target of IMAGE_TARGETS)
            target.inDocument?.(ctx);
    }
    return { sites: dedupe(sites) };
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

// EXTERNAL MODULE: ./src/core/regExpText.ts
var regExpText = __webpack_require__(7613);
;// CONCATENATED MODULE: ./src/core/bump/plan.ts
// (files, image updates) \u2192 the edits to make, the places skipped with a reason, and the new file texts.
// Everything is planned before anything is written.








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
        return `${ALREADY_AT}${(0,imageRef/* describeVersion */.MP)(site.tag, site.digest)}`;
    const from = (0,tagSemver/* tagSemver */.P)(site.tag);
    const to = (0,tagSemver/* tagSemver */.P)(target.tag);
    if (!options.allowDowngrade && from && to && semver_default().lt(to, from)) {
        return `would downgrade ${site.tag} \u2192 ${target.tag} (use ${options.forceDowngrade ?? 'allow-downgrade: true'} to force)`;
    }
    return undefined;
}
const ALREADY_AT = 'already at ';
/**
 * Whether a run wrote nothing because every place it found was refused (a shared anchor, a downgrade, a
 * placeholder\u2026), not because everything was already there: a warning, where "up to date" is not.
 */
function everyPlaceSkipped(plan) {
    return plan.edits.length === 0 && plan.skips.some((skip) => !skip.reason.startsWith(ALREADY_AT));
}
/** How a name may be spelled in a file Slipway does not edit: as given, and without Docker Hub's prefix. */
function spellings(update) {
    const short = update.canonical.replace(/^docker\.io\/(library\/)?/, '');
    return [...new Set([update.name, update.canonical, short])].filter((n) => n.includes('/') || n === update.name);
}
/** Where a text names an image (first line), for files Slipway reads but does not edit. */
function namedAt(text, update) {
    for (const name of spellings(update)) {
        const at = new RegExp(`(^|[^\\w./-])${(0,regExpText/* escapeRegExp */.N)(name)}(?=[:@"'\\s]|$)`, 'm').exec(text);
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
        const planned = new Map();
        for (const site of scan.sites) {
            const update = byCanonical.get(site.canonical);
            if (!update)
                continue;
            found.add(update.canonical);
            const target = targetVersion(site, update);
            planned.set(site, { target, written: refusal(site, target, options) ?? site.write(target) });
        }
        const shared = sharedAnchors(scan.sites, planned);
        for (const [site, { target, written: write }] of planned) {
            const update = byCanonical.get(site.canonical);
            const line = lineOf(site.offset);
            const written = typeof write === 'string' ? write : (shared(site, write) ?? write);
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
/**
 * A scalar that several images' sites reach through one anchor (`tag: *t` under two images) moves only
 * when every image that uses it moves it to the same bytes in this run: it is then edited once. Moving it
 * for one image alone would move the others too, or make them diverge; such a site is refused with the
 * reason. Returns, for a site and its edits, the refusal or undefined.
 */
function sharedAnchors(sites, planned) {
    const users = new Map();
    for (const site of sites)
        for (const node of site.nodes ?? []) {
            if (!node.anchor)
                continue;
            const list = users.get(node) ?? [];
            list.push(site);
            users.set(node, list);
        }
    if (users.size === 0)
        return () => undefined;
    /** The edits that fall inside a node's bytes, as one comparable string. */
    const inside = (node, edits) => {
        const [start, , end] = node.range;
        return JSON.stringify(edits
            .filter((e) => e.start >= start && e.end <= end)
            .map((e) => [e.start, e.end, e.text])
            .sort());
    };
    return (site, edits) => {
        for (const node of site.nodes ?? []) {
            const others = (users.get(node) ?? []).filter((u) => u.canonical !== site.canonical);
            if (others.length === 0)
                continue;
            const mine = inside(node, edits);
            const stays = others.filter((o) => typeof planned.get(o)?.written !== 'object');
            const diverges = others.filter((o) => {
                const theirs = planned.get(o)?.written;
                return typeof theirs === 'object' && inside(node, theirs) !== mine;
            });
            const names = (list) => [...new Set(list.map((o) => o.name))].join(', ');
            const anchor = node.anchor;
            if (stays.length > 0)
                return `the tag is shared through anchor &${anchor} with ${names(stays)}, which this run does not move; moving it would move that image too (give each image its own tag, or bump them together)`;
            if (diverges.length > 0) {
                const to = (o) => {
                    const target = planned.get(o)?.target;
                    return `${o.name} \u2192 ${(0,imageRef/* describeVersion */.MP)(target.tag, target.digest)}`;
                };
                return `the tag is shared through anchor &${anchor} with ${[...new Set(diverges.map(to))].join(', ')}; the images would diverge (give each image its own tag)`;
            }
        }
        return undefined;
    };
}
function versionOf(site) {
    return {
        ...(site.tag !== undefined && { tag: site.tag }),
        ...(site.digest !== undefined && { digest: site.digest }),
    };
}
/** A text's parse errors and duplicate keys, in time linear in its size (duplicateKeys.ts says why). */
function problems(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    return {
        errors: docs.flatMap((d) => d.errors),
        duplicates: docs.flatMap((d) => duplicateKeyOffsets(d)),
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
    const after = problems(next);
    if (after.errors.length === 0 && after.duplicates.length === 0)
        return { text: next };
    const before = problems(text);
    const added = after.errors[0]?.message.split('\n')[0] ??
        (after.duplicates.length > before.duplicates.length ? 'Map keys must be unique' : undefined);
    if (added)
        return `the edit would make invalid YAML (${added}); this file was left as it was`;
    return {
        text: next,
        warning: {
            line: lineIndex(text)(before.duplicates.reduce((a, b) => Math.min(a, b))),
            message: 'the file already has a duplicate key (it was edited all the same; YAML readers disagree on which value wins)',
        },
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/core/report/markdownText.ts
var markdownText = __webpack_require__(8854);
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
/** A markdown table of the edits (and skips), linking each file when a base URL for files is given. */
function editTable(plan, fileUrl) {
    const rows = plan.edits.map((e) => {
        const where = `${e.file}:${e.line}`;
        const code = (text) => (0,markdownText/* mdCode */.xs)(text, 'table');
        const link = fileUrl ? `[${code(where)}](${(0,markdownText/* mdUrl */.T3)(fileUrl(e.file, e.line))})` : code(where);
        return `| ${link} | ${code(e.image)} | ${code((0,imageRef/* describeVersion */.MP)(e.from.tag, e.from.digest))} \u2192 ${code((0,imageRef/* describeVersion */.MP)(e.to.tag, e.to.digest))} |`;
    });
    const parts = [];
    if (rows.length > 0)
        parts.push(['| File | Image | Change |', '| --- | --- | --- |', ...rows].join('\n'));
    if (plan.skips.length > 0) {
        parts.push(['**Skipped**', '', ...plan.skips.map((s) => `- ${(0,markdownText/* mdText */.bC)(skipLine(s))}`)].join('\n'));
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
    const range = `${encodeURIComponent(edit.from.tag ?? '')}...${encodeURIComponent(edit.to.tag ?? '')}`;
    return `[${(0,markdownText/* mdCode */.xs)(`${edit.from.tag}...${edit.to.tag}`)}](${(0,markdownText/* mdUrl */.T3)(`${links.serverUrl}/${links.repository}/compare/${range}`)})`;
}
function mergeLine(decision) {
    if (decision.autoMerge)
        return `**Auto-merge:** on (${decision.autoMerge}) \u2014 ${(0,markdownText/* mdText */.bC)(decision.reason)}.`;
    const who = [...decision.reviewers.map((r) => `@${r}`), ...decision.teamReviewers.map((t) => `team ${t}`)];
    return `**Auto-merge:** not allowed \u2014 ${(0,markdownText/* mdText */.bC)(decision.reason)}${who.length > 0 ? `; review requested from ${who.join(', ')}` : ''}.`;
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
        `Deploys ${updates.map((u) => `**${(0,markdownText/* mdText */.bC)(u.name)}** ${(0,markdownText/* mdCode */.xs)(pullRequestText_versionOf(u))}`).join(', ')} to **${(0,markdownText/* mdText */.bC)(describeTarget(target))}**.`,
        '',
        editTable(plan, fileUrl),
        '',
        ...(source.length > 0 ? [`**Source:** ${source.join(' \u00b7 ')}`, ''] : []),
        ...(decision ? [mergeLine(decision), ''] : []),
        '<sub>Opened by Slipway. A newer build refreshes this pull request. Commits you push to this branch are kept: later bumps add theirs on top.</sub>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/policy/policy.ts
var policy_policy = __webpack_require__(8590);
;// CONCATENATED MODULE: ./src/core/bump/lanes.ts

/** One lane per environment that has edits or skips, in the policy's order; edits outside them last. */
function lanesByEnvironment(plan, policy) {
    if (!policy || policy.environments.length === 0)
        return [{ plan }];
    const lanes = new Map();
    const laneOf = (file) => {
        const env = file === undefined ? undefined : (0,policy_policy/* environmentOf */.p7)(policy, file);
        const key = env?.name ?? '';
        let lane = lanes.get(key);
        if (!lane) {
            lane = {
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
            lanes.set(key, lane);
        }
        return lane;
    };
    for (const edit of plan.edits)
        laneOf(edit.file).plan.edits.push(edit);
    for (const [file, text] of plan.changed)
        laneOf(file).plan.changed.set(file, text);
    for (const skip of plan.skips.filter((s) => s.file))
        laneOf(skip.file).plan.skips.push(skip);
    const order = (g) => g.environment ? policy.environments.indexOf(g.environment) : policy.environments.length;
    const sorted = [...lanes.values()].sort((a, b) => order(a) - order(b));
    const first = sorted[0] ?? laneOf(undefined);
    // skips of an image found nowhere, and unreadable files, belong to no environment: report them once
    first.plan.skips.push(...plan.skips.filter((s) => !s.file));
    first.plan.unreadable.push(...plan.unreadable);
    return sorted.length > 0 ? sorted : [first];
}
/**
 * Under a policy, an environment's level decides; edits outside every environment, and bumps without a
 * policy, follow the `auto-merge` input.
 */
function decideMerge(lane, policy, input) {
    const env = lane.environment;
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
    const types = lane.plan.edits.map((e) => (0,policy_policy/* updateType */.Gg)(e.from.tag, e.to.tag));
    const type = (0,policy_policy/* largest */.nQ)(types.length > 0 ? types : ['patch']);
    const example = lane.plan.edits.find((e) => (0,policy_policy/* updateType */.Gg)(e.from.tag, e.to.tag) === type);
    const change = example ? ` (${example.from.tag ?? '?'} \u2192 ${example.to.tag ?? '?'})` : '';
    if ((0,policy_policy/* admits */.t5)(env.autoMerge, type)) {
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

// EXTERNAL MODULE: ./src/core/policy/parsePolicy.ts + 1 modules
var parsePolicy = __webpack_require__(2936);
;// CONCATENATED MODULE: ./src/core/bump/decisions.ts


/** The updates the policy allows, and a skip line for each one it refuses (all allowed without a policy). */
function splitByPolicy(updates, policy) {
    const allowed = [];
    const refused = [];
    for (const update of updates) {
        const why = policy ? (0,policy_policy/* imageRefusal */.AG)(policy, update.name, update.canonical, update.tag) : undefined;
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
;// CONCATENATED MODULE: ./src/commands/bumpJob.ts
/** Someone else moved a ref between our read and our write: read again and redo. */
class Moved extends Error {
}

;// CONCATENATED MODULE: ./src/commands/bumpSummary.ts



function bumpResult(job, plan, lanes) {
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

;// CONCATENATED MODULE: ./src/commands/bumpPullRequest.ts


/** The rolling pull request of a lane whose branch now holds `commit`: opened, or refreshed. */
async function openPullRequest(job, lane, state, plan, commit) {
    const { gh, repo, settings, log, base, links } = job;
    const { branch, target, decision } = lane;
    const fileUrl = (file, line) => `${links.serverUrl}/${repo.owner}/${repo.repo}/blob/${(0,markdownText/* urlPath */.Lx)(branch)}/${(0,markdownText/* urlPath */.Lx)(file)}#L${line}`;
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
            log.warning(`Auto-merge was not enabled on #${pull.number}: ${refused}.`);
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

;// CONCATENATED MODULE: ./src/commands/bumpWrites.ts
// Writing one lane of a bump on GitHub: nothing to write (close the bot's stale pull request), a commit on
// the base, or a commit on the lane's branch \u2014 rebuilt from the base when every commit on it is the bot's,
// else added on top, never overwriting a commit the bot did not make.







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
    // every place skipped is something to fix (a shared anchor, a downgrade\u2026): a warning, not a log line
    if (everyPlaceSkipped(lane.plan))
        log.warning(`Nothing to write to ${lane.branch}: every place was skipped (the reasons are above).`);
    else
        log.info(`Nothing to write to ${lane.branch}: already up to date.`);
    return { lane, outputs: { updated: 'false', branch: lane.branch } };
}
async function writeDirect(job, lane, state) {
    const { gh, settings, base, links } = job;
    const message = commitMessage(settings.commitMessage, settings.updates, lane.target, links);
    const commit = await gh.createCommit(baseOf(job, state), lane.plan.changed, message, lane.encodings);
    if ((await gh.setBranch(base, commit.sha, { exists: true, force: false })) === 'moved')
        throw new Moved(`${base} moved while the commit was written`);
    job.log.info(`Committed ${commit.sha.slice(0, 7)} to ${base}.`);
    return { lane, outputs: { updated: 'true', branch: base, 'commit-sha': commit.sha } };
}
async function writePullRequest(job, lane, state) {
    const { gh, settings, log, base, links } = job;
    const { branch, target } = lane;
    const message = commitMessage(settings.commitMessage, settings.updates, target, links);
    const baseHead = baseOf(job, state);
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
            throw new errors/* SlipwayError */.GQ(`Branch ${lane.branch} has commit ${commit.oid.slice(0, 7)} ("${commit.message.split('\n')[0]}" by ${commit.author.name}) that the bot did not make, ` +
                `and it changes ${clash}, which this bump edits. Nothing was written: merge or close the pull request, or delete the branch, then run again.`);
        }
    }
    if (plan.changed.size === 0)
        throw new errors/* SlipwayError */.GQ(`Branch ${lane.branch} already has this change; nothing was written.`);
    const commit = await gh.createCommit({ oid: branch.oid, treeOid: branch.treeOid }, plan.changed, message, encodings);
    return { commit, plan };
}
/** The base's head, which attemptBump checked before any lane is written. */
function baseOf(job, state) {
    if (!state.base)
        throw new errors/* SlipwayError */.GQ(`Branch "${job.base}" was not found; check the "base" input.`);
    return state.base;
}

;// CONCATENATED MODULE: ./src/commands/bumpOnGitHub.ts
// bump on GitHub: read the base in one tarball, plan with the core, split the plan into lanes (one per
// environment of the policy) and write each lane (bumpWrites.ts): one commit through the Git Data API and one
// rolling pull request (bumpPullRequest.ts). Safe when the base or a branch moves: the whole attempt is
// redone from a fresh read, and a branch holding someone else's commit is never reset.











const MAX_ATTEMPTS = 5;
/** Most repositories' default branch: read first, so the state query usually answers for the right one. */
const GUESSED_DEFAULT_BRANCH = 'main';
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
        return { outputs: {}, failure: gh.explainFailure(error).text };
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
    const parsed = (0,parsePolicy.parsePolicy)(found.file, found.text);
    const [first] = parsed.errors;
    if (first) {
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
            throw new errors/* SlipwayError */.GQ(`${repo.owner}/${repo.repo} has no default branch (is it empty?); set the "base" input.`);
        if (state.defaultBranch !== base) {
            job.base = state.defaultBranch;
            return attemptBump(job);
        }
    }
    if (!state.base)
        throw new errors/* SlipwayError */.GQ(`Branch "${base}" was not found in ${repo.owner}/${repo.repo}; check the "base" input.`);
    const read = await gh.readBaseAt(state.base.oid, settings.paths, policy_policy/* POLICY_FILES */.jE);
    const policy = readPolicy(read.policy);
    const { allowed, refused } = splitByPolicy(settings.updates, policy);
    const plan = planBump(read.texts, allowed, { allowDowngrade: settings.allowDowngrade, forceDowngrade: settings.forceDowngrade }, read.others);
    plan.skips.push(...refused);
    for (const line of planLines(plan, false))
        log.info(line);
    for (const skip of plan.skips.filter((s) => !s.file))
        log.warning(`${skip.image}: ${skip.reason}.`);
    const lanes = (settings.pullRequest ? lanesByEnvironment(plan, policy) : [{ plan }]).map((lane) => {
        const target = targetOf(job, lane.environment?.name);
        const branch = settings.pullRequest
            ? branchName(settings.branchPrefix, settings.updates, target)
            : base;
        const decision = decideMerge(lane, policy, settings.autoMerge);
        return { ...lane, branch, target, decision, encodings: read.encodings };
    });
    if (settings.dryRun) {
        for (const lane of lanes)
            log.info(`Dry run: ${lane.plan.edits.length} edit(s) for ${lane.branch} (auto-merge: ${lane.decision.autoMerge ? 'yes' : 'no'}, ${lane.decision.reason}); no write request made.`);
        return bumpResult(job, plan, lanes.map((lane) => ({ lane, outputs: { updated: 'false', branch: lane.branch } })));
    }
    const results = [];
    for (const lane of lanes) {
        // the first lane's state came with the base; other environments' branches are read now
        const laneState = lane.branch === firstBranch ? state : await gh.readBumpState(base, lane.branch);
        if (laneState.base?.oid !== state.base.oid)
            throw new Moved(`${base} moved while the bump was planned`);
        results.push(await writeLane(job, lane, laneState));
    }
    return bumpResult(job, plan, results);
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
    // every place skipped is something to fix (a shared anchor, a downgrade\u2026): a warning, not a log line
    if (everyPlaceSkipped(plan))
        log.warning('Nothing written: every place was skipped (the reasons are above).');
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


/***/ }),

/***/ 7065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ tagSemver)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// A tag read as a version: what update types (patch, minor, major) and downgrades are judged on.

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
        return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(full[1]) ?? undefined;
    const short = SHORT_VERSION.exec(tag);
    return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : undefined;
}


/***/ }),

/***/ 2936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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

;// CONCATENATED MODULE: ./src/core/policy/parsePolicy.ts
// Reads a policy file (policy.ts) by the schema shipped with Slipway (schema.ts), which also checks that
// image rules' versions are semver ranges and tags RE2 expressions: what passes is a PolicyDocument (the
// type worked out from the schema), turned into a Policy without further checks. A module of its own, so
// a run whose repository has no policy file never loads the schema validator (Ajv).





const { versions, tags } = POLICY_SCHEMA.properties.images.additionalProperties.properties;
/** POLICY_SCHEMA with what JSON schema cannot say: image rules' versions are semver ranges, tags RE2. */
const CHECKED_SCHEMA = {
    ...POLICY_SCHEMA,
    properties: {
        ...POLICY_SCHEMA.properties,
        images: {
            ...POLICY_SCHEMA.properties.images,
            additionalProperties: {
                ...POLICY_SCHEMA.properties.images.additionalProperties,
                properties: {
                    versions: { ...versions, format: 'semver-range' },
                    tags: { ...tags, format: 're2' },
                },
            },
        },
    },
};
const FORMATS = {
    'semver-range': (text) => semver_default().validRange(text) !== null,
    re2: (text) => {
        try {
            build/* RE2JS */.L3.compile(text);
            return true;
        }
        catch {
            return false;
        }
    },
};
const FORMAT_PROBLEMS = {
    'semver-range': 'is not a semver range',
    re2: 'is not a valid regular expression',
};
/** The policy's validator, compiled the first time a policy is read (not at every start). */
let compiledSchema;
const validator = () => (compiledSchema ??= new ajv.Ajv({ allErrors: true, formats: FORMATS }).compile(CHECKED_SCHEMA));
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
    const data = doc.toJS() ?? {};
    // the line of a key (its value's line for list items), or of the nearest ancestor that exists
    const lineOf = (path) => {
        for (let depth = path.length; depth > 0; depth--) {
            const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
            const pair = (0,dist/* isMap */.jh)(parent)
                ? parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === path[depth - 1])
                : undefined;
            const node = (0,dist/* isNode */.Ll)(pair?.key) ? pair.key : doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return 1;
    };
    const validate = validator();
    if (validate(data))
        return { policy: policyOf(file, data), errors: [] };
    const errors = [];
    for (const e of validate.errors ?? []) {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        const key = [...path, ...(extra ? [extra] : [])].join('.') || '(top level)';
        const format = e.keyword === 'format' ? FORMAT_PROBLEMS[String(e.params.format)] : undefined;
        const message = format
            ? // images."<pattern>".versions: the pattern is a glob, quoted to be read whole
                `${path[0]}."${path[1]}".${path[2]} ${format}`
            : `${key} ${e.keyword === 'additionalProperties'
                ? 'is not a known key'
                : e.keyword === 'enum'
                    ? `must be one of ${e.params.allowedValues.join(', ')}`
                    : (e.message ?? e.keyword)}`;
        errors.push({ file, line: lineOf(extra ? [...path, extra] : path), message });
    }
    return { errors };
}
/** A policy file its schema admits \u2192 the policy. */
function policyOf(file, data) {
    return {
        file,
        environments: Object.entries(data.environments ?? {}).map(([name, env]) => ({
            name,
            paths: env.paths,
            autoMerge: env['auto-merge'] ?? 'never',
            reviewers: env.reviewers ?? [],
            labels: env.labels ?? [],
        })),
        images: Object.entries(data.images ?? {}).map(([pattern, rule]) => ({ pattern, ...rule })),
        mergeMethod: data['merge-method'] ?? 'squash',
        allowedPaths: data['allowed-paths'] ?? [],
    };
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ imageRefusal),
/* harmony export */   G5: () => (/* binding */ policyFileIn),
/* harmony export */   Gg: () => (/* binding */ updateType),
/* harmony export */   jE: () => (/* binding */ POLICY_FILES),
/* harmony export */   nQ: () => (/* binding */ largest),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   t5: () => (/* binding */ admits)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2856);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7065);
// The policy file (.slipway.yml): which changes may merge on their own, per environment and semver level,
// and which versions an image may take. Read by parsePolicy.ts; what it says is asked here.




const POLICY_FILES = ['.slipway.yml', '.slipway.yaml', '.github/slipway.yml'];
/** The policy file of a tree, if it has one (the first of POLICY_FILES). */
function policyFileIn(tree) {
    for (const file of POLICY_FILES) {
        const text = tree.get(file)?.text;
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}
/** The environment a file belongs to: the first whose paths match it. */
function environmentOf(policy, path) {
    return policy.environments.find((env) => picomatch__WEBPACK_IMPORTED_MODULE_2___default()(env.paths)(path));
}
/** How big a version change is: semver tags (a `v` allowed) by their highest changed part; anything else is `any`. */
function updateType(from, to) {
    const a = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(from);
    const b = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(to);
    if (!a || !b)
        return 'any';
    const diff = semver__WEBPACK_IMPORTED_MODULE_0___default().diff(a, b);
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
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(rule.pattern);
        if (!matches(name) && !matches(canonical))
            continue;
        const where = `${policy.file} images."${rule.pattern}"`;
        // RE2 (Go's syntax): linear in the tag, which the pull request chooses
        if (rule.tags && (tag === undefined || !re2js__WEBPACK_IMPORTED_MODULE_3__/* .RE2JS */ .L3.compile(rule.tags).test(tag)))
            return `tag ${tag ?? '(none)'} does not match tags '${rule.tags}' (${where})`;
        if (rule.versions) {
            const version = (0,_image_tagSemver_js__WEBPACK_IMPORTED_MODULE_1__/* .tagSemver */ .P)(tag);
            if (!version || !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(version, rule.versions, { includePrerelease: true }))
                return `tag ${tag ?? '(none)'} is outside versions "${rule.versions}" (${where})`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mdFence),
/* harmony export */   Lx: () => (/* binding */ urlPath),
/* harmony export */   T3: () => (/* binding */ mdUrl),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports visibleText, visibleLines */
/* harmony import */ var _plainText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7032);

// Repository text (file names, app and object names, messages) as it may appear in GitHub markdown: it
// reads as the same characters and can never add markup, HTML, a mention, a reference or a line of its
// own. One function per context: markdown prose (list items, table cells, bold text, link text), HTML
// (inside `<details>`/`<summary>`, where markdown does not apply), code spans, fenced code.
/**
 * Characters that do not show, or show something other than where they are: control characters, format
 * characters (zero-width spaces and joiners, bidi embeddings, overrides and isolates, the BOM, soft
 * hyphens, tag characters), line and paragraph separators, spaces other than the ASCII one, and letters
 * that render as blank (Hangul fillers).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeOf(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.codePointAt(0);
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** Every invisible or bidi character (newlines and tabs included) as a visible escape: U+202E \u2192 `\u202E`. */
function visibleText(text) {
    return text.replace(INVISIBLE, escapeOf);
}
/** The same, keeping newlines and tabs: for fenced code, where lines are lines. */
function visibleLines(text) {
    return text.replace(INVISIBLE, (c) => (c === '\n' || c === '\t' ? c : escapeOf(c)));
}
/**
 * `@name` and `#123` as text, not a mention or a reference: a zero-width space (as the entity `&#8203;`,
 * so the markdown source stays readable) after the sign. GitHub links neither across it, in markdown or
 * in HTML; in code it links neither anyway.
 */
function unlinked(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;').replace(/(?<!&)#(?=\d)/g, '#&#8203;');
}
/** Markdown punctuation that makes markup inside a line: a backslash makes each a literal character. */
const INLINE_MARKUP = /[\\`*_[\]|~$]/g;
/** What starts a block when it opens a list item or a quote: `# `, `> `, `- `, `+ `, `1. `, `=`. */
const BLOCK_START = /^(?:[#>+\-=]|\d+[.)])/;
/**
 * Markdown prose (a list item, a table cell, bold text, link text): HTML entities for `&`, `<` and `>`
 * (no tag, comment or entity of the text's own), a backslash before inline markup (no emphasis, link,
 * code span, table column, strikethrough or math of its own) and before a block marker it starts with,
 * mentions and references unlinked, invisible characters and newlines as escapes (it stays on its line,
 * in its table cell or list item).
 */
function mdText(value) {
    // the escapes' own backslashes come after markup is escaped: `\u202E` reads as itself in markdown
    const text = visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value)
        .replace(/[&<>]/g, (c) => ENTITIES[c])
        .replace(INLINE_MARKUP, '\\$&'))
        .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
        .replace(BLOCK_START, (marker) => marker.replace(/[^\d]$/, '\\$&'));
    return unlinked(text);
}
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Inside HTML (`<summary><b>\u2026</b></summary>`): entities only, as markdown is not read there. */
function htmlText(value) {
    return unlinked(visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value)).replace(/[&<>"']/g, (c) => ENTITIES[c]));
}
/**
 * A code span holding the text as it is: fenced by one backtick more than its longest run of backticks,
 * padded when it starts or ends with one, invisible characters and newlines as escapes. `table`: inside a
 * GFM table cell, where a `|` ends the cell even in code and must be written `\|`.
 */
function mdCode(value, context = 'text') {
    let text = visibleText((0,_plainText_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .w)(value));
    if (context === 'table')
        text = text.replace(/\|/g, '\\|');
    if (text === '')
        return '` `';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced code block: fenced by more backticks than any run inside, invisible characters as escapes. */
function mdFence(body, language) {
    const text = visibleLines(body);
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${text}\n${ticks}`;
}
/**
 * A link destination built from repository text (a file path in a URL): characters that would end or
 * break the destination (spaces, parentheses, angle brackets, controls) percent-encoded.
 */
function mdUrl(url) {
    return url.replace(/[\s()<>\\`"'\p{Cc}\p{Cf}]/gu, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
/** A repository path as a URL path: each segment percent-encoded. */
function urlPath(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ })

};
