// Country names come from Intl; pages built in Node and pages rendered in the Worker must name a place
// alike, although their ICU data differ on a few full names.
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/display-names';

describe('country names', () => {
  it('names Hong Kong, Macao and Palestine by the short names that every ICU version shares', () => {
    expect(['HK', 'MO', 'PS'].map((code) => countryName(code, 'en', ''))).toEqual(['Hong Kong', 'Macao', 'Palestine']);
    expect(['HK', 'MO', 'PS'].map((code) => countryName(code, 'zh-Hans', ''))).toEqual(['香港', '澳门', '巴勒斯坦']);
  });

  it('keeps full names elsewhere, never an abbreviation', () => {
    expect(['US', 'GB'].map((code) => countryName(code, 'en', ''))).toEqual(['United States', 'United Kingdom']);
  });
});
