/**
 * How far to trust a practice, as readers see it: its Interreg validation (who approved it, what
 * that level means) and its computed completeness (what is missing, with an invitation to help).
 * Used by the practice page, the practice cards, the theme tables and the comparison. Nothing here knows HTML.
 */
import { localeSettings, useTranslations, type Locale } from '../../i18n/index.ts';
import type { CompletenessLevel } from '../completeness.ts';
import { formatDate } from '../format.ts';
import { practiceCompleteness } from '../practice-completeness.ts';
import { routes } from '../routes.ts';
import type { Practice } from '../types.ts';
import { validationState, type ValidationState } from '../validation.ts';
import { date, text, type Link, type Part } from './facts.ts';

export interface ValidationView {
  level: ValidationState;
  /** "Validated by an expert", "Approved by the project", "Not yet validated": the listings' label too. */
  label: string;
  /** What the level means, in a sentence. */
  explanation: string;
  /** "Validated by … on 10 February 2026.": who and when; empty when not validated. */
  signed: Part[];
}

export interface CompletenessView {
  level: CompletenessLevel;
  /** "Partial". */
  label: string;
  /** What the level means, in a sentence. */
  explanation: string;
  /** What is missing, one item each: "no budget", "fewer than two sentences under “Evidence of success”". Empty when complete. */
  missing: string[];
  /** "Help complete this entry: no budget, no indicators." Empty when complete. */
  invitation: string;
  /** Where to read how to contribute. */
  contribute: Link;
}

/** The label of a practice's validation level, for listings: a word, never a colour alone. */
export function validationLabel(practice: Practice, locale: Locale): { level: ValidationState; label: string } {
  const level = validationState(practice);
  return { level, label: useTranslations(locale).tv('validation', level) };
}

export function validationView(practice: Practice, locale: Locale): ValidationView {
  const { t, tv } = useTranslations(locale);
  const { level, label } = validationLabel(practice, locale);
  const validation = practice.validation;
  let signed: Part[] = [];
  if (validation) {
    const [before = '', after = ''] = t(level === 'expert' ? 'validation.signed.expert' : 'validation.signed.project', { by: validation.by }).split('{date}');
    signed = [text(before), date(formatDate(validation.date, locale), validation.date), text(after)];
  }
  return { level, label, explanation: tv('validation', `${level}.help`), signed };
}

const lists = new Map<Locale, Intl.ListFormat>();
/** "a, b and c" in the locale. */
function listText(items: readonly string[], locale: Locale): string {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(localeSettings[locale].lang, { type: 'conjunction' })));
  return list.format(items);
}

/**
 * Where a reader learns how to help: CONTRIBUTING.md in the source repository when the site names
 * one (REPO_URL, a GitHub-style address, like the footer's link), else the site's own about page.
 */
export function contributeHref(base: string, locale: Locale, repository: string | undefined): string {
  return repository ? `${repository.replace(/\/+$/, '')}/blob/HEAD/CONTRIBUTING.md` : `${routes(base, locale).about}#how-it-is-written-and-checked`;
}

export function completenessView(practice: Practice, locale: Locale, base: string, repository?: string): CompletenessView {
  const { t, tv } = useTranslations(locale);
  const { level, missing } = practiceCompleteness(practice);
  const fields = missing.flatMap((m) => ('field' in m ? [tv('completeness.missing', m.field)] : []));
  const sections = missing.flatMap((m) => ('section' in m ? [t('completeness.section', { section: m.section })] : []));
  const items = [...fields, ...(sections.length ? [t('completeness.missing.sections', { sections: listText(sections, locale) })] : [])];
  return {
    level,
    label: tv('completeness', level),
    explanation: tv('completeness', `${level}.help`),
    missing: items,
    invitation: items.length ? t('completeness.invitation', { missing: items.join(', ') }) : '',
    contribute: { text: t('completeness.contribute'), href: contributeHref(base, locale, repository) },
  };
}

/** One line for a table cell: "Partial: no budget, no indicators" or "Complete". */
export function completenessSummary(practice: Practice, locale: Locale): string {
  const { t } = useTranslations(locale);
  const view = completenessView(practice, locale, '/');
  return view.missing.length ? t('completeness.summary', { level: view.label, missing: view.missing.join(', ') }) : view.label;
}
