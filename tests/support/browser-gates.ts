// Checks axe cannot make, run on a page already open in Chromium. Each returns what it found wrong.
import type { Page } from 'playwright-core';

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

/** Elements that animate, transition or scroll smoothly (to run under prefers-reduced-motion: reduce). */
export const movingElements = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth';
    })
    .map((el) => `${location.pathname}: ${el.tagName.toLowerCase()}.${el.className}`));
