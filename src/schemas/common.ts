import { z } from 'astro/zod';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { collectionInfo, type CollectionName } from '../site-model/collections.ts';
import { describe } from './describe.ts';

export type { CollectionName } from '../site-model/collections.ts';

/**
 * How a schema points at another collection. Astro passes its `reference()`;
 * the content check passes one that knows every id on disk, so a dangling
 * reference becomes an error with a "did you mean".
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/**
 * Cross-field checks run even when other fields already failed, so a contributor
 * sees every problem in one run; each check guards the types it reads.
 */
export const evenWithOtherErrors = { when: () => true };

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an id of the collection is, for a contributor: "The id of a region, a file name in content/regions/ without .yaml." */
export function idText(collection: CollectionName): string {
  const { singular, folder, layout, extension } = collectionInfo(collection);
  return layout === 'list' ? `The id of a ${singular} in content/${folder}.` : `The id of a ${singular}, a file name in content/${folder}/ without ${extension}.`;
}

/** A plain id reference: used for JSON Schema and editor help. */
export const idRef: RefFactory = (collection) =>
  z.string().regex(idPattern, { error: `must be the id (file name) of an entry in content/${collection}/` }).meta({ description: idText(collection) });

export const httpsUrl = z.url({
  protocol: /^https$/,
  error: (issue) => `must be a full https:// address${typeof issue.input === 'string' ? `, got "${issue.input}"` : ''}`,
});

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** YAML reads an unquoted 2025-03-01 as a Date; we keep dates as YYYY-MM-DD strings everywhere. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2025-03-01' })
    .regex(datePattern, { error: 'must be a date written YYYY-MM-DD, e.g. 2025-03-01' })
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
      error: (issue) => `"${String(issue.input)}" is not a real calendar date`,
    }),
);

export const year = z
  .int({ error: 'must be a year written as a whole number, e.g. 2024' })
  .min(1900, { error: 'must be a year from 1900 on' })
  .max(2100, { error: 'must be a year before 2100' });

/**
 * A year (2024) or a month (2024-05). A year written as a text of four digits ('2024', what the
 * web form saves: its field holds a year or a month, so it is a text field) is read as that year;
 * every other value is checked as written. The value is a number or a 'YYYY-MM' text either way,
 * and the JSON Schema (content/_schemas/) still describes the two written forms.
 */
export const yearOrMonth = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value),
  z.union([year, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (issue) => `"${String(issue.input)}" must be a year (2024) or a month written YYYY-MM with two digits (2024-05)` })], {
    error: 'must be a year (2024) or a month written YYYY-MM (2024-05)',
  }),
);

/** Sortable number for a year or month: 2024 → 202400, "2024-05" → 202405. */
export function periodKey(value: unknown): number {
  if (typeof value === 'number') return value * 100;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  return match ? Number(match[1]) * 100 + Number(match[2]) : Number.NaN;
}

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z
  .string()
  .refine((c) => knownCurrencies.has(c), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (EUR, USD, GBP, …); keep the currency the source reports`,
  });

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** The English name of an ISO 3166-1 alpha-2 code, or undefined when the code is unknown. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = regionNames.of(code);
  return name && name !== code ? name : undefined;
}
export const countryCode = z.string().refine((c) => countryName(c) !== undefined, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. FI, ES; Greece is GR)`,
});

export const languageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'must be a BCP 47 language tag such as en, es or el' },
);

export const spdxLicenseIds: readonly string[] = spdxIds;
const spdxSet = new Set(spdxLicenseIds);
/** An SPDX id or LicenseRef-…, an SPDX expression of them joined by AND/OR, or "proprietary". */
export function isLicense(value: string): boolean {
  if (value === 'proprietary') return true;
  return value
    .replace(/[()]/g, ' ')
    .split(/\s+(?:AND|OR)\s+/)
    .every((part) => spdxSet.has(part.trim()) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(part.trim()));
}

/**
 * A value that should be one of many known names (the SPDX licence ids): what the schema says
 * when it is not, and the names the content check picks a "did you mean" from
 * (src/lib/check/zod-issues.ts). The schema only states the problem; suggesting is the check's job.
 */
export interface KnownNames {
  /** What is wrong, after the quoted value: "is not an SPDX identifier". */
  problem: string;
  /** Where to look, shown in brackets at the end. */
  help: string;
  candidates: readonly string[];
}

/** The options of a refine() whose value should be one of `names.candidates`: the error, and the names as `params.knownNames`. */
export function knownNamesError(names: KnownNames) {
  return {
    error: (issue: { input?: unknown }) => `"${String(issue.input)}" ${names.problem} (${names.help})`,
    params: { knownNames: names },
  };
}

export const source = z.strictObject({
  title: describe(
    z.string().min(1),
    'What the source is, as a reader would cite it: publisher, title, year, and the language when it is not English.',
    'Example City – Youth budget results 2024',
  ),
  url: describe(httpsUrl, 'Where it can be read: a full https:// address of the page or document itself, not a home page.', 'https://example.org/youth-budget/results-2024'),
});
