import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/index.ts';
import { formatProblem } from '../lib/check/problem.ts';
import { contentDir } from '../schemas/index.ts';
import path from 'node:path';

/**
 * Runs the content check before Astro builds anything. A build from a tree with
 * errors stops, and any earlier dist/ is removed so a stale site cannot be published by mistake.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'atlas:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems } = await checkContent(path.resolve(fileURLToPath(config.root), contentDir()));
        if (!problems.length) return;
        const lines = problems.map(formatProblem).join('\n');
        if (command !== 'build') {
          logger.warn(`content has ${problems.length} problem(s); a build would stop:\n${lines}`);
          return;
        }
        await rm(fileURLToPath(config.outDir), { recursive: true, force: true });
        throw new Error(`The content has ${problems.length} problem(s); nothing was built.\n${lines}\nRun npm run check after fixing them.`);
      },
    },
  };
}
