// Reads the contribution form as the browser posts it (multipart, JavaScript off).
import type { ConsultationValues, SubmissionInput } from '../../functions/core/consultation/validation';

export async function readContributionForm(
  form: FormData,
  questionIds: readonly string[],
): Promise<{ values: ConsultationValues; input: SubmissionInput }> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const file = form.get('attachment');
  const attachment =
    file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
  const answers = Object.fromEntries(questionIds.map((id) => [id, text(`answer-${id}`)]));
  const values: ConsultationValues = {
    organisation: text('organisation'),
    type: text('type'),
    country: text('country'),
    contactEmail: text('contactEmail'),
    transparencyRegisterId: text('transparencyRegisterId'),
    publication: text('publication'),
    answers,
    consent: text('consent') === 'yes',
  };
  return { values, input: { ...values, attachment } };
}

export function emptyContribution(): ConsultationValues {
  return {
    organisation: '',
    type: '',
    country: '',
    contactEmail: '',
    transparencyRegisterId: '',
    publication: '',
    answers: {},
    consent: false,
  };
}
