// A one-file ustar archive padded with zero blocks: the container for an encrypted attachment.
// `gpg -d attachment.asc | tar -x` gives back the file; the padding hides the file's size.
const BLOCK = 512;

/** Attachment containers are padded to one of these sizes, in bytes (5 MB files fit the last). */
export const ATTACHMENT_BUCKETS = [64 * 1024, 256 * 1024, 1024 * 1024, 2 * 1024 * 1024, 4 * 1024 * 1024, 6 * 1024 * 1024] as const;

function writeField(header: Uint8Array, offset: number, length: number, value: string): void {
  header.set(new TextEncoder().encode(value).slice(0, length), offset);
}

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

/** A name safe for any file system: letters, digits, dash and underscore, then the extension. */
export function safeFileName(name: string): string {
  const [, base = '', extension = ''] = /^(.*?)(\.[A-Za-z0-9]{1,8})?$/.exec(name.split(/[\\/]/).pop() ?? '') ?? [];
  const cleaned = base
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 80);
  return `${cleaned || 'attachment'}${extension}`;
}

function header(name: string, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  writeField(block, 0, 100, name);
  writeField(block, 100, 8, octal(0o600, 8));
  writeField(block, 108, 8, octal(0, 8));
  writeField(block, 116, 8, octal(0, 8));
  writeField(block, 124, 12, octal(size, 12));
  writeField(block, 136, 12, octal(0, 12));
  writeField(block, 148, 8, '        ');
  writeField(block, 156, 1, '0');
  writeField(block, 257, 8, 'ustar\u000000');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  writeField(block, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

export function tarSingleFile(
  name: string,
  content: Uint8Array,
  buckets: readonly number[] = ATTACHMENT_BUCKETS,
): { archive: Uint8Array; bucket: number } {
  const dataBlocks = Math.ceil(content.length / BLOCK) * BLOCK;
  const minimum = BLOCK + dataBlocks + 2 * BLOCK;
  const bucket = buckets.find((candidate) => candidate >= minimum);
  if (bucket === undefined) throw new Error('attachment too large for any size bucket');
  const archive = new Uint8Array(bucket);
  archive.set(header(safeFileName(name), content.length), 0);
  archive.set(content, BLOCK);
  return { archive, bucket };
}

function readField(header: Uint8Array, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

function readOctal(header: Uint8Array, offset: number, length: number): number {
  const text = readField(header, offset, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new Error('not a tar archive: a number field is not octal');
  return Number.parseInt(text, 8);
}

function hasValidChecksum(block: Uint8Array): boolean {
  const stored = readOctal(block, 148, 8);
  const computed = block.reduce((sum, byte, index) => sum + (index >= 148 && index < 156 ? 0x20 : byte), 0);
  return stored === computed;
}

/**
 * Reads back the one file of a tar archive (the attachment container above, or any ustar archive
 * whose first entry is a regular file): its name as stored and its bytes. The padding after it is
 * ignored. Throws on anything else, so that a damaged archive is never offered as a file.
 */
export function untarSingleFile(archive: Uint8Array): { name: string; bytes: Uint8Array<ArrayBuffer> } {
  if (archive.length < BLOCK) throw new Error('not a tar archive: shorter than one header');
  const block = archive.subarray(0, BLOCK);
  if (!readField(block, 257, 6).startsWith('ustar')) throw new Error('not a ustar archive');
  if (!hasValidChecksum(block)) throw new Error('not a tar archive: the header checksum is wrong');
  const type = readField(block, 156, 1);
  if (type !== '0' && type !== '') throw new Error('the first entry of the archive is not a regular file');
  const size = readOctal(block, 124, 12);
  if (BLOCK + size > archive.length) throw new Error('the archive is shorter than the file it announces');
  const prefix = readField(block, 345, 155);
  const name = readField(block, 0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, bytes: new Uint8Array(archive.subarray(BLOCK, BLOCK + size)) };
}
