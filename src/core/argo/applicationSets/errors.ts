// The errors an ApplicationSet's expansion raises, and how each becomes the reason it is not previewed:
// a generator Slipway does not model, input Argo CD refuses too, a generator reading another revision.
import { TemplateError } from '../goTemplate.js';
import { BadSelector } from '../labelSelector.js';
import { plainText } from '../../plainText.js';
import { revisionName } from '../trackedRevision.js';

/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
export class NotModeled extends Error {}

/** A git generator reading another revision of this repository than the pull request's branch (trackedRevision.ts). */
export class OtherRevisionGenerator extends NotModeled {
  readonly revision: string;
  constructor(revision: unknown) {
    const name = revisionName(revision);
    super(
      `its git generator reads revision ${plainText(name)}, not the pull request's branch, and its template deploys from this branch (list the revision in track-revisions if it follows the branch)`,
    );
    this.revision = name;
  }
}

/** Input Argo CD refuses too (a YAML field or generator file that does not parse): the reason names it. */
export class BadInput extends Error {}

export const nestedTooDeep = (kind: string): BadInput =>
  new BadInput(
    `a ${kind} generator inside two levels of matrix or merge, which Argo CD does not read (child generator generated no parameters)`,
  );

/**
 * Why generating failed, for the not-previewed list: the errors Slipway raises say what and where; any
 * other (a stack overflow on absurd input) is named by its kind only, never with the content it quotes.
 */
export function failure(error: unknown): string {
  if (
    error instanceof NotModeled ||
    error instanceof TemplateError ||
    error instanceof BadInput ||
    error instanceof BadSelector
  )
    return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  return `it could not be expanded (${kind})`;
}
