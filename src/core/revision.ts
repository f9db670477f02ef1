// Git revisions that come from inputs or events are checked before git sees them.

/**
 * Whether a revision may be handed to git: a commit id, a ref name or a simple revision expression
 * (`HEAD~1`), never an option such as `--upload-pack=…`. The git edge also passes them after
 * `--end-of-options`.
 */
export function isRevision(rev: string): boolean {
  return (
    rev.length > 0 &&
    rev.length <= 255 &&
    !rev.startsWith('-') &&
    !rev.includes('..') &&
    // letters, digits and the punctuation of ref names and of `HEAD~1`, `main^2`, `@{u}`
    /^[\w./~^@{}+-]+$/.test(rev)
  );
}
