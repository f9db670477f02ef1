// Helpers for validation tests: settings as the CLI would build them, findings as short lines, a file in a
// temp folder, and a one-version CRD whose schema a test writes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidateSettings } from '../../src/commands/validate.js';

export const validateSettings = (
  targets: string[],
  extra: Partial<ValidateSettings> = {},
): ValidateSettings => ({
  targets,
  strict: false,
  requireSchemas: false,
  kubernetesVersion: '1.31',
  repoUrls: [],
  ...extra,
});

/** `severity line: message`, the shape most assertions read best in. */
export const findingLines = (findings: Array<{ severity: string; line?: number; message: string }>) =>
  findings.map((f) => `${f.severity} ${f.line ?? 0}: ${f.message}`);

export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-validate-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** An apiextensions/v1 CRD of `kind` in example.com with one served version `v1` and this schema (YAML flow). */
export function crdYaml(kind: string, plural: string, schema: string): string {
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: ${plural}.example.com}
spec:
  group: example.com
  names: {kind: ${kind}, plural: ${plural}}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: ${schema}
`;
}
