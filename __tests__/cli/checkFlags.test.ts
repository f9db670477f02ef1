// The CLI's `check` takes every option of the action's check, under the input's name and with its
// meaning: the flags (src/cli/options.ts) are held equal to the inputs check reads, and a flag and its
// input, unset or given the same value, give the same settings through the same parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COMMAND_FLAGS, inputOf } from '../../src/cli/options.js';
import { buildProgram } from '../../src/cli/program.js';
import { checkoutReads } from '../../src/cli/flagInputs.js';
import { cliCheckSettings } from '../../src/cli/runners.js';
import { parseSettings, RENAMED_INPUTS, type CheckSettings } from '../../src/settings.js';
import { ROOT } from '../support/runAction.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** Inputs only the GitHub publisher uses: the CLI publishes on the terminal, and reads no event. */
const GITHUB_ONLY = new Set([
  'command', // the CLI names its command: check, check plan, check merge
  'token', // the CLI reads no GitHub API
  'github-api-url',
  'auto-merge', // enables GitHub's auto-merge on the pull request
  'path', // where GITHUB_WORKSPACE holds the checkout: the CLI's [dir] argument
  // the old spellings of base-revision and unit-globs
  ...Object.keys(RENAMED_INPUTS),
]);

/** Every input the action's check, check-plan and check-merge read. */
function inputsReadByCheck(): Set<string> {
  const read = new Set<string>();
  for (const command of ['check', 'check-plan', 'check-merge'])
    parseSettings((name) => {
      read.add(name);
      return name === 'command' ? command : '';
    }, {});
  return read;
}

const CHECK_COMMANDS = ['check', 'check merge', 'check plan'] as const;

/** The action inputs the CLI's check commands take as flags. */
function checkFlagInputs(): Set<string> {
  return new Set(
    CHECK_COMMANDS.flatMap((command) => COMMAND_FLAGS[command].flatMap((key) => inputOf(key) ?? [])),
  );
}

test('every input of the action check is a flag of the CLI check (reports: the arguments of check merge)', () => {
  const inputs = [...inputsReadByCheck()].filter((name) => !GITHUB_ONLY.has(name)).sort();
  expect([...checkFlagInputs(), 'reports'].sort()).toEqual(inputs);
  for (const name of inputs) expect(Object.keys(action.inputs)).toContain(name);
});

/** The flags commander gives `slipway <command> <args>`'s action. */
async function cliFlags(command: string, args: string[]): Promise<Record<string, unknown>> {
  const program = buildProgram(() => undefined);
  const [name, sub] = command.split(' ') as [string, string | undefined];
  let target = program.commands.find((c) => c.name() === name);
  if (sub) target = target?.commands.find((c) => c.name() === sub);
  let flags: Record<string, unknown> = {};
  target?.action((_: unknown, options: Record<string, unknown>) => {
    flags = options;
  });
  await program.parseAsync(['node', 'slipway', ...command.split(' '), ...args]);
  return flags;
}

/** check's settings from the CLI's flags, as commander parses them for `slipway <command>`. */
async function cliSettings(command: (typeof CHECK_COMMANDS)[number], args: string[]) {
  return cliCheckSettings(command, '.', await cliFlags(command, args), {}, undefined);
}

// git is asked ahead from the flags as they are, before the settings (and the code parsing them) load:
// what the flags say the run reads must be what the settings say, or the run asks git again
test.each([
  ['diff', []],
  ['diff', ['--base-revision', 'main', '--head', 'feature/x']],
  ['diff', ['--base', 'v1.2.0', '--no-tree-index']],
  ['check', ['--base-revision', '0123abc', '--tree-index']],
  ['check', ['--head', 'HEAD~1']],
  ['check plan', ['--base-revision', 'origin/main']],
] as const)('the revisions `slipway %s %j` reads are known from its flags alone', async (command, args) => {
  const flags = await cliFlags(command, [...args]);
  const { base, head, treeIndex } = cliCheckSettings(command, '.', flags, {}, undefined);
  expect(checkoutReads(command, flags)).toEqual({ ...(base && { base }), ...(head && { head }), treeIndex });
});

/** check's settings from the action's inputs (unset ones at action.yml's default, as the runner gives them). */
function actionSettings(inputs: Record<string, string>): CheckSettings {
  const settings = parseSettings(
    (name) => (name === 'command' ? 'check' : (inputs[name] ?? String(action.inputs[name]?.default ?? ''))),
    {},
  );
  return settings as CheckSettings;
}

/**
 * What the front ends may differ in: the folder (workspace vs [dir]), the default report file (the
 * runner's temporary folder vs none), and GitHub's address and token (GITHUB_ONLY).
 */
function comparable(settings: CheckSettings, keepReport: boolean) {
  const { workspace, reportPath, github, ...rest } = settings;
  void workspace;
  void github;
  return keepReport ? { ...rest, reportPath } : rest;
}

/**
 * A value other than the default for each input, and the CLI's flags that give it (`with`: inputs it
 * needs beside it, given on both sides; the flags name them too).
 */
const SAMPLES: Record<string, { input: string; flags: string[]; with?: Record<string, string> }> = {
  'base-revision': { input: 'main', flags: ['--base-revision', 'main'] },
  render: { input: 'all', flags: ['--render', 'all'] },
  'repo-url': {
    input: 'https://a.example/x.git\nhttps://b.example/x.git',
    flags: ['--repo-url', 'https://a.example/x.git', '--repo-url', 'https://b.example/x.git'],
  },
  'kubernetes-version': { input: '1.25', flags: ['--kubernetes-version', '1.25'] },
  'kustomize-build-options': {
    input: '--enable-helm',
    flags: ['--kustomize-build-options', '--enable-helm'],
  },
  'unit-globs': {
    input: 'apps/*\nteams/*',
    flags: ['--unit-globs', 'apps/*', '--unit-globs', 'teams/*'],
  },
  strict: { input: 'true', flags: ['--strict'] },
  'require-schemas': { input: 'true', flags: ['--require-schemas'] },
  'max-file-size': { input: '2', flags: ['--max-file-size', '2'] },
  'image-tag-severity': { input: 'error', flags: ['--image-tag-severity', 'error'] },
  'fail-on': { input: 'warning', flags: ['--fail-on', 'warning'] },
  'comment-id': { input: 'prod', flags: ['--comment-id', 'prod'] },
  shard: { input: '2/3', flags: ['--shard', '2/3'] },
  'report-file': { input: 'r.json', flags: ['--report-file', 'r.json'] },
  'tree-index': { input: 'true', flags: ['--tree-index'] },
  'render-cache': { input: 'true', flags: ['--render-cache'] },
  'max-shards': { input: '4', flags: ['--max-shards', '4'] },
  'crd-catalog': { input: 'true', flags: ['--crd-catalog'] },
  'track-revisions': {
    input: 'release-1\nstable',
    flags: ['--track-revisions', 'release-1', '--track-revisions', 'stable'],
  },
  selector: { input: 'team=payments', flags: ['--selector', 'team=payments'] },
  'context-lines': { input: '5', flags: ['--context-lines', '5'] },
  'argocd-url': {
    input: 'https://argocd.example.com',
    flags: ['--argocd-url', 'https://argocd.example.com'],
  },
  'ignore-resources': {
    input: 'apps:Deployment:*\n:ConfigMap:*-cache',
    flags: ['--ignore-resources', 'apps:Deployment:*', '--ignore-resources', ':ConfigMap:*-cache'],
  },
  'ignore-lines': {
    input: 'checksum/config: [a-f0-9]+\n^\\s*date: ',
    flags: ['--ignore-lines', 'checksum/config: [a-f0-9]+', '--ignore-lines', '^\\s*date: '],
  },
  clusters: { input: 'argocd/clusters', flags: ['--clusters', 'argocd/clusters'] },
  'new-git-file-globbing': { input: 'true', flags: ['--new-git-file-globbing'] },
  'applications-repository': {
    input: 'acme/argocd-apps',
    flags: ['--applications-repository', 'acme/argocd-apps'],
  },
  'applications-revision': {
    input: 'release-1',
    flags: ['--applications-repository', 'acme/argocd-apps', '--applications-revision', 'release-1'],
    with: { 'applications-repository': 'acme/argocd-apps' },
  },
  'applications-path': {
    input: 'argocd/apps',
    flags: ['--applications-repository', 'acme/argocd-apps', '--applications-path', 'argocd/apps'],
    with: { 'applications-repository': 'acme/argocd-apps' },
  },
};

test('unset, a flag and its input give the same settings', async () => {
  expect(comparable(await cliSettings('check', []), false)).toEqual(comparable(actionSettings({}), false));
});

test.each([...checkFlagInputs()].sort())(
  'the flag of input %s, given a value, gives the settings the input gives',
  async (input) => {
    const sample = SAMPLES[input];
    if (!sample) throw new Error(`no sample value for input ${input}: add one to SAMPLES`);
    const command = CHECK_COMMANDS.find((c) =>
      COMMAND_FLAGS[c].some((key) => inputOf(key) === input),
    ) as (typeof CHECK_COMMANDS)[number];
    const cli = await cliSettings(command, sample.flags);
    const fromAction = actionSettings({ ...sample.with, [input]: sample.input });
    expect(comparable(cli, input === 'report-file')).toEqual(comparable(fromAction, input === 'report-file'));
    // and it is not the default: the sample is seen
    expect(comparable(fromAction, true)).not.toEqual(comparable(actionSettings({ ...sample.with }), true));
  },
);

test('--enable-helm adds itself to the kustomize build options, as the input would', async () => {
  const cli = await cliSettings('check', ['--enable-helm']);
  expect(cli.kustomizeBuildOptions).toEqual(
    actionSettings({ 'kustomize-build-options': '--enable-helm' }).kustomizeBuildOptions,
  );
});
