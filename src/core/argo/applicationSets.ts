// ApplicationSets → the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository (with their `values` and
// pathParamPrefix), clusters from the cluster definitions given (clusters.ts), and matrix and merge of
// those, each as Argo CD's types define it and with the errors
// Argo CD raises; `selector` on any of them. Templates as Argo CD renders them (applicationset/utils):
// every string of the template — keys too — through Go's text/template with sprig (goTemplate: true,
// goTemplateOptions) or the legacy `{{param}}` substitution; then templatePatch; the resources finalizer
// unless syncPolicy.preserveResourcesOnDeletion. Generators that depend on the world outside the
// repository (clusters without definitions, SCM providers, pull requests, plugins, cluster decisions) are
// listed as not previewed with the reason, never dropped. Each job is a file of applicationSets/: the
// generators (generators/, by kind, and transform.ts), rendering (renderTemplate.ts), templatePatch,
// the sync policy; this file expands an ApplicationSet with them.
import type { FileTree } from '../fileTree.js';
import { TemplateBudget, TemplateError, BudgetExceeded } from './goTemplate.js';
import type { ClusterSet } from './clusters.js';
import { SPRIG_FUNCTIONS } from './sprigFunctions.js';
import { plainText } from '../plainText.js';
import { tracksBranch, type Tracking } from './trackedRevision.js';
import type { AppSetPolicy, GeneratorReads, OtherRevision } from './unit.js';
import {
  asObj,
  hasKeys,
  isObj,
  MAX_GENERATED_APPS,
  tooManyApps,
  type Context,
  type Obj,
  type Params,
} from './applicationSets/context.js';
import { BadInput, failure, OtherRevisionGenerator } from './applicationSets/errors.js';
import { withValues } from './applicationSets/parameterMaps.js';
import { compileValue, type CompiledValue } from './applicationSets/renderTemplate.js';
import { policyOf, RESOURCES_FINALIZER } from './applicationSets/syncPolicy.js';
import { applyTemplatePatch, deepMerge } from './applicationSets/templatePatch.js';
import { kindsOf, transform, type TransformResult } from './applicationSets/transform.js';

export type { AppSetPolicy } from './unit.js';
export type { Context, Obj, Params } from './applicationSets/context.js';
export { MAX_GENERATED_APPS } from './applicationSets/context.js';
export { BadInput, NotModeled } from './applicationSets/errors.js';
export { NEEDS_CLUSTERS } from './applicationSets/generators/clusters.js';
export { valuesOf, withValues } from './applicationSets/parameterMaps.js';
export { allowsDelete, allowsUpdate, policyOf, RESOURCES_FINALIZER } from './applicationSets/syncPolicy.js';
export {
  GENERATOR_KINDS,
  GENERATORS,
  OTHER_GENERATORS,
  PREVIEWED_GENERATORS,
  type GeneratorFn,
  type GeneratorKind,
} from './applicationSets/transform.js';

export interface SkippedAppSet {
  name: string;
  file: string;
  line: number;
  reason: string;
}

export interface GeneratedApps {
  applications: Obj[];
  notPreviewed: SkippedAppSet[];
  /** How Argo CD applies them: whether it updates and deletes them, and whether a deletion cascades. */
  policy: AppSetPolicy;
  /** Generators reading another revision than the pull request's branch, whose apps deploy that revision too. */
  otherRevisions?: OtherRevision[];
  /** What its generators read of the tree (whether or not they succeeded). */
  reads: GeneratorReads;
}

/**
 * expandApplicationSet with the controller's settings given: what discovery (discovery.ts) and the
 * app-of-apps' children (deployedApps.ts) are handed to expand the ApplicationSets they meet. They import
 * only its type, so a run that expands none never loads this engine (Go templates, sprig, re2js).
 */
export type AppSetExpander = (
  ...where: Parameters<typeof expandApplicationSet> extends [...infer Where, ControllerSettings?]
    ? Where
    : never
) => GeneratedApps;

/** The expander of a controller set up with these settings. */
export const expanderOf =
  (settings: ControllerSettings): AppSetExpander =>
  (appSet, file, line, tree, repoUrls, tracking) =>
    expandApplicationSet(appSet, file, line, tree, repoUrls, tracking, settings);

/** Settings of Argo CD's controller that change what it generates (not in the repository). */
export interface ControllerSettings {
  /** applicationsetcontroller.enable.new.git.file.globbing: git files paths as doublestar globs. */
  newGitFileGlobbing?: boolean;
  /** The clusters Argo CD knows (clusters.ts): what the cluster generator reads. */
  clusters?: ClusterSet;
}

/**
 * The Applications an ApplicationSet generates from this repository alone. When Argo CD would fail to
 * generate (any generator or template fails), it changes none of the set's Applications: so nothing is
 * generated here either, and the set is listed as not previewed with the first reason.
 */
export function expandApplicationSet(
  appSet: Obj,
  file: string,
  line: number,
  tree: FileTree,
  repoUrls: readonly string[],
  tracking?: Tracking,
  settings: ControllerSettings = {},
): GeneratedApps {
  const name = plainText(asObj(appSet.metadata).name, '(unnamed)');
  const spec = asObj(appSet.spec);
  const policy = policyOf(appSet);
  const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
  const reads: GeneratorReads = { folders: [], files: [] };
  const ctx: Context = {
    tree,
    reads,
    repoUrls,
    ...(tracking && { tracking }),
    goTemplate: spec.goTemplate === true,
    newGitFileGlobbing: settings.newGitFileGlobbing === true,
    ...(settings.clusters && { clusters: settings.clusters }),
    options: {
      missingKeyError: options.includes('missingkey=error'),
      functions: SPRIG_FUNCTIONS,
      budget: new TemplateBudget(),
    },
  };
  const notPreviewed = (reason: string): GeneratedApps => ({
    applications: [],
    notPreviewed: [{ name, file, line, reason: `ApplicationSet: ${reason}, not previewed` }],
    policy,
    reads,
  });
  // a malformed ApplicationSet generates nothing in Argo CD either: say so instead of dropping it
  if (!Array.isArray(spec.generators) || spec.generators.length === 0)
    return notPreviewed('it has no spec.generators list (Argo CD generates nothing from it)');
  const generators = spec.generators.filter(isObj);
  if (generators.length < spec.generators.length)
    return notPreviewed('each of spec.generators must be a map');
  const ownTemplate = (g: Obj) => kindsOf(g).every((k) => isObj(asObj(g[k]).template));
  if (!isObj(spec.template) && !generators.every(ownTemplate))
    return notPreviewed('it has no spec.template (Argo CD generates nothing from it)');
  const applications: Obj[] = [];
  const otherRevisions: OtherRevision[] = [];
  const namespace = asObj(appSet.metadata).namespace;
  const templatePatch = typeof spec.templatePatch === 'string' ? spec.templatePatch : undefined;
  const finalizer = !policy.preserveResourcesOnDeletion;
  try {
    for (const generator of generators) {
      let results: TransformResult[];
      try {
        results = transform(generator, ctx, 0);
      } catch (error) {
        // a generator reading another revision whose template deploys that revision too: its apps are
        // unaffected by the pull request (listed), and the set's other generators still count
        if (error instanceof OtherRevisionGenerator && !templateTracks(spec.template, generator, tracking)) {
          otherRevisions.push({ name, file, line, revision: error.revision });
          continue;
        }
        throw error;
      }
      for (const { params: paramSets, template: own } of results) {
        const template = deepMerge(spec.template, own ?? {});
        // compiled on the first parameter set: one parse per string of the template, not one per app
        let render: CompiledValue | undefined;
        for (const params of paramSets) {
          let app: Obj;
          try {
            // RenderTemplateParams: a set without parameters leaves the template as written
            const templated = hasKeys(params);
            app = templated
              ? asObj((render ??= compileValue(template, ctx))(params))
              : asObj(structuredClone(template));
            const metadata = asObj(app.metadata);
            const finalizers = metadata.finalizers;
            if (templated && finalizer && !(Array.isArray(finalizers) && finalizers.length > 0))
              metadata.finalizers = [RESOURCES_FINALIZER];
            app.metadata = metadata;
            if (templatePatch !== undefined) app = applyTemplatePatch(app, templatePatch, params, ctx);
          } catch (error) {
            if (error instanceof TemplateError && !(error instanceof BudgetExceeded))
              throw new BadInput(`its template fails: ${error.message}`);
            throw error;
          }
          // the Application lives in the ApplicationSet's namespace, whatever the template says
          const metadata = asObj(app.metadata);
          if (typeof namespace === 'string') metadata.namespace = namespace;
          else delete metadata.namespace;
          applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app, metadata });
          if (applications.length > MAX_GENERATED_APPS) throw tooManyApps();
        }
      }
    }
  } catch (error) {
    return notPreviewed(failure(error));
  }
  return {
    applications,
    notPreviewed: [],
    policy,
    reads,
    ...(otherRevisions.length > 0 && { otherRevisions }),
  };
}

/** Options of generatorParams: the ApplicationSet's template mode and what the repo server would give. */
export interface GeneratorParamsOptions extends ControllerSettings {
  goTemplate: boolean;
  goTemplateOptions?: readonly string[];
  tree: FileTree;
  repoUrls: readonly string[];
  /** The folders the repo server lists (instead of the tree's). */
  directories?: readonly string[];
}

function contextOf(options: GeneratorParamsOptions): Context {
  return {
    tree: options.tree,
    repoUrls: options.repoUrls,
    goTemplate: options.goTemplate,
    newGitFileGlobbing: options.newGitFileGlobbing === true,
    ...(options.directories && { directories: options.directories }),
    ...(options.clusters && { clusters: options.clusters }),
    options: {
      missingKeyError: (options.goTemplateOptions ?? []).includes('missingkey=error'),
      functions: SPRIG_FUNCTIONS,
      budget: new TemplateBudget(),
    },
  };
}

/**
 * The parameter sets one entry of spec.generators gives, every generator it names together (Argo CD's
 * Transform): what tests hold to Argo CD's own test tables. Throws the error Argo CD would fail with.
 */
export function generatorParams(generator: Obj, options: GeneratorParamsOptions): Params[] {
  return transform(generator, contextOf(options), 0).flatMap((r) => r.params);
}

/** Argo CD's appendTemplatedValues: `values` rendered with the parameter set and added to it. */
export function templatedValues(
  values: Record<string, string>,
  params: Params,
  options: GeneratorParamsOptions,
): Params {
  return withValues(params, values, contextOf(options));
}

/** Argo CD's applyTemplatePatch on one rendered Application (tests hold it to Argo CD's own table). */
export function patchApplication(
  app: Obj,
  templatePatch: string,
  params: Params,
  options: GeneratorParamsOptions,
): Obj {
  return applyTemplatePatch(app, templatePatch, params, contextOf(options));
}

/**
 * Whether the apps a generator's template makes may deploy the pull request's branch: a source's
 * targetRevision that is templated (`{{…}}`) or tracks the branch. A template whose every source names
 * another revision outright deploys what that revision holds.
 */
function templateTracks(template: unknown, generator: Obj, tracking?: Tracking): boolean {
  const spec = asObj(asObj(deepMerge(template, generator.template ?? {})).spec);
  const sources = Array.isArray(spec.sources) ? spec.sources.map(asObj) : [asObj(spec.source)];
  return sources.some(
    (source) =>
      (typeof source.targetRevision === 'string' && source.targetRevision.includes('{{')) ||
      (source.chart === undefined && tracksBranch(source.targetRevision, tracking)),
  );
}
