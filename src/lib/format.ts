/** Number formatting and small text helpers shared by pages and exports. Pure. */

// Intl objects are slow to create and called on every page: make each once per locale and options.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}

export function formatNumber(value: number, locale = 'en'): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  return cached(`m:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
}

/** "2024-05" → "May 2024"; 2016 → "2016". */
export function formatPeriodPoint(value: number | string, locale = 'en'): string {
  if (typeof value === 'number') return String(value);
  const [y, m] = value.split('-').map(Number);
  return cached(`p:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(Date.UTC(y!, m! - 1, 1));
}

/** "2025-02-12" → "12 February 2025". */
export function formatDate(iso: string, locale = 'en-GB'): string {
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
}

export function countryLabel(code: string, locale = 'en'): string {
  return cached(`c:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
}

export function listFormat(items: readonly string[], locale = 'en'): string {
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
