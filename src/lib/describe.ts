import { formatMoney, formatNumber, formatPeriodPoint } from './format.ts';
import type { Practice } from './types.ts';

type Indicator = NonNullable<Practice['indicators']>[number];

/** "2016 – ongoing" / "May 2015 – 2019": `labels` supplies the translated templates. */
export function periodText(start: number | string, end: number | string | undefined, labels: { ongoing: string; range: string }): string {
  const s = formatPeriodPoint(start);
  return end === undefined ? labels.ongoing.replace('{start}', s) : labels.range.replace('{start}', s).replace('{end}', formatPeriodPoint(end));
}

/** An indicator's value with its unit: "45,000 people", "12 %", "€60,000,000". */
export function indicatorValue(indicator: Indicator, unitLabel: (unit: string) => string): string {
  if (indicator.unit === 'currency' && indicator.currency) return formatMoney(indicator.value, indicator.currency);
  const unit = unitLabel(indicator.unit);
  if (indicator.unit === 'percent') return `${formatNumber(indicator.value)} ${unit}`;
  return unit ? `${formatNumber(indicator.value)} ${unit}` : formatNumber(indicator.value);
}

/** The figure a comparison table shows: the most recent dated indicator, else the first. */
export function mainIndicator(practice: Practice): Indicator | undefined {
  const list = practice.indicators ?? [];
  const dated = list.filter((i) => i.year !== undefined).sort((a, b) => b.year! - a.year!);
  return dated[0] ?? list[0];
}

export function budgetText(practice: Practice): string | undefined {
  const budget = practice.resources?.budget;
  if (!budget) return undefined;
  return `${formatMoney(budget.amount, budget.currency)}${budget.year ? ` (${budget.year})` : ''}`;
}
