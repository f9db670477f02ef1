// A check shard's partial report, read back by the merge: parsed once here against its schema, so the merge
// works on a typed value. The envelope (versions, commits, shard, counts, apps) is checked field by field;
// the diff is checked for the fields the merge reads to account for apps, and its entries — which only this
// version of Slipway writes (the schema name is versioned) — are taken as written.
import { Ajv, type JTDSchemaType, type ValidateFunction } from 'ajv/dist/jtd.js';
import { PARTIAL_SCHEMA, type PartialReport } from './shards.js';

/** A map whose fields are taken as written. */
type Fields = Record<string, unknown>;
interface CheckedDiff {
  apps: Array<{ id: string; status: string; changes: Fields[]; hooks: Fields[] }>;
  unchangedApps: number;
  notPreviewed: Fields[];
}
type Envelope = Omit<PartialReport, 'diff' | 'schema'> & { schema: string; diff: CheckedDiff };

const strings = { elements: { type: 'string' } } as const;
const count = { type: 'uint32' } as const;

const ENVELOPE: JTDSchemaType<Envelope> = {
  properties: {
    schema: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    headContent: { type: 'string' },
    shard: { properties: { index: count, count } },
    apps: strings,
    unaffected: count,
    affected: count,
    units: count,
    rendered: count,
    changedFiles: count,
    uncovered: strings,
    renderers: strings,
    timings: {
      properties: {
        discover: { type: 'float64' },
        render: { type: 'float64' },
        validate: { type: 'float64' },
        diff: { type: 'float64' },
      },
    },
    diff: {
      properties: {
        apps: {
          elements: {
            properties: {
              id: { type: 'string' },
              status: { type: 'string' },
              changes: { elements: { values: {} } },
              hooks: { elements: { values: {} } },
            },
            additionalProperties: true,
          },
        },
        unchangedApps: count,
        notPreviewed: { elements: { values: {} } },
      },
      additionalProperties: true,
    },
  },
};

let validate: ValidateFunction<Envelope> | undefined;
const compiled = () => (validate ??= new Ajv().compile(ENVELOPE));

/** A partial report's text → the report, or what is wrong with it (said for the file named). */
export function parsePartialReport(
  file: string,
  text: string,
): { report: PartialReport } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `${file} is not a partial report of a check shard: ${(error as Error).message}` };
  }
  const schema = data && typeof data === 'object' && 'schema' in data ? data.schema : undefined;
  if (schema !== PARTIAL_SCHEMA)
    return {
      error: `${file} is not a partial report of this version of Slipway: its schema is ${JSON.stringify(schema) ?? 'missing'}, not ${PARTIAL_SCHEMA} (run the shards and the merge with the same version)`,
    };
  const check = compiled();
  if (!check(data)) {
    const [e] = check.errors ?? [];
    return {
      error: `${file} is not a partial report of a check shard: ${e ? `${e.instancePath || '(top level)'} ${e.message ?? e.keyword}` : 'it does not match the schema'}`,
    };
  }
  // the diff's entries are as this version wrote them (the schema name above pins the version)
  return { report: data as unknown as PartialReport };
}
