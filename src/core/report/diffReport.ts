// The predicted cluster diff as the sticky PR comment (markdown within GitHub's size limit), as terminal
// text, and as JSON.
import { objectDiff } from '../diff/changeText.js';
import type { AppDiff, ClusterDiff, HookRun, ObjectChange } from '../diff/diffModel.js';
import type { Finding } from '../finding.js';
import { groupChanges, headlineFacts, type ChangeGroup, type ChangeGrouping } from './changeGroups.js';
import { htmlText, mdCode, mdFence, mdText, mdUrl, urlPath } from './markdownText.js';

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
export const COMMENT_LIMIT = 65_536;
const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;

export interface MarkdownOptions {
  /** Hidden marker that finds the comment again: `<!-- slipway:check:<id> -->`. */
  commentId: string;
  /** Link to a file at the head of the pull request. */
  fileUrl?: (file: string, line: number) => string;
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

function eligibilitySection(options: MarkdownOptions): string[] {
  const e = options.eligibility;
  if (!e) return [];
  if (e.eligible)
    return ['**Auto-merge:** eligible ✅ — only image updates within each environment’s level.', ''];
  return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${mdText(r)}`), ''];
}

const SIGN: Record<ObjectChange['change'], string> = { created: '+', changed: '~', deleted: '−' };

export function commentMarker(id: string): string {
  return `<!-- slipway:check:${id} -->`;
}

function counts(app: AppDiff): string {
  const n = (c: ObjectChange['change']) => app.changes.filter((x) => x.change === c).length;
  const ignored = app.ignoredChanges ? ` · ${app.ignoredChanges} ignored change(s)` : '';
  return `+${n('created')} ~${n('changed')} −${n('deleted')}${ignored}`;
}

function syncPolicy(app: AppDiff): string {
  const p = app.app?.syncPolicy;
  if (!p) return '—';
  if (!p.automated) return 'manual';
  return ['auto', p.prune && 'prune', p.selfHeal && 'self-heal'].filter(Boolean).join(', ');
}

function destination(app: AppDiff): string {
  const d = app.app?.destination;
  if (!d) return '—';
  const cluster = d.name ?? (d.server === 'https://kubernetes.default.svc' ? 'in-cluster' : (d.server ?? ''));
  return [cluster, d.namespace].filter(Boolean).join(' / ') || '—';
}

function validation(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return `❌ ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
  return warnings > 0 ? `⚠️ ${warnings} warning(s)` : '✅';
}

/** Repository text in a table cell or a line of prose (markdownText.ts). */
const cell = mdText;
const fence = mdFence;

const UNPREVIEWED = new Set(['render-failed', 'not-previewed']);

/** Apps whose preview shows a change: object changes, a new/removed/renamed app, its settings, its hooks. */
export function changingApps(diff: ClusterDiff): number {
  return diff.apps.filter(
    (a) =>
      !UNPREVIEWED.has(a.status) &&
      (a.changes.length > 0 ||
        (a.ignoredChanges ?? 0) > 0 ||
        ['new', 'removed', 'renamed'].includes(a.status) ||
        a.settingChanges.length > 0 ||
        a.hooks.some((h) => h.change !== 'unchanged')),
  ).length;
}

/** Apps the PR affects that could not be previewed, and apps not previewed at all (other repositories…). */
export function unpreviewedApps(diff: ClusterDiff): number {
  const names = new Set(diff.apps.filter((a) => UNPREVIEWED.has(a.status)).map((a) => a.name));
  for (const entry of diff.notPreviewed) names.add(entry.name);
  return names.size;
}

/**
 * The first line. When anything could not be previewed it leads with "Preview incomplete" and how much —
 * never "No change", which would read as a clean result although part of the PR was not seen.
 */
function header(diff: ClusterDiff, imageLimit = Infinity): string {
  const unpreviewed = unpreviewedApps(diff);
  const changing = changingApps(diff);
  const total = unpreviewed + changing + diff.unchangedApps;
  const incomplete = `**Preview incomplete** — ⚠️ ${unpreviewed} app(s) could not be previewed (${unpreviewed} of ${total})`;
  if (changing === 0)
    return unpreviewed > 0
      ? `${incomplete}; no change in the ${diff.unchangedApps} app(s) checked.`
      : `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked).`;
  const warning = unpreviewed > 0 ? `${incomplete} · ` : '';
  const t = diff.totals;
  const shown = diff.images.slice(0, imageLimit);
  const more = diff.images.length - shown.length;
  const images =
    shown.length > 0
      ? ` · images: ${shown.map((i) => mdCode(i)).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
      : '';
  return `${warning}**${changing} app(s) change** — +${t.created} created, ~${t.changed} changed, −${t.deleted} deleted${images} · ${diff.unchangedApps} app(s) unchanged`;
}

/** `where` in words: one app by name, several counted. */
const inApps = (apps: readonly string[]) => (apps.length === 1 ? `in ${apps[0]}` : `in ${apps.length} apps`);

/**
 * The PR in one line: its three most widespread facts, each as `fact` writes it with where it holds
 * (`imagePullPolicy of web: Always → IfNotPresent in 11 apps`); undefined when nothing has a fact.
 */
function factsLine(diff: ClusterDiff, fact: (text: string, where: string) => string): string | undefined {
  const facts = headlineFacts(diff);
  if (facts.length === 0) return undefined;
  const shown = facts.slice(0, 3).map((f) => fact(f.fact, inApps(f.apps)));
  const more = facts.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function whatChanges(diff: ClusterDiff): string[] {
  const line = factsLine(diff, (text, where) => `${mdCode(text)} ${cell(where)}`);
  return line === undefined ? [] : [`**What changes:** ${line}`, ''];
}

function tableRows(diff: ClusterDiff, options: MarkdownOptions): string[] {
  return diff.apps.map((app) => {
    const name = options.fileUrl
      ? `[${cell(app.name)}](${mdUrl(options.fileUrl(app.file, app.line))})`
      : cell(app.name);
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
function table(rows: readonly string[], total: number, named: readonly string[]): string {
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

type Body = 'full' | 'omitted';

const IGNORED_LINES = '_changed only in ignored lines (ignore-lines): never approved for auto-merge_';

function changeBlock(change: ObjectChange, diffText: string, body: Body): string {
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
function groupBlock(group: ChangeGroup, diffText: string, body: Body, named = true): string {
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
function hasDetails(app: AppDiff, grouping: ChangeGrouping): boolean {
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
function appDetails(app: AppDiff, blocks: readonly string[], grouped: number): string {
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

/** An app's object changes, then its new, changed and removed hooks: each shown in full. */
function shownChanges(app: AppDiff): ObjectChange[] {
  const hooks = app.hooks.flatMap((h) => (h.diff ? [h.diff] : []));
  return hooks.length > 0 ? [...app.changes, ...hooks] : app.changes;
}

/** `PreSync · Job/migrate (new) — wave 0, deleted: BeforeHookCreation`. */
function hookLine(h: HookRun, text: (s: string) => string = (s) => s): string {
  const phases =
    h.phases.length > 0 ? text(h.phases.join(', ')) : 'never runs (a Helm hook Argo CD does not run)';
  return `- ${phases} · ${text(h.object)} (${h.change}) — wave ${h.wave}, delete policy: ${text(h.deletePolicies.join(', '))}`;
}

function notPreviewedSection(diff: ClusterDiff, limit = Infinity): string[] {
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
function otherRevisionsSection(diff: ClusterDiff, limit = Infinity): string[] {
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

interface Layout {
  grouping: ChangeGrouping;
  /** The PR in one line (worked out once: every layout tried shows the same). */
  whatChanges: readonly string[];
  context: number;
  omitted: ReadonlySet<ObjectChange>;
  details: boolean;
  rows: number;
  /** Apps past `rows` named in a list after the table. */
  names: number;
  images: number;
  notPreviewed: number;
  /** Apps tracking another revision named in the collapsed list. */
  otherRevisions: number;
  /** Whether a change made in several apps names them (else the list of every app does). */
  groupNames: boolean;
  notes: string[];
}

/** Each change's diff, worked out once per context size for the whole layout search. */
type DiffOf = (change: ObjectChange, context: number) => string;

function diffCache(): DiffOf {
  const cache = new Map<number, Map<ObjectChange, string>>();
  return (change, context) => {
    const byChange = cache.get(context) ?? new Map<ObjectChange, string>();
    cache.set(context, byChange);
    let text = byChange.get(change);
    if (text === undefined) byChange.set(change, (text = objectDiff(change, context)));
    return text;
  };
}

function assemble(
  diff: ClusterDiff,
  options: MarkdownOptions,
  layout: Layout,
  rows: readonly string[],
  diffOf: DiffOf,
): string {
  const notes = layout.notes;
  const { grouping } = layout;
  const bodyOf = (c: ObjectChange): Body => (layout.omitted.has(c) ? 'omitted' : 'full');
  const blocksOf = (app: AppDiff) =>
    shownChanges(app)
      .filter((c) => !grouping.groupOf.has(c))
      .map((c) => changeBlock(c, diffOf(c, layout.context), bodyOf(c)));
  const groups = grouping.groups.map((g) =>
    groupBlock(g, diffOf(g.shown.change, layout.context), bodyOf(g.shown.change), layout.groupNames),
  );
  const details = layout.details
    ? diff.apps
        .filter((app) => hasDetails(app, grouping))
        .map(
          (app) =>
            `${appDetails(app, blocksOf(app), app.changes.filter((c) => grouping.groupOf.has(c)).length)}\n`,
        )
    : [];
  return [
    commentMarker(options.commentId),
    '### Slipway: predicted cluster diff',
    '',
    header(diff, layout.images),
    '',
    ...layout.whatChanges,
    table(
      rows.slice(0, layout.rows),
      rows.length,
      diff.apps.slice(layout.rows, layout.rows + layout.names).map((a) => a.name),
    ),
    '',
    ...eligibilitySection(options),
    ...notPreviewedSection(diff, layout.notPreviewed),
    ...otherRevisionsSection(diff, layout.otherRevisions),
    ...(groups.length > 0
      ? ['#### Changes made in several apps', '', ...groups.flatMap((g) => [g, ''])]
      : []),
    ...details,
    ...(notes.length > 0
      ? ['', `> ✂️ ${notes.join(' ')}${options.fullReport ? ` The full report: ${options.fullReport}.` : ''}`]
      : []),
    ...(options.footer ? ['', `<sub>${options.footer}</sub>`] : []),
  ].join('\n');
}

/** A change's added and removed lines: what groups changes across apps. */
const changedLines = (diffOf: DiffOf) => (change: ObjectChange) =>
  diffOf(change, 0)
    .split('\n')
    .filter((l) => !l.startsWith('@@'))
    .join('\n');

/**
 * The comment, never over its budget: a change made the same way in several apps is shown once; then
 * less context, then the largest diff bodies left out, then the per-app details, then the rows of the
 * table become a list of names, and the image and not-previewed lists are shortened; the comment says
 * what was cut. Each step is sized from lengths worked out once, so the cost is linear in the size of the
 * diff.
 */
export function diffMarkdown(diff: ClusterDiff, options: MarkdownOptions): string {
  const BUDGET = options.budget ?? DEFAULT_BUDGET;
  const rows = tableRows(diff, options);
  const diffOf = diffCache();
  const grouping = groupChanges(diff, changedLines(diffOf));
  const everything = {
    grouping,
    whatChanges: whatChanges(diff),
    rows: rows.length,
    names: 0,
    images: diff.images.length,
    notPreviewed: diff.notPreviewed.length,
    otherRevisions: diff.otherRevisions?.length ?? 0,
    groupNames: true,
  };
  let text = assemble(
    diff,
    options,
    { context: options.context ?? 3, omitted: new Set(), details: true, notes: [], ...everything },
    rows,
    diffOf,
  );
  if (text.length <= BUDGET) return text;
  const noContext = 'Diffs show no context lines to fit the comment.';
  text = assemble(
    diff,
    options,
    { context: 0, omitted: new Set(), details: true, notes: [noContext], ...everything },
    rows,
    diffOf,
  );
  if (text.length <= BUDGET) return text;
  // leave out the diffs that save the most, until the rest fits (sizes from one rendering of each);
  // a group's diff is shown once, so it is sized as its group's block
  const displayed = [
    ...grouping.groups.map((g) => g.shown.change),
    ...diff.apps.flatMap((a) => shownChanges(a).filter((c) => !grouping.groupOf.has(c))),
  ];
  const savings = displayed
    .map((c) => {
      const body = diffOf(c, 0);
      return {
        change: c,
        saves: changeBlock(c, body, 'full').length - changeBlock(c, body, 'omitted').length,
      };
    })
    .sort((x, y) => y.saves - x.saves);
  const omitted = new Set<ObjectChange>();
  let excess = text.length - BUDGET;
  for (const { change, saves } of savings) {
    if (excess <= 0) break;
    omitted.add(change);
    // the note grows a little as the count does; a margin of 16 characters covers it
    excess -= saves - 16;
  }
  const omittedNote = `${omitted.size} of ${displayed.length} object diffs were left out to fit the comment.`;
  text = assemble(
    diff,
    options,
    { context: 0, omitted, details: true, notes: [omittedNote], ...everything },
    rows,
    diffOf,
  );
  if (text.length <= BUDGET) return text;
  const noDetails = 'The per-app details were left out to fit the comment.';
  const layout: Layout = { context: 0, omitted, details: false, notes: [noDetails], ...everything };
  text = assemble(diff, options, layout, rows, diffOf);
  if (text.length <= BUDGET) return text;
  // hundreds of apps: rows become names, then the lists are shortened, keeping what fits (lengths known)
  const fixed = assemble(
    diff,
    options,
    { ...layout, rows: 0, names: 0, images: 0, notPreviewed: 0, otherRevisions: 0, groupNames: false },
    rows,
    diffOf,
  );
  let room = BUDGET - fixed.length - 400;
  const fit = (lengths: number[]) => {
    let n = 0;
    while (n < lengths.length && room - ((lengths[n] as number) + 4) >= 0)
      room -= (lengths[n++] as number) + 4;
    return n;
  };
  const notPreviewed = fit(
    diff.notPreviewed.map((n) => cell(n.name).length + cell(n.reason).length + mdCode(n.file).length + 16),
  );
  // a few images, then every app named before more: the names account for the apps
  const firstImages = fit(diff.images.slice(0, 10).map((i) => mdCode(i).length));
  const names = fit(diff.apps.map((a) => cell(a.name).length));
  const images = firstImages + fit(diff.images.slice(firstImages).map((i) => mdCode(i).length));
  const otherRevisions = fit(
    (diff.otherRevisions ?? []).map(
      (n) => cell(n.name).length + mdCode(n.revision).length + mdCode(n.file).length + 24,
    ),
  );
  const cut =
    names < diff.apps.length
      ? `Only ${names} of ${diff.apps.length} apps are named to fit the comment.`
      : `The apps are named without their rows to fit the comment.`;
  return assemble(
    diff,
    options,
    {
      ...layout,
      rows: 0,
      names,
      images,
      notPreviewed,
      otherRevisions,
      groupNames: false,
      notes: [noDetails, cut],
    },
    rows,
    diffOf,
  );
}

const paint = (color: boolean, code: number, text: string) =>
  color ? `\u001b[${code}m${text}\u001b[0m` : text;

/** Repository text for a terminal: control characters (escape sequences) shown as U+FFFD. */
// eslint-disable-next-line no-control-regex
const terminalSafe = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');

/** For terminals: what changes, the changes made in several apps once, then one block per app; diffs
 * coloured when `color`. */
export function diffText(diff: ClusterDiff, color: boolean, context = 3): string {
  const diffOf = diffCache();
  const grouping = groupChanges(diff, changedLines(diffOf));
  const out: string[] = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
  const facts = factsLine(diff, (text, where) => `${text} ${where}`);
  if (facts !== undefined) out.push(terminalSafe(`What changes: ${facts}`));
  // every app that could not be previewed, with its reason (the header only counts them)
  if (diff.notPreviewed.length > 0) {
    out.push('', `Not previewed (${diff.notPreviewed.length}):`);
    for (const n of diff.notPreviewed)
      out.push(`  ${terminalSafe(`${n.name} — ${n.reason} (${n.file}:${n.line})`)}`);
  }
  const others = diff.otherRevisions ?? [];
  if (others.length > 0) {
    out.push('', `Unaffected: ${others.length} app(s) track another revision:`);
    for (const n of others)
      out.push(`  ${terminalSafe(`${n.name} — tracks ${n.revision} (${n.file}:${n.line})`)}`);
  }
  const diffLines = (change: ObjectChange) => {
    if (change.ignoredLines) {
      out.push('    changed only in ignored lines (ignore-lines)');
      return;
    }
    for (const line of diffOf(change, context).split('\n')) {
      const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
      out.push(`    ${code ? paint(color, code, line) : line}`);
    }
  };
  if (grouping.groups.length > 0) out.push('', paint(color, 1, 'Changes made in several apps'));
  for (const group of grouping.groups) {
    const { change } = group.shown;
    const names = [...new Set(group.members.map((m) => m.app.name))];
    out.push(
      terminalSafe(
        `  ${SIGN[change.change]} ${group.kind} ${group.name}  in ${names.length} apps  ${change.consequence}`,
      ),
      terminalSafe(`      apps: ${names.join(', ')}`),
    );
    for (const fact of change.summary) out.push(terminalSafe(`      ${fact}`));
    out.push(terminalSafe(`      the diff in ${names[0]}:`));
    diffLines(change);
  }
  for (const app of diff.apps) {
    out.push(
      '',
      `${paint(color, 1, app.name)} (${syncPolicy(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${counts(app)}`,
    );
    if (app.note) out.push(`  ${app.note}`);
    for (const setting of app.settingChanges) out.push(`  Application ${setting}`);
    for (const hook of app.hooks) out.push(`  hook ${hookLine(hook).slice(2)}`);
    for (const step of app.applyOrder ?? []) out.push(`  sync order: ${step}`);
    for (const f of app.findings.filter((x) => x.severity !== 'notice'))
      out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
    const grouped = app.changes.filter((c) => grouping.groupOf.has(c)).length;
    if (grouped > 0) out.push(`  ${grouped} change(s) shown above with the other apps they are made in`);
    for (const change of shownChanges(app)) {
      if (grouping.groupOf.has(change)) continue;
      out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
      for (const fact of change.summary) out.push(`      ${fact}`);
      diffLines(change);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Plain data: every app and change, with diffs at 3 lines of context (or `context`). */
export function diffJson(diff: ClusterDiff, context = 3): unknown {
  return { ...diffJsonTop(diff), apps: diff.apps.map((app) => appJson(app, context)) };
}

function diffJsonTop(diff: ClusterDiff) {
  return {
    totals: diff.totals,
    images: diff.images,
    unchangedApps: diff.unchangedApps,
    notPreviewed: diff.notPreviewed,
    ...(diff.otherRevisions && { otherRevisions: diff.otherRevisions }),
  };
}

function appJson(app: ClusterDiff['apps'][number], context: number): unknown {
  return {
    name: app.name,
    status: app.status,
    ...(app.renamedFrom && { renamedFrom: app.renamedFrom }),
    destination: app.app?.destination,
    syncPolicy: app.app?.syncPolicy,
    file: app.file,
    ...(app.note && { note: app.note }),
    ...(app.settingChanges.length > 0 && { settingChanges: app.settingChanges }),
    ...(app.hooks.length > 0 && {
      hooks: app.hooks.map((h) => ({
        object: h.object,
        change: h.change,
        phases: h.phases,
        wave: h.wave,
        deletePolicies: h.deletePolicies,
        from: h.from,
        ...(h.diff && { diff: objectDiff(h.diff, context) }),
      })),
    }),
    ...(app.applyOrder && { applyOrder: app.applyOrder }),
    findings: app.findings,
    ...(app.ignoredChanges && { ignoredChanges: app.ignoredChanges }),
    changes: app.changes.map((c) => ({
      change: c.change,
      object: c.object,
      summary: c.summary,
      consequence: c.consequence,
      file: c.file,
      line: c.line,
      ...(c.ignoredLines && { ignoredLines: true }),
      diff: objectDiff(c, context),
    })),
  };
}

/**
 * `JSON.stringify({ ...diffJson(diff), ...extra }, null, 2)` and a newline, one app at a time: each app's
 * diffs are made as it is printed and let go, so a pull request that changes every object of every app
 * never holds them all as text at once.
 */
export function* diffJsonText(diff: ClusterDiff, extra: object, context = 3): Generator<string> {
  const mark = '\u0000apps\u0000';
  const [before, after] = JSON.stringify({ ...diffJsonTop(diff), apps: mark, ...extra }, null, 2).split(
    JSON.stringify(mark),
  );
  yield before ?? '';
  if (diff.apps.length === 0) yield '[]';
  else {
    yield '[\n';
    for (const [i, app] of diff.apps.entries()) {
      const text = JSON.stringify(appJson(app, context), null, 2).replace(/^/gm, '    ');
      yield `${text}${i < diff.apps.length - 1 ? ',' : ''}\n`;
    }
    yield '  ]';
  }
  yield `${after ?? ''}\n`;
}
