// Which languages a delegation page names, and the rules a set of guides must keep.
import type { Delegation } from './directory';

/** Every language a delegation page names: its local languages and those of the countries it covers. */
export function delegationLanguages(delegation: Delegation, countryLanguages: (iso2: string) => readonly string[]): string[] {
  const covered = [...delegation.accredited_iso2, ...(delegation.also_covers_territories_iso2 ?? [])].flatMap(countryLanguages);
  return [...new Set([...delegation.local_languages, ...covered])];
}

/**
 * Problems with the guides: a file whose name and `language` differ, a guide in a UI language (which
 * has the whole site), or one in a language no delegation or country lists.
 */
export function guideProblems(
  guides: readonly { id: string; data: { language: string } }[],
  uiLanguages: readonly string[],
  directoryLanguages: ReadonlySet<string>,
): string[] {
  return guides.flatMap(({ id, data }) => [
    ...(id === data.language ? [] : [`content/guides/${id}.md: language is "${data.language}", the file name says "${id}"`]),
    ...(uiLanguages.includes(data.language)
      ? [`content/guides/${id}.md: ${data.language} is a UI language, which has the whole site`]
      : []),
    ...(directoryLanguages.has(data.language) ? [] : [`content/guides/${id}.md: no delegation or country lists ${data.language}`]),
  ]);
}
