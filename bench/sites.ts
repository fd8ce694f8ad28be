// The two sites the benchmark builds from the same corpus: ours (a snapshot of this repository's
// site code) and a bare Astro + MDX + Pagefind site, both on this repository's node_modules.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLogIntegration, buildLogPrelude } from '../tests/support/build-log.ts';

export interface SiteDir {
  root: string;
  /** Arguments after `astro` for a full build into root/dist. */
  buildArgs: string[];
  dist: string;
}

/**
 * Our site, copied into `root` so the build neither writes into the repository (its .astro/
 * folder and content-layer cache are shared with other people's dev servers) nor is disturbed by
 * edits made while it runs. A wrapper config moves the content-layer cache and Vite's (its
 * dependency optimiser would write node_modules/.vite/ through the link) into the copy.
 */
export function prepareOurSite(repo: string, root: string): SiteDir {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    if (existsSync(path.join(repo, item))) cpSync(path.join(repo, item), path.join(root, item), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(
    path.join(root, 'astro.bench.config.mjs'),
    `// Written by bench/sites.ts: the project's config with the content-layer and Vite caches inside this copy.\n${buildLogPrelude}import config from './astro.config.mjs';\nexport default { ...config, integrations: [...config.integrations, ${buildLogIntegration}], cacheDir: './.bench-cache/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };\n`,
  );
  return { root, buildArgs: ['build', '--config', 'astro.bench.config.mjs', '--outDir', 'dist', '--force'], dist: path.join(root, 'dist') };
}

/**
 * The bare baseline: Astro + @astrojs/mdx with glob loaders and permissive schemas, one page per
 * practice rendering <Content />, then Pagefind's Node API indexing dist/. No checks, no joins, no layout.
 */
export function prepareBareSite(repo: string, root: string, content: string): SiteDir {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src/pages/practices'), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const c = JSON.stringify(content);
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'atlas-bare-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
${buildLogPrelude}
const pagefind = {
  name: 'bare-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await close();
      logger.info(\`pagefind-seconds=\${((performance.now() - started) / 1000).toFixed(2)} pages=\${added.page_count}\`);
    },
  },
};

export default defineConfig({ cacheDir: './.bench-cache/', vite: { cacheDir: './.bench-cache/vite/' }, integrations: [mdx(), pagefind, ${buildLogIntegration}], devToolbar: { enabled: false } });
`,
  );
  writeFileSync(
    path.join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const content = ${c};
const loose = z.looseObject({});
const entries = (folder: string, ext: string) => glob({ pattern: \`**/[^_]*\${ext}\`, base: \`\${content}/\${folder}\` });

export const collections = {
  themes: defineCollection({ loader: file(\`\${content}/themes.yaml\`), schema: loose }),
  regions: defineCollection({ loader: entries('regions', '.yaml'), schema: loose }),
  practices: defineCollection({ loader: entries('practices', '.mdx'), schema: loose }),
  tools: defineCollection({ loader: entries('tools', '.mdx'), schema: loose }),
  reports: defineCollection({ loader: entries('reports', '.mdx'), schema: loose }),
};
`,
  );
  writeFileSync(
    path.join(root, 'src/pages/practices/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const practices = await getCollection('practices');
  return practices.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{String(entry.data['title'])}</title></head>
  <body><main data-pagefind-body><h1>{String(entry.data['title'])}</h1><Content /></main></body>
</html>
`,
  );
  writeFileSync(
    path.join(root, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const practices = await getCollection('practices');
---
<html lang="en"><head><meta charset="utf-8" /><title>Bare baseline</title></head><body><h1>{practices.length} practices</h1></body></html>
`,
  );
  return { root, buildArgs: ['build', '--outDir', 'dist', '--force'], dist: path.join(root, 'dist') };
}
