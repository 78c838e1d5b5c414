import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarSingleFile, untarSingleFile } from '../../functions/core/contact/tar';

const bytes = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 31 + 7) % 256);

/** An archive made by GNU tar, the tool the README's GnuPG instructions pipe the attachment into. */
function gnuTar(name: string, content: Uint8Array, format: 'ustar' | 'gnu'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tar-reader-'));
  try {
    writeFileSync(join(dir, name), content);
    execFileSync('tar', [`--format=${format}`, '-cf', join(dir, 'out.tar'), '-C', dir, name]);
    return new Uint8Array(readFileSync(join(dir, 'out.tar')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('reading the attachment container back', () => {
  for (const length of [0, 1, 511, 512, 513, 70_000]) {
    it(`gives back the name and exact bytes of a ${length}-byte file, padding left out`, () => {
      const content = bytes(length);
      const { archive } = tarSingleFile('raid report.pdf', content);
      const file = untarSingleFile(archive);
      expect(file.name).toBe('raid_report.pdf');
      expect(file.bytes).toEqual(content);
    });
  }

  it('reads archives that GNU tar made, in ustar and in GNU format', () => {
    const content = new TextEncoder().encode('%PDF-1.4 hearing notes\n');
    for (const format of ['ustar', 'gnu'] as const) {
      const file = untarSingleFile(gnuTar('notes.pdf', content, format));
      expect(file).toEqual({ name: 'notes.pdf', bytes: content });
    }
  });

  it('refuses bytes that are not a tar archive', () => {
    expect(() => untarSingleFile(new TextEncoder().encode('%PDF-1.4 not an archive'))).toThrow(/tar/);
    expect(() => untarSingleFile(new Uint8Array(1024))).toThrow(/ustar/);
  });

  it('refuses a header whose checksum does not match, so a damaged file is never offered', () => {
    const { archive } = tarSingleFile('a.pdf', bytes(100));
    archive[0] = 'b'.charCodeAt(0);
    expect(() => untarSingleFile(archive)).toThrow(/checksum/);
  });

  it('refuses an archive cut short of the size its header announces', () => {
    const { archive } = tarSingleFile('a.pdf', bytes(5000));
    expect(() => untarSingleFile(archive.slice(0, 2048))).toThrow(/shorter/);
  });

  it('refuses an archive whose first entry is not a regular file', () => {
    const { archive } = tarSingleFile('folder', new Uint8Array(0));
    archive[156] = '5'.charCodeAt(0);
    const checksum = archive.reduce((sum, byte, index) => sum + (index >= 148 && index < 156 ? 0x20 : byte), 0);
    archive.set(new TextEncoder().encode(`${checksum.toString(8).padStart(6, '0')}\0 `), 148);
    expect(() => untarSingleFile(archive)).toThrow(/regular file/);
  });
});
