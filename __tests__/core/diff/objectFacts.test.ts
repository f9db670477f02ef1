// The facts a reviewer reads before the diff: one line each, for the fields they scan for.
import { objectFacts } from '../../../src/core/diff/objectFacts.js';
import type { Obj } from '../../../src/core/render/objects.js';

const deployment = (container: Obj, meta: Obj = {}, replicas?: number): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', ...meta },
  spec: {
    ...(replicas !== undefined && { replicas }),
    template: { spec: { containers: [{ name: 'api', image: 'ghcr.io/acme/api:1.0.0', ...container }] } },
  },
});

test.each<[string, Obj, Obj, string[]]>([
  [
    'image',
    deployment({}),
    deployment({ image: 'ghcr.io/acme/api:1.1.0' }),
    ['image api: ghcr.io/acme/api:1.0.0 → ghcr.io/acme/api:1.1.0'],
  ],
  [
    'pull policy',
    deployment({ imagePullPolicy: 'Always' }),
    deployment({ imagePullPolicy: 'IfNotPresent' }),
    ['imagePullPolicy of api: Always → IfNotPresent'],
  ],
  [
    'resources per key',
    deployment({ resources: { requests: { cpu: '100m' } } }),
    deployment({ resources: { requests: { cpu: '200m' }, limits: { memory: '1Gi' } } }),
    ['cpu request of api: 100m → 200m', 'memory limit of api: (none) → 1Gi'],
  ],
  [
    'env: a Secret reference by name, never a value',
    deployment({ env: [{ name: 'LOG', value: 'info' }] }),
    deployment({
      env: [
        { name: 'LOG', value: 'debug' },
        { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      ],
    }),
    ['env of api: added DB_PASSWORD (from Secret db)', 'env of api: changed LOG'],
  ],
  [
    'ports and probes',
    deployment({ ports: [{ containerPort: 80 }] }),
    deployment({ ports: [{ containerPort: 8080 }], readinessProbe: { httpGet: { path: '/' } } }),
    ['ports of api: added 8080/TCP; removed 80/TCP', 'readinessProbe of api added'],
  ],
  ['replicas', deployment({}, {}, 1), deployment({}, {}, 3), ['replicas: 1 → 3']],
  [
    'labels with values, annotations by key',
    deployment({}, { labels: { tier: 'web' }, annotations: { a: '1' } }),
    deployment({}, { labels: { tier: 'api' }, annotations: { b: '2' } }),
    ['labels tier: web → api', 'annotations: added b; removed a'],
  ],
  [
    'a Service type',
    { kind: 'Service', spec: {} },
    { kind: 'Service', spec: { type: 'LoadBalancer' } },
    ['service type: ClusterIP → LoadBalancer'],
  ],
  [
    'Ingress hosts',
    { kind: 'Ingress', spec: { rules: [{ host: 'a.example.com' }] } },
    { kind: 'Ingress', spec: { rules: [{ host: 'b.example.com' }] } },
    ['ingress hosts: added b.example.com; removed a.example.com'],
  ],
  [
    'RBAC subjects and rules',
    { kind: 'ClusterRoleBinding', roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [] },
    {
      kind: 'ClusterRoleBinding',
      roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'Group', name: 'system:authenticated' }],
    },
    ['subject added: Group system:authenticated', 'roleRef: ClusterRole view → ClusterRole cluster-admin'],
  ],
  [
    'a Role rule',
    { kind: 'Role', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] },
    { kind: 'Role', rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] }] },
    ['RBAC rule added: get, list secrets (core)', 'RBAC rule removed: get pods (core)'],
  ],
  [
    'a Secret: nothing of its data',
    { kind: 'Secret', data: { a: 'eA==' } },
    { kind: 'Secret', data: { a: 'eQ==' } },
    [],
  ],
])('%s', (_name, before, after, facts) => {
  expect(objectFacts(before, after)).toEqual(facts);
});
