// Bench: what a render costs beside kustomize's own work, measured side by side in one run.
// 1. Origin annotations: `kubectl kustomize` CPU for N overlays of the bench repository built bare, wrapped
//    as Slipway wraps them (../repo/<path>) without and with `buildMetadata: [originAnnotations]`, in
//    alternating rounds. A paired app's base is built without them (pipeline/pairedRenders.ts).
//    The same bare builds with Go's collector as Slipway sets it for renders (GOGC=400 and a GOMEMLIMIT,
//    edges/childProcess.ts) against Go's default.
// 2. Removing render folders: the CPU (this process's, and rm's) to remove N folders shaped like a render's (five
//    folders, 15 files) with fs.promises.rm one by one, rmSync, and `rm -rf` per 32 (edges/renderFolders.ts).
// Usage: node bench/render-costs.mjs [overlays=40] [rounds=4] [folders=600]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './gitops-repo.mjs';
import { slipwayGoCollector, timedCommand, withoutGoCollector } from './measure.mjs';

const [OVERLAYS = 40, ROUNDS = 4, FOLDERS = 600] = process.argv.slice(2).map(Number);
const round = (x, digits = 3) => +x.toFixed(digits);

function originCosts() {
  const root = mkdtempSync(join(tmpdir(), 'slipway-bench-render-'));
  try {
    generate(root, { apps: OVERLAYS + Math.ceil(OVERLAYS / 9) });
    const overlays = [];
    for (let a = 0; overlays.length < OVERLAYS; a++)
      if (a % 10 !== 9) overlays.push(`apps/app${String(a).padStart(4, '0')}/overlays/staging`);
    const wrappers = (origins) =>
      overlays.map((path, i) => {
        const folder = join(root, '.bench', `${origins ? 'with' : 'without'}-${i}`);
        mkdirSync(folder, { recursive: true });
        const metadata = origins ? 'buildMetadata: [originAnnotations]\n' : '';
        writeFileSync(join(folder, 'kustomization.yaml'), `resources: [../../${path}]\n${metadata}`);
        return folder;
      });
    const kinds = {
      bare: overlays,
      wrapped: wrappers(false),
      wrappedWithOrigins: wrappers(true),
      bareGoCollector: overlays,
    };
    const goCollector = slipwayGoCollector();
    const cpu = { bare: 0, wrapped: 0, wrappedWithOrigins: 0, bareGoCollector: 0 };
    for (let r = 0; r < ROUNDS; r++)
      for (const [kind, folders] of Object.entries(kinds)) {
        const defaults = withoutGoCollector(process.env);
        const run = timedCommand('sh', ['-c', 'xargs -0 -n1 kubectl kustomize >/dev/null'], {
          cwd: root,
          input: folders.join('\0'),
          env: kind === 'bareGoCollector' ? { ...defaults, ...goCollector } : defaults,
        });
        cpu[kind] += run.cpuSeconds;
      }
    return {
      builds: OVERLAYS * ROUNDS,
      bareCpuSeconds: round(cpu.bare),
      wrappedCpuSeconds: round(cpu.wrapped),
      wrappedWithOriginsCpuSeconds: round(cpu.wrappedWithOrigins),
      originsCost: round(cpu.wrappedWithOrigins / cpu.wrapped, 2),
      wrapperCost: round(cpu.wrapped / cpu.bare, 2),
      bareGoCollectorCpuSeconds: round(cpu.bareGoCollector),
      goCollectorCost: round(cpu.bareGoCollector / cpu.bare, 2),
      goCollector,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function renderLikeFolders() {
  const base = existsShm() ? '/dev/shm' : tmpdir();
  const folders = [];
  for (let i = 0; i < FOLDERS; i++) {
    const folder = mkdtempSync(join(base, 'slipway-bench-folder-'));
    for (const sub of [
      'repo/apps/a/base',
      'repo/apps/a/overlays/staging',
      'repo/components/c',
      'wrap',
      'home',
    ])
      mkdirSync(join(folder, sub), { recursive: true });
    for (let f = 0; f < 14; f++)
      writeFileSync(join(folder, `repo/apps/a/base/f${f}.yaml`), 'x: 1\n'.repeat(200));
    writeFileSync(join(folder, 'wrap/kustomization.yaml'), 'resources: [../repo/apps/a/base]\n');
    folders.push(folder);
  }
  return folders;
}

function existsShm() {
  try {
    return (
      execFileSync('sh', ['-c', 'test -d /dev/shm -a -w /dev/shm && echo yes']).toString().trim() === 'yes'
    );
  } catch {
    return false;
  }
}

async function removalCosts() {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const ways = {
    promisesOneByOne: (folders) => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))),
    rmSync: async (folders) => folders.forEach((f) => rmSync(f, { recursive: true, force: true })),
    // rm's own CPU counts too (from /usr/bin/time): the removal still happens, in another process
    rmRfPer32: async (folders) => {
      let childMs = 0;
      for (let i = 0; i < folders.length; i += 32)
        childMs += timedCommand('rm', ['-rf', '--', ...folders.slice(i, i + 32)]).cpuSeconds * 1000;
      return childMs;
    },
  };
  const out = {};
  for (let r = 0; r < 2; r++)
    for (const [way, remove] of Object.entries(ways)) {
      const folders = renderLikeFolders();
      const start = cpuMs();
      const returned = await remove(folders);
      const childMs = typeof returned === 'number' ? returned : 0;
      out[way] = Math.min(out[way] ?? Infinity, cpuMs() - start + childMs);
    }
  return {
    folders: FOLDERS,
    ...Object.fromEntries(Object.entries(out).map(([way, ms]) => [`${way}MsPerFolder`, round(ms / FOLDERS)])),
  };
}

const machine = { cores: cpus().length, loadAverage: round(loadavg()[0], 2), node: process.version };
console.log(JSON.stringify({ bench: 'render-origins', ...machine, ...originCosts() }));
console.log(JSON.stringify({ bench: 'render-folders', ...machine, ...(await removalCosts()) }));
