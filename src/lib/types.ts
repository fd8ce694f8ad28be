import type { z } from 'astro/zod';
import type { practiceSchema } from '../schemas/practice.ts';
import type { regionSchema } from '../schemas/region.ts';
import type { reportSchema } from '../schemas/report.ts';
import type { themeSchema } from '../schemas/theme.ts';
import type { toolSchema } from '../schemas/tool.ts';

/** Entries as plain data: references are ids. What src/lib works on, free of Astro. */
type Plain<S extends (ref: never) => z.ZodType> = z.output<ReturnType<S>>;
type IdSchema = z.ZodString;

export type Practice = { id: string; body: string } & Plain<typeof practiceSchema<IdSchema>>;
export type Tool = { id: string; body: string } & Plain<typeof toolSchema<IdSchema>>;
export type Report = { id: string; body: string } & Plain<typeof reportSchema<IdSchema>>;
export type Region = { id: string } & z.output<typeof regionSchema>;
export type Theme = z.output<typeof themeSchema>;

export interface AtlasData {
  practices: Practice[];
  tools: Tool[];
  reports: Report[];
  regions: Region[];
  themes: Theme[];
}
