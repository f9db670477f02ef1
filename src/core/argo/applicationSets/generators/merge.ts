// The merge generator: its first generator's parameter sets, overridden by the later ones that agree on
// every merge key; Argo CD's validations of its children and keys.
import { asObj, type ChildParams, type Context, type Obj, type Params } from '../context.js';
import { BadInput, nestedTooDeep } from '../errors.js';
import { mergeOver } from '../parameterMaps.js';

/** Merge: the first generator's sets, overridden by later ones agreeing on every merge key. */
export function mergeParams(spec: Obj, ctx: Context, depth: number, childParams: ChildParams): Params[] {
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
