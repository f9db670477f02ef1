// A finding: one thing wrong (or worth a look) in what an app deploys, with where it comes from.
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  severity: Severity;
  /** Short rule id, e.g. `yaml-syntax`, `duplicate-object`, `removed-api`. */
  rule: string;
  message: string;
  /** The unit (app) it belongs to, e.g. `app:api-staging`. */
  unit?: string;
  /** `Kind/name` or `Kind/namespace/name`. */
  object?: string;
  file?: string;
  line?: number;
  column?: number;
}
