import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { relativiseHtml } from '../../src/lib/offline.ts';
import { readContent } from '../support/content.ts';
import { brokenLinks, listFiles } from '../support/gates.ts';
import { contentDir } from '../support/project.ts';
import { launchBrowser, mainSite, offlineSite } from '../support/site.ts';

const content = readContent(contentDir());
const words = (text: string) => new Set(text.toLowerCase().match(/[a-zà-ž]{8,}/g) ?? []);
/** A practice and a long word that occurs in its body and in no other entry. */
function rareWord(): { title: string; id: string; word: string } {
  const all = [...content.practices, ...content.tools, ...content.reports];
  for (const p of content.practices) {
    const others = new Set(all.filter((e) => e !== p).flatMap((e) => [...words(`${e.body} ${JSON.stringify(e.data)}`)]));
    const own = [...words(p.body)].filter((w) => !others.has(w) && !words(JSON.stringify(p.data)).has(w));
    if (own.length) return { title: p.data['title'], id: p.id, word: own[0]! };
  }
  throw new Error('no practice has a word of its own');
}

describe('offline edition opened from disk (file://)', () => {
  // npm run build:offline of the real content, made once in global setup (tests/support/global-setup.ts).
  const out = offlineSite();
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => browser?.close());

  it('writes the folder and a zip holding it', () => {
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    const zip = unzipSync(readFileSync(`${out}.zip`));
    expect(Object.keys(zip)).toContain('dist-offline/index.html');
    expect(Object.keys(zip)).toContain('dist-offline/offline/search-index.js');
    console.info(`offline zip: ${statSync(`${out}.zip`).size} bytes`);
  });

  it('is the shared main build with every page made relative: two builds of one content and base give the same files', () => {
    // build:offline runs its own `astro build` of the content the shared main build was made from,
    // from the same code, under the same base "/", after the fixture build in the same project
    // copy: apart from what ATLAS_OFFLINE adds (the files in offline/, and the facet values the
    // search page carries because nothing can be fetched from disk), every file must be the same,
    // byte for byte once the page is made relative. This is npm test's proof that builds are
    // deterministic (npm run bench checks it too, on its own two builds).
    const main = mainSite().dir;
    const mainFiles = listFiles(main);
    const offlineFiles = listFiles(out);
    expect(mainFiles.filter((f) => !offlineFiles.includes(f))).toEqual([]);
    expect(offlineFiles.filter((f) => !mainFiles.includes(f) && !f.startsWith('offline/'))).toEqual([]);
    // The classic scripts build:offline puts before </head>, by the custom elements a page uses.
    const withoutClassicScripts = (html: string) => html.replace(/(?:<script src="[^"]*" defer><\/script>)+<\/head>/, '</head>');
    const differing = mainFiles.filter((file) => {
      const built = readFileSync(path.join(main, file));
      const offline = readFileSync(path.join(out, file));
      if (!file.endsWith('.html')) return !built.equals(offline);
      return relativiseHtml(built.toString('utf8'), file, '/', []) !== withoutClassicScripts(offline.toString('utf8'));
    });
    expect(differing).toEqual(['search/index.html']);
    expect(mainFiles.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(content.practices.length);
  });

  it('has only relative links ending in index.html, and they all resolve', () => {
    for (const page of listFiles(out, '.html')) {
      const html = readFileSync(path.join(out, page), 'utf8');
      expect(html).not.toMatch(/\s(?:href|src|action)="\/(?!\/)/);
      expect(html).not.toMatch(/href="[^"#?:]*\/"/);
    }
    expect(brokenLinks(out, '/').filter((l) => !l.includes('outside the base'))).toEqual([]);
  });

  it('navigates from the home page to a practice and finds it by a word from its body', async () => {
    const { title, id, word } = rareWord();
    const [first, second] = content.practices;
    await page.goto(`file://${out}/index.html`);
    await page.getByRole('link', { name: 'Practices', exact: true }).click();
    await page.waitForURL(/practices\/index\.html$/);
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL(new RegExp(`practices/${id}/index\\.html$`));
    await page.fill('#header-q', word);
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    const results = page.locator('[data-search-results] li h2 a');
    await expect.poll(() => results.allInnerTexts()).toEqual([title]);
    await expect(page.locator('[data-search-results] mark').first().innerText()).resolves.toMatch(new RegExp(word, 'i'));
    await page.locator('input[name="type"][value="tool"]').check();
    await expect.poll(() => results.count()).toBe(0);
    await page.locator('input[name="type"][value="tool"]').uncheck();
    // The long filter groups work from disk too, where nothing can be fetched.
    await page.locator('details[data-facet="region"] summary').click();
    await expect.poll(() => page.locator('details[data-facet="region"] input').count()).toBe(content.regions.length);
    await results.first().click();
    await page.waitForURL(new RegExp(`practices/${id}/index\\.html$`));
    await page.goto(`file://${out}/compare/index.html?items=${first!.id},${second!.id}`);
    await expect.poll(() => page.locator('[data-compare-output] thead th a').count()).toBe(2);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});
