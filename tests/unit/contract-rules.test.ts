// The contract's rules across fields and in the body, as npm run check reports them: one fixture per
// rule (tests/fixtures/contract/), each a valid fixture entry with that one rule broken.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratingProblems } from '../../src/lib/check/local.ts';
import { ratingCriteria, ratingCriterionWords } from '../../src/schemas/vocabularies.ts';
import { copyFixture, repo, runCli } from '../helpers.ts';

const contractFixtures = path.join(repo, 'tests/fixtures/contract');

describe('npm run check on one broken rule per file', () => {
  const content = copyFixture('valid');
  for (const folder of ['practices', 'tools']) cpSync(path.join(contractFixtures, folder), path.join(content, folder), { recursive: true });
  const run = runCli('check.ts', [], { ATLAS_CONTENT: content });
  // Paths as the contributor sees them; the test runs from the repository.
  const shown = path.relative(repo, content);
  const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith(shown)).map((l) => `content${l.slice(shown.length)}`);

  it('refuses the tree and names every file', () => {
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe('5 problems in 5 files. Nothing is published until all are fixed; CONTRIBUTING.md explains every field.');
  });

  it.each([
    ['an indicator citing a source the entry does not list', 'content/practices/unlisted-indicator-source.mdx:11: indicators[1].source: "https://example.org/elsewhere" is not the url of any of the entry\'s sources: list it under sources ({ title, url }), or give the url of the listed source this figure comes from'],
    ['two sources and an indicator that names neither', 'content/practices/unattributed-indicator.mdx:11: indicators[1].source: is required when the entry lists more than one source: give the url of the source this figure comes from (one of the 2 under sources)'],
    ['demonstrated with no dated indicator', 'content/practices/demonstrated-undated.mdx:10: status: is demonstrated but no indicator has a year: add at least one indicator with the year its source gives for the figure, or write status: inspiring until dated evidence is found'],
    ['a cost rating the body never explains, though it says "cooperative"', 'content/tools/unexplained-cost.mdx: ratings.cost: is rated but the body never mentions cost; add a sentence saying why it gets 2'],
    ['a validation level that is not one of the two', 'content/practices/bad-validation-level.mdx:18: validation.level: "approved" is not valid; valid: project, expert'],
  ])('%s: one line, naming the file and the field', (_rule, expected) => {
    const file = expected.split(':')[0]!;
    expect(lines.filter((l) => l.startsWith(`${file}:`))).toEqual([expected]);
  });
});

describe('the practice rules across fields', () => {
  it('accept indicators without a source when the entry lists only one, and a demonstrated practice with one dated figure', () => {
    const content = copyFixture('valid');
    const fixed = readFileSync(path.join(contractFixtures, 'practices/demonstrated-undated.mdx'), 'utf8')
      .replace('{ label: Votes cast, value: 12000, unit: votes, source: "https://example.org/votes" }', '{ label: Votes cast, value: 12000, unit: votes, year: 2020 }')
      .replace(', source: "https://example.org/votes" }', ' }');
    expect(fixed).not.toContain('source: "');
    writeFileSync(path.join(content, 'practices/one-source.mdx'), fixed);
    const run = runCli('check.ts', [], { ATLAS_CONTENT: content });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('a rating is explained when the body names its criterion as a word', () => {
  const rated = (criterion: string, body: string) => ratingProblems({ ratings: { [criterion]: 3 } }, body).map((p) => p.field);

  it.each(['cost', 'costs', 'costly', 'Cost', 'COSTS', 'low-cost hosting', 'its cost.', '«cost»'])('"%s" names cost', (body) => {
    expect(rated('cost', body)).toEqual([]);
  });

  it.each(['cooperative', 'a costume', 'accost', 'costé', 'coût', 'costing_model', 'co'])('"%s" does not name cost', (body) => {
    expect(rated('cost', body)).toEqual(['ratings.cost']);
  });

  it('accepts each criterion and its listed inflections, in any case, and nothing shorter', () => {
    for (const criterion of ratingCriteria) {
      for (const word of ratingCriterionWords[criterion]) {
        expect(rated(criterion, `We found it ${word.toUpperCase()} enough.`), word).toEqual([]);
        const cut = word.slice(0, -2);
        if (!ratingCriterionWords[criterion].includes(cut)) expect(rated(criterion, `We found it ${cut} enough.`), `${word} cut short`).toEqual([`ratings.${criterion}`]);
      }
    }
  });

  it('reports only rated criteria, and nothing for a tool without ratings', () => {
    expect(ratingProblems({ ratings: { usability: 4, privacy: 2 } }, 'Its usability is fine.').map((p) => p.field)).toEqual(['ratings.privacy']);
    expect(ratingProblems({}, '')).toEqual([]);
    expect(ratingProblems({ ratings: 'none' }, '')).toEqual([]);
  });
});
