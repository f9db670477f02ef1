// What Argo CD's generator tables do not cover, held here: selectors, git's pathspec for files (and the
// newer doublestar globbing), a generator's own template, templatePatch Argo CD refuses, the legacy
// template's unclosed tag, the resources finalizer, and every failure naming the file, never the content.
import {
  expandApplicationSet,
  generatorParams,
  type GeneratorParamsOptions,
} from '../../../src/core/argo/applicationSets.js';
import { gitPathspecMatch } from '../../../src/core/argo/gitPathspec.js';
import { treeFromTexts } from '../../../src/core/fileTree.js';

const URL = 'https://github.com/acme/m';
const options = (files: Record<string, string> = {}, goTemplate = true): GeneratorParamsOptions => ({
  goTemplate,
  tree: treeFromTexts(files),
  repoUrls: [URL],
});

const appSet = (spec: Record<string, unknown>, name = 's') => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'ApplicationSet',
  metadata: { name, namespace: 'argocd' },
  spec: {
    goTemplate: true,
    template: {
      metadata: { name: '{{ .name }}' },
      spec: { project: 'default', source: { repoURL: URL, path: 'apps/x' } },
    },
    ...spec,
  },
});
const expand = (spec: Record<string, unknown>, files: Record<string, string> = {}) =>
  expandApplicationSet(appSet(spec), 'argocd/set.yaml', 3, treeFromTexts(files), [URL]);

test('a selector keeps the parameter sets it matches (flattened with dots), and a bad operator is an error', () => {
  const list = {
    elements: [
      { name: 'a', env: { tier: 'prod' } },
      { name: 'b', env: { tier: 'dev' } },
    ],
  };
  const pick = (selector: unknown) => generatorParams({ list, selector }, options()).map((p) => p.name);
  expect(pick({ matchLabels: { 'env.tier': 'prod' } })).toEqual(['a']);
  expect(pick({ matchExpressions: [{ key: 'env.tier', operator: 'NotIn', values: ['prod'] }] })).toEqual([
    'b',
  ]);
  expect(pick({ matchExpressions: [{ key: 'missing', operator: 'DoesNotExist' }] })).toEqual(['a', 'b']);
  expect(pick({})).toEqual(['a', 'b']);
  expect(() => pick({ matchExpressions: [{ key: 'name', operator: 'Near', values: ['a'] }] })).toThrow(
    'its selector operator "Near" is not In, NotIn, Exists or DoesNotExist',
  );
});

test('git files paths are git pathspecs by default: `*` crosses folders, `**/` may match none, a folder matches what is under it', () => {
  expect(gitPathspecMatch('apps/*/config.json', 'apps/a/b/config.json')).toBe(true);
  expect(gitPathspecMatch('**/config.json', 'config.json')).toBe(true);
  expect(gitPathspecMatch('p1/**/config.json', 'p1/config.json')).toBe(true);
  expect(gitPathspecMatch('apps', 'apps/a/config.json')).toBe(true);
  expect(gitPathspecMatch('apps/*.json', 'apps/a.yaml')).toBe(false);
  expect(gitPathspecMatch('apps/[ab].json', 'apps/b.json')).toBe(true);
  const files = { 'apps/a/config.json': '{"name": "a"}', 'apps/a/b/config.json': '{"name": "b"}' };
  const names = (newGitFileGlobbing: boolean) =>
    generatorParams(
      { git: { repoURL: URL, files: [{ path: 'apps/*/config.json' }] } },
      { ...options(files), newGitFileGlobbing },
    ).map((p) => p.name);
  expect(names(false)).toEqual(['b', 'a']);
  // the controller's newer globbing: `*` stays in one folder
  expect(names(true)).toEqual(['a']);
  // a pattern of many stars costs no more than a plain one
  expect(gitPathspecMatch(`${'*a'.repeat(40)}b`, 'a'.repeat(200))).toBe(false);
});

test("a generator's own template (generators[].list.template) is merged over the ApplicationSet's", () => {
  const result = expand({
    generators: [{ list: { elements: [{ name: 'a' }], template: { metadata: { labels: { own: 'yes' } } } } }],
  });
  expect(result.notPreviewed).toEqual([]);
  expect(result.applications.map((a) => a.metadata)).toEqual([
    {
      name: 'a',
      labels: { own: 'yes' },
      namespace: 'argocd',
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
  ]);
});

test('the resources finalizer is added unless preserveResourcesOnDeletion, and never over finalizers the template sets', () => {
  const finalizers = (spec: Record<string, unknown>) =>
    expand({ generators: [{ list: { elements: [{ name: 'a' }] } }], ...spec }).applications.map(
      (a) => (a.metadata as { finalizers?: unknown }).finalizers,
    );
  expect(finalizers({})).toEqual([['resources-finalizer.argocd.argoproj.io']]);
  expect(finalizers({ syncPolicy: { preserveResourcesOnDeletion: true } })).toEqual([undefined]);
  expect(
    finalizers({
      template: {
        metadata: { name: '{{ .name }}', finalizers: ['example.com/keep'] },
        spec: { project: 'default', source: { repoURL: URL, path: 'apps/x' } },
      },
    }),
  ).toEqual([['example.com/keep']]);
});

test('errors Argo CD raises fail the whole set, named, and generate nothing', () => {
  const reason = (spec: Record<string, unknown>, files: Record<string, string> = {}) => {
    const result = expand(spec, files);
    expect(result.applications).toEqual([]);
    return result.notPreviewed.map((n) => [n.file, n.line, n.reason]);
  };
  const list = (name: string) => ({ list: { elements: [{ name }] } });
  expect(
    reason({
      generators: [
        list('ok'),
        {
          matrix: {
            generators: [list('a'), { ...list('b'), git: { repoURL: URL, directories: [{ path: '*' }] } }],
          },
        },
      ],
    }),
  ).toEqual([
    [
      'argocd/set.yaml',
      3,
      'ApplicationSet: a child of its matrix or merge generator names more than one generator (list, git), which Argo CD refuses, not previewed',
    ],
  ]);
  expect(reason({ generators: [{ merge: { mergeKeys: ['name'], generators: [list('a')] } }] })[0]?.[2]).toBe(
    'ApplicationSet: its merge generator has fewer than two generators (Argo CD requires two or more), not previewed',
  );
  expect(reason({ generators: [list('a')], templatePatch: 'spec:\n  source: just-a-string\n' })[0]?.[2]).toBe(
    'ApplicationSet: its templatePatch is invalid: spec.source must be a map, as an Application has it, not previewed',
  );
  // the file's content is never quoted
  const files = reason(
    { generators: [{ git: { repoURL: URL, files: [{ path: 'c/*.json' }] } }] },
    { 'c/secret.json': 'password hunter2 is not yaml: [' },
  );
  expect(files[0]?.[2]).toContain('c/secret.json');
  expect(files[0]?.[2]).not.toContain('hunter2');
});

test("legacy templates: fasttemplate's tags, and a `{{` left open after a tag is an invalid template", () => {
  const legacy = (name: string) =>
    expandApplicationSet(
      {
        ...appSet({ generators: [{ list: { elements: [{ name: 'a' }] } }] }),
        spec: {
          ...appSet({}).spec,
          goTemplate: false,
          generators: [{ list: { elements: [{ name: 'a' }] } }],
          template: {
            metadata: { name },
            spec: { project: 'default', source: { repoURL: URL, path: 'apps/x' } },
          },
        },
      },
      'argocd/set.yaml',
      1,
      treeFromTexts({}),
      [URL],
    );
  expect(
    legacy('x-{{name}}-{{ missing }}').applications.map((a) => (a.metadata as { name: string }).name),
  ).toEqual(['x-a-{{ missing }}']);
  // no `{{…}}` on the line: left as written
  expect(legacy('x-{{name}').applications.map((a) => (a.metadata as { name: string }).name)).toEqual([
    'x-{{name}',
  ]);
  expect(legacy('{{name}}-{{name}').notPreviewed.map((n) => n.reason)).toEqual([
    'ApplicationSet: its template fails: invalid template: a "{{" at character 10 has no closing "}}", not previewed',
  ]);
});
