// sprig's number functions with Go's semantics: add, sub, mul, div, mod, max, min, biggest work on int64
// (cast.ToInt64: floats truncated, strings parsed, anything else 0); the *f forms on float64 through
// decimal arithmetic (shopspring/decimal, so `mulf 1.2 2.4` is 2.88, not 2.8799999999999994); seq,
// until and untilStep build their lists only within the template budget.
import { checkListItems, TemplateError, type TemplateFunction } from './goTemplate.js';
import { str, toFloat64, toInt64 } from './sprigValues.js';

/** A decimal number: coefficient × 10^exponent, exact for +, − and ×. */
interface Decimal {
  c: bigint;
  e: number;
}

/** decimal.NewFromFloat: the shortest decimal that reads back as the float. */
function fromFloat(x: number): Decimal {
  if (!Number.isFinite(x)) throw new TemplateError(`cannot create a decimal from ${x}`);
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace('-', '');
  const fraction = (mantissa.split('.')[1] ?? '').length;
  return { c: BigInt((x < 0 ? '-' : '') + digits), e: Number(exp) - fraction };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.c * 10n ** BigInt(a.e - e), b.c * 10n ** BigInt(b.e - e), e];
}

function toNumber(d: Decimal): number {
  return Number(`${d.c}e${d.e}`);
}

const DECIMAL_OPS = {
  add: (a: Decimal, b: Decimal): Decimal => {
    const [x, y, e] = align(a, b);
    return { c: x + y, e };
  },
  sub: (a: Decimal, b: Decimal): Decimal => {
    const [x, y, e] = align(a, b);
    return { c: x - y, e };
  },
  mul: (a: Decimal, b: Decimal): Decimal => ({ c: a.c * b.c, e: a.e + b.e }),
  // decimal.Div: 16 digits after the point, rounded half away from zero
  div: (a: Decimal, b: Decimal): Decimal => {
    if (b.c === 0n) throw new TemplateError('decimal division by 0');
    const scale = 16;
    // a / b = (a.c / b.c) × 10^(a.e − b.e); compute to `scale` places
    const shift = a.e - b.e + scale + 1;
    let num = a.c;
    let den = b.c;
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    let q = num / den;
    const r = q % 10n;
    q /= 10n;
    if (r >= 5n) q += 1n;
    else if (r <= -5n) q -= 1n;
    return { c: q, e: -scale };
  },
};

function decimalOp(op: keyof typeof DECIMAL_OPS, first: unknown, rest: unknown[]): number {
  let acc = fromFloat(toFloat64(first));
  for (const x of rest) acc = DECIMAL_OPS[op](acc, fromFloat(toFloat64(x)));
  return toNumber(acc);
}

/** sprig's untilStep: from start towards stop (exclusive) by step; none when step points away. */
export function untilStep(start: number, stop: number, step: number): number[] {
  if (stop < start ? step >= 0 : step <= 0) return [];
  checkListItems(Math.ceil(Math.abs(stop - start) / Math.abs(step)));
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** sprig's seq: `seq END`, `seq START END`, `seq START STEP END`, as the shell's seq (END included). */
function seq(...params: unknown[]): string {
  const p = params.map(toInt64);
  let list: number[];
  if (p.length === 1) {
    const end = p[0] as number;
    const inc = end < 1 ? -1 : 1;
    list = untilStep(1, end + inc, inc);
  } else if (p.length === 2) {
    const [start, end] = p as [number, number];
    const inc = end < start ? -1 : 1;
    list = untilStep(start, end + inc, inc);
  } else if (p.length === 3) {
    const [start, step, end] = p as [number, number, number];
    if (end < start && step > 0) return '';
    list = untilStep(start, end + (end < start ? -1 : 1), step);
  } else return '';
  return list.join(' ');
}

function divide(a: number, b: number, op: string): number {
  if (b === 0) throw new TemplateError(`runtime error: integer divide by zero (${op})`);
  return Math.trunc(a / b);
}

export const NUMBER_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  atoi: (v) => (/^[-+]?\d+$/.test(str(v)) ? Number(str(v)) : 0),
  int: (v) => toInt64(v),
  int64: (v) => toInt64(v),
  float64: (v) => toFloat64(v),
  // strconv.ParseInt(fmt.Sprint(v), 8, 64): the value read as octal digits
  toDecimal: (v) => (/^[-+]?[0-7]+$/.test(str(v)) ? parseInt(str(v), 8) : 0),
  add1: (v) => toInt64(v) + 1,
  add: (...args) => args.reduce<number>((sum, a) => sum + toInt64(a), 0),
  sub: (a, b) => toInt64(a) - toInt64(b),
  mul: (a, ...rest) => rest.reduce<number>((p, b) => p * toInt64(b), toInt64(a)),
  div: (a, b) => divide(toInt64(a), toInt64(b), 'div'),
  mod: (a, b) => {
    const d = toInt64(b);
    if (d === 0) throw new TemplateError('runtime error: integer divide by zero (mod)');
    return toInt64(a) % d;
  },
  max: (a, ...rest) => rest.reduce<number>((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
  biggest: (a, ...rest) => rest.reduce<number>((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
  min: (a, ...rest) => rest.reduce<number>((m, b) => Math.min(m, toInt64(b)), toInt64(a)),
  maxf: (a, ...rest) => rest.reduce<number>((m, b) => Math.max(m, toFloat64(b)), toFloat64(a)),
  minf: (a, ...rest) => rest.reduce<number>((m, b) => Math.min(m, toFloat64(b)), toFloat64(a)),
  add1f: (v) => decimalOp('add', v, [1]),
  addf: (...args) => decimalOp('add', 0, args),
  subf: (a, ...rest) => decimalOp('sub', a, rest),
  mulf: (a, ...rest) => decimalOp('mul', a, rest),
  divf: (a, ...rest) => decimalOp('div', a, rest),
  ceil: (v) => Math.ceil(toFloat64(v)),
  floor: (v) => Math.floor(toFloat64(v)),
  // sprig's round: half (or the given fraction) rounds up, on the value scaled by 10^places
  round: (v, places, roundOn) => {
    const pow = 10 ** toInt64(places);
    const digit = pow * toFloat64(v);
    const frac = digit - Math.trunc(digit);
    return (
      (frac >= (roundOn === undefined ? 0.5 : toFloat64(roundOn)) ? Math.ceil(digit) : Math.floor(digit)) /
      pow
    );
  },
  seq,
  until: (n) => {
    const count = toInt64(n);
    return untilStep(0, count, count < 0 ? -1 : 1);
  },
  untilStep: (start, stop, step) => untilStep(toInt64(start), toInt64(stop), toInt64(step)),
};
