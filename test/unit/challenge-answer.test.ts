import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../../functions/core/challenge';

describe('the answer to the no-JavaScript question', () => {
  it('is read in the digits a reader types: Persian, Arabic-Indic, full-width or ASCII', () => {
    expect(normalizeAnswer('۱۲')).toBe('12');
    expect(normalizeAnswer(' ١٢ ')).toBe('12');
    expect(normalizeAnswer('１２')).toBe('12');
    expect(normalizeAnswer('1 2')).toBe('12');
  });
});
