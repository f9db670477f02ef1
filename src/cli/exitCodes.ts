// The CLI's exit codes: 0 ok, 1 findings or failure (including invalid input values), 2 usage error.
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
