// What the search page's script and its two back ends (search-engine.ts, search-offline.ts) share: the
// interface of a back end, its results, HTML escaping and the CSV link's text. Imports nothing at run time.
import type { SearchFilters } from '../site-model/search.ts';

export type { SearchFilters } from '../site-model/search.ts';

export interface SearchItem {
  url: string;
  /** The page, relative to the site root ("practices/decide-madrid/"): what the CSV download looks its line up by. */
  path: string;
  title: string;
  type: string;
  region: string;
  years: string;
  /** HTML: escaped text with matches in <mark>. */
  excerpt: string;
}

export interface SearchHit {
  data: () => Promise<SearchItem>;
}

export type FilterName = keyof SearchFilters;
export type Counts = Partial<Record<string, Record<string, number>>>;

export interface SearchEngine {
  /**
   * Entries matching the words (all entries when there are none) and the filters, and how many
   * of them each value of the `counted` filters has. Counts cost a download per filter with
   * Pagefind, so the page asks only for the filter groups a reader has open.
   */
  search: (query: string, filters: SearchFilters, counted: readonly FilterName[]) => Promise<{ hits: SearchHit[]; counts: Counts }>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

/** The CSV link's text for `count` practices, from the page's messages ({count} filled in); undefined when there is none. */
export function practiceCountText(count: number, messages: { one: string; many: string }): string | undefined {
  if (count <= 0) return undefined;
  return count === 1 ? messages.one : messages.many.replace('{count}', String(count));
}
