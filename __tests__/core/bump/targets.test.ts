import { readFileSync } from 'node:fs';
import { scanYaml } from '../../../src/core/bump/targets/scan.js';
import { planBump } from '../../../src/core/bump/plan.js';
import { parseImageRef } from '../../../src/core/image/imageRef.js';

function bump(text: string, ...refs: string[]) {
  const plan = planBump([['f.yaml', text]], refs.map(parseImageRef), { allowDowngrade: false });
  return { text: plan.changed.get('f.yaml') ?? text, plan };
}

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

describe('where images live', () => {
  test('image fields at any depth', () => {
    const src =
      'spec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: ghcr.io/acme/api:1.0 # keep me\n';
    expect(bump(src, 'ghcr.io/acme/api:1.1').text).toBe(src.replace('api:1.0', 'api:1.1'));
  });
  test('kustomize images entry by newName', () => {
    const src = 'images:\n  - name: api\n    newName: ghcr.io/acme/api\n    newTag: "1.0"\n';
    expect(bump(src, 'ghcr.io/acme/api:1.10').text).toBe(src.replace('"1.0"', '"1.10"'));
  });
  test('kustomize entry without newTag gets one, a stale digest line is dropped', () => {
    const src = `images:\n- name: ghcr.io/acme/api\n  digest: ${D1}\n- name: other\n  newTag: x\n`;
    expect(bump(src, 'ghcr.io/acme/api:2.0.0').text).toBe(
      'images:\n- name: ghcr.io/acme/api\n  newTag: 2.0.0\n- name: other\n  newTag: x\n',
    );
  });
  test('helm values with registry, repository, tag (plain number becomes quoted)', () => {
    const src = 'image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2\n';
    expect(bump(src, 'bitnami/redis:7.10').text).toBe(src.replace('tag: 7.2', 'tag: "7.10"'));
  });
  test('argo cd kustomize.images strings and helm.parameters', () => {
    const src = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'spec:',
      '  source:',
      '    kustomize:',
      '      images:',
      '        - api=ghcr.io/acme/api:1.0',
      '    helm:',
      '      parameters:',
      '        - name: worker.image.repository',
      '          value: ghcr.io/acme/api',
      '        - name: worker.image.tag',
      "          value: '1.0'",
      '',
    ].join('\n');
    const out = bump(src, 'ghcr.io/acme/api:1.1');
    expect(out.text).toBe(src.replace('api:1.0', 'api:1.1').replace("'1.0'", "'1.1'"));
    expect(out.plan.edits.map((e) => e.kind)).toEqual(['argocd-kustomize-images', 'argocd-helm-parameters']);
  });
  test('argo cd helm.values block', () => {
    const src =
      'spec:\n  source:\n    helm:\n      values: |\n        image:\n          repository: ghcr.io/acme/api\n          tag: 1.0.0\n';
    expect(bump(src, 'ghcr.io/acme/api:1.0.1').text).toBe(src.replace('1.0.0', '1.0.1'));
  });
  test('marker comment: a tag, and a full reference', () => {
    const src =
      'x:\n  apiVersion: 3.1.0 # slipway: ghcr.io/acme/api\n  ref: "ghcr.io/acme/api:3.1.0" # slipway: ghcr.io/acme/api\n';
    expect(bump(src, 'ghcr.io/acme/api:3.2.0').text).toBe(src.replace(/3\.1\.0/g, '3.2.0'));
  });
  test('an anchored scalar is edited once', () => {
    const src = 'a: &img ghcr.io/acme/api:1.0\nb:\n  image: *img\nc:\n  image: *img\n';
    expect(bump(src, 'ghcr.io/acme/api:1.1').text).toBe(src.replace('1.0', '1.1'));
  });
  test('the spelling of the name is kept', () => {
    expect(bump('image: redis:7.2.4\n', 'docker.io/library/redis:7.2.5').text).toBe('image: redis:7.2.5\n');
  });
  test('a similar name is never matched', () => {
    expect(bump('image: ghcr.io/acme/api-sidecar:1.0\n', 'ghcr.io/acme/api:2.0').plan.edits).toEqual([]);
  });
  test('CRLF, missing final newline, comments, flow style and separators are kept', () => {
    const src = '# top\r\n---\r\nitems: [{image: "app:1.0"}]  # flow\r\n---\r\nimage: \'app:1.0\'';
    expect(bump(src, 'app:1.1').text).toBe(src.replace(/app:1\.0/g, 'app:1.1'));
  });
  test('digests: tag-only drops a stale digest, tag@digest writes both', () => {
    expect(bump(`image: app:1.0@${D1}\n`, 'app:1.1').text).toBe('image: app:1.1\n');
    expect(bump('image: app:1.0\n', `app:1.1@${D2}`).text).toBe(`image: app:1.1@${D2}\n`);
    expect(bump(`image: app:1.0@${D1}\n`, `app@${D2}`).text).toBe(`image: app:1.0@${D2}\n`);
  });
  test('a downgrade is refused with its reason; non-semver tags are compared for equality only', () => {
    const out = bump('image: app:2.3.0\n', 'app:2.2.9');
    expect(out.text).toBe('image: app:2.3.0\n');
    expect(out.plan.skips[0]?.reason).toBe(
      'would downgrade 2.3.0 → 2.2.9 (use allow-downgrade: true to force)',
    );
    expect(bump('image: app:sha-bbb\n', 'app:sha-aaa').text).toBe('image: app:sha-aaa\n');
  });
  test('several images in one run', () => {
    expect(bump('a:\n  image: x:1\nb:\n  image: y:1\n', 'x:2', 'y:3').text).toBe(
      'a:\n  image: x:2\nb:\n  image: y:3\n',
    );
  });
  test('a file that is not YAML is listed, not failed', () => {
    const out = planBump([['t.yaml', 'a: {{ .Values.x }\n: : :']], [parseImageRef('x:1')], {
      allowDowngrade: false,
    });
    expect(out.unreadable[0]?.file).toBe('t.yaml');
  });
  test('sites report their lines', () => {
    const src = readFileSync(new URL('../../fixtures/sites/deployment.yaml', import.meta.url), 'utf8');
    expect(scanYaml(src).sites.map((s) => [s.kind, s.name, s.tag])).toEqual([
      ['image-field', 'ghcr.io/acme/api', '1.0.0'],
      ['image-field', 'busybox', '1.36'],
    ]);
  });
});

describe('versions', () => {
  test('1.10 → 1.2 is a downgrade', () => {
    expect(bump('image: app:1.10\n', 'app:1.2').plan.skips[0]?.reason).toMatch(/would downgrade 1.10 → 1.2/);
  });
  test('allow-downgrade lets it through', () => {
    const plan = planBump([['f.yaml', 'image: app:2.0.0\n']], [parseImageRef('app:1.0.0')], {
      allowDowngrade: true,
    });
    expect(plan.changed.get('f.yaml')).toBe('image: app:1.0.0\n');
  });
});

test('a reference without a tag or digest is a placeholder: skipped with the reason, not given a tag', () => {
  const out = bump('image: ghcr.io/acme/api\n', 'ghcr.io/acme/api:1.0.0');
  expect(out.text).toBe('image: ghcr.io/acme/api\n');
  expect(out.plan.skips[0]?.reason).toBe(
    'the reference has no tag or digest to update (a placeholder, e.g. in a kustomize base)',
  );
});
