// Reading manifests from a folder and writing edits back: all or nothing.
// Synchronous on purpose: there is nothing to overlap with, and for thousands of small files the
// thread-pool round trips of the promise API cost more than the reads themselves.
import {
  chownSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError, WriteError } from '../core/errors.js';
import type { ManifestFolder } from '../ports.js';
import { MAX_FILE_BYTES, tooLargeMessage } from '../core/fileTree.js';
import { selectManifests, selectOthers } from '../core/manifestFiles.js';
import { decodeManifest, encodeManifest, type ManifestEncoding } from '../core/yaml/manifestText.js';

/** Paths (relative, with `/`) of the regular files below `dir`; hidden folders and symlinks are not entered. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) visit(full);
      } else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

const OTHER_TEXT_LIMIT = 1024 * 1024;

/** The manifests below `dir` matching the globs, with their texts. */
export function readManifests(dir: string, globs: readonly string[]): ManifestFolder {
  let isFolder = false;
  try {
    isFolder = lstatSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new InputError(`${dir}: not a folder; pass the manifests folder with --dir`);
  const folder: ManifestFolder = { texts: new Map(), encodings: new Map(), skipped: [], others: new Map() };
  const all = listFiles(dir);
  const manifests = selectManifests(all, globs);
  const manifestSet = new Set(manifests);
  for (const path of selectOthers(all, globs)) {
    if (manifestSet.has(path) || statSync(join(dir, path)).size > OTHER_TEXT_LIMIT) continue;
    const bytes = readFileSync(join(dir, path));
    if (!bytes.includes(0)) folder.others.set(path, bytes.toString('utf8'));
  }
  for (const path of manifests) {
    const size = statSync(join(dir, path)).size;
    if (size > MAX_FILE_BYTES) {
      folder.skipped.push({ file: path, reason: tooLargeMessage(path, { size, limit: MAX_FILE_BYTES }) });
      continue;
    }
    const { text, encoding } = decodeManifest(readFileSync(join(dir, path)));
    folder.texts.set(path, text);
    folder.encodings.set(path, encoding);
  }
  return folder;
}

interface Pending {
  target: string;
  temp: string;
  backup: string;
  renamed: boolean;
}

/** Temporary files of writes under way, removed if the process is interrupted. */
const pendingTemps = new Set<string>();
let handlersInstalled = false;

function removeTempsOnSignal(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) rmSync(temp, { force: true });
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes every changed file or none. New texts go to temporary files beside their targets (same mode and
 * owner as the original); only when all are written are they renamed over the originals, each original
 * kept as a hard-linked backup until every rename succeeded, so a failure part-way restores them all.
 */
export function writeManifests(
  dir: string,
  changed: ReadonlyMap<string, string>,
  encodings: ReadonlyMap<string, ManifestEncoding> = new Map(),
): void {
  removeTempsOnSignal();
  const pending: Pending[] = [];
  const cleanUp = () => {
    for (const p of pending) {
      rmSync(p.temp, { force: true });
      pendingTemps.delete(p.temp);
    }
  };
  try {
    for (const [path, text] of changed) {
      const target = join(dir, path);
      const suffix = `.slipway-${process.pid}`;
      const entry = {
        target,
        temp: `${target}${suffix}.tmp`,
        backup: `${target}${suffix}.bak`,
        renamed: false,
      };
      pending.push(entry);
      pendingTemps.add(entry.temp);
      const original = statSync(target);
      writeFileSync(entry.temp, encodeManifest(text, encodings.get(path) ?? 'utf8'), {
        flag: 'wx',
        mode: original.mode & 0o7777,
      });
      try {
        chownSync(entry.temp, original.uid, original.gid);
      } catch {
        // only root may give a file away; as the owner, the temp file already has our ids
      }
    }
  } catch (error) {
    cleanUp();
    throw new WriteError(
      `could not write ${pending.at(-1)?.target}: ${(error as Error).message}; no file was changed`,
    );
  }
  try {
    for (const p of pending) {
      linkSync(p.target, p.backup);
      renameSync(p.temp, p.target);
      p.renamed = true;
    }
  } catch (error) {
    for (const p of pending) if (p.renamed) renameSync(p.backup, p.target);
    for (const p of pending) rmSync(p.backup, { force: true });
    cleanUp();
    throw new WriteError(
      `could not replace ${pending.find((p) => !p.renamed)?.target}: ${(error as Error).message}; every file was restored`,
    );
  }
  for (const p of pending) {
    rmSync(p.backup, { force: true });
    pendingTemps.delete(p.temp);
  }
}
