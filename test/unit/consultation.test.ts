import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toCsv } from '../../functions/core/consultation/csv';
import { archivedContributionSchema, type Consultation, consultationSchema } from '../../functions/core/consultation/schemas';
import { consultationStats } from '../../functions/core/consultation/stats';
import { normalizeSubmission, validateSubmission } from '../../functions/core/consultation/validation';
import { newReceiptCode, newSecretCode, normalizeReceiptCode } from '../../functions/core/receipt-code';
import { openSecret, sealSecret } from '../../functions/core/sealed';
import { localeCodes } from '../../src/i18n/locales';

const CONTENT = new URL('../../content/consultations/', import.meta.url);
const countries = new Set(Object.keys(parse(readFileSync(new URL('../../content/countries.yaml', import.meta.url), 'utf8')) as object));
const readCycle = (year: string): Consultation => consultationSchema.parse(parse(readFileSync(new URL(`${year}.yaml`, CONTENT), 'utf8')));
const questions = readCycle('2026').questions;

describe('consultation content', () => {
  const years = readdirSync(CONTENT)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/, ''));

  it('has the current cycle, open today and closing in 2027, and two closed past cycles with archives', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const current = readCycle('2026');
    expect(current.opens_at <= now && now <= current.closes_at).toBe(true);
    expect(current.closes_at.getUTCFullYear()).toBe(2027);
    for (const year of years.filter((candidate) => candidate !== '2026')) {
      expect(readCycle(year).closes_at < now).toBe(true);
      const archive = parse(readFileSync(new URL(`archive/${year}.yaml`, CONTENT), 'utf8')) as unknown[];
      const schema = archivedContributionSchema(countries);
      const entries = archive.map((entry) => schema.parse(entry));
      const ids = new Set(readCycle(year).questions.map((question) => question.id));
      for (const entry of entries) for (const question of Object.keys(entry.answers)) expect(ids).toContain(question);
    }
    expect(years.length).toBeGreaterThanOrEqual(3);
  });

  it('asks at least one question per line of action and a general one, in every UI language for the current cycle', () => {
    const current = readCycle('2026');
    const everyLanguage = [...localeCodes].sort();
    expect(Object.keys(current.title).sort()).toEqual(everyLanguage);
    expect(Object.keys(current.intro).sort()).toEqual(everyLanguage);
    for (const question of current.questions) expect(Object.keys(question.text).sort()).toEqual(everyLanguage);
  });
});

describe('campaign detection', () => {
  const base = { type: 'ngo', country: 'KE' };

  it('counts contributions sharing an identical answer as one campaign, whatever spacing or case', () => {
    const stats = consultationStats(
      [
        { ...base, id: 'a', answers: { general: 'Stop the attacks on defenders.' } },
        { ...base, id: 'b', answers: { general: '  stop the attacks on   defenders. ' } },
        { ...base, id: 'c', answers: { general: 'Stop the attacks on defenders.', 'global-system': 'Own words.' } },
        { ...base, id: 'd', answers: { general: 'Something else entirely.' } },
      ],
      questions,
    );
    expect(stats.campaigns).toEqual([{ ids: ['a', 'b', 'c'] }]);
    expect(stats.total).toBe(4);
    expect(stats.voices).toBe(2);
  });

  it('links answers that differ only in the case of a Turkish dotted or dotless i', () => {
    const stats = consultationStats(
      [
        { ...base, id: 'a', answers: { general: 'IŞIK VE İFADE ÖZGÜRLÜĞÜ İÇİN' } },
        { ...base, id: 'b', answers: { general: 'ışık ve ifade özgürlüğü için' } },
        { ...base, id: 'c', answers: { general: 'Işık ve İfade Özgürlüğü İçin' } },
      ],
      questions,
    );
    expect(stats.campaigns).toEqual([{ ids: ['a', 'b', 'c'] }]);
  });

  it('does not group the same text given to different questions', () => {
    const stats = consultationStats(
      [
        { ...base, id: 'a', answers: { general: 'Same words.' } },
        { ...base, id: 'b', answers: { 'global-system': 'Same words.' } },
      ],
      questions,
    );
    expect(stats.campaigns).toEqual([]);
    expect(stats.byLine).toEqual({ general: 1, 'global-system': 1 });
  });

  it('finds the campaign planted in each archived cycle', () => {
    for (const year of ['2024', '2025']) {
      const entries = parse(readFileSync(new URL(`archive/${year}.yaml`, CONTENT), 'utf8')) as {
        id: string;
        type: string;
        country: string;
        answers: Record<string, string>;
      }[];
      const stats = consultationStats(entries, readCycle(year).questions);
      expect(stats.campaigns).toHaveLength(1);
      expect(stats.campaigns[0]?.ids).toHaveLength(3);
    }
  });
});

describe('the contribution rules', () => {
  const cycle = readCycle('2026');
  const valid = {
    organisation: 'Org',
    type: 'ngo',
    country: 'KE',
    contactEmail: '',
    transparencyRegisterId: '',
    publication: 'anonymous',
    answers: { general: 'An answer.' },
    consent: true,
  };

  it('accept a minimal contribution', () => {
    expect(validateSubmission(valid, cycle, countries)).toEqual({});
  });

  it('check the PDF by its content, not its name', () => {
    const notPdf = { name: 'report.pdf', bytes: new TextEncoder().encode('PK\u0003\u0004 a zip') };
    expect(validateSubmission({ ...valid, attachment: notPdf }, cycle, countries).attachment).toBe('consultation.error.fileNotPdf');
  });

  it('refuse answers to questions the cycle does not ask', () => {
    expect(validateSubmission({ ...valid, answers: { 'not-a-question': 'x' } }, cycle, countries).answers).toBe(
      'consultation.error.unknownQuestion',
    );
  });

  it('store every text field well-formed: a lone surrogate becomes U+FFFD, and nothing else is rewritten (no NFC)', () => {
    // A decomposed é and a CJK compatibility ideograph, which NFC would both rewrite, are kept as written.
    const stored = normalizeSubmission({
      ...valid,
      organisation: ' Org \uD800 e\u0301 ',
      contactEmail: 'a\uDC00@b.example',
      answers: { general: 'x\uDBFF', 'global-system': '\uF91D' },
    });
    expect(stored).toMatchObject({
      organisation: 'Org \uFFFD e\u0301',
      contactEmail: 'a\uFFFD@b.example',
      answers: { general: 'x\uFFFD', 'global-system': '\uF91D' },
    });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nthen']])).toBe('a,b\r\n"x, y","say ""hi""\nthen"\r\n');
  });

  it('neutralises text cells that start with =, +, -, @, a tab or a carriage return with a single quote, and only those', () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tindented', '\rreturn'];
    const lines = ['cell', `"'=HYPERLINK(""http://evil.example"",""x"")"`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\tindented", `"'\rreturn"`];
    const rows = cells.map((cell) => [cell]);
    expect(toCsv(['cell'], rows)).toBe(`${lines.join('\r\n')}\r\n`);
    expect(toCsv(['a', 'b', 'c', 'd'], [['a=b', ' =not first', -5, "'already quoted"]])).toBe(
      "a,b,c,d\r\na=b, =not first,-5,'already quoted\r\n",
    );
  });
});

describe('the secret of a contribution', () => {
  it('is 28 Crockford characters in seven groups of four, read back like a receipt code, and sealed under the idempotency key', async () => {
    const secrets = Array.from({ length: 200 }, newSecretCode);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
    // 140 bits: every character position takes many values, the last one included.
    expect(new Set(secrets.map((secret) => secret.at(-1))).size).toBeGreaterThan(16);

    const secret = secrets[0] ?? '';
    const bare = secret.replace(/-/g, '');
    expect(normalizeReceiptCode(` ${secret.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `, [28])).toBe(bare);
    expect(normalizeReceiptCode(secret)).toBeUndefined();
    expect(normalizeReceiptCode(newReceiptCode(), [28])).toBeUndefined();

    const key = normalizeReceiptCode(newReceiptCode()) ?? '';
    const sealed = await sealSecret(secret, key, 'C2026-AAAA-BBBB');
    expect(sealed).not.toContain(bare);
    expect(await sealSecret(secret, key, 'C2026-AAAA-BBBB')).not.toBe(sealed);
    expect(await openSecret(sealed, key, 'C2026-AAAA-BBBB')).toBe(secret);
    expect(await openSecret(sealed, normalizeReceiptCode(newReceiptCode()) ?? '', 'C2026-AAAA-BBBB')).toBeUndefined();
    expect(await openSecret(sealed, key, 'C2026-AAAA-CCCC')).toBeUndefined();
    const tampered = sealed.slice(0, -2) + (Number.parseInt(sealed.slice(-2), 16) ^ 1).toString(16).padStart(2, '0');
    expect(await openSecret(tampered, key, 'C2026-AAAA-BBBB')).toBeUndefined();
  });
});
