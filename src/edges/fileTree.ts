// Reading manifests from a folder and writing edits back: all or nothing.
import { lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { selectManifests } from '../core/manifestFiles.js';

/** Paths (relative, with `/`) of the regular files below `dir`; hidden folders and symlinks are not entered. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function visit(folder: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  }
  await visit(dir);
  return out;
}

/** The manifests below `dir` matching the globs, with their texts. */
export async function readManifests(dir: string, globs: readonly string[]): Promise<Map<string, string>> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${dir}: not a folder; pass the manifests folder with --dir`);
  const files = new Map<string, string>();
  for (const path of selectManifests(await listFiles(dir), globs)) {
    files.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return files;
}

/**
 * Writes every changed file or none: all new texts go to temporary files first, and only when each of
 * them is written are they renamed over the originals.
 */
export async function writeManifests(dir: string, changed: ReadonlyMap<string, string>): Promise<void> {
  const temps: Array<[string, string]> = [];
  try {
    for (const [path, text] of changed) {
      const target = join(dir, path);
      const temp = `${target}.slipway-${process.pid}.tmp`;
      temps.push([temp, target]);
      await writeFile(temp, text, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw new Error(
      `could not write ${temps.at(-1)?.[1] ?? dir}: ${(error as Error).message}; no file was changed`,
    );
  }
  for (const [temp, target] of temps) await rename(temp, target);
}
