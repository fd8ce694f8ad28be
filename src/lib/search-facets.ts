import type { Locale } from '../i18n/locales.ts';
import type { SearchFilters, SearchResultMeta } from '../site-model/search.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { periodText } from './describe.ts';
import { practiceCompleteness } from './practice-completeness.ts';
import type { Practice, Region, Report, Tool } from './types.ts';
import { validationState } from './validation.ts';

export interface SearchFacets {
  /** Filter name → values (ids and codes, stable across languages). */
  filters: SearchFilters;
  /** Shown with each result. */
  meta: SearchResultMeta;
  /** Present on every indexed page, so none drops out of a sorted search. */
  sort: { title: string; date: string };
}

/** An indexed entry, by the search type of its collection (collectionRegistry). */
type Entry =
  | { kind: 'practice'; entry: Practice }
  | { kind: 'tool'; entry: Tool }
  | { kind: 'report'; entry: Report }
  | { kind: 'region'; entry: Region };

const unique = (values: Iterable<string | undefined>) => [...new Set([...values].filter((v): v is string => Boolean(v)))].sort();

/** What the search index records for one entry page, rendered for `locale`: filters, result metadata and sort keys. */
export function searchFacets(atlas: AtlasIndex, item: Entry, locale: Locale): SearchFacets {
  const type = item.kind;
  switch (item.kind) {
    case 'practice': {
      const p = item.entry;
      const region = atlas.region.get(p.region);
      return {
        filters: {
          type: [type], theme: unique(p.themes), country: unique([region?.country]), region: [p.region], tool: unique(p.tools), level: [p.level],
          validation: [validationState(p)], completeness: [practiceCompleteness(p).level],
        },
        meta: { type, summary: p.summary, region: region?.name ?? p.region, years: periodText(p.start, p.end, locale) },
        sort: { title: p.title.toLowerCase(), date: p.updated },
      };
    }
    case 'tool': {
      const tool = item.entry;
      const deployments = atlas.practicesByTool.get(tool.id) ?? [];
      const regions = deployments.map((p) => atlas.region.get(p.region));
      return {
        filters: { type: [type], theme: unique(tool.themes), country: unique(regions.map((r) => r?.country)), region: unique(deployments.map((p) => p.region)), tool: [tool.id] },
        meta: { type, summary: tool.summary, region: '', years: String(tool.firstRelease) },
        sort: { title: tool.name.toLowerCase(), date: tool.reviewed },
      };
    }
    case 'report': {
      const r = item.entry;
      const host = atlas.region.get(r.host);
      const practices = r.practices.map((id) => atlas.practice.get(id)).filter((p): p is Practice => Boolean(p));
      return {
        filters: {
          type: [type],
          theme: unique(practices.flatMap((p) => p.themes)),
          country: unique([host?.country, ...r.participants.map((id) => atlas.region.get(id)?.country)]),
          region: unique([r.host, ...r.participants]),
          tool: unique([...(r.tools ?? []), ...practices.flatMap((p) => p.tools)]),
        },
        meta: { type, summary: r.summary, region: host?.name ?? r.host, years: r.date.slice(0, 4) },
        sort: { title: r.title.toLowerCase(), date: r.date },
      };
    }
    case 'region': {
      const region = item.entry;
      const practices = atlas.practicesByRegion.get(region.id) ?? [];
      return {
        filters: { type: [type], theme: unique(practices.flatMap((p) => p.themes)), country: [region.country], region: [region.id], tool: unique(practices.flatMap((p) => p.tools)) },
        meta: { type, summary: region.summary ?? '', region: region.name, years: '' },
        sort: { title: region.name.toLowerCase(), date: '0000-00-00' },
      };
    }
  }
}
