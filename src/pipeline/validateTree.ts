// The push validation of one tree: discover the apps, render each, validate what they deploy (the same
// stage as the pull-request check, validateRendered.ts), and list what was not previewed.
import { discoverUnits } from '../core/argo/discovery.js';
import { expanderFor } from './appSetEngine.js';
import type { FileTree } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import { sortFindings } from '../core/report/findings.js';
import { loadBuiltinSchemas } from '../core/validate/builtinSchemas.js';
import type { RenderProgress } from '../log.js';
import type { Renderer } from '../ports.js';
import { renderAll } from './renderWaves.js';
import type { UnitOutput } from './renderUnit.js';
import { RenderedValidation, type ValidationOptions } from './validateRendered.js';

export interface TreeValidationSettings extends ValidationOptions {
  repoUrls: readonly string[];
  kustomizeBuildOptions: string[];
  /** Without Applications: only the folders under these globs are units. */
  paths: string[];
  progress?: RenderProgress;
}

export interface ValidateResult {
  findings: Finding[];
  units: number;
  objects: number;
}

export async function validateTree(
  tree: FileTree,
  settings: TreeValidationSettings,
  renderer: Renderer,
): Promise<ValidateResult> {
  const expand = await expanderFor({}, [tree]);
  const discovery = discoverUnits(
    tree,
    settings.repoUrls,
    settings.paths,
    true,
    undefined,
    undefined,
    undefined,
    expand,
  );
  const validation = new RenderedValidation(
    tree,
    settings,
    await loadBuiltinSchemas({ crdCatalog: settings.crdCatalog ?? false }),
  );
  // each output is checked as it is rendered (its validators load while the other renders run), and
  // only what the check across apps needs is kept of it
  let units = 0;
  let objects = 0;
  const checkOutput = (output: UnitOutput, order: number) => {
    units++;
    objects += output.objects.length;
    validation.add(output, order);
  };
  const { notPreviewed } = await renderAll(
    tree,
    discovery.units,
    {
      renderer,
      strict: settings.strict,
      kubernetesVersion: settings.kubernetesVersion,
      repoUrls: settings.repoUrls,
      kustomizeBuildOptions: settings.kustomizeBuildOptions,
      ...(settings.progress && { progress: settings.progress }),
      // a render waits while many objects wait for their validators to load
      beforeRender: async () => validation.ready(),
    },
    checkOutput,
  );
  const byUnit = await validation.finish();
  const findings = [...byUnit.values()].flat();
  for (const skipped of [...discovery.notPreviewed, ...notPreviewed]) {
    findings.push({
      severity: 'notice',
      rule: 'not-previewed',
      unit: `app:${skipped.name}`,
      file: skipped.file,
      line: skipped.line,
      message: `${skipped.name}: ${skipped.reason}`,
    });
  }
  return { findings: sortFindings(findings), units, objects };
}
