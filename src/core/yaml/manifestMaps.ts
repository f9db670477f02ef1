// The YAML documents of a manifest file as plain objects with their first lines, for readers that need
// values, not bytes (discovery, input scanning, on every file of both revisions). Bump edits use the CST
// instead (bump/targets/), and rendered output keeps `yaml`'s positions for findings.
//
// js-yaml parses these an order of magnitude faster than `yaml`'s document API. It runs with the YAML 1.2
// core schema plus merge keys, last duplicate key winning — what `yaml` does here — and a test holds the
// two to the same objects and lines on a corpus. Files with anchors or aliases (where the expansion limits
// of documentBounds.ts apply), Go templates, and anything js-yaml refuses (custom tags, …) go through
// `yaml`, unchanged.
import * as jsYaml from 'js-yaml';
import { isMap, LineCounter, parseAllDocuments } from 'yaml';
import { documentBoundsProblem } from './documentBounds.js';

export interface ParsedDoc {
  obj: Record<string, unknown>;
  line: number;
}

// `types` is exported by js-yaml 4 but missing from its type declarations
const { merge } = (jsYaml as unknown as { types: { merge: jsYaml.Type } }).types;
/** YAML 1.2's core schema and merge keys: what `yaml` reads with `merge: true`. */
export const SCHEMA = jsYaml.CORE_SCHEMA.extend([merge]);

/** `&anchor` or `*alias` where YAML allows one (a node's start), not inside a word or a quoted glob. */
export const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m;

const isPlainMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
export function parseManifests(text: string): ParsedDoc[] | undefined {
  // templates (`{{ … }}`) are read as `yaml` reads them: js-yaml takes `{{ x }}` for a map with a map key
  if (text.includes('{{') || ANCHOR_OR_ALIAS.test(text)) return parseWithYaml(text);
  const docs: unknown[] = [];
  const lines: number[] = [];
  let depth = 0;
  try {
    jsYaml.loadAll(text, (doc) => void docs.push(doc), {
      schema: SCHEMA,
      json: true,
      // the root node of each document opens at depth 0: its line is the document's line
      listener(event, state) {
        if (event === 'open') {
          if (depth === 0) lines.push(state.line + 1);
          depth++;
        } else depth--;
      },
    });
  } catch {
    return parseWithYaml(text);
  }
  const out: ParsedDoc[] = [];
  docs.forEach((obj, i) => {
    if (isPlainMap(obj)) out.push({ obj, line: lines[i] ?? 1 });
  });
  return out;
}

function parseWithYaml(text: string): ParsedDoc[] | undefined {
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

export type ManifestParser = (text: string) => ParsedDoc[] | undefined;

/**
 * parseManifests, remembering each text it read: the base and the head of a pull request share almost
 * every file, and each is parsed once. Callers treat the objects as read-only.
 */
export function memoParser(): ManifestParser {
  const seen = new Map<string, ParsedDoc[] | undefined>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, parseManifests(text));
    return seen.get(text);
  };
}

/** The `yaml` reading alone, for the test that holds the two parsers to one answer. */
export const parseManifestsWithYaml = parseWithYaml;
