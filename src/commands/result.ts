import type { Outputs } from '../outputs.js';

/** What a command hands back to its entry (action or CLI). */
export interface CommandResult {
  outputs: Outputs;
  /** Markdown for the job summary. */
  summary?: string;
  /** Set when the run failed: the one sentence the entry reports. */
  failure?: string;
  /** Machine-readable result for `--json`. */
  json?: unknown;
}
