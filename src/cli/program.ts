// The CLI: argv → the same settings as the action → the same commands.
// Exit codes: 0 ok, 1 findings or failure (including invalid input values), 2 usage error.
// Every command's options come from one table (options.ts). Only commander and the table are loaded up
// front; a command's code (runners.ts and all it uses) is imported when that command runs.
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exitCodes.js';
import { checkoutReads } from './flagInputs.js';
import { attributeOf, COMMAND_FLAGS, FLAGS, flagName, type CliCommand, type FlagSpec } from './options.js';

const runners = () => import('./runners.js');
/**
 * A preview's first questions of its checkout, asked of git from the flags as soon as they are read
 * (edges/gitAhead.ts), while the command's code loads: it is most of what a run that renders nothing
 * waits for.
 */
function askAhead(
  command: 'diff' | 'check' | 'check plan',
  dir: string,
  flags: Record<string, unknown>,
): void {
  void import('../edges/gitAhead.js')
    .then((ahead) => ahead.askCheckoutAhead(dir, checkoutReads(command, flags)))
    .catch(() => undefined); // (asking ahead only saves time)
}

/** Examples and exit codes, printed after a command's options by --help. */
function helpAfter(command: Command, examples: string[], exitCodes: string): Command {
  return command.addHelpText(
    'after',
    `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}\n\nExit codes: ${exitCodes}\n`,
  );
}
const DIFF_EXITS = '0 no errors, 1 errors in what the apps render, 2 usage error.';
const CHECK_EXITS = '0 no finding at or above --fail-on, 1 findings at or above it, 2 usage error.';

// repeatable flags start with no default, so --help shows none (`(default: [])` tells a reader nothing)
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The command's options from the table, with the old spellings as hidden aliases. */
function addFlags(command: Command, cli: CliCommand): Command {
  for (const key of COMMAND_FLAGS[cli]) {
    const spec: FlagSpec = FLAGS[key];
    const name = flagName(key);
    const option = new Option(
      spec.negatable ? `--no-${name}` : `--${name}${spec.value ? ` ${spec.value}` : ''}`,
      spec.description,
    );
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.repeatable) option.argParser(collect);
    command.addOption(option);
    for (const alias of spec.aliases ?? []) {
      const hidden = new Option(alias.flag).hideHelp();
      command.addOption(hidden);
      const attribute = attributeOf(name);
      command.on(`option:${hidden.name()}`, (value: string) =>
        command.setOptionValueWithSource(
          attribute,
          alias.value ??
            (spec.repeatable
              ? collect(value, command.getOptionValue(attribute) as string[] | undefined)
              : value),
          'cli',
        ),
      );
    }
  }
  return command;
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

  const bump = program
    .command('bump')
    .description(
      'Set new image tags wherever the images are referenced (workloads, kustomize, Helm values, Argo CD apps).',
    )
    .argument('[refs...]', 'images with their new version: name:tag, name@digest or name:tag@digest');
  addFlags(bump, 'bump').action(async (refs: string[], flags: Record<string, unknown>) =>
    setExit(await (await runners()).runBump(refs, flags)),
  );
  helpAfter(
    bump,
    [
      'slipway bump ghcr.io/acme/api:1.5.0',
      "slipway bump --dir manifests --file-globs 'envs/staging/**' --dry-run ghcr.io/acme/api:1.5.0",
      'slipway bump --format json ghcr.io/acme/api:1.5.0',
      'GITHUB_TOKEN=... slipway bump --repo acme/k8s-manifests --environment staging ghcr.io/acme/api:1.5.0',
    ],
    '0 edited or nothing to do, 1 invalid input or a failure (nothing written), 2 usage error.',
  );

  const diff = program
    .command('diff')
    .description('The predicted cluster diff: what merging would create, change and prune, per Argo CD app.')
    .argument('[dir]', 'the git checkout', '.');
  addFlags(diff, 'diff').action(async (dir: string, flags: Record<string, unknown>) => {
    askAhead('diff', dir, flags);
    setExit(await (await runners()).runCheck('diff', dir, flags));
  });
  helpAfter(
    diff,
    [
      'slipway diff                    # the working tree against where HEAD left the default branch',
      'slipway diff --base-revision main --head HEAD --format markdown',
    ],
    DIFF_EXITS,
  );

  const check = program
    .command('check')
    .description(
      "The action's check on a local checkout: the predicted cluster diff, its findings and the verdict per --fail-on (the flags are the action's inputs: docs/cli.md).",
    )
    .argument('[dir]', 'the git checkout', '.')
    // `check merge … --format json`: the option belongs to merge, not to check
    .enablePositionalOptions();
  addFlags(check, 'check').action(async (dir: string, flags: Record<string, unknown>) => {
    askAhead('check', dir, flags);
    setExit(await (await runners()).runCheck('check', dir, flags));
  });
  helpAfter(
    check,
    [
      'slipway check --fail-on warning',
      'slipway check --format markdown --base-revision main   # the comment the action would post',
      'slipway check --shard 2/5 --report-file p2.json && slipway check merge p*.json',
    ],
    CHECK_EXITS,
  );
  const merge = check
    .command('merge')
    .description("Merge the shards' partial reports into the one check (the action's check-merge).")
    .argument('<reports...>', 'partial reports (files or folders of them)');
  addFlags(merge, 'check merge').action(async (reports: string[], flags: Record<string, unknown>) =>
    setExit(await (await runners()).runMerge(reports, flags)),
  );
  helpAfter(
    merge,
    ['slipway check merge p1.json p2.json p3.json', 'slipway check merge reports/ --format markdown'],
    CHECK_EXITS,
  );
  const plan = check
    .command('plan')
    .description(
      "How many apps a change affects (nothing rendered) and a shard count (the action's check-plan).",
    )
    .argument('[dir]', 'the git checkout', '.');
  addFlags(plan, 'check plan').action(async (dir: string, flags: Record<string, unknown>) => {
    askAhead('check plan', dir, flags);
    setExit(await (await runners()).runPlan(dir, flags));
  });
  helpAfter(
    plan,
    ['slipway check plan --base-revision main', 'slipway check plan --max-shards 4 --format json'],
    '0 planned, 1 a failure, 2 usage error.',
  );

  const validate = program
    .command('validate')
    .description('Render what each Argo CD application deploys and check it (a file: document by document).')
    .argument('[paths...]', 'files or folders (default: the current folder)');
  addFlags(validate, 'validate').action(async (paths: string[], flags: Record<string, unknown>) =>
    setExit(await (await runners()).runValidate(paths, flags)),
  );
  helpAfter(
    validate,
    [
      'slipway validate                               # the repository in the current folder',
      'slipway validate --strict --format sarif . > slipway.sarif',
      'slipway validate --enable-helm                 # kustomize helmCharts vendored in the repository',
      'slipway validate crds.yaml my-resources.yaml   # files, document by document',
    ],
    DIFF_EXITS,
  );
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
