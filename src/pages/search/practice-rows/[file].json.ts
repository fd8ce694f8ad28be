import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../content/atlas.ts';
import { defaultLocale } from '../../../i18n/index.ts';
import { siteRoot } from '../../../lib/routes.ts';
import type { PracticeRows } from '../../../lib/search-csv.ts';
import { searchRowFiles } from '../../../lib/search-csv-files.ts';

// The lines of /data/practices.csv in files of about 50 practices, fetched by the search page only
// when a reader downloads the results (src/lib/search-csv.ts). The offline edition has them too, for
// a copy served over HTTP; opened from disk, its search page reads their twins in offline/practice-rows/.
export const getStaticPaths = (async () => {
  const atlas = await getAtlas(defaultLocale);
  const files = searchRowFiles(atlas, siteRoot(import.meta.env.SITE, import.meta.env.BASE_URL), defaultLocale, defaultLocale);
  return files.map((rows, n) => ({ params: { file: String(n) }, props: { rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: PracticeRows }> = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json' } });
