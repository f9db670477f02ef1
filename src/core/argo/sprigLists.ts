// sprig's list and default functions with Go's semantics: the plain forms fail the template on a value
// that is not a list (sprig panics, Go's template turns that into an error), the must* forms return the
// same error; `first` and `last` of nothing are nil (printed `<no value>`); equality is reflect.DeepEqual.
import { checkListItems, TemplateError, type TemplateFunction } from './goTemplate.js';
import { deepEqual, empty, toInt64, typeName } from './sprigValues.js';

function asList(v: unknown, what: string): unknown[] {
  if (Array.isArray(v)) return v;
  throw new TemplateError(`Cannot ${what} on type ${kindName(v)}`);
}

/** reflect.Kind's name, as sprig's list errors print it. */
function kindName(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'object') return 'map';
  return typeName(v);
}

const inList = (haystack: unknown[], needle: unknown) => haystack.some((h) => deepEqual(needle, h));

function listFamily(): Record<string, TemplateFunction> {
  const fns: Record<string, TemplateFunction> = {
    push: (list, v) => [...asList(list, 'push'), v],
    prepend: (list, v) => [v, ...asList(list, 'prepend')],
    first: (list) => (asList(list, 'find first').length === 0 ? null : (list as unknown[])[0]),
    last: (list) => (asList(list, 'find last').length === 0 ? null : (list as unknown[]).at(-1)),
    rest: (list) => (asList(list, 'find rest').length === 0 ? [] : (list as unknown[]).slice(1)),
    initial: (list) => (asList(list, 'find initial').length === 0 ? [] : (list as unknown[]).slice(0, -1)),
    reverse: (list) => [...asList(list, 'find reverse')].reverse(),
    compact: (list) => asList(list, 'compact').filter((x) => !empty(x)),
    uniq: (list) => {
      const out: unknown[] = [];
      for (const item of asList(list, 'find uniq')) if (!inList(out, item)) out.push(item);
      return out;
    },
    without: (list, ...omit) => asList(list, 'find without').filter((x) => !inList(omit, x)),
    has: (needle, list) =>
      list === null || list === undefined ? false : inList(asList(list, 'find has'), needle),
    slice: (list, ...indices) => {
      const items = asList(list, 'slice');
      if (items.length === 0) return null;
      const start = indices.length > 0 ? toInt64(indices[0]) : 0;
      const end = indices.length < 2 ? items.length : toInt64(indices[1]);
      if (start < 0 || end < start || end > items.length)
        throw new TemplateError(`slice bounds out of range [${start}:${end}] with capacity ${items.length}`);
      return items.slice(start, end);
    },
    chunk: (size, list) => {
      const items = asList(list, 'chunk');
      const n = toInt64(size);
      if (n < 1) throw new TemplateError('chunk: the size must be at least 1');
      const out: unknown[][] = [];
      for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
      return out;
    },
  };
  // sprig names the push family twice; every function has a must* form that returns the error
  const out: Record<string, TemplateFunction> = { ...fns, append: fns.push! };
  for (const [name, fn] of Object.entries(fns)) out[`must${name[0]!.toUpperCase()}${name.slice(1)}`] = fn;
  out.mustAppend = fns.push!;
  return out;
}

export const LIST_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  ...listFamily(),
  list: (...args) => args,
  tuple: (...args) => args,
  concat: (...lists) => {
    const out: unknown[] = [];
    for (const l of lists) {
      if (!Array.isArray(l)) throw new TemplateError(`Cannot concat type ${kindName(l)} as list`);
      checkListItems(out.length + l.length);
      out.push(...(l as unknown[]));
    }
    return out;
  },
  // defaults and flow
  default: (fallback, ...given) => (given.length === 0 || empty(given[0]) ? fallback : given[0]),
  empty: (v) => empty(v),
  coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
  all: (...args) => args.every((a) => !empty(a)),
  any: (...args) => args.some((a) => !empty(a)),
};
