// Typed UI strings. en.json is the source; every other language is parsed against a schema built from
// its keys, so a missing, empty or extra key, or a lost {placeholder}, fails the build naming the file.
import { z } from 'zod';
import { getLocale, type LocaleCode, localeCodes } from './locales';
import ar from './ui/ar.json';
import en from './ui/en.json';
import es from './ui/es.json';
import fa from './ui/fa.json';
import fr from './ui/fr.json';
import pt from './ui/pt.json';
import rn from './ui/rn.json';
import ru from './ui/ru.json';
import sw from './ui/sw.json';
import tr from './ui/tr.json';
import uk from './ui/uk.json';
import zh from './ui/zh.json';

export type UiKey = keyof typeof en;
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string): string {
  return [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .sort()
    .join(',');
}

function dictionarySchema(source: Record<string, string>) {
  const shape = Object.fromEntries(
    Object.entries(source).map(([key, english]) => [
      key,
      z
        .string()
        .min(1)
        .refine((text) => placeholders(text) === placeholders(english), {
          error: `must keep the placeholders of en.json (${placeholders(english) || 'none'})`,
        }),
    ]),
  );
  return z.strictObject(shape);
}

const schema = dictionarySchema(en);
const raw: Record<LocaleCode, unknown> = { en, fr, es, pt, ru, ar, tr, uk, zh, rn, sw, fa };

export function parseDictionary(code: string, data: unknown): Record<UiKey, string> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`src/i18n/ui/${code}.json has invalid UI strings:\n${problems.join('\n')}`);
  }
  return result.data as Record<UiKey, string>;
}

const dictionaries = Object.fromEntries(localeCodes.map((code) => [code, parseDictionary(code, raw[code])])) as Record<
  LocaleCode,
  Record<UiKey, string>
>;

export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// Whole numbers in a string are written in the language's digits (Persian ۲۰۲۶), without grouping, so a
// year or a sum to type back reads as the reader writes it; other values are shown as given.
function withLocalDigits(params: Record<string, string | number>, digits: Intl.NumberFormat): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' && Number.isInteger(value) ? digits.format(value) : value,
    ]),
  );
}

export function useTranslations(code: LocaleCode): Translate {
  const dictionary = dictionaries[code];
  const digits = new Intl.NumberFormat(getLocale(code).tag, { useGrouping: false });
  return (key, params) => interpolate(dictionary[key], params && withLocalDigits(params, digits));
}

/** The text before and after one {placeholder} of a UI string, to put markup (a lang="" span, a link) in its place. */
export function aroundPlaceholder(template: string, name: string): [before: string, after: string] {
  const [before = '', ...rest] = template.split(`{${name}}`);
  return [before, rest.join(`{${name}}`)];
}
