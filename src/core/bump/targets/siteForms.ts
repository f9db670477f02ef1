// The two forms a site takes: one scalar holding a whole reference (`image: nginx:1.25`), or a map whose
// tag and digest live in fields of their own (kustomize `newTag`/`digest`, Helm `tag`/`digest`).
import type { YAMLMap } from 'yaml';
import { canonicalName, formatImageRef, tryParseImageRef } from '../../image/imageRef.js';
import { blockPairEdits, type FieldWriter } from '../../yaml/blockFields.js';
import type { ImageSite, ScanContext, SiteKind } from './site.js';
import { getMergedPair, replaceScalar, scalarSlot } from './slots.js';

/** A scalar holding a whole reference (optionally behind a prefix such as `name=` in Argo CD overrides). */
export function referenceSite(
  ctx: ScanContext,
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
export function fieldSite(
  ctx: ScanContext,
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
