import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { readContent } from '../support/content.ts';
import { uniqueWord } from '../support/fixture-site.ts';
import { fixtureSite, mainSite, openSite } from '../support/site.ts';

const content = readContent(process.env['ATLAS_CONTENT'] ? path.resolve(repo, process.env['ATLAS_CONTENT']) : path.join(repo, 'content'));
const results = (page: Page) => page.locator('[data-search-results] li h2 a');
const status = (page: Page) => page.locator('[data-search-status]');
/** The interface strings, to check none of them is indexed as content. */
const labels = JSON.parse(readFileSync(path.join(repo, 'src/i18n/en.json'), 'utf8')) as Record<string, string>;
const total = (text: string) => Number(text.match(/^(\d+)/)?.[1] ?? (text.startsWith('1 result') ? 1 : 0));

/** What Pagefind stored for one page (the text a search matches and excerpts are cut from), read through pagefind.js in the page. */
function indexedText(page: Page, type: string, url: string): Promise<string | null> {
  // A string, so the test runner does not rewrite the page's import().
  return page.evaluate<string | null>(`(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const all = await pagefind.search(null, { filters: { type: ${JSON.stringify(type)} } });
    for (const result of all.results) {
      const data = await result.data();
      if (data.url === ${JSON.stringify(url)}) return data.content;
    }
    return null;
  })()`);
}

describe('search on the production build', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite(mainSite());
  });
  afterAll(async () => site?.close());

  it('a query finds the expected practice', async () => {
    const practice = content.practices.find((p) => /\w{6,}/.test(p.data['title']))!;
    const word = practice.data['title'].match(/[A-Za-zÀ-ž]{6,}/)![0];
    await site.page.goto(`${site.server.url}search/?q=${encodeURIComponent(word)}`);
    await expect.poll(() => results(site.page).allInnerTexts()).toContain(practice.data['title']);
    await expect(status(site.page).innerText()).resolves.toMatch(/^\d+ results?$|^1 result$/);
  });

  it('excerpts come from the entry, not from the section label above its title', async () => {
    await site.page.goto(`${site.server.url}search/?q=budget`);
    await expect.poll(() => results(site.page).count()).toBeGreaterThan(2);
    const excerpts = await site.page.locator('[data-search-results] li p:not(.meta)').allInnerTexts();
    expect(excerpts.filter((text) => /^(Practices|Tools|Reports|Regions)\b/.test(text))).toEqual([]);
  });

  it('a facet narrows the results and the counts change', async () => {
    const page = site.page;
    const counts = () => page.locator('[data-count]').allInnerTexts();
    await page.goto(`${site.server.url}search/?q=participation`);
    await expect.poll(() => results(page).count()).toBeGreaterThan(1);
    const before = { hits: await status(page).innerText(), counts: await counts() };
    await page.locator('input[name="type"][value="practice"]').check();
    await expect.poll(() => page.url()).toContain('type=practice');
    await expect.poll(() => status(page).innerText()).not.toBe(before.hits);
    expect(total(await status(page).innerText())).toBeLessThan(total(before.hits));
    expect(await counts()).not.toEqual(before.counts);
    const types = await results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(types.every((href) => href?.startsWith('/practices/'))).toBe(true);
  });

  it('the URL round-trips: reload and Back restore the search', async () => {
    const page = site.page;
    await page.goto(`${site.server.url}search/`);
    await page.fill('#search-q', 'budget');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.url()).toContain('q=budget');
    await page.locator('input[name="theme"][value="participatory-budgeting"]').check();
    await expect.poll(() => page.url()).toContain('theme=participatory-budgeting');
    const titles = await (async () => { await expect.poll(() => results(page).count()).toBeGreaterThan(0); return results(page).allInnerTexts(); })();
    await page.reload();
    await expect.poll(() => results(page).allInnerTexts()).toEqual(titles);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('budget');
    await expect(page.locator('input[name="theme"][value="participatory-budgeting"]').isChecked()).resolves.toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('input[name="theme"][value="participatory-budgeting"]').isChecked()).toBe(false);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('budget');
  });

  it('browse mode: filters without words list the matching entries', async () => {
    await site.page.goto(`${site.server.url}search/?type=tool`);
    await expect.poll(() => results(site.page).count()).toBe(Math.min(10, content.tools.length));
    await expect(status(site.page).innerText()).resolves.toBe(content.tools.length === 1 ? '1 result' : `${content.tools.length} results`);
  });

  it('works with the keyboard alone, from the header search box', async () => {
    const page = site.page;
    await page.goto(site.server.url);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // header search box
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-q');
    await page.keyboard.type('open data');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=open\+data/);
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    // Tab from the search box reaches the results without a mouse.
    await page.focus('#search-q');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-results]')))) break;
    }
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/^\/(practices|tools|reports|regions)\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
  });

  it('a first search fetches ten results and the counts of the open filter groups only', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${site.server.url}search/?q=participation`);
      await expect.poll(() => results(page).count()).toBe(Math.min(10, total(await status(page).innerText())));
      await page.waitForLoadState('networkidle');
      const open = await page.locator('details[data-facet][open]').evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset['facet']));
      expect(open).toEqual(['type', 'theme']);
      expect(fetched.filter((p) => p.includes('/pagefind/fragment/')).length).toBeLessThanOrEqual(10);
      expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toHaveLength(2);
      expect(fetched.some((p) => p.endsWith('pagefind-worker.js'))).toBe(false);
      // A long group (a value per region) has no checkboxes and no counts until opened; its values
      // are not in the page and not fetched before then.
      const regionCounts = () => page.locator('details[data-facet="region"] [data-count]').allInnerTexts();
      const facetFiles = () => fetched.filter((p) => p.endsWith('/search/facets.json'));
      await expect(page.locator('details[data-facet="region"] input').count()).resolves.toBe(0);
      expect(facetFiles()).toEqual([]);
      await expect(page.locator('[data-deferred-facets]').count()).resolves.toBe(0);
      await page.locator('details[data-facet="region"] summary').click();
      await expect.poll(async () => (await regionCounts()).filter((text) => /^\(\d+\)$/.test(text)).length).toBe(content.regions.length);
      expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toHaveLength(3);
      await page.locator('details[data-facet="tool"] summary').click();
      await expect.poll(() => page.locator('details[data-facet="tool"] input').count()).toBe(content.tools.length);
      expect(facetFiles()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it('before any search, the open groups count every entry', async () => {
    await site.page.goto(`${site.server.url}search/`);
    const count = (value: string) => site.page.locator(`input[name="type"][value="${value}"] ~ [data-count]`).innerText();
    await expect.poll(() => count('practice')).toBe(`(${content.practices.length})`);
    await expect(count('tool')).resolves.toBe(`(${content.tools.length})`);
    await expect(results(site.page).count()).resolves.toBe(0);
  });

  it('opens the filter group of a value chosen in the URL', async () => {
    const region = content.regions[0]!.id;
    await site.page.goto(`${site.server.url}search/?region=${region}`);
    await expect.poll(() => results(site.page).count()).toBeGreaterThan(0);
    await expect(site.page.locator('details[data-facet="region"]').getAttribute('open')).resolves.toBe('');
    await expect(site.page.locator(`input[name="region"][value="${region}"]`).isChecked()).resolves.toBe(true);
    await expect.poll(() => site.page.locator(`input[name="region"][value="${region}"] ~ [data-count]`).innerText()).toMatch(/^\(\d+\)$/);
  });

  it('indexes each key fact as its own phrase, without the labels, table headings or buttons around it', async () => {
    const practice = content.practices.find((p) => p.data['indicators']?.length && p.data['institution'])!;
    await site.page.goto(`${site.server.url}search/`);
    const indexed = await indexedText(site.page, 'practice', `/practices/${practice.id}/`);
    expect(indexed).not.toBeNull();
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The institution is a phrase of its own, not glued to the label before it or the value after it.
    expect(indexed).toMatch(new RegExp(`(^|[.] )${escape(practice.data['institution'])}[.]`));
    for (const key of ['field.institution', 'field.contributors', 'compare.add'].filter((k) => !practice.body.includes(labels[k]!))) {
      expect(indexed, `"${labels[key]}" is indexed`).not.toContain(labels[key]);
    }
    expect(indexed).not.toMatch(new RegExp(`${escape(labels['indicator.label']!)}\\s*${escape(labels['indicator.value']!)}`));
    expect(indexed).not.toContain(labels['indicator.caption']!.replace('{title}', practice.data['title']));
  });

  it("leaves a tool's deployments table, ratings and download links out of its indexed text", async () => {
    const tool = content.tools.find((tl) => content.practices.some((p) => p.data['tools']?.includes(tl.id)))!;
    const own = `${tool.body} ${JSON.stringify(tool.data)}`;
    // A practice using the tool whose title the tool's own text does not mention: only the table would.
    const deployed = content.practices.find((p) => p.data['tools']?.includes(tool.id) && !own.includes(p.data['title']))!;
    await site.page.goto(`${site.server.url}search/`);
    const indexed = await indexedText(site.page, 'tool', `/tools/${tool.id}/`);
    expect(indexed).not.toBeNull();
    expect(indexed).toContain(tool.data['summary'].slice(0, 40));
    expect(indexed).not.toContain(deployed.data['title']);
    expect(indexed).not.toContain(labels['csv.download']);
    expect(indexed).not.toContain(labels['tool.ratings.note']!.slice(0, 30));
  });

  it('makes no request to another host', async () => {
    await site.page.goto(`${site.server.url}search/?q=decidim&type=practice`);
    await expect.poll(() => results(site.page).count()).toBeGreaterThan(0);
    expect(site.foreign).toEqual([]);
  });
});

describe('search in the fixture build, under the /kb/ base path', () => {
  it('a newly added practice is found by a word that occurs only in its body', async () => {
    const { word, practice, title } = uniqueWord;
    const site = await openSite(fixtureSite());
    try {
      await site.page.goto(`${site.server.url}search/?q=${word}`);
      await expect.poll(() => results(site.page).allInnerTexts()).toEqual([title]);
      await expect(results(site.page).first().getAttribute('href')).resolves.toBe(`/kb/practices/${practice}/`);
      await results(site.page).first().click();
      await site.page.waitForURL(new RegExp(`/kb/practices/${practice}/$`));
      await expect(site.page.locator('h1').innerText()).resolves.toBe(title);
      expect(site.foreign).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('result paging', () => {
  it('offers "Show more results" only when there are more than 10', async () => {
    const site = await openSite(mainSite());
    try {
      await site.page.goto(`${site.server.url}search/?type=region`);
      await expect.poll(() => site.page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
      const count = await site.page.locator('[data-search-results] li').count();
      await expect(site.page.locator('[data-search-more]').isVisible()).resolves.toBe(count === 10 && content.regions.length > 10);
      await site.page.goto(`${site.server.url}search/?type=report`);
      await expect.poll(() => site.page.locator('[data-search-results] li').count()).toBe(Math.min(10, content.reports.length));
      await expect(site.page.locator('[data-search-more]').isVisible()).resolves.toBe(false);
    } finally {
      await site.close();
    }
  });
});
