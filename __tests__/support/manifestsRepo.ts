// A manifests repository in a temp folder: real git, `origin` set to the URL its Applications name, a
// base commit and a head commit; `diff` runs the bundled CLI on them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type ProcessResult } from './runAction.js';

export const REPO_URL = 'https://github.com/acme/manifests';

export interface ManifestsRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes files (null removes one) and commits them. */
  commit(files: Record<string, string | Buffer | null>, message?: string): string;
  /** `slipway diff --base HEAD~1 --head HEAD --format json`, parsed. */
  diff(extra?: string[]): Promise<ProcessResult & { json?: DiffJson }>;
  remove(): void;
}

export interface DiffJson {
  totals: { created: number; changed: number; deleted: number };
  notPreviewed: Array<{ name: string; reason: string; file: string }>;
  apps: Array<{
    name: string;
    status: string;
    findings: Array<{ severity: string; rule: string; message: string; file?: string }>;
    changes: Array<{ change: string; object: string; diff: string }>;
  }>;
}

export function manifestsRepo(base: Record<string, string | Buffer>): ManifestsRepo {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir })
      .toString()
      .trim();
  // several git commands in one shell: one fork from the test worker instead of one each (a fork costs
  // more the larger the worker has grown; the shell forks git cheaply)
  const gitSteps = (script: string, ...args: string[]) =>
    execFileSync('sh', ['-c', script, 'sh', ...args], {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    })
      .toString()
      .trim();
  const repo: ManifestsRepo = {
    dir,
    git,
    commit(files, message = 'change') {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) rmSync(join(dir, path), { force: true });
        else {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
      }
      return gitSteps('git add -A && git commit -q --allow-empty -m "$1" && git rev-parse HEAD', message);
    },
    async diff(extra = []) {
      const run = await runCli([
        'diff',
        '--base',
        'HEAD~1',
        '--head',
        'HEAD',
        '--format',
        'json',
        ...extra,
        dir,
      ]);
      let json: DiffJson | undefined;
      try {
        json = JSON.parse(run.stdout) as DiffJson;
      } catch {
        json = undefined;
      }
      return { ...run, ...(json && { json }) };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  gitSteps('git init -q -b main && git remote add origin "$1"', `${REPO_URL}.git`);
  repo.commit(base, 'base');
  return repo;
}

/** An Argo CD Application of this repository. */
export function application(name: string, source: string, extra = ''): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
${source.replace(/^/gm, '    ')}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
  syncPolicy:
    automated: {prune: true}
${extra}`;
}

/** A chart whose one ConfigMap shows every value it was given. */
export const VALUES_CHART = {
  'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'values.yaml': 'greeting: hello\n',
  'templates/values.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-values\ndata:\n  values: {{ toJson .Values | quote }}\n',
};

export function chartFiles(
  folder: string,
  files: Record<string, string> = VALUES_CHART,
): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, text]));
}
