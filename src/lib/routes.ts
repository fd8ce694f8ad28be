/**
 * Every internal address of the site, built here and nowhere else, from the collection registry.
 *
 * `routes(root, locale)` gives the addresses under `root`, which is one of
 * - a base path ("/", "/kb/"): the links in pages;
 * - the absolute root of the published site ("https://example.org/kb/", see siteRoot): open data, feed, meta;
 * - "" : paths relative to the site root, which models (tables, compare records, the offline index)
 *   and browser scripts hold and put under the base themselves (`at`).
 * The default locale's pages sit at the root, another locale's under /<locale>/. Files that are the
 * same in every language (open data, the search bundle, media, sitemap) have one address.
 */
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { collectionInfo, collectionRegistry, type CollectionName } from '../site-model/collections.ts';
import { normaliseBase, withBase } from './urls.ts';

type Registered = (typeof collectionRegistry)[number];
/** One builder per collection, named by its singular: practice(id) → ".../practices/<id>/". */
type EntryBuilders = { readonly [C in Registered as C['singular']]: (id: string) => string };
/** One listing address per collection, named by the collection: practices → ".../practices/". */
type ListingAddresses = { readonly [C in Registered as C['name']]: string };

export type DataFormat = 'json' | 'csv';

/** The folder Pagefind writes its bundle into, at the site root. */
export const pagefindFolder = 'pagefind';
/** The folder of the offline edition's own scripts (npm run build:offline). */
export const offlineFolder = 'offline';
/** The folder of public/ that holds the images of <Figure>, served at the same path. */
export const mediaFolder = 'media';
/** The site's icon, a file of public/. */
export const faviconFile = 'favicon.svg';

/** Path segment of a locale's pages: "" for the default locale, "fr/" for another. */
export function localeSegment(locale: Locale): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/** The absolute address of the site root, base path included: "https://example.org/kb/". */
export function siteRoot(site: string | URL, base: string): string {
  return new URL(withBase(base, ''), site).href;
}

/** Page `number` of a listing whose first page is `first`: "/kb/practices/" → "/kb/practices/page/2/". */
export function pagePath(first: string, number: number): string {
  return number === 1 ? first : `${first}page/${number}/`;
}

/** The parameter of a `[...page]` route for page `number`: none for the first page. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** The path segment of a country's listing: "FI" → "fi". */
export const countryParam = (code: string) => code.toLowerCase();

/** Built pages Pagefind indexes: every entry page of the collections with a search type, in every locale. */
export function indexedPagesGlob(locales: readonly Locale[]): string {
  const routes = collectionRegistry.filter((c) => c.searchType).map((c) => c.route);
  const prefixes = locales.map(localeSegment);
  const inLocales = prefixes.length === 1 ? prefixes[0]! : `{${prefixes.join(',')}}`;
  return `${inLocales}{${routes.join(',')}}/*/index.html`;
}

const isAbsolute = (root: string) => /^[a-z][a-z0-9+.-]*:/i.test(root);

const made = new Map<string, Routes>();

/** The addresses under `root` for `locale`, made once per root and locale. */
export function routes(root: string, locale: Locale): Routes {
  const key = `${locale} ${root}`;
  let built = made.get(key);
  if (!built) made.set(key, (built = build(root, locale)));
  return built;
}

function build(root: string, locale: Locale) {
  const prefix = root === '' ? '' : isAbsolute(root) ? root.replace(/\/?$/, '/') : normaliseBase(root);
  /** A file that is the same in every locale. */
  const file = (path: string) => `${prefix}${path}`;
  /** A page, or a file rendered for this locale. */
  const page = (path: string) => `${prefix}${localeSegment(locale)}${path}`;
  const entry = (collection: CollectionName, id: string) => page(`${collectionInfo(collection).route}/${id}/`);
  const listing = (collection: CollectionName) => page(`${collectionInfo(collection).route}/`);
  const practices = listing('practices');

  const entries = Object.fromEntries(collectionRegistry.map((c) => [c.singular, (id: string) => entry(c.name, id)])) as EntryBuilders;
  const listings = Object.fromEntries(collectionRegistry.map((c) => [c.name, listing(c.name)])) as ListingAddresses;

  return {
    ...entries,
    ...listings,
    locale,
    /** The site root under this root: the base path, or the absolute root. */
    root: prefix,
    /** The home page of this locale. */
    home: page(''),
    entry,
    listing,
    /** A path relative to the site root, as models and scripts hold them, under this root. */
    at: (sitePath: string) => file(sitePath.replace(/^\/+/, '')),
    practicesInCountry: (code: string) => `${practices}country/${countryParam(code)}/`,
    practicesAtLevel: (level: string) => `${practices}level/${level}/`,
    toolsCompare: `${listing('tools')}compare/`,
    search: page('search/'),
    /** The search page's long filter groups, fetched when one opens. */
    searchFacets: page('search/facets.json'),
    /** The compare page, optionally with practices chosen: ?items=a,b. */
    compare: (items: readonly string[] = []) => `${page('compare/')}${items.length ? `?items=${items.join(',')}` : ''}`,
    /** The folder of the compare page's data files (<n>.json, see compare-buckets.ts). */
    compareData: page('compare/data/'),
    about: page('about/'),
    accessibility: page('accessibility/'),
    /** The open-data page. */
    data: page('data/'),
    dataFile: (collection: CollectionName, format: DataFormat) => file(`data/${collectionInfo(collection).exportName}.${format}`),
    dataSchema: (collection: CollectionName) => file(`data/schema/${collectionInfo(collection).exportName}.schema.json`),
    catalog: file('data/catalog.jsonld'),
    /** A table's CSV download (tables/<id>.csv). */
    table: (id: string) => page(`tables/${id}.csv`),
    feed: page('rss.xml'),
    sitemap: file('sitemap-index.xml'),
    pagefind: file(`${pagefindFolder}/pagefind.js`),
    /** The offline edition's search index and compare data, classic scripts for file:// (npm run build:offline). */
    offlineIndex: page(`${offlineFolder}/search-index.js`),
    offlineCompareData: page(`${offlineFolder}/compare-data.js`),
    /** The offline edition's classic bundle of a browser script (src/scripts/<name>.ts). */
    offlineScript: (name: string) => file(`${offlineFolder}/${name}.js`),
    /** A file in public/media/, as <Figure src> names it. */
    media: (src: string) => file(`${mediaFolder}/${src.replace(/^\/+/, '')}`),
    favicon: file(faviconFile),
  };
}

export type Routes = ReturnType<typeof build>;
