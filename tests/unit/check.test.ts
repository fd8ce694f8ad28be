import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { fixture, runCli } from '../helpers.ts';

const invalid = 'tests/fixtures/invalid/content';
const lines = async (dir: string) => (await checkContent(dir)).problems.map(formatProblem);

describe('npm run check on valid content', () => {
  it('reports nothing and counts the entries', async () => {
    const { problems, counts } = await checkContent(fixture('valid'));
    expect(problems).toEqual([]);
    expect(counts).toEqual({ themes: 2, regions: 2, practices: 2, tools: 1, reports: 1 });
  });

  it('exits 0 and says so', () => {
    const run = runCli('check.ts', [], { ATLAS_CONTENT: fixture('valid') });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Content OK: 2 themes, 2 regions, 2 practices, 1 tools, 1 reports.');
  });
});

describe('npm run check on broken content', () => {
  it('reports every problem in every file in one run, each on one line, and exits 1', () => {
    const run = runCli('check.ts', [], { ATLAS_CONTENT: fixture('invalid') });
    expect(run.status).toBe(1);
    const out = run.stderr.trim().split('\n');
    const files = new Set(out.filter((l) => l.startsWith(invalid)).map((l) => l.split(':')[0]));
    expect(files).toEqual(new Set([
      `${invalid}/practices/hostile.mdx`, `${invalid}/practices/notes.md`, `${invalid}/practices/oulu-budget.mdx`,
      `${invalid}/regions/athens.yaml`, `${invalid}/regions/Bad_Name.yaml`, `${invalid}/regions/helsinki.yaml`,
      `${invalid}/reports/bad-report.mdx`, `${invalid}/tools/bad-tool.mdx`,
    ]));
    expect(out.at(-1)).toMatch(/^\d+ problems in 8 files\. Nothing is published until all are fixed/);
  });

  it.each([
    ['unknown reference with did-you-mean', `${invalid}/practices/oulu-budget.mdx:4: region: unknown region "west-romnia"; did you mean "west-romania"?`],
    ['enum value', `${invalid}/practices/oulu-budget.mdx:5: level: "city" is not valid; valid: municipal, regional, national, cross-border`],
    ['theme vocabulary', `${invalid}/practices/oulu-budget.mdx:6: themes[1]: "e-petition" is not a theme; valid: participatory-budgeting, open-data`],
    ['tool reference', `${invalid}/practices/oulu-budget.mdx:7: tools[0]: unknown tool "fixture-tol"; did you mean "fixture-tool"?`],
    ['end before start', `${invalid}/practices/oulu-budget.mdx:10: end: 2019 is before start (2021); the end must come after the start`],
    ['currency indicator', `${invalid}/practices/oulu-budget.mdx:12: indicators[0].currency: is required when unit is currency: add the ISO 4217 code, e.g. currency: EUR`],
    ['https source', `${invalid}/practices/oulu-budget.mdx:14: sources[0].url: must be a full https:// address, got "http://example.org/"`],
    ['impossible date', `${invalid}/practices/oulu-budget.mdx:17: updated: "2025-13-01" is not a real calendar date`],
    ['unknown field', `${invalid}/practices/oulu-budget.mdx:18: titel: unknown field; did you mean "title"?`],
    ['missing section', `${invalid}/practices/oulu-budget.mdx: body: missing section "## Evidence of success"`],
    ['NUTS prefix of Greece', `${invalid}/regions/athens.yaml:3: nuts: "GR300" does not start with EL, the NUTS prefix of GR`],
    ['NUTS required in the EU', `${invalid}/regions/helsinki.yaml: nuts: is required for a region in FI (EU/EEA); add its NUTS 2021 code, starting with FI`],
    ['bad file name', `${invalid}/regions/Bad_Name.yaml: file: "Bad_Name" is not a valid id: the file name must be lowercase ASCII letters, digits and single hyphens, e.g. oulu-youth-budget.yaml`],
    ['wrong extension', `${invalid}/practices/notes.md: file: will not be published: practices are .mdx files; rename it to notes.mdx`],
    ['report end before start', `${invalid}/reports/bad-report.mdx:6: endDate: 2025-03-01 is before date (2025-03-10); the end must come after the start`],
    ['report host', `${invalid}/reports/bad-report.mdx:7: host: unknown region "atchaia"; did you mean "achaia"?`],
    ['report participants', `${invalid}/reports/bad-report.mdx:8: participants: needs at least one participating region`],
    ['report practice', `${invalid}/reports/bad-report.mdx:9: practices[0]: unknown practice "no-such-practice": there is no content/practices/no-such-practice; add it first (npm run new -- practice no-such-practice)`],
    ['SPDX licence', `${invalid}/tools/bad-tool.mdx:5: license: "GPL" is not an SPDX identifier; did you mean "GPL-3.0-only"? (see spdx.org/licenses; "proprietary" for closed software)`],
    ['feature value', `${invalid}/tools/bad-tool.mdx:11: features.voting: "maybe" is not valid; valid: yes, partial, no`],
    ['feature id', `${invalid}/tools/bad-tool.mdx:11: features.polls: unknown field; valid here: proposals, voting, budgeting, petitions, surveys, debates, comments, maps, meetings, results-tracking, moderation, notifications, identity-verification, multilingual, mobile, api, data-export, open-source`],
    ['unexplained rating', `${invalid}/tools/bad-tool.mdx: ratings.privacy: is rated but the body never mentions privacy; add a sentence saying why it gets 4`],
    ['sections out of order', `${invalid}/tools/bad-tool.mdx:24: body: section "## Limitations" is out of order; the order is: ## Overview, ## Strengths, ## Limitations, ## Deployment notes`],
  ])('%s', async (_name, expected) => {
    expect(await lines(fixture('invalid'))).toContain(expected);
  });

  it.each([
    ['import/export', 16, 'body: import/export statements are not allowed: content is data, never code. Allowed components (Callout, Figure) need no import'],
    ['expression', 21, 'body: JavaScript expressions {…} are not allowed: content is data, never code. Write \\{ for a literal brace, or {/* … */} for a comment'],
    ['script', 23, 'body: <script> is not allowed: content is data, never code. Embeds and scripts cannot be published'],
    ['iframe', 25, 'body: <iframe> is not allowed: content is data, never code. Embeds and scripts cannot be published'],
    ['component off the allow-list', 29, 'body: <Evil> is not an allowed component or tag; use Markdown, or one of: Callout, Figure, abbr, sub, sup, br, kbd, small, mark, cite, q, dfn, bdi'],
    ['spread attribute', 31, 'body: <abbr>: spread attributes {…} are not allowed; write each attribute as name="value"'],
    ['expression attribute', 33, 'body: <Callout>: title={…} is not allowed; write title="text"'],
    ['event handler', 35, 'body: <img>: event handler onerror= is not allowed: content is data, never code'],
    ['javascript: link', 39, 'body: link to "javascript:alert(1)" is not allowed: javascript: addresses are not allowed: only https://, mailto: and addresses on this site'],
    ['data: link', 39, 'body: link to "data:text/html;base64,PHNjcmlwdD4=" is not allowed: data: addresses are not allowed: only https://, mailto: and addresses on this site'],
    ['style', 41, 'body: <style> is not allowed: content is data, never code. Embeds and scripts cannot be published'],
    ['object', 43, 'body: <object> is not allowed: content is data, never code. Embeds and scripts cannot be published'],
    ['embed', 45, 'body: <embed> is not allowed: content is data, never code. Embeds and scripts cannot be published'],
    ['figure without alt', 49, 'body: <Figure> needs alt="…": describe the image for people who cannot see it'],
  ])('MDX is data: %s is rejected with file:line', async (_name, line, message) => {
    expect(await lines(fixture('invalid'))).toContain(`${invalid}/practices/hostile.mdx:${line}: ${message}`);
  });

  it('lets a comment-only expression through', async () => {
    const out = await lines(fixture('invalid'));
    expect(out.filter((l) => l.startsWith(`${invalid}/practices/hostile.mdx:21:`))).toHaveLength(1);
  });
});

// The cache and the worker threads (added for large folders) give exactly the answers of a plain run.
describe('the content check at scale', () => {
  const lines = async (options: Parameters<typeof checkContent>[1]) => (await checkContent(fixture('invalid'), options)).problems.map(formatProblem);

  it('reports the same problems with worker threads, with a cold cache and with a warm one', async () => {
    const plain = await lines({ cache: false, workers: 0 });
    expect(plain.length).toBeGreaterThan(20);
    expect(await lines({ cache: false, workers: 2 })).toEqual(plain);
    const cache = mkdtempSync(path.join(tmpdir(), 'atlas-check-cache-'));
    onTestFinished(() => rmSync(cache, { recursive: true, force: true }));
    expect(await lines({ cache, workers: 2 })).toEqual(plain);
    const warm = await checkContent(fixture('invalid'), { cache, workers: 2 });
    expect(warm.stats.cached).toBe(warm.stats.files);
    expect(warm.problems.map(formatProblem)).toEqual(plain);
  }, 120_000);
});
