import type { APIRoute } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { compareData } from '../../lib/compare.ts';

/** Read by the compare page's script: every practice's comparison fields. */
export const GET: APIRoute = async () => new Response(JSON.stringify(compareData(await getAtlas())), { headers: { 'Content-Type': 'application/json' } });
