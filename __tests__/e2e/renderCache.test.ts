// The render cache end to end, through the bundled CLI on a real git repository: `validate --render-cache`
// on the base's checkout (what the action's push job runs) keeps every render; a preview of a change to a
// shared base with --render-cache renders the base from those entries, says how many, and prints what a
// preview without the cache prints. A spoiled entry is a notice, and that render runs.
import { readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';
import { configMap } from '../support/builders.js';

const APPS = ['one', 'two', 'three'];
const files: Record<string, string> = {
  'base/kustomization.yaml': 'resources: [settings.yaml, extra.yaml]\n',
  'base/settings.yaml': configMap('settings', { level: 'info' }),
  'base/extra.yaml': configMap('extra', { kept: 'no' }),
  ...Object.fromEntries(
    APPS.flatMap((app) => [
      [`argocd/${app}.yaml`, application(app, `path: apps/${app}`)],
      [`apps/${app}/kustomization.yaml`, `namePrefix: ${app}-\nresources: [../../base]\n`],
    ]),
  ),
};

let repo: ManifestsRepo | undefined;
afterEach(() => repo?.remove());

const cacheFolder = (dir: string) => join(dir, '.git', 'slipway', 'render-cache');
const footless = (markdown: string) =>
  markdown.replace(/\n<sub>(Rendered with|Nothing rendered)[^\n]*<\/sub>\n*$/, '');
/** The one summary line a diff prints on stderr. */
const summaryOf = (stderr: string) =>
  stderr.split('\n').find((l) => /app\(s\), \d+ render\(s\)/.test(l)) ?? '';

test('a push keeps the renders, a change to the shared base renders only its head, and prints the same', async () => {
  repo = manifestsRepo(files);
  // the push: validation renders every app at the base and keeps each render
  const pushed = await runCli(['validate', '--render-cache', repo.dir]);
  expect(pushed.stderr).toContain('kept 3 of 3 render(s) in the render cache');
  expect(readdirSync(cacheFolder(repo.dir))).toHaveLength(3);
  // the pull request: the shared base changes, and loses an object (its file comes from the base)
  repo.commit({
    'base/kustomization.yaml': 'resources: [settings.yaml]\n',
    'base/settings.yaml': configMap('settings', { level: 'debug' }),
  });
  const args = ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown', repo.dir];
  const without = await runCli(args);
  const cached = await runCli([...args, '--render-cache']);
  expect(summaryOf(without.stderr)).not.toContain('render cache');
  // each app's base is built twice — without origin annotations, then with them, as it loses an object —
  // and both builds come from the entry the push kept
  expect(summaryOf(cached.stderr)).toContain('6 of 6 base render(s) from the render cache');
  expect(footless(cached.stdout)).toBe(footless(without.stdout));
  expect(cached.stdout).toContain('will be deleted');
  expect(cached.code).toBe(without.code);
  // JSON too, apps, objects and files
  const json = ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', repo.dir];
  const jsonWithout = await runCli(json);
  expect((await runCli([...json, '--render-cache'])).stdout).toBe(jsonWithout.stdout);
  // a preview never writes the cache
  expect(readdirSync(cacheFolder(repo.dir))).toHaveLength(3);

  // an entry cut short: a notice, that app's base renders again, and the same preview
  const [first] = readdirSync(cacheFolder(repo.dir));
  const entry = join(cacheFolder(repo.dir), first as string);
  writeFileSync(entry, readFileSync(entry).subarray(0, -10));
  const spoiled = await runCli([...args, '--render-cache']);
  expect(spoiled.stderr).toMatch(
    /notice: Render cache: the entry [0-9a-f]{12} is truncated; it is ignored and the render runs\./,
  );
  expect(summaryOf(spoiled.stderr)).toContain(
    '4 of 6 base render(s) from the render cache (2 entry(ies) ignored)',
  );
  expect(footless(spoiled.stdout)).toBe(footless(without.stdout));
}, 300_000); // seven runs of the CLI

test('another kustomize build option is another key: nothing comes from the cache', async () => {
  repo = manifestsRepo(files);
  await runCli(['validate', '--render-cache', repo.dir]);
  repo.commit({ 'base/settings.yaml': configMap('settings', { level: 'debug' }) });
  const run = await runCli([
    'diff',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--render-cache',
    '--kustomize-build-options',
    '--as-current-user=false',
    repo.dir,
  ]);
  expect(summaryOf(run.stderr)).toContain('0 of 3 base render(s) from the render cache');
});
