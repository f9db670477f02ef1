// The opt-in CRD catalog (docs/crd-catalog.md): popular operators' custom resources validated from the
// @kubernetes-models packages when asked, with the package and version in the finding; a CRD in the
// repository always wins; only the kinds met are loaded.
import { BuiltinSchemas } from '../../src/core/validate/builtinSchemas.js';
import { CrdIndex } from '../../src/core/validate/crdIndex.js';
import { CATALOG_PACKAGES, CATALOG_SCHEMA_LOADERS } from '../../src/core/validate/crdCatalog.generated.js';
import { BUILTIN_SCHEMA_LOADERS } from '../../src/core/validate/k8sSchemas.generated.js';
import { checkSchemas } from '../../src/core/validate/schemas.js';
import { findingLines, tempFile, validate, validateSettings } from '../support/validation.js';

const version = (name: string) =>
  CATALOG_PACKAGES.find((p) => p.name === `@kubernetes-models/${name}`)?.version;
const CERT_MANAGER = `@kubernetes-models/cert-manager ${String(version('cert-manager'))}`;

const certificate = (dnsNames: string) => `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
  namespace: web
spec:
  secretName: web-tls
  dnsNames: ${dnsNames}
  issuerRef:
    name: letsencrypt
    kind: ClusterIssuer
`;

test('a Certificate with a wrong field is an error on its line from the catalog, naming the package and version', async () => {
  const file = tempFile('cert.yaml', certificate('example.com'));
  const asked = await validate(validateSettings([file], { crdCatalog: true }));
  expect(findingLines(asked.findings)).toEqual([
    `error 8: spec.dnsNames must be array (schema from ${CERT_MANAGER})`,
  ]);
  expect(asked.findings[0]).toMatchObject({ rule: 'schema', file, object: 'Certificate/web/web' });
  // without the catalog: the usual note that it is not validated, saying the catalog has it
  const notAsked = await validate(validateSettings([file]));
  expect(findingLines(notAsked.findings)).toEqual([
    'warning 1: no schema for cert-manager.io/v1 Certificate: add its CRD to the repository or turn on the CRD catalog (the crd-catalog input, --crd-catalog), or it is not validated',
  ]);
});

test('real-world resources of each package pass the catalog with no finding', async () => {
  const file = tempFile(
    'operators.yaml',
    [
      certificate('[example.com, www.example.com]'),
      `apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: {name: letsencrypt}
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: ops@example.com
    privateKeySecretRef: {name: letsencrypt-key}
    solvers: [{http01: {ingress: {ingressClassName: nginx}}}]
`,
      `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: web}
spec:
  parentRefs: [{name: public, namespace: gateways}]
  hostnames: [web.example.com]
  rules:
    - matches: [{path: {type: PathPrefix, value: /}}]
      backendRefs: [{name: web, port: 8080}]
`,
      `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews}
spec:
  hosts: [reviews]
  http:
    - route: [{destination: {host: reviews, subset: v1}, weight: 100}]
`,
      `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  endpoints: [{port: metrics, interval: 30s}]
`,
      `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata: {name: db}
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  target: {name: db}
  data: [{secretKey: password, remoteRef: {key: db, property: password}}]
`,
      `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: db, namespace: web}
spec:
  encryptedData: {password: AgBy3i4OJSWK}
`,
      `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: worker}
spec:
  scaleTargetRef: {name: worker}
  minReplicaCount: 0
  triggers: [{type: cron, metadata: {timezone: Europe/Paris, start: 0 8 * * *, end: 0 18 * * *, desiredReplicas: "3"}}]
`,
      `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx:1.27}]}
  strategy: {canary: {steps: [{setWeight: 20}, {pause: {duration: 10m}}]}}
`,
      `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  interval: 10m
  path: ./apps
  prune: true
  sourceRef: {kind: GitRepository, name: flux-system}
`,
      `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata: {name: web}
spec:
  entryPoints: [websecure]
  routes: [{match: Host(\`web.example.com\`), kind: Rule, services: [{name: web, port: 80}]}]
`,
    ].join('---\n'),
  );
  const result = await validate(validateSettings([file], { crdCatalog: true, requireSchemas: true }));
  expect(findingLines(result.findings)).toEqual([]);
  expect(result.objects).toBe(11);
});

test('a CRD in the repository wins over the catalog, even one that accepts what the catalog would not', async () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: certificates.cert-manager.io}
spec:
  group: cert-manager.io
  names: {kind: Certificate, plural: certificates}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
`;
  const file = tempFile('cert.yaml', `${crd}---\n${certificate('example.com')}`);
  const result = await validate(validateSettings([file], { crdCatalog: true }));
  expect(findingLines(result.findings)).toEqual([]);
  // and its version rules too: a version the repository's CRD lacks is an error about that CRD
  const v2 = tempFile(
    'cert.yaml',
    `${crd}---\n${certificate('[a]').replace('cert-manager.io/v1', 'cert-manager.io/v2')}`,
  );
  const other = await validate(validateSettings([v2], { crdCatalog: true }));
  expect(findingLines(other.findings)).toEqual([
    expect.stringMatching(
      /^error 15: cert-manager\.io\/v2 Certificate is not validated: CRD certificates\.cert-manager\.io \(.*cert\.yaml:1\) has no version v2; it defines v1$/,
    ),
  ]);
});

test('a kind or version the catalog does not have is still "no schema"', async () => {
  const file = tempFile(
    'old.yaml',
    `${certificate('[a]').replace('cert-manager.io/v1', 'cert-manager.io/v1alpha2')}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n`,
  );
  const result = await validate(validateSettings([file], { crdCatalog: true }));
  expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
    ['no-schema', 1],
    ['no-schema', 13],
  ]);
});

test('only the kinds met are loaded from the catalog', async () => {
  const loaded: string[] = [];
  const counting = new Map(
    [...CATALOG_SCHEMA_LOADERS].map(([key, entry]) => [
      key,
      { source: entry.source, load: () => (loaded.push(key), entry.load()) },
    ]),
  );
  const schemas = new BuiltinSchemas(BUILTIN_SCHEMA_LOADERS, counting);
  const obj = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'x' }, spec: {} };
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } };
  await schemas.load([{ obj }, { obj: cm }, { obj }]);
  expect(loaded).toEqual(['cert-manager.io/v1/Certificate']);
  expect(CATALOG_SCHEMA_LOADERS.size).toBeGreaterThan(250);
  // a built-in kind never comes from the catalog, and its validator is where it always was
  expect(schemas.catalogSchema('v1/ConfigMap')).toBeUndefined();
  const found = checkSchemas(
    [{ obj, file: 'c.yaml', line: 1 }],
    undefined,
    { builtin: schemas, crds: new CrdIndex(() => [], false) },
    () => ({ line: 1, column: 1 }),
    { strict: false, requireSchemas: false },
  );
  expect(found.map((f) => f.message)).toEqual([
    `spec is missing required field "issuerRef" (schema from ${CERT_MANAGER})`,
    `spec is missing required field "secretName" (schema from ${CERT_MANAGER})`,
  ]);
});

test('--strict with the catalog: unknown metadata fields are errors; the rest of the object is not checked for unknown fields (docs/crd-catalog.md)', async () => {
  const file = tempFile(
    'cert.yaml',
    certificate('[a.example.com]')
      .replace('  namespace: web\n', '  namespace: web\n  lables: {app: web}\n')
      .replace('  secretName: web-tls\n', '  secretName: web-tls\n  dnsNamez: [b.example.com]\n'),
  );
  const result = await validate(validateSettings([file], { crdCatalog: true, strict: true }));
  expect(findingLines(result.findings)).toEqual([
    `error 6: metadata has unknown field "lables" (schema from ${CERT_MANAGER})`,
  ]);
});
