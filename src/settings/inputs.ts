// Raw inputs (action inputs, CLI flags turned into a getter, a test's map) and the parsers every
// command's settings share. Nothing here reads the environment by itself: callers pass a getter.
import { InputError } from '../core/errors.js';
import { isAllowedBuildOption } from '../core/render/kustomizeBuildOptions.js';

/** Reads one raw input by name; returns '' when it is not set. */
export type InputGetter = (name: string) => string;
export type Environment = Readonly<Record<string, string | undefined>>;

export class SettingsError extends InputError {
  override name = 'SettingsError';
}

/** How a message names an input: `Input "allow-downgrade"` in the action, `--allow-downgrade` in the CLI. */
export type InputLabel = (name: string) => string;
export const actionInput: InputLabel = (name) => `Input "${name}"`;

export function parseBoolean(
  get: InputGetter,
  name: string,
  fallback: boolean,
  label = actionInput,
): boolean {
  const raw = get(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new SettingsError(`${label(name)} must be true or false, not "${get(name).trim()}".`);
}

/** A list given one item per line, or comma-separated. */
export function parseList(get: InputGetter, name: string): string[] {
  return get(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

export function parseChoice<T extends string>(
  get: InputGetter,
  name: string,
  choices: readonly T[],
  fallback: T,
  label = actionInput,
): T {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new SettingsError(`${label(name)} must be one of ${choices.join(', ')}; got "${raw}".`);
}

export function parseGlobs(get: InputGetter, name: string, label = actionInput): string[] {
  const globs = parseList(get, name);
  for (const glob of globs) {
    if (glob.startsWith('/') || glob.split('/').includes('..')) {
      throw new SettingsError(
        `${label(name)}: "${glob}" must be a glob relative to the repository root (no leading "/", no "..").`,
      );
    }
  }
  return globs;
}

/**
 * Extra `kustomize build` flags (Argo CD's kustomize.buildOptions). Plugins, exec functions, another helm
 * command and the load restrictor stay as they are; `--enable-helm` is allowed (vendored charts only).
 */
export function parseKustomizeBuildOptions(raw: string, what: string): string[] {
  const options = raw.trim().split(/\s+/).filter(Boolean);
  const refused = options.find((o) => !isAllowedBuildOption(o));
  if (refused) {
    throw new SettingsError(
      `${what}: "${refused}" is not allowed (plugins, exec functions, the helm command and the load restrictor stay as they are; --enable-helm is allowed for vendored charts).`,
    );
  }
  return options;
}

/**
 * Inputs that meant one thing for bump and another for check, each split in two; the old spelling still
 * works (a warning names the new input).
 */
export const RENAMED_INPUTS = {
  base: { bump: 'base-branch', check: 'base-revision' },
  paths: { bump: 'file-globs', check: 'unit-globs' },
} as const;

/**
 * A getter that answers a renamed input's new name with the old one's value when only the old one is set,
 * and says so in `deprecations` (the action prints each as a warning).
 */
export function withRenamedInputs(
  get: InputGetter,
  command: 'bump' | 'check',
  deprecations: string[],
): InputGetter {
  const oldName = new Map<string, string>(
    Object.entries(RENAMED_INPUTS).map(([old, names]) => [names[command], old]),
  );
  return (name) => {
    const value = get(name);
    const old = oldName.get(name);
    if (value.trim() !== '' || old === undefined) return value;
    const before = get(old);
    if (before.trim() !== '')
      deprecations.push(
        `Input "${old}" is deprecated: for ${command} it is "${name}" now (the old name still works).`,
      );
    return before;
  };
}
