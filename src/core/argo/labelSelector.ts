// A generator's `selector`: a Kubernetes label selector (matchLabels, matchExpressions with In, NotIn,
// Exists, DoesNotExist) that Argo CD applies to each parameter set, flattened with dots (`path.basename`,
// `values.env`, a list's items as `.0`, `.1`). Argo CD's copy of LabelSelectorAsSelector puts no limit on
// label values; keys and operators are checked as Kubernetes checks them, and a bad one is an error.

export class BadSelector extends Error {}

type Labels = ReadonlyMap<string, string>;
type Requirement = (labels: Labels) => boolean;

const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

// a qualified name: an optional DNS-subdomain prefix and `/`, then 1–63 alphanumerics, `-`, `_`, `.`
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkKey(key: string): void {
  const slash = key.lastIndexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (!NAME.test(name) || (prefix !== undefined && (prefix.length > 253 || !PREFIX.test(prefix))))
    throw new BadSelector(`its selector key ${JSON.stringify(key)} is not a valid label key`);
}

const text = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/** The selector as a test on flattened parameters; throws BadSelector as Argo CD would fail it. */
export function labelSelector(selector: unknown): (labels: Labels) => boolean {
  if (selector === null) return () => true;
  if (!isObj(selector)) throw new BadSelector('its selector is not a map');
  const requirements: Requirement[] = [];
  const matchLabels = selector.matchLabels ?? {};
  if (!isObj(matchLabels)) throw new BadSelector('its selector matchLabels is not a map');
  for (const [key, value] of Object.entries(matchLabels)) {
    checkKey(key);
    const wanted = text(value);
    requirements.push((labels) => labels.get(key) === wanted);
  }
  const expressions = selector.matchExpressions ?? [];
  if (!Array.isArray(expressions)) throw new BadSelector('its selector matchExpressions is not a list');
  for (const expression of expressions) {
    const e = isObj(expression) ? expression : {};
    const key = text(e.key ?? '');
    checkKey(key);
    const values = Array.isArray(e.values) ? e.values.map(text) : [];
    switch (e.operator) {
      case 'In':
      case 'NotIn': {
        if (values.length === 0)
          throw new BadSelector(`its selector ${String(e.operator)} on ${key} has no values`);
        const set = new Set(values);
        requirements.push(
          e.operator === 'In'
            ? (labels) => labels.has(key) && set.has(labels.get(key) as string)
            : (labels) => !labels.has(key) || !set.has(labels.get(key) as string),
        );
        break;
      }
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0)
          throw new BadSelector(`its selector ${String(e.operator)} on ${key} must have no values`);
        requirements.push(
          e.operator === 'Exists' ? (labels) => labels.has(key) : (labels) => !labels.has(key),
        );
        break;
      default:
        throw new BadSelector(
          `its selector operator ${JSON.stringify(String(e.operator))} is not In, NotIn, Exists or DoesNotExist`,
        );
    }
  }
  return (labels) => requirements.every((r) => r(labels));
}
