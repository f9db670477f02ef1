// One unit rendered: the objects of all its sources as Argo CD would deploy them, with the findings
// about them and whether the preview is whole.
import type { RenderUnit } from '../core/argo/unit.js';
import type { FileTree } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import { nonStringAnnotations, type RenderedObject } from '../core/render/objects.js';
import { clusterScopedCrdKinds, defaultNamespaces } from '../core/render/scope.js';
import { renderState, type RenderState } from '../core/render/renderState.js';
import { renderSource } from './renderSource.js';
import type { RenderOptions } from './renderOptions.js';

export interface UnitOutput {
  unit: RenderUnit;
  objects: RenderedObject[];
  findings: Finding[];
  /** Whether the objects are what Argo CD would deploy, or the render failed / was not attempted. */
  state: RenderState;
  /** A kustomize build skipped origin annotations (withoutOrigins): objects' files are not their own. */
  originsOmitted?: boolean;
}

/** One unit's objects from all its sources, as Argo CD would deploy them. */
export async function renderUnit(
  tree: FileTree,
  unit: RenderUnit,
  options: RenderOptions,
): Promise<UnitOutput> {
  const excluded = options.exclude?.(unit);
  if (excluded !== undefined) {
    const message = excluded;
    const finding: Finding = {
      severity: 'warning',
      rule: 'not-previewed',
      unit: unit.id,
      file: unit.file,
      line: unit.line,
      message,
    };
    return { unit, objects: [], findings: [finding], state: 'not-previewed' };
  }
  const objects: RenderedObject[] = [];
  const findings: Finding[] = [...(unit.findings ?? [])];
  let originsOmitted = false;
  for (const source of unit.sources) {
    const rendered = await renderSource(tree, unit, source, options);
    const checked = nonStringAnnotations(rendered.objects, unit.id);
    objects.push(...checked.objects);
    findings.push(...rendered.findings, ...checked.findings);
    originsOmitted ||= rendered.originsOmitted === true;
  }
  const namespace = unit.app?.destination.namespace;
  defaultNamespaces(objects, namespace, clusterScopedCrdKinds(objects));
  return { unit, objects, findings, state: renderState(findings), ...(originsOmitted && { originsOmitted }) };
}
