// Country names from content/country-names/{lang}.yaml, bundled into the Worker and parsed once per
// isolate. workerd, which renders every page (the build prerenders in it too), has no Kirundi at all,
// so Kirundi pages take these names from here. A file that lacks a covered country, or names an unknown
// one, fails naming the file and code.
import { parse } from 'yaml';
import type { z } from 'zod';
import { countryNamesSchema } from '../../core/content/names-schemas';
import { countryCodes } from './countries';

const countryFiles = import.meta.glob<string>('../../../content/country-names/*.yaml', { query: '?raw', import: 'default', eager: true });

type Names = ReadonlyMap<string, ReadonlyMap<string, string>>;
let countries: Names | undefined;

function parseFiles(folder: string, files: Record<string, string>, schema: z.ZodType<Record<string, string>>): Names {
  return new Map(
    Object.entries(files).map(([path, text]) => {
      const lang = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
      const result = schema.safeParse(parse(text));
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`content/${folder}/${lang}.yaml is invalid:\n${problems.join('\n')}`);
      }
      return [lang, new Map(Object.entries(result.data))];
    }),
  );
}

/** The country names content gives for `lang` (a BCP 47 tag), or undefined when Intl's are used. */
export function contentCountryNames(lang: string): ReadonlyMap<string, string> | undefined {
  countries ??= parseFiles('country-names', countryFiles, countryNamesSchema(countryCodes()));
  return countries.get(lang);
}
