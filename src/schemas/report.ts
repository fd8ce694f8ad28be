import { z } from 'astro/zod';
import { evenWithOtherErrors, isoDate, source, type RefFactory } from './common.ts';
import { reportKinds } from './vocabularies.ts';

export const reportSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z
    .strictObject({
      /** The meeting's name: "Study visit to Jaén". */
      title: z.string().min(1),
      /** Plain text, at most 400 characters. */
      summary: z.string().min(1).max(400),
      /** study-visit, peer-review, workshop, stakeholder-meeting, simulation or webinar. */
      kind: z.enum(reportKinds),
      /** First day, YYYY-MM-DD. */
      date: isoDate,
      /** Last day, when it lasted more than one day. */
      endDate: isoDate.optional(),
      /** The hosting region: id of a file in content/regions/. */
      host: ref('regions'),
      /** Partner regions that took part. */
      participants: z.array(ref('regions')).min(1, { error: 'needs at least one participating region' }),
      /** Practices presented or visited: ids of files in content/practices/. */
      practices: z.array(ref('practices')),
      /** Tools presented or discussed: ids of files in content/tools/. */
      tools: z.array(ref('tools')).optional(),
      /** How many people attended. */
      attendees: z.int().positive().optional(),
      /** Key take-aways, each at most 200 characters. */
      lessons: z.array(z.string().min(1).max(200)).min(1, { error: 'needs at least one lesson' }),
      /** Follow-up per region. */
      actions: z
        .array(
          z.strictObject({
            /** The region that acts: id of a file in content/regions/. */
            region: ref('regions'),
            /** What it will do. */
            action: z.string().min(1),
            /** By when, YYYY-MM-DD. */
            due: isoDate.optional(),
          }),
        )
        .optional(),
      /** Minutes, agenda, photos; may be empty. */
      sources: z.array(source),
    })
    .superRefine((report, ctx) => {
      if (typeof report.endDate === 'string' && typeof report.date === 'string' && report.endDate < report.date) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${report.endDate} is before date (${report.date}); the end must come after the start` });
      }
    }, evenWithOtherErrors);
