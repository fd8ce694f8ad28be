import { t, tv } from '../i18n/index.ts';
import { practiceLevels } from '../schemas/vocabularies.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { countryLabel } from './format.ts';
import type { SearchFilterName } from './search-facets.ts';

export interface SearchGroup {
  name: SearchFilterName;
  label: string;
  open: boolean;
  /** A value per country, region or tool: grows with the content, so its values are fetched when the group opens. */
  deferred: boolean;
  values: ReadonlyArray<readonly [string, string]>;
}

/** The filter groups of the search page, each value with its label. */
export function searchGroups(atlas: AtlasIndex): SearchGroup[] {
  return [
    { name: 'type', label: t('search.facet.type'), open: true, deferred: false, values: (['practice', 'tool', 'report', 'region'] as const).map((v) => [v, t(`search.type.${v}`)] as const) },
    { name: 'theme', label: t('search.facet.theme'), open: true, deferred: false, values: atlas.themes.map((th) => [th.id, th.name] as const) },
    { name: 'country', label: t('search.facet.country'), open: false, deferred: true, values: [...new Set(atlas.regions.map((r) => r.country))].map((c) => [c, countryLabel(c)] as const).sort((a, b) => a[1].localeCompare(b[1])) },
    { name: 'region', label: t('search.facet.region'), open: false, deferred: true, values: atlas.regions.map((r) => [r.id, r.name] as const) },
    { name: 'tool', label: t('search.facet.tool'), open: false, deferred: true, values: atlas.tools.map((tool) => [tool.id, tool.name] as const) },
    { name: 'level', label: t('search.facet.level'), open: false, deferred: false, values: practiceLevels.map((l) => [l, tv('level', l)] as const) },
  ];
}

/** Name → [value, label] pairs of the deferred groups: the search page's facet file. */
export function deferredValues(groups: readonly SearchGroup[]): Record<string, ReadonlyArray<readonly [string, string]>> {
  return Object.fromEntries(groups.filter((g) => g.deferred).map((g) => [g.name, g.values]));
}
