// Pagefind search in the browser: the index is fetched from this site, queries never leave the device.
// Above Pagefind's results go the delegations of the countries the query names, found the way the
// no-JavaScript finder finds them (aliases, other scripts, typos), from /{lang}/search/countries.json.

import type { NameIndex } from '../../functions/core/finder/name-index';
import {
  countriesForSearch,
  type SearchCountry,
  type SearchCountryFile,
  searchCountryIndex,
} from '../../functions/core/finder/search-countries';
import { formatMessage } from '../../functions/core/i18n/messages';

interface PagefindResult {
  /** `textLanguage` is set on pages whose full text is in another language than the page's. */
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; textLanguage?: string } }>;
}
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const pageLanguage = document.documentElement.lang;
let pagefind: Promise<Pagefind> | undefined;
let countryIndex: Promise<{ index: NameIndex; byCode: Map<string, SearchCountry> } | undefined> | undefined;

function message(name: 'loading' | 'results' | 'noResults' | 'error' | 'didYouMean', values: Record<string, string | number> = {}): string {
  return formatMessage(statusLine?.dataset[name] ?? '', values, pageLanguage);
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    // In the page rather than a worker of its own, which would fetch a second copy of Pagefind's code.
    await module.options({ noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

/** The country index, fetched once; without it the search still shows Pagefind's results. */
function loadCountryIndex() {
  const url = form?.dataset.countryIndex;
  countryIndex ??= url
    ? fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<SearchCountryFile>) : Promise.reject(new Error(url))))
        .then((file) => ({ index: searchCountryIndex(file), byCode: new Map(file.countries.map((country) => [country.code, country])) }))
        .catch(() => undefined)
    : Promise.resolve(undefined);
  return countryIndex;
}

async function matchingCountries(query: string, filters: Record<string, string>) {
  if (filters.type && filters.type !== 'delegation') return [];
  const loaded = await loadCountryIndex();
  if (!loaded) return [];
  const { codes, typo } = countriesForSearch(loaded.index, query);
  const countries = codes.flatMap((code) => loaded.byCode.get(code) ?? []);
  // Countries covered by one delegation (Hong Kong and Macao) lead to it once.
  return countries
    .filter((country, index) => countries.findIndex(({ href }) => href === country.href) === index)
    .map((country) => ({ country, typo }));
}

/** A result: a link to the page, which the caller follows with what the page is about. */
function resultItem(href: string, title: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  item.append(link);
  return item;
}

function renderCountry({ country, typo }: { country: SearchCountry; typo: boolean }): HTMLLIElement {
  const item = resultItem(country.href, country.title);
  item.dataset.result = 'country';
  const text = document.createElement('p');
  text.textContent = typo ? `${message('didYouMean', { country: country.name })} ${country.text}` : country.text;
  item.append(text);
  return item;
}

function renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = resultItem(data.url, data.meta.title ?? data.url);
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and only adds <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  if (data.meta.textLanguage) {
    const note = document.createElement('p');
    note.className = 'result-note';
    note.textContent = data.meta.textLanguage;
    item.append(note);
  }
  return item;
}

/** The chosen filters; a line of action narrows the results to stories. */
function chosenFilters(): Record<string, string> {
  const data = form ? new FormData(form) : new FormData();
  const type = String(data.get('type') ?? '');
  const line = String(data.get('line') ?? '');
  return { ...(type ? { type } : {}), ...(line ? { type: 'story', line } : {}) };
}

/** Marks the list busy while a query runs, and names the query it last answered (tests wait for that). */
function markAnswered(target: HTMLElement, query: string | undefined): void {
  target.setAttribute('aria-busy', query === undefined ? 'true' : 'false');
  if (query === undefined) delete target.dataset.answered;
  else target.dataset.answered = query;
}

async function runSearch(query: string): Promise<void> {
  if (!statusLine || !list) return;
  list.replaceChildren();
  if (query.trim() === '') {
    statusLine.textContent = '';
    markAnswered(list, query);
    return;
  }
  statusLine.textContent = message('loading');
  markAnswered(list, undefined);
  try {
    const filters = chosenFilters();
    const [countries, search] = await Promise.all([matchingCountries(query, filters), (await loadPagefind()).search(query, { filters })]);
    const countryLinks = new Set(countries.map(({ country }) => country.href));
    const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    const shown = pages.filter((data) => !countryLinks.has(data.url));
    const total = countries.length + search.results.length - (pages.length - shown.length);
    list.replaceChildren(...countries.map(renderCountry), ...shown.map(renderResult));
    statusLine.textContent = total === 0 ? message('noResults', { query }) : message('results', { query, count: total });
  } catch {
    statusLine.textContent = message('error');
  }
  markAnswered(list, query);
}

if (form && input) {
  // The filters only work with this script: without it the form goes to the country finder.
  for (const filters of form.querySelectorAll<HTMLElement>('[data-search-filters]')) filters.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    for (const [name, value] of Object.entries(chosenFilters())) url.searchParams.set(name, value);
    window.history.replaceState(null, '', url);
    void runSearch(input.value);
  });
  const params = new URLSearchParams(window.location.search);
  const initial = params.get('q');
  for (const name of ['type', 'line']) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = params.get(name) ?? '';
  }
  if (initial) {
    input.value = initial;
    void runSearch(initial);
  }
}
