// Git revisions that come from inputs or events are checked before git sees them.

/**
 * Whether a revision may be handed to git: a commit id or a ref name as `git check-ref-format` allows it
 * (never an option such as `--upload-pack=…`). The git edge also passes them after `--end-of-options`.
 */
export function isRevision(rev: string): boolean {
  if (/^[0-9a-f]{4,64}$/i.test(rev)) return true;
  return (
    rev.length > 0 &&
    rev.length <= 255 &&
    !rev.startsWith('-') &&
    !rev.startsWith('/') &&
    !rev.endsWith('/') &&
    !rev.endsWith('.') &&
    !rev.endsWith('.lock') &&
    !rev.includes('..') &&
    !rev.includes('@{') &&
    !rev.includes('//') &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a ref name may not hold
    !/[\x00-\x20\x7f~^:?*[\\]/.test(rev)
  );
}
