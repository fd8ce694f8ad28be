/** Everything a theme's page shows, computed from the atlas for one locale and base path. */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { routes } from '../routes.ts';
import type { TableModel } from '../table-model.ts';
import { themeTable } from '../tables.ts';
import type { Theme } from '../types.ts';
import type { Link } from './facts.ts';

export interface ThemeView {
  entry: { collection: CollectionName; id: string };
  title: string;
  description: string;
  kicker: string;
  /** The theme's practices, a sortable table. */
  practices: TableModel;
  /** "12 practices". */
  practiceCount: string;
  tools: Link[];
}

export function themeView(atlas: AtlasIndex, theme: Theme, locale: Locale, base: string): ThemeView {
  const { t } = useTranslations(locale);
  const r = routes(base, locale);
  const practices = themeTable(atlas, theme.id, locale);
  return {
    entry: { collection: 'themes', id: theme.id },
    title: theme.name,
    description: theme.description,
    kicker: t('themes.title'),
    practices,
    practiceCount: t('practices.count', { count: practices.rows.length }),
    tools: (atlas.toolsByTheme.get(theme.id) ?? []).map((tool) => ({ text: tool.name, href: r.tool(tool.id) })),
  };
}
