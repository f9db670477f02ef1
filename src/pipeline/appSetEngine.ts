// The ApplicationSet engine (core/argo/applicationSets.ts: the generators, Go's text/template, sprig, re2js)
// is loaded the first time a run has an ApplicationSet to expand — the files discovery parses may hold
// one, or a render output does — and never in a run that has none to expand, such as a pull request whose
// apps all come from the base's kept index (docs/tree-index.md).
import type { AppSetExpander, ControllerSettings } from '../core/argo/applicationSets.js';
import { mayDeclareApplicationSet, mayHoldApplicationSets } from '../core/argo/discovery.js';
import type { FileTree } from '../core/fileTree.js';

type Engine = typeof import('../core/argo/applicationSets.js');
let loading: Promise<Engine> | undefined;

/** The expander of a controller with these settings when `needed` (the engine loaded once per process), else none. */
export async function expanderIf(
  needed: boolean,
  controller: ControllerSettings,
): Promise<AppSetExpander | undefined> {
  if (!needed) return undefined;
  loading ??= import('../core/argo/applicationSets.js');
  return (await loading).expanderOf(controller);
}

/**
 * The expander when any tree's files (all of them, or those at `paths`) or any of `texts` (files read
 * elsewhere) may hold an ApplicationSet (discovery.ts mayDeclareApplicationSet), else none.
 */
export const expanderFor = (
  controller: ControllerSettings,
  trees: readonly FileTree[],
  paths?: readonly string[],
  texts: readonly string[] = [],
): Promise<AppSetExpander | undefined> =>
  expanderIf(
    trees.some((tree) => mayHoldApplicationSets(tree, paths)) ||
      texts.some((text) => mayDeclareApplicationSet({ text })),
    controller,
  );
