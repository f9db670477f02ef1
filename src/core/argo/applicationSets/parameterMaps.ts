// Parameter maps as Argo CD combines them: a generator's `values` rendered into its parameter sets,
// mergo's merge of two sets, and the flattened form legacy templates and selectors read.
import { goString } from '../goTemplate.js';
import { isObj, type Context, type Obj, type Params } from './context.js';
import { BadInput } from './errors.js';
import { replace } from './renderTemplate.js';

/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
export function flatten(value: unknown, prefix: string, out: Record<string, string>): Record<string, string> {
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

/** mergo.Merge(dst, src, WithOverride) on parameter maps: maps merged key by key, anything else replaced. */
export function mergeOver(dst: Params, src: Params): Params {
  const out: Params = { ...dst };
  for (const [k, v] of Object.entries(src)) {
    if (v === null || v === undefined) continue;
    out[k] = isObj(v) && isObj(out[k]) ? mergeOver(out[k], v) : v;
  }
  return out;
}
