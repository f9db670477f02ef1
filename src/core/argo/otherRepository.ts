// Sources in other Git repositories: which URLs may be fetched, the environment variable that holds a
// host's token, and the value files a multi-source app takes from another repository's tree. Pure: the
// fetch itself is edges/otherRepositories.ts.
import { isRevision } from '../revision.js';

/**
 * How appUnit writes a value file whose ref source is in another tree than the source's own files:
 * `$ref:<ref>/<path>` (`$values/` means the source's own tree, as Argo CD's `$<ref>/` does when both are
 * one repository).
 */
export const CROSS_REF = '$ref:';

/** A `$ref:<ref>/<path>` value file → its ref and path, or undefined for any other value file. */
export function crossRef(valueFile: string): { ref: string; path: string } | undefined {
  if (!valueFile.startsWith(CROSS_REF)) return undefined;
  const slash = valueFile.indexOf('/');
  if (slash === -1) return undefined;
  return { ref: valueFile.slice(CROSS_REF.length, slash), path: valueFile.slice(slash + 1) };
}

/**
 * Where the value files of other trees are laid out beside a render's own files: under `.git/`, a folder
 * no tree read from a repository holds (trees.ts and diskTree skip it), so no file of the render's own
 * repository can be taken for one of them, nor the other way round.
 */
export const REF_FOLDER = '.git/slipway-refs';

/** Protocols fetched unless SLIPWAY_GIT_PROTOCOLS says otherwise. */
export const DEFAULT_PROTOCOLS: readonly string[] = ['https'];

/**
 * The URL git fetches for an Application's repoURL, or why it is refused. `https://` as written;
 * `git@host:owner/name` and `ssh://[user@]host/owner/name` are fetched over https from the same host
 * (the token, not an SSH key, is what the runner holds); `http://` only when the protocols list it. A
 * `file://` URL, a local path or another scheme is always refused: a pull request never names a file of
 * the runner (only the runner's own `url.<base>.insteadOf` may lead to one, for a mirror or a test). So
 * is a URL with spaces or control characters, or one starting with `-` (never an option to git).
 */
export function fetchUrlOf(
  repoURL: string,
  protocols: readonly string[] = DEFAULT_PROTOCOLS,
): { url: string; host: string } | { refused: string } {
  const url = repoURL.trim();
  // eslint-disable-next-line no-control-regex
  if (url === '' || /[\s\u0000-\u001f\u007f\\]/.test(url) || url.startsWith('-'))
    return { refused: 'not a repository URL' };
  const scp = /^([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+\.[A-Za-z0-9.-]+):(?!\/\/)([^:].*)$/.exec(url);
  const ssh = /^(?:git\+)?ssh:\/\/([^@/]+@)?([A-Za-z0-9.-]+)(?::\d+)?\/(.+)$/i.exec(url);
  const fromSsh = scp ?? ssh;
  if (fromSsh) {
    const host = (fromSsh[2] as string).toLowerCase();
    return protocols.includes('https')
      ? { url: `https://${host}/${(fromSsh[3] as string).replace(/^\/+/, '')}`, host }
      : { refused: 'https is not among the protocols fetched (SLIPWAY_GIT_PROTOCOLS)' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'file')
    return { refused: 'a path or file:// URL on the runner is never read; the URL must be https://' };
  if (!(scheme === 'https' || scheme === 'http') || !protocols.includes(scheme))
    return {
      refused: `${scheme}:// is not fetched${scheme === 'http' ? ' unless SLIPWAY_GIT_PROTOCOLS lists http' : ''}; the URL must be https://`,
    };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { refused: 'not a repository URL' };
  }
  if (parsed.hostname === '') return { refused: 'the URL names no host' };
  return { url, host: parsed.hostname.toLowerCase() };
}

/** The environment variable holding the token for a host: `SLIPWAY_GIT_TOKEN_` and the host in capitals, `_` for the rest. */
export function tokenVariable(host: string): string {
  return `SLIPWAY_GIT_TOKEN_${host.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * Whether a revision may be fetched: a branch, a tag, `HEAD` or a full commit id (a short commit id cannot
 * be asked of a server), never an option.
 */
export function fetchableRevision(revision: string): boolean {
  return isRevision(revision) && !/[~^@{}]/.test(revision) && !/^[0-9a-f]{4,39}$/i.test(revision);
}

/** How the report names a repository at a revision. */
export const repoAtText = (url: string, revision: string) => `${url}@${revision}`;
