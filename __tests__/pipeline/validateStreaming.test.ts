// The validation stage takes outputs one at a time and keeps only what the checks across apps need: the
// check of two apps claiming one object names the app first in the outputs' order, whatever order the
// outputs come in; and while outputs wait for their kinds' validators, the next render waits too, so a
// large repository is never held whole in memory.
import type { RenderUnit } from '../../src/core/argo/unit.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import type { RenderedObject } from '../../src/core/render/objects.js';
import { BuiltinSchemas, loadBuiltinSchemas } from '../../src/core/validate/builtinSchemas.js';
import type { UnitOutput } from '../../src/pipeline/renderUnit.js';
import { RenderedValidation } from '../../src/pipeline/validateRendered.js';

const options = {
  strict: false,
  requireSchemas: false,
  kubernetesVersion: '1.31',
  imageTagSeverity: 'warning' as const,
};

const unit = (name: string, server?: string): RenderUnit => ({
  id: `app:${name}`,
  file: `argocd/${name}.yaml`,
  line: 1,
  sources: [{ path: name }],
  ...(server && {
    app: { name, destination: { server, namespace: 'default' } } as unknown as RenderUnit['app'],
  }),
});

const configMap = (name: string, file: string, line: number): RenderedObject => ({
  obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shared' } },
  file,
  line,
});

const output = (u: RenderUnit, objects: RenderedObject[]): UnitOutput => ({
  unit: u,
  objects,
  findings: [],
  state: 'rendered',
});

/** Five apps: b, c and d deploy what a deploys (d to another cluster), c twice; e deploys its own. */
const outputs = (): UnitOutput[] => [
  output(unit('a'), [configMap('one', 'a/cm.yaml', 1), configMap('two', 'a/cm.yaml', 5)]),
  output(unit('b'), [configMap('two', 'b/cm.yaml', 1)]),
  output(unit('c'), [configMap('one', 'c/cm.yaml', 1), configMap('one', 'c/again.yaml', 3)]),
  output(unit('d', 'https://other.example.com'), [configMap('one', 'd/cm.yaml', 1)]),
  output(unit('e'), [configMap('three', 'e/cm.yaml', 1)]),
];

async function findingsWhenAdded(order: number[]): Promise<string> {
  const validation = new RenderedValidation(treeFromTexts({}), options, await loadBuiltinSchemas());
  const all = outputs();
  for (const i of order) validation.add(all[i] as UnitOutput, i);
  const byUnit = await validation.finish();
  return JSON.stringify([...byUnit]);
}

test('two apps claiming one object: the first in the order owns it, whatever order the outputs come in', async () => {
  const inOrder = await findingsWhenAdded([0, 1, 2, 3, 4]);
  // what a user reads: each later claim names the first app, per cluster, in the apps' order
  const byUnit = new Map(JSON.parse(inOrder) as Array<[string, Array<{ message: string; file: string }>]>);
  expect([...byUnit].map(([id, found]) => [id, found.map((f) => `${f.file}: ${f.message}`)])).toEqual([
    ['app:a', []],
    ['app:b', ['b/cm.yaml: ConfigMap/shared/two is also deployed by a; the two apps will fight over it']],
    [
      'app:c',
      [
        'c/again.yaml: ConfigMap/shared/one is defined twice in what this app deploys (also at c/cm.yaml:1)',
        'c/cm.yaml: ConfigMap/shared/one is also deployed by a; the two apps will fight over it',
        'c/again.yaml: ConfigMap/shared/one is also deployed by a; the two apps will fight over it',
      ],
    ],
    ['app:d', []],
    ['app:e', []],
  ]);
  // outputs finishing in any other order (renders run side by side) give the same findings, in the same order
  for (const order of [
    [4, 3, 2, 1, 0],
    [2, 0, 4, 1, 3],
    [1, 2, 3, 4, 0],
    [0, 2, 1, 4, 3],
  ])
    expect(await findingsWhenAdded(order)).toBe(inOrder);
});

test('orders left out (outputs never added) do not stop the later ones from being checked', async () => {
  const validation = new RenderedValidation(treeFromTexts({}), options, await loadBuiltinSchemas());
  validation.add(output(unit('f'), [configMap('one', 'f/cm.yaml', 1)]), 7);
  validation.add(outputs()[2] as UnitOutput, 2);
  const byUnit = await validation.finish();
  expect(byUnit.get('app:c')?.map((f) => f.rule)).toEqual(['duplicate-object']);
  expect(byUnit.get('app:f')?.map((f) => f.message)).toEqual([
    'ConfigMap/shared/one is also deployed by c; the two apps will fight over it',
  ]);
});

test('while an output waits for its validators, the next render waits; then it goes on', async () => {
  let release: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  const real = await loadBuiltinSchemas();
  await real.load([configMap('x', 'x.yaml', 1)]);
  const validator = real.get('v1/ConfigMap');
  // a loader that answers only when the test says so: the validators of a first kind, still loading
  const schemas = new BuiltinSchemas(
    new Map([['v1/ConfigMap', () => loaded.then(() => ({ validate: validator }))]]),
  );
  const validation = new RenderedValidation(treeFromTexts({}), options, schemas);
  const many = (name: string, count: number) =>
    output(
      unit(name),
      Array.from({ length: count }, (_, i) => configMap(`${name}${i}`, `${name}/cm.yaml`, i + 1)),
    );
  expect(validation.ready()).toBeUndefined();
  validation.add(many('a', 1500), 0);
  const ready = validation.ready();
  expect(ready).toBeInstanceOf(Promise);
  let done = false;
  void ready?.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  expect(done).toBe(false);
  release();
  await ready;
  expect(done).toBe(true);
  // validators loaded: an output is checked as it comes, and renders never wait
  validation.add(many('b', 1500), 1);
  expect(validation.ready()).toBeUndefined();
  const byUnit = await validation.finish();
  expect([...byUnit.keys()]).toEqual(['app:a', 'app:b']);
});
