import type { APIRoute } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { deferredValues, searchGroups } from '../../lib/search-groups.ts';

// The values of the search page's long filter groups (country, region, tool), fetched when one
// opens: they grow with the content and most searches never need them.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(deferredValues(searchGroups(await getAtlas()))), { headers: { 'Content-Type': 'application/json' } });
