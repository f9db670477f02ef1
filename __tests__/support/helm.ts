// Tests that need a real helm. In CI (CI=true) a missing helm fails the suite; on a developer's machine
// the tests are skipped with the reason printed.
import { execFileSync } from 'node:child_process';

function helmVersion(): string | undefined {
  try {
    return execFileSync('helm', ['version', '--short'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: process.env,
    })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

export const HELM_VERSION = helmVersion();
const MISSING = 'helm is not installed: run `npm run tools` (puts helm v3 into .tools/bin)';

if (HELM_VERSION === undefined && process.env.CI === 'true')
  throw new Error(`${MISSING}; CI must run the helm tests`);

/** `test` when helm is installed; otherwise a skipped test whose reason is printed once. */
export const helmTest: typeof test = HELM_VERSION !== undefined ? test : skipWithReason();

function skipWithReason(): typeof test {
  console.warn(`Skipping the tests that need helm: ${MISSING}.`);
  return test.skip;
}
