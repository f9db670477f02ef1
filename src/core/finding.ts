// A finding: one thing wrong (or worth a look) in what an app deploys, with where it comes from.
import type { RuleId, Severity } from './rules.js';

export type { Severity };

export interface Finding {
  severity: Severity;
  /** The rule, declared in `rules.ts`: e.g. `yaml-syntax`, `duplicate-object`, `removed-api`. */
  rule: RuleId;
  message: string;
  /** The unit (app) it belongs to, e.g. `app:api-staging`. */
  unit?: string;
  /** `Kind/name` or `Kind/namespace/name`. */
  object?: string;
  file?: string;
  line?: number;
  column?: number;
}
