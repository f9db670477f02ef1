// ignore-resources (docs/fleets.md): the changes of objects matching group:kind:name globs are left out
// of the diff shown, counted per app, and never approved by the policy.
import { diffUnits } from '../../../src/core/diff/clusterDiff.js';
import type { UnitSide } from '../../../src/core/diff/diffModel.js';
import {
  ignoreResources,
  parseResourcePattern,
  type ResourcePattern,
} from '../../../src/core/diff/ignoreResources.js';
import { diffJson } from '../../../src/core/report/diffJson.js';
import { diffMarkdown } from '../../../src/core/report/diffMarkdown.js';
import { eligibility } from '../../../src/core/policy/eligibility.js';
import { parsePolicy } from '../../../src/core/policy/parsePolicy.js';
import type { Obj } from '../../../src/core/render/objects.js';
import type { RenderUnit } from '../../../src/core/argo/unit.js';

const patterns = (...texts: string[]): ResourcePattern[] =>
  texts.map((t) => {
    const p = parseResourcePattern(t);
    if ('error' in p) throw new Error(p.error);
    return p;
  });

const deployment = (image: string): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { template: { spec: { containers: [{ name: 'web', image }] } } },
});
const configMap = (name: string, value: string, apiVersion = 'v1'): Obj => ({
  apiVersion,
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop' },
  data: { value },
});

const unit: RenderUnit = {
  id: 'path:web',
  file: 'argocd/web.yaml',
  line: 1,
  sources: [{ path: 'web' }],
} as unknown as RenderUnit;
const side = (objs: Obj[]): UnitSide => ({
  unit,
  objects: objs.map((obj, i) => ({ obj, file: 'web/all.yaml', line: i + 1 })),
  findings: [],
});

/** web: an image bump, a cache ConfigMap changed, and a ConfigMap of another group deleted. */
const diff = diffUnits(
  [
    side([
      deployment('ghcr.io/acme/web:1.0.0'),
      configMap('page-cache', 'a'),
      configMap('old-cache', 'x', 'example.com/v1'),
    ]),
  ],
  [side([deployment('ghcr.io/acme/web:1.0.1'), configMap('page-cache', 'b')])],
  0,
);

test('entries are group:kind:name globs; anything else is refused with what to write', () => {
  expect(parseResourcePattern(':ConfigMap:*-cache')).toMatchObject({
    group: '',
    kind: 'ConfigMap',
    name: '*-cache',
  });
  expect(parseResourcePattern('ConfigMap:x')).toEqual({
    error: expect.stringContaining('is not group:kind:name'),
  });
  expect(parseResourcePattern('apps:Deployment:web[')).toEqual({
    error: expect.stringContaining('malformed glob'),
  });
  expect(parseResourcePattern('apps::web')).toEqual({ error: expect.stringContaining('names no kind') });
});

test('a matching object is left out and counted; the group is told from apiVersion (the core group is empty)', () => {
  expect(diff.apps[0]?.changes.map((c) => c.object)).toEqual([
    'ConfigMap/shop/old-cache',
    'ConfigMap/shop/page-cache',
    'Deployment/shop/web',
  ]);
  const core = ignoreResources(diff, patterns(':ConfigMap:*-cache'));
  expect(core.apps[0]?.changes.map((c) => c.object)).toEqual([
    'ConfigMap/shop/old-cache',
    'Deployment/shop/web',
  ]);
  expect(core.apps[0]?.ignoredChanges).toBe(1);
  expect(core.totals).toEqual({ created: 0, changed: 1, deleted: 1 });
  // a deleted object is matched by its base side
  const other = ignoreResources(diff, patterns('example.com:*:*'));
  expect(other.apps[0]?.changes.map((c) => c.object)).toEqual([
    'ConfigMap/shop/page-cache',
    'Deployment/shop/web',
  ]);
  // no pattern: nothing changes
  expect(ignoreResources(diff, [])).toBe(diff);
  expect(ignoreResources(diff, patterns('apps:ConfigMap:*')).apps[0]?.ignoredChanges).toBeUndefined();
});

test('an app whose every change is ignored stays listed, and the comment and the JSON say how many', () => {
  const all = ignoreResources(diff, patterns('*:*:*'));
  expect(all.apps.map((a) => [a.name, a.status, a.changes.length, a.ignoredChanges])).toEqual([
    ['web', 'changed', 0, 3],
  ]);
  const comment = diffMarkdown(all, { commentId: 'x' });
  expect(comment).toContain('+0 ~0 −0 · 3 ignored change(s)');
  expect(comment).toContain('3 ignored change(s) not shown');
  expect(comment).not.toContain('page-cache');
  expect(diffJson(all)).toMatchObject({ apps: [{ name: 'web', ignoredChanges: 3, changes: [] }] });
});

test('the policy never approves an ignored change: the image bump alone is eligible, with an ignored object it is not', () => {
  const parsed = parsePolicy(
    '.slipway.yml',
    'environments:\n  shop:\n    paths: ["**"]\n    auto-merge: any\n',
  );
  if (!parsed.policy) throw new Error(JSON.stringify(parsed.errors));
  const judge = (d: typeof diff) =>
    eligibility({
      policy: parsed.policy,
      policyErrors: [],
      fork: false,
      changedFiles: ['web/all.yaml'],
      uncovered: [],
      diff: d,
    });
  const bumpOnly = diffUnits(
    [side([deployment('ghcr.io/acme/web:1.0.0'), configMap('page-cache', 'a')])],
    [side([deployment('ghcr.io/acme/web:1.0.1'), configMap('page-cache', 'a')])],
    0,
  );
  expect(judge(bumpOnly)).toEqual({ eligible: true, reasons: [] });
  const cacheChanged = diffUnits(
    [side([deployment('ghcr.io/acme/web:1.0.0'), configMap('page-cache', 'a')])],
    [side([deployment('ghcr.io/acme/web:1.0.1'), configMap('page-cache', 'b')])],
    0,
  );
  const verdict = judge(ignoreResources(cacheChanged, patterns(':ConfigMap:*-cache')));
  expect(verdict.eligible).toBe(false);
  expect(verdict.reasons).toEqual([
    'app web has 1 ignored change(s) (ignore-resources), which are never approved',
  ]);
});
