// Typed UI strings. en.json is the source; every other language is parsed against a schema built from
// its keys, so a missing, empty or extra key, a lost {placeholder} or a plural that lacks a form the
// language needs fails the build naming the file. Templates are filled by functions/core/i18n/messages.
import { z } from 'zod';
import { formatMessage, type MessageParams, messageArguments, pluralProblems } from '../../functions/core/i18n/messages';
import { type LocaleCode, localeCodes, locales } from './locales';
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
export type Translate = (key: UiKey, params?: MessageParams) => string;

function placeholders(text: string): string {
  try {
    return messageArguments(text).join(',');
  } catch {
    return '(malformed)';
  }
}

function dictionarySchema(source: Record<string, string>, tag: string) {
  const shape = Object.fromEntries(
    Object.entries(source).map(([key, english]) => [
      key,
      z
        .string()
        .min(1)
        .refine((text) => placeholders(text) === placeholders(english), {
          error: `must keep the placeholders of en.json (${placeholders(english) || 'none'})`,
        })
        .superRefine((text, context) => {
          for (const problem of pluralProblems(text, tag)) context.addIssue({ code: 'custom', message: problem });
        }),
    ]),
  );
  return z.strictObject(shape);
}

/** The BCP 47 tag whose plural rules a UI file is checked against. */
function tagOf(code: string): string {
  return locales.find((locale) => locale.code === code)?.tag ?? code;
}
const raw: Record<LocaleCode, unknown> = { en, fr, es, pt, ru, ar, tr, uk, zh, rn, sw, fa };

export function parseDictionary(code: string, data: unknown): Record<UiKey, string> {
  const result = dictionarySchema(en, tagOf(code)).safeParse(data);
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

export function interpolate(template: string, params: MessageParams = {}, tag = 'en'): string {
  return formatMessage(template, params, tag);
}

export function useTranslations(code: LocaleCode): Translate {
  const dictionary = dictionaries[code];
  const tag = tagOf(code);
  return (key, params) => formatMessage(dictionary[key], params, tag);
}

/** The text before and after one {placeholder} of a UI string, to put markup (a lang="" span, a link) in its place. */
export function aroundPlaceholder(template: string, name: string): [before: string, after: string] {
  const [before = '', ...rest] = template.split(`{${name}}`);
  return [before, rest.join(`{${name}}`)];
}
