/**
 * The configuration of the web form (Sveltia CMS, served under /admin/; docs/contributing-form.md),
 * generated from the content contract: every field, its widget, whether it is required, its pattern
 * and its hint come from the zod schemas of src/schemas/ (through their JSON Schema) and the
 * collections from the registry. Nothing about a field is written here a second time; what is
 * written here is how a kind of value is edited (an enum is a select, a reference a relation…).
 *
 * Pure: the caller passes the theme vocabulary (content/themes.yaml) and the environment.
 */
import { z } from 'astro/zod';
import { idRef } from '../schemas/common.ts';
import { collections, type CollectionName, type CollectionSpec } from '../schemas/index.ts';
import { collectionNames } from '../site-model/collections.ts';

type JsonNode = Record<string, unknown>;
export type CmsField = Record<string, unknown> & { name: string; widget: string };
export type CmsConfig = Record<string, unknown> & { collections: Array<Record<string, unknown>> };

/** Where a form save goes and how people sign in: from the build's environment (README, "Environment variables"). */
export interface CmsEnv {
  /** `owner/name` on GitHub, from REPO_URL (https://github.com/owner/name). */
  repo: string | undefined;
  /** CMS_BRANCH, default main. */
  branch: string;
  /** CMS_AUTH_URL: the OAuth helper (sveltia-cms-auth or any Decap-compatible one). Without it only token sign-in is offered. */
  authUrl: string | undefined;
  /** SITE_URL plus BASE_PATH, for the form's "view on site" links. */
  siteUrl: string | undefined;
}

/** The theme vocabulary, as content/themes.yaml holds it. */
export interface ThemeOption {
  id: string;
  name: string;
}

/** `owner/name` of a GitHub repository address, or undefined for any other address. */
export function githubRepo(url: string | undefined): string | undefined {
  const match = url ? /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function cmsEnv(env: Record<string, string | undefined> = process.env): CmsEnv {
  const base = env['BASE_PATH'] ? `/${env['BASE_PATH'].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';
  return {
    repo: githubRepo(env['REPO_URL']),
    branch: env['CMS_BRANCH'] || 'main',
    authUrl: env['CMS_AUTH_URL'] || undefined,
    siteUrl: env['SITE_URL'] ? `${env['SITE_URL'].replace(/\/+$/, '')}${base}`.replace(/\/$/, '') : undefined,
  };
}

/** The key by which a reference field's JSON Schema names the collection it points at. */
const refKey = 'x-atlas-collection';
const cmsRef = (collection: CollectionName) => idRef(collection).meta({ [refKey]: collection });

/** A collection's JSON Schema as a contributor writes it (input), references marked with their collection. */
export function inputSchema(spec: CollectionSpec): JsonNode {
  return z.toJSONSchema(spec.schema(cmsRef), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonNode;
}

const asNode = (value: unknown): JsonNode | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonNode) : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** "firstRelease" → "First release", "populationYear" → "Population year". */
export function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const yearPattern = '\\d{4}';

/** What a pattern asks for, said to a contributor (the form shows it when the value does not match). */
function patternText(node: JsonNode): string {
  const description = typeof node['description'] === 'string' ? node['description'] : '';
  const first = /^[^.]*\./.exec(description)?.[0];
  return first ?? 'see the hint';
}

interface Context {
  themes: readonly ThemeOption[];
}

/** The widget part of a field for one JSON Schema node (without name, label, hint, required). */
function widgetFor(node: JsonNode, ctx: Context): Record<string, unknown> & { widget: string } {
  const collection = node[refKey];
  if (typeof collection === 'string') return relation(collection as CollectionName, ctx, false);
  if (Array.isArray(node['enum'])) return { widget: 'select', options: node['enum'] };
  const anyOf = Array.isArray(node['anyOf']) ? (node['anyOf'] as JsonNode[]) : undefined;
  if (anyOf) {
    // A year (an integer) or a text with a pattern (a month): one text field accepting both, since a form field has one type.
    const texts = anyOf.filter((n) => n['type'] === 'string' && typeof n['pattern'] === 'string').map((n) => String(n['pattern']).replace(/^\^|\$$/g, ''));
    const years = anyOf.some((n) => n['type'] === 'integer');
    return { widget: 'string', pattern: [`^(?:${[...(years ? [yearPattern] : []), ...texts].join('|')})$`, patternText(node)] };
  }
  switch (node['type']) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number': {
      const bounds = {
        ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : typeof node['exclusiveMinimum'] === 'number' ? { min: node['exclusiveMinimum'] + (node['type'] === 'integer' ? 1 : 0) } : {}),
        ...(typeof node['maximum'] === 'number' ? { max: node['maximum'] } : {}),
      };
      return { widget: 'number', value_type: node['type'] === 'integer' ? 'int' : 'float', ...bounds };
    }
    case 'string': {
      if (node['pattern'] === datePattern) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', picker_utc: true };
      const max = typeof node['maxLength'] === 'number' ? node['maxLength'] : undefined;
      const url = node['format'] === 'uri';
      return {
        widget: max !== undefined && max > 200 ? 'text' : 'string',
        ...(url ? { type: 'url', pattern: ['^https://', 'a full https:// address'] } : {}),
        ...(typeof node['pattern'] === 'string' && !url ? { pattern: [node['pattern'], patternText(node)] } : {}),
        ...(max !== undefined ? { maxlength: max } : {}),
        ...(typeof node['minLength'] === 'number' && node['minLength'] > 1 ? { minlength: node['minLength'] } : {}),
      };
    }
    case 'array': {
      const min = typeof node['minItems'] === 'number' && node['minItems'] > 0 ? { min: node['minItems'] } : {};
      const prefix = Array.isArray(node['prefixItems']) ? (node['prefixItems'] as JsonNode[]) : undefined;
      if (prefix) {
        // A fixed-length tuple of numbers (coordinates): a list of that many numbers.
        return { widget: 'list', field: { name: 'item', label: 'Value', ...widgetFor(prefix[0] ?? {}, ctx) }, min: prefix.length, max: prefix.length };
      }
      const items = asNode(node['items']) ?? {};
      const target = items[refKey];
      if (typeof target === 'string') return { ...relation(target as CollectionName, ctx, true), ...min };
      if (Array.isArray(items['enum'])) return { widget: 'select', multiple: true, options: items['enum'], ...min };
      if (asNode(items['properties'])) return { widget: 'list', fields: fieldsOf(items, ctx), ...min };
      return { widget: 'list', field: { name: 'item', label: 'Item', ...widgetFor(items, ctx) }, ...min };
    }
    case 'object': {
      if (asNode(node['properties'])) return { widget: 'object', fields: fieldsOf(node, ctx) };
      // A partial record (features, ratings): one optional field per key of its vocabulary.
      const keys = asNode(node['propertyNames']);
      const value = asNode(node['additionalProperties']) ?? {};
      if (keys && Array.isArray(keys['enum'])) {
        return {
          widget: 'object',
          fields: strings(keys['enum']).map((key) => ({ name: key, label: label(key), ...widgetFor(value, ctx), ...hint(value), required: false })),
        };
      }
      return { widget: 'object', fields: [] };
    }
    default:
      return { widget: 'string' };
  }
}

const hint = (node: JsonNode) => (typeof node['description'] === 'string' && node['description'] ? { hint: node['description'] } : {});

/** A collection kept as a list in one file (the themes): a select of its ids; a collection of files: a relation with search. */
function relation(collection: CollectionName, ctx: Context, multiple: boolean): Record<string, unknown> & { widget: string } {
  const spec = collections.find((c) => c.name === collection)!;
  if (spec.layout === 'list') return { widget: 'select', ...(multiple ? { multiple: true } : {}), options: ctx.themes.map((t) => ({ label: t.name, value: t.id })) };
  const identifier = identifierField(spec);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [identifier],
    display_fields: [identifier],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The fields of an object node, in the schema's order. */
function fieldsOf(object: JsonNode, ctx: Context): CmsField[] {
  const required = new Set(strings(object['required']));
  return Object.entries(asNode(object['properties']) ?? {}).map(([name, value]) => {
    const node = asNode(value) ?? {};
    const widget = widgetFor(node, ctx);
    // An empty list is allowed (may be []): the form must not ask for an item.
    const mayBeEmpty = node['type'] === 'array' && !(typeof node['minItems'] === 'number' && node['minItems'] > 0);
    const keyed = node['type'] === 'object' && !asNode(node['properties']);
    return {
      name,
      label: label(name),
      ...widget,
      ...hint(node),
      ...(required.has(name) && !mayBeEmpty && !keyed ? {} : { required: false }),
    } as CmsField;
  });
}

/** The field a collection's entries are named by in lists: title, else name. */
function identifierField(spec: CollectionSpec): string {
  const properties = asNode(inputSchema(spec)['properties']) ?? {};
  return 'title' in properties ? 'title' : 'name';
}

/** The body of an MDX collection: raw Markdown only (the rich-text editor rewrites MDX), starting with the required sections. */
function bodyField(spec: CollectionSpec): CmsField {
  const sections = spec.sections;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'body',
    label: 'Text',
    widget: 'richtext',
    modes: ['raw'],
    default: sections.map((s) => `## ${s}\n\n`).join('\n'),
    hint: `Markdown. Keep the ${sections.length} headings (${sections.join(', ')}), in this order, and write under each.`,
    pattern: [`^[\\s\\S]*${sections.map((s) => `## ${escape(s)}\\n[\\s\\S]*`).join('')}$`, `keep the ${sections.length} sections, in this order`],
  };
}

function collectionConfig(spec: CollectionSpec, ctx: Context): Record<string, unknown> {
  const schema = inputSchema(spec);
  const base = { name: spec.name, label: label(spec.name), label_singular: label(spec.singular) };
  if (spec.layout === 'list') {
    // content/themes.yaml is a list at its root: a file collection with one root list.
    const items = asNode(schema) ?? {};
    return {
      ...base,
      files: [
        {
          name: spec.name,
          label: `${label(spec.singular)} vocabulary`,
          file: `content/${spec.folder}`,
          format: 'yaml',
          fields: [{ name: spec.name, label: label(spec.name), label_singular: label(spec.singular), widget: 'list', root: true, fields: fieldsOf(items, ctx) }],
        },
      ],
    };
  }
  const identifier = identifierField(spec);
  const mdx = spec.extension === '.mdx';
  return {
    ...base,
    folder: `content/${spec.folder}`,
    extension: spec.extension.slice(1),
    format: mdx ? 'yaml-frontmatter' : 'yaml',
    create: true,
    identifier_field: identifier,
    // The file name is the id: typed when the entry is created, fixed afterwards.
    slug: { template: `{{${identifier}}}`, editable: ['create'] },
    preview_path: `${spec.route}/{{slug}}/`,
    editor: { preview: false },
    fields: [...fieldsOf(schema, ctx), ...(mdx && spec.sections.length ? [bodyField(spec)] : [])],
  };
}

/** The whole configuration, in the order of the registry. */
export function cmsConfig(options: { themes: readonly ThemeOption[]; env: CmsEnv }): CmsConfig {
  const { env } = options;
  const ctx: Context = { themes: options.themes };
  return {
    backend: {
      name: 'github',
      repo: env.repo ?? 'owner/atlas',
      branch: env.branch,
      ...(env.authUrl ? { base_url: env.authUrl, auth_methods: ['oauth', 'token'] } : { auth_methods: ['token'] }),
      auth_scope: 'public_repo',
      open_authoring: true,
    },
    publish_mode: 'editorial_workflow',
    ...(env.siteUrl ? { site_url: env.siteUrl } : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_size: 2, indent_sequences: true } },
    collections: collectionNames.map((name) => collectionConfig(collections.find((c) => c.name === name)!, ctx)),
  };
}
