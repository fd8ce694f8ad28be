// One interface over two search back ends: Pagefind over HTTP, and the offline index when opened from file://.
export type SearchFilters = Partial<Record<'type' | 'theme' | 'country' | 'region' | 'tool' | 'level', string[]>>;

export interface SearchItem {
  url: string;
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

export interface SearchEngine {
  /** Counts per filter value over all entries, before any search. */
  counts: Record<string, Record<string, number>>;
  search: (query: string, filters: SearchFilters) => Promise<{ hits: SearchHit[]; counts: Record<string, Record<string, number>> }>;
}

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

async function pagefindEngine(bundle: string, base: string): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  const counts = await pagefind.filters();
  return {
    counts,
    search: async (query, filters) => {
      const any = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values ?? [] }]));
      const found = await pagefind.search(query || null, { filters: any });
      return {
        counts: found.filters,
        hits: found.results.map((r) => ({
          data: async () => {
            const d = await r.data();
            return { url: d.url, title: d.meta['title'] ?? d.url, type: d.meta['type'] ?? '', region: d.meta['region'] ?? '', years: d.meta['years'] ?? '', excerpt: query ? d.excerpt : escapeHtml(d.meta['summary'] ?? '') };
          },
        })),
      };
    },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

/** Pagefind when served over HTTP(S); the offline index (a classic script) from file://, where browsers block modules and WASM. */
export async function loadEngine(dataset: DOMStringMap): Promise<SearchEngine> {
  if (location.protocol === 'file:') {
    const { offlineEngine } = await import('./search-offline.ts');
    return offlineEngine(dataset['offlineIndex'] ?? '', dataset['base'] ?? '');
  }
  return pagefindEngine(dataset['bundle']!, dataset['base'] ?? '/');
}
