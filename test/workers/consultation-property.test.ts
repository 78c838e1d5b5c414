import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalContribution } from '../../functions/core/consultation/canonical';
import { ORGANISATION_TYPES, PUBLICATION_CHOICES } from '../../functions/core/consultation/schemas';
import { sha256Hex } from '../../functions/core/digest';
import type { ContributionRow } from '../../functions/server/stores/consultation-submissions';
import { asStaff, contribution, postContribution, type Receipt, storedContributions, withSecret } from './consultation-helpers';

const text = fc.string({ unit: 'grapheme', maxLength: 120 });
const randomSubmission = fc.record({
  organisation: fc.oneof(text, fc.constant('')),
  type: fc.oneof(fc.constantFrom(...ORGANISATION_TYPES), fc.string({ maxLength: 10 })),
  country: fc.oneof(fc.constantFrom('KE', 'RU', 'CN', 'AR'), fc.string({ maxLength: 3 })),
  contactEmail: fc.oneof(fc.constant(''), fc.emailAddress(), text),
  transparencyRegisterId: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{12}-\d{2}$/), text),
  publication: fc.oneof(fc.constantFrom(...PUBLICATION_CHOICES), text),
  answers: fc.dictionary(fc.constantFrom('general', 'global-system', 'new-technologies', 'unknown'), text, { maxKeys: 3 }),
  consent: fc.boolean(),
});

describe('random contributions', () => {
  it('never get a server error, and every accepted one comes back unchanged through the export', async () => {
    await fc.assert(
      fc.asyncProperty(randomSubmission, async (fields) => {
        const body = contribution(fields);
        const response = await postContribution(body);
        expect(response.status).toBeLessThan(500);
        if (response.status !== 201) return;
        const { id } = await response.json<{ id: string }>();
        const exported = await (await asStaff('/api/staff/consultations/2026/export.json')).json<
          { id: string; organisation: string; answers: Record<string, string> }[]
        >();
        const stored = exported.find((entry) => entry.id === id);
        expect(stored?.organisation).toBe(fields.organisation.trim());
        const expectedAnswers = Object.fromEntries(
          Object.entries(fields.answers)
            .map(([key, value]) => [key, value.trim()])
            .filter(([, value]) => value !== ''),
        );
        expect(stored?.answers).toEqual(expectedAnswers);
      }),
      { numRuns: 60 },
    );
  });

  it('with lone surrogates anywhere in their text still get a receipt that is the SHA-256 of what is stored and shown', async () => {
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
    const short = fc.string({ unit: 'grapheme', maxLength: 40 });
    const broken = fc.tuple(short, loneSurrogate, short).map(([before, half, after]) => `${before}${half}${after}`);
    await fc.assert(
      fc.asyncProperty(broken, broken, async (organisation, answer) => {
        const response = await postContribution(contribution({ organisation, answers: { general: answer } }));
        expect(response.status).toBe(201);
        const receipt = await response.json<Receipt>();
        const shown = await (await withSecret('view', receipt.id, receipt.secret)).json<{ canonical: unknown }>();
        expect(await sha256Hex(JSON.stringify(shown.canonical))).toBe(receipt.contentSha256);
        const row = (await storedContributions()).find((candidate) => candidate.id === receipt.id) as unknown as ContributionRow;
        expect(await sha256Hex(canonicalContribution(row))).toBe(receipt.contentSha256);
        expect(row.organisation).toBe(organisation.toWellFormed().trim());
      }),
      { numRuns: 30 },
    );
  });

  it('store nothing when refused', async () => {
    await fc.assert(
      fc.asyncProperty(randomSubmission, async (fields) => {
        const before = (await storedContributions()).length;
        const response = await postContribution(contribution({ ...fields, consent: false }));
        expect(response.status).toBe(422);
        expect((await storedContributions()).length).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
