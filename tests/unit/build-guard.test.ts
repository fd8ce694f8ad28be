import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixture, runAstro, runCli } from '../helpers.ts';

describe('npm run build refuses bad content', () => {
  it('fails on one invalid file, names it, and leaves no dist/', () => {
    const content = copyFixture('valid');
    // One broken reference in an otherwise valid tree.
    const file = path.join(content, 'practices/patras-open-data.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('region: achaia', 'region: achaea'));
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-dist-')), 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'a stale build');

    const run = runAstro(['build', '--outDir', outDir], { ATLAS_CONTENT: content });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('practices/patras-open-data.mdx:4: region: unknown region "achaea"; did you mean "achaia"?');
    expect(existsSync(outDir)).toBe(false);
  });

  it('prints every problem npm run check finds, also where Astro rejects an entry first', () => {
    const check = runCli('check.ts', [], { ATLAS_CONTENT: fixture('invalid') });
    const expected = check.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/invalid/content/'));
    expect(expected.length).toBeGreaterThan(30);
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-dist-')), 'dist');
    const run = runAstro(['build', '--outDir', outDir], { ATLAS_CONTENT: fixture('invalid') });
    expect(run.status).not.toBe(0);
    const printed = `${run.stdout}${run.stderr}`.split('\n');
    expect(printed.filter((line) => line.startsWith('tests/fixtures/invalid/content/'))).toEqual(expected);
    expect(printed.join('\n')).toContain(`The content has ${expected.length} problem(s); nothing was built.`);
    expect(printed.join('\n')).not.toMatch(/InvalidContentEntryDataError|does not match collection schema/);
    expect(existsSync(outDir)).toBe(false);
  });

  it.each([
    ['an import', 'import X from "y"\n'],
    ['an expression', 'Leak {process.env.HOME}\n'],
    ['a script', '<script>alert(1)</script>\n'],
    ['an iframe', '<iframe src="https://example.org"></iframe>\n'],
    ['an event handler', '<abbr title="x" onmouseover="alert(1)">EU</abbr>\n'],
    ['a javascript: link', '[x](javascript:alert(1))\n'],
  ])('fails on %s in a body', (_name, snippet) => {
    const content = copyFixture('valid');
    const file = path.join(content, 'practices/patras-open-data.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Resources needed\n', `## Resources needed\n\n${snippet}`));
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-dist-')), 'dist');
    const run = runAstro(['build', '--outDir', outDir], { ATLAS_CONTENT: content });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/practices\/patras-open-data\.mdx:\d+: body: /);
    expect(existsSync(outDir)).toBe(false);
  });
});
