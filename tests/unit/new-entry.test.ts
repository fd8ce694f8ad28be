import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { copyFixture, runCli } from '../helpers.ts';

describe('npm run new', () => {
  it.each(['practice', 'tool', 'report', 'region'])('writes a %s template that passes the check', async (kind) => {
    const content = copyFixture('valid');
    const run = runCli('new.ts', [kind, 'oulu-youth-budget'], { ATLAS_CONTENT: content });
    expect(run.status).toBe(0);
    const file = path.join(content, kind === 'region' ? 'regions/oulu-youth-budget.yaml' : `${kind}s/oulu-youth-budget.mdx`);
    expect(existsSync(file)).toBe(true);
    expect((await checkContent(content)).problems.map(formatProblem)).toEqual([]);
  });

  it('lists the practice fields in contract order', () => {
    const content = copyFixture('valid');
    runCli('new.ts', ['practice', 'oulu-youth-budget'], { ATLAS_CONTENT: content });
    const text = readFileSync(path.join(content, 'practices/oulu-youth-budget.mdx'), 'utf8');
    const order = ['title', 'summary', 'region', 'city', 'level', 'themes', 'tools', 'spectrum', 'channel', 'institution', 'stakeholders', 'start', 'end', 'status', 'resources', 'indicators', 'transfer', 'sources', 'contributors', 'updated'];
    const positions = order.map((field) => text.search(new RegExp(`^#? ?${field}:`, 'm')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
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
