// What a bump target is: a place in a YAML file that holds an image's version, with the edit that moves it.
// One module per kind of place (workload `image:` fields, kustomize `images:`, Helm values, Argo CD
// overrides, `# slipway:` markers), each behind `ImageTarget`; scan.ts walks a file and asks each.
import type { Document, Scalar, YAMLMap } from 'yaml';
import type { Version } from '../../image/imageRef.js';
import type { TextEdit } from '../../yaml/scalar.js';

export type SiteKind =
  | 'image-field'
  | 'kustomize-images'
  | 'helm-values'
  | 'argocd-kustomize-images'
  | 'argocd-helm-parameters'
  | 'marker';

/** The version an image should have after the bump: exactly this tag and/or digest. */
export type { Version } from '../../image/imageRef.js';

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

/** One `# slipway: <image> [tag|digest|ref]` comment: where its line starts and where the comment starts. */
export interface Marker {
  lineStart: number;
  hash: number;
  image: string;
  part?: 'tag' | 'digest' | 'ref';
}

/** One document being scanned: its source, the sites found so far, and the scalars walked past. */
export interface ScanContext {
  doc: Document;
  src: string;
  eol: string;
  sites: ImageSite[];
  scalars: Scalar[];
  /** The marker comments inside this document. */
  markers: readonly Marker[];
  /** Scans YAML nested in a string (Argo CD's `helm.values` block). */
  scanText(src: string): ScanResult;
}

/** A kind of place that holds an image. Each hook adds the sites it finds to `ctx.sites`. */
export interface ImageTarget {
  /** Sites a mapping holds as a whole (Helm's `repository` + `tag`). */
  inMap?(ctx: ScanContext, map: YAMLMap): void;
  /** Sites under one key of a mapping; `parentKey` is the key the mapping itself sits under. */
  atKey?(ctx: ScanContext, key: string, value: unknown, parentKey: string | undefined): void;
  /** Sites found once the document was walked (a marker names a scalar seen on the way). */
  inDocument?(ctx: ScanContext): void;
}
