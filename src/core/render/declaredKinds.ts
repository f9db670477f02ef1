// The kinds a render's input files declare, found by reading their lines, not by parsing them: a guess,
// made while the render runs in another process, at which validators its objects will need, so that their
// code loads then and not after the render (pairedRenders.ts). A wrong guess costs a validator loaded for
// nothing; a kind missed is loaded once the render is in, as without the guess. Nothing here decides a
// finding.
import { KUSTOMIZATION_FILES } from '../argo/sourceType.js';
import type { FileTree } from '../fileTree.js';

export interface DeclaredKind {
  apiVersion: string;
  kind: string;
}

/**
 * `apiVersion:` and `kind:` at the start of a line (a top-level key), and `---` (the next document). One
 * pass, linear in the text: no part of the pattern can match the same characters two ways.
 */
const TOP_LEVEL = /^(?:(apiVersion|kind):[ \t]*(["']?)([A-Za-z0-9][A-Za-z0-9./-]*)\2[ \t]*(?:#.*)?$|---)/gm;

/** kustomize's own configuration (Kustomization, Component, generators and transformers): never rendered. */
const KUSTOMIZE_CONFIG = /(?:^|\.)(?:kustomize\.config\.k8s\.io|config\.kubernetes\.io)\/|^builtin$/;

/** The apiVersion/kind pairs of a YAML stream's documents that name both at the top level. */
export function declaredKindsIn(text: string): DeclaredKind[] {
  const found: DeclaredKind[] = [];
  let apiVersion: string | undefined;
  let kind: string | undefined;
  const flush = () => {
    if (apiVersion && kind && !KUSTOMIZE_CONFIG.test(apiVersion)) found.push({ apiVersion, kind });
    apiVersion = kind = undefined;
  };
  for (const [, key, , value] of text.matchAll(TOP_LEVEL)) {
    if (key === undefined) flush();
    else if (key === 'apiVersion') apiVersion = value;
    else kind = value;
  }
  flush();
  return found;
}

/**
 * The kinds declared by a build's input files (kustomization files left out), each once, in the order
 * first met. Only files already read are looked at: a guess never costs a read from git.
 */
export function declaredKinds(tree: FileTree, inputs: Iterable<string>): DeclaredKind[] {
  const kinds = new Map<string, DeclaredKind>();
  for (const path of inputs) {
    if (!/\.ya?ml$/.test(path) || KUSTOMIZATION_FILES.includes(path.slice(path.lastIndexOf('/') + 1)))
      continue;
    const entry = tree.get(path);
    if (!entry || entry.unread || entry.link !== undefined) continue;
    for (const declared of declaredKindsIn(entry.text ?? ''))
      if (!kinds.has(`${declared.apiVersion}/${declared.kind}`))
        kinds.set(`${declared.apiVersion}/${declared.kind}`, declared);
  }
  return [...kinds.values()];
}
