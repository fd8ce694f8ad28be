import en from './en.json';

export type MessageKey = keyof typeof en;
const messages: Record<string, Record<string, string>> = { en };

/** The one translation function: every UI string goes through it. `{name}` placeholders are filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, locale = 'en'): string {
  const template = messages[locale]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Like t() for keys built at run time from a vocabulary ("level." + level); falls back to the raw value. */
export function tv(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in en ? en[key as MessageKey] : value;
}
