// Renders started through the helper process end exactly as renders started directly: the same output,
// the same failures and messages, the same time limit; a helper that dies loses nothing; an idle helper
// does not keep the process alive, and the render folders are all removed.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/edges/childProcess.js';
import { ProcessLauncher } from '../../src/edges/processLauncher.js';
import { runCli } from '../support/runAction.js';

const options = { cwd: '/', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' } };
const sh = (script: string, launcher: ProcessLauncher, timeoutMs?: number) =>
  run('sh', ['-c', script], options, launcher, timeoutMs);

/** A launcher whose helper is ready: every run after this goes through it. */
async function throughHelper(): Promise<ProcessLauncher> {
  const launcher = new ProcessLauncher(0);
  for (let i = 0; i < 200 && launcher.helperPid === undefined; i++) {
    await sh('true', launcher);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(launcher.helperPid).toBeDefined();
  return launcher;
}

test('the first runs start directly; past the threshold they are started by the helper', async () => {
  const launcher = new ProcessLauncher(2);
  const parent = async () => Number((await sh('echo $PPID', launcher)).stdout);
  expect(await parent()).toBe(process.pid);
  expect(await parent()).toBe(process.pid);
  const helped = await throughHelper();
  expect(await sh('echo $PPID', helped)).toEqual({
    ok: true,
    stdout: `${helped.helperPid}\n`,
    error: '',
  });
});

test('a wave of renders past the threshold has the helper started at once: its runs do not wait for 16 direct starts', async () => {
  const launcher = new ProcessLauncher(16);
  launcher.expect(4); // a small wave: nothing started for it
  expect(Number((await sh('echo $PPID', launcher)).stdout)).toBe(process.pid);
  expect(launcher.helperPid).toBeUndefined();
  launcher.expect(40);
  // started by the hint alone: no run has been launched since (without the hint, none ever would be)
  for (let i = 0; i < 400 && launcher.helperPid === undefined; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  expect(launcher.helperPid).toBeDefined();
  expect(Number((await sh('echo $PPID', launcher)).stdout)).toBe(launcher.helperPid);
  await launcher.close();
});

test('through the helper or not, a run ends the same: output, a failure, a missing tool, a time limit', async () => {
  const direct = new ProcessLauncher(Infinity);
  const helped = await throughHelper();
  const cases = async (launcher: ProcessLauncher) => [
    await sh('printf "a: 1\\nb: ü\\n"', launcher),
    await sh('echo "Error: accumulating resources: missing" >&2; exit 1', launcher),
    await run('slipway-no-such-tool', ['build'], options, launcher),
    await sh('sleep 5', launcher, 200),
  ];
  const expected = [
    { ok: true, stdout: 'a: 1\nb: ü\n', error: '' },
    { ok: false, stdout: '', error: 'Error: accumulating resources: missing' },
    { ok: false, stdout: '', error: 'slipway-no-such-tool not found' },
    { ok: false, stdout: '', error: 'sh took longer than 0.2 s and was stopped' },
  ];
  expect(await cases(direct)).toEqual(expected);
  expect(await cases(helped)).toEqual(expected);
});

test('runs the helper had when it died are run again directly; later runs start directly', async () => {
  const launcher = await throughHelper();
  const helperPid = launcher.helperPid as number;
  const running = [sh('sleep 0.3; echo done', launcher), sh('sleep 0.3; echo done', launcher)];
  process.kill(helperPid, 'SIGKILL');
  expect(await Promise.all(running)).toEqual([
    { ok: true, stdout: 'done\n', error: '' },
    { ok: true, stdout: 'done\n', error: '' },
  ]);
  expect(launcher.helperPid).toBeUndefined();
  expect(Number((await sh('echo $PPID', launcher)).stdout)).toBe(process.pid);
});

test('close waits for the helper to exit; runs after it start directly', async () => {
  const launcher = await throughHelper();
  const helperPid = launcher.helperPid as number;
  await launcher.close();
  expect(() => process.kill(helperPid, 0)).toThrow(/ESRCH/);
  expect(Number((await sh('echo $PPID', launcher)).stdout)).toBe(process.pid);
});

test('a check of 36 renders (those past the 16th through the helper) ends when its work does, with every app rendered and no render folder left', async () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-launcher-'));
  // TMPDIR set: the render folders go there rather than /dev/shm, where this test can watch them; 36
  // renders are one batch removed by rm (32) and four removed at exit
  const temp = mkdtempSync(join(tmpdir(), 'slipway-launcher-tmp-'));
  try {
    const { generate, pullRequest } = (await import('../../bench/gitops-repo.mjs' as string)) as {
      generate: (root: string, options: { apps: number }) => unknown;
      pullRequest: (root: string, options: { shared: boolean }) => void;
    };
    generate(root, { apps: 9 });
    pullRequest(root, { shared: true });
    const started = Date.now();
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
    // an idle helper holding the process open would show as a run that ends only at the test's timeout
    expect(Date.now() - started).toBeLessThan(30_000);
    const report = JSON.parse(run.stdout) as { rendered: number; apps: Array<{ status: string }> };
    expect(report.rendered).toBe(36);
    expect(report.apps.filter((a) => a.status === 'changed')).toHaveLength(18);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}, 60_000);
