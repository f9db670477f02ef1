// Helpers for validation tests: settings as the CLI would build them, findings as short lines, a file in a
// temp folder, and a one-version CRD whose schema a test writes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate as validateWith } from '../../src/commands/validate.js';
import { parseValidateSettings, type ValidateSettings } from '../../src/settings.js';
import { localRenderer } from '../../src/edges/renderers.js';
import { localEdges } from '../../src/edges/localEdges.js';

/** `slipway validate` on this machine's kustomize, helm and files (folders read as the CLI reads them). */
export const validate = (settings: ValidateSettings) =>
  validateWith(settings, { renderer: localRenderer, trees: localEdges().trees });

export const validateSettings = (
  targets: string[],
  extra: Partial<ValidateSettings> = {},
): ValidateSettings => ({
  // as the CLI builds them from no flags
  ...parseValidateSettings(() => '', targets),
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
