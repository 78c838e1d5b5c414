declare namespace App {
  interface Locals {
    /** The page's UI strings, in the language of its path (English where the path has none). */
    t: import('./i18n/ui').Translate;
    locale: import('./i18n/locales').UiLocale;
  }
}
