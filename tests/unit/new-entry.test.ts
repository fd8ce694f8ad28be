import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { templateFields } from '../../src/schemas/drafts.ts';
import { collectionSpec } from '../../src/schemas/index.ts';
import { copyFixture, runCli } from '../helpers.ts';

const kinds = ['practice', 'tool', 'report', 'region'] as const;
type Kind = (typeof kinds)[number];
const fileOf = (kind: Kind) => (kind === 'region' ? 'regions/oulu-youth-budget.yaml' : `${kind}s/oulu-youth-budget.mdx`);
const collectionOf = (kind: Kind) => collectionSpec(kind === 'region' ? 'regions' : `${kind}s`);

/** A fixture copy with a new, untouched entry of `kind` written by npm run new, and the check's lines for it, paths from content/. */
async function untouched(kind: Kind) {
  const content = copyFixture('valid');
  const run = runCli('new.ts', [kind, 'oulu-youth-budget'], { ATLAS_CONTENT: content });
  expect(run.status, run.stderr).toBe(0);
  const file = path.join(content, fileOf(kind));
  expect(existsSync(file)).toBe(true);
  const shown = path.relative(process.cwd(), content);
  const lines = async () => (await checkContent(content)).problems.map(formatProblem).map((l) => (l.startsWith(shown) ? `content${l.slice(shown.length)}` : l));
  return { content, file, lines };
}

/** What a contributor writes in place of each template text: by the field's path in the draft ("sources.*.url"). */
const filledIn: Record<string, string> = {
  summary: 'Young people in Oulu decide how to spend part of the youth budget.',
  region: 'west-romania',
  host: 'west-romania',
  'participants.*': 'achaia',
  level: 'municipal',
  'themes.*': 'participatory-budgeting',
  institution: 'City of Oulu',
  start: '2020',
  'sources.*.title': 'City of Oulu – youth budget',
  'sources.*.url': 'https://example.org/oulu-youth-budget',
  'contributors.*': 'Fixture editors',
  'reviewers.*': 'Fixture editors',
  website: 'https://example.org/oulu-tool',
  license: 'MIT',
  'hosting.*': 'saas',
  maintainer: 'City of Oulu',
  firstRelease: '2018',
  'accessibility.claim': 'none',
  kind: 'workshop',
  date: '2025-05-05',
  'lessons.*': 'Schools reached young people the website did not.',
  country: 'FI',
  nuts: 'FI1D9',
};

/** Where a region's field of the same name takes other values. */
const regionFilledIn: Record<string, string> = { level: 'municipality' };

describe('npm run new', () => {
  it('writes a practice the check refuses, one line per value left from the template, saying what to write', async () => {
    const { lines } = await untouched('practice');
    const file = 'content/practices/oulu-youth-budget.mdx';
    expect(await lines()).toEqual([
      `${file}:5: summary: still the template's text: write one or two plain sentences on what the practice is and what it achieved, at most 400 characters`,
      `${file}:6: region: still the template's text: write where it is implemented: the id of a region, a file name in content/regions/ without .yaml, for example achaia, west-romania`,
      `${file}:8: level: still the template's text: write the level of government that runs it: municipal, regional, national or cross-border`,
      `${file}:9: themes[0]: still the template's text: write the themes it belongs to: one or more theme ids from content/themes.yaml; valid: participatory-budgeting, open-data`,
      `${file}:13: institution: still the template's text: write the main institution responsible`,
      `${file}:15: start: still the template's text: write when it started: a year (2021) or a month as YYYY-MM (2021-09)`,
      `${file}:25: sources[0].title: still the template's text: write what the source is, as a reader would cite it: publisher, title, year, and the language when it is not English`,
      `${file}:25: sources[0].url: still the template's text: write where it can be read: a full https:// address of the page or document itself, not a home page`,
      `${file}:27: contributors[0]: still the template's text: write who wrote or reviewed the entry: organisation names`,
      `${file}:32: body: section "## Description" still has the template's text ("What the practice does, for whom, and how people take part."): replace it with what the sources say`,
      `${file}:36: body: section "## Resources needed" still has the template's text ("Budget, staff, technology and partners it takes; say so if the sources do not document them."): replace it with what the sources say`,
      `${file}:40: body: section "## Evidence of success" still has the template's text ("Results with figures and their sources."): replace it with what the sources say`,
      `${file}:44: body: section "## Difficulties and lessons learned" still has the template's text ("What went wrong or was hard, and what others can learn from it."): replace it with what the sources say`,
      `${file}:48: body: section "## Potential for transfer" still has the template's text ("What another region would need to take this up."): replace it with what the sources say`,
    ]);
  });

  it.each(kinds)('writes a %s whose every template text the check names, once, on its own line', async (kind) => {
    const { lines } = await untouched(kind);
    const spec = collectionOf(kind);
    const fields = templateFields(spec.draft!).map((f) => f.path.map((p) => (p === '*' ? '[0]' : p)).join('.').replaceAll('.[0]', '[0]'));
    const expected = [...fields.map((f) => `${f}: still the template's text: write `), ...spec.sections.map((s) => `body: section "## ${s}" still has the template's text (`)];
    const out = await lines();
    // Every line is about the new file, and each template text has exactly one.
    expect(out.every((l) => l.startsWith(`content/${fileOf(kind)}:`)), out.join('\n')).toBe(true);
    expect(out).toHaveLength(expected.length);
    for (const start of expected) expect(out.filter((l) => l.replace(/^[^:]+:\d+: /, '').startsWith(start)), start).toHaveLength(1);
  });

  it.each(kinds)('writes a %s that the check accepts once every template text is replaced', async (kind) => {
    const { file, lines } = await untouched(kind);
    const spec = collectionOf(kind);
    let text = readFileSync(file, 'utf8');
    for (const { path: at, text: placeholder } of templateFields(spec.draft!)) {
      const value = (kind === 'region' ? regionFilledIn : {})[at.join('.')] ?? filledIn[at.join('.')];
      expect(value, `a value for ${at.join('.')} in this test`).toBeDefined();
      text = text.replaceAll(placeholder.value, value!);
    }
    for (const [heading, hint] of Object.entries(spec.draft!.sections)) text = text.replace(hint, `What the sources say about ${heading.toLowerCase()}.`);
    writeFileSync(file, text);
    expect(await lines()).toEqual([]);
  });

  it('refuses the fictional examples it writes as comments, when a contributor uncomments one and leaves it', async () => {
    const { file, lines } = await untouched('practice');
    const text = readFileSync(file, 'utf8').replace(/^# city: /m, 'city: ').replace(/^# indicators:(.*)\n#   - /m, 'indicators:$1\n  - ');
    writeFileSync(file, text);
    const out = await lines();
    expect(out).toContain("content/practices/oulu-youth-budget.mdx:7: city: still the template's example (\"Example City\"): write the city, when the practice is local");
    expect(out).toContain("content/practices/oulu-youth-budget.mdx:21: indicators[0].source: still the template's example (\"https://example.org/youth-budget/results-2024\"): write the https:// address where this figure can be checked");
  });

  it('picks no real region, theme or value for the contributor: what it fills in is the date of today and a title from the id', async () => {
    const { file } = await untouched('practice');
    const text = readFileSync(file, 'utf8');
    for (const id of ['achaia', 'west-romania', 'participatory-budgeting', 'open-data', 'fixture-tool']) expect(text).not.toMatch(new RegExp(`^[a-z]+: .*\\b${id}\\b`, 'm'));
    const data = yaml.load(text.split('---\n')[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(data['title']).toBe('Oulu Youth Budget');
    expect(data['updated']).toBe(new Date().toISOString().slice(0, 10));
  });

  it('lists the practice fields in contract order, each with a comment', () => {
    const content = copyFixture('valid');
    runCli('new.ts', ['practice', 'oulu-youth-budget'], { ATLAS_CONTENT: content });
    const text = readFileSync(path.join(content, 'practices/oulu-youth-budget.mdx'), 'utf8');
    const order = ['title', 'summary', 'region', 'city', 'level', 'themes', 'tools', 'spectrum', 'channel', 'institution', 'stakeholders', 'start', 'end', 'status', 'resources', 'indicators', 'transfer', 'sources', 'contributors', 'updated', 'language'];
    const positions = order.map((field) => text.search(new RegExp(`^#? ?${field}:`, 'm')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The comments are the first sentences of the schema's descriptions, not a second text.
    expect(text).toMatch(/^level: your-level +# The level of government that runs it: municipal, regional, national or cross-border\.$/m);
    expect(text).toMatch(/^# spectrum: empower +# The highest level of public participation reached, on the IAP2 spectrum of public participation: inform, consult, involve, collaborate or empower\.$/m);
  });

  it('refuses an id that exists', () => {
    const content = copyFixture('valid');
    const run = runCli('new.ts', ['practice', 'timisoara-budget'], { ATLAS_CONTENT: content });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('timisoara-budget.mdx already exists: choose another id, or edit that file');
  });

  it('refuses an invalid id and an unknown kind', () => {
    const bad = runCli('new.ts', ['practice', 'Oulu_Budget'], { ATLAS_CONTENT: copyFixture('valid') });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"Oulu_Budget" is not a valid id');
    const kind = runCli('new.ts', ['case', 'x'], { ATLAS_CONTENT: copyFixture('valid') });
    expect(kind.status).toBe(1);
    expect(kind.stderr).toContain('usage: npm run new -- <practice|tool|report|region> <id>');
  });
});
