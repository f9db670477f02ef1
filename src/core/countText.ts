// A count as people read it in English, digits grouped by threes: 2,000,000. What
// `n.toLocaleString('en-US')` prints for an integer, without it: its first call loads ICU's number
// formats, ~20 ms, which a module computing its messages at load paid on every start.

/** A whole number with its digits grouped by threes ("33,554,432"). */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number: ${n}`);
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
