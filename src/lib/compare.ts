import { useTranslations, type Locale } from '../i18n/index.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { budgetText, indicatorValue, periodText } from './describe.ts';
import { routes } from './routes.ts';
import type { Practice } from './types.ts';
import { completenessSummary, validationView } from './views/quality.ts';

/** The rows of the side-by-side comparison, in order. */
export const compareFields = ['region', 'level', 'themes', 'tools', 'period', 'budget', 'indicators', 'status', 'transfer', 'validation', 'completeness'] as const;
export type CompareField = (typeof compareFields)[number];

export interface CompareRecord {
  id: string;
  title: string;
  /** The practice's page, relative to the site root. */
  path: string;
  /** Field → lines of text (a list shows one per line; empty means not documented). */
  fields: Record<CompareField, string[]>;
}

export interface CompareData {
  labels: Record<CompareField, string>;
  practices: CompareRecord[];
}

export function compareRecord(atlas: AtlasIndex, p: Practice, locale: Locale): CompareRecord {
  const { tv } = useTranslations(locale);
  const region = atlas.region.get(p.region);
  const budget = budgetText(p, locale);
  const validation = validationView(p, locale);
  return {
    id: p.id,
    title: p.title,
    path: routes('', locale).practice(p.id),
    fields: {
      region: [region ? `${region.name} (${region.country})` : p.region],
      level: [tv('level', p.level)],
      themes: p.themes.map((id) => atlas.theme.get(id)?.name ?? id),
      tools: p.tools.map((id) => atlas.tool.get(id)?.name ?? id),
      period: [periodText(p.start, p.end, locale)],
      budget: budget ? [budget] : [],
      indicators: (p.indicators ?? []).map((i) => `${i.label}: ${indicatorValue(i, locale)}${i.year ? ` (${i.year})` : ''}`),
      status: [tv('status', p.status)],
      transfer: (p.transfer ?? []).map((tr) => `${atlas.region.get(tr.region)?.name ?? tr.region}: ${tv('transfer', tr.status)}${tr.year ? ` (${tr.year})` : ''}`),
      // The level, then who validated it and when.
      validation: [validation.label, ...(validation.signed.length ? [validation.signed.map((part) => ('text' in part ? part.text : '')).join('')] : [])],
      completeness: [completenessSummary(p, locale)],
    },
  };
}

/** The row labels of the comparison, in order. */
export function compareLabels(locale: Locale): Record<CompareField, string> {
  const { t } = useTranslations(locale);
  return Object.fromEntries(compareFields.map((f) => [f, t(`compare.field.${f}`)])) as Record<CompareField, string>;
}

/** Every practice's record in one object: for the offline edition, which cannot fetch files. */
export function compareData(atlas: AtlasIndex, locale: Locale): CompareData {
  return { labels: compareLabels(locale), practices: atlas.practices.map((p) => compareRecord(atlas, p, locale)) };
}
