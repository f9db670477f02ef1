// The predicted cluster diff as the sticky PR comment, never over GitHub's size limit: what is cut to fit,
// in which order, and a note saying so.
import type { AppDiff, ClusterDiff, ObjectChange } from '../diff/diffModel.js';
import { groupChanges, type ChangeGrouping } from './changeGroups.js';
import {
  type MarkdownOptions,
  eligibilitySection,
  commentMarker,
  cell,
  whatChanges,
  tableRows,
  table,
  type Body,
  changeBlock,
  groupBlock,
  hasDetails,
  appDetails,
  notPreviewedSection,
  otherRevisionsSection,
} from './commentSections.js';
import { mdCode } from './markdownText.js';
import { header, shownChanges, type DiffOf, diffCache, changedLines } from './reportParts.js';

/** GitHub rejects comments over 65,536 characters; keep a margin for the marker and notes. */
export const COMMENT_LIMIT = 65_536;

const DEFAULT_BUDGET = COMMENT_LIMIT - 1_500;

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
