import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fieldDocs, recordSchemaFor, updateContributing, yamlValue, type ThemeText } from '../../src/lib/json-schema.ts';
import { collections, collectionSpec } from '../../src/schemas/index.ts';
import * as vocabularies from '../../src/schemas/vocabularies.ts';
import { repo, runCli } from '../helpers.ts';

const committedDir = path.join(repo, 'content/_schemas');
const schemaFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined);

/** Every property of every object in a JSON Schema, however deep (lists, unions, records, tuples), with its path. */
function properties(node: Node, at = ''): Array<{ path: string; node: Node }> {
  const found: Array<{ path: string; node: Node }> = [];
  for (const [name, value] of Object.entries(asNode(node['properties']) ?? {})) {
    const child = asNode(value) ?? {};
    found.push({ path: `${at}${name}`, node: child }, ...properties(child, `${at}${name}.`));
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames']) {
    const inner = asNode(node[key]);
    if (inner) found.push(...properties(inner, `${at}${key === 'items' ? '[].' : `${key}.`}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    for (const inner of Array.isArray(node[key]) ? (node[key] as unknown[]) : []) found.push(...properties(asNode(inner) ?? {}, at));
  }
  return found;
}

describe('editor JSON Schemas', () => {
  it('are committed as npm run schemas generates them (a stale one fails here: run npm run schemas)', () => {
    // npm run schemas writes into <content>/_schemas/: pointed at an empty temporary folder, it leaves the committed files (and CONTRIBUTING.md) alone.
    const content = mkdtempSync(path.join(tmpdir(), 'atlas-schemas-'));
    const run = runCli('schemas.ts', [], { ATLAS_CONTENT: content });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('CONTRIBUTING');
    const freshDir = path.join(content, '_schemas');
    expect(schemaFiles(freshDir)).toEqual(collections.map((c) => `${c.name}.schema.json`).sort());
    expect(schemaFiles(committedDir)).toEqual(schemaFiles(freshDir));
    for (const file of schemaFiles(freshDir)) {
      expect(readFileSync(path.join(committedDir, file), 'utf8'), `content/_schemas/${file} is out of date: run npm run schemas`).toBe(readFileSync(path.join(freshDir, file), 'utf8'));
    }
  });

  it('describe the contract: a practice requires region and five other fields, and knows the level vocabulary', () => {
    const schema = readJson(path.join(committedDir, 'practices.schema.json')) as { required: string[]; properties: Record<string, Node>; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'region', 'level', 'themes', 'sources']));
    expect(schema.properties['level']!['enum']).toEqual(['municipal', 'regional', 'national', 'cross-border']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('give every property a description, at every depth, in content/_schemas/practices.schema.json and the others', () => {
    for (const file of schemaFiles(committedDir)) {
      const found = properties(readJson(path.join(committedDir, file)));
      expect(found.length, file).toBeGreaterThanOrEqual(3);
      const undescribed = found.filter(({ node }) => typeof node['description'] !== 'string' || (node['description'] as string).length < 10).map((p) => p.path);
      expect(undescribed, file).toEqual([]);
    }
    const practice = properties(readJson(path.join(committedDir, 'practices.schema.json'))).map((p) => p.path);
    expect(practice).toEqual(expect.arrayContaining(['title', 'resources.budget.amount', 'indicators.[].source', 'transfer.[].region', 'sources.[].url', 'validation.level']));
  });

  it('describe each value of a vocabulary, from its one record in vocabularies.ts', () => {
    const schema = readJson(path.join(committedDir, 'practices.schema.json')) as { properties: Record<string, Node> };
    const unit = asNode(asNode(asNode(schema.properties['indicators']!['items'])!['properties'])!['unit'])!;
    for (const [value, text] of Object.entries(vocabularies.indicatorUnitText)) expect(unit['description']).toContain(`${value}: ${text}`);
    const tools = readJson(path.join(committedDir, 'tools.schema.json')) as { properties: Record<string, Node> };
    const featureKey = asNode(tools.properties['features']!['propertyNames'])!;
    for (const [value, text] of Object.entries(vocabularies.featureText)) expect(featureKey['description']).toContain(`${value}: ${text}`);
    const criterion = asNode(tools.properties['ratings']!['propertyNames'])!;
    for (const [value, text] of Object.entries(vocabularies.ratingCriterionText)) expect(criterion['description']).toContain(`${value}: ${text}`);
  });

  it('carry examples that YAML reads back as the same value, as CONTRIBUTING.md and the templates write them', () => {
    for (const spec of collections) {
      for (const doc of fieldDocs(spec).filter((d) => d.example !== undefined)) {
        const written = `${doc.name}: ${yamlValue(doc.example)}`;
        expect(yaml.load(written, { schema: yaml.CORE_SCHEMA }), `${spec.name}: ${written}`).toEqual({ [doc.name]: doc.example });
      }
    }
  });
});

describe('the open-data schemas (/data/schema/)', () => {
  it('come from the same generator: every contract field has the description of the editor schema, a reference saying where its ids are', () => {
    for (const spec of collections) {
      const editor = (readJson(path.join(committedDir, `${spec.name}.schema.json`)) as { properties?: Record<string, Node>; items?: { properties: Record<string, Node> } });
      const fields = editor.properties ?? editor.items!.properties;
      const record = recordSchemaFor(collectionSpec(spec.name), {
        describeRef: (collection) => `The id of a record of /data/${collection}.json.`,
        id: { name: 'id', schema: {} },
        url: { name: 'url', schema: {} },
        derived: [],
      }) as { properties: Record<string, Node> };
      for (const [name, node] of Object.entries(fields)) {
        if (name === 'id') continue;
        const description = String(node['description']);
        const published = String(record.properties[name]!['description']);
        if (description.includes('the id of a')) expect(published, `${spec.name}.${name}`).toMatch(/: the id of a record of \/data\/\w+\.json\.$/);
        else expect(published, `${spec.name}.${name}`).toBe(description);
      }
    }
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = path.join(repo, 'CONTRIBUTING.md');
  const themes = yaml.load(readFileSync(path.join(repo, 'content/themes.yaml'), 'utf8')) as ThemeText[];

  it('holds the field and vocabulary tables the schemas and content/themes.yaml give (a stale one fails here: run npm run schemas)', () => {
    const committed = readFileSync(guide, 'utf8');
    expect(committed, 'CONTRIBUTING.md differs from the schemas: run npm run schemas').toBe(updateContributing(committed, themes));
    for (const marker of ['fields:practices', 'fields:tools', 'fields:reports', 'fields:regions', 'fields:themes', 'values:features', 'values:criteria', 'values:themes']) {
      expect(committed).toContain(`<!-- ${marker} -->`);
    }
    expect(committed).toContain("| `indicators[].source` | no | The https:// address where this figure can be checked. It must be the url of one of the entry's sources");
  });

  it('fails on a changed row, a removed row or a changed theme, and npm run schemas writes the tables back', () => {
    const committed = readFileSync(guide, 'utf8');
    const edits = [
      committed.replace('| `institution` | yes | The main institution responsible. |', '| `institution` | yes | The main body responsible. |'),
      committed.replace(/^\| `city` \|.*\n/m, ''),
      committed.replace('| `cost` | 5 means cheap to obtain and run |', '| `cost` | cheap |'),
    ];
    for (const edited of edits) {
      expect(edited).not.toBe(committed);
      expect(updateContributing(edited, themes)).toBe(committed);
    }
    expect(updateContributing(committed, themes.map((t, i) => (i ? t : { ...t, name: 'Budgets' })))).not.toBe(committed);
    expect(() => updateContributing(committed.replace('<!-- /fields:tools -->', ''), themes)).toThrow(/fields:tools/);

    // The command itself, on a stale copy of the guide: it rewrites the tables and nothing else.
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-guide-')), 'CONTRIBUTING.md');
    const content = mkdtempSync(path.join(tmpdir(), 'atlas-schemas-'));
    copyFileSync(path.join(repo, 'content/themes.yaml'), path.join(content, 'themes.yaml'));
    const stale = edits[0]!;
    writeFileSync(copy, stale);
    const run = runCli('schemas.ts', ['--contributing', copy], { ATLAS_CONTENT: content });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(committed);
  });
});
