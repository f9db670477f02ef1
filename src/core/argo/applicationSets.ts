// ApplicationSets → the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository, `values`, and matrix and
// merge of those. Templates as Argo CD renders them (applicationset/utils): every string of the template
// — keys too — through Go's text/template with sprig (goTemplate: true, goTemplateOptions) or the legacy
// `{{param}}` substitution; then templatePatch. Generators that depend on the world outside the
// repository (clusters, SCM providers, pull requests, plugins, cluster decisions) are listed as not
// previewed with the reason, never dropped.
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { dirname, type FileTree } from '../fileTree.js';
import { documentBoundsProblem } from '../yaml/documentBounds.js';
import { MANIFEST_YAML_OPTIONS } from '../yaml/manifestMaps.js';
import { sameRepo } from './repoUrl.js';
import {
  BudgetExceeded,
  goString,
  renderGoTemplate,
  renderLegacyTemplate,
  TemplateBudget,
  TemplateError,
  type TemplateOptions,
} from './goTemplate.js';
import { BadPattern, goPathMatch } from './pathMatch.js';
import { sanitizeName, SPRIG_FUNCTIONS } from './sprigFunctions.js';
import { plainText } from '../plainText.js';

type Obj = Record<string, unknown>;
type Params = Record<string, unknown>;

export interface SkippedAppSet {
  name: string;
  file: string;
  line: number;
  reason: string;
}

export interface GeneratedApps {
  applications: Obj[];
  notPreviewed: SkippedAppSet[];
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

/** The generators Slipway expands from the repository alone. */
export const PREVIEWED_GENERATORS = ['list', 'git', 'matrix', 'merge'] as const;
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
export const OTHER_GENERATORS = [
  'clusters',
  'clusterDecisionResource',
  'scmProvider',
  'pullRequest',
  'plugin',
] as const;

/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
class NotModeled extends Error {}

/** Input Argo CD refuses too (a YAML field or generator file that does not parse): the reason names it. */
class BadInput extends Error {}

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

interface Context {
  tree: FileTree;
  repoUrls: readonly string[];
  goTemplate: boolean;
  options: TemplateOptions & { budget: TemplateBudget };
}

/** Renders one string as Argo CD's Render.Replace does. */
function replace(text: string, params: Params, ctx: Context): string {
  if (ctx.goTemplate) return renderGoTemplate(text, params, ctx.options);
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

function pathParams(path: string, ctx: Context, file?: string): Params {
  const basename = path.split('/').at(-1) ?? '';
  const details: Params = {
    path,
    basename,
    basenameNormalized: sanitizeName(basename),
    ...(file !== undefined && { filename: file, filenameNormalized: sanitizeName(file) }),
  };
  if (ctx.goTemplate) return { path: { ...details, segments: path.split('/') } };
  const flat: Params = {};
  for (const [k, v] of Object.entries(details)) flat[k === 'path' ? 'path' : `path.${k}`] = v;
  path.split('/').forEach((s, i) => {
    if (s !== '') flat[`path[${i}]`] = s;
  });
  return flat;
}

function folders(tree: FileTree): string[] {
  const out = new Set<string>();
  for (const path of tree.keys()) for (let d = dirname(path); d !== ''; d = dirname(d)) out.add(d);
  return [...out].sort();
}

/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
function flatten(value: unknown, prefix: string, out: Params): Params {
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  } else out[prefix] = goString(value);
  return out;
}

function gitParams(git: Obj, ctx: Context): Params[] {
  const out: Params[] = [];
  const directories = Array.isArray(git.directories) ? (git.directories as Obj[]) : [];
  if (directories.length > 0) {
    // Go's path.Match, as Argo CD matches each folder: `*` stays within one path segment, `**` too; a
    // linear-time matcher, so a pattern of many stars costs no more than a plain one
    const match = (pattern: unknown) => (dir: string) => {
      try {
        return goPathMatch(String(pattern), dir);
      } catch (error) {
        if (!(error instanceof BadPattern)) throw error;
        throw new BadInput(
          `its git directories path ${JSON.stringify(String(pattern))} is not a valid pattern`,
        );
      }
    };
    const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
    const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
    for (const dir of folders(ctx.tree)) {
      if (dir.split('/').some((s) => s.startsWith('.'))) continue;
      ctx.options.budget.step(include.length + exclude.length);
      if (include.some((m) => m(dir)) && !exclude.some((m) => m(dir))) out.push(pathParams(dir, ctx));
      if (out.length > MAX_GENERATED_APPS) throw tooManyApps();
    }
  }
  for (const file of Array.isArray(git.files) ? (git.files as Obj[]) : []) {
    const matches = picomatch(String(file.path), { dot: true });
    for (const [path, entry] of ctx.tree) {
      if (!matches(path) || entry.text === undefined) continue;
      const content = parseData(entry.text, `its git files generator file ${path}`);
      const items = Array.isArray(content) ? content : [content ?? {}];
      for (const item of items) {
        if (!isObj(item))
          throw new BadInput(
            `its git files generator file ${path} is not a map or a list of maps, as Argo CD requires`,
          );
        const own = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
        out.push({ ...own, ...pathParams(dirname(path), ctx, path.split('/').at(-1)) });
        if (out.length > MAX_GENERATED_APPS) throw tooManyApps();
      }
    }
  }
  return out;
}

/** Parameters of one generator, with its `values` rendered in. */
function generate(generator: Obj, ctx: Context, depth = 0): Params[] {
  const type = Object.keys(generator).find((k) => k !== 'selector' && k !== 'template' && k !== 'values');
  if (generator.selector !== undefined)
    throw new NotModeled(`the ${String(type)} generator has a selector, which is not previewed`);
  let params: Params[];
  switch (type) {
    case 'list': {
      const list = asObj(generator.list);
      const elements: unknown[] = Array.isArray(list.elements) ? list.elements : [];
      const fromYaml =
        typeof list.elementsYaml === 'string' && list.elementsYaml.trim() !== ''
          ? parseData(list.elementsYaml, "its list generator's elementsYaml")
          : [];
      if (!Array.isArray(fromYaml))
        throw new BadInput("its list generator's elementsYaml is not a list, as Argo CD requires");
      params = [...elements, ...(fromYaml as unknown[])].filter(isObj).map((e) => {
        if (ctx.goTemplate) return structuredClone(e);
        return Object.fromEntries(
          Object.entries(e).map(([k, v]) => [
            k,
            isObj(v) || Array.isArray(v) ? JSON.stringify(v) : String(v),
          ]),
        );
      });
      break;
    }
    case 'git': {
      const git = asObj(generator.git);
      if (!ctx.repoUrls.some((url) => sameRepo(url, plainText(git.repoURL, ''))))
        throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
      params = gitParams(git, ctx);
      break;
    }
    case 'matrix':
    case 'merge': {
      if (depth >= 2) throw new NotModeled(`${type} generators nested deeper than Argo CD allows`);
      const children = (
        Array.isArray(asObj(generator[type]).generators) ? asObj(generator[type]).generators : []
      ) as Obj[];
      params =
        type === 'matrix'
          ? matrix(children, ctx, depth)
          : merge(children, asObj(generator.merge).mergeKeys, ctx, depth);
      break;
    }
    default:
      throw new NotModeled(`the ${String(type ?? '(empty)')} generator depends on more than this repository`);
  }
  const values = asObj(generator.values);
  if (Object.keys(values).length === 0) return params;
  return params.map((p) => {
    const rendered = asObj(renderValue(values, p, ctx));
    if (ctx.goTemplate) return { ...p, values: rendered };
    return { ...p, ...Object.fromEntries(Object.entries(rendered).map(([k, v]) => [`values.${k}`, v])) };
  });
}

/** Matrix: every pair; the second generator may use the first one's parameters in its own fields. */
function matrix(children: Obj[], ctx: Context, depth: number): Params[] {
  if (children.length !== 2) throw new NotModeled('a matrix generator needs exactly two generators');
  const [first, second] = children as [Obj, Obj];
  const out: Params[] = [];
  for (const left of generate(first, ctx, depth + 1)) {
    const child = asObj(renderValue(second, left, ctx));
    const rights = generate(child, ctx, depth + 1);
    // counted before the product is built: 3,000 × 3,000 stops here, not after 9 million objects
    if (out.length + rights.length > MAX_GENERATED_APPS) throw tooManyApps();
    for (const right of rights) out.push({ ...left, ...right });
  }
  return out;
}

/** Merge: the first generator's parameter sets, overridden by later ones that agree on the merge keys. */
function merge(children: Obj[], mergeKeys: unknown, ctx: Context, depth: number): Params[] {
  const keys = Array.isArray(mergeKeys) ? mergeKeys.map(String) : [];
  if (keys.length === 0) throw new NotModeled('a merge generator without mergeKeys');
  // a key names a parameter, flat (`path.basename`) or nested (`.path.basename` in Go templates)
  const lookup = (p: Params, key: string): unknown =>
    key in p ? p[key] : key.split('.').reduce<unknown>((v, part) => (isObj(v) ? v[part] : undefined), p);
  const keyOf = (p: Params) => JSON.stringify(keys.map((k) => lookup(p, k)));
  const [base, ...others] = children;
  const out = base ? generate(base, ctx, depth + 1) : [];
  for (const other of others) {
    const overrides = new Map(generate(other, ctx, depth + 1).map((p) => [keyOf(p), p]));
    out.forEach((p, i) => {
      const override = overrides.get(keyOf(p));
      if (override) out[i] = { ...p, ...override };
    });
  }
  return out;
}

/**
 * Why generating failed, for the not-previewed list: the errors Slipway raises say what and where; any
 * other (a stack overflow on absurd input) is named by its kind only, never with the content it quotes.
 */
function failure(error: unknown): string {
  if (error instanceof NotModeled || error instanceof TemplateError || error instanceof BadInput)
    return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  return `it could not be expanded (${kind})`;
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = v === null ? v : deepMerge(out[k], v);
  return out;
}

/** The Applications an ApplicationSet generates from this repository alone. */
export function expandApplicationSet(
  appSet: Obj,
  file: string,
  line: number,
  tree: FileTree,
  repoUrls: readonly string[],
): GeneratedApps {
  const name = plainText(asObj(appSet.metadata).name, '(unnamed)');
  const spec = asObj(appSet.spec);
  const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
  const ctx: Context = {
    tree,
    repoUrls,
    goTemplate: spec.goTemplate === true,
    options: {
      missingKeyError: options.includes('missingkey=error'),
      functions: SPRIG_FUNCTIONS,
      budget: new TemplateBudget(),
    },
  };
  const notPreviewed: SkippedAppSet[] = [];
  const applications: Obj[] = [];
  const skip = (reason: string) =>
    notPreviewed.push({ name, file, line, reason: `ApplicationSet: ${reason}, not previewed` });
  // a malformed ApplicationSet generates nothing in Argo CD either: say so instead of dropping it
  if (!Array.isArray(spec.generators) || spec.generators.length === 0)
    skip('it has no spec.generators list (Argo CD generates nothing from it)');
  else if (!isObj(spec.template) && !spec.generators.every((g) => isObj(asObj(g).template)))
    skip('it has no spec.template (Argo CD generates nothing from it)');
  else if (spec.generators.some((g) => !isObj(g))) skip('each of spec.generators must be a map');
  const generators = notPreviewed.length > 0 ? [] : (spec.generators as Obj[]);
  let generated = 0;
  let overBudget = false;
  for (const generator of generators) {
    // past a budget the ApplicationSet is not previewed at all: one finding, not one per generator
    if (overBudget) break;
    let paramSets: Params[];
    try {
      paramSets = generate(generator, ctx);
      generated += paramSets.length;
      if (generated > MAX_GENERATED_APPS) throw tooManyApps();
    } catch (error) {
      overBudget = error instanceof BudgetExceeded;
      skip(failure(error));
      continue;
    }
    // a generator's own template is merged over the ApplicationSet's
    const template = deepMerge(spec.template, generator.template ?? {});
    for (const params of paramSets) {
      try {
        let app = asObj(renderValue(template, params, ctx));
        if (ctx.goTemplate && typeof spec.templatePatch === 'string') {
          const rendered = renderGoTemplate(spec.templatePatch, params, ctx.options);
          ctx.options.budget.rendered(rendered.length);
          const patch = parseData(rendered, 'its templatePatch, rendered,');
          if (patch !== null && !isObj(patch))
            throw new BadInput('its templatePatch does not render to a map, as Argo CD requires');
          if (isObj(patch)) app = asObj(deepMerge(app, patch));
        }
        applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app });
      } catch (error) {
        overBudget = error instanceof BudgetExceeded;
        skip(
          error instanceof BudgetExceeded || error instanceof BadInput
            ? failure(error)
            : `its template fails: ${failure(error)}`,
        );
        break;
      }
    }
  }
  return { applications, notPreviewed };
}
