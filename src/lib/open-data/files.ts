/**
 * Every open-data file of one build, serialised once: the endpoints write these strings, and the
 * catalogue and the data page measure the same strings, so stated sizes and files cannot disagree.
 */
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../../site-model/collections.ts';
import type { AtlasIndex } from '../atlas-index.ts';
import { exportFileSchema } from '../json-schema.ts';
import { routes } from '../routes.ts';
import { hasHost, publishedRoot } from './address.ts';
import { columnsOf, recordsToCsv, type Column } from './csv-columns.ts';
import { datasetDescription, datasetTitle } from './labels.ts';
import { buildRecords, dataFileName, exportCollections, recordSchema, recordsToJson, type ExportRecord } from './records.ts';

/** Size in bytes of a text file written as UTF-8: what the endpoints write. */
export const byteSize = (text: string) => new TextEncoder().encode(text).byteLength;

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

const exportCache = new WeakMap<AtlasIndex, Map<string, Record<CollectionName, CollectionExport>>>();

/**
 * The files of every collection, their texts written for `locale`; made once per atlas, root and
 * locale. `siteRootOrBase` is the absolute root of the site (siteRoot), or a base path; the root of a
 * site built without an address counts as its base path: then records hold addresses relative to
 * their file and the schemas no $id (see address.ts).
 */
export function exportsFor(atlas: AtlasIndex, siteRootOrBase: string, locale: Locale): Record<CollectionName, CollectionExport> {
  // A caller may pass siteRoot() of a site built without an address: that is its base path.
  const root = publishedRoot(siteRootOrBase);
  let made = exportCache.get(atlas);
  if (!made) exportCache.set(atlas, (made = new Map()));
  const key = `${locale} ${root}`;
  const cached = made.get(key);
  if (cached) return cached;
  const { t } = useTranslations(locale);
  const to = routes(root, locale);
  const result = Object.fromEntries(exportCollections.map((collection) => {
    const record = recordSchema(collection, locale, hasHost(root));
    const columns = columnsOf(record);
    const records = buildRecords(atlas, collection, root, locale);
    const { $id, ...withoutId } = exportFileSchema(record, {
      id: to.dataSchema(collection),
      title: t('data.schema.title', { title: datasetTitle(collection, locale), file: dataFileName(collection, locale) }),
      description: datasetDescription(collection, locale),
    });
    // A schema's $id is its absolute address: a site without one leaves it out (the schema is then identified by where it was read).
    const schema = hasHost(root) ? { $schema: withoutId['$schema'], $id, ...withoutId } : withoutId;
    const value: CollectionExport = {
      collection, records, columns, schema,
      json: recordsToJson(records),
      csv: recordsToCsv(records, columns),
      schemaJson: `${JSON.stringify(schema, null, 2)}\n`,
    };
    return [collection, value];
  })) as Record<CollectionName, CollectionExport>;
  made.set(key, result);
  return result;
}
