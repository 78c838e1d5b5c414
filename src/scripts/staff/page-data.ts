// What the page gives its script in #staff-data: its UI strings (from src/i18n, in the page's
// language), the desks' names and the consultation questions, so the script has no text of its own.
import type { StaffStringKey } from './string-keys';

export interface StaffPageData {
  lang: string;
  strings: Record<StaffStringKey, string>;
  /** Delegation id → its name; `headquarters` is the headquarters desk. */
  deskNames: Record<string, string>;
  /** Consultation year → its questions, in the page's language. */
  questions: Record<string, { id: string; text: string }[]>;
}

let data: StaffPageData | undefined;

export function readPageData(): StaffPageData | undefined {
  const element = document.getElementById('staff-data');
  data = element?.textContent ? (JSON.parse(element.textContent) as StaffPageData) : undefined;
  return data;
}

function current(): StaffPageData {
  if (!data) throw new Error('the page data was not read');
  return data;
}

/** The UI string, with its {placeholders} filled in. */
export function say(key: StaffStringKey, params: Record<string, string | number> = {}): string {
  return current().strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function deskName(id: string): string {
  return current().deskNames[id] ?? id;
}

export function questionsOf(year: string): { id: string; text: string }[] {
  return current().questions[year] ?? [];
}

/** A day (YYYY-MM-DD) as the page's language writes it. */
export function formatDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(current().lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatSize(bytes: number): string {
  const kilobytes = bytes / 1024;
  const unit = kilobytes < 1 ? { unit: 'byte', value: bytes } : { unit: 'kilobyte', value: kilobytes };
  return new Intl.NumberFormat(current().lang, { style: 'unit', unit: unit.unit, maximumFractionDigits: 1 }).format(unit.value);
}

export function countryName(code: string): string {
  return new Intl.DisplayNames(current().lang, { type: 'region', fallback: 'code' }).of(code) ?? code;
}
