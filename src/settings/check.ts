// check's settings (check, check-plan, check-merge), from the action's inputs and the event payload.
import { isAbsolute, join } from 'node:path';
import { parseShard, type Shard } from '../core/diff/shard.js';
import { FAIL_ON, type FailOn } from '../core/report/pullRequestFindings.js';
import { isRevision } from '../core/revision.js';
import { parseGitHub, type GitHubSettings } from './github.js';
import {
  actionInput,
  parseBoolean,
  parseChoice,
  parseList,
  SettingsError,
  withRenamedInputs,
  type Environment,
  type InputGetter,
  type InputLabel,
} from './inputs.js';
import { parsePreviewOptions, type PreviewOptions } from './preview.js';
import { plainText } from '../core/plainText.js';
import { isObjectLike, objectOf } from '../core/fields.js';
import type { Tracking } from '../core/argo/trackedRevision.js';
import type { RenderProgress } from '../log.js';

export interface CheckSettings extends PreviewOptions {
  command: 'check' | 'check-plan' | 'check-merge';
  /** The checked-out manifests repository (the head of the pull request; the CLI's folder). */
  workspace: string;
  /** A base revision to compare with instead of the pull request's base (the CLI: instead of where HEAD left the default branch). */
  base?: string;
  /** The CLI's head revision; unset: the checkout as it is (the working tree). */
  head?: string;
  failOn: FailOn;
  /** The pull request being checked: without one, check validates the head only. */
  pullRequest?: { number: number; baseSha: string; headSha?: string; fork: boolean };
  /** Enable GitHub auto-merge on pull requests the policy finds eligible. */
  autoMerge: boolean;
  /** Owner and name of this repository, for the comment. */
  repository?: { owner: string; repo: string };
  github: GitHubSettings;
  render: 'changed' | 'all';
  /** Tells several check jobs' comments apart: `<!-- slipway:check:<id> -->`. */
  commentId: string;
  /** Where the JSON report (or a shard's partial report) is written; the CLI writes none unless asked. */
  reportPath?: string;
  /** This job's slot of a check spread over a job matrix (`shard: 3/8`). */
  shard?: Shard;
  /** check-merge: the shards' partial reports (files, or folders of them). */
  reports: string[];
  /** check-plan: the most shards it suggests. */
  maxShards: number;
  /** Read and keep tree indexes in the workspace's git folder (docs/tree-index.md); off unless asked. */
  treeIndex: boolean;
  /** The pull request's base branch and the default branch, from the event (docs/fleets.md); the CLI's from git. */
  tracking?: Tracking;
  /** The CLI's --base-branch: the branch the change merges into; unset: the branch --base names, else the default branch. */
  baseBranch?: string;
  /** The CLI's progress line. */
  progress?: RenderProgress;
  /** Old input spellings this run used, each a sentence naming the new input. */
  deprecations: string[];
}

/**
 * `auto-merge`: true or false. A merge method (bump's old meaning of the input, now
 * `auto-merge-method`) still reads as true, with a warning: the method comes from the policy file.
 */
function parseAutoMergeSwitch(get: InputGetter, label: InputLabel, deprecations: string[]): boolean {
  const value = parseChoice(
    get,
    'auto-merge',
    ['false', 'true', 'off', 'merge', 'squash', 'rebase'] as const,
    'false',
    label,
  );
  if (['merge', 'squash', 'rebase'].includes(value))
    deprecations.push(
      `Input "auto-merge" takes true or false for check (the merge method comes from the policy file); "${value}" is read as true.`,
    );
  return !['false', 'off'].includes(value);
}

/**
 * The folder the manifests repository is checked out in: the `path` input (as actions/checkout's), inside
 * GITHUB_WORKSPACE.
 */
function checkoutFolder(workspace: string, path: string): string {
  if (path === '') return workspace;
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..'))
    throw new SettingsError(
      `Input "path" is the folder inside GITHUB_WORKSPACE the manifests repository is checked out in (as actions/checkout's path); "${path}" is not inside it.`,
    );
  return join(workspace, path);
}

/** The pull request of a pull_request / pull_request_target event, with the `base` input overriding its base. */
function pullRequestOf(event: unknown, base: string): CheckSettings['pullRequest'] {
  const pull = objectOf(objectOf(event).pull_request);
  const number = typeof pull.number === 'number' ? pull.number : undefined;
  const pullBase = objectOf(pull.base);
  const baseSha = base || plainText(pullBase.sha, '');
  if (number === undefined || baseSha === '') return undefined;
  const head = objectOf(pull.head);
  const headRepo = objectOf(head.repo).full_name;
  const baseRepo = objectOf(pullBase.repo).full_name;
  // a head repository that is gone (`head.repo: null`, a deleted fork) is a fork's
  const fork =
    head.repo === null ||
    objectOf(head.repo).fork === true ||
    (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
  return { number, baseSha, fork, ...(typeof head.sha === 'string' && { headSha: head.sha }) };
}

/**
 * The branch the pull request merges into (a push: the branch pushed to, whose pull requests its tree
 * index serves) and the repository's default branch (which `HEAD` means), from the event; undefined
 * without either.
 */
function trackingOf(event: unknown, also: readonly string[]): Tracking | undefined {
  const payload = objectOf(event);
  const pull = isObjectLike(payload.pull_request) ? payload.pull_request : undefined;
  const ref = pull ? objectOf(pull.base).ref : payload.ref;
  const branch = plainText(ref, '').replace(/^refs\/heads\//, '');
  if (!pull && plainText(ref, '').startsWith('refs/tags/')) return undefined;
  if (branch === '') return undefined;
  const repository = objectOf(payload.repository ?? objectOf(pull?.base).repo);
  const defaultBranch = plainText(repository.default_branch, '');
  return { branch, ...(defaultBranch && { defaultBranch }), also };
}

/** How the CLI calls parseCheckSettings: its folder, its flag names, and no event. */
export interface CheckFrontEnd {
  /** The checkout (the CLI's `[dir]`); the action reads GITHUB_WORKSPACE and its `path` input. */
  workspace: string;
  label: InputLabel;
}

/**
 * check's settings from the action's inputs and event, or (with `cli`) from the CLI's flags of the same
 * names: one parser, so an input and its flag mean the same.
 */
export function parseCheckSettings(
  get: InputGetter,
  env: Environment,
  event?: unknown,
  cli?: CheckFrontEnd,
): CheckSettings {
  const label = cli?.label ?? actionInput;
  const deprecations: string[] = [];
  get = withRenamedInputs(get, 'check', deprecations);
  const github = parseGitHub(get, env);
  const own = env.GITHUB_REPOSITORY ? [`${github.serverUrl}/${env.GITHUB_REPOSITORY}`] : [];
  const commentId = get('comment-id').trim() || 'default';
  if (!/^[\w.-]+$/.test(commentId))
    throw new SettingsError(
      `${label('comment-id')} may hold letters, digits, ".", "_" and "-" only; got "${commentId}".`,
    );
  const revision = (name: string) => {
    const value = get(name).trim();
    if (value !== '' && !isRevision(value))
      throw new SettingsError(`${label(name)} must be a branch name or a commit id; got "${value}".`);
    return value;
  };
  const base = revision('base-revision');
  const head = cli ? revision('head') : '';
  const shardText = get('shard').trim();
  const shard = shardText === '' ? undefined : parseShard(shardText);
  if (shardText !== '' && !shard)
    throw new SettingsError(
      `${label('shard')} must be INDEX/COUNT with 1 ≤ INDEX ≤ COUNT ≤ 256, like 3/8; got "${shardText}".`,
    );
  const maxShardsText = get('max-shards').trim() || '10';
  const maxShards = Number(maxShardsText);
  if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > 256)
    throw new SettingsError(
      `${label('max-shards')} must be a whole number from 1 to 256; got "${maxShardsText}".`,
    );
  // the CLI checks a local checkout: no event, even when it runs inside a workflow
  const pullRequest = cli ? undefined : pullRequestOf(event, base);
  const eventName = cli ? '' : (env.GITHUB_EVENT_NAME ?? '');
  if (!pullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    // never fall back to a green head-only validation on a pull request whose payload is lost
    throw new SettingsError(
      `This is a ${eventName} run, but its event payload (GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH ?? 'unset'}) has no pull request number and base commit; the predicted diff cannot be computed. Run check on the pull_request event as the runner delivers it.`,
    );
  }
  const reportFile = get('report-file').trim();
  const preview = parsePreviewOptions(get, own, label);
  // the action knows the branches from the event; the CLI from --base-branch or its git (runners.ts)
  const tracking = cli ? undefined : trackingOf(event, preview.trackRevisions);
  const baseBranch = cli
    ? get('base-branch')
        .trim()
        .replace(/^refs\/heads\//, '')
    : '';
  return {
    command: 'check',
    workspace: cli ? cli.workspace : checkoutFolder(env.GITHUB_WORKSPACE || '.', get('path').trim()),
    ...(base && { base }),
    ...(head && { head }),
    ...preview,
    ...(tracking && { tracking }),
    ...(baseBranch && { baseBranch }),
    failOn: parseChoice(get, 'fail-on', FAIL_ON, 'error', label),
    ...(pullRequest && { pullRequest }),
    ...(env.GITHUB_REPOSITORY?.includes('/') && {
      repository: {
        owner: env.GITHUB_REPOSITORY.split('/')[0] as string,
        repo: env.GITHUB_REPOSITORY.split('/')[1] as string,
      },
    }),
    github,
    render: parseChoice(get, 'render', ['changed', 'all'] as const, 'changed', label),
    commentId,
    autoMerge: parseAutoMergeSwitch(get, label, deprecations),
    // the action writes the report to the runner's temporary folder; the CLI writes one only when asked
    // (a shard always: its partial report is its result)
    ...(reportFile
      ? { reportPath: reportFile }
      : cli
        ? shard && { reportPath: 'slipway-partial.json' }
        : {
            reportPath: `${(env.RUNNER_TEMP || '.').replace(/\/+$/, '')}/slipway-check-${commentId}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}.json`,
          }),
    ...(shard && { shard }),
    reports: parseList(get, 'reports'),
    maxShards,
    treeIndex: parseBoolean(get, 'tree-index', false, label),
    deprecations,
  };
}
