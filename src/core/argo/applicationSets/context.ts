// What every part of an ApplicationSet's expansion shares: the parameter maps, the context a generator
// reads (the tree, this repository's URLs, the template mode and the set's budget), and the number of
// Applications one ApplicationSet may generate.
import type { FileTree } from '../../fileTree.js';
import { BudgetExceeded, type TemplateBudget, type TemplateOptions } from '../goTemplate.js';
import type { ClusterSet } from '../clusters.js';
import type { Tracking } from '../trackedRevision.js';
import type { GeneratorReads } from '../unit.js';
import { countText } from '../../countText.js';

export type Obj = Record<string, unknown>;
export type Params = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});

/** Applications (parameter sets) one ApplicationSet may generate; docs/security.md, "Budgets". */
export const MAX_GENERATED_APPS = 10_000;

export function tooManyApps(): BudgetExceeded {
  return new BudgetExceeded(
    `it generates more than ${countText(MAX_GENERATED_APPS)} Applications (limit generatedApps)`,
  );
}

export const countApps = (out: readonly unknown[], more = 0): void => {
  if (out.length + more > MAX_GENERATED_APPS) throw tooManyApps();
};

/** Whether a parameter set has any parameter (without listing them). */
export function hasKeys(params: Params): boolean {
  for (const key in params) if (Object.prototype.hasOwnProperty.call(params, key)) return true;
  return false;
}

/** What a generator reads: the tree, this repository's URLs, the template mode, the set's budget. */
export interface Context {
  tree: FileTree;
  repoUrls: readonly string[];
  goTemplate: boolean;
  /** The controller's newer git files globbing (doublestar) instead of git's pathspec. */
  newGitFileGlobbing: boolean;
  /** The repository's folders as the repo server lists them; unset: walked from the tree. */
  directories?: readonly string[];
  options: TemplateOptions & { budget: TemplateBudget };
  tracking?: Tracking;
  /** Where the generators note what they read of the tree. */
  reads?: GeneratorReads;
  /** The clusters Argo CD knows (clusters.ts); unset: none were given, the cluster generator is not previewed. */
  clusters?: ClusterSet;
}

/** The parameter sets of a matrix or merge child (transform.ts): matrix and merge are given it, so that they need not import it. */
export type ChildParams = (child: Obj, ctx: Context, depth: number, outer?: Params) => Params[];
