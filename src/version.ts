// Kept equal to package.json's version by a test.
export const VERSION = '1.0.0';
/** The JSON report's `schemaVersion`: the major version of docs/report.schema.json (README, Versions). */
export const REPORT_SCHEMA_VERSION = 1;
