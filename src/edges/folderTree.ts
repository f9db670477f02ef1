// A folder on disk as a tree whose files are read when used, for `slipway validate DIR`: the same paths,
// links and size limit as diskTree (trees.ts), but the texts are not all held at once. A repository of
// 200,000 objects is ~85 MB of text; validation needs one file at a time (discovery, then each app's
// render), so memory stays flat as the repository grows. The last texts read are kept (a reader often
// asks for one file a few times in a row); an older one is read again from disk when asked for again —
// a file changed on disk during the run may then be read as it is now.
import { readFileSync } from 'node:fs';
import { MAX_FILE_BYTES, SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../core/fileTree.js';
import { decodeRepositoryText } from '../core/yaml/manifestText.js';
import { walkFolder } from './trees.js';

/**
 * How much text the tree keeps of the files read last (characters): all of a small repository's, so each
 * of its files is read once; a larger one's files are read twice (discovery, then the render).
 */
export const KEPT_TEXT = 4 * 1024 * 1024;

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
    const text = decodeRepositoryText(readFileSync(this.full));
    this.#lacks ??= new Set(SEARCHED_STRINGS.filter((s) => !text.includes(s)));
    this.recent.add(this, text);
    return text;
  }

  /** Known once the file was read: a whole-tree scan for one of them then skips it without reading it. */
  get lacks(): ReadonlySet<string> | undefined {
    return this.#lacks;
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
