// The documented install path (README, "Install the CLI"): the release tarball `npm pack` makes, installed
// with `npm install -g` and no network. dist/ is self-contained, so the package has no dependencies to
// fetch; the installed `slipway` answers --version and previews a change in a tiny git repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/runAction.js';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
};
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'slipway-install-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm with its cache and config in the temporary folder, and no registry it could reach. */
function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: work,
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
}

test('the packed release installs offline and its slipway runs --version and a diff', () => {
  // the package declares no runtime dependency: installing it never needs a registry
  expect(PACKAGE.dependencies ?? {}).toEqual({});
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = join(work, packed[0]?.filename ?? '');
  expect(tarball).toBe(join(work, `${PACKAGE.name}-${PACKAGE.version}.tgz`));
  const files = (packed[0]?.files ?? []).map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'action.yml', 'README.md']));
  // the tests, sources and benchmarks stay out of the release
  expect(files.filter((f) => /^(__tests__|src|bench|scripts)\//.test(f))).toEqual([]);

  const prefix = join(work, 'global');
  npm(['install', '--global', '--prefix', prefix, tarball], work);
  const slipway = join(prefix, 'bin', 'slipway');
  expect(existsSync(slipway)).toBe(true);
  const run = (args: string[], cwd: string) =>
    execFileSync(slipway, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(run(['--version'], work).trim()).toBe(PACKAGE.version);

  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'app'), { recursive: true });
  const cm = (greeting: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: web}\ndata: {greeting: ${greeting}}\n`;
  writeFileSync(join(repo, 'app', 'cm.yaml'), cm('hello'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  writeFileSync(join(repo, 'app', 'cm.yaml'), cm('hi'));
  const diff = run(['diff', '--base', 'main'], repo);
  expect(diff).toContain('~ ConfigMap/web/settings');
  expect(diff).toContain('-  greeting: hello\n');
  expect(diff).toContain('+  greeting: hi\n');
}, 180_000);
