import { useTranslations, type Locale } from '../i18n/index.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { budgetText, indicatorValue, mainIndicator, periodText } from './describe.ts';
import { countryLabel } from './format.ts';
import { routes } from './routes.ts';
import type { Cell, TableModel } from './table-model.ts';
import type { Practice, Tool } from './types.ts';
import { validationStates } from './validation.ts';
import { validationLabel } from './views/quality.ts';
import { featureIds, practiceStatuses, ratingCriteria } from '../schemas/vocabularies.ts';

/**
 * The comparison tables of the site, built once from the index for the locale they are shown in;
 * pages render them and tables/<id>.csv exports them. Links are relative to the site root.
 */

const link = (text: string, href: string, sort?: number): Cell => ({ text, href, ...(sort !== undefined ? { sort } : {}) });
const plain = (text: string, sort?: number): Cell => ({ text, ...(sort !== undefined ? { sort } : {}) });
const startSort = (p: Practice) => (typeof p.start === 'number' ? p.start * 100 : Number(p.start.replace('-', '')));

/** /regions/: a row per region, a column per theme with its practice count, tools in use, status counts. */
export function regionsTable(atlas: AtlasIndex, locale: Locale): TableModel {
  const { t, tv } = useTranslations(locale);
  const to = routes('', locale);
  return {
    id: 'regions',
    caption: t('table.regions.caption'),
    columns: [
      { label: t('field.region') },
      { label: t('field.country') },
      { label: t('field.partner') },
      ...atlas.themes.map((th) => ({ label: th.name, numeric: true })),
      { label: t('field.tools') },
      ...practiceStatuses.map((s) => ({ label: tv('status', s), numeric: true })),
    ],
    rows: atlas.regions.map((region) => {
      const practices = atlas.practicesByRegion.get(region.id) ?? [];
      const tools = [...new Set(practices.flatMap((p) => p.tools))].map((id) => atlas.tool.get(id)?.name ?? id).sort();
      return [
        link(region.name, to.region(region.id)),
        plain(countryLabel(region.country, locale)),
        plain(region.partner?.organisation ?? ''),
        ...atlas.themes.map((th) => {
          const count = practices.filter((p) => p.themes.includes(th.id)).length;
          return count ? link(String(count), `${to.region(region.id)}#theme-${th.id}`, count) : plain('0', 0);
        }),
        plain(tools.join('; ')),
        ...practiceStatuses.map((s) => {
          const count = practices.filter((p) => p.status === s).length;
          return plain(String(count), count);
        }),
      ];
    }),
  };
}

/** A theme page's table: its practices across regions. */
export function themeTable(atlas: AtlasIndex, themeId: string, locale: Locale): TableModel {
  const { t, tv } = useTranslations(locale);
  const to = routes('', locale);
  const theme = atlas.theme.get(themeId)!;
  const practices = atlas.practicesByTheme.get(themeId) ?? [];
  return {
    id: `theme-${themeId}`,
    caption: t('theme.caption', { name: theme.name }),
    columns: [
      { label: t('field.practices') }, { label: t('field.region') }, { label: t('field.level') }, { label: t('field.period') },
      { label: t('field.budget'), numeric: true }, { label: t('theme.mainIndicator') }, { label: t('field.tools') }, { label: t('field.status') },
      { label: t('practice.validation') },
    ],
    rows: practices.map((p) => {
      const region = atlas.region.get(p.region);
      const indicator = mainIndicator(p);
      return [
        link(p.title, to.practice(p.id)),
        link(region ? `${region.name} (${region.country})` : p.region, to.region(p.region)),
        plain(tv('level', p.level)),
        plain(periodText(p.start, p.end, locale), startSort(p)),
        plain(budgetText(p, locale) ?? '', p.resources?.budget?.amount),
        plain(indicator ? `${indicator.label}: ${indicatorValue(indicator, locale)}${indicator.year ? ` (${indicator.year})` : ''}` : ''),
        plain(p.tools.map((id) => atlas.tool.get(id)?.name ?? id).join('; ')),
        plain(tv('status', p.status)),
        validationCell(p, locale),
      ];
    }),
  };
}

/** A practice's validation level as a table cell: its label, sorted expert first. */
function validationCell(p: Practice, locale: Locale): Cell {
  const { level, label } = validationLabel(p, locale);
  return { text: label, sort: validationStates.length - validationStates.indexOf(level) };
}

const supportRank = { yes: 3, partial: 2, no: 1 } as const;
const supportCell = (tool: Tool, feature: (typeof featureIds)[number], locale: Locale): Cell => {
  const { t, tv } = useTranslations(locale);
  const value = tool.features[feature];
  return value ? plain(tv('support', value), supportRank[value]) : plain(t('support.unassessed'), 0);
};

/** /tools/compare/: tools against features, licence, hosting, accessibility claim and ratings. */
export function toolMatrixTable(atlas: AtlasIndex, locale: Locale): TableModel {
  const { t, tv } = useTranslations(locale);
  const to = routes('', locale);
  return {
    id: 'tools-compare',
    caption: t('table.tools.caption'),
    columns: [
      { label: t('field.tools') }, { label: t('field.license') }, { label: t('field.hosting') }, { label: t('field.accessibility') },
      ...featureIds.map((f) => ({ label: tv('feature', f) })),
      ...ratingCriteria.map((c) => ({ label: `${t('field.ratings')}: ${tv('rating', c)}`, numeric: true })),
      { label: t('tool.deployments'), numeric: true },
    ],
    rows: atlas.tools.map((tool) => {
      const deployments = atlas.practicesByTool.get(tool.id)?.length ?? 0;
      return [
        link(tool.name, to.tool(tool.id)),
        plain(tool.license),
        plain(tool.hosting.map((h) => tv('hosting', h)).join('; ')),
        plain(tool.accessibility.claim === 'none' ? t('none') : tool.accessibility.claim),
        ...featureIds.map((f) => supportCell(tool, f, locale)),
        ...ratingCriteria.map((c) => {
          const value = tool.ratings?.[c];
          return value ? plain(t('rating.value', { value }), value) : plain(t('support.unassessed'), 0);
        }),
        plain(String(deployments), deployments),
      ];
    }),
  };
}

/** A tool page's deployments: every practice that references it. */
export function deploymentsTable(atlas: AtlasIndex, toolId: string, locale: Locale): TableModel {
  const { t, tv } = useTranslations(locale);
  const to = routes('', locale);
  const tool = atlas.tool.get(toolId)!;
  return {
    id: `tool-${toolId}-deployments`,
    caption: t('tool.deployments.caption', { name: tool.name }),
    columns: [{ label: t('field.practices') }, { label: t('field.region') }, { label: t('field.country') }, { label: t('field.period') }, { label: t('field.status') }],
    rows: (atlas.practicesByTool.get(toolId) ?? []).map((p) => {
      const region = atlas.region.get(p.region);
      return [
        link(p.title, to.practice(p.id)),
        link(region?.name ?? p.region, to.region(p.region)),
        plain(region ? countryLabel(region.country, locale) : ''),
        plain(periodText(p.start, p.end, locale), startSort(p)),
        plain(tv('status', p.status)),
      ];
    }),
  };
}

/** Every table with a CSV download, for the tables/<id>.csv endpoint. */
export function allTables(atlas: AtlasIndex, locale: Locale): TableModel[] {
  return [
    regionsTable(atlas, locale),
    toolMatrixTable(atlas, locale),
    ...atlas.themes.map((th) => themeTable(atlas, th.id, locale)),
    ...atlas.tools.map((tool) => deploymentsTable(atlas, tool.id, locale)),
  ];
}
