// A YAML stream cut into its documents by their markers (`---` and `...` at the start of a line, which
// YAML forbids inside content), so each document can be read on its own: by js-yaml when it is plain
// data, by `yaml` (with positions) when it needs more. Lines are counted from 0 at the stream's start.
import { loadDocuments } from './fastYaml.js';

export interface DocumentChunk {
  text: string;
  /** Lines before the chunk in the stream. */
  line: number;
}

const START = /^---(?:[ \t\r]|$)/;
const END = /^\.\.\.(?:[ \t\r]|$)/;

export function documentChunks(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  let startLine = 0;
  let pos = 0;
  for (let lineNo = 0; ; lineNo++) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline === -1 ? text.length : newline;
    // only a line that starts with `-` or `.` can be a marker: the others are not cut out to be tested
    const first = text.charCodeAt(pos);
    const line = first === 0x2d || first === 0x2e ? text.slice(pos, lineEnd) : '';
    if (START.test(line) && pos > start) {
      chunks.push({ text: text.slice(start, pos), line: startLine });
      start = pos;
      startLine = lineNo;
    } else if (END.test(line)) {
      chunks.push({ text: text.slice(start, pos), line: startLine });
      start = newline === -1 ? text.length : newline + 1;
      startLine = lineNo + 1;
    }
    if (newline === -1) break;
    pos = newline + 1;
  }
  if (start < text.length) chunks.push({ text: text.slice(start), line: startLine });
  return chunks;
}

/**
 * One document read by js-yaml, with the line (from 0, within the chunk) where its root node starts;
 * undefined when js-yaml refuses it (the caller reads it with `yaml`, which says why).
 */
export function loadChunk(text: string): { value: unknown; line: number } | undefined {
  const docs = loadDocuments(text);
  return docs && (docs[0] ?? { value: undefined, line: 0 });
}
