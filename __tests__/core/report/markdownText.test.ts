// Repository text in GitHub markdown: the same characters to read, no markup, HTML, mention or line of
// its own (the contexts of markdownText.ts).
import {
  htmlText,
  mdCode,
  mdFence,
  mdText,
  mdUrl,
  urlPath,
  visibleText,
} from '../../../src/core/report/markdownText.js';
import { commandFreeLines } from '../../../src/actionLog.js';
import { editTable } from '../../../src/core/bump/report.js';

test('invisible and bidi characters are shown as escapes; newlines cannot start a line', () => {
  expect(visibleText('a\u202Eb\u200Bc\u2066d\uFEFFe\u00A0f')).toBe(
    'a\\u202Eb\\u200Bc\\u2066d\\uFEFFe\\u00A0f',
  );
  expect(visibleText('a\nb\r\tc\u2028d')).toBe('a\\nb\\r\\tc\\u2028d');
  expect(visibleText('tag\u{E0041}')).toBe('tag\\u{E0041}');
  // letters, emoji and ordinary punctuation stay as they are
  expect(visibleText('café ✅ ü/x-y_z.yaml')).toBe('café ✅ ü/x-y_z.yaml');
});

test('markdown text: entities for HTML, backslashes for inline markup and a leading block marker, mentions unlinked', () => {
  expect(mdText('</details><img src=x>')).toBe('&lt;/details&gt;&lt;img src=x&gt;');
  expect(mdText('<!-- slipway:check:prod -->')).toBe('&lt;!-- slipway:check:prod --&gt;');
  expect(mdText('**bold** _em_ `code` [link](x) ~~s~~ $x$ a|b \\')).toBe(
    '\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\$x\\$ a\\|b \\\\',
  );
  expect(mdText('docs/@acme/sre-please-approve.md')).toBe('docs/@&#8203;acme/sre-please-approve.md');
  expect(mdText('fixes #12 and a&#64;b')).toBe('fixes #&#8203;12 and a&amp;#&#8203;64;b');
  expect(mdText('x\n\n**Auto-merge:** eligible')).toBe('x\\n\\n\\*\\*Auto-merge:\\*\\* eligible');
  expect(['# h', '- item', '+ item', '> q', '1. one', '2) two', '  indented'].map(mdText)).toEqual([
    '\\# h',
    '\\- item',
    '\\+ item',
    '&gt; q',
    '1\\. one',
    '2\\) two',
    '&#32;&#32;indented',
  ]);
  // names as they usually are, untouched
  expect(mdText('apps/api-staging/overlays/prod.yaml')).toBe('apps/api-staging/overlays/prod.yaml');
});

test('HTML text: entities only (markdown is not read inside <summary>)', () => {
  expect(htmlText(`</summary><img src="x" onerror='y'>@team **b**`)).toBe(
    '&lt;/summary&gt;&lt;img src=&quot;x&quot; onerror=&#39;y&#39;&gt;@&#8203;team **b**',
  );
});

test('code spans are fenced by more backticks than the text holds and padded when it starts or ends with one', () => {
  expect(mdCode('a.yaml:3')).toBe('`a.yaml:3`');
  expect(mdCode('a`b')).toBe('``a`b``');
  expect(mdCode('`x``')).toBe('``` `x`` ```');
  expect(mdCode('a|b', 'table')).toBe('`a\\|b`');
  expect(mdCode('a\nb\u202E')).toBe('`a\\nb\\u202E`');
  expect(mdCode('')).toBe('` `');
});

test('fenced code keeps its lines, is fenced past any backtick run inside, and shows invisible characters', () => {
  expect(mdFence('+ a: "```"\n- b: "\u202E"', 'diff')).toBe('````diff\n+ a: "```"\n- b: "\\u202E"\n````');
});

test('link targets and URL paths cannot end the link or add a line', () => {
  expect(mdUrl('https://x/blob/h/a b/(c).yaml#L1')).toBe('https://x/blob/h/a%20b/%28c%29.yaml#L1');
  expect(urlPath('docs/x\n](javascript:alert(1))/@a #b.md')).toBe(
    'docs/x%0A%5D%28javascript%3Aalert%281%29%29/%40a%20%23b.md',
  );
});

test('a log line that could hold a workflow command is printed with commands stopped around it', () => {
  expect(commandFreeLines('Checked 3 app(s).')).toEqual(['Checked 3 app(s).']);
  const lines = commandFreeLines('app x\n::set-output name=a::b', 'f'.repeat(32));
  expect(lines).toEqual([
    `::stop-commands::${'f'.repeat(32)}`,
    'app x\n::set-output name=a::b',
    `::${'f'.repeat(32)}::`,
  ]);
  expect(commandFreeLines('x ##[add-mask]y')).toHaveLength(3);
  // a fresh token each time: the text cannot know it
  const [a] = commandFreeLines('::a::');
  const [b] = commandFreeLines('::a::');
  expect(a).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
  expect(a).not.toBe(b);
});

test("a bump's edit table keeps each file in its cell and its link, and a skip's reason on its line", () => {
  const table = editTable(
    {
      edits: [
        {
          file: 'apps/a|b/x`y\n| forged | row |.yaml',
          line: 3,
          kind: 'container' as never,
          image: 'ghcr.io/acme/web',
          from: { tag: '1.0.0' },
          to: { tag: '1.0.1' },
        },
      ],
      skips: [{ image: 'web', reason: 'no tag\n\n**Auto-merge:** on @acme/sre', file: 'a.yaml', line: 1 }],
    },
    (file, line) => `https://github.com/acme/m/blob/main/${urlPath(file)}#L${line}`,
  );
  const lines = table.split('\n');
  // header, separator, one row; then the skipped list with one item
  expect(lines.filter((l) => l.startsWith('|'))).toHaveLength(3);
  expect(lines.filter((l) => l.startsWith('**Auto-merge:**'))).toEqual([]);
  expect(table).toContain(
    '](https://github.com/acme/m/blob/main/apps/a%7Cb/x%60y%0A%7C%20forged%20%7C%20row%20%7C.yaml#L3)',
  );
  expect(table).toContain('``apps/a\\|b/x`y\\n\\| forged \\| row \\|.yaml:3``');
  expect(table).toContain('no tag\\n\\n\\*\\*Auto-merge:\\*\\* on @&#8203;acme/sre');
});
