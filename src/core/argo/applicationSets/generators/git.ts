// The git generator on this repository: directories matched with Go's path.Match (`exclude` too), files
// with git's pathspec or the newer doublestar globbing, each file's parameter sets, the `.path.*`
// parameters under pathParamPrefix, and the generator's `values`.
import { dirname, type FileTree } from '../../../fileTree.js';
import { plainText } from '../../../plainText.js';
import { gitFilesMatcher } from '../../gitPathspec.js';
import { BadPattern, pathMatcher } from '../../pathMatch.js';
import { sameRepo } from '../../repoUrl.js';
import { sanitizeName } from '../../sprigFunctions.js';
import { tracksBranch } from '../../trackedRevision.js';
import {
  asObj,
  countApps,
  hasKeys,
  isObj,
  MAX_GENERATED_APPS,
  tooManyApps,
  type Context,
  type Obj,
  type Params,
} from '../context.js';
import { BadInput, NotModeled, OtherRevisionGenerator } from '../errors.js';
import { flatten, valuesOf, withValues } from '../parameterMaps.js';
import { parseData } from '../yamlData.js';

/** Go's path.Dir and path.Base, as Argo CD names the folders and files it generates from. */
function goDir(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash) || '/';
}
const goBase = (path: string): string => (path === '' ? '.' : path.slice(path.lastIndexOf('/') + 1));

/** `.path.*` parameters (or `path`, `path.basename`… in legacy templates), under pathParamPrefix if set. */
function pathParams(path: string, ctx: Context, prefix: string, file?: string): Params {
  const basename = goBase(path);
  if (ctx.goTemplate) {
    // built in one go, in the order Argo CD's keys are listed (one object per generated app)
    const nested: Params =
      file === undefined
        ? {
            path,
            basename,
            basenameNormalized: sanitizeName(basename),
            segments: path.split('/'),
          }
        : {
            path,
            basename,
            filename: file,
            basenameNormalized: sanitizeName(basename),
            filenameNormalized: sanitizeName(file),
            segments: path.split('/'),
          };
    return prefix ? { [prefix]: { path: nested } } : { path: nested };
  }
  const details: Params = {
    path,
    basename,
    ...(file !== undefined && { filename: file }),
    basenameNormalized: sanitizeName(basename),
    ...(file !== undefined && { filenameNormalized: sanitizeName(file) }),
  };
  const name = prefix ? `${prefix}.path` : 'path';
  const flat: Params = {};
  for (const [k, v] of Object.entries(details)) flat[k === 'path' ? name : `${name}.${k}`] = v;
  path.split('/').forEach((s, i) => {
    if (s !== '') flat[`${name}[${i}]`] = s;
  });
  return flat;
}

/** The repository's folders as Argo CD's repo server walks them: hidden folders and what is inside skipped. */
function folders(tree: FileTree): string[] {
  const out = new Set<string>();
  // a folder seen before has had its parents added already; the last one seen (the folder of the file
  // before, most often) is recognised without cutting the path
  let last = '';
  for (const path of tree.keys()) {
    const slash = path.lastIndexOf('/');
    if (slash === last.length && slash > 0 && path.startsWith(last)) continue;
    for (let d = dirname(path); d !== '' && !out.has(d); d = dirname(d)) out.add(d);
    last = dirname(path);
  }
  // a hidden folder: one of its names starts with a dot
  return [...out].filter((d) => !d.startsWith('.') && !d.includes('/.')).sort();
}

/** A file of the tree as the repo server reads it, or an error naming it. */
function fileText(path: string, ctx: Context): string {
  const entry = ctx.tree.get(path);
  if (entry?.text !== undefined) return entry.text;
  if (entry?.tooLarge)
    throw new BadInput(`its git files generator file ${path} is over the size limit, so it was not read`);
  throw new NotModeled(`its git files generator file ${path} is a symbolic link`);
}

/** One git files generator file: a map, or a list of maps (sigs.k8s.io/yaml, as Argo CD reads it). */
function fileParamSets(path: string, ctx: Context): Obj[] {
  const what = `its git files generator file ${path}`;
  const content = parseData(fileText(path, ctx), what);
  if (content === null || content === undefined) return [{}];
  if (isObj(content)) return [content];
  if (Array.isArray(content) && content.every((c) => c === null || isObj(c)))
    return content.map((c) => (isObj(c) ? c : {}));
  throw new BadInput(`${what} is not a YAML or JSON map, nor a list of maps (Argo CD: unable to parse file)`);
}

export function gitParams(git: Obj, ctx: Context): Params[] {
  if (!ctx.repoUrls.some((url) => sameRepo(url, plainText(git.repoURL, ''))))
    throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
  if (!tracksBranch(git.revision, ctx.tracking)) throw new OtherRevisionGenerator(git.revision);
  const values = valuesOf(git, 'git');
  const prefix = typeof git.pathParamPrefix === 'string' ? git.pathParamPrefix : '';
  const out: Params[] = [];
  const directories = Array.isArray(git.directories) ? git.directories.map(asObj) : [];
  const files = Array.isArray(git.files) ? git.files.map(asObj) : [];
  // what the generator reads of the tree, for a kept tree index (every pattern, excluding ones too)
  if (directories.length > 0) ctx.reads?.folders.push(...directories.map((d) => plainText(d.path, '')));
  else
    ctx.reads?.files.push(
      ...files.map((f) => ({ pattern: plainText(f.path, ''), doublestar: ctx.newGitFileGlobbing })),
    );
  if (directories.length > 0) {
    // Go's path.Match on each folder: `*` stays within one segment, `**` too. Argo CD logs a malformed
    // pattern and lets it match nothing; a linear-time matcher, whatever the pattern
    const match = (pattern: unknown): ((dir: string) => boolean) => {
      try {
        return pathMatcher(plainText(pattern, ''));
      } catch (error) {
        if (error instanceof BadPattern) return () => false;
        throw error;
      }
    };
    const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
    const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
    const [budget, steps, valued] = [ctx.options.budget, include.length + exclude.length, hasKeys(values)];
    for (const dir of ctx.directories ?? folders(ctx.tree)) {
      budget.step(steps);
      if (anyMatches(include, dir) && !anyMatches(exclude, dir)) {
        const params = pathParams(dir, ctx, prefix);
        out.push(valued ? withValues(params, values, ctx) : params);
        if (out.length > MAX_GENERATED_APPS) throw tooManyApps();
      }
    }
    return out;
  }
  if (files.length === 0) throw new BadInput('its git generator has neither directories nor files');
  const include = files.filter((f) => f.exclude !== true).map((f) => plainText(f.path, ''));
  const exclude = files.filter((f) => f.exclude === true).map((f) => plainText(f.path, ''));
  const matchers = (patterns: string[]) => patterns.map((p) => gitFilesMatcher(p, ctx.newGitFileGlobbing));
  const [wanted, unwanted] = [matchers(include), matchers(exclude)];
  const paths = [...ctx.tree.keys()]
    .filter((path) => wanted.some((m) => m(path)) && !unwanted.some((m) => m(path)))
    .sort();
  for (const path of paths) {
    ctx.options.budget.step(wanted.length + unwanted.length);
    for (const item of fileParamSets(path, ctx)) {
      const own: Params = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
      const params = { ...own, ...pathParams(goDir(path), ctx, prefix, goBase(path)) };
      out.push(withValues(params, values, ctx));
      countApps(out);
    }
  }
  return out;
}

/** Whether one of the matchers matches `path` (a loop: no closure per folder). */
function anyMatches(matchers: ReadonlyArray<(path: string) => boolean>, path: string): boolean {
  for (let i = 0; i < matchers.length; i++) if ((matchers[i] as (path: string) => boolean)(path)) return true;
  return false;
}
