import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSpec, contentDir, type CollectionName } from './schemas/index.ts';
import { practiceSchema } from './schemas/practice.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';
import { themeSchema } from './schemas/theme.ts';
import { toolSchema } from './schemas/tool.ts';

/** One file per entry under <content>/<name>/; files starting with "_" are drafts and templates. */
function entries(name: CollectionName) {
  const spec = collectionSpec(name);
  return glob({ pattern: `**/[^_]*${spec.extension}`, base: `${contentDir()}/${spec.path}` });
}

export const collections = {
  themes: defineCollection({ loader: file(`${contentDir()}/${collectionSpec('themes').path}`), schema: themeSchema }),
  regions: defineCollection({ loader: entries('regions'), schema: regionSchema }),
  practices: defineCollection({ loader: entries('practices'), schema: practiceSchema(reference) }),
  tools: defineCollection({ loader: entries('tools'), schema: toolSchema(reference) }),
  reports: defineCollection({ loader: entries('reports'), schema: reportSchema(reference) }),
};
