// The manifests and policy files the tests build, written one way: a ConfigMap, a Deployment, a
// `.slipway.yml`. (Applications: `application` in manifestsRepo.ts.)

const list = (items: readonly string[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;

/**
 * A ConfigMap as YAML: `metadata: {name: …}` (and its namespace), then `data` as a flow map of quoted
 * strings, or, given as text, whatever YAML follows the metadata line.
 */
export function configMap(
  name: string,
  data?: Record<string, string> | string,
  options: { namespace?: string } = {},
): string {
  const namespace = options.namespace === undefined ? '' : `, namespace: ${options.namespace}`;
  const body =
    typeof data === 'string'
      ? data
      : data === undefined
        ? ''
        : `data: {${Object.entries(data)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join(', ')}}\n`;
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}${namespace}}\n${body}`;
}

/**
 * A Deployment as block YAML, one container per entry of `containers` (name → image). `selector` adds
 * the selector and pod labels the API server requires (`app: <name>`); `comment` follows the name.
 */
export function deployment(
  name: string,
  containers: Record<string, string>,
  options: { selector?: boolean; comment?: string } = {},
): string {
  const comment = options.comment === undefined ? '' : ` # ${options.comment}`;
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}${comment}`,
    'spec:',
    ...(options.selector ? [`  selector: {matchLabels: {app: ${name}}}`] : []),
    '  template:',
    ...(options.selector ? [`    metadata: {labels: {app: ${name}}}`] : []),
    '    spec:',
    '      containers:',
    ...Object.entries(containers).flatMap(([container, image]) => [
      `        - name: ${container}`,
      `          image: ${image}`,
    ]),
    '',
  ].join('\n');
}

export interface PolicySpec {
  environments: Record<
    string,
    { paths: string[]; autoMerge: string; reviewers?: string[]; labels?: string[] }
  >;
  images?: Record<string, { versions?: string; tags?: string }>;
  allowedPaths?: string[];
  mergeMethod?: string;
}

/** A `.slipway.yml`: environments, image rules, allowed paths and the merge method, in that order. */
export function policyFile(spec: PolicySpec): string {
  const lines = ['environments:'];
  for (const [name, env] of Object.entries(spec.environments)) {
    lines.push(`  ${name}:`, `    paths: ${list(env.paths)}`, `    auto-merge: ${env.autoMerge}`);
    if (env.reviewers) lines.push(`    reviewers: ${list(env.reviewers)}`);
    if (env.labels) lines.push(`    labels: ${list(env.labels)}`);
  }
  if (spec.images) {
    lines.push('images:');
    for (const [pattern, rule] of Object.entries(spec.images)) {
      lines.push(`  ${JSON.stringify(pattern)}:`);
      if (rule.versions !== undefined) lines.push(`    versions: ${JSON.stringify(rule.versions)}`);
      // single-quoted: a regular expression's backslashes stay as written
      if (rule.tags !== undefined) lines.push(`    tags: '${rule.tags.replace(/'/g, "''")}'`);
    }
  }
  if (spec.allowedPaths) lines.push(`allowed-paths: ${list(spec.allowedPaths)}`);
  if (spec.mergeMethod) lines.push(`merge-method: ${spec.mergeMethod}`);
  return `${lines.join('\n')}\n`;
}
