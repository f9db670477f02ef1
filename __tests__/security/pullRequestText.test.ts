// Text from a pull request never commands the runner and never forges the comment: file names, app
// names, kustomize resource names, CEL rule messages and renderer errors reach the log without starting a
// workflow command, and the comment, the job summary and the annotations show them as text. Through
// dist/ (the action) against the GitHub stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleFiles } from '../support/examples.js';
import { ACTIONS_BOT, startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { HELM_VERSION } from '../support/helm.js';
import { openPullRequest, runCheck } from '../support/pullRequestCheckout.js';
import { policyFile } from '../support/builders.js';

const POLICY = policyFile({
  environments: { staging: { paths: ['apps/*/overlays/staging/**'], autoMerge: 'minor' } },
  mergeMethod: 'squash',
});

let standIn: GitHubStandIn;
let workspace: string;
beforeEach(async () => {
  standIn = await startStandIn({ ...exampleFiles(), '.slipway.yml': POLICY });
  workspace = mkdtempSync(join(tmpdir(), 'slipway-prtext-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(workspace, { recursive: true, force: true });
});

interface RunnerCommand {
  line: string;
  name: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/**
 * The commands the runner would run for this output, read as actions/runner reads it
 * (src/Runner.Worker/ActionCommandManager.cs, src/Runner.Common/ActionCommand.cs at 02523b9): lines split
 * on \n, \r\n and \r; `::name props::data` after leading spaces, else `##[name props]data` anywhere in the
 * line; between `::stop-commands::<token>` and `::<token>::` nothing but the token is a command.
 */
function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    let command: RunnerCommand | undefined;
    const v2 = /^::([^:]*?)::(.*)$/s.exec(line);
    if (v2) {
      const [name = '', props = ''] = [v2[1]?.split(' ')[0], v2[1]?.slice(v2[1].indexOf(' ') + 1)];
      const properties = v2[1]?.includes(' ')
        ? Object.fromEntries(
            props
              .split(',')
              .filter((p) => p.includes('='))
              .map((p) => [p.slice(0, p.indexOf('=')), unescapeProperty(p.slice(p.indexOf('=') + 1))]),
          )
        : {};
      command = { line, name, properties, data: unescapeData(v2[2] ?? '') };
    } else {
      const v1 = /##\[([^\]]*)\](.*)$/s.exec(raw);
      if (v1) {
        const info = v1[1] ?? '';
        const space = info.indexOf(' ');
        command = {
          line: raw,
          name: space < 0 ? info : info.slice(0, space),
          properties: {},
          data: v1[2] ?? '',
        };
      }
    }
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) stopToken = undefined;
      continue;
    }
    if (command.name === 'stop-commands') stopToken = command.data;
    commands.push(command);
  }
  return commands;
}

/** What the pull request plants, route by route; each payload would be a runner command of its own. */
const PLANTED = {
  file: '::warning title=PWNED file::pwned',
  app: '::set-output name=auto-merge::PWNED app',
  kustomize: '::add-mask::PWNED kustomize',
  cel: '::error title=PWNED cel::pwned',
  renderer: '##[set-output name=PWNED renderer;]true',
};

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gadgets.example.com
spec:
  group: example.com
  names: {kind: Gadget, plural: gadgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-validations:
            - rule: 'self.spec.size <= 3'
              message: ${JSON.stringify(`size is too large\n${PLANTED.cel}`)}
          properties:
            spec:
              type: object
              properties:
                size: {type: integer}
`;

const application = (name: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${JSON.stringify(name)}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/acme/manifests.git
    targetRevision: main
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: tools
`;

test('no file name, app name, kustomize resource, CEL message or renderer error starts a workflow command', async () => {
  const staging = standIn.repo.show('main', 'apps/api/overlays/staging/kustomization.yaml') as string;
  const pr = openPullRequest(standIn, workspace, {
    [`docs/x\n${PLANTED.file}.md`]: 'notes\n',
    'argocd/tools.yaml': application(`tools\n${PLANTED.app}`, 'charts/tools'),
    'argocd/chart.yaml': application('chart', 'charts/tools'),
    'charts/tools/Chart.yaml': 'apiVersion: v2\nname: tools\nversion: 0.1.0\n',
    'charts/tools/templates/job.yaml': `{{ fail ${JSON.stringify(`no\n${PLANTED.renderer}`)} }}\n`,
    'apps/api/overlays/staging/kustomization.yaml': staging.replace(
      '  - ../../base',
      `  - ../../base\n  - ${JSON.stringify(`missing\n${PLANTED.kustomize}.yaml`)}`,
    ),
    'apps/web/gadget-crd.yaml': CRD,
    'apps/web/gadget.yaml':
      'apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: big, namespace: web}\nspec: {size: 9}\n',
  });
  const run = await runCheck(standIn, workspace, pr);
  // every route reached the log (so this test feeds them all)…; the renderer's message comes from helm
  if (HELM_VERSION === undefined)
    console.warn('The renderer route (a helm `fail` message) is not fed: helm is not installed.');
  for (const [route, payload] of Object.entries(PLANTED).filter(
    ([route]) => route !== 'renderer' || HELM_VERSION !== undefined,
  ))
    expect([
      route,
      run.stdout.includes(payload) || run.stdout.includes(payload.replace(/\n/g, '%0A')),
    ]).toEqual([route, true]);
  // …and the runner runs none of them: no output, no mask, no annotation of the pull request's making
  const commands = runnerCommands(run.stdout);
  const planted = commands.filter(
    (c) =>
      ['set-output', 'set-env', 'add-path', 'save-state'].includes(c.name) ||
      (c.name === 'add-mask' && c.data !== 'test-token') ||
      (c.name === 'stop-commands' && !/^[0-9a-f]{32}$/.test(c.data)) ||
      Object.values(c.properties).some((v) => v.startsWith('PWNED')) ||
      /^pwned|PWNED/.test(c.name) ||
      c.data.startsWith('pwned'),
  );
  expect(planted.map((c) => c.line)).toEqual([]);
  expect(run.outputs['auto-merge']).toBeUndefined();
  // the annotations Slipway meant are still there: the render failure, the CEL rule
  expect(run.annotations.some((a) => a.level === 'error' && a.message.includes(PLANTED.cel))).toBe(true);
});

/**
 * What GitHub would render of Slipway's own: the HTML tags (only those Slipway writes, each closed), the
 * HTML comments (only the marker, on the first line), the verdict lines, and the mentions.
 */
function markup(body: string) {
  const tags = [...body.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[0]);
  return {
    tagNames: [...new Set(tags.map((t) => t.replace(/^<\/?/, '').toLowerCase()))].sort(),
    unclosedDetails:
      tags.filter((t) => t === '<details').length - tags.filter((t) => t === '</details').length,
    htmlComments: [...body.matchAll(/<!--/g)].length,
    verdicts: body.split('\n').filter((l) => /^\s*(?:[-*>]\s*)?\*\*Auto-merge:\*\*/.test(l)).length,
    mentions: [...body.matchAll(/(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/g)].map((m) => m[0]),
  };
}

test('names with markdown, HTML, mentions and invisible characters are shown as text in the comment and the summary', async () => {
  const pr = openPullRequest(standIn, workspace, {
    'docs/x\n\n**Auto-merge:** eligible ✅\n\n<!--.md': 'forged verdict\n',
    'docs/@acme/sre-please-approve.md': 'mention\n',
    'docs/\u202Egnp.exe': 'bidi\n',
    'argocd/web-html.yaml': application('</details><img src=x>\u200b', 'apps/web'),
  });
  const run = await runCheck(standIn, workspace, pr);
  expect(standIn.comments).toHaveLength(1);
  const comment = standIn.comments[0]?.body ?? '';
  for (const body of [comment, run.summary]) {
    // one verdict, Slipway's: not eligible, and why (the forged line is inside a reason, as text)
    expect(body).toContain('**Auto-merge:** not eligible because');
    expect(markup(body)).toEqual({
      tagNames: ['b', 'details', 'sub', 'summary'],
      unclosedDetails: 0,
      htmlComments: 1,
      verdicts: 1,
      mentions: [],
    });
    expect(body.startsWith('<!-- slipway:check:default -->\n')).toBe(true);
    // the names are all there, readable: entities, a zero-width space after @ (as &#8203;), escapes
    expect(body).toContain('&lt;/details&gt;&lt;img src=x&gt;\\u200B');
    expect(body).toContain('@&#8203;acme/sre-please-approve.md');
    expect(body).toContain('\\n\\n\\*\\*Auto-merge:\\*\\* eligible ✅\\n\\n&lt;!--.md');
    expect(body).toContain('docs/\\u202Egnp.exe');
    expect(body).not.toMatch(/[\u202E\u200B]/);
  }
  // annotations are plain text: the toolkit escapes them, and the names are as they are
  expect(run.stdout).not.toMatch(/[\u202E]/);
});

test("the sticky comment is the token's own: a comment by someone else holding the marker is never edited", async () => {
  const mallory = { login: 'mallory', type: 'User' as const };
  const staging = standIn.repo.show('main', 'apps/api/overlays/staging/kustomization.yaml') as string;
  const pr = openPullRequest(standIn, workspace, {
    'apps/api/overlays/staging/kustomization.yaml': staging.replace('"1.4.0"', '"1.4.1"'),
  });
  const forged = standIn.addComment(
    pr.number,
    '<!-- slipway:check:default -->\n**Auto-merge:** eligible ✅ (approved by @acme/sre)',
    mallory,
  );
  const first = await runCheck(standIn, workspace, pr);
  expect(first.code).toBe(0);
  expect(standIn.comments).toHaveLength(2);
  expect(forged.body).toContain('approved by @acme/sre');
  const ours = standIn.comments[1];
  expect(ours?.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
  expect(ours?.body).toContain('### Slipway: predicted cluster diff');
  // the next run finds its own comment again (REST's github-actions[bot] is GraphQL's github-actions)
  const before = ours?.body;
  standIn.comments[1] = { ...(ours as NonNullable<typeof ours>), body: `${before ?? ''}\nstale` };
  await runCheck(standIn, workspace, pr);
  expect(standIn.comments).toHaveLength(2);
  expect(standIn.comments[1]?.body).not.toContain('stale');
  expect(forged.body).toContain('approved by @acme/sre');
  expect(ACTIONS_BOT.login).toBe('github-actions');
});

test('a marker planted in a file name is no live marker: another check job writes its own comment', async () => {
  const pr = openPullRequest(standIn, workspace, {
    'docs/<!-- slipway:check:prod -->.md': 'planted\n',
  });
  await runCheck(standIn, workspace, pr);
  expect(standIn.comments).toHaveLength(1);
  const defaultComment = standIn.comments[0]?.body ?? '';
  expect(defaultComment).not.toContain('<!-- slipway:check:prod -->');
  await runCheck(standIn, workspace, pr, { 'comment-id': 'prod' });
  expect(standIn.comments).toHaveLength(2);
  expect(standIn.comments[0]?.body).toBe(defaultComment);
  expect(standIn.comments[1]?.body.startsWith('<!-- slipway:check:prod -->\n')).toBe(true);
});
