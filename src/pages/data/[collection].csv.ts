import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { exportCollections, exportsFor, siteRoot } from '../../lib/export.ts';
import type { CollectionName } from '../../schemas/index.ts';

/** /data/<collection>.csv: one row per entry, columns described on /data/. */
export const getStaticPaths = (() => exportCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, { collection: CollectionName }> = async ({ params, site }) => {
  const files = exportsFor(await getAtlas(), siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL));
  return new Response(files[params.collection].csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
