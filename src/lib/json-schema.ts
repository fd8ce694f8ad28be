import { z } from 'astro/zod';
import { idRef } from '../schemas/common.ts';
import type { CollectionName, CollectionSpec } from '../schemas/index.ts';

/**
 * JSON Schema of one entry of a collection, from the same zod schema the check uses.
 * References are plain ids here; dates are YYYY-MM-DD strings.
 */
export function jsonSchemaFor(spec: CollectionSpec, baseUrl = ''): Record<string, unknown> {
  const schema = spec.schema(idRef);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...json,
    ...(baseUrl ? { $id: `${baseUrl}${spec.name}.schema.json` } : {}),
    title: `${spec.singular} (content/${spec.folder})`,
  };
}

/** A field the export adds to every record of a collection: its name and its JSON Schema (with a description). */
export interface ExtraField {
  name: string;
  schema: Record<string, unknown>;
}

export interface RecordSchemaOptions {
  /** The description of a reference field: "id of an entry of /data/regions.json". */
  describeRef: (collection: CollectionName) => string;
  /** The record's own id (the file name of the entry). */
  id: ExtraField;
  /** The absolute address of the entry's page. */
  url: ExtraField;
  /** Fields computed from other entries (a tool's deployments, a region's practices). */
  derived: readonly ExtraField[];
}

/**
 * JSON Schema of one exported record of a collection (/data/<collection>.json): the same zod
 * schema as the content check (references as ids, dates as YYYY-MM-DD) plus id, url and the
 * derived fields. Properties come in the order records hold them: id, the contract fields, url, derived.
 */
export function recordSchemaFor(spec: CollectionSpec, options: RecordSchemaOptions): Record<string, unknown> {
  const schema = spec.schema((collection) => idRef(collection).meta({ description: options.describeRef(collection) }));
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  const { id: entryId, ...entryProperties } = json.properties ?? {};
  const extra = [options.url, ...options.derived];
  return {
    type: 'object',
    properties: {
      id: { ...entryId, ...options.id.schema },
      ...entryProperties,
      ...Object.fromEntries(extra.map((field) => [field.name, field.schema])),
    },
    required: [...new Set(['id', ...(json.required ?? []), ...extra.map((field) => field.name)])],
    additionalProperties: false,
  };
}

/** JSON Schema of a whole export file: an array of records, the record schema kept under $defs/record. */
export function exportFileSchema(record: Record<string, unknown>, meta: { id: string; title: string; description: string }): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    description: meta.description,
    type: 'array',
    items: { $ref: '#/$defs/record' },
    $defs: { record },
  };
}
