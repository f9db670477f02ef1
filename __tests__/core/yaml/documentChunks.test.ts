// A YAML stream is cut at its document markers only, and each document knows the line it starts on, so
// findings name the right line of a file of many documents.
import { documentChunks, loadChunk, rootLine } from '../../../src/core/yaml/documentChunks.js';
import { loadDocuments } from '../../../src/core/yaml/fastYaml.js';

test('documents are cut at `---` and `...` at the start of a line, and nowhere else', () => {
  const stream = [
    'a: 1', // 0
    '- item', // 1: a sequence item, not a marker
    '----', // 2: not a marker
    '---x: 1', // 3: not a marker
    '--- # second', // 4
    'b: .inf', // 5
    '...', // 6: ends the second document
    '--- ', // 7
    'c: |', // 8
    '  --- inside a block scalar is indented', // 9
    '---\r', // 10
    'd: 4', // 11
  ].join('\n');
  const chunks = documentChunks(stream);
  expect(chunks.map((c) => c.line)).toEqual([0, 4, 7, 10]);
  expect(chunks.map((c) => c.text.split('\n')[0])).toEqual(['a: 1', '--- # second', '--- ', '---\r']);
  expect(chunks[1]?.text).toBe('--- # second\nb: .inf\n');
  expect(chunks.map((c) => c.text).join('')).toBe(stream.replace('...\n', ''));
});

test('a stream that starts with a marker or has none is one document per marker', () => {
  expect(documentChunks('---\na: 1\n')).toEqual([{ text: '---\na: 1\n', line: 0 }]);
  expect(documentChunks('a: 1\n')).toEqual([{ text: 'a: 1\n', line: 0 }]);
  expect(documentChunks('')).toEqual([]);
});

test("a chunk's root line is the one js-yaml's reader reaches, told without a listener on every node", () => {
  const chunks = [
    'a: 1\n',
    '\ufeff# c\n\n  \t\na: 1\n',
    '--- # c\n# d\n\nb: 2\n',
    '--- {a: 1}\n',
    '--- !!map\na: 1\n',
    '---\r\n\r\n# c\r\na: 1\r\n',
    '  a: 1\n',
    '  # c\n---\na: 1\n',
    '\n\n  ---\n  - x\n',
    '---\n---\na: 1\n',
    '---\n',
    '# only a comment\n',
    '\t# tab then comment\n|\n  x\n',
    '---|\n  text\n',
  ];
  for (const text of chunks) {
    const listened = loadDocuments(text);
    expect([text, loadChunk(text)?.line]).toEqual([text, listened?.[0]?.line ?? 0]);
  }
  expect(rootLine('--- # c\n# d\n\nb: 2\n')).toBe(3);
});
