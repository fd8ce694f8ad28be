// Browser figures on a built site: what one practice page transfers, and what the first search
// downloads and how long it takes to show results. Chromium through playwright-core, cold cache.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../tests/support/site.ts';
import { serveStatic, type RunningServer } from '../tests/support/static-server.ts';

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Transfer {
  requests: number;
  /** Bytes on the wire, response headers and bodies, as Chromium reports them (workers' requests included). */
  bytes: number;
  /** Response bodies by resource type (document, stylesheet, script, fetch, …). */
  byType: Record<string, number>;
  /** JavaScript inlined in the HTML (<script> without src, JSON data excluded). */
  inlineScriptBytes: number;
  /** What the responses would weigh if the host gzip-compressed them (the test server does not; most hosts do): headers plus bodies, already-compressed bodies as they are. */
  gzipBytes: number;
}

export type Maybe<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** What one pass over the site measures: the practice page, then the first search. */
interface Visits {
  practicePage: Maybe<Transfer & { url: string }>;
  search: Maybe<Transfer & { url: string; msToResults: number; results: number }>;
}

export interface BrowserFigures extends Visits {
  /** Where `gzipBytes` comes from: Chromium through a compressing host, or the estimate (gzip -6 of each body). */
  compressedBy?: 'host' | 'estimate';
  compressedNote?: string | undefined;
}

/** Records every response of a page visit, with a cold cache (a new context). */
async function recordTransfers(context: BrowserContext, visit: (page: Page) => Promise<void>): Promise<Transfer> {
  const page = await context.newPage();
  const pending: Array<Promise<{ type: string; wire: number; body: Buffer } | undefined>> = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        const [sizes, body] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0))]);
        return { type: request.resourceType(), wire: sizes.responseHeadersSize + sizes.responseBodySize, body };
      })().catch(() => undefined),
    );
  });
  await visit(page);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const inlineScriptBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/i.test(s.getAttribute('type') ?? ''))
      .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').length, 0),
  );
  const done = (await Promise.all(pending)).filter((x): x is { type: string; wire: number; body: Buffer } => x !== undefined);
  const byType: Record<string, number> = {};
  for (const { type, body } of done) byType[type] = (byType[type] ?? 0) + body.length;
  await page.close();
  return {
    requests: done.length,
    bytes: done.reduce((sum, d) => sum + d.wire, 0),
    byType,
    inlineScriptBytes,
    gzipBytes: done.reduce((sum, { wire, body }) => sum + Math.max(0, wire - body.length) + Math.min(body.length, gzipSync(body).length), 0),
  };
}

/** A server to measure through: started when needed, closed after. */
export type Host = () => Promise<RunningServer>;

/** The practice page, then the first search, each in a new context (cold cache), through `server`. */
async function visitSite(browser: Browser, server: RunningServer, dist: string, options: { practiceId: string; word: string }): Promise<Visits> {
  const practiceUrl = `${server.url}practices/${options.practiceId}/`;
  let practicePage: Visits['practicePage'];
  if (!existsSync(path.join(dist, 'practices', options.practiceId, 'index.html'))) {
    practicePage = { ok: false, reason: `the build has no practices/${options.practiceId}/index.html` };
  } else {
    const context = await browser.newContext();
    const transfer = await recordTransfers(context, async (page) => {
      await page.goto(practiceUrl, { waitUntil: 'load' });
    });
    await context.close();
    practicePage = { ok: true, url: practiceUrl, ...transfer };
  }

  let search: Visits['search'];
  if (!existsSync(path.join(dist, 'search', 'index.html'))) search = { ok: false, reason: 'the build has no search/index.html' };
  else if (!existsSync(path.join(dist, 'pagefind'))) search = { ok: false, reason: 'the build has no pagefind/ index' };
  else {
    const searchUrl = `${server.url}search/?q=${encodeURIComponent(options.word)}`;
    const context = await browser.newContext();
    let msToResults = 0;
    let results = 0;
    let failure: string | undefined;
    const transfer = await recordTransfers(context, async (page) => {
      await page.goto(searchUrl, { waitUntil: 'commit' });
      try {
        await page.waitForSelector('[data-search-results] li', { timeout: 30_000 });
        // Milliseconds since the navigation started, measured by the page itself.
        msToResults = await page.evaluate(() => performance.now());
        results = await page.locator('[data-search-results] li').count();
      } catch {
        const status = await page.locator('[data-search-status]').first().textContent({ timeout: 1000 }).catch(() => null);
        failure = `no [data-search-results] li within 30 s${status ? `; status: "${status.trim().slice(0, 120)}"` : ''}`;
      }
    });
    await context.close();
    search = failure ? { ok: false, reason: failure } : { ok: true, url: searchUrl, msToResults, results, ...transfer };
  }
  return { practicePage, search };
}

/**
 * Measures through a plain static server (no compression: the most a reader can download) and,
 * when `compressingHost` is given, again through it: its figures replace the gzip estimate, so
 * `gzipBytes` is what Chromium actually received from a host that compresses.
 */
export async function measureBrowser(dist: string, options: { practiceId: string; word: string; compressingHost?: Host }): Promise<BrowserFigures> {
  if (!existsSync(chromiumPath)) {
    const reason = `no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
    return { practicePage: { ok: false, reason }, search: { ok: false, reason } };
  }
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const plainServer = await serveStatic(dist, '/');
    const plain = await visitSite(browser, plainServer, dist, options).finally(() => plainServer.close());
    if (!options.compressingHost) return { ...plain, compressedBy: 'estimate' };
    let compressed: Visits;
    try {
      const host = await options.compressingHost();
      compressed = await visitSite(browser, host, dist, options).finally(() => host.close());
    } catch (error) {
      const reason = `the compressing host failed: ${(error as Error).message.split('\n')[0]}`;
      compressed = { practicePage: { ok: false, reason }, search: { ok: false, reason } };
    }
    const measured = <T extends Transfer>(a: Maybe<T>, b: Maybe<Transfer>): Maybe<T> => (a.ok && b.ok ? { ...a, gzipBytes: b.bytes } : a);
    const both = compressed.practicePage.ok && compressed.search.ok;
    return {
      practicePage: measured(plain.practicePage, compressed.practicePage),
      search: measured(plain.search, compressed.search),
      compressedBy: both ? 'host' : 'estimate',
      ...(both ? {} : { compressedNote: [compressed.practicePage, compressed.search].map((m) => (m.ok ? '' : m.reason)).find(Boolean) }),
    };
  } catch (error) {
    const reason = `browser failed: ${(error as Error).message.split('\n')[0]}`;
    return { practicePage: { ok: false, reason }, search: { ok: false, reason } };
  } finally {
    await browser?.close();
  }
}
