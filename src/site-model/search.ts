/**
 * The filters of the search index. Entry pages record them (src/lib/search-facets.ts), the search
 * page offers them, the browser script reads and writes them in the URL, and the offline index
 * holds them: all from this list. Imports nothing, so the browser scripts can read it.
 */
export const searchFilterNames = ['type', 'theme', 'country', 'region', 'tool', 'level'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];
/** Filter name → values (ids and codes, stable across languages). */
export type SearchFilters = Partial<Record<SearchFilterName, string[]>>;
