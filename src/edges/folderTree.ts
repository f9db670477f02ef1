// A folder on disk as a tree whose files are read when used, for `slipway validate DIR`: the same paths,
// links and size limit as diskTree (trees.ts), but the texts are not all held at once. A repository of
// 200,000 objects is ~85 MB of text; validation needs one file at a time (discovery, then each app's
// render), so memory stays flat as the repository grows. The last few texts read are kept (a reader often
// asks for one file a few times in a row); an older one is read again from disk when asked for again —
// a file changed on disk during the run may then be read as it is now.
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES, SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../core/fileTree.js';
import { decodeRepositoryText } from '../core/yaml/manifestText.js';
import { walkFolder } from './trees.js';

/**
 * How much text the tree keeps of the files read last (characters): a few files' worth, so that the
 * readers of one file in a row (discovery's look at a folder, then the render of its files, a finding's
 * line) read it once. Not more: a kept text outlives the young generation's collections that follow and
 * is moved to the old generation, where it stays until a full collection. Keeping 4 MB of the latest
 * texts moved nearly every text of a large repository there — 85 MB of garbage at 200,000 objects, and
 * ~70 MB more peak memory — for a second read that costs a few microseconds a file.
 */
export const KEPT_TEXT = 64 * 1024;

/** The files read last, newest last, and how much text they hold. */
class RecentTexts {
  private readonly texts = new Map<DiskFile, string>();
  private size = 0;
  /** Reads from disk so far (for tests and benchmarks). */
  reads = 0;

  constructor(private readonly limit: number) {}

  get(file: DiskFile): string | undefined {
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    this.texts.delete(file);
    this.texts.set(file, text);
    return text;
  }

  /** Whether a text this long is kept without putting out another. */
  hasRoom(length: number): boolean {
    return this.size + length <= this.limit;
  }

  add(file: DiskFile, text: string): void {
    this.reads++;
    this.texts.set(file, text);
    this.size += text.length;
    for (const [old, oldText] of this.texts) {
      if (this.size <= this.limit || old === file) break;
      this.texts.delete(old);
      this.size -= oldText.length;
    }
  }
}

/** The buffer files are read into, reused: reading 2,000 files does not leave 2,000 buffers to collect. */
let scratch = Buffer.allocUnsafe(64 * 1024);
/** Files up to this size are read into `scratch`; a larger one into a buffer of its own. */
const SCRATCH_MAX = 1024 * 1024;

/** A file's bytes, valid until the next read. */
function readBytes(full: string): Buffer {
  const fd = openSync(full, 'r');
  try {
    let buffer = scratch;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
        if (buffer.length <= SCRATCH_MAX) scratch = buffer;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** A UTF-16 file (byte order mark): its bytes do not hold an ASCII string's bytes. */
const utf16 = (bytes: Buffer) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** SEARCHED_STRINGS (ASCII) as bytes, encoded once rather than at each search of a file's bytes. */
const SEARCHED_BYTES = SEARCHED_STRINGS.map((s) => Buffer.from(s, 'latin1'));

/** The lacked strings as sets, one per combination: the files of a large folder share a handful. */
const LACKED: Array<ReadonlySet<string> | undefined> = [];

/** The set of SEARCHED_STRINGS for which `holds(i)` is false. */
function lackedStrings(holds: (i: number) => boolean): ReadonlySet<string> {
  let flags = 0;
  for (let i = 0; i < SEARCHED_STRINGS.length; i++) if (!holds(i)) flags |= 1 << i;
  return (LACKED[flags] ??= new Set(SEARCHED_STRINGS.filter((_, i) => (flags & (1 << i)) !== 0)));
}

/** A regular file of the folder, read from disk on use; what it lacks of SEARCHED_STRINGS once read. */
class DiskFile implements TreeEntry {
  #lacks: ReadonlySet<string> | undefined;

  constructor(
    private readonly full: string,
    private readonly recent: RecentTexts,
  ) {}

  get text(): string {
    const kept = this.recent.get(this);
    if (kept !== undefined) return kept;
    return this.decoded(readBytes(this.full));
  }

  private decoded(bytes: Buffer): string {
    const text = decodeRepositoryText(bytes);
    this.#lacks ??= lackedStrings((i) => text.includes(SEARCHED_STRINGS[i] as string));
    this.recent.add(this, text);
    return text;
  }

  /**
   * What the file lacks of SEARCHED_STRINGS, its bytes read to know it when not yet known: a whole-tree scan
   * for one of them (discovery) then decodes only the files that hold one — and those the kept texts have
   * room for. SEARCHED_STRINGS are ASCII: in UTF-8 their bytes are found exactly where they are written.
   */
  get lacks(): ReadonlySet<string> {
    if (this.#lacks !== undefined) return this.#lacks;
    const bytes = readBytes(this.full);
    const lacks = utf16(bytes)
      ? undefined
      : lackedStrings((i) => bytes.includes(SEARCHED_BYTES[i] as Buffer));
    if (lacks === undefined || lacks.size < SEARCHED_STRINGS.length || this.recent.hasRoom(bytes.length))
      this.decoded(bytes);
    else {
      this.recent.reads++;
      this.#lacks = lacks;
    }
    return this.#lacks as ReadonlySet<string>;
  }
}

/** A folder's files, and how many times a text was read from the disk (tests hold the reads). */
class FolderFiles extends Map<string, TreeEntry> {
  constructor(private readonly recent: RecentTexts) {
    super();
  }
  get reads(): number {
    return this.recent.reads;
  }
}

/** Every file below `dir` (hidden folders included, but not .git), links kept as links; texts read on use. */
export function folderTree(
  dir: string,
  limit = MAX_FILE_BYTES,
  kept = KEPT_TEXT,
): FileTree & { readonly reads: number } {
  const recent = new RecentTexts(kept);
  const tree = new FolderFiles(recent);
  walkFolder(dir, limit, tree, (full) => new DiskFile(full, recent));
  return tree;
}
