// A source that yields no objects: one finding on the unit saying why, where the unit is defined.
import type { RenderUnit } from '../argo/unit.js';
import type { Finding } from '../finding.js';
import type { Rendered } from './objects.js';

/** Nothing rendered, and one finding on the unit saying why. */
export function notRendered(
  unit: RenderUnit,
  severity: Finding['severity'],
  rule: Finding['rule'],
  message: string,
): Rendered {
  return {
    objects: [],
    findings: [{ severity, rule, unit: unit.id, file: unit.file, line: unit.line, message }],
  };
}
