// The predicted cluster diff as the JSON report (docs/report.schema.json), written in pieces.
import { objectDiff } from '../diff/changeText.js';
import type { ClusterDiff } from '../diff/diffModel.js';

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
