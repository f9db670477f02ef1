// The matrix generator: every pair of its two generators' parameter sets, the first's winning, the second
// given the first's; Argo CD's limits on its children and its depth.
import { goString } from '../../goTemplate.js';
import { asObj, countApps, type ChildParams, type Context, type Obj, type Params } from '../context.js';
import { BadInput, nestedTooDeep } from '../errors.js';
import { mergeOver } from '../parameterMaps.js';

/** Matrix: every pair, the first generator's parameters winning; the second sees the first's. */
export function matrixParams(spec: Obj, ctx: Context, depth: number, childParams: ChildParams): Params[] {
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
