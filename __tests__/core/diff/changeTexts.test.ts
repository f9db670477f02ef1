// An object change is plain data: the two objects as they were compared (Secret values masked), its text
// printed once where it is shown, and a shard's partial report carries it whole — numbers JSON cannot
// spell (.inf, .nan, -0) included.
import { diffPair, finishDiff } from '../../../src/core/diff/clusterDiff.js';
import { objectDiff } from '../../../src/core/diff/changeText.js';
import type { UnitSide } from '../../../src/core/diff/diffModel.js';
import { mergePartials, partialReport, type ShardRun } from '../../../src/core/diff/shards.js';
import { parsePartialReport } from '../../../src/core/diff/partialReport.js';

const deployment = (image: string, replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'web' },
  spec: {
    replicas,
    template: { spec: { containers: [{ name: 'api', image, args: ['--a', '--b'] }] } },
  },
});

const side = (obj: Record<string, unknown>): UnitSide => ({
  unit: { id: 'app:web', file: 'argocd/web.yaml', line: 1, sources: [] },
  objects: [{ obj, file: 'web/deploy.yaml', line: 1 }],
  findings: [],
});

test('a changed object holds its two objects as plain data, and its diff is their canonical YAML', () => {
  const before = deployment('ghcr.io/acme/api:1.0', 2);
  const after = deployment('ghcr.io/acme/api:1.1', 3);
  const { app } = diffPair(side(before), side(after));
  const change = app.changes[0];
  expect(change).toMatchObject({ change: 'changed', before, after });
  // no getters: a spread copy or JSON is the same change
  expect(JSON.parse(JSON.stringify(change))).toEqual(change);
  expect(objectDiff({ ...change }, 3)).toBe(objectDiff(change as NonNullable<typeof change>, 3));
  expect(objectDiff(change as NonNullable<typeof change>, 0)).toBe(
    [
      '@@ -7,1 +7,1 @@',
      '-  replicas: 2',
      '+  replicas: 3',
      '@@ -14,1 +14,1 @@',
      '-          image: ghcr.io/acme/api:1.0',
      '+          image: ghcr.io/acme/api:1.1',
    ].join('\n'),
  );
});

test("a Secret's values are masked in the objects the change holds", () => {
  const secret = (v: string) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's' },
    stringData: { k: v },
  });
  const { app } = diffPair(side(secret('hunter2')), side(secret('hunter3')));
  expect(JSON.stringify(app.changes)).not.toMatch(/hunter/);
});

test('a partial report carries every change whole: the merge prints the diff an unsharded run prints', () => {
  const odd = (replicas: number, weight: number) => ({
    ...deployment('ghcr.io/acme/api:1.0', replicas),
    metadata: { name: 'odd', namespace: 'web', annotations: { weight: 'x' } },
    data: { weight },
  });
  const { app } = diffPair(side(odd(Infinity, -0)), side(odd(NaN, 0)));
  const run: ShardRun = {
    diff: finishDiff([app], 0, []),
    unaffected: 0,
    affected: 1,
    units: 1,
    rendered: 2,
    changedFiles: 1,
    uncovered: [],
    renderers: [],
    timings: { discover: 0, render: 0, validate: 0, diff: 0 },
    shardApps: ['app:web'],
  };
  const wire = parsePartialReport(
    'shard-1.json',
    JSON.stringify(partialReport(run, { index: 1, count: 1 }, 'a', 'b', 'sha256:x')),
  );
  if (!('report' in wire)) throw new Error(wire.error);
  const merged = mergePartials([wire.report]);
  if (!('merged' in merged)) throw new Error(merged.error);
  const shown = (c: Parameters<typeof objectDiff>[0] | undefined) => objectDiff(c ?? {}, 3);
  expect(shown(merged.merged.diff.apps[0]?.changes[0])).toBe(shown(app.changes[0]));
  expect(shown(app.changes[0])).toMatch(/- {2}replicas: \.inf\n\+ {2}replicas: \.nan/);
  expect(shown(app.changes[0])).toMatch(/- {2}weight: -0\.0\n\+ {2}weight: 0\n/);
});
