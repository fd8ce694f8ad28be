import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../../src/lib/check/frontmatter.ts';

export interface RawEntry {
  id: string;
  data: Record<string, any>;
  body: string;
}

function folder(dir: string, ext: string): RawEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const id = f.slice(0, -ext.length);
      if (ext === '.yaml') return { id, data: yaml.load(text) as Record<string, any>, body: '' };
      const split = splitFrontmatter(text);
      return { id, data: split.data as Record<string, any>, body: split.body };
    });
}

/** Reads a content folder the simple way, so tests can compute what pages should show. */
export function readContent(dir: string) {
  return {
    practices: folder(path.join(dir, 'practices'), '.mdx'),
    tools: folder(path.join(dir, 'tools'), '.mdx'),
    reports: folder(path.join(dir, 'reports'), '.mdx'),
    regions: folder(path.join(dir, 'regions'), '.yaml'),
    themes: yaml.load(readFileSync(path.join(dir, 'themes.yaml'), 'utf8')) as Array<{ id: string; name: string; description: string }>,
  };
}
