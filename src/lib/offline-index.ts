import type { AtlasIndex } from './atlas-index.ts';
import { readBody } from './mdx-body.ts';
import { searchFacets, type SearchFacets } from './search-facets.ts';

/** One searchable document of the offline edition: what Pagefind would index for an entry page. */
export interface OfflineDoc {
  /** Site path without base: practices/decide-madrid/ */
  path: string;
  title: string;
  text: string;
  filters: SearchFacets['filters'];
  meta: SearchFacets['meta'];
}

/** The whole offline index, from the same facets the Pagefind index uses. */
export function offlineDocs(atlas: AtlasIndex): OfflineDoc[] {
  const plain = (body: string) => readBody(body).text.replace(/\s+/g, ' ').trim();
  return [
    ...atlas.practices.map((entry) => ({ path: `practices/${entry.id}/`, title: entry.title, text: `${entry.summary} ${plain(entry.body)}`, ...facets(atlas, { kind: 'practice', entry }) })),
    ...atlas.tools.map((entry) => ({ path: `tools/${entry.id}/`, title: entry.name, text: `${entry.summary} ${plain(entry.body)}`, ...facets(atlas, { kind: 'tool', entry }) })),
    ...atlas.reports.map((entry) => ({ path: `reports/${entry.id}/`, title: entry.title, text: `${entry.summary} ${entry.lessons.join(' ')} ${plain(entry.body)}`, ...facets(atlas, { kind: 'report', entry }) })),
    ...atlas.regions.map((entry) => ({ path: `regions/${entry.id}/`, title: entry.name, text: entry.summary ?? '', ...facets(atlas, { kind: 'region', entry }) })),
  ];
}

function facets(atlas: AtlasIndex, item: Parameters<typeof searchFacets>[1]) {
  const { filters, meta } = searchFacets(atlas, item);
  return { filters, meta };
}

/** A classic script (not a module, no fetch) so it loads from file:// too. */
export function asClassicScript(name: string, data: unknown): string {
  return `window.${name}=${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}
