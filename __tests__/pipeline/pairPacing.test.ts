// A pull request's base and head render in two pools, and an app's first render waits in memory until
// its other one is done: one revision must not run far ahead of the other, and pacing must never stall a
// run, whichever side is slower and whatever order the apps come in.
import { availableParallelism } from 'node:os';
import { treeFromTexts, type FileTree } from '../../src/core/fileTree.js';
import { PairPacer, pacingLimit } from '../../src/pipeline/pairPacer.js';
import { computeDiff } from '../../src/pipeline/preview.js';
import type { Renderer } from '../../src/ports.js';
import { parsePreviewOptions } from '../../src/settings.js';
import { concatenatingRenderer } from '../support/fakes.js';
import { application, REPO_URL } from '../support/manifestsRepo.js';

const APPS = 80;
const settle = () => new Promise((resolve) => setImmediate(resolve));

function manifests(annotation: string): FileTree {
  const files: Record<string, string> = {};
  for (let i = 0; i < APPS; i++) {
    const name = `app${String(i).padStart(2, '0')}`;
    files[`argocd/${name}.yaml`] = application(name, `path: apps/${name}`);
    files[`apps/${name}/kustomization.yaml`] = 'resources: [cm.yaml]\n';
    files[`apps/${name}/cm.yaml`] =
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, annotations: {note: ${annotation}}}\n`;
  }
  return treeFromTexts(files);
}

/** A renderer whose renders of `slow` take a few milliseconds and of the other tree none. */
function unevenRenderer(slow: FileTree) {
  const done = new Map<FileTree, number>();
  let lead = 0;
  const renderer: Renderer = {
    ...concatenatingRenderer,
    async kustomizeBuild(tree, path, inputs) {
      await (tree === slow ? new Promise((resolve) => setTimeout(resolve, 3)) : settle());
      const built = await concatenatingRenderer.kustomizeBuild(tree, path, inputs);
      done.set(tree, (done.get(tree) ?? 0) + 1);
      const fast = [...done].find(([t]) => t !== slow)?.[1] ?? 0;
      lead = Math.max(lead, fast - (done.get(slow) ?? 0));
      return built;
    },
  };
  return { renderer, lead: () => lead };
}

test.each(['head', 'base'] as const)(
  'with the %s slower, the other side runs at most the pacing limit ahead, and every app is compared',
  async (slower) => {
    const base = manifests('before');
    const head = manifests('after');
    const { renderer, lead } = unevenRenderer(slower === 'head' ? head : base);
    const options = { ...parsePreviewOptions(() => '', [REPO_URL]), render: 'changed' as const };
    const run = await computeDiff(base, head, options, renderer);
    expect(run.rendered).toBe(2 * APPS);
    expect(run.diff.apps.filter((a) => a.status === 'changed')).toHaveLength(APPS);
    // the apps a side holds, plus the renders its pool had started before it paused
    expect(lead()).toBeLessThanOrEqual(pacingLimit() + availableParallelism());
    expect(lead()).toBeGreaterThan(0);
  },
);

describe('PairPacer', () => {
  const state = (promise: Promise<void>) => {
    let resolved = false;
    void promise.then(() => (resolved = true));
    return async () => {
      await settle();
      return resolved;
    };
  };

  test('a side holding the limit waits until the other side releases one of its apps', async () => {
    const pacer = new PairPacer(2);
    pacer.hold('base');
    expect(await state(pacer.ready('base'))()).toBe(true);
    pacer.hold('base');
    const next = state(pacer.ready('base'));
    expect(await next()).toBe(false);
    pacer.release('base');
    expect(await next()).toBe(true);
  });

  test('never both sides wait: with one side paused the other goes on, and a finished side frees the other', async () => {
    const pacer = new PairPacer(1);
    pacer.hold('base');
    pacer.hold('head');
    const base = state(pacer.ready('base'));
    expect(await base()).toBe(false);
    expect(await state(pacer.ready('head'))()).toBe(true);
    pacer.finish('head');
    expect(await base()).toBe(true);
  });
});
