/** Everything a tool's page shows, computed from the atlas for one locale and base path. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { featureIds, ratingCriteria } from '../../schemas/vocabularies.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { formatDate } from '../format.ts';
import { routes } from '../routes.ts';
import { searchFacets } from '../search-facets.ts';
import type { TableModel } from '../table-model.ts';
import { deploymentsTable } from '../tables.ts';
import type { Tool } from '../types.ts';
import { date, lineBreak, link, linkList, note, optional, text, themeLinks, type EntryView, type Fact, type Link } from './facts.ts';

export interface ToolView extends EntryView {
  /** The practices that use the tool. */
  deployments: TableModel;
  reports: Link[];
  /** The assessed features: support (yes, partial, no) and its label, and the feature's name. */
  features: Array<{ support: string; supportLabel: string; feature: string }>;
  /** The rated criteria, as facts. */
  ratings: Fact[];
}

export function toolView(atlas: AtlasIndex, tool: Tool, locale: Locale, base: string): ToolView {
  const { t, tv } = useTranslations(locale);
  const r = routes(base, locale);
  const { claim, statement } = tool.accessibility;
  const facts: Fact[] = [
    { label: t('field.website'), value: [link(new URL(tool.website).hostname, tool.website)] },
    ...optional(t('field.repository'), tool.repository && [link(new URL(tool.repository).hostname + new URL(tool.repository).pathname, tool.repository)]),
    { label: t('field.license'), value: [text(tool.license)] },
    { label: t('field.hosting'), value: [text(tool.hosting.map((h) => tv('hosting', h)).join(', '))] },
    ...optional(t('field.stack'), tool.stack.length > 0 && [text(tool.stack.join(', '))]),
    { label: t('field.maintainer'), value: [text(tool.maintainer)] },
    { label: t('field.firstRelease'), value: [text(String(tool.firstRelease))] },
    { label: t('field.themes'), value: linkList(themeLinks(atlas.theme, tool.themes, r.theme), t('none')) },
    {
      label: t('field.accessibility'),
      value: [
        text(claim === 'none' ? t('none') : claim),
        ...(statement ? [text(' ('), link(t('field.accessibilityStatement'), statement), text(')')] : []),
        lineBreak,
        note(t('tool.claimNote')),
      ],
    },
    { label: t('field.reviewed'), value: [date(formatDate(tool.reviewed, locale), tool.reviewed)] },
    { label: t('field.reviewers'), value: [text(tool.reviewers.join(', ') || t('none'))] },
  ];
  return {
    entry: { collection: 'tools', id: tool.id },
    title: tool.name,
    summary: tool.summary,
    facets: searchFacets(atlas, { kind: 'tool', entry: tool }, locale),
    kicker: t('nav.tools'),
    facts,
    deployments: deploymentsTable(atlas, tool.id, locale),
    reports: (atlas.reportsByTool.get(tool.id) ?? []).map((report) => ({ text: report.title, href: r.report(report.id) })),
    features: featureIds.flatMap((f) => {
      const support = tool.features[f];
      return support ? [{ support, supportLabel: tv('support', support), feature: tv('feature', f) }] : [];
    }),
    ratings: ratingCriteria.flatMap((c) => {
      const value = tool.ratings?.[c];
      return value ? [{ label: tv('rating', c), value: [text(t('rating.value', { value }))] }] : [];
    }),
    cite: { id: tool.id, title: tool.name, authors: tool.reviewers, date: tool.reviewed },
  };
}
