/** Numbers, dates, names and sorting for the locale a page renders for. Pure. */
import { localeSettings, type Locale } from '../i18n/locales.ts';

// Intl objects are slow to create and called on every page: make each once per locale and options.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const lang = (locale: Locale) => localeSettings[locale].lang;

export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(lang(locale), { maximumFractionDigits: 2 })).format(value);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return cached(`m:${locale}:${currency}`, () => new Intl.NumberFormat(lang(locale), { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
}

/** "2024-05" → "May 2024"; 2016 → "2016". */
export function formatPeriodPoint(value: number | string, locale: Locale): string {
  if (typeof value === 'number') return String(value);
  const [y, m] = value.split('-').map(Number);
  return cached(`p:${locale}`, () => new Intl.DateTimeFormat(lang(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(Date.UTC(y!, m! - 1, 1));
}

/** "2025-02-12" → "12 February 2025". */
export function formatDate(iso: string, locale: Locale): string {
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(localeSettings[locale].dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
}

export function countryLabel(code: string, locale: Locale): string {
  return cached(`c:${locale}`, () => new Intl.DisplayNames([lang(locale)], { type: 'region' })).of(code) ?? code;
}

/**
 * Compares texts as readers of the locale expect them ordered. `base`: letters differing only in case
 * or accents sort as equal (titles, names); `variant`: they still come apart (labels).
 */
export function compareText(locale: Locale, sensitivity: 'base' | 'variant' = 'variant'): (a: string, b: string) => number {
  return cached(`s:${locale}:${sensitivity}`, () => new Intl.Collator(lang(locale), { sensitivity }).compare);
}
