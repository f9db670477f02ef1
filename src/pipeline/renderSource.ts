// One source of a unit, rendered the way Argo CD's repo-server would: the source type decides directory,
// kustomize or Helm, after another repository's tree and `$ref` value files are resolved; failures
// become findings on the app, never a crash.
import type { RenderUnit, UnitSource } from '../core/argo/unit.js';
import { sourceType } from '../core/argo/sourceType.js';
import { hasFolder, type FileTree } from '../core/fileTree.js';
import { notRendered } from '../core/render/notRendered.js';
import type { Rendered } from '../core/render/objects.js';
import { renderDirectory } from '../core/render/directorySource.js';
import { otherTreeOf, withValueRefs } from './otherTrees.js';
import { renderHelm } from './renderHelm.js';
import { renderKustomize } from './renderKustomize.js';
import type { RenderOptions } from './renderOptions.js';

export async function renderSource(
  tree: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
  /** This repository's tree at the side rendered (`tree` is another repository's for a source there). */
  home: FileTree = tree,
): Promise<Rendered & { originsOmitted?: boolean }> {
  if (source.invalid) return notRendered(unit, 'error', 'invalid-application', source.invalid);
  // a source in another repository: that repository's files at its revision, under the same rules
  if (source.repo !== undefined && source.otherRevision === undefined) {
    const other = await otherTreeOf(unit, source.repo, options);
    if ('rendered' in other) return other.rendered;
    return renderSource(other.tree, unit, { ...source, repo: undefined }, options, home);
  }
  if (source.valueRefs && source.otherRevision === undefined) {
    const laid = await withValueRefs(tree, home, unit, source, options);
    if ('rendered' in laid) return laid.rendered;
    return renderSource(laid.tree, unit, { ...laid.source, valueRefs: undefined }, options, home);
  }
  if (source.otherRevision !== undefined)
    return notRendered(
      unit,
      'warning',
      'not-previewed',
      `${source.chart ? `chart ${source.chart.name}` : `source ${source.path || '.'}`} deploys revision ${source.otherRevision} of this repository, not the pull request's branch: what that revision holds is not previewed (list it in track-revisions if it follows the branch)`,
    );
  if (source.unsupported)
    return notRendered(unit, 'warning', 'not-previewed', `${source.unsupported} sources are not previewed`);
  if (source.chart)
    return renderHelm(tree, unit, source, options, `${source.chart.name} from ${source.chart.repoURL}`);
  const prefix = source.path === '' ? '' : `${source.path}/`;
  if (!hasFolder(tree, source.path))
    return notRendered(
      unit,
      'error',
      'missing-path',
      `path "${source.path}" does not exist in the repository`,
    );
  // the source's own block decides (Argo CD's GetAppSourceType); else a kustomization, then Chart.yaml
  const type = sourceType(tree, source);
  if (type === 'kustomize') return renderKustomize(tree, unit, source, options);
  if (type === 'helm') return renderHelm(tree, unit, source, options, `${prefix}Chart.yaml`);
  return renderDirectory(tree, source.path, source.directory, unit.id, options.strict);
}
