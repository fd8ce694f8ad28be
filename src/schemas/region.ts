import { z } from 'astro/zod';
import { countryCode, evenWithOtherErrors, source, year } from './common.ts';
import { describe, withValues } from './describe.ts';
import { nutsPrefix, nutsRequiredCountries, regionLevels, regionLevelText } from './vocabularies.ts';

const nutsRequired = new Set<string>(nutsRequiredCountries);

export const regionSchema = z
  .strictObject({
    name: describe(z.string().min(1), "The region's usual English name.", 'Example Valley'),
    country: describe(
      countryCode,
      'The ISO 3166-1 alpha-2 code of its country, in capitals: FI, ES. Greece is GR (its NUTS prefix is EL) and the United Kingdom GB.',
      'GR',
    ),
    nuts: describe(
      z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, { error: 'must be a NUTS code: two capital letters and up to three more letters or digits, e.g. ES300' }).optional(),
      "Its NUTS 2021 code, starting with the country's NUTS prefix: required for regions in the EU and EEA, left out elsewhere. Two capital letters then up to three capital letters or digits; the prefix is the country code except for Greece (EL632, not GR632) and the United Kingdom (UK). Required for the 27 EU member states, Iceland, Liechtenstein and Norway. For a municipality, use the NUTS 3 code of the area that contains it; for a whole country, the two-letter code. Eurostat's NUTS 2021 file lists the codes: https://ec.europa.eu/eurostat/documents/345175/629341/NUTS2021.xlsx",
      'EL632',
    ),
    level: describe(z.enum(regionLevels), withValues('What kind of area it is', regionLevels, regionLevelText), 'nuts3'),
    partner: describe(
      z
        .strictObject({
          organisation: describe(z.string().min(1), "The partner organisation's name.", 'Example Valley Development Agency'),
          url: describe(z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(), "The organisation's website, a full https:// address.", 'https://example.org/development-agency'),
        })
        .optional(),
      'The project partner that sits here, only where there is one.',
      { organisation: 'Example Valley Development Agency' },
    ),
    population: describe(z.int().positive().optional(), 'Number of inhabitants, a whole number; needs populationYear.', 118000),
    populationYear: describe(year.optional(), 'The year the population figure refers to; required with population.', 2021),
    coordinates: describe(
      z
        .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
          error: 'must be [latitude, longitude] in decimal degrees, e.g. [62.79, 22.84]',
        })
        .optional(),
      'Where to show it on the map: [latitude, longitude] in decimal degrees, north and east positive, usually of the main city. Without it the region is not on the map.',
      [38.25, 21.73],
    ),
    summary: describe(z.string().max(400).optional(), 'One or two sentences on the region, at most 400 characters, shown on its page.', 'Example Valley is a fictional valley in Western Greece.'),
    sources: describe(
      z.array(source).optional(),
      'Where the NUTS code, population or partner facts come from: a list of { title, url }.',
      [{ title: 'Eurostat: NUTS 2021 classification file (NUTS2021.xlsx)', url: 'https://ec.europa.eu/eurostat/documents/345175/629341/NUTS2021.xlsx' }],
    ),
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
