// Loads the directory from the content collections once per build (or per Worker isolate),
// and refuses to go on if the cross-file checks fail.
import { getCollection } from 'astro:content';
import { type Country, checkDirectoryIntegrity, type Delegation, type Directory } from '../../functions/core/content/directory';

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
  return {
    delegations,
    countries,
    delegationById: new Map(delegations.map((delegation) => [delegation.id, delegation])),
    countryByCode: new Map(countries.map((country) => [country.iso2, country])),
  };
}

export function loadDirectory(): Promise<LoadedDirectory> {
  loading ??= load();
  return loading;
}
