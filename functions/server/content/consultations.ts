// Consultation cycles and their archives, read from content/consultations/ at build time and
// validated with the same schemas as the site.
import { parse } from 'yaml';
import type { Cycle } from '../../core/consultation/cycles';
import { type ArchivedContribution, archivedContributionSchema, consultationSchema } from '../../core/consultation/schemas';
import { countryCodes } from './countries';

const cycleFiles = import.meta.glob<string>('../../../content/consultations/*.yaml', { query: '?raw', import: 'default', eager: true });
const archiveFiles = import.meta.glob<string>('../../../content/consultations/archive/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const yearOf = (path: string) => path.replace(/^.*\/|\.yaml$/g, '');

let cycles: Map<string, Cycle> | undefined;
let archives: Map<string, ArchivedContribution[]> | undefined;

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

export function archivedContributions(year: string): ArchivedContribution[] {
  if (!archives) {
    const schema = archivedContributionSchema(countryCodes());
    archives = new Map(
      Object.entries(archiveFiles).map(([path, text]) => [yearOf(path), (parse(text) as unknown[]).map((entry) => schema.parse(entry))]),
    );
  }
  return archives.get(year) ?? [];
}
