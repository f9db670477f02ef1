// The comment reads like a review: a change made the same way in many apps is shown once, with every app
// named; changes that differ between apps stay per app. Through dist/cli.js on real git repositories.
import { readFileSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { join } from 'node:path';
import { ROOT } from '../support/runAction.js';
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';

let repo: ManifestsRepo | undefined;
afterEach(() => repo?.remove());

const ENVS = [
  'integration-gpu',
  'integration-non-gpu',
  'load-gpu',
  'load-non-gpu',
  'prod-asia',
  'prod-eu',
  'prod-us',
  'qa',
  'staging-asia',
  'staging-eu',
  'staging-us',
];

const deployment = (pullPolicy: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: simple-deployment}
spec:
  replicas: 1
  selector: {matchLabels: {app: simple}}
  template:
    metadata: {labels: {app: simple}}
    spec:
      containers:
        - name: webserver
          image: docker.io/kostiscodefresh/simple-env-app:2.0
          imagePullPolicy: ${pullPolicy}
          ports: [{containerPort: 8080}]
`;

/** Eleven environments, each an overlay of one base with its own namespace and name prefix. */
function environments(): Record<string, string> {
  const files: Record<string, string> = {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': deployment('Always'),
  };
  for (const env of ENVS) {
    files[`envs/${env}/kustomization.yaml`] =
      `resources: [../../base]\nnamespace: ${env}\nnamePrefix: ${env}-\n`;
    files[`argocd/${env}.yaml`] = application(env, `path: envs/${env}`);
  }
  return files;
}

/** The markdown comment of the last commit against the one before. */
async function comment(r: ManifestsRepo): Promise<string> {
  const run = await r.diff(['--format', 'markdown']);
  expect(run.stderr).not.toMatch(/error/i);
  return run.stdout;
}

const diffBlocks = (markdown: string) => markdown.split('```diff').length - 1;

/** The HTML elements Slipway's own markdown makes (and the few tags it writes itself). */
const ELEMENTS = new Set([
  'h3',
  'h4',
  'p',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'b',
  'sub',
  'blockquote',
  'a',
  'br',
]);

/**
 * The comment as GitHub renders it (GFM: markdown with raw HTML allowed): the elements it holds, the text
 * a reader sees, and the diffs it shows.
 */
function rendered(markdown: string): { tags: Set<string>; text: string; diffs: number; html: string } {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>]/g)].map((m) => m[1] as string));
  const text = html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&');
  return { tags, text, diffs: (html.match(/<code class="language-diff">/g) ?? []).length, html };
}

/** Holds what GitHub would show: one diff per distinct change, every app named, no HTML of its own. */
function expectRendered(markdown: string, apps: readonly string[], diffs: number): void {
  const view = rendered(markdown);
  expect(view.diffs).toBe(diffs);
  expect([...view.tags].filter((t) => !ELEMENTS.has(t))).toEqual([]);
  // every <details> is closed, so nothing after one is swallowed
  expect(view.html.split('<details>').length).toBe(view.html.split('</details>').length);
  for (const app of apps) expect(view.text).toContain(app);
}

test('a change to a base shared by 11 environments is shown once, with the 11 apps named', async () => {
  repo = manifestsRepo(environments());
  repo.commit({ 'base/deployment.yaml': deployment('IfNotPresent') });
  const markdown = await comment(repo);
  // the README's example comment is this one
  const example = join(ROOT, 'docs', 'comment-example.md');
  if (process.env.UPDATE_GOLDEN) writeFileSync(example, markdown);
  expect(markdown).toBe(readFileSync(example, 'utf8'));
  expect(diffBlocks(markdown)).toBe(1);
  expectRendered(markdown, ENVS, 1);
  expect(markdown).toContain(
    '**What changes:** `imagePullPolicy of webserver: Always → IfNotPresent` in 11 apps',
  );
  expect(markdown).toContain('**~ Deployment `simple-deployment`** — in 11 apps — applied automatically');
  const group = markdown.slice(markdown.indexOf('#### Changes made in several apps'));
  for (const env of ENVS) expect(group).toContain(env);
  // nothing else to say per app: no per-app block repeats the change
  expect(markdown).not.toContain('<details><summary><b>');
  // the terminal's text says it once too
  const text = (await repo.diff(['--format', 'text'])).stdout;
  expect(text).toContain('What changes: imagePullPolicy of webserver: Always → IfNotPresent in 11 apps');
  expect(text.match(/^ {4}\+ {10}imagePullPolicy: IfNotPresent$/gm)).toHaveLength(1);
  expect(text.match(/1 change\(s\) shown above/g)).toHaveLength(11);
});

test('two overlays that change differently are shown as two blocks', async () => {
  repo = manifestsRepo(environments());
  const scale = (replicas: number) =>
    `patches:\n  - target: {kind: Deployment}\n    patch: '[{"op": "replace", "path": "/spec/replicas", "value": ${replicas}}]'\n`;
  repo.commit({
    'base/deployment.yaml': deployment('IfNotPresent'),
    'envs/qa/kustomization.yaml': `resources: [../../base]\nnamespace: qa\nnamePrefix: qa-\n${scale(2)}`,
    'envs/prod-eu/kustomization.yaml': `resources: [../../base]\nnamespace: prod-eu\nnamePrefix: prod-eu-\n${scale(5)}`,
  });
  const markdown = await comment(repo);
  // the nine alike once, and qa and prod-eu each in its own block
  expect(diffBlocks(markdown)).toBe(3);
  expectRendered(markdown, ENVS, 3);
  expect(markdown).toContain('in 9 apps');
  expect(markdown).toMatch(/<details><summary><b>qa<\/b>[\s\S]*replicas: 1 → 2/);
  expect(markdown).toMatch(/<details><summary><b>prod-eu<\/b>[\s\S]*replicas: 1 → 5/);
});

test('a shared change over 500 apps fits one comment, and every app is named', async () => {
  const files: Record<string, string> = {
    'shared/config.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {level: info}\n',
  };
  const names = Array.from({ length: 500 }, (_, i) => `tenant-${String(i).padStart(3, '0')}`);
  for (const name of names) files[`argocd/${name}.yaml`] = application(name, 'path: shared');
  repo = manifestsRepo(files);
  repo.commit({
    'shared/config.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {level: debug}\n',
  });
  const markdown = await comment(repo);
  expect(markdown.length).toBeLessThanOrEqual(65_536);
  expect(diffBlocks(markdown)).toBe(1);
  expectRendered(markdown, names, 1);
  expect(markdown).toContain('in 500 apps');
  for (const name of names) expect(markdown).toContain(name);
});
