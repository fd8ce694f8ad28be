import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { compareData } from '../../lib/compare.ts';
import { asClassicScript, offlineDocs } from '../../lib/offline-index.ts';

// Only the offline edition (npm run build:offline) ships these: the web build searches with Pagefind.
export const getStaticPaths = (() =>
  process.env['ATLAS_OFFLINE'] ? [{ params: { file: 'search-index' } }, { params: { file: 'compare-data' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const body = params.file === 'search-index' ? asClassicScript('__atlasSearchIndex', offlineDocs(atlas)) : asClassicScript('__atlasCompareData', compareData(atlas));
  return new Response(body, { headers: { 'Content-Type': 'text/javascript' } });
};
