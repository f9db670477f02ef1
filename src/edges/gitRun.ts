// git in one repository, its output whole — written to a file and read back, not read from a pipe. Node
// reads a child's pipe 64 KiB at a time: the ~20 MB that `ls-tree` and `cat-file` print for a revision of
// 10,000 apps cost it ~0.5 s of CPU and twice the wall time of git itself; from a file it is one read.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
    const asked = input === undefined && !env ? answerAsked(repoDir, args) : undefined;
    if (asked) {
      if (asked.status !== 0) throw new GitFailed(args, asked.status, asked.stderr);
      return asked.out;
    }
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
  const { folder, script, params, files } = atOnceScript(runs);
  const child = spawnSync('sh', ['-c', script, 'sh', ...params], {
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
    return files.map(readRun);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface RunFiles {
  out: string;
  err: string;
  status: string;
}

/**
 * A command asked right after another (`after`, one of the same script's runs) in the same background job
 * of the script, when `folder` holds a file named by what `after` printed (trimmed) and a `-`: a kept
 * tree index for the tree id `after` names. No round trip through Node between the two.
 */
export interface FollowUp {
  after: readonly string[];
  folder: string;
  args: readonly string[];
}

/**
 * A command built from the answers of runs of the same script — a commit's tree from the commit's id, the
 * changes between two commits — asked by the script itself as soon as those runs are done, without a round
 * trip through Node (whose thread may be busy compiling the run's code when they answer). `from`: the runs
 * whose trimmed answers are its values, each a hex object id, or it is not asked. `followUp`: asked right
 * after it in the same job, as a FollowUp is after its run.
 */
export interface DerivedAsk {
  from: readonly (readonly string[])[];
  args: (values: readonly string[]) => readonly string[];
  followUp?: { folder: string; args: (values: readonly string[]) => readonly string[] };
}

/** Where a derived command's argument holds value N (a marker no argument can hold: a NUL). */
const valueMarker = (n: number) => `\0${n}\0`;
const VALUE_MARKERS = /\0(\d+)\0/;

/**
 * One `sh` script starting every run in the background and waiting for them all; each run's files, then
 * each follow-up's (`followed`: no status file when it was not asked), then each derived command's and its
 * follow-up's (`derivedFiles`). The derived commands start once the runs they are built from are done.
 */
function atOnceScript(
  runs: readonly (readonly string[])[],
  followUps: readonly FollowUp[] = [],
  derived: readonly DerivedAsk[] = [],
) {
  const folder = scratch();
  const base = join(folder, 'run');
  const params: string[] = [];
  const param = (value: string) => `"\${${params.push(value)}}"`;
  const lines: string[] = [];
  const filesOf = (k: number): RunFiles => ({
    out: `${base}.${k}.out`,
    err: `${base}.${k}.err`,
    status: `${base}.${k}.status`,
  });
  // an argument as one shell word: its text from parameters, each value marker as "$vN"
  const word = (arg: string) =>
    arg
      .split(VALUE_MARKERS)
      .map((part, i) => (i % 2 === 1 ? `"$v${part}"` : part === '' ? '' : param(part)))
      .join('') || "''";
  const ask = (args: readonly string[], { out, err, status }: RunFiles) =>
    `git ${args.map(word).join(' ')} >${param(out)} 2>${param(err)}; echo $? >${param(status)}`;
  // (a tree id is hex: anything else, as an empty or failed answer, matches no file)
  const followUp = (answer: RunFiles, folder: string, args: readonly string[], theirs: RunFiles) =>
    `t=$(cat ${param(answer.out)}); case "$t" in ''|*[!0-9a-f]*) ;; *) for f in ${param(folder)}/"$t"-*; do [ -e "$f" ] && { ${ask(args, theirs)}; }; break; done;; esac`;
  const key = (args: readonly string[]) => args.join('\0');
  const runIndex = new Map(runs.map((args, k) => [key(args), k]));
  const needed = new Set(derived.flatMap((d) => d.from.map((args) => runIndex.get(key(args)) as number)));
  const files = runs.map((args, k): RunFiles => {
    const own = filesOf(k);
    const then = followUps.flatMap((f, j) =>
      key(f.after) === key(args) ? [followUp(own, f.folder, f.args, filesOf(runs.length + j))] : [],
    );
    lines.push(`{ ${[ask(args, own), ...then].join('; ')}; } &${needed.has(k) ? ` p${k}=$!` : ''}`);
    return own;
  });
  const derivedFiles = derived.map((d, j) => {
    const own = filesOf(runs.length + followUps.length + 2 * j);
    const theirs = filesOf(runs.length + followUps.length + 2 * j + 1);
    const markers = d.from.map((_, n) => valueMarker(n));
    // each value read from its run's answer, and checked: a hex object id, or nothing is asked
    const values = d.from.map((args, n) => {
      const from = files[runIndex.get(key(args)) as number] as RunFiles;
      return `v${n}=$(cat ${param(from.out)}); case "$v${n}" in ''|*[!0-9a-f]*) exit 0;; esac`;
    });
    const then = d.followUp ? [followUp(own, d.followUp.folder, d.followUp.args(markers), theirs)] : [];
    return { line: `( ${[...values, ask(d.args(markers), own), ...then].join('; ')} ) &`, own, theirs };
  });
  if (derived.length > 0) {
    lines.push(`wait ${[...needed].map((k) => `"$p${k}"`).join(' ')}`);
    lines.push(...derivedFiles.map((d) => d.line));
  }
  lines.push('wait');
  return {
    folder,
    script: lines.join('\n'),
    params,
    files,
    followed: followUps.map((_, j) => filesOf(runs.length + j)),
    derivedFiles,
  };
}

/** What one run of the script printed, and how it exited. */
function readRun({ out, err, status }: RunFiles): GitRun {
  // (a run that left no status or output, as when sh was stopped, failed)
  const read = (path: string) => readFileSync(path, { flag: 'a+' });
  const code = Number(read(status).toString('utf8').trim() || 'NaN');
  return {
    status: Number.isInteger(code) ? code : null,
    out: read(out),
    stderr: read(err).toString('utf8').trim(),
  };
}

/**
 * Answers of git commands asked ahead (askAhead), by folder and arguments. A command of this run asked
 * again in the same folder with the same arguments, no input and git's own environment takes its answer
 * here instead of starting git: a run's questions of its checkout are asked side by side while its code
 * loads, not one after another when each is reached. Answers longer than SHORT are handed out once.
 */
const asked = new Map<string, GitRun>();
const SHORT = 1 << 12;
const askedKey = (repoDir: string, args: readonly string[]) => `${resolve(repoDir)}\0${args.join('\0')}`;

/** The answer asked ahead for exactly this command in this folder, if there is one (`peek`: kept however long). */
export function answerAsked(repoDir: string, args: readonly string[], peek = false): GitRun | undefined {
  const key = askedKey(repoDir, args);
  const answer = asked.get(key);
  if (answer && !peek && answer.out.length > SHORT) asked.delete(key);
  return answer;
}

/** Forgets the answers asked ahead in a folder: what git answers there may have changed (a fetch). */
export function forgetAsked(repoDir: string): void {
  const prefix = `${resolve(repoDir)}\0`;
  for (const key of asked.keys()) if (key.startsWith(prefix)) asked.delete(key);
}

/**
 * Runs git commands in `repoDir` side by side without waiting for them (one `sh`, as gitAtOnce), and
 * keeps each one's answer for the run to take when it asks the same (answerAsked). Resolves once they
 * have all answered; where no `sh` starts, with no answer kept (each command runs when it is reached).
 */
export function askAhead(
  repoDir: string,
  runs: readonly (readonly string[])[],
  followUps: readonly FollowUp[] = [],
  derivedAsks: readonly DerivedAsk[] = [],
): Promise<void> {
  const fresh = runs.filter((args) => !asked.has(askedKey(repoDir, args)));
  const isFresh = (args: readonly string[]) => fresh.some((run) => run.join('\0') === args.join('\0'));
  const following = followUps.filter((f) => isFresh(f.after) && !asked.has(askedKey(repoDir, f.args)));
  // (built only from this script's runs: an answer already in names its commands outright)
  const derived = derivedAsks.filter((d) => d.from.length > 0 && d.from.every(isFresh));
  if (fresh.length === 0) return Promise.resolve();
  const { folder, script, params, files, followed, derivedFiles } = atOnceScript(fresh, following, derived);
  return new Promise<void>((done) => {
    let settled = false;
    const finish = (ran: boolean) => {
      if (settled) return;
      settled = true;
      try {
        if (!ran) return;
        fresh.forEach((args, k) => asked.set(askedKey(repoDir, args), readRun(files[k] as RunFiles)));
        // (left unasked: no kept index for that tree)
        const keep = (args: readonly string[], run: RunFiles) => {
          if (existsSync(run.status)) asked.set(askedKey(repoDir, args), readRun(run));
        };
        following.forEach((f, j) => keep(f.args, followed[j] as RunFiles));
        derived.forEach((d, j) => {
          // the values the script read, as it read them: a hex object id each, or it asked nothing
          const values = d.from.map((args) => {
            const answer = asked.get(askedKey(repoDir, args));
            const value = answer?.status === 0 ? answer.out.toString('utf8').trim() : '';
            return /^[0-9a-f]+$/.test(value) ? value : undefined;
          });
          const ran = derivedFiles[j];
          if (!ran || !values.every((v): v is string => v !== undefined)) return;
          keep(d.args(values), ran.own);
          if (d.followUp) keep(d.followUp.args(values), ran.theirs);
        });
      } finally {
        rmSync(folder, { recursive: true, force: true });
        done();
      }
    };
    const child = spawn('sh', ['-c', script, 'sh', ...params], { cwd: repoDir, stdio: 'ignore' });
    child.once('error', () => finish(false));
    child.once('close', (code, signal) => finish(code === 0 && signal === null));
  });
}
