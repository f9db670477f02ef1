// Other Git repositories an Application's sources name, fetched read-only: one bare cache repository per
// URL (kept across runs in a cache folder), one shallow fetch of the revision asked for, and the commit's
// files read with git as this repository's revisions are (trees.ts). git runs in an environment built
// here, not the runner's: no system or global configuration (no credential helper, no hook, no proxy
// command of the runner's), no prompt, only the protocols allowed, a time and size limit. A host's token
// reaches git as an `http.<url>.extraHeader` through GIT_CONFIG_COUNT/KEY/VALUE: never on a command line,
// never in a file, never in a message (docs/other-repositories.md).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_PROTOCOLS,
  fetchableRevision,
  fetchUrlOf,
  tokenVariable,
} from '../core/argo/otherRepository.js';
import type { FileTree } from '../core/fileTree.js';
import type { OtherRepositories } from '../ports.js';
import { gitTree } from './trees.js';

export interface OtherRepositorySettings {
  /** The token input, sent to github.com and to GITHUB_SERVER_URL's host. */
  token: string;
  serverUrl: string;
  /** The runner's environment: the SLIPWAY_* settings, tokens per host, proxies, url.*.insteadOf. */
  env: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_SECONDS = 120;
const DEFAULT_MAX_MB = 200;
/** How often a fetch's growth is measured against the size limit. */
const SIZE_POLL_MS = 200;

/** A whole number from 1 to `max` in an environment variable, its default when unset, else why not. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number | string {
  const text = env[name]?.trim();
  if (!text) return fallback;
  return /^\d{1,7}$/.test(text) && Number(text) >= 1 && Number(text) <= max
    ? Number(text)
    : `${name} must be a whole number from 1 to ${max}; got "${text}"`;
}

/** Where the bare cache repositories are: SLIPWAY_REPOSITORY_CACHE, else ~/.cache/slipway/repositories. */
export function repositoryCache(env: NodeJS.ProcessEnv): string {
  return (
    env.SLIPWAY_REPOSITORY_CACHE?.trim() ||
    join(env.XDG_CACHE_HOME?.trim() || join(env.HOME || homedir(), '.cache'), 'slipway', 'repositories')
  );
}

/** The runner's variables git may use: proxies and certificate files, nothing else. */
const PASSED = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
  'GIT_SSL_CAINFO',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
];

/**
 * `url.<base>.insteadOf` entries the runner's environment gives through GIT_CONFIG_COUNT/KEY/VALUE (a
 * mirror): the one piece of the runner's git configuration kept, as the runner (not a pull request) sets it.
 */
function insteadOfEntries(env: NodeJS.ProcessEnv): Array<[string, string]> {
  const count = Number(env.GIT_CONFIG_COUNT);
  if (!Number.isSafeInteger(count) || count <= 0) return [];
  const out: Array<[string, string]> = [];
  for (let i = 0; i < Math.min(count, 100); i++) {
    const key = env[`GIT_CONFIG_KEY_${i}`];
    const value = env[`GIT_CONFIG_VALUE_${i}`];
    if (key && value !== undefined && /^url\..+\.insteadof$/i.test(key)) out.push([key, value]);
  }
  return out;
}

/** `user:password` as written, else the token as GitHub's `x-access-token` password. */
const basicAuth = (token: string) =>
  Buffer.from(token.includes(':') ? token : `x-access-token:${token}`).toString('base64');

/** The environment git runs in for one host: its configuration entirely in GIT_CONFIG_*. */
function gitEnvironment(
  env: NodeJS.ProcessEnv,
  home: string,
  protocols: readonly string[],
  header?: { host: string; token: string },
): NodeJS.ProcessEnv {
  const config: Array<[string, string]> = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['credential.helper', ''],
    ['http.followRedirects', 'false'],
    ['gc.auto', '0'],
    ['maintenance.auto', 'false'],
    ['fetch.recurseSubmodules', 'false'],
    ['protocol.version', '2'],
    ...insteadOfEntries(env),
  ];
  // only to that host over https: never to a mirror an insteadOf leads to, nor over plain http
  if (header)
    config.push([
      `http.https://${header.host}/.extraHeader`,
      `Authorization: Basic ${basicAuth(header.token)}`,
    ]);
  const out: NodeJS.ProcessEnv = {
    PATH: env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'true',
    SSH_ASKPASS: 'true',
    GCM_INTERACTIVE: 'never',
    GIT_ALLOW_PROTOCOL: protocols.join(':'),
    GIT_CONFIG_COUNT: String(config.length),
  };
  config.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${i}`] = key;
    out[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  for (const name of PASSED) if (env[name] !== undefined) out[name] = env[name];
  return out;
}

/** Bytes below a folder (what a fetch has written so far). */
function sizeOf(path: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += sizeOf(full);
    else
      try {
        total += statSync(full).size;
      } catch {
        // gone meanwhile (a temporary pack renamed)
      }
  }
  return total;
}

/** git's last `fatal:`/`error:` line (or its last line), with every secret taken out. */
function gitReason(stderr: string, secrets: readonly string[]): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line = [...lines].reverse().find((l) => /^(fatal|error):/.test(l)) ?? lines.at(-1) ?? 'git failed';
  let text = line.replace(/^(fatal|error):\s*/, '');
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

interface Fetched {
  ok: boolean;
  stderr: string;
  /** Why it was stopped: the time or the size limit. */
  stopped?: string;
}

/** `git fetch` in `dir`, stopped (its whole process group) past the time limit or the size limit. */
function boundedFetch(
  dir: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  limits: { timeoutMs: number; maxBytes: number },
): Promise<Fetched> {
  return new Promise((resolve) => {
    const before = sizeOf(join(dir, 'objects'));
    const child = spawn('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    let stopped: string | undefined;
    const stop = (why: string) => {
      stopped ??= why;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    };
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 65536) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(
      () => stop(`took longer than ${limits.timeoutMs / 1000} s (SLIPWAY_GIT_FETCH_TIMEOUT)`),
      limits.timeoutMs,
    );
    const poll = setInterval(() => {
      if (sizeOf(join(dir, 'objects')) - before > limits.maxBytes)
        stop(`larger than ${limits.maxBytes / 2 ** 20} MB (SLIPWAY_GIT_FETCH_MAX_MB)`);
    }, SIZE_POLL_MS);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      clearInterval(poll);
      // a fetch quicker than the polling is held to the limit all the same
      if (!stopped && sizeOf(join(dir, 'objects')) - before > limits.maxBytes)
        stopped = `larger than ${limits.maxBytes / 2 ** 20} MB (SLIPWAY_GIT_FETCH_MAX_MB)`;
      if (stopped) {
        // what the killed fetch left: its locks and half-written packs
        for (const lock of ['shallow.lock', 'FETCH_HEAD.lock', 'packed-refs.lock'])
          rmSync(join(dir, lock), { force: true });
        const packs = join(dir, 'objects', 'pack');
        for (const name of existsSync(packs) ? readdirSync(packs) : [])
          if (name.startsWith('tmp_')) rmSync(join(packs, name), { force: true });
      }
      resolve({ ok: ok && !stopped, stderr, ...(stopped && { stopped }) });
    };
    child.on('error', (error) => {
      stderr += error.message;
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

/** The configuration a cache repository holds: written afresh before each use (a restored cache's is not trusted). */
const BARE_CONFIG = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n';

/** The other repositories of one run: each URL and revision fetched once, whatever asks for it. */
export function otherRepositories(settings: OtherRepositorySettings): OtherRepositories {
  const { env } = settings;
  const cache = repositoryCache(env);
  const protocols = env.SLIPWAY_GIT_PROTOCOLS?.trim()
    ? env.SLIPWAY_GIT_PROTOCOLS.split(/[\s,:]+/)
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean)
    : DEFAULT_PROTOCOLS;
  const timeout = wholeNumber(env, 'SLIPWAY_GIT_FETCH_TIMEOUT', DEFAULT_TIMEOUT_SECONDS, 3600);
  const maxMb = wholeNumber(env, 'SLIPWAY_GIT_FETCH_MAX_MB', DEFAULT_MAX_MB, 100_000);
  const off = /^(off|false|0|no)$/i.test(env.SLIPWAY_OTHER_REPOSITORIES?.trim() ?? '');
  // the token input for GitHub's hosts; SLIPWAY_GIT_TOKEN_<HOST> for any host (GitHub's too)
  const serverHost = (() => {
    try {
      return new URL(settings.serverUrl).hostname.toLowerCase();
    } catch {
      return 'github.com';
    }
  })();
  const tokenFor = (host: string): string | undefined => {
    const own = env[tokenVariable(host)]?.trim();
    if (own) return own;
    if ((host === 'github.com' || host === serverHost) && settings.token) return settings.token;
    return undefined;
  };
  const secrets = (token: string | undefined) => (token ? [token, basicAuth(token)] : []);
  const commits = new Map<
    string,
    Promise<{ sha: string; dir: string; env: NodeJS.ProcessEnv } | { error: string }>
  >();
  const trees = new Map<string, FileTree>();
  // one fetch at a time per cache repository (git locks its shallow file and FETCH_HEAD)
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(dir: string, task: () => Promise<T>): Promise<T> => {
    const next = (queues.get(dir) ?? Promise.resolve()).then(task, task);
    queues.set(
      dir,
      next.catch(() => undefined),
    );
    return next;
  };

  const fetchCommit = async (
    repoURL: string,
    revision: string,
  ): Promise<{ sha: string; dir: string; env: NodeJS.ProcessEnv } | { error: string }> => {
    if (off) return { error: 'fetching other repositories is off (SLIPWAY_OTHER_REPOSITORIES)' };
    if (typeof timeout === 'string') return { error: timeout };
    if (typeof maxMb === 'string') return { error: maxMb };
    const target = fetchUrlOf(repoURL, protocols);
    if ('refused' in target) return { error: target.refused };
    if (!fetchableRevision(revision))
      return {
        error: `revision "${revision}" cannot be fetched: name a branch, a tag, HEAD or a full commit id`,
      };
    const token = tokenFor(target.host);
    const hidden = secrets(token);
    const dir = join(cache, createHash('sha256').update(target.url).digest('hex').slice(0, 32));
    const gitEnv = gitEnvironment(
      env,
      cache,
      protocols,
      token && target.url.startsWith('https://') ? { host: target.host, token } : undefined,
    );
    return serial(dir, async () => {
      try {
        mkdirSync(dir, { recursive: true });
        if (!existsSync(join(dir, 'HEAD')))
          execFileSync('git', ['init', '--quiet', '--bare', dir], { env: gitEnv, stdio: 'ignore' });
        writeFileSync(join(dir, 'config'), BARE_CONFIG);
      } catch (error) {
        return { error: `cannot make the cache repository in ${cache}: ${(error as Error).message}` };
      }
      const git = (args: string[]) =>
        execFileSync('git', args, { cwd: dir, env: gitEnv, stdio: ['ignore', 'pipe', 'ignore'] })
          .toString('utf8')
          .trim();
      const have = (rev: string) => {
        try {
          return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        } catch {
          return undefined;
        }
      };
      // a commit id the cache holds (kept by an earlier fetch) needs no network
      if (/^[0-9a-f]{40}$/i.test(revision)) {
        const kept = have(revision.toLowerCase());
        if (kept) return { sha: kept, dir, env: gitEnv };
      }
      const fetched = await boundedFetch(
        dir,
        [
          'fetch',
          '--quiet',
          '--no-tags',
          '--no-recurse-submodules',
          '--depth=1',
          '--end-of-options',
          target.url,
          revision,
        ],
        gitEnv,
        { timeoutMs: timeout * 1000, maxBytes: maxMb * 2 ** 20 },
      );
      if (fetched.stopped) return { error: fetched.stopped };
      if (!fetched.ok) return { error: gitReason(fetched.stderr, hidden) };
      const sha = have('FETCH_HEAD');
      if (!sha) return { error: `${revision} is not a commit` };
      try {
        // kept from git's pruning, and found by its id in a later run
        git(['update-ref', `refs/slipway/${sha}`, sha]);
      } catch {
        // the commit is read now all the same
      }
      return { sha, dir, env: gitEnv };
    });
  };

  return {
    async tree(url, revision, maxFileBytes) {
      const key = `${url}\n${revision}`;
      let commit = commits.get(key);
      if (!commit) commits.set(key, (commit = fetchCommit(url, revision)));
      const found = await commit;
      if ('error' in found) return found;
      const treeKey = `${found.dir}\n${found.sha}\n${maxFileBytes}`;
      let tree = trees.get(treeKey);
      if (!tree) {
        try {
          tree = gitTree(found.dir, found.sha, maxFileBytes, undefined, undefined, found.env);
        } catch (error) {
          return { error: `cannot read ${found.sha.slice(0, 12)}: ${(error as Error).message}` };
        }
        trees.set(treeKey, tree);
      }
      return { sha: found.sha, tree };
    },
  };
}
