// The image-tag rule warns about a container whose image floats — no tag, or `latest` — and has no digest;
// an image that is not a valid reference is left to the schema. Only images that may float are parsed:
// the findings must be those of parsing every image.
import type { RenderedObject } from '../../../src/core/render/objects.js';
import { checkObjects, objectKey } from '../../../src/core/validate/rules.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

/** One Pod per image, each a container of its own. */
const pods = (images: string[]): RenderedObject[] =>
  images.map((image, i) => ({
    obj: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p${i}` },
      spec: { containers: [{ name: `c${i}`, image }] },
    },
    file: 'pods.yaml',
    line: i + 1,
  }));

test.each([
  // floating: no tag, or latest, without a digest
  ['nginx', 'runs nginx without a tag'],
  ['nginx:latest', 'runs nginx:latest, a moving tag'],
  ['localhost:5000/team/app', 'runs localhost:5000/team/app without a tag'],
  ['registry.example.com:5000/app:latest', 'runs registry.example.com:5000/app:latest, a moving tag'],
  ['docker.io/library/redis', 'runs docker.io/library/redis without a tag'],
  // pinned: a tag other than latest, or a digest
  ['nginx:1.27', undefined],
  ['nginx:Latest', undefined],
  ['localhost:5000/app:v2', undefined],
  [`nginx@${DIGEST}`, undefined],
  [`nginx:latest@${DIGEST}`, undefined],
  // not a reference: no image-tag finding, whatever its spelling says
  [' nginx', undefined],
  ['nginx:latest ', undefined],
  ['NGINX', undefined],
  ['nginx:', undefined],
  ['nginx@sha256:short', undefined],
  ['a/b:latest/c', undefined],
  ['', undefined],
])('%j: %s', (image, message) => {
  const found = checkObjects(pods([image]), 'app:x', { kubernetesVersion: '1.31', latestTag: 'warning' });
  expect(found.map((f) => f.message)).toEqual(
    message === undefined ? [] : [`container c0 ${message}: pin a version or a digest`],
  );
});

test('image-tag off: no image is reported', () => {
  const found = checkObjects(pods(['nginx', 'nginx:latest']), 'app:x', {
    kubernetesVersion: '1.31',
    latestTag: 'off',
  });
  expect(found).toEqual([]);
});

test.each([
  [
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'n' } },
    'apps|Deployment|n|d',
  ],
  [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, '|ConfigMap||c'],
  [{ apiVersion: 'a/b/c', kind: 'K', metadata: { name: 'x' } }, 'a|K||x'],
  [{ apiVersion: 3, kind: 'K', metadata: { name: 1 } }, '|K||1'],
  [{ kind: 'K', metadata: { name: 'x', namespace: null } }, '|K||x'],
])('objectKey %j', (obj, key) => {
  expect(objectKey(obj)).toBe(key);
});
