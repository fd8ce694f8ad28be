/**
 * The CSV files of the open data (/data/<collection>.csv): the record schema flattened into
 * columns, and records into rows of cells. The text itself is written by ../csv.ts.
 */
import { toCsv, type CsvCell } from '../csv.ts';
import type { ExportRecord } from './records.ts';

type PathSegment = string | number;
/** A CSV column: one leaf of the record schema. `*` in the path stands for each item of a list. */
export interface Column {
  /**
   * The header: the JSON path with dots, lists left out: "resources.budget.amount", "indicators.label",
   * "validation.level" (contract field), "completeness.missing" (computed, see records.ts).
   */
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
  /** Bounds of the value (of each item, in a list), from the record schema. */
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
}

const bounds = ['minimum', 'maximum', 'minLength', 'maxLength'] as const;

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
  const limits = Object.fromEntries(bounds.flatMap((key) => {
    const value = node[key] ?? members.map((m) => m[key]).find((v) => typeof v === 'number');
    return typeof value === 'number' ? [[key, value]] : [];
  }));
  return {
    ...column,
    ...limits,
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

/** CSV (see ../csv.ts), one row per record under a header row of column names. */
export function recordsToCsv(records: readonly ExportRecord[], columns: readonly Column[]): string {
  return toCsv([columns.map((c) => c.name), ...records.map((record) => columns.map((c) => cellOf(record, c)))]);
}
