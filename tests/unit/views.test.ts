// The view models of the entry pages (src/lib/views/): what each page shows, as data, before any HTML.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/atlas-index.ts';
import type { AtlasData, Practice, Region, Report, Tool } from '../../src/lib/types.ts';
import { linkList, plainText, type Fact, type Part } from '../../src/lib/views/facts.ts';
import { practiceView } from '../../src/lib/views/practice.ts';
import { regionView } from '../../src/lib/views/region.ts';
import { reportView } from '../../src/lib/views/report.ts';
import { themeView } from '../../src/lib/views/theme.ts';
import { toolView } from '../../src/lib/views/tool.ts';

const region = (id: string, country: string, extra: Partial<Region> = {}): Region => ({ id, name: id.toUpperCase(), country, level: 'nuts2', ...extra });
const practice = (id: string, regionId: string, themes: string[], tools: string[], extra: Partial<Practice> = {}): Practice => ({
  id, body: '', title: `Practice ${id}`, summary: `Summary ${id}`, region: regionId, level: 'municipal', themes, tools,
  institution: 'City', start: 2020, status: 'demonstrated', sources: [{ title: 's', url: 'https://example.org' }],
  contributors: ['Editors'], updated: '2026-01-01', language: 'en', ...extra,
});
const tool: Tool = {
  id: 'tool-x', body: '', name: 'Tool X', summary: 's', website: 'https://x.org/home', repository: 'https://git.example/x/tool', license: 'MIT',
  hosting: ['saas', 'self-hosted'], stack: [], maintainer: 'm', firstRelease: 2016, themes: ['pb'], features: { voting: 'yes', maps: 'partial' },
  accessibility: { claim: 'WCAG 2.1 AA', statement: 'https://x.org/a11y' }, ratings: { usability: 4 }, sources: [{ title: 's', url: 'https://x.org' }],
  reviewed: '2026-01-01', reviewers: [],
};
const report: Report = {
  id: 'r1', body: '', title: 'Visit', summary: 's', kind: 'study-visit', date: '2025-01-01', endDate: '2025-01-02', host: 'b-region',
  participants: ['a-region', 'b-region'], practices: ['p1', 'gone'], lessons: ['l'], sources: [], attendees: 12,
  actions: [{ region: 'a-region', action: 'Try it' }, { region: 'b-region', action: 'Adopt it', due: '2025-06-30' }],
};
const data: AtlasData = {
  themes: [{ id: 'pb', name: 'Participatory budgeting', description: 'd' }, { id: 'od', name: 'Open data', description: 'd' }],
  regions: [
    region('b-region', 'FI', { partner: { organisation: 'B agency', url: 'https://b.example' }, population: 1200000, populationYear: 2024, nuts: 'FI1B' }),
    region('a-region', 'ES', { summary: 'A region in Spain.' }),
  ],
  tools: [tool],
  practices: [
    practice('p1', 'a-region', ['pb'], ['tool-x'], { city: 'Aville', resources: { budget: { amount: 1000, currency: 'EUR', year: 2020 }, staff: 'Two people' }, stakeholders: ['Residents', 'NGOs'] }),
    practice('p2', 'a-region', ['pb', 'od'], [], { status: 'inspiring', contributors: [], transfer: [{ region: 'b-region', status: 'planned', year: 2025 }] }),
    practice('p3', 'b-region', ['od'], ['tool-x']),
  ],
  reports: [report],
};
const atlas = buildIndex(data, 'en');
const base = '/kb/';

/** label → the value as text, for comparing facts at a glance. */
const asText = (facts: readonly Fact[]) => Object.fromEntries(facts.map((f) => [f.label, plainText(f.value)]));
const links = (value: readonly Part[]) => value.flatMap((p) => (p.kind === 'link' ? [[p.text, p.href]] : []));
const factOf = (facts: readonly Fact[], label: string) => facts.find((f) => f.label === label)!.value;

describe('facts', () => {
  it('joins links with commas and says so when there are none', () => {
    expect(plainText(linkList([{ text: 'A', href: '/a/' }, { text: 'B', href: '/b/' }]))).toBe('A, B');
    expect(linkList([], 'None')).toEqual([{ kind: 'text', text: 'None' }]);
    expect(linkList([])).toEqual([]);
  });
});

describe('a practice page', () => {
  it('lists its facts in order, optional ones only when the practice has them', () => {
    const view = practiceView(atlas, atlas.practice.get('p1')!, 'en', base);
    expect(view.entry).toEqual({ collection: 'practices', id: 'p1' });
    expect(asText(view.facts)).toEqual({
      Region: 'A-REGION (Spain), Aville',
      Level: 'Municipal',
      'Main institution': 'City',
      Period: '2020 – ongoing',
      Status: expect.stringMatching(/^Demonstrated \(.+\)$/),
      Themes: 'Participatory budgeting',
      Tools: 'Tool X',
      Budget: '€1,000 (2020)',
      Staff: 'Two people',
      Stakeholders: 'Residents, NGOs',
      'Last reviewed': '1 January 2026',
      Contributors: 'Editors',
    });
    expect(links(factOf(view.facts, 'Region'))).toEqual([['A-REGION', '/kb/regions/a-region/']]);
    expect(links(factOf(view.facts, 'Tools'))).toEqual([['Tool X', '/kb/tools/tool-x/']]);
    expect(factOf(view.facts, 'Last reviewed')).toEqual([{ kind: 'date', text: '1 January 2026', datetime: '2026-01-01' }]);
    expect(factOf(view.facts, 'Status').at(-1)!.kind).toBe('note');
  });

  it('says "None" for no tools or contributors, and lists transfers, reports and related practices', () => {
    const p2 = practiceView(atlas, atlas.practice.get('p2')!, 'en', base);
    expect(asText(p2.facts)).toMatchObject({ Tools: 'None', Contributors: 'None', Themes: 'Participatory budgeting, Open data' });
    expect(Object.keys(asText(p2.facts))).not.toContain('Budget');
    expect(p2.transfers.map(plainText)).toEqual(['B-REGION: planned (2025)']);
    expect(links(p2.transfers[0]!)).toEqual([['B-REGION', '/kb/regions/b-region/']]);
    const p1 = practiceView(atlas, atlas.practice.get('p1')!, 'en', base);
    expect(p1.reports).toEqual([{ text: 'Visit', href: '/kb/reports/r1/' }]);
    expect(p1.related.map((l) => l.href)).toEqual(['/kb/practices/p3/', '/kb/practices/p2/']);
    expect(p1.cite).toEqual({ id: 'p1', title: 'Practice p1', authors: ['Editors'], date: '2026-01-01' });
  });
});

describe('a tool page', () => {
  const view = toolView(atlas, tool, 'en', base);
  it('shows its addresses, licence, accessibility claim with its statement, and review', () => {
    expect(asText(view.facts)).toMatchObject({ Website: 'x.org', 'Source code': 'git.example/x/tool', Licence: 'MIT', Hosting: 'Hosted service (SaaS), Self-hosted', 'First release': '2016', Reviewers: 'None' });
    expect(Object.keys(asText(view.facts))).not.toContain('Technology');
    const claim = factOf(view.facts, 'Accessibility claim');
    expect(claim.map((p) => p.kind)).toEqual(['text', 'text', 'link', 'text', 'break', 'note']);
    expect(links(claim)).toEqual([["vendor's accessibility statement", 'https://x.org/a11y']]);
  });
  it('lists assessed features, rated criteria, deployments and reports', () => {
    expect(view.features).toEqual([{ support: 'yes', supportLabel: 'Yes', feature: 'Voting' }, { support: 'partial', supportLabel: 'Partly', feature: 'Maps' }]);
    expect(asText(view.ratings)).toEqual({ Usability: '4 out of 5' });
    expect(view.deployments.rows).toHaveLength(2);
    expect(view.reports).toEqual([]);
  });
});

describe('a report page', () => {
  const view = reportView(atlas, report, 'en', base);
  it('dates the meeting, links its host, participants, practices, and keeps ids it cannot name', () => {
    expect(view.kicker).toBe('Reports · Study visit');
    expect(asText(view.facts)).toEqual({
      Date: '1 January 2025 – 2 January 2025', Host: 'B-REGION', 'Participating regions': 'A-REGION, B-REGION', Attendees: '12', 'Practices presented': 'Practice p1, gone',
    });
    expect(links(factOf(view.facts, 'Practices presented'))).toEqual([['Practice p1', '/kb/practices/p1/'], ['gone', '/kb/practices/gone/']]);
  });
  it('lists the regions\' next actions with their due dates, "—" when there is none', () => {
    expect(view.actions).toEqual([
      { region: { text: 'A-REGION', href: '/kb/regions/a-region/' }, action: 'Try it', due: '—' },
      { region: { text: 'B-REGION', href: '/kb/regions/b-region/' }, action: 'Adopt it', due: '30 June 2025' },
    ]);
    expect(view.cite.authors).toEqual(['Civic Tech Practice Atlas']);
  });
});

describe('a region page', () => {
  it('shows the partner, population and tools, and groups practices by theme', () => {
    const b = regionView(atlas, atlas.region.get('b-region')!, 'en', base);
    expect(asText(b.facts)).toEqual({ Country: 'Finland', 'NUTS code': 'FI1B', 'Project partner': 'B agency', Population: '1,200,000 (2024)', 'Tools used here': 'Tool X' });
    expect(links(factOf(b.facts, 'Project partner'))).toEqual([['B agency', 'https://b.example']]);
    expect(b.description).toBe('Practices in B-REGION');
    expect(b.transfers).toEqual([{ text: 'Practice p2', href: '/kb/practices/p2/' }]);
    expect(b.hosted.map(plainText)).toEqual(['Visit (1 January 2025)']);
    const a = regionView(atlas, atlas.region.get('a-region')!, 'en', base);
    expect(a.description).toBe('A region in Spain.');
    expect(a.themes.map((th) => [th.id, th.practices.map((p) => p.id)])).toEqual([['pb', ['p1', 'p2']], ['od', ['p2']]]);
    expect(a.practiceCount).toBe(2);
  });
});

describe('a theme page', () => {
  it('counts its practices and links its tools', () => {
    const view = themeView(atlas, atlas.theme.get('pb')!, 'en', base);
    expect(view.practiceCount).toBe('2 practices');
    expect(view.practices.rows).toHaveLength(2);
    expect(view.tools).toEqual([{ text: 'Tool X', href: '/kb/tools/tool-x/' }]);
  });
});
