import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/mdx-body.ts';

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
