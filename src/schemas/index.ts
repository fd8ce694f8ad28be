import type { z } from 'astro/zod';
import { collectionInfo, type CollectionInfo } from '../site-model/collections.ts';
import type { CollectionName, RefFactory } from './common.ts';
import { drafts, type Draft } from './drafts.ts';
import { practiceSchema } from './practice.ts';
import { regionSchema } from './region.ts';
import { reportSchema } from './report.ts';
import { themeSchema } from './theme.ts';
import { toolSchema } from './tool.ts';
import { requiredSections } from './vocabularies.ts';

export type { CollectionName, RefFactory } from './common.ts';

/** A collection of the registry with its part of the content contract. */
export interface CollectionSpec extends CollectionInfo {
  name: CollectionName;
  schema: (ref: RefFactory) => z.ZodType;
  /** Headings the MDX body must have. */
  sections: readonly string[];
  /** Each rating in the front matter must be explained in the body, naming the criterion as a word. */
  ratings: boolean;
  /** What `npm run new` writes for a new entry; the check refuses each of its template texts left in a file. */
  draft: Draft | undefined;
}

/**
 * Each collection's part of the contract, in the order the check counts them: the referenced before
 * the referring. The schema holds the rules on fields, across fields included (superRefine); the
 * body rules sit beside it: the required sections, the ratings a body must explain, and the
 * template's texts that must be replaced (sections' and fields').
 */
const contract: { [N in CollectionName]: Pick<CollectionSpec, 'schema' | 'sections' | 'ratings' | 'draft'> } = {
  themes: { schema: () => themeSchema, sections: [], ratings: false, draft: undefined },
  regions: { schema: () => regionSchema, sections: [], ratings: false, draft: drafts.regions },
  practices: { schema: practiceSchema, sections: requiredSections.practices, ratings: false, draft: drafts.practices },
  tools: { schema: toolSchema, sections: requiredSections.tools, ratings: true, draft: drafts.tools },
  reports: { schema: reportSchema, sections: requiredSections.reports, ratings: false, draft: drafts.reports },
};

/** Every collection of the registry with its contract. */
export const collections: readonly CollectionSpec[] = (Object.keys(contract) as CollectionName[]).map((name) => ({ ...collectionInfo(name), ...contract[name] }));

export function collectionSpec(name: CollectionName): CollectionSpec {
  const spec = collections.find((c) => c.name === name);
  if (!spec) throw new Error(`unknown collection ${name}`);
  return spec;
}

/** The content folder: content/ at the repository root, or ATLAS_CONTENT (tests, benchmarks, forks). */
export function contentDir(): string {
  return process.env['ATLAS_CONTENT'] || 'content';
}

/** The folder served as is (public/ at the repository root, or ATLAS_PUBLIC): images for Figures live in its media/. */
export function publicDir(): string {
  return process.env['ATLAS_PUBLIC'] || 'public';
}
