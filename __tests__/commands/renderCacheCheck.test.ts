// The action's check with render-cache, on in-memory trees and a counting renderer (the fake renders an
// app's own files; the change reaches every app): the push keeps its
// renders, a pull request based on that commit renders only its head and comments exactly what it
// comments without the cache; a pull request never writes the cache; a spoiled entry is a notice.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/commands/check.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { renderCacheAt } from '../../src/edges/renderCache.js';
import { memoryLog } from '../../src/log.js';
import type { Renderer } from '../../src/ports.js';
import { parseCheckSettings } from '../../src/settings.js';
import { configMap } from '../support/builders.js';
import { concatenatingRenderer, fakeEdges, fakeTrees, FakeGitHub } from '../support/fakes.js';
import { application } from '../support/manifestsRepo.js';

const APPS = ['one', 'two', 'three'];
const files = (level: string) => ({
  'base/kustomization.yaml': 'resources: [settings.yaml]\n',
  'base/settings.yaml': configMap('settings', { level }),
  ...Object.fromEntries(
    APPS.flatMap((app) => [
      [`argocd/${app}.yaml`, application(app, `path: apps/${app}`)],
      [`apps/${app}/kustomization.yaml`, 'resources: [own.yaml, ../../base]\n'],
      [`apps/${app}/own.yaml`, configMap(app, { app, level })],
    ]),
  ),
});

const counting = (): Renderer & { builds: number } => {
  const fake = {
    builds: 0,
    kustomizeBuild: (...args: Parameters<Renderer['kustomizeBuild']>) => {
      fake.builds++;
      return concatenatingRenderer.kustomizeBuild(...args);
    },
    helmTemplate: concatenatingRenderer.helmTemplate,
    versions: concatenatingRenderer.versions,
  };
  return fake;
};

const PUSH = { ref: 'refs/heads/main', repository: { default_branch: 'main' } };
const PULL = { pull_request: { number: 7, base: { sha: 'base1', ref: 'main' }, head: { sha: 'head1' } } };
const settingsOf = (event: object, cache: boolean) =>
  parseCheckSettings(
    (name) => ({ token: 't', ...(cache && { 'render-cache': 'true' }) })[name] ?? '',
    { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/manifests' },
    event,
  );
const tools = { kustomize: async () => 'kubectl v1.31.0', helm: async () => 'helm v3.16.0' };

let folder: string;
beforeEach(() => (folder = join(mkdtempSync(join(tmpdir(), 'slipway-check-cache-')), 'render-cache')));
afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

async function pullRequestCheck(cache: boolean) {
  const renderer = counting();
  const github = new FakeGitHub({});
  const log = memoryLog();
  const trees = fakeTrees(
    { '/ws': treeFromTexts(files('debug')) },
    { '/ws@base1': treeFromTexts(files('info')) },
  );
  const edges = {
    ...fakeEdges({ github, trees, renderer }),
    renderCache: (_dir: string, notice: (m: string) => void) => renderCacheAt(folder, notice, tools),
  };
  await check(settingsOf(PULL, cache), log, edges);
  return {
    builds: renderer.builds,
    comment: github.comments.get(7)?.[0]?.body ?? '',
    log: log.lines.join('\n'),
  };
}

test('the push keeps its renders; the pull request renders its head only and comments the same', async () => {
  const pushRenderer = counting();
  const pushLog = memoryLog();
  const pushed = {
    ...fakeEdges({ renderer: pushRenderer, trees: fakeTrees({ '/ws': treeFromTexts(files('info')) }) }),
    renderCache: (_dir: string, notice: (m: string) => void) => renderCacheAt(folder, notice, tools),
  };
  await check(settingsOf(PUSH, true), pushLog, pushed);
  expect(pushRenderer.builds).toBe(3);
  expect(pushLog.lines).toContain('Render cache: kept 3 of 3 render(s) in the render cache.');
  expect(readdirSync(folder)).toHaveLength(3);

  const without = await pullRequestCheck(false);
  const cached = await pullRequestCheck(true);
  expect(without.builds).toBe(6);
  expect(cached.builds).toBe(3); // the head's
  expect(cached.log).toContain('3 of 3 base render(s) from the render cache');
  expect(without.comment).toContain('ConfigMap/one');
  expect(without.comment).not.toContain('No change');
  expect(cached.comment).toBe(without.comment);
  // the pull request wrote nothing
  expect(readdirSync(folder)).toHaveLength(3);

  // an entry overwritten with other bytes: a notice, and that render runs
  const [first] = readdirSync(folder);
  writeFileSync(join(folder, first as string), 'slipway-render-cache 1\n');
  const spoiled = await pullRequestCheck(true);
  expect(spoiled.builds).toBe(4);
  expect(spoiled.log).toMatch(/notice: Render cache: the entry [0-9a-f]{12} is truncated; it is ignored/);
  expect(spoiled.comment).toBe(without.comment);
});
