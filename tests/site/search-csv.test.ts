// "Download these practices (CSV)" on /search/ (src/lib/search-csv.ts, src/scripts/search-download.ts):
// the file holds exactly the practices the results list shows, in its order, under the header of
// /data/practices.csv and each row as that file has it (byte-order mark and CRLFs included). Over
// HTTP on the shared builds (the real content under "/", the fixture under "/kb/"), and from
// file:// in the offline edition.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { formulaPractice } from '../support/fixture-site.ts';
import { fixtureSite, launchBrowser, mainSite, offlineSite, openSite } from '../support/site.ts';

const messages = JSON.parse(readFileSync(path.join(repo, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;
const bom = '\uFEFF';
const allText = messages['search.csv.all']!;
const manyText = (n: number) => messages['search.csv.many']!.replace('{count}', String(n));

/** The records of a CSV text as written (quotes kept), cut at the CRLFs outside quotes; a last record without its CRLF is kept, so a comparison shows it. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text.startsWith('\r\n', i)) {
      records.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** A row's id: its first cell (ids are plain slugs). */
const idOf = (row: string) => row.slice(0, row.indexOf(','));

interface Published {
  header: string;
  rows: Map<string, string>;
}

/** /data/practices.csv as a build published it: its header, and each practice's row by id. */
function published(dir: string): Published {
  const text = readFileSync(path.join(dir, 'data/practices.csv'), 'utf8');
  expect(text.startsWith(bom)).toBe(true);
  const [header, ...rows] = csvRecords(text.slice(1));
  return { header: header!, rows: new Map(rows.map((row) => [idOf(row), row])) };
}

/** The downloaded text is /data/practices.csv's header and the rows of `ids`, in that order, byte for byte. */
function expectRowsOf(text: string, ids: string[], file: Published): void {
  expect(text.startsWith(bom)).toBe(true);
  const [header, ...rows] = csvRecords(text.slice(1));
  expect(header).toBe(file.header);
  expect(rows.map(idOf)).toEqual(ids);
  for (const row of rows) expect(row).toBe(file.rows.get(idOf(row)));
  expect(text).toBe(bom + [file.header, ...ids.map((id) => file.rows.get(id))].map((row) => `${row}\r\n`).join(''));
}

const link = (page: Page) => page.locator('[data-csv-link]');
const note = (page: Page) => page.locator('[data-csv-note]');

/**
 * Waits for the search to end (the link then counts the practices found), shows every result
 * ("Show more" until none is left) and returns the addresses of all of them.
 */
async function allResults(page: Page): Promise<string[]> {
  const results = page.locator('[data-search-results] li h2 a');
  const more = page.locator('[data-search-more]');
  await expect.poll(async () => (await link(page).isVisible()) && /^Download th(ese \d+ practices|is practice) \(CSV\)$/.test(await link(page).innerText())).toBe(true);
  while (await more.isVisible()) {
    const shown = await results.count();
    await more.click();
    await expect.poll(() => results.count()).toBeGreaterThan(shown);
  }
  return results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The practice ids among result addresses, in order: "/kb/practices/x/" over HTTP, "../practices/x/index.html" from disk. */
const practiceIds = (hrefs: string[]) => hrefs.flatMap((href) => /(?:^|\/)practices\/([^/]+)\/(?:index\.html)?$/.exec(href)?.[1] ?? []);

/** Follows `target` (with the mouse, or focused and Enter) and returns the file the browser saved. */
async function download(page: Page, target: Locator, via: 'mouse' | 'keyboard'): Promise<{ name: string; url: string; text: string }> {
  const saved = page.waitForEvent('download');
  saved.catch(() => {}); // when the link is missing, that is the failure to report
  if (via === 'keyboard') {
    await target.focus({ timeout: 5_000 });
    await page.keyboard.press('Enter');
  } else {
    await target.click({ timeout: 5_000 });
  }
  const file = await saved;
  return { name: file.suggestedFilename(), url: file.url(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Records what the page's Content-Security-Policy blocks, reported by the browser as it happens. */
async function watchCsp(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => blocked.push(text));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  return blocked;
}

/** The query and filter both download tests use: "participation" with the theme participatory-budgeting ticked; every result, and the practices among them. */
async function searchWithFilter(page: Page, url: string): Promise<{ shown: string[]; ids: string[] }> {
  await page.goto(url);
  await page.fill('#search-q', 'participation');
  await page.press('#search-q', 'Enter');
  await page.locator('input[name="theme"][value="participatory-budgeting"]').check();
  await expect.poll(() => page.url()).toContain('theme=participatory-budgeting');
  const shown = await allResults(page);
  return { shown, ids: practiceIds(shown) };
}

describe('search results as CSV, on the production build', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  let file: Published;
  beforeAll(async () => {
    site = await openSite(mainSite());
    file = published(mainSite().dir);
  });
  afterAll(async () => site?.close());

  it('a typed query and a ticked filter give a file of exactly the practices listed, each row as /data/practices.csv has it', async () => {
    const page = site.page;
    const blocked = await watchCsp(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const { shown, ids } = await searchWithFilter(page, `${site.server.url}search/`);
    // The choice is the search's: results of other types stay out, and so do practices it did not
    // find; practices past the first page of results are in.
    expect(shown.length).toBeGreaterThan(10);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.length).toBeLessThan(shown.length);
    expect(ids.length).toBeLessThan(file.rows.size);
    // Nothing of the download is fetched before the reader asks for it.
    expect(fetched.filter((p) => p.includes('/practice-rows/'))).toEqual([]);

    // A link with a clear name that counts them, followed with the keyboard.
    await expect(link(page).innerText()).resolves.toBe(manyText(ids.length));
    const saved = await download(page, page.getByRole('link', { name: manyText(ids.length), exact: true }), 'keyboard');
    expect(saved.name).toBe('atlas-search-participation-participatory-budgeting.csv');
    expect(saved.url).toMatch(/^blob:/);
    expectRowsOf(saved.text, ids, file);
    const rowFiles = fetched.filter((p) => p.includes('/practice-rows/'));
    expect(rowFiles.length).toBeGreaterThan(0);
    expect(rowFiles.every((p) => /^\/search\/practice-rows\/\d+\.json$/.test(p))).toBe(true);
    // The page's CSP allows it as it is (Pagefind's 'wasm-unsafe-eval' is its only addition), and nothing goes to another host.
    expect(blocked).toEqual([]);
    expect(site.foreign).toEqual([]);
  });

  it('a search that finds no practice hides the link and says why', async () => {
    const page = site.page;
    await page.goto(`${site.server.url}search/?q=participation&type=tool`);
    await expect.poll(() => note(page).innerText()).toBe(messages['search.csv.none']);
    await expect(page.locator('[data-search-results] li').count()).resolves.toBeGreaterThan(0);
    await expect(link(page).isVisible()).resolves.toBe(false);
    // Untick the filter: the practices are back, and so is the link.
    await page.locator('input[name="type"][value="tool"]').uncheck();
    await expect.poll(() => link(page).innerText()).toMatch(/^Download these \d+ practices \(CSV\)$/);
    await expect(note(page).innerText()).resolves.toBe('');
  });

  it('before a search, and without JavaScript, the link offers every practice: /data/practices.csv', async () => {
    await site.page.goto(`${site.server.url}search/`);
    await expect.poll(() => site.page.locator('[data-search-status]').innerText()).toBe(messages['search.prompt']);
    const all = site.page.getByRole('link', { name: allText, exact: true });
    await expect(all.getAttribute('href')).resolves.toBe('/data/practices.csv');
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}search/?q=participation`);
      const plain = page.getByRole('link', { name: allText, exact: true });
      await expect(plain.isVisible()).resolves.toBe(true);
      await expect(plain.getAttribute('href')).resolves.toBe('/data/practices.csv');
    } finally {
      await context.close();
    }
  });
});

describe('search results as CSV, in the fixture build under the /kb/ base path', () => {
  it('gives the practices of a query and a filter from a long group, the rows that start like formulas as /data/ writes them', async () => {
    const built = fixtureSite();
    const file = published(built.dir);
    const site = await openSite(built);
    try {
      const page = site.page;
      const blocked = await watchCsp(page);
      await page.goto(`${site.server.url}search/`);
      await page.fill('#search-q', 'fixture');
      await page.press('#search-q', 'Enter');
      // The tool group's values come from search/facets.json when it opens.
      await page.locator('details[data-facet="tool"] summary').click();
      await page.locator('input[name="tool"][value="fixture-tool"]').check();
      await expect.poll(() => page.url()).toContain('tool=fixture-tool');
      const shown = await allResults(page);
      const ids = practiceIds(shown);
      expect(shown.every((href) => href.startsWith('/kb/'))).toBe(true);
      expect(ids).toContain(formulaPractice.id);
      expect(ids.length).toBeGreaterThan(1);
      expect(ids.length).toBeLessThan(file.rows.size);
      await expect(link(page).innerText()).resolves.toBe(manyText(ids.length));
      const saved = await download(page, page.getByRole('link', { name: manyText(ids.length), exact: true }), 'mouse');
      expect(saved.name).toBe('atlas-search-fixture-fixture-tool.csv');
      expectRowsOf(saved.text, ids, file);
      expect(file.rows.get(formulaPractice.id)).toContain(`"'=Added practice, with a comma and ""quotes"""`);
      expect(blocked).toEqual([]);
      expect(site.foreign).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('search results as CSV, in the offline edition opened from disk (file://)', () => {
  it('gives the practices of a query and a filter, reading their lines from a classic script only when asked', async () => {
    const dir = offlineSite();
    const file = published(dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const blocked = await watchCsp(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const { shown, ids } = await searchWithFilter(page, `file://${dir}/search/index.html`);
      expect(ids.length).toBeGreaterThan(1);
      expect(ids.length).toBeLessThan(shown.length);
      expect(requests.filter((u) => u.includes('/practice-rows/'))).toEqual([]);
      await expect(link(page).innerText()).resolves.toBe(manyText(ids.length));
      const saved = await download(page, page.getByRole('link', { name: manyText(ids.length), exact: true }), 'keyboard');
      expect(saved.name).toBe('atlas-search-participation-participatory-budgeting.csv');
      expectRowsOf(saved.text, ids, file);
      const scripts = requests.filter((u) => u.includes('/practice-rows/'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((u) => u.startsWith(`file://${dir}/offline/practice-rows/`) && u.endsWith('.js'))).toBe(true);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
