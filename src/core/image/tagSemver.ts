// A tag read as a version: what update types (patch, minor, major) and downgrades are judged on.
import semver from 'semver';

const SEMVER = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
const SHORT_VERSION = /^v?(\d+)(?:\.(\d+))?$/;

/**
 * The semver of a tag (a leading `v` allowed), or undefined when the tag is not a version. Purely
 * numeric `1` and `1.25` count as `1.0.0` and `1.25.0`, so `1.10 → 1.2` is caught as a downgrade;
 * `1.25-alpine` is not a version and is compared for equality only.
 */
export function tagSemver(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const full = SEMVER.exec(tag);
  if (full) return semver.valid(full[1]) ?? undefined;
  const short = SHORT_VERSION.exec(tag);
  return short ? `${Number(short[1])}.${Number(short[2] ?? 0)}.0` : undefined;
}
