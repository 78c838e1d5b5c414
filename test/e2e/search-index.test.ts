// What search indexes of a delegation page: what tells it apart (its countries, city, focal points'
// names, mailboxes and languages), not what every delegation page says alike, which would make every
// such word answer with 145 pages and make the first query's download larger.
import { describe, expect } from 'vitest';
import { it, searchResults } from '../support/browser';

describe('search on /en/', () => {
  it('answers words that every delegation page repeats with the pages about them, not with delegation pages', async ({ open }) => {
    const { page } = await open();
    const results = await searchResults(page, 'en', 'ProtectDefenders');
    expect(results).toContain('/en/safety/');
    expect(results.filter((href) => href.startsWith('/en/delegations/'))).toEqual([]);
  });

  it('still finds a delegation by the city it is based in', async ({ open }) => {
    const { page } = await open();
    expect(await searchResults(page, 'en', 'Moscow')).toContain('/en/delegations/russia/');
  });
});
