// Repository URLs in their many spellings, reduced to host/owner/name for comparison:
// https://github.com/acme/manifests(.git), git@github.com:acme/manifests.git, ssh://git@github.com/acme/manifests.

export function normalizeRepoUrl(url: string): string {
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
