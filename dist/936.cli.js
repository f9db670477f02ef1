export const id = 936;
export const ids = [936];
export const modules = {

/***/ 2936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/policy/schema.ts
// The JSON schema of the policy file; docs/policy.schema.json is the same schema for editors (a test keeps them equal).
const POLICY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/acme/slipway/policy.schema.json',
    title: 'Slipway policy (.slipway.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        environments: {
            type: 'object',
            description: 'Named environments; a file belongs to the first one whose paths match it.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['paths'],
                properties: {
                    paths: {
                        type: 'array',
                        minItems: 1,
                        items: {
                            type: 'string',
                            minLength: 1,
                        },
                    },
                    'auto-merge': {
                        enum: ['never', 'patch', 'minor', 'major', 'any'],
                        default: 'never',
                    },
                    reviewers: {
                        type: 'array',
                        items: {
                            type: 'string',
                            pattern: '^[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?$',
                        },
                    },
                    labels: {
                        type: 'array',
                        items: {
                            type: 'string',
                            minLength: 1,
                        },
                    },
                },
            },
        },
        images: {
            type: 'object',
            description: 'Rules per image name glob: the versions and tag pattern a bump must satisfy.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    versions: {
                        type: 'string',
                        minLength: 1,
                    },
                    tags: {
                        type: 'string',
                        minLength: 1,
                    },
                },
            },
        },
        'allowed-paths': {
            type: 'array',
            description: "Globs of files outside every app's inputs (docs, CI files) that a pull request may change and still merge on its own; any other such file makes it not eligible.",
            items: {
                type: 'string',
                minLength: 1,
            },
        },
        'merge-method': {
            enum: ['merge', 'squash', 'rebase'],
            default: 'squash',
        },
    },
};

;// CONCATENATED MODULE: ./src/core/policy/parsePolicy.ts
// Reads a policy file (policy.ts) by the schema shipped with Slipway (schema.ts), which also checks that
// image rules' versions are semver ranges and tags RE2 expressions: what passes is a PolicyDocument (the
// type worked out from the schema), turned into a Policy without further checks. A module of its own, so
// a run whose repository has no policy file never loads the schema validator (Ajv).





const { versions, tags } = POLICY_SCHEMA.properties.images.additionalProperties.properties;
/** POLICY_SCHEMA with what JSON schema cannot say: image rules' versions are semver ranges, tags RE2. */
const CHECKED_SCHEMA = {
    ...POLICY_SCHEMA,
    properties: {
        ...POLICY_SCHEMA.properties,
        images: {
            ...POLICY_SCHEMA.properties.images,
            additionalProperties: {
                ...POLICY_SCHEMA.properties.images.additionalProperties,
                properties: {
                    versions: { ...versions, format: 'semver-range' },
                    tags: { ...tags, format: 're2' },
                },
            },
        },
    },
};
const FORMATS = {
    'semver-range': (text) => semver_default().validRange(text) !== null,
    re2: (text) => {
        try {
            build/* RE2JS */.L3.compile(text);
            return true;
        }
        catch {
            return false;
        }
    },
};
const FORMAT_PROBLEMS = {
    'semver-range': 'is not a semver range',
    re2: 'is not a valid regular expression',
};
/** The policy's validator, compiled the first time a policy is read (not at every start). */
let compiledSchema;
const validator = () => (compiledSchema ??= new ajv.Ajv({ allErrors: true, formats: FORMATS }).compile(CHECKED_SCHEMA));
function parsePolicy(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            errors: doc.errors.map((e) => ({
                file,
                line: e.linePos?.[0].line ?? 1,
                message: e.message.split('\n')[0],
            })),
        };
    }
    const data = doc.toJS() ?? {};
    // the line of a key (its value's line for list items), or of the nearest ancestor that exists
    const lineOf = (path) => {
        for (let depth = path.length; depth > 0; depth--) {
            const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
            const pair = (0,dist/* isMap */.jh)(parent)
                ? parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === path[depth - 1])
                : undefined;
            const node = (0,dist/* isNode */.Ll)(pair?.key) ? pair.key : doc.getIn(path.slice(0, depth), true);
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return 1;
    };
    const validate = validator();
    if (validate(data))
        return { policy: policyOf(file, data), errors: [] };
    const errors = [];
    for (const e of validate.errors ?? []) {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        const key = [...path, ...(extra ? [extra] : [])].join('.') || '(top level)';
        const format = e.keyword === 'format' ? FORMAT_PROBLEMS[String(e.params.format)] : undefined;
        const message = format
            ? // images."<pattern>".versions: the pattern is a glob, quoted to be read whole
                `${path[0]}."${path[1]}".${path[2]} ${format}`
            : `${key} ${e.keyword === 'additionalProperties'
                ? 'is not a known key'
                : e.keyword === 'enum'
                    ? `must be one of ${e.params.allowedValues.join(', ')}`
                    : (e.message ?? e.keyword)}`;
        errors.push({ file, line: lineOf(extra ? [...path, extra] : path), message });
    }
    return { errors };
}
/** A policy file its schema admits \u2192 the policy. */
function policyOf(file, data) {
    return {
        file,
        environments: Object.entries(data.environments ?? {}).map(([name, env]) => ({
            name,
            paths: env.paths,
            autoMerge: env['auto-merge'] ?? 'never',
            reviewers: env.reviewers ?? [],
            labels: env.labels ?? [],
        })),
        images: Object.entries(data.images ?? {}).map(([pattern, rule]) => ({ pattern, ...rule })),
        mergeMethod: data['merge-method'] ?? 'squash',
        allowedPaths: data['allowed-paths'] ?? [],
    };
}


/***/ })

};
