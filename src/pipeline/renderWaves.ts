// Renders units a pool at a time, then the apps their outputs deploy (app-of-apps, ApplicationSets)
// as the next wave, to a bounded depth.
import { availableParallelism } from 'node:os';
import { sourceType } from '../core/argo/sourceType.js';
import type { NotPreviewed, OtherRevision, RenderUnit } from '../core/argo/unit.js';
import type { FileTree } from '../core/fileTree.js';
import { deployedApps, deploysApplicationSets, deploysApps } from '../core/render/deployedApps.js';
import { appName, controllerOf, place } from './affectedApps.js';
import { expanderIf } from './appSetEngine.js';
import { pool } from './pool.js';
import { forTree, type RenderOptions } from './renderOptions.js';
import { renderUnit, type UnitOutput } from './renderUnit.js';

const MAX_APP_DEPTH = 3;

/**
 * Whether rendering a unit may start a program (kustomize, helm, git for another repository's files): a
 * unit whose sources are all plain folders of this tree is read in place. Only the units that may are
 * announced to the renderer: a wave of plain folders (`validate DIR` without Applications) would
 * otherwise start the helper that launches programs, a Node process of its own, for nothing.
 */
export function mayRunProgram(tree: FileTree, unit: RenderUnit): boolean {
  return unit.sources.some(
    (source) =>
      source.repo !== undefined ||
      source.valueRefs !== undefined ||
      source.chart !== undefined ||
      sourceType(tree, source) !== 'directory',
  );
}

/**
 * Renders the units, then the apps their outputs deploy, wave by wave. With `onOutput`, each output is
 * handed over as it is done (with its place in the order the outputs would have had) and not kept, so
 * memory holds the renders under way rather than every render of the run.
 */
export async function renderAll(
  tree: FileTree,
  units: readonly RenderUnit[],
  options: RenderOptions,
  onOutput?: (output: UnitOutput, index: number) => void,
): Promise<{ outputs: UnitOutput[]; notPreviewed: NotPreviewed[]; otherRevisions: OtherRevision[] }> {
  const outputs: UnitOutput[] = [];
  const notPreviewed: NotPreviewed[] = [];
  const otherRevisions: OtherRevision[] = [];
  const known = new Set(units.map((u) => u.id));
  // an Application discovery found in a file is that app when an app-of-apps deploys the same document
  // under the same name (the parent's destination namespace would otherwise give it a second identity)
  const definedAt = new Map([
    ...(options.definedAt ?? []),
    ...units.map((u) => [place(u), appName(u)] as const),
  ]);
  options = forTree(tree, options);
  let wave = [...units];
  let done = 0;
  for (let depth = 0; wave.length > 0; depth++) {
    options.progress?.planned(wave.length);
    const programs = wave.filter((unit) => mayRunProgram(tree, unit)).length;
    if (programs > 0) options.renderer.planned?.(programs);
    const offset = done;
    const found = await pool(wave, availableParallelism(), async (unit, i) => {
      await options.beforeRender?.();
      let output = await renderUnit(tree, unit, options);
      if (output.originsOmitted && deploysApps(output.objects))
        output = await renderUnit(tree, unit, { ...options, withoutOrigins: undefined });
      options.progress?.done();
      const expand = await expanderIf(deploysApplicationSets(output.objects), controllerOf(options));
      const children = deployedApps(tree, output.objects, options.repoUrls, options.tracking, expand);
      if (onOutput) onOutput(output, offset + i);
      else outputs[offset + i] = output;
      return children;
    });
    done += wave.length;
    // in the order of the outputs, whichever finished first
    const next: RenderUnit[] = [];
    for (const children of found) {
      notPreviewed.push(...children.notPreviewed);
      otherRevisions.push(...children.otherRevisions);
      for (const { unit, file, line } of children.units) {
        if (known.has(unit.id) || definedAt.get(place({ file, line })) === appName(unit)) continue;
        if (depth + 1 > MAX_APP_DEPTH) {
          const name = unit.app?.name ?? unit.id;
          notPreviewed.push({
            name,
            file,
            line,
            reason: `app-of-apps deeper than ${MAX_APP_DEPTH} levels, not previewed`,
          });
          continue;
        }
        known.add(unit.id);
        next.push(unit);
      }
    }
    wave = next;
  }
  return { outputs, notPreviewed, otherRevisions };
}
