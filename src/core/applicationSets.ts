// ApplicationSets → the Applications they generate, for the generators a repository alone determines:
// list, and git (directories and files) on this repository. Other generators (clusters, SCM, pull
// requests, matrix, merge, plugins…) depend on the world outside the repository and are listed as not
// previewed. Templates: Go templates (`{{ .path.basename }}`) without functions, and legacy `{{path}}`.
import picomatch from 'picomatch';
import { parse } from 'yaml';
import type { NotPreviewed } from './argoApps.js';
import { dirname, type FileTree } from './fileTree.js';
import { sameRepo } from './repoUrl.js';

type Obj = Record<string, unknown>;
type Params = Record<string, unknown>;

export function isApplicationSet(obj: Obj): boolean {
  return (
    typeof obj.apiVersion === 'string' &&
    obj.apiVersion.startsWith('argoproj.io/') &&
    obj.kind === 'ApplicationSet'
  );
}

class TemplateError extends Error {}

function lookup(params: Params, expression: string): unknown {
  if (expression in params) return params[expression];
  let value: unknown = params;
  for (const part of expression.split('.')) {
    if (!value || typeof value !== 'object' || !(part in (value as Obj)))
      throw new TemplateError(`unknown parameter "${expression}"`);
    value = (value as Obj)[part];
  }
  return value;
}

function renderString(text: string, params: Params, goTemplate: boolean): string {
  return text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_, raw: string) => {
    let expression = raw.trim();
    if (goTemplate) {
      if (!/^\.[\w.]+$/.test(expression))
        throw new TemplateError(
          `template expression "{{ ${expression} }}" uses functions or pipelines, which are not previewed`,
        );
      expression = expression.slice(1);
    } else if (!/^[\w.[\]]+$/.test(expression)) {
      throw new TemplateError(`template expression "{{${expression}}}" is not previewed`);
    }
    const value = lookup(params, expression);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

function renderTemplate(template: unknown, params: Params, goTemplate: boolean): unknown {
  if (typeof template === 'string') return renderString(template, params, goTemplate);
  if (Array.isArray(template)) return template.map((t) => renderTemplate(t, params, goTemplate));
  if (template && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template as Obj).map(([k, v]) => [
        renderString(k, params, goTemplate),
        renderTemplate(v, params, goTemplate),
      ]),
    );
  }
  return template;
}

function pathParams(path: string, goTemplate: boolean): Params {
  const segments = path.split('/');
  const basename = segments.at(-1) ?? '';
  const basenameNormalized = basename.replace(/[^a-zA-Z0-9-]/g, '-').toLowerCase();
  if (goTemplate) return { path: { path, basename, basenameNormalized, segments } };
  const flat: Params = { path, 'path.basename': basename, 'path.basenameNormalized': basenameNormalized };
  segments.forEach((s, i) => (flat[`path[${i}]`] = s));
  return flat;
}

function folders(tree: FileTree): string[] {
  const out = new Set<string>();
  for (const path of tree.keys()) for (let d = dirname(path); d !== ''; d = dirname(d)) out.add(d);
  return [...out].sort();
}

function gitParams(git: Obj, tree: FileTree, goTemplate: boolean): Params[] {
  const out: Params[] = [];
  const directories = Array.isArray(git.directories) ? (git.directories as Obj[]) : [];
  if (directories.length > 0) {
    const include = directories.filter((d) => d.exclude !== true).map((d) => String(d.path));
    const exclude = directories.filter((d) => d.exclude === true).map((d) => String(d.path));
    const included = picomatch(include);
    const excluded = exclude.length > 0 ? picomatch(exclude) : () => false;
    for (const dir of folders(tree)) {
      if (included(dir) && !excluded(dir) && !dir.split('/').some((s) => s.startsWith('.')))
        out.push(pathParams(dir, goTemplate));
    }
  }
  for (const file of Array.isArray(git.files) ? (git.files as Obj[]) : []) {
    const matches = picomatch(String(file.path));
    for (const [path, entry] of tree) {
      if (!matches(path) || entry.text === undefined) continue;
      const content = parse(entry.text) as unknown;
      const items = Array.isArray(content) ? content : [content];
      for (const item of items) {
        if (!item || typeof item !== 'object') continue;
        out.push({ ...(item as Obj), ...pathParams(dirname(path), goTemplate) });
      }
    }
  }
  return out;
}

export interface GeneratedApps {
  applications: Obj[];
  notPreviewed: NotPreviewed[];
}

/** The Applications an ApplicationSet generates from this repository alone. */
export function expandApplicationSet(
  appSet: Obj,
  file: string,
  line: number,
  tree: FileTree,
  repoUrls: readonly string[],
): GeneratedApps {
  const name = String(((appSet.metadata ?? {}) as Obj).name ?? '(unnamed)');
  const spec = (appSet.spec ?? {}) as Obj;
  const goTemplate = spec.goTemplate === true;
  const notPreviewed: NotPreviewed[] = [];
  const applications: Obj[] = [];
  for (const generator of Array.isArray(spec.generators) ? (spec.generators as Obj[]) : []) {
    const type = Object.keys(generator).find((k) => k !== 'selector' && k !== 'template') ?? '(none)';
    let paramSets: Params[];
    if (type === 'list') {
      paramSets = (((generator.list ?? {}) as Obj).elements as Params[] | undefined) ?? [];
    } else if (
      type === 'git' &&
      repoUrls.some((url) => sameRepo(url, String(((generator.git ?? {}) as Obj).repoURL ?? '')))
    ) {
      paramSets = gitParams(generator.git as Obj, tree, goTemplate);
    } else {
      const why =
        type === 'git'
          ? `its git generator reads ${String((generator.git as Obj).repoURL)}`
          : `the ${type} generator depends on more than this repository`;
      notPreviewed.push({ name, file, line, reason: `ApplicationSet: ${why}, not previewed` });
      continue;
    }
    const template = (generator.template as Obj | undefined) ?? spec.template;
    for (const params of paramSets) {
      try {
        const app = renderTemplate(template, params, goTemplate) as Obj;
        applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app });
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        notPreviewed.push({ name, file, line, reason: `ApplicationSet: ${error.message}` });
        break;
      }
    }
  }
  return { applications, notPreviewed };
}
