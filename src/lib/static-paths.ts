import { localeCodes } from '../i18n/locales';

/** One static path per UI language, for pages under /{lang}/; the language is passed typed as a prop. */
export function localeStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang }, props: { lang } }));
}
