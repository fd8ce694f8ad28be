import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { locales } from '../i18n/locales.ts';
import { indexedPagesGlob, pagefindFolder } from '../lib/routes.ts';

/**
 * The entry pages, the only ones with data-pagefind-body. Pagefind would skip the others anyway,
 * but only after reading them: listings, theme tables and exports are a tenth of the pages and
 * far more of the bytes (the same index, 0.2–0.5 s sooner at 1000 entries).
 */
const entryPages = indexedPagesGlob(locales);

/**
 * Labels, not content: a fact's field name, a table's caption and column headings. Left in, they
 * match every page and run into the value beside them ("RegionIceland"), since Pagefind puts no
 * break between dt and dd or between th cells.
 */
const labels = ['.facts dt', 'caption', 'thead'];

/** Indexes the built pages with Pagefind's Node API once the build is done (as Starlight does). */
export default function pagefind(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ excludeSelectors: labels });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: entryPages });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/${pagefindFolder}` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
