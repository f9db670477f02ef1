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

/** The last scalar that starts at or after `from` and ends before `to`; `scalars` sorted by start. */
function lastScalarIn(scalars: readonly Scalar[], from: number, to: number): Scalar | undefined {
  // binary search for the last scalar starting at or before `to`, then back to one that ends before it
  let lo = 0;
  let hi = scalars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((((scalars[mid] as Scalar).range as number[])[0] as number) <= to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const range = (scalars[i] as Scalar).range as number[];
    if ((range[0] as number) < from) return undefined;
    if ((range[1] as number) <= to) return scalars[i];
  }
  return undefined;
}

export const marker: ImageTarget = {
  inDocument(ctx) {
    if (ctx.markers.length === 0) return;
    // one sort per document, one search per marker: linear-logarithmic, not markers × scalars
    const scalars = ctx.scalars
      .filter((s) => s.range)
      .sort((a, b) => (a.range as number[])[0]! - (b.range as number[])[0]!);
    for (const m of ctx.markers) {
      const scalar = lastScalarIn(scalars, m.lineStart, m.hash);
      const slot = scalar ? scalarSlot(scalar, ctx.doc, ctx.src) : undefined;
      const site = slot ? markerSite(ctx, slot, m.image, m.part) : undefined;
      if (site) ctx.sites.push(site);
    }
  },
};
