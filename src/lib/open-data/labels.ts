/**
 * How the open data is named for readers, in the locale of the page or file: the title and
 * description of each dataset, and the data page's words for a column's type.
 */
import { useTranslations, type Locale, type MessageKey } from '../../i18n/index.ts';
import { idPattern } from '../../schemas/common.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { Column } from './csv-columns.ts';
import { yearOrMonthPattern } from './records.ts';

const datasetText = {
  practices: { title: 'data.practices.title', description: 'data.practices.description' },
  tools: { title: 'data.tools.title', description: 'data.tools.description' },
  reports: { title: 'data.reports.title', description: 'data.reports.description' },
  regions: { title: 'data.regions.title', description: 'data.regions.description' },
  themes: { title: 'data.themes.title', description: 'data.themes.description' },
} as const satisfies Record<CollectionName, { title: MessageKey; description: MessageKey }>;

export const datasetTitle = (collection: CollectionName, locale: Locale) => useTranslations(locale).t(datasetText[collection].title);
export const datasetDescription = (collection: CollectionName, locale: Locale) => useTranslations(locale).t(datasetText[collection].description);

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** How the data page names a column's type: "list of id", "date (YYYY-MM-DD)", "whole number or text". */
export function columnTypeText(column: Pick<Column, 'types' | 'list' | 'format' | 'pattern'>, locale: Locale): string {
  const { t } = useTranslations(locale);
  const names = column.types.map((type) => {
    if (type === 'string') {
      if (column.format === 'uri') return t('data.type.uri');
      if (column.pattern === datePattern) return t('data.type.date');
      if (column.pattern === yearOrMonthPattern) return t('data.type.yearOrMonth');
      if (column.pattern === idPattern.source) return t('data.type.id');
      return t('data.type.string');
    }
    if (type === 'number') return t('data.type.number');
    if (type === 'integer') return t('data.type.integer');
    if (type === 'boolean') return t('data.type.boolean');
    return type;
  });
  const joined = names.reduce((a, b) => t('data.type.or', { a, b }));
  return column.list ? t('data.type.list', { type: joined }) : joined;
}

/** A pattern worth showing a reader: not the id, date and year-or-month patterns, which the type already names. */
export const columnPattern = (column: Pick<Column, 'pattern'>) =>
  column.pattern && ![datePattern, idPattern.source, yearOrMonthPattern].includes(column.pattern) ? column.pattern : undefined;
