// The sections of the sticky comment: the table of apps, the changes made in several apps shown once, the
// per-app details, the lists of apps not previewed and of apps tracking another revision. diffMarkdown.ts
// assembles them within the comment's budget.
import type { AppDiff, ClusterDiff, ObjectChange } from '../diff/diffModel.js';
import type { Finding } from '../finding.js';
import type { ChangeGroup, ChangeGrouping } from './changeGroups.js';
import { htmlText, mdCode, mdFence, mdText, mdUrl, urlPath } from './markdownText.js';
import { SIGN, counts, syncPolicy, destination, factsLine, hookLine } from './reportParts.js';

export interface MarkdownOptions {
  /** Hidden marker that finds the comment again: `<!-- slipway:check:<id> -->`. */
  commentId: string;
  /** Link to a file at the head of the pull request. */
  /** A link to a file of the repository (undefined: not one of its files). */
  fileUrl?: (file: string, line: number) => string | undefined;
  /** Where the full report is, said when something had to be cut. */
  fullReport?: string;
  /** Characters the text may take (default: what fits a GitHub comment). */
  budget?: number;
  /** A last line: which renderers (and versions) made the preview, and how long it took. */
  footer?: string;
  /** The policy's verdict on merging on its own, when the repository has a policy. */
  eligibility?: { eligible: boolean; reasons: string[] };
  /** Lines of context around each change (3 unless set; fewer when the comment must shrink). */
  context?: number;
  /** The Argo CD UI (`https://argocd.example.com`): each app links to its page there. */
  argocdUrl?: string;
}

/** An app's page in the Argo CD UI: `/applications/<app namespace>/<name>`. */
export function argocdAppUrl(base: string, app: AppDiff): string {
  const namespace = app.app?.namespace ?? 'argocd';
  return `${base.replace(/\/+$/, '')}/applications/${urlPath(namespace)}/${urlPath(app.app?.name ?? app.name)}`;
}

export function eligibilitySection(options: MarkdownOptions): string[] {
  const e = options.eligibility;
  if (!e) return [];
  if (e.eligible)
    return ['**Auto-merge:** eligible ✅ — only image updates within each environment’s level.', ''];
  return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${mdText(r)}`), ''];
}

export function commentMarker(id: string): string {
  return `<!-- slipway:check:${id} -->`;
}

function validation(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return `❌ ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
  return warnings > 0 ? `⚠️ ${warnings} warning(s)` : '✅';
}

/** Repository text in a table cell or a line of prose (markdownText.ts). */
export const cell = mdText;

const fence = mdFence;

export function whatChanges(diff: ClusterDiff): string[] {
  const line = factsLine(diff, (text, where) => `${mdCode(text)} ${cell(where)}`);
  return line === undefined ? [] : [`**What changes:** ${line}`, ''];
}

export function tableRows(diff: ClusterDiff, options: MarkdownOptions): string[] {
  return diff.apps.map((app) => {
    const url = options.fileUrl?.(app.file, app.line);
    const name = url === undefined ? cell(app.name) : `[${cell(app.name)}](${mdUrl(url)})`;
    const status =
      app.status === 'new'
        ? ' (new)'
        : app.status === 'removed'
          ? ' (removed)'
          : app.status === 'renamed'
            ? ` (renamed from ${cell(app.renamedFrom ?? '')})`
            : app.status === 'render-failed'
              ? ' (render failed)'
              : app.status === 'not-previewed'
                ? ' (not previewed)'
                : '';
    const ui = options.argocdUrl ? ` · [Argo CD](${mdUrl(argocdAppUrl(options.argocdUrl, app))})` : '';
    return `| ${name}${status}${ui} | ${cell(destination(app))} | ${syncPolicy(app)} | ${counts(app)} | ${validation(app.findings)} |`;
  });
}

/** The table of apps; the apps whose rows did not fit are named after it (`named`), as many as fit. */
export function table(rows: readonly string[], total: number, named: readonly string[]): string {
  if (total === 0) return '';
  const more = total - rows.length;
  const unnamed = more - named.length;
  if (rows.length === 0)
    return `${total} app(s): ${named.map(cell).join(', ')}${unnamed > 0 ? ` and ${unnamed} more` : ''}.`;
  return [
    '| App | Destination | Sync | Objects | Validation |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? [`| … ${more} more app(s), named below | | | | |`] : []),
    ...(more > 0
      ? [
          '',
          `${more} more app(s): ${named.map(cell).join(', ')}${unnamed > 0 ? `${named.length > 0 ? ' and' : ''} ${unnamed} not named here to fit the comment` : ''}.`,
        ]
      : []),
  ].join('\n');
}

export type Body = 'full' | 'omitted';

const IGNORED_LINES = '_changed only in ignored lines (ignore-lines): never approved for auto-merge_';

export function changeBlock(change: ObjectChange, diffText: string, body: Body): string {
  const lines = [`**${SIGN[change.change]} ${cell(change.object)}** — ${cell(change.consequence)}`];
  for (const fact of change.summary) lines.push(`- ${cell(fact)}`);
  if (change.ignoredLines) lines.push(IGNORED_LINES);
  else if (body === 'full') lines.push(fence(diffText, 'diff'));
  else lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
  return lines.join('\n');
}

/** Lists longer than this are collapsed. */
const OPEN_LIST = 10;

/** One change made the same way in several apps: said once, with its diff and every app named. */
export function groupBlock(group: ChangeGroup, diffText: string, body: Body, named = true): string {
  const { change } = group.shown;
  const raw = [...new Set(group.members.map((m) => m.app.name))];
  const names = raw.map(cell);
  const lines = [
    `**${SIGN[change.change]} ${cell(group.kind)} ${mdCode(group.name)}** — in ${names.length} apps — ${cell(change.consequence)}`,
  ];
  for (const fact of change.summary) lines.push(`- ${cell(fact)}`);
  if (!named) lines.push(`- the apps are among those named above`);
  else if (names.length > OPEN_LIST)
    lines.push(
      '',
      `<details><summary>the ${names.length} apps: ${raw.slice(0, 3).map(htmlText).join(', ')}, …</summary>`,
      '',
      names.join(', '),
      '',
      '</details>',
      '',
    );
  else lines.push(`- apps: ${names.join(', ')}`);
  if (change.ignoredLines) lines.push(IGNORED_LINES);
  else if (body === 'full') lines.push(`_the diff in ${names[0]}:_`, fence(diffText, 'diff'));
  else lines.push(`_diff left out to fit the comment (${diffText.split('\n').length} lines)_`);
  return lines.join('\n');
}

/** Whether an app has anything to show beyond changes shown in a group. */
export function hasDetails(app: AppDiff, grouping: ChangeGrouping): boolean {
  return (
    app.note !== undefined ||
    (app.ignoredChanges ?? 0) > 0 ||
    app.settingChanges.length > 0 ||
    app.hooks.length > 0 ||
    app.applyOrder !== undefined ||
    app.findings.some((f) => f.severity !== 'notice') ||
    app.changes.some((c) => !grouping.groupOf.has(c))
  );
}

/** An app's details with each change's block already chosen: the head and the tail around them. */
export function appDetails(app: AppDiff, blocks: readonly string[], grouped: number): string {
  const parts = [`<details><summary><b>${htmlText(app.name)}</b> ${counts(app)}</summary>`, ''];
  if (grouped > 0) parts.push(`_${grouped} change(s) shown above with the other apps they are made in._`, '');
  if (app.note) parts.push(`> ${cell(app.note)}`, '');
  if (app.ignoredChanges)
    parts.push(
      `_${app.ignoredChanges} ignored change(s) not shown (ignore-resources): never approved for auto-merge._`,
      '',
    );
  for (const setting of app.settingChanges) parts.push(`- Application ${cell(setting)}`);
  if (app.settingChanges.length > 0) parts.push('');
  if (app.hooks.length > 0)
    parts.push(
      '**Runs on sync** (hooks: not part of the synced set, never pruned)',
      ...app.hooks.map((h) => hookLine(h, cell)),
      '',
    );
  if (app.applyOrder)
    parts.push('**Sync order** (phase, wave, then kind)', ...app.applyOrder.map((l) => `1. ${cell(l)}`), '');
  const findings = app.findings.filter((f) => f.severity !== 'notice');
  if (findings.length > 0) {
    parts.push(
      ...findings.map(
        (f) =>
          `- ${f.severity === 'error' ? '❌' : '⚠️'} ${mdCode(`${f.file ?? ''}:${f.line ?? 1}`)} ${cell(f.message)}${f.object ? ` (${cell(f.object)})` : ''}`,
      ),
      '',
    );
  }
  for (const block of blocks) parts.push(block, '');
  parts.push('</details>');
  return parts.join('\n');
}

export function notPreviewedSection(diff: ClusterDiff, limit = Infinity): string[] {
  if (diff.notPreviewed.length === 0) return [];
  const shown = diff.notPreviewed.slice(0, limit);
  const more = diff.notPreviewed.length - shown.length;
  return [
    `**Not previewed** (${diff.notPreviewed.length}):`,
    ...shown.map((n) => `- ${cell(n.name)} — ${cell(n.reason)} (${mdCode(`${n.file}:${n.line}`)})`),
    ...(more > 0 ? [`- … and ${more} more`] : []),
    '',
  ];
}

/**
 * Apps deploying another revision than the pull request's branch, collapsed: merging does not change
 * them, but they are named, so none goes missing from the count of apps.
 */
export function otherRevisionsSection(diff: ClusterDiff, limit = Infinity): string[] {
  const list = diff.otherRevisions ?? [];
  if (list.length === 0) return [];
  const shown = list.slice(0, limit);
  const more = list.length - shown.length;
  return [
    `<details><summary>Unaffected: ${list.length} app(s) track another revision</summary>`,
    '',
    ...shown.map(
      (n) => `- ${cell(n.name)} — tracks ${mdCode(n.revision)} (${mdCode(`${n.file}:${n.line}`)})`,
    ),
    ...(more > 0 ? [`- … and ${more} more`] : []),
    '',
    '</details>',
    '',
  ];
}
