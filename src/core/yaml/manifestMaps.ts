// The YAML documents of a manifest file as plain objects with their first lines, for readers that need
// values, not bytes (discovery, input scanning). Bump edits use the CST instead (bump/targets/).
import { isMap, LineCounter, parseAllDocuments } from 'yaml';
import { documentBoundsProblem } from './documentBounds.js';

export interface ParsedDoc {
  obj: Record<string, unknown>;
  line: number;
}

/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
export function parseManifests(text: string): ParsedDoc[] | undefined {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, merge: true });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0 || documentBoundsProblem(d) !== undefined)) return undefined;
  return list
    .filter((d) => isMap(d.contents))
    .map((d) => ({
      obj: d.toJS({ maxAliasCount: -1 }) as Record<string, unknown>,
      line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line,
    }));
}
