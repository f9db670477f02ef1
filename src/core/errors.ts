// The errors Slipway raises on purpose, each with a message that says what to do. Errors GitHub answered
// are explained by src/github/errors.ts; anything else that escapes a command is a bug, reported as such.

/** An error Slipway raised on purpose, with a message a user can act on. */
export class SlipwayError extends Error {
  override name = 'SlipwayError';
}

/** A setting, input or flag that cannot be used. */
export class InputError extends SlipwayError {
  override name = 'InputError';
}
