// Whether a manifests pull request may merge on its own, judged on its predicted cluster diff. An allowlist:
// every changed object is a workload (or an Application) whose only difference is the version (tag,
// digest) of an image of the same repository, within the auto-merge level of the environment it lands in;
// any other difference — of an object, an Application, an ApplicationSet, an AppProject or a hook — is a
// reason, named.
import picomatch from 'picomatch';
import { parseAllDocuments } from 'yaml';
import type { ClusterDiff, ObjectChange } from '../diff/diffModel.js';
import { describeDifferences, differences, versionless } from '../diff/imageVersions.js';
import { mayDeclareArgoResource } from '../argo/discovery.js';
import type { FileTree, TreeEntry } from '../fileTree.js';
import { tryParseImageRef, type ImageRef } from '../image/imageRef.js';
import { plainText } from '../plainText.js';
import { blocksAutoMerge } from '../rules.js';
import type { Obj } from '../render/objects.js';
import { admits, environmentOf, POLICY_FILES, updateType, type Policy, type PolicyError } from './policy.js';
import { isFields, objectOf } from '../fields.js';

export interface Eligibility {
  eligible: boolean;
  reasons: string[];
}

export interface EligibilityInput {
  policy?: Policy;
  policyErrors: PolicyError[];
  fork: boolean;
  changedFiles: readonly string[];
  /** Changed files that no app reads (from computeDiff): the preview cannot speak for them. */
  uncovered: readonly string[];
  diff: ClusterDiff;
  /** The two revisions: the Argo CD definitions (ApplicationSets, AppProjects) of changed files are compared. */
  trees?: { base: FileTree; head: FileTree };
}

/**
 * A pull request is eligible only when the preview saw everything it changes: every app it touches was
 * rendered without error, no Application it touches is not previewed, its Applications keep their
 * destination, sources, project and sync policy, and every other file it changes is allowed by the policy.
 */
function completeness(input: EligibilityInput, policy: Policy): string[] {
  const reasons: string[] = [];
  const changed = new Set(input.changedFiles);
  for (const entry of input.diff.notPreviewed)
    if (changed.has(entry.file)) reasons.push(`app ${entry.name} is not previewed (${entry.reason})`);
  for (const app of input.diff.apps) {
    const incomplete = app.findings.find(blocksAutoMerge);
    if (incomplete)
      reasons.push(
        `app ${app.name} was not fully previewed (${incomplete.file ?? app.file}: ${incomplete.message})`,
      );
    for (const setting of app.settingChanges)
      reasons.push(`it changes the ${setting.replace(/:.*/, '')} of app ${app.name} (${setting})`);
    // an ignored difference was not shown, so it is never approved
    for (const change of app.changes)
      if (change.ignoredLines)
        reasons.push(
          `${change.object} of app ${app.name} changes only in ignored lines (ignore-lines), which are never approved`,
        );
    if (app.ignoredChanges)
      reasons.push(
        `app ${app.name} has ${app.ignoredChanges} ignored change(s) (ignore-resources), which are never approved`,
      );
  }
  const allowed =
    policy.allowedPaths.length > 0 ? picomatch(policy.allowedPaths, { dot: true }) : () => false;
  for (const file of input.uncovered)
    if (!allowed(file) && !POLICY_FILES.includes(file))
      reasons.push(`it changes ${file}, which no previewed app reads (list it in allowed-paths to allow it)`);
  return reasons;
}

const versionOf = (ref: ImageRef | undefined) => ref?.tag ?? ref?.digest;

/**
 * Why a changed object is not an image bump: any difference but the versions of its images (a workload's
 * containers, an Application's image overrides), an image moved to another repository, or a version
 * change beyond the environment's level. Counts the image changes it allows.
 */
function objectReasons(
  change: ObjectChange,
  what: string,
  judge: (before: string, after: string) => string | undefined,
): string[] {
  const before = versionless(change.before ?? {});
  const after = versionless(change.after ?? {});
  const other = differences(before.rest, after.rest);
  if (other.paths.length > 0) return [`it changes ${describeDifferences(other)} of ${what}`];
  const reasons: string[] = [];
  after.images.forEach(({ image, at }, i) => {
    const was = before.images[i]?.image;
    if (was === undefined || was === image) return;
    const from = tryParseImageRef(was);
    const to = tryParseImageRef(image);
    if (!from || !to) {
      reasons.push(`${what} ${at} has an image that is not a valid reference (${was} → ${image})`);
      return;
    }
    if (from.canonical !== to.canonical) {
      reasons.push(
        `it moves ${what} ${at} to another image repository (${from.canonical} → ${to.canonical}); only versions of the same repository may change`,
      );
      return;
    }
    const refused = judge(was, image);
    if (refused) reasons.push(refused);
  });
  return reasons;
}

/**
 * Why the Argo CD definitions of a changed file (ApplicationSets, AppProjects, any argoproj.io kind but
 * Applications, which are compared per app) are not unchanged but for image versions.
 */
function definitionReasons(file: string, base: TreeEntry | undefined, head: TreeEntry | undefined): string[] {
  const docsOf = (text: string | undefined) => {
    const out = new Map<string, Obj>();
    if (text === undefined) return out;
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) continue;
      const o: unknown = doc.toJS({ maxAliasCount: 100 });
      if (!isFields(o)) continue;
      if (typeof o.apiVersion !== 'string' || !o.apiVersion.startsWith('argoproj.io/')) continue;
      if (o.kind === 'Application') continue;
      const metadata = objectOf(o.metadata);
      out.set(`${String(o.kind)} ${plainText(metadata.namespace, '')}/${plainText(metadata.name, '')}`, o);
    }
    return out;
  };
  let before: Map<string, Obj>;
  let after: Map<string, Obj>;
  try {
    // a file that cannot spell argoproj.io (see mayDeclareArgoResource) holds no Argo CD definition
    before = docsOf(base && mayDeclareArgoResource(base) ? base.text : undefined);
    after = docsOf(head && mayDeclareArgoResource(head) ? head.text : undefined);
  } catch {
    return [`it changes ${file}, whose Argo CD definitions could not be read`];
  }
  const reasons: string[] = [];
  const name = (key: string) => key.replace(/ \/?/, ' ').replace(/\/$/, '');
  for (const [key, obj] of after) {
    const was = before.get(key);
    if (!was) {
      reasons.push(`it adds ${name(key)} (${file})`);
      continue;
    }
    const found = differences(versionless(was).rest, versionless(obj).rest);
    if (found.paths.length > 0)
      reasons.push(`it changes ${describeDifferences(found)} of ${name(key)} (${file})`);
  }
  for (const key of before.keys()) if (!after.has(key)) reasons.push(`it removes ${name(key)} (${file})`);
  return reasons;
}

/** What a hook's change is called in a reason. */
const HOOK_CHANGE: Record<string, string> = { new: 'adds', changed: 'changes', removed: 'removes' };

export function eligibility(input: EligibilityInput): Eligibility {
  const reasons: string[] = [];
  const { policy } = input;
  if (input.policyErrors.length > 0) {
    const e = input.policyErrors[0] as PolicyError;
    reasons.push(`the policy file is invalid (${e.file}:${e.line}: ${e.message})`);
  }
  if (!policy)
    return {
      eligible: false,
      reasons: reasons.length > 0 ? reasons : ['there is no policy file on the base branch'],
    };
  if (input.fork) reasons.push('it comes from a fork');
  reasons.push(...completeness(input, policy));
  const policyFile = input.changedFiles.find((f) => POLICY_FILES.includes(f));
  if (policyFile) reasons.push(`it changes the policy file ${policyFile}`);
  for (const file of input.changedFiles) {
    const env = environmentOf(policy, file);
    if (env?.autoMerge === 'never') reasons.push(`it touches ${env.name} (auto-merge: never)`);
  }
  let imageChanges = 0;
  for (const app of input.diff.apps) {
    if (app.status === 'new') reasons.push(`it adds app ${app.name}`);
    if (app.status === 'removed') reasons.push(`it removes app ${app.name}`);
    if (app.status === 'renamed') reasons.push(`it renames app ${app.renamedFrom} to ${app.name}`);
    if (app.status !== 'changed') continue;
    for (const hook of app.hooks)
      if (hook.change !== 'unchanged')
        reasons.push(`it ${HOOK_CHANGE[hook.change]} the sync hook ${hook.object} of app ${app.name}`);
    // the environment an app lands in: the one its source folder belongs to
    const env = environmentOf(policy, `${app.sourcePath ?? ''}/x`);
    const judge = (was: string, now: string) => {
      imageChanges++;
      const from = tryParseImageRef(was);
      const to = tryParseImageRef(now);
      const type = updateType(from?.tag, to?.tag);
      if (!env) return `${app.name} is in no environment of the policy`;
      if (!admits(env.autoMerge, type))
        return `${type} update ${versionOf(from) ?? was} → ${versionOf(to) ?? now} in ${env.name} (auto-merge: ${env.autoMerge})`;
      return undefined;
    };
    for (const change of app.changes) {
      if (change.change !== 'changed') {
        reasons.push(`it ${change.change === 'created' ? 'creates' : 'deletes'} ${change.object}`);
        continue;
      }
      reasons.push(...objectReasons(change, `${change.object}`, judge));
    }
  }
  if (input.trees) {
    const { base, head } = input.trees;
    for (const file of input.changedFiles)
      reasons.push(...definitionReasons(file, base.get(file), head.get(file)));
  }
  if (imageChanges === 0 && reasons.length === 0) reasons.push('it changes no image');
  const unique = [...new Set(reasons)];
  return { eligible: unique.length === 0, reasons: unique };
}
