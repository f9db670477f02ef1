// Go's text/template, as Argo CD's ApplicationSet controller runs it on every string of a template: text
// and {{actions}} with trim markers and comments; pipelines with `|`; fields, variables (`$x :=`, `$`),
// literals and parenthesised pipelines; if / else if / else, range (lists and maps, `$i, $v :=`, else),
// with; the built-in functions and the functions given (Argo CD's sprig set, see sprigFunctions.ts).
// Printing and truthiness follow Go (`<no value>`, `map[a:1]`, `[a b]`, 1e+06). Parameters come from
// JSON, so numbers are float64 as in Argo CD. No npm package implements text/template with sprig well
// enough (the maintained ones stop at field lookups), so this one is written here and tested against
// Argo CD's documented examples (__tests__/core/goTemplate.test.ts).

import { countText } from '../countText.js';

export class TemplateError extends Error {}

export type TemplateFunction = (...args: unknown[]) => unknown;

/**
 * What one ApplicationSet's templates may cost (docs/security.md, "Budgets"): numbers no legitimate
 * ApplicationSet reaches, so that a template written to run forever or to fill memory — `range until
 * 1000000000`, nested ranges, a string doubled in a loop — ends quickly with a finding naming the limit.
 */
export const TEMPLATE_LIMITS = {
  /** Template steps (actions, function calls, range iterations, value nodes measured) per ApplicationSet. */
  steps: 2_000_000,
  /** Characters all of an ApplicationSet's templates render, every generated Application together. */
  outputChars: 32 * 1024 * 1024,
  /** Characters of one rendered string, and the size of one value a function returns. */
  valueChars: 1024 * 1024,
  /** Items of one list: `until`, `seq`, `untilStep`, `range` over an integer, any list a function returns. */
  listItems: 100_000,
  /** `{{if}}`, `{{range}}`, `{{with}}` and parentheses inside one another; levels of a value. */
  nesting: 100,
  /** Wall-clock time for one ApplicationSet's templates, a last resort behind the counts above. */
  timeMs: 10_000,
} as const;

/**
 * A function whose result Argo CD alone can know (it reads the clock or draws random numbers): the
 * template is not previewed, and the message says why.
 */
export class NotPreviewable extends TemplateError {}

/** A template went past one of TEMPLATE_LIMITS: the message names the limit. */
export class BudgetExceeded extends TemplateError {}

const LIMIT_TEXT: Record<keyof typeof TEMPLATE_LIMITS, string> = {
  steps: `more than ${countText(TEMPLATE_LIMITS.steps)} template steps`,
  outputChars: `more than ${countText(TEMPLATE_LIMITS.outputChars)} characters of rendered output`,
  valueChars: `a value of more than ${countText(TEMPLATE_LIMITS.valueChars)} characters`,
  listItems: `a list of more than ${countText(TEMPLATE_LIMITS.listItems)} items`,
  nesting: `nesting deeper than ${TEMPLATE_LIMITS.nesting} levels`,
  timeMs: `more than ${TEMPLATE_LIMITS.timeMs / 1000} s of template execution`,
};

export function budgetExceeded(limit: keyof typeof TEMPLATE_LIMITS): BudgetExceeded {
  return new BudgetExceeded(`it exceeds the template budget: ${LIMIT_TEXT[limit]} (limit ${limit})`);
}

/** Throws unless a list of `n` items is within the budget: called before the list is built. */
export function checkListItems(n: number): void {
  if (n > TEMPLATE_LIMITS.listItems) throw budgetExceeded('listItems');
}

/** Throws unless a string of `n` characters is within the budget: called before the string is built. */
export function checkValueChars(n: number): void {
  if (n > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
}

/** The running cost of one ApplicationSet's templates (one budget for all of its generated apps). */
export class TemplateBudget {
  private steps = 0;
  private output = 0;
  private nextClock = 4096;
  /** The step count at which step() looks further: the next clock reading, or past the limit. */
  private nextCheck = 4096;
  private readonly deadline: number;
  constructor(private readonly now: () => number = Date.now) {
    this.deadline = now() + TEMPLATE_LIMITS.timeMs;
  }

  /** One step (or n): most calls an addition and a comparison, the limit and the clock checked past nextCheck. */
  step(n = 1): void {
    if ((this.steps += n) >= this.nextCheck) this.check();
  }

  private check(): void {
    if (this.steps > TEMPLATE_LIMITS.steps) throw budgetExceeded('steps');
    if (this.steps >= this.nextClock) {
      this.nextClock = this.steps + 4096;
      if (this.now() > this.deadline) throw budgetExceeded('timeMs');
    }
    this.nextCheck = Math.min(this.nextClock, TEMPLATE_LIMITS.steps + 1);
  }

  /** Characters rendered into the generated Applications. */
  rendered(chars: number): void {
    this.output += chars;
    if (this.output > TEMPLATE_LIMITS.outputChars) throw budgetExceeded('outputChars');
  }
}

export interface TemplateOptions {
  /** `missingkey=error`: a missing map key is an error instead of `<no value>` (`missingkey=default`,
   * `invalid` and `zero` print `<no value>` alike for the maps Argo CD passes). */
  missingKeyError: boolean;
  functions: Readonly<Record<string, TemplateFunction>>;
  /** The ApplicationSet's budget, shared by every string it renders (a fresh one when absent). */
  budget?: TemplateBudget;
}

/** What a field lookup yields for a key the map does not have (Go's invalid reflect.Value). */
export const NO_VALUE = Symbol('no value');

/**
 * A Go value with methods and fields of its own (a *semver.Version, a time.Time): `(semver "1.2.3").Major`,
 * `(semver "1.2.3").Compare $v`; printed with its String method, as fmt does.
 */
export abstract class GoObject {
  /** The method `name`, when the value has one. */
  abstract method(name: string): TemplateFunction | undefined;
  /** The field `name`, or undefined when the value has none. */
  abstract field(name: string): unknown;
  /** The Go type's name, for error messages (`*semver.Version`). */
  abstract readonly goType: string;
  /** fmt.Sprint of the value. */
  abstract toString(): string;
}

/** Go's text/template options as Argo CD passes them (goTemplateOptions): only `missingkey=…` exists. */
export function templateOptionsError(options: readonly string[]): string | undefined {
  for (const option of options) {
    const m = /^missingkey=(.*)$/.exec(option);
    if (!m || !['default', 'invalid', 'zero', 'error'].includes(m[1] as string))
      return `goTemplateOptions has ${JSON.stringify(option)}, which Go's text/template does not recognise (it knows missingkey=default, invalid, zero and error)`;
  }
  return undefined;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipeline }
  | { kind: 'if' | 'with'; pipe: Pipeline; then: Node[]; else: Node[] }
  | { kind: 'range'; pipe: Pipeline; then: Node[]; else: Node[] };

interface Pipeline {
  decl: string[];
  assign: boolean;
  commands: Term[][];
  /** Each command's terms after the first (its arguments), sliced once at parse time. */
  rests: Term[][];
}

type Term =
  // base: 'dot', or the name of a variable ($x)
  | { kind: 'field'; base: string | Term; path: string[] }
  | { kind: 'ident'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'pipe'; pipe: Pipeline; path: string[] };

// ---------- lexing: text and actions

interface Action {
  body: string;
  trimLeft: boolean;
  trimRight: boolean;
}

function split(source: string): Array<string | Action> {
  const out: Array<string | Action> = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    if (open === -1) {
      out.push(source.slice(at));
      break;
    }
    out.push(source.slice(at, open));
    let i = open + 2;
    const trimLeft = source.startsWith('- ', i) || source.startsWith('-\t', i) || source.startsWith('-\n', i);
    if (trimLeft) i += 1;
    // find the closing }} outside quotes
    let quote: string | undefined;
    let close = -1;
    for (let j = i; j < source.length; j++) {
      const c = source[j];
      if (quote) {
        if (c === '\\' && quote !== '`') j++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === '`' || c === "'") quote = c;
      else if (source.startsWith('}}', j)) {
        close = j;
        break;
      }
    }
    if (close === -1) throw new TemplateError('unclosed action');
    let end = close;
    const trimRight = /\s-$/.test(source.slice(i, close));
    if (trimRight) end -= 1;
    out.push({ body: source.slice(i, end), trimLeft, trimRight });
    at = close + 2;
  }
  // apply trim markers to the neighbouring text
  for (let k = 0; k < out.length; k++) {
    const item = out[k];
    if (typeof item === 'string') continue;
    if (item?.trimLeft && typeof out[k - 1] === 'string') out[k - 1] = (out[k - 1] as string).trimEnd();
    if (item?.trimRight && typeof out[k + 1] === 'string') out[k + 1] = (out[k + 1] as string).trimStart();
  }
  return out;
}

type Token = {
  t: 'word' | 'string' | 'number' | 'var' | 'field' | 'char' | 'op';
  v: string;
  /** A field written right after `)`: `(pipeline).field` (with a space it is another argument). */
  glued?: boolean;
};

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < body.length && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      tokens.push({ t: 'string', v: String(JSON.parse(body.slice(i, j + 1))) });
      i = j + 1;
    } else if (c === '`') {
      const j = body.indexOf('`', i + 1);
      if (j === -1) throw new TemplateError('unterminated raw string');
      tokens.push({ t: 'string', v: body.slice(i + 1, j) });
      i = j + 1;
    } else if (c === "'") {
      const j = body.indexOf("'", i + 1);
      tokens.push({ t: 'char', v: body.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === '|' || c === ',') {
      tokens.push({ t: 'op', v: c });
      i++;
    } else if (body.startsWith(':=', i)) {
      tokens.push({ t: 'op', v: ':=' });
      i += 2;
    } else if (c === '=') {
      tokens.push({ t: 'op', v: '=' });
      i++;
    } else if (c === '$') {
      const m = /^\$\w*(\.\w+)*/.exec(body.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'var', v: m[0] });
      i += m[0].length;
    } else if (c === '.') {
      const m = /^(\.[\w]*)+/.exec(body.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'field', v: m[0], glued: body[i - 1] === ')' });
      i += m[0].length;
    } else if (/[-+\d]/.test(c)) {
      const m = /^[-+]?(0x[\da-fA-F]+|\d+(\.\d*)?([eE][-+]?\d+)?|\.\d+)/.exec(body.slice(i));
      if (!m) throw new TemplateError(`bad number in "${body}"`);
      tokens.push({ t: 'number', v: m[0] });
      i += m[0].length;
    } else {
      const m = /^[A-Za-z_]\w*/.exec(body.slice(i));
      if (!m) throw new TemplateError(`unexpected "${c}" in "${body}"`);
      tokens.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

// ---------- parsing

class PipelineParser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  pipeline(): Pipeline {
    const decl: string[] = [];
    let assign = false;
    // `$x :=`, `$i, $v :=`, `$x =`
    const save = this.i;
    while (this.tokens[this.i]?.t === 'var') {
      decl.push(this.tokens[this.i]!.v);
      this.i++;
      if (this.tokens[this.i]?.v === ',') this.i++;
      else break;
    }
    const op = this.tokens[this.i];
    if (decl.length > 0 && op?.t === 'op' && (op.v === ':=' || op.v === '=')) {
      assign = op.v === '=';
      this.i++;
    } else {
      decl.length = 0;
      this.i = save;
    }
    const commands: Term[][] = [this.command()];
    while (this.tokens[this.i]?.v === '|' && this.tokens[this.i]?.t === 'op') {
      this.i++;
      commands.push(this.command());
    }
    return { decl, assign, commands, rests: commands.map((terms) => terms.slice(1)) };
  }

  private command(): Term[] {
    const terms: Term[] = [];
    for (let token = this.tokens[this.i]; token; token = this.tokens[this.i]) {
      if (token.t === 'op' && (token.v === '|' || token.v === ')')) break;
      terms.push(this.term());
    }
    if (terms.length === 0) throw new TemplateError('missing value for command');
    return terms;
  }

  private term(): Term {
    const token = this.tokens[this.i++] as Token;
    switch (token.t) {
      case 'string':
        return { kind: 'literal', value: token.v };
      case 'char':
        return { kind: 'literal', value: token.v.codePointAt(0) };
      case 'number':
        return { kind: 'literal', value: Number(token.v) };
      case 'field':
        return {
          kind: 'field',
          base: 'dot',
          path: token.v
            .split('.')
            .slice(1)
            .filter((p) => p !== ''),
        };
      case 'var': {
        const [name, ...rest] = token.v.split('.');
        return { kind: 'field', base: name as string, path: rest };
      }
      case 'word':
        if (token.v === 'true' || token.v === 'false') return { kind: 'literal', value: token.v === 'true' };
        if (token.v === 'nil') return { kind: 'literal', value: null };
        return { kind: 'ident', name: token.v };
      case 'op': {
        if (token.v !== '(') throw new TemplateError(`unexpected "${token.v}"`);
        if (++this.depth > TEMPLATE_LIMITS.nesting) throw budgetExceeded('nesting');
        const pipe = this.pipeline();
        this.depth--;
        if (this.tokens[this.i++]?.v !== ')') throw new TemplateError('unclosed left paren');
        const next = this.tokens[this.i];
        let path: string[] = [];
        if (next?.t === 'field' && next.glued) {
          path = next.v.split('.').slice(1);
          this.i++;
        }
        return { kind: 'pipe', pipe, path };
      }
    }
  }
}

function parsePipeline(text: string): Pipeline {
  const parser = new PipelineParser(tokenize(text));
  const pipe = parser.pipeline();
  if (!parser.done()) throw new TemplateError(`unexpected text in "${text}"`);
  return pipe;
}

type Frame = { node: Extract<Node, { then: Node[] }>; inElse: boolean; elseIf?: boolean };

function parseTemplate(source: string): Node[] {
  const root: Node[] = [];
  const stack: Frame[] = [];
  const target = () => {
    const top = stack.at(-1);
    return top ? (top.inElse ? top.node.else : top.node.then) : root;
  };
  for (const item of split(source)) {
    if (typeof item === 'string') {
      if (item !== '') target().push({ kind: 'text', text: item });
      continue;
    }
    const body = item.body.trim();
    if (body.startsWith('/*')) continue;
    const [keyword, rest] = [/^\w+/.exec(body)?.[0] ?? '', body.replace(/^\w+/, '').trim()];
    if (keyword === 'if' || keyword === 'with' || keyword === 'range') {
      const node: Frame['node'] = { kind: keyword, pipe: parsePipeline(rest), then: [], else: [] };
      target().push(node);
      stack.push({ node, inElse: false });
      if (stack.length > TEMPLATE_LIMITS.nesting) throw budgetExceeded('nesting');
    } else if (keyword === 'else') {
      const top = stack.at(-1);
      if (!top || top.inElse) throw new TemplateError('unexpected {{else}}');
      top.inElse = true;
      const chained = /^(if|with)\s/.exec(rest);
      if (chained) {
        const node: Frame['node'] = {
          kind: chained[1] === 'if' ? 'if' : 'with',
          pipe: parsePipeline(rest.slice(chained[0].length)),
          then: [],
          else: [],
        };
        top.node.else.push(node);
        stack.push({ node, inElse: false, elseIf: true });
        if (stack.length > TEMPLATE_LIMITS.nesting) throw budgetExceeded('nesting');
      }
    } else if (keyword === 'end') {
      if (stack.length === 0) throw new TemplateError('unexpected {{end}}');
      while (stack.pop()?.elseIf);
    } else if (
      ['define', 'template', 'block', 'break', 'continue'].includes(keyword) &&
      !rest.startsWith(':')
    ) {
      throw new TemplateError(`{{${keyword}}} is not supported`);
    } else target().push({ kind: 'action', pipe: parsePipeline(body) });
  }
  if (stack.length > 0)
    throw new TemplateError('unexpected EOF: an {{if}}, {{range}} or {{with}} has no {{end}}');
  return root;
}

// ---------- values as Go sees them

export function isTrue(value: unknown): boolean {
  if (value instanceof GoObject) return true;
  if (value === NO_VALUE || value === null || value === undefined || value === false) return false;
  if (value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function goFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  // strconv.FormatFloat(x, 'g', -1, 64): %e when the exponent is < -4 or >= 6 (1e+06, 1.5e-05)
  if (exp < -4 || exp >= 6) {
    return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(x);
}

/** fmt.Sprint of one value. */
export function goString(value: unknown): string {
  if (value === NO_VALUE) return '<no value>';
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof GoObject) return value.toString();
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (typeof value === 'object')
    return `map[${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}:${goString(v)}`)
      .join(' ')}]`;
  return typeof value === 'function' ? '<func>' : (value as symbol).toString();
}

// ---------- execution

/** Variables of one block; the map is made only when the block declares one (most never do). */
class Scope {
  private vars: Map<string, unknown> | undefined;
  /** The root scope holds `$`, the data the template was executed with. */
  constructor(
    private readonly parent?: Scope,
    private readonly dollar?: unknown,
  ) {}
  get(name: string): unknown {
    if (this.vars?.has(name)) return this.vars.get(name);
    if (this.parent) return this.parent.get(name);
    if (name === '$') return this.dollar;
    throw new TemplateError(`undefined variable: ${name}`);
  }
  declare(name: string, value: unknown): void {
    (this.vars ??= new Map()).set(name, value);
  }
  assign(name: string, value: unknown): void {
    if (this.vars?.has(name) || !this.parent) this.declare(name, value);
    else this.parent.assign(name, value);
  }
}

const BUILTINS: Record<string, TemplateFunction> = {
  and: (...args) => args.find((a) => !isTrue(a)) ?? args.at(-1),
  or: (...args) => args.find((a) => isTrue(a)) ?? args.at(-1),
  not: (a) => !isTrue(a),
  len: (a) => {
    if (typeof a === 'string' || Array.isArray(a)) return a.length;
    if (a && typeof a === 'object') return Object.keys(a).length;
    throw new TemplateError(`len of ${goString(a)}`);
  },
  index: (item, ...keys) => {
    let value = item;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (Array.isArray(value) || typeof value === 'string') {
        const i = Number(key);
        if (!Number.isInteger(i) || i < 0 || i >= value.length)
          throw new TemplateError(`error calling index: index out of range: ${goString(key)}`);
        value = value[i];
      } else if (value && typeof value === 'object') {
        value = Reflect.get(value, String(key)) ?? null;
      } else throw new TemplateError(`error calling index: cannot index ${goString(value)}`);
    }
    return value;
  },
  slice: (item, ...bounds) => {
    const [from, to] = bounds.map(Number);
    if (typeof item === 'string' || Array.isArray(item)) return item.slice(from ?? 0, to);
    throw new TemplateError('can only slice strings and lists');
  },
  print: (...args) =>
    args
      .map(
        (a, i) =>
          (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goString(a),
      )
      .join(''),
  println: (...args) => `${args.map(goString).join(' ')}\n`,
  printf: (format, ...args) => sprintf(String(format), args),
  urlquery: (...args) => encodeURIComponent(args.map(goString).join('')).replace(/%20/g, '+'),
  html: (...args) =>
    args
      .map(goString)
      .join('')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&#34;')
      .replace(/'/g, '&#39;'),
  js: (...args) => JSON.stringify(args.map(goString).join('')).slice(1, -1),
  eq: (a, ...bs) => bs.some((b) => compare(a, b) === 0),
  ne: (a, b) => compare(a, b) !== 0,
  lt: (a, b) => compare(a, b) < 0,
  le: (a, b) => compare(a, b) <= 0,
  gt: (a, b) => compare(a, b) > 0,
  ge: (a, b) => compare(a, b) >= 0,
};

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : 1;
  if ((a === null || a === NO_VALUE) && (b === null || b === NO_VALUE)) return 0;
  throw new TemplateError(`incompatible types for comparison: ${goString(a)} and ${goString(b)}`);
}

/** One verb of a format string: `%-8.3s` is flags `-`, width 8, precision 3, verb s. */
interface Verb {
  flags: string;
  width: string | undefined;
  prec: string | undefined;
  verb: string;
  /** A bare %s or %v: a string argument is printed as it is. */
  bare: boolean;
}

/** Format strings cut into text and verbs, once each (a template's printf runs once per app). */
const FORMATS = new Map<string, Array<string | Verb>>();
const FORMATS_LIMIT = 1000;

function formatParts(format: string): Array<string | Verb> {
  let parts = FORMATS.get(format);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const m of format.matchAll(/%([-+# 0]*)(\d+)?(?:\.(\d+))?([svdfqtxXeg%])/g)) {
    if (m.index > at) parts.push(format.slice(at, m.index));
    const [, flags, width, prec, verb] = m as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
      string,
    ];
    const bare = (verb === 's' || verb === 'v') && flags === '' && !width && prec === undefined;
    parts.push({ flags, width, prec, verb, bare });
    at = m.index + m[0].length;
  }
  if (at < format.length) parts.push(format.slice(at));
  if (FORMATS.size >= FORMATS_LIMIT) FORMATS.clear();
  FORMATS.set(format, parts);
  return parts;
}

/** Go's fmt verbs used in templates: %s %v %d %f %q %t %x %%, with width, precision and flags. */
export function sprintf(format: string, args: unknown[]): string {
  const parts = formatParts(format);
  let n = 0;
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string | Verb;
    if (typeof part === 'string') text += part;
    else if (part.verb === '%') text += '%';
    else {
      const arg = args[n++];
      text += part.bare && typeof arg === 'string' ? arg : formatVerb(part, arg);
    }
  }
  return text;
}

function formatVerb({ flags, width, prec, verb }: Verb, arg: unknown): string {
  let out: string;
  switch (verb) {
    case 'd':
      out = String(Math.trunc(Number(arg)));
      break;
    case 'f':
      out = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
      break;
    case 'e':
      out = Number(arg)
        .toExponential(prec === undefined ? 6 : Number(prec))
        .replace(/e([+-])(\d)$/, 'e$10$2');
      break;
    case 'g':
      out = goFloat(Number(arg));
      break;
    case 'q':
      out = JSON.stringify(goString(arg));
      break;
    case 't':
      out = String(isTrue(arg));
      break;
    case 'x':
    case 'X':
      out =
        typeof arg === 'number' ? Math.trunc(arg).toString(16) : Buffer.from(goString(arg)).toString('hex');
      if (verb === 'X') out = out.toUpperCase();
      break;
    default:
      out = goString(arg);
      if (prec !== undefined) out = out.slice(0, Number(prec));
  }
  if (width) checkValueChars(Number(width));
  if (width && out.length < Number(width)) {
    const pad = flags.includes('0') && !flags.includes('-') && 'dfeg'.includes(verb) ? '0' : ' ';
    out = flags.includes('-') ? out.padEnd(Number(width)) : out.padStart(Number(width), pad);
  }
  return out;
}

/**
 * The size of a value a function returned, in characters (a string's length, 1 for any other scalar or
 * container), walked up to the limit: shared references count each time they appear, as they would when
 * printed, so a value doubled by nesting it twice in itself stops here rather than in toJson.
 */
function measure(value: unknown, budget: TemplateBudget): void {
  if (typeof value === 'string') return checkValueChars(value.length);
  if (value === null || typeof value !== 'object' || value instanceof GoObject) return;
  let size = 0;
  let nodes = 0;
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const item = stack.pop();
    const depth = depths.pop() as number;
    nodes++;
    size++;
    if (size > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
    if (depth >= TEMPLATE_LIMITS.nesting) throw budgetExceeded('nesting');
    const children = Array.isArray(item) ? item : Object.values(item as object);
    if (Array.isArray(item) && item.length > TEMPLATE_LIMITS.listItems) throw budgetExceeded('listItems');
    if (!Array.isArray(item)) for (const k of Object.keys(item as object)) size += k.length;
    for (const child of children) {
      // scalars are counted here, without a trip through the stack
      if (typeof child === 'string') size += child.length;
      else if (child === null || typeof child !== 'object' || child instanceof GoObject) size++;
      else {
        stack.push(child);
        depths.push(depth + 1);
        continue;
      }
      nodes++;
    }
    if (size > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
  }
  budget.step(nodes);
}

/**
 * The function table a template runs with: Go looks a name up in the functions given first, then in the
 * built-ins. Built once per table (Argo CD's set is one object for the whole run), never per string.
 */
const TABLES = new WeakMap<Readonly<Record<string, TemplateFunction>>, FunctionTable>();
type FunctionTable = ReadonlyMap<string, TemplateFunction>;
function functionTable(functions: Readonly<Record<string, TemplateFunction>>): FunctionTable {
  let table = TABLES.get(functions);
  if (!table) {
    table = new Map([...Object.entries(BUILTINS), ...Object.entries(functions)]);
    TABLES.set(functions, table);
  }
  return table;
}

/** What literal() gives for a term that is not a literal. */
const NOT_LITERAL = Symbol('not a literal');

/** The value of a literal term (a string, number, boolean or nil written in the template), else NOT_LITERAL. */
const literal = (term: Term | undefined): unknown => (term?.kind === 'literal' ? term.value : NOT_LITERAL);

/** What a function receives for a missing value: Go passes nil, never the invalid value. */
const arg = (value: unknown): unknown => (value === NO_VALUE ? null : value);

/** What one execution runs with: the ApplicationSet's budget and its missingkey option. */
interface Runtime {
  readonly budget: TemplateBudget;
  readonly missingKeyError: boolean;
}

/** A compiled value node: its value for `dot` in `scope`. */
type Evaluate = (dot: unknown, scope: Scope, rt: Runtime) => unknown;
/** A compiled command: its value, given the value piped into it (none, or NOTHING, for a pipeline's first). */
type Command = (dot: unknown, scope: Scope, rt: Runtime, piped?: unknown) => unknown;
/**
 * A compiled node: what it prints, `used` characters having been printed before it (the output as a whole
 * stays within TEMPLATE_LIMITS.valueChars, checked as each piece is added).
 */
type Emit = (dot: unknown, scope: Scope, rt: Runtime, used: number) => string;

/** Go's evalField of one key on `current`; `at` names the place, worked out only for an error message. */
function fieldOf(rt: Runtime, current: unknown, key: string, at: string | Term, hasArgs: boolean): unknown {
  const where = (): string => (typeof at === 'string' ? at : location(at));
  // a missing value has no fields: the chain stays missing (or fails under missingkey=error)
  if (current === NO_VALUE) {
    if (rt.missingKeyError) throw new TemplateError(`at <${where()}>: nil data; no entry for key "${key}"`);
    return NO_VALUE;
  }
  if (current === null || current === undefined)
    throw new TemplateError(`at <${where()}>: nil pointer evaluating interface {}.${key}`);
  if (current instanceof GoObject) {
    // a method named without arguments is called, as Go does: `$v.Major`
    const method = current.method(key);
    if (method) return hasArgs ? method : method();
    const value = current.field(key);
    if (value !== undefined) return value;
    throw new TemplateError(`at <${where()}>: can't evaluate field ${key} in type ${current.goType}`);
  }
  if (typeof current !== 'object' || Array.isArray(current))
    throw new TemplateError(`at <${where()}>: can't evaluate field ${key} in type interface {}`);
  if (hasArgs) throw new TemplateError(`at <${where()}>: ${key} is not a method but has arguments`);
  if (!Object.prototype.hasOwnProperty.call(current, key)) {
    if (rt.missingKeyError) throw new TemplateError(`at <${where()}>: map has no entry for key "${key}"`);
    return NO_VALUE;
  }
  return Reflect.get(current, key);
}

/** What ownField gives when `current` is not a plain map with the key. */
const MISS = Symbol('not an own key');

/** A plain map's own key, the common case of fieldOf (no error to word, no method to look for); else MISS. */
function ownField(current: unknown, key: string): unknown {
  // isMapValue and the key, inlined (a call fewer per lookup)
  if (
    current === null ||
    typeof current !== 'object' ||
    Array.isArray(current) ||
    current instanceof GoObject
  )
    return MISS;
  return Object.prototype.hasOwnProperty.call(current, key) ? Reflect.get(current, key) : MISS;
}

/** evalField for each key of `path`, from `value`. */
function fieldPath(rt: Runtime, value: unknown, path: readonly string[], where: string | Term): unknown {
  let current = value;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string;
    const own = ownField(current, key);
    current = own === MISS ? fieldOf(rt, current, key, where, false) : own;
  }
  return current;
}

/** The size check of what a function returned (a string's length, or the walk of measure). */
function measured(result: unknown, budget: TemplateBudget): unknown {
  if (typeof result === 'string') {
    if (result.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
  } else if (result !== null && typeof result === 'object') measure(result, budget);
  return result;
}

/** Calls `fn` with `args`, as the function call of a command: one step, the result measured. */
function call(fn: TemplateFunction, args: unknown[], rt: Runtime): unknown {
  rt.budget.step();
  switch (args.length) {
    case 0:
      return measured(fn(), rt.budget);
    case 1:
      return measured(fn(args[0]), rt.budget);
    case 2:
      return measured(fn(args[0], args[1]), rt.budget);
    case 3:
      return measured(fn(args[0], args[1], args[2]), rt.budget);
    default:
      return measured(fn(...args), rt.budget);
  }
}

/** Go's message for an error a function raised: `error calling NAME: …`; budgets and refusals say their own. */
function callError(name: string, error: unknown): unknown {
  if (error instanceof BudgetExceeded || error instanceof NotPreviewable) return error;
  if (error instanceof TemplateError)
    return error.message.startsWith('error calling ') || error.message.startsWith('at <')
      ? error
      : new TemplateError(`error calling ${name}: ${error.message}`);
  return new TemplateError(
    `error calling ${name}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/**
 * A parsed template compiled to closures, once per string: each node, pipeline, command and term becomes
 * a function of (dot, scope, runtime), with the function table looked up here rather than per call.
 */
class Compiler {
  /** Whether the template declares a variable: without one, every block shares the root scope. */
  readonly scoped: boolean;
  constructor(
    private readonly functions: FunctionTable,
    nodes: Node[],
  ) {
    this.scoped = declares(nodes);
  }

  /** A term with no arguments given (an argument of a command, or a command alone). */
  private term(term: Term): Evaluate {
    switch (term.kind) {
      case 'literal': {
        const value = term.value;
        return () => value;
      }
      case 'pipe': {
        const pipe = this.pipeline(term.pipe);
        const path = term.path;
        if (path.length === 0) return pipe;
        return (dot, scope, rt) => fieldPath(rt, pipe(dot, scope, rt), path, term);
      }
      case 'field': {
        const name = term.base as string;
        const path = term.path;
        if (name === 'dot') {
          if (path.length === 0) return (dot) => dot;
          if (path.length === 1) {
            const key = path[0] as string;
            return (dot, _scope, rt) => {
              const value = ownField(dot, key);
              return value === MISS ? fieldOf(rt, dot, key, term, false) : value;
            };
          }
          if (path.length === 2) {
            // `.path.basename`: the two lookups of fieldPath, unrolled
            const [outer, inner] = path as [string, string];
            return (dot, _scope, rt) => {
              let value = ownField(dot, outer);
              if (value === MISS) value = fieldOf(rt, dot, outer, term, false);
              const last = ownField(value, inner);
              return last === MISS ? fieldOf(rt, value, inner, term, false) : last;
            };
          }
          return (dot, _scope, rt) => fieldPath(rt, dot, path, term);
        }
        if (path.length === 0) return (_dot, scope) => scope.get(name);
        return (_dot, scope, rt) => fieldPath(rt, scope.get(name), path, term);
      }
      case 'ident': {
        const name = term.name;
        const fn = this.functions.get(name);
        return (_dot, _scope, rt) => {
          if (!fn) throw new TemplateError(`function "${name}" not defined`);
          return call(fn, NONE, rt);
        };
      }
    }
  }

  /** One command of a pipeline; `piped`: whether a previous command's value is passed as the last argument. */
  private command(terms: Term[], rest: Term[], piped: boolean): Command {
    const head = terms[0] as Term;
    const fn = head.kind === 'ident' ? this.functions.get(head.name) : undefined;
    const args = rest.map((t) => this.term(t));
    if (head.kind === 'ident' && (head.name === 'and' || head.name === 'or') && fn === BUILTINS[head.name]) {
      // Go evaluates and/or's arguments only until the result is known
      if (args.length === 0 && !piped)
        return () => {
          throw new TemplateError(`wrong number of args for ${head.name}: want at least 1 got 0`);
        };
      const stopAt = head.name === 'or';
      return (dot, scope, rt, pipedValue) => {
        let value: unknown;
        for (let i = 0; i < args.length; i++) {
          value = arg((args[i] as Evaluate)(dot, scope, rt));
          if (isTrue(value) === stopAt) return value;
        }
        if (piped) {
          value = arg(pipedValue);
          if (isTrue(value) === stopAt) return value;
        }
        return value;
      };
    }
    if (head.kind === 'ident') {
      const name = head.name;
      const count = args.length + (piped ? 1 : 0);
      // one or two arguments (most calls): no list of them built
      const [first, second] = args;
      // what a function receives for a missing value is nil (arg), as in Go; a string result (most) is
      // measured here, anything else by measured
      if (fn && count === 1 && !first)
        return (_dot, _scope, rt, pipedValue) => {
          try {
            rt.budget.step();
            const result = fn(pipedValue === NO_VALUE ? null : pipedValue);
            if (typeof result !== 'string') return measured(result, rt.budget);
            if (result.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
            return result;
          } catch (error) {
            throw callError(name, error);
          }
        };
      if (fn && count === 1 && first)
        return (dot, scope, rt) => {
          const value = first(dot, scope, rt);
          try {
            rt.budget.step();
            const result = fn(value === NO_VALUE ? null : value);
            if (typeof result !== 'string') return measured(result, rt.budget);
            if (result.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
            return result;
          } catch (error) {
            throw callError(name, error);
          }
        };
      // a literal argument (`trunc 40`, `replace "a" "b"`) is its value, no term to evaluate
      const [lit0, lit1] = [literal(rest[0]), literal(rest[1])];
      if (fn && count === 2 && first)
        return (dot, scope, rt, pipedValue) => {
          const a = lit0 === NOT_LITERAL ? first(dot, scope, rt) : lit0;
          const b = lit1 === NOT_LITERAL ? (second ? second(dot, scope, rt) : pipedValue) : lit1;
          try {
            rt.budget.step();
            const result = fn(a === NO_VALUE ? null : a, b === NO_VALUE ? null : b);
            if (typeof result !== 'string') return measured(result, rt.budget);
            if (result.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
            return result;
          } catch (error) {
            throw callError(name, error);
          }
        };
      const third = args[2];
      if (fn && count === 3 && first && second)
        return (dot, scope, rt, pipedValue) => {
          const a = lit0 === NOT_LITERAL ? first(dot, scope, rt) : lit0;
          const b = lit1 === NOT_LITERAL ? second(dot, scope, rt) : lit1;
          const c = third ? third(dot, scope, rt) : pipedValue;
          try {
            rt.budget.step();
            const result = fn(
              a === NO_VALUE ? null : a,
              b === NO_VALUE ? null : b,
              c === NO_VALUE ? null : c,
            );
            if (typeof result !== 'string') return measured(result, rt.budget);
            if (result.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
            return result;
          } catch (error) {
            throw callError(name, error);
          }
        };
      return (dot, scope, rt, pipedValue) => {
        // what a function receives for a missing value is nil (arg), as in Go
        const values: unknown[] = new Array(count);
        for (let i = 0; i < args.length; i++) values[i] = arg((args[i] as Evaluate)(dot, scope, rt));
        if (piped) values[args.length] = arg(pipedValue);
        try {
          if (!fn) throw new TemplateError(`function "${name}" not defined`);
          return call(fn, values, rt);
        } catch (error) {
          throw callError(name, error);
        }
      };
    }
    if (args.length > 0 || piped) return this.methodCall(head, args, piped);
    return this.term(head);
  }

  /** A method of a Go value, called with arguments: `(semver "1.2.3").Compare $other`. */
  private methodCall(head: Term, args: Evaluate[], piped: boolean): Command {
    const path = head.kind === 'field' || head.kind === 'pipe' ? head.path : [];
    if (path.length === 0)
      return () => {
        throw new TemplateError("can't give arguments to a non-function");
      };
    const base: Evaluate =
      head.kind === 'pipe'
        ? this.pipeline(head.pipe)
        : head.kind === 'field' && head.base !== 'dot'
          ? (_dot, scope) => scope.get(head.base as string)
          : head.kind === 'field'
            ? (dot) => dot
            : () => undefined;
    const joined = path.join('.');
    const receiverPath = path.slice(0, -1);
    const name = path.at(-1) as string;
    return (dot, scope, rt, pipedValue) => {
      const receiver = fieldPath(rt, base(dot, scope, rt), receiverPath, joined);
      const method = receiver instanceof GoObject ? receiver.method(name) : undefined;
      if (!method) {
        fieldOf(rt, receiver, name, `.${joined}`, true);
        throw new TemplateError(`at <.${joined}>: ${name} is not a method but has arguments`);
      }
      const values = args.map((a) => arg(a(dot, scope, rt)));
      if (piped) values.push(arg(pipedValue));
      rt.budget.step();
      try {
        return measured(method(...values), rt.budget);
      } catch (error) {
        if (error instanceof TemplateError) throw error;
        throw new TemplateError(
          `error calling ${name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    };
  }

  /** A pipeline; `declare`: whether its `$x :=` / `$x =` takes effect (a range declares its own way). */
  pipeline(pipe: Pipeline, declare = true): Evaluate {
    const commands = pipe.commands.map((terms, i) => this.command(terms, pipe.rests[i] as Term[], i > 0));
    const first = commands[0] as Command;
    // a pipeline's first command never reads what is piped into it (nothing is): one command is the pipeline
    const [, second, third] = commands;
    const chained: Evaluate =
      commands.length === 1
        ? first
        : commands.length === 2 && second
          ? (dot, scope, rt) => second(dot, scope, rt, first(dot, scope, rt, NOTHING))
          : commands.length === 3 && second && third
            ? (dot, scope, rt) =>
                third(dot, scope, rt, second(dot, scope, rt, first(dot, scope, rt, NOTHING)))
            : (dot, scope, rt) => {
                let value = first(dot, scope, rt, NOTHING);
                for (let i = 1; i < commands.length; i++)
                  value = (commands[i] as Command)(dot, scope, rt, value);
                return value;
              };
    if (!declare || pipe.decl.length !== 1) return chained;
    const variable = pipe.decl[0] as string;
    if (pipe.assign)
      return (dot, scope, rt) => {
        const value = chained(dot, scope, rt);
        scope.assign(variable, value);
        return value;
      };
    return (dot, scope, rt) => {
      const value = chained(dot, scope, rt);
      scope.declare(variable, value);
      return value;
    };
  }

  /** A list of nodes: each one step of the budget, then what it prints. */
  nodes(nodes: Node[]): Emit {
    const [only] = nodes;
    if (nodes.length === 1 && only?.kind === 'action' && only.pipe.decl.length === 0) {
      // one action (most strings of a template): its step, its value printed
      return actionEmit(this.pipeline(only.pipe));
    }
    const emits = nodes.map((node) => this.node(node));
    if (emits.length === 1) {
      const only = emits[0] as Emit;
      return (dot, scope, rt, used) => {
        rt.budget.step();
        return only(dot, scope, rt, used);
      };
    }
    return (dot, scope, rt, used) => {
      let text = '';
      for (let i = 0; i < emits.length; i++) {
        rt.budget.step();
        text += (emits[i] as Emit)(dot, scope, rt, used + text.length);
      }
      return text;
    };
  }

  /** A block's own scope, when the template has variables at all. */
  private child(scope: Scope): Scope {
    return this.scoped ? new Scope(scope) : scope;
  }

  private node(node: Node): Emit {
    switch (node.kind) {
      case 'text': {
        const text = node.text;
        return (_dot, _scope, _rt, used) => printed(text, used);
      }
      case 'action': {
        const pipe = this.pipeline(node.pipe);
        // a pipeline that ends in nil is Go's invalid value: printed as <no value>, not <nil>
        if (node.pipe.decl.length > 0)
          return (dot, scope, rt) => {
            pipe(dot, scope, rt);
            return '';
          };
        return (dot, scope, rt, used) => {
          return printed(printable(pipe(dot, scope, rt)), used);
        };
      }
      case 'if':
      case 'with': {
        const pipe = this.pipeline(node.pipe);
        const then = this.nodes(node.then);
        const otherwise = this.nodes(node.else);
        const isWith = node.kind === 'with';
        return (dot, scope, rt, used) => {
          const inner = this.child(scope);
          const value = pipe(dot, inner, rt);
          if (isTrue(value)) return then(isWith ? value : dot, inner, rt, used);
          return otherwise(dot, this.child(scope), rt, used);
        };
      }
      case 'range': {
        const pipe = this.pipeline(node.pipe, false);
        const then = this.nodes(node.then);
        const otherwise = this.nodes(node.else);
        const decl = node.pipe.decl;
        return (dot, scope, rt, used) => {
          const inner = this.child(scope);
          const value = pipe(dot, inner, rt);
          let text = '';
          const each = (key: unknown, item: unknown) => {
            rt.budget.step();
            const iteration = this.child(inner);
            if (decl.length === 1) iteration.declare(decl[0] as string, item);
            if (decl.length === 2) {
              iteration.declare(decl[0] as string, key);
              iteration.declare(decl[1] as string, item);
            }
            text += then(item, iteration, rt, used + text.length);
          };
          let count = 0;
          if (Array.isArray(value)) {
            count = value.length;
            for (let i = 0; i < value.length; i++) each(i, value[i]);
          } else if (isMapValue(value)) {
            const keys = Object.keys(value).sort();
            count = keys.length;
            for (const k of keys) each(k, value[k]);
          } else if (typeof value === 'number') {
            checkListItems(value);
            count = Math.max(0, Math.trunc(value));
            for (let i = 0; i < count; i++) each(i, i);
          } else if (value !== null && value !== undefined && value !== NO_VALUE)
            throw new TemplateError(`range can't iterate over ${goString(value)}`);
          return count === 0 ? otherwise(dot, this.child(scope), rt, used) : text;
        };
      }
    }
  }
}

/** The nodes of one action without a declaration: its step, its pipeline's value printed. */
function actionEmit(pipe: Evaluate): Emit {
  return (dot, scope, rt, used) => {
    rt.budget.step();
    const value = pipe(dot, scope, rt);
    const text = typeof value === 'string' ? value : printable(value);
    if (used + text.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
    return text;
  };
}

/** The scope of a template that names no variable (never read). */
const NO_VARIABLES = new Scope();

/** Whether any pipeline of the template names a variable: `$`, `$x`, `$x :=`. */
function namesVariable(nodes: Node[]): boolean {
  const inTerm = (t: Term): boolean =>
    (t.kind === 'field' && t.base !== 'dot') || (t.kind === 'pipe' && inPipe(t.pipe));
  const inPipe = (pipe: Pipeline): boolean =>
    pipe.decl.length > 0 || pipe.commands.some((terms) => terms.some(inTerm));
  return nodes.some(
    (node) =>
      node.kind !== 'text' &&
      (inPipe(node.pipe) ||
        (node.kind !== 'action' && (namesVariable(node.then) || namesVariable(node.else)))),
  );
}

/** Whether any pipeline of the template declares or assigns a variable. */
function declares(nodes: Node[]): boolean {
  const inPipe = (pipe: Pipeline): boolean =>
    pipe.decl.length > 0 ||
    pipe.commands.some((terms) => terms.some((t) => t.kind === 'pipe' && inPipe(t.pipe)));
  return nodes.some(
    (node) =>
      node.kind !== 'text' &&
      (inPipe(node.pipe) || (node.kind !== 'action' && (declares(node.then) || declares(node.else)))),
  );
}

const isMapValue = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoObject);

/** What an action prints: a pipeline that ends in nil is Go's invalid value, <no value>, not <nil>. */
const printable = (value: unknown): string =>
  typeof value === 'string' ? value : value === null ? '<no value>' : goString(value);

/** A piece of the text a template renders, `used` characters having been printed before it: never longer in all than one value may be. */
function printed(text: string, used: number): string {
  if (used + text.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
  return text;
}

/** Where a field term is, as Go's errors say it: `<.a.b>`, `<$x.a>`, `<(...).a>`. */
function location(term: Term): string {
  if (term.kind === 'field')
    return `${term.base === 'dot' ? '' : typeof term.base === 'string' ? term.base : '(...)'}.${term.path.join('.')}`;
  if (term.kind === 'pipe') return `(...).${term.path.join('.')}`;
  return '';
}

const NONE: unknown[] = [];
/** No value piped into a command (the first of its pipeline). */
const NOTHING = Symbol('nothing piped');
/** One runtime per options object (an ApplicationSet's): its budget, shared by all of its strings. */
const RUNTIMES = new WeakMap<TemplateOptions, Runtime>();

/** Every function name a parsed template calls, for Go's parse-time check. */
function* calledNames(nodes: Node[]): Generator<string> {
  const inTerms = function* (terms: Term[]): Generator<string> {
    for (const term of terms) {
      if (term.kind === 'ident') yield term.name;
      else if (term.kind === 'pipe') yield* inPipe(term.pipe);
      else if (term.kind === 'field' && typeof term.base !== 'string') yield* inTerms([term.base]);
    }
  };
  const inPipe = function* (pipe: Pipeline): Generator<string> {
    for (const command of pipe.commands) yield* inTerms(command);
  };
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    yield* inPipe(node.pipe);
    if (node.kind !== 'action') {
      yield* calledNames(node.then);
      yield* calledNames(node.else);
    }
  }
}

/** A template parsed once, checked as Go's parser checks it (every function it names must exist), and compiled to closures. */
export class CompiledTemplate {
  private lastOptions: TemplateOptions | undefined;
  private lastRuntime: Runtime | undefined;
  private constructor(
    private readonly emit: Emit | undefined,
    private readonly source: string,
    /** Whether the template names a variable (`$`, `$x`): without one, no scope is made per execution. */
    private readonly variables = false,
    /** The pipeline of a template that is one action naming no variable (most strings): what emit runs. */
    private readonly single?: Evaluate,
  ) {}

  static compile(source: string, functions: Readonly<Record<string, TemplateFunction>>): CompiledTemplate {
    // text without an action is printed as it is; Go parses it to one text node
    if (!source.includes('{{')) return new CompiledTemplate(undefined, source);
    const nodes = parseTemplate(source);
    const table = functionTable(functions);
    for (const name of calledNames(nodes))
      if (!table.has(name)) throw new TemplateError(`function "${name}" not defined`);
    const compiler = new Compiler(table, nodes);
    const variables = namesVariable(nodes);
    const [only] = nodes;
    const single =
      nodes.length === 1 && only?.kind === 'action' && !variables ? compiler.pipeline(only.pipe) : undefined;
    return new CompiledTemplate(
      single ? actionEmit(single) : compiler.nodes(nodes),
      source,
      variables,
      single,
    );
  }

  execute(data: unknown, options: TemplateOptions): string {
    if (!this.emit) return this.source;
    // the options of the last execution are most often those of this one (one ApplicationSet's strings)
    let rt = options === this.lastOptions ? this.lastRuntime : RUNTIMES.get(options);
    if (!rt) {
      // an options object without a budget gets a fresh one each time
      rt = { budget: options.budget ?? new TemplateBudget(), missingKeyError: options.missingKeyError };
      if (options.budget) RUNTIMES.set(options, rt);
    }
    if (options.budget) {
      this.lastOptions = options;
      this.lastRuntime = rt;
    }
    return this.emit(data, this.variables ? new Scope(undefined, data) : NO_VARIABLES, rt, 0);
  }

  /**
   * execute(·, options) for many data with the same options (one ApplicationSet's budget): the runtime
   * settled once, so that each rendering is a call of the compiled nodes. `counted`: each rendering is
   * also one more step of the budget, and its text is counted as rendered output (budget.rendered), as
   * each string value of a generated Application is.
   */
  renderer(
    options: TemplateOptions & { budget: TemplateBudget },
    counted = false,
  ): (data: unknown) => string {
    const emit = this.emit;
    const budget = options.budget;
    if (!emit) {
      const source = this.source;
      if (!counted) return () => source;
      return () => {
        budget.step();
        budget.rendered(source.length);
        return source;
      };
    }
    let rt = RUNTIMES.get(options);
    if (!rt) {
      rt = { budget, missingKeyError: options.missingKeyError };
      RUNTIMES.set(options, rt);
    }
    const runtime = rt;
    const single = this.single;
    if (single && counted)
      // emit of one action, inlined: its step (with the counted one), its value printed
      return (data) => {
        budget.step(2);
        const value = single(data, NO_VARIABLES, runtime);
        const text = typeof value === 'string' ? value : printable(value);
        if (text.length > TEMPLATE_LIMITS.valueChars) throw budgetExceeded('valueChars');
        budget.rendered(text.length);
        return text;
      };
    const render: (data: unknown) => string = this.variables
      ? (data) => emit(data, new Scope(undefined, data), runtime, 0)
      : (data) => emit(data, NO_VARIABLES, runtime, 0);
    if (!counted) return render;
    return (data) => {
      budget.step();
      const text = render(data);
      budget.rendered(text.length);
      return text;
    };
  }
}

/** Strings parsed per function table, so that one ApplicationSet string is parsed once per run. */
const COMPILED = new WeakMap<object, Map<string, CompiledTemplate | TemplateError>>();
/** Distinct strings kept per table: past it the cache starts again (memory stays bounded). */
const COMPILED_LIMIT = 20_000;

/** The compiled form of `source` (from the cache when it was parsed before); a parse error is thrown. */
export function compileGoTemplate(
  source: string,
  functions: Readonly<Record<string, TemplateFunction>>,
): CompiledTemplate {
  let cache = COMPILED.get(functions);
  if (!cache) {
    cache = new Map();
    COMPILED.set(functions, cache);
  }
  let compiled = cache.get(source);
  if (!compiled) {
    try {
      compiled = CompiledTemplate.compile(source, functions);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      compiled = error;
    }
    if (cache.size >= COMPILED_LIMIT) cache.clear();
    cache.set(source, compiled);
  }
  if (compiled instanceof TemplateError) throw compiled;
  return compiled;
}

export function renderGoTemplate(source: string, data: unknown, options: TemplateOptions): string {
  if (!source.includes('{{')) return source;
  return compileGoTemplate(source, options.functions).execute(data, options);
}

/**
 * The legacy template (goTemplate unset) as Argo CD renders it with valyala/fasttemplate: a string with
 * `{{…}}` in it is scanned for tags; each `{{ key }}` becomes the parameter when it is a string and stays
 * as written otherwise; a `{{` without its `}}` is an error, as in Argo CD ("invalid template").
 */
export function renderLegacyTemplate(text: string, params: Readonly<Record<string, unknown>>): string {
  // Argo CD's isTemplatedRegex `.*{{.*}}.*`: only a string with `{{` before some `}}` is a template
  const open = text.indexOf('{{');
  if (open === -1 || !text.slice(open + 2).includes('}}')) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start === -1) return out + text.slice(at);
    const end = text.indexOf('}}', start + 2);
    if (end === -1)
      throw new TemplateError(`invalid template: a "{{" at character ${start + 1} has no closing "}}"`);
    const tag = text.slice(start + 2, end);
    const value = params[tag.trim()];
    out += text.slice(at, start) + (tag.trim() !== '' && typeof value === 'string' ? value : `{{${tag}}}`);
    at = end + 2;
  }
}
