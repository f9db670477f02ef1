// What changed in an object, in words: the fields reviewers scan for first, one fact a line. Secret
// references are named, never their values; env values are not quoted (they may hold credentials).
import { podContainers } from '../workload/podContainers.js';
import type { Obj } from '../render/objects.js';
import { plainText } from '../plainText.js';

type Fields = Record<string, unknown>;

const isObj = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const text = (v: unknown) => plainText(v, '(none)');

/** Keys added, removed and changed between two maps (sorted, for stable facts). */
function keyChanges(
  before: Fields,
  after: Fields,
): { added: string[]; removed: string[]; changed: string[] } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return {
    added: keys.filter((k) => !(k in before) && k in after),
    removed: keys.filter((k) => k in before && !(k in after)),
    changed: keys.filter((k) => k in before && k in after && !same(before[k], after[k])),
  };
}

/** `what: added a, b; removed c; changed d`, or nothing when the maps are equal. */
function mapFact(what: string, before: unknown, after: unknown, values = false): string[] {
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const { added, removed, changed } = keyChanges(b, a);
  if (values && added.length + removed.length === 0 && changed.length === 1) {
    const key = changed[0] as string;
    return [`${what} ${key}: ${text(b[key])} → ${text(a[key])}`];
  }
  const parts = [
    added.length > 0 && `added ${added.join(', ')}`,
    removed.length > 0 && `removed ${removed.join(', ')}`,
    changed.length > 0 && `changed ${changed.join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? [`${what}: ${parts.join('; ')}`] : [];
}

/** Each named entry of a list (env, ports) by its key; entries without one are left out. */
function byKey(list: unknown, key: (entry: Fields) => string | undefined): Fields {
  const out: Fields = {};
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (!isObj(entry)) continue;
    const k = key(entry);
    if (k !== undefined) out[k] = entry;
  }
  return out;
}

const envName = (e: Fields) => (typeof e.name === 'string' ? e.name : undefined);
const portName = (p: Fields) =>
  p.containerPort === undefined ? undefined : `${text(p.containerPort)}/${text(p.protocol ?? 'TCP')}`;

/** `name (from Secret db)` for env entries read from a Secret: the reference, never a value. */
function envLabels(names: string[], env: Fields): string {
  return names
    .map((n) => {
      const entry = env[n];
      const ref = isObj(entry) && isObj(entry.valueFrom) ? entry.valueFrom : undefined;
      const secret = isObj(ref?.secretKeyRef) ? ref.secretKeyRef.name : undefined;
      return typeof secret === 'string' ? `${n} (from Secret ${secret})` : n;
    })
    .join(', ');
}

function containerFacts(name: string, was: Fields, now: Fields): string[] {
  const facts: string[] = [];
  if (was.image !== now.image) facts.push(`image ${name}: ${text(was.image)} → ${text(now.image)}`);
  if (was.imagePullPolicy !== now.imagePullPolicy)
    facts.push(`imagePullPolicy of ${name}: ${text(was.imagePullPolicy)} → ${text(now.imagePullPolicy)}`);
  const resources = (c: Fields, part: string) => (isObj(c.resources) ? c.resources[part] : undefined);
  for (const [part, label] of [
    ['requests', 'request'],
    ['limits', 'limit'],
  ] as const) {
    const b = resources(was, part);
    const a = resources(now, part);
    const { added, removed, changed } = keyChanges(isObj(b) ? b : {}, isObj(a) ? a : {});
    for (const key of [...added, ...removed, ...changed])
      facts.push(
        `${key} ${label} of ${name}: ${text(isObj(b) ? b[key] : undefined)} → ${text(isObj(a) ? a[key] : undefined)}`,
      );
  }
  const envBefore = byKey(was.env, envName);
  const envAfter = byKey(now.env, envName);
  const env = keyChanges(envBefore, envAfter);
  if (env.added.length > 0) facts.push(`env of ${name}: added ${envLabels(env.added, envAfter)}`);
  if (env.removed.length > 0) facts.push(`env of ${name}: removed ${envLabels(env.removed, envBefore)}`);
  if (env.changed.length > 0) facts.push(`env of ${name}: changed ${envLabels(env.changed, envAfter)}`);
  if (!same(was.envFrom, now.envFrom)) facts.push(`envFrom of ${name} changed`);
  const ports = keyChanges(byKey(was.ports, portName), byKey(now.ports, portName));
  const portParts = [
    ports.added.length > 0 && `added ${ports.added.join(', ')}`,
    ports.removed.length > 0 && `removed ${ports.removed.join(', ')}`,
    ports.changed.length > 0 && `changed ${ports.changed.join(', ')}`,
  ].filter(Boolean);
  if (portParts.length > 0) facts.push(`ports of ${name}: ${portParts.join('; ')}`);
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    if (same(was[probe], now[probe])) continue;
    const how = was[probe] === undefined ? 'added' : now[probe] === undefined ? 'removed' : 'changed';
    facts.push(`${probe} of ${name} ${how}`);
  }
  if (!same(was.securityContext, now.securityContext)) facts.push(`securityContext of ${name} changed`);
  return facts;
}

function workloadFacts(before: Obj, after: Obj): string[] {
  const facts: string[] = [];
  const containers = (o: Obj) =>
    new Map(
      podContainers(o.spec)
        .filter((c) => typeof c.name === 'string')
        .map((c) => [c.name as string, c]),
    );
  const b = containers(before);
  const a = containers(after);
  for (const [name, now] of a) {
    const was = b.get(name);
    if (was) facts.push(...containerFacts(name, was, now));
    else facts.push(`container ${name} added (image ${text(now.image)})`);
  }
  for (const name of b.keys()) if (!a.has(name)) facts.push(`container ${name} removed`);
  const replicas = (o: Obj) => (isObj(o.spec) ? o.spec.replicas : undefined);
  if (replicas(before) !== replicas(after))
    facts.push(
      `replicas: ${plainText(replicas(before), 'default')} → ${plainText(replicas(after), 'default')}`,
    );
  return facts;
}

const spec = (o: Obj): Fields => (isObj(o.spec) ? o.spec : {});

function serviceFacts(before: Obj, after: Obj): string[] {
  const type = (o: Obj) => spec(o).type ?? 'ClusterIP';
  return type(before) !== type(after) ? [`service type: ${text(type(before))} → ${text(type(after))}`] : [];
}

function ingressFacts(before: Obj, after: Obj): string[] {
  const hosts = (o: Obj) =>
    new Set(
      (Array.isArray(spec(o).rules) ? (spec(o).rules as unknown[]) : [])
        .map((r) => (isObj(r) ? r.host : undefined))
        .filter((h): h is string => typeof h === 'string'),
    );
  const b = hosts(before);
  const a = hosts(after);
  const added = [...a].filter((h) => !b.has(h)).sort();
  const removed = [...b].filter((h) => !a.has(h)).sort();
  const parts = [
    added.length > 0 && `added ${added.join(', ')}`,
    removed.length > 0 && `removed ${removed.join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? [`ingress hosts: ${parts.join('; ')}`] : [];
}

/** `get, list pods, services (apps)`: one RBAC rule in a line. */
function ruleText(rule: unknown): string {
  if (!isObj(rule)) return text(rule);
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => text(x)).join(', ') : '');
  const groups = Array.isArray(rule.apiGroups)
    ? rule.apiGroups.map((g) => (g === '' ? 'core' : text(g))).join(', ')
    : '';
  const what = list(rule.resources) || list(rule.nonResourceURLs);
  const names = list(rule.resourceNames);
  return `${list(rule.verbs)} ${what}${groups ? ` (${groups})` : ''}${names ? ` named ${names}` : ''}`;
}

function subjectText(subject: unknown): string {
  if (!isObj(subject)) return text(subject);
  const ns = typeof subject.namespace === 'string' ? `${subject.namespace}/` : '';
  return `${text(subject.kind)} ${ns}${text(subject.name)}`;
}

/** Entries of two lists, as lines, added and removed (an entry moved within the list is no change). */
function listFact(what: string, before: unknown, after: unknown, line: (x: unknown) => string): string[] {
  const b = (Array.isArray(before) ? before : []).map(line);
  const a = (Array.isArray(after) ? after : []).map(line);
  const added = a.filter((x) => !b.includes(x));
  const removed = b.filter((x) => !a.includes(x));
  return [...added.map((x) => `${what} added: ${x}`), ...removed.map((x) => `${what} removed: ${x}`)];
}

function rbacFacts(before: Obj, after: Obj): string[] {
  const facts = [
    ...listFact('RBAC rule', before.rules, after.rules, ruleText),
    ...listFact('subject', before.subjects, after.subjects, subjectText),
  ];
  if (!same(before.roleRef, after.roleRef))
    facts.push(`roleRef: ${subjectText(before.roleRef)} → ${subjectText(after.roleRef)}`);
  return facts;
}

function metadataFacts(before: Obj, after: Obj): string[] {
  const meta = (o: Obj): Fields => (isObj(o.metadata) ? o.metadata : {});
  return [
    ...mapFact('labels', meta(before).labels, meta(after).labels, true),
    ...mapFact('annotations', meta(before).annotations, meta(after).annotations),
  ];
}

const RBAC = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/**
 * The facts a reviewer looks for first, one line each: images, pull policy, resources, env, ports, probes
 * and replicas of workloads; a Service's type; an Ingress's hosts; RBAC rules, subjects and role; labels
 * and annotations of any object. A Secret's data is never described.
 */
export function objectFacts(before: Obj, after: Obj): string[] {
  const kind = after.kind;
  return [
    ...workloadFacts(before, after),
    ...(kind === 'Service' ? serviceFacts(before, after) : []),
    ...(kind === 'Ingress' ? ingressFacts(before, after) : []),
    ...(typeof kind === 'string' && RBAC.has(kind) ? rbacFacts(before, after) : []),
    ...metadataFacts(before, after),
  ];
}
