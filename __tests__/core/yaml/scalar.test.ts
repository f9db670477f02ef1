import { applyEdits, needsQuotes, renderScalar, scalarEdit } from '../../../src/core/yaml/scalar.js';

describe('quoting', () => {
  test.each([
    '1.10',
    '2024',
    '1e3',
    'yes',
    'on',
    'off',
    'null',
    '~',
    '0o17',
    '.inf',
    'true',
    '0x1F',
    '',
    '1_000',
    '012',
  ])('%s would be misread and is quoted', (value) => {
    expect(needsQuotes(value)).toBe(true);
    expect(renderScalar(value, 'PLAIN')).toBe(`"${value}"`);
  });
  test.each(['1.2.3', 'v1.10', 'sha-1a2b3c4', 'nginx:1.10', '2024-01-02-abc', 'latest'])(
    '%s stays plain',
    (value) => {
      expect(renderScalar(value, 'PLAIN')).toBe(value);
    },
  );
  test('existing quote styles are kept', () => {
    expect(renderScalar('1.10', 'QUOTE_SINGLE')).toBe("'1.10'");
    expect(renderScalar('1.2.3', 'QUOTE_DOUBLE')).toBe('"1.2.3"');
  });
  test('edits apply from the end and an identical duplicate applies once', () => {
    const edit = { start: 0, end: 1, text: 'X' };
    expect(applyEdits('abc', [edit, edit, { start: 2, end: 3, text: 'Z' }])).toBe('XbZ');
  });
});

describe('scalarEdit: only the bytes that differ', () => {
  /** The line after the edit of `value: <raw>` from `from` to `to`. */
  const edit = (
    raw: string,
    style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE',
    from: string,
    to: string,
    tag?: string,
  ) => {
    const src = `value: ${raw}`;
    const start = src.indexOf(raw);
    return applyEdits(src, [
      scalarEdit({ range: [start, start + raw.length], raw, style, ...(tag && { tag }) }, from, to),
    ]);
  };
  const STR = 'tag:yaml.org,2002:str';

  test.each([
    [
      '"ghcr.io\\/acme/api:1.0.0"',
      'QUOTE_DOUBLE',
      'ghcr.io/acme/api:1.0.0',
      'ghcr.io/acme/api:1.1.0',
      undefined,
      'value: "ghcr.io\\/acme/api:1.1.0"',
    ],
    [
      "'it''s/api:1.0.0'",
      'QUOTE_SINGLE',
      "it's/api:1.0.0",
      "it's/api:2.0.0",
      undefined,
      "value: 'it''s/api:2.0.0'",
    ],
    ['1.10', 'PLAIN', '1.10', '1.11', STR, 'value: 1.11'],
    // a plain 1.9 → 1.10 would read as a number: the whole scalar is quoted
    ['1.9', 'PLAIN', '1.9', '1.10', undefined, 'value: "1.10"'],
    // the old version spelled with an escape: written again whole
    ['"api:1.0\\x2e0"', 'QUOTE_DOUBLE', 'api:1.0.0', 'api:1.1.0', undefined, 'value: "api:1.1.0"'],
    // every result is read back: a change inside an escape is kept only when it reads as the new value
    ['"api:\\x31.0"', 'QUOTE_DOUBLE', 'api:1.0', 'api:2.0', undefined, 'value: "api:\\x32.0"'],
    ['""', 'QUOTE_DOUBLE', '', '1.0.0', undefined, 'value: "1.0.0"'],
  ] as const)('%s: %s → %s', (raw, style, from, to, tag, expected) => {
    expect(edit(raw, style, from, to, tag)).toBe(expected);
  });
});
