// The clusters Argo CD knows, from cluster definitions in its own format: Kubernetes Secrets labelled
// `argocd.argoproj.io/secret-type: cluster` (YAML or JSON, one or many documents per file) in one folder
// of the repository at the pull request's base — the world the apps deploy to, which a pull request does
// not change (docs/argo-fidelity.md, "Clusters"). Of a Secret only `name`, `server` and `project` are
// read (base64 `data` or `stringData`, stringData winning as Kubernetes merges them) with its labels and
// annotations; every other value (the credentials in `config`) is never decoded, kept or shown.
//
// Argo CD's rules (applicationset/generators/cluster.go, util/db/cluster.go at the commit the vectors
// pin): the Secrets are listed by name, and the cluster generator keys those its selector picks by
// cluster name, the one listed last winning; the local cluster `in-cluster`
// (https://kubernetes.default.svc) exists unless a Secret names that server.
import { readText, type FileTree } from '../fileTree.js';
import { plainText } from '../plainText.js';
import { parseManifests } from '../yaml/manifestMaps.js';

export const IN_CLUSTER_NAME = 'in-cluster';
export const IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';
export const CLUSTER_SECRET_LABEL = 'argocd.argoproj.io/secret-type';

/** One cluster as the cluster generator reads its Secret: never its credentials. */
export interface Cluster {
  name: string;
  server: string;
  /** `project` of the Secret, when it has one. */
  project?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Where it is defined. */
  file: string;
  line: number;
}

/**
 * The cluster definitions of a run: the clusters (Secrets only, the local cluster added by the rules
 * that use them), or why they cannot be read — then every ApplicationSet with a cluster generator is
 * not previewed with that reason, and the other apps are.
 */
export type ClusterSet =
  { folder: string; clusters: readonly Cluster[] } | { folder: string; problem: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const DEFINITION_FILE = /\.(ya?ml|json)$/i;
/** Cluster definition files read from the folder (a bound on hostile trees: each one is parsed). */
export const MAX_CLUSTER_FILES = 1000;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

class BadDefinition extends Error {}

/** A Secret's non-secret field: stringData's, else data's decoded; the value never named in an error. */
function field(secret: Record<string, unknown>, key: 'name' | 'server' | 'project'): string | undefined {
  const stringData = isObj(secret.stringData) ? secret.stringData : {};
  const data = isObj(secret.data) ? secret.data : {};
  if (stringData[key] !== undefined && stringData[key] !== null) {
    if (typeof stringData[key] !== 'string') throw new BadDefinition(`its stringData.${key} is not a string`);
    return stringData[key];
  }
  const encoded = data[key];
  if (encoded === undefined || encoded === null) return undefined;
  if (typeof encoded !== 'string' || !BASE64.test(encoded.replace(/\s+/g, '')))
    throw new BadDefinition(`its data.${key} is not base64 (write it in stringData to give it as text)`);
  return Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8');
}

function stringMap(value: unknown, what: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObj(value)) throw new BadDefinition(`its metadata.${what} is not a map`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string')
      throw new BadDefinition(`its metadata.${what} ${JSON.stringify(k)} is not a string (quote it)`);
    out[k] = v;
  }
  return out;
}

/** Whether a document is a cluster Secret (other documents of the folder are left alone). */
function isClusterSecret(obj: Record<string, unknown>): boolean {
  const metadata = isObj(obj.metadata) ? obj.metadata : {};
  const labels = isObj(metadata.labels) ? metadata.labels : {};
  return obj.apiVersion === 'v1' && obj.kind === 'Secret' && labels[CLUSTER_SECRET_LABEL] === 'cluster';
}

function clusterOf(
  obj: Record<string, unknown>,
  file: string,
  line: number,
): { secret: string; cluster: Cluster } {
  const metadata = isObj(obj.metadata) ? obj.metadata : {};
  const secret = plainText(metadata.name, '');
  if (secret === '') throw new BadDefinition('it has no metadata.name, which Kubernetes requires');
  const name = field(obj, 'name');
  const server = field(obj, 'server');
  if (name === undefined || name === '')
    throw new BadDefinition('it has no name (stringData.name or data.name)');
  if (server === undefined || server === '')
    throw new BadDefinition('it has no server (stringData.server or data.server)');
  const project = field(obj, 'project');
  const cluster: Cluster = {
    name,
    server,
    ...(project !== undefined && { project }),
    labels: stringMap(metadata.labels, 'labels'),
    annotations: stringMap(metadata.annotations, 'annotations'),
    file,
    line,
  };
  return { secret, cluster };
}

/** Whether `folder` is a path inside the repository, written plainly (no absolute path, no `..`). */
export function clusterFolderProblem(folder: string): string | undefined {
  if (folder.startsWith('/') || /^[A-Za-z]:/.test(folder) || folder.split(/[\\/]/).includes('..'))
    return `"${folder}" is not a folder inside the repository`;
  return undefined;
}

/** The folder as a tree path: `./clusters/` → `clusters`. */
export const clusterFolderPath = (folder: string): string =>
  folder
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');

/**
 * The cluster definitions in `folder` of `tree` (the base's): every YAML or JSON file below it, each
 * Secret labelled as a cluster. The first problem (a file that does not parse, a Secret without a name
 * or server) makes the set unusable, named with its file and line and what to do.
 */
export function clusterSet(tree: FileTree, folder: string): ClusterSet {
  const root = clusterFolderPath(folder);
  const fail = (problem: string): ClusterSet => ({ folder: root, problem });
  const prefix = root === '' ? '' : `${root}/`;
  const files = [...tree.keys()].filter((p) => p.startsWith(prefix) && DEFINITION_FILE.test(p)).sort();
  if (files.length === 0)
    return fail(
      `the cluster definitions folder ${root || '.'} holds no YAML or JSON file at the base revision (commit the folder to the base branch)`,
    );
  if (files.length > MAX_CLUSTER_FILES)
    return fail(`the cluster definitions folder ${root} holds more than ${MAX_CLUSTER_FILES} files`);
  const bySecret = new Map<string, Cluster>();
  for (const file of files) {
    const text = readText(tree, file);
    if (text === undefined)
      return fail(
        `the cluster definition file ${file} could not be read (too large, or a link leaving the folder)`,
      );
    const docs = parseManifests(text);
    if (!docs) return fail(`the cluster definition file ${file} is not valid YAML or JSON`);
    for (const { obj, line } of docs) {
      if (!isClusterSecret(obj)) continue;
      try {
        const { secret, cluster } = clusterOf(obj, file, line);
        // one Secret applied twice: the later one stands, as `kubectl apply` leaves it
        bySecret.set(secret, cluster);
      } catch (error) {
        if (!(error instanceof BadDefinition)) throw error;
        return fail(`the cluster Secret at ${file}:${line} is not usable: ${error.message}`);
      }
    }
  }
  // as Argo CD lists them: by Secret name (the cluster generator keys them by cluster name after its selector)
  const clusters = [...bySecret.keys()].sort().map((secret) => bySecret.get(secret) as Cluster);
  return { folder: root, clusters };
}

/**
 * The server each cluster name stands for, for destinations given by name: a name two clusters share is
 * left out (Argo CD refuses such a destination), `in-cluster` is the local cluster unless a Secret names
 * it otherwise.
 */
export function clusterServers(clusters: readonly Cluster[]): Map<string, string> {
  const servers = new Map<string, Set<string>>();
  for (const c of clusters) {
    const server = c.server.replace(/\/+$/, '');
    const known = servers.get(c.name);
    if (known) known.add(server);
    else servers.set(c.name, new Set([server]));
  }
  if (!servers.has(IN_CLUSTER_NAME)) servers.set(IN_CLUSTER_NAME, new Set([IN_CLUSTER_SERVER]));
  const out = new Map<string, string>();
  for (const [name, found] of servers) if (found.size === 1) out.set(name, [...found][0] as string);
  return out;
}
