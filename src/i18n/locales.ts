/**
 * The languages of the site. The default locale is served at the root, any other under /<locale>/
 * (src/lib/routes.ts). Adding one: a JSON file of messages with the same keys as en.json, and a line here.
 */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleSettings {
  /** BCP 47 tag of the pages' lang attribute and of numbers, names and lists. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The tag dates are written in: the English pages write "12 February 2025". */
  dates: string;
}

export const localeSettings: Record<Locale, LocaleSettings> = {
  en: { lang: 'en', dir: 'ltr', dates: 'en-GB' },
};

/** The locale a page renders for, from Astro.currentLocale (undefined while the site has one language). */
export function toLocale(value: string | undefined): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale;
}
