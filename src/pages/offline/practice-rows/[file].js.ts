import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../content/atlas.ts';
import { defaultLocale } from '../../../i18n/index.ts';
import { asClassicScript } from '../../../lib/offline-index.ts';
import { siteRoot } from '../../../lib/routes.ts';
import { practiceRowsGlobal, type PracticeRows } from '../../../lib/search-csv.ts';
import { searchRowFiles } from '../../../lib/search-csv-files.ts';

// Only the offline edition (npm run build:offline) ships these: the files of search/practice-rows/
// as classic scripts, which the search page opened from disk (file://) loads where it cannot fetch.
export const getStaticPaths = (async () => {
  if (!process.env['ATLAS_OFFLINE']) return [];
  const atlas = await getAtlas(defaultLocale);
  const files = searchRowFiles(atlas, siteRoot(import.meta.env.SITE, import.meta.env.BASE_URL), defaultLocale, defaultLocale);
  return files.map((rows, n) => ({ params: { file: String(n) }, props: { rows, n } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: PracticeRows; n: number }> = ({ props }) =>
  new Response(asClassicScript(practiceRowsGlobal(props.n), props.rows), { headers: { 'Content-Type': 'text/javascript' } });
