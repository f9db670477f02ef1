// The YAML documents of a manifest file as plain objects with their first lines, for readers that need
// values, not bytes (discovery, input scanning, on every file of both revisions). Bump edits use the CST
// instead (bump/targets/), and rendered output keeps `yaml`'s positions for findings.
//
// js-yaml (fastYaml.ts) parses these an order of magnitude faster than `yaml`'s document API, and a test
// holds the two to the same objects and lines on a corpus. Files with anchors or aliases (where the
// expansion limits of documentBounds.ts apply), directives, Go templates, and anything js-yaml refuses
// (custom tags, …) go through `yaml`, unchanged.
import {
  isMap,
  LineCounter,
  parseAllDocuments,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { yamlBinary } from './binaryScalar.js';
import { documentBoundsProblem } from './documentBounds.js';
import { loadDocuments, plainStream } from './fastYaml.js';

/**
 * How Slipway reads manifests with `yaml` (fastYaml.ts is the js-yaml side): merge keys resolved and the
 * last duplicate key winning, as kubectl and Argo CD (go-yaml) read them, and `!!binary` decoded.
 */
export const MANIFEST_YAML_OPTIONS: DocumentOptions & ParseOptions & SchemaOptions = {
  uniqueKeys: false,
  merge: true,
  customTags: [yamlBinary],
};

export interface ParsedDoc {
  obj: Record<string, unknown>;
  line: number;
}

const isPlainMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The YAML documents of a file that parse to maps, with their first lines; undefined when it is not YAML. */
export function parseManifests(text: string): ParsedDoc[] | undefined {
  const docs = plainStream(text) ? loadDocuments(text) : undefined;
  if (!docs) return parseWithYaml(text);
  return docs.flatMap((d) => (isPlainMap(d.value) ? [{ obj: d.value, line: d.line + 1 }] : []));
}

/** A verbatim tag with a %-escape (`!<tag:yaml.org,2002:%62inary>`). */
const ESCAPED_VERBATIM_TAG = /!<([^>\s]*%[0-9A-Fa-f]{2}[^>\s]*)>/g;

function parseWithYaml(text: string): ParsedDoc[] | undefined {
  const read = (source: string) => {
    const lineCounter = new LineCounter();
    const parsed = parseAllDocuments(source, { ...MANIFEST_YAML_OPTIONS, lineCounter });
    return { lineCounter, list: Array.isArray(parsed) ? parsed : [] };
  };
  let { lineCounter, list } = read(text);
  // go-yaml decodes %-escapes in every tag, `yaml` not in a verbatim one: left so, `!<…%62inary>` would
  // keep a base64 apiVersion that Kubernetes decodes. Read again with those tags decoded (same lines).
  const unresolvedEscape = list.some((d) =>
    d.warnings.some((w) => w.code === 'TAG_RESOLVE_FAILED' && /%[0-9A-Fa-f]{2}/.test(w.message)),
  );
  if (unresolvedEscape)
    ({ lineCounter, list } = read(
      text.replace(ESCAPED_VERBATIM_TAG, (tag, uri: string) => {
        try {
          return `!<${decodeURIComponent(uri)}>`;
        } catch {
          return tag;
        }
      }),
    ));
  if (list.some((d) => d.errors.length > 0 || documentBoundsProblem(d) !== undefined)) return undefined;
  return list
    .filter((d) => isMap(d.contents))
    .flatMap((d) => {
      const obj: unknown = d.toJS({ maxAliasCount: -1 });
      return isPlainMap(obj) ? [{ obj, line: lineCounter.linePos(d.contents?.range?.[0] ?? 0).line }] : [];
    });
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
