import { describe, expect, it } from 'vitest';
import { buildIndex, relatedPractices } from '../../src/lib/atlas-index.ts';
import { citeBibtex, citeText } from '../../src/lib/cite.ts';
import { compareData } from '../../src/lib/compare.ts';
import { clipRing, clusterRegions } from '../../src/lib/map.ts';
import { searchFacets } from '../../src/lib/search-facets.ts';
import { tableToCsv } from '../../src/lib/table-model.ts';
import { regionsTable, themeTable, toolMatrixTable } from '../../src/lib/tables.ts';
import type { AtlasData, Practice, Region } from '../../src/lib/types.ts';
import { normaliseBase, withBase } from '../../src/lib/urls.ts';

const region = (id: string, country: string, coordinates?: [number, number], partner = false): Region => ({
  id, name: id.toUpperCase(), country, level: 'nuts2', ...(coordinates ? { coordinates } : {}), ...(partner ? { partner: { organisation: `${id} agency` } } : {}),
});
const practice = (id: string, regionId: string, themes: string[], tools: string[], extra: Partial<Practice> = {}): Practice => ({
  id, body: '', title: `Practice ${id}`, summary: `Summary ${id}`, region: regionId, level: 'municipal', themes, tools,
  institution: 'City', start: 2020, status: 'demonstrated', sources: [{ title: 's', url: 'https://example.org' }],
  contributors: ['Editors'], updated: '2026-01-01', language: 'en', ...extra,
});
const data: AtlasData = {
  themes: [{ id: 'pb', name: 'Participatory budgeting', description: 'd' }, { id: 'od', name: 'Open data', description: 'd' }],
  regions: [region('b-region', 'FI', [60, 25], true), region('a-region', 'ES', [40, -3])],
  tools: [{ id: 'tool-x', body: '', name: 'Tool X', summary: 's', website: 'https://x.org', license: 'MIT', hosting: ['saas'], stack: [], maintainer: 'm', firstRelease: 2016, themes: ['pb'], features: { voting: 'yes', maps: 'partial' }, accessibility: { claim: 'none' }, ratings: { usability: 4 }, sources: [{ title: 's', url: 'https://x.org' }], reviewed: '2026-01-01', reviewers: [] }],
  practices: [
    practice('p1', 'a-region', ['pb'], ['tool-x'], { resources: { budget: { amount: 1000, currency: 'EUR', year: 2020 } }, indicators: [{ label: 'Votes', value: 10, unit: 'votes', year: 2019 }, { label: 'Voters', value: 20, unit: 'people', year: 2021 }] }),
    practice('p2', 'a-region', ['pb', 'od'], [], { status: 'inspiring', transfer: [{ region: 'b-region', status: 'planned' }] }),
    practice('p3', 'b-region', ['od'], ['tool-x']),
  ],
  reports: [{ id: 'r1', body: '', title: 'Visit', summary: 's', kind: 'study-visit', date: '2025-01-01', host: 'b-region', participants: ['a-region', 'b-region'], practices: ['p1'], lessons: ['l'], sources: [] }],
};
const atlas = buildIndex(data, 'en');

describe('the atlas index (computed once per build)', () => {
  it('joins deployments, regions, themes, transfers and reports', () => {
    expect(atlas.practicesByTool.get('tool-x')!.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(atlas.practicesByRegion.get('a-region')!.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(atlas.practicesByCountry.get('ES')!.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(atlas.transfersToRegion.get('b-region')!.map((p) => p.id)).toEqual(['p2']);
    expect(atlas.reportsByPractice.get('p1')!.map((r) => r.id)).toEqual(['r1']);
    expect(atlas.regions.map((r) => r.id)).toEqual(['a-region', 'b-region']);
  });
  it('ranks related practices by shared tools (double) and themes', () => {
    expect(relatedPractices(atlas, atlas.practice.get('p1')!).map((p) => p.id)).toEqual(['p3', 'p2']);
  });
});

describe('comparison tables', () => {
  it('/regions/ counts practices per theme and status, and lists tools', () => {
    const table = regionsTable(atlas, 'en');
    const rowA = table.rows.find((r) => r[0]!.text === 'A-REGION')!;
    expect(rowA.map((c) => c.text)).toEqual(['A-REGION', 'Spain', '', '2', '1', 'Tool X', '1', '1']);
    expect(rowA[3]!.href).toBe('regions/a-region/#theme-pb');
  });
  it('a theme table has one row per practice with the most recent indicator', () => {
    const table = themeTable(atlas, 'pb', 'en');
    expect(table.rows.map((r) => r[0]!.text)).toEqual(['Practice p1', 'Practice p2']);
    expect(table.rows[0]![5]!.text).toBe('Voters: 20 people (2021)');
    expect(table.rows[0]![4]!.text).toBe('€1,000 (2020)');
  });
  it('the tool matrix says "Not assessed" rather than leaving a feature blank', () => {
    const row = toolMatrixTable(atlas, 'en').rows[0]!.map((c) => c.text);
    expect(row).toContain('Not assessed');
    expect(row).toContain('Partly');
    expect(row.at(-1)).toBe('2');
  });
  it('CSV: header plus exactly the rows, RFC 4180 quoting, BOM for spreadsheets', () => {
    const csv = tableToCsv({ id: 't', caption: 'c', columns: [{ label: 'Name' }, { label: 'Note' }], rows: [[{ text: 'A, B' }, { text: 'say "hi"' }]] });
    expect(csv).toBe('\uFEFFName,Note\r\n"A, B","say ""hi"""\r\n');
  });
});

describe('compare', () => {
  it('has one record per practice with every field', () => {
    const d = compareData(atlas, 'en');
    expect(d.practices.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(d.practices[1]!.fields.transfer).toEqual(['B-REGION: planned']);
    expect(d.practices[2]!.fields.budget).toEqual([]);
  });
});

describe('search facets', () => {
  it('use exactly the filter names links rely on, with ids as values', () => {
    const f = searchFacets(atlas, { kind: 'practice', entry: atlas.practice.get('p2')! }, 'en');
    expect(f.filters).toEqual({ type: ['practice'], theme: ['od', 'pb'], country: ['ES'], region: ['a-region'], tool: [], level: ['municipal'], validation: ['none'], completeness: ['stub'] });
    expect(Object.keys(f.sort)).toEqual(['title', 'date']);
  });
  it('give every kind both sort keys', () => {
    for (const item of [{ kind: 'tool', entry: atlas.tools[0]! }, { kind: 'report', entry: atlas.reports[0]! }, { kind: 'region', entry: atlas.regions[0]! }] as const) {
      expect(Object.keys(searchFacets(atlas, item, 'en').sort)).toEqual(['title', 'date']);
    }
  });
});

describe('map', () => {
  it('keeps a far-away region off the map of the main cluster', () => {
    const regions = [region('a', 'ES', [40, -3]), region('b', 'FI', [60, 25]), region('c', 'DE', [52, 13]), region('far', 'UY', [-34.9, -56.2])];
    const { inside, outside } = clusterRegions(regions);
    expect(inside.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(outside.map((r) => r.id)).toEqual(['far']);
  });
  it('clips outlines to the view', () => {
    const clipped = clipRing([[-10, 5], [20, 5], [20, 15], [-10, 15]], 10, 10);
    expect(clipped.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
    expect(clipRing([[20, 20], [30, 20], [30, 30]], 10, 10)).toEqual([]);
  });
});

describe('urls and citations', () => {
  it('normalises base paths', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('kb')).toBe('/kb/');
    expect(withBase('/kb/', '/practices/x/')).toBe('/kb/practices/x/');
  });
  it('cites in plain text and BibTeX', () => {
    const c = { id: 'p1', title: 'Budget & votes', authors: ['Editors'], date: '2026-01-02', url: 'https://x.org/practices/p1/', siteName: 'Atlas', reviewedNote: 'last reviewed 2026-01-02' };
    expect(citeText(c)).toBe('Editors (2026). Budget & votes. Atlas. https://x.org/practices/p1/ (last reviewed 2026-01-02).');
    expect(citeBibtex(c)).toContain('title = {Budget \\& votes}');
    expect(citeBibtex(c)).toMatch(/^@misc\{atlas-p1,/);
    expect(citeBibtex(c)).toContain('note = {Last reviewed 2026-01-02}');
    expect(citeText({ ...c, reviewedNote: 'zuletzt geprüft 2026-01-02' })).toMatch(/\(zuletzt geprüft 2026-01-02\)\.$/);
  });
});

describe('map outlines across the antimeridian', () => {
  it('keep longitudes continuous', async () => {
    const { unwrap } = await import('../../src/lib/map.ts');
    expect(unwrap([[170, 60], [179, 61], [-179, 62], [-170, 63]])).toEqual([[170, 60], [179, 61], [181, 62], [190, 63]]);
  });
});
