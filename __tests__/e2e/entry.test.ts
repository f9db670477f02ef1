import { runAction, runCli } from '../support/runAction.js';

test('an unknown command fails the step with one clear error annotation', async () => {
  const run = await runAction({ inputs: { command: 'frobnicate', token: 'x' } });
  expect(run.code).toBe(1);
  expect(run.annotations).toEqual([
    {
      level: 'error',
      message:
        'Input "command" must be one of bump, check, check-plan, check-merge (or empty to infer it from the event); got "frobnicate".',
    },
  ]);
});

test('the token is masked before anything else is printed', async () => {
  const run = await runAction({
    inputs: { command: 'bump', token: 'sekrit-token-value', image: 'App:1', 'manifests-repo': 'a/b' },
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::add-mask::sekrit-token-value');
  expect(run.stdout.replace('::add-mask::sekrit-token-value', '')).not.toContain('sekrit-token-value');
});

test('the CLI lists its commands and answers usage errors with exit 2', async () => {
  const help = await runCli(['--help']);
  expect(help.code).toBe(0);
  for (const command of ['bump', 'check', 'diff', 'validate']) expect(help.stdout).toContain(command);
  expect((await runCli(['bump', '--no-such-flag'])).code).toBe(2);
  expect((await runCli(['bump'])).code).toBe(2);
  // diff and check need a git checkout: outside one they say where the base could not be found
  const outside = await runCli(['diff', '/']);
  expect(outside.code).toBe(2);
  expect(outside.stderr).toContain('pass --base REV');
});
