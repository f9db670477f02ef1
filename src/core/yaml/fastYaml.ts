// js-yaml as Slipway reads manifests with it: YAML 1.2's core schema plus merge keys and `!!binary`, the
// last duplicate key winning — what `yaml` does with `merge: true, uniqueKeys: false` — and each document's line. Only
// plain streams are read this way; the callers take `yaml` for the rest (manifestMaps.ts, render/objects.ts).
import * as jsYaml from 'js-yaml';
import { jsYamlBinary } from './binaryScalar.js';
import { fieldsOf } from '../fields.js';

// `types` is exported by js-yaml 4 but missing from its type declarations: looked up, and checked
const merge = 'types' in jsYaml ? fieldsOf(jsYaml.types).merge : undefined;
if (!(merge instanceof jsYaml.Type)) throw new Error('js-yaml has no merge type: Slipway needs js-yaml 4');
// `!!binary` as go-yaml reads it (binaryScalar.ts)
const SCHEMA = jsYaml.CORE_SCHEMA.extend([merge, jsYamlBinary]);

/** `&anchor` or `*alias` where YAML allows one (a node's start), not inside a word or a quoted glob. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/m;

/**
 * Whether js-yaml may read this stream: no anchors or aliases (the expansion limits of documentBounds.ts
 * need `yaml`), no directives, no Go templates (js-yaml takes `{{ x }}` for a map with a map key).
 */
export function plainStream(text: string): boolean {
  return !text.includes('{{') && !ANCHOR_OR_ALIAS.test(text) && !/^%/m.test(text);
}

/**
 * Every document of `text`, without lines (loadDocuments for them); undefined when js-yaml refuses the
 * stream (the caller reads it with `yaml`, which says why).
 */
export function loadValues(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  try {
    jsYaml.loadAll(text, (doc) => void values.push(doc), { schema: SCHEMA, json: true });
  } catch {
    return undefined;
  }
  return values;
}

/**
 * Every document of `text` with the line (from 0) where its root node starts; undefined when js-yaml
 * refuses the stream (the caller reads it with `yaml`, which says why).
 */
export function loadDocuments(text: string): Array<{ value: unknown; line: number }> | undefined {
  const values: unknown[] = [];
  const lines: number[] = [];
  let depth = 0;
  try {
    jsYaml.loadAll(text, (doc) => void values.push(doc), {
      schema: SCHEMA,
      json: true,
      // the root node of each document opens at depth 0: its line is the document's line
      listener(event, state) {
        if (event === 'open') {
          if (depth === 0) lines.push(state.line);
          depth++;
        } else depth--;
      },
    });
  } catch {
    return undefined;
  }
  return values.map((value, i) => ({ value, line: lines[i] ?? 0 }));
}

/**
 * YAML for reading, keys sorted, nothing folded: equal objects print equally, and a string YAML 1.1 would
 * read as something else (`yes`, `on`, `2024-01-01`) is quoted, as is one starting with `-`. js-yaml prints
 * about three times faster than `yaml`, which counts when every object of a shared-base pull request
 * changes.
 */
export function sortedYaml(value: unknown): string {
  // the default schema knows YAML 1.1's timestamps too, so it quotes strings that look like one
  return jsYaml.dump(value, {
    sortKeys: true,
    lineWidth: -1,
    noRefs: true,
    quotingType: '"',
    skipInvalid: true,
  });
}
