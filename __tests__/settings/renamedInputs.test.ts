// Inputs that meant one thing for bump and another for check are split (base → base-branch and
// base-revision, paths → file-globs and unit-globs, auto-merge → auto-merge-method for bump); a workflow
// still using the old spelling works and is told, by name, which input replaced it. `path` reads the
// checkout from a sub-folder of GITHUB_WORKSPACE.
import { parseSettings, type BumpSettings, type CheckSettings } from '../../src/settings.js';

const bump = (inputs: Record<string, string>) =>
  parseSettings((name) => ({ command: 'bump', image: 'app', tag: '1', token: 't', ...inputs })[name] ?? '', {
    GITHUB_REPOSITORY: 'acme/manifests',
  }) as BumpSettings;
const check = (inputs: Record<string, string>) =>
  parseSettings((name) => ({ command: 'check', ...inputs })[name] ?? '', {
    GITHUB_WORKSPACE: '/home/runner/work/x/x',
  }) as CheckSettings;

test('bump: base and paths still work, each with a warning naming the new input', () => {
  const old = bump({ base: 'release', paths: 'envs/staging/**' });
  const renamed = bump({ 'base-branch': 'release', 'file-globs': 'envs/staging/**' });
  expect(old.source).toEqual(renamed.source);
  expect(old.paths).toEqual(['envs/staging/**']);
  expect(renamed.deprecations).toEqual([]);
  expect(old.deprecations).toEqual([
    expect.stringContaining('Input "paths" is deprecated: for bump it is "file-globs" now'),
    expect.stringContaining('Input "base" is deprecated: for bump it is "base-branch" now'),
  ]);
  // the new name wins, silently, when both are given
  expect(bump({ base: 'old', 'base-branch': 'new' })).toMatchObject({
    source: { base: 'new' },
    deprecations: [],
  });
});

test("check: base and paths still work, each with a warning naming check's new input", () => {
  const old = check({ base: 'main', paths: 'apps/*' });
  expect(old).toMatchObject({ base: 'main', paths: ['apps/*'] });
  expect(old.deprecations).toEqual([
    expect.stringContaining('Input "base" is deprecated: for check it is "base-revision" now'),
    expect.stringContaining('Input "paths" is deprecated: for check it is "unit-globs" now'),
  ]);
  expect(check({ 'base-revision': 'main', 'unit-globs': 'apps/*' }).deprecations).toEqual([]);
});

test("auto-merge is check's switch; bump's merge method is auto-merge-method (a method in auto-merge still works, with a warning)", () => {
  expect(bump({ 'auto-merge-method': 'rebase' })).toMatchObject({ autoMerge: 'rebase', deprecations: [] });
  expect(bump({ 'auto-merge': 'squash' })).toMatchObject({
    autoMerge: 'squash',
    deprecations: [expect.stringContaining('for bump the merge method is "auto-merge-method" now')],
  });
  // the action's defaults (auto-merge: false, auto-merge-method: off) mean off
  expect(bump({ 'auto-merge': 'false', 'auto-merge-method': 'off' }).autoMerge).toBe('off');
  expect(() => bump({ 'auto-merge': 'true' })).toThrow(
    'Input "auto-merge" is check\'s switch; bump needs a merge method: set Input "auto-merge-method" to merge, squash or rebase.',
  );
  expect(check({ 'auto-merge': 'true' })).toMatchObject({ autoMerge: true, deprecations: [] });
  expect(check({ 'auto-merge': 'false' }).autoMerge).toBe(false);
  expect(check({ 'auto-merge': 'squash' })).toMatchObject({
    autoMerge: true,
    deprecations: [expect.stringContaining('takes true or false for check')],
  });
});

test('path: check reads the checkout in that folder of GITHUB_WORKSPACE, never outside it', () => {
  expect(check({}).workspace).toBe('/home/runner/work/x/x');
  expect(check({ path: 'manifests' }).workspace).toBe('/home/runner/work/x/x/manifests');
  for (const path of ['../other', '/etc', 'a/../../b'])
    expect(() => check({ path })).toThrow(`"${path}" is not inside it`);
});
