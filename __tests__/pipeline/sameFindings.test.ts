// The pull-request check and the push validation share one validation stage (pipeline/validateRendered.ts):
// one tree fed through both gives the same findings, whatever kind they are.
import { treeFromTexts } from '../../src/core/fileTree.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import { validateTree } from '../../src/pipeline/validateTree.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';

const tree = treeFromTexts({
  'argocd/one.yaml': application('one', 'path: one'),
  'argocd/two.yaml': application('two', 'path: two'),
  'one/kustomization.yaml': 'resources: [all.yaml]\n',
  // a schema error, a latest tag, a removed API
  'one/all.yaml': [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: many\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: [{name: api, image: "nginx:latest"}]\n',
    'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: pdb}\nspec: {maxUnavailable: 1}\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared, namespace: common}\n',
  ].join('---\n'),
  // the same object as app one: two apps deploying one object
  'two/kustomization.yaml': 'resources: [cm.yaml]\n',
  'two/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared, namespace: common}\n',
});

const key = (f: { rule: string; severity: string; file?: string; line?: number; message: string }) =>
  `${f.severity} ${f.rule} ${f.file ?? ''}:${f.line ?? 0} ${f.message}`;

test('one tree through the pull-request check and the push validation: the same findings', async () => {
  const options = parsePreviewOptions(() => '', [REPO_URL]);
  const pushed = await validateTree(tree, options, concatenatingRenderer);
  const pr = await computeDiff(new Map(), tree, { ...options, render: 'changed' }, concatenatingRenderer);
  const onPr = pr.diff.apps.flatMap((a) => a.findings);
  expect(onPr.map(key).sort()).toEqual(pushed.findings.map(key).sort());
  // and they are the findings a user expects, each kind once at least
  expect(new Set(onPr.map((f) => f.rule))).toEqual(
    new Set(['schema', 'image-tag', 'removed-api', 'shared-object']),
  );
});
