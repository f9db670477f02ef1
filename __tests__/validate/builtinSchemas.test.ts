// The built-in kinds' validators are loaded when a run meets their kinds: only those, each once, and a
// validator asked for before it was loaded is an error, never an object passed unchecked. The same holds
// for the CRDs, whose machinery is loaded when a run first meets a custom resource.
import { loadBuiltinSchemas } from '../../src/core/validate/builtinSchemas.js';
import { checkSchemas } from '../../src/core/validate/schemas.js';

const object = (apiVersion: string, kind: string) => ({ obj: { apiVersion, kind, metadata: { name: 'x' } } });

test('a run loads the validators of the kinds it meets, and only those', async () => {
  const schemas = await loadBuiltinSchemas();
  expect(schemas.has('apps/v1/Deployment')).toBe(true);
  expect(schemas.has('acme.dev/v1/Widget')).toBe(false);
  await schemas.load([object('v1', 'ConfigMap'), object('acme.dev/v1', 'Widget')]);
  const configMap = schemas.get('v1/ConfigMap');
  expect(
    configMap?.({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } }),
  ).toBe(true);
  expect(configMap?.({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 1 } })).toBe(
    false,
  );
  // a kind no CRD-less run can check: nothing to load, and no validator
  expect(schemas.get('acme.dev/v1/Widget')).toBeUndefined();
  // a built-in kind not loaded first would pass unchecked: it throws instead
  expect(() => schemas.get('apps/v1/Deployment')).toThrow(
    /apps\/v1\/Deployment was used before it was loaded/,
  );
});

test('loads that overlap (two apps of the same kinds at once) each wait for the same validators', async () => {
  const schemas = await loadBuiltinSchemas();
  const kinds = [object('apps/v1', 'Deployment'), object('apps/v1', 'StatefulSet'), object('v1', 'Service')];
  await Promise.all([
    schemas.load(kinds),
    schemas.load(kinds.slice().reverse()),
    schemas.load(kinds.slice(1)),
  ]);
  for (const key of ['apps/v1/Deployment', 'apps/v1/StatefulSet', 'v1/Service'])
    expect(typeof schemas.get(key)).toBe('function');
  expect(schemas.get('apps/v1/Deployment')?.({ apiVersion: 'apps/v1', kind: 'Deployment', spec: 'x' })).toBe(
    false,
  );
});

test('a custom resource checked before the CRDs were loaded throws; a built-in kind needs no CRDs', async () => {
  const builtin = await loadBuiltinSchemas();
  const widget = { ...object('acme.dev/v1', 'Widget'), file: 'w.yaml', line: 1 };
  const configMap = {
    obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 1 } },
    file: 'c.yaml',
    line: 1,
  };
  await builtin.load([configMap]);
  const options = { strict: false, requireSchemas: false };
  const check = (o: typeof widget) =>
    checkSchemas([o], undefined, { builtin }, () => ({ line: 1, column: 1 }), options);
  expect(() => check(widget)).toThrow(/acme.dev\/v1 Widget was checked without the CRDs loaded/);
  expect(check(configMap)).toEqual([expect.objectContaining({ severity: 'error', file: 'c.yaml' })]);
});

test("Argo CD's own kinds are validated with @kubernetes-models/argo-cd's schemas; a misspelt field is an error on its line", async () => {
  const schemas = await loadBuiltinSchemas();
  const app = (syncPolicy: Record<string, unknown>) => ({
    obj: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'web', namespace: 'argocd' },
      spec: {
        project: 'default',
        source: { repoURL: 'https://github.com/acme/manifests', path: 'web' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
        syncPolicy,
      },
    },
    file: 'apps/web.yaml',
    line: 1,
  });
  const good = app({ automated: { prune: true } });
  const typo = app({ automatic: { prune: true } });
  const wrongType = app({ automated: { prune: 'yes' } });
  for (const kind of ['Application', 'ApplicationSet', 'AppProject'])
    expect(schemas.has(`argoproj.io/v1alpha1/${kind}`)).toBe(true);
  await schemas.load([good]);
  const options = { strict: false, requireSchemas: true };
  const locate = (_: unknown, path: Array<string | number>) => ({ line: path.length + 10, column: 1 });
  expect(checkSchemas([good], 'app:root', { builtin: schemas }, locate, options)).toEqual([]);
  expect(checkSchemas([typo], 'app:root', { builtin: schemas }, locate, options)).toEqual([
    expect.objectContaining({
      severity: 'error',
      rule: 'unknown-field',
      file: 'apps/web.yaml',
      line: 13,
      message: expect.stringContaining('has unknown field "automatic"'),
    }),
  ]);
  expect(checkSchemas([wrongType], 'app:root', { builtin: schemas }, locate, options)).toEqual([
    expect.objectContaining({ severity: 'error', rule: 'schema', file: 'apps/web.yaml' }),
  ]);
});
