import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { contentProblemsError, sharedCheckRun } from './integrations/content-check-run.ts';
import { collectionSpec, contentDir, type CollectionName } from './schemas/index.ts';
import { practiceSchema } from './schemas/practice.ts';
import { regionSchema } from './schemas/region.ts';
import { reportSchema } from './schemas/report.ts';
import { themeSchema } from './schemas/theme.ts';
import { toolSchema } from './schemas/tool.ts';

/**
 * In a build, no loader reads a file before the content check has passed: a file the check refuses
 * (an alias bomb, a link, a body that crashes parsers) is never parsed by Astro. The check starts
 * with the build and is usually done before content sync. When Astro rejects an entry anyway, the
 * loaders stop with the check's full list (file, line, field, fix) rather than Astro's first error.
 */
function guarded(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const shared = sharedCheckRun();
      if (shared?.blocking) {
        const run = await shared.run;
        if (run.problems.length) throw contentProblemsError(run.problems);
      }
      try {
        await loader.load(context);
      } catch (error) {
        const run = await shared?.run.catch(() => undefined);
        if (run?.problems.length) throw contentProblemsError(run.problems);
        throw error;
      }
    },
  };
}

/** One file per entry under <content>/<name>/; files starting with "_" are drafts and templates. */
function entries(name: CollectionName) {
  const spec = collectionSpec(name);
  return guarded(glob({ pattern: `**/[^_]*${spec.extension}`, base: `${contentDir()}/${spec.folder}` }));
}

export const collections = {
  themes: defineCollection({ loader: guarded(file(`${contentDir()}/${collectionSpec('themes').folder}`)), schema: themeSchema }),
  regions: defineCollection({ loader: entries('regions'), schema: regionSchema }),
  practices: defineCollection({ loader: entries('practices'), schema: practiceSchema(reference) }),
  tools: defineCollection({ loader: entries('tools'), schema: toolSchema(reference) }),
  reports: defineCollection({ loader: entries('reports'), schema: reportSchema(reference) }),
};
