// Office hours in the reader's language: weekday names, times and the UTC offset of the delegation.
import type { FocalPoint } from '../../functions/core/content/directory-schemas';
import { dateTimeFormat, listFormat, weekdayName } from './formats';

type Hours = NonNullable<FocalPoint['hours']>;

function isConsecutive(days: readonly number[]): boolean {
  return days.every((day, index) => index === 0 || day === (days[index - 1] ?? 0) + 1);
}

export function formatDays(days: readonly number[], locale: string): string {
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first !== undefined && last !== undefined && sorted.length > 2 && isConsecutive(sorted)) {
    return `${weekdayName(first, locale)}–${weekdayName(last, locale)}`;
  }
  return listFormat(locale).format(sorted.map((day) => weekdayName(day, locale)));
}

export function formatClock(time: string, locale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 1, hours, minutes)),
  );
}

export function utcOffsetName(timeZone: string, locale: string, at: Date): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatHoursParts(hours: Hours, locale: string, at: Date) {
  return {
    days: formatDays(hours.days, locale),
    opens: formatClock(hours.opens, locale),
    closes: formatClock(hours.closes, locale),
    zone: utcOffsetName(hours.time_zone, locale, at),
  };
}
