// What an image bump may change, taken out of an object so that what remains shows every other change:
// the version (tag, digest) of a container image, and of the image overrides of an Argo CD Application
// or ApplicationSet template (kustomize `images`, Helm `*.tag`/`*.digest` parameters, the `tag`/`digest`
// beside a `repository` in Helm values). The repository of each image stays, so moving an image to another
// registry or path is a change like any other.
import { parse } from 'yaml';
import { tryParseImageRef } from '../image/imageRef.js';
import type { Obj } from '../render/objects.js';
import { isContainerList } from '../workload/podContainers.js';
import { isFields } from '../fields.js';

/** Stands for an image's version in a versionless copy. */
export const VERSION_MARKER = '<version>';

/** A container image of a workload, before and after: what the policy judges. */
export interface ImagePair {
  before: string;
  after: string;
  /** Where the container is, e.g. `spec.template.spec.containers[0]`. */
  at: string;
}

const asObj = (v: unknown): Obj | undefined => (isFields(v) ? v : undefined);

/** The repository of a reference (`ghcr.io/acme/web`) with a version marker, or the text itself when it is not one. */
function repositoryOf(ref: string): string {
  const parsed = tryParseImageRef(ref);
  return parsed ? `${parsed.canonical}:${VERSION_MARKER}` : ref;
}

/** A kustomize `images` entry without its version: `newTag` and `digest` out, a string entry's tag out. */
function versionlessKustomizeImage(entry: unknown): unknown {
  if (typeof entry === 'string') {
    const eq = entry.indexOf('=');
    return eq === -1 ? repositoryOf(entry) : `${entry.slice(0, eq)}=${repositoryOf(entry.slice(eq + 1))}`;
  }
  const map = asObj(entry);
  if (!map) return entry;
  const rest = { ...map };
  delete rest.newTag;
  delete rest.digest;
  return rest;
}

/** Helm values without image versions: `tag`/`digest` beside `repository`, and `image: repo:tag` strings. */
function versionlessValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(versionlessValues);
  const map = asObj(value);
  if (!map) return value;
  const out: Obj = {};
  const holdsImage = typeof map.repository === 'string';
  for (const [key, v] of Object.entries(map)) {
    if (holdsImage && (key === 'tag' || key === 'digest') && (v === null || typeof v !== 'object'))
      out[key] = VERSION_MARKER;
    else if (key === 'image' && typeof v === 'string') out[key] = repositoryOf(v);
    else out[key] = versionlessValues(v);
  }
  return out;
}

const VERSION_PARAMETER = /(?:^|\.)(?:tag|digest)$/;

/** An Application source without the image versions a bump writes into it. */
function versionlessSource(source: unknown): unknown {
  const src = asObj(source);
  if (!src) return source;
  const out: Obj = { ...src };
  const kustomize = asObj(src.kustomize);
  if (kustomize && Array.isArray(kustomize.images))
    out.kustomize = { ...kustomize, images: kustomize.images.map(versionlessKustomizeImage) };
  const helm = asObj(src.helm);
  if (helm) {
    const h: Obj = { ...helm };
    if (Array.isArray(helm.parameters))
      h.parameters = helm.parameters.map((p) => {
        const param = asObj(p);
        return param && typeof param.name === 'string' && VERSION_PARAMETER.test(param.name)
          ? { ...param, value: VERSION_MARKER }
          : (p as unknown);
      });
    if (typeof helm.values === 'string') {
      try {
        h.values = versionlessValues(parse(helm.values, { maxAliasCount: 100 }));
      } catch {
        // not YAML: compared as written
      }
    }
    if (helm.valuesObject !== undefined) h.valuesObject = versionlessValues(helm.valuesObject);
    out.helm = h;
  }
  return out;
}

/** An Application spec (or an ApplicationSet's template spec) without the image versions of its sources. */
function versionlessSpec(spec: unknown): unknown {
  const s = asObj(spec);
  if (!s) return spec;
  return {
    ...s,
    ...(s.source !== undefined && { source: versionlessSource(s.source) }),
    ...(Array.isArray(s.sources) && { sources: s.sources.map(versionlessSource) }),
  };
}

const isArgo = (obj: Obj, kind: string) =>
  obj.kind === kind && typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('argoproj.io/');

/**
 * A copy of an object without what an image bump may change, and the workload images it held (in order,
 * with where each is). Applications and ApplicationSets lose the versions of their image overrides; any
 * other object the versions of its containers' images.
 */
export function versionless(obj: Obj): { rest: Obj; images: Array<{ image: string; at: string }> } {
  const images: Array<{ image: string; at: string }> = [];
  if (isArgo(obj, 'Application')) return { rest: { ...obj, spec: versionlessSpec(obj.spec) }, images };
  if (isArgo(obj, 'ApplicationSet')) {
    const spec = asObj(obj.spec);
    const template = asObj(spec?.template);
    if (!spec || !template) return { rest: obj, images };
    return {
      rest: { ...obj, spec: { ...spec, template: { ...template, spec: versionlessSpec(template.spec) } } },
      images,
    };
  }
  const walk = (value: unknown, path: string, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v: unknown, i) => walk(v, `${path}[${i}]`, key));
    return isFields(value) ? walkMap(value, path, key) : value;
  };
  const walkMap = (map: Obj, path: string, key?: string): Obj => {
    const out: Obj = {};
    for (const [k, v] of Object.entries(map)) {
      if (k === 'image' && typeof v === 'string' && isContainerList(key)) {
        images.push({ image: v, at: path });
        out[k] = VERSION_MARKER;
      } else out[k] = walk(v, path ? `${path}.${k}` : k, k);
    }
    return out;
  };
  return { rest: walkMap(obj, ''), images };
}

/**
 * The paths where two values differ (`spec.replicas`, `metadata.annotations.x`, `spec.sources[1]`), at most
 * `limit` of them and how many more there are.
 */
export function differences(a: unknown, b: unknown, limit = 5): { paths: string[]; more: number } {
  const paths: string[] = [];
  let more = 0;
  const visit = (x: unknown, y: unknown, path: string): void => {
    if (x === y || JSON.stringify(x) === JSON.stringify(y)) return;
    const mx = asObj(x);
    const my = asObj(y);
    if (mx && my) {
      for (const key of [...new Set([...Object.keys(mx), ...Object.keys(my)])].sort())
        visit(mx[key], my[key], path ? `${path}.${key}` : key);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      x.forEach((item, i) => visit(item, y[i], `${path}[${i}]`));
      return;
    }
    if (paths.length < limit) paths.push(path || '(the whole object)');
    else more++;
  };
  visit(a, b, '');
  return { paths, more };
}

/** `a, b and 3 more`: a differences() answer in words. */
export function describeDifferences(found: { paths: string[]; more: number }): string {
  return `${found.paths.join(', ')}${found.more > 0 ? ` and ${found.more} more` : ''}`;
}
