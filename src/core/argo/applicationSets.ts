// ApplicationSets → the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository (with their `values` and
// pathParamPrefix), clusters from the cluster definitions given (clusters.ts), and matrix and merge of
// those, each as Argo CD's types define it and with the errors
// Argo CD raises; `selector` on any of them. Templates as Argo CD renders them (applicationset/utils):
// every string of the template — keys too — through Go's text/template with sprig (goTemplate: true,
// goTemplateOptions) or the legacy `{{param}}` substitution; then templatePatch; the resources finalizer
// unless syncPolicy.preserveResourcesOnDeletion. Generators that depend on the world outside the
// repository (clusters without definitions, SCM providers, pull requests, plugins, cluster decisions) are
// listed as not previewed with the reason, never dropped. A generator is one entry of GENERATORS.
import { LineCounter, parseDocument } from 'yaml';
import { dirname, type FileTree } from '../fileTree.js';
import { documentBoundsProblem } from '../yaml/documentBounds.js';
import { MANIFEST_YAML_OPTIONS } from '../yaml/manifestMaps.js';
import { sameRepo } from './repoUrl.js';
import {
  BudgetExceeded,
  compileGoTemplate,
  type CompiledTemplate,
  goString,
  renderGoTemplate,
  renderLegacyTemplate,
  TemplateBudget,
  TemplateError,
  type TemplateOptions,
} from './goTemplate.js';
import { gitFilesMatcher } from './gitPathspec.js';
import { BadSelector, labelSelector } from './labelSelector.js';
import {
  CLUSTER_SECRET_LABEL,
  IN_CLUSTER_NAME,
  IN_CLUSTER_SERVER,
  type Cluster,
  type ClusterSet,
} from './clusters.js';
import { BadPattern, pathMatcher } from './pathMatch.js';
import { sanitizeName, SPRIG_FUNCTIONS } from './sprigFunctions.js';
import { plainText } from '../plainText.js';
import { revisionName, tracksBranch, type Tracking } from './trackedRevision.js';
import type { AppSetPolicy, GeneratorReads, OtherRevision } from './unit.js';

export type { AppSetPolicy } from './unit.js';

export type Obj = Record<string, unknown>;
export type Params = Record<string, unknown>;

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

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});

export function isApplicationSet(obj: Obj): boolean {
  return (
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('argoproj.io/') &&
    obj.kind === 'ApplicationSet'
  );
}

/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
export class NotModeled extends Error {}

/** A git generator reading another revision of this repository than the pull request's branch (trackedRevision.ts). */
class OtherRevisionGenerator extends NotModeled {
  readonly revision: string;
  constructor(revision: unknown) {
    const name = revisionName(revision);
    super(
      `its git generator reads revision ${plainText(name)}, not the pull request's branch, and its template deploys from this branch (list the revision in track-revisions if it follows the branch)`,
    );
    this.revision = name;
  }
}

/** Input Argo CD refuses too (a YAML field or generator file that does not parse): the reason names it. */
export class BadInput extends Error {}

/** Applications (parameter sets) one ApplicationSet may generate; docs/security.md, "Budgets". */
export const MAX_GENERATED_APPS = 10_000;

function tooManyApps(): BudgetExceeded {
  return new BudgetExceeded(
    `it generates more than ${MAX_GENERATED_APPS.toLocaleString('en-US')} Applications (limit generatedApps)`,
  );
}

/** Data in a YAML string or file, read within the document limits; the error names `what`, never the text. */
function parseData(text: string, what: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...MANIFEST_YAML_OPTIONS, lineCounter });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new BadInput(`${what} is not valid YAML or JSON (line ${line})`);
  }
  const problem = documentBoundsProblem(doc);
  if (problem !== undefined) throw new BadInput(`${what} ${problem}`);
  return doc.toJS({ maxAliasCount: -1 }) as unknown;
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

/** Renders one string as Argo CD's Render.Replace does: Go's text/template with sprig, or fasttemplate. */
function replace(text: string, params: Params, ctx: Context, missingKeyError?: boolean): string {
  if (ctx.goTemplate)
    return renderGoTemplate(
      text,
      params,
      missingKeyError === undefined ? ctx.options : { ...ctx.options, missingKeyError },
    );
  return renderLegacyTemplate(text, params);
}

/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
function renderValue(value: unknown, params: Params, ctx: Context): unknown {
  ctx.options.budget.step();
  if (typeof value === 'string') {
    const rendered = replace(value, params, ctx);
    ctx.options.budget.rendered(rendered.length);
    return rendered;
  }
  if (Array.isArray(value)) return value.map((v) => renderValue(v, params, ctx));
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      out[replace(k, params, ctx)] = renderValue(v, params, ctx);
    }
    return out;
  }
  return value;
}

/** A value of a template compiled to render with many parameter sets: what renderValue does, its strings parsed once. */
type CompiledValue = (params: Params) => unknown;

/**
 * One string of a template, compiled: a parse error is thrown when (and each time) it is rendered, as
 * renderValue throws it. `counted`: a string value (not a key), one step of the budget and its text
 * counted as rendered output, as renderValue counts it.
 */
function compileString(text: string, ctx: Context, counted: boolean): (params: Params) => string {
  const budget = ctx.options.budget;
  if (!text.includes('{{')) {
    if (!counted) return () => text;
    return () => {
      budget.step();
      budget.rendered(text.length);
      return text;
    };
  }
  if (ctx.goTemplate) {
    let compiled: CompiledTemplate;
    try {
      compiled = compileGoTemplate(text, ctx.options.functions);
    } catch (error) {
      return () => {
        if (counted) budget.step();
        throw error;
      };
    }
    return compiled.renderer(ctx.options, counted);
  }
  if (!counted) return (params) => renderLegacyTemplate(text, params);
  return (params) => {
    budget.step();
    const rendered = renderLegacyTemplate(text, params);
    budget.rendered(rendered.length);
    return rendered;
  };
}

/**
 * renderValue compiled once per template: each string (map keys too) parsed once, and every rendering
 * builds fresh maps and lists of its own (no copy needed afterwards), with the same steps of the budget.
 */
function compileValue(value: unknown, ctx: Context): CompiledValue {
  const budget = ctx.options.budget;
  if (typeof value === 'string') return compileString(value, ctx, true);
  if (Array.isArray(value)) {
    const items = value.map((v) => compileValue(v, ctx));
    return (params) => {
      budget.step();
      const out: unknown[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) out[i] = (items[i] as CompiledValue)(params);
      return out;
    };
  }
  if (isObj(value)) {
    const keys: Array<(params: Params) => string> = [];
    const values: CompiledValue[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === null) continue;
      keys.push(compileString(k, ctx, false));
      values.push(compileValue(v, ctx));
    }
    if (Object.keys(value).every((k) => !k.includes('{{'))) {
      // keys as written (most maps): each rendering copies a map that has them already, in their order,
      // with the strings that have no action (their own rendering) in it: those are only counted, in
      // their turn, as renderValue counts them
      const entries = Object.entries(value).filter(([, v]) => v !== null);
      const names = entries.map(([k]) => k);
      const fixed = entries.map(([, v]) => (typeof v === 'string' && !v.includes('{{') ? v.length : -1));
      const shape: Obj = {};
      for (const [k, v] of entries) shape[k] = typeof v === 'string' && !v.includes('{{') ? v : null;
      return (params) => {
        budget.step();
        const out: Obj = { ...shape };
        for (let i = 0; i < names.length; i++) {
          const length = fixed[i] as number;
          if (length < 0) out[names[i] as string] = (values[i] as CompiledValue)(params);
          else {
            budget.step();
            budget.rendered(length);
          }
        }
        return out;
      };
    }
    return (params) => {
      budget.step();
      const out: Obj = {};
      for (let i = 0; i < keys.length; i++)
        out[(keys[i] as (params: Params) => string)(params)] = (values[i] as CompiledValue)(params);
      return out;
    };
  }
  return () => {
    budget.step();
    return value;
  };
}

/** Go's path.Dir and path.Base, as Argo CD names the folders and files it generates from. */
function goDir(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash) || '/';
}
const goBase = (path: string): string => (path === '' ? '.' : path.slice(path.lastIndexOf('/') + 1));

/** `.path.*` parameters (or `path`, `path.basename`… in legacy templates), under pathParamPrefix if set. */
function pathParams(path: string, ctx: Context, prefix: string, file?: string): Params {
  const basename = goBase(path);
  if (ctx.goTemplate) {
    // built in one go, in the order Argo CD's keys are listed (one object per generated app)
    const nested: Params =
      file === undefined
        ? {
            path,
            basename,
            basenameNormalized: sanitizeName(basename),
            segments: path.split('/'),
          }
        : {
            path,
            basename,
            filename: file,
            basenameNormalized: sanitizeName(basename),
            filenameNormalized: sanitizeName(file),
            segments: path.split('/'),
          };
    return prefix ? { [prefix]: { path: nested } } : { path: nested };
  }
  const details: Params = {
    path,
    basename,
    ...(file !== undefined && { filename: file }),
    basenameNormalized: sanitizeName(basename),
    ...(file !== undefined && { filenameNormalized: sanitizeName(file) }),
  };
  const name = prefix ? `${prefix}.path` : 'path';
  const flat: Params = {};
  for (const [k, v] of Object.entries(details)) flat[k === 'path' ? name : `${name}.${k}`] = v;
  path.split('/').forEach((s, i) => {
    if (s !== '') flat[`${name}[${i}]`] = s;
  });
  return flat;
}

/** The repository's folders as Argo CD's repo server walks them: hidden folders and what is inside skipped. */
function folders(tree: FileTree): string[] {
  const out = new Set<string>();
  // a folder seen before has had its parents added already; the last one seen (the folder of the file
  // before, most often) is recognised without cutting the path
  let last = '';
  for (const path of tree.keys()) {
    const slash = path.lastIndexOf('/');
    if (slash === last.length && slash > 0 && path.startsWith(last)) continue;
    for (let d = dirname(path); d !== '' && !out.has(d); d = dirname(d)) out.add(d);
    last = dirname(path);
  }
  // a hidden folder: one of its names starts with a dot
  return [...out].filter((d) => !d.startsWith('.') && !d.includes('/.')).sort();
}

/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
function flatten(value: unknown, prefix: string, out: Record<string, string>): Record<string, string> {
  // jeremywohl/flatten: an empty map or list gives no key at all
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else out[prefix] = goString(value);
  return out;
}

/** A generator's `values` (map[string]string in Argo CD's types), each string checked. */
export function valuesOf(spec: Obj, kind: string): Record<string, string> {
  if (spec.values === undefined || spec.values === null) return {};
  if (!isObj(spec.values)) throw new BadInput(`its ${kind} generator's values is not a map of strings`);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.values)) {
    if (typeof v !== 'string')
      throw new BadInput(`its ${kind} generator's values.${k} is not a string, as Argo CD requires`);
    values[k] = v;
  }
  return values;
}

/**
 * appendTemplatedValues: each value rendered with the parameter set it belongs to, then added as
 * `.values.<key>` (`values.<key>` in legacy templates); a `values` parameter of the set is replaced.
 */
export function withValues(params: Params, values: Record<string, string>, ctx: Context): Params {
  const keys = Object.keys(values);
  if (keys.length === 0) return params;
  const rendered: Record<string, string> = {};
  for (const k of keys) {
    const text = replace(values[k] as string, params, ctx);
    ctx.options.budget.rendered(text.length);
    rendered[ctx.goTemplate ? k : `values.${k}`] = text;
  }
  return ctx.goTemplate ? { ...params, values: rendered } : { ...params, ...rendered };
}

/** Whether a parameter set has any parameter (without listing them). */
function hasKeys(params: Params): boolean {
  for (const key in params) if (Object.prototype.hasOwnProperty.call(params, key)) return true;
  return false;
}

const countApps = (out: readonly unknown[], more = 0): void => {
  if (out.length + more > MAX_GENERATED_APPS) throw tooManyApps();
};

/** A file of the tree as the repo server reads it, or an error naming it. */
function fileText(path: string, ctx: Context): string {
  const entry = ctx.tree.get(path);
  if (entry?.text !== undefined) return entry.text;
  if (entry?.tooLarge)
    throw new BadInput(`its git files generator file ${path} is over the size limit, so it was not read`);
  throw new NotModeled(`its git files generator file ${path} is a symbolic link`);
}

/** One git files generator file: a map, or a list of maps (sigs.k8s.io/yaml, as Argo CD reads it). */
function fileParamSets(path: string, ctx: Context): Obj[] {
  const what = `its git files generator file ${path}`;
  const content = parseData(fileText(path, ctx), what);
  if (content === null || content === undefined) return [{}];
  if (isObj(content)) return [content];
  if (Array.isArray(content) && content.every((c) => c === null || isObj(c)))
    return content.map((c) => (isObj(c) ? c : {}));
  throw new BadInput(`${what} is not a YAML or JSON map, nor a list of maps (Argo CD: unable to parse file)`);
}

function gitParams(git: Obj, ctx: Context): Params[] {
  if (!ctx.repoUrls.some((url) => sameRepo(url, plainText(git.repoURL, ''))))
    throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
  if (!tracksBranch(git.revision, ctx.tracking)) throw new OtherRevisionGenerator(git.revision);
  const values = valuesOf(git, 'git');
  const prefix = typeof git.pathParamPrefix === 'string' ? git.pathParamPrefix : '';
  const out: Params[] = [];
  const directories = Array.isArray(git.directories) ? git.directories.map(asObj) : [];
  const files = Array.isArray(git.files) ? git.files.map(asObj) : [];
  // what the generator reads of the tree, for a kept tree index (every pattern, excluding ones too)
  if (directories.length > 0) ctx.reads?.folders.push(...directories.map((d) => plainText(d.path, '')));
  else
    ctx.reads?.files.push(
      ...files.map((f) => ({ pattern: plainText(f.path, ''), doublestar: ctx.newGitFileGlobbing })),
    );
  if (directories.length > 0) {
    // Go's path.Match on each folder: `*` stays within one segment, `**` too. Argo CD logs a malformed
    // pattern and lets it match nothing; a linear-time matcher, whatever the pattern
    const match = (pattern: unknown): ((dir: string) => boolean) => {
      try {
        return pathMatcher(plainText(pattern, ''));
      } catch (error) {
        if (error instanceof BadPattern) return () => false;
        throw error;
      }
    };
    const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
    const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
    const [budget, steps, valued] = [ctx.options.budget, include.length + exclude.length, hasKeys(values)];
    for (const dir of ctx.directories ?? folders(ctx.tree)) {
      budget.step(steps);
      if (anyMatches(include, dir) && !anyMatches(exclude, dir)) {
        const params = pathParams(dir, ctx, prefix);
        out.push(valued ? withValues(params, values, ctx) : params);
        if (out.length > MAX_GENERATED_APPS) throw tooManyApps();
      }
    }
    return out;
  }
  if (files.length === 0) throw new BadInput('its git generator has neither directories nor files');
  const include = files.filter((f) => f.exclude !== true).map((f) => plainText(f.path, ''));
  const exclude = files.filter((f) => f.exclude === true).map((f) => plainText(f.path, ''));
  const matchers = (patterns: string[]) => patterns.map((p) => gitFilesMatcher(p, ctx.newGitFileGlobbing));
  const [wanted, unwanted] = [matchers(include), matchers(exclude)];
  const paths = [...ctx.tree.keys()]
    .filter((path) => wanted.some((m) => m(path)) && !unwanted.some((m) => m(path)))
    .sort();
  for (const path of paths) {
    ctx.options.budget.step(wanted.length + unwanted.length);
    for (const item of fileParamSets(path, ctx)) {
      const own: Params = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
      const params = { ...own, ...pathParams(goDir(path), ctx, prefix, goBase(path)) };
      out.push(withValues(params, values, ctx));
      countApps(out);
    }
  }
  return out;
}

/** Whether one of the matchers matches `path` (a loop: no closure per folder). */
function anyMatches(matchers: ReadonlyArray<(path: string) => boolean>, path: string): boolean {
  for (let i = 0; i < matchers.length; i++) if ((matchers[i] as (path: string) => boolean)(path)) return true;
  return false;
}

function listParams(list: Obj, ctx: Context): Params[] {
  const elements: unknown[] = Array.isArray(list.elements) ? list.elements : [];
  const out: Params[] = elements.map((element) => {
    if (!isObj(element)) throw new BadInput("its list generator's elements must each be a map");
    if (ctx.goTemplate) return structuredClone(element);
    // legacy templates: every element value a string, and `values` a map of strings
    const params: Params = {};
    for (const [key, value] of Object.entries(element)) {
      if (key === 'values') {
        if (!isObj(value)) throw new BadInput("its list generator's element values is not a map");
        for (const [k, v] of Object.entries(value)) {
          if (typeof v !== 'string')
            throw new BadInput(`its list generator's element values.${k} is not a string`);
          params[`values.${k}`] = v;
        }
      } else if (typeof value !== 'string')
        throw new BadInput(
          `its list generator's element field ${key} is not a string (legacy templates take strings only)`,
        );
      else params[key] = value;
    }
    return params;
  });
  if (typeof list.elementsYaml === 'string' && list.elementsYaml !== '') {
    const fromYaml = parseData(list.elementsYaml, "its list generator's elementsYaml");
    if (fromYaml !== null && (!Array.isArray(fromYaml) || !fromYaml.every((e) => e === null || isObj(e))))
      throw new BadInput("its list generator's elementsYaml is not a list of maps, as Argo CD requires");
    for (const e of (fromYaml ?? []) as unknown[]) out.push(isObj(e) ? e : {});
  }
  countApps(out);
  return out;
}

/** The message of an ApplicationSet whose cluster generator has no cluster definitions to read. */
export const NEEDS_CLUSTERS = 'needs cluster definitions (input `clusters`)';

/** A cluster as the cluster generator gives it (getClusterParameters): nested metadata, or flat keys. */
function clusterParams(
  cluster: { name: string; server: string; project?: string; labels?: Obj; annotations?: Obj },
  ctx: Context,
  local: boolean,
): Params {
  const params: Params = {
    name: cluster.name,
    nameNormalized: local ? cluster.name : sanitizeName(cluster.name),
    server: cluster.server,
    project: cluster.project ?? '',
  };
  if (local) return params;
  const labels = cluster.labels ?? {};
  const annotations = cluster.annotations ?? {};
  if (ctx.goTemplate) {
    params.metadata = {
      ...(Object.keys(annotations).length > 0 && { annotations: { ...annotations } }),
      ...(Object.keys(labels).length > 0 && { labels: { ...labels } }),
    };
    return params;
  }
  for (const [k, v] of Object.entries(annotations)) params[`metadata.annotations.${k}`] = v;
  for (const [k, v] of Object.entries(labels)) params[`metadata.labels.${k}`] = v;
  return params;
}

/**
 * The cluster generator: the clusters whose Secret labels match its `selector` (the cluster Secret label
 * always required), each with its `values`; the local cluster last, unless a selector is set or a Secret
 * names its server; `flatList`: one parameter set holding them all as `clusters`.
 */
function clustersParams(spec: Obj, ctx: Context): Params[] {
  const set = ctx.clusters;
  if (!set) throw new NotModeled(`its clusters generator ${NEEDS_CLUSTERS}`);
  if ('problem' in set) throw new NotModeled(`its clusters generator cannot be expanded: ${set.problem}`);
  const values = valuesOf(spec, 'clusters');
  const selector = isObj(spec.selector) ? spec.selector : {};
  const matchLabels = isObj(selector.matchLabels) ? selector.matchLabels : {};
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  const selects = labelSelector(spec.selector === undefined || spec.selector === null ? {} : spec.selector);
  // the local cluster has no Secret, so no labels to match: any selector leaves it out
  const ignoreLocal = Object.keys(matchLabels).length > 0 || expressions.length > 0;
  // keyed by cluster name, the Secret listed last winning (getSecretsByClusterName)
  const chosen = new Map<string, Cluster>();
  for (const c of set.clusters)
    if (c.labels[CLUSTER_SECRET_LABEL] === 'cluster' && selects(new Map(Object.entries(c.labels))))
      chosen.set(c.name, c);
  const out: Params[] = [...chosen.values()].map((c) =>
    withValues(clusterParams(c, ctx, false), values, ctx),
  );
  if (!ignoreLocal && ![...chosen.values()].some((c) => c.server === IN_CLUSTER_SERVER))
    out.push(
      withValues(clusterParams({ name: IN_CLUSTER_NAME, server: IN_CLUSTER_SERVER }, ctx, true), values, ctx),
    );
  countApps(out);
  return spec.flatList === true ? [{ clusters: out }] : out;
}

/** mergo.Merge(dst, src, WithOverride) on parameter maps: maps merged key by key, anything else replaced. */
function mergeOver(dst: Params, src: Params): Params {
  const out: Params = { ...dst };
  for (const [k, v] of Object.entries(src)) {
    if (v === null || v === undefined) continue;
    out[k] = isObj(v) && isObj(out[k]) ? mergeOver(out[k], v) : v;
  }
  return out;
}

/** The parameter sets of a matrix or merge child: exactly one generator, as Argo CD requires. */
function childParams(child: Obj, ctx: Context, depth: number, outer?: Params): Params[] {
  const results = transform(child, ctx, depth + 1, outer, true);
  return (results[0] as TransformResult).params;
}

const nestedTooDeep = (kind: string): BadInput =>
  new BadInput(
    `a ${kind} generator inside two levels of matrix or merge, which Argo CD does not read (child generator generated no parameters)`,
  );

/** Matrix: every pair, the first generator's parameters winning; the second sees the first's. */
function matrixParams(spec: Obj, ctx: Context, depth: number): Params[] {
  if (depth >= 2) throw nestedTooDeep('matrix');
  const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
  const [first, second] = children;
  if (!first || !second)
    throw new BadInput('its matrix generator has fewer than two generators (Argo CD supports exactly two)');
  if (children.length > 2)
    throw new BadInput('its matrix generator has more than two generators (Argo CD supports exactly two)');
  const out: Params[] = [];
  for (const left of childParams(first, ctx, depth)) {
    const rights = childParams(second, ctx, depth, left);
    // counted before the product is built: 3,000 × 3,000 stops here, not after 9 million objects
    countApps(out, rights.length);
    for (const right of rights) {
      if (ctx.goTemplate) {
        out.push(mergeOver(mergeOver({}, right), left));
        continue;
      }
      // CombineStringMaps: both as strings; one key with two values is an error
      const combined: Params = Object.fromEntries(Object.entries(left).map(([k, v]) => [k, goString(v)]));
      for (const [k, v] of Object.entries(right)) {
        const value = goString(v);
        if (k in combined && combined[k] !== value)
          throw new BadInput(
            `its matrix generator's two generators give parameter ${k} two different values, which Argo CD refuses`,
          );
        combined[k] = value;
      }
      out.push(combined);
    }
  }
  return out;
}

/** Merge: the first generator's sets, overridden by later ones agreeing on every merge key. */
function mergeParams(spec: Obj, ctx: Context, depth: number): Params[] {
  if (depth >= 2) throw nestedTooDeep('merge');
  const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
  if (children.length < 2)
    throw new BadInput('its merge generator has fewer than two generators (Argo CD requires two or more)');
  const sets = children.map((child) => childParams(child, ctx, depth));
  const keys = [...new Set(Array.isArray(spec.mergeKeys) ? spec.mergeKeys.map(String) : [])].sort();
  if (keys.length === 0) throw new BadInput('its merge generator has no mergeKeys (Argo CD requires one)');
  // the key is the parameters' top-level values (json.Marshal of a map: keys sorted)
  const byKey = (paramSets: Params[], which: number): Map<string, Params> => {
    const out = new Map<string, Params>();
    for (const p of paramSets) {
      const key = JSON.stringify(Object.fromEntries(keys.map((k) => [k, p[k] ?? null])));
      if (out.has(key))
        throw new BadInput(
          `the parameter sets of its merge generator's generator ${which} are not unique by the mergeKeys ${keys.join(', ')}, as Argo CD requires`,
        );
      out.set(key, p);
    }
    return out;
  };
  const base = byKey(sets[0] as Params[], 1);
  sets.slice(1).forEach((paramSets, i) => {
    const overrides = byKey(paramSets, i + 2);
    for (const [key, p] of base) {
      const override = overrides.get(key);
      if (override) base.set(key, ctx.goTemplate ? mergeOver(p, override) : { ...p, ...override });
    }
  });
  return [...base.values()];
}

/** Argo CD's generators, by the field that names them in a generator (ApplicationSetGenerator). */
export const GENERATOR_KINDS = [
  'list',
  'git',
  'matrix',
  'merge',
  'clusters',
  'clusterDecisionResource',
  'scmProvider',
  'pullRequest',
  'plugin',
] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

/**
 * One generator: its own field of the generator (`generators[].git`) → its parameter sets. `depth` is
 * how deep in matrix and merge it sits (0 at the top). Add a generator by adding it here.
 */
export type GeneratorFn = (spec: Obj, ctx: Context, depth: number) => Params[];

/** The generators Slipway expands from the repository alone, by kind. */
export const GENERATORS: Partial<Record<GeneratorKind, GeneratorFn>> = {
  list: listParams,
  git: gitParams,
  matrix: matrixParams,
  merge: mergeParams,
  clusters: clustersParams,
};

/** The generators Slipway expands from the repository alone. */
export const PREVIEWED_GENERATORS: readonly GeneratorKind[] = GENERATOR_KINDS.filter((k) => GENERATORS[k]);
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
export const OTHER_GENERATORS: readonly GeneratorKind[] = GENERATOR_KINDS.filter((k) => !GENERATORS[k]);

interface TransformResult {
  params: Params[];
  /** The generator's own template, merged over the ApplicationSet's. */
  template: unknown;
}

/** The kinds a generator sets (Argo CD's GetRelevantGenerators); other fields are not read. */
function kindsOf(generator: Obj): GeneratorKind[] {
  return GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
}

/**
 * The generator's fields with another generator's parameters in them (a matrix's second child): every
 * string rendered; `values` of the generator kinds that have them only where those parameters resolve
 * them (a missing key is left for the generator's own parameters).
 */
function interpolate(generator: Obj, outer: Params, ctx: Context): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(generator)) {
    if (!isObj(value) || !(GENERATOR_KINDS as readonly string[]).includes(key) || !isObj(value.values)) {
      out[replace(key, outer, ctx)] = value === null ? value : renderValue(value, outer, ctx);
      continue;
    }
    const { values, ...rest } = value;
    const resolved: Obj = {};
    for (const [k, v] of Object.entries(values)) {
      if (typeof v !== 'string') {
        resolved[k] = v;
        continue;
      }
      try {
        resolved[k] = replace(v, outer, ctx, true);
      } catch (error) {
        if (!(error instanceof TemplateError) || error instanceof BudgetExceeded) throw error;
        if (!/map has no entry for key|can't evaluate field/.test(error.message)) throw error;
        resolved[k] = v;
      }
    }
    out[key] = { ...asObj(renderValue(rest, outer, ctx)), values: resolved };
  }
  return out;
}

/**
 * Argo CD's Transform: each generator a generator item sets, its parameter sets filtered by `selector`.
 * A child of matrix or merge (`child`) must set exactly one.
 */
function transform(
  generator: Obj,
  ctx: Context,
  depth: number,
  outer?: Params,
  child = false,
): TransformResult[] {
  const kinds = kindsOf(generator);
  if (kinds.length === 0) {
    const other = Object.keys(generator).find((k) => !['selector', 'template', 'values'].includes(k));
    if (other !== undefined) throw new NotModeled(`the ${other} generator is not one Argo CD knows`);
    throw new BadInput(
      child
        ? 'a child of its matrix or merge generator names no generator (child generator generated no parameters)'
        : 'a generator names no generator (list, git, matrix, merge, …)',
    );
  }
  if (child && kinds.length > 1)
    throw new BadInput(
      `a child of its matrix or merge generator names more than one generator (${kinds.join(', ')}), which Argo CD refuses`,
    );
  const selector = generator.selector === undefined ? undefined : labelSelector(generator.selector);
  const item = outer && Object.keys(outer).length > 0 ? interpolate(generator, outer, ctx) : generator;
  return kinds.map((kind) => {
    const fn = GENERATORS[kind];
    if (!fn) throw new NotModeled(`the ${kind} generator depends on more than this repository`);
    const spec = asObj(item[kind]);
    let params = fn(spec, ctx, depth);
    if (selector) params = params.filter((p) => selector(new Map(Object.entries(flatten(p, '', {})))));
    return { params, template: spec.template };
  });
}

/**
 * Why generating failed, for the not-previewed list: the errors Slipway raises say what and where; any
 * other (a stack overflow on absurd input) is named by its kind only, never with the content it quotes.
 */
function failure(error: unknown): string {
  if (
    error instanceof NotModeled ||
    error instanceof TemplateError ||
    error instanceof BadInput ||
    error instanceof BadSelector
  )
    return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  return `it could not be expanded (${kind})`;
}

/** mergo.Merge(generatorTemplate, appSetTemplate): the generator's own template wins, field by field. */
function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = v === null ? v : deepMerge(out[k], v);
  return out;
}

/** What a templatePatch may not set to another type (Argo CD unmarshals it into an Application first). */
const PATCH_SHAPES: Array<[path: string[], type: 'map' | 'list' | 'string']> = [
  [['metadata'], 'map'],
  [['metadata', 'labels'], 'map'],
  [['metadata', 'annotations'], 'map'],
  [['metadata', 'finalizers'], 'list'],
  [['metadata', 'name'], 'string'],
  [['metadata', 'namespace'], 'string'],
  [['spec'], 'map'],
  [['spec', 'project'], 'string'],
  [['spec', 'source'], 'map'],
  [['spec', 'sources'], 'list'],
  [['spec', 'destination'], 'map'],
  [['spec', 'syncPolicy'], 'map'],
  [['spec', 'ignoreDifferences'], 'list'],
  [['spec', 'info'], 'list'],
];

function checkPatchShape(patch: Obj): void {
  for (const [path, type] of PATCH_SHAPES) {
    let v: unknown = patch;
    for (const key of path) v = isObj(v) ? v[key] : undefined;
    if (v === undefined || v === null) continue;
    const ok = type === 'map' ? isObj(v) : type === 'list' ? Array.isArray(v) : typeof v === 'string';
    if (!ok)
      throw new BadInput(
        `its templatePatch is invalid: ${path.join('.')} must be a ${type}, as an Application has it`,
      );
  }
}

/** templatePatch on one rendered Application: rendered, checked, merged; the project cannot be patched. */
function applyTemplatePatch(app: Obj, patchTemplate: string, params: Params, ctx: Context): Obj {
  const rendered = replace(patchTemplate, params, ctx);
  ctx.options.budget.rendered(rendered.length);
  const patch = parseData(rendered, 'its templatePatch, rendered,');
  if (patch === null || patch === undefined) return app;
  if (!isObj(patch)) throw new BadInput('its templatePatch is invalid: it does not render to a map');
  checkPatchShape(patch);
  const patched = asObj(deepMerge(app, patch));
  const project = asObj(app.spec).project;
  if (isObj(patched.spec)) {
    if (project === undefined) delete patched.spec.project;
    else patched.spec = { ...patched.spec, project };
  }
  return patched;
}

export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

export function policyOf(appSet: Obj): AppSetPolicy {
  const syncPolicy = asObj(asObj(appSet.spec).syncPolicy);
  const sync = syncPolicy.applicationsSync;
  return {
    appSet: plainText(asObj(appSet.metadata).name, '(unnamed)'),
    applicationsSync:
      sync === 'create-only' || sync === 'create-update' || sync === 'create-delete' ? sync : 'sync',
    preserveResourcesOnDeletion: syncPolicy.preserveResourcesOnDeletion === true,
  };
}

/** Whether the policy lets Argo CD update a generated Application, and delete one no longer generated. */
export const allowsUpdate = (p: AppSetPolicy): boolean =>
  p.applicationsSync === 'sync' || p.applicationsSync === 'create-update';
export const allowsDelete = (p: AppSetPolicy): boolean =>
  p.applicationsSync === 'sync' || p.applicationsSync === 'create-delete';

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
