// Which apps a preview renders: a Kubernetes label selector over the Applications' labels (the `selector`
// input, `--selector`), and the `slipway/preview: "false"` annotation an app opts out with. An app left
// out is never dropped: when the pull request can change it, it is reported as not previewed, with why.
import type { RenderUnit } from './unit.js';
import { fieldsOf } from '../fields.js';

/** The annotation an Application opts out of previews with (value "false"). */
export const OPT_OUT_ANNOTATION = 'slipway/preview';

type Requirement =
  { key: string; op: 'in' | 'notin'; values: string[] } | { key: string; op: 'exists' | 'absent' };

export interface Selector {
  text: string;
  requirements: Requirement[];
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Splits at commas outside parentheses. */
function requirementsOf(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((r) => r.trim());
}

/**
 * A label selector as kubectl's `-l` takes it: `key=value`, `key==value`, `key!=value`, `key`, `!key`,
 * `key in (a,b)`, `key notin (a,b)`, joined by commas (all must hold). An error says which part is wrong.
 */
export function parseSelector(text: string): Selector | { error: string } {
  const requirements: Requirement[] = [];
  for (const part of requirementsOf(text.trim())) {
    if (part === '') return { error: 'an empty requirement (two commas, or a comma at an end)' };
    const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part);
    const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
    const existence = /^(!?)\s*([^=!\s()]+)$/.exec(part);
    let requirement: Requirement;
    let values: string[] = [];
    if (set) {
      values = (set[3] as string).split(',').map((v) => v.trim());
      requirement = { key: set[1] as string, op: set[2] as 'in' | 'notin', values };
    } else if (equality) {
      values = [equality[3] as string];
      requirement = { key: equality[1] as string, op: equality[2] === '!=' ? 'notin' : 'in', values };
    } else if (existence) {
      requirement = { key: existence[2] as string, op: existence[1] ? 'absent' : 'exists' };
    } else return { error: `"${part}" is not key=value, key!=value, key, !key, key in (…) or key notin (…)` };
    if (!KEY.test(requirement.key) || requirement.key.length > 317)
      return { error: `"${requirement.key}" is not a label key` };
    const bad = values.find((v) => !VALUE.test(v) || v.length > 63);
    if (bad !== undefined) return { error: `"${bad}" is not a label value` };
    requirements.push(requirement);
  }
  return { text: text.trim(), requirements };
}

/** Whether labels satisfy every requirement. */
export function selects(selector: Selector, labels: Readonly<Record<string, unknown>>): boolean {
  return selector.requirements.every((r) => {
    const value = typeof labels[r.key] === 'string' ? (labels[r.key] as string) : undefined;
    switch (r.op) {
      case 'exists':
        return value !== undefined;
      case 'absent':
        return value === undefined;
      case 'in':
        return value !== undefined && r.values.includes(value);
      case 'notin':
        return value === undefined || !r.values.includes(value);
    }
  });
}

const asObj = fieldsOf;

/** Why a unit is left out of the preview (its opt-out annotation, or the selector), or undefined. */
export function exclusionOf(unit: RenderUnit, selector: Selector | undefined): string | undefined {
  // folder units (a repository without Applications) have no labels: every one is previewed
  if (!unit.app) return undefined;
  const metadata = asObj(asObj(unit.app?.definition).metadata);
  const annotation = asObj(metadata.annotations)[OPT_OUT_ANNOTATION];
  if (typeof annotation === 'string' && annotation.trim().toLowerCase() === 'false')
    return `excluded by its annotation ${OPT_OUT_ANNOTATION}: "false"`;
  if (selector && !selects(selector, asObj(metadata.labels))) return `excluded by selector ${selector.text}`;
  return undefined;
}
