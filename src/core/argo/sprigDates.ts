// sprig's date functions, for what does not depend on the clock: toDate parses with a Go layout, date /
// htmlDate / dateInZone format a time (or Unix seconds) with one, dateModify adds a Go duration,
// unixEpoch, duration and durationRound print Go durations. A time is in UTC (Argo CD's controller image
// has no local zone); a zone other than UTC or a fixed offset is not modelled. What reads the clock —
// now, ago, a date of something that is not a time — cannot be known before Argo CD renders it: the
// template fails with NotPreviewable, and the ApplicationSet is listed as not previewed with that reason.
import { GoObject, NotPreviewable, TemplateError, type TemplateFunction } from './goTemplate.js';
import { str } from './sprigValues.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A Go time.Time: milliseconds since the epoch (and nanoseconds within the millisecond), in UTC. */
export class GoTime extends GoObject {
  readonly goType = 'time.Time';
  constructor(
    readonly ms: number,
    readonly nanos = 0,
  ) {
    super();
    if (!(Math.abs(ms) <= 8.64e15)) throw new TemplateError('the time is out of range');
  }
  method(name: string): TemplateFunction | undefined {
    switch (name) {
      case 'Unix':
        return () => Math.floor(this.ms / 1000);
      case 'Year':
        return () => new Date(this.ms).getUTCFullYear();
      case 'Format':
        return (layout) => formatTime(this, str(layout));
      case 'UTC':
        return () => this;
      case 'String':
        return () => this.toString();
      default:
        return undefined;
    }
  }
  field(): unknown {
    return undefined;
  }
  toString(): string {
    return formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// the layout's elements, longest first (Go's nextStdChunk)
const CHUNKS = [
  'January',
  'Monday',
  '2006',
  '-07:00:00',
  '-0700',
  '-07:00',
  'Z07:00:00',
  'Z0700',
  'Z07:00',
  '-07',
  'Z07',
  'Jan',
  'Mon',
  'MST',
  '002',
  '__2',
  '_2',
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '15',
  'PM',
  'pm',
  '1',
  '2',
  '3',
  '4',
  '5',
];

function* layoutChunks(layout: string): Generator<string> {
  let i = 0;
  let literal = '';
  while (i < layout.length) {
    const frac = /^[.,](0+|9+)(?!\d)/.exec(layout.slice(i));
    const chunk =
      frac && /\d/.test(layout[i - 1] ?? '') ? frac[0] : CHUNKS.find((c) => layout.startsWith(c, i));
    // Jan/Mon must not be followed by a lower-case letter (January, Monday are chunks of their own)
    if (chunk && !(chunk.length === 3 && /^(Jan|Mon)$/.test(chunk) && /[a-z]/.test(layout[i + 3] ?? ''))) {
      if (literal) yield `\0${literal}`;
      literal = '';
      yield chunk;
      i += chunk.length;
    } else literal += layout[i++];
  }
  if (literal) yield `\0${literal}`;
}

function formatTime(t: GoTime, layout: string): string {
  const d = new Date(t.ms);
  const [Y, M, D, h, m, s] = [
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  const nanos = (((t.ms % 1000) + 1000) % 1000) * 1e6 + t.nanos;
  let out = '';
  for (const chunk of layoutChunks(layout)) {
    if (chunk.startsWith('\0')) {
      out += chunk.slice(1);
      continue;
    }
    if (/^[.,](0+|9+)$/.test(chunk)) {
      const digits = pad(nanos, 9).slice(0, chunk.length - 1);
      out +=
        chunk[1] === '0'
          ? chunk[0] + digits
          : digits.replace(/0+$/, '')
            ? chunk[0] + digits.replace(/0+$/, '')
            : '';
      continue;
    }
    switch (chunk) {
      case 'January':
        out += MONTHS[M];
        break;
      case 'Jan':
        out += MONTHS[M]!.slice(0, 3);
        break;
      case '1':
        out += M + 1;
        break;
      case '01':
        out += pad(M + 1, 2);
        break;
      case 'Monday':
        out += DAYS[d.getUTCDay()];
        break;
      case 'Mon':
        out += DAYS[d.getUTCDay()]!.slice(0, 3);
        break;
      case '2006':
        out += pad(Y, 4);
        break;
      case '06':
        out += pad(Y % 100, 2);
        break;
      case '2':
        out += D;
        break;
      case '_2':
        out += String(D).padStart(2, ' ');
        break;
      case '02':
        out += pad(D, 2);
        break;
      case '002':
      case '__2': {
        const yday = Math.floor((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
        out += chunk === '002' ? pad(yday, 3) : String(yday).padStart(3, ' ');
        break;
      }
      case '15':
        out += pad(h, 2);
        break;
      case '3':
        out += h % 12 === 0 ? 12 : h % 12;
        break;
      case '03':
        out += pad(h % 12 === 0 ? 12 : h % 12, 2);
        break;
      case '4':
        out += m;
        break;
      case '04':
        out += pad(m, 2);
        break;
      case '5':
        out += s;
        break;
      case '05':
        out += pad(s, 2);
        break;
      case 'PM':
        out += h >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += h >= 12 ? 'pm' : 'am';
        break;
      case 'MST':
        out += 'UTC';
        break;
      case 'Z0700':
      case 'Z07:00':
      case 'Z07':
      case 'Z07:00:00':
        out += 'Z';
        break;
      case '-0700':
        out += '+0000';
        break;
      case '-07:00':
        out += '+00:00';
        break;
      case '-07':
        out += '+00';
        break;
      case '-07:00:00':
        out += '+00:00:00';
        break;
    }
  }
  return out;
}

/** time.ParseInLocation(layout, value, UTC), for the layout elements above. */
function parseTime(layout: string, value: string): GoTime {
  let at = 0;
  let [Y, M, D, h, m, s, nanos, pm, offset] = [0, 1, 1, 0, 0, 0, 0, -1, 0];
  const fail = (): never => {
    throw new TemplateError(
      `parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`,
    );
  };
  const num = (min: number, max: number): number => {
    const m2 = new RegExp(`^\\d{${min},${max}}`).exec(value.slice(at));
    if (!m2) fail();
    at += m2![0].length;
    return Number(m2![0]);
  };
  const word = (list: string[], len?: number): number => {
    const i = list.findIndex(
      (w) =>
        value.slice(at, at + (len ?? w.length)).toLowerCase() === w.slice(0, len ?? w.length).toLowerCase(),
    );
    if (i < 0) fail();
    at += len ?? list[i]!.length;
    return i;
  };
  for (const chunk of layoutChunks(layout)) {
    if (chunk.startsWith('\0')) {
      if (!value.startsWith(chunk.slice(1), at)) fail();
      at += chunk.length - 1;
      continue;
    }
    if (/^[.,](0+|9+)$/.test(chunk)) {
      const m2 = /^[.,](\d+)/.exec(value.slice(at));
      if (m2) {
        nanos = Number(m2[1]!.padEnd(9, '0').slice(0, 9));
        at += m2[0].length;
      } else if (chunk[1] === '0') fail();
      continue;
    }
    switch (chunk) {
      case 'January':
        M = word(MONTHS) + 1;
        break;
      case 'Jan':
        M = word(MONTHS, 3) + 1;
        break;
      case '1':
        M = num(1, 2);
        break;
      case '01':
        M = num(2, 2);
        break;
      case 'Monday':
        word(DAYS);
        break;
      case 'Mon':
        word(DAYS, 3);
        break;
      case '2006':
        Y = num(4, 4);
        break;
      case '06':
        Y = num(2, 2);
        Y += Y >= 69 ? 1900 : 2000;
        break;
      case '2':
      case '_2':
        if (value[at] === ' ') at++;
        D = num(1, 2);
        break;
      case '02':
        D = num(2, 2);
        break;
      case '15':
        h = num(1, 2);
        break;
      case '3':
        h = num(1, 2);
        break;
      case '03':
        h = num(2, 2);
        break;
      case '4':
        m = num(1, 2);
        break;
      case '04':
        m = num(2, 2);
        break;
      case '5':
        s = num(1, 2);
        break;
      case '05':
        s = num(2, 2);
        break;
      case 'PM':
      case 'pm':
        pm = word(['AM', 'PM']);
        break;
      case 'MST':
        if (!value.startsWith('UTC', at)) fail();
        at += 3;
        break;
      default: {
        // numeric zones: Z, or ±hh[:mm[:ss]]
        if (chunk.startsWith('Z') && value[at] === 'Z') {
          at++;
          break;
        }
        const z = /^([-+])(\d\d):?(\d\d)?(?::?(\d\d))?/.exec(value.slice(at));
        if (!z) fail();
        offset =
          (z![1] === '-' ? -1 : 1) * (Number(z![2]) * 3600 + Number(z![3] ?? 0) * 60 + Number(z![4] ?? 0));
        at += z![0].length;
      }
    }
  }
  if (at !== value.length) throw new TemplateError(`parsing time ${JSON.stringify(value)}: extra text`);
  if (pm === 1 && h < 12) h += 12;
  if (pm === 0 && h === 12) h = 0;
  if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || s > 59)
    throw new TemplateError(`parsing time ${JSON.stringify(value)}: value out of range`);
  const ms = Date.UTC(Y, M - 1, D, h, m, s) - offset * 1000 + Math.floor(nanos / 1e6);
  return new GoTime(ms, nanos % 1e6);
}

const UNITS: Array<[string, number]> = [
  ['h', 3600e9],
  ['m', 60e9],
  ['s', 1e9],
  ['ms', 1e6],
  ['us', 1e3],
  ['µs', 1e3],
  ['μs', 1e3],
  ['ns', 1],
];

/** time.ParseDuration, in nanoseconds. */
function parseDuration(text: string): number {
  const m = /^([-+]?)((?:\d*\.?\d+(?:h|ms|us|µs|μs|ns|m|s))+|0)$/.exec(text);
  if (!m) throw new TemplateError(`time: invalid duration ${JSON.stringify(text)}`);
  let total = 0;
  for (const part of (m[2] as string).matchAll(/(\d*\.?\d+)(h|ms|us|µs|μs|ns|m|s)/g))
    total += Number(part[1]) * UNITS.find(([u]) => u === part[2])![1];
  return m[1] === '-' ? -total : total;
}

/** time.Duration.String. */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  let n = Math.abs(Math.round(ns));
  if (n < 1e9) {
    const [unit, size] = n < 1e3 ? ['ns', 1] : n < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
    return `${sign}${String(n / size).replace(/(\.\d*?)0+$/, '$1')}${unit}`;
  }
  const h = Math.floor(n / 3600e9);
  n -= h * 3600e9;
  const m = Math.floor(n / 60e9);
  n -= m * 60e9;
  const secs = (n / 1e9).toFixed(9).replace(/\.?0+$/, '');
  return `${sign}${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${secs}s`;
}

function clock(fn: string): NotPreviewable {
  return new NotPreviewable(`it calls ${fn}, whose result depends on the time Argo CD renders it`);
}

function timeOf(v: unknown, fn: string): GoTime {
  if (v instanceof GoTime) return v;
  // sprig takes Unix seconds as an int; anything else (a float64 parameter too) is time.Now()
  if (typeof v === 'number' && Number.isInteger(v)) return new GoTime(v * 1000);
  throw clock(fn);
}

function inZone(zone: unknown): void {
  const z = str(zone);
  if (z !== 'UTC' && z !== 'Local' && z !== '')
    throw new NotPreviewable(
      `it formats a date in the zone ${JSON.stringify(z)}, which Slipway does not model`,
    );
}

export const DATE_FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  now: () => {
    throw clock('now');
  },
  ago: () => {
    throw clock('ago');
  },
  date: (layout, t) => formatTime(timeOf(t, 'date'), str(layout)),
  htmlDate: (t) => formatTime(timeOf(t, 'htmlDate'), '2006-01-02'),
  htmlDateInZone: (t, zone) => {
    inZone(zone);
    return formatTime(timeOf(t, 'htmlDateInZone'), '2006-01-02');
  },
  dateInZone: (layout, t, zone) => {
    inZone(zone);
    return formatTime(timeOf(t, 'dateInZone'), str(layout));
  },
  toDate: (layout, value) => {
    try {
      return parseTime(str(layout), str(value));
    } catch {
      return new GoTime(Date.UTC(1, 0, 1));
    }
  },
  mustToDate: (layout, value) => parseTime(str(layout), str(value)),
  dateModify: (d, t) => {
    if (!(t instanceof GoTime)) throw new TemplateError('dateModify: the date must be a time');
    try {
      const ns = parseDuration(str(d));
      return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
    } catch {
      return t;
    }
  },
  mustDateModify: (d, t) => {
    if (!(t instanceof GoTime)) throw new TemplateError('mustDateModify: the date must be a time');
    const ns = parseDuration(str(d));
    return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
  },
  unixEpoch: (t) => {
    if (!(t instanceof GoTime)) throw new TemplateError('unixEpoch: the date must be a time');
    return String(Math.floor(t.ms / 1000));
  },
  // sprig reads a string of seconds (an int64 too; a template's numbers are not int64, so they are 0)
  duration: (sec) => {
    const n = typeof sec === 'string' && /^[-+]?\d+$/.test(sec) ? Number(sec) : 0;
    return formatDuration(n * 1e9);
  },
  durationRound: (d) => {
    if (d instanceof GoTime) throw clock('durationRound');
    let ns = 0;
    if (typeof d === 'string') {
      try {
        ns = parseDuration(d);
      } catch {
        ns = 0;
      }
    }
    const u = Math.abs(ns);
    const units: Array<[number, string]> = [
      [3600e9 * 24 * 365, 'y'],
      [3600e9 * 24 * 30, 'mo'],
      [3600e9 * 24, 'd'],
      [3600e9, 'h'],
      [60e9, 'm'],
      [1e9, 's'],
    ];
    for (const [size, unit] of units) if (u > size) return `${Math.floor(u / size)}${unit}`;
    return '0s';
  },
};
