// x-kubernetes-validations: a CRD's CEL rules, evaluated with @marcbachmann/cel-js (CEL with its standard
// macros and the strings extension). A rule Slipway cannot evaluate as the API server would — a transition
// rule (it compares with the stored object, so only an update runs it), or one that calls a Kubernetes
// library function the engine lacks (quantity, isURL, ip, cidr, …) — is "not checked", never passed.
//
// Bounded as the API server bounds CEL: every evaluation step is counted, and a rule that takes more than
// the per-call limit, or an object whose rules together take more than the per-object budget, fails with
// the limit named (the API server refuses such an object too). `matches` runs Go's RE2 (re2js), linear in
// its input, where cel-js would use JavaScript's backtracking RegExp.
import { Environment } from '@marcbachmann/cel-js';
import { RE2JS } from 're2js';
import { objectOf } from '../fields.js';
import { countText } from '../countText.js';

/** What CEL may cost (docs/security.md, "Budgets"), the API server's own numbers (apiserver/pkg/apis/cel). */
export const CEL_LIMITS = {
  /** Evaluation steps of one rule on one value: the API server's PerCallLimit. */
  perCall: 1_000_000,
  /** Evaluation steps of all the rules of one object: the API server's RuntimeCELCostBudget. */
  perObject: 10_000_000,
  /** Characters of a string `matches` reads: the API server's largest request (3 MiB). */
  matchInputChars: 3 * 1024 * 1024,
} as const;

/** The outcome of a rule: passed, `'false'`, over a budget (`exceeded`), or why it could not be evaluated. */
export type RuleResult = true | string | { exceeded: string };

export type CompiledRule =
  | { rule: string; message: string; check: (self: unknown) => RuleResult }
  | { rule: string; notChecked: string };

const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });

class CostExceeded extends Error {}

let callSteps = 0;
let objectSteps = 0;

/** Starts the per-object budget: called once per custom resource, before its schema runs its rules. */
export function startCelObject(): void {
  objectSteps = 0;
}

// cel-js has no cost limit of its own: its evaluator (the `this` of a function call) runs every node
// through `run`, so counting there counts each step of every comprehension. A test holds this in place.
env.registerFunction('slipwayCelEvaluator(): bool', function (this: { run: Runner }) {
  const run = this.run;
  this.run = function counted(this: unknown, ast: unknown, ctx: unknown) {
    if (++callSteps > CEL_LIMITS.perCall || ++objectSteps > CEL_LIMITS.perObject) throw new CostExceeded();
    return run.call(this, ast, ctx);
  };
  return true;
});
type Runner = (ast: unknown, ctx: unknown) => unknown;
env.evaluate('slipwayCelEvaluator()');

const regexps = new Map<string, RE2JS>();
env.registerFunction('string.slipwayMatches(string): bool', (input: string, pattern: string) => {
  let compiled = regexps.get(pattern);
  if (!compiled) {
    compiled = RE2JS.compile(pattern);
    if (regexps.size > 1000) regexps.clear();
    regexps.set(pattern, compiled);
  }
  if (input.length > CEL_LIMITS.matchInputChars) throw new CostExceeded();
  return compiled.test(input);
});

/**
 * The rule with each `matches(` call renamed to the RE2 one, outside string literals (cel-js's own
 * `matches` cannot be replaced). Names in error messages are turned back.
 */
function withRe2Matches(rule: string): string {
  let out = '';
  let i = 0;
  while (i < rule.length) {
    const literal = /^(?:[rRbB]{0,2})('''|"""|'|")/.exec(rule.slice(i, i + 5));
    if (literal && (i === 0 || !/[\w]/.test(rule[i - 1] as string))) {
      const quote = literal[1] as string;
      const raw = /[rR]/.test(literal[0].slice(0, -quote.length));
      let j = i + literal[0].length;
      while (j < rule.length && !rule.startsWith(quote, j)) j += rule[j] === '\\' && !raw ? 2 : 1;
      j = Math.min(rule.length, j + quote.length);
      out += rule.slice(i, j);
      i = j;
      continue;
    }
    const call = /^\.\s*matches(\s*\()/.exec(rule.slice(i, i + 64));
    if (call) {
      out += `.slipwayMatches${call[1]}`;
      i += call[0].length;
      continue;
    }
    out += rule[i];
    i++;
  }
  return out;
}

/** Kubernetes gives `self` its schema's types: integers are CEL ints, numbers doubles. */
export function celValue(value: unknown, schema: unknown): unknown {
  const s = objectOf(schema);
  const types: unknown[] = Array.isArray(s.type) ? s.type : [s.type];
  if (typeof value === 'number')
    return Number.isInteger(value) && !types.includes('number') ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map((item) => celValue(item, s.items));
  if (value && typeof value === 'object') {
    const properties = objectOf(s.properties);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, celValue(v, properties[k] ?? s.additionalProperties)]),
    );
  }
  return value;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

export function compileRule(input: unknown): CompiledRule {
  const { rule, message } = objectOf(input);
  if (typeof rule !== 'string') return { rule: String(rule), notChecked: 'the rule is not a string' };
  if (/\boldSelf\b/.test(rule))
    return { rule, notChecked: 'a transition rule (oldSelf): the API server runs it on updates only' };
  let program: ReturnType<Environment['parse']>;
  try {
    program = env.parse(withRe2Matches(rule));
    const checked = program.check();
    if (!checked.valid) return { rule, notChecked: `not evaluable here (${firstLine(checked.error)})` };
  } catch (error) {
    return { rule, notChecked: `does not parse (${firstLine(error)})` };
  }
  return {
    rule,
    message: typeof message === 'string' && message !== '' ? message : `failed rule: ${rule}`,
    check: (self) => {
      callSteps = 0;
      try {
        return program({ self }) === true ? true : 'false';
      } catch (error) {
        if (error instanceof CostExceeded)
          return {
            exceeded:
              objectSteps > CEL_LIMITS.perObject
                ? `the object's rules exceed the CEL cost budget of ${countText(CEL_LIMITS.perObject)} steps (limit perObject, the API server's RuntimeCELCostBudget); the API server would refuse it`
                : `rule ${rule} exceeds the CEL cost budget of ${countText(CEL_LIMITS.perCall)} steps for one rule (limit perCall, the API server's PerCallLimit); the API server would refuse the object`,
          };
        return firstLine(error).replace(/slipwayMatches/g, 'matches');
      }
    },
  };
}
