// A kustomize source built as Argo CD builds it (with the build options it is given), its objects
// mapped back to the files they come from.
import type { RenderUnit, UnitSource } from '../core/argo/unit.js';
import { kustomizationIn } from '../core/argo/sourceType.js';
import type { FileTree } from '../core/fileTree.js';
import { kustomizeInputs } from '../core/render/kustomizeInputs.js';
import { parseKustomizeOutput } from '../core/render/kustomizeOutput.js';
import { notRendered } from '../core/render/notRendered.js';
import type { Rendered } from '../core/render/objects.js';
import type { RenderOptions } from './renderOptions.js';

const unmapped = (): undefined => undefined;

export async function renderKustomize(
  tree: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
): Promise<Rendered & { originsOmitted?: boolean }> {
  const enableHelm = (options.kustomizeBuildOptions ?? []).includes('--enable-helm');
  const inputs = kustomizeInputs(tree, source.path, unit.id, undefined, { enableHelm });
  if (inputs.findings.length > 0) return { objects: [], findings: inputs.findings };
  const origins = !options.withoutOrigins?.has(unit.id);
  const building = options.renderer.kustomizeBuild(
    tree,
    source.path,
    inputs.files,
    source.kustomize,
    options.kustomizeBuildOptions,
    origins,
  );
  options.building?.(tree, inputs.files);
  const built = await building;
  if (built.renderer) options.renderersUsed?.add(built.renderer);
  if (!built.ok) return notRendered(unit, 'error', 'render', `kustomize build failed: ${built.error}`);
  const output = parseKustomizeOutput(
    built.stdout,
    tree,
    // a build asked without origins places every object at the app's kustomization, even when a build
    // with them served it (the render cache keeps those): its files are not read to find the objects' lines
    origins ? built.originToRepo : unmapped,
    { file: kustomizationIn(tree, source.path) as string, line: 1 },
    unit.id,
  );
  return origins ? output : { ...output, originsOmitted: true };
}
