// A folder validated whole is read one file at a time (edges/folderTree.ts), its texts not all kept: the
// report — findings, their order, counts — is the one of the folder read whole, even when every file is
// read again each time it is used.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../../src/commands/validate.js';
import { folderTree } from '../../src/edges/folderTree.js';
import { localRenderer } from '../../src/edges/renderers.js';
import { diskTree, localTrees } from '../../src/edges/trees.js';
import { ROOT } from '../support/runAction.js';
import { validateSettings } from '../support/validation.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'validate');
const folders = [
  join(ROOT, 'examples', 'manifests'),
  ...readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(FIXTURES, e.name)),
];

test.each(folders.map((f) => [f.slice(ROOT.length + 1), f]))(
  '%s: the same report read on use as read whole',
  async (_, folder) => {
    const settings = validateSettings([folder], {
      repoUrls: ['https://github.com/acme/manifests', 'https://github.com/acme/k8s-manifests'],
      strict: true,
    });
    const whole = await validate(settings, {
      renderer: localRenderer,
      trees: { ...localTrees, folder: diskTree },
    });
    // nothing kept: every use of a file reads it again
    const onUse = await validate(settings, {
      renderer: localRenderer,
      trees: { ...localTrees, folder: (dir, limit) => folderTree(dir, limit, 0) },
    });
    expect(JSON.stringify(onUse, null, 2)).toBe(JSON.stringify(whole, null, 2));
    expect(whole.units).toBeGreaterThan(0);
  },
);
