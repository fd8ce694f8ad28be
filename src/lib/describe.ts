import { useTranslations, type Locale } from '../i18n/index.ts';
import { formatMoney, formatNumber, formatPeriodPoint } from './format.ts';
import type { Practice } from './types.ts';

type Indicator = NonNullable<Practice['indicators']>[number];

/** "2016 – ongoing" / "May 2015 – 2019". */
export function periodText(start: number | string, end: number | string | undefined, locale: Locale): string {
  const { t } = useTranslations(locale);
  const s = formatPeriodPoint(start, locale);
  return end === undefined ? t('period.ongoing', { start: s }) : t('period.range', { start: s, end: formatPeriodPoint(end, locale) });
}

/** An indicator's value with its unit: "45,000 people", "12 %", "€60,000,000". */
export function indicatorValue(indicator: Indicator, locale: Locale): string {
  if (indicator.unit === 'currency' && indicator.currency) return formatMoney(indicator.value, indicator.currency, locale);
  const unit = useTranslations(locale).tv('unit', indicator.unit);
  if (indicator.unit === 'percent') return `${formatNumber(indicator.value, locale)} ${unit}`;
  return unit ? `${formatNumber(indicator.value, locale)} ${unit}` : formatNumber(indicator.value, locale);
}

/** The figure a comparison table shows: the most recent dated indicator, else the first. */
export function mainIndicator(practice: Practice): Indicator | undefined {
  const list = practice.indicators ?? [];
  const dated = list.filter((i) => i.year !== undefined).sort((a, b) => b.year! - a.year!);
  return dated[0] ?? list[0];
}

export function budgetText(practice: Practice, locale: Locale): string | undefined {
  const budget = practice.resources?.budget;
  if (!budget) return undefined;
  return `${formatMoney(budget.amount, budget.currency, locale)}${budget.year ? ` (${budget.year})` : ''}`;
}
