// Findings as text lines (path:line:col: severity: message (Kind/name)), JSON, and SARIF 2.1.0 for
// github/codeql-action/upload-sarif.
import type { Finding } from '../finding.js';

export function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}: ` : '';
  return `${where}${f.severity}: ${f.message}${f.object ? ` (${f.object})` : ''}`;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export function toSarif(findings: readonly Finding[], version: string): unknown {
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'slipway',
            version,
            informationUri: 'https://github.com/acme/slipway',
            rules: rules.map((id) => ({ id, name: id })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          level: f.severity === 'notice' ? 'note' : f.severity,
          message: { text: `${f.message}${f.object ? ` (${f.object})` : ''}` },
          ...(f.file && {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.file },
                  region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                },
              },
            ],
          }),
        })),
      },
    ],
  };
}
