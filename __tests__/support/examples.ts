// The embedded example manifests repository as a map of path → text, to seed the GitHub stand-in. Its
// Applications name acme/k8s-manifests, as the README does; the stand-in serves acme/manifests, so they
// are given that name here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './runAction.js';

export function exampleFiles(): Record<string, string> {
  const root = join(ROOT, 'examples', 'manifests');
  const files: Record<string, string> = {};
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else
        files[relative(root, full)] = readFileSync(full, 'utf8').replaceAll(
          'https://github.com/acme/k8s-manifests.git',
          'https://github.com/acme/manifests.git',
        );
    }
  };
  visit(root);
  return files;
}
