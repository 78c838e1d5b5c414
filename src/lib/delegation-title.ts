// A delegation's name in the reader's language. English uses the official name; other languages
// derive it from the countries it covers, unless the content gives a name (multilateral delegations).

import type { Country, Delegation } from '../../functions/core/content/directory';
import type { Translate } from '../i18n/ui';
import { countryName } from './display-names';
import { listFormat } from './formats';

export function delegationTitle(
  delegation: Delegation,
  locale: { code: string; tag: string },
  countriesByCode: ReadonlyMap<string, Country>,
  t: Translate,
): string {
  const given = delegation.names?.[locale.code];
  if (given) return given;
  if (locale.code === 'en' || delegation.kind === 'multilateral') return delegation.name_en;
  const places = delegation.accredited_iso2.map((code) => countryName(code, locale.tag, countriesByCode.get(code)?.name_en ?? code));
  const list = listFormat(locale.tag).format(places);
  return t(delegation.kind === 'office' ? 'delegation.title.office' : 'delegation.title.bilateral', { places: list });
}
