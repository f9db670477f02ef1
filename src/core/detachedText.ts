// A short string cut from a long one (a name read out of a rendered document) can be a view into it: V8
// keeps a slice of 13 characters or more as a pointer to its parent, so keeping the name keeps the whole
// document. What is kept past its document (object identities until every app was checked) is copied.

/** The same text, no longer a view into a longer string. */
export function detached<T>(value: T): T {
  // concatenating makes a new string (flattened when sliced), the slice of which points only into it
  return typeof value === 'string' ? (` ${value}`.slice(1) as unknown as T) : value;
}
