// What a renderer's process gets in its environment: no token, and Go's collector settings (GOGC=400 and
// a memory limit) unless the runner's environment sets its own. A stand-in `kustomize` first on PATH
// prints the environment it was given as a ConfigMap, through the real render path, and logs each call.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { binaryVersion, goCollectorEnv, hasBinary } from '../../src/edges/childProcess.js';
import { localToolVersions } from '../../src/edges/renderCache.js';
import { localRenderer, localRendererFor } from '../../src/edges/renderers.js';

let bin: string;
const saved = { PATH: process.env.PATH, GOGC: process.env.GOGC, GOMEMLIMIT: process.env.GOMEMLIMIT };
const restore = (name: keyof typeof saved) => {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
};

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'slipway-fake-kustomize-'));
  writeFileSync(
    join(bin, 'kustomize'),
    `#!/bin/sh
echo "$1" >> "$(dirname "$0")/calls"
[ "$1" = version ] && { echo v5.5.0; exit 0; }
printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: env}\\ndata:\\n'
env | sort | sed 's/^\\([^=]*\\)=\\(.*\\)$/  "\\1": "\\2"/'
`,
  );
  chmodSync(join(bin, 'kustomize'), 0o755);
  process.env.PATH = `${bin}:${saved.PATH ?? '/usr/bin:/bin'}`;
  process.env.SLIPWAY_TEST_SECRET = 'not-for-renderers';
});
afterAll(() => {
  for (const name of ['PATH', 'GOGC', 'GOMEMLIMIT'] as const) restore(name);
  delete process.env.SLIPWAY_TEST_SECRET;
  rmSync(bin, { recursive: true, force: true });
});

async function renderEnvironment(): Promise<Record<string, string>> {
  const tree = treeFromTexts({ 'app/kustomization.yaml': 'resources: []\n' });
  const built = await localRenderer.kustomizeBuild(tree, 'app', ['app/kustomization.yaml']);
  expect(built.ok).toBe(true);
  const data = /data:\n([\s\S]*)$/.exec(built.stdout)?.[1] ?? '';
  return Object.fromEntries(
    [...data.matchAll(/^ {2}"([^"]*)": "(.*)"$/gm)].map((m) => [m[1] as string, m[2] as string]),
  );
}

test('kustomize runs with GOGC=400 and a memory limit, and without the runner’s other variables', async () => {
  delete process.env.GOGC;
  delete process.env.GOMEMLIMIT;
  const env = await renderEnvironment();
  expect(env.GOGC).toBe('400');
  expect(env.GOMEMLIMIT).toMatch(/^\d+MiB$/);
  expect(env.SLIPWAY_TEST_SECRET).toBeUndefined();
  expect(env.HOME).toMatch(/home$/);
});

test('a GOGC or GOMEMLIMIT the runner sets is what kustomize gets', async () => {
  process.env.GOGC = '100';
  process.env.GOMEMLIMIT = '300MiB';
  const env = await renderEnvironment();
  expect([env.GOGC, env.GOMEMLIMIT]).toEqual(['100', '300MiB']);
});

test('the memory limit is half the memory shared by the renders that run at once, at least 64 MiB', () => {
  expect(goCollectorEnv({}, 16 * 2 ** 30, 4).GOMEMLIMIT).toBe('2048MiB');
  expect(goCollectorEnv({}, 7 * 2 ** 30, 2).GOMEMLIMIT).toBe('1792MiB');
  expect(goCollectorEnv({}, 2 ** 28, 8).GOMEMLIMIT).toBe('64MiB');
});

test('a render runs the renderer found on PATH at once: no version probe before any render, one after the first', async () => {
  await renderEnvironment();
  // the footer's version is asked once a render is done, before anyone asks for it (waited for, not timed)
  const logged = () => readFileSync(join(bin, 'calls'), 'utf8').split('\n').filter(Boolean);
  for (let waited = 0; !logged().includes('version') && waited < 10_000; waited += 50)
    await new Promise((r) => setTimeout(r, 50));
  // every call since the file's first render (the calls are logged from beforeAll on)
  const calls = logged();
  expect(calls.filter((c) => c === 'build').length).toBeGreaterThanOrEqual(3);
  expect(calls[0]).toBe('build');
  expect(calls.filter((c) => c !== 'build')).toEqual(['version']);
  // found as the renderer's process would find it: an executable file in a folder of PATH
  expect(hasBinary('kustomize')).toBe(true);
  expect(hasBinary('calls')).toBe(false); // there, but not executable
  expect(hasBinary('kustomize', '/nonexistent:')).toBe(false);
});

test('the render cache’s key and the comment’s footer share one version run of the tool', async () => {
  // after the test above: the calls logged so far are renders and the one version run
  expect(await localToolVersions.kustomize()).toBe('kustomize v5.5.0');
  expect(await binaryVersion('kustomize')).toBe('v5.5.0');
  const calls = readFileSync(join(bin, 'calls'), 'utf8').split('\n').filter(Boolean);
  expect(calls.filter((c) => c === 'version')).toEqual(['version']);
});

test('a run that writes no footer (the CLI’s JSON or text) asks no version until one is asked for', async () => {
  // a stand-in of its own: the one above has already been asked its version in this process
  const quiet = mkdtempSync(join(tmpdir(), 'slipway-fake-kubectl-'));
  const saved = process.env.PATH;
  try {
    writeFileSync(
      join(quiet, 'kubectl'),
      `#!/bin/sh
echo "$1" >> "$(dirname "$0")/calls"
[ "$1" = version ] && { echo 'Client Version: v1.32.0'; echo 'Kustomize Version: v5.5.0'; exit 0; }
printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: one}\\n'
`,
      { mode: 0o755 },
    );
    process.env.PATH = `${quiet}:/usr/bin:/bin`;
    const renderer = localRendererFor({ footer: false });
    const tree = treeFromTexts({ 'app/kustomization.yaml': 'resources: []\n' });
    for (let i = 0; i < 2; i++)
      expect((await renderer.kustomizeBuild(tree, 'app', ['app/kustomization.yaml'])).ok).toBe(true);
    // with a footer, the version run starts as the first render returns; here none starts
    await new Promise((r) => setTimeout(r, 300));
    const calls = () => readFileSync(join(quiet, 'calls'), 'utf8').split('\n').filter(Boolean);
    expect(calls()).toEqual(['kustomize', 'kustomize']);
    // asked for, it runs once
    expect(await renderer.versions(['kubectl kustomize'])).toEqual(['kubectl kustomize v5.5.0']);
    expect(calls()).toEqual(['kustomize', 'kustomize', 'version']);
  } finally {
    process.env.PATH = saved;
    rmSync(quiet, { recursive: true, force: true });
  }
});
