// bump's settings, from the action's inputs or the CLI's flags (with the CLI's names in messages).
import { parseImageRef, validateOciDigest, type ImageRef } from '../core/image/imageRef.js';
import { AUTO_MERGE, type AutoMerge } from '../core/policy/autoMerge.js';
import { fieldsOf } from '../core/fields.js';
import { isRevision } from '../core/revision.js';
import { parseGitHub, runContext, type GitHubSettings, type RunContext } from './github.js';
import {
  actionInput,
  parseBoolean,
  parseChoice,
  parseGlobs,
  parseList,
  SettingsError,
  withRenamedInputs,
  type Environment,
  type InputGetter,
  type InputLabel,
} from './inputs.js';

/** Where the manifests are: a folder on disk, or a repository on GitHub. */
export type ManifestSource =
  | { kind: 'local'; dir: string }
  | {
      kind: 'github';
      owner: string;
      repo: string;
      base?: string;
      /** The repository's default branch when the event payload names it (it is the workflow's own repository). */
      defaultBranch?: string;
    };

/** `repository.default_branch` of the event payload, when the payload is of `owner/name`. */
function eventDefaultBranch(event: unknown, owner: string, repo: string): string | undefined {
  const repository = fieldsOf(fieldsOf(event).repository);
  const name = repository.default_branch;
  return repository.full_name === `${owner}/${repo}` && typeof name === 'string' && isRevision(name)
    ? name
    : undefined;
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
  /** Old input spellings this run used, each a sentence naming the new input. */
  deprecations: string[];
}

/**
 * `auto-merge-method`; a method given to `auto-merge` (its old meaning for bump) still works, with a
 * warning. `auto-merge: true` (check's switch) is refused: bump needs the method.
 */
function parseAutoMergeMethod(get: InputGetter, label: InputLabel, deprecations: string[]): AutoMerge {
  const method = parseChoice(get, 'auto-merge-method', AUTO_MERGE, 'off', label);
  const old = get('auto-merge').trim();
  if (get('auto-merge-method').trim() !== '' || ['', 'off', 'false'].includes(old)) return method;
  if (old === 'true')
    throw new SettingsError(
      `${label('auto-merge')} is check's switch; bump needs a merge method: set ${label('auto-merge-method')} to merge, squash or rebase.`,
    );
  const legacy = parseChoice(get, 'auto-merge', AUTO_MERGE, 'off', label);
  deprecations.push(
    `Input "auto-merge" takes true or false (check); for bump the merge method is "auto-merge-method" now (auto-merge: ${legacy} still works).`,
  );
  return legacy;
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

/**
 * Bump settings. `localDir` is set by the CLI when it edits a folder on disk; otherwise the manifests
 * are read from and written to GitHub (`manifests-repo`, default: the current repository).
 */
export function parseBumpSettings(
  get: InputGetter,
  env: Environment,
  localDir?: string,
  label: InputLabel = actionInput,
  event?: unknown,
): BumpSettings {
  const deprecations: string[] = [];
  get = withRenamedInputs(get, 'bump', deprecations);
  const updates = parseUpdates(get, label);
  const paths = parseGlobs(get, 'file-globs', label);
  const github = parseGitHub(get, env);
  let source: ManifestSource;
  if (localDir !== undefined) {
    source = { kind: 'local', dir: localDir };
  } else {
    const named = get('manifests-repo').trim() || env.GITHUB_REPOSITORY || '';
    if (named === '')
      throw new SettingsError(`${label('manifests-repo')} is required (owner/name) outside GitHub Actions.`);
    const base = get('base-branch').trim();
    if (base !== '' && !isRevision(base))
      throw new SettingsError(`${label('base-branch')} must be a branch name or a commit id; got "${base}".`);
    const repository = parseRepository(named, 'manifests-repo', label);
    // the workflow's own repository: its event payload names the default branch, a request saved
    const defaultBranch = base ? undefined : eventDefaultBranch(event, repository.owner, repository.repo);
    source = {
      kind: 'github',
      ...repository,
      ...(base && { base }),
      ...(defaultBranch && { defaultBranch }),
    };
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
    autoMerge: parseAutoMergeMethod(get, label, deprecations),
    context: runContext(env),
    deprecations,
  };
}
