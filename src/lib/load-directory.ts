// Loads the directory from the content collections once per build (or per Worker isolate),
// and refuses to go on if the cross-file checks fail.
import { getCollection } from 'astro:content';
import { type Country, checkDirectoryIntegrity, type Delegation, type Directory } from '../../functions/core/content/directory';
import { assertLanguagesNamed, assertSeatCitiesListed } from './display-names';

export interface LoadedDirectory extends Directory {
  delegationById: ReadonlyMap<string, Delegation>;
  countryByCode: ReadonlyMap<string, Country>;
}

let loading: Promise<LoadedDirectory> | undefined;

async function load(): Promise<LoadedDirectory> {
  const delegations = (await getCollection('delegations')).map(({ id, data }) => ({ id, ...data }));
  const countries = (await getCollection('countries')).map(({ id, data }) => ({ iso2: id, ...data }));
  const errors = checkDirectoryIntegrity({ delegations, countries });
  if (errors.length > 0) throw new Error(`The directory content is inconsistent:\n${errors.join('\n')}`);
  assertLanguagesNamed(directoryLanguages(delegations, countries), 'The directory');
  assertSeatCitiesListed(delegations.map((delegation) => delegation.seat_city_en));
  return {
    delegations,
    countries,
    delegationById: new Map(delegations.map((delegation) => [delegation.id, delegation])),
    countryByCode: new Map(countries.map((country) => [country.iso2, country])),
  };
}

/** Every language the directory names: delegations' local languages, focal points' languages, countries' languages. */
function directoryLanguages(delegations: readonly Delegation[], countries: readonly Country[]): string[] {
  return [
    ...delegations.flatMap((delegation) => [...delegation.local_languages, ...delegation.focal_points.flatMap((point) => point.languages)]),
    ...countries.flatMap((country) => country.languages),
  ];
}

export function loadDirectory(): Promise<LoadedDirectory> {
  loading ??= load();
  return loading;
}
