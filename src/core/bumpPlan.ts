// (files, image updates) → the edits to make, the places skipped with a reason, and the new file texts.
// Everything is planned before anything is written.
import semver from 'semver';
import { parseAllDocuments } from 'yaml';
import { describeVersion, type ImageRef } from './imageRef.js';
import { scanYaml, type ImageSite, type SiteKind, type Version } from './imageSites.js';
import { applyEdits, lineIndex, type TextEdit } from './yamlScalar.js';

/** One requested update: an image (as the user named it) and its new tag and/or digest. */
export type ImageUpdate = ImageRef;

export interface BumpEdit {
  file: string;
  line: number;
  kind: SiteKind;
  /** The image as the user named it. */
  image: string;
  from: Version;
  to: Version;
}

export interface BumpSkip {
  image: string;
  reason: string;
  file?: string;
  line?: number;
}

export interface BumpPlan {
  edits: BumpEdit[];
  skips: BumpSkip[];
  /** New texts of the files that change, by path. */
  changed: Map<string, string>;
  /** Files that are not valid YAML (Helm templates and the like): read, not edited. */
  unreadable: Array<{ file: string; line: number; message: string }>;
  filesScanned: number;
}

export interface BumpOptions {
  allowDowngrade: boolean;
}

const SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
const SHORT_VERSION = /^v?(\d+)(?:\.(\d+))?$/;

/**
 * The semver of a tag (a leading `v` allowed), or undefined when the tag is not a version. Purely
 * numeric `1` and `1.25` count as `1.0.0` and `1.25.0`, so `1.10 → 1.2` is caught as a downgrade;
 * `1.25-alpine` is not a version and is compared for equality only.
 */
export function tagSemver(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const full = SEMVER.exec(tag);
  if (full) return semver.valid(full[1]) ?? undefined;
  const short = SHORT_VERSION.exec(tag);
  return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : undefined;
}

/** What the site should hold: a new tag drops a digest that belonged to the old tag. */
function targetVersion(site: ImageSite, update: ImageUpdate): Version {
  const tag = update.tag ?? site.tag;
  const digest =
    update.digest ?? (update.tag !== undefined && update.tag !== site.tag ? undefined : site.digest);
  return { ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

function refusal(site: ImageSite, target: Version, options: BumpOptions): string | undefined {
  // `image: app` with no version is a placeholder (a kustomize base the overlays set): nothing to update
  if (
    (site.kind === 'image-field' || site.kind === 'marker') &&
    site.tag === undefined &&
    site.digest === undefined
  ) {
    return 'the reference has no tag or digest to update (a placeholder, e.g. in a kustomize base)';
  }
  if (site.tag === target.tag && site.digest === target.digest)
    return `already at ${describeVersion(site.tag, site.digest)}`;
  const from = tagSemver(site.tag);
  const to = tagSemver(target.tag);
  if (!options.allowDowngrade && from && to && semver.lt(to, from)) {
    return `would downgrade ${site.tag} → ${target.tag} (use allow-downgrade to force)`;
  }
  return undefined;
}

export function planBump(
  files: Iterable<readonly [string, string]>,
  updates: readonly ImageUpdate[],
  options: BumpOptions,
): BumpPlan {
  const plan: BumpPlan = { edits: [], skips: [], changed: new Map(), unreadable: [], filesScanned: 0 };
  const byCanonical = new Map(updates.map((u) => [u.canonical, u]));
  const found = new Set<string>();
  for (const [file, text] of files) {
    plan.filesScanned++;
    const scan = scanYaml(text);
    if (scan.invalid) {
      plan.unreadable.push({ file, ...scan.invalid });
      continue;
    }
    const lineOf = lineIndex(text);
    const textEdits: TextEdit[] = [];
    for (const site of scan.sites) {
      const update = byCanonical.get(site.canonical);
      if (!update) continue;
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
      plan.edits.push({ file, line, kind: site.kind, image: update.name, from: versionOf(site), to: target });
    }
    if (textEdits.length > 0) plan.changed.set(file, checkedApply(file, text, textEdits));
  }
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

function versionOf(site: ImageSite): Version {
  return {
    ...(site.tag !== undefined && { tag: site.tag }),
    ...(site.digest !== undefined && { digest: site.digest }),
  };
}

/** Applies the edits and proves the result still parses: a file is never written broken. */
function checkedApply(file: string, text: string, edits: TextEdit[]): string {
  const next = applyEdits(text, edits);
  const docs = parseAllDocuments(next);
  const error = (Array.isArray(docs) ? docs : []).flatMap((d) => d.errors)[0];
  if (error)
    throw new Error(
      `${file}: the edit would make invalid YAML (${error.message.split('\n')[0]}); nothing was written`,
    );
  return next;
}
