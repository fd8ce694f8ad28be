import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsEnv, githubRepo, type CmsConfig } from '../../src/lib/cms-config.ts';
import { jsonSchemaFor } from '../../src/lib/json-schema.ts';
import { collections } from '../../src/schemas/index.ts';
import { repo } from '../helpers.ts';

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined);

const themes = (yaml.load(readFileSync(path.join(repo, 'content/themes.yaml'), 'utf8')) as Array<{ id: string; name: string }>).map(({ id, name }) => ({ id, name }));
const config = cmsConfig({ themes, env: cmsEnv({ REPO_URL: 'https://github.com/civitec/atlas', CMS_AUTH_URL: 'https://auth.example.org' }) });

/**
 * Every field a contributor writes, as a dotted path, read from the editors' JSON Schema
 * (src/lib/json-schema.ts, not the generator's walk): objects' properties, the properties of a
 * list's object items (`indicators[].label`), and the keys of a record with a vocabulary of keys
 * (`features.proposals`).
 */
function schemaPaths(node: Node, at = ''): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(asNode(node['properties']) ?? {})) {
    const child = asNode(value) ?? {};
    found.push(`${at}${name}`, ...schemaPaths(child, `${at}${name}.`));
    const items = asNode(child['items']);
    if (child['type'] === 'array' && items) found.push(...schemaPaths(items, `${at}${name}[].`));
    const keys = asNode(child['propertyNames']);
    if (keys && Array.isArray(keys['enum'])) found.push(...(keys['enum'] as string[]).map((key) => `${at}${name}.${key}`));
  }
  return found;
}

/** Every field of the config, as a dotted path: `fields` of objects and lists (a list's single `field` names no data key). */
function configPaths(fields: unknown, at = ''): string[] {
  const found: string[] = [];
  for (const field of Array.isArray(fields) ? (fields as Node[]) : []) {
    const name = String(field['name']);
    found.push(`${at}${name}`);
    if (Array.isArray(field['fields'])) found.push(...configPaths(field['fields'], `${at}${name}${field['widget'] === 'list' ? '[]' : ''}.`));
  }
  return found;
}

/** A collection's config fields as the schema's paths: the MDX body is not a front-matter field, and a root list stands for the file's entries. */
function fieldsOfCollection(config: CmsConfig, name: string): string[] {
  const collection = config.collections.find((c) => c['name'] === name)!;
  if (Array.isArray(collection['files'])) {
    const root = ((collection['files'] as Node[])[0]!['fields'] as Node[])[0]!;
    expect(root['root']).toBe(true);
    return configPaths(root['fields']);
  }
  return configPaths(collection['fields']).filter((p) => p !== 'body');
}

describe('the web form config (src/lib/cms-config.ts)', () => {
  it('has a collection for each collection of the registry, in its order', () => {
    expect(config.collections.map((c) => c['name'])).toEqual(['practices', 'tools', 'reports', 'regions', 'themes']);
  });

  for (const spec of collections) {
    it(`${spec.name}: names every field of the schema and no field the schema lacks`, () => {
      const expected = schemaPaths(jsonSchemaFor(spec));
      expect(expected.length).toBeGreaterThan(2);
      expect(fieldsOfCollection(config, spec.name).sort()).toEqual(expected.sort());
    });
  }

  it('fails when a field is missing from the config, or the config names a field the schema does not have', () => {
    const practices = collections.find((c) => c.name === 'practices')!;
    const expected = schemaPaths(jsonSchemaFor(practices)).sort();
    const broken = structuredClone(config);
    const fields = broken.collections.find((c) => c['name'] === 'practices')!['fields'] as Node[];
    const indicators = fields.find((f) => f['name'] === 'indicators')!;
    indicators['fields'] = (indicators['fields'] as Node[]).filter((f) => f['name'] !== 'year');
    expect(fieldsOfCollection(broken, 'practices').sort()).not.toEqual(expected);
    fields.push({ name: 'mayor', widget: 'string' });
    expect(fieldsOfCollection(broken, 'practices')).toContain('mayor');
    expect(fieldsOfCollection(broken, 'practices').sort()).not.toEqual(expected);
  });

  it('validates against the JSON Schema shipped in @sveltia/cms', () => {
    const schema = JSON.parse(readFileSync(path.join(repo, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as Node;
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const tokenOnly = cmsConfig({ themes, env: cmsEnv({}) });
    expect(validate(tokenOnly), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  it('edits each kind of value with its widget: references as relations, themes from content/themes.yaml, years as numbers, dates as dates, the body raw', () => {
    const practices = config.collections.find((c) => c['name'] === 'practices')!;
    const field = (name: string) => (practices['fields'] as Node[]).find((f) => f['name'] === name)!;
    expect(field('region')).toMatchObject({ widget: 'relation', collection: 'regions', value_field: '{{slug}}', search_fields: ['name'] });
    expect(field('region')).not.toHaveProperty('required');
    expect(field('tools')).toMatchObject({ widget: 'relation', collection: 'tools', multiple: true });
    expect(field('themes')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: themes.map((t) => ({ label: t.name, value: t.id })) });
    expect(field('level')).toMatchObject({ widget: 'select', options: ['municipal', 'regional', 'national', 'cross-border'] });
    expect(field('updated')).toMatchObject({ widget: 'datetime', type: 'date' });
    expect(field('summary')).toMatchObject({ widget: 'text', maxlength: 400 });
    expect(field('city')).toMatchObject({ widget: 'string', required: false });
    expect(field('start')['pattern']).toEqual([expect.any(String), expect.stringContaining('a year (2021)')]);
    expect(new RegExp((field('start')['pattern'] as string[])[0]!).test('2021-09')).toBe(true);
    expect(new RegExp((field('start')['pattern'] as string[])[0]!).test('2021-13')).toBe(false);
    const indicators = field('indicators')['fields'] as Node[];
    expect(indicators.find((f) => f['name'] === 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1900, max: 2100, required: false });
    expect(field('sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('validation')).toMatchObject({ widget: 'object', required: false });
    expect(field('body')).toMatchObject({ widget: 'richtext', modes: ['raw'] });
    const bodyPattern = new RegExp((field('body')['pattern'] as string[])[0]!);
    expect(bodyPattern.test(String(field('body')['default']))).toBe(true);
    expect(bodyPattern.test('## Description\n\nx\n')).toBe(false);
    expect(field('title')['hint']).toBe((jsonSchemaFor(collections.find((c) => c.name === 'practices')!)['properties'] as Record<string, Node>)['title']!['description']);
  });

  it('takes the repository, branch and sign-in from the environment', () => {
    expect(githubRepo('https://github.com/civitec/atlas')).toBe('civitec/atlas');
    expect(githubRepo('https://gitlab.com/civitec/atlas')).toBeUndefined();
    expect(config['backend']).toMatchObject({ name: 'github', repo: 'civitec/atlas', branch: 'main', base_url: 'https://auth.example.org', open_authoring: true });
    const env = cmsEnv({ REPO_URL: 'https://github.com/a/b.git', CMS_BRANCH: 'content', SITE_URL: 'https://atlas.example.eu/', BASE_PATH: '/kb/' });
    expect(env).toEqual({ repo: 'a/b', branch: 'content', authUrl: undefined, siteUrl: 'https://atlas.example.eu/kb' });
    expect(cmsConfig({ themes, env })['backend']).toMatchObject({ auth_methods: ['token'] });
  });
});
