// The transparency indicators computed straight from content/, the way the build does, for tests
// that compare a page's figures with the rules (never with numbers copied from a page).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { computeTransparency, type Transparency } from '../../functions/core/content/transparency';
import { type TransparencyReference, transparencyReferenceSchema } from '../../functions/core/content/transparency-schemas';
import { locales } from '../../src/i18n/locales';
import { loadContentDirectory } from './content-fixtures';

const CONTENT = new URL('../../content/', import.meta.url);

const stems = (path: string, extension: string) =>
  readdirSync(new URL(path, CONTENT))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length));

export function transparencyFromContent(referenceDate: Date): Transparency {
  const hrdLanguages = new Set(stems('guidelines/human-rights-defenders/', '.yaml'));
  return computeTransparency({
    delegations: loadContentDirectory().delegations,
    keyIds: new Set(stems('keys/', '.asc')),
    guidelineLocales: locales.filter((locale) => hrdLanguages.has(locale.code)),
    referenceDate,
  });
}

export function referenceFromContent(): TransparencyReference {
  const { delegations, countries } = loadContentDirectory();
  const schema = transparencyReferenceSchema(new Set(countries.map((country) => country.iso2)), new Set(delegations.map((row) => row.id)));
  return schema.parse(parse(readFileSync(new URL('transparency/report-2019.yaml', CONTENT), 'utf8')));
}
