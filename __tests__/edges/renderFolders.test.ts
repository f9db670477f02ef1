// Render folders are removed in batches (and the last ones at exit): a check leaves none behind.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/runAction.js';

test('a check of 36 renders leaves no render folder behind (one batch removed by rm, the rest at exit)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-folders-'));
  // TMPDIR set: the render folders go there rather than /dev/shm, where this test can watch them
  const temp = mkdtempSync(join(tmpdir(), 'slipway-folders-tmp-'));
  try {
    const { generate, pullRequest } = (await import('../../bench/gitops-repo.mjs' as string)) as {
      generate: (root: string, options: { apps: number }) => unknown;
      pullRequest: (root: string, options: { shared: boolean }) => void;
    };
    generate(root, { apps: 10 });
    pullRequest(root, { shared: true });
    const run = await runCli(
      [
        'diff',
        '--base',
        'main',
        '--head',
        'HEAD',
        '--format',
        'json',
        '--repo-url',
        'https://github.com/acme/bench-manifests',
        root,
      ],
      { env: { TMPDIR: temp } },
    );
    const report = JSON.parse(run.stdout) as { rendered: number };
    expect(report.rendered).toBe(36);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}, 60_000);
