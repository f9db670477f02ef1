// Tree indexes kept between runs (core/render/treeIndex.ts), one file per git tree id in the repository's
// own git folder: what a preview learned of a revision, read back by the next preview whose base is it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { types } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { GeneratorReads, NotPreviewed, OtherRevision } from '../core/argo/unit.js';
import { isFields, type Fields } from '../core/fields.js';
import {
  TREE_INDEX_FORMAT,
  type PathTable,
  type TreeIndex,
  type TreeScan,
} from '../core/render/treeIndex.js';
import type { TreeIndexes } from '../ports.js';
import { gitCommonDir } from './git.js';
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
  const common = gitCommonDir(dir);
  return common === undefined ? undefined : join(common, 'slipway', name);
}

interface StoredIndex {
  key: string;
  treeId: string;
  index: TreeIndex;
}

// A stored index is read back as v8 wrote it (typed arrays and Maps, which no JSON schema describes), so it
// is parsed here by narrowing, field by field and down to its numbers: a file of another build, a disk's
// damage or a hand's edit is not used, and the preview reads the tree whole (and keeps a new index).
// (Typed arrays and Maps are told by node:util's types, which hold across realms as v8 makes them.)
const isText = (v: unknown): v is string => typeof v === 'string';
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const isListOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);
const isMapOf = <V>(v: unknown, value: (x: unknown) => x is V): v is Map<string, V> =>
  types.isMap(v) && [...v].every(([k, x]) => isText(k) && value(x));
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && Number(v) >= 0;

const isPlace = (v: unknown): v is Fields & { name: string; file: string; line: number } =>
  isFields(v) && isText(v.name) && isText(v.file) && isCount(v.line);
const isNotPreviewed = (v: unknown): v is NotPreviewed & Fields => isPlace(v) && isText(v.reason);
const isOtherRevision = (v: unknown): v is OtherRevision & Fields => isPlace(v) && isText(v.revision);
const isUnitRevision = (v: unknown): v is OtherRevision & { id: string } =>
  isOtherRevision(v) && isText(v.id);
const isGlob = (v: unknown): v is GeneratorReads['files'][number] =>
  isFields(v) && isText(v.pattern) && typeof v.doublestar === 'boolean';
const isGenerator = (v: unknown): v is GeneratorReads & { file: string } =>
  isFields(v) && isText(v.file) && isTexts(v.folders) && isListOf(v.files, isGlob);

function isScan(v: unknown): v is TreeScan {
  if (!isFields(v) || !isMapOf(v.tooLarge, isCount)) return false;
  const listing = v.listing;
  return (
    listing === undefined ||
    (isFields(listing) &&
      types.isUint8Array(listing.text) &&
      types.isUint32Array(listing.order) &&
      types.isUint8Array(listing.searched) &&
      isMapOf(listing.links, isText))
  );
}

/** Every entry below `limit`; with `ends`, a running end per unit (never past the list it ends in). */
const pointsBelow = (list: Uint32Array | Uint8Array, limit: number) => list.every((x) => x < limit);
const endsIn = (ends: Uint32Array, list: Uint32Array) =>
  ends.every((end, i) => end <= list.length && end >= (i === 0 ? 0 : (ends[i - 1] ?? 0)));

/** A path table (treeIndex.ts) whose places rise, each just after a NUL, within bytes that end in one. */
const tableFits = ({ bytes, starts }: PathTable) =>
  bytes[bytes.length - 1] === 0 &&
  starts.every(
    (start, i) =>
      start < bytes.length && bytes[start - 1] === 0 && (i === 0 || start > (starts[i - 1] as number)),
  );

/** What is wrong with a stored index: a field it lacks or holds in another shape, or a part that does not fit. */
const wrong = (what: string) => ({ wrong: what });
const misshapen = (field: string) => wrong(`its ${field} is missing or not of the shape an index holds`);

/** A stored index as v8 read it back → the index, when it is whole and of this format; else what is wrong. */
export function parseStoredIndex(stored: unknown): StoredIndex | { wrong: string } {
  if (!isFields(stored) || !isText(stored.key) || !isText(stored.treeId))
    return wrong('it does not hold a key and a tree id');
  const i = stored.index;
  if (!isFields(i)) return misshapen('index');
  if (i.format !== TREE_INDEX_FORMAT)
    return wrong(`its format is ${JSON.stringify(i.format) ?? 'missing'}, not ${TREE_INDEX_FORMAT}`);
  const { ids, paths, unitFiles, files, fileEnds, folders, folderEnds, recursive } = i;
  if (!isTexts(ids)) return misshapen('ids');
  if (!isFields(paths) || !types.isUint8Array(paths.bytes) || !types.isUint32Array(paths.starts))
    return misshapen('paths');
  const table = { bytes: paths.bytes, starts: paths.starts };
  if (!tableFits(table)) return wrong('its path table does not hold a path at each place it names');
  if (!types.isUint32Array(unitFiles)) return misshapen('unitFiles');
  if (!types.isUint32Array(files)) return misshapen('files');
  if (!types.isUint32Array(fileEnds)) return misshapen('fileEnds');
  if (!types.isUint32Array(folders)) return misshapen('folders');
  if (!types.isUint32Array(folderEnds)) return misshapen('folderEnds');
  if (!types.isUint8Array(recursive)) return misshapen('recursive');
  if (!isListOf(i.notPreviewed, isNotPreviewed)) return misshapen('notPreviewed');
  if (!isListOf(i.otherRevisions, isUnitRevision)) return misshapen('otherRevisions');
  if (!isListOf(i.appSetRevisions, isOtherRevision)) return misshapen('appSetRevisions');
  if (!isListOf(i.generators, isGenerator)) return misshapen('generators');
  if (!isScan(i.scan)) return misshapen('scan');
  const units = ids.length;
  if (unitFiles.length !== units || fileEnds.length !== units || folderEnds.length !== units)
    return wrong(`its lists per unit are not all ${units} long, as its ids are`);
  if (recursive.length !== folders.length) return wrong('its recursive flags are not one per folder');
  const count = table.starts.length;
  if (!pointsBelow(unitFiles, count) || !pointsBelow(files, count) || !pointsBelow(folders, count))
    return wrong(`a unit, file or folder in it points past its ${count} paths`);
  if (!endsIn(fileEnds, files) || !endsIn(folderEnds, folders))
    return wrong("a unit's part of its files or folders ends out of order or past the list");
  return {
    key: stored.key,
    treeId: stored.treeId,
    index: {
      format: TREE_INDEX_FORMAT,
      ids,
      unitFiles,
      notPreviewed: i.notPreviewed,
      otherRevisions: i.otherRevisions,
      appSetRevisions: i.appSetRevisions,
      generators: i.generators,
      paths: table,
      files,
      fileEnds,
      folders,
      folderEnds,
      recursive,
      scan: i.scan,
    },
  };
}

/**
 * The indexes of the git repository at `dir` built with these settings; undefined outside a git
 * repository. A file that cannot be read back whole (parseStoredIndex), or that is of another key or tree,
 * is not used: `read` tells `unusable` which file and what is wrong with it, and the preview reads the
 * tree whole and keeps a new index (the run's note and a warning say so).
 */
export function localTreeIndexes(dir: string, settings: object): TreeIndexes | undefined {
  const folder = slipwayFolder(dir, 'tree-index');
  if (!folder) return undefined;
  const key = indexKey(settings);
  const file = (treeId: string) => join(folder, `${treeId}-${key}.v8`);
  const validTreeId = (treeId: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(treeId);
  return {
    read(treeId, unusable) {
      if (!validTreeId(treeId)) return undefined;
      const path = file(treeId);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        // none kept for this tree: the usual case, nothing to say
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT') unusable?.(`${path} cannot be read (${code ?? String(error)})`);
        return undefined;
      }
      let stored: ReturnType<typeof parseStoredIndex>;
      try {
        stored = parseStoredIndex(deserialize(bytes));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        unusable?.(`${path} does not read back whole (cut short or damaged: ${message})`);
        return undefined;
      }
      if ('wrong' in stored) unusable?.(`${path} is not an index Slipway wrote: ${stored.wrong}`);
      else if (stored.key !== key)
        unusable?.(`${path} holds an index of other settings or another build than its name says`);
      else if (stored.treeId !== treeId)
        unusable?.(
          `${path} holds the index of tree ${stored.treeId.slice(0, 12)}, not of ${treeId.slice(0, 12)}`,
        );
      else return stored.index;
      return undefined;
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
