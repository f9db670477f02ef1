// A changed object's YAML before and after is kept as one text (shared lines once); what a reader gets
// back — directly, spread into a copy, or through JSON (a shard's partial report) — is the two texts.
import { canonicalYaml } from '../../../src/core/diff/canonical.js';
import { diffPair, type UnitSide } from '../../../src/core/diff/clusterDiff.js';

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

test('a changed object gives back its YAML before and after, however it is read', () => {
  const before = deployment('ghcr.io/acme/api:1.0', 2);
  const after = deployment('ghcr.io/acme/api:1.1', 3);
  const { app } = diffPair(side(before), side(after));
  const change = app.changes[0];
  expect(change?.change).toBe('changed');
  expect(change?.before).toBe(canonicalYaml(before));
  expect(change?.after).toBe(canonicalYaml(after));
  expect({ ...change }).toMatchObject({ before: canonicalYaml(before), after: canonicalYaml(after) });
  const copied = JSON.parse(JSON.stringify(change)) as Record<string, unknown>;
  expect(Object.keys(copied)).toEqual([
    'change',
    'object',
    'summary',
    'consequence',
    'before',
    'after',
    'file',
    'line',
  ]);
  expect(copied).toMatchObject({ before: canonicalYaml(before), after: canonicalYaml(after) });
});
