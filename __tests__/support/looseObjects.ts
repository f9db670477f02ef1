// Git's object store for the stand-in, read and written as plain files: a loose object is
// `zlib(<type> <size>\0<body>)` at objects/<2 hex>/<38 hex>, named by the SHA-1 of what was compressed.
// Writing a blob, tree or commit here instead of forking `git hash-object`, `update-index`, `write-tree`
// and `commit-tree` from a test worker saves milliseconds each (a fork costs more the larger the worker):
// the stand-in writes thousands over a run. Objects git packed (a push of many) are read with git.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

export type ObjectType = 'blob' | 'tree' | 'commit';

const path = (gitDir: string, sha: string) => join(gitDir, 'objects', sha.slice(0, 2), sha.slice(2));

/** Stores an object (when not already there) and returns its id, as `git hash-object -w` does. */
export function writeObject(gitDir: string, type: ObjectType, body: Buffer): string {
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  const sha = createHash('sha1').update(raw).digest('hex');
  const file = path(gitDir, sha);
  if (!existsSync(file)) {
    mkdirSync(join(gitDir, 'objects', sha.slice(0, 2)), { recursive: true });
    // written whole under another name first, as git does: a reader never sees half an object
    const scratch = `${file}.${process.pid}.tmp`;
    writeFileSync(scratch, deflateSync(raw));
    renameSync(scratch, file);
  }
  return sha;
}

/** A loose object's type and body, or undefined when it is not a loose object (packed, or absent). */
export function readLooseObject(gitDir: string, sha: string): { type: string; body: Buffer } | undefined {
  if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
  const file = path(gitDir, sha);
  if (!existsSync(file)) return undefined;
  const raw = inflateSync(readFileSync(file));
  const space = raw.indexOf(0x20);
  const nul = raw.indexOf(0);
  return { type: raw.subarray(0, space).toString('latin1'), body: raw.subarray(nul + 1) };
}

export interface TreeEntry {
  mode: string;
  name: string;
  sha: string;
}

/** The entries of a tree object's body: `<mode> <name>\0<20-byte id>` each. */
export function parseTree(body: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const nul = body.indexOf(0, space);
    entries.push({
      mode: body.subarray(at, space).toString('latin1'),
      name: body.subarray(space + 1, nul).toString('utf8'),
      sha: body.subarray(nul + 1, nul + 21).toString('hex'),
    });
    at = nul + 21;
  }
  return entries;
}

const isTree = (mode: string) => mode === '40000' || mode === '040000';

/**
 * A tree object's body. Git orders entries by name's bytes, a folder's name compared as if it ended with
 * `/` (so `a.b` comes before the folder `a`, which comes before `a0`), and writes a folder's mode `40000`.
 */
export function treeBody(entries: readonly TreeEntry[]): Buffer {
  const key = (e: TreeEntry) => Buffer.from(isTree(e.mode) ? `${e.name}/` : e.name, 'utf8');
  const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
  return Buffer.concat(
    sorted.flatMap((e) => [
      Buffer.from(`${isTree(e.mode) ? '40000' : e.mode} ${e.name}\0`, 'utf8'),
      Buffer.from(e.sha, 'hex'),
    ]),
  );
}

export { isTree };
