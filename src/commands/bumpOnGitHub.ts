import type { Log } from '../log.js';
import type { BumpSettings, ManifestSource } from '../settings.js';
import type { CommandResult } from './result.js';

export async function bumpOnGitHub(
  _settings: BumpSettings,
  _source: Extract<ManifestSource, { kind: 'github' }>,
  _log: Log,
): Promise<CommandResult> {
  return { outputs: {}, failure: 'bump on GitHub is not implemented yet' };
}
