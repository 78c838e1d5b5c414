// Finds countries from what a person typed, forgiving what people get wrong: case, accents,
// punctuation and spaces ("Cote dIvoire"), and small typos ("Росия", "Burundii"). An exact name or
// alias wins over the start of a name, the start of a name over the start of a word within it, and
// all of them over a typo, which is only tried when nothing else matched.
import { editDistance } from './edit-distance';
import { compactKey, letterCount, normalizeName } from './normalize';

export interface IndexedName {
  code: string;
  /** The whole name without spaces. */
  key: string;
  /** The name from each later word on, without spaces: "papua new guinea" → "newguinea", "guinea". */
  wordKeys: readonly string[];
}

export type NameIndex = readonly IndexedName[];

/** exact: a whole name or alias; prefix: the start of one; word: the start of a later word; typo: close to a name. */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'typo';

export interface CountryLookup {
  /** Country codes, best first; empty when nothing matched. */
  codes: string[];
  /** How the best of them matched. */
  kind?: MatchKind;
  /** The one country to go to straight away: named exactly as typed, and no other name starts with it. */
  only?: string;
}

const RANKS: readonly MatchKind[] = ['exact', 'prefix', 'word'];

function indexName(code: string, name: string): IndexedName | undefined {
  const words = normalizeName(name).split(' ').filter(Boolean);
  const key = words.join('');
  if (!key) return undefined;
  return { code, key, wordKeys: words.slice(1).map((_, index) => words.slice(index + 1).join('')) };
}

/** Every name of every country, normalized once: `names` maps a country code to the names it is known by. */
export function buildNameIndex(names: Iterable<readonly [string, readonly string[]]>): NameIndex {
  const seen = new Set<string>();
  const index: IndexedName[] = [];
  for (const [code, list] of names) {
    for (const name of list) {
      const entry = indexName(code, name);
      if (!entry || seen.has(`${code} ${entry.key}`)) continue;
      seen.add(`${code} ${entry.key}`);
      index.push(entry);
    }
  }
  return index;
}

/**
 * How many typos a name of this many letters forgives: two from five letters, none below, where one
 * letter already makes another country ("Iran" is not "Iraq", "Mali" not "Bali").
 */
export function typoAllowance(letters: number): number {
  return letters >= 5 ? 2 : 0;
}

function rankOf(entry: IndexedName, wanted: string): MatchKind | undefined {
  if (entry.key === wanted) return 'exact';
  if (entry.key.startsWith(wanted)) return 'prefix';
  if (entry.wordKeys.some((key) => key.startsWith(wanted))) return 'word';
  return undefined;
}

function codesByRank(index: NameIndex, wanted: string): Map<string, number> {
  const best = new Map<string, number>();
  for (const entry of index) {
    const kind = rankOf(entry, wanted);
    if (kind === undefined) continue;
    const rank = RANKS.indexOf(kind);
    best.set(entry.code, Math.min(rank, best.get(entry.code) ?? rank));
  }
  return best;
}

function typoMatches(index: NameIndex, wanted: string): string[] {
  const wantedLetters = letterCount(wanted);
  const distances = new Map<string, number>();
  for (const entry of index) {
    for (const key of [entry.key, ...entry.wordKeys]) {
      const allowance = typoAllowance(Math.min(wantedLetters, letterCount(key)));
      if (allowance === 0) continue;
      const distance = editDistance(wanted, key, allowance);
      if (distance <= allowance) distances.set(entry.code, Math.min(distance, distances.get(entry.code) ?? distance));
    }
  }
  const closest = Math.min(...distances.values());
  return [...distances].filter(([, distance]) => distance === closest).map(([code]) => code);
}

export function lookupCountries(index: NameIndex, query: string): CountryLookup {
  const wanted = compactKey(normalizeName(query));
  if (!wanted) return { codes: [] };
  const ranked = codesByRank(index, wanted);
  if (ranked.size === 0) {
    const codes = typoMatches(index, wanted);
    return codes.length > 0 ? { codes, kind: 'typo' } : { codes: [] };
  }
  const codes = [...ranked].sort((a, b) => a[1] - b[1]).map(([code]) => code);
  const exact = codes.filter((code) => ranked.get(code) === 0);
  const startingWith = new Set(index.filter((entry) => entry.key.startsWith(wanted)).map((entry) => entry.code));
  const only = exact.length === 1 && startingWith.size === 1 ? exact[0] : undefined;
  const kind = RANKS[ranked.get(codes[0] ?? '') ?? 0] ?? 'word';
  return { codes, kind, ...(only ? { only } : {}) };
}
