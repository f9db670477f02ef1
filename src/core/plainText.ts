// A value from a manifest as text for a message or a key: strings as they are, numbers and booleans as
// written, and anything else (a map where a name should be) as JSON — never "[object Object]".
export function plainText(value: unknown, fallback = ''): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? fallback;
}
