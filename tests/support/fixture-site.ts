// The content of the shared fixture build (tests/support/global-setup.ts, served under /kb/): the
// valid fixture, plus what the browser and open-data tests need that it lacks. One build serves
// them all; each addition is described where a test relies on it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyFixture } from '../helpers.ts';

/** tests/site/browse.test.ts: a new practice in a new region, added with no other edit. */
export const newRegionPractice = { id: 'oulu-youth-budget', title: 'Oulu youth budget', region: 'north-ostrobothnia', regionName: 'North Ostrobothnia' };

/**
 * tests/site/open-data.test.ts: a practice whose text fields start like spreadsheet formulas, in a
 * region with a negative longitude; the newest `updated` date of the fixture.
 */
export const formulaPractice = { id: 'added-practice', region: 'norte', updated: '2026-05-04' };

/**
 * tests/site/search.test.ts: a word that occurs only in the body of one practice of the fixture
 * (timisoara-budget); the additions take their bodies from patras-open-data, which lacks it.
 */
export const uniqueWord = { word: 'zanzibarquokka', practice: 'timisoara-budget', title: 'Timișoara fixture budget' };

/** The fixture build's address (SITE_URL), so tests see a published site; the main build has none. */
export const fixtureSiteUrl = 'https://atlas.example.eu';

/** Writes the fixture content with the additions into a new temporary folder and returns it. */
export function fixtureSiteContent(): string {
  const dir = copyFixture('valid');
  const template = readFileSync(path.join(dir, 'practices/patras-open-data.mdx'), 'utf8');
  const body = template.slice(template.indexOf('\n---', 4) + 4);

  writeFileSync(path.join(dir, `regions/${newRegionPractice.region}.yaml`), `name: ${newRegionPractice.regionName}\ncountry: FI\nnuts: FI1D9\nlevel: nuts3\ncoordinates: [65.01, 25.47]\n`);
  writeFileSync(path.join(dir, `practices/${newRegionPractice.id}.mdx`), template
    .replace('title: Patras fixture open data', `title: ${newRegionPractice.title}`)
    .replace('region: achaia', `region: ${newRegionPractice.region}`)
    .replace('tools: []', 'tools: [fixture-tool]'));

  const frontmatter = [
    '---',
    'title: "=Added practice, with a comma and \\"quotes\\""',
    'summary: "+A fixture practice whose text fields start like spreadsheet formulas."',
    `region: ${formulaPractice.region}`,
    'city: "-Porto"',
    'level: municipal',
    'themes: [participatory-budgeting]',
    'tools: [fixture-tool]',
    'institution: "@Fixture Municipality"',
    'stakeholders: ["=HYPERLINK(\\"https://example.org/\\"&A1)", "\\tTabbed partner", Residents]',
    'start: 2019-03',
    'status: demonstrated',
    'resources:',
    '  budget: { amount: 500000, currency: EUR, year: 2020 }',
    'indicators:',
    '  - { label: "-Turnout change", value: -3.5, unit: percent, year: 2020, source: "https://example.org/votes" }',
    'sources:',
    '  - { title: "@Fixture source", url: "https://example.org/votes" }',
    'contributors: [Fixture editors]',
    `updated: ${formulaPractice.updated}`,
    '---',
  ].join('\n');
  writeFileSync(path.join(dir, `practices/${formulaPractice.id}.mdx`), `${frontmatter}${body}`);
  writeFileSync(
    path.join(dir, `regions/${formulaPractice.region}.yaml`),
    'name: Norte\ncountry: PT\nnuts: PT11\nlevel: nuts2\npartner:\n  organisation: "+Fixture Partner Agency"\ncoordinates: [41.15, -8.61]\n',
  );
  return dir;
}
