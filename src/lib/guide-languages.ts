// The languages that have an essential guide (content/guides/{language}.md), known without loading the
// guides, so that the middleware can let /{language}/guide/ through and answer 404 for anything else.
import { isLocaleCode } from '../i18n/locales';

const files = import.meta.glob('../../content/guides/*.md');

export const guideLanguages: readonly string[] = Object.keys(files)
  .map((path) => path.replace(/^.*\/|\.md$/g, ''))
  .sort();

/** The route of the guide page; the only route a guide language may be the first segment of. */
export const GUIDE_ROUTE = '/[lang]/guide';

export function isGuideLanguage(code: string): boolean {
  return guideLanguages.includes(code) && !isLocaleCode(code);
}
