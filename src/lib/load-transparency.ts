// Computes the transparency indicators once per build from the directory, the keys and the
// guidelines library, with the reference figures they are compared with.
import { getEntry } from 'astro:content';
import {
  compareWebsites,
  compareWithBaseline,
  computeTransparency,
  type DelegationTransparency,
} from '../../functions/core/content/transparency';
import { type OpenTransparency, openTransparency, openTransparencySchema } from '../../functions/core/content/transparency-open-data';
import { armoredDelegationKeys } from '../../functions/server/content/keys';
import { locales } from '../i18n/locales';
import { loadDirectory } from './load-directory';
import { loadLibrary } from './load-library';

const HRD = 'human-rights-defenders';

/** The build day, at 00:00 UTC: the indicators' "last 12 months" count back from it. */
function buildDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function load() {
  const [directory, { guidelines }, entry] = await Promise.all([loadDirectory(), loadLibrary(), getEntry('transparency', 'report-2019')]);
  if (!entry) throw new Error('content/transparency/report-2019.yaml is missing');
  const reference = entry.data;
  const hrdLanguages = new Set(guidelines.find((guideline) => guideline.id === HRD)?.versions.map((version) => version.lang));
  const transparency = computeTransparency({
    delegations: directory.delegations,
    keyIds: new Set(armoredDelegationKeys().keys()),
    guidelineLocales: locales.filter((locale) => hrdLanguages.has(locale.code)),
    referenceDate: buildDay(),
  });
  const covering = (iso2: string) => directory.countryByCode.get(iso2)?.covered_by_delegation_id;
  return {
    transparency,
    reference,
    byDelegation: new Map<string, DelegationTransparency>(transparency.delegations.map((row) => [row.id, row])),
    baseline: compareWithBaseline(reference.baseline, transparency),
    websites: compareWebsites(reference.websites.rows, transparency, covering, hrdLanguages.size > 0),
  };
}

let loading: ReturnType<typeof load> | undefined;

export function loadTransparency() {
  loading ??= load();
  return loading;
}

let openData: Promise<OpenTransparency> | undefined;

/** The indicators as open data, built once and checked against the schema published beside them. */
export function loadTransparencyOpenData(): Promise<OpenTransparency> {
  openData ??= Promise.all([loadTransparency(), loadDirectory()]).then(([{ transparency, baseline }, directory]) =>
    openTransparencySchema.parse(
      openTransparency(
        transparency,
        baseline,
        directory.delegations.some((delegation) => delegation.sample_data),
        new Date(),
      ),
    ),
  );
  return openData;
}
