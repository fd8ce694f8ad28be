// Validation and completeness of practices on the site: the view model of the practice page, the
// listings' label, the search filters `validation` and `completeness`, the comparison and the theme table.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/atlas-index.ts';
import { compareData, compareFields } from '../../src/lib/compare.ts';
import { offlineDocs } from '../../src/lib/offline-index.ts';
import { searchFacets } from '../../src/lib/search-facets.ts';
import { searchGroups } from '../../src/lib/search-groups.ts';
import { themeTable } from '../../src/lib/tables.ts';
import type { AtlasData, Practice } from '../../src/lib/types.ts';
import { validationState, validationStates } from '../../src/lib/validation.ts';
import { plainText } from '../../src/lib/views/facts.ts';
import { practiceView } from '../../src/lib/views/practice.ts';
import { contributeHref, validationLabel } from '../../src/lib/views/quality.ts';
import { validationLevels } from '../../src/schemas/vocabularies.ts';
import { searchFilterNames } from '../../src/site-model/search.ts';

const sections = ['Description', 'Resources needed', 'Evidence of success', 'Difficulties and lessons learned', 'Potential for transfer'];
/** A body whose sections have two sentences, except those named in `thin` (one sentence). */
const body = (thin: string[] = []) => sections.map((h) => `## ${h}\n\n${thin.includes(h) ? 'Only one sentence.' : 'First sentence here. Second sentence here.'}\n`).join('\n');

const practice = (id: string, extra: Partial<Practice> = {}): Practice => ({
  id, body: body(), title: `Practice ${id}`, summary: `Summary ${id}`, region: 'r', level: 'municipal', themes: ['pb'], tools: [],
  institution: 'City', start: 2020, status: 'inspiring', sources: [{ title: 's', url: 'https://example.org' }],
  contributors: ['Editors'], updated: '2026-01-01', language: 'en', ...extra,
});
const everything: Partial<Practice> = {
  resources: { budget: { amount: 1000, currency: 'EUR' } }, indicators: [{ label: 'Votes', value: 10, unit: 'votes' }],
  spectrum: 'empower', channel: 'online', stakeholders: ['Residents'],
};
const data: AtlasData = {
  themes: [{ id: 'pb', name: 'Participatory budgeting', description: 'd' }],
  regions: [{ id: 'r', name: 'Region', country: 'ES', level: 'nuts2' }],
  tools: [],
  reports: [],
  practices: [
    practice('expert-complete', { ...everything, validation: { level: 'expert', by: 'Jane Expert, Policy Learning Platform', date: '2026-02-10' } }),
    practice('project-partial', { resources: { budget: { amount: 5, currency: 'EUR' } }, spectrum: 'consult', validation: { level: 'project', by: 'CIVITEC team', date: '2025-11-03' }, body: body(['Evidence of success', 'Potential for transfer']) }),
    practice('none-stub', { body: body(sections) }),
  ],
};
const atlas = buildIndex(data, 'en');
const get = (id: string) => atlas.practice.get(id)!;

describe('validation states', () => {
  it('are every level of the contract, highest first, then none', () => {
    expect(validationStates).toEqual([...[...validationLevels].reverse(), 'none']);
    expect(validationState(get('expert-complete'))).toBe('expert');
    expect(validationState(get('none-stub'))).toBe('none');
  });
});

describe('the practice page', () => {
  it('explains an expert validation and says who validated it and when', () => {
    const { validation } = practiceView(atlas, get('expert-complete'), 'en', '/kb/');
    expect(validation).toMatchObject({ level: 'expert', label: 'Validated by an expert' });
    expect(validation.explanation).toMatch(/thematic expert of the Interreg Europe Policy Learning Platform \(Interreg level 2\)/);
    expect(plainText(validation.signed)).toBe('Validated by Jane Expert, Policy Learning Platform on 10 February 2026.');
    expect(validation.signed.find((p) => p.kind === 'date')).toEqual({ kind: 'date', text: '10 February 2026', datetime: '2026-02-10' });
  });

  it('explains a project approval (level 1) and an entry nobody has validated yet', () => {
    const project = practiceView(atlas, get('project-partial'), 'en', '/').validation;
    expect(project).toMatchObject({ level: 'project', label: 'Approved by the project' });
    expect(project.explanation).toMatch(/Interreg level 1/);
    expect(plainText(project.signed)).toBe('Approved by CIVITEC team on 3 November 2025.');
    const none = practiceView(atlas, get('none-stub'), 'en', '/').validation;
    expect(none).toMatchObject({ level: 'none', label: 'Not yet validated', signed: [] });
    expect(none.explanation).toMatch(/^Published by the atlas editors/);
  });

  it('invites help with the list of what is missing, sections named, and nothing to do when complete', () => {
    const partial = practiceView(atlas, get('project-partial'), 'en', '/').completeness;
    expect(partial.level).toBe('partial');
    expect(partial.missing).toEqual(['no indicators', 'no channel', 'no stakeholders', 'fewer than two sentences under “Evidence of success” and “Potential for transfer”']);
    expect(partial.invitation).toBe('Help complete this entry: no indicators, no channel, no stakeholders, fewer than two sentences under “Evidence of success” and “Potential for transfer”.');
    const stub = practiceView(atlas, get('none-stub'), 'en', '/').completeness;
    expect(stub.level).toBe('stub');
    expect(stub.invitation).toMatch(/^Help complete this entry: no budget, no indicators, no participation level \(IAP2\), no channel, no stakeholders, fewer than two sentences under “Description”, /);
    const complete = practiceView(atlas, get('expert-complete'), 'en', '/').completeness;
    expect(complete).toMatchObject({ level: 'complete', label: 'Complete', missing: [], invitation: '' });
  });

  it('links "how to contribute" to CONTRIBUTING.md in the repository when there is one, else to the about page', () => {
    expect(practiceView(atlas, get('none-stub'), 'en', '/kb/').completeness.contribute).toEqual({ text: 'How to contribute', href: '/kb/about/#how-it-is-written-and-checked' });
    expect(practiceView(atlas, get('none-stub'), 'en', '/', 'https://github.com/org/atlas/').completeness.contribute.href).toBe('https://github.com/org/atlas/blob/HEAD/CONTRIBUTING.md');
    expect(contributeHref('/', 'en', undefined)).toBe('/about/#how-it-is-written-and-checked');
  });
});

describe('listings', () => {
  it('label each practice with its validation level in words', () => {
    expect(Object.fromEntries(atlas.practices.map((p) => [p.id, validationLabel(p, 'en')]))).toEqual({
      'expert-complete': { level: 'expert', label: 'Validated by an expert' },
      'project-partial': { level: 'project', label: 'Approved by the project' },
      'none-stub': { level: 'none', label: 'Not yet validated' },
    });
  });

  it('the theme table has a validation column, sorted expert first', () => {
    const table = themeTable(atlas, 'pb', 'en');
    expect(table.columns.at(-1)!.label).toBe('Validation');
    const cells = Object.fromEntries(table.rows.map((row) => [row[0]!.text, row.at(-1)!]));
    expect(cells).toEqual({
      'Practice expert-complete': { text: 'Validated by an expert', sort: 3 },
      'Practice project-partial': { text: 'Approved by the project', sort: 2 },
      'Practice none-stub': { text: 'Not yet validated', sort: 1 },
    });
  });
});

describe('search filters', () => {
  it('validation and completeness are filter names, recorded for practices and for nothing else', () => {
    expect(searchFilterNames).toEqual(expect.arrayContaining(['validation', 'completeness']));
    const filters = (id: string) => searchFacets(atlas, { kind: 'practice', entry: get(id) }, 'en').filters;
    expect(filters('expert-complete')).toMatchObject({ validation: ['expert'], completeness: ['complete'] });
    expect(filters('project-partial')).toMatchObject({ validation: ['project'], completeness: ['partial'] });
    expect(filters('none-stub')).toMatchObject({ validation: ['none'], completeness: ['stub'] });
    const region = searchFacets(atlas, { kind: 'region', entry: atlas.regions[0]! }, 'en').filters;
    expect(region).not.toHaveProperty('validation');
    expect(region).not.toHaveProperty('completeness');
  });

  it('the search page offers a group per filter name, validation and completeness with every value labelled', () => {
    const groups = searchGroups(atlas, 'en');
    expect(groups.map((g) => g.name)).toEqual([...searchFilterNames]);
    expect(groups.find((g) => g.name === 'validation')).toMatchObject({
      label: 'Validation', open: false, deferred: false,
      values: [['expert', 'Validated by an expert'], ['project', 'Approved by the project'], ['none', 'Not yet validated']],
    });
    expect(groups.find((g) => g.name === 'completeness')).toMatchObject({ label: 'Completeness', values: [['complete', 'Complete'], ['partial', 'Partial'], ['stub', 'Stub']] });
  });

  it('the offline index holds the same filters', () => {
    const docs = offlineDocs(atlas, 'en').filter((d) => d.meta.type === 'practice');
    expect(Object.fromEntries(docs.map((d) => [d.path, [d.filters.validation, d.filters.completeness]]))).toEqual({
      'practices/expert-complete/': [['expert'], ['complete']],
      'practices/project-partial/': [['project'], ['partial']],
      'practices/none-stub/': [['none'], ['stub']],
    });
  });
});

describe('the comparison', () => {
  it('has validation (level, who and when) and completeness (level and what is missing) rows', () => {
    expect(compareFields.slice(-2)).toEqual(['validation', 'completeness']);
    const d = compareData(atlas, 'en');
    expect(d.labels).toMatchObject({ validation: 'Validation', completeness: 'Completeness' });
    const fields = Object.fromEntries(d.practices.map((p) => [p.id, [p.fields.validation, p.fields.completeness]]));
    expect(fields['expert-complete']).toEqual([['Validated by an expert', 'Validated by Jane Expert, Policy Learning Platform on 10 February 2026.'], ['Complete']]);
    expect(fields['project-partial']).toEqual([['Approved by the project', 'Approved by CIVITEC team on 3 November 2025.'], ['Partial: no indicators, no channel, no stakeholders, fewer than two sentences under “Evidence of success” and “Potential for transfer”']]);
    expect(fields['none-stub']![0]).toEqual(['Not yet validated']);
  });
});
