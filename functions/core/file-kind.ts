// Recognises the files a defender may attach by their first bytes, not by their name or the type
// the browser claims: PDF, common images, and office documents (OOXML/ODF zips and legacy OLE files).
export type FileKind = 'pdf' | 'image' | 'office';

const SIGNATURES: ReadonlyArray<{ kind: FileKind; bytes: readonly number[]; offset?: number }> = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { kind: 'office', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'office', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

export function detectFileKind(bytes: Uint8Array): FileKind | undefined {
  return SIGNATURES.find(({ bytes: signature, offset = 0 }) => signature.every((byte, index) => bytes[offset + index] === byte))?.kind;
}

export function isPdf(bytes: Uint8Array): boolean {
  return detectFileKind(bytes) === 'pdf';
}
