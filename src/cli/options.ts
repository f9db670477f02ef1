// Every CLI flag, in one table, and which commands take it. program.ts builds the commands' options from
// it and runners.ts turns the flags back into inputs of the same names, so the settings are parsed by the
// functions the action uses (settings/*.ts): a flag named like an action input means what the input means,
// with the same default (__tests__/cli/checkFlags.test.ts holds the two lists equal).
//
// To add an option: one entry in FLAGS (named as the action input, when there is one), its name in the
// COMMAND_FLAGS lists of the commands that take it, and its parsing in the settings (the action input in
// action.yml too). Nothing else: the flag's value reaches the settings under its name.
import { DEFAULT_KUBERNETES_VERSION } from '../core/validate/apiVersions.js';

export interface FlagSpec {
  /** The value's placeholder (`<X.Y>`); none: a switch. */
  value?: string;
  /** One line for --help. */
  description: string;
  choices?: readonly string[];
  /** What the flag is when not given (shown by --help); none: the settings' own default. */
  default?: string;
  /** Given once per value; the values reach the settings one per line, as an action input's list. */
  repeatable?: boolean;
  /** A switch that is on unless `--no-<name>` (the flag itself is `--no-<name>`). */
  negatable?: boolean;
  /** Only the CLI has it: no action input of this name (the folder, the head revision, the format). */
  cliOnly?: true;
  /** Old spellings that still work, hidden from --help: `--json` stands for `--format json`. */
  aliases?: ReadonlyArray<{ flag: string; value?: string }>;
  /** The input the flag stands for, when its name is not the flag's (`--repo` → manifests-repo). */
  input?: string;
}

const KUBERNETES_VERSION: FlagSpec = {
  value: '<X.Y>',
  description: 'the cluster version removed and deprecated APIs are judged against',
  default: DEFAULT_KUBERNETES_VERSION,
};

/** Every flag, by its long name (the action input's name where it has one). */
export const FLAGS = {
  // bump
  dir: { value: '<dir>', description: 'the manifests folder to edit in place', default: '.', cliOnly: true },
  'file-globs': {
    value: '<glob>',
    description: 'only files matching this glob, e.g. envs/staging/** (repeatable)',
    repeatable: true,
    aliases: [{ flag: '--path <glob>' }],
  },
  image: { value: '<name>', description: 'an image name (with --tag and/or --digest)' },
  tag: { value: '<tag>', description: 'the new tag for --image' },
  digest: { value: '<digest>', description: 'the new digest for --image' },
  'dry-run': { description: 'print a unified diff and write nothing' },
  'allow-downgrade': { description: 'allow a semver downgrade' },
  'bump-format': {
    value: '<format>',
    description: 'output format',
    choices: ['text', 'json'],
    default: 'text',
    cliOnly: true,
    aliases: [{ flag: '--json', value: 'json' }],
  },
  verbose: { description: 'also list files that were not valid YAML', cliOnly: true },
  repo: {
    value: '<owner/name>',
    description: 'bump on GitHub instead of a folder (token from GITHUB_TOKEN)',
    input: 'manifests-repo',
  },
  'base-branch': {
    value: '<branch>',
    description: 'with --repo: the branch to bump (default: the default branch)',
    aliases: [{ flag: '--base <branch>' }],
  },
  'pull-request': {
    description: 'with --repo: commit straight to the base branch',
    negatable: true,
  },
  environment: { value: '<name>', description: 'with --repo: names the pull request and its branch' },
  'branch-prefix': {
    value: '<prefix>',
    description: 'with --repo: prefix of the bot branches',
    default: 'slipway',
  },
  // diff, check, validate
  'base-revision': {
    value: '<rev>',
    description: 'the base revision (default: where HEAD left the default branch)',
    aliases: [{ flag: '--base <rev>' }],
  },
  head: {
    value: '<rev>',
    description: 'head revision (default: the working tree)',
    cliOnly: true,
  },
  format: {
    value: '<format>',
    description: 'output format',
    choices: ['text', 'markdown', 'json', 'sarif'],
    default: 'text',
    cliOnly: true,
  },
  'merge-format': {
    value: '<format>',
    description: 'output format',
    choices: ['text', 'markdown', 'json'],
    default: 'text',
    cliOnly: true,
  },
  'validate-format': {
    value: '<format>',
    description: 'output format',
    choices: ['text', 'json', 'sarif'],
    default: 'text',
    cliOnly: true,
  },
  render: {
    value: '<scope>',
    description: 'render only the apps a change can affect, or all',
    choices: ['changed', 'all'],
    default: 'changed',
  },
  'repo-url': {
    value: '<url>',
    description: 'another URL of this repository, as Applications spell it (repeatable)',
    repeatable: true,
  },
  'kubernetes-version': KUBERNETES_VERSION,
  'kustomize-build-options': {
    value: '<options>',
    description: 'extra kustomize build flags, as argocd-cm kustomize.buildOptions (e.g. "--enable-helm")',
  },
  'enable-helm': {
    description:
      'inflate helmCharts vendored in the repository (adds --enable-helm to the kustomize build options)',
    cliOnly: true,
  },
  'unit-globs': {
    value: '<glob>',
    description: 'in a repository without Argo CD Applications: the folders that are units (repeatable)',
    repeatable: true,
  },
  strict: { description: 'also reject duplicate keys and unknown fields' },
  'require-schemas': { description: 'a kind with no schema is an error, not a warning' },
  'max-file-size': {
    value: '<MiB>',
    description: 'files larger than this are a finding and not read (never skipped in silence)',
    default: '10',
  },
  'image-tag-severity': {
    value: '<severity>',
    description: 'how untagged and latest images are reported',
    choices: ['error', 'warning', 'notice', 'off'],
    default: 'warning',
  },
  'fail-on': {
    value: '<severity>',
    description: 'the lowest severity that fails the check',
    choices: ['error', 'warning', 'never'],
    default: 'error',
  },
  'comment-id': {
    value: '<id>',
    description: "the id in the comment's marker (<!-- slipway:check:<id> -->), for --format markdown",
    default: 'default',
  },
  shard: {
    value: '<i/n>',
    description: 'render only the affected apps of shard i of n and write a partial report (--report-file)',
  },
  'report-file': {
    value: '<file>',
    description:
      "where the JSON report (a shard's: its partial report, default slipway-partial.json) is written",
    aliases: [{ flag: '--report <file>' }],
  },
  'tree-index': {
    description:
      "read and keep what a preview learns of the base in the repository's git folder (docs/tree-index.md)",
  },
  'no-tree-index': {
    description: "do not keep (or read) what a preview learns of a revision in the repository's git folder",
    negatable: true,
    input: 'tree-index',
  },
  'render-cache': {
    description:
      "validate keeps every render in the repository's git folder; diff and check render the base from there (docs/tree-index.md)",
  },
  'crd-catalog': {
    description:
      "check custom resources without a CRD in the repository against popular operators' schemas (docs/crd-catalog.md)",
  },
  'check-base-branch': {
    value: '<branch>',
    description:
      'the branch the change merges into (default: the branch --base-revision names, else the default branch; docs/fleets.md)',
    cliOnly: true,
  },
  'track-revisions': {
    value: '<rev>',
    description:
      'a targetRevision to preview as the base branch, like a branch kept in step with it (repeatable)',
    repeatable: true,
  },
  selector: {
    value: '<selector>',
    description: 'preview only the Applications whose labels match, like team=payments,tier!=batch',
  },
  'context-lines': {
    value: '<n>',
    description: 'lines of context around each change in the diffs (0 to 50)',
    default: '3',
  },
  'ignore-resources': {
    value: '<group:kind:name>',
    description:
      'leave out the changes of matching objects, like apps:Deployment:* (counted, never auto-merged; repeatable)',
    repeatable: true,
  },
  'ignore-lines': {
    value: '<regexp>',
    description:
      'show a change whose every changed line matches this RE2 pattern without its diff (never auto-merged; repeatable)',
    repeatable: true,
  },
  clusters: {
    value: '<folder>',
    description:
      "the repository's folder of Argo CD cluster Secrets the cluster generator reads, at the base revision",
  },
  'new-git-file-globbing': {
    description:
      'match ApplicationSet git files paths as doublestar globs, as Argo CD with applicationsetcontroller.enable.new.git.file.globbing',
  },
  'applications-repository': {
    value: '<url>',
    description:
      'another repository holding Applications whose sources point at this one (a URL or owner/name; docs/other-repositories.md)',
  },
  'applications-revision': {
    value: '<rev>',
    description:
      'the revision of --applications-repository to read the Applications at (default: HEAD, its default branch)',
  },
  'applications-path': {
    value: '<folder>',
    description: 'the folder of --applications-repository to find Applications in (default: all of it)',
  },
  'argocd-url': {
    value: '<url>',
    description: "the Argo CD UI's URL: the markdown links each app to its page there",
  },
  'max-shards': {
    value: '<n>',
    description: 'the most shards to suggest (about 100 affected apps per shard)',
    default: '10',
  },
  'plan-format': {
    value: '<format>',
    description: 'output format',
    choices: ['text', 'json'],
    default: 'text',
    cliOnly: true,
  },
  'merge-dir': {
    value: '<dir>',
    description: 'the git checkout the shards ran in (the apps are worked out again there)',
    default: '.',
    cliOnly: true,
  },
} satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

/** The flag a table entry makes: most are named as their key; a few keys tell same-named flags apart. */
export function flagName(key: FlagName): string {
  const spec: FlagSpec = FLAGS[key];
  if (spec.negatable) return key.replace(/^no-/, '');
  const named: Record<string, string | undefined> = {
    'bump-format': 'format',
    'bump-base': 'base',
    'merge-format': 'format',
    'validate-format': 'format',
    'plan-format': 'format',
    'merge-dir': 'dir',
    'check-base-branch': 'base-branch',
    'no-tree-index': 'tree-index',
  };
  return named[key] ?? key;
}

/** The action input a flag stands for (undefined: a flag of the CLI only). */
export function inputOf(key: FlagName): string | undefined {
  const spec: FlagSpec = FLAGS[key];
  if (spec.cliOnly) return undefined;
  return spec.input ?? flagName(key);
}

const PREVIEW: FlagName[] = [
  'render',
  'repo-url',
  'kubernetes-version',
  'kustomize-build-options',
  'enable-helm',
  'unit-globs',
  'strict',
  'require-schemas',
  'max-file-size',
  'image-tag-severity',
  'crd-catalog',
  'track-revisions',
  'selector',
  'context-lines',
  'argocd-url',
  'ignore-resources',
  'ignore-lines',
  'clusters',
  'new-git-file-globbing',
  'applications-repository',
  'applications-revision',
  'applications-path',
];

/** Each command's flags, in --help's order. */
export const COMMAND_FLAGS = {
  bump: [
    'dir',
    'file-globs',
    'image',
    'tag',
    'digest',
    'dry-run',
    'allow-downgrade',
    'bump-format',
    'verbose',
    'repo',
    'base-branch',
    'pull-request',
    'environment',
    'branch-prefix',
  ],
  diff: [
    'base-revision',
    'check-base-branch',
    'head',
    'format',
    ...PREVIEW,
    'shard',
    'report-file',
    'no-tree-index',
    'render-cache',
  ],
  check: [
    'base-revision',
    'check-base-branch',
    'head',
    'format',
    ...PREVIEW,
    'fail-on',
    'comment-id',
    'shard',
    'report-file',
    'tree-index',
    'render-cache',
  ],
  'check merge': [
    'merge-dir',
    'check-base-branch',
    'merge-format',
    ...PREVIEW,
    'fail-on',
    'comment-id',
    'report-file',
  ],
  'check plan': ['base-revision', 'check-base-branch', 'head', 'plan-format', ...PREVIEW, 'max-shards'],
  validate: [
    'strict',
    'require-schemas',
    'max-file-size',
    'image-tag-severity',
    'kubernetes-version',
    'repo-url',
    'kustomize-build-options',
    'enable-helm',
    'crd-catalog',
    'render-cache',
    'validate-format',
  ],
} satisfies Record<string, FlagName[]>;

export type CliCommand = keyof typeof COMMAND_FLAGS;

/** commander's attribute for a flag (`--kubernetes-version` → kubernetesVersion). */
export const attributeOf = (flag: string): string =>
  flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
