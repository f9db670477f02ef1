import { canonicalName, imageSlug, parseImageRef } from '../../../src/core/image/imageRef.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef', () => {
  test.each([
    ['nginx', 'nginx', 'docker.io/library/nginx', undefined, undefined],
    ['nginx:1.25', 'nginx', 'docker.io/library/nginx', '1.25', undefined],
    ['docker.io/library/nginx:1.25', 'docker.io/library/nginx', 'docker.io/library/nginx', '1.25', undefined],
    [
      'index.docker.io/library/nginx',
      'index.docker.io/library/nginx',
      'docker.io/library/nginx',
      undefined,
      undefined,
    ],
    ['user/app:2', 'user/app', 'docker.io/user/app', '2', undefined],
    ['localhost:5000/app', 'localhost:5000/app', 'localhost:5000/app', undefined, undefined],
    [
      'registry.example.com:5000/team/app:1.0',
      'registry.example.com:5000/team/app',
      'registry.example.com:5000/team/app',
      '1.0',
      undefined,
    ],
    [`ghcr.io/acme/api:1.2.3@${D}`, 'ghcr.io/acme/api', 'ghcr.io/acme/api', '1.2.3', D],
    [`ghcr.io/acme/api@${D}`, 'ghcr.io/acme/api', 'ghcr.io/acme/api', undefined, D],
    ['localhost/app:v1', 'localhost/app', 'localhost/app', 'v1', undefined],
    ['[::1]:5000/app:1', '[::1]:5000/app', '[::1]:5000/app', '1', undefined],
  ])('%s', (input, name, canonical, tag, digest) => {
    const ref = parseImageRef(input);
    expect(ref).toEqual({ name, canonical, ...(tag && { tag }), ...(digest && { digest }) });
  });

  test('a registry port is never read as a tag', () => {
    expect(parseImageRef('registry:5000/x').tag).toBeUndefined();
    expect(parseImageRef('registry:5000/x').canonical).toBe('registry:5000/x');
  });

  test.each([
    ['ghcr.io/Acme/api:1', /lowercase/],
    ['app:', /tag is empty/],
    [`app:${'a'.repeat(129)}`, /longer than 128/],
    ['app@sha256:abc', /64 hex/],
    ['app@nope', /not a valid digest/],
    ['app:.bad', /not a valid tag/],
    ['', /name is empty/],
    ['a//b', /path component/],
    [' app:1', /white space/],
  ])('rejects %s', (input, message) => {
    expect(() => parseImageRef(input)).toThrow(message);
  });
});

describe('same image', () => {
  test('Docker Hub spellings are one image', () => {
    const names = ['nginx', 'docker.io/nginx', 'docker.io/library/nginx', 'index.docker.io/library/nginx'];
    expect(new Set(names.map((n) => canonicalName(n))).size).toBe(1);
  });
  test('a prefix is not the same image', () => {
    expect(canonicalName('ghcr.io/acme/api')).not.toBe(canonicalName('ghcr.io/acme/api-sidecar'));
  });
  test('slugs are branch-safe', () => {
    expect(imageSlug('ghcr.io/acme/api')).toBe('ghcr.io-acme-api');
    expect(imageSlug('nginx')).toBe('nginx');
    expect(imageSlug('localhost:5000/a/b')).toBe('localhost-5000-a-b');
  });
});
