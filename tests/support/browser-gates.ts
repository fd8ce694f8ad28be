// Checks on a page already open in Chromium: axe, and what axe cannot check. Each returns what it found wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtraFile } from './static-server.ts';

/** The WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core (the project's own version), for serveStatic(dir, base, [axeScript]): loaded by the page
 * from its own origin, which the pages' Content-Security-Policy allows, and cached, so Chromium
 * compiles it once for all pages rather than once per page.
 */
export const axeScript: ExtraFile = {
  path: '/__tests__/axe.min.js',
  type: 'text/javascript',
  body: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
};

/**
 * axe on the open page (served with axeScript): one line per violation, naming up to three elements.
 * axe runs in the page as @axe-core/playwright's legacy mode runs it, without that package's second
 * injection and the blank page it opens for every analysis (these pages have no frames).
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ url: axeScript.path });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, axeTags);
  return violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** Tabs through the page: every interactive element must be reached and show a visible focus. */
export async function keyboardProblems(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  const expected = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
    .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0).length);
  const seen = new Set<string>();
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none') || style.boxShadow !== 'none';
      return { key: el.outerHTML.slice(0, 200), visible, label: el.outerHTML.slice(0, 80) };
    });
    if (!info) continue;
    seen.add(info.key);
    if (!info.visible) problems.push(`${label}: no visible focus on ${info.label}`);
  }
  if (seen.size < Math.min(expected, 5)) problems.push(`${label}: only ${seen.size} of ${expected} interactive elements reached by Tab`);
  return [...new Set(problems)];
}

/** The document's width: more than the viewport means horizontal scrolling. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * The open page's width once the window is 320 CSS px wide (WCAG 1.4.10 Reflow: 1280 px zoomed to
 * 400 %), as a reader who zooms in gets it; the window then returns to its size.
 */
export async function widthAt320(page: Page): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await pageWidth(page);
  if (size) await page.setViewportSize(size);
  return width;
}

/** Elements that animate, transition or scroll smoothly (to run under prefers-reduced-motion: reduce). */
export const movingElements = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth';
    })
    .map((el) => `${location.pathname}: ${el.tagName.toLowerCase()}.${el.className}`));
