/**
 * The DCAT-AP catalogue of the open data (/data/catalog.jsonld): one dcat:Dataset per
 * collection, each with its JSON and CSV distributions, described in the locale it is written for.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { routes } from '../routes.ts';
import { euCountryUri } from './countries.ts';
import { atlasModified, datesOf, earliest, latest } from './dates.ts';
import { byteSize, exportsFor } from './files.ts';
import { datasetDescription, datasetTitle } from './labels.ts';
import { exportCollections } from './records.ts';

export interface CatalogContext {
  root: string;
  publisher: { name: string; homepage: string };
  licence: string;
}

/** Each locale's code in the EU Publications Office language authority. */
const euLanguage: Record<Locale, string> = { en: 'ENG' };

/** The countries of these regions, by alpha-2 code, sorted. */
function countriesOf(atlas: AtlasIndex, regionIds: readonly string[]): string[] {
  const countries = regionIds.map((id) => atlas.region.get(id)?.country).filter((c): c is string => c !== undefined);
  return [...new Set(countries)].sort();
}

/** The regions a collection's entries are about. */
function regionsOf(atlas: AtlasIndex, collection: CollectionName): string[] {
  const regionIds: Record<CollectionName, () => string[]> = {
    practices: () => atlas.practices.map((p) => p.region),
    reports: () => atlas.reports.flatMap((r) => [r.host, ...r.participants]),
    regions: () => atlas.regions.map((r) => r.id),
    // Tools and themes describe no place.
    tools: () => [],
    themes: () => [],
  };
  return regionIds[collection]();
}

const typed = (value: string) => ({
  '@value': value,
  '@type': value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
});
const ref = (uri: string) => ({ '@id': uri });

const fileType = { json: 'JSON', csv: 'CSV' } as const;
const mediaType = { json: 'application/json', csv: 'text/csv' } as const;

/** The DCAT-AP catalogue. Sizes are measured on the strings `exportsFor` serialises for the same locale. */
export function buildCatalog(atlas: AtlasIndex, ctx: CatalogContext, locale: Locale): Record<string, unknown> {
  const { t, lang } = useTranslations(locale);
  const files = exportsFor(atlas, ctx.root, locale);
  const to = routes(ctx.root, locale);
  const text = (value: string) => ({ '@value': value, '@language': lang });
  const modified = atlasModified(atlas);
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': ctx.publisher.name, 'foaf:homepage': ref(ctx.publisher.homepage) };
  const licence = ref(ctx.licence);
  const language = ref(`http://publications.europa.eu/resource/authority/language/${euLanguage[locale]}`);
  const period = (dates: readonly string[]) => {
    const start = earliest(dates);
    const end = latest(dates);
    return start && end ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': typed(start), 'dcat:endDate': typed(end) } : undefined;
  };
  const spatial = (codes: readonly string[]) => codes.map(euCountryUri).filter((u): u is string => u !== undefined).map(ref);
  // Only the practices name keywords: the themes they are about.
  const keywords: Partial<Record<CollectionName, () => unknown[]>> = { practices: () => atlas.themes.map((th) => text(th.name)) };

  const datasets = exportCollections.map((collection) => {
    const dates = datesOf(atlas, collection);
    const datasetModified = latest(dates.modified) ?? modified;
    const temporal = period(dates.coverage);
    const title = datasetTitle(collection, locale);
    const distribution = (format: 'json' | 'csv') => {
      const url = to.dataFile(collection, format);
      return {
        '@id': url,
        '@type': 'dcat:Distribution',
        'dct:title': text(`${title} (${fileType[format]})`),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${mediaType[format]}`),
        'dct:format': ref(`http://publications.europa.eu/resource/authority/file-type/${fileType[format]}`),
        'dcat:byteSize': { '@value': byteSize(files[collection][format]), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': licence,
        ...(format === 'json' ? { 'dct:conformsTo': ref(to.dataSchema(collection)) } : {}),
      };
    };
    const keyword = keywords[collection];
    return {
      '@id': `${to.data}#${collection}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': collection,
      'dct:title': text(title),
      'dct:description': text(datasetDescription(collection, locale)),
      'dct:publisher': publisher,
      'dct:license': licence,
      'dct:language': language,
      'dct:accessRights': ref('http://publications.europa.eu/resource/authority/access-right/PUBLIC'),
      'dcat:theme': ref('http://publications.europa.eu/resource/authority/data-theme/GOVE'),
      'dcat:landingPage': ref(to.listing(collection)),
      ...(keyword ? { 'dcat:keyword': keyword() } : {}),
      'dct:spatial': spatial(countriesOf(atlas, regionsOf(atlas, collection))),
      ...(temporal ? { 'dct:temporal': temporal } : {}),
      ...(datasetModified ? { 'dct:modified': typed(datasetModified) } : {}),
      'dcat:distribution': [distribution('json'), distribution('csv')],
    };
  });

  const allCoverage = exportCollections.flatMap((c) => datesOf(atlas, c).coverage);
  const temporal = period(allCoverage);
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': to.catalog,
    '@type': 'dcat:Catalog',
    'dct:title': text(t('site.name')),
    'dct:description': text(t('data.catalog.description')),
    'dct:publisher': publisher,
    'dct:license': licence,
    'dct:language': language,
    'foaf:homepage': ref(ctx.root),
    'dct:spatial': spatial(countriesOf(atlas, atlas.regions.map((r) => r.id))),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    ...(modified ? { 'dct:modified': typed(modified) } : {}),
    'dcat:dataset': datasets,
  };
}
