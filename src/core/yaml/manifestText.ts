// Manifest bytes ↔ text without losing a byte. UTF-8 files are decoded as UTF-8; a file that is not
// valid UTF-8 (Latin-1 comments, stray bytes) is decoded one byte per character, so the edits — always
// ASCII tags and digests — land on the same bytes and every other byte is written back unchanged.

export type ManifestEncoding = 'utf8' | 'latin1';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeManifest(bytes: Uint8Array): { text: string; encoding: ManifestEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
      encoding: 'latin1',
    };
  }
}

export function encodeManifest(text: string, encoding: ManifestEncoding): Buffer {
  return Buffer.from(text, encoding);
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * A repository file's text as Argo CD's repo-server reads it (utfutil with a UTF-8 default): a file that
 * starts with a UTF-16 byte order mark is UTF-16 (little- or big-endian), any other file UTF-8.
 */
export function decodeRepositoryText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
