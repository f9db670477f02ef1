// A Helm source (a chart folder of this repository, or a chart from a repository or registry) run
// through `helm template` as Argo CD's repo-server runs it; what cannot be rendered is a finding.
import type { RenderUnit, UnitSource } from '../core/argo/unit.js';
import type { FileTree } from '../core/fileTree.js';
import { chartDependencies } from '../core/render/chartDependencies.js';
import {
  chartLinkFindings,
  helmFileParameters,
  helmNameProblem,
  helmValueFiles,
} from '../core/render/helmInputs.js';
import { helmRelease } from '../core/render/helmRelease.js';
import { notRendered } from '../core/render/notRendered.js';
import type { Rendered } from '../core/render/objects.js';
import { parseObjects } from '../core/render/documentReader.js';
import type { RenderOptions } from './renderOptions.js';

/** `what` names the chart in findings: `<chart> from <repoURL>`, or the chart folder's Chart.yaml. */
export async function renderHelm(
  tree: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
  what: string,
): Promise<Rendered> {
  const at = { unit: unit.id, file: unit.file, line: unit.line };
  const helm = source.helm ?? {};
  const release = helmRelease(unit, source, options.kubernetesVersion, options.apiVersions);
  const problem = helmNameProblem(release, source.chart);
  if (problem) return notRendered(unit, 'error', 'invalid-application', `${problem}; not rendered`);
  const chartPath = source.chart ? undefined : source.path;
  const inputs = helmValueFiles(tree, chartPath, helm, at);
  const fileParameters = helmFileParameters(tree, chartPath, helm, at);
  const dependencies =
    chartPath === undefined ? undefined : chartDependencies(tree, chartPath, at, options.charts);
  const links =
    chartPath === undefined
      ? []
      : chartLinkFindings(tree, [chartPath, ...(dependencies?.localFolders ?? [])], at);
  const findings = [
    ...inputs.findings,
    ...fileParameters.findings,
    ...(dependencies?.findings ?? []),
    ...links,
  ];
  if (findings.length > 0) return { objects: [], findings };
  const notPreviewed = inputs.notPreviewed ?? dependencies?.notPreviewed;
  if (notPreviewed)
    return notRendered(unit, 'warning', 'not-previewed', `${what} not previewed: ${notPreviewed}`);
  const chart = source.chart ? { ref: source.chart } : { path: source.path };
  const files = {
    valueFiles: inputs.valueFiles,
    fileParameters: fileParameters.parameters,
    dependencyFolders: dependencies?.localFolders ?? [],
    ...(dependencies && dependencies.remote.length > 0 && { remoteDependencies: dependencies.remote }),
  };
  const result = await options.renderer.helmTemplate(tree, chart, files, helm, release);
  const missing = /helm not found/.test(result.error);
  if (!missing) options.renderersUsed?.add('helm');
  if (result.ok) return parseObjects(result.stdout, source.chart ? unit.file : what, unit.id);
  // a chart or dependency that could not be pulled (offline, unauthorized, not found): this app only
  if (result.notPreviewed !== undefined)
    return notRendered(unit, 'warning', 'not-rendered', `not previewed: ${result.notPreviewed}`);
  // a chart repository out of reach is the network's doing, not the PR's: a warning, like a missing helm
  if (missing || source.chart !== undefined)
    return notRendered(unit, 'warning', 'not-rendered', `${what} not rendered: ${result.error}`);
  return notRendered(unit, 'error', 'render', `helm template failed: ${result.error}`);
}
