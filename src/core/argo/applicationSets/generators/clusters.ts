// The cluster generator, from the cluster definitions given (clusters.ts): the clusters its selector
// chooses, the local cluster unless a selector is set, each with the generator's `values`.
import { sanitizeName } from '../../sprigFunctions.js';
import { CLUSTER_SECRET_LABEL, IN_CLUSTER_NAME, IN_CLUSTER_SERVER, type Cluster } from '../../clusters.js';
import { labelSelector } from '../../labelSelector.js';
import { countApps, isObj, type Context, type Obj, type Params } from '../context.js';
import { NotModeled } from '../errors.js';
import { valuesOf, withValues } from '../parameterMaps.js';

/** The message of an ApplicationSet whose cluster generator has no cluster definitions to read. */
export const NEEDS_CLUSTERS = 'needs cluster definitions (input `clusters`)';

/** A cluster as the cluster generator gives it (getClusterParameters): nested metadata, or flat keys. */
function clusterParams(
  cluster: { name: string; server: string; project?: string; labels?: Obj; annotations?: Obj },
  ctx: Context,
  local: boolean,
): Params {
  const params: Params = {
    name: cluster.name,
    nameNormalized: local ? cluster.name : sanitizeName(cluster.name),
    server: cluster.server,
    project: cluster.project ?? '',
  };
  if (local) return params;
  const labels = cluster.labels ?? {};
  const annotations = cluster.annotations ?? {};
  if (ctx.goTemplate) {
    params.metadata = {
      ...(Object.keys(annotations).length > 0 && { annotations: { ...annotations } }),
      ...(Object.keys(labels).length > 0 && { labels: { ...labels } }),
    };
    return params;
  }
  for (const [k, v] of Object.entries(annotations)) params[`metadata.annotations.${k}`] = v;
  for (const [k, v] of Object.entries(labels)) params[`metadata.labels.${k}`] = v;
  return params;
}

/**
 * The cluster generator: the clusters whose Secret labels match its `selector` (the cluster Secret label
 * always required), each with its `values`; the local cluster last, unless a selector is set or a Secret
 * names its server; `flatList`: one parameter set holding them all as `clusters`.
 */
export function clustersParams(spec: Obj, ctx: Context): Params[] {
  const set = ctx.clusters;
  if (!set) throw new NotModeled(`its clusters generator ${NEEDS_CLUSTERS}`);
  if ('problem' in set) throw new NotModeled(`its clusters generator cannot be expanded: ${set.problem}`);
  const values = valuesOf(spec, 'clusters');
  const selector = isObj(spec.selector) ? spec.selector : {};
  const matchLabels = isObj(selector.matchLabels) ? selector.matchLabels : {};
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  const selects = labelSelector(spec.selector === undefined || spec.selector === null ? {} : spec.selector);
  // the local cluster has no Secret, so no labels to match: any selector leaves it out
  const ignoreLocal = Object.keys(matchLabels).length > 0 || expressions.length > 0;
  // keyed by cluster name, the Secret listed last winning (getSecretsByClusterName)
  const chosen = new Map<string, Cluster>();
  for (const c of set.clusters)
    if (c.labels[CLUSTER_SECRET_LABEL] === 'cluster' && selects(new Map(Object.entries(c.labels))))
      chosen.set(c.name, c);
  const out: Params[] = [...chosen.values()].map((c) =>
    withValues(clusterParams(c, ctx, false), values, ctx),
  );
  if (!ignoreLocal && ![...chosen.values()].some((c) => c.server === IN_CLUSTER_SERVER))
    out.push(
      withValues(clusterParams({ name: IN_CLUSTER_NAME, server: IN_CLUSTER_SERVER }, ctx, true), values, ctx),
    );
  countApps(out);
  return spec.flatList === true ? [{ clusters: out }] : out;
}
