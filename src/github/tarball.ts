// A commit's files, read with a single tarball request, whatever the repository's size.
import { parseTarGzip } from 'nanotar';
import { MAX_FILE_BYTES, resolveInTree, type FileTree } from '../core/fileTree.js';
import { selectManifests, selectOthers } from '../core/manifestFiles.js';
import { decodeManifest } from '../core/yaml/manifestText.js';
import type { GitHub } from './client.js';
import type { ManifestTexts, RepoRef } from '../ports.js';
// the types the ports speak live in ports.ts; re-exported for the adapter's own callers
export type { ManifestTexts, RepoRef } from '../ports.js';

const decoder = new TextDecoder('utf-8');

function decodeAll(byPath: Map<string, Uint8Array>, paths: readonly string[]): ManifestTexts {
  const out: ManifestTexts = { texts: new Map(), encodings: new Map() };
  for (const path of paths) {
    const { text, encoding } = decodeManifest(byPath.get(path) as Uint8Array);
    out.texts.set(path, text);
    out.encodings.set(path, encoding);
  }
  return out;
}

/** Every regular file of a commit, as bytes. */
async function filesAt(gh: GitHub, repo: RepoRef, sha: string): Promise<Map<string, Uint8Array>> {
  const response = await gh.rest.repos.downloadTarballArchive({ ...repo, ref: sha });
  const entries = await parseTarGzip(new Uint8Array(response.data as ArrayBuffer));
  const byPath = new Map<string, Uint8Array>();
  for (const entry of entries) {
    // every entry sits under one top folder, `<owner>-<repo>-<sha>/`
    const path = entry.name.slice(entry.name.indexOf('/') + 1);
    // only normalised paths inside the repository: a crafted archive may hold `../` entries
    if (
      (entry.type === 'file' || entry.type === undefined) &&
      entry.data &&
      resolveInTree('', path) === path &&
      path !== ''
    )
      byPath.set(path, entry.data);
  }
  return byPath;
}

/** The manifests of a commit that match the globs, with their texts. */
export async function readManifestsAt(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  globs: readonly string[],
): Promise<ManifestTexts> {
  const byPath = await filesAt(gh, repo, sha);
  return decodeAll(byPath, selectManifests(byPath.keys(), globs));
}

/** The whole tree of a commit, for rendering it when git cannot fetch it. */
export async function readTreeAt(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  limit = MAX_FILE_BYTES,
): Promise<FileTree> {
  const byPath = await filesAt(gh, repo, sha);
  return new Map(
    [...byPath].map(([path, data]) => [
      path,
      data.length > limit ? { tooLarge: { size: data.length, limit } } : { text: decoder.decode(data) },
    ]),
  );
}

/** The manifests of a commit and its policy file (.slipway.yml and the like), from one tarball request. */
export async function readBaseAt(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  globs: readonly string[],
  policyFiles: readonly string[],
): Promise<ManifestTexts & { others: Map<string, string>; policy?: { file: string; text: string } }> {
  const byPath = await filesAt(gh, repo, sha);
  const manifests = decodeAll(byPath, selectManifests(byPath.keys(), globs));
  // other text files are read only to say where an image is named that Slipway does not edit
  const others = new Map<string, string>();
  for (const path of selectOthers(byPath.keys(), globs)) {
    const data = byPath.get(path) as Uint8Array;
    if (!manifests.texts.has(path) && data.length <= 1024 * 1024 && !data.includes(0))
      others.set(path, decoder.decode(data));
  }
  const file = policyFiles.find((f) => byPath.has(f));
  return { ...manifests, others, ...(file && { policy: { file, text: decoder.decode(byPath.get(file)) } }) };
}
