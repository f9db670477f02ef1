// A directory source as Argo CD's findManifests reads it: which files count (recurse, include, exclude,
// kustomization markers), each file's objects with their lines.
import { plainText } from '../plainText.js';
import type { DirectoryOptions } from '../argo/unit.js';
import {
  dirname,
  filesIn,
  linkChain,
  readText,
  resolveInTree,
  tooLargeMessage,
  type FileTree,
} from '../fileTree.js';
import { directoryGlob } from './directoryGlob.js';
import { manifestDocuments } from './documentReader.js';
import type { Rendered } from './objects.js';

const MANIFEST_FILE = /\.(yaml|yml|json|jsonnet)$/;

const SKIP_MARKER = '+argocd:skip-file-rendering';

const MANIFEST_MARKERS = ['apiVersion:', 'kind:', 'metadata:'];

/**
 * The objects of one file of a directory app, as Argo CD's getObjsFromYAMLOrJSON reads it: documents in
 * order until the first one its decoder rejects (undecodable). That one fails the app when an earlier
 * document decoded or the file's text holds all of `apiVersion:`, `kind:` and `metadata:`; otherwise the
 * file is not a manifest (a kustomization.yaml, a values or README-like YAML) and is ignored whole, later
 * documents included. A .json file is always read as a manifest.
 */
export function directoryFileObjects(text: string, file: string, unit?: string, strict = false): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  const json = file.endsWith('.json');
  let decoded = false;
  for (const doc of manifestDocuments(text, file, unit, { strict })) {
    if (doc.undecodable && !json) {
      if (decoded) {
        out.findings.push(...doc.findings);
        return out;
      }
      if (MANIFEST_MARKERS.every((m) => text.includes(m))) {
        out.findings.push(
          ...doc.findings.map((f) => ({
            ...f,
            message: `${f.message} (Argo CD reads ${file} as manifests: it holds apiVersion:, kind: and metadata:)`,
          })),
        );
        return out;
      }
      return { objects: [], findings: [] };
    }
    decoded = true;
    out.objects.push(...doc.objects);
    out.findings.push(...doc.findings);
  }
  return out;
}

/** What a directory app's file is: a file to read, or a link Argo CD skips or refuses. */
function directoryEntry(tree: FileTree, path: string): { read: true } | { read: false; refuse?: string } {
  const entry = tree.get(path);
  if (entry?.link === undefined) return { read: true };
  const chain = linkChain(tree, path);
  const last = chain.at(-1) as string;
  const end = tree.get(last);
  if (end !== undefined && end.link === undefined) return { read: true };
  if (end?.link !== undefined) {
    const next = resolveInTree(dirname(last), end.link);
    // a link out of the tree (or an absolute one): Argo CD refuses it when its target exists outside the
    // repository, which Slipway cannot see — refused, never read
    if (next === undefined)
      return {
        read: false,
        refuse: `${path} is a link to a place outside the repository; it is not read`,
      };
    return { read: false, refuse: `${path} is a link in a loop (or a chain of more than 8 links)` };
  }
  // a link to nothing, or to a folder: Argo CD skips it (a warning in the repo-server's log)
  return { read: false };
}

/**
 * A plain folder, as Argo CD's findManifests reads it: files ending in .yaml, .yml, .json or .jsonnet
 * (case-sensitive, hidden files included), optionally recursive, include/exclude globs as Argo CD's glob
 * library matches them against the path below the folder (directoryGlob.ts), links to nothing or to a
 * folder skipped, files with the `+argocd:skip-file-rendering` marker left out, YAML files that are not
 * manifests ignored (directoryFileObjects). Jsonnet is not evaluated: the unit says it is not previewed.
 */
export function renderDirectory(
  tree: FileTree,
  folder: string,
  options: DirectoryOptions = {},
  unit?: string,
  strict = false,
): Rendered {
  const out: Rendered = { objects: [], findings: [] };
  const glob = (key: 'include' | 'exclude') => {
    const pattern = options[key];
    if (typeof pattern !== 'string' || pattern === '') return undefined;
    const compiled = directoryGlob(pattern);
    if (compiled.ok) return compiled.match;
    // Argo CD matches no path with a pattern it cannot compile: an include takes no file, an exclude none
    out.findings.push({
      severity: compiled.reason === 'invalid' ? 'warning' : 'error',
      rule: compiled.reason === 'invalid' ? 'invalid-glob' : 'glob-limits',
      unit,
      message:
        compiled.reason === 'invalid'
          ? `directory.${key} "${plainText(pattern)}": ${compiled.message}; Argo CD matches no file with it, so ${key === 'include' ? 'the app deploys no object of this folder' : 'no file is excluded'}`
          : `directory.${key}: ${compiled.message}; the app is not rendered`,
    });
    return compiled.reason === 'invalid' ? () => false : undefined;
  };
  const include = glob('include');
  const exclude = glob('exclude');
  if (out.findings.some((f) => f.rule === 'glob-limits')) return out;
  for (const path of filesIn(tree, folder, options.recurse === true)) {
    const relative = folder === '' ? path : path.slice(folder.length + 1);
    if (options.disableExtensionFilter !== true && !MANIFEST_FILE.test(path.slice(path.lastIndexOf('/') + 1)))
      continue;
    const at = { unit, file: path, line: 1 };
    const kind = directoryEntry(tree, path);
    if (!kind.read) {
      if (kind.refuse)
        out.findings.push({ severity: 'error', rule: 'path-escape', ...at, message: kind.refuse });
      continue;
    }
    if (exclude?.(relative) || (include && !include(relative))) continue;
    const size = tree.get(linkChain(tree, path).at(-1) as string)?.tooLarge;
    if (size) {
      out.findings.push({
        severity: 'error',
        rule: 'file-too-large',
        ...at,
        message: tooLargeMessage(path, size),
      });
      continue;
    }
    if (path.endsWith('.jsonnet')) {
      out.findings.push({
        severity: 'warning',
        rule: 'not-previewed',
        ...at,
        message: `${path} is jsonnet, which Argo CD evaluates and Slipway does not: the app is not previewed`,
      });
      continue;
    }
    const text = readText(tree, path) as string;
    if (text.includes(SKIP_MARKER)) continue;
    const parsed = directoryFileObjects(text, path, unit, strict);
    out.objects.push(...parsed.objects);
    out.findings.push(...parsed.findings);
  }
  return out;
}
