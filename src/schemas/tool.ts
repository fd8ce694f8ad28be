import { z } from 'astro/zod';
import { httpsUrl, isLicense, isoDate, knownNamesError, source, spdxLicenseIds, year, type RefFactory } from './common.ts';
import { describe, orList, withValues } from './describe.ts';
import {
  accessibilityClaims, accessibilityClaimText, featureIds, featureSupport, featureSupportText, featureText, hostingModes, hostingModeText,
  ratingCriteria, ratingCriterionText,
} from './vocabularies.ts';

export const toolSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    name: describe(z.string().min(1), "The tool's name.", 'ExampleVote'),
    summary: describe(z.string().min(1).max(400), 'One or two plain sentences on what the tool does, at most 400 characters.', 'Open-source platform for participatory budgets.'),
    website: describe(httpsUrl, "The tool's website, a full https:// address.", 'https://example.org/examplevote'),
    repository: describe(httpsUrl.optional(), 'Its source code repository, when public, a full https:// address.', 'https://example.org/examplevote/source'),
    license: describe(
      z.string().refine(isLicense, knownNamesError({
        problem: 'is not an SPDX identifier',
        help: 'see spdx.org/licenses; "proprietary" for closed software',
        candidates: spdxLicenseIds,
      })),
      'Its licence: an SPDX identifier written exactly, or proprietary for closed software. SPDX ids are case-sensitive: AGPL-3.0-or-later, GPL-3.0-only, MIT, Apache-2.0, EUPL-1.2 (see https://spdx.org/licenses/). An SPDX expression may join ids with AND or OR ("MIT OR Apache-2.0"); LicenseRef-… (letters, digits, full stops and hyphens) names a licence SPDX does not list. GPL alone is not valid: say which version.',
      'AGPL-3.0-or-later',
    ),
    hosting: describe(
      z.array(z.enum(hostingModes)).min(1, { error: 'needs self-hosted, saas or both' }),
      `How it can be run: ${orList(hostingModes)}, or both. ${hostingModes.map((m) => `${m}: ${hostingModeText[m]}`).join('; ')}.`,
      ['self-hosted', 'saas'],
    ),
    stack: describe(z.array(z.string().min(1)), 'Its main technologies, as a list; [] when unknown.', ['Python', 'Django', 'PostgreSQL']),
    maintainer: describe(z.string().min(1), 'The organisation that maintains it.', 'Example Association of Municipalities'),
    firstRelease: describe(year, 'The year of its first public release.', 2019),
    themes: describe(z.array(ref('themes')), 'The processes it supports: theme ids from content/themes.yaml. Write [] when none fits.', ['participatory-budgeting']),
    features: describe(
      z.partialRecord(
        describe(z.enum(featureIds), `A feature id: the tool lets people or staff… ${featureIds.map((f) => `${f}: ${featureText[f]}`).join('; ')}.`),
        describe(z.enum(featureSupport), withValues('Whether the tool has the feature', featureSupport, featureSupportText)),
      ),
      'What it offers: feature id → yes, partial or no. Leave a feature out when it was not assessed (the site shows "not assessed"); write no only when the sources show the tool lacks it. The feature ids are listed in CONTRIBUTING.md.',
      { proposals: 'yes', maps: 'partial' },
    ),
    accessibility: describe(
      z.strictObject({
        claim: describe(
          z.enum(accessibilityClaims),
          withValues("The vendor's accessibility claim, not our audit", accessibilityClaims, accessibilityClaimText),
          'WCAG 2.1 AA',
        ),
        statement: describe(httpsUrl.optional(), "The vendor's accessibility statement, a full https:// address, when there is one.", 'https://example.org/examplevote/accessibility'),
      }),
      "What the vendor claims about accessibility, not our audit: a claim, and the vendor's statement when there is one.",
      { claim: 'WCAG 2.1 AA' },
    ),
    ratings: describe(
      z
        .partialRecord(
          describe(z.enum(ratingCriteria), withValues('A rating criterion', ratingCriteria, ratingCriterionText)),
          describe(z.int().min(1).max(5), 'A whole number from 1 (weak) to 5 (strong): a higher number is always better.'),
        )
        .optional(),
      'Our ratings: criterion → a whole number from 1 (weak) to 5 (strong). Rate only what you can justify, and name each rated criterion in the body (cost, costs or costly for cost) in a sentence saying why; the criteria are listed in CONTRIBUTING.md.',
      { usability: 4, community: 3 },
    ),
    sources: describe(
      z.array(source).min(1, { error: 'needs at least one source: { title, url }' }),
      'Where the facts come from: at least one { title, url }.',
      [{ title: 'ExampleVote documentation', url: 'https://example.org/examplevote/docs' }],
    ),
    reviewed: describe(isoDate, 'The date of the review, as YYYY-MM-DD.', '2025-05-20'),
    reviewers: describe(z.array(z.string().min(1)), 'Who reviewed it: organisation names.', ['Example Valley Development Agency']),
  });
