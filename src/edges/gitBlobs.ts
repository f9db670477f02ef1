// Files of a git revision read when first needed. A one-app pull request on a large repository needs the
// texts of its Applications, kustomizations and the changed app's inputs, not of every workload file:
// git grep answers the core's whole-tree scans (SEARCHED_STRINGS) for every blob at once, and the rest
// is read in batches — ahead of a render (`readAhead`), or on first use.
import { linkChain, SEARCHED_STRINGS, type FileTree, type TreeEntry } from '../core/fileTree.js';
import { InputError } from '../core/errors.js';
import { decodeRepositoryText } from '../core/yaml/manifestText.js';

export type Git = (args: string[], input?: string) => Buffer;

/** What every blob git grep did not list lacks: all of the searched strings. */
const LACKS_ALL: ReadonlySet<string> = new Set(SEARCHED_STRINGS);

/**
 * After this many reads of a few blobs (one render's inputs, or a file a reader the batches did not
 * foresee asked for), the next read takes every blob still unread: a pull request that renders many apps
 * costs at most this many `cat-file` runs more than reading the revision whole.
 */
const SMALL_READS = 8;

/** A regular file of a revision whose text is read from git on first use. */
class GitBlob implements TreeEntry {
  #text: string | undefined;

  constructor(
    readonly blob: string,
    readonly reader: BlobReader,
    /** Searched strings the file lacks: all of them, unless its tree's kept index says otherwise. */
    readonly lacks: ReadonlySet<string> = LACKS_ALL,
  ) {}

  get text(): string {
    if (this.#text === undefined) this.reader.read([this]);
    return this.#text as string;
  }

  get unread(): boolean {
    return this.#text === undefined;
  }

  fill(text: string): void {
    this.#text = text;
  }
}

/** The unread blobs of one repository, read with `git cat-file --batch`; `entry` makes one. */
export class BlobReader {
  private readonly unread = new Set<GitBlob>();
  private reads = 0;
  /** Blobs read so far (for tests and benchmarks). */
  blobsRead = 0;

  /**
   * `repository`: the folder git reads (resolved), when the reader's git runs in git's own environment:
   * readers of two revisions of one repository may then read their blobs in one batch (readAhead).
   */
  constructor(
    private readonly git: Git,
    readonly repository?: string,
  ) {}

  entry(sha: string, lacks?: ReadonlySet<string>): GitBlob {
    const blob = new GitBlob(sha, this, lacks);
    this.unread.add(blob);
    return blob;
  }

  /** Blobs of this reader that another read (readTogether) filled. */
  filled(blobs: readonly GitBlob[]): void {
    for (const blob of blobs) this.unread.delete(blob);
    this.blobsRead += blobs.length;
    this.reads++;
  }

  /** `catFile` with this reader's git. */
  catFile(shas: readonly string[]): { size: number; text?: string }[] {
    return catFile(this.git, shas);
  }

  read(wanted: readonly GitBlob[]): void {
    let batch = wanted.filter((b) => b.unread);
    if (batch.length === 0) return;
    if (++this.reads > SMALL_READS) batch = [...this.unread];
    const blobs = catFile(
      this.git,
      batch.map((b) => b.blob),
    );
    batch.forEach((b, i) => {
      b.fill(blobs[i]?.text as string);
      this.unread.delete(b);
    });
    this.blobsRead += batch.length;
  }
}

/** The sizes of blobs, in order, and their UTF-8 text when not over `limit` bytes. */
export function catFile(
  git: Git,
  shas: readonly string[],
  limit = Infinity,
): { size: number; text?: string }[] {
  if (shas.length === 0) return [];
  const out = git(['cat-file', '--batch', '--buffer'], shas.join('\n') + '\n');
  const blobs: { size: number; text?: string }[] = [];
  let offset = 0;
  for (let i = 0; i < shas.length; i++) {
    // `<sha> blob <size>`, or `<sha> missing` for an object the repository lacks (a damaged or shallow
    // clone, or a tree index naming blobs that are not there): read on, the rest would be misread. The
    // header is read in place (ASCII), not cut out and split: tens of thousands of blobs at 10,000 apps.
    const headerEnd = out.indexOf(10, offset);
    const typeAt = out.indexOf(32, offset) + 1;
    const sizeAt = typeAt > 0 && typeAt < headerEnd ? out.indexOf(32, typeAt) + 1 : 0;
    const blob = sizeAt > 0 && sizeAt < headerEnd && out.toString('latin1', typeAt, sizeAt - 1) === 'blob';
    const size = blob ? Number(out.toString('latin1', sizeAt, headerEnd)) : NaN;
    if (!blob || headerEnd < 0 || !Number.isSafeInteger(size)) {
      const [, type] = out
        .subarray(offset, headerEnd < 0 ? undefined : headerEnd)
        .toString()
        .split(' ');
      throw new InputError(
        `git has no file ${shas[i]} that this revision's tree names (${type ?? 'no answer'}): the clone is damaged or incomplete; fetch it again`,
      );
    }
    const start = headerEnd + 1;
    blobs.push(size > limit ? { size } : { size, text: blobText(out, start, start + size) });
    offset = start + size + 1;
  }
  return blobs;
}

/** decodeRepositoryText of `out`'s bytes from `start` to `end`, without a view made of them for UTF-8. */
function blobText(out: Buffer, start: number, end: number): string {
  const bom = end - start >= 2 && (out[start] === 0xff || out[start] === 0xfe);
  return bom ? decodeRepositoryText(out.subarray(start, end)) : out.toString('utf8', start, end);
}

/**
 * The `git grep` that lists the revision's files holding any of the searched strings, over the commit's
 * tree (bytes, fixed strings: the same answer as `text.includes` for these ASCII strings, binary files
 * included). One thread: on two cores it is faster than git's default, which contends on the pack.
 */
export function searchedGrepArgs(sha: string): string[] {
  const patterns = SEARCHED_STRINGS.flatMap((s) => ['-e', s]);
  return [
    'grep',
    '--no-color',
    '--threads=1',
    '-l',
    '-z',
    '--full-name',
    '-F',
    ...patterns,
    sha,
    '--',
    ':(top)',
  ];
}

/**
 * Paths of the files searchedGrepArgs' run listed. git grep exits 1 when no file matches; undefined when
 * it failed otherwise (a setting it refuses): the caller then reads every file.
 */
export function searchedFiles(
  sha: string,
  run: { status: number | null; out: Buffer },
): Set<string> | undefined {
  if (run.status === 1) return new Set();
  if (run.status !== 0) return undefined;
  const prefix = `${sha}:`;
  return new Set(
    run.out
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name)),
  );
}

/**
 * Reads the still unread files among `paths` in one batch (before a render lays them out), and, with
 * `alongside` (the other revision of the same repository), its files at those paths in the same batch:
 * a one-app preview's head and base inputs in one `cat-file`, not one after the other.
 */
export function readAhead(tree: FileTree, paths: Iterable<string>, alongside?: FileTree): void {
  const wanted = [...paths];
  const byReader = new Map<BlobReader, GitBlob[]>();
  for (const from of alongside ? [tree, alongside] : [tree])
    for (const path of wanted.flatMap((p) => linkChain(from, p))) {
      const entry = from.get(path);
      if (!(entry instanceof GitBlob) || !entry.unread) continue;
      const blobs = byReader.get(entry.reader) ?? [];
      if (!blobs.includes(entry)) blobs.push(entry);
      byReader.set(entry.reader, blobs);
    }
  // readers of one repository read together; any other reads alone
  const byRepository = new Map<string | BlobReader, Array<[BlobReader, GitBlob[]]>>();
  for (const [reader, blobs] of byReader) {
    const key = reader.repository ?? reader;
    byRepository.set(key, [...(byRepository.get(key) ?? []), [reader, blobs]]);
  }
  for (const readers of byRepository.values()) {
    const [first] = readers;
    if (readers.length === 1 && first) first[0].read(first[1]);
    else readTogether(readers);
  }
}

/** The blobs of several readers of one repository in one `cat-file` (each blob id asked once). */
function readTogether(readers: ReadonlyArray<[BlobReader, GitBlob[]]>): void {
  const all = readers.flatMap(([, blobs]) => blobs);
  const shas = [...new Set(all.map((b) => b.blob))];
  const [reader] = readers[0] as [BlobReader, GitBlob[]];
  const texts = new Map(reader.catFile(shas).map((blob, i) => [shas[i] as string, blob.text as string]));
  for (const blob of all) blob.fill(texts.get(blob.blob) as string);
  for (const [each, blobs] of readers) each.filled(blobs);
}

/** Blobs read so far by the reader behind a tree's unread files (0 when all were read at once). */
export function blobsReadLazily(tree: FileTree): number {
  for (const entry of tree.values()) if (entry instanceof GitBlob) return entry.reader.blobsRead;
  return 0;
}
