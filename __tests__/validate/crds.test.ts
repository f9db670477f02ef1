// Custom resources against their CRDs as the API server checks them: every structural-schema feature
// compiles, a schema that truly cannot be used is named, v1beta1 CRDs are read, strict mode keeps
// apiVersion/kind/metadata, CEL rules run (or are listed as not checked), versions must exist and be served.
import { join } from 'node:path';
import { ROOT, runCli } from '../support/runAction.js';
import { crdYaml, findingLines, tempFile, validateSettings, validate } from '../support/validation.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'validate', 'crd-features');
const CRD = join(FIXTURES, 'httpproxy-crd.yaml');
const settings = validateSettings;
const summary = findingLines;

test('a CR that uses every structural-schema feature passes its CRD given beside it (no finding at all but the unchecked rules)', async () => {
  const result = await validate(settings([CRD, join(FIXTURES, 'good.yaml')], { strict: true }));
  expect(summary(result.findings)).toEqual([
    expect.stringMatching(
      /^notice 4: 2 x-kubernetes-validations rule\(s\) of CRD httpproxies\.projectcontour\.io not checked: `isURL\(self\.spec\.docs\)` \(v1: not evaluable here .*\); `self\.spec\.maxReplicas >= oldSelf\.spec\.maxReplicas` \(v1: a transition rule/,
    ),
  ]);
  expect(result.objects).toBe(3);
});

test('each broken field of a CR is an error on its own line: bounds, int-or-string, RE2 patterns, formats, sets, embedded objects, CEL', async () => {
  const result = await validate(settings([CRD, join(FIXTURES, 'bad.yaml')]));
  const errors = result.findings.filter((f) => f.severity === 'error' && f.file?.endsWith('bad.yaml'));
  expect(errors.map((f) => [f.line, f.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(
    [
      [1, "HTTPProxy/bad fails its CRD's rule: replicas must not exceed maxReplicas"],
      [7, 'spec.replicas must be < 10'],
      [9, 'spec.weight must be > 0'],
      [10, 'spec.port must be integer or string'],
      [11, 'spec.prefix does not match ^\\d+\\-[a-z]+\\z'],
      [12, 'spec.host does not match (?i)^[[:alpha:]][a-z0-9.-]*$'],
      [13, 'spec.since is not a valid datetime'],
      [14, 'spec.caBundle is not a valid byte'],
      [15, 'spec.timeout is not a valid duration'],
      [16, 'spec.address is not a valid ipv4'],
      [17, 'spec.tags must NOT have duplicate items (items ## 1 and 0 are identical)'],
      [18, 'spec.template is missing required field "apiVersion"'],
      [18, 'spec.template is missing required field "kind"'],
      [22, expect.stringContaining('version v1alpha1 of CRD httpproxies.projectcontour.io (')],
      [26, expect.stringContaining('CRD httpproxies.projectcontour.io (')],
    ].sort((a, b) => Number(a[0]) - Number(b[0])),
  );
  expect(errors.find((f) => f.line === 22)?.message).toMatch(
    /httpproxy-crd\.yaml:4\) is not served \(served: false\)/,
  );
  expect(errors.find((f) => f.line === 26)?.message).toMatch(/has no version v2; it defines v1, v1alpha1$/);
  // without --strict, unknown fields are pruned by the API server: not errors
  expect(errors.some((f) => f.message.includes('unknown field'))).toBe(false);
});

test('--strict: every unknown field is reported (two in one object), metadata is checked as ObjectMeta', async () => {
  const result = await validate(settings([CRD, join(FIXTURES, 'bad.yaml')], { strict: true }));
  const unknown = result.findings.filter((f) => f.rule === 'unknown-field');
  expect(unknown.map((f) => [f.line, f.message])).toEqual([
    [5, 'metadata has unknown field "lables"'],
    [19, 'spec has unknown field "colour"'],
    [20, 'spec has unknown field "shape"'],
  ]);
});

test('strict mode never rejects apiVersion, kind or metadata, even when the schema lists only spec', async () => {
  const file = tempFile(
    'all.yaml',
    `${crdYaml('Widget', 'widgets', '{type: object, properties: {spec: {type: object, properties: {size: {type: integer}}}}}')}---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w, namespace: n, labels: {a: b}, annotations: {c: d}, finalizers: [x]}
spec: {size: 1}
`,
  );
  const result = await validate(settings([file], { strict: true }));
  expect(summary(result.findings)).toEqual([]);
});

test('keywords written null are absent, as the API server reads them', async () => {
  const file = tempFile(
    'all.yaml',
    `${crdYaml('Doohickey', 'doohickeys', '{type: object, required: null, properties: {spec: {type: object, x-kubernetes-validations: null, allOf: null, properties: {size: {type: integer, maximum: 3}}}}}')}---
apiVersion: example.com/v1
kind: Doohickey
metadata: {name: d}
spec: {size: 4}
`,
  );
  const result = await validate(settings([file]));
  expect(summary(result.findings)).toEqual(['error 18: spec.size must be <= 3']);
});

// a CRD's schema is parsed before it is compiled: a keyword of the wrong kind is said, never read as another
test('a schema that cannot be used names the CRD file and line, and never asks to add the CRD', async () => {
  const file = tempFile(
    'all.yaml',
    `${crdYaml('Gadget', 'gadgets', "{type: object, properties: {spec: {$ref: '#/definitions/missing'}}}")}---
apiVersion: example.com/v1
kind: Gadget
metadata: {name: g}
spec: {}
`,
  );
  const result = await validate(settings([file]));
  expect(summary(result.findings)).toEqual([
    expect.stringMatching(
      /^warning 15: example\.com\/v1 Gadget is not validated: the schema of CRD gadgets\.example\.com \(.*all\.yaml:1\), version v1, cannot be used: /,
    ),
  ]);
  expect(result.findings[0]?.message).not.toContain('add its CRD');
  const required = await validate(settings([file], { requireSchemas: true }));
  expect(required.findings[0]?.severity).toBe('error');
});

test.each([
  [
    'properties written as a list',
    '{type: object, properties: {spec: {type: object, properties: [{size: {type: integer}}]}}}',
    'openAPIV3Schema.properties.spec.properties is a list, not a map of field schemas',
  ],
  [
    'a field schema that is a string',
    '{type: object, properties: {spec: {type: object, properties: {size: integer}}}}',
    'openAPIV3Schema.properties.spec.properties.size is a string, not a schema (a map)',
  ],
  [
    'rules that are not a list',
    "{type: object, properties: {spec: {type: object, x-kubernetes-validations: {rule: 'self.size > 0'}}}}",
    'openAPIV3Schema.properties.spec.x-kubernetes-validations is a map, not a list of rules',
  ],
])(
  'a malformed CRD schema (%s) is named with the CRD file and line, the keyword and what to do',
  async (_what, schema, said) => {
    const file = tempFile(
      'all.yaml',
      `${crdYaml('Gizmo', 'gizmos', schema)}---
apiVersion: example.com/v1
kind: Gizmo
metadata: {name: g}
spec: {size: 0}
`,
    );
    const result = await validate(settings([file]));
    // (the CRD itself may fail the CRD kind's schema too: an error on its line)
    expect(summary(result.findings)).toContain(
      `warning 15: example.com/v1 Gizmo is not validated: the schema of CRD gizmos.example.com (${file}:1), version v1, cannot be used: ${said} (the API server refuses such a CRD: fix its schema)`,
    );
  },
);

test('apiextensions v1beta1 CRDs are read (spec.validation, spec.version) and flagged as removed in 1.22', async () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata: {name: olds.example.com}
spec:
  group: example.com
  version: v1
  scope: Namespaced
  names: {kind: Old, plural: olds}
  validation:
    openAPIV3Schema:
      properties:
        spec:
          properties:
            size: {type: integer}
---
apiVersion: example.com/v1
kind: Old
metadata: {name: o}
spec: {size: big}
`;
  const file = tempFile('old.yaml', crd);
  const before = await validate(settings([file], { kubernetesVersion: '1.21' }));
  expect(summary(before.findings)).toEqual([
    'warning 1: apiextensions.k8s.io/v1beta1 CustomResourceDefinition is deprecated since 1.16 and removed in 1.22; use apiextensions.k8s.io/v1',
    'error 19: spec.size must be integer',
  ]);
  const after = await validate(settings([file], { kubernetesVersion: '1.22' }));
  expect(after.findings[0]).toMatchObject({ severity: 'error', rule: 'removed-api', line: 1 });
});

test('CEL: a failing rule is an error with its message; a rule that cannot be evaluated on this object is a warning', async () => {
  const crd = (rule: string) => `${crdYaml(
    'Range',
    'ranges',
    `{type: object, properties: {spec: {type: object, x-kubernetes-validations: [{rule: '${rule}'}], properties: {min: {type: integer}, max: {type: integer}, names: {type: array, items: {type: string}}}}}}`,
  )}---
apiVersion: example.com/v1
kind: Range
metadata: {name: r}
spec: {min: 5, max: 2, names: [ab, C]}
`;
  const failing = await validate(settings([tempFile('a.yaml', crd('self.min <= self.max'))]));
  expect(summary(failing.findings)).toEqual([
    "error 18: spec fails its CRD's rule: failed rule: self.min <= self.max",
  ]);
  const macro = await validate(
    settings([tempFile('b.yaml', crd('self.names.all(n, n.lowerAscii() == n) && self.min + 1 > 0'))]),
  );
  expect(summary(macro.findings)).toEqual([
    "error 18: spec fails its CRD's rule: failed rule: self.names.all(n, n.lowerAscii() == n) && self.min + 1 > 0",
  ]);
  const passing = await validate(
    settings([tempFile('c.yaml', crd('self.max < self.min && size(self.names) == 2'))]),
  );
  expect(passing.findings).toEqual([]);
  const missing = await validate(settings([tempFile('d.yaml', crd('self.step > 0'))]));
  expect(summary(missing.findings)).toEqual([
    expect.stringMatching(
      /^warning 18: spec fails its CRD's rule: rule self\.step > 0 could not be evaluated: /,
    ),
  ]);
});

test('slipway validate crd.yaml cr.yaml through the bundle: exit 1 and the CR errors', async () => {
  const run = await runCli(['validate', CRD, join(FIXTURES, 'bad.yaml')]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('bad.yaml:7:');
  expect(run.stdout).not.toContain('no schema');
  const clean = await runCli(['validate', CRD, join(FIXTURES, 'good.yaml')]);
  expect(clean.code).toBe(0);
});
