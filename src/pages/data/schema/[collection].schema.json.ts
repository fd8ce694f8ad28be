import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../content/atlas.ts';
import { exportCollections, exportsFor, siteRoot } from '../../../lib/export.ts';
import type { CollectionName } from '../../../schemas/index.ts';

/** /data/schema/<collection>.schema.json: JSON Schema of /data/<collection>.json, from the content schemas. */
export const getStaticPaths = (() => exportCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, { collection: CollectionName }> = async ({ params, site }) => {
  const files = exportsFor(await getAtlas(), siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL));
  return new Response(files[params.collection].schemaJson, { headers: { 'Content-Type': 'application/schema+json' } });
};
