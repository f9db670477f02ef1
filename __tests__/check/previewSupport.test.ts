// README "What check previews" is the table the code builds from the lists it uses, and those lists say
// what the code does: every generator marked previewed expands, every other one is listed as not
// previewed; every sync option marked shown changes the preview's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expandApplicationSet,
  OTHER_GENERATORS,
  PREVIEWED_GENERATORS,
} from '../../src/core/argo/applicationSets.js';
import { consequence } from '../../src/core/diff/syncConsequences.js';
import { SHOWN_SYNC_OPTIONS } from '../../src/core/diff/syncOrder.js';
import { treeFromTexts } from '../../src/core/fileTree.js';
import { previewSupportTable } from '../../src/core/report/previewSupport.js';
import { ROOT } from '../support/runAction.js';

const START = '<!-- what-check-previews: generated from src/core/report/previewSupport.ts -->';
const END = '<!-- /what-check-previews -->';

test('README "What check previews" matches the code (on failure, paste the printed table between the markers)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
  const expected = previewSupportTable();
  if (section !== expected) process.stdout.write(`${expected}\n`);
  expect(readme.indexOf(START)).toBeGreaterThan(-1);
  expect(section).toBe(expected);
});

function expandWith(type: string) {
  const generator =
    type === 'matrix'
      ? {
          matrix: {
            generators: [{ list: { elements: [{ a: '1' }] } }, { list: { elements: [{ b: '2' }] } }],
          },
        }
      : type === 'merge'
        ? {
            merge: {
              mergeKeys: ['a'],
              generators: [{ list: { elements: [{ a: '1' }] } }, { list: { elements: [{ a: '1' }] } }],
            },
          }
        : type === 'git'
          ? { git: { repoURL: 'https://github.com/acme/m', directories: [{ path: 'apps/*' }] } }
          : type === 'list'
            ? { list: { elements: [{ a: '1' }] } }
            : { [type]: {} };
  const appSet = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: 's' },
    spec: {
      generators: [generator],
      template: {
        metadata: { name: 'x' },
        spec: { source: { repoURL: 'https://github.com/acme/m', path: 'apps/x' } },
      },
    },
  };
  const tree = treeFromTexts({ 'apps/x/cm.yaml': 'kind: ConfigMap\n' });
  // the cluster generator reads the cluster definitions it is given: none but the local cluster here
  const settings = type === 'clusters' ? { clusters: { folder: 'clusters', clusters: [] } } : {};
  return expandApplicationSet(appSet, 'a.yaml', 1, tree, ['https://github.com/acme/m'], undefined, settings);
}

test.each([...PREVIEWED_GENERATORS])('generator %s, marked previewed, generates apps', (type) => {
  const result = expandWith(type);
  expect(result.notPreviewed).toEqual([]);
  expect(result.applications.length).toBeGreaterThan(0);
});

test.each([...OTHER_GENERATORS])('generator %s, marked not previewed, is listed with the reason', (type) => {
  const result = expandWith(type);
  expect(result.applications).toEqual([]);
  expect(result.notPreviewed[0]?.reason).toContain(
    `the ${type} generator depends on more than this repository`,
  );
});
test.each(
  // CreateNamespace and Delete=false act on the app, not one object: __tests__/check/syncOrder.test.ts
  SHOWN_SYNC_OPTIONS.filter((o) => o !== 'CreateNamespace=true' && o !== 'Delete=false'),
)('sync option %s changes the words of the preview', (option) => {
  const app = {
    name: 'a',
    origins: [],
    destination: {},
    syncPolicy: { automated: true, prune: true, selfHeal: false, options: [] },
    cascadeDelete: false,
    ignoreDifferences: [],
  };
  const obj = (options?: string) => ({
    kind: 'ConfigMap',
    metadata: {
      name: 'c',
      ...(options && { annotations: { 'argocd.argoproj.io/sync-options': options } }),
    },
  });
  const change = option === 'Prune=false' || option === 'PruneLast=true' ? 'deleted' : 'changed';
  expect(consequence(change, app, obj(option))).not.toBe(consequence(change, app, obj()));
  expect(consequence(change, app, obj(option))).toContain(option);
});
