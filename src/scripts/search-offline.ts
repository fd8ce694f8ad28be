// The offline edition's search: MiniSearch over an index shipped as a classic script, behind the same interface as Pagefind.
import MiniSearch from 'minisearch';
import type { OfflineDoc } from '../site-model/search.ts';
import { loadScript } from './load-script.ts';
import { escapeHtml, type SearchEngine, type SearchFilters } from './search-common.ts';

declare global {
  interface Window {
    __atlasSearchIndex?: OfflineDoc[];
  }
}

function countValues(docs: OfflineDoc[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const doc of docs) {
    for (const [name, values] of Object.entries(doc.filters)) {
      for (const value of values) {
        counts[name] ??= {};
        counts[name][value] = (counts[name][value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

function highlight(text: string, terms: string[]): string {
  const escaped = escapeHtml(text);
  if (!terms.length) return escaped;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return escaped.replace(pattern, '<mark>$1</mark>');
}

/** About 30 words around the first matching term, or the summary when nothing matched in the text. */
function snippet(doc: OfflineDoc, terms: string[]): string {
  const lower = doc.text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return doc.meta.summary || doc.text.slice(0, 200);
  const start = Math.max(0, doc.text.lastIndexOf(' ', Math.max(0, at - 80)) + 1);
  const slice = doc.text.slice(start, start + 200);
  return `${start > 0 ? '… ' : ''}${slice.slice(0, Math.max(slice.lastIndexOf(' '), 1)).trim()} …`;
}

/** `indexUrl` is the offline index script, relative to this page; result links are made relative the same way. */
export async function offlineEngine(indexUrl: string, root: string): Promise<SearchEngine> {
  if (!window.__atlasSearchIndex) await loadScript(indexUrl);
  const docs = window.__atlasSearchIndex ?? [];
  const mini = new MiniSearch<OfflineDoc & { id: number }>({ fields: ['title', 'text'], storeFields: [], searchOptions: { prefix: true, fuzzy: 0.15, boost: { title: 3 }, combineWith: 'AND' } });
  mini.addAll(docs.map((doc, id) => ({ ...doc, id })));
  const matches = (doc: OfflineDoc, filters: SearchFilters) =>
    Object.entries(filters).every(([name, values]) => !values?.length || values.some((v) => doc.filters[name as keyof SearchFilters]?.includes(v)));
  return {
    // Everything is in memory here, so every filter is counted.
    search: async (query, filters) => {
      const found = query ? mini.search(query) : docs.map((_, id) => ({ id, terms: [] as string[] }));
      const hits = found.map((r) => ({ doc: docs[r.id as number]!, terms: r.terms })).filter(({ doc }) => matches(doc, filters));
      return {
        counts: countValues(hits.map((h) => h.doc)),
        hits: hits.map(({ doc, terms }) => ({
          data: async () => ({
            url: `${root}${doc.path}index.html`,
            path: doc.path,
            title: doc.title,
            type: doc.meta.type,
            region: doc.meta.region,
            years: doc.meta.years,
            excerpt: highlight(snippet(doc, terms), terms),
          }),
        })),
      };
    },
  };
}
