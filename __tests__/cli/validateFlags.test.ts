// `slipway validate` takes the kustomize build options as a flag: a repository whose kustomizations
// inflate vendored Helm charts (argocd-cm kustomize.buildOptions: --enable-helm) validates from the CLI.
// Through dist/, with kustomize and a real helm.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { helmTest } from '../support/helm.js';
import { runCli } from '../support/runAction.js';

const FILES: Record<string, string> = {
  'charts/demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'charts/demo/values.yaml': 'replicas: 1\n',
  'charts/demo/templates/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: {{ .Release.Name }}}\nspec:\n  replicas: {{ .Values.replicas }}\n  selector: {matchLabels: {app: demo}}\n  template:\n    metadata: {labels: {app: demo}}\n    spec: {containers: [{name: demo, image: "ghcr.io/acme/demo:1.0.0"}]}\n',
  // a value of the wrong type: only an inflated chart shows it
  'kustomization.yaml':
    'helmCharts:\n  - name: demo\n    releaseName: web\n    valuesInline: {replicas: many}\n',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slipway-validate-helm-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

for (const flag of [['--enable-helm'], ['--kustomize-build-options', '--enable-helm']])
  helmTest(`validate ${flag.join(' ')} inflates the vendored chart and finds what it deploys`, async () => {
    const without = await runCli(['validate', '--format', 'json', dir]);
    expect(without.stdout).toContain('--enable-helm');
    const run = await runCli(['validate', '--format', 'json', ...flag, dir]);
    const result = JSON.parse(run.stdout) as { findings: Array<{ message: string }>; objects: number };
    expect(result.objects).toBe(1);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('spec.replicas must be integer'),
    ]);
    expect(run.code).toBe(1);
  });
