// An app no longer generated: what Argo CD does with it depends on its ApplicationSet at the head — and
// when that ApplicationSet fails to generate, Argo CD deletes nothing, so neither does the preview.
import type { AppSetPolicy } from '../../../src/core/argo/applicationSets.js';
import type { RenderUnit } from '../../../src/core/argo/unit.js';
import { diffUnits } from '../../../src/core/diff/clusterDiff.js';
import type { UnitSide } from '../../../src/core/diff/diffModel.js';

const policy = (applicationsSync: AppSetPolicy['applicationsSync']): AppSetPolicy => ({
  appSet: 'fleet',
  applicationsSync,
  preserveResourcesOnDeletion: false,
});

const removedSide = (generatedBy: AppSetPolicy): UnitSide => {
  const unit: RenderUnit = {
    id: 'app:fleet-prod',
    file: 'argocd/fleet.yaml',
    line: 1,
    app: {
      name: 'fleet-prod',
      origins: [],
      destination: { namespace: 'prod' },
      syncPolicy: { automated: true, prune: true, selfHeal: false, options: [] },
      cascadeDelete: true,
      ignoreDifferences: [],
      generatedBy,
    },
    sources: [{ path: 'envs/prod' }],
  };
  const obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'prod' } };
  return { unit, objects: [{ obj, file: 'envs/prod/cm.yaml', line: 1 }], findings: [] };
};

const fails = {
  name: 'fleet',
  file: 'argocd/fleet.yaml',
  line: 1,
  reason: 'ApplicationSet: its template fails: function "now" not defined, not previewed',
};

test('a removed generated app is deleted with its objects while its ApplicationSet generates', () => {
  const diff = diffUnits([removedSide(policy('sync'))], [], 0, []);
  expect(diff.apps.map((a) => [a.status, a.note, a.changes.length])).toEqual([
    [
      'removed',
      'app removed from ApplicationSet fleet: deleted with its 1 object(s) (resources finalizer)',
      1,
    ],
  ]);
});

test("the head's policy decides, not the base's", () => {
  const head = new Map([['fleet', policy('create-only')]]);
  const diff = diffUnits([removedSide(policy('sync'))], [], 0, [], [], head);
  expect(diff.apps.map((a) => [a.status, a.changes.length])).toEqual([['removed', 0]]);
  expect(diff.apps[0]?.note).toContain('not deleted (applicationsSync: create-only)');
});

test('when its ApplicationSet fails at the head, the app is not previewed, never shown deleted', () => {
  const diff = diffUnits([removedSide(policy('sync'))], [], 0, [fails]);
  expect(diff.apps.map((a) => [a.status, a.note, a.changes])).toEqual([
    [
      'not-previewed',
      'not previewed: ApplicationSet fleet fails at the head, and while it fails Argo CD creates, updates and deletes none of its Applications',
      [],
    ],
  ]);
  expect(diff.totals.deleted).toBe(0);
});
