// Running kustomize and helm: a time limit, an output limit, and a minimal environment (no tokens).
import { execFile } from 'node:child_process';
import { safeToolMessage } from '../core/render/toolMessage.js';

export interface RunResult {
  ok: boolean;
  stdout: string;
  /** The tool's own message when it failed, trimmed. */
  error: string;
}

const TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

/** The environment a renderer gets: a PATH and a throw-away HOME, nothing else (no GITHUB_TOKEN). */
export function minimalEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' };
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { ...options, timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout, error: '' });
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${command} not found`
            : error.killed
              ? `${command} took longer than ${TIMEOUT_MS / 1000} s and was stopped`
              : safeToolMessage(stderr || error.message);
        resolve({ ok: false, stdout: '', error: reason });
      },
    );
  });
}

const probed = new Map<string, Promise<string | undefined>>();

/** A binary's version line (`helm version --short`, `kustomize version`, kubectl's Kustomize Version), or undefined when it is not installed; asked once per process. */
export function binaryVersion(name: string): Promise<string | undefined> {
  let answer = probed.get(name);
  if (!answer) {
    // kubectl's plain `version` would try to reach a cluster
    const args =
      name === 'kubectl' ? ['version', '--client'] : name === 'helm' ? ['version', '--short'] : ['version'];
    answer = run(name, args, { cwd: '/', env: minimalEnv('/tmp') }).then((r) => {
      if (!r.ok) return /not found/.test(r.error) ? undefined : 'unknown version';
      const kustomize = /Kustomize Version: (\S+)/.exec(r.stdout)?.[1];
      return (kustomize ?? r.stdout.trim().split('\n')[0] ?? '').trim() || 'unknown version';
    });
    probed.set(name, answer);
  }
  return answer;
}

/** Whether a binary is installed (it answers its version command). */
export async function hasBinary(name: string): Promise<boolean> {
  return (await binaryVersion(name)) !== undefined;
}
