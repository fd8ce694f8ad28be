/**
 * The DCAT-AP 3.0.1 catalogue of the open data (/data/catalog.jsonld): one dcat:Dataset per
 * collection, each with its JSON and CSV distributions, described in the locale it is written for.
 *
 * Every linked resource carries the class the profile's range shapes ask for (tests/fixtures/dcat-ap/),
 * and the EU Publications Office authority tables name the theme, file types, language, licence,
 * access rights, availability and countries, each concept with its scheme and its label, so a
 * harvester needs no other file to validate it. Without a site address (see address.ts) every
 * address of the site is relative to the catalogue itself, as JSON-LD resolves it.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { compareText, countryLabel } from '../format.ts';
import { routes } from '../routes.ts';
import { addressesIn, publishedRoot } from './address.ts';
import { alpha3 } from './countries.ts';
import { atlasModified, datesOf, earliest, latest } from './dates.ts';
import { byteSize, exportsFor } from './files.ts';
import { datasetDescription, datasetTitle } from './labels.ts';
import { exportCollections } from './records.ts';

export interface CatalogContext {
  /** The absolute root of the site, or its base path when it has no address (then addresses are relative to the catalogue). */
  root: string;
  publisher: { name: string; homepage: string };
  /** The content licence: its address, its code in the EU licence authority when it has one, its ADMS licence type if known. */
  licence: { url: string; eu?: string | undefined; type?: string | undefined };
  /** The e-mail address of the catalogue's contact point; none is named without it. */
  contactEmail?: string | undefined;
  /** YYYY-MM-DD the data was first published; left out when unknown. */
  issued?: string | undefined;
}

/** An EU Publications Office authority table ("Named Authority List"), or one of its concepts. */
const authority = (table: string, code?: string) => `http://publications.europa.eu/resource/authority/${table}${code === undefined ? '' : `/${code}`}`;

/** Each locale's code in the EU language authority. */
const euLanguage: Record<Locale, string> = { en: 'ENG' };
/** The EU data theme of every dataset: the atlas is about public administration and participation. */
const dataTheme = 'GOVE';
/** Planned availability: AVAILABLE is "for the medium term", what a project-funded site can promise. */
const availability = 'AVAILABLE';

/** The ADMS licence types (what a licence asks of its users), and their scheme at `${admsLicenceTypes}1.0`. */
const admsLicenceTypes = 'http://purl.org/adms/licencetype/';

const formats = {
  json: { fileType: 'JSON', mediaType: 'application/json' },
  csv: { fileType: 'CSV', mediaType: 'text/csv' },
} as const;
const rfc4180 = { '@id': 'https://www.rfc-editor.org/rfc/rfc4180', '@type': 'dct:Standard', 'dct:title': { '@value': 'Common Format and MIME Type for Comma-Separated Values (CSV) Files', '@language': 'en' } };

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

/** Keywords of a dataset, from its entries: the themes practices and tools are on, the kinds of report, the countries of regions, the themes. */
function keywordsOf(atlas: AtlasIndex, collection: CollectionName, locale: Locale): string[] {
  const { tv } = useTranslations(locale);
  const themeNames = (used: ReadonlyMap<string, readonly unknown[]>) => atlas.themes.filter((th) => (used.get(th.id)?.length ?? 0) > 0).map((th) => th.name);
  const keywords: Record<CollectionName, () => string[]> = {
    practices: () => themeNames(atlas.practicesByTheme),
    tools: () => themeNames(atlas.toolsByTheme),
    reports: () => [...new Set(atlas.reports.map((r) => r.kind))].map((kind) => tv('kind', kind)),
    regions: () => countriesOf(atlas, atlas.regions.map((r) => r.id)).map((code) => countryLabel(code, locale)),
    themes: () => atlas.themes.map((th) => th.name),
  };
  return [...new Set(keywords[collection]())].sort(compareText(locale, 'base'));
}

const typed = (value: string) => ({
  '@value': value,
  '@type': value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
});
const ref = (uri: string) => ({ '@id': uri });

/** The DCAT-AP catalogue. Sizes are measured on the strings `exportsFor` serialises for the same root and locale. */
export function buildCatalog(atlas: AtlasIndex, ctx: CatalogContext, locale: Locale): Record<string, unknown> {
  const { t, tv, lang } = useTranslations(locale);
  const root = publishedRoot(ctx.root);
  const files = exportsFor(atlas, root, locale);
  const to = routes(root, locale);
  const address = addressesIn(root, to.catalog);
  const text = (value: string) => ({ '@value': value, '@language': lang });
  const label = (table: string, code: string) => tv(`data.eu.${table}`, code);
  /** A concept of an EU authority table, typed as the property it fills asks (`classes`), with its scheme and label. */
  const concept = (table: string, code: string, classes: readonly string[], prefLabel = label(table, code)) => ({
    '@id': authority(table, code),
    '@type': [...classes, 'skos:Concept'],
    'skos:prefLabel': text(prefLabel),
    'skos:inScheme': ref(authority(table)),
  });
  const document = (url: string) => ({ '@id': address(url), '@type': 'foaf:Document' });

  const modified = atlasModified(atlas);
  // One agent and one contact, named the same wherever they appear (a blank node label joins them in RDF).
  const publisher = { '@id': '_:publisher', '@type': 'foaf:Agent', 'foaf:name': ctx.publisher.name, 'foaf:homepage': ref(ctx.publisher.homepage) };
  const contactPoint = ctx.contactEmail
    ? { '@id': '_:contact', '@type': ['vcard:Kind', 'vcard:Organization'], 'vcard:fn': ctx.publisher.name, 'vcard:hasEmail': ref(`mailto:${ctx.contactEmail}`) }
    : undefined;
  const licenceType = ctx.licence.type
    ? { 'dct:type': { '@id': `${admsLicenceTypes}${ctx.licence.type}`, '@type': 'skos:Concept', 'skos:prefLabel': text(tv('data.adms.licencetype', ctx.licence.type)), 'skos:inScheme': ref(`${admsLicenceTypes}1.0`) } }
    : {};
  const licence = ctx.licence.eu
    ? { ...concept('licence', ctx.licence.eu, ['dct:LicenseDocument']), ...licenceType, 'foaf:page': ref(ctx.licence.url) }
    : { '@id': ctx.licence.url, '@type': 'dct:LicenseDocument', ...licenceType };
  const language = concept('language', euLanguage[locale], ['dct:LinguisticSystem']);
  const accessRights = concept('access-right', 'PUBLIC', ['dct:RightsStatement']);
  const theme = concept('data-theme', dataTheme, []);
  const themeTaxonomy = { '@id': authority('data-theme'), '@type': 'skos:ConceptScheme', 'dct:title': text(t('data.eu.scheme.data-theme')) };
  const period = (dates: readonly string[]) => {
    const start = earliest(dates);
    const end = latest(dates);
    return start && end ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': typed(start), 'dcat:endDate': typed(end) } : undefined;
  };
  const spatial = (codes: readonly string[]) => codes.flatMap((code) => {
    const a3 = alpha3(code);
    return a3 ? [concept('country', a3, ['dct:Location'], countryLabel(code, locale))] : [];
  });

  const datasets = exportCollections.map((collection) => {
    const dates = datesOf(atlas, collection);
    const datasetModified = latest(dates.modified) ?? modified;
    const temporal = period(dates.coverage);
    const title = datasetTitle(collection, locale);
    const keywords = keywordsOf(atlas, collection, locale);
    const places = spatial(countriesOf(atlas, regionsOf(atlas, collection)));
    const distribution = (format: 'json' | 'csv') => {
      const url = address(to.dataFile(collection, format));
      const { fileType, mediaType } = formats[format];
      const conformsTo = format === 'json'
        ? { '@id': address(to.dataSchema(collection)), '@type': 'dct:Standard', 'dct:title': text(String(files[collection].schema['title'])) }
        : rfc4180;
      return {
        '@id': url,
        '@type': 'dcat:Distribution',
        'dct:title': text(`${title} (${fileType})`),
        'dct:description': text(t(`data.distribution.${format}`, { title })),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}`, '@type': 'dct:MediaType' },
        'dct:format': concept('file-type', fileType, ['dct:MediaTypeOrExtent']),
        'dcat:byteSize': { '@value': byteSize(files[collection][format]), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': licence,
        'dct:conformsTo': conformsTo,
        'dcatap:availability': concept('planned-availability', availability, []),
        ...(datasetModified ? { 'dct:modified': typed(datasetModified) } : {}),
      };
    };
    return {
      '@id': address(`${to.data}#${collection}`),
      '@type': 'dcat:Dataset',
      'dct:identifier': collection,
      'dct:title': text(title),
      'dct:description': text(datasetDescription(collection, locale)),
      'dct:publisher': publisher,
      ...(contactPoint ? { 'dcat:contactPoint': contactPoint } : {}),
      'dct:license': licence,
      'dct:language': language,
      'dct:accessRights': accessRights,
      'dcat:theme': theme,
      'dcat:landingPage': document(to.listing(collection)),
      ...(keywords.length ? { 'dcat:keyword': keywords.map(text) } : {}),
      ...(places.length ? { 'dct:spatial': places } : {}),
      ...(temporal ? { 'dct:temporal': temporal } : {}),
      ...(datasetModified ? { 'dct:modified': typed(datasetModified) } : {}),
      'dcat:distribution': [distribution('json'), distribution('csv')],
    };
  });

  const temporal = period(exportCollections.flatMap((c) => datesOf(atlas, c).coverage));
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dcatap: 'http://data.europa.eu/r5r/',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': address(to.catalog),
    '@type': 'dcat:Catalog',
    'dct:title': text(t('site.name')),
    'dct:description': text(t('data.catalog.description')),
    'dct:publisher': publisher,
    ...(contactPoint ? { 'dcat:contactPoint': contactPoint } : {}),
    'dct:license': licence,
    'dct:language': language,
    'foaf:homepage': document(to.home),
    'dcat:themeTaxonomy': themeTaxonomy,
    'dct:spatial': spatial(countriesOf(atlas, atlas.regions.map((r) => r.id))),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    ...(ctx.issued ? { 'dct:issued': typed(ctx.issued) } : {}),
    ...(modified ? { 'dct:modified': typed(modified) } : {}),
    'dcat:dataset': datasets,
  };
}
