/**
 * The records of the open data (/data/<collection>.json): one per entry, the contract fields as
 * the content check reads them plus its address and the fields derived from other entries, and
 * the JSON Schema that describes one record. Pure functions of the atlas.
 */
import { defaultLocale, useTranslations, type Locale, type MessageKey } from '../../i18n/index.ts';
import { idPattern } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { collectionNames, type CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { completenessLevels } from '../completeness.ts';
import { recordSchemaFor, type ExtraField } from '../json-schema.ts';
import { missingName, missingNames, practiceCompleteness } from '../practice-completeness.ts';
import { routes } from '../routes.ts';
import { addressesIn, publishedRoot } from './address.ts';
import type { Practice, Region, Report, Theme, Tool } from '../types.ts';

/** Every collection the site exports, in the order the data page lists them (the registry's). */
export const exportCollections: readonly CollectionName[] = collectionNames;

/** An entry of any collection. */
export type Entry = Practice | Tool | Report | Region | Theme;
export type ExportRecord = Record<string, unknown>;

/** How texts name an open-data file: "/data/regions.json". */
export const dataFileName = (collection: CollectionName, locale: Locale) => routes('/', locale).dataFile(collection, 'json');

function entriesOf(atlas: AtlasIndex, collection: CollectionName): readonly Entry[] {
  const lists: Record<CollectionName, readonly Entry[]> = {
    practices: atlas.practices, tools: atlas.tools, reports: atlas.reports, regions: atlas.regions, themes: atlas.themes,
  };
  return [...lists[collection]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const sortedIds = (list: readonly { id: string }[] | undefined) => (list ?? []).map((e) => e.id).sort();

interface DerivedField {
  /** The field's name in the record: part of the published data, so it stays even if a collection is renamed. */
  name: string;
  /** The collection the ids point to, or undefined for a plain value. */
  collection?: CollectionName;
  description: MessageKey;
  value: (atlas: AtlasIndex, id: string) => unknown;
  /** The JSON Schema of a plain value that is not a country code, described with `t`. */
  schema?: (t: ReturnType<typeof useTranslations>['t']) => Record<string, unknown>;
}

/** A practice's computed completeness as records hold it: its level and the names of what is missing. */
function completenessOf(atlas: AtlasIndex, id: string): { level: string; missing: string[] } | undefined {
  const practice = atlas.practice.get(id);
  if (!practice) return undefined;
  const { level, missing } = practiceCompleteness(practice);
  return { level, missing: missing.map(missingName) };
}

const completenessSchema = (t: ReturnType<typeof useTranslations>['t']) => ({
  type: 'object',
  properties: {
    level: { type: 'string', enum: [...completenessLevels], description: t('data.field.practices.completeness.level') },
    missing: { type: 'array', items: { type: 'string', enum: [...missingNames] }, description: t('data.field.practices.completeness.missing') },
  },
  required: ['level', 'missing'],
  additionalProperties: false,
  description: t('data.field.practices.completeness'),
});

/** Fields computed from other entries, added after the contract fields and url. Lists of ids are sorted. */
const derivedFields: Record<CollectionName, readonly DerivedField[]> = {
  practices: [
    { name: 'country', description: 'data.field.practices.country', value: (a, id) => a.region.get(a.practice.get(id)?.region ?? '')?.country },
    { name: 'reports', collection: 'reports', description: 'data.field.practices.reports', value: (a, id) => sortedIds(a.reportsByPractice.get(id)) },
    { name: 'completeness', description: 'data.field.practices.completeness', value: completenessOf, schema: completenessSchema },
  ],
  tools: [
    { name: 'deployments', collection: 'practices', description: 'data.field.tools.deployments', value: (a, id) => sortedIds(a.practicesByTool.get(id)) },
    { name: 'reports', collection: 'reports', description: 'data.field.tools.reports', value: (a, id) => sortedIds(a.reportsByTool.get(id)) },
  ],
  reports: [],
  regions: [
    { name: 'practices', collection: 'practices', description: 'data.field.regions.practices', value: (a, id) => sortedIds(a.practicesByRegion.get(id)) },
    { name: 'transfers', collection: 'practices', description: 'data.field.regions.transfers', value: (a, id) => sortedIds(a.transfersToRegion.get(id)) },
    { name: 'reportsHosted', collection: 'reports', description: 'data.field.regions.reportsHosted', value: (a, id) => sortedIds(a.reportsHostedBy.get(id)) },
    { name: 'reportsAttended', collection: 'reports', description: 'data.field.regions.reportsAttended', value: (a, id) => sortedIds(a.reportsAttendedBy.get(id)) },
  ],
  themes: [
    { name: 'practices', collection: 'practices', description: 'data.field.themes.practices', value: (a, id) => sortedIds(a.practicesByTheme.get(id)) },
    { name: 'tools', collection: 'tools', description: 'data.field.themes.tools', value: (a, id) => sortedIds(a.toolsByTheme.get(id)) },
  ],
};

/**
 * JSON Schema of one exported record of the collection (the item schema of /data/<collection>.json),
 * described for `locale`. `absolute`: whether the site has an address, so that url is an absolute
 * URI; without one it is a reference relative to the file (see address.ts).
 */
export function recordSchema(collection: CollectionName, locale: Locale, absolute = true): Record<string, unknown> {
  const { t } = useTranslations(locale);
  return recordSchemaWith(collection, locale, absolute, (of) => t('data.field.ref', { singular: collectionSpec(of).singular, file: dataFileName(of, locale) }));
}

/** The record schema, each reference described by `describeRef(the collection it points to)`. */
function recordSchemaWith(collection: CollectionName, locale: Locale, absolute: boolean, describeRef: (of: CollectionName) => string): Record<string, unknown> {
  const { t } = useTranslations(locale);
  const derived: ExtraField[] = derivedFields[collection].map((field) => ({
    name: field.name,
    schema: field.schema
      ? field.schema(t)
      : field.collection
      ? { type: 'array', items: { type: 'string', pattern: idPattern.source, description: describeRef(field.collection) }, description: t(field.description) }
      : { type: 'string', pattern: '^[A-Z]{2}$', description: t(field.description) },
  }));
  const schema = recordSchemaFor(collectionSpec(collection), {
    describeRef,
    id: { name: 'id', schema: { type: 'string', pattern: idPattern.source, description: t('data.field.id') } },
    url: { name: 'url', schema: absolute
      ? { type: 'string', format: 'uri', description: t('data.field.url') }
      : { type: 'string', format: 'uri-reference', description: t('data.field.url.relative') } },
    derived,
  });
  // A year-or-month field (a year number or a YYYY-MM string in the content) is one type in the data: text with one pattern.
  const properties = schema['properties'] as Record<string, Record<string, unknown>>;
  for (const name of yearOrMonthFields(collection)) {
    const { anyOf: _anyOf, examples: _examples, ...rest } = properties[name]!;
    properties[name] = { ...rest, type: 'string', pattern: yearOrMonthPattern, examples: ['2021', '2021-09'] };
  }
  return schema;
}

const refMarker = '\u0000ref:';
/**
 * The fields of a collection's records that hold ids of entries, by their CSV column name (a list's
 * items included: "themes", "transfer.region"), and the collection they point to.
 */
export function referencesOf(collection: CollectionName): ReadonlyMap<string, CollectionName> {
  // A field's own description may wrap its reference's ("Where it is implemented: the id of a region"): the marker is found inside.
  const probe = recordSchemaWith(collection, defaultLocale, true, (of) => `${refMarker}${of}${refMarker}`);
  const found = new Map<string, CollectionName>();
  const walk = (node: Record<string, unknown>, name: readonly string[]) => {
    const description = node['description'];
    const target = typeof description === 'string' ? description.split(refMarker)[1] : undefined;
    if (target) {
      found.set(name.join('.'), target as CollectionName);
      return;
    }
    for (const [key, child] of Object.entries(asNode(node['properties']))) walk(asNode(child), [...name, key]);
    if (node['type'] === 'array') walk(asNode(node['items']), name);
  };
  walk(probe, []);
  return found;
}

/** A year (2021) or a month (2021-09), as the records hold a year-or-month field. */
export const yearOrMonthPattern = '^\\d{4}(-(0[1-9]|1[0-2]))?$';

const asNode = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
/** A field the content may give as a year number or a YYYY-MM month: its schema is one of an integer and a month pattern. */
function isYearOrMonth(node: Record<string, unknown>): boolean {
  const members = Array.isArray(node['anyOf']) ? (node['anyOf'] as unknown[]).map(asNode) : [];
  return members.length === 2 && members.some((m) => m['type'] === 'integer') && members.some((m) => m['type'] === 'string' && String(m['pattern']).startsWith('^\\d{4}-'));
}

const yearOrMonthCache = new Map<CollectionName, string[]>();
/** The top-level fields of a collection's records that hold a year or a month: a practice's start and end. */
function yearOrMonthFields(collection: CollectionName): string[] {
  let fields = yearOrMonthCache.get(collection);
  if (!fields) {
    const shape = recordSchemaFor(collectionSpec(collection), {
      describeRef: () => '', id: { name: 'id', schema: {} }, url: { name: 'url', schema: {} }, derived: [],
    })['properties'] as Record<string, unknown>;
    fields = Object.entries(shape).filter(([, node]) => isYearOrMonth(asNode(node))).map(([name]) => name);
    yearOrMonthCache.set(collection, fields);
  }
  return fields;
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
 * ids), url (the entry's page in `locale`: absolute under an absolute root, else relative to the
 * record's file), then the derived fields. The MDX body is not part of the record.
 */
export function buildRecords(atlas: AtlasIndex, collection: CollectionName, root: string, locale: Locale): ExportRecord[] {
  const fields = contractFields(collection);
  const to = routes(publishedRoot(root), locale);
  const address = addressesIn(to.root, to.dataFile(collection, 'json'));
  return entriesOf(atlas, collection).map((entry) => {
    const source = entry as unknown as Record<string, unknown>;
    const record: ExportRecord = { id: entry.id };
    for (const field of fields) if (source[field] !== undefined) record[field] = source[field];
    for (const field of yearOrMonthFields(collection)) if (record[field] !== undefined) record[field] = String(record[field]);
    record['url'] = address(to.entry(collection, entry.id));
    for (const field of derivedFields[collection]) record[field.name] = field.value(atlas, entry.id);
    return record;
  });
}

/** The text of /data/<collection>.json. */
export const recordsToJson = (records: readonly ExportRecord[]) => `${JSON.stringify(records, null, 2)}\n`;
