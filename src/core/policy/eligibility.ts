// Whether a manifests pull request may merge on its own, judged on its predicted cluster diff: only image
// changes of workloads, each within the auto-merge level of the environment it lands in.
import { isContainerList } from '../workload/podContainers.js';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import type { ClusterDiff } from '../diff/clusterDiff.js';
import { parseImageRef } from '../image/imageRef.js';
import type { Obj } from '../render/objects.js';
import { admits, environmentOf, POLICY_FILES, updateType, type Policy, type PolicyError } from './policy.js';

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
}

/** Findings that mean the preview of an app is incomplete: it was not (fully) rendered or is invalid. */
const INCOMPLETE = new Set(['not-previewed', 'not-rendered']);

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
    const incomplete = app.findings.find((f) => f.severity === 'error' || INCOMPLETE.has(f.rule));
    if (incomplete)
      reasons.push(
        `app ${app.name} was not fully previewed (${incomplete.file ?? app.file}: ${incomplete.message})`,
      );
    for (const setting of app.settingChanges)
      reasons.push(`it changes the ${setting.replace(/:.*/, '')} of app ${app.name} (${setting})`);
  }
  const allowed =
    policy.allowedPaths.length > 0 ? picomatch(policy.allowedPaths, { dot: true }) : () => false;
  for (const file of input.uncovered)
    if (!allowed(file) && !POLICY_FILES.includes(file))
      reasons.push(`it changes ${file}, which no previewed app reads (list it in allowed-paths to allow it)`);
  return reasons;
}

/** Replaces every container image with a marker, so what remains shows changes beyond images. */
function withoutImages(value: unknown, images: Array<string>, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutImages(v, images, key));
  if (!value || typeof value !== 'object') return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value as Obj)) {
    if (k === 'image' && typeof v === 'string' && isContainerList(key)) {
      images.push(v);
      out[k] = '<image>';
    } else out[k] = withoutImages(v, images, k);
  }
  return out;
}

/** The first path where two values differ, e.g. `spec.replicas`. */
function firstDifference(a: unknown, b: unknown, path: string[] = []): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) === !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const found = firstDifference((a as Obj)[key], (b as Obj)[key], [...path, key]);
      if (found) return found;
    }
  }
  return path.join('.') || '(the whole object)';
}

const tagOf = (image: string) => {
  try {
    return parseImageRef(image).tag;
  } catch {
    return undefined;
  }
};

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
    // the environment an app lands in: the one its source folder belongs to
    const env = environmentOf(policy, `${app.sourcePath ?? ''}/x`);
    for (const change of app.changes) {
      if (change.change !== 'changed') {
        reasons.push(`it ${change.change === 'created' ? 'creates' : 'deletes'} ${change.object}`);
        continue;
      }
      const beforeImages: string[] = [];
      const afterImages: string[] = [];
      const before = withoutImages(parse(change.before), beforeImages);
      const after = withoutImages(parse(change.after), afterImages);
      const other = firstDifference(before, after);
      if (other) {
        reasons.push(`it changes ${other} of ${change.object}`);
        continue;
      }
      afterImages.forEach((image, i) => {
        const was = beforeImages[i];
        if (was === undefined || was === image) return;
        imageChanges++;
        const type = updateType(tagOf(was), tagOf(image));
        if (!env) reasons.push(`${app.name} is in no environment of the policy`);
        else if (!admits(env.autoMerge, type)) {
          reasons.push(
            `${type} update ${tagOf(was) ?? was} → ${tagOf(image) ?? image} in ${env.name} (auto-merge: ${env.autoMerge})`,
          );
        }
      });
    }
  }
  if (imageChanges === 0 && reasons.length === 0) reasons.push('it changes no image');
  const unique = [...new Set(reasons)];
  return { eligible: unique.length === 0, reasons: unique };
}
