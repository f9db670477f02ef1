// Sources that read another Git repository: its tree fetched through the options' otherTree, and
// `$ref:<ref>/<path>` value files laid out where helm reads them.
import type { RenderUnit, RepoAt, UnitSource } from '../core/argo/unit.js';
import { crossRef, REF_FOLDER, repoAtText } from '../core/argo/otherRepository.js';
import { isReadable, readText, resolveInTree, type FileTree } from '../core/fileTree.js';
import { notRendered } from '../core/render/notRendered.js';
import type { Rendered } from '../core/render/objects.js';
import type { RenderOptions } from './renderOptions.js';

/** Another repository's tree, or the app's finding saying why it is not previewed. */
export async function otherTreeOf(
  unit: RenderUnit,
  at: RepoAt,
  options: RenderOptions,
): Promise<{ tree: FileTree } | { rendered: Rendered }> {
  const fetched = options.otherTree
    ? await options.otherTree(at.url, at.revision)
    : { error: 'other repositories are not fetched here' };
  if ('tree' in fetched) return { tree: fetched.tree };
  // the report says "not previewed: <file>:<line>: could not fetch <url>@<rev> (<reason>)"
  const message = `could not fetch ${repoAtText(at.url, at.revision)} (${fetched.error})`;
  return { rendered: notRendered(unit, 'warning', 'not-previewed', message) };
}

/**
 * A render's tree with the value files its source takes from other trees (`$ref:<ref>/<path>`) laid
 * out under REF_FOLDER, and the source's value files pointing there. Each file is read inside its own
 * repository's tree (a path leaving it, or a link out of it, is refused as in this repository).
 */
export async function withValueRefs(
  tree: FileTree,
  home: FileTree,
  unit: RenderUnit,
  source: UnitSource,
  options: RenderOptions,
): Promise<{ tree: FileTree; source: UnitSource } | { rendered: Rendered }> {
  const refs = source.valueRefs;
  if (!refs || !source.helm?.valueFiles) return { tree, source };
  const overlay = new Map(tree);
  const ignoreMissing = source.helm.ignoreMissingValueFiles === true;
  const valueFiles: string[] = [];
  for (const file of source.helm.valueFiles) {
    const cross = typeof file === 'string' ? crossRef(file) : undefined;
    const at = cross && refs[cross.ref];
    if (!cross || at === undefined) {
      valueFiles.push(file);
      continue;
    }
    let from = home;
    if (at !== null) {
      const other = await otherTreeOf(unit, at, options);
      if ('rendered' in other) return other;
      from = other.tree;
    }
    const path = resolveInTree('', cross.path);
    const where = at === null ? 'this repository' : repoAtText(at.url, at.revision);
    const named = `$${cross.ref}/${cross.path}`;
    if (
      path === undefined ||
      path === '' ||
      (from.get(path)?.link !== undefined && !isReadable(from, path))
    ) {
      return {
        rendered: notRendered(
          unit,
          'error',
          'path-escape',
          `value file ${named} resolves outside ${where}; it is not read`,
        ),
      };
    }
    if (!isReadable(from, path)) {
      if (ignoreMissing) continue;
      return {
        rendered: notRendered(
          unit,
          'error',
          'missing-value-file',
          `value file ${named} does not exist in ${where}; Argo CD fails the same way (set helm.ignoreMissingValueFiles to skip it)`,
        ),
      };
    }
    const laidOut = `${REF_FOLDER}/${cross.ref}/${path}`;
    overlay.set(laidOut, { text: readText(from, path) ?? '' });
    valueFiles.push(`$values/${laidOut}`);
  }
  return { tree: overlay, source: { ...source, helm: { ...source.helm, valueFiles } } };
}
