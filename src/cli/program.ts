// The CLI: argv → the same settings as the action → the same commands.
// Exit codes: 0 ok, 1 findings or failure (including invalid input values), 2 usage error.
// Only commander and the flags are loaded up front; a command's code (runners.ts and all it uses) is
// imported when that command runs.
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_KUBERNETES_VERSION } from '../core/validate/apiVersions.js';
import { VERSION } from '../version.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exitCodes.js';
import type { BumpFlags, ValidateFlags } from './runners.js';

const runners = () => import('./runners.js');

/** Examples and exit codes, printed after a command's options by --help. */
function helpAfter(command: Command, examples: string[], exitCodes: string): Command {
  return command.addHelpText(
    'after',
    `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}\n\nExit codes: ${exitCodes}\n`,
  );
}
const DIFF_EXITS = '0 no errors, 1 errors in what the apps render, 2 usage error.';
const CHECK_EXITS = '0 no finding at or above --fail-on, 1 findings at or above it, 2 usage error.';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('slipway')
    .description(
      'The CI side of GitOps: bump image tags in a manifests repo, and preview what a manifests PR deploys.',
    )
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError()
    .enablePositionalOptions();
  // repeatable flags start with no default, so --help shows none (`(default: [])` tells a reader nothing)
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('bump')
    .description(
      'Set new image tags wherever the images are referenced (workloads, kustomize, Helm values, Argo CD apps).',
    )
    .argument('[refs...]', 'images with their new version: name:tag, name@digest or name:tag@digest')
    .option('--dir <dir>', 'the manifests folder to edit in place', '.')
    .option('--path <glob>', 'only files matching this glob (repeatable)', collect)
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
    .action(async (refs: string[], flags: BumpFlags) =>
      setExit(await (await runners()).runBump(refs, flags)),
    );
  helpAfter(
    program.commands.at(-1) as Command,
    [
      'slipway bump ghcr.io/acme/api:1.5.0',
      "slipway bump --dir manifests --path 'envs/staging/**' --dry-run ghcr.io/acme/api:1.5.0",
      'GITHUB_TOKEN=... slipway bump --repo acme/k8s-manifests --environment staging ghcr.io/acme/api:1.5.0',
    ],
    '0 edited or nothing to do, 1 invalid input or a failure (nothing written), 2 usage error.',
  );

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
      )
      .option(
        '--kubernetes-version <X.Y>',
        'the cluster version removed and deprecated APIs are judged against',
        DEFAULT_KUBERNETES_VERSION,
      )
      .option(
        '--kustomize-build-options <options>',
        'extra kustomize build flags, as the action input (e.g. "--enable-helm")',
      )
      .option(
        '--crd-catalog',
        "check custom resources without a CRD in the repository against popular operators' schemas (docs/crd-catalog.md)",
      )
      .option(
        '--shard <i/n>',
        'render only the affected apps of shard i of n and write a partial report (--report)',
      )
      .option('--report <file>', 'with --shard: where the partial report goes', 'slipway-partial.json')
      .option(
        '--no-tree-index',
        "do not keep (or read) what a preview learns of a revision in the repository's git folder",
      )
      .option(
        '--base-branch <name>',
        'the branch the change merges into (default: the branch --base names, else the default branch)',
      )
      .option(
        '--track-revisions <rev>',
        'a targetRevision to preview as the base branch, like a branch kept in step with it (repeatable)',
        collect,
      )
      .option(
        '--selector <selector>',
        'preview only the Applications whose labels match, like team=payments,tier!=batch',
      )
      .option('--context-lines <n>', 'lines of context around each change in the diffs', '3')
      .option('--argocd-url <url>', "the Argo CD UI's URL: markdown links each app to its page there");
    if (name === 'check')
      command.addOption(
        new Option('--fail-on <severity>', 'the lowest severity that fails the check, as the action input')
          .choices(['error', 'warning', 'never'])
          .default('error'),
      );
    command.action(async (dir: string, flags: object) =>
      setExit(await (await runners()).runDiff(dir, flags)),
    );
    helpAfter(
      command,
      name === 'diff'
        ? [
            'slipway diff                    # the working tree against where HEAD left the default branch',
            'slipway diff --base main --head HEAD --format markdown',
          ]
        : [
            'slipway check --fail-on warning',
            'slipway check --shard 2/5 --report p2.json && slipway check merge p*.json',
          ],
      name === 'diff' ? DIFF_EXITS : CHECK_EXITS,
    );
    if (name === 'check')
      command
        // `check merge … --format json`: the option belongs to merge, not to check
        .enablePositionalOptions()
        .command('merge')
        .description("Merge the shards' partial reports into the one predicted diff (exit 1 on errors).")
        .argument('<files...>', 'partial reports (files or folders of them)')
        .option(
          '--dir <dir>',
          'the git checkout the shards ran in (the apps are worked out again there)',
          '.',
        )
        .addOption(
          new Option('--format <format>', 'output format')
            .choices(['text', 'markdown', 'json'])
            .default('text'),
        )
        .addOption(
          new Option('--render <scope>', 'as the shards were given it')
            .choices(['changed', 'all'])
            .default('changed'),
        )
        .option('--repo-url <url>', 'as the shards were given it (repeatable)', collect)
        .option('--kustomize-build-options <options>', 'as the shards were given it')
        .option('--base-branch <name>', 'as the shards were given it')
        .option('--track-revisions <rev>', 'as the shards were given it (repeatable)', collect)
        .option('--context-lines <n>', 'lines of context around each change in the diffs', '3')
        .option('--argocd-url <url>', "the Argo CD UI's URL: markdown links each app to its page there")
        .action(async (files: string[], flags: { dir: string }) =>
          setExit(await (await runners()).runMerge(files, flags)),
        )
        .addHelpText(
          'after',
          `\nExamples:\n  slipway check merge p1.json p2.json p3.json\n  slipway check merge reports/ --format markdown\n\nExit codes: ${CHECK_EXITS}\n`,
        );
  }
  program
    .command('validate')
    .description('Render what each Argo CD application deploys and check it (a file: document by document).')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('--strict', 'also reject duplicate keys and unknown fields')
    .option('--require-schemas', 'a kind with no schema is an error, not a warning')
    .option(
      '--crd-catalog',
      "check custom resources without a CRD in the repository against popular operators' schemas (docs/crd-catalog.md)",
    )
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
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .action(async (paths: string[], flags: ValidateFlags) =>
      setExit(await (await runners()).runValidate(paths, flags)),
    );
  helpAfter(
    program.commands.at(-1) as Command,
    [
      'slipway validate                               # the repository in the current folder',
      'slipway validate --strict --format sarif . > slipway.sarif',
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
