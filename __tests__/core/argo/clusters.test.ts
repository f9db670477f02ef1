// Cluster definitions in Argo CD's own format (Secrets labelled argocd.argoproj.io/secret-type: cluster)
// read from the base's folder, and the cluster generator and destination names that use them: what a
// user sees when a Secret is malformed (file and line, never its values), Argo CD's in-cluster rules, and
// that a Secret's credentials never reach a parameter.
import { clusterServers, clusterSet, type ClusterSet } from '../../../src/core/argo/clusters.js';
import { expandApplicationSet, generatorParams } from '../../../src/core/argo/applicationSets.js';
import { treeFromTexts } from '../../../src/core/fileTree.js';
import { clusterOf } from '../../../src/core/validate/rules.js';

const CONFIG = '{"bearerToken":"s3cr3t-token-value"}';
const b64 = (s: string) => Buffer.from(s).toString('base64');

const secret = (name: string, fields: string, labels = '') => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: cluster
${labels}
${fields}
`;

const STAGING = secret(
  'staging',
  `stringData:\n  name: staging\n  server: https://staging.example.com\n  config: '${CONFIG}'`,
  '    env: staging',
);
const PROD = secret(
  'prod',
  `data:\n  name: ${b64('prod')}\n  server: ${b64('https://prod.example.com')}\n  project: ${b64('platform')}\n  config: ${b64(CONFIG)}`,
  '    env: prod',
);

const setOf = (files: Record<string, string>, folder = 'clusters'): ClusterSet =>
  clusterSet(treeFromTexts(files), folder);

const clusters = (set: ClusterSet) => {
  if ('problem' in set) throw new Error(set.problem);
  return set.clusters;
};

test('Secrets from stringData and base64 data, many per file, in the order Argo CD lists them', () => {
  const set = setOf({
    'clusters/all.yaml': `${STAGING}---\n${PROD}`,
    'clusters/README.md': 'not read',
    'clusters/other.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
    'apps/web/cm.yaml': secret('elsewhere', 'stringData: {name: x, server: https://x}'),
  });
  expect(
    clusters(set).map((c) => [c.name, c.server, c.project, c.labels.env, `${c.file}:${c.line}`]),
  ).toEqual([
    ['prod', 'https://prod.example.com', 'platform', 'prod', 'clusters/all.yaml:14'],
    ['staging', 'https://staging.example.com', undefined, 'staging', 'clusters/all.yaml:1'],
  ]);
  // the credentials are never kept
  expect(JSON.stringify(set)).not.toContain('s3cr3t');
  expect(JSON.stringify(set)).not.toContain(b64(CONFIG));
});

test('a Secret that cannot be used is named with its file and line, never with its values', () => {
  const bad = setOf({
    'clusters/a.yaml': STAGING,
    'clusters/b.yaml': secret('b', `data:\n  name: ${b64('b')}\n  server: not*base64!\n  config: s3cr3t`),
  });
  expect(bad).toEqual({
    folder: 'clusters',
    problem:
      'the cluster Secret at clusters/b.yaml:1 is not usable: its data.server is not base64 (write it in stringData to give it as text)',
  });
  expect(setOf({ 'clusters/a.yaml': secret('a', 'stringData: {name: a}') })).toMatchObject({
    problem: expect.stringContaining('clusters/a.yaml:1 is not usable: it has no server'),
  });
  expect(setOf({ 'clusters/a.yaml': 'a: [' })).toMatchObject({
    problem: 'the cluster definition file clusters/a.yaml is not valid YAML or JSON',
  });
  expect(setOf({ 'apps/a.yaml': STAGING })).toMatchObject({
    problem: expect.stringContaining('folder clusters holds no YAML or JSON file at the base revision'),
  });
});

const appSet = (generator: string, goTemplate = true) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'ApplicationSet',
  metadata: { name: 'fleet', namespace: 'argocd' },
  spec: {
    goTemplate,
    generators: [JSON.parse(generator) as unknown],
    template: {
      metadata: { name: goTemplate ? '{{.name}}-web' : '{{name}}-web' },
      spec: {
        project: 'default',
        source: { repoURL: 'https://github.com/acme/m', path: 'web' },
        destination: { server: goTemplate ? '{{.server}}' : '{{server}}', namespace: 'web' },
      },
    },
  },
});

const names = (generated: ReturnType<typeof expandApplicationSet>) =>
  generated.applications.map((a) => (a.metadata as { name: string }).name).sort();

test('the local cluster is generated unless a selector is set or a Secret names its server', () => {
  const set = setOf({ 'clusters/all.yaml': `${STAGING}---\n${PROD}` });
  const expand = (generator: string, with_: ClusterSet = set) =>
    expandApplicationSet(appSet(generator), 'fleet.yaml', 1, treeFromTexts({}), [], undefined, {
      clusters: with_,
    });
  expect(names(expand('{"clusters": {}}'))).toEqual(['in-cluster-web', 'prod-web', 'staging-web']);
  expect(names(expand('{"clusters": {"selector": {"matchLabels": {"env": "prod"}}}}'))).toEqual(['prod-web']);
  const local = setOf({
    'clusters/local.yaml': secret(
      'local',
      'stringData: {name: local, server: "https://kubernetes.default.svc"}',
    ),
  });
  expect(names(expand('{"clusters": {}}', local))).toEqual(['local-web']);
  // without definitions: listed with what to give
  const without = expandApplicationSet(appSet('{"clusters": {}}'), 'fleet.yaml', 1, treeFromTexts({}), []);
  expect(without.notPreviewed.map((n) => n.reason)).toEqual([
    'ApplicationSet: its clusters generator needs cluster definitions (input `clusters`), not previewed',
  ]);
  // a bad definition: every cluster generator is not previewed, naming it
  const broken = expand('{"clusters": {}}', {
    folder: 'clusters',
    problem: 'the cluster Secret at c.yaml:3 is not usable',
  });
  expect(broken.notPreviewed[0]?.reason).toBe(
    'ApplicationSet: its clusters generator cannot be expanded: the cluster Secret at c.yaml:3 is not usable, not previewed',
  );
});

test('two Secrets of one cluster name: the one Argo CD lists last (by Secret name) stands', () => {
  const set = setOf({
    'clusters/a.yaml': secret('a-old', 'stringData: {name: shared, server: https://old.example.com}'),
    'clusters/b.yaml': secret('b-new', 'stringData: {name: shared, server: https://new.example.com}'),
  });
  const params = generatorParams(
    { clusters: { selector: { matchLabels: { 'argocd.argoproj.io/secret-type': 'cluster' } } } },
    { goTemplate: true, tree: treeFromTexts({}), repoUrls: [], clusters: set },
  );
  expect(params.map((p) => p.server)).toEqual(['https://new.example.com']);
});

test('legacy templates: the flat metadata keys; a secret value never becomes a parameter', () => {
  const set = setOf({ 'clusters/all.yaml': `${STAGING}---\n${PROD}` });
  const params = generatorParams(
    {
      clusters: {
        selector: { matchLabels: { env: 'prod' } },
        values: { region: '{{metadata.labels.env}}-eu' },
      },
    },
    { goTemplate: false, tree: treeFromTexts({}), repoUrls: [], clusters: set },
  );
  expect(params).toEqual([
    {
      name: 'prod',
      nameNormalized: 'prod',
      server: 'https://prod.example.com',
      project: 'platform',
      'metadata.labels.argocd.argoproj.io/secret-type': 'cluster',
      'metadata.labels.env': 'prod',
      'values.region': 'prod-eu',
    },
  ]);
  expect(JSON.stringify(params)).not.toContain('s3cr3t');
});

test('a destination by name stands for the server of the cluster of that name', () => {
  const servers = clusterServers(clusters(setOf({ 'clusters/all.yaml': `${STAGING}---\n${PROD}` })));
  expect(clusterOf({ name: 'prod' }, servers)).toBe('https://prod.example.com');
  expect(clusterOf({ server: 'https://prod.example.com/' }, servers)).toBe('https://prod.example.com');
  expect(clusterOf({ name: 'in-cluster' }, servers)).toBe('https://kubernetes.default.svc');
  expect(clusterOf({ name: 'unknown' }, servers)).toBe('name:unknown');
  expect(clusterOf({ name: 'prod' })).toBe('name:prod');
});
