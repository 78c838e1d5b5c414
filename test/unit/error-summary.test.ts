import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema } from '../../functions/core/consultation/schemas';
import { useTranslations } from '../../src/i18n/ui';
import { consultationSummaryFields, contactSummaryFields, summaryLinks } from '../../src/lib/error-summary';

const cycle = {
  year: '2026',
  ...consultationSchema.parse(parse(readFileSync(new URL('../../content/consultations/2026.yaml', import.meta.url), 'utf8'))),
};

describe('the error summary', () => {
  it('lists the contact form problems in the order of the form, each linking to its field, whatever order they came in', () => {
    const t = useTranslations('fr');
    const links = summaryLinks(contactSummaryFields, { attachment: 'contact.error.fileType', message: 'contact.error.messageRequired' }, t);
    expect(links).toEqual([
      { target: 'message', text: t('contact.error.messageRequired') },
      { target: 'attachment', text: t('contact.error.fileType') },
    ]);
  });

  it('links a radio group to its first button and names the line of action of each answer that is too long', () => {
    const t = useTranslations('ru');
    const [first, second] = cycle.questions;
    if (!first || !second) throw new Error('the 2026 cycle has questions');
    const errors = {
      [`answer-${second.id}`]: 'consultation.error.answerTooLong',
      publication: 'consultation.error.publicationRequired',
      answers: 'consultation.error.unknownQuestion',
    } as const;
    expect(summaryLinks(consultationSummaryFields(cycle, t), errors, t)).toEqual([
      { target: 'publication-public', text: t('consultation.error.publicationRequired') },
      { target: `answer-${first.id}`, text: t('consultation.error.unknownQuestion') },
      {
        target: `answer-${second.id}`,
        text: t('form.error.summaryItem', { field: t(`line.${second.line}`), message: t('consultation.error.answerTooLong') }),
      },
    ]);
  });

  it('lists nothing when nothing failed', () => {
    expect(summaryLinks(contactSummaryFields, {}, useTranslations('en'))).toEqual([]);
  });
});
