import type { Locale } from '../i18n/locales.ts';
import type { OfflineDoc } from '../site-model/search.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { readBody } from './mdx-body.ts';
import { routes } from './routes.ts';
import { searchFacets } from './search-facets.ts';

/** The whole offline index of one locale, from the same facets the Pagefind index uses. */
export function offlineDocs(atlas: AtlasIndex, locale: Locale): OfflineDoc[] {
  const plain = (body: string) => readBody(body).text.replace(/\s+/g, ' ').trim();
  const to = routes('', locale);
  const facets = (item: Parameters<typeof searchFacets>[1]) => {
    const { filters, meta } = searchFacets(atlas, item, locale);
    return { filters, meta };
  };
  return [
    ...atlas.practices.map((entry) => ({ path: to.practice(entry.id), title: entry.title, text: `${entry.summary} ${plain(entry.body)}`, ...facets({ kind: 'practice', entry }) })),
    ...atlas.tools.map((entry) => ({ path: to.tool(entry.id), title: entry.name, text: `${entry.summary} ${plain(entry.body)}`, ...facets({ kind: 'tool', entry }) })),
    ...atlas.reports.map((entry) => ({ path: to.report(entry.id), title: entry.title, text: `${entry.summary} ${entry.lessons.join(' ')} ${plain(entry.body)}`, ...facets({ kind: 'report', entry }) })),
    ...atlas.regions.map((entry) => ({ path: to.region(entry.id), title: entry.name, text: entry.summary ?? '', ...facets({ kind: 'region', entry }) })),
  ];
}

/** A classic script (not a module, no fetch) so it loads from file:// too. */
export function asClassicScript(name: string, data: unknown): string {
  return `window.${name}=${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}
