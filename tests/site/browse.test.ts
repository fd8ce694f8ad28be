import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBucket, compareBucketCount } from '../../src/lib/compare-buckets.ts';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';
import { newRegionPractice } from '../support/fixture-site.ts';
import { fixtureSite, mainSite, openSite } from '../support/site.ts';

const content = readContent(process.env['ATLAS_CONTENT'] ? path.resolve(repo, process.env['ATLAS_CONTENT']) : path.join(repo, 'content'));
let site: Awaited<ReturnType<typeof openSite>>;
let page: Page;

beforeAll(async () => {
  site = await openSite(mainSite());
  page = site.page;
});
afterAll(async () => site?.close());

const rowHeaders = (selector: string) => page.locator(`${selector} tbody th[scope="row"]`).allInnerTexts();

describe('entry pages', () => {
  it('a practice page shows its indicators with units, years and sources, and its sources', async () => {
    const practice = content.practices.find((p) => (p.data['indicators'] ?? []).length >= 2)!;
    await page.goto(`${site.server.url}practices/${practice.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(practice.data['title']);
    const rows = page.locator('#indicators-heading ~ .table-scroll tbody tr');
    expect(await rows.count()).toBe(practice.data['indicators'].length);
    const first = practice.data['indicators'][0];
    await expect(rows.first().locator('th').innerText()).resolves.toContain(first.label);
    if (first.source) await expect(rows.first().locator('a').getAttribute('href')).resolves.toBe(first.source);
    const sourceLinks = await page.locator('#sources-heading + ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sourceLinks).toEqual(practice.data['sources'].map((s: { url: string }) => s.url));
  });

  it('/tools/decidim/ lists every practice that uses Decidim as a deployment', async () => {
    const expected = content.practices.filter((p) => p.data['tools'].includes('decidim')).map((p) => p.data['title']).sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${site.server.url}tools/decidim/`);
    expect((await rowHeaders('#deployments ~ sortable-table')).sort()).toEqual(expected);
  });

  it('/regions/ has a row for every region with practices', async () => {
    await page.goto(`${site.server.url}regions/`);
    const names = await rowHeaders('sortable-table');
    const withPractices = new Set(content.practices.map((p) => p.data['region']));
    for (const region of content.regions.filter((r) => withPractices.has(r.id))) expect(names).toContain(region.data['name']);
  });

  it('a theme page table lists all its practices', async () => {
    for (const theme of content.themes) {
      await page.goto(`${site.server.url}themes/${theme.id}/`);
      const expected = content.practices.filter((p) => p.data['themes'].includes(theme.id)).map((p) => p.data['title']).sort();
      expect((await rowHeaders('sortable-table')).sort()).toEqual(expected);
    }
  });
});

describe('practice listings', () => {
  /** Follows "Next page" from `first`, collecting the practice links of every page. */
  async function walk(first: string): Promise<{ pages: number; titles: string[] }> {
    const titles: string[] = [];
    let url: string | null = `${site.server.url}${first}`;
    let pages = 0;
    while (url) {
      await page.goto(url);
      pages++;
      const cards = await page.locator('.practice-card h3 a').allInnerTexts();
      expect(cards.length).toBeLessThanOrEqual(24);
      titles.push(...cards);
      const next = page.locator('.pager a[rel="next"]');
      url = (await next.count()) ? new URL((await next.getAttribute('href'))!, page.url()).href : null;
    }
    return { pages, titles };
  }

  it('/practices/ shows 24 at a time, and its pages hold every practice once', async () => {
    const { pages, titles } = await walk('practices/');
    expect(pages).toBe(Math.max(1, Math.ceil(content.practices.length / 24)));
    expect(titles.sort()).toEqual(content.practices.map((p) => p.data['title'] as string).sort());
  });

  it('a later page names its number in the title, the status and the pager', async () => {
    if (content.practices.length <= 24) return;
    await page.goto(`${site.server.url}practices/page/2/`);
    const count = Math.ceil(content.practices.length / 24);
    await expect(page.title()).resolves.toContain(`page 2 of ${count}`);
    await expect(page.locator('[role="status"]').innerText()).resolves.toBe(`${content.practices.length} practices; showing 25–${Math.min(48, content.practices.length)}`);
    await expect(page.locator('.pager a[aria-current="page"]').innerText()).resolves.toBe('2');
    await expect(page.locator('.pager a[rel="prev"]').getAttribute('href')).resolves.toBe('/practices/');
  });

  it('a country listing pages the same way', async () => {
    const byCountry = new Map<string, number>();
    const regionCountry = new Map(content.regions.map((r) => [r.id, r.data['country'] as string]));
    for (const p of content.practices) {
      const country = regionCountry.get(p.data['region'])!;
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
    const [country, count] = [...byCountry].sort((a, b) => b[1] - a[1])[0]!;
    const { titles } = await walk(`practices/country/${country.toLowerCase()}/`);
    expect(titles).toHaveLength(count);
  });
});

describe('comparison', () => {
  it('shows two practices side by side and follows the URL', async () => {
    const [a, b, c] = content.practices;
    const files: string[] = [];
    const listen = (request: { url: () => string }) => {
      const match = new URL(request.url()).pathname.match(/^\/compare\/data\/(\d+)\.json$/);
      if (match) files.push(match[1]!);
    };
    const count = compareBucketCount(content.practices.length);
    const fileOf = (id: string) => String(compareBucket(id, count));
    page.on('request', listen);
    await page.goto(`${site.server.url}compare/?items=${a!.id},${b!.id}`);
    const headers = page.locator('[data-compare-output] thead th a');
    await expect.poll(() => headers.allInnerTexts()).toEqual([a!.data['title'], b!.data['title']]);
    // Only the data files holding the practices shown are downloaded, each once.
    expect(files.sort()).toEqual([...new Set([a!.id, b!.id].map(fileOf))].sort());
    await expect(page.locator('[data-compare-output] tbody th').allInnerTexts()).resolves.toEqual(['Region', 'Level', 'Themes', 'Tools', 'Period', 'Budget', 'Indicators', 'Status', 'Transfer', 'Validation', 'Completeness']);
    await page.locator(`input[name="items"][value="${c!.id}"]`).check();
    await expect.poll(() => page.url()).toContain(`items=${a!.id},${b!.id},${c!.id}`);
    await expect(headers.count()).resolves.toBe(3);
    await page.goBack();
    await expect.poll(() => headers.count()).toBe(2);
    expect(files.sort()).toEqual([...new Set([a!.id, b!.id, c!.id].map(fileOf))].sort());
    page.off('request', listen);
  });
});

describe('tables', () => {
  it('sort by keyboard', async () => {
    await page.goto(`${site.server.url}tools/compare/`);
    const button = page.locator('thead th').first().locator('button');
    await button.focus();
    await page.keyboard.press('Enter');
    const ascending = await rowHeaders('sortable-table');
    expect(ascending).toEqual([...ascending].sort((x, y) => x.localeCompare(y, 'en')));
    await expect(page.locator('thead th').first().getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.keyboard.press('Space');
    const descending = await rowHeaders('sortable-table');
    expect(descending).toEqual([...ascending].reverse());
    await expect(page.locator('thead th').first().getAttribute('aria-sort')).resolves.toBe('descending');
  });

  it('CSV download holds exactly the rows of the table', async () => {
    await page.goto(`${site.server.url}regions/`);
    const table = await page.locator('sortable-table table').evaluate((t: HTMLTableElement) =>
      [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').trim())));
    const href = await page.locator('sortable-table a[download]').getAttribute('href');
    const csv = await (await fetch(new URL(href!, site.server.url))).text();
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual(table);
  });
});

describe('a new practice with a new region appears everywhere, with no other edit', () => {
  // In the shared fixture build (tests/support/fixture-site.ts): one practice file and one region file added to the valid fixture.
  let fixture: Awaited<ReturnType<typeof openSite>>;
  const { id, title, region, regionName } = newRegionPractice;

  beforeAll(async () => {
    fixture = await openSite(fixtureSite());
  });
  afterAll(async () => fixture?.close());

  it('on its region page, in the /regions/ table, on its theme pages, in its tool deployments and in the compare picker', async () => {
    const p = fixture.page;
    const url = fixture.server.url;
    await p.goto(`${url}regions/${region}/`);
    await expect(p.locator('.practice-card h3').allInnerTexts()).resolves.toContain(title);
    await p.goto(`${url}regions/`);
    await expect(p.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toContain(regionName);
    for (const theme of ['open-data', 'participatory-budgeting']) {
      await p.goto(`${url}themes/${theme}/`);
      await expect(p.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toContain(title);
    }
    await p.goto(`${url}tools/fixture-tool/`);
    await expect(p.locator('#deployments ~ sortable-table tbody th').allInnerTexts()).resolves.toContain(title);
    await p.goto(`${url}compare/`);
    await expect(p.locator(`input[name="items"][value="${id}"]`).count()).resolves.toBe(1);
  });
});
