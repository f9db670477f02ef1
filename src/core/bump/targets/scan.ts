// Every place an image lives in one YAML file: the document is walked once and each target kind
// (site.ts's ImageTarget) reports the sites it recognises, with exact source ranges.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { argoOverrides } from './argoOverrides.js';
import { helmValues } from './helmValues.js';
import { kustomizeImages } from './kustomizeImages.js';
import { findMarkers, marker } from './marker.js';
import type { ImageSite, ImageTarget, ScanContext, ScanResult } from './site.js';
import { workloadImage } from './workloadImage.js';

export type { ImageSite, ScanResult, SiteKind, Version } from './site.js';

/** The kinds of place Slipway bumps, asked in this order (the first site at a position wins). */
export const IMAGE_TARGETS: readonly ImageTarget[] = [
  helmValues,
  workloadImage,
  kustomizeImages,
  argoOverrides,
  marker,
];

function walk(ctx: ScanContext, node: unknown, parentKey: string | undefined): void {
  if (isScalar(node)) {
    ctx.scalars.push(node);
    return;
  }
  if (isSeq(node)) {
    for (const item of node.items) walk(ctx, item, parentKey);
    return;
  }
  if (!isMap(node)) return;
  for (const target of IMAGE_TARGETS) target.inMap?.(ctx, node);
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    for (const target of IMAGE_TARGETS) target.atKey?.(ctx, key, pair.value, parentKey);
    walk(ctx, pair.value, key);
  }
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
  let first = 0;
  for (const doc of list) {
    // only the markers between this document's start and end (markers and documents are in file order)
    const [start, , end] = doc.range;
    while (first < markers.length && (markers[first] as (typeof markers)[number]).lineStart < start - 1)
      first++;
    let last = first;
    while (last < markers.length && (markers[last] as (typeof markers)[number]).lineStart < end) last++;
    const inside = markers.slice(first, last);
    const ctx: ScanContext = { doc, src, eol, sites, scalars: [], markers: inside, scanText: scanYaml };
    walk(ctx, doc.contents, undefined);
    for (const target of IMAGE_TARGETS) target.inDocument?.(ctx);
  }
  return { sites: dedupe(sites) };
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
