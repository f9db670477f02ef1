// Container image references, following the grammar of distribution/reference v0.6.0
// (github.com/distribution/reference, regexp.go and reference.go at ff14faf, its ParseNormalizedNamed):
//   reference := name [ ":" tag ] [ "@" digest ]
//   name      := [ domain "/" ] path-component [ "/" path-component ]*
//   domain    := host [ ":" port ]
//   host      := domain-name | "[" IPv6 address: hex digits and colons "]"
// the path (without the domain, with Docker Hub's `library/`) at most 255 characters, plus Docker Hub's
// normalisation (nginx ≡ docker.io/library/nginx).

/** What a bump sets: a tag, a digest, or both (`1.2.3@sha256:…`). */
export interface Version {
  tag?: string;
  digest?: string;
}

export interface ImageRef {
  /** The name exactly as written (domain and path), e.g. `redis` or `localhost:5000/team/app`. */
  name: string;
  tag?: string;
  digest?: string;
  /** Fully qualified name used for comparison, e.g. `docker.io/library/redis`. */
  canonical: string;
}

export class ImageRefError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`invalid image reference "${input}": ${reason}`);
    this.name = 'ImageRefError';
  }
}

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** distribution/reference v0.6.0 `domainAndPort`: a bracketed host is an IPv6 address (no zone, no IPv4 tail). */
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
/** distribution/reference v0.6.0 `RepositoryNameTotalLengthMax`, checked against the path alone. */
const PATH_LENGTH_MAX = 255;
/** A name that is 64 hex characters is an image ID, which ParseNormalizedNamed refuses as a name. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([0-9a-fA-F]{32,})$/;
const DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Splits a name into its domain (if the first component is one) and path, as Docker does. */
function splitDomain(name: string): { domain?: string; path: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { path: name };
  const first = name.slice(0, slash);
  const looksLikeDomain =
    first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
  return looksLikeDomain ? { domain: first, path: name.slice(slash + 1) } : { path: name };
}

/** Canonical form of an image name (no tag, no digest). Throws ImageRefError when the name is invalid. */
export function canonicalName(name: string, input = name): string {
  if (name === '') throw new ImageRefError(input, 'the name is empty');
  if (IDENTIFIER.test(name))
    throw new ImageRefError(input, 'a name of 64 hex characters is an image ID, not a repository');
  const { domain, path } = splitDomain(name);
  if (domain !== undefined && !DOMAIN.test(domain)) {
    throw new ImageRefError(input, `"${domain}" is not a valid registry host`);
  }
  for (const component of path.split('/')) {
    if (component !== component.toLowerCase()) {
      throw new ImageRefError(input, 'the repository name must be lowercase');
    }
    if (!PATH_COMPONENT.test(component)) {
      throw new ImageRefError(input, `"${component}" is not a valid path component`);
    }
  }
  const registry =
    domain === undefined || DOCKER_HUB_ALIASES.has(domain.toLowerCase()) ? DOCKER_HUB : domain.toLowerCase();
  const fullPath = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
  // since v0.6.0 the limit is the path's, without the domain (`example.com/` + 255 × `a` is valid)
  if (fullPath.length > PATH_LENGTH_MAX)
    throw new ImageRefError(
      input,
      `the repository path is ${fullPath.length} characters long; at most ${PATH_LENGTH_MAX} are allowed`,
    );
  return `${registry}/${fullPath}`;
}

export function validateTag(tag: string, input: string): void {
  if (tag === '') throw new ImageRefError(input, 'the tag is empty');
  if (tag.length > 128) throw new ImageRefError(input, 'the tag is longer than 128 characters');
  if (!TAG.test(tag)) {
    throw new ImageRefError(
      input,
      `"${tag}" is not a valid tag (letters, digits, "_", "." and "-"; no leading "." or "-")`,
    );
  }
}

export function validateDigest(digest: string, input: string): void {
  const match = DIGEST.exec(digest);
  if (!match)
    throw new ImageRefError(
      input,
      `"${digest}" is not a valid digest (expected algorithm:hex, e.g. sha256:<64 hex>)`,
    );
  const expected = DIGEST_LENGTHS[match[1] as string];
  if (expected !== undefined && (match[2] as string).length !== expected) {
    throw new ImageRefError(
      input,
      `a ${match[1]} digest has ${expected} hex characters, not ${(match[2] as string).length}`,
    );
  }
}

/** The digests the OCI image spec registers: sha256 with 64 and sha512 with 128 lowercase hex characters. */
const OCI_DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** A digest given to write (not one read from a file) must be one a registry can serve. */
export function validateOciDigest(digest: string, input: string): void {
  if (!OCI_DIGEST.test(digest))
    throw new ImageRefError(
      input,
      `"${digest}" is not an OCI digest: write sha256: and 64 lowercase hex characters (or sha512: and 128)`,
    );
}

/** Parses a full reference. Throws ImageRefError with the reason when it is not valid. */
export function parseImageRef(input: string): ImageRef {
  let rest = input.trim();
  if (rest !== input) throw new ImageRefError(input, 'it has leading or trailing white space');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    validateDigest(digest, input);
  }
  let tag: string | undefined;
  // A tag's colon comes after the last slash; an earlier colon is a registry port.
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    validateTag(tag, input);
  }
  const canonical = canonicalName(rest, input);
  return {
    name: rest,
    canonical,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}

/** Like parseImageRef, but returns undefined instead of throwing: for scanning values that may not be images. */
export function tryParseImageRef(input: string): ImageRef | undefined {
  try {
    return parseImageRef(input);
  } catch {
    return undefined;
  }
}

/** Writes a reference back, keeping the name as spelled. */
export function formatImageRef(name: string, tag?: string, digest?: string): string {
  return `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}

/** The tag and digest of a reference, as people read it: `1.2.3`, `1.2.3@sha256:…`, `@sha256:…`. */
export function describeVersion(tag?: string, digest?: string): string {
  const shortDigest = digest === undefined ? '' : `@${digest.slice(0, digest.indexOf(':') + 13)}…`;
  return `${tag ?? ''}${shortDigest}` || '(none)';
}

/** A short, branch-safe slug of an image name: `ghcr.io/acme/api` → `ghcr.io-acme-api`. */
export function imageSlug(name: string): string {
  return canonicalName(name)
    .replace(/^docker\.io\/(library\/)?/, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-');
}
