// State carried from one job (or run) to another is checked, not trusted: a kept tree index whose listing
// of the base does not match git's is not used, and a merge of check shards works out the affected apps
// itself and refuses reports that leave one out, show one twice, or were made from other files. Through
// dist/ (the CLI, and the action against the GitHub stand-in).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { startStandIn, type GitHubStandIn } from '../support/githubStandIn.js';
import { application, manifestsRepo, type DiffJson, type ManifestsRepo } from '../support/manifestsRepo.js';
import { openPullRequest, runCheck, type PullRequestRun } from '../support/pullRequestCheckout.js';
import { runCli } from '../support/runAction.js';

const deployment = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: "${image}"}]}\n`;
const BINDING =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: backdoor}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects: [{kind: User, name: mallory}]\n';

describe('a kept tree index', () => {
  let repo: ManifestsRepo | undefined;
  afterEach(() => {
    repo?.remove();
    repo = undefined;
  });

  /**
   * The one index kept in the repository's git folder, read, its listing's lines (`f <blob id>\t<path>`
   * each, in git's order) changed by `forge`, and written back.
   */
  function forgeIndex(dir: string, forge: (lines: string[]) => string[]): void {
    const folder = join(dir, '.git', 'slipway', 'tree-index');
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    const file = join(folder, files[0] as string);
    const stored = deserialize(readFileSync(file)) as { index: { scan: { listing: { text: Uint8Array } } } };
    const listing = stored.index.scan.listing;
    const lines = Buffer.from(listing.text).toString('utf8').split('\0').slice(0, -1);
    listing.text = Buffer.from(
      forge(lines)
        .map((line) => `${line}\0`)
        .join(''),
      'utf8',
    );
    writeFileSync(file, serialize(stored));
  }

  test.each([
    ['edited', 'apps/web/deploy.yaml', deployment('docker.io/attacker/miner:1.0.1')],
    ['added', 'apps/web/backdoor.yaml', BINDING],
  ])(
    'that lists a file the head %s as the head has it is not used: the base is read whole and the change shows',
    async (_how, path, text) => {
      repo = manifestsRepo({
        'argocd/web.yaml': application('web', 'path: apps/web'),
        'apps/web/deploy.yaml': deployment('ghcr.io/acme/web:1.0.0'),
      });
      const base = repo.git('rev-parse', 'HEAD');
      const head = repo.commit({ [path]: text });
      const args = ['diff', '--base', base, '--head', head, '--format', 'json', repo.dir];
      const first = await runCli(args);
      expect(first.stderr).toContain("the base's tree index kept for the next preview");
      const honest = JSON.parse(first.stdout) as DiffJson;
      expect(honest.apps.map((a) => a.name)).toEqual(['web']);

      // the base's index, as a hostile writer of the cache would leave it: the file as the head has it
      const blob = repo.git('rev-parse', `${head}:${path}`);
      forgeIndex(repo.dir, (lines) => {
        const line = `f ${blob}\t${path}`;
        const at = lines.findIndex((l) => l.endsWith(`\t${path}`));
        if (at !== -1) return lines.map((l, k) => (k === at ? line : l));
        const place = lines.findIndex((l) => l.slice(l.indexOf('\t') + 1) > path);
        return place === -1 ? [...lines, line] : [...lines.slice(0, place), line, ...lines.slice(place)];
      });
      const forged = await runCli(args);
      expect(forged.stderr).toContain(
        `tree index not used: what it lists does not match git's listing of the tree at "${path}"`,
      );
      expect(JSON.parse(forged.stdout)).toEqual(honest);

      // the index built from the base read whole replaced it, and stands for the base again
      const again = await runCli(args);
      expect(again.stderr).toContain("the base's tree index stood for its apps");
      expect(JSON.parse(again.stdout)).toEqual(honest);
    },
  );
});

describe('check-merge', () => {
  const APPS = 12;
  let standIn: GitHubStandIn;
  let workspace: string;
  let out: string;
  let pr: PullRequestRun;
  const shardFiles = (count: number) =>
    Array.from({ length: count }, (_, i) => join(out, `shard-${i + 1}.json`));

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < APPS; i++) {
      files[`argocd/app-${i}.yaml`] = application(`app-${i}`, `path: apps/app-${i}`);
      files[`apps/app-${i}/kustomization.yaml`] = 'resources: [../../base]\n';
    }
    files['base/kustomization.yaml'] = 'resources: [deploy.yaml]\n';
    files['base/deploy.yaml'] = deployment('ghcr.io/acme/web:1.0.0');
    standIn = await startStandIn(files);
    workspace = mkdtempSync(join(tmpdir(), 'slipway-carried-'));
    out = mkdtempSync(join(tmpdir(), 'slipway-carried-reports-'));
    // every app's image moves; app-3 and app-7 fail to render at the head
    pr = openPullRequest(standIn, workspace, {
      'base/deploy.yaml': deployment('ghcr.io/acme/web:1.1.0'),
      'apps/app-3/kustomization.yaml': 'resources: [../../base, missing.yaml]\n',
      'apps/app-7/kustomization.yaml': 'resources: [../../base, missing.yaml]\n',
    });
    for (const [i, file] of shardFiles(2).entries()) {
      const shard = await runCheck(standIn, workspace, pr, { shard: `${i + 1}/2`, 'report-file': file });
      if (shard.code !== 0) throw new Error(`shard ${i + 1}/2 failed: ${shard.stderr}`);
    }
  });
  afterAll(async () => {
    await standIn.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  interface Report {
    apps?: string[];
    diff: { apps: Array<{ id: string; name: string; findings: Array<{ severity: string }> }> };
  }

  /** The shards' reports changed by `tamper`, merged by check-merge. */
  async function mergeTampered(name: string, tamper: (reports: Report[]) => void) {
    const reports = shardFiles(2).map((file) => JSON.parse(readFileSync(file, 'utf8')) as Report);
    tamper(reports);
    const folder = join(out, name);
    mkdirSync(folder);
    reports.forEach((r, i) => writeFileSync(join(folder, `shard-${i + 1}.json`), JSON.stringify(r)));
    return runCheck(standIn, workspace, pr, { command: 'check-merge', reports: folder });
  }

  const failing = (r: Report) => r.diff.apps.filter((a) => a.findings.some((f) => f.severity === 'error'));

  test('the reports merge as they were written', async () => {
    const merge = await mergeTampered('as-written', () => undefined);
    expect(
      merge.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/app-3[\s\S]*app-7|app-7[\s\S]*app-3/);
    expect(merge.code).toBe(1);
  });

  test("a report set with the failing apps' entries deleted is refused, naming them", async () => {
    const merge = await mergeTampered('entries-deleted', (reports) => {
      for (const r of reports) r.diff.apps = r.diff.apps.filter((a) => !failing(r).includes(a));
    });
    expect(merge.code).toBe(1);
    expect(merge.annotations.at(-1)?.message).toMatch(
      /^Cannot merge the check shards: shard \d\/2's report counts \d+ unchanged app\(s\) but has no entry for \d+: .*"app:app-[37]"/,
    );
  });

  test('a report set with a failing app deleted altogether is refused, naming it', async () => {
    const merge = await mergeTampered('app-deleted', (reports) => {
      for (const r of reports) {
        const gone = new Set(failing(r).map((a) => a.id));
        r.diff.apps = r.diff.apps.filter((a) => !gone.has(a.id));
        if (r.apps) r.apps = r.apps.filter((id) => !gone.has(id));
      }
    });
    expect(merge.code).toBe(1);
    expect(merge.annotations.at(-1)?.message).toMatch(
      /^Cannot merge the check shards: app\(s\) "app:app-[37]" \(shard \d\/2\).* affected by this pull request are missing from the reports\.$/,
    );
  });

  test('a report set that shows an app twice is refused, naming it', async () => {
    const merge = await mergeTampered('twice', (reports) => {
      const [one, two] = reports as [Report, Report];
      const copied = one.diff.apps.find((a) => !failing(one).includes(a)) as Report['diff']['apps'][0];
      two.diff.apps.push(copied);
      if (two.apps) two.apps.push(copied.id);
    });
    expect(merge.code).toBe(1);
    expect(merge.annotations.at(-1)?.message).toMatch(
      /^Cannot merge the check shards: shard 2\/2 reports app "app:app-\d+", which is shard 1\/2's\.$/,
    );
  });
});

test('CLI shards of two working trees with other files do not merge', async () => {
  const repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: apps/web'),
    'apps/web/deploy.yaml': deployment('ghcr.io/acme/web:1.0.0'),
    'argocd/api.yaml': application('api', 'path: apps/api'),
    'apps/api/deploy.yaml': deployment('ghcr.io/acme/api:1.0.0'),
  });
  const other = mkdtempSync(join(tmpdir(), 'slipway-worktree-'));
  const reports = mkdtempSync(join(tmpdir(), 'slipway-carried-cli-'));
  try {
    execFileSync('git', ['worktree', 'add', '-q', '--detach', join(other, 'wt'), 'HEAD'], { cwd: repo.dir });
    const trees = { mine: repo.dir, theirs: join(other, 'wt') };
    writeFileSync(join(trees.mine, 'apps/web/deploy.yaml'), deployment('ghcr.io/acme/web:1.0.1'));
    writeFileSync(join(trees.theirs, 'apps/web/deploy.yaml'), deployment('docker.io/attacker/miner:1.0.1'));
    const shard = async (tree: string, slot: string, file: string) => {
      const run = await runCli(['check', '--base', 'HEAD', '--shard', slot, '--report', file, tree]);
      expect(run.code).toBe(0);
    };
    const [p1, p2, q2] = ['p1', 'p2', 'q2'].map((n) => join(reports, `${n}.json`)) as [
      string,
      string,
      string,
    ];
    await shard(trees.mine, '1/2', p1);
    await shard(trees.mine, '2/2', p2);
    await shard(trees.theirs, '2/2', q2);

    // (run in the checkout: the merge reads the base and the working tree there, as `--dir .`)
    const merge = (...files: string[]) =>
      runCli(['check', 'merge', ...files, '--format', 'json'], { cwd: trees.mine });
    const same = await merge(p1, p2);
    expect(same.stderr).toMatch(/^2 app\(s\), \d+ render\(s\) for 1 changed file\(s\) in \d+ ms\n$/);
    const merged = JSON.parse(same.stdout) as DiffJson;
    expect(merged.apps.map((a) => a.name)).toEqual(['web']);
    expect(JSON.stringify(merged)).toContain('ghcr.io/acme/web:1.0.1');

    const mixed = await merge(p1, q2);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toBe('');
    expect(mixed.stderr).toMatch(
      /^error: Cannot merge the check shards: partial reports come from heads of different files \(shard 1\/2: sha256:[0-9a-f]{64}, shard 2\/2: sha256:[0-9a-f]{64}\): run every shard on the same head\.\n$/,
    );
  } finally {
    repo.remove();
    rmSync(other, { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  }
});
