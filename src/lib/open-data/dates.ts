/**
 * The editorial dates of the atlas: when each collection's content was last reviewed and what
 * period it covers. From the content only, never the build time, so builds are reproducible.
 */
import { collectionNames, type CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';

/** Partial ISO dates ("2016", "2016-05", "2016-05-12") as strings; they compare correctly as text. */
const isoPoint = (value: unknown): string | undefined =>
  typeof value === 'number' ? String(value).padStart(4, '0') : typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : undefined;

/** A collection's dates: every point of the period it covers, and the dates its entries were last changed. */
export function datesOf(atlas: AtlasIndex, collection: CollectionName): { coverage: string[]; modified: string[] } {
  const clean = (values: unknown[]) => values.map(isoPoint).filter((v): v is string => v !== undefined);
  switch (collection) {
    case 'practices':
      return { coverage: clean(atlas.practices.flatMap((p) => [p.start, p.end, p.updated])), modified: clean(atlas.practices.map((p) => p.updated)) };
    case 'tools':
      return { coverage: clean(atlas.tools.flatMap((x) => [x.firstRelease, x.reviewed])), modified: clean(atlas.tools.map((x) => x.reviewed)) };
    case 'reports':
      return { coverage: clean(atlas.reports.flatMap((r) => [r.date, r.endDate])), modified: clean(atlas.reports.map((r) => r.endDate ?? r.date)) };
    default:
      return { coverage: [], modified: [] };
  }
}

export const earliest = (values: readonly string[]) => values.reduce<string | undefined>((min, v) => (min === undefined || v < min ? v : min), undefined);
export const latest = (values: readonly string[]) => values.reduce<string | undefined>((max, v) => (max === undefined || v > max ? v : max), undefined);

/** The latest editorial date in the atlas: practices' updated, tools' reviewed, reports' dates. Never the build time. */
export function atlasModified(atlas: AtlasIndex): string | undefined {
  return latest(collectionNames.flatMap((c) => datesOf(atlas, c).modified));
}
