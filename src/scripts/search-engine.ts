// One interface over two search back ends: Pagefind over HTTP, and the offline index when opened from file://.
import { escapeHtml, type Counts, type SearchEngine } from './search-common.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, { any: string[] } | { none: string[] }> }) => Promise<{ results: PagefindResult[]; filters: Counts }>;
}

async function pagefindEngine(bundle: string, base: string): Promise<SearchEngine> {
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // noWorker: the web worker is another 43 KB script, more than searching a few thousand pages
  // on the main thread could save; excerptLength: about the words around the match a card shows.
  await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  return {
    search: async (query, filters, counted) => {
      // Pagefind loads a filter's data only when the search names it; `none: []` names it
      // without narrowing the results, so its counts come back with them.
      const named: Record<string, { any: string[] } | { none: string[] }> = Object.fromEntries(counted.map((name) => [name, { none: [] }]));
      for (const [name, values] of Object.entries(filters)) if (values?.length) named[name] = { any: values };
      const found = await pagefind.search(query || null, { filters: named });
      return {
        counts: found.filters,
        hits: found.results.map((r) => ({
          data: async () => {
            const d = await r.data();
            // Pagefind puts baseUrl before each page's path; the path alone is the page's key.
            return { url: d.url, path: d.url.startsWith(base) ? d.url.slice(base.length) : d.url, title: d.meta['title'] ?? d.url, type: d.meta['type'] ?? '', region: d.meta['region'] ?? '', years: d.meta['years'] ?? '', excerpt: query ? d.excerpt : escapeHtml(d.meta['summary'] ?? '') };
          },
        })),
      };
    },
  };
}

/** Pagefind when served over HTTP(S); the offline index (a classic script) from file://, where browsers block modules and WASM. */
export async function loadEngine(dataset: DOMStringMap): Promise<SearchEngine> {
  if (location.protocol === 'file:') {
    const { offlineEngine } = await import('./search-offline.ts');
    return offlineEngine(dataset['offlineIndex'] ?? '', dataset['base'] ?? '');
  }
  return pagefindEngine(dataset['bundle']!, dataset['base'] ?? '/');
}
