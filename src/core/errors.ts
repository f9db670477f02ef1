// The errors Slipway raises on purpose, each with a message that says what to do. Errors GitHub answered
// are explained by src/github/errors.ts; anything else that escapes a command is a bug, reported as such.
// Problems in what an app renders are findings (core/finding.ts), not errors: one bad app never stops
// the others.

/** An error Slipway raised on purpose, with a message a user can act on. */
export class SlipwayError extends Error {
  override name = 'SlipwayError';
}

/** A setting, input, flag or command-line path that cannot be used. */
export class InputError extends SlipwayError {
  override name = 'InputError';
}

/** A file of the repository that stops the command (an invalid policy): named with its line. */
export class ManifestError extends SlipwayError {
  override name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly line: number,
    what: string,
  ) {
    super(`${file}:${line}: ${what}`);
  }
}

/** A file Slipway could not write; the message says what was left as it was. */
export class WriteError extends SlipwayError {
  override name = 'WriteError';
}
