import type { APIRoute } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { defaultLocale } from '../../i18n/index.ts';
import { publishedRoot } from '../../lib/open-data/address.ts';
import { buildDataPackage } from '../../lib/open-data/datapackage.ts';
import { siteRoot } from '../../lib/routes.ts';
import { siteConfig } from '../../site.config.ts';

/** /data/datapackage.json: the Frictionless Data Package of the open-data files, with a Table Schema for each CSV file. */
export const GET: APIRoute = async ({ site }) => {
  const dataPackage = buildDataPackage(await getAtlas(defaultLocale), {
    root: publishedRoot(siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL)),
    publisher: { name: siteConfig.project, homepage: siteConfig.projectUrl },
    licence: siteConfig.contentLicence,
  }, defaultLocale);
  return new Response(`${JSON.stringify(dataPackage, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
