import { buildIndex, type AtlasIndex } from '../../src/lib/atlas-index.ts';
import type { AtlasData } from '../../src/lib/types.ts';
import { idRef } from '../../src/schemas/common.ts';
import { collectionSpec, type CollectionName } from '../../src/schemas/index.ts';
import { readContent } from './content.ts';

/**
 * A content folder parsed by the same schemas as the build (references as ids), as the atlas the
 * pages and exports are made from; `extraPractices` (front matter with an `id`) are added with empty bodies.
 */
export function atlasOf(dir: string, extraPractices: Record<string, unknown>[] = []): AtlasIndex {
  const raw = readContent(dir);
  const parseAs = (name: CollectionName, data: unknown) => collectionSpec(name).schema(idRef).parse(data) as Record<string, unknown>;
  const data = {
    practices: [...raw.practices, ...extraPractices.map((p) => ({ id: String(p['id']), data: p, body: '' }))].map((e) => {
      const { id: _id, ...fields } = e.data;
      return { ...parseAs('practices', fields), id: e.id, body: e.body };
    }),
    tools: raw.tools.map((e) => ({ ...parseAs('tools', e.data), id: e.id, body: e.body })),
    reports: raw.reports.map((e) => ({ ...parseAs('reports', e.data), id: e.id, body: e.body })),
    regions: raw.regions.map((e) => ({ ...parseAs('regions', e.data), id: e.id })),
    themes: raw.themes.map((e) => parseAs('themes', e)),
  } as unknown as AtlasData;
  return buildIndex(data, 'en');
}
