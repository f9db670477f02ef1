// Where a Helm chart of a chart repository or an OCI registry is pulled from, as Argo CD reads a Helm
// source (argoproj/argo-cd@37ee0097cf851bc2dd7665fc081bbce61a7e836e):
// - `repoURL: https://…` with `chart:` is a chart repository (an index.yaml): `helm pull <chart> --repo`;
// - `repoURL` without a scheme with `chart:` is an OCI registry (util/helm/client.go IsHelmOciRepo, and
//   util/helm/cmd.go PullOCI: `helm pull oci://<repoURL>/<chart> --version <targetRevision>`);
// - `repoURL: oci://…` is Argo CD's OCI source (types.go IsOCI, checked before IsHelm in
//   reposerver/repository/repository.go): the repoURL names the artifact itself, `path: .`; a Helm chart
//   artifact renders as its chart. appUnit splits such a URL into a registry and the chart's name.
// Which registries get credentials and which may be reached over plain HTTP is decided here too.

import { fieldsOf } from '../fields.js';
import type { ChartRef } from '../argo/unit.js';

export type ChartLocation =
  | { kind: 'http'; repo: string; name: string; version?: string; host: string; plain: boolean }
  | { kind: 'oci'; ref: string; name: string; version?: string; host: string };

/** A registry's host (and port) or an HTTP repository's, lower case: what credentials are looked up by. */
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;
/** An OCI path below the host: lowercase components, as the distribution spec allows. */
const OCI_PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Where the chart of `ref` is pulled from, or why it cannot be (helmNameProblem checked the name). */
export function chartLocation(ref: ChartRef): ChartLocation | { problem: string } {
  const url = ref.repoURL.trim();
  const version = ref.version === undefined || ref.version === '' ? undefined : ref.version;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(url))
    return {
      problem: `chart repository URL of chart "${ref.name}" holds credentials (user@host); give them in SLIPWAY_HELM_CREDENTIALS instead`,
    };
  const http = /^(https?):\/\/([^/?#@\s]+)([^?#@\s]*)$/i.exec(url);
  if (http) {
    const host = (http[2] as string).toLowerCase();
    if (!HOST.test(host)) return { problem: `chart repository "${ref.repoURL}" has no valid host` };
    return {
      kind: 'http',
      repo: url,
      name: ref.name,
      ...(version !== undefined && { version }),
      host,
      plain: (http[1] as string).toLowerCase() === 'http',
    };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^oci:\/\//i.test(url))
    return { problem: `chart repository "${ref.repoURL}" is not an http(s) URL or an OCI registry` };
  const bare = url.replace(/^oci:\/\//i, '').replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? '' : bare.slice(slash + 1);
  if (!HOST.test(host) || (path !== '' && !OCI_PATH.test(path)) || !OCI_PATH.test(ref.name))
    return { problem: `OCI chart "${ref.repoURL}/${ref.name}" is not a valid OCI reference` };
  return {
    kind: 'oci',
    ref: `oci://${host}${path === '' ? '' : `/${path}`}/${ref.name}`,
    name: ref.name,
    ...(version !== undefined && { version }),
    host,
  };
}

/** Where the chart is pulled from, for messages: the repository URL, or the OCI reference. */
export function registryName(location: ChartLocation): string {
  return location.kind === 'http' ? location.repo : location.ref.slice(0, -location.name.length - 1);
}

/**
 * A version that names one chart (`1.2.3`, `v1.2.3-rc.1+build`), as opposed to a range, `*` or none:
 * only such a version may be kept across runs under its own name; a range is resolved again each run.
 */
export function isExactVersion(version: string | undefined): version is string {
  return (
    version !== undefined &&
    /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version) &&
    !version.includes('..')
  );
}

/** Hosts that are this machine: a registry there may be reached over plain HTTP. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface HelmRegistrySettings {
  /** By host (lower case, with its port when it has one). */
  credentials: Map<string, RegistryCredentials>;
  /** Hosts besides loopback that may be reached over plain HTTP (OCI `--plain-http`, `http://` repositories with credentials). */
  plainHttp: Set<string>;
  /** Why the settings could not be read: every pull is refused with it (nothing of the value is quoted). */
  problem?: string;
}

export const CREDENTIALS_VARIABLE = 'SLIPWAY_HELM_CREDENTIALS';
export const PLAIN_HTTP_VARIABLE = 'SLIPWAY_HELM_PLAIN_HTTP';

/**
 * The registry settings from the environment: `SLIPWAY_HELM_CREDENTIALS`, a JSON object from host to
 * `{"username": "…", "password": "…"}`, and `SLIPWAY_HELM_PLAIN_HTTP`, hosts separated by commas or
 * spaces. A malformed value is named, never quoted (it holds passwords).
 */
export function registrySettings(env: Readonly<Record<string, string | undefined>>): HelmRegistrySettings {
  const out: HelmRegistrySettings = { credentials: new Map(), plainHttp: new Set() };
  for (const host of (env[PLAIN_HTTP_VARIABLE] ?? '').split(/[\s,]+/))
    if (host !== '') out.plainHttp.add(host.toLowerCase());
  const text = env[CREDENTIALS_VARIABLE];
  if (text === undefined || text.trim() === '') return out;
  const shape = `${CREDENTIALS_VARIABLE} must be a JSON object from registry host to {"username": "…", "password": "…"}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ...out, problem: `${shape}; it is not valid JSON` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ...out, problem: `${shape}; it is not an object` };
  for (const [key, value] of Object.entries(fieldsOf(parsed))) {
    const host = key
      .trim()
      .replace(/^(oci|https?):\/\//i, '')
      .replace(/\/.*$/, '')
      .toLowerCase();
    const { username, password } = fieldsOf(value);
    if (!HOST.test(host) || typeof username !== 'string' || typeof password !== 'string' || username === '')
      return {
        ...out,
        credentials: new Map(),
        problem: `${shape}; the entry for ${HOST.test(host) ? host : 'one host'} is not of that form`,
      };
    out.credentials.set(host, { username, password });
  }
  return out;
}

/** Whether the registry of `location` may be reached over plain HTTP (loopback, or listed). */
export function plainHttpAllowed(location: ChartLocation, settings: HelmRegistrySettings): boolean {
  return isLoopback(location.host) || settings.plainHttp.has(location.host);
}
