import { describe, expect, it } from 'vitest';
import { formatEnvelope, MESSAGE_BUCKETS, padToBucket } from '../../functions/core/contact/envelope';
import { safeFileName, tarSingleFile } from '../../functions/core/contact/tar';
import { validateContact } from '../../functions/core/contact/validation';
import { detectFileKind } from '../../functions/core/file-kind';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('the message envelope', () => {
  it('puts name, reply channel and message in plain text the focal point can read', () => {
    const text = formatEnvelope('russia', { message: 'Нужна помощь', replyTo: '', name: 'Anna', attachmentName: 'a.pdf' });
    expect(text).toContain('Name: Anna');
    expect(text).toContain('Reply to: (not given)');
    expect(text).toContain('Attachment: a.pdf');
    expect(text).toContain('Нужна помощь');
  });

  it('pads every message to a bucket size, in bytes, so short and long messages look the same', () => {
    const short = padToBucket('hi');
    const longer = padToBucket('x'.repeat(3000));
    expect(short.bucket).toBe(4096);
    expect(utf8Length(short.padded)).toBe(4096);
    expect(utf8Length(longer.padded)).toBe(4096);
    expect(utf8Length(padToBucket('中'.repeat(10_000)).padded)).toBe(64 * 1024);
  });

  it('fits the longest allowed message of 4-byte characters in the largest bucket', () => {
    const envelope = formatEnvelope('x'.repeat(40), { message: '𝄞'.repeat(10_000), replyTo: '𝄞'.repeat(500), name: '𝄞'.repeat(200) });
    expect(utf8Length(envelope)).toBeLessThanOrEqual(MESSAGE_BUCKETS.at(-1) ?? 0);
  });
});

describe('the attachment container', () => {
  it('is a ustar archive padded to a bucket, with the file after one header block', () => {
    const content = new TextEncoder().encode('%PDF-1.7 report');
    const { archive, bucket } = tarSingleFile('report.pdf', content);
    expect(bucket).toBe(64 * 1024);
    expect(archive.length).toBe(bucket);
    expect(new TextDecoder().decode(archive.slice(257, 262))).toBe('ustar');
    expect(new TextDecoder().decode(archive.slice(512, 512 + content.length))).toBe('%PDF-1.7 report');
  });

  it('gives the file a name that is safe on any system', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\raid report.pdf')).toBe('raid_report.pdf');
    expect(safeFileName('Отчёт о суде.pdf')).toBe('attachment.pdf');
    expect(safeFileName('')).toBe('attachment');
  });
});

describe('the contact form rules', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4');
  it('accept a message alone', () => {
    expect(validateContact({ message: 'hello', replyTo: '', name: '' })).toEqual({});
  });
  it('require a message and cap every field', () => {
    expect(validateContact({ message: '  ', replyTo: 'r'.repeat(501), name: 'n'.repeat(201) })).toEqual({
      message: 'contact.error.messageRequired',
      replyTo: 'contact.error.replyTooLong',
      name: 'contact.error.nameTooLong',
    });
    expect(validateContact({ message: 'm'.repeat(10_001), replyTo: '', name: '' }).message).toBe('contact.error.messageTooLong');
  });
  it('count characters, not bytes, so Arabic and Chinese get the same limit', () => {
    expect(validateContact({ message: 'ع'.repeat(10_000), replyTo: '', name: '' })).toEqual({});
  });
  it('accept PDF, images and office files by content, and refuse others whatever their name', () => {
    expect(validateContact({ message: 'm', replyTo: '', name: '', attachment: { name: 'x.pdf', bytes: pdf } })).toEqual({});
    expect(
      validateContact({ message: 'm', replyTo: '', name: '', attachment: { name: 'x.pdf', bytes: new TextEncoder().encode('#!/bin/sh') } })
        .attachment,
    ).toBe('contact.error.fileType');
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(validateContact({ message: 'm', replyTo: '', name: '', attachment: { name: 'x.pdf', bytes: big } }).attachment).toBe(
      'contact.error.fileTooLarge',
    );
  });
  it('recognise the kinds of file by their first bytes', () => {
    expect(detectFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('office');
    expect(detectFileKind(new Uint8Array([0x4d, 0x5a]))).toBeUndefined();
  });
});
