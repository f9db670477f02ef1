// Bundles the two entry points with ncc: dist/index.js (the action) and dist/cli.js (the CLI), and the
// built-in kinds' validators as dist/k8s-schemas.js, which both load only when they validate.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const entries = {
  index: 'src/index.ts',
  cli: 'src/cli.ts',
  'k8s-schemas': 'src/core/validate/k8sSchemas.generated.ts',
};
/** One ncc run; the three run side by side (each type-checks the project, ~17 s of one core). */
function bundle(entry, out) {
  rmSync(out, { recursive: true, force: true });
  const args = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '-q', '--no-cache'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, '--license', 'licenses.txt'], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry}`))));
  });
}

await Promise.all(Object.entries(entries).map(([name, entry]) => bundle(entry, join('.build', name))));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const name of Object.keys(entries)) {
  const out = join('.build', name);
  let code = readFileSync(join(out, 'index.js'), 'utf8');
  if (name === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join('dist', `${name}.js`), code);
  if (name === 'cli') chmodSync(join('dist', 'cli.js'), 0o755);
  if (name === 'index') renameSync(join(out, 'licenses.txt'), join('dist', 'licenses.txt'));
  if (name === 'k8s-schemas')
    appendFileSync(join('dist', 'licenses.txt'), `\n${readFileSync(join(out, 'licenses.txt'), 'utf8')}`);
}
// dist/ is ESM like the package; this makes the folder self-describing when copied alone.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
rmSync('.build', { recursive: true, force: true });
