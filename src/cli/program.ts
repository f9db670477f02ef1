// The CLI: argv → the same settings as the action → the same commands.
// Exit codes: 0 ok, 1 findings or failure (including invalid input values), 2 usage error.
import { Command, CommanderError, Option } from 'commander';
import { bump } from '../commands/bump.js';
import { diff, mergeShards, type Terminal } from '../commands/diff.js';
import { validate } from '../commands/validate.js';
import { InputError } from '../core/errors.js';
import { groupFindings, groupLine, toSarif } from '../core/report/findings.js';
import { DEFAULT_KUBERNETES_VERSION } from '../core/validate/rules.js';
import { localEdges } from '../edges/localEdges.js';
import type { Log } from '../log.js';
import { progressLine } from './progressLine.js';
import {
  parseBumpSettings,
  parseDiffSettings,
  parseGitHub,
  parseValidateSettings,
  SettingsError,
  type InputGetter,
} from '../settings.js';
import { VERSION } from '../version.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

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

interface BumpFlags {
  dir: string;
  path: string[];
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

async function runBump(refs: string[], flags: BumpFlags): Promise<number> {
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
    paths: flags.path.join('\n'),
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
    result = await bump(settings, log, localEdges(settings.github, log), {
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
const offlineEdges = () =>
  localEdges(
    parseGitHub(() => '', process.env),
    terminalLog(true),
  );

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

interface ValidateFlags {
  format: 'text' | 'json' | 'sarif';
}

function runValidate(paths: string[], flags: ValidateFlags): Promise<number> {
  return usage(async () => {
    const settings = parseValidateSettings(flagInputs(flags), paths, (name) => `--${name}`);
    const progress = progressLine();
    const result = await validate({ ...settings, ...(progress && { progress }) }, offlineEdges());
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

function runDiff(dir: string, flags: object): Promise<number> {
  return usage(async () => {
    const edges = offlineEdges();
    const origin = edges.trees.originUrl(dir);
    const settings = parseDiffSettings(flagInputs(flags), dir, origin ? [origin] : [], (n) => `--${n}`);
    const progress = progressLine();
    return diff({ ...settings, ...(progress && { progress }) }, edges, terminal);
  });
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('slipway')
    .description(
      'The CI side of GitOps: bump image tags in a manifests repo, and preview what a manifests PR deploys.',
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError()
    .enablePositionalOptions();
  const collect = (value: string, previous: string[]) => [...previous, value];

  program
    .command('bump')
    .description(
      'Set new image tags wherever the images are referenced (workloads, kustomize, Helm values, Argo CD apps).',
    )
    .argument('[refs...]', 'images with their new version: name:tag, name@digest or name:tag@digest')
    .option('--dir <dir>', 'the manifests folder to edit in place', '.')
    .option('--path <glob>', 'only files matching this glob (repeatable)', collect, [])
    .option('--image <name>', 'an image name (with --tag and/or --digest)')
    .option('--tag <tag>', 'the new tag for --image')
    .option('--digest <digest>', 'the new digest for --image')
    .option('--dry-run', 'print a unified diff and write nothing')
    .option('--allow-downgrade', 'allow a semver downgrade')
    .option('--json', 'print the result as JSON')
    .option('--verbose', 'also list files that were not valid YAML')
    .addOption(
      new Option('--repo <owner/name>', 'bump on GitHub instead of a folder (token from GITHUB_TOKEN)'),
    )
    .option('--base <branch>', 'with --repo: the branch to bump (default: the default branch)')
    .option('--no-pull-request', 'with --repo: commit straight to the base branch')
    .option('--environment <name>', 'with --repo: names the pull request and its branch')
    .option('--branch-prefix <prefix>', 'with --repo: prefix of the bot branches', 'slipway')
    .action(async (refs: string[], flags: BumpFlags) => setExit(await runBump(refs, flags)));

  for (const [name, description] of [
    ['diff', 'The predicted cluster diff: what merging would create, change and prune, per Argo CD app.'],
    [
      'check',
      'What the action checks on a pull request, on a local checkout: the predicted cluster diff and its validation findings (exit 1 on errors).',
    ],
  ] as const) {
    const command = program
      .command(name)
      .description(description)
      .argument('[dir]', 'the git checkout', '.')
      .option('--base <rev>', 'base revision (default: where HEAD left the default branch)')
      .option('--head <rev>', 'head revision (default: the working tree)')
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(['text', 'markdown', 'json'])
          .default('text'),
      )
      .addOption(
        new Option('--render <scope>', 'render only the apps a change can affect, or all')
          .choices(['changed', 'all'])
          .default('changed'),
      )
      .option(
        '--repo-url <url>',
        'another URL of this repository, as Applications spell it (repeatable)',
        collect,
        [],
      )
      .option(
        '--kubernetes-version <X.Y>',
        'the cluster version removed and deprecated APIs are judged against',
        DEFAULT_KUBERNETES_VERSION,
      )
      .option(
        '--kustomize-build-options <options>',
        'extra kustomize build flags, as the action input (e.g. "--enable-helm")',
        '',
      )
      .option(
        '--shard <i/n>',
        'render only the affected apps of shard i of n and write a partial report (--report)',
      )
      .option('--report <file>', 'with --shard: where the partial report goes', 'slipway-partial.json');
    if (name === 'check')
      command.addOption(
        new Option('--fail-on <severity>', 'the lowest severity that fails the check, as the action input')
          .choices(['error', 'warning', 'never'])
          .default('error'),
      );
    command.action(async (dir: string, flags: object) => setExit(await runDiff(dir, flags)));
    if (name === 'check')
      command
        // `check merge … --format json`: the option belongs to merge, not to check
        .enablePositionalOptions()
        .command('merge')
        .description("Merge the shards' partial reports into the one predicted diff (exit 1 on errors).")
        .argument('<files...>', 'partial reports (files or folders of them)')
        .addOption(
          new Option('--format <format>', 'output format')
            .choices(['text', 'markdown', 'json'])
            .default('text'),
        )
        .action(async (files: string[], flags: { format: 'text' | 'markdown' | 'json' }) =>
          setExit(
            await usage(() => Promise.resolve(mergeShards(files, flags.format, offlineEdges(), terminal))),
          ),
        );
  }
  program
    .command('validate')
    .description('Render what each Argo CD application deploys and check it (a file: document by document).')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--strict', 'also reject duplicate keys and unknown fields')
    .option('--require-schemas', 'a kind with no schema is an error, not a warning')
    .option(
      '--max-file-size <MiB>',
      'files larger than this are a finding and not read (memory stays bounded: documents are streamed)',
      '10',
    )
    .addOption(
      new Option('--image-tag-severity <severity>', 'how untagged and latest images are reported')
        .choices(['error', 'warning', 'notice', 'off'])
        .default('warning'),
    )
    .option(
      '--kubernetes-version <X.Y>',
      'the cluster version removed and deprecated APIs are judged against',
      DEFAULT_KUBERNETES_VERSION,
    )
    .option(
      '--repo-url <url>',
      'another URL of this repository, as Applications spell it (repeatable)',
      collect,
      [],
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .action(async (paths: string[], flags: ValidateFlags) => setExit(await runValidate(paths, flags)));
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? 0
        : EXIT_USAGE;
    }
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
