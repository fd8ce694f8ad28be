// Validation and completeness of practices in the open data: every JSON record and CSV row says
// how far the entry was validated (the contract field) and how complete it is (computed).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/atlas-index.ts';
import { completeness } from '../../src/lib/completeness.ts';
import { readBody } from '../../src/lib/mdx-body.ts';
import { exportsFor } from '../../src/lib/open-data/files.ts';
import type { AtlasData, Practice } from '../../src/lib/types.ts';
import { idRef } from '../../src/schemas/common.ts';
import { collectionSpec } from '../../src/schemas/index.ts';
import { fixture } from '../helpers.ts';
import { readContent } from '../support/content.ts';

const raw = readContent(fixture('valid'));
const parseAs = (name: 'practices' | 'tools' | 'reports' | 'regions' | 'themes', data: unknown) => collectionSpec(name).schema(idRef).parse(data) as Record<string, unknown>;

/** A bare practice: only the required fields, one-sentence sections. */
const stubBody = ['Description', 'Resources needed', 'Evidence of success', 'Difficulties and lessons learned', 'Potential for transfer']
  .map((h) => `## ${h}\n\nOne sentence only.\n`).join('\n');
const stub = {
  id: 'bare-stub', title: 'Bare', summary: 'A bare practice.', region: 'achaia', level: 'regional', themes: ['open-data'], tools: [],
  institution: 'Fixture Region', start: 2020, status: 'inspiring', sources: [{ title: 'S', url: 'https://example.org/s' }],
  contributors: ['Fixture editors'], updated: '2026-01-01',
};

const data = {
  practices: [...raw.practices.map((e) => ({ ...parseAs('practices', e.data), id: e.id, body: e.body })), { ...parseAs('practices', (({ id: _id, ...rest }) => rest)(stub)), id: stub.id, body: stubBody }],
  tools: raw.tools.map((e) => ({ ...parseAs('tools', e.data), id: e.id, body: e.body })),
  reports: raw.reports.map((e) => ({ ...parseAs('reports', e.data), id: e.id, body: e.body })),
  regions: raw.regions.map((e) => ({ ...parseAs('regions', e.data), id: e.id })),
  themes: raw.themes.map((e) => parseAs('themes', e)),
} as unknown as AtlasData;
const atlas = buildIndex(data, 'en');
const files = exportsFor(atlas, 'https://example.org/kb/', 'en').practices;
const expected = (p: Practice) => {
  const c = completeness(p, readBody(p.body).sections);
  return { level: c.level, missing: c.missing.map((m) => ('field' in m ? m.field : m.section)) };
};

describe('practice records', () => {
  it('carry the validation as written, and only when the entry has one', () => {
    for (const record of files.records) {
      const practice = atlas.practice.get(String(record['id']))!;
      expect(record['validation']).toEqual(practice.validation);
    }
    expect(files.records.map((r) => (r['validation'] as { level?: string } | undefined)?.level ?? 'none').sort()).toEqual(['expert', 'none', 'project']);
  });

  it('carry the computed completeness: level and what is missing, fields by name and sections by heading', () => {
    for (const record of files.records) expect(record['completeness']).toEqual(expected(atlas.practice.get(String(record['id']))!));
    const bare = files.records.find((r) => r['id'] === 'bare-stub')!;
    expect(bare['completeness']).toEqual({
      level: 'stub',
      missing: ['budget', 'indicators', 'spectrum', 'channel', 'stakeholders', 'Description', 'Resources needed', 'Evidence of success', 'Difficulties and lessons learned', 'Potential for transfer'],
    });
    const timisoara = files.records.find((r) => r['id'] === 'timisoara-budget')!;
    expect((timisoara['completeness'] as { level: string }).level).toBe('partial');
  });

  it('validate against the published schema, which lists the completeness levels and what can be missing', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(files.schema);
    expect(validate(files.records), JSON.stringify(validate.errors)).toBe(true);
    const broken = files.records.map((r) => ({ ...r, completeness: { level: 'nearly', missing: ['budget'] } }));
    expect(validate(broken)).toBe(false);
    const unknownMissing = files.records.map((r) => ({ ...r, completeness: { level: 'partial', missing: ['colour'] } }));
    expect(validate(unknownMissing)).toBe(false);
  });
});

describe('practice CSV', () => {
  const rows = parse(files.csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

  it('has the validation and completeness columns, described for the data page', () => {
    const names = files.columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['validation.level', 'validation.by', 'validation.date', 'completeness.level', 'completeness.missing']));
    const level = files.columns.find((c) => c.name === 'completeness.level')!;
    expect(level.values).toEqual(['complete', 'partial', 'stub']);
    expect(level.required).toBe(true);
    expect(level.description).toMatch(/complete/);
    expect(files.columns.find((c) => c.name === 'completeness.missing')).toMatchObject({ list: true, description: expect.stringMatching(/sections/) });
    expect(files.columns.find((c) => c.name === 'validation.level')!.values).toEqual(['project', 'expert']);
  });

  it('fills them per practice: empty validation when there is none, missing items joined with "; "', () => {
    for (const row of rows) {
      const practice = atlas.practice.get(row['id']!)!;
      expect(row['validation.level']).toBe(practice.validation?.level ?? '');
      expect(row['validation.by']).toBe(practice.validation?.by ?? '');
      expect(row['validation.date']).toBe(practice.validation?.date ?? '');
      const { level, missing } = expected(practice);
      expect(row['completeness.level']).toBe(level);
      expect(row['completeness.missing']).toBe(missing.join('; '));
    }
    expect(rows.find((r) => r['id'] === 'timisoara-budget')).toMatchObject({ 'validation.level': 'expert', 'validation.date': '2026-02-10' });
  });
});
