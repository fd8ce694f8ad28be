import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../content/atlas.ts';
import { t } from '../i18n/index.ts';
import { dataFiles, feedItems, siteRoot } from '../lib/export.ts';

/** /rss.xml: the newest practices and peer-learning reports. Dates come from the content, never the build. */
export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site ?? import.meta.env.SITE, import.meta.env.BASE_URL);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: root,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escape(root + dataFiles.feed)}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(await getAtlas(), root).map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
      categories: item.categories,
    })),
  });
};
