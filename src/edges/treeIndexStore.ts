// Tree indexes kept between runs (core/render/treeIndex.ts), one file per git tree id in the repository's
// own git folder: what a preview learned of a revision, read back by the next preview whose base is it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { TREE_INDEX_FORMAT, type TreeIndex } from '../core/render/treeIndex.js';
import type { TreeIndexes } from '../ports.js';
import { VERSION } from '../version.js';

/** How many indexes a repository keeps; the least recently written go first. */
export const KEPT_INDEXES = 16;

/**
 * Which Slipway build this is: the `build-id` the build writes beside the bundle (a hash of its code,
 * scripts/build.mjs), so every copy of one build reads the indexes of another — in CI, a job's copy of
 * the action those an earlier job kept — and no other build does. Outside a build (the sources run
 * directly, as the tests do), the running module's size and time stand in.
 */
export function buildIdentity(): string {
  // (a path, not `new URL('./build-id', import.meta.url)`, which the bundler would take for an asset)
  const module = fileURLToPath(import.meta.url);
  try {
    return readFileSync(join(dirname(module), 'build-id'), 'utf8').trim();
  } catch {
    try {
      const info = statSync(module);
      return `${info.size}:${info.mtimeMs}`;
    } catch {
      return 'unknown';
    }
  }
}

/**
 * What an index's answers depend on beside the tree: the settings discovery and the walk read, and the
 * Slipway that built it (its version and its build, so a rebuilt Slipway of one version does not read
 * another's indexes).
 */
function indexKey(settings: object): string {
  const material = JSON.stringify({
    format: TREE_INDEX_FORMAT,
    version: VERSION,
    bundle: buildIdentity(),
    settings,
  });
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

/**
 * A folder of Slipway's in a checkout's git repository (shared by its worktrees): `tree-index`,
 * `render-cache`; undefined outside git.
 */
export function slipwayFolder(dir: string, name: string): string | undefined {
  try {
    const common = execFileSync('git', ['rev-parse', '--git-common-dir'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString('utf8')
      .trim();
    return join(resolve(dir, common), 'slipway', name);
  } catch {
    return undefined;
  }
}

interface StoredIndex {
  key: string;
  treeId: string;
  index: TreeIndex;
}

/**
 * The indexes of the git repository at `dir` built with these settings; undefined outside a git
 * repository. A file that cannot be read back whole, or that is of another key or tree, is not used.
 */
export function localTreeIndexes(dir: string, settings: object): TreeIndexes | undefined {
  const folder = slipwayFolder(dir, 'tree-index');
  if (!folder) return undefined;
  const key = indexKey(settings);
  const file = (treeId: string) => join(folder, `${treeId}-${key}.v8`);
  const validTreeId = (treeId: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(treeId);
  return {
    read(treeId) {
      if (!validTreeId(treeId)) return undefined;
      try {
        const stored = deserialize(readFileSync(file(treeId))) as StoredIndex;
        const fits =
          stored.key === key && stored.treeId === treeId && stored.index.format === TREE_INDEX_FORMAT;
        return fits ? stored.index : undefined;
      } catch {
        return undefined;
      }
    },
    write(treeId, index) {
      if (!validTreeId(treeId)) return;
      try {
        mkdirSync(folder, { recursive: true });
        // whole or not at all: a reader never sees a file half-written
        const partial = `${file(treeId)}.${process.pid}.partial`;
        writeFileSync(partial, serialize({ key, treeId, index } satisfies StoredIndex));
        renameSync(partial, file(treeId));
        prune(folder);
      } catch {
        // an index is an optimisation: a run that cannot keep one previews the same
      }
    },
  };
}

/** Keeps the KEPT_INDEXES newest indexes of a folder (and drops partial files a killed run left). */
function prune(folder: string): void {
  const files = readdirSync(folder)
    .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  files.forEach(({ name }, i) => {
    if (i >= KEPT_INDEXES || name.endsWith('.partial')) rmSync(join(folder, name), { force: true });
  });
}
