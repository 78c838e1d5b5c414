import { describe, expect, it } from 'vitest';
import { formatDays, formatHoursParts } from '../../src/lib/office-hours';

const winter = new Date('2026-11-22T00:00:00Z');

describe('office hours', () => {
  it("writes consecutive days as a range in the reader's language", () => {
    expect(formatDays([1, 2, 3, 4, 5], 'en')).toBe('Monday–Friday');
    expect(formatDays([1, 2, 3, 4, 5], 'fr')).toBe('lundi–vendredi');
  });

  it('lists days that are not consecutive', () => {
    expect(formatDays([1, 3], 'en')).toBe('Monday and Wednesday');
  });

  it("gives times on a 24-hour clock and the delegation's UTC offset", () => {
    const parts = formatHoursParts({ days: [7], opens: '09:00', closes: '16:30', time_zone: 'Europe/Moscow' }, 'en', winter);
    expect(parts).toEqual({ days: 'Sunday', opens: '09:00', closes: '16:30', zone: 'GMT+3' });
  });
});
