import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { defaultLocale } from '../../i18n/index.ts';
import { publishedRoot } from '../../lib/open-data/address.ts';
import { exportsFor } from '../../lib/open-data/files.ts';
import { exportCollections } from '../../lib/open-data/records.ts';
import { siteRoot } from '../../lib/routes.ts';
import { collectionInfo, type CollectionName } from '../../site-model/collections.ts';

/** /data/<exportName>.json: every entry of the collection as a record (see /data/). The file is named by the registry's exportName. */
export const getStaticPaths = (() =>
  exportCollections.map((collection) => ({ params: { collection: collectionInfo(collection).exportName }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = async ({ props, site }) => {
  const files = exportsFor(await getAtlas(defaultLocale), publishedRoot(siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL)), defaultLocale);
  return new Response(files[props.collection].json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
