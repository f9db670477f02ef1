// Runs one command for a benchmark: wall time, CPU time (user + system) and peak RSS, from /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';

/** Runs `node <args>`; returns wall and CPU seconds, peak RSS in MB, stdout and the exit status. */
export function timedNode(args, options = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [rssKB, user, system] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
  return {
    seconds,
    cpuSeconds: user + system,
    rssMB: rssKB / 1024,
    stdout: child.stdout,
    stderr: child.stderr,
    status: child.status,
  };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs any command the same way (wall, CPU and peak RSS from /usr/bin/time). */
export function timedCommand(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  const [rssKB, user, system] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, rssMB: rssKB / 1024, stdout: child.stdout };
}

/** An environment without Go's collector settings: Go's defaults. */
export function withoutGoCollector(env) {
  const out = { ...env };
  delete out.GOGC;
  delete out.GOMEMLIMIT;
  return out;
}

/** The collector settings Slipway gives its renders on this machine (edges/childProcess.ts, one per core). */
export const slipwayGoCollector = () => ({
  GOGC: '400',
  GOMEMLIMIT: `${Math.max(64, Math.floor(totalmem() / 2 / availableParallelism() / 2 ** 20))}MiB`,
});
