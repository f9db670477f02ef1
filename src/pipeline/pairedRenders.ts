// Renders the affected apps at both revisions and compares each app as soon as both of its renders are
// done, then lets them go: memory holds the renders under way and each app's comparison, not every
// object of the run. What needs every app (CRDs another app deploys, two apps claiming one object, new
// apps that may be renames of removed ones) is finished once all renders are in.
import type { RenderUnit } from '../core/argo/unit.js';
import { diffPair, diffUnits, type SettledApp } from '../core/diff/clusterDiff.js';
import { objectDiff } from '../core/diff/changeText.js';
import type { ClusterDiff, ObjectChange, UnitSide } from '../core/diff/diffModel.js';
import type { FileTree } from '../core/fileTree.js';
import type { Finding } from '../core/finding.js';
import type { NotPreviewed, OtherRevision } from '../core/argo/unit.js';
import { declaredKinds, type DeclaredKind } from '../core/render/declaredKinds.js';
import { stateReason } from '../core/render/renderState.js';
import type { BuiltinSchemas } from '../core/validate/builtinSchemas.js';
import { objectKey } from '../core/validate/rules.js';
import { otherSide, PairPacer, type Side } from './pairPacer.js';
import { forTree, type RenderOptions } from './renderOptions.js';
import { renderUnit, type UnitOutput } from './renderUnit.js';
import { renderAll } from './renderWaves.js';
import type { RenderedValidation, ValidationOptions } from './validateRendered.js';

/** What checking the rendered apps takes: the checks' code and the built-in kinds' validators. */
interface ValidationKit {
  schemas: BuiltinSchemas;
  checks: typeof import('./validateRendered.js');
}

/**
 * Loads the ValidationKit, while the first renders run in other processes: a run that renders nothing (a
 * pull request no app reads) never loads it.
 */
async function loadValidationKit(crdCatalog: boolean): Promise<ValidationKit> {
  const [checks, schemas] = await Promise.all([
    import('./validateRendered.js'),
    import('../core/validate/builtinSchemas.js').then((m) => m.loadBuiltinSchemas({ crdCatalog })),
  ]);
  return { checks, schemas };
}

export interface PairedRenders {
  diff: ClusterDiff;
  rendered: number;
  /** Milliseconds rendering (with each app's comparison), then finishing the checks across apps. */
  timings: { render: number; validate: number; diff: number };
}

/** Whether the base holds an object the head does not: the diff shows it deleted, from its own file. */
function losesObjects(base: UnitOutput, head: UnitOutput): boolean {
  const kept = new Set(head.objects.map((o) => objectKey(o.obj)));
  return base.objects.some((o) => !kept.has(objectKey(o.obj)));
}

/**
 * Prints each change of an app compared as its renders arrive (its canonical YAML and the hunks every
 * report groups changes by), while other renders run: done after the last render, it was the longest
 * step between that render and the report (changeTexts keeps them for the reports).
 */
function printChanges(changes: readonly ObjectChange[]): void {
  for (const change of changes) objectDiff(change, 0);
}

const side = (o: UnitOutput, findings: Finding[]): UnitSide => {
  const reason = stateReason(o.findings);
  return { unit: o.unit, objects: o.objects, findings, state: o.state, ...(reason && { reason }) };
};

export async function renderAndCompare(
  trees: { base: FileTree; head: FileTree },
  units: { base: readonly RenderUnit[]; head: readonly RenderUnit[] },
  options: RenderOptions,
  validationOptions: ValidationOptions,
  counted: {
    unchanged: number;
    notPreviewed: readonly NotPreviewed[];
    otherRevisions?: readonly OtherRevision[];
  },
  /** Milliseconds since the caller's previous lap: the phases are timed on the caller's stopwatch. */
  lap: () => number,
): Promise<PairedRenders> {
  const headIds = new Set(units.head.map((u) => u.id));
  const paired = new Set(units.base.filter((u) => headIds.has(u.id)).map((u) => u.id));
  const waiting = new Map<string, { base?: UnitOutput; head?: UnitOutput; order?: number }>();
  const ready: Array<{ base?: UnitOutput; head?: UnitOutput; order: number }> = [];
  // apps on one side only (and apps that apps deploy) are compared at the end, where renames are found
  const baseRest: UnitSide[] = [];
  const headRest: UnitSide[] = [];
  const settled: SettledApp[] = [];
  // each app's findings array, filled once every app is validated
  const findingsOf = new Map<string, Finding[]>();
  let kit: ValidationKit | undefined;
  let validation: RenderedValidation | undefined;
  let rendered = 0;
  // an app's base is built without origin annotations (they cost kustomize ~15 % of its CPU): only a
  // deleted object reports its file from the base, and such a base is built again with them, with the
  // options of its first build (the base's CRD API versions for helm)
  const baseBuild = forTree(trees.base, options);
  const baseOptions: RenderOptions = { ...baseBuild, withoutOrigins: paired };
  const rebuilds: Array<Promise<void>> = [];

  const compareReady = () => {
    if (!kit) return; // the built-in validators are still loading: the renders wait in `ready`
    validation ??= new kit.checks.RenderedValidation(trees.head, validationOptions, kit.schemas);
    for (const { base, head, order } of ready.splice(0)) {
      if (base?.originsOmitted && head && losesObjects(base, head)) {
        const rebuilt = renderUnit(trees.base, base.unit, baseBuild).then((withOrigins) => {
          ready.push({ base: withOrigins, head, order });
          compareReady();
        });
        rebuilds.push(rebuilt);
        continue;
      }
      let findings: Finding[] = [];
      if (head) {
        validation.add(head, order);
        findingsOf.set(head.unit.id, (findings = []));
      }
      if (base && head) {
        const pair = diffPair(side(base, []), side(head, findings));
        printChanges(pair.app.changes);
        settled.push(pair);
      } else if (head) headRest.push(side(head, findings));
      else if (base) baseRest.push(side(base, []));
    }
  };
  const pacer = new PairPacer();
  const arrived = (which: Side) => (output: UnitOutput, order: number) => {
    rendered++;
    // a base's kinds are most likely its head's: either side starts loading them
    if (kit) kit.checks.prefetchValidation(output.objects, kit.schemas);
    const id = output.unit.id;
    if (!paired.has(id)) ready.push({ [which]: output, order });
    else {
      const entry = waiting.get(id) ?? {};
      entry[which] = output;
      if (which === 'head') entry.order = order;
      if (entry.base && entry.head) {
        waiting.delete(id);
        pacer.release(otherSide(which));
        ready.push({ base: entry.base, head: entry.head, order: entry.order ?? order });
      } else {
        waiting.set(id, entry);
        pacer.hold(which);
      }
    }
    compareReady();
  };
  // the kinds the head's builds declare (only the head is validated), loaded while the builds run
  let guessed: DeclaredKind[] = [];
  const prefetchGuessed = () => {
    if (!kit || guessed.length === 0) return;
    kit.checks.prefetchValidation(
      guessed.map((obj) => ({ obj: { ...obj } })),
      kit.schemas,
    );
    guessed = [];
  };
  // (each file once: apps sharing a base would scan it again and again)
  const scanned = new Set<string>();
  const guess = (tree: FileTree, inputs: Iterable<string>) => {
    const fresh = [...inputs].filter((path) => !scanned.has(path));
    for (const path of fresh) scanned.add(path);
    guessed.push(...declaredKinds(tree, fresh));
    prefetchGuessed();
  };
  const renderSide = (which: Side, tree: FileTree, sideOptions: RenderOptions) =>
    renderAll(
      tree,
      units[which],
      {
        ...sideOptions,
        beforeRender: () => pacer.ready(which),
        ...(which === 'head' && { building: guess }),
      },
      arrived(which),
    ).finally(() => pacer.finish(which));
  const rendering = Promise.all([
    renderSide('base', trees.base, baseOptions),
    renderSide('head', trees.head, options),
  ]);
  // (once the first renders are under way: compiling the kit's code holds this thread; its failure
  // fails the run)
  const loading =
    units.base.length + units.head.length > 0
      ? loadValidationKit(validationOptions.crdCatalog ?? false)
      : undefined;
  void loading?.then(
    (loaded) => {
      kit = loaded;
      prefetchGuessed();
    },
    () => undefined, // awaited below
  );
  const [baseOut, headOut] = await rendering;
  if (loading) kit = await loading;
  compareReady();
  while (rebuilds.length > 0) await Promise.all(rebuilds.splice(0));
  const render = lap();
  // (nothing rendered, nothing to check)
  const findings = kit
    ? await (
        validation ?? new kit.checks.RenderedValidation(trees.head, validationOptions, kit.schemas)
      ).finish()
    : new Map<string, Finding[]>();
  for (const [id, list] of findingsOf) list.push(...(findings.get(id) ?? []));
  const validate = lap();
  const diff = diffUnits(
    baseRest,
    headRest,
    counted.unchanged,
    [...counted.notPreviewed, ...baseOut.notPreviewed, ...headOut.notPreviewed],
    settled,
    new Map(
      units.head.flatMap((u) => (u.app?.generatedBy ? [[u.app.generatedBy.appSet, u.app.generatedBy]] : [])),
    ),
    [...(counted.otherRevisions ?? []), ...baseOut.otherRevisions, ...headOut.otherRevisions],
  );
  return { diff, rendered, timings: { render, validate, diff: lap() } };
}
