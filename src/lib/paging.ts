// Listings split into pages of a fixed size, so no listing page grows with the whole collection.
import { pageParam } from './routes.ts';

/** Cards per listing page: a screenful or two to scan, about 20 KB of HTML. */
export const listingPageSize = 24;

export interface ListingPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1, even when empty). */
  count: number;
  items: T[];
  /** 1-based positions of the first and last item shown, and how many there are in all. */
  first: number;
  last: number;
  total: number;
}

export function pageCount(total: number, size = listingPageSize): number {
  return Math.max(1, Math.ceil(total / size));
}

export function listingPage<T>(items: readonly T[], number: number, size = listingPageSize): ListingPage<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new RangeError(`page ${number} is not between 1 and ${count}`);
  const start = (number - 1) * size;
  const shown = items.slice(start, start + size);
  return { number, count, items: shown, first: shown.length ? start + 1 : 0, last: start + shown.length, total: items.length };
}

/** Page numbers 2…count, for getStaticPaths of the pages after the first. */
export function laterPages(total: number, size = listingPageSize): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** Route params for every page of a listing, for a `[...page]` route (see pageParam in routes.ts). */
export function listingRoutes(total: number, size = listingPageSize): Array<{ page: string | undefined; number: number }> {
  return [1, ...laterPages(total, size)].map((number) => ({ page: pageParam(number), number }));
}

/**
 * The page numbers a pager links to: the first, the last and two either side of the current one,
 * with null where numbers are left out ("1 … 4 5 6 7 8 … 42").
 */
export function pagerNumbers(current: number, count: number): Array<number | null> {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
