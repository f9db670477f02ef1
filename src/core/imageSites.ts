// Every place an image lives in one YAML file, found on the parsed document with exact source ranges.
// Kinds: `image:` fields, kustomize `images:` entries, Helm-style repository/tag maps, Argo CD
// Application overrides (kustomize.images strings, helm.parameters, helm.values blocks) and
// `# slipway: <image>` marker comments.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, Scalar } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import { canonicalName, formatImageRef, tryParseImageRef, type Version } from './imageRef.js';
import { blockPairEdits, type FieldWriter } from './yamlFields.js';
import { renderScalar, type ScalarStyle, type TextEdit } from './yamlScalar.js';

export type SiteKind =
  | 'image-field'
  | 'kustomize-images'
  | 'helm-values'
  | 'argocd-kustomize-images'
  | 'argocd-helm-parameters'
  | 'marker';

/** The version an image should have after the bump: exactly this tag and/or digest. */
export type { Version } from './imageRef.js';

export interface ImageSite {
  kind: SiteKind;
  /** Offset of the bytes that hold the tag (or the reference), for line numbers. */
  offset: number;
  /** Canonical name of the image, for matching. */
  canonical: string;
  /** The name as spelled at this site. */
  name: string;
  tag?: string;
  digest?: string;
  /** False where a digest cannot be written (a Helm map without a digest field): the report then says so. */
  holdsDigest?: boolean;
  /** The scalars the site writes, to find anchors shared with another image's site. */
  nodes?: unknown[];
  /** The edits that give this site the new version, or a sentence saying why it cannot be written. */
  write(version: Version): TextEdit[] | string;
}

export interface ScanResult {
  sites: ImageSite[];
  /** Set when the file is not valid YAML: the file is skipped, not failed. */
  invalid?: { line: number; message: string };
}

/** `# slipway: <image>` with an optional part: `tag`, `digest` or `ref` (Flux's setters' :tag, :digest, full). */
const MARKER = /#\s*slipway:\s*(\S+)(?:\s+(tag|digest|ref)\b)?/;

function scalarStyle(node: Scalar): ScalarStyle | undefined {
  return node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE'
    ? node.type
    : undefined;
}

/** The source text of a scalar as a string (plain numbers keep their spelling: `1.10`, not 1.1). */
function scalarText(node: Scalar, src: string): string | undefined {
  if (typeof node.value === 'string') return node.value;
  if (node.range && node.type === 'PLAIN') return src.slice(node.range[0], node.range[1]);
  return undefined;
}

function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

export interface Slot {
  node: Scalar;
  text: string;
  style: ScalarStyle;
  /** For a one-line block scalar (`image: >-`): the bytes of its content line, written as they are. */
  content?: [number, number];
}

/** A scalar slot that can be overwritten in place, keeping its quoting style. */
function scalarSlot(node: unknown, doc: Document, src: string): Slot | undefined {
  const target = resolve(node, doc);
  if (!isScalar(target) || !target.range) return undefined;
  if (
    (target.type === 'BLOCK_FOLDED' || target.type === 'BLOCK_LITERAL') &&
    typeof target.value === 'string'
  ) {
    const text = target.value.trim();
    if (text === '' || text.includes('\n')) return undefined;
    const raw = src.slice(target.range[0], target.range[1]);
    const at = raw.indexOf(text, raw.indexOf('\n'));
    if (at === -1) return undefined;
    const start = target.range[0] + at;
    return { node: target, text, style: 'PLAIN', content: [start, start + text.length] };
  }
  const style = scalarStyle(target);
  const text = scalarText(target, src);
  if (style === undefined || text === undefined) return undefined;
  return { node: target, text, style };
}

function replaceScalar(slot: Slot, value: string): TextEdit {
  if (slot.content) return { start: slot.content[0], end: slot.content[1], text: value };
  const [start, end] = slot.node.range as [number, number, number];
  return { start, end, text: renderScalar(value, slot.style) };
}

function getPair(map: YAMLMap, key: string) {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** A map's own pair for a key, else one it takes in through a merge key (`<<: *base`, `<<: [*a, *b]`). */
function getMergedPair(map: YAMLMap, key: string, doc: Document) {
  const own = getPair(map, key);
  if (own) return own;
  const merge = getPair(map, '<<')?.value;
  const sources = isSeq(merge) ? merge.items : [merge];
  for (const source of sources) {
    const target = resolve(source, doc);
    if (isMap(target)) {
      const found = getPair(target, key);
      if (found) return found;
    }
  }
  return undefined;
}

interface Context {
  doc: Document;
  src: string;
  eol: string;
  sites: ImageSite[];
  scalars: Scalar[];
}

/** A scalar holding a whole reference (optionally behind a prefix such as `name=` in Argo CD overrides). */
function refSite(
  ctx: Context,
  node: unknown,
  kind: SiteKind,
  prefixSeparator?: string,
): ImageSite | undefined {
  const slot = scalarSlot(node, ctx.doc, ctx.src);
  if (!slot) return undefined;
  const cut = prefixSeparator === undefined ? -1 : slot.text.indexOf(prefixSeparator);
  const prefix = cut === -1 ? '' : slot.text.slice(0, cut + 1);
  const ref = tryParseImageRef(slot.text.slice(prefix.length));
  if (!ref) return undefined;
  return {
    kind,
    offset: (slot.node.range as [number, number, number])[0],
    canonical: ref.canonical,
    name: ref.name,
    tag: ref.tag,
    digest: ref.digest,
    nodes: [slot.node],
    write: (version) => [replaceScalar(slot, prefix + formatImageRef(ref.name, version.tag, version.digest))],
  };
}

/** A map whose tag and digest live in separate fields (kustomize images, Helm values). */
function fieldSite(
  ctx: Context,
  map: YAMLMap,
  kind: SiteKind,
  name: string,
  keys: { tag: string; digest?: string },
  writer: FieldWriter,
): ImageSite | undefined {
  let canonical: string;
  try {
    canonical = canonicalName(name);
  } catch {
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
    // `newTag: 11@sha256:…` / `tag: 1.2@sha256:…`: both parts live in the tag field, and stay there
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
    write: (version) =>
      blockPairEdits(ctx.src, ctx.eol, map, keys, { tag: tagSlot, digest: digestSlot }, version, writer),
  };
}

function scanKustomizeImages(ctx: Context, seq: unknown, kind: SiteKind): void {
  if (!isSeq(seq)) return;
  for (const item of seq.items) {
    if (isMap(item)) {
      const name = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
      const newName = scalarSlot(getPair(item, 'newName')?.value, ctx.doc, ctx.src)?.text;
      const isEntry = getPair(item, 'newTag') || getPair(item, 'newName') || getPair(item, 'digest');
      const effective = newName || name;
      if (!isEntry || !effective) continue;
      const tagged = name ? tryParseImageRef(name) : undefined;
      if (tagged?.tag !== undefined || tagged?.digest !== undefined) {
        // kustomize 5 applies `name: postgres:11` only to references of postgres:11; such an entry is left
        // as it is, with the reason, never dropped in silence
        ctx.sites.push({
          kind,
          offset: item.range?.[0] ?? 0,
          canonical: tagged.canonical,
          name: tagged.name,
          ...(tagged.tag !== undefined && { tag: tagged.tag }),
          write: () =>
            `the kustomize images entry names ${name}, which kustomize matches only against that exact tag; edit it by hand (or write name without a tag)`,
        });
        continue;
      }
      const site = fieldSite(ctx, item, kind, effective, { tag: 'newTag', digest: 'digest' }, 'kustomize');
      if (site) ctx.sites.push(site);
    } else if (kind === 'argocd-kustomize-images') {
      const site = refSite(ctx, item, kind, '=');
      if (site) ctx.sites.push(site);
    }
  }
}

function scanHelmParameters(ctx: Context, seq: unknown): void {
  if (!isSeq(seq)) return;
  const groups = new Map<string, Partial<Record<'repository' | 'registry' | 'tag' | 'digest', Scalar>>>();
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const key = scalarSlot(getPair(item, 'name')?.value, ctx.doc, ctx.src)?.text;
    const value = resolve(getPair(item, 'value')?.value, ctx.doc);
    const match = key ? /^(.*)\.(repository|registry|tag|digest)$/.exec(key) : null;
    if (!match || !isScalar(value)) continue;
    const group = groups.get(match[1] as string) ?? {};
    group[match[2] as 'tag'] = value;
    groups.set(match[1] as string, group);
  }
  for (const group of groups.values()) {
    if (!group.repository || !group.tag) continue;
    const repository = scalarText(group.repository, ctx.src);
    const registry = group.registry ? scalarText(group.registry, ctx.src) : undefined;
    if (!repository) continue;
    // Parameters are separate list items, so a missing digest parameter cannot be added in place.
    const site = paramSite(ctx, registry ? `${registry}/${repository}` : repository, group.tag, group.digest);
    if (site) ctx.sites.push(site);
  }
}

function paramSite(
  ctx: Context,
  name: string,
  tagNode: Scalar,
  digestNode: Scalar | undefined,
): ImageSite | undefined {
  const tagSlot = scalarSlot(tagNode, ctx.doc, ctx.src);
  const digestSlot = digestNode ? scalarSlot(digestNode, ctx.doc, ctx.src) : undefined;
  let canonical: string;
  try {
    canonical = canonicalName(name);
  } catch {
    return undefined;
  }
  if (!tagSlot) return undefined;
  return {
    kind: 'argocd-helm-parameters',
    offset: (tagSlot.node.range as [number, number, number])[0],
    canonical,
    name,
    ...(tagSlot.text !== '' && { tag: tagSlot.text }),
    ...(digestSlot && digestSlot.text !== '' && { digest: digestSlot.text }),
    write: (version) => {
      const edits: TextEdit[] = [];
      if (version.tag !== undefined && version.tag !== tagSlot.text)
        edits.push(replaceScalar(tagSlot, version.tag));
      if (digestSlot && (version.digest ?? '') !== digestSlot.text)
        edits.push(replaceScalar(digestSlot, version.digest ?? ''));
      else if (version.digest !== undefined) return `no ${name}.digest parameter to hold the digest; add one`;
      return edits;
    },
  };
}

/** Argo CD `helm.values` is YAML inside a literal block: scan it and map offsets back to the file. */
function scanValuesBlock(ctx: Context, node: unknown): void {
  const block = resolve(node, ctx.doc);
  if (!isScalar(block) || block.type !== 'BLOCK_LITERAL' || typeof block.value !== 'string' || !block.range)
    return;
  const source = ctx.src.slice(block.range[0], block.range[1]);
  const headerEnd = source.indexOf('\n');
  if (headerEnd === -1) return;
  const sourceLines = source.slice(headerEnd + 1).split('\n');
  const indent = /^ */.exec(sourceLines.find((l) => l.trim() !== '') ?? '')?.[0].length ?? 0;
  // value line start → file offset of the same character
  const starts: Array<[number, number]> = [];
  let fileOffset = block.range[0] + headerEnd + 1;
  let valueOffset = 0;
  for (const line of sourceLines) {
    starts.push([valueOffset, fileOffset + Math.min(indent, line.length)]);
    valueOffset += Math.max(0, line.replace(/\r$/, '').length - indent) + 1;
    fileOffset += line.length + 1;
  }
  const inner = scanYaml(block.value);
  const toFile = (offset: number): number => {
    let best = starts[0] as [number, number];
    for (const entry of starts) if (entry[0] <= offset) best = entry;
    return best[1] + (offset - best[0]);
  };
  for (const site of inner.sites) {
    ctx.sites.push({
      ...site,
      offset: toFile(site.offset),
      write: (version) => {
        const edits = site.write(version);
        if (typeof edits === 'string') return edits;
        if (edits.some((e) => e.text.includes('\n')))
          return 'cannot add a field inside a helm.values block; add it by hand';
        return edits.map((e) => ({ start: toFile(e.start), end: toFile(e.end), text: e.text }));
      },
    });
  }
}

function walk(ctx: Context, node: unknown, parentKey: string | undefined): void {
  const target = node;
  if (isScalar(target)) {
    ctx.scalars.push(target);
    return;
  }
  if (isSeq(target)) {
    for (const item of target.items) walk(ctx, item, parentKey);
    return;
  }
  if (!isMap(target)) return;
  const repository = getMergedPair(target, 'repository', ctx.doc);
  if (repository && getMergedPair(target, 'tag', ctx.doc)) {
    const repo = scalarSlot(repository.value, ctx.doc, ctx.src)?.text;
    const registry = scalarSlot(getMergedPair(target, 'registry', ctx.doc)?.value, ctx.doc, ctx.src)?.text;
    if (repo) {
      const site = fieldSite(
        ctx,
        target,
        'helm-values',
        registry ? `${registry}/${repo}` : repo,
        { tag: 'tag', digest: 'digest' },
        'helm',
      );
      if (site) ctx.sites.push(site);
    }
  }
  for (const pair of target.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (key === 'image' || (key === 'reference' && parentKey === 'image')) {
      // `image:` fields, and image volumes' `image.reference` (Kubernetes 1.31+)
      const site = refSite(ctx, pair.value, 'image-field');
      if (site) ctx.sites.push(site);
    } else if (key === 'images') {
      scanKustomizeImages(
        ctx,
        pair.value,
        parentKey === 'kustomize' ? 'argocd-kustomize-images' : 'kustomize-images',
      );
    } else if (key === 'parameters' && parentKey === 'helm') {
      scanHelmParameters(ctx, pair.value);
    } else if (key === 'values' && parentKey === 'helm') {
      scanValuesBlock(ctx, pair.value);
    }
    walk(ctx, pair.value, key);
  }
}

interface Marker {
  /** Where the marked line starts and where its comment starts. */
  lineStart: number;
  hash: number;
  image: string;
  part?: 'tag' | 'digest' | 'ref';
}

/** `# slipway: <image>` comments of a file, found in one pass over its lines. */
function findMarkers(src: string): Marker[] {
  if (!src.includes('slipway:')) return [];
  const markers: Marker[] = [];
  let lineStart = 0;
  for (const line of src.split('\n')) {
    const match = MARKER.exec(line);
    if (match)
      markers.push({
        lineStart,
        hash: lineStart + line.indexOf('#', line.search(/\s#|^#/)),
        image: match[1] as string,
        ...(match[2] && { part: match[2] as Marker['part'] }),
      });
    lineStart += line.length + 1;
  }
  return markers;
}

/** The markers inside this document: each names the last scalar that ends on its line before the comment. */
function scanMarkers(ctx: Context, markers: readonly Marker[]): void {
  for (const marker of markers) {
    let scalar: Scalar | undefined;
    for (const s of ctx.scalars)
      if (
        s.range &&
        s.range[0] >= marker.lineStart &&
        s.range[1] <= marker.hash &&
        (!scalar || s.range[0] > (scalar.range?.[0] ?? 0))
      )
        scalar = s;
    const slot = scalar ? scalarSlot(scalar, ctx.doc, ctx.src) : undefined;
    const site = slot ? markerSite(ctx, slot, marker.image, marker.part) : undefined;
    if (site) ctx.sites.push(site);
  }
}

const DIGEST_VALUE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;

function markerSite(
  ctx: Context,
  slot: Slot,
  image: string,
  named?: 'tag' | 'digest' | 'ref',
): ImageSite | undefined {
  let canonical: string;
  try {
    canonical = canonicalName(image);
  } catch {
    return undefined;
  }
  const asRef = tryParseImageRef(slot.text);
  const part =
    named ?? (DIGEST_VALUE.test(slot.text) ? 'digest' : asRef?.canonical === canonical ? 'ref' : 'tag');
  const offset = (slot.node.range as [number, number, number])[0];
  if (part === 'ref') {
    const site = asRef?.canonical === canonical ? refSite(ctx, slot.node, 'marker') : undefined;
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
          return 'the marked value holds a digest and this bump gives none; give the image a digest (name@sha256:…)';
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

/** Finds every image site in a YAML file's text. A file that is not valid YAML yields no sites and `invalid`. */
export function scanYaml(src: string): ScanResult {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(src, { lineCounter, uniqueKeys: false, strict: false });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error)
      return {
        sites: [],
        invalid: { line: error.linePos?.[0].line ?? 1, message: error.message.split('\n')[0] as string },
      };
  }
  const eol = src.includes('\r\n') ? '\r\n' : '\n';
  const sites: ImageSite[] = [];
  const markers = findMarkers(src);
  for (const doc of list) {
    const ctx: Context = { doc, src, eol, sites, scalars: [] };
    walk(ctx, doc.contents as Node | null, undefined);
    // only the markers between this document's start and end (markers are in file order)
    const [start, , end] = doc.range;
    const inside = markers.filter((m) => m.lineStart >= start - 1 && m.lineStart < end);
    if (inside.length > 0) scanMarkers(ctx, inside);
  }
  refuseSharedAnchors(sites);
  return { sites: dedupe(sites) };
}

/**
 * A scalar that several images' sites reach through one anchor (`tag: *t` under two images) is not moved
 * for one of them: that would move the other image too.
 */
function refuseSharedAnchors(sites: ImageSite[]): void {
  const users = new Map<unknown, Map<string, string>>();
  for (const site of sites)
    for (const node of site.nodes ?? []) {
      if (!(node as Scalar).anchor) continue;
      const names = users.get(node) ?? new Map<string, string>();
      names.set(site.canonical, site.name);
      users.set(node, names);
    }
  sites.forEach((site, i) => {
    for (const node of site.nodes ?? []) {
      const others = [...(users.get(node) ?? new Map<string, string>())].filter(
        ([canonical]) => canonical !== site.canonical,
      );
      if (others.length === 0) continue;
      const anchor = (node as Scalar).anchor as string;
      const why = `the tag is shared through anchor &${anchor} with ${others.map(([, name]) => name).join(', ')}; moving it would move that image too (give each image its own tag)`;
      sites[i] = { ...site, write: () => why };
      return;
    }
  });
}

/** A marker on an `image:` line names a site found already; keep one site per source position. */
function dedupe(sites: ImageSite[]): ImageSite[] {
  const seen = new Map<string, ImageSite>();
  for (const site of sites) {
    const key = `${site.offset}:${site.canonical}`;
    if (!seen.has(key)) seen.set(key, site);
  }
  return [...seen.values()];
}
