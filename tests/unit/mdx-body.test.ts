import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/mdx-body.ts';
import { repo } from '../helpers.ts';

describe('MDX bodies as data', () => {
  it('accepts a figure from public/media with alt text', () => {
    expect(readBody('<Figure src="oulu/vote.jpg" alt="Residents voting" />\n').issues).toEqual([]);
  });
  it('rejects a figure that loads from another host', () => {
    expect(readBody('<Figure src="https://example.org/a.png" alt="x" />\n').issues.map((i) => i.message)).toEqual([
      '<Figure src="https://example.org/a.png">: src must name an image file in public/media/, e.g. src="oulu/voting-day.jpg" (no web addresses: the site loads nothing from other hosts)',
    ]);
  });
  it('explains an HTML comment', () => {
    expect(readBody('Text <!-- note -->\n').issues[0]!.message).toContain('write {/* … */} instead');
  });
  it('returns the sections with their text', () => {
    const body = readBody('## One\n\nFirst **bold**.\n\n## Two\n\n- a\n- b\n');
    expect(body.sections.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(body.sections[0]!.text).toBe('First bold.');
    expect(body.sections[1]!.text).toMatch(/^a\s+b$/);
  });
});

describe('the body reader skips only GFM autolink literals', () => {
  // Full remark-gfm, as the reader used to parse: the faster reader must give the same answers.
  const full = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const withFullGfm = (body: string) => readBody(body, 0, (text) => full.parse(text));
  const bodies = ['content', 'tests/fixtures/valid/content', 'tests/fixtures/invalid/content']
    .flatMap((dir) => ['practices', 'tools', 'reports'].flatMap((kind) => {
      const folder = path.join(repo, dir, kind);
      return existsSync(folder) ? readdirSync(folder).filter((f) => /\.mdx?$/.test(f)).map((f) => path.join(folder, f)) : [];
    }))
    .map((file) => [path.relative(repo, file), readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')] as const);

  it('reads every content and fixture file as remark-gfm does', () => {
    expect(bodies.length).toBeGreaterThan(50);
    for (const [file, body] of bodies) expect({ file, ...readBody(body) }).toEqual({ file, ...withFullGfm(body) });
  });

  it.each([
    ['a javascript: link in a table cell', '| a | b |\n| - | - |\n| [x](javascript:alert(1)) | y |\n'],
    ['a javascript: link in a footnote', 'Text[^1].\n\n[^1]: See [x](javascript:alert(1)).\n'],
    ['a data: link in a task list', '- [ ] [x](data:text/html,hi)\n'],
    ['an expression in a table cell', '| a |\n| - |\n| {alert(1)} |\n'],
  ])('still rejects %s', (_name, body) => {
    expect(readBody(body).issues.length).toBe(1);
    expect(readBody(body).issues).toEqual(withFullGfm(body).issues);
  });

  it.each([
    ['a table without pipes (an alignment colon in the delimiter row)', 'Head\n:-\n[x](javascript:alert(1))\n'],
    ['a right-aligned table without pipes', 'Head\n-:\ncell ~~gone~~\n'],
    ['strikethrough alone', 'Some ~~old~~ text and a ~single tilde.\n'],
    ['a footnote alone', 'Text[^n] here.\n\n[^n]: The note, with [a link](https://example.org).\n'],
    ['none of them', 'Plain text with a [link](https://example.org) and a - list:\n\n- one\n- two\n'],
    ['a setext heading, not a table', 'Title\n---\n\nText.\n'],
  ])('reads %s as remark-gfm does', (_name, body) => {
    expect(readBody(body)).toEqual(withFullGfm(body));
  });

  it('reads a bare www. or http: address as the link the compiler makes of it, and refuses it', () => {
    const body = 'See www.example.org, http://example.org/a and https://example.org/x.\n';
    expect(readBody(body)).toEqual(withFullGfm(body));
    expect(readBody(body).issues.map((i) => i.message)).toEqual([
      'link to "http://www.example.org" is not allowed: http: addresses are not allowed: only https://, mailto: and addresses on this site',
      'link to "http://example.org/a" is not allowed: http: addresses are not allowed: only https://, mailto: and addresses on this site',
    ]);
  });
});
