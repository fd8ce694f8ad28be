import { z } from 'astro/zod';
import { countryCode, evenWithOtherErrors, source, year } from './common.ts';
import { nutsPrefix, nutsRequiredCountries, regionLevels } from './vocabularies.ts';

const nutsRequired = new Set<string>(nutsRequiredCountries);

export const regionSchema = z
  .strictObject({
    /** The region's usual English name: "South Ostrobothnia". */
    name: z.string().min(1),
    /** ISO 3166-1 alpha-2 code in capitals: "FI". Greece is "GR" (its NUTS prefix is "EL"). */
    country: countryCode,
    /** NUTS 2021 code, 2-5 characters, starting with the country's NUTS prefix: "FI195". Required in EU/EEA countries. */
    nuts: z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, { error: 'must be a NUTS code: two capital letters and up to three more letters or digits, e.g. ES300' }).optional(),
    /** What kind of area this is: nuts1, nuts2, nuts3, municipality, country or other. */
    level: z.enum(regionLevels),
    /** Present when a project partner sits here. */
    partner: z
      .strictObject({
        /** The partner organisation's name. */
        organisation: z.string().min(1),
        /** The organisation's website. */
        url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
      })
      .optional(),
    /** Number of inhabitants, with populationYear. */
    population: z.int().positive().optional(),
    /** The year the population figure refers to. */
    populationYear: year.optional(),
    /** [latitude, longitude] in decimal degrees, for the map: [62.79, 22.84]. */
    coordinates: z
      .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
        error: 'must be [latitude, longitude] in decimal degrees, e.g. [62.79, 22.84]',
      })
      .optional(),
    /** Optional: one or two sentences on the region, shown on its page. */
    summary: z.string().max(400).optional(),
    /** Optional: where the NUTS code, population or partner facts come from. */
    sources: z.array(source).optional(),
  })
  .superRefine((region, ctx) => {
    if (typeof region.country !== 'string') return;
    const prefix = nutsPrefix(region.country);
    if (typeof region.nuts === 'string' && !region.nuts.startsWith(prefix)) {
      ctx.addIssue({ code: 'custom', path: ['nuts'], message: `"${region.nuts}" does not start with ${prefix}, the NUTS prefix of ${region.country}` });
    }
    if (!region.nuts && nutsRequired.has(region.country)) {
      ctx.addIssue({ code: 'custom', path: ['nuts'], message: `is required for a region in ${region.country} (EU/EEA); add its NUTS 2021 code, starting with ${prefix}` });
    }
    if (region.population !== undefined && region.populationYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['populationYear'], message: 'is required when population is given: the year the figure refers to' });
    }
  }, evenWithOtherErrors);
