// git in one repository, its output whole — written to a file and read back, not read from a pipe. Node
// reads a child's pipe 64 KiB at a time: the ~20 MB that `ls-tree` and `cat-file` print for a revision of
// 10,000 apps cost it ~0.5 s of CPU and twice the wall time of git itself; from a file it is one read.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Git } from './gitBlobs.js';

/** A folder of its own for one call's input and output files (removed when the call returns). */
const scratch = () => mkdtempSync(join(tmpdir(), 'slipway-git-'));

/** The failure of one git run, as execFileSync throws it: `status` is git's exit code. */
class GitFailed extends Error {
  constructor(
    args: readonly string[],
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(`Command failed: git ${args.join(' ')}${stderr ? `\n${stderr}` : ''}`);
  }
}

/**
 * Runs git in `repoDir` (stdin: `input`), returning what it printed; throws when it exits non-zero. With
 * `env`, git runs in that environment only (another repository's cache: otherRepositories.ts).
 */
export const gitIn =
  (repoDir: string, env?: NodeJS.ProcessEnv): Git =>
  (args, input) => {
    const folder = scratch();
    const inPath = join(folder, 'in');
    const outPath = join(folder, 'out');
    let inFd: number | undefined;
    const outFd = openSync(outPath, 'w', 0o600);
    try {
      if (input !== undefined) {
        writeFileSync(inPath, input, { mode: 0o600 });
        inFd = openSync(inPath, 'r');
      }
      const child = spawnSync('git', args, {
        cwd: repoDir,
        stdio: [inFd ?? 'ignore', outFd, 'pipe'],
        maxBuffer: 1 << 24,
        ...(env && { env }),
      });
      if (child.error) throw child.error;
      if (child.status !== 0) throw new GitFailed(args, child.status, child.stderr.toString('utf8').trim());
      return readFileSync(outPath);
    } finally {
      closeSync(outFd);
      if (inFd !== undefined) closeSync(inFd);
      rmSync(folder, { recursive: true, force: true });
    }
  };

/** What one of the runs of gitAtOnce printed, and how it exited. */
export interface GitRun {
  status: number | null;
  out: Buffer;
  stderr: string;
}

/**
 * Runs several git commands in `repoDir` side by side (one `sh` starts them all and waits for each), for
 * questions that do not depend on each other's answers: the second runs while the first waits on the
 * disk or the other core. Every argument reaches git as `"$n"`, never as shell text. Where there is no
 * `sh` (Windows without Git's), they run one after another.
 */
export function gitAtOnce(
  repoDir: string,
  runs: readonly (readonly string[])[],
  env?: NodeJS.ProcessEnv,
): GitRun[] {
  const folder = scratch();
  const base = join(folder, 'run');
  const params: string[] = [];
  const param = (value: string) => `"\${${params.push(value)}}"`;
  const lines: string[] = [];
  const files = runs.map((args, k) => {
    const out = `${base}.${k}.out`;
    const err = `${base}.${k}.err`;
    const status = `${base}.${k}.status`;
    lines.push(
      `{ git ${args.map(param).join(' ')} >${param(out)} 2>${param(err)}; echo $? >${param(status)}; } &`,
    );
    return { out, err, status };
  });
  lines.push('wait');
  const child = spawnSync('sh', ['-c', lines.join('\n'), 'sh', ...params], {
    cwd: repoDir,
    stdio: 'ignore',
    ...(env && { env }),
  });
  try {
    if (child.error) {
      const git = gitIn(repoDir, env);
      return runs.map((args) => {
        try {
          return { status: 0, out: git([...args]), stderr: '' };
        } catch (error) {
          const failed = error instanceof GitFailed ? error : undefined;
          return { status: failed?.status ?? null, out: Buffer.alloc(0), stderr: failed?.stderr ?? '' };
        }
      });
    }
    return files.map(({ out, err, status }) => {
      // (a run that left no status or output, as when sh was stopped, failed)
      const read = (path: string) => readFileSync(path, { flag: 'a+' });
      const code = Number(read(status).toString('utf8').trim() || 'NaN');
      return {
        status: Number.isInteger(code) ? code : null,
        out: read(out),
        stderr: read(err).toString('utf8').trim(),
      };
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
