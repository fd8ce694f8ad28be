import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repo } from '../helpers.ts';
import { brokenLinks, budgetProblems, cspProblems, htmlErrors, listFiles, measureSizes, type Budgets } from '../support/gates.ts';
import { headingProblems, vagueLinkTexts } from '../support/page-checks.ts';
import { axeScript, axeViolations, keyboardProblems, movingElements, widthAt320 } from '../support/browser-gates.ts';
import { launchBrowser, mainSite, openSite } from '../support/site.ts';
import { serveStatic } from '../support/static-server.ts';

const site = mainSite();
const pages = listFiles(site.dir, '.html');
const budgets = JSON.parse(readFileSync(path.join(repo, 'tests/budgets.json'), 'utf8')) as Budgets;

/** The URLs of the sitemap when there is one; otherwise every built page. */
function siteUrls(): string[] {
  const index = path.join(site.dir, 'sitemap-index.xml');
  try {
    const sitemaps = [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
    return sitemaps.flatMap((file) => [...readFileSync(path.join(site.dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  } catch {
    return pages.map((p) => `/${p.replace(/index\.html$/, '')}`);
  }
}

/** A folder with one deliberately broken page, to prove each gate can fail. */
function brokenSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-broken-'));
  mkdirSync(path.join(dir, 'practices'));
  writeFileSync(path.join(dir, 'practices/index.html'), `<!doctype html><html lang="en"><head><title>Broken</title>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; connect-src *">
</head><body><main><h1>Broken</h1><h3>Skipped level</h3><p><a href="/nowhere/">click here</a> <a href="#missing">jump</a></p>
<img src="/logo.png"><div><span></div></main></body></html>`);
  mkdirSync(path.join(dir, 'motion'));
  writeFileSync(path.join(dir, 'motion/index.html'), `<!doctype html><html lang="en"><head><title>Motion</title><style>
a:focus { outline: none; } .spinner { animation: spin 1s infinite; inline-size: 900px; } @keyframes spin { to { transform: rotate(1turn); } }
</style></head><body><main><h1>Motion</h1><a href="/">Home</a><div class="spinner">wide and spinning</div><img src="https://cdn.example.com/x.png" alt="x"></main></body></html>`);
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>No policy</title></head><body><h1>Home</h1>${'x'.repeat(budgets.htmlPerPage)}</body></html>`);
  return dir;
}

describe(`accessibility: every URL of the sitemap (${siteUrls().length} pages), each visited once`, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await serveStatic(site.dir, site.base, [axeScript]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One visit: axe at the default window size, then the width once the window is 320 px wide. */
  async function visit(page: Page, url: string, label: string): Promise<{ violations: string[]; width: number }> {
    await page.goto(url);
    const violations = await axeViolations(page, label);
    return { violations, width: await widthAt320(page) };
  }

  it('axe finds no WCAG 2.0/2.1/2.2 A or AA violation, content reflows at 320 CSS px without horizontal scrolling, and no request leaves the site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(new URL(server.url).origin)) foreign.push(`${page.url()} → ${r.url()}`);
    });
    const violations: string[] = [];
    const wide: string[] = [];
    const urls = siteUrls();
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const found = await visit(page, new URL(url, server.url).href, url);
      violations.push(...found.violations);
      if (found.width > 320) wide.push(`${url}: ${found.width}px wide`);
    }
    await context.close();
    expect(violations).toEqual([]);
    expect(wide).toEqual([]);
    expect(foreign).toEqual([]);
  }, 900_000);

  it('the same visit reports an axe violation on a broken page, and a page wider than 320 px', async () => {
    const broken = await serveStatic(brokenSite(), '/', [axeScript]);
    const context = await browser.newContext();
    const page = await context.newPage();
    const practices = await visit(page, `${broken.url}practices/`, 'practices/');
    const motion = await visit(page, `${broken.url}motion/`, 'motion/');
    await context.close();
    await broken.close();
    expect(practices.violations.join('\n')).toMatch(/^practices\/: image-alt \(\w+\): /m);
    expect(motion.width).toBeGreaterThan(320);
  });

  const samples = ['', 'practices/', 'regions/', 'tools/compare/', 'search/?q=budget', 'compare/', 'about/'];

  it('every interactive element is reachable by keyboard and shows a visible focus, and a hidden focus is caught', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const sample of [...samples, pages.find((p) => p.startsWith('practices/') && p.split('/').length === 3)!.replace('index.html', '')]) {
      await page.goto(`${server.url}${sample}`);
      await page.waitForTimeout(300);
      problems.push(...(await keyboardProblems(page, sample)));
    }
    expect(problems).toEqual([]);
    const broken = await serveStatic(brokenSite(), '/');
    await page.goto(`${broken.url}motion/`);
    expect((await keyboardProblems(page, 'motion/'))[0]).toMatch(/^motion\/: no visible focus on <a href="\/">/);
    await broken.close();
    await page.close();
  });

  it('respects prefers-reduced-motion: nothing animates, and an animation is caught', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const moving: string[] = [];
    for (const sample of samples) {
      await page.goto(`${server.url}${sample}`);
      moving.push(...(await movingElements(page)));
    }
    expect(moving).toEqual([]);
    const broken = await serveStatic(brokenSite(), '/');
    await page.goto(`${broken.url}motion/`);
    expect(await movingElements(page)).toContain('/motion/: div.spinner');
    await broken.close();
    await context.close();
  });
});

describe('static gates over every built page', () => {
  it(`headings are in order on all ${pages.length} pages, and the check fails on a skipped level`, () => {
    const problems = pages.flatMap((p) => headingProblems(readFileSync(path.join(site.dir, p), 'utf8')).map((m) => `${p}: ${m}`));
    expect(problems).toEqual([]);
    expect(headingProblems(readFileSync(path.join(brokenSite(), 'practices/index.html'), 'utf8'))).toContain('h3 "Skipped level" follows h1: a level is skipped');
  });

  it('link texts make sense out of context, and the check flags "click here"', () => {
    const problems = pages.flatMap((p) => vagueLinkTexts(readFileSync(path.join(site.dir, p), 'utf8')).map((m) => `${p}: ${m}`));
    expect(problems).toEqual([]);
    expect(vagueLinkTexts(readFileSync(path.join(brokenSite(), 'practices/index.html'), 'utf8'))).toContain('link text "click here" does not make sense out of context');
  });

  it('every page is valid HTML (html-validate, standard rules), and invalid HTML is caught', async () => {
    expect(await htmlErrors(site.dir)).toEqual([]);
    expect((await htmlErrors(brokenSite())).join('\n')).toMatch(/practices\/index\.html:\d+:\d+: /);
  }, 300_000);

  it('every internal link resolves, fragments included, and a broken one is caught', () => {
    expect(brokenLinks(site.dir, site.base)).toEqual([]);
    expect(brokenLinks(brokenSite())).toEqual(['practices/index.html: /nowhere/ does not exist', 'practices/index.html: #missing has no #missing target', 'practices/index.html: /logo.png does not exist']);
  });

  it('every page carries a strict Content-Security-Policy, and a weak or missing one is caught', () => {
    expect(cspProblems(site.dir)).toEqual([]);
    expect(cspProblems(brokenSite())).toEqual([
      'index.html: no Content-Security-Policy meta tag',
      'motion/index.html: no Content-Security-Policy meta tag',
      "practices/index.html: script-src allows inline or eval code",
      "practices/index.html: connect-src is not 'self'",
      'practices/index.html: the policy names another origin: https://cdn.example.com',
    ]);
  });

  it("allows WebAssembly ('wasm-unsafe-eval') on the search page alone, and keeps every policy strict", () => {
    const policies = pages.map((page) => {
      const meta = parse(readFileSync(path.join(site.dir, page), 'utf8')).querySelector('meta[http-equiv="content-security-policy" i]');
      const directives = new Map((meta?.getAttribute('content') ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }));
      return { page, directives };
    });
    expect(policies.filter(({ directives }) => [...directives.values()].flat().includes("'wasm-unsafe-eval'")).map((p) => p.page)).toEqual(['search/index.html']);
    const problems = policies.flatMap(({ page, directives }) => {
      const script = directives.get('script-src');
      return [
        !script && `${page}: no script-src`,
        script?.some((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'") && `${page}: script-src allows inline or eval code`,
        directives.get('default-src')?.join(' ') !== "'self'" && `${page}: default-src is not 'self'`,
        directives.get('object-src')?.join(' ') !== "'none'" && `${page}: object-src is not 'none'`,
        directives.get('base-uri')?.join(' ') !== "'self'" && `${page}: base-uri is not 'self'`,
      ].filter((p): p is string => typeof p === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('a browser refuses to compile WebAssembly on any page but search', async () => {
    const s = await openSite(site);
    // The smallest WebAssembly module: its magic number and version.
    const compile = `WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e) => e.name)`;
    try {
      const outcome: Record<string, unknown> = {};
      for (const url of ['search/', '', 'practices/', 'compare/']) {
        await s.page.goto(`${s.server.url}${url}`);
        outcome[url] = await s.page.evaluate(compile);
      }
      expect(outcome).toEqual({ 'search/': 'compiled', '': 'CompileError', 'practices/': 'CompileError', 'compare/': 'CompileError' });
    } finally {
      await s.close();
    }
  });

  it('keeps the byte budgets, and names the page and the bytes when one is over', () => {
    const sizes = measureSizes(site.dir);
    console.info(`budgets today: largest HTML ${Math.max(...Object.values(sizes.html))} B; CSS ${sizes.cssTotal} B; JS by page type ${JSON.stringify(sizes.jsByType)}; Pagefind bundle (excluded) ${sizes.pagefindBytes} B`);
    expect(budgetProblems(sizes, budgets)).toEqual([]);
    expect(budgetProblems(measureSizes(brokenSite()), budgets)[0]).toMatch(/^index\.html: \d+ bytes of HTML, over the budget of 60000$/);
  });
});

describe('no third-party requests while searching', () => {
  it('the request listener does see a request to another host', async () => {
    const s = await openSite({ dir: brokenSite(), base: '/' });
    try {
      await s.page.goto(`${s.server.url}motion/`);
      expect(s.foreign).toContain('https://cdn.example.com/x.png');
    } finally {
      await s.close();
    }
  });

  it('a search loads nothing from another host', async () => {
    const s = await openSite(site);
    try {
      await s.page.goto(`${s.server.url}search/?q=budget&theme=participatory-budgeting`);
      await s.page.locator('[data-search-results] li').first().waitFor();
      expect(s.foreign).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
