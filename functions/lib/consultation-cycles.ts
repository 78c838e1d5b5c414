// Consultation cycles and their archives, read from content/consultations/ at build time and
// validated with the same schemas as the site. A cycle is open between its opening and closing times.
import { parse } from 'yaml';
import {
  type ArchivedContribution,
  archivedContributionSchema,
  type Consultation,
  consultationSchema,
} from '../../src/lib/consultation-schemas';

export type CycleState = 'upcoming' | 'open' | 'closed';

export interface Cycle extends Consultation {
  year: string;
}

const cycleFiles = import.meta.glob<string>('../../content/consultations/*.yaml', { query: '?raw', import: 'default', eager: true });
const archiveFiles = import.meta.glob<string>('../../content/consultations/archive/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const countryFile = import.meta.glob<string>('../../content/countries.yaml', { query: '?raw', import: 'default', eager: true });
const yearOf = (path: string) => path.replace(/^.*\/|\.yaml$/g, '');

let cycles: Map<string, Cycle> | undefined;
let archives: Map<string, ArchivedContribution[]> | undefined;
let codes: ReadonlySet<string> | undefined;

/** The covered countries' codes, parsed once per isolate (every submission is checked against them). */
export function countryCodes(): ReadonlySet<string> {
  codes ??= new Set(Object.values(countryFile).flatMap((text) => Object.keys(parse(text) as object)));
  return codes;
}

export function allCycles(): Map<string, Cycle> {
  cycles ??= new Map(
    Object.entries(cycleFiles)
      .map(([path, text]) => ({ year: yearOf(path), ...consultationSchema.parse(parse(text)) }))
      .sort((a, b) => b.year.localeCompare(a.year))
      .map((cycle) => [cycle.year, cycle]),
  );
  return cycles;
}

export function findCycle(year: string): Cycle | undefined {
  return allCycles().get(year);
}

export function cycleState(cycle: Cycle, now: Date): CycleState {
  if (now < cycle.opens_at) return 'upcoming';
  return now <= cycle.closes_at ? 'open' : 'closed';
}

export function archivedContributions(year: string): ArchivedContribution[] {
  if (!archives) {
    const schema = archivedContributionSchema(countryCodes());
    archives = new Map(
      Object.entries(archiveFiles).map(([path, text]) => [yearOf(path), (parse(text) as unknown[]).map((entry) => schema.parse(entry))]),
    );
  }
  return archives.get(year) ?? [];
}
