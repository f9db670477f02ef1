// What a preview leaves out is never approved: an app excluded by the selector (or its opt-out
// annotation) and an app retargeted to another revision of the repository are not previewed, and a
// pull request that changes one is not eligible for auto-merge, whatever else it does (docs/fleets.md).
import type { AppDiff, ClusterDiff } from '../../../src/core/diff/diffModel.js';
import { eligibility } from '../../../src/core/policy/eligibility.js';
import { parsePolicy } from '../../../src/core/policy/parsePolicy.js';

const parsed = parsePolicy(
  '.slipway.yml',
  'environments:\n  staging:\n    paths: ["**"]\n    auto-merge: any\n',
);
if (!parsed.policy) throw new Error(JSON.stringify(parsed.errors));
const policy = parsed.policy;

const leftOut = (name: string, message: string, settingChanges: string[] = []): AppDiff => ({
  id: `app:${name}`,
  name,
  status: 'not-previewed',
  file: `argocd/${name}.yaml`,
  line: 1,
  note: `not previewed: argocd/${name}.yaml:1: ${message}`,
  changes: [],
  settingChanges,
  hooks: [],
  findings: [
    {
      severity: 'warning',
      rule: 'not-previewed',
      unit: `app:${name}`,
      file: `argocd/${name}.yaml`,
      line: 1,
      message,
    },
  ],
});

const diffOf = (apps: AppDiff[]): ClusterDiff => ({
  apps,
  unchangedApps: 0,
  totals: { created: 0, changed: 0, deleted: 0 },
  images: [],
  notPreviewed: [],
});

test.each([
  ['excluded by the selector', leftOut('search', 'excluded by selector team=payments')],
  ['opted out', leftOut('quiet', 'excluded by its annotation slipway/preview: "false"')],
  [
    'retargeted to a tag',
    leftOut(
      'pinned',
      "source web deploys revision v1.5.0 of this repository, not the pull request's branch",
      [
        'sources: https://github.com/acme/manifests web v1.4.0 → https://github.com/acme/manifests web v1.5.0',
      ],
    ),
  ],
])('a pull request changing an app %s is not eligible, and the reason names the app', (_, app) => {
  const verdict = eligibility({
    policy,
    policyErrors: [],
    fork: false,
    changedFiles: ['web/cm.yaml'],
    uncovered: [],
    diff: diffOf([app]),
  });
  expect(verdict.eligible).toBe(false);
  expect(verdict.reasons).toContainEqual(expect.stringContaining(`app ${app.name} was not fully previewed`));
});
