// A YAML stream cut into its documents by their markers (`---` and `...` at the start of a line, which
// YAML forbids inside content), so each document can be read on its own: by js-yaml when it is plain
// data, by `yaml` (with positions) when it needs more. Lines are counted from 0 at the stream's start.
import { loadValues } from './fastYaml.js';

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
  const values = loadValues(text);
  if (!values) return undefined;
  return values.length === 0 ? { value: undefined, line: 0 } : { value: values[0], line: rootLine(text) };
}

/**
 * The line (from 0) where js-yaml starts the root node of a chunk's document, told from the text as its
 * reader gets there — a byte order mark dropped, then spaces, tabs, comments and line breaks skipped,
 * then a `---` at the start of a line and the same again — without a listener called for every node.
 * Only for plain streams (fastYaml.ts), which hold no directive.
 */
export function rootLine(text: string): number {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  // the spaces that open the line, as js-yaml counts them: a marker is one only after none
  let indent = 0;
  const spaces = () => {
    indent = 0;
    while (text.charCodeAt(pos) === 0x20) {
      indent++;
      pos++;
    }
  };
  const separation = () => {
    for (;;) {
      let ch = text.charCodeAt(pos);
      while (ch === 0x20 || ch === 0x09) ch = text.charCodeAt(++pos);
      if (ch === 0x23) while (pos < text.length && ch !== 0x0a && ch !== 0x0d) ch = text.charCodeAt(++pos);
      if (ch !== 0x0a && ch !== 0x0d) return;
      pos += ch === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? 2 : 1;
      line++;
      spaces();
    }
  };
  spaces();
  separation();
  if (indent === 0 && text.startsWith('---', pos)) {
    pos += 3;
    separation();
  }
  return line;
}
