// How far each UI language's strings and pages have been reviewed, from content/ui-translations.yaml.
import type { UiTranslationStatus } from '../../functions/core/content/translation-status';
import { uiTranslationsFile } from '../../functions/server/content/languages';

/** The status of a UI language; the build stops on a language the file does not list. */
export function uiTranslationStatus(code: string): UiTranslationStatus {
  const status = uiTranslationsFile()[code];
  if (!status) throw new Error(`content/ui-translations.yaml lists no status for the UI language "${code}"`);
  return status;
}
