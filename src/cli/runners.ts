// The CLI's commands behind commander: flags → the settings the action builds → the command → exit code.
// Loaded only when a command runs (program.ts imports it lazily): `--version` and `--help` stay light;
// each command's code is loaded when it runs, so `slipway validate FILE` does not load the preview's.
import type { Terminal } from '../commands/diff.js';
import { InputError } from '../core/errors.js';
import { groupFindings, groupLine, toSarif } from '../core/report/findings.js';
import { localEdges } from '../edges/localEdges.js';
import type { Log } from '../log.js';
import { progressLine } from './progressLine.js';
import {
  parseBumpSettings,
  parseDiffSettings,
  parseValidateSettings,
  SettingsError,
  type InputGetter,
} from '../settings.js';
import { VERSION } from '../version.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exitCodes.js';

function terminalLog(quiet: boolean): Log {
  const at = (w?: { file?: string; line?: number }) =>
    w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
  return {
    info: (m) => (quiet ? process.stderr : process.stdout).write(`${m}\n`),
    debug: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
    warning: (m, w) => process.stderr.write(`${at(w)}warning: ${m}\n`),
    error: (m, w) => process.stderr.write(`${at(w)}error: ${m}\n`),
  };
}

export interface BumpFlags {
  dir: string;
  path?: string[];
  image?: string;
  tag?: string;
  digest?: string;
  dryRun?: boolean;
  allowDowngrade?: boolean;
  json?: boolean;
  verbose?: boolean;
  repo?: string;
  base?: string;
  pullRequest: boolean;
  environment?: string;
  branchPrefix?: string;
}

export async function runBump(refs: string[], flags: BumpFlags): Promise<number> {
  if (refs.length === 0 && !flags.image) {
    process.stderr.write(
      'error: name at least one image: slipway bump name:tag [name:tag ...] (or --image NAME --tag TAG)\n',
    );
    return EXIT_USAGE;
  }
  const inputs: Record<string, string> = {
    images: refs.join('\n'),
    image: flags.image ?? '',
    tag: flags.tag ?? '',
    digest: flags.digest ?? '',
    paths: (flags.path ?? []).join('\n'),
    'dry-run': String(flags.dryRun ?? false),
    'allow-downgrade': String(flags.allowDowngrade ?? false),
    'manifests-repo': flags.repo ?? '',
    base: flags.base ?? '',
    'pull-request': String(flags.pullRequest),
    environment: flags.environment ?? '',
    'branch-prefix': flags.branchPrefix ?? '',
    token: process.env.GITHUB_TOKEN ?? '',
  };
  const log = terminalLog(flags.json ?? false);
  // with --json, stdout holds JSON only: the result, or {"error": {...}} with the same exit code
  const fail = (message: string, kind: 'invalid-input' | 'failure'): number => {
    if (flags.json) process.stdout.write(`${JSON.stringify({ error: { kind, message } }, null, 2)}\n`);
    else log.error(message);
    return EXIT_FAILURE;
  };
  let settings;
  try {
    settings = parseBumpSettings(
      (name) => inputs[name] ?? '',
      process.env,
      flags.repo ? undefined : flags.dir,
      cliFlag,
    );
  } catch (error) {
    if (error instanceof SettingsError) return fail(error.message, 'invalid-input');
    throw error;
  }
  const print = flags.json ? undefined : (text: string) => void process.stdout.write(text);
  let result;
  try {
    // Octokit is loaded only here, for a bump on GitHub
    const { gitHubEdges } = await import('../edges/gitHubEdges.js');
    const { bump } = await import('../commands/bump.js');
    result = await bump(settings, log, gitHubEdges(settings.github, log), {
      verbose: flags.verbose ?? false,
      ...(print && { print }),
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), 'failure');
  }
  if (result.failure) return fail(result.failure, 'failure');
  if (flags.json) process.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
  return 0;
}

/** The CLI's names for the inputs bump's messages mention. */
const CLI_FLAGS: Record<string, string> = {
  images: 'the image arguments (name:tag …)',
  image: '--image',
  tag: '--tag',
  digest: '--digest',
  paths: '--path',
  'allow-downgrade': '--allow-downgrade',
  'dry-run': '--dry-run',
  'manifests-repo': '--repo',
  base: '--base',
  'pull-request': '--no-pull-request',
  environment: '--environment',
  'branch-prefix': '--branch-prefix',
  token: 'GITHUB_TOKEN',
};
const cliFlag = (name: string) => CLI_FLAGS[name] ?? `--${name}`;

/**
 * A command's flags as the inputs of the same names (--kubernetes-version → kubernetes-version, lists one
 * per line), so the CLI builds its settings with the functions the action uses.
 */
function flagInputs(flags: object): InputGetter {
  const inputs = new Map<string, string>();
  for (const [key, value] of Object.entries(flags)) {
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    inputs.set(name, Array.isArray(value) ? value.join('\n') : value === undefined ? '' : String(value));
  }
  return (name) => inputs.get(name) ?? '';
}

const terminal: Terminal = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  color: process.stdout.isTTY ?? false,
};

/** The edges of a CLI command that does not talk to GitHub. */

/** A flag value the settings refuse, or a revision that is not there: a usage error (exit 2). */
async function usage(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

export interface ValidateFlags {
  format: 'text' | 'json' | 'sarif';
}

export function runValidate(paths: string[], flags: ValidateFlags): Promise<number> {
  return usage(async () => {
    const settings = parseValidateSettings(flagInputs(flags), paths, (name) => `--${name}`);
    const progress = progressLine();
    const { validate } = await import('../commands/validate.js');
    const result = await validate({ ...settings, ...(progress && { progress }) }, localEdges());
    progress?.end();
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (flags.format === 'sarif')
      process.stdout.write(`${JSON.stringify(toSarif(result.findings, VERSION), null, 2)}\n`);
    else {
      // the same finding in a file that several apps render (a shared base) is one line naming the apps
      for (const group of groupFindings(result.findings)) process.stdout.write(`${groupLine(group)}\n`);
      const warnings = result.findings.filter((f) => f.severity === 'warning').length;
      process.stderr.write(
        `${result.units} unit(s), ${result.objects} object(s): ${errors} error(s), ${warnings} warning(s)\n`,
      );
    }
    return errors > 0 ? EXIT_FAILURE : 0;
  });
}

export function runDiff(dir: string, flags: object): Promise<number> {
  return usage(async () => {
    const edges = localEdges();
    const origin = edges.trees.originUrl(dir);
    const settings = parseDiffSettings(flagInputs(flags), dir, origin ? [origin] : [], (n) => `--${n}`);
    const progress = progressLine();
    const { diff } = await import('../commands/diff.js');
    return diff({ ...settings, ...(progress && { progress }) }, edges, terminal);
  });
}

/** `slipway check merge FILES…`. */
export function runMerge(files: string[], flags: { dir: string }): Promise<number> {
  return usage(async () => {
    const edges = localEdges();
    const { dir, ...rest } = flags;
    const origin = edges.trees.originUrl(dir);
    const settings = parseDiffSettings(flagInputs(rest), dir, origin ? [origin] : [], (n) => `--${n}`);
    const { mergeShards } = await import('../commands/diff.js');
    return mergeShards(files, settings, edges, terminal);
  });
}
