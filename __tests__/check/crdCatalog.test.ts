// The opt-in CRD catalog through dist/cli.js on a real git repository: `--crd-catalog` on diff, check and
// validate validates a cert-manager Certificate the repository has no CRD for; without it, the usual note.
import { application, manifestsRepo, type ManifestsRepo } from '../support/manifestsRepo.js';
import { runCli } from '../support/runAction.js';
import { CATALOG_PACKAGES } from '../../src/core/validate/crdCatalog.generated.js';

const CERT_MANAGER = `@kubernetes-models/cert-manager ${String(
  CATALOG_PACKAGES.find((p) => p.name === '@kubernetes-models/cert-manager')?.version,
)}`;

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

let repo: ManifestsRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

interface Finding {
  severity: string;
  rule: string;
  file?: string;
  line?: number;
  message: string;
}

test('a Certificate with a wrong field is an error on its line when the catalog is asked for, and only the usual note without it', async () => {
  repo = manifestsRepo({
    'argocd/web.yaml': application('web', 'path: web'),
    'web/certificate.yaml': certificate('[web.example.com]'),
  });
  await repo.commit({ 'web/certificate.yaml': certificate('web.example.com') });
  const wrong = {
    severity: 'error',
    rule: 'schema',
    file: 'web/certificate.yaml',
    line: 8,
    message: `spec.dnsNames must be array (schema from ${CERT_MANAGER})`,
  };

  const asked = await repo.diff(['--crd-catalog']);
  expect(asked.code).toBe(1);
  const web = asked.json?.apps.find((a) => a.name === 'web') as { findings: Finding[] } | undefined;
  expect(web?.findings).toEqual([expect.objectContaining(wrong)]);

  const notAsked = await repo.diff();
  expect(notAsked.code).toBe(0);
  const plain = notAsked.json?.apps.find((a) => a.name === 'web') as { findings: Finding[] } | undefined;
  expect(plain?.findings.map((f) => [f.severity, f.rule])).toEqual([['warning', 'no-schema']]);

  // check takes the flag too, and fails on the error
  const check = await runCli(['check', '--base', 'HEAD~1', '--head', 'HEAD', '--crd-catalog', repo.dir]);
  expect(check.code).toBe(1);
  expect(check.stdout).toContain(`spec.dnsNames must be array (schema from ${CERT_MANAGER})`);

  // and the push validation of the repository
  const validated = await runCli(['validate', '--crd-catalog', '--format', 'json', repo.dir]);
  expect(validated.code).toBe(1);
  // (the folder given prefixes the paths)
  expect((JSON.parse(validated.stdout) as { findings: Finding[] }).findings).toEqual([
    expect.objectContaining({ ...wrong, file: `${repo.dir}/web/certificate.yaml` }),
  ]);
  const validatedPlain = await runCli(['validate', '--format', 'json', repo.dir]);
  expect(validatedPlain.code).toBe(0);
  expect((JSON.parse(validatedPlain.stdout) as { findings: Finding[] }).findings.map((f) => f.rule)).toEqual([
    'no-schema',
  ]);
});

test("a CRD the repository holds wins over the catalog's schema", async () => {
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
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                dnsNames: {type: string}
                secretName: {type: string}
                issuerRef: {type: object, x-kubernetes-preserve-unknown-fields: true}
`;
  repo = manifestsRepo({
    'argocd/crds.yaml': application('crds', 'path: crds'),
    'crds/certificate.yaml': crd,
    'argocd/web.yaml': application('web', 'path: web'),
    'web/certificate.yaml': certificate('[web.example.com]'),
  });
  // a string is what this repository's CRD says dnsNames is; the catalog would say array
  await repo.commit({ 'web/certificate.yaml': certificate('web.example.com') });
  const run = await repo.diff(['--crd-catalog']);
  expect(run.code).toBe(0);
  expect(run.json?.apps.find((a) => a.name === 'web')?.findings).toEqual([]);
});
