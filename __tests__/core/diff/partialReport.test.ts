// A shard's partial report is parsed by its schema before the merge trusts it: a file that is not one says
// which file and what is wrong, instead of failing somewhere in the merge.
import { parsePartialReport } from '../../../src/core/diff/partialReport.js';
import { partialReport, type ShardRun } from '../../../src/core/diff/shards.js';

const run: ShardRun = {
  diff: {
    apps: [],
    unchangedApps: 0,
    totals: { created: 0, changed: 0, deleted: 0 },
    images: [],
    notPreviewed: [],
  },
  unaffected: 2,
  affected: 1,
  units: 3,
  rendered: 2,
  changedFiles: 1,
  uncovered: [],
  renderers: ['kustomize'],
  timings: { discover: 1, render: 2, validate: 3, diff: 4 },
  shardApps: ['app:web'],
};
const written = () =>
  JSON.parse(JSON.stringify(partialReport(run, { index: 1, count: 2 }, 'b', 'h', 'sha256:x')));

test('a report a shard wrote parses to the same report', () => {
  const text = JSON.stringify(partialReport(run, { index: 1, count: 2 }, 'b', 'h', 'sha256:x'));
  expect(parsePartialReport('shard-1.json', text)).toEqual({ report: JSON.parse(text) });
});

test.each([
  ['not JSON', () => '{"schema":', /^shard-1\.json is not a partial report of a check shard: /],
  [
    'another version',
    () => JSON.stringify({ ...written(), schema: 'slipway-check-partial/v2' }),
    /^shard-1\.json is not a partial report of this version of Slipway: its schema is "slipway-check-partial\/v2"/,
  ],
  [
    'a count as text',
    () => JSON.stringify({ ...written(), rendered: '2' }),
    /^shard-1\.json is not a partial report of a check shard: \/rendered /,
  ],
  [
    'an app without its changes',
    () => {
      const r = written();
      r.diff.apps = [{ id: 'app:web', status: 'changed', hooks: [] }];
      return JSON.stringify(r);
    },
    /^shard-1\.json is not a partial report of a check shard: \/diff\/apps\/0 /,
  ],
  [
    'a phase timing missing',
    () => JSON.stringify({ ...written(), timings: { discover: 1 } }),
    /^shard-1\.json is not a partial report of a check shard: \/timings /,
  ],
])('a report that is %s is refused, naming the file and the field', (_what, text, message) => {
  const parsed = parsePartialReport('shard-1.json', text());
  expect('error' in parsed && parsed.error).toMatch(message);
});
