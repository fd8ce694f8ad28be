import type { APIRoute } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { toLocale } from '../../i18n/index.ts';
import { deferredValues, searchGroups } from '../../lib/search-groups.ts';

// The values of the search page's long filter groups (country, region, tool), fetched when one
// opens: they grow with the content and most searches never need them.
export const GET: APIRoute = async ({ currentLocale }) => {
  const locale = toLocale(currentLocale);
  return new Response(JSON.stringify(deferredValues(searchGroups(await getAtlas(locale), locale))), { headers: { 'Content-Type': 'application/json' } });
};
