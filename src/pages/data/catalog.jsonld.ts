import type { APIRoute } from 'astro';
import { getAtlas } from '../../content/atlas.ts';
import { defaultLocale } from '../../i18n/index.ts';
import { publishedRoot } from '../../lib/open-data/address.ts';
import { buildCatalog } from '../../lib/open-data/catalog.ts';
import { siteRoot } from '../../lib/routes.ts';
import { siteConfig } from '../../site.config.ts';

/** /data/catalog.jsonld: the DCAT-AP catalogue of the open-data files. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = buildCatalog(await getAtlas(defaultLocale), {
    root: publishedRoot(siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL)),
    publisher: { name: siteConfig.project, homepage: siteConfig.projectUrl },
    licence: siteConfig.contentLicence,
    contactEmail: siteConfig.dataContactEmail,
    issued: siteConfig.dataFirstPublished,
  }, defaultLocale);
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json' } });
};
