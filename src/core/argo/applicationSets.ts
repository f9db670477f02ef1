// ApplicationSets → the Applications they generate, for the generators this repository alone decides:
// list (elements, elementsYaml), git directories and files on this repository, `values`, and matrix and
// merge of those. Templates as Argo CD renders them (applicationset/utils): every string of the template
// — keys too — through Go's text/template with sprig (goTemplate: true, goTemplateOptions) or the legacy
// `{{param}}` substitution; then templatePatch. Generators that depend on the world outside the
// repository (clusters, SCM providers, pull requests, plugins, cluster decisions) are listed as not
// previewed with the reason, never dropped.
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { dirname, type FileTree } from '../fileTree.js';
import { sameRepo } from './repoUrl.js';
import { goString, renderGoTemplate, TemplateError, type TemplateOptions } from './goTemplate.js';
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

interface Context {
  tree: FileTree;
  repoUrls: readonly string[];
  goTemplate: boolean;
  options: TemplateOptions;
}

/** Renders one string as Argo CD's Render.Replace does. */
function replace(text: string, params: Params, ctx: Context): string {
  if (ctx.goTemplate) return renderGoTemplate(text, params, ctx.options);
  // fasttemplate: `{{ key }}` becomes the parameter when it is a string, and stays as written otherwise
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, tag: string) => {
    const value = params[tag.trim()];
    return tag.trim() !== '' && typeof value === 'string' ? value : whole;
  });
}

/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
function renderValue(value: unknown, params: Params, ctx: Context): unknown {
  if (typeof value === 'string') return replace(value, params, ctx);
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
    // Go's path.Match: `*` stays within one path segment
    const match = (pattern: unknown) => picomatch(String(pattern), { dot: true });
    const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
    const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
    for (const dir of folders(ctx.tree)) {
      if (dir.split('/').some((s) => s.startsWith('.'))) continue;
      if (include.some((m) => m(dir)) && !exclude.some((m) => m(dir))) out.push(pathParams(dir, ctx));
    }
  }
  for (const file of Array.isArray(git.files) ? (git.files as Obj[]) : []) {
    const matches = picomatch(String(file.path), { dot: true });
    for (const [path, entry] of ctx.tree) {
      if (!matches(path) || entry.text === undefined) continue;
      const content = parse(entry.text) as unknown;
      const items = Array.isArray(content) ? content : [content ?? {}];
      for (const item of items) {
        if (!isObj(item)) continue;
        const own = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
        out.push({ ...own, ...pathParams(dirname(path), ctx, path.split('/').at(-1)) });
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
      const fromYaml = typeof list.elementsYaml === 'string' ? (parse(list.elementsYaml) as unknown) : [];
      params = [...elements, ...(Array.isArray(fromYaml) ? (fromYaml as unknown[]) : [])]
        .filter(isObj)
        .map((e) => {
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
    for (const right of generate(child, ctx, depth + 1)) out.push({ ...left, ...right });
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
    options: { missingKeyError: options.includes('missingkey=error'), functions: SPRIG_FUNCTIONS },
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
  for (const generator of generators) {
    let paramSets: Params[];
    try {
      paramSets = generate(generator, ctx);
    } catch (error) {
      if (!(error instanceof NotModeled || error instanceof TemplateError)) throw error;
      skip(error.message);
      continue;
    }
    // a generator's own template is merged over the ApplicationSet's
    const template = deepMerge(spec.template, generator.template ?? {});
    for (const params of paramSets) {
      try {
        let app = asObj(renderValue(template, params, ctx));
        if (ctx.goTemplate && typeof spec.templatePatch === 'string') {
          const patch = parse(renderGoTemplate(spec.templatePatch, params, ctx.options)) as unknown;
          if (isObj(patch)) app = asObj(deepMerge(app, patch));
        }
        applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app });
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        skip(`its template fails: ${error.message}`);
        break;
      }
    }
  }
  return { applications, notPreviewed };
}
