// What a form's error summary lists: one link per field with a problem, in the order of the form,
// to the control that takes the focus (the first radio button of a group, the first answer).
import type { Cycle } from '../../functions/core/consultation/cycles';
import { PUBLICATION_CHOICES } from '../../functions/core/consultation/schemas';
import type { ContactField } from '../../functions/core/contact/validation';
import type { Translate, UiKey } from '../i18n/ui';

export interface SummaryField {
  /** The field's name in the errors record. */
  name: string;
  /** The id of the control that the summary links to. */
  target: string;
  /** Put before the message in the summary where the message alone would not say which field it is. */
  label?: string;
}

export interface SummaryLink {
  target: string;
  text: string;
}

export function summaryLinks(fields: readonly SummaryField[], errors: Readonly<Record<string, UiKey>>, t: Translate): SummaryLink[] {
  return fields.flatMap((field) => {
    const key = errors[field.name];
    if (!key) return [];
    const message = t(key);
    return [{ target: field.target, text: field.label ? t('form.error.summaryItem', { field: field.label, message }) : message }];
  });
}

const CONTACT_FIELDS: readonly ContactField[] = ['message', 'replyTo', 'name', 'attachment'];
export const contactSummaryFields: readonly SummaryField[] = CONTACT_FIELDS.map((name) => ({ name, target: name }));

/** Several answers can be too long at once, so each answer's message names its line of action. */
export function consultationSummaryFields(cycle: Cycle, t: Translate): SummaryField[] {
  const firstAnswer = `answer-${cycle.questions[0]?.id ?? ''}`;
  return [
    { name: 'organisation', target: 'organisation' },
    { name: 'type', target: 'type' },
    { name: 'country', target: 'country' },
    { name: 'contactEmail', target: 'contactEmail' },
    { name: 'transparencyRegisterId', target: 'transparencyRegisterId' },
    { name: 'publication', target: `publication-${PUBLICATION_CHOICES[0]}` },
    { name: 'answers', target: firstAnswer },
    ...cycle.questions.map((question) => ({
      name: `answer-${question.id}`,
      target: `answer-${question.id}`,
      label: t(`line.${question.line}`),
    })),
    { name: 'attachment', target: 'attachment' },
    { name: 'consent', target: 'consent' },
  ];
}
