import { z } from 'astro/zod';
import { currencyCode, evenWithOtherErrors, httpsUrl, isoDate, languageTag, periodKey, source, year, yearOrMonth, type RefFactory } from './common.ts';
import { describe, describeRef, withValues } from './describe.ts';
import {
  channels, channelText, indicatorUnits, indicatorUnitText, practiceLevels, practiceLevelText, practiceStatuses, practiceStatusText,
  spectrumLevels, spectrumLevelText, transferStatuses, transferStatusText, validationLevels, validationLevelText,
} from './vocabularies.ts';

const indicator = z
  .strictObject({
    label: describe(z.string().min(1), 'What was measured, in a few words.', 'Young people who voted'),
    value: describe(z.number(), 'The number as the source reports it, a plain number without separators or units.', 4120),
    unit: describe(z.enum(indicatorUnits), withValues('What the value counts', indicatorUnits, indicatorUnitText), 'people'),
    currency: describe(
      currencyCode.optional(),
      'With unit currency, the ISO 4217 code as the source reports it, such as EUR; required with unit currency and not allowed with any other unit.',
      'EUR',
    ),
    year: describe(
      year.optional(),
      'The year the figure refers to. Give it whenever the source dates the figure: a demonstrated practice needs at least one indicator with a year.',
      2024,
    ),
    note: describe(z.string().max(200).optional(), 'A short qualifier from the source, at most 200 characters, such as "more than" or "cumulative since 2016".', '41 went to the vote'),
    source: describe(
      httpsUrl.optional(),
      "The https:// address where this figure can be checked. It must be the url of one of the entry's sources, and every indicator must give it when the entry lists more than one source.",
      'https://example.org/youth-budget/results-2024',
    ),
  })
  .superRefine((value, ctx) => {
    if (value.unit === 'currency' && !value.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'is required when unit is currency: add the ISO 4217 code, e.g. currency: EUR' });
    }
    if (value.unit !== 'currency' && value.currency) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'only goes with unit: currency' });
    }
  }, evenWithOtherErrors);

/** An entry's list read without trusting its type: the other rules report a list that is not one. */
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (item: unknown, name: string): unknown => (item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined);

/**
 * The rules across fields of the contract (docs/content-model.md, "Rules across fields"): every
 * figure traceable to a listed source, and no demonstrated practice without a dated figure.
 */
function traceableFigures(practice: { indicators?: unknown; sources?: unknown; status?: unknown }, ctx: z.RefinementCtx): void {
  const listed = items(practice.sources).map((s) => field(s, 'url')).filter((url): url is string => typeof url === 'string');
  const indicators = items(practice.indicators);
  indicators.forEach((indicator, index) => {
    const cited = field(indicator, 'source');
    if (typeof cited === 'string' && listed.length && !listed.includes(cited)) {
      ctx.addIssue({ code: 'custom', path: ['indicators', index, 'source'], message: `"${cited.length > 80 ? `${cited.slice(0, 80)}…` : cited}" is not the url of any of the entry's sources: list it under sources ({ title, url }), or give the url of the listed source this figure comes from` });
    } else if (cited === undefined && listed.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['indicators', index, 'source'], message: `is required when the entry lists more than one source: give the url of the source this figure comes from (one of the ${listed.length} under sources)` });
    }
  });
  if (practice.status === 'demonstrated' && !indicators.some((i) => field(i, 'year') !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['status'],
      message: `is demonstrated but ${indicators.length ? 'no indicator has a year' : 'there are no indicators'}: add at least one indicator with the year its source gives for the figure, or write status: inspiring until dated evidence is found`,
    });
  }
}

export const practiceSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .strictObject({
      title: describe(z.string().min(1).max(120), "The practice's name, at most 120 characters. Name the place and what it is.", 'Example City youth budget'),
      summary: describe(
        z.string().min(1).max(400),
        'One or two plain sentences on what the practice is and what it achieved, at most 400 characters. Plain text, no Markdown or links: it is shown on cards, in search results, exports and link previews.',
        'Young people in Example City decide how to spend 250,000 euros a year.',
      ),
      region: describeRef(ref('regions'), 'Where it is implemented', 'example-valley'),
      city: describe(z.string().optional(), 'The city, when the practice is local.', 'Example City'),
      level: describe(z.enum(practiceLevels), withValues('The level of government that runs it', practiceLevels, practiceLevelText), 'municipal'),
      themes: describe(
        z.array(ref('themes')).min(1, { error: 'needs at least one theme id from content/themes.yaml' }),
        'The themes it belongs to: one or more theme ids from content/themes.yaml.',
        ['participatory-budgeting', 'co-creation'],
      ),
      tools: describe(
        z.array(ref('tools')).optional().transform((tools) => tools ?? []),
        'The Civic Tech tools it uses: ids of files in content/tools/. Write [] or leave it out when none has a review yet (the web form leaves an empty list out), and name the tool in the text.',
        ['examplevote'],
      ),
      spectrum: describe(
        z.enum(spectrumLevels).optional(),
        withValues('The highest level of public participation reached, on the IAP2 spectrum of public participation', spectrumLevels, spectrumLevelText),
        'empower',
      ),
      channel: describe(z.enum(channels).optional(), withValues('How people take part', channels, channelText), 'hybrid'),
      institution: describe(z.string().min(1), 'The main institution responsible.', 'Example City Council'),
      stakeholders: describe(z.array(z.string().min(1)).optional(), 'Other organisations involved, as a list.', ['Example City Youth Council', 'Example Valley secondary schools']),
      start: describe(yearOrMonth, 'When it started: a year (2021) or a month as YYYY-MM (2021-09).', '2021-09'),
      end: describe(
        yearOrMonth.optional(),
        'When it ended: a year or a month as YYYY-MM, not before start. Left out while the practice is ongoing.',
        2024,
      ),
      status: describe(
        z.enum(practiceStatuses),
        withValues('How far its success is documented', practiceStatuses, practiceStatusText),
        'demonstrated',
      ),
      resources: describe(
        z
          .strictObject({
            budget: describe(
              z
                .strictObject({
                  amount: describe(z.number().nonnegative(), 'The amount as the source reports it, a plain number, zero or more.', 250000),
                  currency: describe(
                    currencyCode,
                    'The ISO 4217 code in capitals as the source reports it, such as EUR, GBP, SEK or ISK. No conversions: a budget reported in kronor stays in SEK.',
                    'EUR',
                  ),
                  year: describe(year.optional(), 'The year the amount refers to. Give it whenever the source does.', 2024),
                })
                .optional(),
              'The budget as the source reports it.',
              { amount: 250000, currency: 'EUR', year: 2024 },
            ),
            staff: describe(z.string().optional(), 'The staff it needs, in words.', 'Two youth workers part time'),
          })
          .optional(),
        'What it takes to run: a budget, staff, or both.',
        { budget: { amount: 250000, currency: 'EUR', year: 2024 }, staff: 'Two youth workers part time' },
      ),
      indicators: describe(
        z.array(indicator).optional(),
        'Figures that show results: one item per figure, each with its unit, the year it refers to and its source.',
        [{ label: 'Young people who voted', value: 4120, unit: 'people', year: 2024, source: 'https://example.org/youth-budget/results-2024' }],
      ),
      transfer: describe(
        z
          .array(
            z.strictObject({
              region: describeRef(ref('regions'), 'The region taking it up', 'example-lake'),
              status: describe(z.enum(transferStatuses), withValues('How far the take-up has gone', transferStatuses, transferStatusText), 'planned'),
              year: describe(year.optional(), 'The year of the transfer, or the year it is planned for.', 2026),
            }),
          )
          .optional(),
        'Where the practice is being taken up: one item per region.',
        [{ region: 'example-lake', status: 'planned', year: 2026 }],
      ),
      sources: describe(
        z.array(source).min(1, { error: 'needs at least one source: { title, url }' }),
        'Where the facts come from: at least one { title, url }. Every figure must be traceable to one of them.',
        [{ title: 'Example City – Youth budget results 2024', url: 'https://example.org/youth-budget/results-2024' }],
      ),
      contributors: describe(z.array(z.string().min(1)), 'Who wrote or reviewed the entry: organisation names.', ['Example Valley Development Agency']),
      updated: describe(isoDate, 'The date of the last editorial review, as YYYY-MM-DD. Change it whenever the entry is revised.', '2025-06-30'),
      language: describe(
        languageTag.default('en'),
        'The language of the text, as a BCP 47 tag such as en, es, el, fi or ro; en when left out.',
        'en',
      ),
      validation: describe(
        z
          .strictObject({
            level: describe(z.enum(validationLevels), withValues('How far the entry has been validated', validationLevels, validationLevelText), 'project'),
            by: describe(z.string().min(1), 'Who validated it: the project team or the expert, as they sign.', 'CIVITEC project team'),
            date: describe(isoDate, 'When it was validated, as YYYY-MM-DD.', '2025-07-01'),
          })
          .optional(),
        'The Interreg two-level validation: absent while the entry is published by the atlas editors and not yet validated; added by the project team or the expert who validates it.',
        { level: 'project', by: 'CIVITEC project team', date: '2025-07-01' },
      ),
    })
    .superRefine((practice, ctx) => {
      if (periodKey(practice.end) < periodKey(practice.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `${String(practice.end)} is before start (${String(practice.start)}); the end must come after the start` });
      }
      traceableFigures(practice, ctx);
    }, evenWithOtherErrors);
