import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entryCitation, entryJsonLd, type EntryContext } from '../../src/lib/entry-meta.ts';
import { feedItems } from '../../src/lib/feed.ts';
import { jsonForScript } from '../../src/lib/json-script.ts';
import { citeBibtex, citeText } from '../../src/lib/cite.ts';
import { isPublished, pageAddress, publishedRoot, relativeAddress, unsetSite } from '../../src/lib/open-data/address.ts';
import { buildCatalog } from '../../src/lib/open-data/catalog.ts';
import { alpha3, euCountryUri } from '../../src/lib/open-data/countries.ts';
import { cellOf, columnsOf, recordsToCsv } from '../../src/lib/open-data/csv-columns.ts';
import { atlasModified } from '../../src/lib/open-data/dates.ts';
import { byteSize, exportsFor } from '../../src/lib/open-data/files.ts';
import { columnTypeText } from '../../src/lib/open-data/labels.ts';
import { buildRecords, exportCollections, recordSchema } from '../../src/lib/open-data/records.ts';
import { siteRoot } from '../../src/lib/routes.ts';
import { fixture } from '../helpers.ts';
import { atlasOf } from '../support/atlas.ts';
import { readContent } from '../support/content.ts';

/** The valid fixture content as the build reads it, plus optional extra practices. */
const fixtureAtlas = (extraPractices: Record<string, unknown>[] = []) => atlasOf(fixture('valid'), extraPractices);

const root = 'https://example.org/kb/';
const atlas = fixtureAtlas();
const raw = readContent(fixture('valid'));
const idsOnDisk = {
  practices: raw.practices.map((e) => e.id),
  tools: raw.tools.map((e) => e.id),
  reports: raw.reports.map((e) => e.id),
  regions: raw.regions.map((e) => e.id),
  themes: raw.themes.map((e) => e.id),
};
const ctx: EntryContext = {
  root,
  siteName: 'Civic Tech Practice Atlas',
  publisher: { name: 'CIVITEC', url: 'https://www.interregeurope.eu/civitec' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv;
}

/** A practice whose text needs CSV quoting: commas, quotes, a semicolon and a line break. */
const awkward = {
  id: 'awkward-quoting',
  title: 'Budget "for all", phase 2; pilot',
  summary: 'Line one,\nline two with "quotes" and Ελληνικά.',
  region: 'achaia',
  level: 'regional',
  themes: ['open-data'],
  tools: [],
  institution: 'Region, Department of "Data"',
  start: 2020,
  status: 'inspiring',
  indicators: [
    { label: 'Datasets', value: 40, unit: 'datasets' },
    { label: 'Users', value: 1200, unit: 'people', year: 2024 },
  ],
  sources: [{ title: 'Portal', url: 'https://example.org/p' }],
  contributors: ['A', 'B'],
  updated: '2026-03-02',
};

describe('records', () => {
  it('hold exactly the ids on disk, sorted, for every collection', () => {
    for (const collection of exportCollections) {
      const records = buildRecords(atlas, collection, root, 'en');
      expect(records.map((r) => r['id'])).toEqual([...idsOnDisk[collection]].sort());
    }
  });

  it('start with id, keep the contract fields, then an absolute url and the derived fields', () => {
    const [patras, timisoara] = buildRecords(atlas, 'practices', root, 'en');
    expect(Object.keys(timisoara!)[0]).toBe('id');
    expect(timisoara).toMatchObject({
      id: 'timisoara-budget', region: 'west-romania', tools: ['fixture-tool'], start: '2019-03',
      resources: { budget: { amount: 500000, currency: 'EUR', year: 2020 } },
      url: 'https://example.org/kb/practices/timisoara-budget/', country: 'RO', reports: ['fixture-visit-2025'],
    });
    expect(Object.keys(timisoara!).slice(-4)).toEqual(['url', 'country', 'reports', 'completeness']);
    expect(patras).not.toHaveProperty('body');
    expect(patras).not.toHaveProperty('resources');
    expect(patras!['language']).toBe('en');
  });

  it('derive a tool\'s deployments, a region\'s practices and a theme\'s practices and tools', () => {
    const [tool] = buildRecords(atlas, 'tools', root, 'en');
    expect(tool).toMatchObject({ id: 'fixture-tool', deployments: ['timisoara-budget'], reports: ['fixture-visit-2025'] });
    const regions = Object.fromEntries(buildRecords(atlas, 'regions', root, 'en').map((r) => [r['id'], r]));
    expect(regions['achaia']).toMatchObject({ practices: ['patras-open-data'], transfers: ['timisoara-budget'], reportsHosted: [], reportsAttended: ['fixture-visit-2025'] });
    const themes = Object.fromEntries(buildRecords(atlas, 'themes', root, 'en').map((r) => [r['id'], r]));
    expect(themes['participatory-budgeting']).toMatchObject({ practices: ['patras-open-data', 'timisoara-budget'], tools: ['fixture-tool'] });
  });

  it('validate against the published schema of their file (ajv, draft 2020-12, formats checked)', () => {
    const ajv = validator();
    const files = exportsFor(fixtureAtlas([awkward]), root, 'en');
    for (const collection of exportCollections) {
      const validate = ajv.compile(files[collection].schema);
      const ok = validate(JSON.parse(files[collection].json));
      expect(validate.errors ?? [], collection).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the published schema rejects a record that breaks the contract or lacks a derived field', () => {
    const ajv = validator();
    const files = exportsFor(atlas, root, 'en');
    const validate = ajv.compile(files.practices.schema);
    const [record] = JSON.parse(files.practices.json) as Record<string, unknown>[];
    expect(validate([{ ...record, level: 'galactic' }])).toBe(false);
    expect(validate([{ ...record, url: 'not a url' }])).toBe(false);
    const { reports: _reports, ...withoutReports } = record!;
    expect(validate([withoutReports])).toBe(false);
    expect(validate([{ ...record, extra: 1 }])).toBe(false);
  });

  it('the record schema of themes has id once, and references say what they point to', () => {
    const themes = recordSchema('themes', 'en') as { properties: Record<string, { description?: string }>; required: string[] };
    expect(Object.keys(themes.properties)).toEqual(['id', 'name', 'description', 'url', 'practices', 'tools']);
    expect(themes.required.filter((r) => r === 'id')).toHaveLength(1);
    const practices = recordSchema('practices', 'en') as { properties: Record<string, { description?: string }> };
    expect(practices.properties['region']!.description).toContain('/data/regions.json');
  });
});

describe('CSV', () => {
  const files = exportsFor(fixtureAtlas([awkward]), root, 'en');

  it('has a header of column names and one row per entry, read back by a real CSV parser', () => {
    for (const collection of exportCollections) {
      const rows = parse(files[collection].csv, { bom: true }) as string[][];
      expect(rows[0]).toEqual(files[collection].columns.map((c) => c.name));
      expect(rows.slice(1).map((r) => r[0])).toEqual(files[collection].records.map((r) => r['id']));
    }
  });

  it('is RFC 4180 with a BOM: CRLF line ends, quoted commas, quotes and line breaks that round-trip', () => {
    const csv = files.practices.csv;
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('"Budget ""for all"", phase 2; pilot"');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r['id'] === 'awkward-quoting')!;
    expect(row['title']).toBe(awkward.title);
    expect(row['summary']).toBe(awkward.summary);
    expect(row['institution']).toBe(awkward.institution);
  });

  it('joins lists with "; ", flattens nested objects and lines up lists of objects by position', () => {
    const rows = parse(files.practices.csv, { bom: true, columns: true }) as Record<string, string>[];
    const timisoara = rows.find((r) => r['id'] === 'timisoara-budget')!;
    expect(timisoara['resources.budget.amount']).toBe('500000');
    expect(timisoara['resources.budget.currency']).toBe('EUR');
    expect(timisoara['indicators.label']).toBe('Votes cast; Budget voted');
    expect(timisoara['indicators.currency']).toBe('; EUR');
    expect(timisoara['sources.url']).toBe('https://example.org/votes; https://example.org/budget');
    const awkwardRow = rows.find((r) => r['id'] === 'awkward-quoting')!;
    expect(awkwardRow['indicators.year']).toBe('; 2024');
    expect(awkwardRow['indicators.note']).toBe('');
    expect(awkwardRow['contributors']).toBe('A; B');
    expect(awkwardRow['resources.budget.amount']).toBe('');
  });

  it('names tuple positions and map keys: coordinates.latitude, features.proposals', () => {
    const regionColumns = columnsOf(recordSchema('regions', 'en')).map((c) => c.name);
    expect(regionColumns).toEqual(expect.arrayContaining(['coordinates.latitude', 'coordinates.longitude', 'partner.organisation', 'practices']));
    const toolColumns = columnsOf(recordSchema('tools', 'en'));
    expect(toolColumns.map((c) => c.name)).toEqual(expect.arrayContaining(['features.proposals', 'features.open-source', 'ratings.privacy', 'accessibility.claim', 'deployments']));
    expect(toolColumns.find((c) => c.name === 'features.api')!.values).toEqual(['yes', 'partial', 'no']);
    const rows = parse(files.regions.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['id'] === 'achaia')).toMatchObject({ 'coordinates.latitude': '38.25', 'coordinates.longitude': '21.73' });
  });

  it('describes column types for the data page', () => {
    const columns = Object.fromEntries(columnsOf(recordSchema('practices', 'en')).map((c) => [c.name, c]));
    expect(columnTypeText(columns['themes']!, 'en')).toBe('list of id');
    expect(columnTypeText(columns['updated']!, 'en')).toBe('date (YYYY-MM-DD)');
    expect(columnTypeText(columns['start']!, 'en')).toBe('year or month (YYYY or YYYY-MM)');
    expect(columnTypeText(columns['end']!, 'en')).toBe('year or month (YYYY or YYYY-MM)');
    expect(columnTypeText(columns['url']!, 'en')).toBe('web address');
    expect(columns['title']!.required).toBe(true);
    expect(columns['resources.budget.amount']!.required).toBe(false);
  });

  it('cellOf and recordsToCsv work on any record and columns', () => {
    const columns = [{ name: 'a', path: ['a'], types: ['string'], list: false, required: true }, { name: 'b.c', path: ['b', '*', 'c'], types: ['number'], list: true, required: false }];
    expect(cellOf({ a: 'x', b: [{ c: 1 }, {}, { c: 3 }] }, columns[1]!)).toBe('1; ; 3');
    expect(recordsToCsv([{ a: 'é,', b: [] }], columns)).toBe('\uFEFFa,b.c\r\n"é,",\r\n');
  });
});

describe('DCAT-AP catalogue', () => {
  const catalogCtx = { root, publisher: { name: 'CIVITEC', homepage: 'https://www.interregeurope.eu/civitec' }, licence: { url: 'https://creativecommons.org/licenses/by/4.0/', eu: 'CC_BY_4_0' } };
  type Node = Record<string, any>;
  const catalog = buildCatalog(atlas, catalogCtx, 'en') as Node;
  const files = exportsFor(atlas, root, 'en');

  it('has one dataset per collection with JSON and CSV distributions whose sizes are the serialised files', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    const datasets = catalog['dcat:dataset'] as Node[];
    expect(datasets.map((d) => d['dct:identifier'])).toEqual([...exportCollections]);
    for (const dataset of datasets) {
      const collection = dataset['dct:identifier'] as (typeof exportCollections)[number];
      const [json, csv] = dataset['dcat:distribution'] as Node[];
      expect(json!['dcat:downloadURL']['@id']).toBe(`${root}data/${collection}.json`);
      expect(json!['dcat:byteSize']['@value']).toBe(byteSize(files[collection].json));
      expect(json!['dcat:mediaType']['@id']).toBe('https://www.iana.org/assignments/media-types/application/json');
      expect(json!['dct:conformsTo']['@id']).toBe(`${root}data/schema/${collection}.schema.json`);
      expect(csv!['dcat:downloadURL']['@id']).toBe(`${root}data/${collection}.csv`);
      expect(csv!['dcat:byteSize']['@value']).toBe(Buffer.byteLength(files[collection].csv, 'utf8'));
      expect(csv!['dcat:mediaType']['@id']).toBe('https://www.iana.org/assignments/media-types/text/csv');
      expect(dataset['dct:license']['@id']).toBe('http://publications.europa.eu/resource/authority/licence/CC_BY_4_0');
      expect(dataset['dct:license']['foaf:page']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(dataset['dct:publisher']['foaf:name']).toBe('CIVITEC');
    }
  });

  it('states spatial coverage as EU country URIs, the temporal coverage and the modified date from the data', () => {
    const practices = (catalog['dcat:dataset'] as Node[])[0]!;
    expect(practices['dct:spatial'].map((s: Node) => s['@id'])).toEqual([
      'http://publications.europa.eu/resource/authority/country/GRC',
      'http://publications.europa.eu/resource/authority/country/ROU',
    ]);
    expect(practices['dct:temporal']['dcat:startDate']).toEqual({ '@value': '2018', '@type': 'xsd:gYear' });
    expect(practices['dct:temporal']['dcat:endDate']).toEqual({ '@value': '2026-01-15', '@type': 'xsd:date' });
    expect(practices['dct:modified']['@value']).toBe('2026-01-15');
    // The tool review (2026-02-01) is the latest date anywhere.
    expect(catalog['dct:modified']).toEqual({ '@value': '2026-02-01', '@type': 'xsd:date' });
    expect(atlasModified(atlas)).toBe('2026-02-01');
    expect(catalog['dct:temporal']['dcat:startDate']['@value']).toBe('2016');
  });

  it('is deterministic: no build time anywhere', () => {
    const again = JSON.stringify(buildCatalog(fixtureAtlas(), catalogCtx, 'en'));
    expect(again).toBe(JSON.stringify(catalog));
    const today = new Date().toISOString().slice(0, 10);
    expect(again).not.toContain(today);
  });
});

describe('countries', () => {
  it('maps alpha-2 to alpha-3 and EU authority URIs', () => {
    expect(alpha3('FI')).toBe('FIN');
    expect(alpha3('GR')).toBe('GRC');
    expect(alpha3('GB')).toBe('GBR');
    expect(alpha3('TW')).toBe('TWN');
    expect(alpha3('XK')).toBe('XKX');
    expect(alpha3('EL')).toBeUndefined();
    expect(euCountryUri('ES')).toBe('http://publications.europa.eu/resource/authority/country/ESP');
  });

  const isoCodes = '/usr/share/iso-codes/json/iso_3166-1.json';
  it.skipIf(!existsSync(isoCodes))('agrees with Debian iso-codes for every country', () => {
    const list = JSON.parse(readFileSync(isoCodes, 'utf8'))['3166-1'] as { alpha_2: string; alpha_3: string }[];
    for (const c of list) expect(alpha3(c.alpha_2), c.alpha_2).toBe(c.alpha_3);
  });
});

describe('feed', () => {
  it('lists the newest practices and reports first, with absolute links', () => {
    const items = feedItems(fixtureAtlas([awkward]), root, 'en');
    expect(items.map((i) => i.date)).toEqual(['2026-03-02', '2026-01-15', '2025-06-01', '2025-03-10']);
    expect(items[3]!.link).toBe('https://example.org/kb/reports/fixture-visit-2025/');
  });

  it('keeps reports when practices are newer: each kind has its own limit', () => {
    // Three practices, all reviewed after the one report: a shared limit of 2 would hold practices only.
    const items = feedItems(fixtureAtlas([awkward]), root, 'en', 2);
    expect(items.map((i) => i.link.replace(root, ''))).toEqual(['practices/awkward-quoting/', 'practices/timisoara-budget/', 'reports/fixture-visit-2025/']);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
  });
});

describe('entry pages', () => {
  it('a practice is a CreativeWork with its place, coordinates, authors and themes', () => {
    const ld = entryJsonLd(atlas, 'practices', 'timisoara-budget', ctx, 'en') as Record<string, any>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org', '@type': 'CreativeWork', name: 'Timișoara fixture budget',
      url: 'https://example.org/kb/practices/timisoara-budget/', dateModified: '2026-01-15',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      spatialCoverage: { '@type': 'Place', name: 'Timișoara, West Romania', geo: { '@type': 'GeoCoordinates', latitude: 45.75, longitude: 21.23 } },
      temporalCoverage: '2019-03/..',
    });
    expect(ld['author']).toEqual([{ '@type': 'Organization', name: 'Fixture editors' }]);
    // No date of first publication is kept: the entry as it stands was published on its last review.
    expect(ld['datePublished']).toBe('2026-01-15');
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: 'CIVITEC', url: 'https://www.interregeurope.eu/civitec' });
  });

  it('a tool is a SoftwareApplication with its licence and code repository', () => {
    const ld = entryJsonLd(atlas, 'tools', 'fixture-tool', ctx, 'en') as Record<string, any>;
    expect(ld['@type']).toContain('SoftwareApplication');
    expect(ld).toMatchObject({ license: 'https://spdx.org/licenses/AGPL-3.0-or-later.html', codeRepository: 'https://example.org/tool/source' });
    // The page as published: its language, publisher and the date of the review it shows, at the top level.
    expect(ld).toMatchObject({ inLanguage: 'en', dateModified: '2026-02-01', publisher: { '@type': 'Organization', name: 'CIVITEC' } });
  });

  it('a report is an Event at its host, a region a Place, a theme a DefinedTerm', () => {
    expect(entryJsonLd(atlas, 'reports', 'fixture-visit-2025', ctx, 'en')).toMatchObject({
      '@type': 'Event', startDate: '2025-03-10', endDate: '2025-03-11', location: { '@type': 'Place', name: 'West Romania' },
    });
    expect(entryJsonLd(atlas, 'regions', 'achaia', ctx, 'en')).toMatchObject({
      '@type': 'Place', name: 'Achaia', identifier: { value: 'EL632' }, geo: { latitude: 38.25 }, containedInPlace: { name: 'Greece' },
    });
    expect(entryJsonLd(atlas, 'themes', 'open-data', ctx, 'en')).toMatchObject({ '@type': 'DefinedTerm', name: 'Open data', termCode: 'open-data' });
  });

  it('citation meta: practice contributors and review date; others the site and the newest related date', () => {
    expect(entryCitation(atlas, 'practices', 'patras-open-data', ctx, 'en')).toEqual({
      title: 'Patras fixture open data', date: '2025-06-01', authors: ['Fixture editors'], url: 'https://example.org/kb/practices/patras-open-data/',
    });
    expect(entryCitation(atlas, 'regions', 'achaia', ctx, 'en')).toMatchObject({ date: '2025-06-01', authors: ['Civic Tech Practice Atlas'] });
    expect(entryCitation(atlas, 'themes', 'participatory-budgeting', ctx, 'en').date).toBe('2026-02-01');
  });

  it('JSON for a script element cannot close it', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('a site built without its address (no SITE_URL)', () => {
  const hostless: EntryContext = { ...ctx, root: siteRoot(unsetSite, '/kb/') };

  it('entry JSON-LD: addresses relative to the page, which is how JSON-LD in a page resolves them', () => {
    const ld = entryJsonLd(atlas, 'practices', 'timisoara-budget', hostless, 'en') as Record<string, any>;
    expect(JSON.stringify(ld)).not.toMatch(/invalid|localhost/);
    expect(ld).toMatchObject({ '@id': './', url: './', isPartOf: { url: '../../' }, spatialCoverage: { url: '../../regions/west-romania/' } });
    expect(ld['about'][0].url).toMatch(/^\.\.\/\.\.\/themes\/[a-z-]+\/$/);
    // Resolved against the page's own address, they are the absolute ones.
    const absolute = entryJsonLd(atlas, 'practices', 'timisoara-budget', ctx, 'en') as Record<string, any>;
    const pageUrl = 'https://example.org/kb/practices/timisoara-budget/';
    expect(new URL(ld['spatialCoverage'].url, pageUrl).href).toBe(absolute['spatialCoverage'].url);
    expect(new URL(ld['isPartOf'].url, pageUrl).href).toBe(absolute['isPartOf'].url);
    expect(entryCitation(atlas, 'tools', 'fixture-tool', hostless, 'en').url).toBe('./');
  });

  it('records: url relative to the data file, the schema says uri-reference and has no $id; ajv accepts them', () => {
    const files = exportsFor(atlas, '/kb/', 'en');
    const [patras] = files.practices.records;
    expect(patras!['url']).toBe('../practices/patras-open-data/');
    expect(new URL(String(patras!['url']), 'https://h.example/kb/data/practices.json').pathname).toBe('/kb/practices/patras-open-data/');
    expect(files.practices.schema).not.toHaveProperty('$id');
    expect(JSON.stringify(files.practices.schema)).toContain('"format":"uri-reference"');
    for (const collection of exportCollections) {
      expect(files[collection].json + files[collection].csv).not.toMatch(/https?:\/\/[^"]*(invalid|localhost)/);
      const validate = validator().compile(files[collection].schema);
      validate(JSON.parse(files[collection].json));
      expect(validate.errors ?? [], collection).toEqual([]);
    }
    // With an address, the same schema is strict: a relative url fails.
    const strict = validator().compile(exportsFor(atlas, root, 'en').practices.schema);
    expect(strict([{ ...JSON.parse(exportsFor(atlas, root, 'en').practices.json)[0], url: '../practices/x/' }])).toBe(false);
  });

  it('a citation without an address names none', () => {
    const c = { id: 'p1', title: 'T', authors: ['Editors'], date: '2026-01-02', url: undefined, siteName: 'Atlas', reviewedNote: 'last reviewed 2026-01-02' };
    expect(citeText(c)).toBe('Editors (2026). T. Atlas. (last reviewed 2026-01-02).');
    expect(citeBibtex(c)).not.toContain('url');
  });
});

describe('addresses', () => {
  it('a site without SITE_URL has no address: its roots become base paths, its pages none', () => {
    expect(isPublished(unsetSite)).toBe(false);
    expect(isPublished(undefined)).toBe(false);
    expect(isPublished('https://atlas.example.eu')).toBe(true);
    expect(publishedRoot(siteRoot(unsetSite, '/kb/'))).toBe('/kb/');
    expect(publishedRoot('https://atlas.example.eu/kb/')).toBe('https://atlas.example.eu/kb/');
    expect(publishedRoot('/kb/')).toBe('/kb/');
    expect(pageAddress(unsetSite, '/kb/practices/x/')).toBeUndefined();
    expect(pageAddress(new URL('https://atlas.example.eu'), '/kb/practices/x/')).toBe('https://atlas.example.eu/kb/practices/x/');
  });

  it('relativeAddress: from a file or a page to any address of the same site', () => {
    expect(relativeAddress('/kb/data/catalog.jsonld', '/kb/practices/')).toBe('../practices/');
    expect(relativeAddress('/kb/data/catalog.jsonld', '/kb/data/practices.csv')).toBe('practices.csv');
    expect(relativeAddress('/kb/data/catalog.jsonld', '/kb/data/schema/practices.schema.json')).toBe('schema/practices.schema.json');
    expect(relativeAddress('/kb/data/catalog.jsonld', '/kb/data/#themes')).toBe('./#themes');
    expect(relativeAddress('/kb/data/catalog.jsonld', '/kb/')).toBe('../');
    expect(relativeAddress('/kb/practices/a/', '/kb/practices/a/')).toBe('./');
    expect(relativeAddress('/kb/practices/a/', '/kb/regions/b/')).toBe('../../regions/b/');
    expect(relativeAddress('/practices/a/', '/compare/?items=a,b')).toBe('../../compare/?items=a,b');
    for (const [from, to] of [['/kb/data/x.json', '/kb/practices/p/'], ['/a/b/c/', '/a/d'], ['/x', '/y/z/']] as const) {
      expect(new URL(relativeAddress(from, to), `https://h.example${from}`).pathname, `${from} → ${to}`).toBe(to);
    }
  });

  it('siteRoot joins the site and any base path', () => {
    expect(siteRoot('https://example.org', '/')).toBe('https://example.org/');
    expect(siteRoot('https://example.org', '/kb')).toBe('https://example.org/kb/');
    expect(siteRoot(new URL('http://localhost:4321'), '/kb/')).toBe('http://localhost:4321/kb/');
  });
});

describe('CITATION.cff', () => {
  it('has the fields CFF 1.2.0 requires, as a dataset under CC BY 4.0 by the editors', async () => {
    const yaml = (await import('js-yaml')).default;
    const cff = yaml.load(readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8')) as Record<string, any>;
    expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'dataset', license: 'CC-BY-4.0', authors: [{ name: 'Civic Tech Practice Atlas editors' }] });
    expect(typeof cff['title']).toBe('string');
    expect(typeof cff['message']).toBe('string');
    expect(cff).not.toHaveProperty('doi');
  });
});
