// The directory as the site uses it: delegations and the countries they cover, with integrity checks
// that the per-file schemas cannot make (each country covered by exactly one delegation, both ways).
import type { CountryData, DelegationData } from './directory-schemas';

export interface Delegation extends DelegationData {
  id: string;
}

export interface Country extends CountryData {
  iso2: string;
}

export interface Directory {
  delegations: readonly Delegation[];
  countries: readonly Country[];
}

export function coveredCodes(delegation: Delegation): string[] {
  return [...delegation.accredited_iso2, ...(delegation.also_covers_territories_iso2 ?? [])];
}

export function checkDirectoryIntegrity({ delegations, countries }: Directory): string[] {
  const errors: string[] = [];
  const coverer = new Map<string, string>();
  for (const delegation of delegations) {
    for (const code of coveredCodes(delegation)) {
      const other = coverer.get(code);
      if (other) errors.push(`content/delegations/${delegation.id}.yaml: ${code} is also covered by ${other}`);
      coverer.set(code, delegation.id);
    }
  }
  for (const country of countries) {
    const actual = coverer.get(country.iso2);
    if (actual !== country.covered_by_delegation_id) {
      errors.push(
        `content/countries.yaml: ${country.iso2}.covered_by_delegation_id is "${country.covered_by_delegation_id}" but ${
          actual ? `${actual} covers it` : 'no delegation lists it'
        }`,
      );
    }
  }
  return errors;
}

export function delegationForCountry(directory: Directory, iso2: string): Delegation | undefined {
  const country = directory.countries.find((candidate) => candidate.iso2 === iso2);
  return country && directory.delegations.find((delegation) => delegation.id === country.covered_by_delegation_id);
}

export function hasPublishedFocalPoint(delegation: Delegation): boolean {
  return delegation.focal_points.length > 0;
}

/** When the entry was last verified: its newest focal-point check, or, without focal points, the day the list was checked. */
export function entryVerifiedOn(delegation: Delegation, directoryCheckedOn: Date): Date {
  const checks = delegation.focal_points.map((point) => point.last_verified.getTime());
  return checks.length > 0 ? new Date(Math.max(...checks)) : directoryCheckedOn;
}
