// The list generator: its elements, and the list its elementsYaml holds; legacy templates take strings only.
import { countApps, isObj, type Context, type Obj, type Params } from '../context.js';
import { BadInput } from '../errors.js';
import { parseData } from '../yamlData.js';

export function listParams(list: Obj, ctx: Context): Params[] {
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
