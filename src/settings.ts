// Raw inputs (action inputs, CLI flags, a test's map) → one typed settings object per command.
// Nothing here reads the environment by itself: callers pass a getter and the environment.
import { SettingsError, type Environment, type InputGetter } from './settings/inputs.js';
import { parseBumpSettings, type BumpSettings } from './settings/bump.js';
import { parseCheckSettings, type CheckSettings } from './settings/check.js';

export * from './settings/inputs.js';
export * from './settings/github.js';
export * from './settings/bump.js';
export * from './settings/check.js';
export * from './settings/preview.js';
export { AUTO_MERGE, type AutoMerge } from './core/policy/autoMerge.js';
export { FAIL_ON, type FailOn } from './core/report/pullRequestFindings.js';

export const COMMANDS = ['bump', 'check', 'check-plan', 'check-merge'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Settings = BumpSettings | CheckSettings;

/** The command to run: the `command` input, else inferred from the event (pull requests → check). */
export function parseCommand(get: InputGetter, env: Environment): CommandName {
  const raw = get('command').trim();
  if (raw === '') {
    const event = env.GITHUB_EVENT_NAME ?? '';
    return event === 'pull_request' || event === 'pull_request_target' ? 'check' : 'bump';
  }
  if ((COMMANDS as readonly string[]).includes(raw)) return raw as CommandName;
  throw new SettingsError(
    `Input "command" must be one of ${COMMANDS.join(', ')} (or empty to infer it from the event); got "${raw}".`,
  );
}

/** Settings for whichever command the inputs name (or the event implies). */
export function parseSettings(get: InputGetter, env: Environment, event?: unknown): Settings {
  const command = parseCommand(get, env);
  if (command === 'bump') return parseBumpSettings(get, env, undefined, undefined, event);
  const settings = parseCheckSettings(get, env, event);
  return command === 'check' ? settings : { ...settings, command };
}
