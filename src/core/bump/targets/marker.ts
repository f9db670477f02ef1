// `# slipway: <image> [tag|digest|ref]` comments (Flux's setters' :tag, :digest and full reference): each
// names the last scalar that ends on its line before the comment.
import type { Scalar } from 'yaml';
import { canonicalName, tryParseImageRef } from '../../image/imageRef.js';
import type { ImageSite, ImageTarget, Marker, ScanContext } from './site.js';
import { referenceSite } from './siteForms.js';
import { replaceScalar, scalarSlot, type Slot } from './slots.js';

const MARKER = /#\s*slipway:\s*(\S+)(?:\s+(tag|digest|ref)\b)?/;
const DIGEST_VALUE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;

/** `# slipway: <image>` comments of a file, found in one pass over its lines. */
export function findMarkers(src: string): Marker[] {
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

function markerSite(
  ctx: ScanContext,
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

export const marker: ImageTarget = {
  inDocument(ctx) {
    for (const m of ctx.markers) {
      let scalar: Scalar | undefined;
      for (const s of ctx.scalars)
        if (
          s.range &&
          s.range[0] >= m.lineStart &&
          s.range[1] <= m.hash &&
          (!scalar || s.range[0] > (scalar.range?.[0] ?? 0))
        )
          scalar = s;
      const slot = scalar ? scalarSlot(scalar, ctx.doc, ctx.src) : undefined;
      const site = slot ? markerSite(ctx, slot, m.image, m.part) : undefined;
      if (site) ctx.sites.push(site);
    }
  },
};
