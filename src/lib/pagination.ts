export interface PageSlice<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** Page `page` (from 1) of `items`, `size` at a time; an empty list still has one page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    page: index + 1,
    pageCount,
  }));
}
