import type { z } from 'astro/zod';
import { collectionInfo, type CollectionInfo } from '../site-model/collections.ts';
import type { CollectionName, RefFactory } from './common.ts';
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
  /** Each rating in the front matter must be explained in the body. */
  ratings: boolean;
}

/** Each collection's part of the contract, in the order the check counts them: the referenced before the referring. */
const contract: { [N in CollectionName]: Pick<CollectionSpec, 'schema' | 'sections' | 'ratings'> } = {
  themes: { schema: () => themeSchema, sections: [], ratings: false },
  regions: { schema: () => regionSchema, sections: [], ratings: false },
  practices: { schema: practiceSchema, sections: requiredSections.practices, ratings: false },
  tools: { schema: toolSchema, sections: requiredSections.tools, ratings: true },
  reports: { schema: reportSchema, sections: requiredSections.reports, ratings: false },
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
