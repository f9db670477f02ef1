// Which files of a tree are manifests Slipway may read and edit.
import picomatch from 'picomatch';

/** YAML files outside hidden folders (`.git`, `.github`, …); hidden files are never touched either. */
export function isManifestPath(path: string): boolean {
  return /\.ya?ml$/i.test(path) && !path.split('/').some((segment) => segment.startsWith('.'));
}

/** The manifest paths of a tree that match any of the globs (all of them when there are none), sorted. */
export function selectManifests(paths: Iterable<string>, globs: readonly string[]): string[] {
  const matches = globs.length === 0 ? () => true : picomatch(globs as string[]);
  return [...paths].filter((path) => isManifestPath(path) && matches(path)).sort();
}
