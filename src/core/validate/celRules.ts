// x-kubernetes-validations: a CRD's CEL rules, evaluated with @marcbachmann/cel-js (CEL with its standard
// macros and the strings extension). A rule Slipway cannot evaluate as the API server would — a transition
// rule (it compares with the stored object, so only an update runs it), or one that calls a Kubernetes
// library function the engine lacks (quantity, isURL, ip, cidr, …) — is "not checked", never passed.
import { Environment } from '@marcbachmann/cel-js';

export type CompiledRule =
  | { rule: string; message: string; check: (self: unknown) => true | string }
  | { rule: string; notChecked: string };

const env = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });

/** Kubernetes gives `self` its schema's types: integers are CEL ints, numbers doubles. */
export function celValue(value: unknown, schema: unknown): unknown {
  const s = (schema && typeof schema === 'object' ? schema : {}) as Record<string, unknown>;
  const types = Array.isArray(s.type) ? (s.type as unknown[]) : [s.type];
  if (typeof value === 'number')
    return Number.isInteger(value) && !types.includes('number') ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map((item) => celValue(item, s.items));
  if (value && typeof value === 'object') {
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        celValue(v, properties[k] ?? s.additionalProperties),
      ]),
    );
  }
  return value;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

export function compileRule(input: unknown): CompiledRule {
  const { rule, message } = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  if (typeof rule !== 'string') return { rule: String(rule), notChecked: 'the rule is not a string' };
  if (/\boldSelf\b/.test(rule))
    return { rule, notChecked: 'a transition rule (oldSelf): the API server runs it on updates only' };
  let program: ReturnType<Environment['parse']>;
  try {
    program = env.parse(rule);
    const checked = program.check() as { valid: boolean; error?: unknown };
    if (!checked.valid) return { rule, notChecked: `not evaluable here (${firstLine(checked.error)})` };
  } catch (error) {
    return { rule, notChecked: `does not parse (${firstLine(error)})` };
  }
  return {
    rule,
    message: typeof message === 'string' && message !== '' ? message : `failed rule: ${rule}`,
    check: (self) => {
      try {
        return program({ self }) === true ? true : 'false';
      } catch (error) {
        return firstLine(error);
      }
    },
  };
}
