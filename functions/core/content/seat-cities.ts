// A delegation's seat city in the reader's language, from content/seat-cities.yaml. A language in Latin
// script without an entry writes the city as English does; one in another script gets the English name
// marked as a fallback, so the page can say so and set lang="en".
import { z } from 'zod';
import { type NameIn, type UiLanguage, uiLanguageCode } from './language-names';

export const seatCitiesSchema = z.record(z.string().min(1), z.record(uiLanguageCode, z.string().min(1)));
export type SeatCities = z.infer<typeof seatCitiesSchema>;

export interface CityName extends NameIn {
  /** True when the reader's language has no name for the city and the English one stands in. */
  fallback: boolean;
}

export function writtenInLatin(tag: string): boolean {
  return new Intl.Locale(tag).maximize().script === 'Latn';
}

export function seatCityName(cityEn: string, ui: UiLanguage, cities: SeatCities): CityName {
  const own = cities[cityEn]?.[ui.code];
  if (own) return { name: own, lang: ui.tag, fallback: false };
  if (ui.code === 'en' || writtenInLatin(ui.tag)) return { name: cityEn, lang: ui.tag, fallback: false };
  return { name: cityEn, lang: 'en', fallback: true };
}

/** Seat cities of the directory that content/seat-cities.yaml does not list at all. */
export function unlistedSeatCities(citiesEn: Iterable<string>, cities: SeatCities): string[] {
  return [...new Set(citiesEn)].filter((city) => !Object.hasOwn(cities, city));
}
