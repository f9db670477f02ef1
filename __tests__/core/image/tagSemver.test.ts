// A tag read as a version: what update types and downgrades are judged on.
import { tagSemver } from '../../../src/core/image/tagSemver.js';

test.each([
  ['1.2.3', '1.2.3'],
  ['v1.2.3', '1.2.3'],
  ['1.2.3-rc.1', '1.2.3-rc.1'],
  ['1.25', '1.25.0'],
  ['v2', '2.0.0'],
  ['1.25-alpine', undefined],
  ['sha-1a2b3c4', undefined],
  ['2024-01-02', undefined],
  ['latest', undefined],
])('%s reads as %s', (tag, expected) => {
  expect(tagSemver(tag)).toBe(expected);
});
