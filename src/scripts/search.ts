// Pagefind search in the browser: the index is fetched from this site, queries never leave the device.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
let pagefind: Promise<Pagefind> | undefined;

function message(name: 'loading' | 'results' | 'noResults' | 'error', values: Record<string, string> = {}): string {
  const template = statusLine?.dataset[name] ?? '';
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.init();
    return module;
  });
  return pagefind;
}

function renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and only adds <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
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
    const search = await (await loadPagefind()).search(query, { filters: chosenFilters() });
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...shown.map(renderResult));
    statusLine.textContent =
      shown.length === 0
        ? message('noResults', { query })
        : message('results', { query, count: new Intl.NumberFormat(document.documentElement.lang).format(search.results.length) });
  } catch {
    statusLine.textContent = message('error');
  }
  markAnswered(list, query);
}

if (form && input) {
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

export {};
