import type { z } from 'astro/zod';
import type { CollectionName, RefFactory } from './common.ts';
import { practiceSchema } from './practice.ts';
import { regionSchema } from './region.ts';
import { reportSchema } from './report.ts';
import { themeSchema } from './theme.ts';
import { toolSchema } from './tool.ts';
import { requiredSections } from './vocabularies.ts';

export type { CollectionName, RefFactory } from './common.ts';

export interface CollectionSpec {
  name: CollectionName;
  /** Singular noun used in messages: "practice". */
  singular: string;
  /** Where its files live, inside the content folder. */
  path: string;
  /** `folder`: one file per entry; `list`: one YAML file holding a list of entries with ids. */
  layout: 'folder' | 'list';
  extension: '.mdx' | '.yaml';
  schema: (ref: RefFactory) => z.ZodType;
  sections: readonly string[];
}

/** Every collection of the contract, in the order the check reports them. */
export const collections: readonly CollectionSpec[] = [
  { name: 'themes', singular: 'theme', path: 'themes.yaml', layout: 'list', extension: '.yaml', schema: () => themeSchema, sections: [] },
  { name: 'regions', singular: 'region', path: 'regions', layout: 'folder', extension: '.yaml', schema: () => regionSchema, sections: [] },
  { name: 'practices', singular: 'practice', path: 'practices', layout: 'folder', extension: '.mdx', schema: practiceSchema, sections: requiredSections.practices },
  { name: 'tools', singular: 'tool', path: 'tools', layout: 'folder', extension: '.mdx', schema: toolSchema, sections: requiredSections.tools },
  { name: 'reports', singular: 'report', path: 'reports', layout: 'folder', extension: '.mdx', schema: reportSchema, sections: requiredSections.reports },
];

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
