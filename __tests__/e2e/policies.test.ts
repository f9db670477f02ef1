// Policies, end to end: .slipway.yml in the manifests repo decides which bumps merge on their own.
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { runAction } from '../support/runAction.js';
import { policyFile } from '../support/builders.js';

const overlay = (env: string, tag: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: api-${env}\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "${tag}"\n`;
const POLICY = policyFile({
  environments: {
    staging: { paths: ['apps/*/overlays/staging/**'], autoMerge: 'minor' },
    production: {
      paths: ['apps/*/overlays/production/**'],
      autoMerge: 'never',
      reviewers: ['acme/sre', 'dana'],
      labels: ['production'],
    },
  },
  images: { 'ghcr.io/acme/*': { versions: '>=1.0.0 <3.0.0' } },
  mergeMethod: 'squash',
});
const MANIFESTS = {
  '.slipway.yml': POLICY,
  'apps/api/base/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers: [{name: api, image: ghcr.io/acme/api}]\n',
  'apps/api/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
  'apps/api/overlays/staging/kustomization.yaml': overlay('staging', '1.4.0'),
  'apps/api/overlays/production/kustomization.yaml': overlay('production', '1.4.0'),
};

let standIn: GitHubStandIn;
afterEach(() => standIn?.stop());

const bump = (inputs: Record<string, string>) =>
  runAction({
    apiUrl: standIn.url,
    inputs: {
      command: 'bump',
      token: 'test-token',
      'manifests-repo': 'acme/manifests',
      image: 'ghcr.io/acme/api',
      ...inputs,
    },
  });

test('one bump touching staging and production gives two PRs: staging merges on its own, production waits for review', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({ tag: '1.4.1' });
  expect(run.code).toBe(0);
  const pulls = Object.fromEntries(standIn.openPulls().map((p) => [p.head.ref, p]));
  expect(Object.keys(pulls).sort()).toEqual([
    'slipway/main/ghcr.io-acme-api-production',
    'slipway/main/ghcr.io-acme-api-staging',
  ]);
  const staging = pulls['slipway/main/ghcr.io-acme-api-staging'];
  const production = pulls['slipway/main/ghcr.io-acme-api-production'];
  expect(staging?.auto_merge).toEqual({ merge_method: 'squash' });
  expect(staging?.body).toContain(
    '**Auto-merge:** on (squash) — staging allows minor updates and this is a patch update (1.4.0 → 1.4.1).',
  );
  expect(production?.auto_merge).toBeNull();
  expect(production?.requested_reviewers).toEqual([{ login: 'dana' }]);
  expect(production?.requested_teams).toEqual([{ slug: 'sre' }]);
  expect(production?.labels).toEqual([{ name: 'production' }]);
  expect(production?.body).toContain(
    '**Auto-merge:** not allowed — production has auto-merge: never; review requested from @dana, team sre.',
  );
  // each branch carries only its own environment's edit
  expect(standIn.repo.git(['diff', '--name-only', 'main', 'slipway/main/ghcr.io-acme-api-staging'])).toBe(
    'apps/api/overlays/staging/kustomization.yaml',
  );
  expect(standIn.repo.git(['diff', '--name-only', 'main', 'slipway/main/ghcr.io-acme-api-production'])).toBe(
    'apps/api/overlays/production/kustomization.yaml',
  );
  expect(run.outputs['auto-merge']).toBe('enabled,not-allowed');
  expect(
    JSON.parse(run.outputs['pull-requests'] as string).map(
      (p: { environment: string; autoMerge: string }) => [p.environment, p.autoMerge],
    ),
  ).toEqual([
    ['staging', 'enabled'],
    ['production', 'not-allowed'],
  ]);
});

test('a major bump in staging is above its level: no auto-merge, and the reason says why', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({ tag: '2.0.0', paths: 'apps/*/overlays/staging/**' });
  expect(run.code).toBe(0);
  expect(standIn.openPulls()[0]?.auto_merge).toBeNull();
  expect(standIn.openPulls()[0]?.body).toContain(
    'staging allows minor updates, this is a major update (1.4.0 → 2.0.0)',
  );
  expect(run.outputs['auto-merge']).toBe('not-allowed');
});

test('a tag outside the image rule is refused with the rule that refused it', async () => {
  standIn = await startStandIn(MANIFESTS);
  const run = await bump({ tag: '3.0.0' });
  expect(run.code).toBe(0);
  expect(run.outputs.updated).toBe('false');
  expect(JSON.parse(run.outputs.skipped as string)).toEqual([
    {
      image: 'ghcr.io/acme/api',
      reason:
        'refused by the policy: tag 3.0.0 is outside versions ">=1.0.0 <3.0.0" (.slipway.yml images."ghcr.io/acme/*")',
    },
  ]);
  expect(standIn.pulls).toEqual([]);
});

test('an invalid policy stops the bump, naming the file, line and key', async () => {
  standIn = await startStandIn({
    ...MANIFESTS,
    '.slipway.yml': 'environments:\n  staging:\n    paths: [x/**]\n    auto-merge: always\n',
  });
  const run = await bump({ tag: '1.4.1' });
  expect(run.code).toBe(1);
  expect(run.annotations[0]?.message).toBe(
    '.slipway.yml:4: environments.staging.auto-merge must be one of never, patch, minor, major, any. Fix the policy file on the base branch; nothing was written.',
  );
  expect(standIn.writes()).toEqual([]);
});
