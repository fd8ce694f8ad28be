/**
 * Open data: the records, files and metadata the site publishes under /data/, the RSS items,
 * and the machine-readable description of every entry page (schema.org JSON-LD, citation and
 * Dublin Core meta). Pure functions of the atlas; the endpoints and components only serialise.
 */
import { defaultLocale, useTranslations, type MessageKey } from '../i18n/index.ts';
import { countryName, idPattern, spdxLicenseIds } from '../schemas/common.ts';
import { collectionSpec, type CollectionName } from '../schemas/index.ts';
import { collectionNames } from '../site-model/collections.ts';
import type { AtlasIndex } from './atlas-index.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { exportFileSchema, recordSchemaFor, type ExtraField } from './json-schema.ts';
import { routes } from './routes.ts';
import type { Practice, Region, Report, Theme, Tool } from './types.ts';

// The open data is published once, in the default locale; the entry metadata and the feed follow it
// until this module is split by output (issue 14), when they take the locale of their page.
const { t } = useTranslations(defaultLocale);

/* ------------------------------------------------------------------ addresses */

/** Every collection the site exports, in the order the data page lists them (the registry's). */
export const exportCollections: readonly CollectionName[] = collectionNames;

export { siteRoot } from './routes.ts';

/** Addresses under the absolute root of the site (siteRoot). */
const under = (root: string) => routes(root, defaultLocale);
/** How texts name an open-data file: "/data/regions.json". */
const dataFileName = (collection: CollectionName) => routes('/', defaultLocale).dataFile(collection, 'json');

/** Size in bytes of a text file written as UTF-8: what the endpoints write. */
export const byteSize = (text: string) => new TextEncoder().encode(text).byteLength;

/* ------------------------------------------------------------------ records */

type Entry = Practice | Tool | Report | Region | Theme;
type ExportRecord = Record<string, unknown>;

function entriesOf(atlas: AtlasIndex, collection: CollectionName): readonly Entry[] {
  const lists: Record<CollectionName, readonly Entry[]> = {
    practices: atlas.practices, tools: atlas.tools, reports: atlas.reports, regions: atlas.regions, themes: atlas.themes,
  };
  return [...lists[collection]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const sortedIds = (list: readonly { id: string }[] | undefined) => (list ?? []).map((e) => e.id).sort();

interface DerivedField {
  name: string;
  /** The collection the ids point to, or undefined for a plain value. */
  of?: CollectionName;
  description: MessageKey;
  value: (atlas: AtlasIndex, id: string) => unknown;
}

/** Fields computed from other entries, added after the contract fields and url. Lists of ids are sorted. */
const derivedFields: Record<CollectionName, readonly DerivedField[]> = {
  practices: [
    { name: 'country', description: 'data.field.practices.country', value: (a, id) => a.region.get(a.practice.get(id)?.region ?? '')?.country },
    { name: 'reports', of: 'reports', description: 'data.field.practices.reports', value: (a, id) => sortedIds(a.reportsByPractice.get(id)) },
  ],
  tools: [
    { name: 'deployments', of: 'practices', description: 'data.field.tools.deployments', value: (a, id) => sortedIds(a.practicesByTool.get(id)) },
    { name: 'reports', of: 'reports', description: 'data.field.tools.reports', value: (a, id) => sortedIds(a.reportsByTool.get(id)) },
  ],
  reports: [],
  regions: [
    { name: 'practices', of: 'practices', description: 'data.field.regions.practices', value: (a, id) => sortedIds(a.practicesByRegion.get(id)) },
    { name: 'transfers', of: 'practices', description: 'data.field.regions.transfers', value: (a, id) => sortedIds(a.transfersToRegion.get(id)) },
    { name: 'reportsHosted', of: 'reports', description: 'data.field.regions.reportsHosted', value: (a, id) => sortedIds(a.reportsHostedBy.get(id)) },
    { name: 'reportsAttended', of: 'reports', description: 'data.field.regions.reportsAttended', value: (a, id) => sortedIds(a.reportsAttendedBy.get(id)) },
  ],
  themes: [
    { name: 'practices', of: 'practices', description: 'data.field.themes.practices', value: (a, id) => sortedIds(a.practicesByTheme.get(id)) },
    { name: 'tools', of: 'tools', description: 'data.field.themes.tools', value: (a, id) => sortedIds(a.toolsByTheme.get(id)) },
  ],
};

const describeRef = (collection: CollectionName) => t('data.field.ref', { singular: collectionSpec(collection).singular, file: dataFileName(collection) });

const idListSchema = (of: CollectionName, description: string) => ({
  type: 'array',
  items: { type: 'string', pattern: idPattern.source, description: describeRef(of) },
  description,
});

/** JSON Schema of one exported record of the collection (the item schema of /data/<collection>.json). */
export function recordSchema(collection: CollectionName): Record<string, unknown> {
  const derived: ExtraField[] = derivedFields[collection].map((field) => ({
    name: field.name,
    schema: field.of
      ? idListSchema(field.of, t(field.description))
      : { type: 'string', pattern: '^[A-Z]{2}$', description: t(field.description) },
  }));
  return recordSchemaFor(collectionSpec(collection), {
    describeRef,
    id: { name: 'id', schema: { type: 'string', pattern: idPattern.source, description: t('data.field.id') } },
    url: { name: 'url', schema: { type: 'string', format: 'uri', description: t('data.field.url') } },
    derived,
  });
}

const contractFieldCache = new Map<CollectionName, string[]>();
/** The contract fields of a collection, in schema order (from the same zod schema as the content check). */
function contractFields(collection: CollectionName): string[] {
  let fields = contractFieldCache.get(collection);
  if (!fields) {
    const shape = recordSchemaFor(collectionSpec(collection), {
      describeRef: () => '', id: { name: 'id', schema: {} }, url: { name: 'url', schema: {} }, derived: [],
    })['properties'] as Record<string, unknown>;
    fields = Object.keys(shape).filter((name) => name !== 'id' && name !== 'url');
    contractFieldCache.set(collection, fields);
  }
  return fields;
}

/**
 * One record per entry, sorted by id: id, every contract field the entry has (references as
 * ids), url (absolute), then the derived fields. The MDX body is not part of the record.
 */
export function buildRecords(atlas: AtlasIndex, collection: CollectionName, root: string): ExportRecord[] {
  const fields = contractFields(collection);
  return entriesOf(atlas, collection).map((entry) => {
    const source = entry as unknown as Record<string, unknown>;
    const record: ExportRecord = { id: entry.id };
    for (const field of fields) if (source[field] !== undefined) record[field] = source[field];
    record['url'] = under(root).entry(collection, entry.id);
    for (const field of derivedFields[collection]) record[field.name] = field.value(atlas, entry.id);
    return record;
  });
}

/* ------------------------------------------------------------------ CSV */

type PathSegment = string | number;
/** A CSV column: one leaf of the record schema. `*` in the path stands for each item of a list. */
export interface Column {
  /** The header: the JSON path with dots, lists left out: "resources.budget.amount", "indicators.label". */
  name: string;
  path: readonly PathSegment[];
  /** JSON types the value may have. */
  types: readonly string[];
  /** True when the cell holds a list, items joined with "; ". */
  list: boolean;
  required: boolean;
  values?: readonly unknown[];
  format?: string;
  pattern?: string;
  description?: string;
}

/** Friendlier names for the positions of tuples. */
const tupleLabels: Record<string, readonly string[]> = { coordinates: ['latitude', 'longitude'] };

type SchemaNode = Record<string, unknown>;
const asNode = (value: unknown): SchemaNode => (value && typeof value === 'object' ? (value as SchemaNode) : {});

function leafTypes(node: SchemaNode): string[] {
  if (typeof node['type'] === 'string') return [node['type']];
  const anyOf = Array.isArray(node['anyOf']) ? (node['anyOf'] as unknown[]).map(asNode) : [];
  return [...new Set(anyOf.flatMap(leafTypes))];
}

function leaf(node: SchemaNode, path: PathSegment[], name: string[], required: boolean, list: boolean, container: SchemaNode = {}): Column {
  const column: Column = { name: name.join('.'), path, types: leafTypes(node), list, required };
  const members = Array.isArray(node['anyOf']) ? (node['anyOf'] as unknown[]).map(asNode) : [];
  const values = node['enum'];
  const format = node['format'];
  const pattern = node['pattern'] ?? members.map((m) => m['pattern']).find((p) => typeof p === 'string');
  // A list's own description (a derived field) says more than its items' (the id of a region).
  const description = container['description'] ?? node['description'];
  return {
    ...column,
    ...(Array.isArray(values) ? { values } : {}),
    ...(typeof format === 'string' ? { format } : {}),
    ...(typeof pattern === 'string' ? { pattern } : {}),
    ...(typeof description === 'string' ? { description } : {}),
  };
}

/** The CSV columns of a record schema: nested objects flattened into dotted columns, lists kept in one cell. */
export function columnsOf(node: SchemaNode, path: PathSegment[] = [], name: string[] = [], required = true, list = false): Column[] {
  const properties = node['properties'];
  if (properties && typeof properties === 'object') {
    const requiredHere = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
    return Object.entries(properties as Record<string, unknown>).flatMap(([key, child]) =>
      columnsOf(asNode(child), [...path, key], [...name, key], required && requiredHere.has(key), list));
  }
  const keys = asNode(node['propertyNames'])['enum'];
  if (node['type'] === 'object' && Array.isArray(keys)) {
    return keys.map(String).flatMap((key) => columnsOf(asNode(node['additionalProperties']), [...path, key], [...name, key], false, list));
  }
  if (node['type'] === 'array') {
    const tuple = node['prefixItems'];
    if (Array.isArray(tuple)) {
      const labels = tupleLabels[name.join('.')];
      return tuple.flatMap((child, i) => columnsOf(asNode(child), [...path, i], [...name, labels?.[i] ?? String(i)], required, list));
    }
    const items = asNode(node['items']);
    if (items['properties'] || items['type'] === 'object' || items['type'] === 'array') return columnsOf(items, [...path, '*'], name, required, true);
    return [leaf(items, [...path, '*'], name, required, true, node)];
  }
  return [leaf(node, path, name, required, list)];
}

function pick(value: unknown, path: readonly PathSegment[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return value === undefined || value === null ? [] : [value];
  if (head === '*') {
    // One value per item, '' for a missing one, so the lists of one array line up across columns.
    return Array.isArray(value) ? value.flatMap((item) => {
      const picked = pick(item, rest);
      return picked.length ? picked : [''];
    }) : [];
  }
  return value !== null && typeof value === 'object' ? pick((value as Record<PathSegment, unknown>)[head], rest) : [];
}

const cellText = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);

/**
 * One cell: the number itself when the record holds exactly one number there (so the CSV keeps
 * -8.6 a number), else text: a list's items joined with "; ", empty when there is nothing.
 */
export function cellOf(record: ExportRecord, column: Pick<Column, 'path'>): CsvCell {
  const values = pick(record, column.path);
  if (values.length === 1 && typeof values[0] === 'number') return values[0];
  const texts = values.map(cellText);
  return texts.every((text) => text === '') ? '' : texts.join('; ');
}

/** CSV (see csv.ts), one row per record under a header row of column names. */
export function recordsToCsv(records: readonly ExportRecord[], columns: readonly Column[]): string {
  return toCsv([columns.map((c) => c.name), ...records.map((record) => columns.map((c) => cellOf(record, c)))]);
}

export const recordsToJson = (records: readonly ExportRecord[]) => `${JSON.stringify(records, null, 2)}\n`;

/* ------------------------------------------------------------------ all files of a build */

export interface CollectionExport {
  collection: CollectionName;
  records: ExportRecord[];
  columns: Column[];
  /** The published JSON Schema of /data/<collection>.json (an array of records). */
  schema: Record<string, unknown>;
  /** Exactly the text of each file. */
  json: string;
  csv: string;
  schemaJson: string;
}

const datasetText = {
  practices: { title: 'data.practices.title', description: 'data.practices.description' },
  tools: { title: 'data.tools.title', description: 'data.tools.description' },
  reports: { title: 'data.reports.title', description: 'data.reports.description' },
  regions: { title: 'data.regions.title', description: 'data.regions.description' },
  themes: { title: 'data.themes.title', description: 'data.themes.description' },
} as const satisfies Record<CollectionName, { title: MessageKey; description: MessageKey }>;

export const datasetTitle = (collection: CollectionName) => t(datasetText[collection].title);
export const datasetDescription = (collection: CollectionName) => t(datasetText[collection].description);

const exportCache = new WeakMap<AtlasIndex, Map<string, Record<CollectionName, CollectionExport>>>();

/**
 * Every open-data file of one build, serialised once: the endpoints write these strings and the
 * catalogue measures the same strings, so stated sizes and files cannot disagree.
 */
export function exportsFor(atlas: AtlasIndex, root: string): Record<CollectionName, CollectionExport> {
  let byRoot = exportCache.get(atlas);
  if (!byRoot) exportCache.set(atlas, (byRoot = new Map()));
  const cached = byRoot.get(root);
  if (cached) return cached;
  const result = Object.fromEntries(exportCollections.map((collection) => {
    const record = recordSchema(collection);
    const columns = columnsOf(record);
    const records = buildRecords(atlas, collection, root);
    const schema = exportFileSchema(record, {
      id: under(root).dataSchema(collection),
      title: t('data.schema.title', { title: datasetTitle(collection), file: dataFileName(collection) }),
      description: datasetDescription(collection),
    });
    const value: CollectionExport = {
      collection, records, columns, schema,
      json: recordsToJson(records),
      csv: recordsToCsv(records, columns),
      schemaJson: `${JSON.stringify(schema, null, 2)}\n`,
    };
    return [collection, value];
  })) as Record<CollectionName, CollectionExport>;
  byRoot.set(root, result);
  return result;
}

/* ------------------------------------------------------------------ dates and places */

/** Partial ISO dates ("2016", "2016-05", "2016-05-12") as strings; they compare correctly as text. */
const isoPoint = (value: unknown): string | undefined =>
  typeof value === 'number' ? String(value).padStart(4, '0') : typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : undefined;

function datesOf(atlas: AtlasIndex, collection: CollectionName): { coverage: string[]; modified: string[] } {
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

const earliest = (values: readonly string[]) => values.reduce<string | undefined>((min, v) => (min === undefined || v < min ? v : min), undefined);
const latest = (values: readonly string[]) => values.reduce<string | undefined>((max, v) => (max === undefined || v > max ? v : max), undefined);

/** The latest editorial date in the atlas: practices' updated, tools' reviewed, reports' dates. Never the build time. */
export function atlasModified(atlas: AtlasIndex): string | undefined {
  return latest(exportCollections.flatMap((c) => datesOf(atlas, c).modified));
}

/** ISO 3166-1 alpha-2 → alpha-3, from Debian's iso-codes (iso_3166-1.json): pairs of a 2-letter and a 3-letter code. */
const alpha3Table =
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE ' +
  'BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS ' +
  'BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN ' +
  'COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST ' +
  'EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF ' +
  'GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD ' +
  'HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM ' +
  'JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA ' +
  'LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD ' +
  'MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM ' +
  'NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG ' +
  'PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA ' +
  'SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD ' +
  'STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON ' +
  'TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR ' +
  'VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE ' +
  // Not in ISO 3166-1, but a user-assigned code that Intl names and the EU country authority lists.
  'XKXKX';
const alpha3Map = new Map(alpha3Table.split(' ').map((pair) => [pair.slice(0, 2), pair.slice(2)]));

/** "FI" → "FIN"; undefined for an unknown code. */
export const alpha3 = (alpha2: string): string | undefined => alpha3Map.get(alpha2);

/** The EU Publications Office country authority URI of an alpha-2 code. */
export function euCountryUri(alpha2: string): string | undefined {
  const code = alpha3(alpha2);
  return code ? `http://publications.europa.eu/resource/authority/country/${code}` : undefined;
}

function countriesOf(atlas: AtlasIndex, collection: CollectionName): string[] {
  const regionIds: Record<CollectionName, () => string[]> = {
    practices: () => atlas.practices.map((p) => p.region),
    reports: () => atlas.reports.flatMap((r) => [r.host, ...r.participants]),
    regions: () => atlas.regions.map((r) => r.id),
    // Tools and themes describe no place.
    tools: () => [],
    themes: () => [],
  };
  const countries = regionIds[collection]().map((id) => atlas.region.get(id)?.country).filter((c): c is string => c !== undefined);
  return [...new Set(countries)].sort();
}

/* ------------------------------------------------------------------ DCAT-AP catalogue */

export interface CatalogContext {
  root: string;
  publisher: { name: string; homepage: string };
  licence: string;
}

const typed = (value: string) => ({
  '@value': value,
  '@type': value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
});
const ref = (uri: string) => ({ '@id': uri });
const text = (value: string) => ({ '@value': value, '@language': 'en' });

const fileType = { json: 'JSON', csv: 'CSV' } as const;
const mediaType = { json: 'application/json', csv: 'text/csv' } as const;

/**
 * The DCAT-AP catalogue (/data/catalog.jsonld): one dcat:Dataset per collection, each with its
 * JSON and CSV distributions. Sizes are measured on the strings `exportsFor` serialises.
 */
export function buildCatalog(atlas: AtlasIndex, ctx: CatalogContext): Record<string, unknown> {
  const files = exportsFor(atlas, ctx.root);
  const to = under(ctx.root);
  const modified = atlasModified(atlas);
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': ctx.publisher.name, 'foaf:homepage': ref(ctx.publisher.homepage) };
  const licence = ref(ctx.licence);
  const language = ref('http://publications.europa.eu/resource/authority/language/ENG');
  const period = (dates: readonly string[]) => {
    const start = earliest(dates);
    const end = latest(dates);
    return start && end ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': typed(start), 'dcat:endDate': typed(end) } : undefined;
  };
  const spatial = (codes: readonly string[]) => codes.map(euCountryUri).filter((u): u is string => u !== undefined).map(ref);

  const datasets = exportCollections.map((collection) => {
    const dates = datesOf(atlas, collection);
    const datasetModified = latest(dates.modified) ?? modified;
    const temporal = period(dates.coverage);
    const distribution = (format: 'json' | 'csv') => {
      const url = to.dataFile(collection, format);
      return {
        '@id': url,
        '@type': 'dcat:Distribution',
        'dct:title': text(`${datasetTitle(collection)} (${fileType[format]})`),
        'dcat:accessURL': ref(url),
        'dcat:downloadURL': ref(url),
        'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${mediaType[format]}`),
        'dct:format': ref(`http://publications.europa.eu/resource/authority/file-type/${fileType[format]}`),
        'dcat:byteSize': { '@value': byteSize(files[collection][format]), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': licence,
        ...(format === 'json' ? { 'dct:conformsTo': ref(to.dataSchema(collection)) } : {}),
      };
    };
    return {
      '@id': `${to.data}#${collection}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': collection,
      'dct:title': text(datasetTitle(collection)),
      'dct:description': text(datasetDescription(collection)),
      'dct:publisher': publisher,
      'dct:license': licence,
      'dct:language': language,
      'dct:accessRights': ref('http://publications.europa.eu/resource/authority/access-right/PUBLIC'),
      'dcat:theme': ref('http://publications.europa.eu/resource/authority/data-theme/GOVE'),
      'dcat:landingPage': ref(to.listing(collection)),
      ...(collection === 'practices' ? { 'dcat:keyword': atlas.themes.map((th) => text(th.name)) } : {}),
      'dct:spatial': spatial(countriesOf(atlas, collection)),
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
    'dct:spatial': spatial(countriesOf(atlas, 'regions')),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    ...(modified ? { 'dct:modified': typed(modified) } : {}),
    'dcat:dataset': datasets,
  };
}

/* ------------------------------------------------------------------ RSS */

export interface FeedItem {
  title: string;
  link: string;
  /** YYYY-MM-DD: a practice's last review, a report's first day. */
  date: string;
  description: string;
  categories: string[];
}

/** The newest practices (by updated) and reports (by date), newest first. */
export function feedItems(atlas: AtlasIndex, root: string, limit = 20): FeedItem[] {
  const to = under(root);
  const items: FeedItem[] = [
    ...atlas.practices.map((p) => ({
      title: p.title,
      link: to.practice(p.id),
      date: p.updated,
      description: p.summary,
      categories: [t('search.type.practice'), ...p.themes.map((id) => atlas.theme.get(id)?.name ?? id)],
    })),
    ...atlas.reports.map((r) => ({
      title: r.title,
      link: to.report(r.id),
      date: r.date,
      description: r.summary,
      categories: [t('search.type.report')],
    })),
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link)).slice(0, limit);
}

/* ------------------------------------------------------------------ entry pages */

export interface EntryContext {
  root: string;
  siteName: string;
  publisher: { name: string; url: string };
  licence: { name: string; url: string };
}

export interface EntryCitation {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  authors: string[];
  url: string;
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

function place(ctx: EntryContext, region: Region, city?: string): Record<string, unknown> {
  return {
    '@type': 'Place',
    name: city ? `${city}, ${region.name}` : region.name,
    url: under(ctx.root).region(region.id),
    address: {
      '@type': 'PostalAddress',
      ...(city ? { addressLocality: city } : {}),
      addressRegion: region.name,
      addressCountry: region.country,
    },
    ...(region.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: region.coordinates[0], longitude: region.coordinates[1] } } : {}),
  };
}

const spdx = new Set(spdxLicenseIds);
/** An SPDX id as its spdx.org address; expressions and "proprietary" stay text. */
const licenseOf = (license: string) => (spdx.has(license) ? `https://spdx.org/licenses/${license}.html` : license);

function lookup(atlas: AtlasIndex, kind: CollectionName, id: string): Entry {
  const maps: Record<CollectionName, ReadonlyMap<string, Entry>> = {
    practices: atlas.practice, tools: atlas.tool, reports: atlas.report, regions: atlas.region, themes: atlas.theme,
  };
  const entry = maps[kind].get(id);
  if (!entry) throw new Error(`no ${kind} entry ${id}`);
  return entry;
}

/** schema.org JSON-LD of an entry page. */
export function entryJsonLd(atlas: AtlasIndex, kind: CollectionName, id: string, ctx: EntryContext): Record<string, unknown> {
  const to = under(ctx.root);
  const url = to.entry(kind, id);
  const common = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    isPartOf: { '@type': 'WebSite', name: ctx.siteName, url: ctx.root },
  };
  const work = { license: ctx.licence.url, publisher: organisation(ctx.publisher.name) };
  const link = (address: string, type: string, name: string) => ({ '@type': type, name, url: address });
  switch (kind) {
    case 'practices': {
      const p = lookup(atlas, kind, id) as Practice;
      const region = atlas.region.get(p.region);
      return {
        ...common,
        '@type': 'CreativeWork',
        name: p.title,
        headline: p.title,
        description: p.summary,
        inLanguage: p.language,
        dateModified: p.updated,
        ...work,
        author: p.contributors.map(organisation),
        ...(region ? { spatialCoverage: place(ctx, region, p.city) } : {}),
        temporalCoverage: `${String(p.start)}/${p.end === undefined ? '..' : String(p.end)}`,
        about: p.themes.map((th) => link(to.theme(th), 'DefinedTerm', atlas.theme.get(th)?.name ?? th)),
        mentions: [organisation(p.institution), ...p.tools.map((tool) => link(to.tool(tool), 'SoftwareApplication', atlas.tool.get(tool)?.name ?? tool))],
        citation: p.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
      };
    }
    case 'tools': {
      const tool = lookup(atlas, kind, id) as Tool;
      return {
        ...common,
        // codeRepository belongs to SoftwareSourceCode: a tool with a public repository is both.
        '@type': tool.repository ? ['SoftwareApplication', 'SoftwareSourceCode'] : 'SoftwareApplication',
        name: tool.name,
        description: tool.summary,
        sameAs: tool.website,
        license: licenseOf(tool.license),
        ...(tool.repository ? { codeRepository: tool.repository } : {}),
        author: organisation(tool.maintainer),
        datePublished: String(tool.firstRelease),
        review: {
          '@type': 'Review',
          url,
          datePublished: tool.reviewed,
          author: tool.reviewers.map(organisation),
          ...work,
        },
      };
    }
    case 'reports': {
      const r = lookup(atlas, kind, id) as Report;
      const host = atlas.region.get(r.host);
      const partners = r.participants.map((p) => atlas.region.get(p)?.partner?.organisation).filter((o): o is string => o !== undefined);
      return {
        ...common,
        '@type': 'Event',
        name: r.title,
        description: r.summary,
        startDate: r.date,
        ...(r.endDate ? { endDate: r.endDate } : {}),
        eventAttendanceMode: `https://schema.org/${r.kind === 'webinar' ? 'Online' : 'Offline'}EventAttendanceMode`,
        ...(host ? { location: place(ctx, host) } : {}),
        ...(host?.partner ? { organizer: organisation(host.partner.organisation) } : {}),
        ...(partners.length ? { attendee: [...new Set(partners)].map(organisation) } : {}),
        about: r.practices.map((p) => link(to.practice(p), 'CreativeWork', atlas.practice.get(p)?.title ?? p)),
      };
    }
    case 'regions': {
      const region = lookup(atlas, kind, id) as Region;
      return {
        ...common,
        ...place(ctx, region),
        ...(region.summary ? { description: region.summary } : {}),
        ...(region.nuts ? { identifier: { '@type': 'PropertyValue', propertyID: 'NUTS 2021', value: region.nuts } } : {}),
        containedInPlace: { '@type': 'Country', name: countryName(region.country) ?? region.country, identifier: region.country },
      };
    }
    case 'themes': {
      const theme = lookup(atlas, kind, id) as Theme;
      return {
        ...common,
        '@type': 'DefinedTerm',
        name: theme.name,
        description: theme.description,
        termCode: theme.id,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: t('themes.title'), url: to.themes },
      };
    }
  }
}

/** Title, date, authors and address for citation_* and DC.* meta: the same the page's "Cite this page" shows. */
export function entryCitation(atlas: AtlasIndex, kind: CollectionName, id: string, ctx: EntryContext): EntryCitation {
  const url = under(ctx.root).entry(kind, id);
  const editors = [ctx.siteName];
  const newest = (dates: (string | undefined)[]) => latest(dates.filter((d): d is string => d !== undefined)) ?? atlasModified(atlas) ?? '';
  switch (kind) {
    case 'practices': {
      const p = lookup(atlas, kind, id) as Practice;
      return { title: p.title, date: p.updated, authors: p.contributors.length ? [...p.contributors] : editors, url };
    }
    case 'tools': {
      const tool = lookup(atlas, kind, id) as Tool;
      return { title: tool.name, date: tool.reviewed, authors: tool.reviewers.length ? [...tool.reviewers] : editors, url };
    }
    case 'reports': {
      const r = lookup(atlas, kind, id) as Report;
      return { title: r.title, date: r.date, authors: editors, url };
    }
    case 'regions': {
      const region = lookup(atlas, kind, id) as Region;
      const date = newest([
        ...(atlas.practicesByRegion.get(id) ?? []).map((p) => p.updated),
        ...(atlas.reportsHostedBy.get(id) ?? []).map((r) => r.date),
        ...(atlas.reportsAttendedBy.get(id) ?? []).map((r) => r.date),
      ]);
      return { title: region.name, date, authors: editors, url };
    }
    case 'themes': {
      const theme = lookup(atlas, kind, id) as Theme;
      const date = newest([
        ...(atlas.practicesByTheme.get(id) ?? []).map((p) => p.updated),
        ...(atlas.toolsByTheme.get(id) ?? []).map((x) => x.reviewed),
      ]);
      return { title: theme.name, date, authors: editors, url };
    }
  }
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/* ------------------------------------------------------------------ the data page */

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** How the data page names a column's type: "list of id", "date (YYYY-MM-DD)", "whole number or text". */
export function columnTypeText(column: Pick<Column, 'types' | 'list' | 'format' | 'pattern'>): string {
  const names = column.types.map((type) => {
    if (type === 'string') {
      if (column.format === 'uri') return t('data.type.uri');
      if (column.pattern === datePattern) return t('data.type.date');
      if (column.pattern === idPattern.source) return t('data.type.id');
      return t('data.type.string');
    }
    if (type === 'number') return t('data.type.number');
    if (type === 'integer') return t('data.type.integer');
    if (type === 'boolean') return t('data.type.boolean');
    return type;
  });
  const joined = names.reduce((a, b) => t('data.type.or', { a, b }));
  return column.list ? t('data.type.list', { type: joined }) : joined;
}

/** A pattern worth showing a reader: not the id or date patterns, which the type already names. */
export const columnPattern = (column: Pick<Column, 'pattern'>) =>
  column.pattern && column.pattern !== datePattern && column.pattern !== idPattern.source ? column.pattern : undefined;
