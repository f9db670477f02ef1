// In a repository without Applications every folder holding an object is a unit. Validation parses each
// file once — in the render — so finding the folders tells a file that holds an object from its lines
// where they leave no doubt, and parses only the rest; its answer is always the parser's.
import { treeFromTexts } from '../../../src/core/fileTree.js';
import { folderUnits, holdsObject, holdsObjectAtSight } from '../../../src/core/argo/folderUnits.js';
import { parseManifests } from '../../../src/core/yaml/manifestMaps.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  template:
    spec:
      containers:
        - name: main
          image: ghcr.io/acme/web:1.0.0
`;

// [case, text, what a look at the lines says (undefined: parse it)]
const CASES: Array<[string, string, boolean | undefined]> = [
  ['a Deployment', DEPLOYMENT, true],
  ['CRLF line ends and a comment after the kind', 'apiVersion: v1\r\nkind: ConfigMap # config\r\n', true],
  ['the second of two documents', `just: data\n---\n${DEPLOYMENT}`, true],
  [
    'a ClusterRole whose rules sit at the root',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n',
    true,
  ],
  ['a values file', 'replicas: 2\nimage: {tag: "1.0"}\n', false],
  ['kind and apiVersion in different documents', 'apiVersion: v1\n---\nkind: ConfigMap\n', undefined],
  ['a kind that YAML reads as a boolean', 'apiVersion: v1\nkind: yes\n', undefined],
  ['a numeric apiVersion', 'apiVersion: 1\nkind: ConfigMap\n', undefined],
  ['a JSON manifest', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}\n', undefined],
  ['a flow map at the root', '{apiVersion: v1, kind: ConfigMap}\n', undefined],
  ['a root sequence of objects', '- apiVersion: v1\n  kind: ConfigMap\n', undefined],
  ['quoted keys', '"apiVersion": v1\n"kind": ConfigMap\n', undefined],
  ['an escaped key without the plain name', '"\\x61piVersion": v1\n"\\x6bind": ConfigMap\n', undefined],
  ['a kind given twice', 'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n', undefined],
  [
    'a value that goes on over the next line',
    'apiVersion: v1\nkind: ConfigMap\nnote: {a: 1,\nb: 2}\n',
    undefined,
  ],
  [
    'a quoted value that goes on over the next line',
    'apiVersion: v1\nkind: ConfigMap\nnote: "a\nb"\n',
    undefined,
  ],
  ['an alias for the kind', 'apiVersion: v1\nx: &k ConfigMap\nkind: *k\n', undefined],
  ['a tagged document', '--- !!map\napiVersion: v1\nkind: ConfigMap\n', undefined],
  ['a directive', '%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\n', undefined],
];

test.each(CASES)('%s: told at sight only when sure, and as the parser tells it', (_, text, sight) => {
  expect(holdsObjectAtSight(text)).toBe(sight);
  // whatever the lines say agrees with the parse
  expect(sight ?? holdsObject(text)).toBe(holdsObject(text));
});

test('finding the folders of plain manifests parses none of the files a look at their lines tells', () => {
  const files: Record<string, string> = {
    'base/kustomization.yaml': 'resources: [cm.yaml]\n',
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    'values/prod.yaml': 'replicas: 2\n',
    'json/cm.yaml': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "j"}}\n',
  };
  for (let i = 0; i < 50; i++) files[`apps/a${i}/deployment.yaml`] = DEPLOYMENT;
  const parsed: string[] = [];
  const units = folderUnits(treeFromTexts(files), (text) => {
    parsed.push(text);
    return parseManifests(text);
  });
  expect(units.map((u) => u.id)).toEqual([
    'path:base',
    ...Array.from({ length: 50 }, (_, i) => `path:apps/a${i}`).sort(),
    'path:json',
  ]);
  // the kustomization (for what it builds on) and the JSON file; no Deployment, no values file
  expect(parsed).toEqual([files['base/kustomization.yaml'], files['json/cm.yaml']]);
});
