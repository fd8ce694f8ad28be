import { useTranslations, type Locale } from '../i18n/index.ts';
import { practiceLevels } from '../schemas/vocabularies.ts';
import { completenessLevels } from './completeness.ts';
import { validationStates } from './validation.ts';
import { searchTypes } from '../site-model/collections.ts';
import type { SearchFilterName } from '../site-model/search.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { compareText, countryLabel } from './format.ts';

export interface SearchGroup {
  name: SearchFilterName;
  label: string;
  open: boolean;
  /** A value per country, region or tool: grows with the content, so its values are fetched when the group opens. */
  deferred: boolean;
  values: ReadonlyArray<readonly [string, string]>;
}

/** The filter groups of the search page, each value with its label in `locale`. */
export function searchGroups(atlas: AtlasIndex, locale: Locale): SearchGroup[] {
  const { t, tv } = useTranslations(locale);
  const byLabel = compareText(locale);
  return [
    { name: 'type', label: t('search.facet.type'), open: true, deferred: false, values: searchTypes.map((v) => [v, t(`search.type.${v}`)] as const) },
    { name: 'theme', label: t('search.facet.theme'), open: true, deferred: false, values: atlas.themes.map((th) => [th.id, th.name] as const) },
    { name: 'country', label: t('search.facet.country'), open: false, deferred: true, values: [...new Set(atlas.regions.map((r) => r.country))].map((c) => [c, countryLabel(c, locale)] as const).sort((a, b) => byLabel(a[1], b[1])) },
    { name: 'region', label: t('search.facet.region'), open: false, deferred: true, values: atlas.regions.map((r) => [r.id, r.name] as const) },
    { name: 'tool', label: t('search.facet.tool'), open: false, deferred: true, values: atlas.tools.map((tool) => [tool.id, tool.name] as const) },
    { name: 'level', label: t('search.facet.level'), open: false, deferred: false, values: practiceLevels.map((l) => [l, tv('level', l)] as const) },
    { name: 'validation', label: t('search.facet.validation'), open: false, deferred: false, values: validationStates.map((v) => [v, tv('validation', v)] as const) },
    { name: 'completeness', label: t('search.facet.completeness'), open: false, deferred: false, values: completenessLevels.map((c) => [c, tv('completeness', c)] as const) },
  ];
}

/** Name → [value, label] pairs of the deferred groups: the search page's facet file. */
export function deferredValues(groups: readonly SearchGroup[]): Record<string, ReadonlyArray<readonly [string, string]>> {
  return Object.fromEntries(groups.filter((g) => g.deferred).map((g) => [g.name, g.values]));
}
