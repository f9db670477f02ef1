// `kustomize build` output mapped back to the repository: each object's origin annotation gives the file
// and line it came from, and the annotation is removed before the object is compared.
import { objectOf } from '../fields.js';
import { readText, type FileTree } from '../fileTree.js';
import { parseObjects } from './documentReader.js';
import type { Rendered } from './objects.js';
import { parse } from 'yaml';

const ORIGIN = 'config.kubernetes.io/origin';

/**
 * Objects out of `kustomize build` with buildMetadata originAnnotations: each annotation names the
 * file it came from (mapped back to the repository by `originToRepo`); the annotation is removed again.
 */
export function parseKustomizeOutput(
  yaml: string,
  tree: FileTree,
  originToRepo: (origin: string) => string | undefined,
  fallback: { file: string; line: number },
  unit?: string,
): Rendered {
  const parsed = parseObjects(yaml, fallback.file, unit);
  // a render's objects come from a few files: each origin and each file's kinds worked out once
  const fileOfOrigin = new Map<string, string | undefined>();
  const kindLines = new Map<string, Map<string, number>>();
  for (const item of parsed.objects) {
    item.line = fallback.line;
    delete item.within;
    const metadata = objectOf(item.obj.metadata);
    const annotations = objectOf(metadata.annotations);
    const origin = annotations[ORIGIN];
    if (typeof origin !== 'string') continue;
    delete annotations[ORIGIN];
    if (Object.keys(annotations).length === 0) delete metadata.annotations;
    if (!fileOfOrigin.has(origin)) {
      const originPath = objectOf(parse(origin)).path;
      const found = typeof originPath === 'string' ? originToRepo(originPath) : undefined;
      fileOfOrigin.set(origin, found !== undefined && tree.has(found) ? found : undefined);
    }
    const file = fileOfOrigin.get(origin);
    if (file === undefined) continue;
    item.file = file;
    let lines = kindLines.get(file);
    if (!lines) kindLines.set(file, (lines = linesOfKinds(readText(tree, file) ?? '')));
    item.line = lines.get(String(item.obj.kind)) ?? 1;
  }
  return parsed;
}

/** For each `kind:` at the top of a document in `text`, the first line of the first such document. */
function linesOfKinds(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const lines = text.split('\n');
  let start = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('---')) start = i + 2;
    else {
      const kind = /^kind:\s*["']?([\w.-]+)["']?\s*(#.*)?$/.exec(line.trimEnd())?.[1];
      if (kind !== undefined && !found.has(kind)) found.set(kind, start);
    }
  }
  return found;
}
