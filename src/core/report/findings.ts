// Findings as text lines (path:line:col: severity: message (Kind/name)), JSON, and SARIF 2.1.0 for
// github/codeql-action/upload-sarif.
import type { Finding, Severity } from '../finding.js';
import { ruleOf } from '../rules.js';

/** Findings that say the same thing about the same line, for every app that shares the file. */
export interface FindingGroup {
  finding: Finding;
  /** The apps (units) it was found in, without the `app:` prefix. */
  apps: string[];
  objects: string[];
}

/**
 * One entry per distinct finding on a file and line: the same removed API in a base that 11 overlays use
 * is one annotation naming the 11 apps, not 11 annotations.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = [f.severity, f.rule, f.file ?? '', f.line ?? '', f.column ?? '', f.message].join('\0');
    const group = groups.get(key) ?? { finding: f, apps: [], objects: [] };
    groups.set(key, group);
    const app = f.unit?.replace(/^(app|path):/, '');
    if (app && !group.apps.includes(app)) group.apps.push(app);
    if (f.object && !group.objects.includes(f.object)) group.objects.push(f.object);
  }
  return [...groups.values()];
}

/** The text of a group: the message, the object when there is one, the apps when more than one. */
export function groupText(group: FindingGroup): string {
  const object = group.objects.length === 1 ? ` (${group.objects[0]})` : '';
  const shown = group.apps.slice(0, 10);
  const more = group.apps.length - shown.length;
  const apps =
    group.apps.length > 1
      ? ` — in ${group.apps.length} apps: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
      : '';
  return `${group.finding.message}${object}${apps}`;
}

/** A group as a text line: `path:line:col: severity: message (Kind/name) — in 3 apps: a, b, c`. */
export function groupLine(group: FindingGroup): string {
  const f = group.finding;
  const where = f.file ? `${f.file}:${f.line ?? 1}:${f.column ?? 1}: ` : '';
  return `${where}${f.severity}: ${groupText(group)}`;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

const sarifLevel = (severity: Severity) => (severity === 'notice' ? 'note' : severity);

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
            rules: rules.map((id) => ({
              id,
              name: id,
              shortDescription: { text: ruleOf(id).doc.replace(/`/g, ''), markdown: ruleOf(id).doc },
              defaultConfiguration: { level: sarifLevel(ruleOf(id).severity) },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          level: sarifLevel(f.severity),
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
