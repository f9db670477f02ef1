// Runs one command for a benchmark: wall time and peak RSS (from /usr/bin/time -f %M, in KiB).
import { spawnSync } from 'node:child_process';

/** Runs `node <args>`; returns seconds, peak RSS in MB, stdout and the exit status. */
export function timedNode(args, options = {}) {
  const start = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssMB = Number(child.stderr.trim().split('\n').pop()) / 1024;
  return { seconds, rssMB, stdout: child.stdout, stderr: child.stderr, status: child.status };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
