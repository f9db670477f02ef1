// A wave of renders tells the renderer how many programs it is about to run, so the local renderer starts
// its launcher ahead (edges/processLauncher.ts): folders of plain manifests, read in place, run none, and
// a wave of only them (`slipway validate DIR` without Applications) must not start that helper process.
import { treeFromTexts } from '../../src/core/fileTree.js';
import { discoverUnits } from '../../src/core/argo/discovery.js';
import { renderAll } from '../../src/pipeline/renderWaves.js';
import type { Renderer } from '../../src/ports.js';

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

/** A renderer that builds every kustomization as one ConfigMap, and records what each wave announced. */
function recording(): { renderer: Renderer; announced: number[]; builds: string[] } {
  const announced: number[] = [];
  const builds: string[] = [];
  const renderer: Renderer = {
    kustomizeBuild: async (_tree, path) => {
      builds.push(path);
      return { ok: true, stdout: configMap(`built-${path}`), error: '', originToRepo: () => undefined };
    },
    helmTemplate: async () => ({ ok: false, stdout: '', error: 'no helm here' }),
    versions: async () => [],
    planned: (renders) => void announced.push(renders),
  };
  return { renderer, announced, builds };
}

const render = async (files: Record<string, string>, renderer: Renderer) => {
  const tree = treeFromTexts(files);
  const { outputs } = await renderAll(tree, discoverUnits(tree, []).units, {
    renderer,
    strict: false,
    kubernetesVersion: '1.31',
    repoUrls: [],
  });
  return outputs.map((o) => [o.unit.id, o.objects.map((x) => (x.obj.metadata as { name: string }).name)]);
};

test('folders of plain manifests run no program: the renderer is told of none', async () => {
  const { renderer, announced, builds } = recording();
  const outputs = await render(
    Object.fromEntries([1, 2, 3, 4].map((i) => [`apps/f${i}/cm.yaml`, configMap(`cm${i}`)])),
    renderer,
  );
  expect(outputs).toEqual([
    ['path:apps/f1', ['cm1']],
    ['path:apps/f2', ['cm2']],
    ['path:apps/f3', ['cm3']],
    ['path:apps/f4', ['cm4']],
  ]);
  expect(builds).toEqual([]);
  expect(announced).toEqual([]);
});

test('beside plain folders, the kustomizations of a wave are the renders it announces', async () => {
  const { renderer, announced, builds } = recording();
  const outputs = await render(
    {
      'apps/plain/cm.yaml': configMap('plain'),
      'apps/k1/kustomization.yaml': 'resources: []\n',
      'apps/k2/kustomization.yaml': 'resources: []\n',
      'apps/other/cm.yaml': configMap('other'),
    },
    renderer,
  );
  expect(outputs).toEqual([
    ['path:apps/k1', ['built-apps/k1']],
    ['path:apps/k2', ['built-apps/k2']],
    ['path:apps/other', ['other']],
    ['path:apps/plain', ['plain']],
  ]);
  expect(builds.sort()).toEqual(['apps/k1', 'apps/k2']);
  expect(announced).toEqual([2]);
});
