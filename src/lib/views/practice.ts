/** Everything a practice's page shows, computed from the atlas for one locale and base path. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { relatedPractices, type AtlasIndex } from '../atlas-index.ts';
import { budgetText, periodText } from '../describe.ts';
import { countryLabel, formatDate } from '../format.ts';
import { routes } from '../routes.ts';
import { searchFacets } from '../search-facets.ts';
import type { Practice } from '../types.ts';
import { date, link, linkList, note, optional, text, themeLinks, type EntryView, type Fact, type Link, type Part } from './facts.ts';
import { completenessView, validationView, type CompletenessView, type ValidationView } from './quality.ts';

export interface PracticeView extends EntryView {
  /** Regions taking the practice up: the region, then its status and year. */
  transfers: Part[][];
  reports: Link[];
  related: Link[];
  /** The Interreg validation: level, what it means, who and when. */
  validation: ValidationView;
  /** How complete the entry is and what it lacks, with where to learn how to help. */
  completeness: CompletenessView;
}

/** `repository`: the source repository's address (REPO_URL), where "how to contribute" leads when set. */
export function practiceView(atlas: AtlasIndex, practice: Practice, locale: Locale, base: string, repository?: string): PracticeView {
  const { t, tv } = useTranslations(locale);
  const r = routes(base, locale);
  const region = atlas.region.get(practice.region)!;
  const budget = budgetText(practice, locale);
  const facts: Fact[] = [
    { label: t('field.region'), value: [link(region.name, r.region(region.id)), text(` (${countryLabel(region.country, locale)})`), ...(practice.city ? [text(`, ${practice.city}`)] : [])] },
    { label: t('field.level'), value: [text(tv('level', practice.level))] },
    { label: t('field.institution'), value: [text(practice.institution)] },
    { label: t('field.period'), value: [text(periodText(practice.start, practice.end, locale))] },
    { label: t('field.status'), value: [text(tv('status', practice.status)), text(' '), note(`(${tv('status', `${practice.status}.help`)})`)] },
    { label: t('field.themes'), value: linkList(themeLinks(atlas.theme, practice.themes, r.theme)) },
    { label: t('field.tools'), value: linkList(practice.tools.map((id) => ({ text: atlas.tool.get(id)?.name ?? id, href: r.tool(id) })), t('none')) },
    ...optional(t('field.spectrum'), practice.spectrum && [text(tv('spectrum', practice.spectrum))]),
    ...optional(t('field.channel'), practice.channel && [text(tv('channel', practice.channel))]),
    ...optional(t('field.budget'), budget && [text(budget)]),
    ...optional(t('field.staff'), practice.resources?.staff && [text(practice.resources.staff)]),
    ...optional(t('field.stakeholders'), practice.stakeholders?.length && [text(practice.stakeholders.join(', '))]),
    { label: t('field.updated'), value: [date(formatDate(practice.updated, locale), practice.updated)] },
    { label: t('field.contributors'), value: [text(practice.contributors.join(', ') || t('none'))] },
  ];
  return {
    entry: { collection: 'practices', id: practice.id },
    title: practice.title,
    summary: practice.summary,
    facets: searchFacets(atlas, { kind: 'practice', entry: practice }, locale),
    kicker: t('nav.practices'),
    facts,
    transfers: (practice.transfer ?? []).map((tr) => [
      link(atlas.region.get(tr.region)?.name ?? '', r.region(tr.region)),
      text(`: ${tv('transfer', tr.status)}${tr.year ? ` (${tr.year})` : ''}`),
    ]),
    reports: (atlas.reportsByPractice.get(practice.id) ?? []).map((report) => ({ text: report.title, href: r.report(report.id) })),
    related: relatedPractices(atlas, practice).map((p) => ({ text: p.title, href: r.practice(p.id) })),
    validation: validationView(practice, locale),
    completeness: completenessView(practice, locale, base, repository),
    cite: { id: practice.id, title: practice.title, authors: practice.contributors, date: practice.updated },
  };
}
