import { z } from 'astro/zod';
import { evenWithOtherErrors, isoDate, source, type RefFactory } from './common.ts';
import { describe, describeRef, withValues } from './describe.ts';
import { reportKinds, reportKindText } from './vocabularies.ts';

export const reportSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .strictObject({
      title: describe(z.string().min(1), "The meeting's name.", 'Study visit to Example City'),
      summary: describe(
        z.string().min(1).max(400),
        'One or two plain sentences on the meeting and what came out of it, at most 400 characters.',
        "Partners visited Example City's youth budget.",
      ),
      kind: describe(z.enum(reportKinds), withValues('What kind of meeting it was', reportKinds, reportKindText), 'study-visit'),
      date: describe(isoDate, 'Its first day, as YYYY-MM-DD.', '2025-03-10'),
      endDate: describe(isoDate.optional(), 'Its last day, as YYYY-MM-DD, when it lasted more than one day; not before date.', '2025-03-11'),
      host: describeRef(ref('regions'), 'The hosting region', 'example-valley'),
      participants: describe(
        z.array(ref('regions')).min(1, { error: 'needs at least one participating region' }),
        'The partner regions that took part: one or more region ids.',
        ['example-valley', 'example-lake'],
      ),
      practices: describe(z.array(ref('practices')), 'The practices presented or visited: practice ids; [] when none.', ['example-city-youth-budget']),
      tools: describe(z.array(ref('tools')).optional(), 'The tools presented or discussed: tool ids.', ['examplevote']),
      attendees: describe(z.int().positive().optional(), 'How many people attended, a whole number.', 24),
      lessons: describe(
        z.array(z.string().min(1).max(200)).min(1, { error: 'needs at least one lesson' }),
        'The key take-aways, at least one, each at most 200 characters. They are shown side by side in comparisons.',
        ['School workshops reached young people the website did not.'],
      ),
      actions: describe(
        z
          .array(
            z.strictObject({
              region: describeRef(ref('regions'), 'The region that acts', 'example-lake'),
              action: describe(z.string().min(1), 'What it will do.', 'Draft a pilot'),
              due: describe(isoDate.optional(), 'By when, as YYYY-MM-DD.', '2025-12-31'),
            }),
          )
          .optional(),
        'The follow-up, per region: one item per action.',
        [{ region: 'example-lake', action: 'Draft a pilot', due: '2025-12-31' }],
      ),
      sources: describe(z.array(source), 'Minutes, agenda, photos: a list of { title, url }, or [] when there are none.', [
        { title: 'Study visit agenda (March 2025)', url: 'https://example.org/visits/2025-03-agenda' },
      ]),
    })
    .superRefine((report, ctx) => {
      if (typeof report.endDate === 'string' && typeof report.date === 'string' && report.endDate < report.date) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${report.endDate} is before date (${report.date}); the end must come after the start` });
      }
    }, evenWithOtherErrors);
