// A base is built without kustomize's origin annotations (pairedRenders.ts): its objects must be the very
// objects a build with them gives, or every app would show changes it does not have. Real kustomize.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RenderUnit } from '../../src/core/argo/unit.js';
import { treeFromTexts, type FileTree, type TreeEntry } from '../../src/core/fileTree.js';
import { renderCacheAt } from '../../src/edges/renderCache.js';
import { localRenderer } from '../../src/edges/renderers.js';
import type { RenderOptions } from '../../src/pipeline/renderOptions.js';
import { renderUnit } from '../../src/pipeline/renderUnit.js';

const tree = treeFromTexts({
  'base/kustomization.yaml': [
    'resources: [deploy.yaml, objects.yaml, crd.yaml]',
    'configMapGenerator:',
    '  - name: settings',
    '    literals: [LEVEL=debug]',
    'secretGenerator:',
    '  - name: creds',
    '    literals: [password=not-shown]',
    'labels:',
    '  - pairs: {team: core}',
    '    includeSelectors: true',
    'commonAnnotations: {owner: platform}',
    '',
  ].join('\n'),
  'base/deploy.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: api}',
    'spec:',
    '  replicas: 1',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata: {labels: {app: api}}',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:1.0.0',
    '          envFrom: [{configMapRef: {name: settings}}, {secretRef: {name: creds}}]',
    '',
  ].join('\n'),
  // empty annotations, and an origin annotation written by hand: both builds must treat them alike
  'base/objects.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: plain',
    '  annotations: {}',
    'data: {x: "1"}',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: api',
    '  annotations: {config.kubernetes.io/origin: "path: elsewhere.yaml"}',
    'spec: {selector: {app: api}, ports: [{port: 80}]}',
    '---',
    'apiVersion: example.com/v1',
    'kind: Widget',
    'metadata: {name: w}',
    'spec: {size: 2}',
    '',
  ].join('\n'),
  'base/crd.yaml': [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata: {name: widgets.example.com}',
    'spec:',
    '  group: example.com',
    '  names: {kind: Widget, plural: widgets}',
    '  scope: Namespaced',
    '  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]',
    '',
  ].join('\n'),
  'components/probe/kustomization.yaml': [
    'apiVersion: kustomize.config.k8s.io/v1alpha1',
    'kind: Component',
    'patches:',
    '  - target: {kind: Deployment}',
    '    patch: |-',
    '      - op: add',
    '        path: /spec/template/spec/containers/0/readinessProbe',
    '        value: {httpGet: {path: /ready, port: 8080}}',
    '',
  ].join('\n'),
  'overlays/prod/kustomization.yaml': [
    'namespace: prod',
    'namePrefix: prod-',
    'resources: [../../base, extra.yaml]',
    'components: [../../components/probe]',
    'images: [{name: ghcr.io/acme/api, newTag: "1.10"}]',
    'replicas: [{name: api, count: 3}]',
    'configMapGenerator:',
    '  - name: settings',
    '    behavior: merge',
    '    literals: [LEVEL=info]',
    '',
  ].join('\n'),
  'overlays/prod/extra.yaml':
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations: {argocd.argoproj.io/hook: PreSync}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: m, image: ghcr.io/acme/api:1.0.0}]\n',
});

const unit: RenderUnit = {
  id: 'app:prod',
  file: 'argocd/prod.yaml',
  line: 1,
  sources: [
    {
      path: 'overlays/prod',
      // Argo CD's overrides go into the wrapper kustomization, with or without the annotations
      kustomize: {
        images: ['ghcr.io/acme/api:1.11.0'],
        commonLabels: { 'app.kubernetes.io/instance': 'prod' },
        commonAnnotations: { 'example.com/managed': 'argocd' },
        nameSuffix: '-v2',
      },
    },
  ],
};

const options: RenderOptions = {
  renderer: localRenderer,
  strict: false,
  kubernetesVersion: '1.31',
  repoUrls: [],
};

test('a build without origin annotations gives the same objects as one with them; only their files differ', async () => {
  const withOrigins = await renderUnit(tree, unit, options);
  const without = await renderUnit(tree, unit, { ...options, withoutOrigins: new Set([unit.id]) });
  expect(withOrigins.findings).toEqual([]);
  expect(withOrigins.objects.length).toBe(8);
  expect(without.objects.map((o) => o.obj)).toEqual(withOrigins.objects.map((o) => o.obj));
  expect(without.originsOmitted).toBe(true);
  expect(withOrigins.originsOmitted).toBeUndefined();
  // with the annotations each object names the file it came from; without, the app's kustomization
  const files = (output: typeof without) => new Set(output.objects.map((o) => o.file));
  expect(files(withOrigins)).toEqual(
    new Set([
      'base/deploy.yaml',
      'base/objects.yaml',
      'base/crd.yaml',
      // generated objects (configuredIn, no path) are placed at the app's kustomization either way
      'overlays/prod/kustomization.yaml',
      'overlays/prod/extra.yaml',
    ]),
  );
  expect(files(without)).toEqual(new Set(['overlays/prod/kustomization.yaml']));
});

test('a base served by the render cache (a build with origins, as a push keeps it) places its objects as a build without them, and reads none of their files to do so', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'slipway-base-origins-'));
  try {
    const cache = renderCacheAt(join(folder, 'render-cache'), () => undefined);
    // the push: validation renders with origins and keeps the build
    const writer = cache.writing(localRenderer);
    await renderUnit(tree, unit, { ...options, renderer: writer });
    expect(writer.counts().kept).toBe(1);
    // the pull request's base, read from git: each file's text is read when first asked, and counted
    const read: string[] = [];
    const base: FileTree = new Map(
      [...tree].map(([path, entry]) => {
        const text = entry.text as string;
        const blob = createHash('sha1')
          .update(`blob ${Buffer.byteLength(text)}\0`)
          .update(text)
          .digest('hex');
        const lazy: TreeEntry = {
          blob,
          get text() {
            read.push(path);
            return text;
          },
        };
        return [path, lazy];
      }),
    );
    const reader = cache.reading(localRenderer, base);
    const withoutOrigins = { ...options, withoutOrigins: new Set([unit.id]) };
    const served = await renderUnit(base, unit, { ...withoutOrigins, renderer: reader });
    expect(reader.counts()).toMatchObject({ fromCache: 1, rendered: 0 });
    // the kustomizations are read to find the build's inputs; the files its objects come from are not
    expect(read.filter((path) => !path.endsWith('/kustomization.yaml'))).toEqual([]);
    const built = await renderUnit(tree, unit, withoutOrigins);
    expect(served).toEqual(built);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
