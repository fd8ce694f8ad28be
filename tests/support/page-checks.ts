// Checks on one page's HTML that axe does not make: heading order and link texts out of context.
import { parse } from 'node-html-parser';

const vague = /^(click here|here|read more|more|link|this page|learn more)$/i;

export function headingProblems(html: string): string[] {
  const problems: string[] = [];
  const headings = parse(html).querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => ({ level: Number(h.tagName[1]), text: h.text.trim() }));
  if (headings.filter((h) => h.level === 1).length !== 1) problems.push(`${headings.filter((h) => h.level === 1).length} h1 headings; a page needs exactly one`);
  let previous = 0;
  for (const h of headings) {
    if (h.level > previous + 1) problems.push(`h${h.level} "${h.text}" follows h${previous}: a level is skipped`);
    previous = h.level;
  }
  return problems;
}

export function vagueLinkTexts(html: string): string[] {
  return parse(html)
    .querySelectorAll('a[href]')
    .map((a) => (a.getAttribute('aria-label') ?? a.text).replace(/\s+/g, ' ').trim())
    .filter((text) => vague.test(text) || text === '')
    .map((text) => `link text "${text}" does not make sense out of context`);
}
