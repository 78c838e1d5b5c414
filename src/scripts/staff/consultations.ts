// Consultation input for staff granted it: a year's contributions with the contributor's publication
// choice, moderation (a confidential contribution is never offered for publication), its PDF, and
// the CSV and JSON exports. Everything goes through the existing staff API.

import type { StaffContribution } from '../../../functions/core/staff-api';
import { announce, showFailure } from './announce';
import { facts, h, part } from './dom';
import { offer } from './downloads';
import { countryName, formatDay, questionsOf, say } from './page-data';
import { getJson, postJson, staffFetch } from './session';
import type { StaffStringKey } from './string-keys';

type Decision = 'approved' | 'refused';

const PUBLICATION: Record<string, StaffStringKey> = {
  public: 'staff.publication.public',
  anonymous: 'staff.publication.anonymous',
  confidential: 'staff.publication.confidential',
};
const MODERATION: Record<string, StaffStringKey> = {
  pending: 'staff.moderation.pending',
  approved: 'staff.moderation.approved',
  refused: 'staff.moderation.refused',
};
const TYPES: Record<string, StaffStringKey> = {
  ngo: 'consultation.field.type.ngo',
  defender: 'consultation.field.type.defender',
  trade_union: 'consultation.field.type.trade_union',
  academic: 'consultation.field.type.academic',
  business: 'consultation.field.type.business',
  other: 'consultation.field.type.other',
};
const label = (table: Record<string, StaffStringKey>, value: string) => (table[value] ? say(table[value]) : value);
const base = (year: string) => `/api/staff/consultations/${encodeURIComponent(year)}`;

function answers(year: string, contribution: StaffContribution): HTMLElement {
  const asked = questionsOf(year).filter((question) => contribution.answers[question.id]);
  const list = h('dl', { class: 'answers' });
  for (const question of asked) list.append(h('dt', {}, question.text), h('dd', {}, contribution.answers[question.id]));
  return h('div', {}, h('h4', {}, say('staff.consultations.answers')), list);
}

async function download(link: HTMLAnchorElement, path: string, name: string, back: HTMLElement): Promise<void> {
  try {
    const bytes = await (await staffFetch(path)).arrayBuffer();
    offer(link, bytes, name, say('staff.download.save', { name }), () => {
      announce(say('staff.download.saved', { name }));
      back.focus();
    });
    announce(say('staff.download.ready', { name }));
    link.focus();
  } catch (error) {
    showFailure(error, say('staff.error.network'));
  }
}

function pdfDownload(contribution: StaffContribution): HTMLElement | undefined {
  const path = contribution.attachment;
  if (!path) return undefined;
  const button = h('button', { type: 'button', 'data-pdf': '' }, say('staff.consultations.pdf'));
  const link = h('a', { hidden: '', 'data-pdf-link': '' });
  button.addEventListener('click', () => void download(link, path, `contribution-${contribution.id}.pdf`, button));
  return h('p', { class: 'actions' }, button, ' ', link);
}

async function moderate(year: string, contribution: StaffContribution, decision: Decision, state: HTMLElement): Promise<void> {
  try {
    const path = `${base(year)}/submissions/${encodeURIComponent(contribution.id)}/moderation`;
    const { moderation } = await postJson<{ moderation: string }>(path, { decision });
    contribution.moderation = moderation;
    state.textContent = label(MODERATION, moderation);
    announce(say('staff.moderation.done', { id: contribution.id, decision: label(MODERATION, moderation) }));
  } catch (error) {
    showFailure(error, say('staff.error.network'));
  }
}

/** Approve and refuse, or for a confidential contribution, the reason it is never published. */
function moderation(year: string, contribution: StaffContribution, state: HTMLElement): HTMLElement {
  if (contribution.publication === 'confidential') return h('p', { class: 'note' }, say('staff.moderation.confidential'));
  const group = h('div', { class: 'actions', role: 'group', 'aria-label': say('staff.consultations.moderation') });
  for (const [decision, key] of [
    ['approved', 'staff.moderation.approve'],
    ['refused', 'staff.moderation.refuse'],
  ] as const) {
    const button = h('button', { type: 'button', 'data-decision': decision }, say(key));
    button.addEventListener('click', () => void moderate(year, contribution, decision, state));
    group.append(button, ' ');
  }
  return group;
}

function contributionCard(year: string, contribution: StaffContribution): HTMLElement {
  const state = h('span', { 'data-moderation-state': '' }, label(MODERATION, contribution.moderation));
  return h(
    'article',
    { class: 'card contribution', 'data-contribution': contribution.id },
    h('h3', {}, contribution.organisation),
    facts([
      [say('staff.consultations.id'), contribution.id],
      [say('staff.consultations.type'), label(TYPES, contribution.type)],
      [say('staff.consultations.country'), countryName(contribution.country)],
      [say('staff.consultations.received'), formatDay(contribution.submittedAt)],
      [say('staff.consultations.email'), contribution.contactEmail],
      [say('staff.consultations.register'), contribution.transparencyRegisterId],
      [say('staff.consultations.publication'), label(PUBLICATION, contribution.publication)],
      [say('staff.consultations.moderation'), state],
    ]),
    answers(year, contribution),
    pdfDownload(contribution),
    moderation(year, contribution, state),
  );
}

export async function showContributions(year: string): Promise<void> {
  const list = part('contributions');
  try {
    const { contributions } = await getJson<{ contributions: StaffContribution[] }>(`${base(year)}/submissions`);
    list.replaceChildren(
      ...(contributions.length === 0 ? [h('p', {}, say('staff.consultations.none'))] : contributions.map((c) => contributionCard(year, c))),
    );
    part('exports').hidden = false;
    announce(say('staff.consultations.loaded', { year, count: contributions.length }));
  } catch (error) {
    list.replaceChildren();
    part('exports').hidden = true;
    showFailure(error, say('staff.error.network'));
  }
}

export function wireConsultations(): void {
  const year = part<HTMLSelectElement>('consultation-year');
  part<HTMLFormElement>('year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void showContributions(year.value);
  });
  const link = part<HTMLAnchorElement>('export-link');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    const format = button.dataset.export ?? 'csv';
    button.addEventListener(
      'click',
      () => void download(link, `${base(year.value)}/export.${format}`, `consultation-${year.value}.${format}`, button),
    );
  }
}
