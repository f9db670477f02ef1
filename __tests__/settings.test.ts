import { parseBumpSettings, parseCommand, parseGitHub, parseSettings } from '../src/settings.js';

const getter = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const base = { token: 't', 'manifests-repo': 'acme/manifests' };

describe('command', () => {
  test.each([
    ['pull_request', 'check'],
    ['pull_request_target', 'check'],
    ['push', 'bump'],
    ['workflow_dispatch', 'bump'],
  ])('inferred from %s as %s', (event, command) => {
    expect(parseCommand(getter({}), { GITHUB_EVENT_NAME: event })).toBe(command);
  });
  test('an unknown command names the input and the accepted values', () => {
    expect(() => parseCommand(getter({ command: 'frobnicate' }), {})).toThrow(
      'Input "command" must be one of bump, check, check-plan, check-merge (or empty to infer it from the event); got "frobnicate".',
    );
  });
});

describe('bump settings', () => {
  test('image + tag + digest, images list, paths and lists', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const s = parseBumpSettings(
      getter({
        ...base,
        image: 'ghcr.io/acme/api',
        tag: '1.2.3',
        digest,
        images: 'redis:7\n# comment\nnginx:1.25',
        'file-globs': 'envs/staging/**, apps/*/overlays/staging/**',
        labels: 'a,b',
      }),
      {},
    );
    expect(s.updates.map((u) => [u.name, u.tag, u.digest])).toEqual([
      ['redis', '7', undefined],
      ['nginx', '1.25', undefined],
      ['ghcr.io/acme/api', '1.2.3', digest],
    ]);
    expect(s.paths).toEqual(['envs/staging/**', 'apps/*/overlays/staging/**']);
    expect(s.labels).toEqual(['a', 'b']);
    expect(s.source).toEqual({ kind: 'github', owner: 'acme', repo: 'manifests' });
  });
  test('the manifests repo defaults to the current repository', () => {
    expect(
      parseBumpSettings(getter({ token: 't', image: 'app:1' }), { GITHUB_REPOSITORY: 'acme/app' }).source,
    ).toEqual({ kind: 'github', owner: 'acme', repo: 'app' });
  });
  test.each([
    [{ image: 'app' }, 'Image "app" has no tag or digest'],
    [{ tag: '1' }, 'Inputs "tag" and "digest" need "image"'],
    [{}, 'Input "image" (with "tag") or "images" is required'],
    [{ image: 'app', tag: '1', 'dry-run': 'maybe' }, 'Input "dry-run" must be true or false, not "maybe".'],
    [
      { image: 'app', tag: '1', 'auto-merge-method': 'yes' },
      'Input "auto-merge-method" must be one of off, merge, squash, rebase; got "yes".',
    ],
    [{ image: 'app', tag: '1', 'file-globs': '../etc/**' }, 'must be a glob relative to the repository root'],
    [{ images: 'app:1\ndocker.io/library/app:2' }, 'Image "app" is given twice'],
    [
      { images: 'App:1' },
      'Input "images": invalid image reference "App:1": the repository name must be lowercase.',
    ],
    [
      { image: 'app', tag: '1', 'manifests-repo': 'nope' },
      'Input "manifests-repo" must be owner/name; got "nope".',
    ],
    [{ image: 'app', tag: '1', token: '' }, 'Input "token" is empty'],
  ])('%j is refused: %s', (inputs, message) => {
    expect(() => parseSettings(getter({ ...base, ...inputs }), {})).toThrow(message);
  });
  test('nothing is read from the environment unless passed in', () => {
    expect(() => parseBumpSettings(getter({ token: 't', image: 'app:1' }), {})).toThrow(
      'Input "manifests-repo" is required',
    );
  });
});

test('writes are spaced one second apart unless SLIPWAY_GITHUB_WRITE_SPACING_MS says otherwise', () => {
  const get = () => '';
  expect(parseGitHub(get, {}).writeSpacingMs).toBe(1000);
  expect(parseGitHub(get, { SLIPWAY_GITHUB_WRITE_SPACING_MS: '250' }).writeSpacingMs).toBe(250);
  expect(() => parseGitHub(get, { SLIPWAY_GITHUB_WRITE_SPACING_MS: 'soon' })).toThrow(
    'SLIPWAY_GITHUB_WRITE_SPACING_MS must be milliseconds from 0 to 60000; got "soon".',
  );
});

test("a retry waits GitHub's seconds unless SLIPWAY_GITHUB_RETRY_SECOND_MS shortens them (a stand-in's clock)", () => {
  const get = () => '';
  expect(parseGitHub(get, {}).retrySecondMs).toBe(1000);
  expect(parseGitHub(get, { SLIPWAY_GITHUB_RETRY_SECOND_MS: '1' }).retrySecondMs).toBe(1);
  expect(() => parseGitHub(get, { SLIPWAY_GITHUB_RETRY_SECOND_MS: '5000' })).toThrow(
    'SLIPWAY_GITHUB_RETRY_SECOND_MS must be milliseconds from 0 to 1000; got "5000".',
  );
});
