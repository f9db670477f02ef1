// Bench: how fast Slipway starts. `slipway --version` (whole process) and the action bundle's first output,
// each against `node -e 0` measured in the same run, with peak RSS; medians of 7 runs, ranges beside.
// Goals (#17): --version ≤ 2 × node -e 0 and ≤ 60 MB; the action's first output ≤ 2.5 × node -e 0.
// Usage: node bench/start.mjs [runs=7]   (SLIPWAY_ROOT_OLD=<another checkout> adds its figures)
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const root = new URL('..', import.meta.url).pathname;
const roots = [
  ['now', root],
  ...(process.env.SLIPWAY_ROOT_OLD ? [['other', process.env.SLIPWAY_ROOT_OLD]] : []),
];

function whole(args) {
  const wall = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - start) / 1e9);
    rss.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  return { wall: median(wall), range: [Math.min(...wall), Math.max(...wall)], rssMB: median(rss) };
}

const firstOutput = (args, env) =>
  new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = false;
    const mark = () => {
      if (seen) return;
      seen = true;
      done(Number(process.hrtime.bigint() - start) / 1e9);
    };
    child.stdout.on('data', mark);
    child.stderr.on('data', mark);
    child.on('close', mark);
  });

const load = loadavg()[0];
const floor = whole(['-e', '0']);
const env = { PATH: process.env.PATH, INPUT_COMMAND: 'bump', INPUT_IMAGES: '', GITHUB_OUTPUT: '/dev/null' };
for (const [label, dir] of roots) {
  const version = whole([join(dir, 'dist/cli.js'), '--version']);
  const firsts = [];
  for (let i = 0; i < RUNS; i++) firsts.push(await firstOutput([join(dir, 'dist/index.js')], env));
  const first = median(firsts);
  console.log(
    JSON.stringify({
      bench: 'start',
      build: label,
      loadAtStart: +load.toFixed(2),
      nodeFloorSeconds: +floor.wall.toFixed(3),
      versionSeconds: +version.wall.toFixed(3),
      versionRange: version.range.map((s) => +s.toFixed(3)),
      versionRatio: +(version.wall / floor.wall).toFixed(2),
      versionRatioGoal: 2,
      versionRssMB: Math.round(version.rssMB),
      versionRssGoalMB: 60,
      actionFirstOutputSeconds: +first.toFixed(3),
      actionFirstOutputRatio: +(first / floor.wall).toFixed(2),
      actionFirstOutputRatioGoal: 2.5,
    }),
  );
}
