/**
 * The collections of the knowledge base, one line each. Everything else that names a collection
 * derives from here: the CollectionName type, the content contract (src/schemas/index.ts), every
 * address (src/lib/routes.ts), the open-data files and the search index's `type` filter.
 * Imports nothing, so schemas, lib, pages and browser scripts can all read it.
 */
export interface CollectionInfo {
  /** The Astro collection and the key of the atlas data: "practices". */
  readonly name: string;
  /** One entry, in messages and `npm run new`: "practice". */
  readonly singular: string;
  /** Where its files live inside the content folder: a folder, or the one YAML file of a list. */
  readonly folder: string;
  /** `folder`: one file per entry; `list`: one YAML file holding a list of entries with ids. */
  readonly layout: 'folder' | 'list';
  readonly extension: '.mdx' | '.yaml';
  /** First path segment of its pages: /<route>/ lists the entries, /<route>/<id>/ shows one. */
  readonly route: string;
  /** Its pages' value of the search index's `type` filter; null when they are not indexed. */
  readonly searchType: string | null;
  /** Name of its open-data files: /data/<exportName>.json and .csv, /data/schema/<exportName>.schema.json. */
  readonly exportName: string;
}

/** In the order readers meet them: the navigation, the data page and the catalogue list them so. */
export const collectionRegistry = [
  { name: 'practices', singular: 'practice', folder: 'practices', layout: 'folder', extension: '.mdx', route: 'practices', searchType: 'practice', exportName: 'practices' },
  { name: 'tools', singular: 'tool', folder: 'tools', layout: 'folder', extension: '.mdx', route: 'tools', searchType: 'tool', exportName: 'tools' },
  { name: 'reports', singular: 'report', folder: 'reports', layout: 'folder', extension: '.mdx', route: 'reports', searchType: 'report', exportName: 'reports' },
  { name: 'regions', singular: 'region', folder: 'regions', layout: 'folder', extension: '.yaml', route: 'regions', searchType: 'region', exportName: 'regions' },
  { name: 'themes', singular: 'theme', folder: 'themes.yaml', layout: 'list', extension: '.yaml', route: 'themes', searchType: null, exportName: 'themes' },
] as const satisfies readonly CollectionInfo[];

type Registered = (typeof collectionRegistry)[number];
export type CollectionName = Registered['name'];
/** Collections written one file per entry: what `npm run new` can start, by singular ("practice"). */
export type FolderSingular = Extract<Registered, { layout: 'folder' }>['singular'];
/** Collections whose entries have an MDX body, rendered on their pages. */
export type BodyCollection = Extract<Registered, { extension: '.mdx' }>['name'];
/** Values of the search index's `type` filter. */
export type SearchType = NonNullable<Registered['searchType']>;
export type Collection<N extends CollectionName = CollectionName> = Extract<Registered, { name: N }>;

export const collectionNames: readonly CollectionName[] = collectionRegistry.map((c) => c.name);

const byName = new Map<string, Registered>(collectionRegistry.map((c) => [c.name, c]));
export function collectionInfo<N extends CollectionName>(name: N): Collection<N> {
  const info = byName.get(name);
  if (!info) throw new Error(`unknown collection ${name}`);
  return info as Collection<N>;
}

/** The search types in registry order: practice, tool, report, region. */
export const searchTypes: readonly SearchType[] = collectionRegistry.flatMap((c) => (c.searchType ? [c.searchType] : []));

/** The collections `npm run new` writes a file for, by singular. */
export const folderCollections: ReadonlyArray<Extract<Registered, { layout: 'folder' }>> = collectionRegistry.filter(
  (c): c is Extract<Registered, { layout: 'folder' }> => c.layout === 'folder',
);
