// Renders kept between runs (docs/tree-index.md#the-render-cache): a render is a pure function of what it
// reads — the files laid out in its folder (by content: git blob ids), the tool and its exact version, its
// options and Slipway's build — so its output is filed under a hash of those, in the repository's own git
// folder beside the tree indexes. A push's validation renders every app and keeps each output (`writing`);
// a pull request's preview renders its base from the kept outputs whose key matches exactly (`reading`)
// and renders its head as always. A render whose inputs cannot all be named is never kept nor read.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesIn, linkChain, type FileTree } from '../core/fileTree.js';
import { wrapperOriginToRepo } from '../core/render/kustomizeWrapper.js';
import type { KustomizeBuild, RenderCache, RenderCaching, Renderer, RenderResult } from '../ports.js';
import { VERSION } from '../version.js';
import { versionAnswer } from './childProcess.js';
import { kustomizeTool } from './renderers.js';
import { buildIdentity, slipwayFolder } from './treeIndexStore.js';

/** Bumped whenever what an entry holds, or what its key covers, changes: older entries are never read. */
export const RENDER_CACHE_FORMAT = 1;

/** How many entries a repository keeps; the least recently written go first. */
export const KEPT_RENDERS = 20_000;

const HEADER = `slipway-render-cache ${RENDER_CACHE_FORMAT}`;

/** The exact version of each tool a render may run, for the key; undefined when it cannot be told. */
export interface ToolVersions {
  kustomize(): Promise<string | undefined>;
  helm(): Promise<string | undefined>;
}

/** The whole of a tool's version answer (`kubectl version --client` names its kustomize, its git commit…). */
function probe(binary: string, args: string[]): () => Promise<string | undefined> {
  let answer: Promise<string | undefined> | undefined;
  // the same run as the footer's (binaryVersion): `kubectl version --client` runs once per process
  return () =>
    (answer ??= versionAnswer(binary, args).then((r) =>
      r.ok && r.stdout.trim() !== '' ? `${binary} ${r.stdout.trim()}` : undefined,
    ));
}

const kubectlVersion = probe('kubectl', ['version', '--client']);
const kustomizeVersion = probe('kustomize', ['version']);
/** The tools on this machine, as kustomizeBuild and helmTemplate pick them. */
export const localToolVersions: ToolVersions = {
  async kustomize() {
    const tool = kustomizeTool();
    return tool === 'kustomize' ? kustomizeVersion() : tool ? kubectlVersion() : undefined;
  },
  helm: probe('helm', ['version']),
};

/**
 * What a render's folder holds at `path` (makeRenderFolder writes what readText gives: a link's end): its
 * git blob id — git's, else the hash git would give the text — or `-` for nothing written.
 */
function contentIds(tree: FileTree): (path: string) => string {
  const known = new Map<string, string>();
  return (path) => {
    let id = known.get(path);
    if (id === undefined) {
      const end = tree.get(linkChain(tree, path).at(-1) as string);
      if (
        !end ||
        end.link !== undefined ||
        end.tooLarge ||
        (end.blob === undefined && end.text === undefined)
      )
        id = '-';
      else if (end.blob !== undefined) id = end.blob;
      else {
        const bytes = Buffer.from(end.text as string, 'utf8');
        id = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      }
      known.set(path, id);
    }
    return id;
  };
}

const idsByTree = new WeakMap<FileTree, (path: string) => string>();
function contentIdOf(tree: FileTree, path: string): string {
  let ids = idsByTree.get(tree);
  if (!ids) idsByTree.set(tree, (ids = contentIds(tree)));
  return ids(path);
}

/** Every path a render's folder is made of, each with what it holds, in one order. */
const laidOut = (tree: FileTree, paths: Iterable<string>) =>
  [...new Set(paths)].sort().map((path) => [path, contentIdOf(tree, path)]);

const hashOf = (material: unknown) =>
  createHash('sha256')
    .update(
      JSON.stringify({ format: RENDER_CACHE_FORMAT, slipway: VERSION, build: buildIdentity(), material }),
    )
    .digest('hex');

/**
 * The key of a kustomize build, as kept: with origin annotations (a build without them is the same
 * output less those annotations, so it is served by the build with them). Undefined: not cacheable.
 */
export async function kustomizeKey(
  tools: ToolVersions,
  tree: FileTree,
  path: string,
  inputs: Iterable<string>,
  overrides: unknown,
  buildOptions: readonly string[],
): Promise<string | undefined> {
  const tool = await tools.kustomize();
  // with --enable-helm, kustomize runs helm: its version counts too
  const helm = buildOptions.includes('--enable-helm') ? await tools.helm() : '';
  if (tool === undefined || helm === undefined) return undefined;
  return hashOf({
    render: 'kustomize build',
    tool,
    helm,
    path,
    files: laidOut(tree, inputs),
    overrides: overrides ?? null,
    buildOptions,
    origins: true,
  });
}

/**
 * The key of a `helm template` of a chart folder of the repository: the files helmTemplate lays out (the
 * chart's folder, its file:// dependencies' folders, value files and file parameters — keep in step with
 * renderers.ts), the values and flags, the release. A chart from a chart repository is not cacheable
 * (what the repository serves is not known here).
 */
export async function helmKey(
  tools: ToolVersions,
  tree: FileTree,
  chart: Parameters<Renderer['helmTemplate']>[1],
  files: Parameters<Renderer['helmTemplate']>[2],
  helm: Parameters<Renderer['helmTemplate']>[3],
  release: Parameters<Renderer['helmTemplate']>[4],
): Promise<string | undefined> {
  if (!('path' in chart)) return undefined;
  const tool = await tools.helm();
  if (tool === undefined) return undefined;
  const paths = [
    ...filesIn(tree, chart.path, true),
    ...files.dependencyFolders.flatMap((folder) => filesIn(tree, folder, true)),
    ...files.valueFiles,
    ...files.fileParameters.map((p) => p.path),
  ];
  return hashOf({
    render: 'helm template',
    tool,
    chart: chart.path,
    files: laidOut(tree, paths),
    valueFiles: files.valueFiles,
    fileParameters: files.fileParameters,
    dependencyFolders: files.dependencyFolders,
    helm,
    release,
  });
}

/** The folder of a checkout's git repository (shared by its worktrees) where its renders are kept. */
export function renderCacheFolder(dir: string): string | undefined {
  return slipwayFolder(dir, 'render-cache');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * An entry: a header line, the key, the renderer that ran (`kubectl kustomize`, for the footer), the
 * output's length in bytes and its sha256, then the output. Read back only whole and of its own key;
 * anything else is a reason, for the notice.
 */
function readEntry(
  file: string,
  key: string,
): { stdout: string; renderer: string } | { problem: string } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const lines: string[] = [];
  let offset = 0;
  for (let i = 0; i < 5; i++) {
    const end = bytes.indexOf(10, offset);
    if (end === -1) return { problem: 'is truncated' };
    lines.push(bytes.subarray(offset, end).toString('utf8'));
    offset = end + 1;
  }
  const [header, entryKey, renderer, length, checksum] = lines as [string, string, string, string, string];
  if (header !== HEADER) return { problem: 'is not an entry of this format' };
  if (entryKey !== key) return { problem: 'is filed under another key' };
  const body = bytes.subarray(offset);
  if (String(body.length) !== length) return { problem: 'is truncated' };
  const stdout = body.toString('utf8');
  if (sha256(stdout) !== checksum) return { problem: 'has a wrong checksum' };
  return { stdout, renderer };
}

/** Writes an entry whole or not at all (a temporary file renamed into place). */
function writeEntry(folder: string, key: string, stdout: string, renderer: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    const body = Buffer.from(stdout, 'utf8');
    const file = join(folder, `${key}.render`);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(
      partial,
      Buffer.concat([
        Buffer.from(`${HEADER}\n${key}\n${renderer}\n${body.length}\n${sha256(stdout)}\n`, 'utf8'),
        body,
      ]),
    );
    renameSync(partial, file);
    return true;
  } catch {
    return false; // a render that cannot be kept is rendered again by the next preview
  }
}

/** Keeps the KEPT_RENDERS newest entries of a folder (and drops partial files a killed run left). */
export function pruneRenders(folder: string, keep = KEPT_RENDERS): void {
  try {
    const files = readdirSync(folder)
      .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    files.forEach(({ name }, i) => {
      if (i >= keep || name.endsWith('.partial')) rmSync(join(folder, name), { force: true });
    });
  } catch {
    // nothing kept there yet, or a file gone meanwhile
  }
}

/** Which renders a caching renderer served from the cache, ran, and kept. */
interface Counts {
  fromCache: number;
  rendered: number;
  kept: number;
  ignored: number;
}

/**
 * The render cache of the git repository at `folder`: `writing` keeps every successful render it runs
 * (a push's validation); `reading` serves the renders of one tree (a preview's base) from kept entries
 * whose key matches exactly, and keeps nothing. An entry that is truncated, unreadable or of a wrong
 * checksum is ignored with a notice, and the render runs.
 */
export function renderCacheAt(
  folder: string,
  notice: (message: string) => void,
  tools: ToolVersions = localToolVersions,
): RenderCache {
  const file = (key: string) => join(folder, `${key}.render`);
  const caching = (inner: Renderer, mode: 'read' | 'write', only?: FileTree): RenderCaching => {
    const counts: Counts = { fromCache: 0, rendered: 0, kept: 0, ignored: 0 };
    let pruned = false; // (once, when the writer is done: its note)
    const cached = async <R extends RenderResult & { renderer?: string }>(
      tree: FileTree,
      key: () => Promise<string | undefined>,
      render: () => Promise<R>,
      hit: (stdout: string, renderer: string) => R,
    ): Promise<R> => {
      if (mode === 'read') {
        if (tree !== only) return render();
        // a base's lookup lets the work that is due go first (setImmediate runs after the I/O callbacks
        // that are due): served back to back, the base's renders were parsed one after another while the
        // head's renders that had ended waited to start the next, and the first lookup (which asks the
        // tool's version) went before the head's first renders
        await new Promise((resolve) => setImmediate(resolve));
      }
      const k = await key();
      if (k !== undefined && mode === 'read') {
        const entry = readEntry(file(k), k);
        if (entry && 'stdout' in entry) {
          counts.fromCache++;
          return hit(entry.stdout, entry.renderer);
        }
        if (entry) {
          counts.ignored++;
          notice(
            `Render cache: the entry ${k.slice(0, 12)} ${entry.problem}; it is ignored and the render runs.`,
          );
        }
      }
      const result = await render();
      counts.rendered++;
      const renderer = (result.renderer ?? '').replace(/\n/g, ' ');
      if (k !== undefined && mode === 'write' && result.ok && writeEntry(folder, k, result.stdout, renderer))
        counts.kept++;
      return result;
    };
    return {
      kustomizeBuild(tree, path, inputs, overrides, buildOptions = [], origins = true) {
        const files = [...inputs];
        const render = () => inner.kustomizeBuild(tree, path, files, overrides, buildOptions, origins);
        // a push keeps builds with origins (what validation runs); a base without them is served by those
        if (mode === 'write' && !origins) return render();
        return cached(
          tree,
          () => kustomizeKey(tools, tree, path, files, overrides, buildOptions),
          render,
          (stdout, renderer): KustomizeBuild => ({
            ok: true,
            stdout,
            error: '',
            originToRepo: wrapperOriginToRepo,
            ...(renderer && { renderer }),
          }),
        );
      },
      helmTemplate(tree, chart, files, helm, release) {
        return cached(
          tree,
          () => helmKey(tools, tree, chart, files, helm, release),
          () => inner.helmTemplate(tree, chart, files, helm, release),
          (stdout) => ({ ok: true, stdout, error: '' }),
        );
      },
      versions: (renderers) => inner.versions(renderers),
      planned: (renders) => inner.planned?.(renders),
      note() {
        if (mode === 'write') {
          if (counts.kept > 0 && !pruned) pruneRenders(folder);
          pruned = true;
          return `kept ${counts.kept} of ${counts.rendered} render(s) in the render cache`;
        }
        const base = counts.fromCache + counts.rendered;
        if (base === 0) return undefined;
        return `${counts.fromCache} of ${base} base render(s) from the render cache${counts.ignored > 0 ? ` (${counts.ignored} entry(ies) ignored)` : ''}`;
      },
      counts: () => ({ ...counts }),
    };
  };
  return {
    reading: (inner, tree) => caching(inner, 'read', tree),
    writing: (inner) => caching(inner, 'write'),
  };
}

/** The render cache of the git repository holding `dir`; undefined outside a git repository. */
export function localRenderCache(dir: string, notice: (message: string) => void): RenderCache | undefined {
  const folder = renderCacheFolder(dir);
  return folder === undefined ? undefined : renderCacheAt(folder, notice);
}
