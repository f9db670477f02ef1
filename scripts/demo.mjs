// The demo: copy the example manifests repo into a temporary git repository, bump one image with the
// bundled CLI exactly as CI would after an image build, commit, and print the predicted cluster diff of
// that commit — the same markdown the pull request's comment would get.
// Needs only Node and git; no GitHub.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const repo = mkdtempSync(join(tmpdir(), 'slipway-demo-'));
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=Slipway demo', '-c', 'user.email=demo@slipway.invalid', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
// exit 1 means findings (the report says which); print the report either way
const slipway = (...args) => {
  try {
    return execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  } catch (error) {
    if (error.status === 1 && error.stdout) return error.stdout;
    throw error;
  }
};

cpSync(join(root, 'examples', 'manifests'), repo, { recursive: true });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'Example manifests');

const image = 'ghcr.io/acme/api:1.5.0';
console.log(`$ slipway bump --path 'apps/*/overlays/staging/**' ${image}     # in ${repo}`);
process.stdout.write(slipway('bump', '--path', 'apps/*/overlays/staging/**', image));
git('commit', '-q', '-am', `chore(deploy): bump ghcr.io/acme/api to 1.5.0 in staging`);
console.log('\n$ git show --stat HEAD && git diff HEAD~1 HEAD');
process.stdout.write(git('show', '--stat', '--format=%s', 'HEAD'));
process.stdout.write(git('diff', 'HEAD~1', 'HEAD'));
const hasKustomize = ['kustomize', 'kubectl'].some((tool) => {
  try {
    execFileSync(tool, tool === 'kubectl' ? ['version', '--client'] : ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!hasKustomize) {
  console.log(
    '\nThe predicted cluster diff renders kustomize overlays with `kustomize` or `kubectl kustomize`;',
  );
  console.log('neither is installed here, so the preview below reports that instead of a diff.');
}
console.log(
  '\n$ slipway diff --base HEAD~1 --head HEAD --format markdown     # what the check would comment on this PR\n',
);
process.stdout.write(
  slipway(
    'diff',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--format',
    'markdown',
    '--repo-url',
    'https://github.com/acme/k8s-manifests',
    '.',
  ),
);
console.log(`\nThe example repository is left at ${repo} for you to look at.`);
