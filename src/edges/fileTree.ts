// Reading manifests from a folder and writing edits back: all or nothing.
// Synchronous on purpose: there is nothing to overlap with, and for thousands of small files the
// thread-pool round trips of the promise API cost more than the reads themselves.
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { selectManifests } from '../core/manifestFiles.js';

/** Paths (relative, with `/`) of the regular files below `dir`; hidden folders and symlinks are not entered. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

/** The manifests below `dir` matching the globs, with their texts. */
export function readManifests(dir: string, globs: readonly string[]): Map<string, string> {
  let isFolder = false;
  try {
    isFolder = lstatSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new Error(`${dir}: not a folder; pass the manifests folder with --dir`);
  return new Map(
    selectManifests(listFiles(dir), globs).map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
  );
}

/**
 * Writes every changed file or none: all new texts go to temporary files first, and only when each of
 * them is written are they renamed over the originals.
 */
export function writeManifests(dir: string, changed: ReadonlyMap<string, string>): void {
  const temps: Array<{ target: string; temp: string }> = [];
  try {
    for (const [path, text] of changed) {
      const target = join(dir, path);
      const temp = `${target}.slipway-${process.pid}.tmp`;
      temps.push({ target, temp });
      writeFileSync(temp, text, { flag: 'wx' });
    }
  } catch (error) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw new Error(
      `could not write ${temps.at(-1)?.target}: ${(error as Error).message}; no file was changed`,
    );
  }
  for (const { temp, target } of temps) renameSync(temp, target);
}
