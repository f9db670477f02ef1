// Which files of a tree are manifests Slipway may read and edit.
import picomatch from 'picomatch';

/** Argo CD Image Updater's write-back files (`.argocd-source-<app>.yaml`): hidden, and manifests all the same. */
const WRITE_BACK = /^\.argocd-source-[^/]*\.ya?ml$/;

/**
 * YAML files (and kustomize's extension-less `Kustomization`) outside hidden folders (`.git`, `.github`,
 * …); hidden files are left alone, except Argo CD Image Updater's write-back files.
 */
export function isManifestPath(path: string): boolean {
  if (inHiddenFolder(path)) return false;
  const name = fileName(path);
  if (name.startsWith('.')) return WRITE_BACK.test(name);
  return /\.ya?ml$/i.test(name) || name === 'Kustomization';
}

/**
 * Files that may declare Argo CD Applications: the manifest files, and JSON files outside hidden folders
 * (a plain folder of an app of apps deploys `.json` as Argo CD reads it; so does `kubectl apply -f`).
 */
export function mayDeclareApps(path: string): boolean {
  if (isManifestPath(path)) return true;
  return /\.json$/i.test(path) && !inHiddenFolder(path) && !fileName(path).startsWith('.');
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a folder of the path (not its file name) starts with a dot; runs on every path of both revisions. */
function inHiddenFolder(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return slash !== -1 && (path.startsWith('.') || path.lastIndexOf('/.', slash - 1) !== -1);
}

/**
 * The manifest paths of a tree that match any of the globs (all of them when there are none), sorted.
 * A hidden file a glob names exactly (no wildcard) is read too: the user asked for it.
 */
export function selectManifests(paths: Iterable<string>, globs: readonly string[]): string[] {
  const matches = globs.length === 0 ? () => true : picomatch(globs as string[], { dot: true });
  const named = new Set(globs.filter((g) => !/[*?[\]{}!]/.test(g)));
  return [...paths]
    .filter((path) => (isManifestPath(path) && matches(path)) || (named.has(path) && /\.ya?ml$/i.test(path)))
    .sort();
}

/** Text files that are not manifests but may name an image (jsonnet, JSON, Helm templates, env files). */
const OTHER_TEXT = /\.(jsonnet|libsonnet|json|tpl|tmpl|cue|env|tf|txt|yaml\.gotmpl)$|(^|\/)Dockerfile$/i;

/** Files outside hidden folders, matching the globs, that may name an image without being YAML to edit. */
export function selectOthers(paths: Iterable<string>, globs: readonly string[]): string[] {
  const matches = globs.length === 0 ? () => true : picomatch(globs as string[], { dot: true });
  return [...paths]
    .filter(
      (path) =>
        OTHER_TEXT.test(path) &&
        !path
          .split('/')
          .slice(0, -1)
          .some((s) => s.startsWith('.')) &&
        matches(path),
    )
    .sort();
}
