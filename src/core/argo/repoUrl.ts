// Repository URLs in their many spellings, reduced to host/owner/name for comparison:
// https://github.com/acme/manifests(.git), git@github.com:acme/manifests.git, ssh://git@github.com/acme/manifests.

/**
 * Normalised URLs by spelling: every app of a fleet names the same few URLs, and each is compared with
 * every URL of this repository (cleared past a bound, so hostile input cannot grow it without end).
 */
const normalised = new Map<string, string>();

export function normalizeRepoUrl(url: string): string {
  let known = normalised.get(url);
  if (known === undefined) {
    if (normalised.size >= 4096) normalised.clear();
    normalised.set(url, (known = normalize(url)));
  }
  return known;
}

function normalize(url: string): string {
  let s = url.trim().toLowerCase();
  s = s.replace(/^(git\+)?(https?|ssh|git):\/\//, '');
  s = s.replace(/^[^@/]+@/, ''); // user@
  s = s.replace(/^([^/:]+):(?!\d+\/)/, '$1/'); // scp form host:owner/name
  s = s.replace(/^([^/:]+):\d+\//, '$1/'); // a port
  return s.replace(/\.git$/, '').replace(/\/+$/, '');
}

export function sameRepo(a: string, b: string): boolean {
  return a === b || normalizeRepoUrl(a) === normalizeRepoUrl(b);
}

/** The last two segments of a normalised URL (owner/name), lower-cased. */
const ownerAndName = (url: string): string => normalizeRepoUrl(url).split('/').slice(-2).join('/');

/**
 * Whether `url` looks like one of `ours` spelt in a way sameRepo does not equate (another host name — an
 * enterprise or mirror host, a proxy — or a path prefix): the same owner and name. A hint only: such a URL
 * is never taken for this repository without being named (--repo-url).
 */
export function looksLikeRepo(url: string, ours: readonly string[]): boolean {
  const wanted = ownerAndName(url);
  return wanted.includes('/') && ours.some((our) => !sameRepo(our, url) && ownerAndName(our) === wanted);
}
