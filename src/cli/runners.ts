// The CLI's commands behind commander: flags → the settings the action builds → the command → exit code.
// Loaded only when a command runs (program.ts imports it lazily): `--version` and `--help` stay light;
// each command's code is loaded when it runs, so `slipway validate FILE` does not load the preview's.
import type { Terminal } from '../commands/terminalPublish.js';
import { InputError } from '../core/errors.js';
import { groupFindings, groupLine, toSarif } from '../core/report/findings.js';
import { localEdges, type LocalEdges } from '../edges/localEdges.js';
import type { Log } from '../log.js';
import type { TreeReader } from '../ports.js';
import { progressLine } from './progressLine.js';
import {
  parseBumpSettings,
  parseCheckSettings,
  parseValidateSettings,
  SettingsError,
  type CheckSettings,
} from '../settings.js';
import { VERSION } from '../version.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exitCodes.js';
import { flagInputs } from './flagInputs.js';
import type { CliCommand } from './options.js';

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

const cliLabel = (name: string) => `--${name}`;

export async function runBump(refs: string[], flags: Record<string, unknown>): Promise<number> {
  const get = flagInputs('bump', flags);
  const json = get('format') === 'json';
  if (refs.length === 0 && !get('image')) {
    process.stderr.write(
      'error: name at least one image: slipway bump name:tag [name:tag ...] (or --image NAME --tag TAG)\n',
    );
    return EXIT_USAGE;
  }
  const inputs: Record<string, string> = {
    images: refs.join('\n'),
    token: process.env.GITHUB_TOKEN ?? '',
  };
  const repo = get('manifests-repo');
  const log = terminalLog(json);
  // with --format json, stdout holds JSON only: the result, or {"error": {...}} with the same exit code
  const fail = (message: string, kind: 'invalid-input' | 'failure'): number => {
    if (json) process.stdout.write(`${JSON.stringify({ error: { kind, message } }, null, 2)}\n`);
    else log.error(message);
    return EXIT_FAILURE;
  };
  let settings;
  try {
    settings = parseBumpSettings(
      (name) => inputs[name] ?? get(name),
      process.env,
      repo ? undefined : get('dir'),
      cliFlag,
    );
  } catch (error) {
    if (error instanceof SettingsError) return fail(error.message, 'invalid-input');
    throw error;
  }
  const print = json ? undefined : (text: string) => void process.stdout.write(text);
  let result;
  try {
    // Octokit is loaded only here, for a bump on GitHub
    const { gitHubEdges } = await import('../edges/gitHubEdges.js');
    const { bump } = await import('../commands/bump.js');
    result = await bump(settings, log, gitHubEdges(settings.github, log), {
      verbose: flags.verbose === true,
      ...(print && { print }),
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), 'failure');
  }
  if (result.failure) return fail(result.failure, 'failure');
  if (json) process.stdout.write(`${JSON.stringify(result.json ?? result.outputs, null, 2)}\n`);
  return 0;
}

/** The CLI's names for the inputs bump's messages mention. */
const CLI_FLAGS: Record<string, string> = {
  images: 'the image arguments (name:tag …)',
  image: '--image',
  tag: '--tag',
  digest: '--digest',
  'file-globs': '--file-globs',
  'allow-downgrade': '--allow-downgrade',
  'dry-run': '--dry-run',
  'manifests-repo': '--repo',
  'base-branch': '--base-branch',
  'pull-request': '--no-pull-request',
  environment: '--environment',
  'branch-prefix': '--branch-prefix',
  token: 'GITHUB_TOKEN',
};
const cliFlag = (name: string) => CLI_FLAGS[name] ?? `--${name}`;

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

export function runValidate(paths: string[], flags: Record<string, unknown>): Promise<number> {
  return usage(async () => {
    const get = flagInputs('validate', flags);
    const settings = parseValidateSettings(get, paths, cliLabel);
    const format = get('format');
    const progress = progressLine();
    const { validate } = await import('../commands/validate.js');
    const notes: string[] = [];
    // (validate's reports name no renderer's version)
    const result = await validate(
      { ...settings, ...(progress && { progress }) },
      localEdges({ footer: false }),
      (note) => notes.push(note),
    );
    progress?.end();
    for (const note of notes) process.stderr.write(`${note}\n`);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (format === 'sarif')
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

/** What the pipeline says while it runs goes to the terminal only as warnings (and SLIPWAY_DEBUG). */
const quietLog: Log = {
  info: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
  debug: (m) => (process.env.SLIPWAY_DEBUG ? process.stderr.write(`debug: ${m}\n`) : undefined),
  warning: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m) => process.stderr.write(`error: ${m}\n`),
  notice: (m) => process.stderr.write(`notice: ${m}\n`),
};

/**
 * check's settings from the CLI's flags, by the action's parser (settings/check.ts): the flags are its
 * inputs. The repository's own URLs: the workflow's (GITHUB_REPOSITORY, when run in one) and origin's.
 */
export function cliCheckSettings(
  command: CliCommand,
  dir: string,
  flags: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  originUrl: string | undefined,
): CheckSettings {
  const settings = parseCheckSettings(flagInputs(command, flags), env, undefined, {
    workspace: dir,
    label: cliLabel,
  });
  return withOrigin(settings, originUrl);
}

const withOrigin = (settings: CheckSettings, originUrl: string | undefined): CheckSettings => ({
  ...settings,
  repoUrls: [...settings.repoUrls, ...(originUrl ? [originUrl] : [])],
});

/**
 * check's settings from the CLI's flags, with the origin's URL and the branches (withTracking), once the
 * command's code is loaded: `load` runs while git answers, side by side, what the preview asks of the
 * checkout first (gitAhead.ts), so the code's loading and git's answers overlap.
 */
async function checkoutSettings<T>(
  command: CliCommand,
  dir: string,
  flags: Record<string, unknown>,
  trees: LocalEdges['trees'],
  load: () => Promise<T>,
): Promise<{ settings: CheckSettings; loaded: T }> {
  const parsed = cliCheckSettings(command, dir, flags, process.env, undefined);
  const asking = import('../edges/gitAhead.js').then((ahead) =>
    ahead.askCheckoutAhead(parsed.workspace, parsed),
  );
  const [, loaded] = await Promise.all([asking, load()]);
  const settings = withTracking(withOrigin(parsed, trees.originUrl(dir)), trees);
  return { settings, loaded };
}

/**
 * The branch the change merges into (--base-branch, else the branch --base-revision names, else the
 * default branch) and the default branch, from the checkout's git: apps deploying another revision are
 * not previewed with the change's files (docs/fleets.md). Without either, every revision counts as the
 * branch, and the terminal is told.
 */
export function withTracking(
  settings: CheckSettings,
  trees: Pick<TreeReader, 'baseBranches'>,
  note: (text: string) => void = (text) => process.stderr.write(text),
): CheckSettings {
  const found = trees.baseBranches?.(settings.workspace, settings.base) ?? {};
  const branch = settings.baseBranch ?? found.branch;
  if (branch === undefined) {
    note(
      'note: the base branch is unknown (no --base-branch, no origin/HEAD, main or master): every targetRevision is previewed as if it were the base branch\n',
    );
    return settings;
  }
  return {
    ...settings,
    tracking: {
      branch,
      ...(found.defaultBranch && { defaultBranch: found.defaultBranch }),
      also: settings.trackRevisions,
    },
  };
}

/** `slipway check` and `slipway diff`: the action's check, published on the terminal. */
export function runCheck(
  command: 'check' | 'diff',
  dir: string,
  flags: Record<string, unknown>,
): Promise<number> {
  return usage(async () => {
    const format = flagInputs(command, flags)('format') as 'text' | 'markdown' | 'json' | 'sarif';
    // only `check --format markdown` prints the comment, whose footer names the renderers' versions
    const edges = localEdges({ footer: command === 'check' && format === 'markdown' });
    const { settings, loaded } = await checkoutSettings(command, dir, flags, edges.trees, () =>
      Promise.all([import('../commands/checkPipeline.js'), import('../commands/terminalPublish.js')]),
    );
    const [{ runCheck: check }, { terminalPublisher }] = loaded;
    const progress = progressLine();
    const result = await check(
      { ...settings, ...(progress && { progress }) },
      quietLog,
      edges,
      terminalPublisher(settings, format, command, terminal, edges),
    );
    return result.failure ? EXIT_FAILURE : 0;
  });
}

/** `slipway check merge REPORTS…`: the shards' partial reports → the one check, as `slipway check` prints it. */
export function runMerge(reports: string[], flags: Record<string, unknown>): Promise<number> {
  return usage(async () => {
    const edges = localEdges();
    const get = flagInputs('check merge', flags);
    const dir = get('dir');
    const settings = withTracking(
      cliCheckSettings('check merge', dir, flags, process.env, edges.trees.originUrl(dir)),
      edges.trees,
    );
    const { mergeCheck } = await import('../commands/checkPipeline.js');
    const { terminalPublisher } = await import('../commands/terminalPublish.js');
    const format = get('format') as 'text' | 'markdown' | 'json';
    const result = await mergeCheck(
      { ...settings, reports },
      quietLog,
      edges,
      terminalPublisher(settings, format, 'check', terminal, edges),
    );
    return result.failure ? EXIT_FAILURE : 0;
  });
}

/** `slipway check plan`: the action's check-plan on a local checkout. */
export function runPlan(dir: string, flags: Record<string, unknown>): Promise<number> {
  return usage(async () => {
    const edges = localEdges();
    const { settings, loaded } = await checkoutSettings(
      'check plan',
      dir,
      flags,
      edges.trees,
      () => import('../commands/checkPipeline.js'),
    );
    const { planCheck } = loaded;
    const plan = await planCheck(settings, quietLog, edges);
    if (flagInputs('check plan', flags)('format') === 'json')
      process.stdout.write(
        `${JSON.stringify({ 'affected-apps': plan.affected, units: plan.units, shards: plan.shards, matrix: plan.matrix }, null, 2)}\n`,
      );
    else
      process.stdout.write(
        `${plan.affected} of ${plan.units} app(s) affected: ${plan.shards} shard(s) (${plan.matrix.join(' ')})\n`,
      );
    return 0;
  });
}
