// What code a preview loads: the checks of rendered objects (with the built-in kinds' validators) load
// only when an app is rendered, and the schema validator (Ajv) only to read a policy file or merge shard
// reports — so a pull request no app reads (a README) is answered without them. Observed through
// dist/cli.js with a module hook that writes down every file the run imports.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runProcess } from '../support/runAction.js';
import { configMap } from '../support/builders.js';
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';

const HOOKS = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (process.env.SLIPWAY_TEST_LOAD_LOG) appendFileSync(process.env.SLIPWAY_TEST_LOAD_LOG, resolved.url + '\\n');
  return resolved;
}
`;
const PRELOAD = `import { register } from 'node:module';
register(${JSON.stringify('./hooks.mjs')}, import.meta.url);
`;

const DIST = join(ROOT, 'dist');
/** The bundle files holding a marker: the code they stand for. */
const filesWith = (marker: string) =>
  readdirSync(DIST).filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes(marker));
const CHECKS = filesWith('class RenderedValidation');
const AJV = filesWith('class Ajv ');

let folder = '';
const repos: ManifestsRepo[] = [];
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'slipway-loads-'));
  writeFileSync(join(folder, 'hooks.mjs'), HOOKS);
  writeFileSync(join(folder, 'preload.mjs'), PRELOAD);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** `slipway diff --base main --head <head>` through dist/cli.js: its exit, and the dist files it loaded. */
async function diffLoads(repo: ManifestsRepo, head: string) {
  const log = join(folder, `${head}.log`);
  writeFileSync(log, '');
  const run = await runProcess(
    [join(DIST, 'cli.js'), 'diff', '--base', 'main', '--head', head, '--format', 'json', repo.dir],
    {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        NODE_OPTIONS: `--import ${pathToFileURL(join(folder, 'preload.mjs')).href}`,
        SLIPWAY_TEST_LOAD_LOG: log,
      },
    },
  );
  const loaded = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith(pathToFileURL(DIST).href))
      .map((url) => basename(new URL(url).pathname)),
  );
  return { ...run, loaded };
}

function repository(withPolicy: boolean): ManifestsRepo {
  const repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: web'),
    'web/kustomization.yaml': 'resources: [cm.yaml]\n',
    'web/cm.yaml': configMap('web', { a: '1' }),
    'README.md': '# manifests\n',
    ...(withPolicy && { '.slipway.yml': 'environments:\n  prod: {paths: ["web/**"], auto-merge: patch}\n' }),
  });
  repos.push(repo);
  repo.git('checkout', '-q', '-b', 'readme');
  repo.commit({ 'README.md': '# manifests\n\nEdited.\n' });
  repo.git('checkout', '-q', '-b', 'one-app', 'main');
  repo.commit({ 'web/cm.yaml': configMap('web', { a: '2' }) });
  return repo;
}

test('the bundle holds the checks and Ajv in files of their own', () => {
  expect(CHECKS.length).toBeGreaterThan(0);
  expect(AJV.length).toBeGreaterThan(0);
  expect(CHECKS).not.toContain('cli.js');
  expect(AJV).not.toContain('cli.js');
});

test('a README-only pull request is previewed without loading the checks, the validators or Ajv', async () => {
  const repo = repository(false);
  const run = await diffLoads(repo, 'readme');
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ rendered: 0 });
  // the hook saw the run's own files
  expect(run.loaded).toContain('cli.js');
  expect([...run.loaded].filter((f) => CHECKS.includes(f) || AJV.includes(f))).toEqual([]);
  expect(run.loaded).not.toContain('k8s-schemas.js');
});

test('an app rendered loads the checks and the validators; a policy file loads Ajv', async () => {
  const plain = await diffLoads(repository(false), 'one-app');
  expect(plain.code).toBe(0);
  expect(JSON.parse(plain.stdout)).toMatchObject({ rendered: 2 });
  expect(CHECKS.some((f) => plain.loaded.has(f))).toBe(true);
  expect(plain.loaded).toContain('k8s-schemas.js');
  expect(AJV.some((f) => plain.loaded.has(f))).toBe(false);

  const governed = await diffLoads(repository(true), 'one-app');
  expect(governed.code).toBe(0);
  expect(AJV.some((f) => governed.loaded.has(f))).toBe(true);
});
