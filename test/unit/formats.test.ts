import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateFormat, formatMonthRange, listFormat, weekdayName } from '../../src/lib/formats';
import { formatDays } from '../../src/lib/office-hours';

const closing = new Date('2027-01-31T23:59:00Z');

describe('dates', () => {
  it('are Gregorian in Persian too, in Persian digits, since the content counts its years that way', () => {
    const persian = dateFormat('fa').format(closing);
    expect(persian).toContain('۲۰۲۷');
    expect(persian).toContain('۳۱');
    expect(persian).not.toContain('۱۴۰۵');
    expect(dateFormat('en').format(closing)).toBe('January 31, 2027');
  });

  it('add the time of day in UTC when asked', () => {
    expect(dateFormat('fr', { withTime: true }).format(closing)).toBe('31 janvier 2027 à 23:59');
  });

  describe('in Kirundi where the runtime has no Kirundi (as workerd has none)', () => {
    afterEach(() => vi.restoreAllMocks());

    it('are written from the Kirundi month names, the way Node writes them', () => {
      const native = dateFormat('rn', { withTime: true }).format(closing);
      vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
      expect(dateFormat('rn').format(closing)).toBe('31 Nzero 2027');
      expect(dateFormat('rn', { withTime: true }).format(closing)).toBe('31 Nzero 2027 23:59');
      expect(dateFormat('rn', { withTime: true }).format(closing)).toBe(native);
    });

    it('name weekdays and spans of months in Kirundi too', () => {
      const native = [weekdayName(1, 'rn'), weekdayName(7, 'rn')];
      vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
      expect([weekdayName(1, 'rn'), weekdayName(7, 'rn')]).toEqual(native);
      expect(formatDays([1, 2, 3, 4, 5], 'rn')).toBe('Ku wa mbere–Ku wa gatanu');
      expect(formatMonthRange('rn', new Date(Date.UTC(2014, 0, 1)), new Date(Date.UTC(2019, 3, 1)))).toBe('Nzero 2014 – Ndamukiza 2019');
    });
  });
});

describe('lists', () => {
  it('join the last item with the language’s “and”', () => {
    expect(listFormat('sw').format(['Kenya', 'Uganda', 'Tanzania'])).toBe('Kenya, Uganda na Tanzania');
    expect(listFormat('en').format(['Kenya', 'Uganda'])).toBe('Kenya and Uganda');
  });

  it('use Kirundi’s “na”, elided before a vowel, which ICU lacks', () => {
    expect(listFormat('rn').format(['Kenya', 'Ubugande', 'Tanzaniya'])).toBe('Kenya, Ubugande na Tanzaniya');
    expect(listFormat('rn').format(['Ubudage', 'Ubufaransa'])).toBe('Ubudage n’Ubufaransa');
    expect(listFormat('rn').format(['Uburundi'])).toBe('Uburundi');
    expect(listFormat('rn').format([])).toBe('');
  });

  it('give their parts, so that each item can be a link', () => {
    const elements = (tag: string) =>
      listFormat(tag)
        .formatToParts(['Kenya', 'Ubugande'])
        .filter((part) => part.type === 'element');
    expect(elements('rn').map((part) => part.value)).toEqual(['Kenya', 'Ubugande']);
    expect(
      listFormat('rn')
        .formatToParts(['Kenya', 'Ubugande'])
        .map((part) => part.value),
    ).toEqual(['Kenya', ' n’', 'Ubugande']);
    expect(elements('en').map((part) => part.value)).toEqual(['Kenya', 'Ubugande']);
  });
});
