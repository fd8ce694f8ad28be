/**
 * The items of the RSS feed (/rss.xml): the newest practices and the newest reports, together,
 * newest first. Dates come from the content, never the build.
 */
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

const newestFirst = (a: FeedItem, b: FeedItem) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link);

/**
 * The `perKind` newest practices (by updated) and the `perKind` newest reports (by date), merged newest
 * first, linking to their pages in `locale` under the absolute root. Each kind has its own limit: practices
 * are reviewed every year and would otherwise push every report (dated by the meeting) out of the feed.
 */
export function feedItems(atlas: AtlasIndex, root: string, locale: Locale, perKind = 20): FeedItem[] {
  const { t } = useTranslations(locale);
  const to = routes(root, locale);
  const practices: FeedItem[] = atlas.practices.map((p) => ({
    title: p.title,
    link: to.practice(p.id),
    date: p.updated,
    description: p.summary,
    categories: [t('search.type.practice'), ...p.themes.map((id) => atlas.theme.get(id)?.name ?? id)],
  }));
  const reports: FeedItem[] = atlas.reports.map((r) => ({
    title: r.title,
    link: to.report(r.id),
    date: r.date,
    description: r.summary,
    categories: [t('search.type.report')],
  }));
  const newest = (items: FeedItem[]) => items.sort(newestFirst).slice(0, perKind);
  return [...newest(practices), ...newest(reports)].sort(newestFirst);
}
