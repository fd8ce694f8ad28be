import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/index.ts';
import { formatProblem } from '../lib/check/problem.ts';
import { contentDir } from '../schemas/index.ts';
import { contentProblemsError, shareCheckRun, type CheckRun } from './content-check-run.ts';

/**
 * Checks the content while Astro syncs it, and stops the build before anything is compiled or
 * rendered if there is a problem; any earlier dist/ is removed so a stale site cannot be published
 * by mistake. When Astro's own validation fails first, the collection loaders (content.config.ts)
 * wait for this check and stop with its full list instead of Astro's first error.
 */
export default function contentGuard(): AstroIntegration {
  let run: Promise<CheckRun> | undefined;
  return {
    name: 'atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Preview serves a finished build; there is nothing to check.
        if (command === 'preview') return;
        const root = path.resolve(fileURLToPath(config.root), contentDir());
        run = checkContent(root, { publicDir: fileURLToPath(config.publicDir) }).then(async ({ problems, stats }) => {
          logger.info(`checked ${stats.files} content files in ${(stats.milliseconds / 1000).toFixed(2)} s (${stats.cached} unchanged since the last check)`);
          if (problems.length && command === 'build') await rm(fileURLToPath(config.outDir), { recursive: true, force: true });
          if (problems.length && command !== 'build') logger.warn(`content has ${problems.length} problem(s); a build would stop:\n${problems.map(formatProblem).join('\n')}`);
          return { problems };
        });
        if (command !== 'build') run.catch((error: unknown) => logger.error(`the content check failed: ${String(error)}`));
        shareCheckRun(run, command === 'build');
      },
      // After content sync, before Vite compiles a page or an MDX body.
      'astro:build:start': async () => {
        const { problems } = await run!;
        if (problems.length) throw contentProblemsError(problems);
      },
    },
  };
}
