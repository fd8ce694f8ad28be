/**
 * The Frictionless Data Package of the open data (/data/datapackage.json): every CSV and JSON file
 * of /data/ as a resource with its Table Schema (types, formats, constraints, primary and foreign
 * keys), dialect, encoding and size, plus the JSON Schemas and the DCAT-AP catalogue as plain
 * resources. Generated from the same record schemas and CSV columns as the files themselves
 * (records.ts, csv-columns.ts), so a new field or column is described the moment it is exported.
 *
 * Table Schema 1.0 has no list type: a CSV list ("a; b") is a string whose pattern says so, and only
 * single-valued references become foreign keys (a practice's region, a report's host); a list of ids
 * names its resource in its description. A JSON file is a table of records whose nested fields are
 * Table Schema objects and arrays; its JSON Schema, also a resource, describes their inside. Paths are
 * relative to the package, so it needs no site address.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { collectionInfo, type CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { routes, type Routes } from '../routes.ts';
import { hasHost, publishedRoot, relativeAddress } from './address.ts';
import type { Column } from './csv-columns.ts';
import { byteSize, exportsFor } from './files.ts';
import { datasetDescription, datasetTitle } from './labels.ts';
import { exportCollections, referencesOf } from './records.ts';

/** The package's file name, beside the catalogue in the data folder. */
export const dataPackageFile = 'datapackage.json';
/** The address of the data package under the routes' root: in the folder of the catalogue. */
export const dataPackageAddress = (to: Routes) => `${to.catalog.slice(0, to.catalog.lastIndexOf('/') + 1)}${dataPackageFile}`;

export interface DataPackageContext {
  /** The absolute root of the site, or its base path when it has no address (then the package has no id or homepage). */
  root: string;
  publisher: { name: string; homepage: string };
  licence: { name: string; url: string; spdx?: string | undefined };
}

/** The CSV dialect of ../csv.ts: RFC 4180, CRLF, a header row. */
const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true };
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
/** The separator of list items in a CSV cell (csv-columns.ts). */
const listSeparator = '; ';

type Field = Record<string, unknown>;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unanchored = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '');

/** The pattern of a whole list cell whose items each match `item`: empty, or items joined with "; ". */
const listPattern = (item: string) => `^(?:(?:${item})(?:${escapeRegExp(listSeparator)}(?:${item}))*)?$`;

/** A CSV column as a Table Schema field. `absolute`: whether addresses of the site are absolute URIs. */
function csvField(column: Column, absolute: boolean, reference: CollectionName | undefined, locale: Locale): Field {
  const { t } = useTranslations(locale);
  const type = column.types[0] ?? 'string';
  const notes = [column.description, reference && t('data.package.ref', { resource: resourceName(reference, 'csv') })].filter(Boolean).join(' ');
  const base = { name: column.name, ...(notes ? { description: notes } : {}) };
  if (column.list) {
    // Lists of plain values get a pattern for the whole cell; the positional lists of a list of objects may hold empty places.
    const plain = column.path.at(-1) === '*';
    const item = column.values ? column.values.map((v) => escapeRegExp(String(v))).join('|') : column.pattern ? unanchored(column.pattern) : undefined;
    return { ...base, type: 'string', ...(plain && item ? { constraints: { pattern: listPattern(item) } } : {}) };
  }
  const constraints: Record<string, unknown> = {
    ...(column.required ? { required: true } : {}),
    ...(column.values ? { enum: column.values } : {}),
    ...(column.minimum !== undefined ? { minimum: column.minimum } : {}),
    ...(column.maximum !== undefined ? { maximum: column.maximum } : {}),
    ...(column.minLength !== undefined ? { minLength: column.minLength } : {}),
    ...(column.maxLength !== undefined ? { maxLength: column.maxLength } : {}),
  };
  if (type === 'string') {
    if (column.pattern === datePattern) return { ...base, type: 'date', format: 'default', ...(Object.keys(constraints).length ? { constraints } : {}) };
    if (column.pattern && !column.values) constraints['pattern'] = column.pattern;
    // The url of an entry is relative without a site address; other addresses (sources) are always absolute.
    const format = column.format === 'uri' && (absolute || column.name !== 'url') ? 'uri' : column.format === 'email' ? 'email' : 'default';
    return { ...base, type: 'string', format, ...(Object.keys(constraints).length ? { constraints } : {}) };
  }
  return { ...base, type, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The Table Schema of a collection's CSV file: its columns, id as primary key, single references as foreign keys to `resourceOf`. */
function tableSchema(collection: CollectionName, columns: readonly Column[], absolute: boolean, resourceOf: (c: CollectionName) => string, locale: Locale) {
  const references = referencesOf(collection);
  const foreignKeys = columns
    .filter((column) => !column.list && references.has(column.name))
    .map((column) => ({ fields: column.name, reference: { resource: resourceOf(references.get(column.name)!), fields: 'id' } }));
  return {
    fields: columns.map((column) => csvField(column, absolute, references.get(column.name), locale)),
    missingValues: [''],
    primaryKey: 'id',
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

const asNode = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * The Table Schema of a collection's JSON file, an array of records: one field per top-level property,
 * nested objects and lists as Table Schema's object and array types (their inside is in the JSON Schema).
 */
function jsonTableSchema(collection: CollectionName, record: Record<string, unknown>, absolute: boolean, locale: Locale) {
  const { t } = useTranslations(locale);
  const references = referencesOf(collection);
  const required = new Set(Array.isArray(record['required']) ? (record['required'] as string[]) : []);
  const fields = Object.entries(asNode(record['properties'])).map(([name, value]): Field => {
    const node = asNode(value);
    const reference = references.get(name);
    const notes = [node['description'], reference && t('data.package.ref', { resource: resourceName(reference, 'json') })].filter(Boolean).join(' ');
    const constraints: Record<string, unknown> = {
      ...(required.has(name) ? { required: true } : {}),
      ...(Array.isArray(node['enum']) ? { enum: node['enum'] } : {}),
      ...Object.fromEntries(['minimum', 'maximum', 'minLength', 'maxLength'].filter((k) => typeof node[k] === 'number').map((k) => [k, node[k]])),
    };
    const type = typeof node['type'] === 'string' ? node['type'] : 'any';
    const field: Field = { name, ...(notes ? { description: notes } : {}) };
    if (type === 'string') {
      if (node['pattern'] === datePattern) return { ...field, type: 'date', ...(Object.keys(constraints).length ? { constraints } : {}) };
      if (typeof node['pattern'] === 'string' && !node['enum']) constraints['pattern'] = node['pattern'];
      const format = node['format'] === 'uri' && (absolute || name !== 'url') ? 'uri' : 'default';
      return { ...field, type: 'string', format, ...(Object.keys(constraints).length ? { constraints } : {}) };
    }
    return { ...field, type, ...(Object.keys(constraints).length ? { constraints } : {}) };
  });
  const foreignKeys = [...references].filter(([name]) => fields.some((f) => f['name'] === name && f['type'] === 'string'))
    .map(([name, target]) => ({ fields: name, reference: { resource: resourceName(target, 'json'), fields: 'id' } }));
  return { fields, primaryKey: 'id', ...(foreignKeys.length ? { foreignKeys } : {}) };
}

/** A resource name: lower-case, as the specification asks; "practices-csv". */
const resourceName = (collection: CollectionName, kind: string) => `${collectionInfo(collection).exportName}-${kind}`.toLowerCase();

/** The data package of the open data written for `locale` under `root` (the absolute root of the site, or its base path). */
export function buildDataPackage(atlas: AtlasIndex, ctx: DataPackageContext, locale: Locale): Record<string, unknown> {
  const { t } = useTranslations(locale);
  const root = publishedRoot(ctx.root);
  const absolute = hasHost(root);
  const files = exportsFor(atlas, root, locale);
  const to = routes(root, locale);
  const self = dataPackageAddress(to);
  const paths = routes(absolute ? new URL(root).pathname : root, locale);
  const relative = (address: string) => relativeAddress(dataPackageAddress(paths), address);

  const resources = exportCollections.flatMap((collection) => {
    const file = files[collection];
    const title = datasetTitle(collection, locale);
    const description = datasetDescription(collection, locale);
    const schema = tableSchema(collection, file.columns, absolute, (c) => resourceName(c, 'csv'), locale);
    return [
      {
        name: resourceName(collection, 'csv'),
        path: relative(paths.dataFile(collection, 'csv')),
        profile: 'tabular-data-resource',
        title: `${title} (CSV)`,
        description: `${description} ${t('data.package.csv')}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: byteSize(file.csv),
        dialect: csvDialect,
        schema,
      },
      {
        name: resourceName(collection, 'json'),
        path: relative(paths.dataFile(collection, 'json')),
        profile: 'tabular-data-resource',
        title: `${title} (JSON)`,
        description: `${description} ${t('data.package.json', { schema: relative(paths.dataSchema(collection)) })}`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: byteSize(file.json),
        schema: jsonTableSchema(collection, asNode(asNode(file.schema['$defs'])['record']), absolute, locale),
      },
      {
        name: resourceName(collection, 'schema'),
        path: relative(paths.dataSchema(collection)),
        profile: 'data-resource',
        title: String(file.schema['title']),
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
        bytes: byteSize(file.schemaJson),
      },
    ];
  });

  return {
    profile: 'data-package',
    name: t('site.name').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
    ...(absolute ? { id: self, homepage: to.data } : {}),
    title: t('site.name'),
    description: t('data.catalog.description'),
    licenses: [{ ...(ctx.licence.spdx ? { name: ctx.licence.spdx } : {}), path: ctx.licence.url, title: ctx.licence.name }],
    contributors: [{ title: ctx.publisher.name, path: ctx.publisher.homepage, role: 'publisher' }],
    keywords: exportCollections.map((c) => datasetTitle(c, locale)),
    resources: [
      ...resources,
      {
        name: 'catalog',
        path: relative(paths.catalog),
        profile: 'data-resource',
        title: t('data.catalog.link'),
        format: 'jsonld',
        mediatype: 'application/ld+json',
        encoding: 'utf-8',
      },
    ],
  };
}
