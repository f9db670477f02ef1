// What a bump writes on GitHub, as text: the bot branch's name, the commit message with its trailers,
// and the pull request's title and body.
import { createHash } from 'node:crypto';
import { describeVersion, imageSlug, type ImageRef } from '../image/imageRef.js';
import type { BumpPlan } from './plan.js';
import { editTable } from './report.js';
import type { MergeDecision } from './lanes.js';
import { mdCode, mdText, mdUrl } from '../report/markdownText.js';

export const TRAILER = 'Slipway-Bump';
export const BODY_MARKER = '<!-- slipway:bump -->';

export interface BumpTarget {
  base: string;
  environment?: string;
  paths: readonly string[];
}

export interface RunLinks {
  serverUrl: string;
  /** owner/name of the repository whose workflow ran (the app repo). */
  repository?: string;
  sha?: string;
  runUrl?: string;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * One branch per image (set) × target: `<prefix>/<base>/<image-slug>[-<environment>]`. Several images
 * share a branch named by a hash of their names; a `paths` limit without an environment adds a hash of
 * the globs, so differently scoped bumps of one image never share a pull request.
 */
export function branchName(prefix: string, updates: readonly ImageRef[], target: BumpTarget): string {
  const names = updates.map((u) => u.canonical).sort();
  const slug = names.length === 1 ? imageSlug(names[0] as string) : `images-${shortHash(names.join('\n'))}`;
  const scope =
    target.environment ??
    (target.paths.length > 0 ? `paths-${shortHash([...target.paths].sort().join('\n'))}` : '');
  return `${prefix}/${target.base}/${slug}${scope ? `-${scope}` : ''}`;
}

const versionOf = (u: ImageRef) => describeVersion(u.tag, u.digest);

export function describeTarget(target: BumpTarget): string {
  return target.environment ?? (target.paths.length > 0 ? target.paths.join(', ') : target.base);
}

export function pullRequestTitle(updates: readonly ImageRef[], target: BumpTarget): string {
  return `Deploy ${updates.map((u) => `${u.name} ${versionOf(u)}`).join(', ')} to ${describeTarget(target)}`;
}

export function commitMessage(
  template: string,
  updates: readonly ImageRef[],
  target: BumpTarget,
  links: RunLinks,
): string {
  const subject = template
    .replaceAll('{image}', updates.map((u) => u.name).join(', '))
    .replaceAll('{tag}', updates.map(versionOf).join(', '))
    .replaceAll('{environment}', describeTarget(target));
  const trailers = [
    ...updates.map((u) => `${TRAILER}: ${u.name}=${u.tag ?? ''}${u.digest ? `@${u.digest}` : ''}`),
    ...(links.repository && links.sha ? [`Slipway-Source: ${links.repository}@${links.sha}`] : []),
    ...(links.runUrl ? [`Slipway-Run: ${links.runUrl}`] : []),
  ];
  return `${subject}\n\n${trailers.join('\n')}\n`;
}

/** True when a commit message carries the trailer Slipway writes. */
export function hasBumpTrailer(message: string): boolean {
  return new RegExp(`^${TRAILER}: `, 'm').test(message);
}

/** The compare view old...new of the app repo, when the image is named after it (ghcr.io/acme/api ↔ acme/api). */
function compareLink(plan: Pick<BumpPlan, 'edits'>, links: RunLinks): string | undefined {
  const edit = plan.edits.find((e) => e.from.tag && e.to.tag && e.from.tag !== e.to.tag);
  if (!edit || !links.repository) return undefined;
  const repoPath = edit.image.split('/').slice(-2).join('/').toLowerCase();
  if (repoPath !== links.repository.toLowerCase()) return undefined;
  const range = `${encodeURIComponent(edit.from.tag ?? '')}...${encodeURIComponent(edit.to.tag ?? '')}`;
  return `[${mdCode(`${edit.from.tag}...${edit.to.tag}`)}](${mdUrl(`${links.serverUrl}/${links.repository}/compare/${range}`)})`;
}

function mergeLine(decision: MergeDecision): string {
  if (decision.autoMerge) return `**Auto-merge:** on (${decision.autoMerge}) — ${mdText(decision.reason)}.`;
  const who = [...decision.reviewers.map((r) => `@${r}`), ...decision.teamReviewers.map((t) => `team ${t}`)];
  return `**Auto-merge:** not allowed — ${mdText(decision.reason)}${who.length > 0 ? `; review requested from ${who.join(', ')}` : ''}.`;
}

export function pullRequestBody(
  plan: Pick<BumpPlan, 'edits' | 'skips'>,
  updates: readonly ImageRef[],
  target: BumpTarget,
  links: RunLinks,
  fileUrl: (file: string, line: number) => string,
  decision?: MergeDecision,
): string {
  const source = [
    links.repository && links.sha
      ? `[${links.repository}@${links.sha.slice(0, 7)}](${links.serverUrl}/${links.repository}/commit/${links.sha})`
      : undefined,
    links.runUrl ? `[workflow run](${links.runUrl})` : undefined,
    compareLink(plan, links),
  ].filter(Boolean);
  return [
    BODY_MARKER,
    `Deploys ${updates.map((u) => `**${mdText(u.name)}** ${mdCode(versionOf(u))}`).join(', ')} to **${mdText(describeTarget(target))}**.`,
    '',
    editTable(plan, fileUrl),
    '',
    ...(source.length > 0 ? [`**Source:** ${source.join(' · ')}`, ''] : []),
    ...(decision ? [mergeLine(decision), ''] : []),
    '<sub>Opened by Slipway. A newer build refreshes this pull request. Commits you push to this branch are kept: later bumps add theirs on top.</sub>',
  ].join('\n');
}
