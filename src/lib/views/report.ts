/** Everything a peer-learning report's page shows, computed from the atlas for one locale and base path. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { formatDate } from '../format.ts';
import { routes } from '../routes.ts';
import { searchFacets } from '../search-facets.ts';
import type { Report } from '../types.ts';
import { date, link, linkList, optional, text, type EntryView, type Fact, type Link } from './facts.ts';

export interface ReportView extends EntryView {
  lessons: readonly string[];
  /** What each region plans to do next: the region, the action and when it is due ("—" when not said). */
  actions: Array<{ region: Link; action: string; due: string }>;
}

export function reportView(atlas: AtlasIndex, report: Report, locale: Locale, base: string): ReportView {
  const { t, tv } = useTranslations(locale);
  const r = routes(base, locale);
  const region = (id: string): Link => ({ text: atlas.region.get(id)?.name ?? id, href: r.region(id) });
  const dates = report.endDate && report.endDate !== report.date ? `${formatDate(report.date, locale)} – ${formatDate(report.endDate, locale)}` : formatDate(report.date, locale);
  const host = region(report.host);
  const facts: Fact[] = [
    { label: t('field.date'), value: [date(dates, report.date)] },
    { label: t('field.host'), value: [link(host.text, host.href)] },
    { label: t('field.participants'), value: linkList(report.participants.map(region)) },
    ...optional(t('field.attendees'), report.attendees && [text(String(report.attendees))]),
    { label: t('report.practices'), value: linkList(report.practices.map((id) => ({ text: atlas.practice.get(id)?.title ?? id, href: r.practice(id) })), t('none')) },
    ...optional(t('report.tools'), report.tools?.length && linkList(report.tools.map((id) => ({ text: atlas.tool.get(id)?.name ?? id, href: r.tool(id) })))),
  ];
  return {
    entry: { collection: 'reports', id: report.id },
    title: report.title,
    summary: report.summary,
    facets: searchFacets(atlas, { kind: 'report', entry: report }, locale),
    kicker: `${t('nav.reports')} · ${tv('kind', report.kind)}`,
    facts,
    lessons: report.lessons,
    actions: (report.actions ?? []).map((a) => ({ region: region(a.region), action: a.action, due: a.due ? formatDate(a.due, locale) : '—' })),
    cite: { id: report.id, title: report.title, authors: [t('site.name')], date: report.date },
  };
}
