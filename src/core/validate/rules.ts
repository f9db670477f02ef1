// Checks over what each unit deploys: duplicates, removed APIs, image tags.
import type { Finding, Severity } from '../finding.js';
import { objectName, type Obj, type RenderedObject } from '../render/objects.js';
import { minorNumber, removedApi } from './apiVersions.js';
export { DEFAULT_KUBERNETES_VERSION } from './apiVersions.js';
import { tryParseImageRef } from '../image/imageRef.js';
import { podContainers } from '../workload/podContainers.js';
import { plainText } from '../plainText.js';
import { objectOf } from '../fields.js';

export interface RuleOptions {
  /** Kubernetes version the cluster runs, X.Y. */
  kubernetesVersion: string;
  /** Severity of images without a tag or with `latest` ('off': not checked). */
  latestTag: Severity | 'off';
}

/**
 * (group, kind, namespace, name): what identifies an object in a cluster. Joined, the key is a string of
 * its own, never a view into the document its name was read from: keeping it does not keep the document.
 */
export function objectKey(obj: Obj): string {
  const apiVersion = plainText(obj.apiVersion, '');
  const slash = apiVersion.indexOf('/');
  const metadata = objectOf(obj.metadata);
  return [
    slash === -1 ? '' : apiVersion.slice(0, slash),
    plainText(obj.kind),
    plainText(metadata.namespace, ''),
    plainText(metadata.name, ''),
  ].join('|');
}

const hasName = (obj: Obj): boolean => typeof objectOf(obj.metadata).name === 'string';

const containers = (obj: Obj): Obj[] => podContainers(obj.spec).filter((c) => typeof c.image === 'string');

/**
 * Whether an image may be untagged or `latest`, told from its spelling alone: a reference with a digest, or
 * with a tag other than `latest`, never is, valid or not (parseImageRef's reading: the digest after the
 * first `@`, the tag after the last `:` when no `/` follows it). Only the others are parsed.
 */
function mayFloat(image: string): boolean {
  if (image.includes('@')) return false;
  const colon = image.lastIndexOf(':');
  return colon <= image.lastIndexOf('/') || image.slice(colon + 1) === 'latest';
}

/**
 * Rules for each object a unit deploys. `seen` carries the objects already checked (file and line by
 * identity) when a unit's objects come in several calls, one document at a time.
 */
export function checkObjects(
  objects: readonly RenderedObject[],
  unit: string | undefined,
  options: RuleOptions,
  seen = new Map<string, { file: string; line: number }>(),
  /** Filled with each object's objectKey (undefined without a name), for ObjectOwners.claim to reuse. */
  keys?: Array<string | undefined>,
): Finding[] {
  const findings: Finding[] = [];
  const cluster = minorNumber(options.kubernetesVersion);
  for (const item of objects) {
    const { obj, file, line } = item;
    // the object's name is spelt only for a finding: most objects have none
    const at = () => ({ unit, object: objectName(obj), file, line });
    // an object with generateName and no name gets a fresh name from the API server: it never collides
    const key = hasName(obj) ? objectKey(obj) : undefined;
    keys?.push(key);
    const first = key === undefined ? undefined : seen.get(key);
    if (first)
      findings.push({
        severity: 'error',
        rule: 'duplicate-object',
        ...at(),
        message: `${objectName(obj)} is defined twice in what this app deploys (also at ${first.file}:${first.line})`,
      });
    else if (key !== undefined) seen.set(key, { file, line });
    const removed = removedApi(String(obj.apiVersion), String(obj.kind));
    if (removed) {
      const gone = cluster >= minorNumber(removed.removed);
      if (gone || cluster >= minorNumber(removed.deprecated)) {
        findings.push({
          severity: gone ? 'error' : 'warning',
          rule: gone ? 'removed-api' : 'deprecated-api',
          ...at(),
          message: `${String(obj.apiVersion)} ${String(obj.kind)} is ${gone ? `removed in Kubernetes ${removed.removed}` : `deprecated since ${removed.deprecated} and removed in ${removed.removed}`}; use ${removed.replacement}`,
        });
      }
    }
    if (options.latestTag === 'off') continue;
    for (const container of containers(obj)) {
      const image = String(container.image);
      if (!mayFloat(image)) continue;
      const ref = tryParseImageRef(image);
      if (ref && ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest')) {
        findings.push({
          severity: options.latestTag,
          rule: 'image-tag',
          ...at(),
          message: `container ${plainText(container.name, '')} runs ${image}${ref.tag ? ', a moving tag' : ' without a tag'}: pin a version or a digest`,
        });
      }
    }
  }
  return findings;
}

/**
 * The cluster an app deploys to, as Argo CD names it: its server URL, or the server its cluster name
 * stands for among the known clusters (`servers`, clusters.ts), else `name:` + its cluster name.
 */
export function clusterOf(
  destination: { server?: string; name?: string } | undefined,
  servers?: ReadonlyMap<string, string>,
): string {
  if (destination?.server) return destination.server.replace(/\/+$/, '');
  if (destination?.name) {
    const server = servers?.get(destination.name);
    if (server !== undefined) return server;
    return destination.name === 'in-cluster' ? 'https://kubernetes.default.svc' : `name:${destination.name}`;
  }
  return 'https://kubernetes.default.svc';
}

/**
 * Objects claimed by more than one app: a warning on each later claim. Identity as Argo CD tracks it:
 * destination cluster, namespace (after the destination's default), group, kind and name; objects with
 * only a generateName never collide.
 */
export function checkAcrossUnits(
  units: ReadonlyArray<{ unit: string; objects: readonly RenderedObject[]; cluster?: string }>,
): Finding[] {
  const owners = new ObjectOwners();
  return units.flatMap(({ unit, objects, cluster }) => owners.claim(unit, objects, cluster));
}

/**
 * checkAcrossUnits fed one unit at a time, in the units' order: what it keeps of the units claimed so far
 * is each object's identity and the unit that claimed it first — not the objects.
 */
export class ObjectOwners {
  /** By destination cluster: the first unit that claimed each object (group|kind|namespace|name). */
  private readonly owners = new Map<string, Map<string, string>>();

  /** The findings of a unit's claims, on the objects other units claimed before. */
  claim(
    unit: string,
    objects: readonly RenderedObject[],
    cluster?: string,
    /** The objects' keys when checkObjects worked them out already (its `keys`). */
    keys?: ReadonlyArray<string | undefined>,
  ): Finding[] {
    let owner = this.owners.get(cluster ?? '');
    if (!owner) this.owners.set(cluster ?? '', (owner = new Map<string, string>()));
    const findings: Finding[] = [];
    for (let i = 0; i < objects.length; i++) {
      const { obj, file, line } = objects[i] as RenderedObject;
      const key = keys ? keys[i] : hasName(obj) ? objectKey(obj) : undefined;
      if (key === undefined) continue;
      const previous = owner.get(key);
      if (previous && previous !== unit) {
        findings.push({
          severity: 'warning',
          rule: 'shared-object',
          unit,
          object: objectName(obj),
          file,
          line,
          message: `${objectName(obj)} is also deployed by ${previous.replace(/^app:/, '')}${cluster && cluster !== 'https://kubernetes.default.svc' ? ` to ${cluster.replace(/^name:/, 'cluster ')}` : ''}; the two apps will fight over it`,
        });
      } else owner.set(key, unit);
    }
    return findings;
  }
}

/** Rendered units as checkAcrossUnits takes them: each with its objects and its destination cluster. */
export function acrossUnits(
  outputs: ReadonlyArray<{
    unit: { id: string; app?: { destination: { server?: string; name?: string } } };
    objects: readonly RenderedObject[];
  }>,
  servers?: ReadonlyMap<string, string>,
): Array<{ unit: string; objects: readonly RenderedObject[]; cluster: string }> {
  return outputs.map((o) => ({
    unit: o.unit.id,
    objects: o.objects,
    cluster: clusterOf(o.unit.app?.destination, servers),
  }));
}
