// The Frictionless Data Package (/data/datapackage.json) read as its users read it: the descriptor
// validated by Frictionless' JavaScript library (datapackage 1.1.10), and every CSV and JSON resource
// read back through tableschema 1.12.6 with its Table Schema: types cast, constraints, primary and
// foreign keys checked, values compared with the records. A broken copy of each part fails.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtlasIndex } from '../../src/lib/atlas-index.ts';
import { cellOf } from '../../src/lib/open-data/csv-columns.ts';
import { buildDataPackage, dataPackageFile, type DataPackageContext } from '../../src/lib/open-data/datapackage.ts';
import { exportsFor } from '../../src/lib/open-data/files.ts';
import { exportCollections } from '../../src/lib/open-data/records.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixture } from '../helpers.ts';
import { atlasOf } from '../support/atlas.ts';
import { contentDir as projectContentDir } from '../support/project.ts';

// The two libraries ship no types: the little of their API this test uses.
interface TableLike {
  headers: string[];
  read(options: { keyed?: boolean; cast?: boolean; relations?: Record<string, unknown[]> | false }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessLibs {
  Package: { load(descriptor: unknown, options: { basePath: string }): Promise<{ valid: boolean; errors: Error[]; resourceNames: string[]; getResource(name: string): { descriptor: Record<string, any>; tabular: boolean } }> };
  Table: { load(source: unknown, options: { schema: unknown; headers?: number | string[] }): Promise<TableLike> };
}
const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as Pick<FrictionlessLibs, 'Package'>;
const { Table } = require('tableschema') as Pick<FrictionlessLibs, 'Table'>;

type Node = Record<string, any>;


const contentDir = projectContentDir();
const ctx = (root: string): DataPackageContext => ({ root, publisher: { name: siteConfig.project, homepage: siteConfig.projectUrl }, licence: siteConfig.contentLicence });

/** The data folder as the site publishes it (the package and the files it names), in a new temporary folder. */
function publish(atlas: AtlasIndex, root: string, edit?: (pkg: Node, files: Map<string, string>) => void): { dir: string; descriptor: Node } {
  const files = exportsFor(atlas, root, 'en');
  const descriptor = JSON.parse(JSON.stringify(buildDataPackage(atlas, ctx(root), 'en'))) as Node;
  const texts = new Map<string, string>();
  for (const collection of exportCollections) {
    const csv = descriptor['resources'].find((r: Node) => r.path.endsWith(`${collection}.csv`));
    texts.set(csv.path, files[collection].csv);
    texts.set(csv.path.replace(/csv$/, 'json'), files[collection].json);
    texts.set(descriptor['resources'].find((r: Node) => r.name === `${collection}-schema`).path, files[collection].schemaJson);
  }
  texts.set('catalog.jsonld', '{}\n');
  edit?.(descriptor, texts);
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-datapackage-')), 'data');
  mkdirSync(path.join(dir, 'schema'), { recursive: true });
  for (const [file, text] of texts) writeFileSync(path.join(dir, file), text);
  writeFileSync(path.join(dir, dataPackageFile), JSON.stringify(descriptor, null, 2));
  return { dir, descriptor };
}

/**
 * The rows of a tabular resource as tableschema reads them with its Table Schema. The bytes are decoded
 * as the WHATWG Encoding Standard decodes UTF-8 (TextDecoder), which drops the byte-order mark of
 * the CSV files, as Frictionless' Python framework and pandas do; tableschema-js itself would keep it in
 * the first header (see the BOM decision on /data/).
 */
async function readResource(dir: string, resource: Node, relations: Record<string, unknown[]> | false): Promise<{ headers: string[]; rows: Record<string, unknown>[] }> {
  const bytes = readFileSync(path.join(dir, resource['path']));
  const text = new TextDecoder('utf-8').decode(bytes);
  let source: unknown;
  if (resource['format'] === 'csv') {
    const { Readable } = await import('node:stream');
    source = () => Readable.from([text]);
  } else {
    // A JSON file is a table of records: a header of the schema's field names, then one row per record ('' for an absent field).
    const names = (resource['schema'].fields as Node[]).map((f) => f['name'] as string);
    source = [names, ...(JSON.parse(text) as Node[]).map((record) => names.map((name) => record[name] ?? ''))];
  }
  const table = await Table.load(source, { schema: resource['schema'] });
  const rows = await table.read({ keyed: true, cast: true, relations });
  return { headers: table.headers, rows };
}

/** Every tabular resource read with foreign keys checked against the resources they name. */
async function readAll(dir: string, descriptor: Node): Promise<Map<string, { headers: string[]; rows: Record<string, unknown>[] }>> {
  const tabular = (descriptor['resources'] as Node[]).filter((r) => r['profile'] === 'tabular-data-resource');
  // The referenced resources are read first without relations, then every resource with them.
  const plain = new Map<string, unknown[]>();
  for (const resource of tabular) plain.set(resource['name'], (await readResource(dir, resource, false)).rows);
  const read = new Map<string, { headers: string[]; rows: Record<string, unknown>[] }>();
  for (const resource of tabular) {
    const targets = (resource['schema'].foreignKeys ?? []).map((fk: Node) => fk['reference'].resource as string);
    read.set(resource['name'], await readResource(dir, resource, Object.fromEntries(targets.map((name: string) => [name, plain.get(name)!]))));
  }
  return read;
}

const castText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value ?? ''));

describe('the data package', () => {
  for (const [name, dir, root] of [['content', contentDir, '/'], ['fixture', fixture('valid'), 'https://atlas.example.eu/kb/']] as const) {
    it(`${name} (${root}): Frictionless validates the descriptor, and every resource reads back with its Table Schema as the records hold it`, async () => {
      const atlas = atlasOf(dir);
      const published = publish(atlas, root);
      const pkg = await Package.load(path.join(published.dir, dataPackageFile), { basePath: published.dir });
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.resourceNames).toHaveLength(exportCollections.length * 3 + 1);

      const files = exportsFor(atlas, root, 'en');
      const read = await readAll(published.dir, published.descriptor);
      // A foreign key read with its relations holds the row it points to: compare that row's id.
      const keys = (name: string) => new Set<string>(((published.descriptor['resources'] as Node[]).find((r) => r['name'] === name)!['schema'].foreignKeys ?? []).map((fk: Node) => fk['fields'] as string));
      const valueOf = (row: Record<string, unknown>, field: string, fks: Set<string>) => (fks.has(field) ? (row[field] as Node)['id'] : row[field]);
      for (const collection of exportCollections) {
        const file = files[collection];
        const csv = read.get(`${collection}-csv`)!;
        const csvKeys = keys(`${collection}-csv`);
        const jsonKeys = keys(`${collection}-json`);
        expect(csv.headers).toEqual(file.columns.map((c) => c.name));
        expect(csv.rows.map((r) => r['id'])).toEqual(file.records.map((r) => r['id']));
        // Each cell, cast by its Table Schema type, is the cell the records give (dates and numbers compared as text).
        for (const [i, record] of file.records.entries()) {
          for (const column of file.columns) {
            expect(castText(valueOf(csv.rows[i]!, column.name, csvKeys)), `${collection}.csv ${String(record['id'])} ${column.name}`).toBe(String(cellOf(record, column)));
          }
        }
        const json = read.get(`${collection}-json`)!;
        expect(json.rows).toHaveLength(file.records.length);
        for (const [i, record] of file.records.entries()) {
          for (const [key, value] of Object.entries(record)) expect(castText(valueOf(json.rows[i]!, key, jsonKeys)), `${collection}.json ${String(record['id'])} ${key}`).toBe(castText(value));
        }
      }
      // Sizes are the files'.
      for (const resource of published.descriptor['resources'] as Node[]) {
        if (resource['bytes'] !== undefined) expect(readFileSync(path.join(published.dir, resource['path'])).byteLength, resource['path']).toBe(resource['bytes']);
      }
    });
  }

  it('describes columns with types, formats, constraints and keys, generated from the record schemas', () => {
    const descriptor = buildDataPackage(atlasOf(fixture('valid')), ctx('https://atlas.example.eu/kb/'), 'en') as Node;
    expect(descriptor).toMatchObject({ profile: 'data-package', name: 'civic-tech-practice-atlas', id: 'https://atlas.example.eu/kb/data/datapackage.json', licenses: [{ name: 'CC-BY-4.0' }] });
    const practices = (descriptor['resources'] as Node[]).find((r) => r['name'] === 'practices-csv')!;
    expect(practices).toMatchObject({ path: 'practices.csv', encoding: 'utf-8', mediatype: 'text/csv', dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } });
    const fields = Object.fromEntries((practices['schema'].fields as Node[]).map((f) => [f['name'], f]));
    expect(fields['id']).toMatchObject({ type: 'string', constraints: { required: true, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } });
    expect(fields['updated']).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(fields['start']).toMatchObject({ type: 'string', constraints: { required: true, pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' } });
    expect(fields['level']!['constraints'].enum).toContain('municipal');
    expect(fields['resources.budget.amount']).toMatchObject({ type: 'number', constraints: { minimum: 0 } });
    expect(fields['url']).toMatchObject({ type: 'string', format: 'uri' });
    expect(fields['themes']!['constraints'].pattern).toBe('^(?:(?:[a-z0-9]+(?:-[a-z0-9]+)*)(?:; (?:[a-z0-9]+(?:-[a-z0-9]+)*))*)?$');
    expect(fields['themes']!['description']).toContain('themes-csv');
    expect(practices['schema']).toMatchObject({ primaryKey: 'id', missingValues: [''], foreignKeys: [{ fields: 'region', reference: { resource: 'regions-csv', fields: 'id' } }] });
    // Whatever columns the records gain flow in: every CSV column is a field, in order.
    expect(Object.keys(fields)).toEqual(exportsFor(atlasOf(fixture('valid')), 'https://atlas.example.eu/kb/', 'en').practices.columns.map((c) => c.name));
    const reports = (descriptor['resources'] as Node[]).find((r) => r['name'] === 'reports-json')!;
    expect(reports['schema'].foreignKeys).toEqual([{ fields: 'host', reference: { resource: 'regions-json', fields: 'id' } }]);
    expect((reports['schema'].fields as Node[]).find((f) => f['name'] === 'practices')).toMatchObject({ type: 'array' });
  });

  it('the evidence for keeping the byte-order mark: tableschema-js reading the raw file keeps it in the first header', async () => {
    const published = publish(atlasOf(fixture('valid')), 'https://atlas.example.eu/kb/');
    expect(readFileSync(path.join(published.dir, 'themes.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const schema = published.descriptor['resources'].find((r: Node) => r['name'] === 'themes-csv')['schema'];
    const raw = await Table.load(path.join(published.dir, 'themes.csv'), { schema }).then((t) => t.read({ keyed: true })).then(() => 'read', (e: Error) => e.message);
    expect(raw).toMatch(/header names do not match/);
    // Decoded as UTF-8 is decoded on the web (the WHATWG Encoding Standard), it reads.
    expect((await readResource(published.dir, published.descriptor['resources'].find((r: Node) => r['name'] === 'themes-csv'), false)).headers[0]).toBe('id');
  });

  it('without a site address: relative paths only, no id or homepage, url is not an absolute URI', () => {
    const descriptor = buildDataPackage(atlasOf(fixture('valid')), ctx('/kb/'), 'en') as Node;
    expect(descriptor).not.toHaveProperty('id');
    expect(descriptor).not.toHaveProperty('homepage');
    for (const resource of descriptor['resources'] as Node[]) expect(resource['path'], resource['name']).toMatch(/^[a-z][\w./-]*$/);
    const fields = (descriptor['resources'] as Node[]).find((r) => r['name'] === 'practices-csv')!['schema'].fields as Node[];
    expect(fields.find((f) => f['name'] === 'url')).toMatchObject({ format: 'default' });
  });

  it('fails a deliberately broken copy: a wrong type, a broken constraint, a dangling key, an invalid descriptor', async () => {
    const atlas = atlasOf(fixture('valid'));
    const root = 'https://atlas.example.eu/kb/';
    /** A file of the copy with one edit, which must change it. */
    const edit = (file: string, from: string, to: string) => (_pkg: Node, files: Map<string, string>) => {
      const text = files.get(file)!;
      expect(text.includes(from), `${file} holds ${from}`).toBe(true);
      files.set(file, text.replace(from, to));
    };
    const breaks: Record<string, (pkg: Node, files: Map<string, string>) => void> = {
      'a text in a number column': edit('practices.csv', ',500000,', ',five hundred thousand,'),
      'a date that is no date': edit('practices.csv', ',2026-01-15,', ',15/01/2026,'),
      'a value outside its enum': edit('practices.csv', ',regional,', ',galactic,'),
      'a region that does not exist (foreign key)': edit('practices.csv', ',west-romania,', ',atlantis,'),
      'an id that breaks its pattern': edit('themes.json', '"id": "open-data"', '"id": "Open Data"'),
      'a duplicate id (primary key)': (_pkg, files) => files.set('regions.json', JSON.stringify([...JSON.parse(files.get('regions.json')!), JSON.parse(files.get('regions.json')!)[0]])),
    };
    for (const [what, breakIt] of Object.entries(breaks)) {
      const published = publish(atlas, root, breakIt);
      const outcome = await readAll(published.dir, published.descriptor).then(() => 'read without error', (error: Error) => `refused: ${error.message}`);
      expect(outcome, what).toMatch(/^refused/);
    }
    const invalid = publish(atlas, root, (pkg) => {
      pkg['resources'][0]['name'] = 'Not A Valid Name';
      delete pkg['resources'][1]['path'];
    });
    const pkg = await Package.load(path.join(invalid.dir, dataPackageFile), { basePath: invalid.dir }).catch((error: Error) => ({ valid: false, errors: [error] }));
    expect(pkg.valid).toBe(false);
  });
});
