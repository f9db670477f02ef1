// Argo CD's source parameter files: `.argocd-source.yaml` and `.argocd-source-<app>.yaml` in an app's
// path are merged into its source (a JSON merge patch, in that order) before the source type is decided
// and the app rendered — what Argo CD Image Updater's git write-back writes, and what `slipway bump`
// edits. Only the config-management fields count: repoURL, path, chart and targetRevision stay the
// Application's (reposerver/repository/repository.go, mergeSourceParameters).
import { parse } from 'yaml';
import { readText, type FileTree } from '../fileTree.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386: maps merge key by key, null deletes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** The name Argo CD gives the app's file: `<name>`, or `<namespace>_<name>` outside its own namespace. */
export function instanceName(name: string, namespace: string | undefined): string {
  return namespace && namespace !== 'argocd' ? `${namespace}_${name}` : name;
}

/** The two files Argo CD looks for in a source's folder, whether they exist or not (a PR may add one). */
export function sourceParameterFiles(folder: string, instance: string): string[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  return [`${prefix}.argocd-source.yaml`, `${prefix}.argocd-source-${instance}.yaml`];
}

/** Whether a path is one of Argo CD's source parameter files, in any folder. */
export const isParameterFile = (path: string) => /(^|\/)\.argocd-source(-[^/]*)?\.yaml$/.test(path);

/**
 * Why the Applications of an unchanged file may still read differently at `tree` than on the side it
 * differs from by `changed`: a parameter file changed, or one is a link (whose target may have); undefined
 * when neither.
 */
export function parameterFilesChanged(changed: Iterable<string>, tree: FileTree): string | undefined {
  for (const path of changed) if (isParameterFile(path)) return `${path} (an Argo CD parameter file) changed`;
  for (const [path, entry] of tree)
    if (entry.link !== undefined && isParameterFile(path)) return `${path} is a link to a parameter file`;
  return undefined;
}

export interface MergedSource {
  source: Obj;
  /** The files that were merged. */
  merged: string[];
  /** A parameter file Argo CD cannot read: the app fails to render there too. */
  problem?: { file: string; message: string };
}

export function mergeSourceParameters(
  tree: FileTree,
  source: Obj,
  folder: string,
  instance: string,
): MergedSource {
  let merged: unknown = source;
  const files: string[] = [];
  for (const file of sourceParameterFiles(folder, instance)) {
    const text = readText(tree, file);
    if (text === undefined) continue;
    let patch: unknown;
    try {
      patch = parse(text) as unknown;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return { source, merged: files, problem: { file, message: `${file} is not valid YAML: ${message}` } };
    }
    if (patch !== null && patch !== undefined && !isObj(patch))
      return { source, merged: files, problem: { file, message: `${file} must be a map of source fields` } };
    merged = mergePatch(merged, patch ?? {});
    files.push(file);
  }
  // a map: the patches merged into the source are maps
  const out: Obj = isObj(merged) ? { ...merged } : {};
  for (const key of ['repoURL', 'path', 'chart', 'targetRevision']) {
    if (key in source) out[key] = source[key];
    else delete out[key];
  }
  return { source: out, merged: files };
}
