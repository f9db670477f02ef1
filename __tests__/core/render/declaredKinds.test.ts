// The kinds guessed from a build's input files while it runs, to load their validators meanwhile: each
// document's top-level apiVersion and kind, without kustomize's own configuration, and never a file that
// would have to be read from git first.
import { treeFromTexts, type TreeEntry } from '../../../src/core/fileTree.js';
import { declaredKinds, declaredKindsIn } from '../../../src/core/render/declaredKinds.js';

test('each document naming both at the top level gives its apiVersion and kind', () => {
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec:',
    '  template:',
    '    kind: NotTopLevel',
    '---',
    "kind: 'Service'   # the web's",
    'apiVersion: "v1"',
    '---',
    'kind: OnlyAKind',
    '---',
    'apiVersion: acme.dev/v1',
    'kind: Widget',
    '',
  ].join('\n');
  expect(declaredKindsIn(text)).toEqual([
    { apiVersion: 'apps/v1', kind: 'Deployment' },
    { apiVersion: 'v1', kind: 'Service' },
    { apiVersion: 'acme.dev/v1', kind: 'Widget' },
  ]);
});

test("kustomize's own kinds are left out: they are configuration, never rendered", () => {
  const text = [
    'apiVersion: kustomize.config.k8s.io/v1alpha1',
    'kind: Component',
    '---',
    'apiVersion: builtin',
    'kind: PatchTransformer',
    '---',
    'apiVersion: config.kubernetes.io/v1',
    'kind: ResourceList',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
  ].join('\n');
  expect(declaredKindsIn(text)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap' }]);
});

test('a value that is not a plain name (a template, a flow) is not taken', () => {
  expect(declaredKindsIn('apiVersion: {{ .Values.api }}\nkind: Deployment\n')).toEqual([]);
  expect(declaredKindsIn('apiVersion: v1\nkind: [ConfigMap]\n')).toEqual([]);
});

test('over a build’s inputs: kustomization files and files not yet read are skipped, each kind once', () => {
  const texts = treeFromTexts({
    'app/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml, b.yaml]\n',
    'app/a.yaml': 'apiVersion: v1\nkind: ConfigMap\n',
    'app/b.yaml': 'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: apps/v1\nkind: Deployment\n',
    'app/notes.txt': 'apiVersion: v1\nkind: Secret\n',
    'app/unread.yaml': 'apiVersion: v1\nkind: Service\n',
  });
  // a tree whose unread.yaml would be read from git on first use: reading it throws here
  const tree = new Map<string, TreeEntry>(texts);
  tree.set('app/unread.yaml', {
    unread: true,
    get text(): string {
      throw new Error('read from git');
    },
  });
  expect(declaredKinds(tree, [...tree.keys()])).toEqual([
    { apiVersion: 'v1', kind: 'ConfigMap' },
    { apiVersion: 'apps/v1', kind: 'Deployment' },
  ]);
});
