import { plainText } from '../plainText.js';

// Repository text (file names, app and object names, messages) as it may appear in GitHub markdown: it
// reads as the same characters and can never add markup, HTML, a mention, a reference or a line of its
// own. One function per context: markdown prose (list items, table cells, bold text, link text), HTML
// (inside `<details>`/`<summary>`, where markdown does not apply), code spans, fenced code.

/**
 * Characters that do not show, or show something other than where they are: control characters, format
 * characters (zero-width spaces and joiners, bidi embeddings, overrides and isolates, the BOM, soft
 * hyphens, tag characters), line and paragraph separators, spaces other than the ASCII one, and letters
 * that render as blank (Hangul fillers).
 */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOf(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0) as number;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** Every invisible or bidi character (newlines and tabs included) as a visible escape: U+202E → `\u202E`. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, escapeOf);
}

/** The same, keeping newlines and tabs: for fenced code, where lines are lines. */
export function visibleLines(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === '\n' || c === '\t' ? c : escapeOf(c)));
}

/**
 * `@name` and `#123` as text, not a mention or a reference: a zero-width space (as the entity `&#8203;`,
 * so the markdown source stays readable) after the sign. GitHub links neither across it, in markdown or
 * in HTML; in code it links neither anyway.
 */
function unlinked(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;').replace(/(?<!&)#(?=\d)/g, '#&#8203;');
}

/** Markdown punctuation that makes markup inside a line: a backslash makes each a literal character. */
const INLINE_MARKUP = /[\\`*_[\]|~$]/g;

/** What starts a block when it opens a list item or a quote: `# `, `> `, `- `, `+ `, `1. `, `=`. */
const BLOCK_START = /^(?:[#>+\-=]|\d+[.)])/;

/**
 * Markdown prose (a list item, a table cell, bold text, link text): HTML entities for `&`, `<` and `>`
 * (no tag, comment or entity of the text's own), a backslash before inline markup (no emphasis, link,
 * code span, table column, strikethrough or math of its own) and before a block marker it starts with,
 * mentions and references unlinked, invisible characters and newlines as escapes (it stays on its line,
 * in its table cell or list item).
 */
export function mdText(value: unknown): string {
  // the escapes' own backslashes come after markup is escaped: `\u202E` reads as itself in markdown
  const text = visibleText(
    plainText(value)
      .replace(/[&<>]/g, (c) => ENTITIES[c] as string)
      .replace(INLINE_MARKUP, '\\$&'),
  )
    .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
    .replace(BLOCK_START, (marker) => marker.replace(/[^\d]$/, '\\$&'));
  return unlinked(text);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Inside HTML (`<summary><b>…</b></summary>`): entities only, as markdown is not read there. */
export function htmlText(value: unknown): string {
  return unlinked(visibleText(plainText(value)).replace(/[&<>"']/g, (c) => ENTITIES[c] as string));
}

/**
 * A code span holding the text as it is: fenced by one backtick more than its longest run of backticks,
 * padded when it starts or ends with one, invisible characters and newlines as escapes. `table`: inside a
 * GFM table cell, where a `|` ends the cell even in code and must be written `\|`.
 */
export function mdCode(value: unknown, context: 'text' | 'table' = 'text'): string {
  let text = visibleText(plainText(value));
  if (context === 'table') text = text.replace(/\|/g, '\\|');
  if (text === '') return '` `';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fenced code block: fenced by more backticks than any run inside, invisible characters as escapes. */
export function mdFence(body: string, language: string): string {
  const text = visibleLines(body);
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${text}\n${ticks}`;
}

/**
 * A link destination built from repository text (a file path in a URL): characters that would end or
 * break the destination (spaces, parentheses, angle brackets, controls) percent-encoded.
 */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>\\`"'\p{Cc}\p{Cf}]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** A repository path as a URL path: each segment percent-encoded. */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}
