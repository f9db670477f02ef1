// An Application's helm block and ignoreDifferences are parsed once where the Application is read: the
// renderers and the diff get typed values, and a mistyped field never widens what a rule hides.
import { parseHelmOptions, parseIgnoreRules } from '../../../src/core/argo/applicationParts.js';

test('helm options keep the fields of their type and the fields Slipway does not read', () => {
  expect(
    parseHelmOptions({
      releaseName: 'web',
      valueFiles: ['values.yaml'],
      parameters: [
        { name: 'replicas', value: 3 },
        { value: 'no name' },
        { name: 'tag', value: 'v1', forceString: true },
      ],
      fileParameters: [{ name: 'cfg', path: 'cfg.txt' }, { name: 'bad' }],
      namespace: 7,
      apiVersions: ['a/v1'],
      ignoreMissingValueFiles: 'yes',
      skipCrds: true,
      passCredentials: true,
    }),
  ).toEqual({
    releaseName: 'web',
    valueFiles: ['values.yaml'],
    parameters: [
      { name: 'replicas', value: '3' },
      { name: 'tag', value: 'v1', forceString: true },
    ],
    fileParameters: [{ name: 'cfg', path: 'cfg.txt' }],
    apiVersions: ['a/v1'],
    skipCrds: true,
    passCredentials: true,
  });
  expect(parseHelmOptions('not a map')).toEqual({});
});

test('an ignore rule with a mistyped field is left out whole, never applied without it', () => {
  expect(
    parseIgnoreRules([
      { kind: 'Deployment', jsonPointers: ['/spec/replicas'] },
      { kind: 5, jsonPointers: ['/spec'] },
      { group: 'apps', jsonPointers: '/spec' },
      { kind: 'Service', jsonPointers: ['/spec', 3] },
      'not a rule',
    ]),
  ).toEqual([{ kind: 'Deployment', jsonPointers: ['/spec/replicas'] }]);
  expect(parseIgnoreRules(undefined)).toEqual([]);
});
