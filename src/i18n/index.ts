import en from './en.json';
import { localeSettings, type Locale } from './locales.ts';

export { defaultLocale, locales, localeSettings, toLocale, type Locale } from './locales.ts';

export type MessageKey = keyof typeof en;
type Vars = Record<string, string | number>;
const messages: Record<Locale, Partial<Record<MessageKey, string>>> = { en };

export interface Translations {
  locale: Locale;
  /** The pages' lang and dir attributes. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Every UI string goes through it. `{name}` placeholders are filled from `vars`. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** Like t() for keys built at run time from a vocabulary ("level." + level); falls back to the raw value. */
  tv: (prefix: string, value: string) => string;
}

const made = new Map<Locale, Translations>();

/** The translation functions of one locale, made once and shared by every page in it. */
export function useTranslations(locale: Locale): Translations {
  let translations = made.get(locale);
  if (!translations) {
    const own = messages[locale];
    const message = (key: string): string | undefined => own[key as MessageKey] ?? en[key as MessageKey];
    translations = {
      locale,
      lang: localeSettings[locale].lang,
      dir: localeSettings[locale].dir,
      t: (key, vars = {}) => message(key)!.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)),
      tv: (prefix, value) => message(`${prefix}.${value}`) ?? value,
    };
    made.set(locale, translations);
  }
  return translations;
}
