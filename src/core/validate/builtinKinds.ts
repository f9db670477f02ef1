// Kinds of the API groups Kubernetes itself serves (not argoproj.io, which Argo CD shares with other projects). No CRD can add a kind to these groups (the API server
// owns them), so `apps/v1 Deploymnet` or `apps/v2 Deployment` will be rejected whatever the repository holds.
import { REMOVED_APIS } from './apiVersions.js';
import { FIELDS_SOURCE, KIND_TYPES } from './k8sFields.generated.js';

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
const versionOf = (apiVersion: string): string =>
  apiVersion.includes('/') ? apiVersion.split('/')[1]! : apiVersion;

/** group → version → kinds, from the bundled schemas and the table of removed APIs. */
const KINDS = new Map<string, Map<string, Set<string>>>();
function add(apiVersion: string, kind: string | undefined): void {
  const group = groupOf(apiVersion);
  const versions = KINDS.get(group) ?? new Map<string, Set<string>>();
  KINDS.set(group, versions);
  const kinds = versions.get(versionOf(apiVersion)) ?? new Set<string>();
  versions.set(versionOf(apiVersion), kinds);
  if (kind) kinds.add(kind);
}
for (const key of Object.keys(KIND_TYPES)) {
  // Argo CD's kinds have schemas, but argoproj.io is not Kubernetes': Argo Rollouts, Workflows and Events
  // add their own kinds to it with CRDs
  if (key.startsWith('argoproj.io/')) continue;
  const slash = key.lastIndexOf('/');
  add(key.slice(0, slash), key.slice(slash + 1));
}
for (const removed of REMOVED_APIS)
  for (const kind of removed.kinds ?? [undefined]) add(removed.apiVersion, kind);

/** Alpha and beta versions come and go between Kubernetes releases: one Slipway does not know may exist. */
const PRERELEASE = /^v\d+(alpha|beta)\d+$/;

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length]!;
}

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Why `apiVersion kind` cannot exist in any cluster: a kind a built-in group/version does not have, or a
 * stable version the group never had. Undefined when it can exist (or may: an alpha/beta version newer
 * than the bundled schemas).
 */
export function unknownBuiltinKind(apiVersion: string, kind: string): string | undefined {
  const group = groupOf(apiVersion);
  const versions = KINDS.get(group);
  if (!versions || kind.endsWith('List')) return undefined;
  const version = versionOf(apiVersion);
  const kinds = versions.get(version);
  const known = `(built-in kinds of ${FIELDS_SOURCE})`;
  if (!kinds) {
    if (PRERELEASE.test(version)) return undefined;
    const withKind = [...versions].filter(([, k]) => k.has(kind)).map(([v]) => v);
    const where = group === '' ? 'the core API group' : `API group ${group}`;
    const hint =
      withKind.length > 0
        ? `; ${kind} is served as ${withKind.map((v) => (group ? `${group}/${v}` : v)).join(', ')}`
        : '';
    return `${where} has no version ${version}${hint} ${known}`;
  }
  if (kinds.size === 0 || kinds.has(kind)) return undefined;
  const other = [...versions].find(([v, k]) => v !== version && k.has(kind))?.[0];
  if (other)
    return `${apiVersion} has no kind ${kind}; it is served as ${group ? `${group}/` : ''}${other} ${known}`;
  const elsewhere = [...KINDS]
    .flatMap(([g, vs]) => [...vs].filter(([, k]) => k.has(kind)).map(([v]) => (g ? `${g}/${v}` : v)))
    .filter((v) => !/(alpha|beta)/.test(v));
  if (elsewhere.length > 0)
    return `${apiVersion} has no kind ${kind}; it is served as ${elsewhere.join(', ')} ${known}`;
  const suggestion =
    closest(kind, kinds) ??
    closest(
      kind,
      [...versions.values()].flatMap((k) => [...k]),
    );
  return `${apiVersion} has no kind ${kind}${suggestion ? `; did you mean ${suggestion}?` : ''} ${known}`;
}
