import { z } from 'astro/zod';
import { httpsUrl, isLicense, isoDate, knownNamesError, source, spdxLicenseIds, year, type RefFactory } from './common.ts';
import { accessibilityClaims, featureIds, featureSupport, hostingModes, ratingCriteria } from './vocabularies.ts';

export const toolSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** The tool's name: "Decidim". */
    name: z.string().min(1),
    /** Plain text, at most 400 characters. */
    summary: z.string().min(1).max(400),
    /** The tool's website. */
    website: httpsUrl,
    /** Its source code repository, when public. */
    repository: httpsUrl.optional(),
    /** An SPDX licence id (AGPL-3.0-or-later) or "proprietary". */
    license: z.string().refine(isLicense, knownNamesError({
      problem: 'is not an SPDX identifier',
      help: 'see spdx.org/licenses; "proprietary" for closed software',
      candidates: spdxLicenseIds,
    })),
    /** self-hosted, saas, or both. */
    hosting: z.array(z.enum(hostingModes)).min(1, { error: 'needs self-hosted, saas or both' }),
    /** Main technologies: "Ruby on Rails", "PostgreSQL". */
    stack: z.array(z.string().min(1)),
    /** The organisation that maintains it. */
    maintainer: z.string().min(1),
    /** Year of the first public release. */
    firstRelease: year,
    /** Theme ids from content/themes.yaml: the processes it supports. */
    themes: z.array(ref('themes')),
    /** Feature id → yes, partial or no. Leave a feature out when it was not assessed. */
    features: z.partialRecord(z.enum(featureIds), z.enum(featureSupport)),
    /** What the vendor claims, not our audit. */
    accessibility: z.strictObject({
      /** none, WCAG 2.0 A, WCAG 2.0 AA, WCAG 2.1 AA or WCAG 2.2 AA. */
      claim: z.enum(accessibilityClaims),
      /** The vendor's accessibility statement, when there is one. */
      statement: httpsUrl.optional(),
    }),
    /** Criterion → 1 to 5. Each rated criterion needs a sentence in the body saying why. */
    ratings: z.partialRecord(z.enum(ratingCriteria), z.int().min(1).max(5)).optional(),
    /** At least one source. */
    sources: z.array(source).min(1, { error: 'needs at least one source: { title, url }' }),
    /** Date of the review, YYYY-MM-DD. */
    reviewed: isoDate,
    /** Who reviewed it (organisation names). */
    reviewers: z.array(z.string().min(1)),
  });
