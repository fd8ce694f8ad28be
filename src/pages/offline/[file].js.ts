import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { toLocale } from '../../i18n/index.ts';
import { compareData } from '../../lib/compare.ts';
import { asClassicScript, offlineDocs } from '../../lib/offline-index.ts';

// Only the offline edition (npm run build:offline) ships these: the web build searches with Pagefind.
export const getStaticPaths = (() =>
  process.env['ATLAS_OFFLINE'] ? [{ params: { file: 'search-index' } }, { params: { file: 'compare-data' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const atlas = await getAtlas(locale);
  const body = params.file === 'search-index' ? asClassicScript('__atlasSearchIndex', offlineDocs(atlas, locale)) : asClassicScript('__atlasCompareData', compareData(atlas, locale));
  return new Response(body, { headers: { 'Content-Type': 'text/javascript' } });
};
