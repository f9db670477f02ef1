// Pulls Helm charts from chart repositories and OCI registries with `helm pull`, once per chart (where,
// name, version) per run, into a cache folder that may be kept across runs (`SLIPWAY_HELM_CACHE`, an
// `actions/cache` path). A chart is kept there only under the exact version it holds, so a range or
// `*` is resolved again every run. Each pull runs in its own throw-away helm home; credentials
// (chartSource.ts registrySettings) reach helm only on standard input (`helm registry login
// --password-stdin`, `helm repo add --password-stdin`), never on a command line, and the home that held
// them is removed as soon as the pull is done. No message of a pull may show a password.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import {
  isExactVersion,
  plainHttpAllowed,
  registryName,
  registrySettings,
  type ChartLocation,
  type HelmRegistrySettings,
} from '../core/render/chartSource.js';
import { safeToolMessage } from '../core/render/toolMessage.js';
import { helmEnv } from './helmHome.js';

export const CACHE_VARIABLE = 'SLIPWAY_HELM_CACHE';

export type PullResult = { ok: true; tgz: string; version?: string } | { ok: false; reason: string };

const PULL_TIMEOUT_MS = 120_000;

/** helm's environment for a pull: minimalEnv, the runner's proxy settings, and a throw-away home. */
function pullEnv(home: string): NodeJS.ProcessEnv {
  const proxies = Object.fromEntries(
    ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy']
      .filter((name) => process.env[name] !== undefined)
      .map((name) => [name, process.env[name] as string]),
  );
  return { ...helmEnv(home), ...proxies };
}

/** Runs helm with `input` on standard input; the message of a failure has every secret taken out. */
function helm(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string; secrets: readonly string[] },
): Promise<{ ok: boolean; error: string }> {
  return new Promise((resolve) => {
    const child = spawn('helm', args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
    let stderr = '';
    let stdout = '';
    const timer = setTimeout(() => child.kill(), PULL_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < 65536) stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 65536) stderr += chunk.toString();
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    const done = (ok: boolean, message: string) => {
      clearTimeout(timer);
      let error = ok ? '' : safeToolMessage(message.trim() || 'helm failed and printed no message');
      for (const secret of options.secrets) if (secret !== '') error = error.split(secret).join('***');
      resolve({ ok, error });
    };
    child.on('error', (e: NodeJS.ErrnoException) =>
      done(false, e.code === 'ENOENT' ? 'helm not found' : e.message),
    );
    child.on('close', (code, signal) =>
      done(
        code === 0,
        signal ? `helm took longer than ${PULL_TIMEOUT_MS / 1000} s and was stopped` : stderr || stdout,
      ),
    );
  });
}

/** Shorter reasons for what a registry answers most often. */
function reasonOf(error: string): string {
  if (/\b401\b|unauthorized|authentication required|credential not found/i.test(error))
    return `unauthorized: ${error}`;
  if (/\b403\b|forbidden|denied/i.test(error)) return `access denied: ${error}`;
  return error.replace(/^Error: /, '');
}

/** The run folders of this process's pullers, removed when it exits. */
const runDirs = new Set<string>();

export class ChartPuller {
  private readonly pulls = new Map<string, Promise<PullResult>>();
  private readonly settings: HelmRegistrySettings;
  private readonly cacheDir: string;
  /** This run's folder: pulls under way, and charts of a range (never kept); removed at exit. */
  private readonly runDir: string;
  private repoCount = 0;
  /** Counts the `helm pull`s this puller ran (tests). */
  pullCount = 0;

  constructor(env: Readonly<Record<string, string | undefined>> = process.env) {
    this.settings = registrySettings(env);
    const runDir = mkdtempSync(join(tmpdir(), 'slipway-charts-'));
    if (runDirs.size === 0)
      process.on('exit', () => {
        for (const dir of runDirs) rmSync(dir, { recursive: true, force: true });
      });
    runDirs.add(runDir);
    this.runDir = runDir;
    const kept = env[CACHE_VARIABLE];
    this.cacheDir = kept !== undefined && kept !== '' ? resolvePath(kept) : join(runDir, 'kept');
  }

  /** The chart at `location` as a packaged chart (.tgz), pulled at most once per run. */
  pull(location: ChartLocation): Promise<PullResult> {
    const key = JSON.stringify([
      location.kind,
      location.kind === 'http' ? location.repo : location.ref,
      location.name,
      location.version ?? '',
    ]);
    let pulled = this.pulls.get(key);
    if (pulled === undefined) {
      pulled = this.pullOnce(location).catch((e: unknown) => ({
        ok: false as const,
        reason: e instanceof Error ? e.message : String(e),
      }));
      this.pulls.set(key, pulled);
    }
    return pulled;
  }

  /** The folder a chart of this exact version is kept in across runs. */
  private keptFolder(location: ChartLocation, version: string): string {
    const where = location.kind === 'http' ? location.repo.replace(/\/+$/, '') : location.ref;
    const id = createHash('sha256')
      .update(JSON.stringify([location.kind, where, location.name, version]))
      .digest('hex')
      .slice(0, 40);
    return join(this.cacheDir, `${location.name}-${id}`);
  }

  private async pullOnce(location: ChartLocation): Promise<PullResult> {
    if (this.settings.problem) return { ok: false, reason: this.settings.problem };
    if (isExactVersion(location.version)) {
      const kept = this.keptTgz(this.keptFolder(location, location.version));
      if (kept) return { ok: true, tgz: kept, version: location.version };
    }
    // outside the cache folder: a home that held credentials must never be saved with the cache
    const work = mkdtempSync(join(this.runDir, 'pull-'));
    const home = join(work, 'home');
    const destination = join(work, 'out');
    mkdirSync(destination, { recursive: true });
    const credentials = this.settings.credentials.get(location.host);
    const secrets = credentials ? [credentials.password] : [];
    const plain = plainHttpAllowed(location, this.settings);
    const options = { cwd: work, env: pullEnv(home), secrets };
    try {
      const args = ['pull'];
      if (location.kind === 'oci') {
        if (credentials) {
          const login = await helm(
            [
              'registry',
              'login',
              `--username=${credentials.username}`,
              '--password-stdin',
              ...(plain ? ['--plain-http'] : []),
              '--',
              location.host,
            ],
            { ...options, input: credentials.password },
          );
          if (!login.ok) return { ok: false, reason: reasonOf(`registry login: ${login.error}`) };
        }
        args.push(...(plain ? ['--plain-http'] : []), '--', location.ref);
      } else if (credentials) {
        if (location.plain && !plain)
          return {
            ok: false,
            reason: `credentials for ${location.host} are not sent over plain HTTP (use https, or list the host in SLIPWAY_HELM_PLAIN_HTTP)`,
          };
        const name = `slipway-${++this.repoCount}`;
        const added = await helm(
          [
            'repo',
            'add',
            `--username=${credentials.username}`,
            '--password-stdin',
            '--',
            name,
            location.repo,
          ],
          { ...options, input: credentials.password },
        );
        if (!added.ok) return { ok: false, reason: reasonOf(`repo add: ${added.error}`) };
        args.push('--', `${name}/${location.name}`);
      } else {
        args.push(`--repo=${location.repo}`, '--', location.name);
      }
      if (location.version !== undefined) args.splice(1, 0, `--version=${location.version}`);
      args.splice(1, 0, `--destination=${destination}`);
      this.pullCount++;
      const pulled = await helm(args, options);
      if (!pulled.ok) return { ok: false, reason: reasonOf(pulled.error) };
      const tgz = readdirSync(destination).filter((f) => f.endsWith('.tgz'));
      if (tgz.length !== 1)
        return { ok: false, reason: `helm pull gave ${tgz.length} chart archives instead of one` };
      const file = tgz[0] as string;
      const prefix = `${location.name}-`;
      const version = file.startsWith(prefix) ? file.slice(prefix.length, -'.tgz'.length) : undefined;
      const exact = isExactVersion(location.version)
        ? location.version
        : isExactVersion(version)
          ? version
          : undefined;
      if (exact === undefined) {
        // not kept under a name: this run's copy
        const here = `${work}.tgz`;
        renameSync(join(destination, file), here);
        return { ok: true, tgz: here, ...(version !== undefined && { version }) };
      }
      const folder = this.keptFolder(location, exact);
      mkdirSync(folder, { recursive: true });
      const target = join(folder, 'chart.tgz');
      // copied beside its place, then renamed: another process reading the cache sees all or nothing
      const partial = `${target}.${process.pid}.${this.pullCount}.part`;
      copyFileSync(join(destination, file), partial);
      renameSync(partial, target);
      return { ok: true, tgz: target, version: version ?? exact };
    } finally {
      // the home held the credentials (registry.json, repositories.yaml): gone now, not in a later sweep
      rmSync(work, { recursive: true, force: true });
    }
  }

  private keptTgz(folder: string): string | undefined {
    const file = join(folder, 'chart.tgz');
    return existsSync(file) ? file : undefined;
  }
}

let shared: ChartPuller | undefined;

/** The run's puller (one per process: a run is one process). */
export function chartPuller(): ChartPuller {
  return (shared ??= new ChartPuller());
}

/** "could not pull web 1.2.0 from oci://ghcr.io/acme/charts (unauthorized: …)". */
export function pullFailure(location: ChartLocation, reason: string): string {
  return `could not pull ${location.name}${location.version ? ` ${location.version}` : ''} from ${registryName(location)} (${reason})`;
}
