// Long work shows progress: a progress line on a terminal, log groups with timings in the action, and a
// timing table at the end of the job summary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { startStandIn } from '../support/githubStandIn.js';
import { application, manifestsRepo } from '../support/manifestsRepo.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { ROOT } from '../support/runAction.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('on a terminal, slipway diff shows renders done / to do and the time, then clears the line', () => {
  const repo = manifestsRepo({ 'README.md': '# manifests\n' });
  try {
    repo.commit({
      'apps/a.yaml': application('a', 'path: a'),
      'a/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    // `script` gives the CLI a pseudo-terminal, as a person's shell would
    const cli = join(ROOT, 'dist', 'cli.js');
    const command = `${process.execPath} ${cli} diff --base HEAD~1 --head HEAD --format json ${repo.dir} 2>&1 >/dev/null`;
    const screen = execFileSync('script', ['-qc', command, '/dev/null'], { env: process.env }).toString();
    const CLEAR = '\r\u001b[K'; // back to the line's start, erase it
    expect(screen).toMatch(new RegExp(`${escape(CLEAR)}rendering 0/1 · \\d+\\.\\d s`));
    expect(screen).toMatch(new RegExp(`${escape(CLEAR)}rendering 1/1 · \\d+\\.\\d s${escape(CLEAR)}`));
    // without a terminal (CI logs, pipes) nothing of the kind is written
    const piped = spawnSync(process.execPath, [
      cli,
      'diff',
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--format',
      'json',
      repo.dir,
    ]);
    expect(piped.status).toBe(0);
    expect(piped.stderr.toString()).not.toContain('rendering');
  } finally {
    repo.remove();
  }
});

test('the action groups each phase in the log with its time, and the job summary ends with a timing table', async () => {
  const standIn = await startStandIn(exampleFiles());
  const workspace = mkdtempSync(join(tmpdir(), 'slipway-progress-'));
  try {
    const staging = 'apps/api/overlays/staging/kustomization.yaml';
    const old = standIn.repo.show('main', staging) as string;
    const pr = openPullRequest(standIn, workspace, { [staging]: old.replace('"1.4.0"', '"1.4.1"') });
    const run = await runCheck(standIn, workspace, pr);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^::group::Read the base and the head\n[\s\S]*?Read the base and the head: \d+ ms\n::endgroup::$/m,
    );
    expect(run.stdout).toMatch(
      /^::group::Discover, render, validate and diff the apps\n[\s\S]*?discover \d+ ms, render \d+ ms \(2 render\(s\)\), validate \d+ ms, diff \d+ ms/m,
    );
    expect(run.summary).toMatch(
      /\| Phase \| Time \|\n\| --- \| ---: \|\n\| read git \| \d+\.\d\d s \|\n\| discover \| \d+\.\d\d s \|\n\| render \(2\) \| \d+\.\d\d s \|\n\| validate \| \d+\.\d\d s \|\n\| diff \| \d+\.\d\d s \|\n/,
    );
  } finally {
    await standIn.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
});
