/**
 * The filters of the search index. Entry pages record them (src/lib/search-facets.ts), the search
 * page offers them, the browser script reads and writes them in the URL, and the offline index
 * holds them: all from this list. Imports nothing at run time, so the browser scripts can read it.
 */
import type { SearchType } from './collections.ts';

/** validation (expert, project, none) and completeness (complete, partial, stub) are recorded for practices only. */
export const searchFilterNames = ['type', 'theme', 'country', 'region', 'tool', 'level', 'validation', 'completeness'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];
/** Filter name → values (ids and codes, stable across languages). */
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;

/** What a search result shows besides its title and excerpt; Pagefind keeps it as the page's meta. */
export interface SearchResultMeta {
  summary: string;
  region: string;
  years: string;
  type: SearchType;
}

/**
 * One searchable document of the offline edition: what Pagefind would index for an entry page.
 * Written at build time (src/lib/offline-index.ts), searched in the browser (src/scripts/search-offline.ts).
 */
export interface OfflineDoc {
  /** The page, relative to the site root: practices/decide-madrid/ */
  path: string;
  title: string;
  text: string;
  filters: SearchFilters;
  meta: SearchResultMeta;
}
