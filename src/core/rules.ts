// Every rule a finding can carry, in one place: its id, its default severity, what it does to the app's
// preview and to auto-merge, and what it means. A finding's `rule` is a `RuleId`, so tsc rejects an id not
// declared here; the render state and the auto-merge gate read these entries, never rule names; README's
// findings table is built from them (`rulesTable`, held by a test).

export type Severity = 'error' | 'warning' | 'notice';

/** What the functions below read of a finding (`Finding`, in finding.ts, builds on this module). */
interface Emitted {
  severity: Severity;
  rule: RuleId;
}

export interface Rule {
  /** The severity it is emitted with unless a setting or the case says otherwise (see `doc`). */
  severity: Severity;
  /**
   * `failed`: as an error, the app's render failed (Argo CD's ComparisonError; its objects are unknown).
   * `not-previewed`: the app was not previewed (its objects are unknown).
   */
  render?: 'failed' | 'not-previewed';
  /** A finding of this rule blocks auto-merge at any severity (an error always blocks). */
  blocksAutoMerge: boolean;
  /** One line for the README: what it means (and what changes its severity). */
  doc: string;
}

export const RULES = {
  'yaml-syntax': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a YAML document does not parse',
  },
  'yaml-limits': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a YAML document is over a size or alias limit; it is not read',
  },
  'file-too-large': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a file is over `max-file-size`; it is not read',
  },
  'duplicate-key': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: 'a map repeats a key, which the API server rejects',
  },
  'not-an-object': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a document or list item is not a Kubernetes object',
  },
  'missing-type': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'an object has no `apiVersion` or `kind`',
  },
  'invalid-metadata': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'an annotation is not a string, so Argo CD cannot track the object',
  },
  'path-escape': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a path or link leaves the repository; it is not read',
  },
  'missing-path': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: "an Application's `path` does not exist",
  },
  'missing-file': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a kustomization refers to a file that does not exist',
  },
  'missing-value-file': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a Helm value file does not exist (and `ignoreMissingValueFiles` is off)',
  },
  'chart-lock': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: "a chart's `Chart.lock` cannot be used",
  },
  'invalid-application': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'an Application (or its Helm options) is not one Argo CD accepts',
  },
  'invalid-kustomization': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: 'a kustomization asks for something Slipway refuses to run (e.g. helm options in `helmCharts`)',
  },
  'invalid-glob': {
    severity: 'warning',
    blocksAutoMerge: false,
    doc: '`directory.include`/`exclude` does not compile; Argo CD matches no file with it',
  },
  'glob-limits': {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: '`directory.include`/`exclude` is over the glob budget; the app is not rendered',
  },
  render: {
    severity: 'error',
    render: 'failed',
    blocksAutoMerge: false,
    doc: '`kustomize build` or `helm template` failed',
  },
  'not-previewed': {
    severity: 'warning',
    render: 'not-previewed',
    blocksAutoMerge: true,
    doc: 'an app is not previewed (jsonnet, a plugin, a repository that cannot be fetched, an unvendored chart); a notice in `validate`',
  },
  'not-rendered': {
    severity: 'warning',
    render: 'not-previewed',
    blocksAutoMerge: true,
    doc: 'a chart from a chart repository or an OCI registry could not be pulled (the registry and the reason named), or helm is missing',
  },
  'duplicate-app': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: 'two files define the same Application',
  },
  'duplicate-object': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: 'an app deploys the same object twice',
  },
  'shared-object': {
    severity: 'warning',
    blocksAutoMerge: false,
    doc: 'two apps deploy the same object',
  },
  'image-tag': {
    severity: 'warning',
    blocksAutoMerge: false,
    doc: 'a container runs an untagged or `latest` image (`image-tag-severity`)',
  },
  'removed-api': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: '`apiVersion` is removed in `kubernetes-version`',
  },
  'deprecated-api': {
    severity: 'warning',
    blocksAutoMerge: false,
    doc: '`apiVersion` is deprecated in `kubernetes-version`',
  },
  'unknown-kind': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: 'no built-in API group serves this kind and version',
  },
  schema: {
    severity: 'error',
    blocksAutoMerge: false,
    doc: "an object does not match its kind's schema",
  },
  'unknown-field': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: 'an object has a field its schema does not know (`strict`, or a closed schema)',
  },
  cel: {
    severity: 'error',
    blocksAutoMerge: false,
    doc: "a custom resource fails its CRD's `x-kubernetes-validations` (a warning when a rule cannot be evaluated)",
  },
  'cel-not-checked': {
    severity: 'notice',
    blocksAutoMerge: false,
    doc: "a CRD's `x-kubernetes-validations` rules Slipway cannot evaluate",
  },
  'no-schema': {
    severity: 'warning',
    blocksAutoMerge: false,
    doc: 'a custom resource has no usable CRD, so it is not validated (`require-schemas`: an error)',
  },
  'crd-version': {
    severity: 'error',
    blocksAutoMerge: false,
    doc: "a custom resource's version is not served by its CRD",
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** A rule's entry, read through the `Rule` shape (so optional fields read as such). */
export const ruleOf = (id: RuleId): Rule => RULES[id];

/** As an error, this finding means the app's render failed. */
export const failsRender = (f: Emitted): boolean =>
  f.severity === 'error' && ruleOf(f.rule).render === 'failed';

/** This finding means the app was not previewed. */
export const leavesUnpreviewed = (f: Emitted): boolean => ruleOf(f.rule).render === 'not-previewed';

/** This finding on an app keeps a pull request from merging on its own. */
export const blocksAutoMerge = (f: Emitted): boolean =>
  f.severity === 'error' || ruleOf(f.rule).blocksAutoMerge;

/** README's findings table. */
export function rulesTable(): string {
  const rows = RULE_IDS.map((id) => {
    const r = ruleOf(id);
    const merge = r.blocksAutoMerge ? 'always' : 'as an error';
    const preview =
      r.render === 'failed' ? 'render failed' : r.render === 'not-previewed' ? 'not previewed' : '';
    return `| \`${id}\` | ${r.severity} | ${preview} | ${merge} | ${r.doc} |`;
  });
  return [
    '| Rule | Severity | App | Blocks auto-merge | What it means |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
