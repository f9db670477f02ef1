// Raw inputs (action inputs, CLI flags, a test's map) → one typed settings object per command.
// Nothing here reads the environment by itself: callers pass a getter and the environment.
import { parseImageRef, validateOciDigest, type ImageRef } from './core/imageRef.js';
import { isRevision } from './core/revision.js';
import { parseShard, type Shard } from './core/diff/shards.js';
import { DEFAULT_KUBERNETES_VERSION } from './core/validate/rules.js';
import { isKubernetesVersion } from './core/validate/apiVersions.js';
import { AUTO_MERGE, type AutoMerge } from './core/policy/policy.js';
import { InputError } from './core/errors.js';
import { FAIL_ON, type FailOn } from './core/report/pullRequestFindings.js';
import { isAllowedBuildOption } from './core/render/kustomizeBuildOptions.js';

export const COMMANDS = ['bump', 'check', 'check-plan', 'check-merge'] as const;
export type CommandName = (typeof COMMANDS)[number];
export { AUTO_MERGE, type AutoMerge } from './core/policy/policy.js';

/** Reads one raw input by name; returns '' when it is not set. */
export type InputGetter = (name: string) => string;
export type Environment = Readonly<Record<string, string | undefined>>;

export class SettingsError extends InputError {
  override name = 'SettingsError';
}

/** How a message names an input: `Input "allow-downgrade"` in the action, `--allow-downgrade` in the CLI. */
export type InputLabel = (name: string) => string;
export const actionInput: InputLabel = (name) => `Input "${name}"`;

/** Where the manifests are: a folder on disk, or a repository on GitHub. */
export type ManifestSource =
  { kind: 'local'; dir: string } | { kind: 'github'; owner: string; repo: string; base?: string };

export interface GitHubSettings {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /**
   * Milliseconds between two writes (GitHub asks for one second; content-creating writes get three times
   * as long). SLIPWAY_GITHUB_WRITE_SPACING_MS changes it: a GitHub Enterprise Server with other limits, or
   * the test suite against its stand-in.
   */
  writeSpacingMs: number;
}

export interface RunContext {
  /** owner/name of the repository whose workflow runs (the app repo, for bump). */
  repository?: string;
  sha?: string;
  runUrl?: string;
}

export interface BumpSettings {
  command: 'bump';
  updates: ImageRef[];
  source: ManifestSource;
  paths: string[];
  allowDowngrade: boolean;
  /** How a refused downgrade says to force it: `allow-downgrade: true`, or `--allow-downgrade` in the CLI. */
  forceDowngrade: string;
  dryRun: boolean;
  github: GitHubSettings;
  pullRequest: boolean;
  branchPrefix: string;
  environment?: string;
  commitMessage: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  draft: boolean;
  autoMerge: AutoMerge;
  context: RunContext;
}

export { FAIL_ON, type FailOn } from './core/report/pullRequestFindings.js';

export interface CheckSettings {
  command: 'check' | 'check-plan' | 'check-merge';
  /** The checked-out manifests repository (the head of the pull request). */
  workspace: string;
  /** URLs of this repository as Applications may spell them. */
  repoUrls: string[];
  failOn: FailOn;
  kubernetesVersion: string;
  /** Files larger than this (bytes) are a finding and not read. */
  maxFileBytes: number;
  strict: boolean;
  requireSchemas: boolean;
  /** Extra `kustomize build` flags, as in argocd-cm kustomize.buildOptions. */
  kustomizeBuildOptions: string[];
  imageTagSeverity: ImageTagSeverity;
  /** Without Applications: only the folders under these globs are units. */
  paths: string[];
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
}

export const IMAGE_TAG_SEVERITY = ['error', 'warning', 'notice', 'off'] as const;
export type ImageTagSeverity = (typeof IMAGE_TAG_SEVERITY)[number];

export type Settings = BumpSettings | CheckSettings;

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

function parseChoice<T extends string>(
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

/** The command to run: the `command` input, else inferred from the event (pull requests → check). */
export function parseCommand(get: InputGetter, env: Environment): CommandName {
  const raw = get('command').trim();
  if (raw === '') {
    const event = env.GITHUB_EVENT_NAME ?? '';
    return event === 'pull_request' || event === 'pull_request_target' ? 'check' : 'bump';
  }
  if ((COMMANDS as readonly string[]).includes(raw)) return raw as CommandName;
  throw new SettingsError(
    `Input "command" must be one of ${COMMANDS.join(', ')} (or empty to infer it from the event); got "${raw}".`,
  );
}

function parseGlobs(get: InputGetter, name: string, label = actionInput): string[] {
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

/** Images from `images` (full references, one per line) and from `image` + `tag`/`digest`. */
function parseUpdates(get: InputGetter, label: InputLabel): ImageRef[] {
  const refs: string[] = parseList(get, 'images');
  const image = get('image').trim();
  const tag = get('tag').trim();
  const digest = get('digest').trim();
  if (image !== '') {
    refs.push(`${image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`);
  } else if (tag !== '' || digest !== '') {
    throw new SettingsError(
      label === actionInput
        ? 'Inputs "tag" and "digest" need "image": name the image they belong to.'
        : `${label('tag')} and ${label('digest')} need ${label('image')}: name the image they belong to.`,
    );
  }
  if (refs.length === 0)
    throw new SettingsError(
      label === actionInput
        ? 'Input "image" (with "tag") or "images" is required for bump.'
        : `${label('image')} (with ${label('tag')}) or ${label('images')} is required for bump.`,
    );
  const updates = refs.map((ref) => {
    try {
      const update = parseImageRef(ref);
      if (update.digest !== undefined) validateOciDigest(update.digest, ref);
      return update;
    } catch (error) {
      throw new SettingsError(`${label('images')}: ${(error as Error).message}.`);
    }
  });
  for (const update of updates) {
    if (update.tag === undefined && update.digest === undefined) {
      throw new SettingsError(
        `Image "${update.name}" has no tag or digest: set ${label('tag')} (or ${label('digest')}), or write name:tag, name@digest or name:tag@digest.`,
      );
    }
    if (updates.filter((u) => u.canonical === update.canonical).length > 1) {
      throw new SettingsError(`Image "${update.name}" is given twice; give each image once.`);
    }
  }
  return updates;
}

function parseRepository(value: string, name: string, label = actionInput): { owner: string; repo: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value.trim());
  if (!match) throw new SettingsError(`${label(name)} must be owner/name; got "${value}".`);
  return { owner: match[1] as string, repo: match[2] as string };
}

export function parseGitHub(get: InputGetter, env: Environment): GitHubSettings {
  const spacing = env.SLIPWAY_GITHUB_WRITE_SPACING_MS?.trim() || '1000';
  if (!/^\d{1,5}$/.test(spacing) || Number(spacing) > 60_000)
    throw new SettingsError(
      `SLIPWAY_GITHUB_WRITE_SPACING_MS must be milliseconds from 0 to 60000; got "${spacing}".`,
    );
  return {
    writeSpacingMs: Number(spacing),
    token: get('token').trim(),
    apiUrl: (get('github-api-url').trim() || env.GITHUB_API_URL || 'https://api.github.com').replace(
      /\/+$/,
      '',
    ),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
  };
}

export function runContext(env: Environment): RunContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    ...(env.GITHUB_REPOSITORY && { repository: env.GITHUB_REPOSITORY }),
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(runUrl && { runUrl }),
  };
}

/**
 * Bump settings. `localDir` is set by the CLI when it edits a folder on disk; otherwise the manifests
 * are read from and written to GitHub (`manifests-repo`, default: the current repository).
 */
export function parseBumpSettings(
  get: InputGetter,
  env: Environment,
  localDir?: string,
  label: InputLabel = actionInput,
): BumpSettings {
  const updates = parseUpdates(get, label);
  const paths = parseGlobs(get, 'paths', label);
  const github = parseGitHub(get, env);
  let source: ManifestSource;
  if (localDir !== undefined) {
    source = { kind: 'local', dir: localDir };
  } else {
    const named = get('manifests-repo').trim() || env.GITHUB_REPOSITORY || '';
    if (named === '')
      throw new SettingsError(`${label('manifests-repo')} is required (owner/name) outside GitHub Actions.`);
    const base = get('base').trim();
    if (base !== '' && !isRevision(base))
      throw new SettingsError(`${label('base')} must be a branch name or a commit id; got "${base}".`);
    source = { kind: 'github', ...parseRepository(named, 'manifests-repo', label), ...(base && { base }) };
    if (github.token === '') {
      throw new SettingsError(
        `${label('token')} is empty: pass a token that can write to the manifests repository.`,
      );
    }
  }
  const environment = get('environment').trim();
  if (environment !== '' && !/^[\w.-]+$/.test(environment)) {
    throw new SettingsError(
      `${label('environment')} may hold letters, digits, ".", "_" and "-" only; got "${environment}".`,
    );
  }
  const branchPrefix = get('branch-prefix').trim() || 'slipway';
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(branchPrefix)) {
    throw new SettingsError(
      `${label('branch-prefix')} must be a valid branch name prefix; got "${branchPrefix}".`,
    );
  }
  return {
    command: 'bump',
    updates,
    source,
    paths,
    allowDowngrade: parseBoolean(get, 'allow-downgrade', false, label),
    forceDowngrade: label === actionInput ? 'allow-downgrade: true' : label('allow-downgrade'),
    dryRun: parseBoolean(get, 'dry-run', false, label),
    github,
    pullRequest: parseBoolean(get, 'pull-request', true, label),
    branchPrefix,
    ...(environment && { environment }),
    commitMessage: get('commit-message').trim() || 'chore(deploy): bump {image} to {tag}',
    labels: parseList(get, 'labels'),
    reviewers: parseList(get, 'reviewers'),
    teamReviewers: parseList(get, 'team-reviewers'),
    assignees: parseList(get, 'assignees'),
    draft: parseBoolean(get, 'draft', false, label),
    autoMerge: parseChoice(get, 'auto-merge', AUTO_MERGE, 'off', label),
    context: runContext(env),
  };
}

type Obj = Record<string, unknown>;

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

/** The pull request of a pull_request / pull_request_target event, with the `base` input overriding its base. */
function pullRequestOf(event: unknown, base: string): CheckSettings['pullRequest'] {
  const pull = ((event ?? {}) as Obj).pull_request as Obj | undefined;
  const number = typeof pull?.number === 'number' ? pull.number : undefined;
  const baseSha = base || String(((pull?.base ?? {}) as Obj).sha ?? '');
  if (number === undefined || baseSha === '') return undefined;
  const head = (pull?.head ?? {}) as Obj;
  const headRepo = ((head.repo ?? {}) as Obj).full_name;
  const baseRepo = ((((pull?.base ?? {}) as Obj).repo ?? {}) as Obj).full_name;
  const fork =
    ((head.repo ?? {}) as Obj).fork === true ||
    (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
  return { number, baseSha, fork, ...(typeof head.sha === 'string' && { headSha: head.sha }) };
}

export function parseCheckSettings(get: InputGetter, env: Environment, event?: unknown): CheckSettings {
  const github = parseGitHub(get, env);
  const own = env.GITHUB_REPOSITORY ? [`${github.serverUrl}/${env.GITHUB_REPOSITORY}`] : [];
  const kubernetesVersion = get('kubernetes-version').trim() || DEFAULT_KUBERNETES_VERSION;
  if (!isKubernetesVersion(kubernetesVersion)) {
    throw new SettingsError(
      `Input "kubernetes-version" must be a Kubernetes minor version like 1.31; got "${kubernetesVersion}".`,
    );
  }
  const buildOptions = parseKustomizeBuildOptions(
    get('kustomize-build-options'),
    'Input "kustomize-build-options"',
  );
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
  const maxFileText = get('max-file-size').trim() || '10';
  if (!/^\d+(\.\d+)?$/.test(maxFileText) || !(Number(maxFileText) > 0))
    throw new SettingsError(
      `Input "max-file-size" must be a size in MiB like 10 or 64; got "${maxFileText}".`,
    );
  const pullRequest = pullRequestOf(event, base);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!pullRequest && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    // never fall back to a green head-only validation on a pull request whose payload is lost
    throw new SettingsError(
      `This is a ${eventName} run, but its event payload (GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH ?? 'unset'}) has no pull request number and base commit; the predicted diff cannot be computed. Run check on the pull_request event as the runner delivers it.`,
    );
  }
  return {
    command: 'check',
    workspace: env.GITHUB_WORKSPACE || '.',
    repoUrls: [...own, ...parseList(get, 'repo-url')],
    failOn: parseChoice(get, 'fail-on', FAIL_ON, 'error'),
    kubernetesVersion,
    maxFileBytes: Number(maxFileText) * 1024 * 1024,
    strict: parseBoolean(get, 'strict', false),
    requireSchemas: parseBoolean(get, 'require-schemas', false),
    kustomizeBuildOptions: buildOptions,
    imageTagSeverity: parseChoice(get, 'image-tag-severity', IMAGE_TAG_SEVERITY, 'warning'),
    paths: parseGlobs(get, 'paths'),
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
  };
}

/** Settings for whichever command the inputs name (or the event implies). */
export function parseSettings(get: InputGetter, env: Environment, event?: unknown): Settings {
  const command = parseCommand(get, env);
  if (command === 'bump') return parseBumpSettings(get, env);
  const settings = parseCheckSettings(get, env, event);
  return command === 'check' ? settings : { ...settings, command };
}
