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
