// Loads the essential guides once per build, and refuses to build when the rules of
// functions/core/content/guides.ts fail.
import { type CollectionEntry, getCollection } from 'astro:content';
import { delegationLanguages, guideProblems } from '../../functions/core/content/guides';
import { localeCodes } from '../i18n/locales';
import { loadDirectory } from './load-directory';

export type Guide = CollectionEntry<'guides'>;

async function load(): Promise<Guide[]> {
  const [guides, { delegations, countryByCode }] = await Promise.all([getCollection('guides'), loadDirectory()]);
  const countryLanguages = (iso2: string) => countryByCode.get(iso2)?.languages ?? [];
  const used = new Set(delegations.flatMap((delegation) => delegationLanguages(delegation, countryLanguages)));
  const problems = guideProblems(guides, localeCodes, used);
  if (problems.length > 0) throw new Error(`The guides are inconsistent:\n${problems.join('\n')}`);
  return guides.sort((a, b) => a.id.localeCompare(b.id));
}

let loading: Promise<Guide[]> | undefined;

export function loadGuides(): Promise<Guide[]> {
  loading ??= load();
  return loading;
}

/** The guides in the languages a delegation page names, in the order the delegation lists them. */
export function guidesFor(guides: readonly Guide[], languages: readonly string[]): Guide[] {
  return languages.flatMap((tag) => guides.filter((guide) => guide.data.language === tag));
}
