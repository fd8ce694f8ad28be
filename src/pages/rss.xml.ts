import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../content/atlas.ts';
import { toLocale, useTranslations } from '../i18n/index.ts';
import { feedItems } from '../lib/feed.ts';
import { isPublished } from '../lib/open-data/address.ts';
import { routes, siteRoot } from '../lib/routes.ts';

/**
 * /rss.xml: the newest practices and peer-learning reports, newest first. Dates come from the content, never the build.
 * RSS 2.0 links must be absolute (readers do not agree on resolving relative ones): a build without
 * SITE_URL has no address to give them, and writes no feed at all (a response without a body writes no file).
 */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  if (!isPublished(site)) return new Response(null);
  const locale = toLocale(currentLocale);
  const { t, lang } = useTranslations(locale);
  const root = siteRoot(site, import.meta.env.BASE_URL);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: root,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${escape(routes(root, locale).feed)}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(await getAtlas(locale), root, locale).map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
      categories: item.categories,
    })),
  });
};
