export const id = 103;
export const ids = [103];
export const modules = {

/***/ 9103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BadInput: () => (/* reexport */ BadInput),
  GENERATORS: () => (/* reexport */ GENERATORS),
  GENERATOR_KINDS: () => (/* reexport */ GENERATOR_KINDS),
  MAX_GENERATED_APPS: () => (/* reexport */ MAX_GENERATED_APPS),
  NEEDS_CLUSTERS: () => (/* reexport */ NEEDS_CLUSTERS),
  NotModeled: () => (/* reexport */ NotModeled),
  OTHER_GENERATORS: () => (/* reexport */ OTHER_GENERATORS),
  PREVIEWED_GENERATORS: () => (/* reexport */ PREVIEWED_GENERATORS),
  RESOURCES_FINALIZER: () => (/* reexport */ syncPolicy/* RESOURCES_FINALIZER */.nd),
  allowsDelete: () => (/* reexport */ syncPolicy/* allowsDelete */.M3),
  allowsUpdate: () => (/* reexport */ syncPolicy/* allowsUpdate */.Gz),
  expandApplicationSet: () => (/* binding */ expandApplicationSet),
  expanderOf: () => (/* binding */ expanderOf),
  generatorParams: () => (/* binding */ generatorParams),
  patchApplication: () => (/* binding */ patchApplication),
  policyOf: () => (/* reexport */ syncPolicy/* policyOf */.US),
  templatedValues: () => (/* binding */ templatedValues),
  valuesOf: () => (/* reexport */ valuesOf),
  withValues: () => (/* reexport */ withValues)
});

// EXTERNAL MODULE: ./src/core/argo/goTemplate.ts
var goTemplate = __webpack_require__(8357);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/argo/goRegexp.ts
var goRegexp = __webpack_require__(94);
;// CONCATENATED MODULE: ./src/core/argo/sprigValues.ts
// How sprig converts the values a template gives it (spf13/cast and sprig's own helpers), shared by the
// function families in sprig*.ts. Parameters come from JSON, so every number is a float64 as in Argo CD.

/** A map (a JSON object), not a list and not a Go value with methods (GoObject). */
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof goTemplate/* GoObject */.MV);
/** sprig's strval: a string as it is, nil as the empty string, anything else as fmt.Sprint prints it. */
const str = (v) => typeof v === 'string' ? v : v === goTemplate/* NO_VALUE */.GY || v === null || v === undefined ? '' : (0,goTemplate/* goString */.WF)(v);
/** cast.ToFloat64: numbers, booleans, and strings strconv.ParseFloat reads; 0 otherwise. */
function toFloat64(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v !== 'string')
        return 0;
    const s = v.trim() === v ? v : '';
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^[-+]?(inf|infinity|nan)$/i.test(s))
        return 0;
    return /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s);
}
/**
 * cast.ToInt64: a float is truncated; a string is read by strconv.ParseInt with base 0 (`0x1f`, `0o17`,
 * `017` octal, `0b11`) after a trailing `.0\u2026` is dropped; anything else is 0.
 */
function toInt64(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? Math.trunc(v) : 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v !== 'string')
        return 0;
    const s = v.replace(/\.0*$/, '');
    const m = /^([-+]?)(0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][\d_]*)$/.exec(s);
    if (!m)
        return 0;
    const body = m[2].replace(/_/g, '');
    let n;
    if (/^0[xX]/.test(body))
        n = parseInt(body.slice(2), 16);
    else if (/^0[bB]/.test(body))
        n = parseInt(body.slice(2), 2);
    else if (/^0[oO]/.test(body))
        n = parseInt(body.slice(2), 8);
    else if (body.startsWith('0') && body.length > 1)
        n = parseInt(body.slice(1), 8);
    else
        n = parseInt(body, 10);
    return Number.isNaN(n) ? 0 : m[1] === '-' ? -n : n;
}
/** A Go `int` parameter given a template value: Go converts only numbers (an int or a float64 literal). */
function goInt(v, fn) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    throw new TemplateError(`error calling ${fn}: wrong type for value; expected int; got ${typeName(v)}`);
}
/** A Go `string` parameter: only a string converts. */
function goStr(v, fn) {
    if (typeof v === 'string')
        return v;
    throw new TemplateError(`error calling ${fn}: wrong type for value; expected string; got ${typeName(v)}`);
}
/** The Go type a JSON-shaped value has in Argo CD's parameters. */
function typeName(v) {
    if (v === null || v === undefined || v === goTemplate/* NO_VALUE */.GY)
        return '<nil>';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'boolean')
        return 'bool';
    if (Array.isArray(v))
        return '[]interface {}';
    if (isObj(v))
        return 'map[string]interface {}';
    return v instanceof goTemplate/* GoObject */.MV ? v.goType : typeof v;
}
/** sprig's empty (text/template's truth, inverted). */
const empty = (v) => !(0,goTemplate/* isTrue */.Hn)(v);
/** Go's reflect.DeepEqual on JSON-shaped values. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isObj(a) && isObj(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/argo/sprigDates.ts
// sprig's date functions, for what does not depend on the clock: toDate parses with a Go layout, date /
// htmlDate / dateInZone format a time (or Unix seconds) with one, dateModify adds a Go duration,
// unixEpoch, duration and durationRound print Go durations. A time is in UTC (Argo CD's controller image
// has no local zone); a zone other than UTC or a fixed offset is not modelled. What reads the clock \u2014
// now, ago, a date of something that is not a time \u2014 cannot be known before Argo CD renders it: the
// template fails with NotPreviewable, and the ApplicationSet is listed as not previewed with that reason.


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
class GoTime extends goTemplate/* GoObject */.MV {
    ms;
    nanos;
    goType = 'time.Time';
    constructor(ms, nanos = 0) {
        super();
        this.ms = ms;
        this.nanos = nanos;
        if (!(Math.abs(ms) <= 8.64e15))
            throw new goTemplate/* TemplateError */.$w('the time is out of range');
    }
    method(name) {
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
    field() {
        return undefined;
    }
    toString() {
        return formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
    }
}
const pad = (n, width) => String(n).padStart(width, '0');
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
function* layoutChunks(layout) {
    let i = 0;
    let literal = '';
    while (i < layout.length) {
        const frac = /^[.,](0+|9+)(?!\d)/.exec(layout.slice(i));
        const chunk = frac && /\d/.test(layout[i - 1] ?? '') ? frac[0] : CHUNKS.find((c) => layout.startsWith(c, i));
        // Jan/Mon must not be followed by a lower-case letter (January, Monday are chunks of their own)
        if (chunk && !(chunk.length === 3 && /^(Jan|Mon)$/.test(chunk) && /[a-z]/.test(layout[i + 3] ?? ''))) {
            if (literal)
                yield `\0${literal}`;
            literal = '';
            yield chunk;
            i += chunk.length;
        }
        else
            literal += layout[i++];
    }
    if (literal)
        yield `\0${literal}`;
}
function formatTime(t, layout) {
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
                out += MONTHS[M].slice(0, 3);
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
                out += DAYS[d.getUTCDay()].slice(0, 3);
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
function parseTime(layout, value) {
    let at = 0;
    let [Y, M, D, h, m, s, nanos, pm, offset] = [0, 1, 1, 0, 0, 0, 0, -1, 0];
    const fail = () => {
        throw new goTemplate/* TemplateError */.$w(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse`);
    };
    const num = (min, max) => {
        const m2 = new RegExp(`^\\d{${min},${max}}`).exec(value.slice(at));
        if (!m2)
            fail();
        at += m2[0].length;
        return Number(m2[0]);
    };
    const word = (list, len) => {
        const i = list.findIndex((w) => value.slice(at, at + (len ?? w.length)).toLowerCase() === w.slice(0, len ?? w.length).toLowerCase());
        if (i < 0)
            fail();
        at += len ?? list[i].length;
        return i;
    };
    for (const chunk of layoutChunks(layout)) {
        if (chunk.startsWith('\0')) {
            if (!value.startsWith(chunk.slice(1), at))
                fail();
            at += chunk.length - 1;
            continue;
        }
        if (/^[.,](0+|9+)$/.test(chunk)) {
            const m2 = /^[.,](\d+)/.exec(value.slice(at));
            if (m2) {
                nanos = Number(m2[1].padEnd(9, '0').slice(0, 9));
                at += m2[0].length;
            }
            else if (chunk[1] === '0')
                fail();
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
                if (value[at] === ' ')
                    at++;
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
                if (!value.startsWith('UTC', at))
                    fail();
                at += 3;
                break;
            default: {
                // numeric zones: Z, or \u00b1hh[:mm[:ss]]
                if (chunk.startsWith('Z') && value[at] === 'Z') {
                    at++;
                    break;
                }
                const z = /^([-+])(\d\d):?(\d\d)?(?::?(\d\d))?/.exec(value.slice(at));
                if (!z)
                    fail();
                offset =
                    (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3] ?? 0) * 60 + Number(z[4] ?? 0));
                at += z[0].length;
            }
        }
    }
    if (at !== value.length)
        throw new goTemplate/* TemplateError */.$w(`parsing time ${JSON.stringify(value)}: extra text`);
    if (pm === 1 && h < 12)
        h += 12;
    if (pm === 0 && h === 12)
        h = 0;
    if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || s > 59)
        throw new goTemplate/* TemplateError */.$w(`parsing time ${JSON.stringify(value)}: value out of range`);
    const ms = Date.UTC(Y, M - 1, D, h, m, s) - offset * 1000 + Math.floor(nanos / 1e6);
    return new GoTime(ms, nanos % 1e6);
}
const UNITS = [
    ['h', 3600e9],
    ['m', 60e9],
    ['s', 1e9],
    ['ms', 1e6],
    ['us', 1e3],
    ['\u00b5s', 1e3],
    ['\u03bcs', 1e3],
    ['ns', 1],
];
/** time.ParseDuration, in nanoseconds. */
function parseDuration(text) {
    const m = /^([-+]?)((?:\d*\.?\d+(?:h|ms|us|\u00b5s|\u03bcs|ns|m|s))+|0)$/.exec(text);
    if (!m)
        throw new goTemplate/* TemplateError */.$w(`time: invalid duration ${JSON.stringify(text)}`);
    let total = 0;
    for (const part of m[2].matchAll(/(\d*\.?\d+)(h|ms|us|\u00b5s|\u03bcs|ns|m|s)/g))
        total += Number(part[1]) * UNITS.find(([u]) => u === part[2])[1];
    return m[1] === '-' ? -total : total;
}
/** time.Duration.String. */
function formatDuration(ns) {
    if (ns === 0)
        return '0s';
    const sign = ns < 0 ? '-' : '';
    let n = Math.abs(Math.round(ns));
    if (n < 1e9) {
        const [unit, size] = n < 1e3 ? ['ns', 1] : n < 1e6 ? ['\u00b5s', 1e3] : ['ms', 1e6];
        return `${sign}${String(n / size).replace(/(\.\d*?)0+$/, '$1')}${unit}`;
    }
    const h = Math.floor(n / 3600e9);
    n -= h * 3600e9;
    const m = Math.floor(n / 60e9);
    n -= m * 60e9;
    const secs = (n / 1e9).toFixed(9).replace(/\.?0+$/, '');
    return `${sign}${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${secs}s`;
}
function clock(fn) {
    return new goTemplate/* NotPreviewable */.W9(`it calls ${fn}, whose result depends on the time Argo CD renders it`);
}
function timeOf(v, fn) {
    if (v instanceof GoTime)
        return v;
    // sprig takes Unix seconds as an int; anything else (a float64 parameter too) is time.Now()
    if (typeof v === 'number' && Number.isInteger(v))
        return new GoTime(v * 1000);
    throw clock(fn);
}
function inZone(zone) {
    const z = str(zone);
    if (z !== 'UTC' && z !== 'Local' && z !== '')
        throw new goTemplate/* NotPreviewable */.W9(`it formats a date in the zone ${JSON.stringify(z)}, which Slipway does not model`);
}
const DATE_FUNCTIONS = {
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
        }
        catch {
            return new GoTime(Date.UTC(1, 0, 1));
        }
    },
    mustToDate: (layout, value) => parseTime(str(layout), str(value)),
    dateModify: (d, t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate/* TemplateError */.$w('dateModify: the date must be a time');
        try {
            const ns = parseDuration(str(d));
            return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
        }
        catch {
            return t;
        }
    },
    mustDateModify: (d, t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate/* TemplateError */.$w('mustDateModify: the date must be a time');
        const ns = parseDuration(str(d));
        return new GoTime(t.ms + Math.trunc(ns / 1e6), t.nanos);
    },
    unixEpoch: (t) => {
        if (!(t instanceof GoTime))
            throw new goTemplate/* TemplateError */.$w('unixEpoch: the date must be a time');
        return String(Math.floor(t.ms / 1000));
    },
    // sprig reads a string of seconds (an int64 too; a template's numbers are not int64, so they are 0)
    duration: (sec) => {
        const n = typeof sec === 'string' && /^[-+]?\d+$/.test(sec) ? Number(sec) : 0;
        return formatDuration(n * 1e9);
    },
    durationRound: (d) => {
        if (d instanceof GoTime)
            throw clock('durationRound');
        let ns = 0;
        if (typeof d === 'string') {
            try {
                ns = parseDuration(d);
            }
            catch {
                ns = 0;
            }
        }
        const u = Math.abs(ns);
        const units = [
            [3600e9 * 24 * 365, 'y'],
            [3600e9 * 24 * 30, 'mo'],
            [3600e9 * 24, 'd'],
            [3600e9, 'h'],
            [60e9, 'm'],
            [1e9, 's'],
        ];
        for (const [size, unit] of units)
            if (u > size)
                return `${Math.floor(u / size)}${unit}`;
        return '0s';
    },
};

;// CONCATENATED MODULE: ./src/core/argo/sprigLists.ts
// sprig's list and default functions with Go's semantics: the plain forms fail the template on a value
// that is not a list (sprig panics, Go's template turns that into an error), the must* forms return the
// same error; `first` and `last` of nothing are nil (printed `<no value>`); equality is reflect.DeepEqual.


function asList(v, what) {
    if (Array.isArray(v))
        return v;
    throw new goTemplate/* TemplateError */.$w(`Cannot ${what} on type ${kindName(v)}`);
}
/** reflect.Kind's name, as sprig's list errors print it. */
function kindName(v) {
    if (v === null || v === undefined)
        return 'invalid';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (typeof v === 'object')
        return 'map';
    return typeName(v);
}
const inList = (haystack, needle) => haystack.some((h) => deepEqual(needle, h));
function listFamily() {
    const fns = {
        push: (list, v) => [...asList(list, 'push'), v],
        prepend: (list, v) => [v, ...asList(list, 'prepend')],
        first: (list) => (asList(list, 'find first').length === 0 ? null : list[0]),
        last: (list) => (asList(list, 'find last').length === 0 ? null : list.at(-1)),
        rest: (list) => (asList(list, 'find rest').length === 0 ? [] : list.slice(1)),
        initial: (list) => (asList(list, 'find initial').length === 0 ? [] : list.slice(0, -1)),
        reverse: (list) => [...asList(list, 'find reverse')].reverse(),
        compact: (list) => asList(list, 'compact').filter((x) => !empty(x)),
        uniq: (list) => {
            const out = [];
            for (const item of asList(list, 'find uniq'))
                if (!inList(out, item))
                    out.push(item);
            return out;
        },
        without: (list, ...omit) => asList(list, 'find without').filter((x) => !inList(omit, x)),
        has: (needle, list) => list === null || list === undefined ? false : inList(asList(list, 'find has'), needle),
        slice: (list, ...indices) => {
            const items = asList(list, 'slice');
            if (items.length === 0)
                return null;
            const start = indices.length > 0 ? toInt64(indices[0]) : 0;
            const end = indices.length < 2 ? items.length : toInt64(indices[1]);
            if (start < 0 || end < start || end > items.length)
                throw new goTemplate/* TemplateError */.$w(`slice bounds out of range [${start}:${end}] with capacity ${items.length}`);
            return items.slice(start, end);
        },
        chunk: (size, list) => {
            const items = asList(list, 'chunk');
            const n = toInt64(size);
            if (n < 1)
                throw new goTemplate/* TemplateError */.$w('chunk: the size must be at least 1');
            const out = [];
            for (let i = 0; i < items.length; i += n)
                out.push(items.slice(i, i + n));
            return out;
        },
    };
    // sprig names the push family twice; every function has a must* form that returns the error
    const out = { ...fns, append: fns.push };
    for (const [name, fn] of Object.entries(fns))
        out[`must${name[0].toUpperCase()}${name.slice(1)}`] = fn;
    out.mustAppend = fns.push;
    return out;
}
const LIST_FUNCTIONS = {
    ...listFamily(),
    list: (...args) => args,
    tuple: (...args) => args,
    concat: (...lists) => {
        const out = [];
        for (const l of lists) {
            if (!Array.isArray(l))
                throw new goTemplate/* TemplateError */.$w(`Cannot concat type ${kindName(l)} as list`);
            (0,goTemplate/* checkListItems */.rR)(out.length + l.length);
            out.push(...l);
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

;// CONCATENATED MODULE: ./src/core/argo/sprigNumbers.ts
// sprig's number functions with Go's semantics: add, sub, mul, div, mod, max, min, biggest work on int64
// (cast.ToInt64: floats truncated, strings parsed, anything else 0); the *f forms on float64 through
// decimal arithmetic (shopspring/decimal, so `mulf 1.2 2.4` is 2.88, not 2.8799999999999994); seq,
// until and untilStep build their lists only within the template budget.


/** decimal.NewFromFloat: the shortest decimal that reads back as the float. */
function fromFloat(x) {
    if (!Number.isFinite(x))
        throw new goTemplate/* TemplateError */.$w(`cannot create a decimal from ${x}`);
    const [mantissa, exp] = x.toExponential().split('e');
    const digits = mantissa.replace('.', '').replace('-', '');
    const fraction = (mantissa.split('.')[1] ?? '').length;
    return { c: BigInt((x < 0 ? '-' : '') + digits), e: Number(exp) - fraction };
}
function align(a, b) {
    const e = Math.min(a.e, b.e);
    return [a.c * 10n ** BigInt(a.e - e), b.c * 10n ** BigInt(b.e - e), e];
}
function toNumber(d) {
    return Number(`${d.c}e${d.e}`);
}
const DECIMAL_OPS = {
    add: (a, b) => {
        const [x, y, e] = align(a, b);
        return { c: x + y, e };
    },
    sub: (a, b) => {
        const [x, y, e] = align(a, b);
        return { c: x - y, e };
    },
    mul: (a, b) => ({ c: a.c * b.c, e: a.e + b.e }),
    // decimal.Div: 16 digits after the point, rounded half away from zero
    div: (a, b) => {
        if (b.c === 0n)
            throw new goTemplate/* TemplateError */.$w('decimal division by 0');
        const scale = 16;
        // a / b = (a.c / b.c) \u00d7 10^(a.e \u2212 b.e); compute to `scale` places
        const shift = a.e - b.e + scale + 1;
        let num = a.c;
        let den = b.c;
        if (shift >= 0)
            num *= 10n ** BigInt(shift);
        else
            den *= 10n ** BigInt(-shift);
        let q = num / den;
        const r = q % 10n;
        q /= 10n;
        if (r >= 5n)
            q += 1n;
        else if (r <= -5n)
            q -= 1n;
        return { c: q, e: -scale };
    },
};
function decimalOp(op, first, rest) {
    let acc = fromFloat(toFloat64(first));
    for (const x of rest)
        acc = DECIMAL_OPS[op](acc, fromFloat(toFloat64(x)));
    return toNumber(acc);
}
/** sprig's untilStep: from start towards stop (exclusive) by step; none when step points away. */
function untilStep(start, stop, step) {
    if (stop < start ? step >= 0 : step <= 0)
        return [];
    (0,goTemplate/* checkListItems */.rR)(Math.ceil(Math.abs(stop - start) / Math.abs(step)));
    const out = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step)
        out.push(i);
    return out;
}
/** sprig's seq: `seq END`, `seq START END`, `seq START STEP END`, as the shell's seq (END included). */
function seq(...params) {
    const p = params.map(toInt64);
    let list;
    if (p.length === 1) {
        const end = p[0];
        const inc = end < 1 ? -1 : 1;
        list = untilStep(1, end + inc, inc);
    }
    else if (p.length === 2) {
        const [start, end] = p;
        const inc = end < start ? -1 : 1;
        list = untilStep(start, end + inc, inc);
    }
    else if (p.length === 3) {
        const [start, step, end] = p;
        if (end < start && step > 0)
            return '';
        list = untilStep(start, end + (end < start ? -1 : 1), step);
    }
    else
        return '';
    return list.join(' ');
}
function divide(a, b, op) {
    if (b === 0)
        throw new goTemplate/* TemplateError */.$w(`runtime error: integer divide by zero (${op})`);
    return Math.trunc(a / b);
}
const NUMBER_FUNCTIONS = {
    atoi: (v) => (/^[-+]?\d+$/.test(str(v)) ? Number(str(v)) : 0),
    int: (v) => toInt64(v),
    int64: (v) => toInt64(v),
    float64: (v) => toFloat64(v),
    // strconv.ParseInt(fmt.Sprint(v), 8, 64): the value read as octal digits
    toDecimal: (v) => (/^[-+]?[0-7]+$/.test(str(v)) ? parseInt(str(v), 8) : 0),
    add1: (v) => toInt64(v) + 1,
    add: (...args) => args.reduce((sum, a) => sum + toInt64(a), 0),
    sub: (a, b) => toInt64(a) - toInt64(b),
    mul: (a, ...rest) => rest.reduce((p, b) => p * toInt64(b), toInt64(a)),
    div: (a, b) => divide(toInt64(a), toInt64(b), 'div'),
    mod: (a, b) => {
        const d = toInt64(b);
        if (d === 0)
            throw new goTemplate/* TemplateError */.$w('runtime error: integer divide by zero (mod)');
        return toInt64(a) % d;
    },
    max: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
    biggest: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toInt64(b)), toInt64(a)),
    min: (a, ...rest) => rest.reduce((m, b) => Math.min(m, toInt64(b)), toInt64(a)),
    maxf: (a, ...rest) => rest.reduce((m, b) => Math.max(m, toFloat64(b)), toFloat64(a)),
    minf: (a, ...rest) => rest.reduce((m, b) => Math.min(m, toFloat64(b)), toFloat64(a)),
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
        return ((frac >= (roundOn === undefined ? 0.5 : toFloat64(roundOn)) ? Math.ceil(digit) : Math.floor(digit)) /
            pow);
    },
    seq,
    until: (n) => {
        const count = toInt64(n);
        return untilStep(0, count, count < 0 ? -1 : 1);
    },
    untilStep: (start, stop, step) => untilStep(toInt64(start), toInt64(stop), toInt64(step)),
};

;// CONCATENATED MODULE: ./src/core/argo/sprigStrings.ts
// sprig's string functions where Go's behaviour is more than a one-liner: case conversions as huandu/
// xstrings does them (`snakecase "HTTPServer"` is `http_server`), Masterminds/goutils' abbreviate, wrap,
// initials and swapcase, toStrings and join (nil items dropped), base32, and Argo CD's slugify
// (gosimple/slug after Argo CD's SanitizeName, with its length and smart truncation).


// character classes, with a fast path for ASCII (names are almost always ASCII)
const isConnector = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k === 45 || k === 95 || k === 32 || (k >= 9 && k <= 13);
    return /\s/.test(c);
};
const isUpper = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 65 && k <= 90;
    return c !== c.toLowerCase() && c === c.toUpperCase();
};
const isLower = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 97 && k <= 122;
    return c !== c.toUpperCase() && c === c.toLowerCase();
};
const isDigit = (c) => {
    const k = c.charCodeAt(0);
    if (k < 128)
        return k >= 48 && k <= 57;
    return /\p{Nd}/u.test(c);
};
// the class of a character for caseWords: the classes do not overlap
const CONNECTOR = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const OTHER = 4;
const classOf = (c) => isConnector(c) ? CONNECTOR : isUpper(c) ? UPPER : isLower(c) ? LOWER : isDigit(c) ? DIGIT : OTHER;
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, k) => classOf(String.fromCharCode(k)));
/**
 * The words of an identifier as xstrings splits them for snake and kebab case: connectors (`-`, `_`,
 * spaces) separate; an upper-case run before a lower-case letter gives its last letter to the next word
 * (`HTTPServer` \u2192 HTTP, Server); a number joins the word before it (`Bld4`) unless lower-case letters
 * follow it (`http2xx` \u2192 http, 2xx); other punctuation is kept where it stands, with no separator. Each
 * word is given to `word` in order (no list of them is built).
 */
function caseWords(s, word) {
    // an ASCII string is its own list of characters (no array of one-character strings to build), and
    // each character is classed once
    const ascii = /^[ -~]*$/.test(s);
    const chars = ascii ? s : [...s];
    const n = chars.length;
    const classes = new Array(n);
    for (let i = 0; i < n; i++)
        classes[i] = ascii ? ASCII_CLASSES[s.charCodeAt(i)] : classOf(chars[i]);
    const cut = (from, to) => typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join('');
    let i = 0;
    while (i < n) {
        const c = classes[i];
        if (c === CONNECTOR) {
            i++;
            continue;
        }
        let j = i;
        if (c === OTHER) {
            while (j < n && classes[j] === OTHER)
                j++;
            word(cut(i, j), true);
            i = j;
            continue;
        }
        if (c === DIGIT) {
            while (j < n && classes[j] === DIGIT)
                j++;
            if (j < n && classes[j] === LOWER) {
                // a number followed by lower-case letters starts a word: 2xx, 2m3s, 3rd
                while (j < n && (classes[j] === LOWER || classes[j] === DIGIT))
                    j++;
            }
            word(cut(i, j), false);
            i = j;
            continue;
        }
        if (c === UPPER) {
            while (j < n && classes[j] === UPPER)
                j++;
            if (j - i > 1 && j < n && classes[j] === LOWER)
                j--; // HTTPServer: HTTP | Server
        }
        while (j < n && classes[j] === LOWER)
            j++;
        // a number not followed by lower-case letters belongs to this word: Bld4Floor \u2192 bld4, floor
        let k = j;
        while (k < n && classes[k] === DIGIT)
            k++;
        if (k > j && !(k < n && classes[k] === LOWER))
            j = k;
        word(cut(i, j), false);
        i = j;
    }
}
/**
 * Words of lower-case letters (a number after them) or of a number alone, single `-`, `_` or spaces
 * between them: words caseWords cuts at the connectors alone (`app-0000`, `web_v2`), so that snake and
 * kebab case are the connectors replaced.
 */
const CONNECTED_WORDS = /^(?:[a-z]+[0-9]*|[0-9]+)(?:[-_ ](?:[a-z]+[0-9]*|[0-9]+))*$/;
function lowerCase(s, connector) {
    // most names: no word to find (each character classed) when the connectors alone cut them
    if (CONNECTED_WORDS.test(s))
        return s.replace(/[-_ ]/g, connector);
    let out = '';
    // whether a word came before, and whether it was punctuation
    let previous;
    caseWords(s, (text, punct) => {
        if (previous === false && !punct)
            out += connector;
        out += text.toLowerCase();
        previous = punct;
    });
    return out;
}
/** xstrings.ToPascalCase as sprig's camelcase: connectors dropped and the next letter upper-cased;
 * leading connectors, one of a doubled connector and a trailing one are kept. */
function pascalCase(s) {
    const chars = [...s];
    let out = '';
    let i = 0;
    while (i < chars.length && isConnector(chars[i]))
        out += chars[i++];
    let upNext = true;
    for (; i < chars.length; i++) {
        const c = chars[i];
        const next = chars[i + 1];
        if (isConnector(c)) {
            if (next === undefined || isConnector(next))
                out += c;
            upNext = true;
            continue;
        }
        out += upNext ? c.toUpperCase() : c;
        upNext = false;
    }
    return out;
}
/** goutils.WrapCustom: lines broken at the last space within `width`; long words broken or left whole. */
function wrapCustom(text, width, newline, wrapLong) {
    if (text === '')
        return '';
    const nl = newline === '' ? '\n' : newline;
    const limit = Math.max(1, width);
    let out = '';
    let at = 0;
    while (text.length - at > limit) {
        if (text[at] === ' ') {
            at++;
            continue;
        }
        const space = text.slice(at, at + limit + 1).lastIndexOf(' ');
        if (space >= 0) {
            out += text.slice(at, at + space) + nl;
            at += space + 1;
        }
        else if (wrapLong) {
            out += text.slice(at, at + limit) + nl;
            at += limit;
        }
        else {
            const next = text.indexOf(' ', at + limit);
            if (next === -1) {
                out += text.slice(at);
                at = text.length;
            }
            else {
                out += text.slice(at, next) + nl;
                at = next + 1;
            }
        }
    }
    return out + text.slice(at);
}
/** goutils.AbbreviateFull: `...` at either end, the window starting near `offset`. */
function abbreviate(s, offset, width) {
    if (width < 4)
        throw new goTemplate/* TemplateError */.$w('minimum abbreviation width is 4');
    if (s.length <= width)
        return s;
    let from = Math.min(offset, s.length);
    if (s.length - from < width - 3)
        from = s.length - (width - 3);
    if (from <= 4)
        return `${s.slice(0, width - 3)}...`;
    if (width < 7)
        throw new goTemplate/* TemplateError */.$w('minimum abbreviation width with offset is 7');
    if (from + width - 3 < s.length)
        return `...${abbreviate(s.slice(from), 0, width - 3)}`;
    return `...${s.slice(s.length - (width - 3))}`;
}
/** sprig's strslice: a list's items as strings, nil items dropped; one value as a list of one. */
function strslice(v) {
    if (Array.isArray(v))
        return v.filter((x) => x !== null && x !== undefined).map(str);
    return v === null || v === undefined ? [] : [str(v)];
}
/** Argo CD's SanitizeName: lower case, [^-a-z0-9.] \u2192 '-', at most 253 characters, trimmed of '-' and '.'. */
function sanitizeName(name) {
    // a name that is one already (most folder names) comes back as it is
    if (name.length <= 253 && /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/.test(name))
        return name;
    return name
        .toLowerCase()
        .replace(/[^-a-z0-9.]/g, '-')
        .slice(0, 253)
        .replace(/^[-.]+|[-.]+$/g, '');
}
/**
 * Argo CD's slugify: `slugify NAME`, `slugify MAXLEN NAME`, `slugify MAXLEN SMARTTRUNCATE NAME` (50 and
 * true by default): SanitizeName, then gosimple/slug \u2014 runs of characters other than [a-z0-9_-] become one
 * `-`, cut to MAXLEN (at a word boundary when smart), trimmed of `-` and `_`.
 */
function slugify(...args) {
    let maxLength = 50;
    let smart = true;
    const name = args.at(-1);
    if (typeof name !== 'string')
        throw new goTemplate/* TemplateError */.$w('slugify: the name (last argument) must be a string');
    if (args.length >= 2)
        maxLength = toInt64(args[0]);
    if (args.length >= 3)
        smart = args[1] === true;
    const sanitized = sanitizeName(name);
    // a name that is a slug already (most are) is left as it is by the three replacements
    let slug = SLUG.test(sanitized)
        ? sanitized
        : sanitized
            .replace(/[^a-z0-9_-]+/g, '-')
            .replace(/-+/g, '-')
            .replace(/^[-_]+|[-_]+$/g, '');
    if (maxLength > 0 && slug.length > maxLength) {
        if (smart) {
            const words = slug.split(/(?<=-)/);
            if (words[0].length > maxLength)
                slug = words[0].slice(0, maxLength);
            else {
                let cut = '';
                for (const word of words) {
                    if (cut.length + word.length - 1 <= maxLength)
                        cut += word;
                    else
                        break;
                }
                slug = cut;
            }
        }
        else
            slug = slug.slice(0, maxLength);
    }
    return SLUG.test(slug) ? slug : slug.replace(/^[-_]+|[-_]+$/g, '');
}
/** Lower-case letters and digits in words joined by single dashes: what slugify's replacements keep whole. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32encode(bytes) {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out += B32[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += B32[(value << (5 - bits)) & 31];
    return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}
function base32decode(text) {
    const body = text.replace(/=+$/, '');
    if (text.length % 8 !== 0 || /[^A-Z2-7]/.test(body)) {
        const at = [...text].findIndex((c, i) => !B32.includes(c) && !(c === '=' && i >= body.length));
        return `illegal base32 data at input byte ${at === -1 ? text.length - (text.length % 8) : at}`;
    }
    const bytes = [];
    let bits = 0;
    let value = 0;
    for (const c of body) {
        value = (value << 5) | B32.indexOf(c);
        bits += 5;
        if (bits >= 8) {
            bytes.push((value >>> (bits - 8)) & 255);
            bits -= 8;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function base64decode(text) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
        const at = [...text].findIndex((c) => !/[A-Za-z0-9+/=]/.test(c));
        return `illegal base64 data at input byte ${at === -1 ? text.length - (text.length % 4) : at}`;
    }
    return Buffer.from(text, 'base64').toString('utf8');
}
const STRING_FUNCTIONS = {
    snakecase: (s) => lowerCase(str(s), '_'),
    kebabcase: (s) => lowerCase(str(s), '-'),
    camelcase: (s) => pascalCase(str(s)),
    swapcase: (s) => [...str(s)].map((c) => (isUpper(c) ? c.toLowerCase() : isLower(c) ? c.toUpperCase() : c)).join(''),
    initials: (s) => str(s)
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [...w][0])
        .join(''),
    untitle: (s) => str(s).replace(/(^|\s)(\S)/gu, (_, space, c) => space + c.toLowerCase()),
    abbrev: (width, s) => (toInt64(width) < 4 ? str(s) : abbreviate(str(s), 0, toInt64(width))),
    abbrevboth: (left, right, s) => {
        const [l, r] = [toInt64(left), toInt64(right)];
        if (r < 4 || (l > 0 && r < 7))
            return str(s);
        return abbreviate(str(s), l, r);
    },
    wrap: (width, s) => wrapCustom(str(s), toInt64(width), '\n', false),
    wrapWith: (width, sep, s) => wrapCustom(str(s), toInt64(width), str(sep), true),
    plural: (one, many, count) => (toInt64(count) === 1 ? one : many),
    toStrings: (v) => strslice(v),
    join: (sep, v) => strslice(v).join(str(sep)),
    sortAlpha: (v) => {
        const items = Array.isArray(v) ? strslice(v) : [str(v)];
        return items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
    b64enc: (s) => Buffer.from(str(s)).toString('base64'),
    b64dec: (s) => base64decode(str(s)),
    b32enc: (s) => base32encode(Buffer.from(str(s))),
    b32dec: (s) => base32decode(str(s)),
    normalize: (s) => sanitizeName(str(s)),
    slugify,
};

;// CONCATENATED MODULE: ./src/core/argo/sprigFunctions.ts
// The template functions Argo CD gives ApplicationSet Go templates (applicationset/utils/utils.go):
// Masterminds/sprig v3.3.0's GenericFuncMap without env, expandenv and getHostByName (they fail as
// unknown functions, and nothing here reads the runner's environment or network), plus normalize,
// slugify, toYaml, fromYaml and fromYamlArray. Each family is in its own file (sprigLists, sprigNumbers,
// sprigStrings, sprigDates, goRegexp); what reads the clock or draws random numbers (now, randAlpha,
// uuidv4, genCA \u2026) fails with NotPreviewable, so the ApplicationSet is listed as not previewed with that
// reason \u2014 never rendered with a value Argo CD would not produce. The vectors from sprig's and Argo CD's
// own tests are __tests__/fixtures/argo/templates/.











/** Functions Argo CD has whose result depends on randomness: Argo CD's output cannot be known ahead. */
const RANDOM = [
    'randAlphaNum',
    'randAlpha',
    'randAscii',
    'randNumeric',
    'randInt',
    'randBytes',
    'shuffle',
    'uuidv4',
    'genPrivateKey',
    'genCA',
    'genCAWithKey',
    'genSelfSignedCert',
    'genSelfSignedCertWithKey',
    'genSignedCert',
    'genSignedCertWithKey',
    'bcrypt',
    'htpasswd',
    'encryptAES',
];
/** Deterministic functions Slipway does not model: the ApplicationSet is not previewed, with the name. */
const NOT_MODELLED = ['derivePassword', 'buildCustomCert'];
function mergeInto(target, source, overwrite) {
    for (const [k, v] of Object.entries(source)) {
        if (isObj(v) && isObj(target[k]))
            mergeInto(target[k], v, overwrite);
        // mergo assigns the source's value itself (a map stays shared, as in Go), overriding only with a
        // value that is not empty
        else if (!(k in target) || empty(target[k]) || (overwrite && !empty(v)))
            target[k] = v;
    }
    return target;
}
/** encoding/json's Marshal: map keys sorted; `<`, `>`, `&` escaped unless raw. */
function toJson(v, indent, escapeHtml) {
    const sorted = (x) => Array.isArray(x)
        ? x.map(sorted)
        : isObj(x)
            ? Object.fromEntries(Object.keys(x)
                .sort()
                .map((k) => [k, sorted(x[k])]))
            : x instanceof goTemplate/* GoObject */.MV
                ? x.toString()
                : x === goTemplate/* NO_VALUE */.GY
                    ? null
                    : x;
    const text = JSON.stringify(sorted(v), null, indent) ?? 'null';
    return escapeHtml
        ? text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        : text;
}
/** A *semver.Version of Masterminds/semver v3: its methods, printed as its String(). */
class SemverVersion extends goTemplate/* GoObject */.MV {
    v;
    original;
    goType = '*semver.Version';
    constructor(v, original) {
        super();
        this.v = v;
        this.original = original;
    }
    method(name) {
        const other = (o) => {
            if (!(o instanceof SemverVersion))
                throw new goTemplate/* TemplateError */.$w(`${name}: the argument must be a semver`);
            return o.v;
        };
        const methods = {
            Major: () => this.v.major,
            Minor: () => this.v.minor,
            Patch: () => this.v.patch,
            Prerelease: () => this.v.prerelease.join('.'),
            Metadata: () => this.v.build.join('.'),
            Original: () => this.original,
            String: () => this.toString(),
            Compare: (o) => semver_default().compare(this.v, other(o)),
            LessThan: (o) => semver_default().lt(this.v, other(o)),
            GreaterThan: (o) => semver_default().gt(this.v, other(o)),
            Equal: (o) => semver_default().eq(this.v, other(o)),
        };
        return methods[name];
    }
    field() {
        return undefined;
    }
    toString() {
        return this.v.format() + (this.v.build.length > 0 ? `+${this.v.build.join('.')}` : '');
    }
}
/** semver.NewVersion: a leading `v`, and a missing minor or patch, are accepted. */
function parseSemver(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
    const parsed = m && semver_default().parse(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}${m[5] ?? ''}`);
    if (!parsed)
        throw new goTemplate/* TemplateError */.$w('Invalid Semantic Version');
    return new SemverVersion(parsed, text);
}
/** Go's url.Parse for the parts sprig's urlParse returns. */
function urlParse(text) {
    const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(text);
    if (!m)
        throw new goTemplate/* TemplateError */.$w(`unable to parse url: ${text}`);
    const authority = m[2];
    const at = authority?.lastIndexOf('@') ?? -1;
    const host = authority === undefined ? '' : authority.slice(at + 1);
    const opaque = m[1] && authority === undefined && !m[3].startsWith('/') ? m[3] : '';
    return {
        scheme: m[1]?.toLowerCase() ?? '',
        host,
        hostname: host.replace(/:\d*$/, '').replace(/^\[(.*)\]$/, '$1'),
        path: opaque ? '' : decodeURIComponent(m[3] ?? ''),
        query: m[4] ?? '',
        opaque,
        fragment: m[5] !== undefined ? decodeURIComponent(m[5]) : '',
        userinfo: authority !== undefined && at >= 0 ? authority.slice(0, at) : '',
    };
}
/** Go's url.URL.String for the parts of sprig's urlJoin. */
function urlJoin(d) {
    const part = (k) => (isObj(d) && typeof d[k] === 'string' ? d[k] : '');
    let out = '';
    if (part('scheme'))
        out += `${part('scheme')}:`;
    if (part('opaque'))
        out += part('opaque');
    else {
        if (part('scheme') || part('host') || part('userinfo')) {
            out += '//';
            if (part('userinfo'))
                out += `${part('userinfo')}@`;
            out += part('host');
        }
        const path = part('path');
        if (path && !path.startsWith('/') && part('host'))
            out += '/';
        out += encodeURI(path).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
    }
    if (part('query'))
        out += `?${part('query')}`;
    if (part('fragment'))
        out += `#${encodeURI(part('fragment'))}`;
    return out;
}
/** sprig's decryptAES: base64 of IV + AES-256-CBC ciphertext, the key the password padded to 32 bytes. */
function decryptAES(password, text) {
    const data = Buffer.from(str(text), 'base64');
    if (data.length < 16 || data.length % 16 !== 0)
        throw new goTemplate/* TemplateError */.$w('ciphertext too short');
    const key = Buffer.alloc(32);
    Buffer.from(str(password)).copy(key);
    const decipher = external_node_crypto_.createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}
/** The hex digest of a string: crypto.hash where Node has it (20.12 and later), a Hash object before. */
const hexDigest = (algorithm, text) => typeof external_node_crypto_.hash === 'function'
    ? external_node_crypto_.hash(algorithm, text, 'hex')
    : external_node_crypto_.createHash(algorithm).update(text).digest('hex');
const kindOf = (v) => Array.isArray(v)
    ? 'slice'
    : isObj(v)
        ? 'map'
        : typeof v === 'number'
            ? Number.isInteger(v)
                ? 'int'
                : 'float64'
            : typeof v === 'boolean'
                ? 'bool'
                : v instanceof goTemplate/* GoObject */.MV
                    ? 'ptr'
                    : v === null || v === undefined
                        ? 'invalid'
                        : 'string';
const refuse = (name, why) => () => {
    throw new goTemplate/* NotPreviewable */.W9(`it calls ${name}, ${why}`);
};
const FUNCTIONS = {
    ...LIST_FUNCTIONS,
    ...NUMBER_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...DATE_FUNCTIONS,
    ...(0,goRegexp/* regexFunctions */.p)(str, toInt64),
    hello: () => 'Hello!',
    // Argo CD's own (sigs.k8s.io/yaml goes through JSON: keys sorted, no trailing newline)
    toYaml: (v) => (0,dist/* stringify */.As)(v === goTemplate/* NO_VALUE */.GY ? null : v, { sortMapEntries: true }).replace(/\n$/, ''),
    fromYaml: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !isObj(value))
            throw new goTemplate/* TemplateError */.$w(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a map`);
        return value ?? {};
    },
    fromYamlArray: (s) => {
        const value = (0,dist/* parse */.qg)(str(s));
        if (value !== null && !Array.isArray(value))
            throw new goTemplate/* TemplateError */.$w(`error unmarshaling JSON: cannot unmarshal ${typeName(value)} into a list`);
        return (value ?? []);
    },
    ternary: (yes, no, condition) => (condition === true ? yes : no),
    fail: (message) => {
        throw new goTemplate/* TemplateError */.$w(str(message));
    },
    // strings
    upper: (s) => str(s).toUpperCase(),
    lower: (s) => str(s).toLowerCase(),
    title: (s) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, before, c) => before + c.toUpperCase()),
    trim: (s) => str(s).trim(),
    trimAll: (cut, s) => trimChars(str(s), str(cut)),
    trimall: (cut, s) => trimChars(str(s), str(cut)),
    trimPrefix: (prefix, s) => (str(s).startsWith(str(prefix)) ? str(s).slice(str(prefix).length) : str(s)),
    trimSuffix: (suffix, s) => {
        const end = str(suffix);
        const text = str(s);
        return end !== '' && text.endsWith(end) ? text.slice(0, -end.length) : text;
    },
    replace: (old, replacement, s) => {
        // nothing to replace (most calls): the string as it is
        if (typeof s === 'string' && typeof old === 'string' && old !== '' && !s.includes(old)) {
            (0,goTemplate/* checkValueChars */.dO)(s.length);
            return s;
        }
        const parts = str(s).split(str(old));
        (0,goTemplate/* checkValueChars */.dO)(str(s).length + (parts.length - 1) * str(replacement).length);
        return parts.join(str(replacement));
    },
    contains: (sub, s) => str(s).includes(str(sub)),
    hasPrefix: (prefix, s) => str(s).startsWith(str(prefix)),
    hasSuffix: (suffix, s) => str(s).endsWith(str(suffix)),
    quote: (...args) => args.length === 1 && typeof args[0] === 'string'
        ? JSON.stringify(args[0])
        : args
            .filter((a) => a !== null && a !== undefined)
            .map((a) => JSON.stringify(str(a)))
            .join(' '),
    squote: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map((a) => `'${str(a)}'`)
        .join(' '),
    cat: (...args) => args
        .filter((a) => a !== null && a !== undefined)
        .map(str)
        .join(' '),
    indent: (n, s) => str(s).replace(/^/gm, padding(n, s)),
    nindent: (n, s) => `\n${str(s).replace(/^/gm, padding(n, s))}`,
    repeat: (n, s) => {
        (0,goTemplate/* checkValueChars */.dO)(Math.max(0, toInt64(n)) * str(s).length);
        return str(s).repeat(Math.max(0, toInt64(n)));
    },
    substr: (start, end, s) => {
        const text = str(s);
        const [a, b] = [toInt64(start), toInt64(end)];
        if (a < 0)
            return text.slice(0, b);
        if (b < 0 || b > text.length)
            return text.slice(a);
        return text.slice(a, b);
    },
    trunc: (n, s) => {
        const c = toInt64(n);
        const text = str(s);
        if (c < 0 && text.length + c > 0)
            return text.slice(text.length + c);
        if (c >= 0 && text.length > c)
            return text.slice(0, c);
        return text;
    },
    nospace: (s) => str(s).replace(/\s+/gu, ''),
    toString: (v) => str(v),
    split: (sep, s) => Object.fromEntries(str(s)
        .split(str(sep))
        .map((part, i) => [`_${i}`, part])),
    splitList: (sep, s) => str(s).split(str(sep)),
    splitn: (sep, n, s) => {
        const count = toInt64(n);
        const parts = str(s).split(str(sep));
        const kept = count > 0 && parts.length > count
            ? [...parts.slice(0, count - 1), parts.slice(count - 1).join(str(sep))]
            : count === 0
                ? []
                : parts;
        return Object.fromEntries(kept.map((part, i) => [`_${i}`, part]));
    },
    // paths (Go's path package; filepath's os* forms are the same on Argo CD's Linux)
    base: (p) => goBase(str(p)),
    dir: (p) => goDir(str(p)),
    ext: (p) => goExt(str(p)),
    clean: (p) => goClean(str(p)),
    isAbs: (p) => str(p).startsWith('/'),
    osBase: (p) => goBase(str(p)),
    osDir: (p) => goDir(str(p)),
    osExt: (p) => goExt(str(p)),
    osClean: (p) => goClean(str(p)),
    osIsAbs: (p) => str(p).startsWith('/'),
    // hashes and encryption
    sha1sum: (s) => hexDigest('sha1', str(s)),
    sha256sum: (s) => hexDigest('sha256', str(s)),
    sha512sum: (s) => hexDigest('sha512', str(s)),
    adler32sum: (s) => {
        let a = 1;
        let b = 0;
        for (const byte of Buffer.from(str(s))) {
            a = (a + byte) % 65521;
            b = (b + a) % 65521;
        }
        return String(((b << 16) | a) >>> 0);
    },
    decryptAES,
    // JSON
    toJson: (v) => toJson(v, 0, true),
    mustToJson: (v) => toJson(v, 0, true),
    toRawJson: (v) => toJson(v, 0, false),
    mustToRawJson: (v) => toJson(v, 0, false),
    toPrettyJson: (v) => toJson(v, 2, true),
    mustToPrettyJson: (v) => toJson(v, 2, true),
    fromJson: (s) => {
        try {
            return JSON.parse(str(s));
        }
        catch {
            return null;
        }
    },
    mustFromJson: (s) => {
        try {
            return JSON.parse(str(s));
        }
        catch (error) {
            throw new goTemplate/* TemplateError */.$w(error instanceof Error ? error.message : String(error));
        }
    },
    // maps
    dict: (...args) => {
        const out = {};
        for (let i = 0; i < args.length; i += 2)
            out[str(args[i])] = i + 1 < args.length ? args[i + 1] : '';
        return out;
    },
    get: (map, key) => (isObj(map) && str(key) in map ? map[str(key)] : ''),
    set: (map, key, value) => Object.assign(mapArg(map, 'set'), { [str(key)]: value }),
    unset: (map, key) => {
        delete mapArg(map, 'unset')[str(key)];
        return map;
    },
    hasKey: (map, key) => str(key) in mapArg(map, 'hasKey'),
    keys: (...maps) => maps.flatMap((m) => Object.keys(mapArg(m, 'keys'))),
    values: (map) => Object.values(mapArg(map, 'values')),
    pick: (map, ...keys) => {
        const m = mapArg(map, 'pick');
        return Object.fromEntries(keys
            .map(str)
            .filter((k) => k in m)
            .map((k) => [k, m[k]]));
    },
    omit: (map, ...keys) => Object.fromEntries(Object.entries(mapArg(map, 'omit')).filter(([k]) => !keys.map(str).includes(k))),
    pluck: (key, ...maps) => maps
        .map((m) => mapArg(m, 'pluck'))
        .filter((m) => str(key) in m)
        .map((m) => m[str(key)]),
    dig: (...args) => {
        if (args.length < 3)
            throw new goTemplate/* TemplateError */.$w('dig needs at least three arguments');
        let value = mapArg(args.at(-1), 'dig');
        for (const key of args.slice(0, -2)) {
            if (!isObj(value))
                throw new goTemplate/* TemplateError */.$w('dig: a key leads to a value that is not a map');
            if (!(str(key) in value))
                return args.at(-2);
            value = value[str(key)];
        }
        return value;
    },
    merge: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'merge'), false), mapArg(target, 'merge')),
    mustMerge: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mustMerge'), false), mapArg(target, 'mustMerge')),
    mergeOverwrite: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mergeOverwrite'), true), mapArg(target, 'mergeOverwrite')),
    mustMergeOverwrite: (target, ...sources) => sources.reduce((t, s) => mergeInto(t, mapArg(s, 'mustMergeOverwrite'), true), mapArg(target, 'mustMergeOverwrite')),
    deepCopy: (v) => {
        if (v === null || v === undefined)
            throw new goTemplate/* TemplateError */.$w('reflect: call of reflect.Value.Type on zero Value');
        return structuredClone(v);
    },
    mustDeepCopy: (v) => {
        if (v === null || v === undefined)
            throw new goTemplate/* TemplateError */.$w('copy: Must not be nil');
        return structuredClone(v);
    },
    // semantic versions (Masterminds/semver v3)
    semver: (v) => parseSemver(str(v)),
    semverCompare: (range, version) => {
        const v = parseSemver(str(version));
        return semver_default().satisfies(v.toString(), str(range).replace(/(^|[\s,|])v(?=\d)/g, '$1'), {
            includePrerelease: false,
        });
    },
    // urls
    urlParse: (v) => urlParse(str(v)),
    urlJoin: (d) => urlJoin(d),
    // types, as Go's reflect names them for JSON parameters
    kindOf,
    typeOf: (v) => (v instanceof goTemplate/* GoObject */.MV ? v.goType : typeName(v)),
    kindIs: (kind, v) => kindOf(v) === str(kind),
    typeIs: (type, v) => (v instanceof goTemplate/* GoObject */.MV ? v.goType : typeName(v)) === str(type),
    typeIsLike: (type, v) => {
        const t = v instanceof goTemplate/* GoObject */.MV ? v.goType : typeName(v);
        return t === str(type) || t === `*${str(type)}`;
    },
    deepEqual: (a, b) => deepEqual(a, b),
};
for (const name of RANDOM)
    FUNCTIONS[name] = refuse(name, 'whose result is random each time Argo CD renders it');
for (const name of NOT_MODELLED)
    FUNCTIONS[name] = refuse(name, 'which Slipway does not model');
/** Argo CD's function set (sprig's generic map, less env, expandenv and getHostByName, plus its own). */
const SPRIG_FUNCTIONS = Object.freeze(FUNCTIONS);
function mapArg(v, fn) {
    if (isObj(v))
        return v;
    throw new goTemplate/* TemplateError */.$w(`wrong type for value; expected map[string]interface {}; got ${typeName(v)} (${fn})`);
}
function trimChars(s, cut) {
    const chars = new Set(cut);
    const list = [...s];
    let a = 0;
    let b = list.length;
    while (a < b && chars.has(list[a]))
        a++;
    while (b > a && chars.has(list[b - 1]))
        b--;
    return list.slice(a, b).join('');
}
/** The indentation of indent/nindent, refused before it is built when the result would be too long. */
function padding(n, s) {
    const width = Math.max(0, toInt64(n));
    (0,goTemplate/* checkValueChars */.dO)(str(s).length + width * str(s).split('\n').length);
    return ' '.repeat(width);
}
/** Whether `p` is its own path.Clean: no empty, `.` or `..` element and no trailing slash (most paths are). */
function isClean(p) {
    if (p === '/')
        return true;
    if (p === '')
        return false;
    let start = p.charCodeAt(0) === 47 ? 1 : 0;
    for (let i = start; i <= p.length; i++) {
        if (i < p.length && p.charCodeAt(i) !== 47)
            continue;
        const length = i - start;
        if (length === 0)
            return false;
        if (p.charCodeAt(start) === 46 && (length === 1 || (length === 2 && p.charCodeAt(start + 1) === 46)))
            return false;
        start = i + 1;
    }
    return true;
}
/** Go's path.Clean. */
function goClean(p) {
    if (isClean(p))
        return p;
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out.at(-1) !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
function goBase(p) {
    if (p === '')
        return '.';
    let end = p.length;
    while (end > 0 && p.charCodeAt(end - 1) === 47)
        end--;
    if (end === 0)
        return '/';
    return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}
function goDir(p) {
    // Clean(dir + "/") is Clean(dir) for a dir that is not empty
    const slash = p.lastIndexOf('/');
    return slash > 0 ? goClean(p.slice(0, slash)) : goClean(p.slice(0, slash + 1));
}
function goExt(p) {
    for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--)
        if (p[i] === '.')
            return p.slice(i);
    return '';
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/argo/trackedRevision.ts
var trackedRevision = __webpack_require__(1226);
// EXTERNAL MODULE: ./src/core/countText.ts
var countText = __webpack_require__(2895);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets/context.ts


const context_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const asObj = (v) => (context_isObj(v) ? v : {});
/** Applications (parameter sets) one ApplicationSet may generate; docs/security.md, "Budgets". */
const MAX_GENERATED_APPS = 10_000;
function tooManyApps() {
    return new goTemplate/* BudgetExceeded */.L$(`it generates more than ${(0,countText/* countText */.l)(MAX_GENERATED_APPS)} Applications (limit generatedApps)`);
}
const countApps = (out, more = 0) => {
    if (out.length + more > MAX_GENERATED_APPS)
        throw tooManyApps();
};
/** Whether a parameter set has any parameter (without listing them). */
function hasKeys(params) {
    for (const key in params)
        if (Object.prototype.hasOwnProperty.call(params, key))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/core/argo/labelSelector.ts
// A generator's `selector`: a Kubernetes label selector (matchLabels, matchExpressions with In, NotIn,
// Exists, DoesNotExist) that Argo CD applies to each parameter set, flattened with dots (`path.basename`,
// `values.env`, a list's items as `.0`, `.1`). Argo CD's copy of LabelSelectorAsSelector puts no limit on
// label values; keys and operators are checked as Kubernetes checks them, and a bad one is an error.
class BadSelector extends Error {
}
const labelSelector_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
// a qualified name: an optional DNS-subdomain prefix and `/`, then 1\u201363 alphanumerics, `-`, `_`, `.`
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function checkKey(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash === -1 ? undefined : key.slice(0, slash);
    const name = slash === -1 ? key : key.slice(slash + 1);
    if (!NAME.test(name) || (prefix !== undefined && (prefix.length > 253 || !PREFIX.test(prefix))))
        throw new BadSelector(`its selector key ${JSON.stringify(key)} is not a valid label key`);
}
const labelSelector_text = (v) => (typeof v === 'string' ? v : String(v));
/** The selector as a test on flattened parameters; throws BadSelector as Argo CD would fail it. */
function labelSelector(selector) {
    if (selector === null)
        return () => true;
    if (!labelSelector_isObj(selector))
        throw new BadSelector('its selector is not a map');
    const requirements = [];
    const matchLabels = selector.matchLabels ?? {};
    if (!labelSelector_isObj(matchLabels))
        throw new BadSelector('its selector matchLabels is not a map');
    for (const [key, value] of Object.entries(matchLabels)) {
        checkKey(key);
        const wanted = labelSelector_text(value);
        requirements.push((labels) => labels.get(key) === wanted);
    }
    const expressions = selector.matchExpressions ?? [];
    if (!Array.isArray(expressions))
        throw new BadSelector('its selector matchExpressions is not a list');
    for (const expression of expressions) {
        const e = labelSelector_isObj(expression) ? expression : {};
        const key = labelSelector_text(e.key ?? '');
        checkKey(key);
        const values = Array.isArray(e.values) ? e.values.map(labelSelector_text) : [];
        switch (e.operator) {
            case 'In':
            case 'NotIn': {
                if (values.length === 0)
                    throw new BadSelector(`its selector ${String(e.operator)} on ${key} has no values`);
                const set = new Set(values);
                requirements.push(e.operator === 'In'
                    ? (labels) => labels.has(key) && set.has(labels.get(key))
                    : (labels) => !labels.has(key) || !set.has(labels.get(key)));
                break;
            }
            case 'Exists':
            case 'DoesNotExist':
                if (values.length > 0)
                    throw new BadSelector(`its selector ${String(e.operator)} on ${key} must have no values`);
                requirements.push(e.operator === 'Exists' ? (labels) => labels.has(key) : (labels) => !labels.has(key));
                break;
            default:
                throw new BadSelector(`its selector operator ${JSON.stringify(String(e.operator))} is not In, NotIn, Exists or DoesNotExist`);
        }
    }
    return (labels) => requirements.every((r) => r(labels));
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/errors.ts
// The errors an ApplicationSet's expansion raises, and how each becomes the reason it is not previewed:
// a generator Slipway does not model, input Argo CD refuses too, a generator reading another revision.




/** A generator Slipway does not model: the ApplicationSet is not previewed, with this reason. */
class NotModeled extends Error {
}
/** A git generator reading another revision of this repository than the pull request's branch (trackedRevision.ts). */
class OtherRevisionGenerator extends NotModeled {
    revision;
    constructor(revision) {
        const name = (0,trackedRevision/* revisionName */.pd)(revision);
        super(`its git generator reads revision ${(0,plainText/* plainText */.w)(name)}, not the pull request's branch, and its template deploys from this branch (list the revision in track-revisions if it follows the branch)`);
        this.revision = name;
    }
}
/** Input Argo CD refuses too (a YAML field or generator file that does not parse): the reason names it. */
class BadInput extends Error {
}
const nestedTooDeep = (kind) => new BadInput(`a ${kind} generator inside two levels of matrix or merge, which Argo CD does not read (child generator generated no parameters)`);
/**
 * Why generating failed, for the not-previewed list: the errors Slipway raises say what and where; any
 * other (a stack overflow on absurd input) is named by its kind only, never with the content it quotes.
 */
function failure(error) {
    if (error instanceof NotModeled ||
        error instanceof goTemplate/* TemplateError */.$w ||
        error instanceof BadInput ||
        error instanceof BadSelector)
        return error.message;
    const kind = error instanceof Error ? error.name : typeof error;
    return `it could not be expanded (${kind})`;
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/renderTemplate.ts
// A template's strings rendered as Argo CD's Render.Replace renders them: Go's text/template with sprig
// (goTemplate.ts) or the legacy fasttemplate substitution; every string of a value, map keys too. A
// template rendered with many parameter sets is compiled once (compileValue).


/** Renders one string as Argo CD's Render.Replace does: Go's text/template with sprig, or fasttemplate. */
function replace(text, params, ctx, missingKeyError) {
    if (ctx.goTemplate)
        return (0,goTemplate/* renderGoTemplate */.dy)(text, params, missingKeyError === undefined ? ctx.options : { ...ctx.options, missingKeyError });
    return (0,goTemplate/* renderLegacyTemplate */._w)(text, params);
}
/** Every string of a value, map keys too (deeplyReplace); null map entries are dropped. */
function renderValue(value, params, ctx) {
    ctx.options.budget.step();
    if (typeof value === 'string') {
        const rendered = replace(value, params, ctx);
        ctx.options.budget.rendered(rendered.length);
        return rendered;
    }
    if (Array.isArray(value))
        return value.map((v) => renderValue(v, params, ctx));
    if (context_isObj(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            out[replace(k, params, ctx)] = renderValue(v, params, ctx);
        }
        return out;
    }
    return value;
}
/**
 * One string of a template, compiled: a parse error is thrown when (and each time) it is rendered, as
 * renderValue throws it. `counted`: a string value (not a key), one step of the budget and its text
 * counted as rendered output, as renderValue counts it.
 */
function compileString(text, ctx, counted) {
    const budget = ctx.options.budget;
    if (!text.includes('{{')) {
        if (!counted)
            return () => text;
        return () => {
            budget.step();
            budget.rendered(text.length);
            return text;
        };
    }
    if (ctx.goTemplate) {
        let compiled;
        try {
            compiled = (0,goTemplate/* compileGoTemplate */._1)(text, ctx.options.functions);
        }
        catch (error) {
            return () => {
                if (counted)
                    budget.step();
                throw error;
            };
        }
        return compiled.renderer(ctx.options, counted);
    }
    if (!counted)
        return (params) => (0,goTemplate/* renderLegacyTemplate */._w)(text, params);
    return (params) => {
        budget.step();
        const rendered = (0,goTemplate/* renderLegacyTemplate */._w)(text, params);
        budget.rendered(rendered.length);
        return rendered;
    };
}
/**
 * renderValue compiled once per template: each string (map keys too) parsed once, and every rendering
 * builds fresh maps and lists of its own (no copy needed afterwards), with the same steps of the budget.
 */
function compileValue(value, ctx) {
    const budget = ctx.options.budget;
    if (typeof value === 'string')
        return compileString(value, ctx, true);
    if (Array.isArray(value)) {
        const items = value.map((v) => compileValue(v, ctx));
        return (params) => {
            budget.step();
            const out = new Array(items.length);
            for (let i = 0; i < items.length; i++)
                out[i] = items[i](params);
            return out;
        };
    }
    if (context_isObj(value)) {
        const keys = [];
        const values = [];
        for (const [k, v] of Object.entries(value)) {
            if (v === null)
                continue;
            keys.push(compileString(k, ctx, false));
            values.push(compileValue(v, ctx));
        }
        if (Object.keys(value).every((k) => !k.includes('{{'))) {
            // keys as written (most maps): each rendering copies a map that has them already, in their order,
            // with the strings that have no action (their own rendering) in it: those are only counted, in
            // their turn, as renderValue counts them
            const entries = Object.entries(value).filter(([, v]) => v !== null);
            const names = entries.map(([k]) => k);
            const fixed = entries.map(([, v]) => (typeof v === 'string' && !v.includes('{{') ? v.length : -1));
            const shape = {};
            for (const [k, v] of entries)
                shape[k] = typeof v === 'string' && !v.includes('{{') ? v : null;
            return (params) => {
                budget.step();
                const out = { ...shape };
                for (let i = 0; i < names.length; i++) {
                    const length = fixed[i];
                    if (length < 0)
                        out[names[i]] = values[i](params);
                    else {
                        budget.step();
                        budget.rendered(length);
                    }
                }
                return out;
            };
        }
        return (params) => {
            budget.step();
            const out = {};
            for (let i = 0; i < keys.length; i++)
                out[keys[i](params)] = values[i](params);
            return out;
        };
    }
    return () => {
        budget.step();
        return value;
    };
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/parameterMaps.ts
// Parameter maps as Argo CD combines them: a generator's `values` rendered into its parameter sets,
// mergo's merge of two sets, and the flattened form legacy templates and selectors read.




/** flatten.Flatten(obj, "", DotStyle) with fmt %v values: the legacy templates' parameters of a file. */
function flatten(value, prefix, out) {
    // jeremywohl/flatten: an empty map or list gives no key at all
    if (context_isObj(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else if (Array.isArray(value)) {
        value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
    }
    else
        out[prefix] = (0,goTemplate/* goString */.WF)(value);
    return out;
}
/** A generator's `values` (map[string]string in Argo CD's types), each string checked. */
function valuesOf(spec, kind) {
    if (spec.values === undefined || spec.values === null)
        return {};
    if (!context_isObj(spec.values))
        throw new BadInput(`its ${kind} generator's values is not a map of strings`);
    const values = {};
    for (const [k, v] of Object.entries(spec.values)) {
        if (typeof v !== 'string')
            throw new BadInput(`its ${kind} generator's values.${k} is not a string, as Argo CD requires`);
        values[k] = v;
    }
    return values;
}
/**
 * appendTemplatedValues: each value rendered with the parameter set it belongs to, then added as
 * `.values.<key>` (`values.<key>` in legacy templates); a `values` parameter of the set is replaced.
 */
function withValues(params, values, ctx) {
    const keys = Object.keys(values);
    if (keys.length === 0)
        return params;
    const rendered = {};
    for (const k of keys) {
        const text = replace(values[k], params, ctx);
        ctx.options.budget.rendered(text.length);
        rendered[ctx.goTemplate ? k : `values.${k}`] = text;
    }
    return ctx.goTemplate ? { ...params, values: rendered } : { ...params, ...rendered };
}
/** mergo.Merge(dst, src, WithOverride) on parameter maps: maps merged key by key, anything else replaced. */
function mergeOver(dst, src) {
    const out = { ...dst };
    for (const [k, v] of Object.entries(src)) {
        if (v === null || v === undefined)
            continue;
        out[k] = context_isObj(v) && context_isObj(out[k]) ? mergeOver(out[k], v) : v;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/argo/applicationSets/syncPolicy.ts
var syncPolicy = __webpack_require__(8536);
// EXTERNAL MODULE: ./src/core/yaml/documentBounds.ts
var documentBounds = __webpack_require__(3631);
// EXTERNAL MODULE: ./src/core/yaml/manifestMaps.ts
var manifestMaps = __webpack_require__(4933);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets/yamlData.ts
// Data an ApplicationSet reads from YAML text (a git files generator's file, a list's elementsYaml, a
// rendered templatePatch), within the document limits; an error names what was read, never its text.




/** Data in a YAML string or file, read within the document limits; the error names `what`, never the text. */
function parseData(text, what) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { ...manifestMaps/* MANIFEST_YAML_OPTIONS */.Fl, lineCounter });
    const error = doc.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new BadInput(`${what} is not valid YAML or JSON (line ${line})`);
    }
    const problem = (0,documentBounds/* documentBoundsProblem */.OA)(doc);
    if (problem !== undefined)
        throw new BadInput(`${what} ${problem}`);
    return doc.toJS({ maxAliasCount: -1 });
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/templatePatch.ts
// A generator's own template merged over the ApplicationSet's, and templatePatch as Argo CD applies it to
// each rendered Application: rendered, checked against an Application's shape, merged; the project
// cannot be patched.




/** mergo.Merge(generatorTemplate, appSetTemplate): the generator's own template wins, field by field. */
function deepMerge(base, patch) {
    if (!context_isObj(patch))
        return patch;
    const out = context_isObj(base) ? { ...base } : {};
    for (const [k, v] of Object.entries(patch))
        out[k] = v === null ? v : deepMerge(out[k], v);
    return out;
}
/** What a templatePatch may not set to another type (Argo CD unmarshals it into an Application first). */
const PATCH_SHAPES = [
    [['metadata'], 'map'],
    [['metadata', 'labels'], 'map'],
    [['metadata', 'annotations'], 'map'],
    [['metadata', 'finalizers'], 'list'],
    [['metadata', 'name'], 'string'],
    [['metadata', 'namespace'], 'string'],
    [['spec'], 'map'],
    [['spec', 'project'], 'string'],
    [['spec', 'source'], 'map'],
    [['spec', 'sources'], 'list'],
    [['spec', 'destination'], 'map'],
    [['spec', 'syncPolicy'], 'map'],
    [['spec', 'ignoreDifferences'], 'list'],
    [['spec', 'info'], 'list'],
];
function checkPatchShape(patch) {
    for (const [path, type] of PATCH_SHAPES) {
        let v = patch;
        for (const key of path)
            v = context_isObj(v) ? v[key] : undefined;
        if (v === undefined || v === null)
            continue;
        const ok = type === 'map' ? context_isObj(v) : type === 'list' ? Array.isArray(v) : typeof v === 'string';
        if (!ok)
            throw new BadInput(`its templatePatch is invalid: ${path.join('.')} must be a ${type}, as an Application has it`);
    }
}
/** templatePatch on one rendered Application: rendered, checked, merged; the project cannot be patched. */
function applyTemplatePatch(app, patchTemplate, params, ctx) {
    const rendered = replace(patchTemplate, params, ctx);
    ctx.options.budget.rendered(rendered.length);
    const patch = parseData(rendered, 'its templatePatch, rendered,');
    if (patch === null || patch === undefined)
        return app;
    if (!context_isObj(patch))
        throw new BadInput('its templatePatch is invalid: it does not render to a map');
    checkPatchShape(patch);
    const patched = asObj(deepMerge(app, patch));
    const project = asObj(app.spec).project;
    if (context_isObj(patched.spec)) {
        if (project === undefined)
            delete patched.spec.project;
        else
            patched.spec = { ...patched.spec, project };
    }
    return patched;
}

// EXTERNAL MODULE: ./src/core/argo/clusters.ts
var clusters = __webpack_require__(3598);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets/generators/clusters.ts
// The cluster generator, from the cluster definitions given (clusters.ts): the clusters its selector
// chooses, the local cluster unless a selector is set, each with the generator's `values`.






/** The message of an ApplicationSet whose cluster generator has no cluster definitions to read. */
const NEEDS_CLUSTERS = 'needs cluster definitions (input `clusters`)';
/** A cluster as the cluster generator gives it (getClusterParameters): nested metadata, or flat keys. */
function clusterParams(cluster, ctx, local) {
    const params = {
        name: cluster.name,
        nameNormalized: local ? cluster.name : sanitizeName(cluster.name),
        server: cluster.server,
        project: cluster.project ?? '',
    };
    if (local)
        return params;
    const labels = cluster.labels ?? {};
    const annotations = cluster.annotations ?? {};
    if (ctx.goTemplate) {
        params.metadata = {
            ...(Object.keys(annotations).length > 0 && { annotations: { ...annotations } }),
            ...(Object.keys(labels).length > 0 && { labels: { ...labels } }),
        };
        return params;
    }
    for (const [k, v] of Object.entries(annotations))
        params[`metadata.annotations.${k}`] = v;
    for (const [k, v] of Object.entries(labels))
        params[`metadata.labels.${k}`] = v;
    return params;
}
/**
 * The cluster generator: the clusters whose Secret labels match its `selector` (the cluster Secret label
 * always required), each with its `values`; the local cluster last, unless a selector is set or a Secret
 * names its server; `flatList`: one parameter set holding them all as `clusters`.
 */
function clustersParams(spec, ctx) {
    const set = ctx.clusters;
    if (!set)
        throw new NotModeled(`its clusters generator ${NEEDS_CLUSTERS}`);
    if ('problem' in set)
        throw new NotModeled(`its clusters generator cannot be expanded: ${set.problem}`);
    const values = valuesOf(spec, 'clusters');
    const selector = context_isObj(spec.selector) ? spec.selector : {};
    const matchLabels = context_isObj(selector.matchLabels) ? selector.matchLabels : {};
    const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    const selects = labelSelector(spec.selector === undefined || spec.selector === null ? {} : spec.selector);
    // the local cluster has no Secret, so no labels to match: any selector leaves it out
    const ignoreLocal = Object.keys(matchLabels).length > 0 || expressions.length > 0;
    // keyed by cluster name, the Secret listed last winning (getSecretsByClusterName)
    const chosen = new Map();
    for (const c of set.clusters)
        if (c.labels[clusters/* CLUSTER_SECRET_LABEL */.lH] === 'cluster' && selects(new Map(Object.entries(c.labels))))
            chosen.set(c.name, c);
    const out = [...chosen.values()].map((c) => withValues(clusterParams(c, ctx, false), values, ctx));
    if (!ignoreLocal && ![...chosen.values()].some((c) => c.server === clusters/* IN_CLUSTER_SERVER */.hb))
        out.push(withValues(clusterParams({ name: clusters/* IN_CLUSTER_NAME */.hD, server: clusters/* IN_CLUSTER_SERVER */.hb }, ctx, true), values, ctx));
    countApps(out);
    return spec.flatList === true ? [{ clusters: out }] : out;
}

// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/argo/gitPathspec.ts
var gitPathspec = __webpack_require__(6557);
// EXTERNAL MODULE: ./src/core/argo/pathMatch.ts
var pathMatch = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/core/argo/repoUrl.ts
var repoUrl = __webpack_require__(1896);
;// CONCATENATED MODULE: ./src/core/argo/applicationSets/generators/git.ts
// The git generator on this repository: directories matched with Go's path.Match (`exclude` too), files
// with git's pathspec or the newer doublestar globbing, each file's parameter sets, the `.path.*`
// parameters under pathParamPrefix, and the generator's `values`.











/** Go's path.Dir and path.Base, as Argo CD names the folders and files it generates from. */
function git_goDir(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '.' : path.slice(0, slash) || '/';
}
const git_goBase = (path) => (path === '' ? '.' : path.slice(path.lastIndexOf('/') + 1));
/** `.path.*` parameters (or `path`, `path.basename`\u2026 in legacy templates), under pathParamPrefix if set. */
function pathParams(path, ctx, prefix, file) {
    const basename = git_goBase(path);
    if (ctx.goTemplate) {
        // built in one go, in the order Argo CD's keys are listed (one object per generated app)
        const nested = file === undefined
            ? {
                path,
                basename,
                basenameNormalized: sanitizeName(basename),
                segments: path.split('/'),
            }
            : {
                path,
                basename,
                filename: file,
                basenameNormalized: sanitizeName(basename),
                filenameNormalized: sanitizeName(file),
                segments: path.split('/'),
            };
        return prefix ? { [prefix]: { path: nested } } : { path: nested };
    }
    const details = {
        path,
        basename,
        ...(file !== undefined && { filename: file }),
        basenameNormalized: sanitizeName(basename),
        ...(file !== undefined && { filenameNormalized: sanitizeName(file) }),
    };
    const name = prefix ? `${prefix}.path` : 'path';
    const flat = {};
    for (const [k, v] of Object.entries(details))
        flat[k === 'path' ? name : `${name}.${k}`] = v;
    path.split('/').forEach((s, i) => {
        if (s !== '')
            flat[`${name}[${i}]`] = s;
    });
    return flat;
}
/** The repository's folders as Argo CD's repo server walks them: hidden folders and what is inside skipped. */
function folders(tree) {
    const out = new Set();
    // a folder seen before has had its parents added already; the last one seen (the folder of the file
    // before, most often) is recognised without cutting the path
    let last = '';
    for (const path of tree.keys()) {
        const slash = path.lastIndexOf('/');
        if (slash === last.length && slash > 0 && path.startsWith(last))
            continue;
        for (let d = (0,fileTree/* dirname */.pD)(path); d !== '' && !out.has(d); d = (0,fileTree/* dirname */.pD)(d))
            out.add(d);
        last = (0,fileTree/* dirname */.pD)(path);
    }
    // a hidden folder: one of its names starts with a dot
    return [...out].filter((d) => !d.startsWith('.') && !d.includes('/.')).sort();
}
/** A file of the tree as the repo server reads it, or an error naming it. */
function fileText(path, ctx) {
    const entry = ctx.tree.get(path);
    if (entry?.text !== undefined)
        return entry.text;
    if (entry?.tooLarge)
        throw new BadInput(`its git files generator file ${path} is over the size limit, so it was not read`);
    throw new NotModeled(`its git files generator file ${path} is a symbolic link`);
}
/** One git files generator file: a map, or a list of maps (sigs.k8s.io/yaml, as Argo CD reads it). */
function fileParamSets(path, ctx) {
    const what = `its git files generator file ${path}`;
    const content = parseData(fileText(path, ctx), what);
    if (content === null || content === undefined)
        return [{}];
    if (context_isObj(content))
        return [content];
    if (Array.isArray(content) && content.every((c) => c === null || context_isObj(c)))
        return content.map((c) => (context_isObj(c) ? c : {}));
    throw new BadInput(`${what} is not a YAML or JSON map, nor a list of maps (Argo CD: unable to parse file)`);
}
function gitParams(git, ctx) {
    if (!ctx.repoUrls.some((url) => (0,repoUrl/* sameRepo */.Zj)(url, (0,plainText/* plainText */.w)(git.repoURL, ''))))
        throw new NotModeled(`its git generator reads ${String(git.repoURL)}`);
    if (!(0,trackedRevision/* tracksBranch */.NO)(git.revision, ctx.tracking))
        throw new OtherRevisionGenerator(git.revision);
    const values = valuesOf(git, 'git');
    const prefix = typeof git.pathParamPrefix === 'string' ? git.pathParamPrefix : '';
    const out = [];
    const directories = Array.isArray(git.directories) ? git.directories.map(asObj) : [];
    const files = Array.isArray(git.files) ? git.files.map(asObj) : [];
    // what the generator reads of the tree, for a kept tree index (every pattern, excluding ones too)
    if (directories.length > 0)
        ctx.reads?.folders.push(...directories.map((d) => (0,plainText/* plainText */.w)(d.path, '')));
    else
        ctx.reads?.files.push(...files.map((f) => ({ pattern: (0,plainText/* plainText */.w)(f.path, ''), doublestar: ctx.newGitFileGlobbing })));
    if (directories.length > 0) {
        // Go's path.Match on each folder: `*` stays within one segment, `**` too. Argo CD logs a malformed
        // pattern and lets it match nothing; a linear-time matcher, whatever the pattern
        const match = (pattern) => {
            try {
                return (0,pathMatch/* pathMatcher */.kZ)((0,plainText/* plainText */.w)(pattern, ''));
            }
            catch (error) {
                if (error instanceof pathMatch/* BadPattern */.wO)
                    return () => false;
                throw error;
            }
        };
        const include = directories.filter((d) => d.exclude !== true).map((d) => match(d.path));
        const exclude = directories.filter((d) => d.exclude === true).map((d) => match(d.path));
        const [budget, steps, valued] = [ctx.options.budget, include.length + exclude.length, hasKeys(values)];
        for (const dir of ctx.directories ?? folders(ctx.tree)) {
            budget.step(steps);
            if (anyMatches(include, dir) && !anyMatches(exclude, dir)) {
                const params = pathParams(dir, ctx, prefix);
                out.push(valued ? withValues(params, values, ctx) : params);
                if (out.length > MAX_GENERATED_APPS)
                    throw tooManyApps();
            }
        }
        return out;
    }
    if (files.length === 0)
        throw new BadInput('its git generator has neither directories nor files');
    const include = files.filter((f) => f.exclude !== true).map((f) => (0,plainText/* plainText */.w)(f.path, ''));
    const exclude = files.filter((f) => f.exclude === true).map((f) => (0,plainText/* plainText */.w)(f.path, ''));
    const matchers = (patterns) => patterns.map((p) => (0,gitPathspec/* gitFilesMatcher */.W)(p, ctx.newGitFileGlobbing));
    const [wanted, unwanted] = [matchers(include), matchers(exclude)];
    const paths = [...ctx.tree.keys()]
        .filter((path) => wanted.some((m) => m(path)) && !unwanted.some((m) => m(path)))
        .sort();
    for (const path of paths) {
        ctx.options.budget.step(wanted.length + unwanted.length);
        for (const item of fileParamSets(path, ctx)) {
            const own = ctx.goTemplate ? structuredClone(item) : flatten(item, '', {});
            const params = { ...own, ...pathParams(git_goDir(path), ctx, prefix, git_goBase(path)) };
            out.push(withValues(params, values, ctx));
            countApps(out);
        }
    }
    return out;
}
/** Whether one of the matchers matches `path` (a loop: no closure per folder). */
function anyMatches(matchers, path) {
    for (let i = 0; i < matchers.length; i++)
        if (matchers[i](path))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/generators/list.ts
// The list generator: its elements, and the list its elementsYaml holds; legacy templates take strings only.



function listParams(list, ctx) {
    const elements = Array.isArray(list.elements) ? list.elements : [];
    const out = elements.map((element) => {
        if (!context_isObj(element))
            throw new BadInput("its list generator's elements must each be a map");
        if (ctx.goTemplate)
            return structuredClone(element);
        // legacy templates: every element value a string, and `values` a map of strings
        const params = {};
        for (const [key, value] of Object.entries(element)) {
            if (key === 'values') {
                if (!context_isObj(value))
                    throw new BadInput("its list generator's element values is not a map");
                for (const [k, v] of Object.entries(value)) {
                    if (typeof v !== 'string')
                        throw new BadInput(`its list generator's element values.${k} is not a string`);
                    params[`values.${k}`] = v;
                }
            }
            else if (typeof value !== 'string')
                throw new BadInput(`its list generator's element field ${key} is not a string (legacy templates take strings only)`);
            else
                params[key] = value;
        }
        return params;
    });
    if (typeof list.elementsYaml === 'string' && list.elementsYaml !== '') {
        const fromYaml = parseData(list.elementsYaml, "its list generator's elementsYaml");
        if (fromYaml !== null && (!Array.isArray(fromYaml) || !fromYaml.every((e) => e === null || context_isObj(e))))
            throw new BadInput("its list generator's elementsYaml is not a list of maps, as Argo CD requires");
        for (const e of (fromYaml ?? []))
            out.push(context_isObj(e) ? e : {});
    }
    countApps(out);
    return out;
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/generators/matrix.ts
// The matrix generator: every pair of its two generators' parameter sets, the first's winning, the second
// given the first's; Argo CD's limits on its children and its depth.




/** Matrix: every pair, the first generator's parameters winning; the second sees the first's. */
function matrixParams(spec, ctx, depth, childParams) {
    if (depth >= 2)
        throw nestedTooDeep('matrix');
    const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
    const [first, second] = children;
    if (!first || !second)
        throw new BadInput('its matrix generator has fewer than two generators (Argo CD supports exactly two)');
    if (children.length > 2)
        throw new BadInput('its matrix generator has more than two generators (Argo CD supports exactly two)');
    const out = [];
    for (const left of childParams(first, ctx, depth)) {
        const rights = childParams(second, ctx, depth, left);
        // counted before the product is built: 3,000 \u00d7 3,000 stops here, not after 9 million objects
        countApps(out, rights.length);
        for (const right of rights) {
            if (ctx.goTemplate) {
                out.push(mergeOver(mergeOver({}, right), left));
                continue;
            }
            // CombineStringMaps: both as strings; one key with two values is an error
            const combined = Object.fromEntries(Object.entries(left).map(([k, v]) => [k, (0,goTemplate/* goString */.WF)(v)]));
            for (const [k, v] of Object.entries(right)) {
                const value = (0,goTemplate/* goString */.WF)(v);
                if (k in combined && combined[k] !== value)
                    throw new BadInput(`its matrix generator's two generators give parameter ${k} two different values, which Argo CD refuses`);
                combined[k] = value;
            }
            out.push(combined);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/generators/merge.ts
// The merge generator: its first generator's parameter sets, overridden by the later ones that agree on
// every merge key; Argo CD's validations of its children and keys.



/** Merge: the first generator's sets, overridden by later ones agreeing on every merge key. */
function mergeParams(spec, ctx, depth, childParams) {
    if (depth >= 2)
        throw nestedTooDeep('merge');
    const children = Array.isArray(spec.generators) ? spec.generators.map(asObj) : [];
    if (children.length < 2)
        throw new BadInput('its merge generator has fewer than two generators (Argo CD requires two or more)');
    const sets = children.map((child) => childParams(child, ctx, depth));
    const keys = [...new Set(Array.isArray(spec.mergeKeys) ? spec.mergeKeys.map(String) : [])].sort();
    if (keys.length === 0)
        throw new BadInput('its merge generator has no mergeKeys (Argo CD requires one)');
    // the key is the parameters' top-level values (json.Marshal of a map: keys sorted)
    const byKey = (paramSets, which) => {
        const out = new Map();
        for (const p of paramSets) {
            const key = JSON.stringify(Object.fromEntries(keys.map((k) => [k, p[k] ?? null])));
            if (out.has(key))
                throw new BadInput(`the parameter sets of its merge generator's generator ${which} are not unique by the mergeKeys ${keys.join(', ')}, as Argo CD requires`);
            out.set(key, p);
        }
        return out;
    };
    const base = byKey(sets[0], 1);
    sets.slice(1).forEach((paramSets, i) => {
        const overrides = byKey(paramSets, i + 2);
        for (const [key, p] of base) {
            const override = overrides.get(key);
            if (override)
                base.set(key, ctx.goTemplate ? mergeOver(p, override) : { ...p, ...override });
        }
    });
    return [...base.values()];
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets/transform.ts
// Argo CD's generators by kind, and its Transform: each generator a generator item names, the item's
// fields interpolated with an outer generator's parameters (a matrix's second child), its parameter sets
// filtered by `selector`. A generator is one entry of GENERATORS.











/** Argo CD's generators, by the field that names them in a generator (ApplicationSetGenerator). */
const GENERATOR_KINDS = [
    'list',
    'git',
    'matrix',
    'merge',
    'clusters',
    'clusterDecisionResource',
    'scmProvider',
    'pullRequest',
    'plugin',
];
/** The generators Slipway expands from the repository alone, by kind. */
const GENERATORS = {
    list: listParams,
    git: gitParams,
    matrix: (spec, ctx, depth) => matrixParams(spec, ctx, depth, childParams),
    merge: (spec, ctx, depth) => mergeParams(spec, ctx, depth, childParams),
    clusters: clustersParams,
};
/** The generators Slipway expands from the repository alone. */
const PREVIEWED_GENERATORS = GENERATOR_KINDS.filter((k) => GENERATORS[k]);
/** Argo CD's other generators: they read clusters, SCM providers or plugins, so they are not previewed. */
const OTHER_GENERATORS = GENERATOR_KINDS.filter((k) => !GENERATORS[k]);
/** The kinds a generator sets (Argo CD's GetRelevantGenerators); other fields are not read. */
function kindsOf(generator) {
    return GENERATOR_KINDS.filter((k) => generator[k] !== undefined && generator[k] !== null);
}
/**
 * The generator's fields with another generator's parameters in them (a matrix's second child): every
 * string rendered; `values` of the generator kinds that have them only where those parameters resolve
 * them (a missing key is left for the generator's own parameters).
 */
function interpolate(generator, outer, ctx) {
    const out = {};
    for (const [key, value] of Object.entries(generator)) {
        if (!context_isObj(value) || !GENERATOR_KINDS.includes(key) || !context_isObj(value.values)) {
            out[replace(key, outer, ctx)] = value === null ? value : renderValue(value, outer, ctx);
            continue;
        }
        const { values, ...rest } = value;
        const resolved = {};
        for (const [k, v] of Object.entries(values)) {
            if (typeof v !== 'string') {
                resolved[k] = v;
                continue;
            }
            try {
                resolved[k] = replace(v, outer, ctx, true);
            }
            catch (error) {
                if (!(error instanceof goTemplate/* TemplateError */.$w) || error instanceof goTemplate/* BudgetExceeded */.L$)
                    throw error;
                if (!/map has no entry for key|can't evaluate field/.test(error.message))
                    throw error;
                resolved[k] = v;
            }
        }
        out[key] = { ...asObj(renderValue(rest, outer, ctx)), values: resolved };
    }
    return out;
}
/**
 * Argo CD's Transform: each generator a generator item sets, its parameter sets filtered by `selector`.
 * A child of matrix or merge (`child`) must set exactly one.
 */
function transform(generator, ctx, depth, outer, child = false) {
    const kinds = kindsOf(generator);
    if (kinds.length === 0) {
        const other = Object.keys(generator).find((k) => !['selector', 'template', 'values'].includes(k));
        if (other !== undefined)
            throw new NotModeled(`the ${other} generator is not one Argo CD knows`);
        throw new BadInput(child
            ? 'a child of its matrix or merge generator names no generator (child generator generated no parameters)'
            : 'a generator names no generator (list, git, matrix, merge, \u2026)');
    }
    if (child && kinds.length > 1)
        throw new BadInput(`a child of its matrix or merge generator names more than one generator (${kinds.join(', ')}), which Argo CD refuses`);
    const selector = generator.selector === undefined ? undefined : labelSelector(generator.selector);
    const item = outer && Object.keys(outer).length > 0 ? interpolate(generator, outer, ctx) : generator;
    return kinds.map((kind) => {
        const fn = GENERATORS[kind];
        if (!fn)
            throw new NotModeled(`the ${kind} generator depends on more than this repository`);
        const spec = asObj(item[kind]);
        let params = fn(spec, ctx, depth);
        if (selector)
            params = params.filter((p) => selector(new Map(Object.entries(flatten(p, '', {})))));
        return { params, template: spec.template };
    });
}
/** The parameter sets of a matrix or merge child: exactly one generator, as Argo CD requires. */
function childParams(child, ctx, depth, outer) {
    const results = transform(child, ctx, depth + 1, outer, true);
    return results[0].params;
}

;// CONCATENATED MODULE: ./src/core/argo/applicationSets.ts

















/** The expander of a controller set up with these settings. */
const expanderOf = (settings) => (appSet, file, line, tree, repoUrls, tracking) => expandApplicationSet(appSet, file, line, tree, repoUrls, tracking, settings);
/**
 * The Applications an ApplicationSet generates from this repository alone. When Argo CD would fail to
 * generate (any generator or template fails), it changes none of the set's Applications: so nothing is
 * generated here either, and the set is listed as not previewed with the first reason.
 */
function expandApplicationSet(appSet, file, line, tree, repoUrls, tracking, settings = {}) {
    const name = (0,plainText/* plainText */.w)(asObj(appSet.metadata).name, '(unnamed)');
    const spec = asObj(appSet.spec);
    const policy = (0,syncPolicy/* policyOf */.US)(appSet);
    const options = Array.isArray(spec.goTemplateOptions) ? spec.goTemplateOptions.map(String) : [];
    const reads = { folders: [], files: [] };
    const ctx = {
        tree,
        reads,
        repoUrls,
        ...(tracking && { tracking }),
        goTemplate: spec.goTemplate === true,
        newGitFileGlobbing: settings.newGitFileGlobbing === true,
        ...(settings.clusters && { clusters: settings.clusters }),
        options: {
            missingKeyError: options.includes('missingkey=error'),
            functions: SPRIG_FUNCTIONS,
            budget: new goTemplate/* TemplateBudget */.YG(),
        },
    };
    const notPreviewed = (reason) => ({
        applications: [],
        notPreviewed: [{ name, file, line, reason: `ApplicationSet: ${reason}, not previewed` }],
        policy,
        reads,
    });
    // a malformed ApplicationSet generates nothing in Argo CD either: say so instead of dropping it
    if (!Array.isArray(spec.generators) || spec.generators.length === 0)
        return notPreviewed('it has no spec.generators list (Argo CD generates nothing from it)');
    const generators = spec.generators.filter(context_isObj);
    if (generators.length < spec.generators.length)
        return notPreviewed('each of spec.generators must be a map');
    const ownTemplate = (g) => kindsOf(g).every((k) => context_isObj(asObj(g[k]).template));
    if (!context_isObj(spec.template) && !generators.every(ownTemplate))
        return notPreviewed('it has no spec.template (Argo CD generates nothing from it)');
    const applications = [];
    const otherRevisions = [];
    const namespace = asObj(appSet.metadata).namespace;
    const templatePatch = typeof spec.templatePatch === 'string' ? spec.templatePatch : undefined;
    const finalizer = !policy.preserveResourcesOnDeletion;
    try {
        for (const generator of generators) {
            let results;
            try {
                results = transform(generator, ctx, 0);
            }
            catch (error) {
                // a generator reading another revision whose template deploys that revision too: its apps are
                // unaffected by the pull request (listed), and the set's other generators still count
                if (error instanceof OtherRevisionGenerator && !templateTracks(spec.template, generator, tracking)) {
                    otherRevisions.push({ name, file, line, revision: error.revision });
                    continue;
                }
                throw error;
            }
            for (const { params: paramSets, template: own } of results) {
                const template = deepMerge(spec.template, own ?? {});
                // compiled on the first parameter set: one parse per string of the template, not one per app
                let render;
                for (const params of paramSets) {
                    let app;
                    try {
                        // RenderTemplateParams: a set without parameters leaves the template as written
                        const templated = hasKeys(params);
                        app = templated
                            ? asObj((render ??= compileValue(template, ctx))(params))
                            : asObj(structuredClone(template));
                        const metadata = asObj(app.metadata);
                        const finalizers = metadata.finalizers;
                        if (templated && finalizer && !(Array.isArray(finalizers) && finalizers.length > 0))
                            metadata.finalizers = [syncPolicy/* RESOURCES_FINALIZER */.nd];
                        app.metadata = metadata;
                        if (templatePatch !== undefined)
                            app = applyTemplatePatch(app, templatePatch, params, ctx);
                    }
                    catch (error) {
                        if (error instanceof goTemplate/* TemplateError */.$w && !(error instanceof goTemplate/* BudgetExceeded */.L$))
                            throw new BadInput(`its template fails: ${error.message}`);
                        throw error;
                    }
                    // the Application lives in the ApplicationSet's namespace, whatever the template says
                    const metadata = asObj(app.metadata);
                    if (typeof namespace === 'string')
                        metadata.namespace = namespace;
                    else
                        delete metadata.namespace;
                    applications.push({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app, metadata });
                    if (applications.length > MAX_GENERATED_APPS)
                        throw tooManyApps();
                }
            }
        }
    }
    catch (error) {
        return notPreviewed(failure(error));
    }
    return {
        applications,
        notPreviewed: [],
        policy,
        reads,
        ...(otherRevisions.length > 0 && { otherRevisions }),
    };
}
function contextOf(options) {
    return {
        tree: options.tree,
        repoUrls: options.repoUrls,
        goTemplate: options.goTemplate,
        newGitFileGlobbing: options.newGitFileGlobbing === true,
        ...(options.directories && { directories: options.directories }),
        ...(options.clusters && { clusters: options.clusters }),
        options: {
            missingKeyError: (options.goTemplateOptions ?? []).includes('missingkey=error'),
            functions: SPRIG_FUNCTIONS,
            budget: new goTemplate/* TemplateBudget */.YG(),
        },
    };
}
/**
 * The parameter sets one entry of spec.generators gives, every generator it names together (Argo CD's
 * Transform): what tests hold to Argo CD's own test tables. Throws the error Argo CD would fail with.
 */
function generatorParams(generator, options) {
    return transform(generator, contextOf(options), 0).flatMap((r) => r.params);
}
/** Argo CD's appendTemplatedValues: `values` rendered with the parameter set and added to it. */
function templatedValues(values, params, options) {
    return withValues(params, values, contextOf(options));
}
/** Argo CD's applyTemplatePatch on one rendered Application (tests hold it to Argo CD's own table). */
function patchApplication(app, templatePatch, params, options) {
    return applyTemplatePatch(app, templatePatch, params, contextOf(options));
}
/**
 * Whether the apps a generator's template makes may deploy the pull request's branch: a source's
 * targetRevision that is templated (`{{\u2026}}`) or tracks the branch. A template whose every source names
 * another revision outright deploys what that revision holds.
 */
function templateTracks(template, generator, tracking) {
    const spec = asObj(asObj(deepMerge(template, generator.template ?? {})).spec);
    const sources = Array.isArray(spec.sources) ? spec.sources.map(asObj) : [asObj(spec.source)];
    return sources.some((source) => (typeof source.targetRevision === 'string' && source.targetRevision.includes('{{')) ||
        (source.chart === undefined && (0,trackedRevision/* tracksBranch */.NO)(source.targetRevision, tracking)));
}


/***/ })

};
