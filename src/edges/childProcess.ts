// Running kustomize and helm: a time limit, an output limit, and a minimal environment (no tokens).
import { accessSync, constants, statSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { delimiter, join } from 'node:path';
import { safeToolMessage } from '../core/render/toolMessage.js';
import { ProcessLauncher } from './processLauncher.js';

export interface RunResult {
  ok: boolean;
  stdout: string;
  /** The tool's own message when it failed, trimmed. */
  error: string;
}

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * The environment a renderer gets: a PATH, a throw-away HOME and Go's collector settings
 * (goCollectorEnv), nothing else (no GITHUB_TOKEN).
 */
export function minimalEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    ...goCollectorEnv(process.env, totalmem(), availableParallelism()),
  };
}

/**
 * kustomize and helm are Go programs that run for a fraction of a second: at Go's default (GOGC=100)
 * they collect each time the heap doubles, ~25 % of `kubectl kustomize`'s CPU on the bench's apps.
 * GOGC=400 lets the heap grow to five times what is live first (a few MB more per run), and
 * GOMEMLIMIT, a soft limit, makes a render collect more often as it nears its share of half the
 * machine's memory (the renders that run at once share it). A GOGC or GOMEMLIMIT set in the runner's
 * environment is passed on instead.
 */
export function goCollectorEnv(
  env: NodeJS.ProcessEnv,
  memoryBytes: number,
  parallel: number,
): { GOGC: string; GOMEMLIMIT: string } {
  const share = Math.max(64, Math.floor(memoryBytes / 2 / Math.max(1, parallel) / 2 ** 20));
  return { GOGC: env.GOGC || '400', GOMEMLIMIT: env.GOMEMLIMIT || `${share}MiB` };
}

/** Starts the renders of this process (processLauncher.ts). */
const launcher = new ProcessLauncher();

/** Work to finish before the helper goes (renderFolders.ts: removing the last render folders with `rm`). */
const beforeEnd: Array<() => Promise<void>> = [];

/** Runs `task` when the entry's work is done, before the helper that starts programs exits. */
export function atEnd(task: () => Promise<void>): void {
  beforeEnd.push(task);
}

/** Waits for the helper that started renders to exit (the entries call this when their work is done). */
export async function endChildProcesses(): Promise<void> {
  for (const task of beforeEnd) await task().catch(() => undefined);
  return launcher.close();
}

/** `runs` renders are about to start: many start the helper that launches them at once. */
export function expectRuns(runs: number): void {
  launcher.expect(runs);
}

/** Runs a program; with `renderRoot`, its messages name the render folder's files by repository path. */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; renderRoot?: string },
  through: ProcessLauncher = launcher,
  timeoutMs = TIMEOUT_MS,
): Promise<RunResult> {
  const { stdout, stderr, error } = await through.launch(command, args, {
    cwd: options.cwd,
    env: options.env,
    timeout: timeoutMs,
    maxBuffer: MAX_OUTPUT,
  });
  if (!error) return { ok: true, stdout, error: '' };
  const reason =
    error.code === 'ENOENT'
      ? `${command} not found`
      : error.killed
        ? `${command} took longer than ${timeoutMs / 1000} s and was stopped`
        : safeToolMessage(
            stderr.trim() !== ''
              ? stderr
              : // execFile's message repeats the command line, whose `--set` values may be secrets
                /^Command failed:/.test(error.message)
                ? `${command} failed (exit code ${error.code ?? 'unknown'}) and printed no message`
                : error.message,
            options.renderRoot,
          );
  return { ok: false, stdout: '', error: reason };
}

const answers = new Map<string, Promise<RunResult>>();

/**
 * What `binary args` printed, run once per process in an empty environment: the render cache's key and
 * the comment's footer both ask `kubectl version --client`, and share this one run.
 */
export function versionAnswer(binary: string, args: readonly string[]): Promise<RunResult> {
  const key = [binary, ...args].join('\0');
  let answer = answers.get(key);
  if (!answer) {
    answer = run(binary, [...args], { cwd: '/', env: minimalEnv('/tmp') });
    answers.set(key, answer);
  }
  return answer;
}

const probed = new Map<string, Promise<string | undefined>>();

/** A binary's version line (`helm version --short`, `kustomize version`, kubectl's Kustomize Version), or undefined when it is not installed; asked once per process. */
export function binaryVersion(name: string): Promise<string | undefined> {
  let answer = probed.get(name);
  if (!answer) {
    // kubectl's plain `version` would try to reach a cluster
    const args =
      name === 'kubectl' ? ['version', '--client'] : name === 'helm' ? ['version', '--short'] : ['version'];
    answer = versionAnswer(name, args).then((r) => {
      if (!r.ok) return /not found/.test(r.error) ? undefined : 'unknown version';
      const kustomize = /Kustomize Version: (\S+)/.exec(r.stdout)?.[1];
      return (kustomize ?? r.stdout.trim().split('\n')[0] ?? '').trim() || 'unknown version';
    });
    probed.set(name, answer);
  }
  return answer;
}

const installed = new Map<string, boolean>();

/**
 * Whether a binary is installed: an executable file of that name in a folder of PATH, as a renderer's
 * process would find it (minimalEnv passes PATH on). Looked up in the file system, not by running it: a
 * `kubectl version` before the first render cost a preview 50-80 ms of waiting. Looked up once per name
 * and PATH: every render asks (twice with the render cache), and the PATH walk cost a 90-render preview
 * ~0.1 s of its main thread.
 */
export function hasBinary(name: string, path = process.env.PATH ?? '/usr/bin:/bin'): boolean {
  const key = `${name}\0${path}`;
  let found = installed.get(key);
  if (found === undefined) {
    found = path.split(delimiter).some((folder) => {
      if (!folder) return false;
      try {
        const file = join(folder, name);
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
    installed.set(key, found);
  }
  return found;
}
