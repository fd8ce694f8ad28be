/** Everything a region's page shows, computed from the atlas for one locale and base path. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { countryLabel, formatDate, formatNumber } from '../format.ts';
import { routes } from '../routes.ts';
import { searchFacets, type SearchFacets } from '../search-facets.ts';
import type { Practice, Region, Report } from '../types.ts';
import { link, linkList, optional, text, type Fact, type Link, type Part } from './facts.ts';

export interface RegionView {
  entry: { collection: CollectionName; id: string };
  title: string;
  summary: string | undefined;
  /** The page's description: the summary, else what the page lists. */
  description: string;
  facets: SearchFacets;
  kicker: string;
  facts: Fact[];
  /** The region's practices, grouped by theme (a practice under each of its themes), in theme order. */
  themes: Array<{ id: string; name: string; practices: Practice[] }>;
  /** How many practices the region has. */
  practiceCount: number;
  /** Practices from elsewhere being taken up here. */
  transfers: Link[];
  /** Reports of meetings the region hosted and attended: a link, then the date. */
  hosted: Part[][];
  attended: Part[][];
}

export function regionView(atlas: AtlasIndex, region: Region, locale: Locale, base: string): RegionView {
  const { t, tv } = useTranslations(locale);
  const r = routes(base, locale);
  const practices = atlas.practicesByRegion.get(region.id) ?? [];
  const tools = [...new Set(practices.flatMap((p) => p.tools))].map((id) => atlas.tool.get(id)!).filter(Boolean);
  const dated = (report: Report): Part[] => [link(report.title, r.report(report.id)), text(` (${formatDate(report.date, locale)})`)];
  const { partner } = region;
  const facts: Fact[] = [
    { label: t('field.country'), value: [text(countryLabel(region.country, locale))] },
    ...optional(t('field.nuts'), region.nuts && [text(region.nuts)]),
    ...optional(t('field.partner'), partner && [partner.url ? link(partner.organisation, partner.url) : text(partner.organisation)]),
    ...optional(t('field.population'), region.population && [text(`${formatNumber(region.population, locale)} (${region.populationYear ?? ''})`)]),
    { label: t('region.tools'), value: linkList(tools.map((tool) => ({ text: tool.name, href: r.tool(tool.id) })), t('none')) },
  ];
  return {
    entry: { collection: 'regions', id: region.id },
    title: region.name,
    summary: region.summary,
    description: region.summary ?? t('region.practices', { name: region.name }),
    facets: searchFacets(atlas, { kind: 'region', entry: region }, locale),
    kicker: `${t('nav.regions')} · ${tv('regionLevel', region.level)}`,
    facts,
    themes: atlas.themes
      .map((theme) => ({ id: theme.id, name: theme.name, practices: practices.filter((p) => p.themes.includes(theme.id)) }))
      .filter((theme) => theme.practices.length > 0),
    practiceCount: practices.length,
    transfers: (atlas.transfersToRegion.get(region.id) ?? []).map((p) => ({ text: p.title, href: r.practice(p.id) })),
    hosted: (atlas.reportsHostedBy.get(region.id) ?? []).map(dated),
    attended: (atlas.reportsAttendedBy.get(region.id) ?? []).map(dated),
  };
}
