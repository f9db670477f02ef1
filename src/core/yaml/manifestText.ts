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
