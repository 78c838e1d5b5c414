// What the name tests need from content/, read through Vite so that the same code runs in Node and in
// workerd: every language code that a page can name, every seat city, and the UI languages.
import { parse } from 'yaml';
import type { UiLanguage } from '../../functions/core/content/language-names';
import { locales } from '../../src/i18n/locales';

const raw = (files: Record<string, string>) => Object.values(files).map((text) => parse(text) as Record<string, unknown>);
const delegationFiles = raw(
  import.meta.glob<string>('../../content/delegations/*.yaml', { query: '?raw', import: 'default', eager: true }),
);
const statementFiles = raw(import.meta.glob<string>('../../content/statements/*.yaml', { query: '?raw', import: 'default', eager: true }));
const countryFile =
  raw(import.meta.glob<string>('../../content/countries.yaml', { query: '?raw', import: 'default', eager: true }))[0] ?? {};

interface DelegationLanguages {
  seat_city_en: string;
  local_languages: string[];
  focal_points?: { languages: string[] }[];
}

const delegations = delegationFiles as unknown as DelegationLanguages[];

/** Every language code in content/: delegations, focal points, countries and statements. */
export const contentLanguageCodes: readonly string[] = [
  ...new Set([
    ...delegations.flatMap((delegation) => [
      ...delegation.local_languages,
      ...(delegation.focal_points ?? []).flatMap((point) => point.languages),
    ]),
    ...Object.values(countryFile as Record<string, { languages: string[] }>).flatMap((country) => country.languages),
    ...statementFiles.flatMap((statement) => statement.languages as string[]),
  ]),
].sort();

export const seatCitiesEn: readonly string[] = [...new Set(delegations.map((delegation) => delegation.seat_city_en))].sort();

/** The UI languages of src/i18n/locales.ts, and the five that are being added alongside it. */
export const uiLanguages: readonly UiLanguage[] = [
  ...locales.map(({ code, tag }) => ({ code, tag })),
  ...['rn', 'sw', 'fa', 'tr', 'uk'].map((code) => ({ code, tag: code })),
].filter((ui, index, all) => all.findIndex((other) => other.code === ui.code) === index);
