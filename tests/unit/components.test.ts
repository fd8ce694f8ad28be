// Components rendered on their own through Astro's container API (experimental_AstroContainer),
// with props, as a page would: what a reader gets from each, without a build. The unit project
// compiles .astro files with Astro's Vite config (getViteConfig in tests/vitest.config.ts).
// Components that read the content collections (getAtlas: PracticeCard, FilterNav) are left to
// the built site (tests/site/); their view models are tested in views.test.ts.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import CompareLink from '../../src/components/CompareLink.astro';
import Facts from '../../src/components/Facts.astro';
import IndicatorTable from '../../src/components/IndicatorTable.astro';
import Callout from '../../src/components/mdx/Callout.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import Pager from '../../src/components/Pager.astro';
import Sources from '../../src/components/Sources.astro';
import { date, lineBreak, link, note, text } from '../../src/lib/views/facts.ts';
import type { Practice } from '../../src/lib/types.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://atlas.example.org' } });
});

type Component = Parameters<AstroContainer['renderToString']>[0];
/** Renders a component as the page at `path` would, with the site under `base` (import.meta.env.BASE_URL). */
async function render(component: Component, options: { props?: Record<string, unknown>; slots?: Record<string, string>; base?: string; path?: string } = {}): Promise<HTMLElement> {
  vi.stubEnv('BASE_URL', options.base ?? '/');
  const request = new Request(new URL(options.path ?? '/', 'https://atlas.example.org'));
  // <pre> parsed as elements, not as raw text (node-html-parser's default), for the citations' <pre><code>.
  return parse(await container.renderToString(component, { props: options.props ?? {}, slots: options.slots ?? {}, request }), { blockTextElements: { script: true, style: true } });
}
afterEach(() => {
  vi.unstubAllEnvs();
});

const textOf = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim();
const links = (root: HTMLElement) => root.querySelectorAll('a').map((a) => [textOf(a), a.getAttribute('href')]);

describe('Pager', () => {
  it('links the pages of a listing under its base path, and marks the current one', async () => {
    const nav = (await render(Pager, { props: { first: '/kb/practices/', number: 5, count: 12 } })).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Pages');
    expect(textOf(nav.querySelector('p'))).toBe('Page 5 of 12');
    expect(links(nav)).toEqual([
      ['Previous page', '/kb/practices/page/4/'],
      ['1', '/kb/practices/'],
      ['3', '/kb/practices/page/3/'],
      ['4', '/kb/practices/page/4/'],
      ['5', '/kb/practices/page/5/'],
      ['6', '/kb/practices/page/6/'],
      ['7', '/kb/practices/page/7/'],
      ['12', '/kb/practices/page/12/'],
      ['Next page', '/kb/practices/page/6/'],
    ]);
    const current = nav.querySelectorAll('[aria-current]');
    expect(current.map((a) => [textOf(a), a.getAttribute('aria-current'), a.getAttribute('aria-label')])).toEqual([['5', 'page', 'Page 5']]);
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/kb/practices/page/4/');
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/kb/practices/page/6/');
    // The gaps are for the eye only: a screen reader hears the page numbers.
    expect(nav.querySelectorAll('li[aria-hidden="true"]').map(textOf)).toEqual(['…', '…']);
  });

  it('has no previous link on the first page, no next link on the last, and no pager for one page', async () => {
    const first = await render(Pager, { props: { first: '/practices/', number: 1, count: 3 } });
    expect(links(first)).toEqual([['1', '/practices/'], ['2', '/practices/page/2/'], ['3', '/practices/page/3/'], ['Next page', '/practices/page/2/']]);
    const last = await render(Pager, { props: { first: '/practices/', number: 3, count: 3 } });
    expect(links(last)[0]).toEqual(['Previous page', '/practices/page/2/']);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect((await render(Pager, { props: { first: '/practices/', number: 1, count: 1 } })).toString().trim()).toBe('');
  });
});

describe('Sources', () => {
  it('lists the sources in order, as links, under a heading the section is named by', async () => {
    const sources = [
      { title: 'Council decision 2021/14', url: 'https://example.org/decision' },
      { title: 'Evaluation report', url: 'https://example.org/report.pdf' },
    ];
    const section = (await render(Sources, { props: { sources } })).querySelector('section')!;
    const heading = section.querySelector('h2')!;
    expect(textOf(heading)).toBe('Sources');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(section.querySelectorAll('ol > li > a').map((a) => [textOf(a), a.getAttribute('href')])).toEqual(sources.map((s) => [s.title, s.url]));
  });

  it('shows nothing when there are no sources', async () => {
    expect((await render(Sources, { props: { sources: [] } })).toString().trim()).toBe('');
  });
});

describe('Facts', () => {
  it('shows each label with its value: text, links, dates a machine can read, and notes left out of search', async () => {
    const facts = [
      { label: 'Region', value: [link('Achaia', '/kb/regions/achaia/'), text(', Greece')] },
      { label: 'Period', value: [date('March 2019', '2019-03'), text(' – ongoing')] },
      { label: 'Budget', value: [text('€500,000'), lineBreak, note('(2020)')] },
    ];
    const dl = (await render(Facts, { props: { facts } })).querySelector('dl')!;
    expect(dl.querySelectorAll('dt').map(textOf)).toEqual(['Region', 'Period', 'Budget']);
    expect(dl.querySelectorAll('dd').map(textOf)).toEqual(['Achaia, Greece', 'March 2019 – ongoing', '€500,000 (2020)']);
    expect(links(dl)).toEqual([['Achaia', '/kb/regions/achaia/']]);
    expect(dl.querySelector('time')?.getAttribute('datetime')).toBe('2019-03');
    const budget = dl.querySelectorAll('dd')[2]!;
    expect(budget.querySelector('br')).not.toBeNull();
    expect(budget.querySelector('span[data-pagefind-ignore]')?.textContent).toBe('(2020)');
  });
});

describe('Cite', () => {
  it('cites the page by its full address under the base path, in plain text and BibTeX', async () => {
    const props = { id: 'patras-open-data', title: 'Patras open data', authors: ['Ana Silva', 'Nikos Papadopoulos'], date: '2025-04-02' };
    const section = (await render(Cite, { props, base: '/kb/', path: '/kb/practices/patras-open-data/' })).querySelector('section')!;
    const heading = section.querySelector('h2')!;
    expect(textOf(heading)).toBe('Cite this page');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(section.querySelectorAll('h3').map(textOf)).toEqual(['Plain text', 'BibTeX']);
    const [plain, bibtex] = section.querySelectorAll('pre > code').map((code) => code.textContent);
    expect(plain).toBe('Ana Silva, Nikos Papadopoulos (2025). Patras open data. Civic Tech Practice Atlas. https://atlas.example.org/kb/practices/patras-open-data/ (last reviewed 2025-04-02).');
    expect(bibtex).toContain('@misc{atlas-patras-open-data,');
    expect(bibtex).toContain('author = {{Ana Silva} and {Nikos Papadopoulos}},');
    expect(bibtex).toContain('url = {https://atlas.example.org/kb/practices/patras-open-data/},');
  });
});

describe('CompareLink', () => {
  it('links to the compare page under the base path, and names the practice for a screen reader', async () => {
    const a = (await render(CompareLink, { props: { id: 'decide-madrid', title: 'Decide Madrid' }, base: '/kb/' })).querySelector('compare-link a')!;
    expect(textOf(a)).toBe('Add to comparison');
    expect(a.getAttribute('href')).toBe('/kb/compare/?items=decide-madrid');
    expect(a.getAttribute('aria-label')).toBe('Add to comparison: Decide Madrid');
  });
});

describe('IndicatorTable', () => {
  const practice = {
    title: 'Decide Madrid',
    indicators: [
      { label: 'Registered users', value: 400000, unit: 'people', year: 2019, source: 'https://decide.madrid.es/stats' },
      { label: 'Turnout', value: 3.5, unit: 'percent', note: 'of residents over 16' },
    ],
  } as unknown as Practice;

  it('gives each indicator a row: its value with the unit, its year or "undated", and its source by host name', async () => {
    const section = (await render(IndicatorTable, { props: { practice } })).querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')!.id);
    const table = section.querySelector('table')!;
    expect(textOf(table.querySelector('caption'))).toBe('Indicators of Decide Madrid');
    expect(table.querySelectorAll('thead th').map((th) => [textOf(th), th.getAttribute('scope')])).toEqual([['Indicator', 'col'], ['Value', 'col'], ['Year', 'col'], ['Source', 'col']]);
    const rows = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(textOf));
    expect(rows).toEqual([
      ['Registered users', '400,000 people', '2019', 'decide.madrid.es'],
      ['Turnout (of residents over 16)', '3.5 %', 'undated', '—'],
    ]);
    expect(table.querySelectorAll('tbody th').map((th) => th.getAttribute('scope'))).toEqual(['row', 'row']);
    expect(links(table)).toEqual([['decide.madrid.es', 'https://decide.madrid.es/stats']]);
  });

  it('shows nothing for a practice without indicators', async () => {
    expect((await render(IndicatorTable, { props: { practice: { ...practice, indicators: [] } } })).toString().trim()).toBe('');
  });
});

describe('MDX components', () => {
  it('Callout: an aside of its type, with its title and the text written inside it', async () => {
    const aside = (await render(Callout, { props: { type: 'caution', title: 'Before you start' }, slots: { default: 'Ask the data protection officer first.' } })).querySelector('aside')!;
    expect(aside.classList.contains('callout-caution')).toBe(true);
    expect(textOf(aside.querySelector('p.callout-title'))).toBe('Before you start');
    expect(textOf(aside)).toBe('Before you startAsk the data protection officer first.');
    const plain = (await render(Callout, { slots: { default: 'A note.' } })).querySelector('aside')!;
    expect(plain.classList.contains('callout-note')).toBe(true);
    expect(plain.querySelector('.callout-title')).toBeNull();
  });

  it('Callout: refuses a type it does not know, naming it', async () => {
    await expect(render(Callout, { props: { type: 'danger' }, slots: { default: 'x' } })).rejects.toThrow('<Callout type="danger">: type must be note, tip or caution');
  });

  it('Figure: the image from public/media/ under the base path, its alt text, caption and credit', async () => {
    const figure = (await render(Figure, { props: { src: 'madrid/vote.png', alt: 'Residents voting on a tablet', caption: 'Voting day.', credit: 'Photo: City of Madrid' }, base: '/kb/' })).querySelector('figure')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/kb/media/madrid/vote.png');
    expect(img.getAttribute('alt')).toBe('Residents voting on a tablet');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(textOf(figure.querySelector('figcaption'))).toBe('Voting day. Photo: City of Madrid');
    const bare = (await render(Figure, { props: { src: '/madrid/vote.png', alt: 'A vote' } })).querySelector('figure')!;
    expect(bare.querySelector('img')?.getAttribute('src')).toBe('/media/madrid/vote.png');
    expect(bare.querySelector('figcaption')).toBeNull();
  });

  it('Figure: refuses an image without alt text', async () => {
    await expect(render(Figure, { props: { src: 'madrid/vote.png', alt: '  ' } })).rejects.toThrow('<Figure src="madrid/vote.png">: alt text is required');
  });
});
