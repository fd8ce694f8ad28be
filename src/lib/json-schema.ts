import { z } from 'astro/zod';
import { idRef } from '../schemas/common.ts';
import { collections, type CollectionName, type CollectionSpec } from '../schemas/index.ts';
import { featureIds, featureText, ratingCriteria, ratingCriterionText, ratingCriterionWords } from '../schemas/vocabularies.ts';

/**
 * zod's JSON Schema of a content schema, as a contributor writes the data. The descriptions and
 * examples come from the schema's `.meta()`; zod drops the examples of fields it preprocesses (the
 * dates), though they are valid input as written, so they are put back.
 */
function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const examples = z.globalRegistry.get(zodSchema)?.['examples'];
      if (Array.isArray(examples) && !('examples' in jsonSchema)) jsonSchema['examples'] = examples;
    },
  }) as Record<string, unknown>;
}

/**
 * JSON Schema of one entry of a collection, from the same zod schema the check uses.
 * References are plain ids here; dates are YYYY-MM-DD strings.
 */
export function jsonSchemaFor(spec: CollectionSpec, baseUrl = ''): Record<string, unknown> {
  const json = toJsonSchema(spec.schema(idRef));
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
  const json = toJsonSchema(schema) as {
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

type JsonNode = Record<string, unknown>;
const asNode = (value: unknown): JsonNode | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonNode) : undefined);

/** One field of a collection as contributors read about it: CONTRIBUTING.md's tables and the templates' comments. */
export interface FieldDoc {
  /** `title`, `resources.budget.amount`, `indicators[].label`. */
  path: string;
  /** The last name of the path: `amount`, `label`. */
  name: string;
  /** "yes", "yes, at least one", "no", "no, default en", "yes, if there is a budget"… */
  required: string;
  description: string;
  /** The first example of the schema, when it has one. */
  example?: unknown;
  /** The vocabulary of an enum field. */
  values?: readonly unknown[];
  /** True for a top-level field. */
  topLevel: boolean;
}

/** The object schema inside a property: itself, or the object items of a list. */
function objectInside(node: JsonNode): { object: JsonNode; list: boolean } | undefined {
  if (asNode(node['properties'])) return { object: node, list: false };
  const items = asNode(node['items']);
  if (node['type'] === 'array' && items && asNode(items['properties'])) return { object: items, list: true };
  return undefined;
}

function requiredText(node: JsonNode, required: boolean, container: { name: string; optional: boolean; list: boolean } | undefined): string {
  if (!required) return 'default' in node ? `no, default ${String(node['default'])}` : 'no';
  if (node['type'] === 'array') return typeof node['minItems'] === 'number' && node['minItems'] > 0 ? 'yes, at least one' : 'yes, may be empty ([])';
  if (node['type'] === 'object' && asNode(node['propertyNames'])) return 'yes, may be empty ({})';
  if (container?.list) return 'yes, in each item';
  if (container?.optional) return `yes, if there is a ${container.name}`;
  return 'yes';
}

/** Every field of a collection's entries, parents before their fields, in the schema's order. */
export function fieldDocs(spec: CollectionSpec): FieldDoc[] {
  const docs: FieldDoc[] = [];
  const visit = (object: JsonNode, prefix: string, container: { name: string; optional: boolean; list: boolean } | undefined) => {
    const required = new Set(Array.isArray(object['required']) ? (object['required'] as string[]) : []);
    for (const [name, value] of Object.entries(asNode(object['properties']) ?? {})) {
      const node = asNode(value) ?? {};
      const path = `${prefix}${name}`;
      const examples = node['examples'];
      const values = node['enum'];
      docs.push({
        path,
        name,
        required: requiredText(node, required.has(name), container),
        description: typeof node['description'] === 'string' ? node['description'] : '',
        ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
        ...(Array.isArray(values) ? { values } : {}),
        topLevel: !prefix,
      });
      const inner = objectInside(node);
      if (inner) visit(inner.object, `${path}${inner.list ? '[]' : ''}.`, { name, optional: !required.has(name), list: inner.list });
    }
  };
  visit(jsonSchemaFor(spec), '', undefined);
  return docs;
}

/** `sources[0].url` → `sources[].url`: the path of a field as fieldDocs names it. */
export const docPath = (field: string) => field.replace(/\[\d+\]/g, '[]');

/**
 * The description of the field at `field` (`sources[0].url`), or of the nearest field that contains
 * it (`contributors[0]` is described by `contributors`).
 */
export function describeField(docs: readonly FieldDoc[], field: string): string {
  let path = docPath(field);
  for (;;) {
    const doc = docs.find((d) => d.path === path);
    if (doc?.description) return doc.description;
    const shorter = path.replace(/(?:\[\]|\.[^.[\]]+)$/, '');
    if (shorter === path) return '';
    path = shorter;
  }
}

// --- Values written as YAML, for examples in CONTRIBUTING.md and the templates of npm run new ---

const yamlWords = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;
const yamlNumber = /^[-+]?(?:\.?\d[\d_]*(?:\.\d*)?|\.inf|\.nan)(?:[eE][-+]?\d+)?$/i;

/** A value written as YAML on one line: plain where YAML reads it back as the same text, quoted otherwise. */
export function yamlValue(value: unknown, flow = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => yamlValue(v, true)).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${yamlValue(v, true)}`).join(', ')} }`;
  if (typeof value !== 'string') return String(value);
  const plain =
    value !== '' &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |\s#|:$/.test(value) &&
    !yamlWords.test(value) &&
    !yamlNumber.test(value) &&
    !(flow && /[,[\]{}:]/.test(value));
  return plain ? value : JSON.stringify(value);
}

// --- CONTRIBUTING.md's tables, generated between markers ---

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text}\``;

/** The field table of a collection, in Markdown: field, required?, what to write, example. */
export function fieldTable(spec: CollectionSpec): string {
  const rows = fieldDocs(spec).map((doc) => {
    const example = doc.example === undefined ? '' : code(`${doc.name}: ${yamlValue(doc.example)}`);
    return `| ${code(doc.path)} | ${cell(doc.required)} | ${cell(doc.description)} | ${cell(example)} |`;
  });
  return ['| field | required? | what to write | example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A vocabulary as a Markdown table: one row per value. */
export function valueTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/**
 * Replaces the text between each `<!-- name -->` and `<!-- /name -->` of `markdown` by `blocks[name]`.
 * A marker that is missing or a name without a block is an error: the generated tables must all be there.
 */
export function fillMarkers(markdown: string, blocks: Readonly<Record<string, string>>): string {
  let out = markdown;
  for (const [name, block] of Object.entries(blocks)) {
    const open = `<!-- ${name} -->`;
    const close = `<!-- /${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start === -1 || end < start) throw new Error(`CONTRIBUTING.md has no ${open} … ${close} block`);
    out = `${out.slice(0, start + open.length)}\n\n${block}\n\n${out.slice(end)}`;
  }
  const unknown = [...out.matchAll(/<!-- ((?:fields|values):[\w-]+) -->/g)].map((m) => m[1]!).filter((name) => !(name in blocks));
  if (unknown.length) throw new Error(`CONTRIBUTING.md has generated blocks nothing fills: ${unknown.join(', ')}`);
  return out;
}

/** A theme as content/themes.yaml gives it. */
export interface ThemeText {
  id: string;
  name: string;
  description: string;
}

/** Every generated block of CONTRIBUTING.md, by marker name: a field table per collection, and the vocabularies. */
export function contributingBlocks(themes: readonly ThemeText[]): Record<string, string> {
  return {
    ...Object.fromEntries(collections.map((spec) => [`fields:${spec.name}`, fieldTable(spec)])),
    'values:features': valueTable(['id', 'the tool lets people or staff…'], featureIds.map((id) => [code(id), featureText[id]])),
    'values:criteria': valueTable(
      ['criterion', 'what it rates, from 1 (weak) to 5 (strong)', 'words that name it in the body'],
      ratingCriteria.map((c) => [code(c), ratingCriterionText[c], ratingCriterionWords[c].map(code).join(', ')]),
    ),
    'values:themes': valueTable(['id', 'name', 'what it covers'], themes.map((t) => [code(t.id), t.name, t.description])),
  };
}

/** CONTRIBUTING.md with its generated tables as the schemas and content/themes.yaml give them now. */
export function updateContributing(markdown: string, themes: readonly ThemeText[]): string {
  return fillMarkers(markdown, contributingBlocks(themes));
}
