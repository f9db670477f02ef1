// Go's text/template with Argo CD's function set, against the behaviour of Go and the examples in Argo
// CD's ApplicationSet documentation (Go Template, Generators: Git, Matrix, Merge, Template patch).
import {
  NotPreviewable,
  renderGoTemplate,
  renderLegacyTemplate,
  TemplateError,
  templateOptionsError,
} from '../../../src/core/argo/goTemplate.js';
import { SPRIG_FUNCTIONS } from '../../../src/core/argo/sprigFunctions.js';

const render = (template: string, data: unknown, missingKeyError = false) =>
  renderGoTemplate(template, data, { missingKeyError, functions: SPRIG_FUNCTIONS });

const gitDir = {
  path: {
    path: 'apps/team-a/Guest_Book',
    basename: 'Guest_Book',
    basenameNormalized: 'guest-book',
    segments: ['apps', 'team-a', 'Guest_Book'],
  },
};

test.each([
  // Argo CD docs, Go Template: fields, index of segments, normalized names
  ['{{.cluster}}-guestbook', { cluster: 'engineering-dev' }, 'engineering-dev-guestbook'],
  ['{{index .path.segments 1}}', gitDir, 'team-a'],
  ['{{.path.basenameNormalized}}', gitDir, 'guest-book'],
  ['{{ normalize .path.basename }}', gitDir, 'guest-book'],
  ['{{ .path.basename | lower | replace "_" "-" }}', gitDir, 'guest-book'],
  ['{{ .path.path | dir | base }}', gitDir, 'team-a'],
  // sprig functions templates use
  ['{{ default "dev" .env }}', {}, 'dev'],
  ['{{ .name | upper | quote }}', { name: 'api' }, '"API"'],
  ['{{ printf "%s-%03d" .name .n }}', { name: 'shard', n: 7 }, 'shard-007'],
  ['{{ trimPrefix "env-" .env }}', { env: 'env-prod' }, 'prod'],
  ['{{ join "," (list "a" "b" .c) }}', { c: 'c' }, 'a,b,c'],
  [
    '{{ toYaml .values | nindent 2 }}',
    { values: { replicas: 2, image: { tag: '1.0' } } },
    '\n  image:\n    tag: "1.0"\n  replicas: 2',
  ],
  ['{{ ternary "yes" "no" .on }}', { on: true }, 'yes'],
  ['{{ .labels.env | default "none" }}', { labels: {} }, 'none'],
  ['{{ sha256sum "x" | trunc 8 }}', {}, '2d711642'],
  ['{{ semverCompare ">=1.2.0" .version }}', { version: '1.10.0' }, 'true'],
  // Go semantics: control flow, variables, printing
  [
    '{{- if eq .cluster "prod" }}big{{- else if eq .cluster "stage" }}medium{{ else }}small{{ end -}}',
    { cluster: 'stage' },
    'medium',
  ],
  ['{{ range $i, $v := .list }}{{ $i }}={{ $v }};{{ end }}', { list: ['a', 'b'] }, '0=a;1=b;'],
  ['{{ range $k, $v := .m }}{{ $k }}:{{ $v }} {{ end }}', { m: { b: 2, a: 1 } }, 'a:1 b:2 '],
  ['{{ range .none }}x{{ else }}empty{{ end }}', { none: [] }, 'empty'],
  ['{{ with .x }}{{ . }}{{ else }}none{{ end }}', { x: '' }, 'none'],
  ['{{ $name := .a }}{{ $name }}-{{ $.b }}', { a: 'one', b: 'two' }, 'one-two'],
  ['{{ .missing }}', {}, '<no value>'],
  [
    '{{ .n }} {{ .f }} {{ .big }} {{ .m }} {{ .l }}',
    { n: 3, f: 1.5, big: 1000000, m: { k: 'v' }, l: [1, 'x'] },
    '3 1.5 1e+06 map[k:v] [1 x]',
  ],
  ['{{ and .a .b }} {{ or .c .d }} {{ not .a }}', { a: 1, b: 'x', c: '', d: 'y' }, 'x y false'],
  ['{{ len .l }} {{ index .m "k" }}', { l: [1, 2, 3], m: { k: 'v' } }, '3 v'],
  ['{{ printf "%s-%s" (.a | upper) .b }} {{ (.m).k }}', { a: 'x', b: 'y', m: { k: 'v' } }, 'X-y v'],
  ['{{/* a comment */}}kept', {}, 'kept'],
  ['a  {{- "b" -}}  c', {}, 'abc'],
])('%s', (template, data, expected) => {
  expect(render(template, data)).toBe(expected);
});

test('missingkey=error: a missing key is an error naming it; without it, Go prints <no value>', () => {
  expect(() => render('{{ .cluster.name }}', { cluster: {} }, true)).toThrow(
    new TemplateError('at <.cluster.name>: map has no entry for key "name"'),
  );
  expect(render('{{ .cluster.name }}', { cluster: {} })).toBe('<no value>');
  // a field through a missing key stays missing (Go's invalid value); through an explicit null it fails
  expect(render('{{ .a.b }}', {})).toBe('<no value>');
  expect(() => render('{{ .a.b }}', {}, true)).toThrow(/map has no entry for key "a"/);
  expect(() => render('{{ .a.b }}', { a: null })).toThrow(/nil pointer evaluating interface \{\}\.b/);
});

test('Go semantics where JavaScript would differ', () => {
  expect(render('{{ snakecase "HTTPServer" }} {{ kebabcase "NoHTTPS" }}', {})).toBe('http_server no-https');
  expect(render('{{ seq 0 3 10 }}', {})).toBe('0 3 6 9');
  expect(render('{{ list | first }}', {})).toBe('<no value>');
  expect(render('{{ join "-" .v }}', { v: ['1', null, '2'] })).toBe('1-2');
  expect(render('{{ (semver "1.2.3").Compare (semver "1.3.0") }}', {})).toBe('-1');
  expect(render('{{ add 1.9 1 }} {{ mulf 1.2 2.4 }}', {})).toBe('2 2.88');
  // Go's parser refuses an unknown function anywhere, even where it would never run
  expect(() => render('{{ if false }}{{ nosuchfunction 1 }}{{ end }}', {})).toThrow(
    new TemplateError('function "nosuchfunction" not defined'),
  );
});

test('Argo CD deletes env, expandenv and getHostByName: unknown functions, the environment never read', () => {
  process.env.SLIPWAY_TEMPLATE_PROBE = 'secret-value';
  for (const fn of [
    'env "SLIPWAY_TEMPLATE_PROBE"',
    'expandenv "$SLIPWAY_TEMPLATE_PROBE"',
    'getHostByName "localhost"',
  ])
    expect(() => render(`{{ ${fn} }}`, {})).toThrow(/not defined/);
  delete process.env.SLIPWAY_TEMPLATE_PROBE;
});

test('the legacy template: a "{{" without "}}" after a template is an error, as in Argo CD', () => {
  expect(renderLegacyTemplate('{{a}}-{{ b }}-{{c}}', { a: 'x', b: 'y', c: 1 })).toBe('x-y-{{c}}');
  expect(() => renderLegacyTemplate('{{properly.closed}} {{improperly.closed}', {})).toThrow(
    /invalid template/,
  );
  expect(renderLegacyTemplate('}} {{', {})).toBe('}} {{');
});

test('the templatePatch example of Argo CD documentation renders to the YAML Argo CD patches with', () => {
  const patch = `spec:
  source:
    helm:
      valueFiles:
      {{- range $valueFile := .valueFiles }}
        - {{ $valueFile }}
      {{- end }}
{{- if .autoSync }}
  syncPolicy:
    automated:
      prune: {{ .prune }}
{{- end }}
`;
  expect(render(patch, { valueFiles: ['values.yaml', 'prod.yaml'], autoSync: true, prune: true })).toBe(
    `spec:
  source:
    helm:
      valueFiles:
        - values.yaml
        - prod.yaml
  syncPolicy:
    automated:
      prune: true
`,
  );
});

test('template errors are TemplateErrors with the reason: unknown function, unclosed blocks', () => {
  expect(() => render('{{ now }}', {})).toThrow(NotPreviewable);
  expect(() => render('{{ randAlphaNum 5 }}', {})).toThrow(/random/);
  expect(() => render('{{ if .a }}x', {})).toThrow(/has no \{\{end\}\}/);
  expect(() => render('{{ env "HOME" }}', {})).toThrow(/function "env" not defined/);
});

test("goTemplateOptions: only Go's missingkey options are recognised", () => {
  expect(templateOptionsError(['missingkey=error'])).toBeUndefined();
  expect(
    templateOptionsError(['missingkey=zero', 'missingkey=invalid', 'missingkey=default']),
  ).toBeUndefined();
  expect(templateOptionsError(['missingkey=strict'])).toMatch(
    /"missingkey=strict", which Go's text\/template does not recognise/,
  );
});
