// check's settings (check, check-plan, check-merge), from the action's inputs and the event payload.
import { parseShard, type Shard } from '../core/diff/shard.js';
import { FAIL_ON, type FailOn } from '../core/report/pullRequestFindings.js';
import { isRevision } from '../core/revision.js';
import { parseGitHub, type GitHubSettings } from './github.js';
import {
  parseBoolean,
  parseChoice,
  parseList,
  SettingsError,
  type Environment,
  type InputGetter,
} from './inputs.js';
import { parsePreviewOptions, type PreviewOptions } from './preview.js';
import { plainText } from '../core/plainText.js';
import type { Tracking } from '../core/argo/trackedRevision.js';

export interface CheckSettings extends PreviewOptions {
  command: 'check' | 'check-plan' | 'check-merge';
  /** The checked-out manifests repository (the head of the pull request). */
  workspace: string;
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
  /** Where the JSON report (or a shard's partial report) is written. */
  reportPath: string;
  /** This job's slot of a check spread over a job matrix (`shard: 3/8`). */
  shard?: Shard;
  /** check-merge: the shards' partial reports (files, or folders of them). */
  reports: string[];
  /** check-plan: the most shards it suggests. */
  maxShards: number;
  /** Read and keep tree indexes in the workspace's git folder (docs/tree-index.md); off unless asked. */
  treeIndex: boolean;
  /** The pull request's base branch and the default branch, from the event (docs/fleets.md). */
  tracking?: Tracking;
}

type Obj = Record<string, unknown>;

/** The pull request of a pull_request / pull_request_target event, with the `base` input overriding its base. */
function pullRequestOf(event: unknown, base: string): CheckSettings['pullRequest'] {
  const pull = ((event ?? {}) as Obj).pull_request as Obj | undefined;
  const number = typeof pull?.number === 'number' ? pull.number : undefined;
  const baseSha = base || plainText(((pull?.base ?? {}) as Obj).sha, '');
  if (number === undefined || baseSha === '') return undefined;
  const head = (pull?.head ?? {}) as Obj;
  const headRepo = ((head.repo ?? {}) as Obj).full_name;
  const baseRepo = ((((pull?.base ?? {}) as Obj).repo ?? {}) as Obj).full_name;
  // a head repository that is gone (`head.repo: null`, a deleted fork) is a fork's
  const fork =
    head.repo === null ||
    ((head.repo ?? {}) as Obj).fork === true ||
    (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
  return { number, baseSha, fork, ...(typeof head.sha === 'string' && { headSha: head.sha }) };
}

/**
 * The branch the pull request merges into (a push: the branch pushed to, whose pull requests its tree
 * index serves) and the repository's default branch (which `HEAD` means), from the event; undefined
 * without either.
 */
function trackingOf(event: unknown, also: readonly string[]): Tracking | undefined {
  const payload = (event ?? {}) as Obj;
  const pull = payload.pull_request as Obj | undefined;
  const ref = pull ? ((pull.base ?? {}) as Obj).ref : payload.ref;
  const branch = plainText(ref, '').replace(/^refs\/heads\//, '');
  if (!pull && plainText(ref, '').startsWith('refs/tags/')) return undefined;
  if (branch === '') return undefined;
  const repository = (payload.repository ?? ((pull?.base ?? {}) as Obj).repo ?? {}) as Obj;
  const defaultBranch = plainText(repository.default_branch, '');
  return { branch, ...(defaultBranch && { defaultBranch }), also };
}

export function parseCheckSettings(get: InputGetter, env: Environment, event?: unknown): CheckSettings {
  const github = parseGitHub(get, env);
  const own = env.GITHUB_REPOSITORY ? [`${github.serverUrl}/${env.GITHUB_REPOSITORY}`] : [];
  const commentId = get('comment-id').trim() || 'default';
  if (!/^[\w.-]+$/.test(commentId))
    throw new SettingsError(
      `Input "comment-id" may hold letters, digits, ".", "_" and "-" only; got "${commentId}".`,
    );
  const base = get('base').trim();
  if (base !== '' && !isRevision(base))
    throw new SettingsError(`Input "base" must be a branch name or a commit id; got "${base}".`);
  const shardText = get('shard').trim();
  const shard = shardText === '' ? undefined : parseShard(shardText);
  if (shardText !== '' && !shard)
    throw new SettingsError(
      `Input "shard" must be INDEX/COUNT with 1 ≤ INDEX ≤ COUNT ≤ 256, like 3/8; got "${shardText}".`,
    );
  const maxShardsText = get('max-shards').trim() || '10';
  const maxShards = Number(maxShardsText);
  if (!Number.isInteger(maxShards) || maxShards < 1 || maxShards > 256)
    throw new SettingsError(
      `Input "max-shards" must be a whole number from 1 to 256; got "${maxShardsText}".`,
    );
  const pullRequest = pullRequestOf(event, base);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!pullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    // never fall back to a green head-only validation on a pull request whose payload is lost
    throw new SettingsError(
      `This is a ${eventName} run, but its event payload (GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH ?? 'unset'}) has no pull request number and base commit; the predicted diff cannot be computed. Run check on the pull_request event as the runner delivers it.`,
    );
  }
  const preview = parsePreviewOptions(get, own);
  const tracking = trackingOf(event, preview.trackRevisions);
  return {
    command: 'check',
    workspace: env.GITHUB_WORKSPACE || '.',
    ...preview,
    ...(tracking && { tracking }),
    failOn: parseChoice(get, 'fail-on', FAIL_ON, 'error'),
    ...(pullRequest && { pullRequest }),
    ...(env.GITHUB_REPOSITORY?.includes('/') && {
      repository: {
        owner: env.GITHUB_REPOSITORY.split('/')[0] as string,
        repo: env.GITHUB_REPOSITORY.split('/')[1] as string,
      },
    }),
    github,
    render: parseChoice(get, 'render', ['changed', 'all'] as const, 'changed'),
    commentId,
    // check takes true/false; bump's method names also mean true, so one workflow-level value works for both
    autoMerge: !['off', 'false'].includes(
      parseChoice(get, 'auto-merge', ['off', 'false', 'true', 'merge', 'squash', 'rebase'] as const, 'off'),
    ),
    reportPath:
      get('report-file').trim() ||
      `${(env.RUNNER_TEMP || '.').replace(/\/+$/, '')}/slipway-check-${commentId}${shard ? `-shard-${shard.index}-of-${shard.count}` : ''}.json`,
    ...(shard && { shard }),
    reports: parseList(get, 'reports'),
    maxShards,
    treeIndex: parseBoolean(get, 'tree-index', false),
  };
}
