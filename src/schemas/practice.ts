import { z } from 'astro/zod';
import { currencyCode, evenWithOtherErrors, httpsUrl, isoDate, languageTag, periodKey, source, year, yearOrMonth, type RefFactory } from './common.ts';
import { channels, indicatorUnits, practiceLevels, practiceStatuses, spectrumLevels, transferStatuses, validationLevels } from './vocabularies.ts';

const indicator = z
  .strictObject({
    /** What was measured, in a few words: "Registered users". */
    label: z.string().min(1),
    /** The number as the source reports it. */
    value: z.number(),
    /** What the value counts: people, percent, proposals, projects, votes, signatures, reports, datasets, currency or count. */
    unit: z.enum(indicatorUnits),
    /** With unit: currency, the ISO 4217 code as reported (EUR). */
    currency: currencyCode.optional(),
    /** The year the figure refers to. */
    year: year.optional(),
    /** Optional: a short qualifier from the source, e.g. "more than" or "cumulative since 2016". */
    note: z.string().max(200).optional(),
    /** The https address where this figure can be checked. */
    source: httpsUrl.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.unit === 'currency' && !value.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'is required when unit is currency: add the ISO 4217 code, e.g. currency: EUR' });
    }
    if (value.unit !== 'currency' && value.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'only goes with unit: currency' });
    }
  }, evenWithOtherErrors);

export const practiceSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .strictObject({
      /** The practice's name, at most 120 characters. */
      title: z.string().min(1).max(120),
      /** Plain text, at most 400 characters: shown on cards, in search results, exports and link previews. */
      summary: z.string().min(1).max(400),
      /** Where it is implemented: the id of a file in content/regions/. */
      region: ref('regions'),
      /** The city, when the practice is local. */
      city: z.string().optional(),
      /** municipal, regional, national or cross-border. */
      level: z.enum(practiceLevels),
      /** One or more theme ids from content/themes.yaml. */
      themes: z.array(ref('themes')).min(1, { error: 'needs at least one theme id from content/themes.yaml' }),
      /** The Civic Tech tools used: ids of files in content/tools/; may be empty ([]). */
      tools: z.array(ref('tools')),
      /** The highest level of participation reached (IAP2): inform, consult, involve, collaborate or empower. */
      spectrum: z.enum(spectrumLevels).optional(),
      /** online, hybrid (online and in person) or in-person. */
      channel: z.enum(channels).optional(),
      /** The main institution responsible. */
      institution: z.string().min(1),
      /** Other organisations involved. */
      stakeholders: z.array(z.string().min(1)).optional(),
      /** When it started: a year (2016) or a month (2016-02). */
      start: yearOrMonth,
      /** When it ended; leave out while it is ongoing. */
      end: yearOrMonth.optional(),
      /** demonstrated (evidence of success exists) or inspiring (promising, evidence still partial). */
      status: z.enum(practiceStatuses),
      /** What it takes to run. */
      resources: z
        .strictObject({
          /** The budget as the source reports it. */
          budget: z
            .strictObject({
              /** The amount, a plain number: 1000000. */
              amount: z.number().nonnegative(),
              /** ISO 4217 code as reported: EUR. No conversions. */
              currency: currencyCode,
              /** The year the amount refers to. */
              year: year.optional(),
            })
            .optional(),
          /** Staff needed, in words: "two full-time officers". */
          staff: z.string().optional(),
        })
        .optional(),
      /** Figures that show results, each with its unit, year and source. */
      indicators: z.array(indicator).optional(),
      /** Where the practice is being taken up. */
      transfer: z
        .array(
          z.strictObject({
            /** The region taking it up: id of a file in content/regions/. */
            region: ref('regions'),
            /** planned, in-progress or done. */
            status: z.enum(transferStatuses),
            /** The year of the transfer. */
            year: year.optional(),
          }),
        )
        .optional(),
      /** At least one source; every figure must be traceable to one of them. */
      sources: z.array(source).min(1, { error: 'needs at least one source: { title, url }' }),
      /** Who wrote or reviewed the entry (organisation names). */
      contributors: z.array(z.string().min(1)),
      /** Date of the last editorial review, YYYY-MM-DD. */
      updated: isoDate,
      /** BCP 47 language tag of the text; en when left out. */
      language: languageTag.default('en'),
      /** The Interreg two-level validation; leave out until the entry has been validated. */
      validation: z
        .strictObject({
          /** project: approved by the contributing project's team (Interreg level 1); expert: also validated by a thematic expert (level 2). */
          level: z.enum(validationLevels),
          /** Who validated it: the project team or the expert, as they sign. */
          by: z.string().min(1),
          /** When, YYYY-MM-DD. */
          date: isoDate,
        })
        .optional(),
    })
    .superRefine((practice, ctx) => {
      if (periodKey(practice.end) < periodKey(practice.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `${String(practice.end)} is before start (${String(practice.start)}); the end must come after the start` });
      }
    }, evenWithOtherErrors);
