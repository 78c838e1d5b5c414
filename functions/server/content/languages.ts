// Language names, seat city names and the status of each UI language, from content/, bundled into the
// Worker and parsed once per build or isolate (the finder and the form pages are rendered on demand).
import { parse } from 'yaml';
import { z } from 'zod';
import { type LanguageNames, languageNamesSchema } from '../../core/content/language-names';
import { type SeatCities, seatCitiesSchema } from '../../core/content/seat-cities';
import { type UiTranslationStatus, uiTranslationsSchema } from '../../core/content/translation-status';

const files = import.meta.glob<string>(
  ['../../../content/language-names.yaml', '../../../content/seat-cities.yaml', '../../../content/ui-translations.yaml'],
  { query: '?raw', import: 'default', eager: true },
);
const fileNamed = (name: string) => Object.entries(files).find(([path]) => path.endsWith(name))?.[1] ?? '';

function parsed<T>(name: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parse(fileNamed(`/${name}`)));
  if (!result.success) throw new Error(`content/${name} is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

let languageNames: LanguageNames | undefined;
let seatCities: SeatCities | undefined;
let uiTranslations: Record<string, UiTranslationStatus> | undefined;

export function languageNamesFile(): LanguageNames {
  languageNames ??= parsed('language-names.yaml', languageNamesSchema);
  return languageNames;
}

export function seatCitiesFile(): SeatCities {
  seatCities ??= parsed('seat-cities.yaml', seatCitiesSchema);
  return seatCities;
}

export function uiTranslationsFile(): Record<string, UiTranslationStatus> {
  uiTranslations ??= parsed('ui-translations.yaml', uiTranslationsSchema);
  return uiTranslations;
}
