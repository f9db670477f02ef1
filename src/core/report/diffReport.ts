// The predicted cluster diff as the sticky PR comment (markdown within GitHub's size limit), as terminal
// text, and as JSON.
import { objectDiff, type AppDiff, type ClusterDiff, type ObjectChange } from '../diff/clusterDiff.js';
import type { Finding } from '../finding.js';

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
  /** The policy's verdict on merging on its own, when the repository has a policy. */
  eligibility?: { eligible: boolean; reasons: string[] };
}

function eligibilitySection(options: MarkdownOptions): string[] {
  const e = options.eligibility;
  if (!e) return [];
  if (e.eligible)
    return ['**Auto-merge:** eligible ✅ — only image updates within each environment’s level.', ''];
  return ['**Auto-merge:** not eligible because', ...e.reasons.map((r) => `- ${r}`), ''];
}

const SIGN: Record<ObjectChange['change'], string> = { created: '+', changed: '~', deleted: '−' };

export function commentMarker(id: string): string {
  return `<!-- slipway:check:${id} -->`;
}

function counts(app: AppDiff): string {
  const n = (c: ObjectChange['change']) => app.changes.filter((x) => x.change === c).length;
  return `+${n('created')} ~${n('changed')} −${n('deleted')}`;
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

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fence(body: string, language: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${body}\n${ticks}`;
}

function header(diff: ClusterDiff): string {
  const changedApps = diff.apps.filter((a) => a.changes.length > 0 || a.status !== 'changed').length;
  if (diff.apps.length === 0)
    return `**No change** to what the apps deploy (${diff.unchangedApps} app(s) checked).`;
  const t = diff.totals;
  const images = diff.images.length > 0 ? ` · images: ${diff.images.map((i) => `\`${i}\``).join(', ')}` : '';
  return `**${changedApps} app(s) change** — +${t.created} created, ~${t.changed} changed, −${t.deleted} deleted${images} · ${diff.unchangedApps} app(s) unchanged`;
}

function table(diff: ClusterDiff, options: MarkdownOptions): string {
  if (diff.apps.length === 0) return '';
  const rows = diff.apps.map((app) => {
    const name = options.fileUrl
      ? `[${cell(app.name)}](${options.fileUrl(app.file, app.line)})`
      : cell(app.name);
    const status =
      app.status === 'new'
        ? ' (new)'
        : app.status === 'removed'
          ? ' (removed)'
          : app.status === 'renamed'
            ? ` (renamed from ${cell(app.renamedFrom ?? '')})`
            : '';
    return `| ${name}${status} | ${cell(destination(app))} | ${syncPolicy(app)} | ${counts(app)} | ${validation(app.findings)} |`;
  });
  return [
    '| App | Destination | Sync | Objects | Validation |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

type Body = 'full' | 'omitted';

function changeBlock(change: ObjectChange, context: number, body: Body): string {
  const lines = [`**${SIGN[change.change]} ${change.object}** — ${change.consequence}`];
  for (const fact of change.summary) lines.push(`- ${fact}`);
  if (body === 'full') lines.push(fence(objectDiff(change, context), 'diff'));
  else
    lines.push(
      `_diff left out to fit the comment (${objectDiff(change, context).split('\n').length} lines)_`,
    );
  return lines.join('\n');
}

function appDetails(app: AppDiff, context: number, omitted: ReadonlySet<ObjectChange>): string {
  const parts = [`<details><summary><b>${app.name}</b> ${counts(app)}</summary>`, ''];
  if (app.note) parts.push(`> ${app.note}`, '');
  const findings = app.findings.filter((f) => f.severity !== 'notice');
  if (findings.length > 0) {
    parts.push(
      ...findings.map(
        (f) =>
          `- ${f.severity === 'error' ? '❌' : '⚠️'} \`${f.file ?? ''}:${f.line ?? 1}\` ${f.message}${f.object ? ` (${f.object})` : ''}`,
      ),
      '',
    );
  }
  for (const change of app.changes)
    parts.push(changeBlock(change, context, omitted.has(change) ? 'omitted' : 'full'), '');
  parts.push('</details>');
  return parts.join('\n');
}

function assemble(
  diff: ClusterDiff,
  options: MarkdownOptions,
  context: number,
  omitted: ReadonlySet<ObjectChange>,
  details: boolean,
  notes: string[],
): string {
  return [
    commentMarker(options.commentId),
    '### Slipway: predicted cluster diff',
    '',
    header(diff),
    '',
    table(diff, options),
    '',
    ...eligibilitySection(options),
    ...(details ? diff.apps.map((app) => `${appDetails(app, context, omitted)}\n`) : []),
    ...(notes.length > 0
      ? ['', `> ✂️ ${notes.join(' ')}${options.fullReport ? ` The full report: ${options.fullReport}.` : ''}`]
      : []),
  ].join('\n');
}

/**
 * The comment, never over GitHub's limit: first less context, then the largest diff bodies left out,
 * then the per-app details; the summary table always stays, and the comment says what was cut.
 */
export function diffMarkdown(diff: ClusterDiff, options: MarkdownOptions): string {
  const BUDGET = options.budget ?? DEFAULT_BUDGET;
  let text = assemble(diff, options, 3, new Set(), true, []);
  if (text.length <= BUDGET) return text;
  text = assemble(diff, options, 0, new Set(), true, ['Diffs show no context lines to fit the comment.']);
  if (text.length <= BUDGET) return text;
  const bySize = diff.apps
    .flatMap((a) => a.changes)
    .sort((x, y) => objectDiff(y, 0).length - objectDiff(x, 0).length);
  const omitted = new Set<ObjectChange>();
  for (const change of bySize) {
    omitted.add(change);
    text = assemble(diff, options, 0, omitted, true, [
      `${omitted.size} of ${bySize.length} object diffs were left out to fit the comment.`,
    ]);
    if (text.length <= BUDGET) return text;
  }
  return assemble(diff, options, 0, omitted, false, [
    'The per-app details were left out to fit the comment.',
  ]);
}

const paint = (color: boolean, code: number, text: string) =>
  color ? `\u001b[${code}m${text}\u001b[0m` : text;

/** For terminals: one block per app, diffs coloured when `color`. */
export function diffText(diff: ClusterDiff, color: boolean): string {
  const out: string[] = [header(diff).replace(/\*\*/g, '').replace(/`/g, '')];
  for (const app of diff.apps) {
    out.push(
      '',
      `${paint(color, 1, app.name)} (${syncPolicy(app)}) ${app.status !== 'changed' ? `[${app.status}] ` : ''}${counts(app)}`,
    );
    if (app.note) out.push(`  ${app.note}`);
    for (const f of app.findings.filter((x) => x.severity !== 'notice'))
      out.push(`  ${f.severity}: ${f.file ?? ''}:${f.line ?? 1}: ${f.message}`);
    for (const change of app.changes) {
      out.push(`  ${SIGN[change.change]} ${change.object}  ${change.consequence}`);
      for (const fact of change.summary) out.push(`      ${fact}`);
      for (const line of objectDiff(change, 3).split('\n')) {
        const code = line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
        out.push(`    ${code ? paint(color, code, line) : line}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Plain data: every app and change, with diffs at 3 lines of context. */
export function diffJson(diff: ClusterDiff): unknown {
  return {
    totals: diff.totals,
    images: diff.images,
    unchangedApps: diff.unchangedApps,
    apps: diff.apps.map((app) => ({
      name: app.name,
      status: app.status,
      ...(app.renamedFrom && { renamedFrom: app.renamedFrom }),
      destination: app.app?.destination,
      syncPolicy: app.app?.syncPolicy,
      file: app.file,
      ...(app.note && { note: app.note }),
      findings: app.findings,
      changes: app.changes.map((c) => ({
        change: c.change,
        object: c.object,
        summary: c.summary,
        consequence: c.consequence,
        file: c.file,
        line: c.line,
        diff: objectDiff(c, 3),
      })),
    })),
  };
}
