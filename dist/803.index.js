export const id = 803;
export const ids = [803];
export const modules = {

/***/ 1803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CrdIndex: () => (/* binding */ CrdIndex),
  crdsInTree: () => (/* binding */ crdsInTree)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/core/fileTree.ts
var fileTree = __webpack_require__(2145);
// EXTERNAL MODULE: ./src/core/manifestFiles.ts
var manifestFiles = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/core/render/documentReader.ts + 1 modules
var documentReader = __webpack_require__(7726);
// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/core/fields.ts
var fields = __webpack_require__(242);
// EXTERNAL MODULE: ./src/core/countText.ts
var countText = __webpack_require__(2895);
;// CONCATENATED MODULE: ./src/core/validate/celRules.ts
// x-kubernetes-validations: a CRD's CEL rules, evaluated with @marcbachmann/cel-js (CEL with its standard
// macros and the strings extension). A rule Slipway cannot evaluate as the API server would \u2014 a transition
// rule (it compares with the stored object, so only an update runs it), or one that calls a Kubernetes
// library function the engine lacks (quantity, isURL, ip, cidr, \u2026) \u2014 is "not checked", never passed.
//
// Bounded as the API server bounds CEL: every evaluation step is counted, and a rule that takes more than
// the per-call limit, or an object whose rules together take more than the per-object budget, fails with
// the limit named (the API server refuses such an object too). `matches` runs Go's RE2 (re2js), linear in
// its input, where cel-js would use JavaScript's backtracking RegExp.




/** What CEL may cost (docs/security.md, "Budgets"), the API server's own numbers (apiserver/pkg/apis/cel). */
const CEL_LIMITS = {
    /** Evaluation steps of one rule on one value: the API server's PerCallLimit. */
    perCall: 1_000_000,
    /** Evaluation steps of all the rules of one object: the API server's RuntimeCELCostBudget. */
    perObject: 10_000_000,
    /** Characters of a string `matches` reads: the API server's largest request (3 MiB). */
    matchInputChars: 3 * 1024 * 1024,
};
const env = new lib/* Environment */.OH({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
class CostExceeded extends Error {
}
let callSteps = 0;
let objectSteps = 0;
/** Starts the per-object budget: called once per custom resource, before its schema runs its rules. */
function startCelObject() {
    objectSteps = 0;
}
// cel-js has no cost limit of its own: its evaluator (the `this` of a function call) runs every node
// through `run`, so counting there counts each step of every comprehension. A test holds this in place.
env.registerFunction('slipwayCelEvaluator(): bool', function () {
    const run = this.run;
    this.run = function counted(ast, ctx) {
        if (++callSteps > CEL_LIMITS.perCall || ++objectSteps > CEL_LIMITS.perObject)
            throw new CostExceeded();
        return run.call(this, ast, ctx);
    };
    return true;
});
env.evaluate('slipwayCelEvaluator()');
const regexps = new Map();
env.registerFunction('string.slipwayMatches(string): bool', (input, pattern) => {
    let compiled = regexps.get(pattern);
    if (!compiled) {
        compiled = build/* RE2JS */.L3.compile(pattern);
        if (regexps.size > 1000)
            regexps.clear();
        regexps.set(pattern, compiled);
    }
    if (input.length > CEL_LIMITS.matchInputChars)
        throw new CostExceeded();
    return compiled.test(input);
});
/**
 * The rule with each `matches(` call renamed to the RE2 one, outside string literals (cel-js's own
 * `matches` cannot be replaced). Names in error messages are turned back.
 */
function withRe2Matches(rule) {
    let out = '';
    let i = 0;
    while (i < rule.length) {
        const literal = /^(?:[rRbB]{0,2})('''|"""|'|")/.exec(rule.slice(i, i + 5));
        if (literal && (i === 0 || !/[\w]/.test(rule[i - 1]))) {
            const quote = literal[1];
            const raw = /[rR]/.test(literal[0].slice(0, -quote.length));
            let j = i + literal[0].length;
            while (j < rule.length && !rule.startsWith(quote, j))
                j += rule[j] === '\\' && !raw ? 2 : 1;
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
function celValue(value, schema) {
    const s = (0,fields/* objectOf */.Xy)(schema);
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (typeof value === 'number')
        return Number.isInteger(value) && !types.includes('number') ? BigInt(value) : value;
    if (Array.isArray(value))
        return value.map((item) => celValue(item, s.items));
    if (value && typeof value === 'object') {
        const properties = (0,fields/* objectOf */.Xy)(s.properties);
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, celValue(v, properties[k] ?? s.additionalProperties)]));
    }
    return value;
}
const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
function compileRule(input) {
    const { rule, message } = (0,fields/* objectOf */.Xy)(input);
    if (typeof rule !== 'string')
        return { rule: String(rule), notChecked: 'the rule is not a string' };
    if (/\boldSelf\b/.test(rule))
        return { rule, notChecked: 'a transition rule (oldSelf): the API server runs it on updates only' };
    let program;
    try {
        program = env.parse(withRe2Matches(rule));
        const checked = program.check();
        if (!checked.valid)
            return { rule, notChecked: `not evaluable here (${firstLine(checked.error)})` };
    }
    catch (error) {
        return { rule, notChecked: `does not parse (${firstLine(error)})` };
    }
    return {
        rule,
        message: typeof message === 'string' && message !== '' ? message : `failed rule: ${rule}`,
        check: (self) => {
            callSteps = 0;
            try {
                return program({ self }) === true ? true : 'false';
            }
            catch (error) {
                if (error instanceof CostExceeded)
                    return {
                        exceeded: objectSteps > CEL_LIMITS.perObject
                            ? `the object's rules exceed the CEL cost budget of ${(0,countText/* countText */.l)(CEL_LIMITS.perObject)} steps (limit perObject, the API server's RuntimeCELCostBudget); the API server would refuse it`
                            : `rule ${rule} exceeds the CEL cost budget of ${(0,countText/* countText */.l)(CEL_LIMITS.perCall)} steps for one rule (limit perCall, the API server's PerCallLimit); the API server would refuse the object`,
                    };
                return firstLine(error).replace(/slipwayMatches/g, 'matches');
            }
        },
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/core/validate/k8sFormats.ts
// The string formats the Kubernetes API server checks in a CRD's schema (apiextensions JSONSchemaProps
// `format`: "Unknown formats are ignored. The following formats are validated: bsonobjectid, uri, email,
// hostname, ipv4, ipv6, cidr, mac, uuid, uuid3, uuid4, uuid5, isbn, isbn10, isbn13, creditcard, ssn,
// hexcolor, rgbcolor, byte, password, date, duration, datetime"). Names compare as go-openapi's strfmt
// registry compares them: lower case, dashes ignored (`date-time` is `datetime`). Number formats
// (int32, int64, float, double) are not in that list: the API server does not check them, nor does Slipway.

const uuidPattern = (version) => new RegExp(`^[0-9a-f]{8}-?[0-9a-f]{4}-?${version}[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$`, 'i');
function isbn10(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{9}[\dX]$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < 10; i++)
        sum += (digits[i] === 'X' ? 10 : Number(digits[i])) * (10 - i);
    return sum % 11 === 0;
}
function isbn13(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < 13; i++)
        sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
}
function luhn(s) {
    const digits = s.replace(/[\s-]/g, '');
    if (!/^\d{12,19}$/.test(digits))
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 === 0;
}
function hostname(s) {
    if (s.length === 0 || s.length > 255)
        return false;
    return s
        .replace(/\.$/, '')
        .split('.')
        .every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label));
}
function validDate(year, month, day) {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function date(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
function dateTime(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/.exec(s);
    return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$|^[-+]?0$/;
const STRFMT_DURATION = /^(?:\s*\d+\s*(?:ns|us|\u00b5s|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks))+\s*$/;
function cidr(s) {
    const slash = s.indexOf('/');
    if (slash === -1)
        return false;
    const [ip, prefix] = [s.slice(0, slash), s.slice(slash + 1)];
    if (!/^\d{1,3}$/.test(prefix))
        return false;
    return ((0,external_node_net_.isIPv4)(ip) && Number(prefix) <= 32) || ((0,external_node_net_.isIPv6)(ip) && Number(prefix) <= 128);
}
const RGB_PART = '\\s*(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\s*';
/** Normalised format name \u2192 check of a string value. */
const CHECKS = {
    bsonobjectid: (s) => /^[0-9a-f]{24}$/i.test(s),
    uri: (s) => s.startsWith('/') || (/^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s)),
    email: (s) => /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+(?:>)?$/.test(s.trim()),
    hostname,
    ipv4: (s) => (0,external_node_net_.isIPv4)(s),
    ipv6: (s) => (0,external_node_net_.isIPv6)(s),
    cidr,
    mac: (s) => /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){7}[0-9a-f]{2}$|^(?:[0-9a-f]{2}[:-]){19}[0-9a-f]{2}$|^(?:[0-9a-f]{4}\.){2,9}[0-9a-f]{4}$/i.test(s),
    uuid: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(s),
    uuid3: (s) => uuidPattern('3').test(s),
    uuid4: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
    uuid5: (s) => /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i.test(s),
    isbn: (s) => isbn10(s) || isbn13(s),
    isbn10,
    isbn13,
    creditcard: luhn,
    ssn: (s) => /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(s),
    hexcolor: (s) => /^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(s),
    rgbcolor: (s) => new RegExp(`^rgb\\(${RGB_PART},${RGB_PART},${RGB_PART}\\)$`).test(s),
    byte: (s) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s),
    password: () => true,
    date,
    duration: (s) => GO_DURATION.test(s) || STRFMT_DURATION.test(s),
    datetime: dateTime,
};
/** The registry key of a format name, or undefined for a format the API server ignores. */
function checkedFormat(name) {
    if (typeof name !== 'string')
        return undefined;
    const key = name.toLowerCase().replace(/-/g, '');
    return key in CHECKS ? key : undefined;
}
/** Format checks for Ajv's `formats` option (string formats: other types pass). */
const K8S_FORMATS = Object.fromEntries(Object.entries(CHECKS).map(([name, validate]) => [name, { type: 'string', validate }]));

;// CONCATENATED MODULE: ./src/core/validate/structuralSchema.ts
// A CRD's openAPIV3Schema (an OpenAPI v3.0 "structural schema" with Kubernetes extensions) as the JSON
// Schema Ajv checks, with the API server's meaning:
// - `exclusiveMaximum: true` / `exclusiveMinimum: true` (v3.0 booleans beside maximum/minimum) \u2192 numbers;
// - `nullable: true` allows null; a null field of an object is pruned by the API server, so it passes too;
// - `x-kubernetes-int-or-string` is an integer or a string, `x-kubernetes-preserve-unknown-fields` keeps
//   any field, `x-kubernetes-embedded-resource` is an object with apiVersion, kind and metadata;
// - `x-kubernetes-list-type: set` has unique items;
// - formats the API server checks are kept (normalised), others dropped (it ignores them);
// - at the root, apiVersion, kind and metadata are always allowed, whatever the schema lists;
// - under --strict, an object with listed properties accepts no other field.
// Patterns are Go (RE2) expressions: Ajv runs them with re2js (see crdIndex.ts).
// The schema is a repository's: read by narrowing, and a keyword of the wrong kind (properties that are
// not a map, rules that are not a list) is a MalformedSchema naming where, as the API server refuses it.


/** A CRD's schema the API server refuses: `message` names the keyword (openAPIV3Schema.properties.spec\u2026). */
class MalformedSchema extends Error {
}
function malformed(at, what) {
    return new MalformedSchema(`${at} ${what} (the API server refuses such a CRD: fix its schema)`);
}
const kindOf = (v) => v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a map' : `a ${typeof v}`;
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const DROPPED = new Set(['default', 'description', 'example', 'externalDocs', 'nullable', 'format']);
/** Keywords the API server reads as absent when null (Go's nil slice, map or pointer). */
const NULL_IS_ABSENT = new Set([
    'items',
    'additionalProperties',
    'not',
    'required',
    'x-kubernetes-validations',
    ...SUBSCHEMA_LISTS,
]);
function withNull(out) {
    if (typeof out.type === 'string')
        out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null'))
        out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null))
        out.enum = [...out.enum, null];
}
/** A schema (a map; JSON Schema's `true`/`false` kept as written) converted, at `at` of the CRD's schema. */
function convert(node, ctx, place, at) {
    if (typeof node === 'boolean')
        return node;
    if (!(0,fields/* isFields */.Ce)(node))
        throw malformed(at, `is ${kindOf(node)}, not a schema (a map)`);
    const schema = node;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (DROPPED.has(key) || (key.startsWith('x-kubernetes-') && key !== 'x-kubernetes-validations'))
            continue;
        if (value === null && NULL_IS_ABSENT.has(key))
            continue;
        const here = `${at}.${key}`;
        if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
            if (value === null || value === undefined) {
                out[key] = {};
                continue;
            }
            if (!(0,fields/* isFields */.Ce)(value))
                throw malformed(here, `is ${kindOf(value)}, not a map of field schemas`);
            out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convert(sub, ctx, 'field', `${here}.${name}`)]));
        }
        else if (key === 'items') {
            out.items = Array.isArray(value)
                ? value.map((v, i) => convert(v, ctx, 'item', `${here}[${i}]`))
                : convert(value, ctx, 'item', here);
        }
        else if (key === 'additionalProperties') {
            out.additionalProperties = typeof value === 'boolean' ? value : convert(value, ctx, 'field', here);
        }
        else if (SUBSCHEMA_LISTS.includes(key)) {
            if (!Array.isArray(value))
                throw malformed(here, `is ${kindOf(value)}, not a list of schemas`);
            out[key] = value.map((v, i) => convert(v, ctx, 'item', `${here}[${i}]`));
        }
        else if (key === 'not') {
            out.not = convert(value, ctx, 'item', here);
        }
        else if (key === 'x-kubernetes-validations') {
            if (!Array.isArray(value))
                throw malformed(here, `is ${kindOf(value)}, not a list of rules`);
            out[key] = ctx.registerRules(value);
        }
        else if (key === 'required' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
            throw malformed(here, `is ${kindOf(value)}, not a list of field names`);
        }
        else
            out[key] = value;
    }
    const format = checkedFormat(schema.format);
    if (format)
        out.format = format;
    for (const [bound, limit] of [
        ['exclusiveMaximum', 'maximum'],
        ['exclusiveMinimum', 'minimum'],
    ]) {
        if (typeof out[bound] !== 'boolean')
            continue;
        if (out[bound] === true && typeof out[limit] === 'number') {
            out[bound] = out[limit];
            delete out[limit];
        }
        else
            delete out[bound];
    }
    if (schema['x-kubernetes-int-or-string'] === true)
        out.type = ['integer', 'string'];
    if (schema['x-kubernetes-list-type'] === 'set')
        out.uniqueItems = true;
    const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
    if (schema['x-kubernetes-embedded-resource'] === true || place === 'root') {
        const properties = (0,fields/* isFields */.Ce)(out.properties) ? out.properties : {};
        const metadata = (0,fields/* isFields */.Ce)(properties.metadata) ? properties.metadata : {};
        const metaProps = (0,fields/* isFields */.Ce)(metadata.properties) ? metadata.properties : {};
        // Kubernetes allows a CRD's schema to say only metadata.name and metadata.generateName
        const namesOnly = Object.fromEntries(Object.entries(metaProps).filter(([k]) => k === 'name' || k === 'generateName'));
        out.properties = {
            ...properties,
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            metadata: { type: 'object', ...(Object.keys(namesOnly).length > 0 && { properties: namesOnly }) },
        };
        if (place !== 'root')
            out.required = [...new Set([...(0,fields/* listOf */.c3)(out.required), 'apiVersion', 'kind'])];
    }
    if (ctx.strict && out.properties && out.additionalProperties === undefined && !preserve)
        out.additionalProperties = false;
    if (schema.nullable === true || place === 'field')
        withNull(out);
    return out;
}
/** The JSON Schema Ajv compiles for one version of a CRD; throws MalformedSchema for one it refuses. */
function structuralToJsonSchema(openAPIV3Schema, ctx) {
    const converted = convert(openAPIV3Schema, ctx, 'root', 'openAPIV3Schema');
    if (!(0,fields/* isFields */.Ce)(converted))
        throw malformed('openAPIV3Schema', 'is not a map');
    return converted;
}

// EXTERNAL MODULE: ./src/core/plainText.ts
var plainText = __webpack_require__(7032);
;// CONCATENATED MODULE: ./src/core/validate/crdIndex.ts
// The CRDs a repository defines (apiextensions.k8s.io/v1 and v1beta1), indexed by group and kind, each
// version compiled on first use. A custom resource finds here either a validator, or the reason it cannot
// be validated: no CRD, a version the CRD does not have or does not serve, or a schema that cannot be used
// (named with the CRD's file and line; never "add its CRD" when the CRD is there).










/** Go's regular expressions (RE2: `\d`, `\-`, `(?i)`, `\z`, `[[:alpha:]]`\u2026), as the API server runs them. */
const re2Engine = Object.assign((pattern) => {
    const compiled = build/* RE2JS */.L3.compile(pattern);
    // Ajv caches compiled patterns by their toString()
    return { test: (input) => compiled.matcher(input).find(), toString: () => `re2:${pattern}` };
}, { code: 're2js' });
const where = (crd) => `${crd.file}:${crd.line}`;
function readCrd({ obj, file, line }) {
    const spec = (0,fields/* objectOf */.Xy)(obj.spec);
    const kind = (0,fields/* objectOf */.Xy)(spec.names).kind;
    if (typeof kind !== 'string' || typeof spec.group !== 'string')
        return undefined;
    // v1beta1: one schema for every version (spec.validation), `spec.version` when there is no list
    const shared = (0,fields/* objectOf */.Xy)(spec.validation).openAPIV3Schema;
    const listed = (0,fields/* listOf */.c3)(spec.versions).map(fields/* objectOf */.Xy);
    const versions = listed.length > 0
        ? listed.map((v) => ({
            name: String(v.name),
            served: v.served !== false,
            schema: (0,fields/* objectOf */.Xy)(v.schema).openAPIV3Schema ?? shared,
        }))
        : typeof spec.version === 'string'
            ? [{ name: spec.version, served: true, schema: shared }]
            : [];
    return {
        name: (0,plainText/* plainText */.w)((0,fields/* objectOf */.Xy)(obj.metadata).name, `${kind}.${spec.group}`),
        group: spec.group,
        kind,
        file,
        line,
        versions,
        notChecked: [],
    };
}
class CrdIndex {
    objects;
    strict;
    crds = new Map();
    ajv;
    /** Compiled x-kubernetes-validations lists; a converted schema names one by its index. */
    rules = [];
    /**
     * `objects` is read on the first lookup: a run whose apps deploy no custom resource never parses the
     * repository's CRDs.
     */
    constructor(objects, strict) {
        this.objects = objects;
        this.strict = strict;
        this.ajv = new ajv.Ajv({
            strict: false,
            allErrors: true,
            logger: false,
            formats: K8S_FORMATS,
            code: { regExp: re2Engine },
        });
        const rules = this.rules;
        this.ajv.addKeyword({
            keyword: 'x-kubernetes-validations',
            errors: true,
            compile(index, parentSchema) {
                const list = rules[index] ?? [];
                // Ajv reads a keyword's errors from the function's `errors`
                const check = (data) => {
                    const errors = [];
                    const self = celValue(data, parentSchema);
                    for (const rule of list) {
                        if (!('check' in rule))
                            continue;
                        const result = rule.check(self);
                        if (result === true)
                            continue;
                        errors.push({
                            keyword: 'x-kubernetes-validations',
                            message: typeof result === 'object'
                                ? result.exceeded
                                : result === 'false'
                                    ? rule.message
                                    : `rule ${rule.rule} could not be evaluated: ${result}`,
                            params: { rule: rule.rule, evaluated: result === 'false' || typeof result === 'object' },
                        });
                        // past the object's budget no other rule runs (each would only say so again)
                        if (typeof result === 'object' && result.exceeded.includes('(limit perObject'))
                            break;
                    }
                    // Ajv adds each error's instancePath
                    check.errors = errors;
                    return errors.length === 0;
                };
                return check;
            },
        });
    }
    indexed = false;
    /** The CRDs by `group/kind`, read from `objects` once. */
    get byKind() {
        if (!this.indexed) {
            this.indexed = true;
            for (const object of this.objects()) {
                if (object.obj.kind !== 'CustomResourceDefinition')
                    continue;
                const crd = readCrd(object);
                const key = crd && `${crd.group}/${crd.kind}`;
                if (crd && key && !this.crds.has(key))
                    this.crds.set(key, crd);
            }
        }
        return this.crds;
    }
    compile(crd, version) {
        if (version.compiled)
            return version.compiled;
        if (!version.schema || typeof version.schema !== 'object') {
            version.compiled = {
                problem: `CRD ${crd.name} (${where(crd)}) has no openAPIV3Schema for ${version.name}`,
            };
            return version.compiled;
        }
        const ctx = {
            strict: this.strict,
            registerRules: (list) => {
                const compiled = list.map(compileRule);
                for (const rule of compiled)
                    if ('notChecked' in rule)
                        crd.notChecked.push({ version: version.name, rule: rule.rule, reason: rule.notChecked });
                return this.rules.push(compiled) - 1;
            },
        };
        try {
            const schema = structuralToJsonSchema(version.schema, ctx);
            const compiled = this.ajv.compile(schema);
            // one CEL cost budget per object, as the API server gives each object its own
            const validator = (data) => {
                startCelObject();
                return compiled(data);
            };
            Object.defineProperty(validator, 'errors', { get: () => compiled.errors });
            version.compiled = { validator };
        }
        catch (error) {
            const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
            version.compiled = {
                problem: `the schema of CRD ${crd.name} (${where(crd)}), version ${version.name}, cannot be used: ${reason}`,
            };
        }
        return version.compiled;
    }
    /** What validates `apiVersion kind`, or why nothing can; undefined when no CRD defines the kind. */
    lookup(apiVersion, kind) {
        const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
        const crd = this.byKind.get(`${group}/${kind}`);
        if (!crd)
            return undefined;
        const found = crd.versions.find((v) => v.name === version);
        if (!found)
            return {
                crd,
                severity: 'error',
                problem: `CRD ${crd.name} (${where(crd)}) has no version ${String(version)}; it defines ${crd.versions.map((v) => v.name).join(', ') || 'no versions'}`,
            };
        if (!found.served)
            return {
                crd,
                severity: 'error',
                problem: `version ${found.name} of CRD ${crd.name} (${where(crd)}) is not served (served: false): the API server rejects it`,
            };
        const compiled = this.compile(crd, found);
        return 'validator' in compiled
            ? { crd, validator: compiled.validator }
            : { crd, severity: 'unusable', problem: compiled.problem };
    }
    /**
     * One notice per CRD used whose CEL rules are not all checked \u2014 for the CRDs of `objects` only, naming
     * `unit`, when given (an app's share of the notices).
     */
    notCheckedFindings(objects, unit) {
        const used = objects
            ? new Set(objects.map((o) => {
                const apiVersion = (0,plainText/* plainText */.w)(o.obj.apiVersion, '');
                const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
                return `${group}/${(0,plainText/* plainText */.w)(o.obj.kind, '')}`;
            }))
            : undefined;
        return [...this.crds]
            .filter(([key, crd]) => crd.notChecked.length > 0 && (!used || used.has(key)))
            .map(([, crd]) => ({
            severity: 'notice',
            rule: 'cel-not-checked',
            ...(unit && { unit }),
            file: crd.file,
            line: crd.line,
            message: `${crd.notChecked.length} x-kubernetes-validations rule(s) of CRD ${crd.name} not checked: ${crd.notChecked
                .map((r) => `\`${r.rule}\` (${r.version}: ${r.reason})`)
                .join('; ')}`,
        }));
    }
}
/** CRDs anywhere in a repository, deployed by an app or not: they define what custom resources may hold. */
function crdsInTree(tree) {
    const out = [];
    for (const [path, entry] of tree) {
        if (!(0,manifestFiles/* isManifestPath */.HS)(path) || !(0,fileTree/* mayInclude */.SH)(entry, 'CustomResourceDefinition'))
            continue;
        for (const doc of (0,documentReader/* manifestDocuments */.Ee)(entry.text ?? '', path))
            out.push(...doc.objects.filter((o) => o.obj.kind === 'CustomResourceDefinition'));
    }
    return out;
}


/***/ })

};
