// (files, image updates) → the edits to make, the places skipped with a reason, and the new file texts.
// Everything is planned before anything is written.
import semver from 'semver';
import { parseAllDocuments, type Scalar, type YAMLError } from 'yaml';
import { duplicateKeyOffsets } from '../yaml/duplicateKeys.js';
import { describeVersion, type ImageRef } from '../image/imageRef.js';
import { tagSemver } from '../image/tagSemver.js';
import { scanYaml, type ImageSite, type SiteKind, type Version } from './targets/scan.js';
import { applyEdits, lineIndex, type TextEdit } from '../yaml/scalar.js';
import { escapeRegExp } from '../regExpText.js';

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
  /** Files edited although they already had a problem the edit did not cause (duplicate keys). */
  warnings: Array<{ file: string; line: number; message: string }>;
  filesScanned: number;
}

export interface BumpOptions {
  allowDowngrade: boolean;
  /** How the refusal says to force a downgrade (the action's input or the CLI's flag). */
  forceDowngrade?: string;
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
    return `${ALREADY_AT}${describeVersion(site.tag, site.digest)}`;
  const from = tagSemver(site.tag);
  const to = tagSemver(target.tag);
  if (!options.allowDowngrade && from && to && semver.lt(to, from)) {
    return `would downgrade ${site.tag} → ${target.tag} (use ${options.forceDowngrade ?? 'allow-downgrade: true'} to force)`;
  }
  return undefined;
}

const ALREADY_AT = 'already at ';

/**
 * Whether a run wrote nothing because every place it found was refused (a shared anchor, a downgrade, a
 * placeholder…), not because everything was already there: a warning, where "up to date" is not.
 */
export function everyPlaceSkipped(plan: Pick<BumpPlan, 'edits' | 'skips'>): boolean {
  return plan.edits.length === 0 && plan.skips.some((skip) => !skip.reason.startsWith(ALREADY_AT));
}

/** How a name may be spelled in a file Slipway does not edit: as given, and without Docker Hub's prefix. */
function spellings(update: ImageUpdate): string[] {
  const short = update.canonical.replace(/^docker\.io\/(library\/)?/, '');
  return [...new Set([update.name, update.canonical, short])].filter(
    (n) => n.includes('/') || n === update.name,
  );
}

/** Where a text names an image (first line), for files Slipway reads but does not edit. */
function namedAt(text: string, update: ImageUpdate): number | undefined {
  for (const name of spellings(update)) {
    const at = new RegExp(`(^|[^\\w./-])${escapeRegExp(name)}(?=[:@"'\\s]|$)`, 'm').exec(text);
    if (at) return text.slice(0, at.index + (at[1] ?? '').length).split('\n').length;
  }
  return undefined;
}

export function planBump(
  files: Iterable<readonly [string, string]>,
  updates: readonly ImageUpdate[],
  options: BumpOptions,
  /** Other text files (jsonnet, JSON, templates…): a mention of an image there is a skip with a reason. */
  others: Iterable<readonly [string, string]> = [],
): BumpPlan {
  const plan: BumpPlan = {
    edits: [],
    skips: [],
    changed: new Map(),
    unreadable: [],
    warnings: [],
    filesScanned: 0,
  };
  const byCanonical = new Map(updates.map((u) => [u.canonical, u]));
  const found = new Set<string>();
  /** Where a file Slipway cannot edit names an image: a skip with the reason, so it is bumped by hand. */
  const skipMentions = (file: string, text: string, reason: string) => {
    for (const update of updates) {
      const line = namedAt(text, update);
      if (line === undefined) continue;
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
    const textEdits: TextEdit[] = [];
    const fileEdits: BumpEdit[] = [];
    const planned = new Map<ImageSite, { target: Version; written: TextEdit[] | string }>();
    for (const site of scan.sites) {
      const update = byCanonical.get(site.canonical);
      if (!update) continue;
      found.add(update.canonical);
      const target = targetVersion(site, update);
      planned.set(site, { target, written: refusal(site, target, options) ?? site.write(target) });
    }
    const shared = sharedAnchors(scan.sites, planned);
    for (const [site, { target, written: write }] of planned) {
      const update = byCanonical.get(site.canonical) as ImageUpdate;
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
    if (textEdits.length === 0) continue;
    const applied = checkedApply(text, textEdits);
    if (typeof applied === 'string') {
      // this file alone is left as it was; the others go on
      for (const edit of fileEdits)
        plan.skips.push({ image: edit.image, file, line: edit.line, reason: applied });
      continue;
    }
    plan.changed.set(file, applied.text);
    plan.edits.push(...fileEdits);
    if (applied.warning) plan.warnings.push({ file, ...applied.warning });
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
function sharedAnchors(
  sites: readonly ImageSite[],
  planned: ReadonlyMap<ImageSite, { target: Version; written: TextEdit[] | string }>,
): (site: ImageSite, edits: readonly TextEdit[]) => string | undefined {
  const users = new Map<Scalar, ImageSite[]>();
  for (const site of sites)
    for (const node of site.nodes ?? []) {
      if (!(node as Scalar).anchor) continue;
      const list = users.get(node as Scalar) ?? [];
      list.push(site);
      users.set(node as Scalar, list);
    }
  if (users.size === 0) return () => undefined;
  /** The edits that fall inside a node's bytes, as one comparable string. */
  const inside = (node: Scalar, edits: readonly TextEdit[]) => {
    const [start, , end] = node.range as [number, number, number];
    return JSON.stringify(
      edits
        .filter((e) => e.start >= start && e.end <= end)
        .map((e) => [e.start, e.end, e.text])
        .sort(),
    );
  };
  return (site, edits) => {
    for (const node of site.nodes ?? []) {
      const others = (users.get(node as Scalar) ?? []).filter((u) => u.canonical !== site.canonical);
      if (others.length === 0) continue;
      const mine = inside(node as Scalar, edits);
      const stays = others.filter((o) => typeof planned.get(o)?.written !== 'object');
      const diverges = others.filter((o) => {
        const theirs = planned.get(o)?.written;
        return typeof theirs === 'object' && inside(node as Scalar, theirs) !== mine;
      });
      const names = (list: ImageSite[]) => [...new Set(list.map((o) => o.name))].join(', ');
      const anchor = (node as Scalar).anchor as string;
      if (stays.length > 0)
        return `the tag is shared through anchor &${anchor} with ${names(stays)}, which this run does not move; moving it would move that image too (give each image its own tag, or bump them together)`;
      if (diverges.length > 0) {
        const to = (o: ImageSite) => {
          const target = planned.get(o)?.target as Version;
          return `${o.name} → ${describeVersion(target.tag, target.digest)}`;
        };
        return `the tag is shared through anchor &${anchor} with ${[...new Set(diverges.map(to))].join(', ')}; the images would diverge (give each image its own tag)`;
      }
    }
    return undefined;
  };
}

function versionOf(site: ImageSite): Version {
  return {
    ...(site.tag !== undefined && { tag: site.tag }),
    ...(site.digest !== undefined && { digest: site.digest }),
  };
}

/** A text's parse errors and duplicate keys, in time linear in its size (duplicateKeys.ts says why). */
function problems(text: string): { errors: YAMLError[]; duplicates: number[] } {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
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
function checkedApply(
  text: string,
  edits: TextEdit[],
): { text: string; warning?: { line: number; message: string } } | string {
  const next = applyEdits(text, edits);
  // one parse in the common case; the original is parsed only when the result has a problem
  const after = problems(next);
  if (after.errors.length === 0 && after.duplicates.length === 0) return { text: next };
  const before = problems(text);
  const added =
    after.errors[0]?.message.split('\n')[0] ??
    (after.duplicates.length > before.duplicates.length ? 'Map keys must be unique' : undefined);
  if (added) return `the edit would make invalid YAML (${added}); this file was left as it was`;
  return {
    text: next,
    warning: {
      line: lineIndex(text)(before.duplicates.reduce((a, b) => Math.min(a, b))),
      message:
        'the file already has a duplicate key (it was edited all the same; YAML readers disagree on which value wins)',
    },
  };
}
