// A generator's own template merged over the ApplicationSet's, and templatePatch as Argo CD applies it to
// each rendered Application: rendered, checked against an Application's shape, merged; the project
// cannot be patched.
import { asObj, isObj, type Context, type Obj, type Params } from './context.js';
import { BadInput } from './errors.js';
import { replace } from './renderTemplate.js';
import { parseData } from './yamlData.js';

/** mergo.Merge(generatorTemplate, appSetTemplate): the generator's own template wins, field by field. */
export function deepMerge(base: unknown, patch: unknown): unknown {
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
export function applyTemplatePatch(app: Obj, patchTemplate: string, params: Params, ctx: Context): Obj {
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
