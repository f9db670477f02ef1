// Argo CD's generators by kind, and its Transform: each generator a generator item names, the item's
// fields interpolated with an outer generator's parameters (a matrix's second child), its parameter sets
// filtered by `selector`. A generator is one entry of GENERATORS.
import { BudgetExceeded, TemplateError } from '../goTemplate.js';
import { labelSelector } from '../labelSelector.js';
import { asObj, isObj, type Context, type Obj, type Params } from './context.js';
import { BadInput, NotModeled } from './errors.js';
import { clustersParams } from './generators/clusters.js';
import { gitParams } from './generators/git.js';
import { listParams } from './generators/list.js';
import { matrixParams } from './generators/matrix.js';
import { mergeParams } from './generators/merge.js';
import { flatten } from './parameterMaps.js';
import { renderValue, replace } from './renderTemplate.js';

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
  matrix: (spec, ctx, depth) => matrixParams(spec, ctx, depth, childParams),
  merge: (spec, ctx, depth) => mergeParams(spec, ctx, depth, childParams),
  clusters: clustersParams,
};

/** The generators Slipway expands from the repository alone. */
export const PREVIEWED_GENERATORS: readonly GeneratorKind[] = GENERATOR_KINDS.filter((k) => GENERATORS[k]);
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
export const OTHER_GENERATORS: readonly GeneratorKind[] = GENERATOR_KINDS.filter((k) => !GENERATORS[k]);

export interface TransformResult {
  params: Params[];
  /** The generator's own template, merged over the ApplicationSet's. */
  template: unknown;
}

/** The kinds a generator sets (Argo CD's GetRelevantGenerators); other fields are not read. */
export function kindsOf(generator: Obj): GeneratorKind[] {
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
export function transform(
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

/** The parameter sets of a matrix or merge child: exactly one generator, as Argo CD requires. */
function childParams(child: Obj, ctx: Context, depth: number, outer?: Params): Params[] {
  const results = transform(child, ctx, depth + 1, outer, true);
  return (results[0] as TransformResult).params;
}
