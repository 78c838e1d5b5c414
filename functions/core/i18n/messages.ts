// UI message templates: "{name}" placeholders, and plurals in the ICU MessageFormat style that
// translators know, "{count, plural, one {# result} other {# results}}". The form is chosen by
// Intl.PluralRules in the reader's language, so one template serves Arabic's six forms, Russian's
// four and Chinese's one; "#" is the count written by Intl.NumberFormat. The same code runs in the
// build, the Worker and the browser.

export type MessageParams = Record<string, string | number>;

type Part = string | { name: string } | { name: string; forms: ReadonlyMap<string, Part[]> };

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const digitFormats = new Map<string, Intl.NumberFormat>();

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  fail(problem: string): never {
    throw new Error(`${problem} at character ${this.position} of "${this.text}"`);
  }

  skipSpaces(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position += 1;
  }

  word(pattern: RegExp): string {
    this.skipSpaces();
    const match = pattern.exec(this.text.slice(this.position));
    if (!match) this.fail('expected a name');
    this.position += match[0].length;
    this.skipSpaces();
    return match[0];
  }

  expect(character: string): void {
    if (this.text[this.position] !== character) this.fail(`expected "${character}"`);
    this.position += 1;
  }
}

/** Text and arguments up to the end of the template, or up to the "}" that closes a plural form. */
function readParts(reader: Reader, insideForm: boolean): Part[] {
  const parts: Part[] = [];
  let text = '';
  while (reader.position < reader.text.length) {
    const character = reader.text[reader.position] ?? '';
    if (character === '}') {
      if (!insideForm) reader.fail('unexpected "}"');
      break;
    }
    if (character === '{') {
      if (text) parts.push(text);
      text = '';
      parts.push(readArgument(reader));
      continue;
    }
    text += character;
    reader.position += 1;
  }
  if (text) parts.push(text);
  return parts;
}

function readArgument(reader: Reader): Part {
  reader.expect('{');
  const name = reader.word(/^\w+/);
  if (reader.text[reader.position] === '}') {
    reader.position += 1;
    return { name };
  }
  reader.expect(',');
  if (reader.word(/^\w+/) !== 'plural') reader.fail('only "plural" arguments are supported');
  reader.expect(',');
  const forms = new Map<string, Part[]>();
  reader.skipSpaces();
  while (reader.text[reader.position] !== '}') {
    if (reader.position >= reader.text.length) reader.fail('unclosed plural');
    const selector = reader.word(/^(=\d+|\w+)/);
    reader.expect('{');
    forms.set(selector, readParts(reader, true));
    reader.expect('}');
    reader.skipSpaces();
  }
  reader.position += 1;
  return { name, forms };
}

function parse(template: string): Part[] {
  let parts = parsed.get(template);
  if (!parts) {
    parts = readParts(new Reader(template), false);
    parsed.set(template, parts);
  }
  return parts;
}

function cached<T>(cache: Map<string, T>, tag: string, make: () => T): T {
  let value = cache.get(tag);
  if (!value) {
    value = make();
    cache.set(tag, value);
  }
  return value;
}

function pluralCategory(tag: string, count: number): string {
  return cached(pluralRules, tag, () => new Intl.PluralRules(tag)).select(count);
}

function formatNumber(tag: string, count: number): string {
  return cached(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(count);
}

// A whole number in a placeholder is written in the language's digits (Persian ۲۰۲۶), without grouping,
// so a year or a sum to type back reads as the reader writes it; other values are shown as given.
function placeholderValue(tag: string, value: string | number): string {
  if (typeof value !== 'number' || !Number.isInteger(value)) return String(value);
  return cached(digitFormats, tag, () => new Intl.NumberFormat(tag, { useGrouping: false })).format(value);
}

function render(parts: readonly Part[], params: MessageParams, tag: string, count?: string): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return count === undefined ? part : part.replaceAll('#', count);
      const value = params[part.name];
      if (!('forms' in part)) return value === undefined ? `{${part.name}}` : placeholderValue(tag, value);
      const number = Number(value);
      if (value === undefined || Number.isNaN(number)) return `{${part.name}}`;
      const form = part.forms.get(`=${number}`) ?? part.forms.get(pluralCategory(tag, number)) ?? part.forms.get('other') ?? [];
      return render(form, params, tag, formatNumber(tag, number));
    })
    .join('');
}

/** Fills a template for a reader of `tag`; an argument without a value stays visible as "{name}". */
export function formatMessage(template: string, params: MessageParams = {}, tag = 'en'): string {
  if (!template.includes('{')) return template;
  return render(parse(template), params, tag);
}

function argumentsOf(parts: readonly Part[]): string[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return [];
    if (!('forms' in part)) return [part.name];
    return [part.name, ...[...part.forms.values()].flatMap(argumentsOf)];
  });
}

/** The names of a template's arguments, sorted, each once. Throws on a malformed template. */
export function messageArguments(template: string): string[] {
  return [...new Set(argumentsOf(parse(template)))].sort();
}

function pluralsOf(parts: readonly Part[]): { name: string; forms: ReadonlyMap<string, Part[]> }[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string' || !('forms' in part)) return [];
    return [part, ...[...part.forms.values()].flatMap(pluralsOf)];
  });
}

/** What a template's plurals lack for `tag`: every form Intl.PluralRules can choose, and "other". */
export function pluralProblems(template: string, tag: string): string[] {
  let parts: Part[];
  try {
    parts = parse(template);
  } catch (error) {
    return [(error as Error).message];
  }
  const needed = cached(pluralRules, tag, () => new Intl.PluralRules(tag)).resolvedOptions().pluralCategories as string[];
  return pluralsOf(parts).flatMap(({ name, forms }) => {
    const missing = [...new Set([...needed, 'other'])].filter((category) => !forms.has(category));
    const unknown = [...forms.keys()].filter((selector) => !selector.startsWith('=') && !needed.includes(selector));
    return [
      ...(missing.length > 0 ? [`the plural of {${name}} lacks the forms ${missing.join(', ')} that ${tag} needs`] : []),
      ...(unknown.length > 0 ? [`the plural of {${name}} has forms ${unknown.join(', ')} that ${tag} never uses`] : []),
    ];
  });
}
