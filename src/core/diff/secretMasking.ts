// Secret values never shown: a Secret's values, and the credential-like Helm parameters and values of
// Applications and ApplicationSets, replaced by a marker before objects are compared and printed; given
// the other side, a value that differs is marked as changed.
import { parse, stringify } from 'yaml';
import type { Obj } from '../render/objects.js';
import { fieldsOf, isFields, isObjectLike, listOf, objectOf } from '../fields.js';
import { plainText } from '../plainText.js';

export const SECRET_MARKER = '<secret value hidden>';
export const SECRET_CHANGED_MARKER = '<secret value changed>';

/** Fields of a Secret that hold no value: everything else (data, stringData, a misspelt stringdata, …) is hidden. */
const SECRET_SHAPE = new Set(['apiVersion', 'kind', 'metadata', 'type', 'immutable']);
/** Names of Helm parameters and values keys that look like credentials. */
const SECRET_NAME = /password|passwd|token|secret|key|credential|private/i;

const isSecret = (obj: Obj) => typeof obj.kind === 'string' && obj.kind.toLowerCase() === 'secret';
const isApplication = (obj: Obj) =>
  obj.kind === 'Application' && plainText(obj.apiVersion, '').startsWith('argoproj.io/');
const isApplicationSet = (obj: Obj) =>
  obj.kind === 'ApplicationSet' && plainText(obj.apiVersion, '').startsWith('argoproj.io/');

function masked(value: unknown, other: unknown, compare: boolean): unknown {
  return compare && JSON.stringify(value) !== JSON.stringify(other) ? SECRET_CHANGED_MARKER : SECRET_MARKER;
}

/** Every value of a Secret, whatever the field's spelling or shape (a map or a bare string). */
function maskSecretValues(obj: Obj, other?: Obj): void {
  for (const field of Object.keys(obj)) {
    if (SECRET_SHAPE.has(field)) continue;
    const values = obj[field];
    const before = other?.[field];
    if (isFields(values)) {
      const was = objectOf(before);
      for (const key of Object.keys(values))
        values[key] = masked(values[key], was[key], other !== undefined && key in was);
    } else obj[field] = masked(values, before, other !== undefined && before !== undefined);
  }
}

/**
 * Keys that look like credentials, at any depth of a values tree. Given the other side's tree, a value
 * that differs from the one at the same place there is marked as changed.
 */
function maskSecretKeys(value: unknown, other?: unknown, compare = false): unknown {
  if (Array.isArray(value)) {
    const was = Array.isArray(other) ? other : [];
    return value.map((v, i) => maskSecretKeys(v, was[i], compare && i < was.length));
  }
  if (!isObjectLike(value)) return value;
  const was = fieldsOf(other);
  const out: Obj = {};
  for (const [k, v] of Object.entries(value))
    out[k] =
      SECRET_NAME.test(k) && (v === null || typeof v !== 'object')
        ? masked(v, was[k], compare && k in was)
        : maskSecretKeys(v, was[k], compare && k in was);
  return out;
}

/**
 * A YAML text (Helm `values`, an ApplicationSet's `elementsYaml`) with its credential-like keys masked.
 * A text that is not YAML (a template's text before it runs) is masked line by line (maskSecretLines),
 * or hidden whole with `whole`.
 */
function maskSecretText(text: string, other: unknown, compare: boolean, whole = false): string {
  try {
    const was = typeof other === 'string' ? (parse(other) as unknown) : undefined;
    return stringify(maskSecretKeys(parse(text), was, compare && typeof other === 'string'));
  } catch {
    return whole ? (masked(text, other, compare) as string) : maskSecretLines(text, other, compare);
  }
}

/** `key: value`, `- key: value`, and the same inside a one-line flow map. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#{}[\],]+)(\s*:\s*)(.*)$/;

/**
 * A YAML-like text that does not parse (Go template actions in it) with the values of credential-like
 * keys, and the `value` of a parameter whose `name` looks like a credential, replaced by the marker —
 * a block scalar's (`|`, `>`) following lines too. A line that differs from every line of the other side
 * is marked changed.
 */
function maskSecretLines(text: string, other: unknown, compare: boolean): string {
  const before = new Set(typeof other === 'string' ? other.split('\n') : []);
  const mark = (line: string) =>
    compare && typeof other === 'string' && !before.has(line) ? SECRET_CHANGED_MARKER : SECRET_MARKER;
  const out: string[] = [];
  let secretName = false;
  let blockIndent: number | undefined;
  for (const line of text.split('\n')) {
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (blockIndent !== undefined) {
      if (line.trim() === '' || indent > blockIndent) {
        out.push(`${' '.repeat(indent)}${mark(line)}`);
        continue;
      }
      blockIndent = undefined;
    }
    // one-line flow maps: {name: db.password, value: x}
    if (/\{.*\}/.test(line)) {
      const flowName = /\bname\s*:\s*["']?([^,}"']+)/.exec(line)?.[1] ?? '';
      out.push(
        line.replace(
          /([{,]\s*)([^\s:{},]+)(\s*:\s*)([^,}]*)/g,
          (all, lead: string, key: string, sep: string) =>
            SECRET_NAME.test(key) || (key === 'value' && SECRET_NAME.test(flowName))
              ? `${lead}${key}${sep}${mark(line)}`
              : all,
        ),
      );
      continue;
    }
    const m = KEY_VALUE.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const [, lead, key, sep, value] = m as unknown as [string, string, string, string, string];
    if (key === 'name') {
      secretName = SECRET_NAME.test(value);
      out.push(line);
      continue;
    }
    const secret = SECRET_NAME.test(key) || (key === 'value' && secretName);
    if (key === 'value') secretName = false;
    if (!secret || value.trim() === '') {
      out.push(line);
      continue;
    }
    if (/^[|>][-+0-9]*\s*$/.test(value.trim())) blockIndent = lead.length;
    out.push(`${lead}${key}${sep}${mark(line)}`);
  }
  return out.join('\n');
}

/**
 * The Helm parameters and values of an Application's spec (or an ApplicationSet's template spec) whose
 * names look like credentials.
 */
function maskSpecHelm(spec: unknown, otherSpec: unknown, compare: boolean): void {
  const sourcesOf = (s: unknown) => {
    const o = objectOf(s);
    const sources: unknown[] = Array.isArray(o.sources) ? o.sources : [];
    return [o.source, ...sources];
  };
  const otherSources = sourcesOf(otherSpec);
  sourcesOf(spec).forEach((source, i) => {
    const helm = isObjectLike(source) ? source.helm : undefined;
    if (!isObjectLike(helm)) return;
    const otherSource = otherSources[i];
    const was = objectOf(isObjectLike(otherSource) ? otherSource.helm : undefined);
    for (const field of ['parameters', 'fileParameters']) {
      const list = helm[field];
      if (!Array.isArray(list)) continue;
      const before = listOf(was[field]).filter(isObjectLike);
      for (const p of list as unknown[]) {
        if (!isObjectLike(p) || typeof p.name !== 'string' || !SECRET_NAME.test(p.name) || !('value' in p))
          continue;
        const old = before.find((b) => b?.name === p.name);
        p.value = masked(p.value, old?.value, compare && old !== undefined);
      }
    }
    if (helm.valuesObject !== undefined)
      helm.valuesObject = maskSecretKeys(
        helm.valuesObject,
        was.valuesObject,
        compare && 'valuesObject' in was,
      );
    if (typeof helm.values === 'string') helm.values = maskSecretText(helm.values, was.values, compare, true);
  });
}

/** An Application's Helm parameters and values whose names look like credentials. */
function maskApplicationHelm(obj: Obj, other?: Obj): void {
  maskSpecHelm(obj.spec, other?.spec, other !== undefined);
}

const specOf = (template: unknown) => (isObjectLike(template) ? template.spec : undefined);

/**
 * An ApplicationSet's credential-like Helm parameters and values: in its template, in the templates of
 * its generators (matrix and merge generators nest theirs), in a `templatePatch`, and the credential-like
 * keys of generators' parameters (list `elements` / `elementsYaml`, cluster `values`, plugin
 * `input.parameters`), whose values the template may pass to helm.
 */
function maskApplicationSet(obj: Obj, other?: Obj): void {
  const compare = other !== undefined;
  const spec = obj.spec;
  if (!isObjectLike(spec)) return;
  const was = objectOf(other?.spec);
  maskSpecHelm(specOf(spec.template), specOf(was.template), compare);
  if (typeof spec.templatePatch === 'string')
    spec.templatePatch = maskTemplatePatch(spec.templatePatch, was.templatePatch, compare);
  maskGenerators(spec.generators, was.generators, compare, 0);
}

function maskTemplatePatch(text: string, other: unknown, compare: boolean): string {
  try {
    const patch = parse(text) as unknown;
    const before = typeof other === 'string' ? (parse(other) as unknown) : undefined;
    if (!isObjectLike(patch)) return text;
    maskSpecHelm(patch.spec, isObjectLike(before) ? before.spec : undefined, compare && before !== undefined);
    return stringify(patch);
  } catch {
    // a patch that is not YAML until its template runs
    return maskSecretLines(text, other, compare);
  }
}

function maskGenerators(generators: unknown, other: unknown, compare: boolean, depth: number): void {
  if (!Array.isArray(generators) || depth > 8) return;
  const was = Array.isArray(other) ? other : [];
  generators.forEach((generator, i) => {
    if (!isObjectLike(generator)) return;
    const before = objectOf(was[i]);
    for (const [kind, g] of Object.entries(generator)) {
      if (!isObjectLike(g)) continue;
      const b = objectOf(before[kind]);
      const same = compare && i < was.length && kind in before;
      maskSpecHelm(specOf(g.template), specOf(b.template), same);
      if (Array.isArray(g.elements)) g.elements = maskSecretKeys(g.elements, b.elements, same);
      if (typeof g.elementsYaml === 'string')
        g.elementsYaml = maskSecretText(g.elementsYaml, b.elementsYaml, same);
      // the cluster generators' `values` and a plugin generator's `input.parameters` reach the template too
      if (g.values && typeof g.values === 'object') g.values = maskSecretKeys(g.values, b.values, same);
      const input = g.input;
      if (isObjectLike(input) && input.parameters !== undefined)
        input.parameters = maskSecretKeys(
          input.parameters,
          isObjectLike(b.input) ? b.input.parameters : undefined,
          same,
        );
      maskGenerators(g.generators, b.generators, same, depth + 1);
    }
  });
}

/**
 * Secret values replaced by a marker (Secrets of any case and field spelling, inside lists too, and the
 * credential-like Helm parameters of Applications and ApplicationSets). Given the other side, a value
 * that differs from it is marked as changed, so the diff shows which keys changed without showing any
 * value.
 */
export function maskSecret(obj: Obj, other?: Obj): void {
  if (Array.isArray(obj.items)) {
    const others = listOf(other?.items);
    const items: unknown[] = obj.items;
    items.forEach((item, i) => {
      const was = others[i];
      if (isObjectLike(item)) maskSecret(item, isObjectLike(was) ? was : undefined);
    });
  }
  if (isSecret(obj)) maskSecretValues(obj, other);
  else if (isApplication(obj)) maskApplicationHelm(obj, other);
  else if (isApplicationSet(obj)) maskApplicationSet(obj, other);
}
