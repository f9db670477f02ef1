// Bench helper: the least that reading a revision whole can cost — list the tree (`git ls-tree`), find
// the files naming Argo CD's group (`git grep`, as Slipway does), read them and every kustomization
// (`git cat-file --batch`) — the files a preview cannot skip — and parse them with js-yaml (the
// fastest parser Slipway uses). No discovery, no walk, no render. Prints the milliseconds from the first git run to the last parse (node's
// start aside), for check-diff.mjs's growth bench: the part of a one-app PR read whole that no code can
// save without keeping something between runs.
// Usage: node bench/read-whole-floor.mjs <repository> [revision=HEAD~1]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [root, revision = 'HEAD~1'] = process.argv.slice(2);
const jsYaml = createRequire(import.meta.url)('js-yaml');
const git = (args, input) => execFileSync('git', args, { cwd: root, input, maxBuffer: 1 << 30 });

const start = performance.now();
const listing = git(['ls-tree', '-r', '-z', '--full-tree', revision]).toString('utf8').split('\0');
// the files naming Argo CD's group, as git grep finds them without Node reading every blob
const naming = new Set(
  git(['grep', '--threads=1', '-l', '-z', '--full-name', '-F', '-e', 'argoproj.io', revision, '--', ':(top)'])
    .toString('utf8')
    .split('\0')
    .map((name) => name.slice(revision.length + 1)),
);
const wanted = [];
let files = 0;
for (const line of listing) {
  const tab = line.indexOf('\t');
  if (tab < 0) continue;
  const [, type, sha] = line.slice(0, tab).split(' ');
  const path = line.slice(tab + 1);
  if (type !== 'blob') continue;
  files++;
  if (naming.has(path) || /(^|\/)kustomization\.ya?ml$/.test(path)) wanted.push(sha);
}
const out = git(['cat-file', '--batch', '--buffer'], wanted.join('\n') + '\n');
let parsed = 0;
let offset = 0;
for (let i = 0; i < wanted.length; i++) {
  const header = out.indexOf(10, offset);
  const size = Number(out.subarray(offset, header).toString().split(' ')[2]);
  jsYaml.loadAll(out.subarray(header + 1, header + 1 + size).toString('utf8'), () => parsed++, {
    json: true,
  });
  offset = header + 1 + size + 1;
}
console.log(JSON.stringify({ ms: Math.round(performance.now() - start), files, parsed }));
