import { applyEdits, needsQuotes, renderScalar } from '../../../src/core/yaml/scalar.js';

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
