// An ApplicationSet's credential-like Helm parameters are masked wherever they can sit, including texts
// that are not YAML until their template runs.
import { maskSecret, SECRET_CHANGED_MARKER, SECRET_MARKER } from '../../../src/core/diff/secretMasking.js';

const patch = (password: string, key: string) => `{{- if .autoSync }}
spec:
  source:
    helm:
      parameters:
        - name: db.password
          value: ${password}
        - {name: api.token, value: ${password}}
        - name: replicas
          value: "2"
      values: |
        apiKey: ${key}
        other: shown
{{- end }}
`;

const set = (password: string, key: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'ApplicationSet',
  metadata: { name: 'set' },
  spec: {
    generators: [
      {
        matrix: {
          generators: [
            { list: { elements: [{ env: 'dev', dbPassword: password }] } },
            { clusters: { values: { token: password, region: 'eu' } } },
          ],
        },
      },
    ],
    template: { spec: { source: { helm: { valuesObject: { db: { password } } } } } },
    templatePatch: patch(password, key),
  },
});

test('values of credential-like keys are masked in every place, changed ones marked changed', () => {
  const head = set('new-password', 'new-key') as Record<string, unknown>;
  const base = set('old-password', 'new-key') as Record<string, unknown>;
  maskSecret(head, base);
  maskSecret(base);
  const text = JSON.stringify(head) + JSON.stringify(base);
  expect(text).not.toMatch(/old-password|new-password|new-key/);
  const spec = head.spec as { templatePatch: string };
  expect(spec.templatePatch).toContain(`value: ${SECRET_CHANGED_MARKER}`);
  expect(spec.templatePatch).toContain(`{name: api.token, value: ${SECRET_CHANGED_MARKER}}`);
  expect(spec.templatePatch).toContain('value: "2"');
  expect(spec.templatePatch).toContain(`apiKey: ${SECRET_MARKER}`);
  expect(spec.templatePatch).toContain('other: shown');
  expect(text).toContain('"region":"eu"');
  expect(text).toContain('"env":"dev"');
});
