// The fast reading of manifests (js-yaml) gives what `yaml` gives: the same objects and the same lines, on
// every YAML file of the repository's fixtures and examples and on the corners where YAML parsers differ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifests, parseManifestsWithYaml } from '../../../src/core/yaml/manifestMaps.js';
import { ROOT } from '../../support/runAction.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$|^Kustomization$/.test(name) ? [path] : [];
  });
}

const CORNERS: Record<string, string> = {
  'comments and a marker with content': '# head\n\n--- # c\n# more\napiVersion: v1\nkind: A\n--- {a: 1}\n',
  'document end markers': 'a: 1\n...\n---\nb: 2\n...\n',
  'duplicate keys, the last wins': 'a: 1\nb: 2\na: 3\n',
  'numbers and words of YAML 1.1 stay 1.2':
    'a: 0o17\nb: 017\nc: 1e3\nd: .inf\ne: yes\nf: on\ng: 2001-12-14\nh: 0x1F\ni: 1_000\nj: +12\n',
  'nulls and empty values': 'a: ~\nb: null\nc:\nd: ""\n',
  'block scalars and a --- inside one': 'a: |\n  x\n  --- not a marker\nb: >-\n  folded\n  text\n',
  'quoted keys and numeric keys': '"a b": 1\n1: one\ntrue: t\n',
  'a prototype key is data': '__proto__: {polluted: true}\nconstructor: x\n',
  'documents that are not maps are dropped': '- a\n- b\n---\nplain\n---\nk: v\n',
  'empty documents': '---\n---\n# only a comment\n---\nk: v\n',
  'indentation and flow':
    'spec:\n  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: "x:1"}]}}\n',
  'a tab where YAML forbids one is not YAML': 'a:\n\tb: 1\n',
  'an unknown tag': 'a: !Ref thing\n',
  'a glob and a pointer are not aliases': 'hosts: ["*.example.com"]\nnote: "a & b"\npath: /a/*\n',
  'windows line ends': 'a: 1\r\n---\r\nb: 2\r\n',
  'a byte order mark': '\ufeffa: 1\n',
  '!!binary, plain and folded over lines':
    'a: !!binary YXJnb3Byb2ouaW8=\nb: !!binary |\n  YXJnb3By\n  b2ouaW8=\n',
  '!!binary that is not base64 is not YAML': 'a: !!binary not-base64!\n',
  'long strings with colons': 'url: http://a.example/x?y=1#z\nmsg: "k: v"\n',
};

test.each(Object.entries(CORNERS))('%s: js-yaml and yaml agree', (_name, text) => {
  expect(parseManifests(text)).toEqual(parseManifestsWithYaml(text));
});

test('!!binary reads as the text Kubernetes decodes it to, in both parsers', () => {
  const text = `apiVersion: !!binary ${Buffer.from('argoproj.io/v1alpha1').toString('base64')}\nkind: Application\n`;
  const expected = [{ obj: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' }, line: 1 }];
  expect(parseManifests(text)).toEqual(expected);
  expect(parseManifestsWithYaml(text)).toEqual(expected);
  expect(parseManifests('a: !!binary not-base64!\n')).toBeUndefined();
});

test('a %-escaped !!binary tag is decoded as go-yaml decodes it, whichever parser reads the file', () => {
  const base64 = Buffer.from('argoproj.io/v1alpha1').toString('base64');
  const verbatim = `apiVersion: !<tag:yaml.org,2002:%62inary> ${base64}\nkind: Application\n`;
  const expected = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' };
  expect(parseManifests(verbatim)?.[0]?.obj).toEqual(expected);
  // an anchor sends the file to `yaml`, which leaves a verbatim tag's escapes alone
  const anchored = `${verbatim}metadata: &m {name: a}\nextra: *m\n`;
  expect(parseManifests(anchored)?.[0]?.obj).toMatchObject(expected);
  const shorthand = `%TAG !e! tag:yaml.org,2002:\n---\napiVersion: !e!%62inary ${base64}\nkind: Application\n`;
  expect(parseManifests(shorthand)?.[0]).toEqual({ obj: expected, line: 3 });
});

test('every YAML file of the fixtures and examples reads the same with both parsers', () => {
  const files = [...yamlFiles(join(ROOT, '__tests__', 'fixtures')), ...yamlFiles(join(ROOT, 'examples'))];
  expect(files.length).toBeGreaterThan(100);
  const differing = files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return JSON.stringify(parseManifests(text)) !== JSON.stringify(parseManifestsWithYaml(text));
  });
  expect(differing).toEqual([]);
});

test('a Helm template is not a map of maps', () => {
  const text = 'metadata:\n  name: {{ include "api.fullname" . }}\n';
  expect(parseManifests(text)).toEqual(parseManifestsWithYaml(text));
});

test('on the synthetic 500-app repository of the benchmarks, the two parsers agree too', async () => {
  const bench = '../../../bench/gitops-repo.mjs';
  const { generate } = (await import(bench)) as {
    generate: (root: string, options: { apps: number }) => unknown;
  };
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const root = mkdtempSync(join(tmpdir(), 'slipway-parse-'));
  try {
    generate(root, { apps: 30 });
    const files = yamlFiles(root).filter((f) => !f.includes('/.git/'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect([file, parseManifests(text)]).toEqual([file, parseManifestsWithYaml(text)]);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
