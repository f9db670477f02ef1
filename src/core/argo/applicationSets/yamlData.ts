// Data an ApplicationSet reads from YAML text (a git files generator's file, a list's elementsYaml, a
// rendered templatePatch), within the document limits; an error names what was read, never its text.
import { LineCounter, parseDocument } from 'yaml';
import { documentBoundsProblem } from '../../yaml/documentBounds.js';
import { MANIFEST_YAML_OPTIONS } from '../../yaml/manifestMaps.js';
import { BadInput } from './errors.js';

/** Data in a YAML string or file, read within the document limits; the error names `what`, never the text. */
export function parseData(text: string, what: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...MANIFEST_YAML_OPTIONS, lineCounter });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new BadInput(`${what} is not valid YAML or JSON (line ${line})`);
  }
  const problem = documentBoundsProblem(doc);
  if (problem !== undefined) throw new BadInput(`${what} ${problem}`);
  return doc.toJS({ maxAliasCount: -1 }) as unknown;
}
