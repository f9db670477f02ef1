// The manifests of one commit, read with a single tarball request, whatever the repository's size.
import { parseTarGzip } from 'nanotar';
import { selectManifests } from '../core/manifestFiles.js';
import type { GitHub } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export async function readManifestsAt(
  gh: GitHub,
  repo: RepoRef,
  sha: string,
  globs: readonly string[],
): Promise<Map<string, string>> {
  const response = await gh.rest.repos.downloadTarballArchive({ ...repo, ref: sha });
  const entries = await parseTarGzip(new Uint8Array(response.data as ArrayBuffer));
  const byPath = new Map<string, Uint8Array>();
  for (const entry of entries) {
    // every entry sits under one top folder, `<owner>-<repo>-<sha>/`
    const path = entry.name.slice(entry.name.indexOf('/') + 1);
    if ((entry.type === 'file' || entry.type === undefined) && entry.data && path !== '')
      byPath.set(path, entry.data);
  }
  const decoder = new TextDecoder('utf-8');
  return new Map(
    selectManifests(byPath.keys(), globs).map((path) => [path, decoder.decode(byPath.get(path))]),
  );
}
