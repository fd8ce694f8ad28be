/** The items of the RSS feed (/rss.xml): the newest practices and reports. Dates come from the content, never the build. */
import { useTranslations, type Locale } from '../i18n/index.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { routes } from './routes.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** YYYY-MM-DD: a practice's last review, a report's first day. */
  date: string;
  description: string;
  categories: string[];
}

/** The newest practices (by updated) and reports (by date), newest first, linking to their pages in `locale` under the absolute root. */
export function feedItems(atlas: AtlasIndex, root: string, locale: Locale, limit = 20): FeedItem[] {
  const { t } = useTranslations(locale);
  const to = routes(root, locale);
  const items: FeedItem[] = [
    ...atlas.practices.map((p) => ({
      title: p.title,
      link: to.practice(p.id),
      date: p.updated,
      description: p.summary,
      categories: [t('search.type.practice'), ...p.themes.map((id) => atlas.theme.get(id)?.name ?? id)],
    })),
    ...atlas.reports.map((r) => ({
      title: r.title,
      link: to.report(r.id),
      date: r.date,
      description: r.summary,
      categories: [t('search.type.report')],
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link)).slice(0, limit);
}
