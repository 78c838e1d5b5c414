// The search page's country index for one language, at /{lang}/search/countries.json: every name each
// country is found by, as the finder compares them, and the delegation a result leads to. Built with
// the site, fetched by the search script on a first query, so that queries never leave the device.
import type { APIRoute, GetStaticPaths } from 'astro';
import { namesForSearch, type SearchCountryFile } from '../../../../functions/core/finder/search-countries';
import { getLocale, type LocaleCode } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/ui';
import { loadCountrySearchNames } from '../../../lib/country-lookup';
import { delegationTitle } from '../../../lib/delegation-title';
import { countryName } from '../../../lib/display-names';
import { loadDirectory } from '../../../lib/load-directory';
import { delegationPath } from '../../../lib/paths';
import { localeStaticPaths } from '../../../lib/static-paths';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const lang = props.lang as LocaleCode;
  const locale = getLocale(lang);
  const t = useTranslations(lang);
  const [names, { countries, countryByCode, delegationById }] = await Promise.all([loadCountrySearchNames(), loadDirectory()]);
  const file: SearchCountryFile = {
    countries: countries.flatMap((country) => {
      const delegation = delegationById.get(country.covered_by_delegation_id);
      if (!delegation) return [];
      const title = delegationTitle(delegation, locale, countryByCode, t);
      const name = countryName(country.iso2, locale.tag, country.name_en);
      return [
        {
          code: country.iso2,
          name,
          names: namesForSearch(names.get(country.iso2) ?? []),
          href: delegationPath(lang, delegation.id),
          title,
          text: t(country.territory ? 'country.territory' : 'country.coveredBy', { country: name, delegation: title }),
        },
      ];
    }),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
